"""Chinese quantities: Arabic and Chinese numerals, 万/亿 scales, units, ranges.

The text is normalised first (NFKC, dashes).  Dedicated patterns (dates in
every shape: 2020年7月27日, 7月17和7月22日, 24日, 本月26日, 2020/7/26, 3·15;
clock times: 15:43, 上午9时30分, 9点半; years, decades, centuries, 百分之,
fractions, ordinals and labels such as 3号线, 翻番, ratios, 成) claim their
spans; then every remaining numeral is read with its scale words (also after
a space: "1.694 亿", and 2万4801), qualifier, currency or classifier (units
named with numerals, 千瓦 and 兆瓦, are units, not numerals), and adjacent
numerals joined by a range mark become ranges with the scale and unit carried
to both ends (reversed ends are two figures).  Codes and names with digits
(G20, COVID-19, 5G, 波音737, 歼-20) are not counts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..model import Quantity
from ..resources_io import read_lines
from .core import (
    D0,
    D1,
    D10,
    HUNDREDTH,
    Cand,
    Claim,
    Claimed,
    apply_exclusions,
    apply_unit_heading,
    before_common_era,
    build,
    citation_year,
    countdowns,
    currencies,
    digits_step,
    drop_overlaps,
    drop_retracted,
    era_offsets,
    excluded_spans,
    exclusion_re,
    finditer_if,
    heading_unit,
    is_code,
    join_compound_measures,
    label_re,
    level_above_change,
    numeric_dates,
    place_step,
    pow10,
    split_years,
    subunits,
    too_long,
    unit_map,
)
from .normalise import normalise

DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
         "六": 6, "七": 7, "八": 8, "九": 9}
PLACE = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12}
NUMERAL_CHARS = "0123456789.,零〇一二两三四五六七八九十百千万萬亿億兆几数多余"

# Arabic digits: grouped by commas, or (in print) by single spaces before a
# unit ("3 000 噸"), or a plain run.
AR = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,])|\d+)(?:\.\d+)?"
# 千 / 兆 / 百 that begin a unit name (千瓦, 千伏, 千米, 千克, 兆瓦, 百帕) are not numerals.
_QIAN = r"千(?![瓦伏米克卡焦帕])"
_NOT_BAI = r"(?!百帕)"
CNC = "零〇一二两三四五六七八九十百"
# 两 after a place or a scale is the unit tael (三十两, 八百万两白银), not 2 of the next place down
# as 二 is (一千二 = 1200): a digit only before one (一万两千) or after none (两万)
_DIGIT_CN = rf"(?:[{CNC.replace('两', '')}]|两(?=[十百千万萬亿億])|(?<![十百千万萬亿億])两)"
# 个 between a numeral and 亿, as speech has it: 4个亿, 四个亿, 3个多亿 (3亿多), 十几个亿
_GE_YI = r"(?<=[\d一二两三四五六七八九十几半])个(?=[亿億]|多[亿億])"
# 半个亿, 半亿: half of 亿 (50 million), not the 半 of 大半, 过半, 多半
_HALF_YI = r"(?<![上下前后大多过一二两三四五六七八九十个\d])半(?=个?[亿億])"
# 余 "odd, more than" (千余人, 2300余款App), not the 余 of 余额 "balance" (7亿余额宝用户 "700 million
# Yu'e Bao users"); 余下, 余地, 余款 are also words, but 100余下岗职工, 10余地市 and 2300余款App are not
_YU = "余(?!额)"
# a space between Arabic digits and 多万 ("500 多万")
_SPACE_DUO = r"(?<=\d) (?=多[万萬亿億])"
CN = rf"(?:{_NOT_BAI}{_DIGIT_CN}|{_QIAN})+(?:点[零〇一二三四五六七八九]+)?"
# A numeral: Arabic or Chinese digits, places, big scales, 几/数/多/余.  A
# space may stand between Arabic digits and 万/亿 ("1.694 亿澳元", "500 多万"), a 个 before 亿 as
# speech has it ("4个亿", 四个亿: 4亿), and four
# digits may follow 万 ("2万4801"), also grouped by a comma as Taiwan and Hong
# Kong write them: 7萬8,215, 2億3,450萬, 2兆8,813億.
# a Chinese digit never follows an Arabic one (2001.12四川 is 2001.12 before 四川 Sichuan)
NUMERAL = (
    rf"(?:{AR}|[几数](?=[十百千万亿]|个亿)|{_HALF_YI}|(?<![以之马线网加早晚])上(?=[百千万亿])|{CN}|(?=[万萬亿億]))"
    rf"(?:{_NOT_BAI}(?:[十百几多]|{_YU})|(?<=\d) (?=[万萬亿億])|{_GE_YI}|[万萬亿億]|{_SPACE_DUO}|{_QIAN}"
    rf"|兆(?![瓦赫字帕焦])"
    rf"|\d+(?={_QIAN}|[百万亿])"
    rf"|(?<=[万萬])(?:\d{{4}}|\d,\d{{3}})(?![\d.,])|(?<=[万萬亿億])[1-9](?![\d.%]|,\d)"
    rf"|(?<=[亿億兆])\d,\d{{3}}(?=[万萬亿億])|(?<!\d){_NOT_BAI}{_DIGIT_CN})*"
)
# every numeral begins with one of these (a quick test at each place before the full pattern)
_NUMERAL_FIRST = rf"(?=[\d{CNC}千几数上万萬亿億半])"
_NUMERAL_RE = re.compile(_NUMERAL_FIRST + NUMERAL)
_SEP = r"\s*(?:-{1,2}|~|至|到|或)\s*"
_SEP_RE = re.compile(_SEP)

_CN_DIG = "零〇一二三四五六七八九"
_YEAR = rf"(?:\d{{4}}|[{_CN_DIG}]{{4}})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
# The 日 of the first of two dates may be left out ("7月17和7月22日").
_LIST_MARK = r"(?:和|、|至|到|-|~|与|及|或|，|,)"
_DAY_END = rf"(?:\s?[日号]|(?=\s*{_LIST_MARK}\s*(?:{_MONTH}\s?月\s?)?(?:\d{{1,2}}|[{_CN_DIG}十]{{1,3}})\s?[日号]))"
_DATE_RE = re.compile(
    rf"(?=[\d{_CN_DIG}十])(?:(?<!\d)(?P<y>{_YEAR})\s?年\s?(?:(?P<m>{_MONTH})\s?月(?:\s?(?P<d>{_DAY}){_DAY_END})?)?(?!代)"
    rf"|(?<![\d.])(?P<m2>{_MONTH})\s?月\s?(?P<d2>{_DAY}){_DAY_END}"
    r"|(?<![\d.-])(?P<y3>\d{4})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?![\d-])"
    r"|(?<![\d.])(?P<m4>1[0-2]|[1-9])[·•・](?P<d4>3[01]|[12]\d|[1-9])(?![\d.]))"  # 3·15, 9·11: a day's name
)
# the things a 号 after a number labels (3号线, 5号楼, 1号竖井 "No. 1 shaft", 2号泊位), no day of the month
_LABELLED = "线楼院馆机站台车口字令文件位种房室床井竖泊"
# A day without its month (24日, 本月26日), unless a word makes it a count of
# days (为期3日, 3日内) or the 号 labels a thing (3号线).  After a word that ends in 号 (老字号27日
# "the time-honoured brands ... on the 27th") a day ends in 日: 型号12号 is a label.
_DAY_ONLY_RE = re.compile(
    r"(?=[\d一二三四五六七八九十(])(?:(?<![\d.日第])(?<![\d一二三四五六七八九十]号)(?:(?<!号)|(?=\d\d?日))"
    rf"(?<![\d一二三四五六七八九十]月)(?<!为期)(?<!连续)(?<!历时)(?<!每)(?P<d>3[01]|[12]\d|0?[1-9])\s?(?:日|号(?![{_LABELLED}]))"
    r"(?![内游])"
    # 下月五号, 上个月十五号; 二号到五号: the day that closes a span of days
    r"|(?:(?<=[本上下次当同]月)|(?<=[上下这本]个月)|(?<=[日号][至到]))(?P<dc>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
    rf"(?:日|号(?![{_LABELLED}]))"
    r"|(?<=[今昨前明])\((?P<dp>3[01]|[12]\d|0?[1-9])\)[日号])"  # 昨(15)日: yesterday, the 15th
)
# Clock times: 15:43, 15:43:42 (and 12:00： before a programme's colon), 上午9时30分, 9点半, 下午3点.  点 alone
# (三点意见) is not a time: it needs a part of the day, minutes, 半 or 钟, or to be the hour a clause
# says it is or has come to (刚刚7点， 已经10点了。), see _BARE_HOUR_BEFORE_RE.
_AMPM = "上午|早上|早晨|清晨|凌晨|中午|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|半夜|(?<![太稍较])晚|早(?![已就])"
_PM = ("中午", "下午", "傍晚", "晚上", "晚间", "夜间", "夜里", "深夜", "晚")
# the parts of the day whose 12 o'clock is midnight (午夜12时, 晚上12点): 24:00, the end of the day
_NIGHT = frozenset({"晚上", "晚间", "夜间", "夜里", "深夜", "午夜", "半夜", "晚"})
# "about" between a part of the day and its clock reading (当晚约11:30, 晚上大约10点半): the part still holds
_ABOUT_CLOCK = "大约|大概|约莫|约"
_CN_HOUR = r"二十[一二三四]?|十[一二]?|[一二两三四五六七八九]"
_CN_MIN = r"[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]"
_TIME_RE = re.compile(
    r"(?=[\d上早清凌中下傍晚夜深午半一二两三四五六七八九十])(?:(?<![\d:.])(?P<h>[01]?\d|2[0-3]|24(?=:00)):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\d|:\d)"
    rf"|(?:(?P<ap>{_AMPM})\s?(?:{_ABOUT_CLOCK})?\s?)?(?<![\d.])(?P<h2>2[0-4]|[01]?\d(?!\d)|{_CN_HOUR})\s?(?P<mark>[时点])"
    rf"(?:\s?(?P<mi2>[0-5]?\d|{_CN_MIN})\s?分|(?P<half>半)|(?P<quarter>[一三])刻|(?P<zhong>钟))?)"
)
# a bare hour read off a clock: after "just", "already", "nearly" …, closing its clause (刚刚7点，已经10点了。)
_BARE_HOUR_BEFORE_RE = re.compile("(?:刚刚|刚好|正好|恰好|已经|将近|快到|到了|才)$")
_BARE_HOUR_AFTER_RE = re.compile(r"了?(?:[，,。；;！!？?…]|$)")
# a bare hour opening a range that closes on an afternoon or evening hour, the range said of a day
# or as a period (每天18点至24点, 18点至24点时段): clock times
_LATE_RANGE_AFTER_RE = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*(?P<h>1[3-9]|2[0-4])\s?点(?P<period>时段|期间|之间)?")
_DAY_BEFORE_RE = re.compile("(?:每天|每日|当天|当日|今天|明天|次日|全天)$")
# a bare hour right after the clock it is read on, a bracketed aside allowed between (当地时间4点左右,
# 北京时间 （格林尼治时间前一天20点） 4点): a clock time
_ZONE_BEFORE_RE = re.compile(r"时间\s*(?:[（(][^（()）]{0,40}[）)]\s*)?$")
# 民国112年 (Republic of China era, Taiwan): year 1911 + N, with its month and day.
# Taiwan's administration leaves 民国 out before a month, a quarter or 年度
# (112年9月, 112年第3季, 113年度): a three-digit year there is no count of years.
_MINGUO_RE = re.compile(
    rf"(?:民国\s?(?P<y>\d{{1,3}}|[{_CN_DIG}十百]{{1,5}}|元)|(?<![\d.,])(?P<roc>1[01]\d)"
    rf"(?=\s?年(?:度|第[1-4一二三四]季|\s?{_MONTH}\s?月)))\s?年(?:\s?(?P<m>{_MONTH})\s?月(?:\s?(?P<d>{_DAY})\s?[日号])?)?"
)
_MINGUO_BASE = 1911
# scientific notation: 3×10^8 (10⁸ once normalised)
_SCI_RE = re.compile(r"(?<![\d.])(?P<m>\d+(?:\.\d+)?)\s?[×xX*]\s?10\^(?P<e>-?\d{1,3})(?!\d)")
# the second year may keep only its last two digits: 2024至25年度 (a Hong Kong fiscal year)
# a fiscal year written with a slash: 2023/24财年, 2023/2024财政年度; a season or a school year:
# 2022/23赛季, 2023/2024学年
_YEAR_RANGE_RE = re.compile(
    rf"(?P<a>\d{{4}})年?(?:{_SEP}|/(?=\d+(?:(?:财政?)?年度?|赛季|学年)))(?P<b>\d{{4}}|\d{{2}})"
    rf"(?:(?:财政?)?年(?!代)|(?=赛季|学年))")
_CENTURY_NUM = r"(?:\d{1,2}|二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九])"
_DECADE_RE = re.compile(
    rf"(?:(?P<c>{_CENTURY_NUM})世纪|(?P<prev>上个?世纪))?"
    rf"(?:(?P<d1>[一二三四五六七八九])(?P<d2>[一二三四五六七八九])十|(?<![\d.])(?P<r1>[1-9]0)\s?(?:-|~|至|到)\s?(?P<r2>[1-9]0)"
    rf"|(?<![\d.])(?P<s1>[1-9])、(?P<s2>[1-9]0)|(?P<d>\d0|[一二三四五六七八九]十)|(?P<full>\d{{3}}0))"
    rf"年代(?P<pos>初期?|中期|末期?|后期|前期)?"
)
# 90后 (born in the 1990s), 95后 (born in 1995 or after); 98年的女生, 00年出生 (a birth year in two digits)
_GENERATION_RE = re.compile(r"(?<![\d.第前:])(?P<d>\d\d)后(?!\d)"
                            r"|(?<![\d.第前:])(?P<y>\d\d)年(?=出生|生人|生的|的(?:女生|男生|女孩|男孩|姑娘|小伙|妹子|小姐姐|小哥))")
_CENTURY_RE = re.compile(
    rf"(?:公元)?(?P<c>{_CENTURY_NUM})世纪(?P<pos>初期?|初叶|中叶|中期|末期?|上半叶|下半叶)?"
)
_PERCENT_RE = re.compile(rf"百分之(?P<n>{AR}|{CN})(?:(?:-|~|至|到)(?:百分之)?(?P<n2>{AR}|{CN}))?")
# 百分百 "a hundred per cent" (百分百肯定), as 百分之百 is; not 百分百分 (the 百分 of two scores)
_WHOLLY_RE = re.compile(r"百分百(?![分之])")
# 一半, 半数; 半 alone after a bound (增加近半 "rose by nearly half", 过半 "more than half"), not the 半 of
# a word (靠近半岛, 超半导体, 过半夜)
_FRACTION_RE = re.compile(
    rf"(?=[\d{CNC}千万半])(?:(?<![\d.,{CNC}千万])(?P<den>{AR}|{CN}|(?:{CN})?万)分之(?P<num>{AR}|{CN})"
    r"|(?P<half>一半|半数|(?<=[近逾超过])半(?![岛导径夜山球决场边天路途空身价拉截百千万亿小个年月日周时分秒钟辈生世壁晌拍])))"
)
# 2/3, 1/4: a fraction written with a slash, as the English writes it (222 又 2/3 "220 2/3"), the
# numerator below the denominator; not inside a longer run of figures and slashes (2018/9/30, 3/4/5)
_SLASH_FRACTION_RE = re.compile(r"(?<![\d/.,])(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\d/]|[.,]\d)")
# 过 "more than" before a bare 半 (支持者过半, 已经过半), not 经过, 通过, 度过 ...
_PASSED_HALF_RE = re.compile(r"(?<![通度越跨穿超错路难])(?<!(?<!已)经)过$")
# 第三, 第12; 第（五）项, 第(3)项: an item of an article numbered in brackets
_ORDINAL_RE = re.compile(rf"第(?:(?P<n>{AR}|[{CNC}千]+)|[（(](?P<p>{AR}|[{CNC}千]+)[）)](?=项|目|点|款))")
# 公元前214年; 前479 closing a span that 公元前 opened (公元前551—前479)
_BCE_RE = re.compile(r"(?:公元前|公元前\d{1,4}年?\s*[-—–~至到]\s*前)\s*$")
_PAGES_RE = re.compile(rf"第(?P<a>\d+){_SEP}(?P<b>\d+)页")
# 第三季度, 三季度, 第四财季, 一季报, Q3: a quarter of the year (not 前三季度, 连续四季度: a count);
# 上半年, 下半年, H1: a half
_QUARTER_RE = re.compile(
    r"(?:第(?P<n>[一二三四1-4])|(?<![前上下每本该这近后两几个数多首末当同续])(?P<b>[一二三四1-4]))(?:季度|财季|季报)"
    r"|(?<![A-Za-z0-9])Q(?P<q>[1-4])(?![A-Za-z0-9])"
    r"|(?P<half>[上下])半年|(?<![A-Za-z0-9])H(?P<h>[12])(?![A-Za-z0-9])"
)
_HALVES = {"上": 1, "下": 2}
# 数以万计 ("by the tens of thousands"): a vague figure, 2 to 10 of the scale.
_COUNTED_IN_RE = re.compile(r"数以(?P<s>[十百千万亿]{1,3})计")
_FAN_RE = re.compile(r"翻了?(?P<n>[一二两三四五六七八九\d])番|(?P<half>减半)")
_RATIO_RE = re.compile(rf"(?=\d)(?<![\d.,])(?P<a>{AR})\s*(?::|∶|比)\s*(?P<b>{AR})(?![\d年月日])")
_CHENG_RE = re.compile(
    r"(?<![变形完组构达促造合生建养而集])"  # 变成, 形成 ...: 成 is a verb
    r"(?<![\dA-Za-z])"  # 小米14成为, X5成为: a model's number, not tenths
    r"(?P<n>[一二两三四五六七八九]|\d(?:\.\d)?)(?P<n2>[到至-]?[一二两三四五六七八九])?成"
    r"(?:(?P<tenth>[一二三四五六七八九半])(?=[^\u4e00-\u9fff]|$|[的左多以])"  # 三成一 is 31%, 一成半 15%
    r"|(?![了功本立长就果熟都效绩交型分])(?!(?<=一成)为)"  # 成功 ...; 一成为 (on becoming); 四成为 is 40% are
    r"(?!人(?!口|群))(?!年(?!轻))(?!员(?!工)))"  # 成人, 成年, 成员 are words; 七成人口 is not
)
_HEADING_RE = re.compile(r"^\s*(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.]?\s*$")
_LIST_RE = re.compile(r"^\s*(?:[\"“「『\[]\s*)?\(?(?P<n>\d{1,2})[.)、](?!\d)")
# a section number run into the paragraph after a sentence: "……的力。2．流言总是……"
_SECTION_RE = re.compile(r"(?<=[。！？!?])\s*(?P<n>\d{1,2})\.(?=\s*[\u4e00-\u9fff])")

_PRE_QUAL = [
    ("约为", "approx"), ("约合", "approx"), ("大约", "approx"), ("大概", "approx"), ("大致", "approx"),
    ("差不多", "approx"), ("约", "approx"),
    ("近乎", "nearly"), ("将近", "nearly"), ("接近", "nearly"), ("近", "nearly"), ("几近", "nearly"),
    ("超过", "more-than"), ("超出", "more-than"), ("多于", "more-than"), ("高于", "more-than"),
    ("大于", "more-than"), ("逾", "more-than"), ("超", "more-than"), ("不止", "more-than"),
    ("大于等于", "at-least"), ("大于或等于", "at-least"), ("大于或者等于", "at-least"), ("高于或等于", "at-least"),
    ("不少于", "at-least"), ("不低于", "at-least"), ("不下于", "at-least"), ("至少", "at-least"),
    ("起码", "at-least"), ("最少", "at-least"), ("年满", "at-least"),
    ("不足", "less-than"), ("不到", "less-than"), ("少于", "less-than"), ("低于", "less-than"),
    ("小于", "less-than"), ("未满", "less-than"), ("不满", "less-than"), ("不及", "less-than"),
    ("不超过", "up-to"), ("最多", "up-to"), ("至多", "up-to"), ("小于等于", "up-to"),
    ("小于或等于", "up-to"), ("小于或者等于", "up-to"), ("低于或等于", "up-to"),
    ("不过", "up-to"),
    # the signs of a standard or a label (酒精度≥3.1%vol, 含量≤0.2毫克/千克)
    ("≥", "at-least"), ("⩾", "at-least"), ("≤", "up-to"), ("⩽", "up-to"),
]
# 近 inside 最近 "recent" and 附近 "nearby" hedges nothing: 最近10年 is "the last 10 years"; nor
# does 约 closing a word (节约90%的水 "saves 90%", 预约, 签约, 条约), nor 不到 after a verb it makes
# "cannot" (做不到100 "cannot reach 100", 找不到, 买不到); 失约 is "breaks a promise", but 损失约,
# 流失约, 丢失约 are a loss of about.
# 不过 before a figure inside a clause is "no more than" (队伍不过四十人, 今年不过十八岁); opening a
# clause it is "but" (……，不过三个人都来了)
_NOT_HEDGE = {"近": "(?<![最附])", "不过": "(?<=[\u4e00-\u9fff])",
              "约": "(?<![节预签制公条合违履契相邀特婚租毁赴爽解续践])(?<!(?<![损流丢遗消散])失)",
              "不到": "(?<![做办找买看听想拿吃睡见猜料顾管学抓考得碰遇查收用跑走赶等够])"}
_PRE_QUAL_RE = re.compile(
    "(?:" + "|".join(_NOT_HEDGE.get(p, "") + re.escape(p)
                     for p, _ in sorted(_PRE_QUAL, key=lambda x: -len(x[0]))) + r")\s*$"
)
_PRE_QUAL_MAP = dict(_PRE_QUAL)
# 罢了, 而已 closing the clause after a figure (不过十八岁罢了 "a mere eighteen")
_MERELY_AFTER_RE = re.compile("[^，。；！？,;!?]{0,4}?(?:罢了|而已)")
# a bound negated (不得低于5% "not lower than 5%", 未超过三年 "not more than three years",
# 不能少于二个月): the other bound; so is a bound advised or forbidden (不宜超过2000毫克 "no more
# than 2,000 mg", 不要低于, 勿超过, 不准超过)
_NEGATED_RE = re.compile(r"(?:不|未|没|不得|不能|不应|不会|不可|没有|不宜|不要|不准|不许|勿)$")
_NEGATED = {"more-than": "up-to", "less-than": "at-least"}
# a bound a verb ties to its figure: 起码有二十个, 最少要等八年, 至多也就三天
_BOUND_VERB_QUAL_RE = re.compile(r"(?P<q>至少|起码|最少|最多|至多)(?:也|还|都)?(?:就)?(?:有|要等|要|需要|需|得|是)\s*$")
# 及以上, 及以下 after the figure (65岁及以上 "65 and over"): the bound holds the figure
# "or more" after the figure (两人或以上, 三次或更多, 两位或多位 "two or more", its measure word said
# again after 多; not 或多或少 "more or less", nor a second figure: 两位或三位) is "at least"
# 不到 after the figure closing its clause (三天不到, 连百分之五都不到): "less than" (not 不到位, 不到场);
# a bound may follow a parenthesis that says whether it holds the figure (800公里（含）以下)
_POST_QUAL_RE = re.compile(r"(?:[（(]\s*不?(?:含|包含|包括)\s*[)）]\s*)?"
                           r"(?P<q>左右|上下|前后|及以上|及以下|以上|以下|以内|有余"
                           r"|或(?:以上|更多|多[个位名人次家辆种项件条台只张所])"
                           r"|(?:都|也|还)?不到(?=[^\u4e00-\u9fff]|$|[的就呢吧啊]))")
_POST_QUAL_MAP = {"左右": "approx", "上下": "approx", "前后": "approx", "以上": "more-than",
                  "以下": "up-to", "以内": "up-to",
                  "及以上": "at-least", "及以下": "up-to", "有余": "plus", "不到": "less-than", "或": "at-least"}
# the time unit of a rate written after its measure (立方米每秒, 立方米/秒), a hedge after it
_PER_TIME_TAIL_RE = re.compile(r"(?:每|/)(?:秒钟?|分钟|小时|天|日|周|月|年)(?=左右|上下|以上|以下|以内)")
# the "ago" or "later" of a span of time, a hedge after it (8500万年前左右 "about 85 million years ago",
# 十年之后上下): not 前后 right after the figure, itself the hedge
_AGO_TAIL_RE = re.compile(r"(?:以|之)?[前后](?=左右|上下)")
# a conversion in brackets right after a figure (（约合人民币1.3万元）, (折合4.4万美元)), a bound after it
_CONVERSION_BRACKET_RE = re.compile(r"\s?[（(]\s*(?:约合|折合|合|约|相当于)[^（()）]{1,20}[)）]")
# 快十年了, 快到八十了: 快 "almost" before a figure whose clause 了 closes (not 加快, 很快, 跑得快)
_SPOKEN_NEARLY_RE = re.compile(r"(?<![加赶很更较最尽太过飞偏越得])快(?:要|到)?$")
_LE_RE = re.compile(r"了")
# 过 "past" before a round figure with a scale word or a bare 百 or 千, after the noun it counts
# (病例过8万 "more than 80,000 cases", 人数过百万, 数量过百 "more than 100"): not the 过 of a verb
# (有过四十五万两 "has had 450,000 taels", 经过, 看过)
_PASSED_RE = re.compile(r"(?<=[例数量额值口模入产价积费款资户率])过$")
# an age reached (已满七十五周岁 "aged 75 or over"); not a span of time (已满20年 "20 years"), nor
# an age just turned (刚满八十岁 "just 80")
_REACHED_RE = re.compile(r"已满$")
# 过了九十岁, 年过60岁: an age passed is "over" it (not 过了10天 "after 10 days", nor 度过了九十岁生日
# "celebrated a 90th birthday", nor 不过十八岁 "no more than eighteen")
_PASSED_AGE_RE = re.compile(r"(?<![度渡经不])过了?$")
# 年过五十 "past fifty" (years passed, the age without its 岁)
_YEARS_PASSED_RE = re.compile(r"年过$")

# Currencies whose amounts Chinese also writes with a bare 元 (新台币100元, 港币5元).
_YUAN_FAMILY = ("TWD", "HKD", "MOP")

_SMALL_SCALES = {"十万": 5, "百万": 6, "千万": 7, "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12}


@cache
def _unit_res() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """(post-unit regex, surface->unit, pre-currency regex, surface->code)."""
    post: dict[str, str] = {}
    pre: dict[str, str] = {}
    for surface, code, pos in currencies("zh"):
        if pos in ("post", "both"):
            post[surface] = "cur:" + code
        if pos in ("pre", "both"):
            pre[surface] = code
    for surface in subunits("zh"):
        post[surface] = "sub:" + surface
    post["%"] = "%"
    post["‰"] = "‰"
    post["个百分点"] = "pp"
    post["百分点"] = "pp"
    for word, unit in unit_map("zh_units.tsv").items():
        post.setdefault(word, unit)
    # a unit in Latin letters ends a word (GB, not the GB of GBP)
    latin_end = "(?![A-Za-z])"
    post_re = re.compile(r"\s*(" + "|".join(re.escape(w) + (latin_end if w[-1].isascii() and w[-1].isalpha() else "")
                                           for w in sorted(post, key=len, reverse=True)) + ")")
    pre_re = re.compile("(" + "|".join(re.escape(w) for w in sorted(pre, key=len, reverse=True)) + r")\s*$")
    return post_re, post, pre_re, pre


@cache
def _currency_senses() -> dict[str, tuple[re.Pattern[str], str, bool]]:
    """Currency words that are also measure words: surface -> (money-sense
    context that must follow, unit in the measure-word sense)."""
    out = {}
    for line in read_lines("numbers", "zh_currency_senses.tsv"):
        surface, follow, unit, scaled = line.split("\t")[:4]
        out[surface] = (re.compile(follow), unit, scaled == "yes")
    return out


# ---------------------------------------------------------------- numerals

_PLAIN_DIGITS_RE = re.compile(r"[\d,]+(?:\.\d+)?")


def _small(s: str) -> tuple[Decimal, Decimal]:
    """Value and step of a numeral below 万 ("三千五" -> 3500, step 100)."""
    if not s:
        return D0, D1
    if _PLAIN_DIGITS_RE.fullmatch(s):
        digits = s.replace(",", "")
        return Decimal(digits), digits_step(digits)
    if "点" in s:
        ip, fp = s.split("点", 1)
        iv, _ = _small(ip) if ip else (D0, D1)
        frac = "".join(str(DIGIT.get(c, 0)) for c in fp)
        return iv + Decimal("0." + frac), pow10(-len(frac))
    if not any(c in PLACE for c in s):
        # digit string: 二〇〇三 -> 2003; a single digit is itself
        if all(c in DIGIT for c in s):
            return Decimal("".join(str(DIGIT[c]) for c in s)), D1
    total = D0
    cur: Decimal | None = None
    cur_step = D1
    last_place = 0
    zero_seen = False
    i = 0
    step = D1
    while i < len(s):
        c = s[i]
        m = re.match(r"\d+(?:\.\d+)?", s[i:])
        if m:
            cur = Decimal(m.group())
            cur_step = digits_step(m.group())
            i += m.end()
            continue
        if c in DIGIT:
            if DIGIT[c] == 0:
                zero_seen = True
            else:
                cur = Decimal(DIGIT[c])
                cur_step = D1
        elif c in PLACE:
            p = Decimal(PLACE[c])
            total += (cur if cur is not None else D1) * p
            step = cur_step * p
            last_place = PLACE[c]
            cur = None
            zero_seen = False
        i += 1
    if cur is not None:
        if last_place and not zero_seen:
            unit = Decimal(last_place) / D10
            total += cur * unit
            step = unit
        else:
            total += cur
            step = cur_step
    return total, step


def parse_numeral(s: str) -> tuple[Decimal, Decimal]:
    """Value and step of a numeral with optional 万/亿 scales ("3.5万亿", "一亿二")."""
    s = s.replace(" ", "").replace("萬", "万").replace("億", "亿").replace("个亿", "亿").replace("个多亿", "多亿")
    for big, exp in (("兆", 12), ("亿", 8), ("万", 4)):
        i = s.rfind(big)
        if i < 0:
            continue
        mult = pow10(exp)
        left, right = s[:i], s[i + 1:]
        lv, ls = (Decimal("0.5"), Decimal("0.5")) if left == "半" else parse_numeral(left) if left else (D1, D1)
        value = lv * mult
        step = ls * mult
        if right:
            if len(right) == 1 and (right in DIGIT and DIGIT[right] or right in "123456789") \
                    and not left.endswith("零"):
                # 一亿二 = 1.2亿, 一万五 and 1万5 = 1.5万
                rv, rs = Decimal(DIGIT.get(right) or int(right)) * mult / D10, mult / D10
            elif right.startswith(("零", "〇")):
                rv, rs = parse_numeral(right.lstrip("零〇"))
            else:
                rv, rs = parse_numeral(right)
            value += rv
            step = rs
        return value, step
    return _small(s)


def _scale_word(s: str) -> str | None:
    """The scale words at the end of a numeral ("3.2553万亿" -> "万亿")."""
    m = re.search(r"[十百千]?[万萬亿億兆]+$", s)
    if not m:
        return None
    w = m.group()
    # 3千万: the 千 is part of the scale as writers think of it; in 五六十万
    # or 三千万 the place belongs to the Chinese numeral.
    if w[0] in "十百千" and not re.search(r"\d" + re.escape(w) + "$", s):
        w = w[1:]
    return w


# ---------------------------------------------------------------- extract

def extract_text(text: str, block_id: str = "") -> list[Quantity]:
    """Every quantity in a Chinese text, in order, offsets into ``text``."""
    norm = normalise(text, han_spaces=True)
    t = norm.text
    cands: list[Cand] = []
    claimed = Claimed()

    def claim(c: Cand) -> None:
        cands.append(c)
        claimed.append((c.start, c.end))

    hm = _HEADING_RE.match(t)
    if hm and t.strip() and not excluded_spans(exclusion_re("zh_not_quantities.txt"), t):
        v, _ = parse_numeral(hm.group("n"))
        claim(Cand(hm.start("n"), hm.end("n"), "ordinal", value=v, step=D1, num_start=hm.start("n")))
        return [build(c, norm, text, block_id, "zh") for c in cands if norm.whole(c.start, c.end)]
    for lm in filter(None, (_LIST_RE.match(t), *_SECTION_RE.finditer(t))):
        claim(Cand(lm.start("n"), lm.end("n"), "ordinal", value=Decimal(lm.group("n")), step=D1))

    _dedicated(t, claim, claimed)
    _age_idioms(t, claim, claimed)
    if "上双" in t:
        _double_figures(t, claim, claimed)
    for c in cands:
        if c.kind in ("percent", "fraction", "multiplier", "points", "ratio"):
            _qualify(t, c)
    _generic(t, cands, claimed)
    if not cands:
        return []
    if "角" in t or "分" in t:
        cands = _minutes_before_seconds(_jiao_fen(t, cands), t)
    if "米" in t:
        cands = _metres_and_centimetres(cands, t)
    cands = join_compound_measures(_finish(cands, t), t, _compound_gap)
    if "月" in t and len(cands) > 1:
        cands = _day_without_ri(cands, t)
    if "单位" in t or "）" in t or ")" in t:
        cands = apply_unit_heading(cands, t, "zh", _heading_read)
    if "前" in t:
        before_common_era(cands, t, _BCE_RE, after=False)
    return [build(c, norm, text, block_id, "zh") for c in cands if norm.whole(c.start, c.end)]


# a day of the month in digits right after its month, the 日 left out (11 月 9 结束): nothing but a
# space between them, and no digit, point, comma or counter the unit table leaves out after the day
# (5月12起事故: twelve accidents)
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_DIGITS_RE = re.compile(r"\s?(?:3[01]|[12]\d|0?[1-9])(?![\d.,，:：])(?!\s?[起例宗件桩])")


def _day_without_ri(cands: list[Cand], t: str) -> list[Cand]:
    """A month (11月) and a bare figure that follows it as a day would (9: no unit, scale, hedge
    or range of its own) are one date, the 日 left out: 11 月 9 结束 is 9 November.  A figure
    with a unit (11月9人被捕: nine people) or a decimal (3月5.2%) stays a figure."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "date" and prev.when is not None and len(prev.when) in (4, 7) \
                and prev.value is not None and t[prev.end - 1] == "月" and c.kind == "count" and c.unit is None \
                and c.scale is None and c.qualifier is None and c.value is not None and c.low is None \
                and c.high is None \
                and not c.extra.get("unit_word") and (dm := _DAY_DIGITS_RE.match(t, prev.end)) \
                and dm.end() == c.end and int(c.value) <= _MONTH_DAYS[int(prev.when[-2:]) - 1]:
            prev.end, prev.value, prev.when = c.end, prev.value * 100 + int(c.value), f"{prev.when}-{int(c.value):02d}"
            continue
        out.append(c)
    return out


