"""Names as translators render them in conventions the bundled pairs do not use, through the
whole pipeline.

Each case is a convention of English news written fresh for this test, with a correct
rendering that must raise no error or warning and a slipped one (another person, place or
province) that must still be an ``entity`` error, so that no rule is a blanket silence:

- a name as CC-CEDICT gives it with a title ("Sir Li Ka-shing") or, for Japanese and
  Korean names, surname first ("Abe Shinzo"), written without the title and given name
  first ("Li Ka-shing", "Shinzo Abe");
- a Korean given name joined by a hyphen, which spaCy cuts ("Moon Jae" of "Moon Jae-in");
- a place named by a place and a name CC-CEDICT translates (八达岭长城 "the Great Wall at
  Badaling"; CC-CEDICT writes 长城 "the Great Wall");
- a city in its postal romanisation (重庆 "Chungking", 天津 "Tientsin");
- a foreign place or person transliterated by sound, the j of 加 an English g (加通湖 "Gatun
  Lake"), and a foreign person's name after an office, which jieba does not tag (德国总理朔尔茨);
- two province abbreviations before what they jointly name (苏浙两省 "Jiangsu and Zhejiang");
- a country said by its adjective ("Russian President") beside one of its cities: the city
  renders another source place, not the country narrowed;
- a Chinese person's name in Wade–Giles with a hyphenated given name ("Teng Hsiao-ping"), a
  name as certain as one in pinyin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import severe_findings


def check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    return severe_findings(tmp_path, zh, en)


CASES = [
    # (id, source, correct translation, translation with a slip, the slipped name)
    ("cedict-name-with-a-title",
     "李嘉诚周二宣布将捐出一半财产。",
     "Li Ka-shing said on Tuesday he would give away half of his fortune.",
     "Zhang Yong said on Tuesday he would give away half of his fortune.", "Zhang Yong"),
    ("japanese-name-given-name-first",
     "安倍晋三周五在釜山发表讲话。",
     "Shinzo Abe gave a speech in Busan on Friday.",
     "Kim Jong-un gave a speech in Busan on Friday.", "Kim Jong-un"),
    ("korean-hyphenated-given-name",
     "文在寅周三在河内会见了越南领导人。",
     "Moon Jae-in met Vietnam's leaders in Hanoi on Wednesday.",
     "Park Geun-hye met Vietnam's leaders in Hanoi on Wednesday.", "Park Geun-hye"),
    # (a wrong place in it, "the Great Wall at Huanghuacheng", is not linked: tests/test_entities_translit.py)
    ("place-and-a-translated-name",
     "慕田峪长城周末接待游客2万人次。",
     "The Great Wall at Mutianyu received 20,000 visitors at the weekend.", None, None),
    ("postal-romanisation",
     "1937年底，国民政府迁往重庆。",
     "At the end of 1937 the Nationalist government moved to Chungking.",
     "At the end of 1937 the Nationalist government moved to Chengtu.", "Chengtu"),
    ("foreign-place-by-sound",
     "加通湖的水位已降至历史低点。",
     "The water level of Gatun Lake has fallen to a record low.",
     "The water level of Lake Titicaca has fallen to a record low.", "Lake Titicaca"),
    ("foreign-person-after-an-office",
     "德国总理朔尔茨周四抵达北京。",
     "German Chancellor Olaf Scholz arrived in Beijing on Thursday.",
     "German Chancellor Angela Merkel arrived in Beijing on Thursday.", "Angela Merkel"),
    ("two-province-abbreviations",
     "苏浙两省今年新增就业120万人。",
     "Jiangsu and Zhejiang provinces added 1.2 million jobs this year.",
     "Jiangsu and Anhui provinces added 1.2 million jobs this year.", "Anhui"),
    ("country-as-adjective-beside-a-city",
     "俄罗斯总统普京周五在喀山发表讲话。",
     "Russian President Vladimir Putin gave a speech in Kazan on Friday.",
     "Russian President Vladimir Putin gave a speech in Vladivostok on Friday.", "Vladivostok"),
    ("wade-giles-hyphenated-name",
     "邓小平于1992年视察了深圳。",
     "Teng Hsiao-ping toured Shenzhen in 1992.",
     "Chou En-lai toured Shenzhen in 1992.", "Chou En-lai"),
]


@pytest.mark.parametrize(("zh", "en"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_convention_is_no_alarm(tmp_path, zh, en):
    assert check(tmp_path, zh, en) == []


@pytest.mark.parametrize(("zh", "en", "name"), [(c[1], c[3], c[4]) for c in CASES if c[3]],
                         ids=[c[0] for c in CASES if c[3]])
def test_slipped_name_is_still_an_error(tmp_path, zh, en, name):
    assert ("entity", "error", name) in check(tmp_path, zh, en)


def test_an_english_word_is_not_heard_as_a_foreign_name(tmp_path):
    # 朔尔茨 sounds, by its consonants, like "Thursday": only a tagged name is matched by sound
    found = check(tmp_path, "德国总理朔尔茨周四抵达北京。",
                  "German Chancellor Angela Merkel arrived in Beijing on Thursday.")
    assert [t for k, _, t in found if k == "entity"] == ["Angela Merkel"]


def test_one_english_name_renders_one_of_two_persons_with_its_surname(tmp_path):
    # "Jack Ma" (an English given name and the surname) is 马云's; 马化腾 still faces "Robin Li"
    zh = "马云和马化腾出席了会议。"
    assert severe_findings(tmp_path, zh, "Jack Ma and Pony Ma attended the meeting.") == []
    assert severe_findings(tmp_path, zh, "Pony Ma and Jack Ma attended the meeting.") == []
    assert severe_findings(tmp_path, zh, "Jack Ma and Robin Li attended the meeting.") == [
        ("entity", "error", "Robin Li")]
    # 赵小兰 and 孟昭文 each by an English given name: both rendered
    en = "Elaine Chao and Grace Meng attended the meeting."
    assert severe_findings(tmp_path, "赵小兰和孟昭文出席了会议。", en) == []


def test_a_misspelt_person_is_not_explained_by_a_surname_spelt_the_hong_kong_way(tmp_path):
    # "Lei" is how Hong Kong spells 李 (李嘉诚, named elsewhere), but "Lei Jin" misspells 雷军 in its link
    zh = "李嘉诚在香港有物业。\n\n雷军表示，汽车业务将盈利。"
    ok = "Li Ka-shing owns property in Hong Kong.\n\nLei Jun said the car business would turn a profit."
    assert severe_findings(tmp_path, zh, ok) == []
    assert severe_findings(tmp_path, zh, ok.replace("Lei Jun", "Lei Jin")) == [("entity", "warning", "Lei Jin")]


@pytest.mark.parametrize(("zh", "ok"), [
    ("新北市板桥区一栋大楼发生火灾。", "A fire broke out in a building in Banqiao District, New Taipei City."),
    ("新北市板橋區一棟大樓發生火災。", "A fire broke out in a building in Banqiao, New Taipei City."),
])
def test_a_district_jieba_cuts_off_its_level_after_its_city_is_a_place(tmp_path, zh, ok):
    # 新北市 | 板桥 | 区: the district is named, and another district for it is an error
    assert severe_findings(tmp_path, zh, ok) == []
    assert severe_findings(tmp_path, zh, ok.replace("Banqiao", "Xinzhuang")) == [
        ("entity", "error", "Xinzhuang District" if "District" in ok else "Xinzhuang")]


def test_a_word_before_a_district_level_not_after_a_place_is_no_district(tmp_path):
    # 城区 "the urban area", 市中心区域: no place after a city is cut there
    assert severe_findings(tmp_path, "该市城区一栋大楼发生火灾。", "A fire broke out in a building downtown.") == []
    assert severe_findings(tmp_path, "上海市中心区域发生火灾。", "A fire broke out in central Shanghai.") == []


def test_a_foreign_person_after_an_office_facing_someone_else_is_a_warning(tmp_path):
    # 梅尔茨 after 总理: a foreign person no dictionary or lexicon holds; a full name that sounds
    # nothing like him is likely someone else, his own name is no finding
    zh = "德国总理梅尔茨次日抵达柏林。"
    ok = "German Chancellor Friedrich Merz arrived in Berlin the next day."
    assert severe_findings(tmp_path, zh, ok) == []
    assert severe_findings(tmp_path, zh, ok.replace("Friedrich Merz", "Robert Habeck")) == [
        ("entity", "warning", "Robert Habeck")]


@pytest.mark.parametrize(("zh", "ok", "other"), [
    ("美国国务卿布林肯抵达北京。", "US Secretary of State Antony Blinken arrived in Beijing.", "Mike Pompeo"),
    ("外长拉夫罗夫表示，俄方愿意对话。", "Foreign Minister Sergei Lavrov said Russia was willing to talk.",
     "Sergei Shoigu"),
    ("日本首相岸田文雄与韩国总统尹锡悦举行会谈。",
     "Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk-yeol.", "Shinzo Abe"),
])
def test_a_person_of_the_news_swapped_for_another_is_an_error(tmp_path, zh, ok, other):
    # the lexicon's persons of the news (布林肯, 拉夫罗夫, 岸田文雄: 林 and 岸 cut their names before)
    assert severe_findings(tmp_path, zh, ok) == []
    first = {"Mike Pompeo": "Antony Blinken", "Sergei Shoigu": "Sergei Lavrov", "Shinzo Abe": "Fumio Kishida"}
    found = severe_findings(tmp_path, zh, ok.replace(first[other], other))
    assert [(kind, target) for kind, _severity, target in found] == [("entity", other)]


def test_a_transliteration_after_an_office_is_heard_not_spelt_in_pinyin(tmp_path):
    # "Blinken" for 布林肯 is no misspelt "Bu Linken"
    zh = "美国国务卿布林肯抵达北京。"
    assert severe_findings(tmp_path, zh, "US Secretary of State Blinken arrived in Beijing.") == []
    # a Chinese name after an office opens with no transliteration character: 林佳龙 stays his
    assert severe_findings(tmp_path, "台中市长林佳龙表示将加强治安。",
                           "Taichung Mayor Lin Chia-lung said security would be strengthened.") == []


def test_a_foreign_person_after_a_company_office_may_bear_a_chinese_name(tmp_path):
    # 罗卓克 is the Chinese name Cisco's chief executive goes by: after a company's office a name
    # no dictionary holds is not judged against an English one that sounds unlike it
    zh = "思科首席执行官罗卓克出席了会议。"
    assert severe_findings(tmp_path, zh, "Cisco CEO Chuck Robbins attended the meeting.") == []
