"""Translations restructured the way translators do it: lists turned into prose,
a long enumeration cut short with a marked cut, a figure the original repeats
given once.  Each class comes with a counter-case that must still be reported."""

from __future__ import annotations

from pathlib import Path

from northeast_text.pipeline import annotate_files

SEVERE = ("error", "warning")


def _pair(tmp_path: Path, zh: str, en: str):
    (tmp_path / "zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "en.md").write_text(en, encoding="utf-8")
    return annotate_files(tmp_path / "zh.md", tmp_path / "en.md")


def _found(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    pair = _pair(tmp_path, zh, en)
    return [(f.kind, f.severity, f.source_text or f.target_text) for f in pair.findings if f.severity in SEVERE]


# a numbered list in the original, one paragraph of prose in the translation
LIST_ZH = """# 县里出台五项惠农措施

为促进农民增收，县政府日前出台五项措施：

1. 对新建温室大棚的农户，每亩补贴1800元。

2. 为种粮大户提供最高50万元的贴息贷款。

3. 培训新型职业农民4200人次。

4. 新建冷链仓库16座，总库容3.5万吨。

5. 农机购置补贴比例提高到35%。

县农业农村局表示，措施自明年起实施。
"""

LIST_EN = """# County announces five measures for farmers

To raise farmers' incomes, the county government has announced five measures. Farmers who build greenhouses \
will receive 1,800 yuan per mu, and large grain growers can take out subsidised loans of up to 500,000 yuan. \
The county will train new professional farmers 4,200 times and build 16 cold-chain warehouses holding \
35,000 tonnes in all. The subsidy for farm machinery purchases rises to 35%.

The measures take effect next year, the county's agriculture bureau said.
"""


def test_a_numbered_list_rendered_as_one_paragraph_is_no_omission(tmp_path):
    pair = _pair(tmp_path, LIST_ZH, LIST_EN)
    assert [(f.kind, f.severity) for f in pair.findings if f.severity in SEVERE] == []
    # the items, more than one DP link takes, all join the link of the paragraph that renders them
    assert any(set(range(2, 7)) <= set(link.source) and link.target == (1,) for link in pair.alignment)


def test_an_item_the_prose_leaves_out_is_still_an_omission(tmp_path):
    en = LIST_EN.replace(" The subsidy for farm machinery purchases rises to 35%.", "")
    found = _found(tmp_path, LIST_ZH, en)
    assert [t[:2] for k, _, t in found if k == "omission"] == ["5."]


# a long enumeration cut short, the cut marked "[…]" inside the paragraph
CUT_ZH = """# 全市新增文化场馆

今年全市新增各类文化场馆64个。

其中，城市书房21个，社区文化中心15个，非遗工坊11个，小剧场8个，美术馆5个，博物馆4个。

这些场馆全部免费向市民开放。
"""

CUT_EN = """# City opens new cultural venues

The city opened 64 new cultural venues this year.

They include 21 city reading rooms and 15 community cultural centres, among others […].

All of them are open to the public free of charge.
"""


def test_figures_of_a_cut_the_translation_marks_are_no_warning(tmp_path):
    pair = _pair(tmp_path, CUT_ZH, CUT_EN)
    assert [f for f in pair.findings if f.severity in SEVERE] == []
    assert {f.source_text for f in pair.findings if f.kind == "missing-number"} >= {"11个", "8个"}


def test_figures_cut_without_a_mark_are_still_warnings(tmp_path):
    # "among others" summarises without saying that figures are left out; a bare
    # ellipsis is punctuation, not a marked cut
    for cut in (".", ", among others.", "..."):
        en = CUT_EN.replace(", among others […].", cut)
        assert ("missing-number", "warning", "11个") in _found(tmp_path, CUT_ZH, en)


# the original states its total twice; the translation gives it once
TWICE_ZH = """# 全省秋粮产量创新高

今年全省秋粮产量达到2863.4万吨，比上年增加41.2万吨。

其中玉米产量1597.8万吨，水稻产量1020.6万吨。

省农业农村厅负责人说，2863.4万吨的秋粮产量为全年粮食丰收奠定了基础。
"""

TWICE_EN = """# Province's autumn grain harvest hits a record

The province harvested a record 28.634 million tonnes of autumn grain this year, 412,000 tonnes more than \
last year.

Maize accounted for 15.978 million tonnes and rice for 10.206 million tonnes.

The autumn harvest laid the foundation for a good grain year, a provincial agriculture official said.
"""


def test_a_figure_the_original_repeats_may_be_given_once(tmp_path):
    assert _found(tmp_path, TWICE_ZH, TWICE_EN) == []


def test_a_repeated_figure_the_translation_never_gives_is_still_a_loss(tmp_path):
    en = TWICE_EN.replace("a record 28.634 million tonnes of", "a record amount of")
    found = _found(tmp_path, TWICE_ZH, en)
    assert [t for k, s, t in found if k == "missing-number"] == ["2863.4万吨", "2863.4万吨"]


def test_a_small_figure_stated_twice_may_be_two_facts(tmp_path):
    zh = ("# 两地签约\n\n甲市今年新签约项目5个。\n\n乙市签约项目也是5个，其中外资项目3个。\n")
    en = ("# Two cities sign deals\n\nCity A signed 5 new projects this year.\n\n"
          "City B signed projects too, 3 of them foreign-funded.\n")
    assert ("missing-number", "warning", "5个") in _found(tmp_path, zh, en)


# a paragraph left out, the cut marked inside the paragraph next to it
DROP_ZH = """# 市政府常务会议

市政府常务会议研究部署了今冬明春供暖保障工作，要求各区确保居民室温不低于18摄氏度。

会议还审议通过了《城市排水设施管理办法（修订草案）》，明年全市将新建雨水管网86公里，改造易涝点43处。

会议强调，要加快推进老旧供热管网改造，今年完成改造管网320公里。
"""

DROP_EN = """# City government executive meeting

The executive meeting of the city government discussed heating this winter and next spring, and told the \
districts to keep homes at no less than 18 degrees Celsius. […]

The meeting stressed that old heating networks must be upgraded faster, with 320 kilometres of pipes to be \
renewed this year.
"""


def test_a_left_out_paragraph_beside_a_marked_cut_is_no_error(tmp_path):
    pair = _pair(tmp_path, DROP_ZH, DROP_EN)
    assert [f for f in pair.findings if f.severity in SEVERE] == []
    assert ((2,), ()) in [(link.source, link.target) for link in pair.alignment]


def test_a_left_out_paragraph_without_a_mark_is_an_error(tmp_path):
    found = _found(tmp_path, DROP_ZH, DROP_EN.replace(" […]", ""))
    assert [(k, s) for k, s, _ in found] == [("omission", "error")]