def _heading_read(h: str) -> Quantity | None:
    """A table heading's unit (亿元 of （单位：亿元）) as the figure 1 in it."""
    return heading_unit(extract_text("1" + h), h)


def _minutes_before_seconds(cands: list[Cand], t: str) -> list[Cand]:
    """1分30秒, 2小时15分: 分 right before a count of seconds or right after a count of hours is a
    minute (alone it may be a point or a cent), so that the two join as one duration (see
    join_compound_measures)."""
    for prev, c, nxt in zip([None, *cands], cands, [*cands[1:], None]):
        if c.kind != "count" or c.unit is not None or t[c.end:c.end + 1] != "分":
            continue
        if (nxt is not None and nxt.unit == "second" and nxt.start == c.end + 1) \
                or (prev is not None and prev.unit == "hour" and _compound_gap(t, prev, c)):
            c.unit, c.end = "minute", c.end + 1
    return cands


# what may not follow the centimetres of 1米98 (a figure of its own: 1米，98个 / 1米98万)
_AFTER_CENTIMETRES_RE = re.compile(r"[0-9.．%％万萬亿億千百十个個名人只件位]")


def _metres_and_centimetres(cands: list[Cand], t: str) -> list[Cand]:
    """1米98, 8米36: the sports pages' metres with the centimetres written right after 米 and no
    unit of their own are one length (1.98 m, 8.36 m; 1米8 is 1.8 m), as precise as the last
    digit.  1米98厘米 is joined as a compound measure (see join_compound_measures); 1米，98 and a
    figure with a scale or a classifier after it (1米98万, 1米98个) stay figures of their own."""
    out: list[Cand] = []
    for c in cands:
        m = out[-1] if out else None
        if m is not None and m.unit == "m" and m.kind == c.kind == "count" and t[m.end - 1:m.end] == "米" \
                and c.start == m.end and c.unit is None and c.low is None and c.high is None \
                and m.low is None and m.high is None and m.value is not None and m.value == m.value.to_integral() \
                and re.fullmatch(r"[0-9]{1,2}", t[c.start:c.end]) and c.value is not None \
                and not _AFTER_CENTIMETRES_RE.match(t, c.end):
            places = c.end - c.start
            m.value += c.value / Decimal(10) ** places
            m.step, m.end = Decimal(1) / Decimal(10) ** places, c.end
            continue
        out.append(c)
    return out


_COMPOUND_GAP_RE = re.compile(r"\s*零?")


def _compound_gap(t: str, big: Cand, small: Cand) -> bool:
    """1小时30分钟, 1小时零5分钟, 3斤2两: the parts side by side, 零 between them at most."""
    return _COMPOUND_GAP_RE.fullmatch(t, big.end, small.start) is not None
_FIN_DIGIT = "0-9零一二三四五六七八九壹贰叁肆伍陆柒捌玖"
_CAPITAL_DIGITS = str.maketrans("壹贰叁肆伍陆柒捌玖", "一二三四五六七八九")
_JIAO_FEN_RE = re.compile(rf"(?:(?P<j>[{_FIN_DIGIT}])角)?(?:零?(?P<f>[{_FIN_DIGIT}])分)?")


def _jiao_fen(t: str, cands: list[Cand]) -> list[Cand]:
    """贰拾叁万肆仟伍佰陆拾柒元捌角玖分, 12元5角: a sum in yuan, jiao and fen is one sum."""
    spans = []
    for c in cands:
        m = _JIAO_FEN_RE.match(t, c.end) if c.kind == "money" and t[c.end - 1:c.end] == "元" else None
        if m and m.end() > c.end and c.value is not None:
            jiao, fen = (Decimal(_cn_int(d.translate(_CAPITAL_DIGITS))) if d else Decimal(0)
                         for d in (m.group("j"), m.group("f")))
            c.value += jiao / 10 + fen / 100
            c.step, c.end = Decimal("0.01") if m.group("f") else Decimal("0.1"), m.end()
            spans.append((c.start, c.end))
    return [c for c in cands if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)]


def _free(claimed: Claimed, s: int, e: int) -> bool:
    return claimed.free(s, e)


def whole_numeral(s: str) -> int | None:
    """A positive whole number written in digits (full-width too) or Chinese numerals (十七, 2, １２);
    None for anything else."""
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    try:
        value = Decimal(s) if s.isdigit() else parse_numeral(s)[0]
    except (ArithmeticError, ValueError, KeyError):
        return None
    return int(value) if value == value.to_integral_value() and value > 0 else None


def _cn_int(s: str) -> int:
    return int(parse_numeral(s)[0])


# Every dedicated pattern needs one of these (the steps' own quick tests, together):
# a text without any has nothing for them to claim.
_DEDICATED_HINT_RE = re.compile("|".join(map(re.escape, (
    "/", ".", "19", "20", "民国", "年", "后", "世纪", "月", "-", "·", "日", "号", ":", "时", "点", "秒", "10^",
    "百分之", "百分百", "分之", "半", "数以", "番", "减半", "第", "比", "成", "折", "十有", "百有",
    "届", "中全会", "中共", "党的", "规划", "纬", "经", "季", "Q", "H"))))


def _dedicated(t: str, claim: Claim, claimed: Claimed) -> None:
    """The patterns with a meaning of their own (when the text holds a hint of one)."""
    if _DEDICATED_HINT_RE.search(t):
        _dedicated_steps(t, claim, claimed)


def _dedicated_steps(t: str, claim: Claim, claimed: Claimed) -> None:
    """The patterns with a meaning of their own, in priority order: each step
    claims its spans before the later ones and the generic reader see them.
    A new step's trigger belongs in ``_DEDICATED_HINT_RE`` too (else a text with
    only that trigger skips it; tests/test_numbers_fast.py holds one text per hint)."""
    for date in numeric_dates(t):
        claim(date)
    for duration in countdowns(t):
        claim(duration)
    _minguo(t, claim, claimed)
    _era_years(t, claim, claimed)
    _year_ranges(t, claim, claimed)
    _decades(t, claim, claimed)
    _generations(t, claim, claimed)
    _centuries(t, claim, claimed)
    _lunar_dates(t, claim, claimed)
    _dates(t, claim, claimed)
    _days(t, claim, claimed)
    _times(t, claim, claimed)
    _race_times(t, claim, claimed)
    _scientific(t, claim, claimed)
    _percents(t, claim, claimed)
    _discounts(t, claim, claimed)
    _fractions(t, claim, claimed)
    _counted_in(t, claim, claimed)
    _fan(t, claim, claimed)
    _you_numerals(t, claim, claimed)
    _quarters(t, claim, claimed)
    _congresses(t, claim, claimed)
    _coordinates(t, claim, claimed)
    _ordinals(t, claim, claimed)
    _ratios(t, claim, claimed)
    _cheng(t, claim, claimed)


# a congress, its plenums and sessions and a five-year plan numbered without 第: 十四届全国人大二次会议
# ("the second session of the 14th NPC"), 十九届六中全会 ("the sixth plenum of the 19th Central
# Committee"), 中共二十大 ("the 20th Party Congress"), 十四五规划 ("the 14th Five-Year Plan"):
# ordinals, the numeral alone (what follows it says what is counted); not 连续三届 (three terms)
_CN_ORD = "[一二三四五六七八九十]{1,3}"
_CONGRESS_RE = re.compile(
    rf"(?<![第连续一二三四五六七八九十])(?P<term>{_CN_ORD})(?=届(?:全国|中央|中共|人大|政协|{_CN_ORD}(?:中全会|次(?:全体)?会议)))"
    rf"|(?<=届)(?:全国人大|全国人民代表大会|全国政协|人大|政协|中央委员会|中央)?(?P<sess>{_CN_ORD})(?=次(?:全体)?会议)"
    rf"|(?<![第一二三四五六七八九十])(?P<plenum>[一二三四五六七八九])(?=中全会)"
    rf"|(?<=中共|党的)(?P<party>二十[一二三]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?=大)"
    rf"|(?<![第一二三四五六七八九十])(?P<plan>十[一二三四五六七八九])(?=五”?(?:规划|时期|期间))")


def _congresses(t: str, claim: Claim, claimed: Claimed) -> None:
    """十四届, 二次会议, 六中全会, 二十大, 十四五: ordinals (see ``_CONGRESS_RE``)."""
    if not ("届" in t or "中全会" in t or "大" in t or "五" in t):
        return
    for m in _CONGRESS_RE.finditer(t):
        name = m.lastgroup
        if name is None:
            continue
        a, b = m.span(name)
        if _free(claimed, a, b):
            claim(Cand(a, b, "ordinal", value=Decimal(_cn_int(m.group(name))), step=D1, num_start=a,
                       extra={"keep": True}))


# a latitude or a longitude in degrees (北纬36.2度, 西经149度): the hemisphere is its unit ("36.2°N",
# "149 degrees west"); one with minutes after it (北纬39°54′) is left to the generic reader
_COORDINATE_RE = re.compile(r"(?P<h>北纬|南纬|东经|西经)\s?(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:度|°)(?!\s?[\d分′'])")
_HEMISPHERES = {"北纬": "latN", "南纬": "latS", "东经": "lonE", "西经": "lonW"}


def _coordinates(t: str, claim: Claim, claimed: Claimed) -> None:
    """北纬36.2度: kind count, unit latN (latS, lonE, lonW)."""
    if "纬" not in t and "经" not in t:
        return
    for m in _COORDINATE_RE.finditer(t):
        if _free(claimed, m.start("n"), m.end()):
            n = m.group("n")
            step = Decimal(1).scaleb(-len(n.split(".")[1])) if "." in n else D1
            claim(Cand(m.start("n"), m.end(), "count", value=Decimal(n), unit=_HEMISPHERES[m.group("h")], step=step,
                       num_start=m.start("n")))


# 25秒20, 1分52秒33: a race time, the hundredths written after 秒; 59秒8, 10秒2: the tenths (a
# digit no measure word follows: not 每30秒1次)
_RACE_TIME_RE = re.compile(r"(?<![\d.])(?:(?P<m>\d{1,2})分)?(?P<s>\d{1,2})秒"
                           r"(?P<cs>\d{2}(?![\d秒])|\d(?![\d秒次个人名位米分圈局场轮届]))")


def _race_times(t: str, claim: Claim, claimed: Claimed) -> None:
    """A race time in seconds (25秒20 = 25.20 s; 1分52秒33 = 112.33 s): kind count, unit second."""
    if "秒" not in t:
        return
    for m in _RACE_TIME_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            minutes = int(m.group("m") or 0)
            step = Decimal(1).scaleb(-len(m.group("cs")))
            value = Decimal(minutes * 60 + int(m.group("s"))) + Decimal(m.group("cs")) * step
            claim(Cand(m.start(), m.end(), "count", value=value, unit="second", step=step,
                       num_start=m.start()))


def _minguo(t: str, claim: Claim, claimed: Claimed) -> None:
    """民国112年 (3月5日), 112年9月: a year (date) of the Gregorian calendar, 1911 + N."""
    for m in finditer_if(_MINGUO_RE, t, "年" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        n = m.group("y") or m.group("roc")
        if n == "元":
            n = "1"  # 民国元年, the first year: 1912
        if not n.isdigit() and not re.search("[十百]", n):
            n = "".join(str(DIGIT[ch]) for ch in n)  # 一一二: read digit by digit
        _claim_year(m, _MINGUO_BASE + (int(n) if n.isdigit() else _cn_int(n)), claim)


def _claim_year(m: re.Match[str], y: int, claim: Claim) -> None:
    """Claim Gregorian year ``y`` of an era's year matched by ``m`` (民国112年, 令和6年), with the month
    and day ``m`` names after it (groups ``m`` and ``d``): a year, a month of it or a date; nothing
    for a month out of range."""
    mo = _cn_int(m.group("m")) if m.group("m") else None
    if mo is None:
        claim(Cand(m.start(), m.end(), "year", value=Decimal(y), step=D1, when=f"{y:04d}", num_start=m.start()))
    elif not 1 <= mo <= 12:
        return
    elif m.group("d"):
        claim(_ymd(m, y, mo, _cn_int(m.group("d"))))
    else:
        claim(Cand(m.start(), m.end(), "date", value=Decimal(y * 100 + mo), step=D1,
                   when=f"{y:04d}-{mo:02d}", num_start=m.start()))


@cache
def _eras() -> tuple[re.Pattern[str], dict[str, int]]:
    """A year counted in another calendar's era (``resources/numbers/eras.tsv``): 令和6年, 平成元年,
    昭和64年1月7日, 佛历2569年, with 年度 or a month and a day after."""
    bases = era_offsets("zh")
    alt = "|".join(map(re.escape, sorted(bases, key=len, reverse=True)))
    return re.compile(
        rf"(?:{alt})\s?(?P<y>\d{{1,4}}|[{_CN_DIG}十百千]{{1,6}}|元)\s?年"
        rf"(?:\s?(?P<m>{_MONTH})\s?月(?:\s?(?P<d>{_DAY})\s?[日号])?)?"), bases


def _era_years(t: str, claim: Claim, claimed: Claimed) -> None:
    """令和6年 (2024), 平成元年 (1989), 佛历2569年 (2026): a Gregorian year (or date), offset + N."""
    era_re, bases = _eras()
    if "年" not in t or not any(name in t for name in bases):
        return
    for m in era_re.finditer(t):
        if not _free(claimed, m.start(), m.end()):
            continue
        n = m.group("y")
        k = 1 if n == "元" else int(n) if n.isdigit() else _cn_int(n)
        base = next(v for name, v in bases.items() if m.group().startswith(name))
        if k is None or not 0 < k + base < 3000:
            continue
        _claim_year(m, base + k, claim)


def _year_ranges(t: str, claim: Claim, claimed: Claimed) -> None:
    """2019-2020年, 2019年至2020年, 2024/25年度, 2022/23赛季: kind year, both ends."""
    for m in finditer_if(_YEAR_RANGE_RE, t, "年" in t or "赛季" in t):
        a, b = int(m.group("a")), int(m.group("b"))
        if b < 100:
            b += a // 100 * 100
        if a < b:
            claim(Cand(m.start(), m.end(), "year", low=Decimal(a), high=Decimal(b), step=D1,
                       num_start=m.start(), when=f"{a}/{b}"))
    for y in split_years(t):
        if _free(claimed, y.start, y.end):
            claim(y)


def _decades(t: str, claim: Claim, claimed: Claimed) -> None:
    """上世纪80年代, 1990年代, 二十一世纪头十年: kind decade (a pair in a row, 五六十年代, 80-90年代 or 6、70年代, a
    range)."""
    for m in finditer_if(_DECADE_RE, t, "年代" in t):
        if _free(claimed, m.start(), m.end()):
            c = _decade(m)
            if c is not None:
                claim(c)


@cache
def _age_idiom_table() -> tuple[re.Pattern[str], dict[str, tuple[Decimal, Decimal | None]]]:
    """(a pattern finding the idioms of ``zh_age_idioms.tsv``, with 年过/年逾/年近 before one;
    idiom -> (age, the age its decade ends before, or None))."""
    ages: dict[str, tuple[Decimal, Decimal | None]] = {}
    for line in read_lines("numbers", "zh_age_idioms.tsv"):
        idiom, age, *last = line.split("\t")
        ages[idiom] = (Decimal(age), Decimal(last[0]) if last and last[0] else None)
    words = "|".join(map(re.escape, sorted(ages, key=len, reverse=True)))
    return re.compile(rf"(?P<pre>年[过逾近]|已过)?(?P<idiom>{words})"), ages


_AGE_PRE = {"年过": "more-than", "年逾": "more-than", "已过": "more-than", "年近": "nearly"}


def _age_idioms(t: str, claim: Claim, claimed: Claimed) -> None:
    """An age said by an idiom (七旬 in the 70s, 半百 50, 花甲 60): kind count, unit age; 年过半百
    "over 50", 年近古稀 "nearly 70"."""
    pattern, ages = _age_idiom_table()
    for m in pattern.finditer(t):
        if not _free(claimed, m.start(), m.end()):
            continue
        age, last = ages[m.group("idiom")]
        c = Cand(m.start(), m.end(), "count", unit="age", step=D1, num_start=m.start("idiom"),
                 qualifier=_AGE_PRE.get(m.group("pre") or ""))
        if last is None:
            c.value = age
        else:  # a decade of life: a vague figure within it, as 几十 is
            c.low, c.high, c.step, c.qualifier = age, last, D10, c.qualifier or "several"
        claim(c)


# a player's tally in double figures (得分上双 "scored 10 points or more", 篮板上双)
_DOUBLE_FIGURES_RE = re.compile("(?<=得分|篮板|助攻|抢断|盖帽)上双")


def _double_figures(t: str, claim: Claim, claimed: Claimed) -> None:
    """得分上双, 篮板上双: a tally in double figures, 10 or more (as "in double figures" is)."""
    for m in _DOUBLE_FIGURES_RE.finditer(t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "count", value=D10, step=D1, qualifier="at-least",
                       num_start=m.start()))


def _generations(t: str, claim: Claim, claimed: Claimed) -> None:
    """90后 (born in the 1990s): kind decade; 95后 (born in 1995 or after) and 98年的女生 (born
    in 1998): kind year."""
    for m in finditer_if(_GENERATION_RE, t, "后" in t or "年" in t):
        if _free(claimed, m.start(), m.end()):
            d = int(m.group("d") or m.group("y"))
            base = (2000 if d <= 20 else 1900) + d
            if m.group("d") and d % 10 == 0:
                claim(Cand(m.start(), m.end(), "decade", value=Decimal(base), step=D10, num_start=m.start(),
                           when=f"{base}s"))
            else:
                claim(Cand(m.start(), m.end(), "year", value=Decimal(base), step=D1, num_start=m.start(),
                           when=f"{base}"))


def _decade(m: re.Match[str]) -> Cand | None:
    qualifier = _position(m.group("pos"))
    if m.group("full"):
        base = int(m.group("full"))
    else:
        cent = _cn_int(m.group("c")) - 1 if m.group("c") else 19
        if m.group("s1"):  # 6、70年代: the first decade clipped to its tens digit, the 1960s and 1970s
            lo, hi = cent * 100 + int(m.group("s1")) * 10, cent * 100 + int(m.group("s2"))
            if hi - lo == 10:
                return Cand(m.start(), m.end(), "decade", low=Decimal(lo), high=Decimal(hi), step=D10,
                            qualifier=qualifier, num_start=m.start(), when=f"{lo}s/{hi}s")
            return Cand(m.start("s2"), m.end(), "decade", value=Decimal(hi), step=D10,
                        qualifier=qualifier, num_start=m.start("s2"), when=f"{hi}s")
        if m.group("d1") or m.group("r1"):  # 五六十年代, 80-90年代: two decades in a row
            lo = cent * 100 + (DIGIT[m.group("d1")] * 10 if m.group("d1") else int(m.group("r1")))
            hi = cent * 100 + (DIGIT[m.group("d2")] * 10 if m.group("d2") else int(m.group("r2")))
            if hi - lo != 10 and not (m.group("r1") and hi > lo):
                return None  # 60-80年代: from the 1960s to the 1980s, as written
            return Cand(m.start(), m.end(), "decade", low=Decimal(lo), high=Decimal(hi), step=D10,
                        qualifier=qualifier, num_start=m.start(), when=f"{lo}s/{hi}s")
        d = m.group("d")
        base = cent * 100 + (int(d) if d.isdigit() else _cn_int(d))
    return Cand(m.start(), m.end(), "decade", value=Decimal(base), step=D10,
                qualifier=qualifier, num_start=m.start(), when=f"{base}s")


def _centuries(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in finditer_if(_CENTURY_RE, t, "世纪" in t):
        if _free(claimed, m.start(), m.end()):
            c = _cn_int(m.group("c"))
            claim(Cand(m.start(), m.end(), "century", value=Decimal(c), step=D1,
                       qualifier=_position(m.group("pos")), num_start=m.start("c")))


def _dates(t: str, claim: Claim, claimed: Claimed) -> None:
    """Dates with a month or a year (2020年3月5日, 3月5日, 2020-03-05, 二〇二〇年): kind
    date (a year alone: year), value YYYYMMDD / YYYYMM / MMDD, ``when`` in ISO form."""
    for m in finditer_if(_DATE_RE, t, "年" in t or "月" in t or "-" in t or "·" in t):
        if _free(claimed, m.start(), m.end()):
            c = _date(m)
            if c is not None:
                claim(c)


# 农历八月十五, 正月初一, 腊月二十八, 五月初五: a day of the Chinese calendar, written without 日
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DATE_RE = re.compile(
    r"(?<![\d一二三四五六七八九十年])(?P<m>[正冬腊]|十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>初[一二三四五六七八九十]|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)"
    r"(?![\d零一二两三四五六七八九十百千万日号个人天年岁名位点时分多余])")


def _lunar_dates(t: str, claim: Claim, claimed: Claimed) -> None:
    """农历八月十五, 正月初一: kind date, value MMDD, no ``when`` (no day of the Gregorian calendar)."""
    for m in finditer_if(_LUNAR_DATE_RE, t, "月" in t):
        if _free(claimed, m.start(), m.end()):
            mo = _LUNAR_MONTHS.get(m.group("m")) or _cn_int(m.group("m"))
            day = m.group("d").lstrip("初").replace("廿", "二十")
            claim(Cand(m.start(), m.end(), "date", value=Decimal(mo * 100 + _cn_int(day)), step=D1,
                       num_start=m.start()))


def _date(m: re.Match[str]) -> Cand | None:
    if m.group("y3"):
        y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return _ymd(m, y, mo, d)
    if m.group("y"):
        ys = m.group("y")
        y = int(ys) if ys.isdigit() else int("".join(str(DIGIT[c]) for c in ys))
        if not m.group("m"):
            return Cand(m.start(), m.end(), "year", value=Decimal(y), step=D1, when=f"{y:04d}", num_start=m.start())
        mo = _cn_int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        if m.group("d"):
            return _ymd(m, y, mo, _cn_int(m.group("d")))
        return Cand(m.start(), m.end(), "date", value=Decimal(y * 100 + mo), step=D1,
                    when=f"{y:04d}-{mo:02d}", num_start=m.start())
    mo, d = (_cn_int(m.group("m2")), _cn_int(m.group("d2"))) if m.group("m2") else \
        (int(m.group("m4")), int(m.group("d4")))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Cand(m.start(), m.end(), "date", value=Decimal(mo * 100 + d), step=D1,
                when=f"--{mo:02d}-{d:02d}", num_start=m.start())


def _ymd(m: re.Match[str], y: int, mo: int, d: int) -> Cand:
    return Cand(m.start(), m.end(), "date", value=Decimal(y * 10000 + mo * 100 + d), step=D1,
                when=f"{y:04d}-{mo:02d}-{d:02d}", num_start=m.start())


def _scientific(t: str, claim: Claim, claimed: Claimed) -> None:
    """3×10^8米/秒: the mantissa scaled by the power of ten, with its unit."""
    for m in finditer_if(_SCI_RE, t, "10^" in t):
        if _free(claimed, m.start(), m.end()):
            power = pow10(int(m.group("e")))
            c = Cand(m.start(), m.end(), "count", value=Decimal(m.group("m")) * power,
                     step=digits_step(m.group("m")) * power, num_start=m.start())
            c.extra["arabic"] = True
            _attach_unit(t, c)
            _qualify(t, c)
            claim(c)


def _percents(t: str, claim: Claim, claimed: Claimed) -> None:
    """百分之五, 百分之五至十, 百分之七八十: kind percent; a falling pair (百分之五至百分之三) is two figures;
    百分百, the spoken 百分之百, is 100%."""
    for m in finditer_if(_WHOLLY_RE, t, "百分百" in t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "percent", value=Decimal(100), unit="%", step=D1, num_start=m.start()))
    for m in finditer_if(_PERCENT_RE, t, "百分之" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        if not m.group("n2") and (rough := _adjacent_range(m.group("n"))) is not None:
            lo, hi, st = rough  # 百分之七八十: 70 to 80 per cent
            claim(Cand(m.start(), m.end(), "percent", low=lo, high=hi, unit="%", step=st, num_start=m.start()))
            continue
        v, st = parse_numeral(m.group("n"))
        if not m.group("n2"):
            claim(Cand(m.start(), m.end(), "percent", value=v, unit="%", step=st, num_start=m.start()))
            continue
        v2, st2 = parse_numeral(m.group("n2"))
        if v2 < v:  # 百分之五至百分之三: two figures, not a range
            claim(Cand(m.start(), m.end("n"), "percent", value=v, unit="%", step=st, num_start=m.start()))
            second = m.start("n2") - (3 if t.startswith("百分之", m.start("n2") - 3) else 0)
            claim(Cand(second, m.end(), "percent", value=v2, unit="%", step=st2, num_start=second))
        else:
            claim(Cand(m.start(), m.end(), "percent", low=v, high=v2, unit="%", step=min(st, st2),
                       num_start=m.start()))


# 半个世纪 'half a century', 半年, 半个小时, 半斤: a half of a unit (not 上半年 'the first half', 大半年,
# 半年报, 半斤八两 'six of one, half a dozen of the other')
_HALF_UNIT_RE = re.compile(r"(?<![上下前后大多过\d一二两三四五六七八九十百千万亿个])"
                           r"半个?(?P<u>小时|钟头|月|年|星期|世纪|斤|公斤|千克|公里|升)(?![度报期刊]|八两)")


# 八折, 打7.5折, 八五折: the price is 80%, 75%, 85% of the original ("20% off", "25% off")
_DISCOUNT_RE = re.compile(r"(?<![\d.一二三四五六七八九十])"
                          r"(?P<n>[1-9](?:\.\d)?|[一二三四五六七八九](?:点?[一二三四五六七八九])?)"
                          r"折(?![合算扣旧叠返射服磨腾中])")


def _discounts(t: str, claim: Claim, claimed: Claimed) -> None:
    """N折: kind percent, value the share taken off (unit ``%off``), the share paid
    (unit ``%of``) its other reading; a translation may give either, not the one for the other.
    七八折 (two neighbouring digits) is a range, 20-30% off."""
    for m in finditer_if(_DISCOUNT_RE, t, "折" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        n = m.group("n")
        digits = [DIGIT[ch] for ch in n if ch in DIGIT]
        if n[0].isdigit():
            share = Decimal(n) * D10
        elif len(n) == 2 and digits[1] == digits[0] + 1:
            claim(Cand(m.start(), m.end(), "percent", low=Decimal(90 - 10 * digits[0]),
                       high=Decimal(100 - 10 * digits[0]), unit="%off", step=D10, num_start=m.start()))
            continue
        else:
            share = Decimal(digits[0] * 10 + (digits[1] if len(digits) > 1 else 0))
        c = Cand(m.start(), m.end(), "percent", value=100 - share, unit="%off", step=D1, num_start=m.start())
        c.extra["readings"] = [(share, "%of")]
        claim(c)


def _half_units(t: str, claim: Claim, claimed: Claimed) -> None:
    post = _unit_res()[1]
    for m in finditer_if(_HALF_UNIT_RE, t, "半" in t):
        if _free(claimed, m.start(), m.end()):
            unit = post.get(m.group("u"))
            claim(Cand(m.start(), m.end(), "count" if unit else "fraction", value=Decimal("0.5"),
                       unit=unit, step=Decimal("0.5"), num_start=m.start(), extra={"unit_word": m.group("u")}))


def _fractions(t: str, claim: Claim, claimed: Claimed) -> None:
    """三分之一, 万分之五, 一半, 半个世纪, 2/3: kind fraction."""
    _half_units(t, claim, claimed)
    for m in finditer_if(_SLASH_FRACTION_RE, t, "/" in t):
        a, b = Decimal(m.group("a")), Decimal(m.group("b"))
        if b and 0 < a < b and _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "fraction", value=a / b, step=D1 / b, num_start=m.start(),
                       extra={"ratio": (a, b)}))
    for m in finditer_if(_FRACTION_RE, t, "分之" in t or "半" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        if m.group("half"):
            c = Cand(m.start(), m.end(), "fraction", value=Decimal("0.5"), step=Decimal("0.5"), num_start=m.start())
            if m.group() in ("半", "半数") and _PASSED_HALF_RE.search(t, max(0, m.start() - 2), m.start()):
                c.start, c.qualifier = m.start() - 1, "more-than"
            claim(c)
            continue
        den, _ = parse_numeral(m.group("den"))
        num, num_step = parse_numeral(m.group("num"))
        if den:  # as precise as the numerator: 千分之六点三九 to a hundred-thousandth
            claim(Cand(m.start(), m.end(), "fraction", value=num / den, step=min(D1, num_step) / den,
                       num_start=m.start(), extra={"ratio": (num, den)}))


# 成千上万 "thousands" or "tens of thousands", 成百上千 "hundreds" or "thousands": a vague count
# from the first scale to ten times the second (a set phrase, but one that states a size)
_BY_THE_THOUSAND_RE = re.compile(r"成(?P<a>[百千万])(?:上|成)(?P<b>[千万亿])")


def _counted_in(t: str, claim: Claim, claimed: Claimed) -> None:
    """数以万计 'tens of thousands': a vague count, 2 to 10 of the scale; 成千上万 'thousands', 'tens
    of thousands': 1,000 to 100,000."""
    for m in finditer_if(_BY_THE_THOUSAND_RE, t, "成" in t):
        lo, _ = parse_numeral(m.group("a"))
        hi, _ = parse_numeral(m.group("b"))
        if lo < hi and _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "count", low=lo, high=hi * 10, step=lo, qualifier="several",
                       num_start=m.start(), extra={"keep": True}))
    for m in finditer_if(_COUNTED_IN_RE, t, "数以" in t):
        if _free(claimed, m.start(), m.end()):
            base, _ = parse_numeral(m.group("s"))
            claim(Cand(m.start(), m.end(), "count", low=base * 2, high=base * 10, step=base, qualifier="several",
                       scale=m.group("s"), num_start=m.start()))


def _fan(t: str, claim: Claim, claimed: Claimed) -> None:
    """翻了两番 'quadrupled' (2**n), 减半 'halved': kind multiplier."""
    for m in finditer_if(_FAN_RE, t, "番" in t or "减半" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        if m.group("half"):
            claim(Cand(m.start(), m.end(), "multiplier", value=Decimal("0.5"), step=Decimal("0.5"), unit="x",
                       num_start=m.start()))
            continue
        n = m.group("n")
        k = int(n) if n.isdigit() else DIGIT[n]
        claim(Cand(m.start(), m.end(), "multiplier", value=Decimal(2 ** k), step=D1, unit="x",
                   scale="番", num_start=m.start("n")))


# 七十有三, 一百有五: 有 "and" joins the units to the tens or hundreds in literary Chinese
_YOU_RE = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿])"
                     r"(?P<big>[一二三四五六七八九]?十|[一二两三四五六七八九]百(?:[一二三四五六七八九]十)?)"
                     r"有(?P<small>[一二三四五六七八九])(?![\d零〇一二两三四五六七八九十百千万亿])")


def _you_numerals(t: str, claim: Claim, claimed: Claimed) -> None:
    """七十有三 'seventy-three', 一百有五: one count, said without a unit (年七十有三)."""
    for m in finditer_if(_YOU_RE, t, "十有" in t or "百有" in t):
        if _free(claimed, m.start(), m.end()) and not _unit_res()[0].match(t, m.end()):
            value = parse_numeral(m.group("big"))[0] + DIGIT[m.group("small")]
            claim(Cand(m.start(), m.end(), "count", value=value, step=D1, num_start=m.start()))


def _quarters(t: str, claim: Claim, claimed: Claimed) -> None:
    """第三季度, 三季度, Q3; 上半年, H1: kind ordinal, unit quarter or half."""
    for m in finditer_if(_QUARTER_RE, t, "季" in t or "Q" in t or "半年" in t or "H" in t):
        if _free(claimed, m.start(), m.end()):
            if m.group("half") or m.group("h"):
                v, unit = _HALVES.get(m.group("half")) or int(m.group("h")), "half"
            else:
                n = m.group("n") or m.group("b") or m.group("q")
                v, unit = int(n) if n.isdigit() else DIGIT[n], "quarter"
            claim(Cand(m.start(), m.end(), "ordinal", value=Decimal(v), unit=unit, step=D1, num_start=m.start()))


def _ordinals(t: str, claim: Claim, claimed: Claimed) -> None:
    """第三: kind ordinal; 第88—93页 (pages 88-93): a range of pages, both ends."""
    for m in finditer_if(_PAGES_RE, t, "页" in t):
        a, b = Decimal(m.group("a")), Decimal(m.group("b"))
        if a < b and _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "count", low=a, high=b, step=D1, num_start=m.start("a")))
    for m in finditer_if(_ORDINAL_RE, t, "第" in t):
        if _free(claimed, m.start(), m.end()):
            v, _ = parse_numeral(m.group("n") or m.group("p"))
            if v:
                claim(Cand(m.start(), m.end(), "ordinal", value=v, step=D1, num_start=m.start()))


def _ratios(t: str, claim: Claim, claimed: Claimed) -> None:
    """3:1, 3比1: kind ratio."""
    for m in finditer_if(_RATIO_RE, t, ":" in t or "比" in t):
        if _free(claimed, m.start(), m.end()) and not citation_year(t, m.start()):
            a, b = Decimal(m.group("a").replace(",", "")), Decimal(m.group("b").replace(",", ""))
            if b:
                claim(Cand(m.start(), m.end(), "ratio", value=a / b, step=digits_step(m.group("a")) / b,
                           unit=None, num_start=m.start(), extra={"ratio": (a, b)}))


def _cheng(t: str, claim: Claim, claimed: Claimed) -> None:
    """三成 'thirty percent', 二到三成, 三成至四成五: kind percent in tens, scale 成."""
    found: list[Cand] = []
    _cheng_each(t, found.append, claimed)
    sep = _SEP_RE
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        sm = sep.match(t, a.end) if b is not None else None
        if b is not None and sm and sm.end() == b.start and a.value is not None and b.value is not None \
                and a.value < b.value:
            claim(Cand(a.start, b.end, "percent", low=a.value, high=b.value, unit="%",
                       step=min(a.step or D1, b.step or D1), qualifier=a.qualifier,
                       num_start=a.num_start))  # 三成至四成五: one range
            i += 2
            continue
        claim(a)
        i += 1


def _cheng_each(t: str, claim: Claim, claimed: Claimed) -> None:
    for m in finditer_if(_CHENG_RE, t, "成" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        n = m.group("n")
        v = Decimal(n) if n[0].isdigit() else Decimal(DIGIT[n])
        if m.group("n2"):
            v2 = Decimal(DIGIT[m.group("n2")[-1]])
            v, v2 = min(v, v2), max(v, v2)  # 二一成: the ends in order
            claim(Cand(m.start(), m.end(), "percent", low=v * 10, high=v2 * 10, unit="%", scale="成",
                       step=D10, num_start=m.start()))
        elif m.group("tenth"):
            tenth = m.group("tenth")
            claim(Cand(m.start(), m.end(), "percent", value=v * 10 + (5 if tenth == "半" else DIGIT[tenth]),
                       unit="%", step=D1, num_start=m.start()))
        else:
            claim(Cand(m.start(), m.end(), "percent", value=v * 10, unit="%", scale="成", step=D10,
                       num_start=m.start()))


# 3号线, 5号楼, 1号文件: the number labels a thing (an ordinal).
_NUMBER_LABEL_RE = re.compile(rf"(?=\d)(?<![\d.])(?P<n>\d{{1,4}})\s?号(?=[{_LABELLED}])")
_AFTER_DATE_RE = re.compile(rf"[日号月\d]\s*{_LIST_MARK}\s*$")
# （2023）京01刑初123号, 深市监罚〔2024〕36号, 京劳人仲字〔2024〕第1567号: the number of a case or a
# document, after the bracketed year (a label, as "No. 123" is in English)
_DOCKET_RE = re.compile(r"[（(〔\[](?:19|20)\d\d[）)〕\]][\u4e00-\u9fff\d]{0,12}?第?(?P<n>\d{1,6})\s?号")


def _days(t: str, claim: Claim, claimed: Claimed) -> None:
    """Day-only dates (24日): kind date, value the day, ``when`` "---DD"; a day
    listed right after a full date takes its month ("7月17日和22日").  Numbers
    that label a thing (3号线) and the number of a case (（2023）京01民初123号) are ordinals."""
    for m in finditer_if(_DOCKET_RE, t, "号" in t):
        claim(Cand(m.start("n"), m.end("n"), "ordinal", value=Decimal(m.group("n")), step=D1, num_start=m.start("n")))
    dateline = _DATELINE_RE.search(t) if "电" in t else None
    for m in finditer_if(_DAY_ONLY_RE, t, "日" in t or "号" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        d = int(m.group("d") or m.group("dp") or _cn_int(m.group("dc")))
        if not 1 <= d <= 31:
            continue
        c = Cand(m.start(), m.end(), "date", value=Decimal(d), step=D1, when=f"---{d:02d}", num_start=m.start())
        if _AFTER_DATE_RE.search(t, max(0, m.start() - 4), m.start()):
            c.when = _same_month(claimed, t, m.start(), d) or c.when
        elif dateline is None or m.start() >= dateline.end():
            c.when = _dateline_month(dateline, d) or c.when
        claim(c)
    for m in finditer_if(_NUMBER_LABEL_RE, t, "号" in t):
        if _free(claimed, m.start(), m.end()):
            claim(Cand(m.start(), m.end(), "ordinal", value=Decimal(m.group("n")), step=D1, num_start=m.start()))


# a news dateline: 中新网2月11日电, 新华社北京3月5日电
_DATELINE_RE = re.compile(r"(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日电")
_DATELINE_REACH = 7  # days before the dateline's that a story names by the day alone


def _dateline_month(dateline: re.Match[str] | None, day: int) -> str | None:
    """The month of a day a story names alone after its dateline, the dateline's day or up to a
    week before it (中新网2月11日电 … 10日消息: 10 February), else None."""
    if dateline is None:
        return None
    month, last = int(dateline.group("m")), int(dateline.group("d"))
    return f"--{month:02d}-{day:02d}" if last - _DATELINE_REACH <= day <= last else None


def _same_month(claimed: Claimed, t: str, pos: int, day: int) -> str | None:
    """The month (and year) of the date that ends just before ``pos``, with ``day``."""
    before = [(s, e) for s, e in claimed if e <= pos and pos - e <= 4]
    if not before:
        return None
    s, e = before[-1]
    for m in _DATE_RE.finditer(t, s, e):
        if m.group("y") and m.group("m"):
            return f"{m.group('y')}-{_cn_int(m.group('m')):02d}-{day:02d}" if m.group("y").isdigit() else None
        if m.group("m2"):
            return f"--{_cn_int(m.group('m2')):02d}-{day:02d}"
    return None


# 比分为23:25、25:21: a score (a ratio), not a clock time
_SCORE_CUE_RE = re.compile(r"(?:比分|比数|局分|战胜|击败|逆转|不敌|负于)"
                           r"[^。；，,\d]*(?:[\d:]+[、和及与][^。；，,\d]*)*$")


# 师生比为1:18, 男女比例1:1, 两者之比是3:2: a ratio, not a clock time
_RATIO_CUE_RE = re.compile(r"(?:比例|之比|(?<![对相])比(?=约?[为是]))(?:约?[为是达在]|达到|保持在|约)?\s*$")


# 下午1:30, 下午1:30—5:00, 当晚约11:30: a part of the day before a clock reading (an "about" between), or
# before the range it opens
_PM_BEFORE_RE = re.compile(rf"(?:{'|'.join(_PM)})\s?(?:{_ABOUT_CLOCK})?\s?"
                           r"(?:(?:[01]?\d|2[0-3]):[0-5]\d\s?[-~至到]\s?)?$")


# 下午2点到5点: the bare hour that closes a range takes the part of the day of the one that opens it
_HOUR_RANGE_END_RE = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*")


def _times(t: str, claim: Claim, claimed: Claimed) -> None:
    """Clock times: kind time, value HHMM (24-hour), ``when`` "Thh:mm[:ss]"."""
    opened: tuple[int, int] | None = None  # where the last time read ends, and its hour
    for m in finditer_if(_TIME_RE, t, ":" in t or "时" in t or "点" in t):
        if not _free(claimed, m.start(), m.end()):
            continue
        if m.group("h") is not None and (_SCORE_CUE_RE.search(t, max(0, m.start() - 30), m.start())
                                         or _RATIO_CUE_RE.search(t, max(0, m.start() - 8), m.start())):
            continue
        if m.group("h") is not None:
            h, mi, sec = int(m.group("h")), int(m.group("mi")), m.group("s")
            if h < 12 and _PM_BEFORE_RE.search(t, max(0, m.start() - 14), m.start()):
                h += 12
        else:
            minute_given = m.group("mi2") or m.group("half") or m.group("quarter") or m.group("zhong")
            closes = opened[1] if opened and _HOUR_RANGE_END_RE.fullmatch(t, opened[0], m.start()) else None
            # 晚上6-8点: the part of the day stands before the range's opening hour, and holds for both
            part = (_PART_RANGE_BEFORE_RE.search(t, max(0, m.start() - 12), m.start())
                    if m.group("ap") is None and closes is None and m.group("h2").isdigit() else None)
            if not (m.group("ap") or minute_given or closes is not None or part is not None
                    or (m.group("mark") == "时" and m.group("h2").isdigit()) or _bare_hour(t, m)):
                continue
            h = int(m.group("h2")) if m.group("h2").isdigit() else _cn_int(m.group("h2"))
            mi = 30 if m.group("half") else {"一": 15, "三": 45}.get(m.group("quarter") or "", 0)
            if m.group("mi2"):
                mi = int(m.group("mi2")) if m.group("mi2").isdigit() else _cn_int(m.group("mi2"))
            sec = None
            if part is not None and not _part_range_opens(part, h, claim, claimed):
                continue
            if h < 12 and _after_noon(m.group("ap") or (part.group("ap") if part else None), h, closes):
                h += 12
            elif h == 12 and m.group("ap") in _NIGHT:
                h = 24 if mi == 0 else 0  # 午夜12时 is 24:00; 晚上12点半 is half past midnight
        if h > 24 or mi > 59:
            continue
        start = m.start()
        if (short := _MINUTES_SHORT_RE.search(t, max(0, start - 8), start)) is not None:
            # 差十分钟凌晨一点 "ten to one in the morning": the hour less the minutes before it
            n = short.group("n")
            less = (int(n) if n.isdigit() else _cn_int(n)) * (15 if short.group("unit") == "刻" else 1)
            if not 0 < less < 60:
                continue
            h, mi = divmod((h * 60 + mi - less) % (24 * 60), 60)
            start = short.start()
        when = f"T{h:02d}:{mi:02d}" + (f":{sec}" if sec else "")
        claim(Cand(start, m.end(), "time", value=Decimal(h * 100 + mi), step=D1, when=when, num_start=start))
        _range_start_hour(t, m.start(), claim, claimed)
        opened = (m.end(), h)


# 晚上6-8点, 下午2至4点: a part of the day, then the bare hour opening a range of hours
_PART_RANGE_BEFORE_RE = re.compile(rf"(?P<ap>{_AMPM})\s?(?P<h>1[01]|0?[1-9])\s*(?:—|–|-|~|～|至|到)\s*$")


def _part_range_opens(part: re.Match[str], h_end: int, claim: Claim, claimed: Claimed) -> bool:
    """Claim the opening hour of a range after a part of the day (晚上6-8点: 18:00) when the range's
    closing hour ``h_end`` is a later one of the same half of the day; False when it is not."""
    h = int(part.group("h"))
    if not h < h_end < 12 or not _free(claimed, part.start("h"), part.end("h")):
        return False
    h += 12 if _after_noon(part.group("ap"), h, None) else 0
    claim(Cand(part.start("h"), part.end("h"), "time", value=Decimal(h * 100), step=D1, when=f"T{h:02d}:00",
               num_start=part.start("h")))
    return True


# 差十分钟八点, 差一刻九点 (a quarter to nine): the minutes a clock time is short of
_MINUTES_SHORT_RE = re.compile(r"差\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?P<unit>分钟|分|刻)\s*$")


def _bare_hour(t: str, m: re.Match[str]) -> bool:
    """An hour with 点 alone that a clause says it is (刚刚7点，天已经黑了), that follows the clock it is
    read on (当地时间4点), or that opens a range closing later in the afternoon or evening (每天18点至24点):
    a clock time."""
    if _BARE_HOUR_BEFORE_RE.search(t, max(0, m.start() - 2), m.start()) and _BARE_HOUR_AFTER_RE.match(t, m.end()):
        return True
    if _ZONE_BEFORE_RE.search(t, max(0, m.start() - 48), m.start()):
        return True  # 当地时间4点左右 "around 4 am local time"
    late = _LATE_RANGE_AFTER_RE.match(t, m.end())
    return late is not None and m.group("h2").isdigit() and int(m.group("h2")) < int(late.group("h")) \
        and bool(late.group("period") or _DAY_BEFORE_RE.search(t, max(0, m.start() - 2), m.start()))


def _after_noon(part: str | None, h: int, opening: int | None) -> bool:
    """Is an hour under 12 after noon: after 下午 or 晚 (中午 but 中午11点), or closing a range that
    opened after noon or later in the day (下午2点到5点, 中午11点到1点)?"""
    if part:
        return part in _PM and not (part == "中午" and h == 11)
    return opening is not None and (opening >= 12 or h < opening)


# 0—24时, 8至17时: the bare hour that opens a range of clock times
_HOUR_RANGE_START_RE = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:—|–|-|~|～|至|到)\s*$")


def _range_start_hour(t: str, end: int, claim: Claim, claimed: Claimed) -> None:
    rm = _HOUR_RANGE_START_RE.search(t, max(0, end - 6), end)
    if rm is None or not _free(claimed, rm.start(1), rm.end(1)) or int(rm.group(1)) > 24:
        return
    h = int(rm.group(1))
    claim(Cand(rm.start(1), rm.end(1), "time", value=Decimal(h * 100), step=D1, when=f"T{h:02d}:00",
               num_start=rm.start(1)))


def _position(pos: str | None) -> str | None:
    if not pos:
        return None
    if pos.startswith("初") or pos.startswith("前") or pos == "上半叶":
        return "early"
    if pos.startswith("中"):
        return "mid"
    return "late"


_DIGIT_RE = re.compile(r"\d")
_PLACED_RE = re.compile(r"[十百千万亿萬億兆几数多余]")


def _read(t: str, m: re.Match[str]) -> Cand | None:
    """One numeral with its scale, 几/多/余 markers and following unit."""
    s = m.group().replace(" ", "")
    start, end = m.start(), m.end()
    if s.isascii() and s.isdigit():  # a plain run of Arabic digits (most figures): what parse_numeral gives
        c = Cand(start, end, "count", value=Decimal(s), step=D1, num_start=start)
        c.extra.update(arabic=True, placed=len(s) > 1)
        return c
    # A bare trailing Chinese digit after a scale followed by a non-unit
    # character belongs to the next word ("3万亿三省" is not 3.3万亿).
    qualifier = None
    low = high = None
    core = s
    if 1 < len(core) < 4 and all(ch in DIGIT for ch in core):
        return None  # 三四线, 五六: digits side by side without a place are not a figure
    if core.startswith("上"):
        # 上千 / 上万 / 上亿: "reaching" the scale, i.e. from it up to the next power of ten
        rest = core[1:]
        if re.search(r"[几数多余]", rest):
            return None
        v, _ = parse_numeral(rest)
        c = Cand(start, end, "count", low=v, high=v * D10, step=place_step(v), scale=_scale_word(rest),
                 qualifier="at-least", num_start=start)
        c.extra.update(arabic=False, placed=True, upward=True)
        return c
    # 多/余 (a few more than) and 几/数 (several)
    if "几" in core or "数" in core:
        if not re.search(r"[十百千万亿萬億]", core):
            return None
        # 几百 / 数亿: 2-9 of the place; 十几 / 二十几 (几 after its place): 1-9
        low_digit = "一" if re.search(r"[十百千]几(?![十百千])", core) else "二"
        v2, _ = parse_numeral(core.replace("几", low_digit).replace("数", "二"))
        v9, _ = parse_numeral(core.replace("几", "九").replace("数", "九"))
        value, step = None, place_step(v2)
        low, high, qualifier = v2, v9, "several"
    else:
        for mark in ("多", "余"):
            i = core.find(mark)
            if i > 0:
                before, after = core[:i], core[i + 1:]
                if re.search(r"[多余]", after):
                    return None
                bv, _ = parse_numeral(before)
                mult = D1
                for ch in after:
                    if ch in BIG:
                        mult *= pow10(BIG[ch])
                value, step = parse_numeral(before + after)
                inc = place_step(bv) * mult if bv else mult
                low, high, qualifier = value, value + inc, "plus"
                break
        else:
            if core[-1] in "多余":
                return None
            value, step = parse_numeral(core)
    scale = _scale_word(core.replace("多", "").replace("余", ""))
    c = Cand(start, end, "count", value=value, low=low, high=high, step=step, scale=scale,
             qualifier=qualifier, num_start=start)
    whole = value if value is not None else low
    if "兆" in core and value is not None:
        # 兆 is 1e12 (Taiwan's and Japan's money, today's usage) or 1e6 (older and technical usage:
        # 500兆 "500 MB"): two readings, not the span between them ("2.26 billion" for 2.26兆元 is
        # neither); the other side chooses (``core.build`` adds the reading of 1e6)
        c.extra["mega"] = True
    elif "兆" in core and whole is not None:
        # a hedged 兆 (3兆多): flag, don't guess
        c.value = None
        c.low, c.high = whole / pow10(6), whole
        c.qualifier = "ambiguous-scale"
    c.extra["arabic"] = bool(_DIGIT_RE.search(core))
    c.extra["placed"] = bool(_PLACED_RE.search(core)) or len(core) > 1
    return c


# 多 after a unit word: "and a bit more", when it does not begin a word (多家, 多年).
_UNIT_MORE_RE = re.compile(r"多(?=[^\u4e00-\u9fff]|[的来了后前]|$)")
# the units of things counted whole (persons, households, vehicles, items, times): "a little more than"
# after them is no figure's hedge
_WHOLE_UNITS = frozenset(("person", "person-time", "household", "org", "vehicle", "item", "time"))


@cache
def _not_units() -> re.Pattern[str]:
    """Words that begin with a unit character but are no unit (区间, 期间)."""
    words = sorted({w.strip() for w in read_lines("numbers", "zh_not_units.txt")}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@cache
def _year_classifiers() -> frozenset[str]:
    """届, 级, 款: after a four-digit year they name a cohort or a model by it (2024届)."""
    return frozenset(w for line in read_lines("numbers", "zh_year_classifiers.txt") for w in line.split())


#: time units that take 半 'and a half' after them (两年半) or after 个 (三个半小时)
_TIME_UNITS = frozenset({"century", "year", "month", "week", "day", "hour"})
_TIME_AFTER_MEASURE_RE = re.compile(r"(半?)(小时|钟头|月|星期|礼拜|世纪)")
_HALF_AFTER_RE = re.compile(r"半(?![导岛径决价场数山夜成自封边壁身截点圆月年天])")  # not 两年半导体


def _add_half(c: Cand, half: str) -> None:
    if half and c.value is not None and c.step is not None and c.step >= D1:
        c.value += Decimal("0.5")
        c.step = Decimal("0.5")


#: a distance after 每小时 or 时速 is a speed: 每小时30公里 km/h, 每小时 85 英里 mph
_PER_HOUR_UNITS = {"km": "km/h", "mile": "mph"}
_PER_HOUR_RE = re.compile(r"(?:每小时|时速)\s*(?:[约近达逾超为]|可达|超过|高达|达到|最高达?)?\s*$")
# ... and a distance in brackets right after such a speed, its equivalent: 每小时160公里（100英里）
_PER_HOUR_BRACKET_RE = re.compile(r"(?:每小时|时速)[^，。；;,（(]{0,12}?(?:公里|千米|英里)\s*[（(]"
                                  r"\s*(?:约|合|约合)?\s*$")


# a figure right after a unit word (一块5英寸: the 5 of 5英寸)
_FIGURE_AT_RE = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+")


def _measured_after(t: str, at: int) -> bool:
    """Does a figure with a unit of its own, not money, follow ``at`` (一块5英寸的屏幕, 两块3米长的木板)?
    Then the word before it counts pieces of the thing measured; 三块五, 9块9, 三块五毛 stay money."""
    fm = _FIGURE_AT_RE.match(t, at)
    if fm is None:
        return False
    post_re, post, _pre_re, _pre = _unit_res()
    um = post_re.match(t, fm.end())
    return um is not None and not post[um.group(1)].startswith("cur:") and not _not_units().match(t, um.start(1))


def _attach_unit(t: str, c: Cand) -> None:
    post_re, post, pre_re, pre = _unit_res()
    um = post_re.match(t, c.end)
    if um and _not_units().match(t, um.start(1)):
        um = None  # 5区间: 区 begins another word
    if um and post[um.group(1)].startswith("sub:") and not _subunit_fits(t, c, um):
        um = None  # 八仙: the Eight Immortals, no cents
    if um:
        word = um.group(1)
        u = post[word]
        if u == "item" and (tm := _TIME_AFTER_MEASURE_RE.match(t, um.end())) \
                and post.get(tm.group(2)) in _TIME_UNITS:
            word, u, um = word + tm.group(0), post[tm.group(2)], tm  # 三个小时, 3个半月: 个 counts the unit after it
            _add_half(c, tm.group(1))
        elif u in _TIME_UNITS and (hm := _HALF_AFTER_RE.match(t, um.end())):
            word, um = word + "半", hm  # 两年半, 三天半: and a half
            _add_half(c, "半")
        sense = _currency_senses().get(word)
        if sense is not None and (not sense[0].match(t, um.end()) or _measured_after(t, um.end())) \
                and not (sense[2] and c.scale):
            u = sense[1]  # 一块土地, 一块5英寸的屏幕: a measure word, not money; 30度: degrees
        c.end = um.end()
        if u.startswith("cur:") and sense is not None and c.value is not None and c.step == D1:
            dm = re.match(r"[一二两三四五六七八九1-9](?![十百千万亿个\d.%])", t[c.end:c.end + 2])
            if dm:  # 三块五, 9块9 = 3.5 yuan, 9.9 yuan
                c.value += Decimal(DIGIT.get(dm.group()) or int(dm.group())) / D10
                c.step = D1 / D10
                c.end += 1
        _take_unit(t, c, word, u)
        c.extra["unit_word"] = word
        if c.kind not in ("date", "ordinal") and c.value is not None and c.qualifier is None \
                and c.unit not in _WHOLE_UNITS and _UNIT_MORE_RE.match(t, c.end):
            # 3倍多, 一年多来, 三块多: a little more than; not after a counter of whole things
            # (比去年的3714人多 "more than last year's 3,714": 多 compares, no one is a fraction)
            c.qualifier = "plus"
            c.end += 1
    pm = pre_re.search(t, max(0, c.start - 6), c.start)
    if pm:
        if c.kind in ("count", "money") and (c.unit is None or c.kind == "money"):
            c.kind, c.unit = "money", pre[pm.group(1)]
            c.start = pm.start()
    elif c.kind == "money" and c.extra.get("unit_word") == "元" and (c.value is not None or c.high is not None
                                                                    and c.qualifier == "ambiguous-scale"):
        # a bare 元 is the unit of the yuan, the New Taiwan and the Hong Kong dollar (14.13兆元: trillions,
        # as Taiwan writes money)
        point = c.value if c.value is not None else c.high
        c.extra["readings"] = [(point, code) for code in _YUAN_FAMILY]


def _take_unit(t: str, c: Cand, word: str, u: str) -> None:
    """The kind and unit the unit ``word`` (read as ``u``) after a figure gives it (in place)."""
    if u.startswith("sub:"):  # 5美分, 跌8仙: hundredths of the currency
        c.kind, c.unit = "money", subunits("zh")[u[4:]].code
        if c.value is not None:
            c.value *= HUNDREDTH
        c.step = (c.step or D1) * HUNDREDTH
        c.extra["subunit"] = True
    elif u.startswith("cur:"):
        c.kind, c.unit = "money", u[4:]
    elif u in ("%", "‰"):
        c.kind, c.unit = "percent", u
    elif u == "pp":
        c.kind, c.unit = "points", "pp"
    elif u == "times":
        c.kind, c.unit = "multiplier", "x"
    elif u == "anniversary":
        c.kind, c.unit = "ordinal", None
    elif word == "月" and c.value is not None and 1 <= c.value <= 12 and c.step == 1:
        c.kind, c.unit, c.when = "date", None, f"--{int(c.value):02d}"
    elif u in _PER_HOUR_UNITS and (_PER_HOUR_RE.search(t, max(0, c.start - 5), c.start)
                                   or _PER_HOUR_BRACKET_RE.search(t, max(0, c.start - 30), c.start)):
        c.unit = _PER_HOUR_UNITS[u]  # 每小时30公里, 时速300公里, 每小时 85 英里, 时速160公里（100英里）: a speed
    elif u == "deg" and (tm := _TEMPERATURE_SCALE_RE.search(t, max(0, c.start - 6), c.start)):
        c.unit = "degF" if tm.group(1) in ("华氏", "華氏") else "degC"  # 华氏110度, 摄氏43度
        c.start = tm.start()
    else:
        c.unit = u


def _subunit_fits(t: str, c: Cand, um: re.Match[str]) -> bool:
    """May the hundredth of a currency after a figure be read as one (5美分; 跌8仙 right after
    Arabic digits, not 八仙 nor 3仙女)?  Not after a scale word (5万美分 is no way to write a sum)."""
    sub = subunits("zh")[um.group(1)]
    if c.scale or c.value is None:
        return False
    if sub.after_digits:
        return um.start(1) == c.end and t[c.end - 1:c.end].isdigit() and not _CJK_AFTER_RE.match(t, um.end())
    return True


_CJK_AFTER_RE = re.compile(r"[人女子境鹤鶴草桃姑翁家山丹侠俠逝界气氣]")  # 仙人, 仙女 ...: words of 仙


# 华氏110度 / 摄氏零下5度: the scale written before the figure
_TEMPERATURE_SCALE_RE = re.compile(r"(华氏|華氏|摄氏|攝氏)\s*(?:零下)?\s*$")

# A bare 百/千/万/亿 (no digit before it) is a figure only after one of these
# (besides the qualifiers of _PRE_QUAL): 每千人, 突破万亿, 过万; 吨标准煤/万元 (per 10,000 yuan, as 每万元).
_BARE_PRE_RE = re.compile(r"(?:每|突破|破|(?<![经通越度路])过|达到|达|高达|(?<=[\u4e00-\u9fff])[/／])\s*$")
# After 上千 / 上万 and a licensed bare scale word: a unit, or no further word.
_BARE_END_RE = re.compile(r"[^\u4e00-\u9fff]|[的多余]|$")
# 万元国内生产总值能耗, 亿元GDP死亡率: the yuan of output an intensity is measured per
_PER_OUTPUT_RE = re.compile(r"元\s*(?:国内生产总值|地区生产总值|生产总值|GDP|工业增加值|增加值|产值)")


def _bare_scale_ok(t: str, m: re.Match[str]) -> bool:
    """Is a numeral that starts with a bare scale word (千人, 万亿元) a figure?

    Idioms and words (千家万户, 百姓, 万一) are not; 近千人, 超过万亿元,
    每千人 and 千余家 are.
    """
    s = m.group()
    if re.match(r"[百千万萬亿億][余多]", s):
        return True
    if re.fullmatch(r"(?:[百千](?:[万萬]|[亿億]|[万萬][亿億])|[万萬][亿億])[余多]?", s):
        return True  # 百万, 千亿, 万亿: a compound scale word is a figure (set phrases aside)
    start = m.start()
    return bool(_PRE_QUAL_RE.search(t, max(0, start - 4), start) or _BARE_PRE_RE.search(t, max(0, start - 3), start)
                or re.fullmatch(r"[百千万萬亿億]", s) and _PER_OUTPUT_RE.match(t, m.end()))


# 千亿茶产业 "a 100-billion tea industry", 万亿市场: a scale of 亿 (not 百万富翁, 千万) sizes the noun it precedes
_YI_LEVEL_RE = re.compile(r"[百千万萬][亿億]")

# 来 after a round figure and before its unit or a score's 分: "about" (十来个, 二十来岁, 500来分).
_ABOUT_RE = re.compile(r"(?<=[十百千万0])来")
# A longer run of numeral characters is noise or a code, not a figure.
_MAX_NUMERAL = 40
# 零 joining the second part of an amount to the first (三年零两个月, 两小时零五分钟, 五斤零三两): after
# a numeral and its unit, 零 before a Chinese digit is "and", no digit of the numeral after it
# (the 零 of 零三年, '03, stays the year's)
_JOINING_ZERO_RE = re.compile(r"零(?=[一二两三四五六七八九十])")
_JOINED_BEFORE_RE = re.compile(r"[\d〇一二两三四五六七八九十百千半](?:个)?(?:年|个?月|天|日|周|星期|小时|钟头"
                               r"|分钟|分|秒|斤|两|公斤|克|米|公里|里|岁|元|块)$")
_DIGIT_RUN_RE = re.compile(r"\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:[.,]\d+)*")  # 7 155H: spaced groups too


# 五六十万 / 两三个: adjacent digits as a range
_ADJACENT_RE = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])")
_PLACE_AFTER_RE = re.compile(r"[十百千万亿]")


def _adjacent_range(s: str, t: str | None = None, end: int = 0) -> tuple[Decimal, Decimal, Decimal] | None:
    """五六十万, 两三个, 百分之七八十: adjacent digits as a range, (low, high, step); 三二十 (twenty or
    thirty) before a place word.  Two digits with no place word after them count in text ``t``
    only when a unit follows them at ``end`` (两三个); with no ``t`` (after 百分之) always.  After
    a place word the two digits are the numeral's last (十三四 13 or 14, 三十五六 35 or 36, 一百二三十
    120 or 130, 一万三四千)."""
    adj = _ADJACENT_RE.match(s)
    if adj is None:
        return _inner_adjacent_range(s)
    step = DIGIT[adj.group(2)] - DIGIT[adj.group(1)]
    if not (step == 1 or adj.group() == "三五" or (step == -1 and _PLACE_AFTER_RE.match(s, 2))) \
            or not (len(s) > 2 or t is None or _unit_res()[0].match(t, end)):
        return None
    lo, _ = parse_numeral(adj.group(1 if step > 0 else 2) + s[2:])
    hi, st = parse_numeral(adj.group(2 if step > 0 else 1) + s[2:])
    return lo, hi, st


# a numeral ending in two adjacent digits after a place word, and at most place words after them
_INNER_ADJACENT_RE = re.compile(r"(.*[十百千万亿])([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]*)")


def _inner_adjacent_range(s: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """:func:`_adjacent_range` of two adjacent digits after a place word (十三四, 一百二三十)."""
    m = _INNER_ADJACENT_RE.fullmatch(s)
    if m is None or DIGIT[m.group(3)] - DIGIT[m.group(2)] != 1:
        return None
    head, tail = m.group(1), m.group(4)
    try:
        lo, _ = parse_numeral(head + m.group(2) + tail)
        hi, st = parse_numeral(head + m.group(3) + tail)
    except (ValueError, KeyError):
        return None
    return (lo, hi, st) if lo < hi else None


def _generic(t: str, cands: list[Cand], claimed: Claimed) -> None:
    found: list[Cand] = []
    labels = label_re("zh")
    for m in _NUMERAL_RE.finditer(t):
        start, end = m.span()
        if _JOINING_ZERO_RE.match(t, start) and _JOINED_BEFORE_RE.search(t, max(0, start - 6), start):
            m = _NUMERAL_RE.match(t, start + 1)  # type: ignore[assignment]  # 三年零|两个月
            if m is None:
                continue
            start, end = m.span()
        if end - start > _MAX_NUMERAL or not claimed.free(start, end):
            # a numeral partly claimed (e.g. the 2003 of 2003年) is skipped
            continue
        run = _DIGIT_RUN_RE.match(t, start, end)
        if run is not None:
            digits_end = run.end()
            if is_code(t, start, digits_end) and not _web_scale(t, start, digits_end):
                continue  # G20, COVID-19, 5G, MH370: a name, not a figure
            if _designation(t, start, digits_end) or labels.search(t, max(0, start - 20), start):
                value = Decimal(t[start:digits_end].replace(",", ""))
                found.append(Cand(start, digits_end, "ordinal", value=value, step=D1, num_start=start,
                                  extra={"arabic": True, "placed": True}))
                continue  # 波音737, 歼-20, 鱼-8: a model number
        bare = m.group()[0] in "百千万萬亿億"
        if bare and not _bare_scale_ok(t, m):
            continue
        rough = _adjacent_range(m.group(), t, m.end())
        c: Cand | None
        if rough is not None:
            lo, hi, st = rough
            c = Cand(m.start(), m.end(), "count", low=lo, high=hi, step=st, scale=_scale_word(m.group()),
                     num_start=m.start(), extra={"placed": True})
        else:
            c = _read(t, m)
        if c is None:
            continue
        _colloquial_scale(t, c)
        if c.value is not None and c.qualifier is None and _ABOUT_RE.match(t, c.end) \
                and (_unit_res()[0].match(t, c.end + 1) or t.startswith(("分", "号人"), c.end + 1)):
            c.qualifier, c.end = "approx", c.end + 1  # 十来个, 百来人, 两百来号人: about
        _attach_unit(t, c)
        if (bare or c.extra.get("upward")) and c.extra.get("unit_word") is None \
                and not _BARE_END_RE.match(t, c.end) and not _YI_LEVEL_RE.fullmatch(m.group()):
            continue  # 上百姓, 突破千家: the scale word begins another word
        if bare and (_PRE_QUAL_RE.search(t, max(0, m.start() - 4), m.start())
                     or _BARE_PRE_RE.search(t, max(0, m.start() - 3), m.start())):
            c.extra["bare"] = True  # licensed: 近千万 is a figure although 千万 is a set phrase
        found.append(c)
    found = _ranges(t, found)
    _list_carry(t, found)
    for c in found:
        if not c.extra.get("arabic") and c.value == 0 and c.low is None:
            continue  # 零部件, 零售: 零 alone is not a figure
        if not c.extra.get("arabic") and not c.extra.get("placed") and c.extra.get("unit_word") is None:
            continue  # a bare 三 / 两 with nothing after it
        if not c.extra.get("arabic") and c.value == 1 and c.scale is None and c.kind in ("count",):
            continue  # 一家, 一个: a word, not a figure
        if c.kind == "count" and c.value is not None and c.scale is None \
                and (c.unit is None or c.extra.get("unit_word") in _year_classifiers()) \
                and c.extra.get("arabic") and 1900 <= c.value <= 2100 and c.step == 1 \
                and "," not in t[c.start:c.end]:
            c.kind, c.when, c.unit = "year", str(int(c.value)), None
        _growth_and_group(t, c)
        _qualify(t, c)
        cands.append(c)


# a Chinese name glued by a hyphen to a whole figure (歼-20, 鱼-8, 东风-41, 苏-27): the figure may
# not follow another (10人-20人 is a range) nor a word that makes the hyphen a minus sign (为-2)
_HAN_BEFORE_HYPHEN_RE = re.compile(r"[\u4e00-\u9fff]-$")
# the end of a figure before the hyphen and what follows it: a unit or a scale word there makes the
# hyphen a range mark (10人-20人, 5万-10万)
_FIGURE_BEFORE_RE = re.compile(r"\d([^\d]{1,3})-$")
# after the figure: a decimal part, a scale word, a unit or a range mark make it a value
_VALUE_AFTER_RE = re.compile(r"[.,]?\d|\s*[十百千万萬亿億%‰-]")


@cache
def _minus_after_re() -> re.Pattern[str]:
    words = sorted({w.strip() for w in read_lines("numbers", "zh_minus_after.txt")}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")$")


def _designation(t: str, start: int, end: int) -> bool:
    """Is the whole figure at ``t[start:end]`` the number of a designation, a Chinese name and a
    hyphen before it (歼-20 "J-20", 鱼-8, 东风-41 "DF-41", 苏-27 "Su-27")?  English writes these
    with letters, and its reader takes them for codes; read as figures, the Chinese side had a
    negative count or a count with nothing to match.  Not after a word that makes the hyphen a
    sign (为-2, 降至-3: ``zh_minus_after.txt``), nor with a unit, a scale word, a decimal part
    or a range mark after the figure (气温-5℃, 增速-2.6%, 净利润-3亿元)."""
    if not t[start:end].isdigit() or not _HAN_BEFORE_HYPHEN_RE.search(t, max(0, start - 2), start):
        return False
    if _minus_after_re().search(t, max(0, start - 8), start - 1) or _VALUE_AFTER_RE.match(t, end):
        return False
    unit = _unit_res()[0]
    before = _FIGURE_BEFORE_RE.search(t, max(0, start - 5), start)
    if before is not None:
        between = before.group(1).lstrip("十百千万萬亿億")
        if not between or unit.match(between):
            return False  # 10人-20, 5万-10: the second end of a range
    return not unit.match(t, end)


# 十来万, 二十来亿: 来 "about" between a round figure and its scale word (spoken and web
# writing; 4个亿 is read by the numeral pattern, see _GE_YI)
_GE_SCALE_RE = re.compile(r"((?<=[十百千0])来)([万萬亿億])")
# 10w+, 2.5w, 3k, 1kw: a magnitude letter after the digits (web writing), read in a count's context
_WEB_SCALE_RE = re.compile(r"(?i)(kw|[wk])(?![a-z0-9])")
_WEB_SCALES = {"w": "万", "k": "千", "kw": "千万"}
# 70B, 910B copied from English (a model's size, a chip's name): B is "billion" there
_BILLION_RE = re.compile(r"B(?![A-Za-z0-9])")
# 6000+, 10w+: "more than", as the same sign after an English figure
_PLUS_RE = re.compile(r"\+(?![0-9A-Za-z+])")
# 小一千, 小两万: "nearly" before a round figure in words
_SMALL_RE = re.compile(r"(?<=小)[一两二三四五六七八九][十百千万亿]")


@cache
def _web_count_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a count word earlier in the clause, one right after the figure): zh_web_counts.txt; a word of
    one character (人, 次, 元) only right after it."""
    words = sorted({w for line in read_lines("numbers", "zh_web_counts.txt") for w in line.split()},
                   key=len, reverse=True)
    before = "|".join(w for w in words if len(w) > 1)
    return re.compile(rf"(?:{before})[^,.;!?，。；！？、\s]{{0,10}}$"), re.compile(rf"个?(?:{'|'.join(words)})")


def _web_scale(t: str, start: int, end: int) -> re.Match[str] | None:
    """The magnitude letter after the digits at ``start:end``, when a count word is beside it."""
    m = _WEB_SCALE_RE.match(t, end)
    if m is None:
        return None
    before, after = _web_count_res()
    if _PLUS_RE.match(t, m.end()) or after.match(t, m.end()) or before.search(t, max(0, start - 12), start):
        return m
    return None


def _colloquial_scale(t: str, c: Cand) -> None:
    """A scale written the way speech and web posts write it (in place): 十来万, 10w+, 3k, 1kw;
    a "+" after the figure; 小 before a round figure."""
    if c.value is None:
        return
    m = None
    if c.scale is None and (m := _GE_SCALE_RE.match(t, c.end)):
        scale = m.group(2)
        if m.group(1) == "来" and c.qualifier is None:
            c.qualifier = "approx"
    elif c.scale is None and c.extra.get("arabic") and (m := _web_scale(t, c.start, c.end)):
        scale = _WEB_SCALES[m.group(1).lower()]
    elif c.scale is None and c.extra.get("arabic") and (m := _BILLION_RE.match(t, c.end)):
        scale = "十亿"  # 70B模型, 昇腾910B: read as English reads the same token
    if m is not None:
        mult = _scale_mult(scale)
        c.value, c.step, c.scale, c.end = c.value * mult, (c.step or D1) * mult, scale, m.end()
    if c.qualifier is None and (pm := _PLUS_RE.match(t, c.end)):
        c.qualifier, c.end = "plus", pm.end()
    elif c.qualifier is None and _SMALL_RE.match(t, c.start):
        c.qualifier, c.start = "nearly", c.start - 1


# 增长一倍 and 翻了一倍 (grew by 100%) are doubled; 增长三倍 is 4x, or 3x as many writers mean it;
# 贵了一倍 (dearer by 100%) is twice the price.  The growth holds through a hedge between the verb
# and the multiple (增长了近一倍, 增长了不止一倍 "more than doubled", 增加了将近一倍, 提高了至少一倍).
_GROWTH_RE = re.compile(r"(?:增长|增加|提高|上升|上涨|扩大|升值|增值|增|涨|翻|(?<![昂宝珍名尊高])贵"
                        r"|(?<!不)多出|(?<![不许])多)了?"
                        r"\s*(?:约|近|超过|逾|不止|将近|接近|几近|大约|大概|超出|至少|起码)?\s*$")
# 张欢等4位医生, 北京、上海等5个城市: the count includes those named before 等, the items of the
# list 等 closes (one, two)
_INCLUSIVE_RE = re.compile(r"等\s*$")
_LIST_ITEM = r"[^、，,。；;：:！？!?（(）)“”\"\s]{1,12}"
_NAMED_LIST_RE = re.compile(rf"(?:{_LIST_ITEM}、)*{_LIST_ITEM}等\s*$")
_DURATION_UNITS = _TIME_UNITS | {"minute", "second"}


def _growth_and_group(t: str, c: Cand) -> None:
    """Mark 增长N倍 (value N+1, readings N and N×100%) and inclusive counts 等N人 / 等N个 (in place)."""
    if c.kind == "multiplier" and c.value is not None and _GROWTH_RE.search(t, max(0, c.start - 7), c.start):
        # 增长1.5倍 is also "up 150%"
        c.extra["readings"] = ([(c.value, "x")] if c.value != 1 else []) + [(c.value * 100, "%")]
        c.value += 1
    elif c.kind == "count" and c.unit is not None and c.unit not in _DURATION_UNITS \
            and _INCLUSIVE_RE.search(t, max(0, c.start - 2), c.start):  # 等八年 is "wait eight years"
        c.extra["group"] = "inclusive"
        listed = _NAMED_LIST_RE.search(t, max(0, c.start - 80), c.start)
        c.extra["named"] = listed.group().count("、") + 1 if listed else 1


# 从3增至5亿元, 由5降到3%: a change written with the unit once, two figures.
# A change, then the level it reached (下跌2美元至75美元): the verb right before the first figure.
_CHANGE_BEFORE_RE = re.compile(r"(?:上涨|下跌|上升|下降|增长|减少|增加|回落|攀升|下滑|回升|反弹|走高|走低|大涨|大跌"
                               r"|暴涨|暴跌|飙升|跳水|涨|跌|升|降)了?\s*(?:约|近|逾|超过|大约)?\s*$")


def change_then_level(t: str, start: int, sep: str, unit: str | None, other_unit: str | None,
                      low: Decimal, high: Decimal) -> bool:
    """Are two figures joined by 至/到 a change and the level it reached (下跌2美元至75美元, 跌0.08港元至
    12.3港元), not a range?  A verb of change right before the first, each figure with its unit, the
    level well above the change; 上涨2至3美元 (the unit written once) is a range of the change."""
    return sep in ("至", "到") and level_above_change(unit, other_unit, low, high) \
        and _CHANGE_BEFORE_RE.search(t, max(0, start - 8), start) is not None


_CHANGE_SEP_RE = re.compile(r"\s*(?:增至|增加到|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|升至|涨至|涨到"
                            r"|降至|降到|下降到|下降至|减少到|减少至|减至|跌至|跌到|扩大到|扩大至|缩小到|缩小至)\s*")


def _scale_mult(scale: str) -> Decimal:
    """The multiplier a scale word stands for ("万" 1e4, "千万" 1e7, "万亿" 1e12)."""
    return pow10(BIG.get(scale[-1], 0) + sum(BIG.get(ch, 0) for ch in scale[:-1])
                 + ({"十": 1, "百": 2, "千": 3}.get(scale[0], 0) if scale[0] in "十百千" else 0))


def _carry(a: Cand, b: Cand) -> None:
    """``b``'s scale word, unit and kind written once for both figures (in place)."""
    mult = _scale_mult(b.scale) if b.scale else D1
    a.value = (a.value or D1) * mult
    a.step = (a.step or D1) * mult
    a.scale, a.unit, a.kind = b.scale, b.unit, b.kind


def _ranges(t: str, found: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    i = 0
    sep = _SEP_RE
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            cm = _CHANGE_SEP_RE.match(t, a.end)
            if cm and cm.end() == b.start and a.kind == "count" and a.unit is None and a.scale is None \
                    and a.value is not None and (b.unit or b.scale):
                _carry(a, b)  # 从3增至5亿元: 3亿元 and 5亿元, two figures
            sm = sep.match(t, a.end)
            if sm and sm.end() == b.start and a.value is not None and b.value is not None \
                    and change_then_level(t, a.start, sm.group().strip(), a.unit, b.unit, a.value, b.value):
                out.append(a)  # 下跌2美元至75美元: the change, then the level reached
                i += 1
                continue
            if sm and sm.end() == b.start and b.extra.get("subunit") and a.kind == "count" and a.unit is None \
                    and a.scale is None and a.value is not None and b.value is not None \
                    and a.value * HUNDREDTH < b.value:
                a.value, a.step = a.value * HUNDREDTH, (a.step or D1) * HUNDREDTH  # 5至8美分: both ends cents
            if sm and sm.end() == b.start and a.kind == b.kind == "money" \
                    and any(u == a.unit for _, u in b.extra.get("readings", ())):
                b.unit = a.unit  # 新台币80亿至90亿元: the currency named once, the bare 元 is its
                b.extra.pop("readings")
            if sm and sm.end() == b.start and a.value is not None and b.value is not None \
                    and a.kind in ("count", b.kind) and (a.unit in (None, b.unit)):
                lo, hi = a.value, b.value
                lo_step = a.step or D1
                bs = b.scale or ""
                as_ = a.scale or ""
                if bs and not as_ and lo < hi and a.extra.get("unit_word") is None:
                    # 3-5万: the scale carries to the low end (not to one with its own unit: 5000元至1万元)
                    mult = _scale_mult(bs)
                    if lo * mult >= hi:  # 5-3亿元: 5亿 and 3亿, two figures
                        _carry(a, b)
                        out.append(a)
                        i += 1
                        continue
                    lo, lo_step = lo * mult, lo_step * mult
                elif as_ and bs != as_ and bs.startswith(as_) and lo * 1000 < hi:
                    # 6万—7万亿: written short, read as 6万亿
                    lo_num = a.value / pow10(sum(BIG.get(ch, 0) for ch in as_))
                    mult = pow10(sum(BIG.get(ch, 0) for ch in bs))
                    lo, lo_step = lo_num * mult, (a.step or D1) / pow10(sum(BIG.get(ch, 0) for ch in as_)) * mult
                years = all(x.kind == "count" and x.unit is None and x.scale is None and x.extra.get("arabic")
                            and x.step == 1 and x.value is not None and 1000 <= x.value <= 2100 for x in (a, b))
                if lo < hi:
                    r = Cand(a.start, b.end, "year" if years else b.kind, low=lo, high=hi, unit=b.unit, scale=b.scale,
                             step=min(lo_step, b.step or D1), qualifier=a.qualifier or b.qualifier,
                             num_start=a.num_start)
                    r.extra = {**b.extra, "arabic": a.extra.get("arabic") or b.extra.get("arabic"),
                               "placed": True}
                    if r.kind == "money":
                        r.extra.pop("readings", None)  # a bare 元's other currencies are readings of a point
                    if r.unit in _PER_HOUR_UNITS and _PER_HOUR_RE.search(t, max(0, a.start - 5), a.start):
                        r.unit = _PER_HOUR_UNITS[r.unit]  # 每小时80到85英里: the range is a speed, as 每小时85英里 is
                    if years:
                        r.when = f"{int(lo)}/{int(hi)}"
                    out.append(r)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_LIST_SEP = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")


def _list_carry(t: str, found: list[Cand]) -> None:
    """3.2553、2.8628和5.8847万亿元: the last item's scale and unit carry back."""
    for i in range(len(found) - 1, 0, -1):
        last = found[i]
        if last.value is None or not last.scale or last.kind not in ("money", "count", "percent"):
            continue
        j = i
        while j > 0:
            prev = found[j - 1]
            sm = _LIST_SEP.match(t, prev.end)
            if not (sm and sm.end() == found[j].start and prev.value is not None and prev.scale is None
                    and prev.unit is None and prev.extra.get("arabic") and prev.kind == "count"):
                break
            j -= 1
        if j == i:
            continue
        for k in range(j, i):
            _carry(found[k], last)
            found[k].extra["carried"] = True


# a span of time counted back that names whose figure is compared (高于四年前的170万 "up from 1.7 million four
# years ago"): the comparison word before it is no bound of the span
_BACK_TO_WHOSE_RE = re.compile(r"(?:以前|之前|前)的")


def _hedge_after_ago(t: str, c: Cand) -> None:
    """8500万年前左右 "about 85 million years ago": the hedge after a span of time's 前 or 后 is the
    span's; its span stays the figure's own, so that 前 or 后 still tells which way it counts."""
    if c.kind != "count" or c.unit not in _DURATION_UNITS or c.qualifier is not None:
        return
    am = _AGO_TAIL_RE.match(t, c.end)
    if am is not None and (aq := _POST_QUAL_RE.match(t, am.end())) is not None:
        c.qualifier = _POST_QUAL_MAP[aq.group("q")]


def _qualify(t: str, c: Cand) -> None:
    pm = _PRE_QUAL_RE.search(t, max(0, c.start - 6), c.start) or _BOUND_VERB_QUAL_RE.search(
        t, max(0, c.start - 7), c.start)
    if pm and c.unit in _TIME_UNITS and _BACK_TO_WHOSE_RE.match(t, c.end):
        pm = None
    if pm and pm.group().strip() == "不过" and (_MERELY_AFTER_RE.match(t, c.end) or _POST_QUAL_RE.match(t, c.end)):
        # 不过十八岁罢了 "only eighteen", 不过800元左右 "only about 800 yuan": 不过 plays the figure
        # down, it bounds nothing; the hedge after it, if any, is the figure's
        pm = None
    if pm:
        q = _PRE_QUAL_MAP[pm.group("q") if "q" in pm.groupdict() else pm.group().strip()]
        neg = _NEGATED_RE.search(t, max(0, pm.start() - 2), pm.start()) if q in _NEGATED else None
        if neg:
            q = _NEGATED[q]
        if c.qualifier is None:
            c.qualifier = q
        c.start = neg.start() if neg else pm.start()
    elif (c.scale is not None or t[c.start] in "百千") and _PASSED_RE.search(t, max(0, c.start - 2), c.start):
        if c.qualifier is None:
            c.qualifier = "more-than"
        c.start -= 1
    elif _SPOKEN_NEARLY_RE.search(t, max(0, c.start - 3), c.start) and _LE_RE.match(t, c.end):
        if c.qualifier is None:
            c.qualifier = "nearly"
        c.start = t.rindex("快", 0, c.start)
    elif c.unit == "age" and (am := _REACHED_RE.search(t, max(0, c.start - 2), c.start)):
        if c.qualifier is None:
            c.qualifier = "at-least"
        c.start = am.start()
    elif (t[c.end - 1:c.end] == "岁" and not t.startswith(("生日", "寿"), c.end) and (
            am := _PASSED_AGE_RE.search(t, max(0, c.start - 2), c.start))) or (
            c.unit in (None, "age") and (am := _YEARS_PASSED_RE.search(t, max(0, c.start - 2), c.start))):
        if c.qualifier is None:
            c.qualifier = "more-than"
        c.start = am.start()
    _qualify_after(t, c)


def _qualify_after(t: str, c: Cand) -> None:
    """:func:`_qualify`'s hedge after the figure (左右, 以上, 多): after its unit, a rate's time
    unit, a span's 前/后 or a conversion in brackets."""
    qm = _POST_QUAL_RE.match(t, c.end)
    if qm is None and c.kind == "count" and c.unit is None and t.startswith("分", c.end):
        # 十分左右的领先 "about 10 points ahead": a bare 分 (a point, a minute or a cent) between
        # the figure and its hedge
        qm = _POST_QUAL_RE.match(t, c.end + 1)
    if qm is None and c.unit is not None and (pm := _PER_TIME_TAIL_RE.match(t, c.end)) is not None:
        # 60000立方米每秒左右 "about 60,000 cubic metres per second": the hedge after the rate's
        # time unit is the figure's
        qm = _POST_QUAL_RE.match(t, pm.end())
    if qm is None:
        _hedge_after_ago(t, c)
    if qm is None and (bm := _CONVERSION_BRACKET_RE.match(t, c.end)) is not None:
        # 2000美元（约合人民币1.3万元）以上 "more than US$2,000 (about 13,000 yuan)": the bound after a
        # conversion in brackets is the figure's; its span stays the figure's own, the bracket's
        # figure read apart
        bq = _POST_QUAL_RE.match(t, bm.end())
        if bq is not None and c.qualifier is None:
            word = bq.group("q")
            c.qualifier = _POST_QUAL_MAP[word[:1] if word[0] == "或" else word.lstrip("都也还")]
    if qm:
        q = _POST_QUAL_MAP[qm.group("q")[:1] if qm.group("q")[0] == "或" else qm.group("q").lstrip("都也还")]
        if c.qualifier is None:
            c.qualifier = q
        c.end = qm.end()


def _finish(cands: list[Cand], t: str) -> list[Cand]:
    cands = drop_retracted(drop_overlaps([c for c in cands if not too_long(c)]), t)
    spans = excluded_spans(exclusion_re("zh_not_quantities.txt"), t)
    if not spans:
        return cands
    # 近千万 / 超过万亿: a set phrase made only of scale words (千万 "by all
    # means") is a figure when it starts a licensed bare scale numeral.
    bare_starts = {c.num_start for c in cands if c.extra.get("bare")}
    spans = [(s, e) for s, e in spans if not (s in bare_starts and re.fullmatch(r"[十百千万萬亿億]+", t[s:e]))]
    # a congress's, a plenum's or a plan's number (十四五规划, 六中全会) is an ordinal, read as one;
    # 成千上万 a vague count
    kept = [c for c in cands if c.extra.get("keep")]
    rest = apply_exclusions([c for c in cands if not c.extra.get("keep")], spans, t, NUMERAL_CHARS)
    return sorted(rest + kept, key=lambda c: c.start)
