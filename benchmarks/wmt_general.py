"""Build the WMT probe sets (zh->en: WMT22/WMT23 general, WMT20/WMT19/WMT17 news; en->zh news) from public releases.

    python benchmarks/wmt_general.py --wmt22-xml wmttest2022.zh-en.xml \\
        --wmt23-src generaltest2023.zh-en.src.zh --wmt23-ref generaltest2023.zh-en.ref.refA.en --out DIR
    python benchmarks/wmt_general.py --wmt20-src vat_newstest2020-zhen-src.zh.txt \\
        --wmt20-ref vat_newstest2020-zhen-ref.en.txt --wmt19-src vat_newstest2019-zhen-src.zh \\
        --wmt19-ref vat_newstest2019-zhen-ref.en --out DIR
    python benchmarks/wmt_general.py --wmt20-src … --wmt20-ref … --wmt19-src … --wmt19-ref … \\
        --wmt20-lines 201-400 --wmt19-lines 161-320 --suffix b --out DIR
    python benchmarks/wmt_general.py --wmt20-src … --wmt20-ref … --wmt19-src … --wmt19-ref … \\
        --wmt20-lines 401-560 --wmt19-lines 321-440 --suffix c --out DIR
    python benchmarks/wmt_general.py --wmt20-src … --wmt20-ref … --wmt19-src … --wmt19-ref … \\
        --wmt20-lines 561-720 --wmt19-lines 441-560 --suffix d --out DIR
    python benchmarks/wmt_general.py --wmt20-src … --wmt20-ref … --wmt19-src … --wmt19-ref … \\
        --wmt20-lines 721-800 --wmt19-lines 561-680 --suffix e --out DIR
    python benchmarks/wmt_general.py --wmt19-src vat_newstest2019-zhen-src.zh \\
        --wmt19-ref vat_newstest2019-zhen-ref.en --wmt19-lines 681-800 --suffix f --out DIR
    python benchmarks/wmt_general.py --wmt17-src vat_newstest2017-zhen-src.zh \\
        --wmt17-ref vat_newstest2017-zhen-ref.en --out DIR
    python benchmarks/wmt_general.py --wmt17-src … --wmt17-ref … --wmt17-lines 241-480 --suffix b --out DIR
    python benchmarks/wmt_general.py --wmt17-src … --wmt17-ref … --wmt17-lines 481-640 --suffix c --out DIR
    python benchmarks/wmt_general.py --wmt17-src … --wmt17-ref … --wmt17-lines 641-800 --suffix d --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 161-320 --suffix b --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 321-480 --suffix c --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 481-720 --suffix d --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 721-960 --suffix e --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 961-1200 --suffix f --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 1201-1440 --suffix g --out DIR
    python benchmarks/wmt_general.py --wmt18-src vat_newstest2018-zhen-src.zh \\
        --wmt18-ref vat_newstest2018-zhen-ref.en --wmt18-lines 1441-1592 --suffix h --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2019-enzh-src.en \\
        --enzh-ref vat_newstest2019-enzh-ref.zh --enzh-year 19 --enzh-lines 1-240 --out DIR
    python benchmarks/wmt_general.py --enzh22-xml wmttest2022.en-zh.xml --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2019-enzh-src.en \\
        --enzh-ref vat_newstest2019-enzh-ref.zh --enzh-year 19 --enzh-lines 241-480 --suffix b --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2019-enzh-src.en \\
        --enzh-ref vat_newstest2019-enzh-ref.zh --enzh-year 19 --enzh-lines 481-680 --suffix c --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2019-enzh-src.en \\
        --enzh-ref vat_newstest2019-enzh-ref.zh --enzh-year 19 --enzh-lines 681-799 --suffix d --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 1-200 --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 201-360 --suffix b --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 361-520 --suffix c --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 521-680 --suffix d --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 681-840 --suffix e --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 841-1000 --suffix f --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2018-enzh-src.en \\
        --enzh-ref vat_newstest2018-enzh-ref.zh --enzh-year 18 --enzh-lines 1001-1160 --suffix g --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2020-enzh-src.en.txt \\
        --enzh-ref vat_newstest2020-enzh-ref.zh.txt --enzh-year 20 --enzh-lines 1-200 --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2020-enzh-src.en.txt \\
        --enzh-ref vat_newstest2020-enzh-ref.zh.txt --enzh-year 20 --enzh-lines 201-400 --suffix b --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2020-enzh-src.en.txt \\
        --enzh-ref vat_newstest2020-enzh-ref.zh.txt --enzh-year 20 --enzh-lines 401-567 --suffix c --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2017-enzh-src.en \\
        --enzh-ref vat_newstest2017-enzh-ref.zh --enzh-year 17 --enzh-lines 1-200 --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2017-enzh-src.en \\
        --enzh-ref vat_newstest2017-enzh-ref.zh --enzh-year 17 --enzh-lines 201-400 --suffix b --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2017-enzh-src.en \\
        --enzh-ref vat_newstest2017-enzh-ref.zh --enzh-year 17 --enzh-lines 401-600 --suffix c --out DIR
    python benchmarks/wmt_general.py --enzh-src vat_newstest2017-enzh-src.en \\
        --enzh-ref vat_newstest2017-enzh-ref.zh --enzh-year 17 --enzh-lines 601-800 --suffix d --out DIR
    python benchmarks/wmt_general.py --enzh-src en-zh.txt --enzh-ref en-zh.refA.txt \\
        --enzh-docs en-zh.docs --enzh-year 24 --out DIR
    python benchmarks/wmt_general.py --enzh-src en-zh.txt --enzh-ref en-zh.refA.txt --enzh-docs en-zh.docs \\
        --enzh-domains speech,social --enzh-segments 300 --enzh-year 24 --suffix s --out DIR
    python benchmarks/wmt_general.py --enzh-src en-zh.txt --enzh-ref en-zh.refA.txt --enzh-docs en-zh.docs \\
        --enzh-domains speech --enzh-year 24 --suffix p --out DIR
    python benchmarks/wmt_general.py --enzh-src en-zh.txt --enzh-ref en-zh.refA.txt --enzh-docs en-zh.docs \\
        --enzh-domains literary --enzh-segments 400 --enzh-year 24 --suffix l --out DIR
    python benchmarks/wmt_general.py --enzh23-src generaltest2023.en-zh.src.en \\
        --enzh23-ref generaltest2023.en-zh.ref.refA.zh --enzh23-meta generaltest2023.en-cs.meta.jsonl --out DIR
    python benchmarks/wmt_general.py --enzh23-src … --enzh23-ref … --enzh23-meta … \\
        --enzh23-after independent.263962 --suffix b --out DIR
    python benchmarks/wmt_general.py --enzh23-src … --enzh23-ref … --enzh23-meta … \\
        --enzh23-after rte.en.ie.64530 --suffix c --out DIR
    python benchmarks/wmt_general.py --enzh22-xml wmttest2022.en-zh.xml \\
        --enzh22-after dailymail.co.uk.54769 --suffix c --out DIR
    python benchmarks/wmt_general.py --wmt22-xml wmttest2022.zh-en.xml --wmt22-ref B --out DIR
    python benchmarks/wmt_general.py --ntrex-src newstest2019-src.eng.txt \\
        --ntrex-ref newstest2019-ref.zho-CN.txt --ntrex-docs DOCUMENT_IDS.tsv --out DIR

The files come from the public repositories ``wmt-conference/wmt22-news-systems``
(``xml/wmttest2022.zh-en.xml``: Chinese originals with their reference translations and document
ids) and ``wmt-conference/wmt23-news-systems`` (``txt-ts/sources/…src.zh`` and
``txt-ts/references/…ref.refA.en``, line-aligned); WMT20 and WMT19 news (newstest2020 and
newstest2019 zh-en, Chinese originals and their reference) come line-aligned, in the test sets'
order, from ``NLP2CT/Variance-Aware-MT-Test-Sets`` (``VAT_data/wmt20/vat_newstest2020-zhen-src.zh.txt``
and ``…-ref.en.txt``, ``VAT_data/wmt19/vat_newstest2019-zhen-src.zh`` and ``…-ref.en``: the test
sets less the segments that do not tell systems apart); WMT17 news (newstest2017 zh-en) the same way
from ``VAT_data/wmt17/vat_newstest2017-zhen-src.zh`` and ``…-ref.en`` (part of that test set was
written in English and translated into Chinese: the first 219 lines of the span, UK and US press; the
tool is run zh->en on every line all the same).  No text of them is kept in this repository:
the script writes ``DIR/real/<set>/<doc>/`` (``zh.txt``, ``en.txt`` one segment per block,
``gold.tsv`` ``i<TAB>i``) and an empty ``truth.tsv`` per set, for ``benchmarks/real_text.py
--shared DIR --adjudicated``; the findings judged true by reading both sides are in
``benchmarks/adjudications/<set>.tsv``.

The spans and the split were fixed before any run of the tool:

* WMT22: whole documents in file order (source zh, reference translator A) until the running
  count of source segments reaches 300, the document that crosses it included; then, as a second
  span (``w22bdev``, ``w22bheld``), the next 26 documents of the news domain after it (ids naming
  a news outlet; the chats, listings and social posts skipped: 345 segments); then, as a third span
  (``w22cdev``, ``w22cheld``), the news documents left in the general collection after those (five,
  59 segments: the collection ends there, the biomedical ones after it are not news), written a second
  time with the release's other reference, translator B (``w22cBdev``, ``w22cBheld``, split by the
  same document positions); and, as a second translation of seen Chinese, reference B of the
  second span's documents at positions 14 to 26 (``w22bBdev``, ``w22bBheld``, keeping their
  positions: the ones whose reference B was read, after character 400,000 of the file); and, with
  ``--wmt22-ref B`` (``r22bdev``, ``r22bheld``; only these sets are written then), the other reference
  of the news documents from the start of the general collection (ids naming an outlet and an article
  number, as for the en->zh span below), in file order, whole documents, until 400 source segments are
  reached, the document that crosses it included, stopping before the first document whose reference B
  an earlier set read (``xinhua-zh-01.104125``, position 14 of the second span, the first of
  ``w22bB``): the first span's seven news documents and the second span's first thirteen, 20
  documents, 290 segments (the release has no more news with an unread reference B), numbered from 1
  within the span;
* WMT23: the lines that end within the first 16,000 characters of the source file, and the same
  lines of the reference, cut into documents of 20 lines (the line-to-document ids sit in a
  separate metadata file);
* WMT20: the first 200 lines of source and reference, WMT19 the first 160, cut into documents of
  20 lines (the releases have no document ids); then, as a second span (``--wmt20-lines 201-400
  --wmt19-lines 161-320 --suffix b``: ``w20bdev``, ``w20bheld``, ``w19bdev``, ``w19bheld``), WMT20
  lines 201 to 400 and WMT19 lines 161 to 320, cut the same way, numbered from the span's start;
  then, as a third span (``--wmt20-lines 401-560 --wmt19-lines 321-440 --suffix c``: ``w20cdev``,
  ``w20cheld``, ``w19cdev``, ``w19cheld``), WMT20 lines 401 to 560 and WMT19 lines 321 to 440, cut
  and numbered the same way; then, as a fourth span (``--wmt20-lines 561-720 --wmt19-lines 441-560
  --suffix d``: ``w20ddev``, ``w20dheld``, ``w19ddev``, ``w19dheld``), WMT20 lines 561 to 720 and
  WMT19 lines 441 to 560, cut and numbered the same way; then, as a fifth span (``--wmt20-lines
  721-800 --wmt19-lines 561-680 --suffix e``: ``w20edev``, ``w20eheld``, ``w19edev``, ``w19eheld``),
  WMT20 lines 721 to 800 and WMT19 lines 561 to 680, cut and numbered the same way (the rule asked
  for WMT20 lines 721 to 880; the release ends at line 800, so the span stops there: two documents
  of development, two held out; a span that runs past a release's end is refused); then, as a sixth
  span of WMT19 alone (``--wmt19-lines 681-800 --suffix f``: ``w19fdev``, ``w19fheld``; a year's files
  are read without the other's), WMT19 lines 681 to 800, cut and numbered the same way (the rule asked
  for lines 681 to 920; the WMT19 release ends at line 800, so the span stops there: three documents of
  development, three held out; with it both releases are used up);
* WMT17: lines 1 to 240 of source and reference (``--wmt17-lines``, default ``1-240``), cut into
  documents of 20 lines numbered from 1 (``w17dev``, ``w17held``); then, as a second span
  (``--wmt17-lines 241-480 --suffix b``: ``w17bdev``, ``w17bheld``), lines 241 to 480, cut the same
  way, numbered from the span's start (Chinese originals, most of them); then, as a third span
  (``--wmt17-lines 481-640 --suffix c``: ``w17cdev``, ``w17cheld``), lines 481 to 640 (the rule
  first named 481-720 and was cut to 160 lines before any run), cut and numbered the same way
  (lines 526 to 602 English originals, the rest Chinese); then, as a fourth span (``--wmt17-lines
  641-800 --suffix d``: ``w17ddev``, ``w17dheld``), lines 641 to 800, cut and numbered the same way
  (the rule asked for 641 to 880; the release ends at line 800, so the span stops there: lines 650
  to 695 and 733 to 794 English originals, the rest Chinese);
* WMT18 (newstest2018 zh-en, line-aligned from the same VAT release, ``VAT_data/wmt18/
  vat_newstest2018-zhen-src.zh`` and ``…-ref.en``; ``--wmt18-src``, ``--wmt18-ref``): the first
  160 lines (``--wmt18-lines``; the rule first named 240 and was cut to 160 before any run), cut
  into documents of 20 lines, ``w18dev`` and ``w18held``; then, as a second span (``--wmt18-lines
  161-320 --suffix b``: ``w18bdev``, ``w18bheld``), lines 161 to 320, cut the same way, numbered from
  the span's start (all of it a CCTV evening news bulletin written in Chinese); then, as a third span
  (``--wmt18-lines 321-480 --suffix c``: ``w18cdev``, ``w18cheld``), lines 321 to 480, cut and numbered
  the same way (the bulletin's end and the next day's, then English-first articles from line 395: a
  TIME report on Papua, lines 395-457, a Reuters one on a fire in Dubai, 463-471, and a survey of US air
  travellers, 475-480, with a few Chinese-first lines between them); then, as a fourth span
  (``--wmt18-lines 481-720 --suffix d``: ``w18ddev``, ``w18dheld``), lines 481 to 720, cut and
  numbered the same way (mostly English-first articles, 176 of the 240 lines: the EPA's smog rule,
  a lynching reenactment, Neymar's transfer, the Bank of England, NHS England's PrEP trial and
  others, with Chinese-first news between them); then, as a fifth span (``--wmt18-lines 721-960
  --suffix e``: ``w18edev``, ``w18eheld``), lines 721 to 960, cut and numbered the same way (the end
  of two English-first articles, lines 721-727 and 733-748, then CCTV's evening news of 1 to 4
  November 2017, written in Chinese, in short fragments); then, as a sixth span (``--wmt18-lines
  961-1200 --suffix f``: ``w18fdev``, ``w18fheld``), lines 961 to 1200, cut and numbered the same way
  (the end of that bulletin and other Chinese-first items, 82 lines, between English-first articles,
  158 lines: Trump's television habit, travellers in the West Midlands, Italy and the NGO rescue
  boats, the Michelle Carter sentence, Audi and BMW diesels, a Sinaloa weekly, a nodosaur fossil,
  a Ferguson documentary, portraits from Chelsea Manning's hair); then, as a seventh span
  (``--wmt18-lines 1201-1440 --suffix g``: ``w18gdev``, ``w18gheld``), lines 1201 to 1440, cut and
  numbered the same way (English-first articles, 119 lines: a stabbing in Chicago, Mutko and the
  WADA roadmap, HR start-ups, UCLA football, Facebook's fact-checking, a graphic novel on Scotney
  Castle, a US immigration plan, sex robots, a column on rating a card payment, Oscar Pistorius;
  Chinese-first items, 121 lines: online shopping and Double 11, Alibaba's rural strategy, and
  one-sentence news from line 1369 on); then, as an eighth span (``--wmt18-lines 1441-1592 --suffix
  h``: ``w18hdev``, ``w18hheld``), lines 1441 to 1592, cut and numbered the same way (the rule asked
  for 1441 to 1680; the release ends at line 1592, so the span stops there and its last document
  holds 12 lines: English-first articles, 71 lines, on gut microbes, Matic's debut, a microchipped
  inventor, TIME on a Marine helicopter at the White House, Narcos, Afghan elections, McVitie's and
  PSG; Chinese-first items, 81 lines, one-sentence news, a frigate, housing debt, Xi's metaphors on
  Party discipline, land sales in Guangzhou and others);
* en->zh news (``--enzh-src``, ``--enzh-ref``, ``--enzh-year``, ``--enzh-lines``; any year of the VAT
  release, ``VAT_data/wmt<YY>/vat_newstest20<YY>-enzh-src.en`` and ``…-enzh-ref.zh``): English
  originals with their Chinese reference translations, the other way round from every span above.
  ``zh.txt`` is written from the Chinese reference and ``en.txt`` from the English source, so the tool
  is run zh/en as always; the sets are named ``e<YY><suffix>dev`` and ``e<YY><suffix>held``. First
  span: WMT19 lines 1 to 240 (``--enzh-year 19 --enzh-lines 1-240``: ``e19dev``, ``e19held``), cut
  into documents of 20 lines numbered from the span's start; then WMT18 lines 1 to 200
  (``--enzh-year 18 --enzh-lines 1-200``: ``e18dev``, ``e18held``), cut and numbered the same way
  (newstest2018 en-zh mixes English-first articles with lines that read as Chinese originals put into
  English: Xinhua and Wallstreetcn items, and from line 119 a CCTV bulletin in clause fragments; the
  tool is run zh/en on every line all the same); then, as a second WMT18 span, lines 201 to 360
  (``--enzh-year 18 --enzh-lines 201-360 --suffix b``: ``e18bdev``, ``e18bheld``), cut and numbered the
  same way (all of it the CCTV bulletin of early December 2017, clause fragments in English); then, as a
  third WMT18 span, lines 361 to 520 (``--enzh-year 18 --enzh-lines 361-520 --suffix c``: ``e18cdev``,
  ``e18cheld``), cut and numbered the same way (the bulletin's last six lines, then English-first articles,
  TIME on Papua, Reuters on a Dubai fire, the EPA's ozone rule, NBC on the Moore's Ford lynching
  reenactment, Pearson, Kabul, with Chinese-first items between them, 31 of the 160 lines); then, as a
  fourth WMT18 span, lines 521 to 680 (``--enzh-year 18 --enzh-lines 521-680 --suffix d``: ``e18ddev``,
  ``e18dheld``), cut and numbered the same way (English-first articles, the EPA, a boxing story, Sweden's
  asylum age tests, a governor changing parties, Coe on Russia, Neymar's move to PSG, a TV comedy review,
  the Bank of England, the NHS and PrEP, an Earls Court flat, with Chinese-first items between them, 57 of
  the 160 lines, most in the even documents); then, as a fifth WMT18 span, lines 681 to 840
  (``--enzh-year 18 --enzh-lines 681-840 --suffix e``: ``e18edev``, ``e18eheld``), cut and numbered the
  same way (the end of an English-first article on a Melbourne family's property dispute, lines 683-697,
  then from line 698 CCTV's evening news of 1 and 2 November 2017, written in Chinese, in clause
  fragments: 145 of the 160 lines Chinese-first, the held-out documents all of them); then, as a sixth
  WMT18 span, lines 841 to 1000 (``--enzh-year 18 --enzh-lines 841-1000 --suffix f``: ``e18fdev``,
  ``e18fheld``), cut and numbered the same way (the end of the bulletin of 2 November 2017 and those of 3
  and 4 November, Chinese-first to line 956; then English-first pieces on Trump's new chief of staff,
  lines 957-973, travellers' caravans in Solihull, 984-989, and Italy and the NGO rescue boats, 999-1000,
  with Chinese-first items between them on Zhejiang's tourism towns, oil prices and a 2020 industry plan:
  135 of the 160 lines Chinese-first); then, as a seventh WMT18 span, lines 1001 to 1160
  (``--enzh-year 18 --enzh-lines 1001-1160 --suffix g``: ``e18gdev``, ``e18gheld``), cut and numbered the
  same way (mostly English-first articles: Italy's NGO boats, a Massachusetts sentencing, Audi's diesel
  cars, Provence lavender, a Mexican weekly after its editor's murder, an armoured dinosaur, a documentary
  on Ferguson; Chinese-first items between them, a university campus, an animated film, self-drive
  tourism: 31 of the 160 lines Chinese-first); then WMT20 lines 1 to 200
  (``--enzh-year 20 --enzh-lines 1-200``: ``e20dev``, ``e20held``; the WMT20 files end in ``.txt``,
  ``vat_newstest2020-enzh-src.en.txt`` and ``…-enzh-ref.zh.txt``), cut the same way; then WMT17
  lines 1 to 200 (``--enzh-year 17 --enzh-lines 1-200``: ``e17dev``, ``e17held``), cut the same way
  (all English-first articles; the release's Chinese-first lines start after the span, at line 203);
  then WMT19 lines 241 to 480 (``--enzh-year 19 --enzh-lines 241-480 --suffix b``: ``e19bdev``,
  ``e19bheld``; ``--suffix`` names the en->zh sets as it names the zh->en ones, and without it the
  names stay ``e19dev``, ``e19held``), cut and numbered the same way, from line 241; then WMT20 lines
  201 to 400 (``--enzh-year 20 --enzh-lines 201-400 --suffix b``: ``e20bdev``, ``e20bheld``), cut and
  numbered the same way, from line 201 (all of it English-first news: US and UK politics, Brexit,
  sport, royals, business); then WMT19 lines
  481 to 680 (``--enzh-year 19 --enzh-lines 481-680 --suffix c``: ``e19cdev``, ``e19cheld``), cut and
  numbered the same way, from line 481 (all English-first news, like the spans before it); then WMT19
  lines 681 to 799, the end of that release (``--enzh-year 19 --enzh-lines 681-799 --suffix d``:
  ``e19ddev``, ``e19dheld``), cut and numbered the same way, from line 681, the last document 19 lines
  (all English-first news: a Russian Grand Prix, Trump and Feinstein, ice hockey, the Palu earthquake, a
  murder trial, Paddington, Kavanaugh, a column on women and anger, the Ryder Cup, a red tide); then WMT17 lines
  201 to 400 (``--enzh-year 17 --enzh-lines 201-400 --suffix b``: ``e17bdev``, ``e17bheld``), cut and
  numbered the same way, from line 201 (English-first lines 201-206, the end of part 1's articles; from
  line 207 on Chinese originals, Xinhua-style items put into English); then WMT17 lines 401 to 600
  (``--enzh-year 17 --enzh-lines 401-600 --suffix c``: ``e17cdev``, ``e17cheld``), cut and numbered the
  same way, from line 401 (Chinese originals to line 464 and from line 563, English-first articles
  between them: Olympic rugby and rowing, a library salon, Snapchat, Centcom's intelligence, field
  hockey, Depression-era food); then WMT17 lines 601 to 800, the end of that release
  (``--enzh-year 17 --enzh-lines 601-800 --suffix d``: ``e17ddev``, ``e17dheld``), cut and numbered the
  same way, from line 601 (English-first articles, Reuters on Gilead and the Clintons' taxes, a
  hotel's dial codes, British track cycling, Alcoa's Portland smelter, a suit against Trump's
  campaign, a Swiss motorway, Patrick Roy, North Sea strikes, Kepler, with Chinese-first items
  between them, lines 601-607, 669-719 and 793-800); then WMT20 lines 401 to 567, the
  end of that release (``--enzh-year 20 --enzh-lines 401-567 --suffix c``: ``e20cdev``, ``e20cheld``),
  cut and numbered the same way, from line 401, the last document 7 lines (all English-first news: US
  politics and the whistle-blower, a Texas trial, Hong Kong, Scotland's vaping ban, Cambodia, arts,
  Mac Miller, a museum in Kolkata);
* WMT22 general en->zh (``--enzh22-xml``: ``xml/wmttest2022.en-zh.xml`` of ``wmt-conference/
  wmt22-news-systems``, English originals with two Chinese references and document ids): the news
  documents of the general collection in file order (ids naming an outlet and an article number,
  ``guardian.44758``, ``voa-en.714470``: they end in a dot and digits; the chats, e-commerce listings
  and Reddit posts between them skipped), whole documents, until the running count of source
  segments reaches 200, the document that crosses it included (13 documents, 205 segments), with
  reference B (the one also released as ``txt/references/generaltest2022.en-zh.ref.B.zh``); ``zh.txt``
  from the reference, ``en.txt`` from the source, the sets ``e22dev`` and ``e22held`` (``--suffix``
  appended as for the other en->zh spans); a second span (``--enzh22-after metro.co.uk.11282 --suffix
  b``: ``e22bdev``, ``e22bheld``) takes the news documents after the first span's last one the same
  way: twelve documents, 218 segments, ``smh.com.au.12471`` … ``dailymail.co.uk.54769`` (the Log4Shell
  flaw, a crypto press release, a grandmother's Christmas column, an Omicron test in Korea, Iran's Covid
  figures, Johnson and the No 10 parties, Banksy's Colston shirts, Biden on the tornadoes, Wendy
  Rogers, Anne Rice's death, Assam's anti-CAA tributes, second Christmas trees); numbered from 1
  within the span; a third (``--enzh22-after dailymail.co.uk.54769 --suffix c``: ``e22cdev``,
  ``e22cheld``) takes the news left in the general collection after the second, fewer than 200
  segments: six documents, 88 segments, ``rte.en.ie.26304`` … ``stv.tv.1681`` (Munster against
  Wasps, US frigates for Greece, snow in the Balkans, UAE-Russia trade, the Cowboys' benches, a
  Scottish storm warning);
* en->zh, WMT24 general (``--enzh-docs``: the release's ``txt-ts/documents/en-zh.docs``, a domain and
  a document id on each line; with it ``--enzh-src`` is ``txt-ts/sources/en-zh.txt`` and ``--enzh-ref``
  ``txt-ts/references/en-zh.refA.txt`` of ``wmt-conference/wmt24-news-systems``, and ``--enzh-lines``
  is not used): every line of the news domain, whole documents cut by their ids, in file order
  (``--enzh-year 24``: ``e24dev``, ``e24held``; release lines 2 to 150, line 1 being the canary:
  17 documents of US, UK, Australian, European, Russian and Nigerian outlets, 149 paragraphs, about
  50,000 characters of English; the set's social, speech and literary domains are left out); a
  second span (``--enzh-domains speech,social --enzh-segments 300 --suffix s``: ``e24sdev``,
  ``e24sheld``) takes the documents of the speech and social domains in file order, whole, until the
  running count of lines reaches 300, the crossing document included: the social domain comes first
  in the release, so the span is 21 Mastodon threads, release lines 151 to 452 (the speech domain,
  one line a document, follows the social one and is not reached); a third span (``--enzh-domains
  speech --suffix p``: ``e24pdev``, ``e24pheld``) takes every document of the speech domain, in file
  order: release lines 682 to 792, 111 transcripts of spoken video, one line each (the social domain
  ends at line 681); a fourth span (``--enzh-domains literary --enzh-segments 400 --suffix l``: ``e24ldev``,
  ``e24lheld``) takes the documents of the literary domain in file order, whole, until the running count of
  lines reaches 400, the crossing document included: the whole domain, release lines 793 to 998, eight
  documents (two chunks each of four stories, 206 lines), the first chunks at odd positions;
  ``--enzh-first-line`` lets the texts be a part of the release from that line on;
* WMT23 en->zh (``--enzh23-src``, ``--enzh23-ref``, ``--enzh23-meta``; ``txt-ts/sources/
  generaltest2023.en-zh.src.en`` and ``txt-ts/references/generaltest2023.en-zh.ref.refA.zh`` of
  ``wmt-conference/wmt23-news-systems``, line-aligned, with a metadata file of one JSON line per
  source line, its ``domain`` and ``docid``): English originals with their Chinese reference A,
  ``zh.txt`` from the reference, ``en.txt`` from the source, as for the en->zh news above. The release
  has no en-zh metadata; the English source starts with the same documents, line for line, as that
  of en-cs, so ``txt/metainfo/generaltest2023.en-cs.meta.jsonl`` (commit ``be15cac4``) gives the
  docids (checked against the text of every document taken; the en-zh files may run on past the
  metadata's last line, not the other way). Span: the whole documents of the
  ``news`` domain in file order from the first one (after the ``mastodon`` posts) until the running
  count of segments reaches 200, the document that crosses it included: twelve documents, 215 lines,
  ``aj-english.33941`` … ``independent.263962`` (a refugee-hotel protest near Liverpool, a League of
  Ireland match, the DHS and Mayorkas, a New Jersey school attack, burnout, a Chicago school shooting,
  a trapped bear, two Egyptian tombs, Rachel Reeves on O'Mara and the apprenticeship levy, a protest
  at Tate Britain, Trump's 40 Wall Street, Wagner and the war in Ukraine); a document is the run of
  lines with one ``docid``; sets ``e23dev``, ``e23held``; a second span (``--enzh23-after
  independent.263962 --suffix b``: ``e23bdev``, ``e23bheld``) takes the news documents after the first
  the same way: thirteen documents, 209 lines, ``kazinform-en.24592`` … ``rte.en.ie.64530`` (Kazakh
  rescuers in Türkiye, the Asian indoor athletics championships, Q'orianka Kilcher's fraud case,
  Balenciaga's apology, the Central Bank of Nigeria's naira notes, Pedro Porro's Tottenham debut, the
  Pence subpoena, the case against a Biden run, Super Bowl commercials, Andrew Clyde and the ATF
  pistol-brace rule, Jared Polis on Title 42, a McDonald's advert near a crematorium, the search for
  Nicola Bulley); a third (``--enzh23-after rte.en.ie.64530 --suffix c``: ``e23cdev``, ``e23cheld``)
  takes what is left of the news domain, five documents, 92 lines, ``seattle_times.570827`` …
  ``voa-zimbabwe.2515`` (Hans Modrow's death, India's "Cow Hug Day" withdrawn, a pedestrian killed in
  Cowdenbeath, the Oslo boroughs where most foreigners live, a new coal unit at Hwange), the speech
  domain following; the documents are numbered from 1 within the span;
* NTREX-128 en->zh (``--ntrex-src``, ``--ntrex-ref``, ``--ntrex-docs``: ``NTREX-128/newstest2019-src.eng.txt``
  and ``NTREX-128/newstest2019-ref.zho-CN.txt`` of ``MicrosoftTranslator/NTREX``, the English source of
  the WMT19 news test set, 1,997 lines, with a professional Chinese translation made for NTREX,
  line-aligned, and ``DOCUMENT_IDS.tsv`` of the repository's root, the document id of each line): whole
  documents (runs of one id) in file order from line 1 until the running count of lines reaches 400
  (``--ntrex-segments``), the document that crosses it included; ``zh.txt`` from the Chinese, ``en.txt``
  from the English, the sets ``n19dev`` and ``n19held`` (``--suffix`` appended as for the other spans);
  a later part starts after a document (``--ntrex-after DOCID``), numbered from 1 within its span. Part 1:
  28 documents, lines 1 to 422, ``bbc.381790`` … ``reuters.218863``. The texts may be a leading part of
  the release's files (a span that runs past their end is refused), or a part from a later line on
  (``--ntrex-first-line N``: the texts' first line is the release's line N; a span that starts before
  it is refused); Windows line ends are read as line ends. Part 3 (``--ntrex-after
  dailymail.co.uk.298630 --suffix c``, texts from line 833): 24 documents, lines 833 to 1253,
  ``newsweek.51329`` … ``scotsman.133773``;
* the documents at odd positions (1st, 3rd …) are the development sets (``w22dev``, ``w23dev``,
  ``w20dev``, ``w19dev``), those at even positions the held-out sets (``w22held`` …).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
WMT22_SEGMENTS = 300
WMT22_NEWS_DOCS = 26
WMT22_B_FROM = 14  # the first document of the second span written again with reference B
WMT22_REF_SEGMENTS = 400  # --wmt22-ref: the span's size in source segments
WMT22_REF_READ = {"B": "xinhua-zh-01.104125"}  # the first news document whose reference B a set read (w22bB)
NOT_NEWS = ("en_zh-TW_CLIENT", "ecommerce_", "social_")  # chats, listings and reviews, social posts
ENZH22_SEGMENTS = 200
ENZH22_NEWS_ID = re.compile(r"\.\d+$")  # guardian.44758, brisbanetimes.com.au.47160: an outlet and an article number
WMT23_CHARS = 16_000
WMT23_DOC_LINES = 20
# the first spans of the line-aligned news releases; --wmt20-lines, --wmt19-lines … for others
NEWS_LINES = {"20": "1-200", "19": "1-160", "17": "1-240", "18": "1-160"}
ENZH23_SEGMENTS = 200
ENZH23_DOMAIN = "news"
NTREX_SEGMENTS = 400
NTREX_YEAR = "19"  # NTREX-128 translates the WMT19 news test set: n19dev, n19held
TRUTH_HEADER = "pair\tkind\tsource_block\ttarget_block\trequired\n"


def _wmt22_document(doc: etree._Element, translator: str = "A") -> tuple[str, list[str], list[str]]:
    """(doc id, source segments, the reference translator's segments) of one <doc>."""
    return (doc.get("id", ""), [s.text or "" for s in doc.findall("src/p/seg")],
            [s.text or "" for s in doc.findall(f"ref[@translator='{translator}']/p/seg")])


def _wmt22_general(xml: Path) -> list[etree._Element]:
    """The <doc>s of the general collection (the biomedical collections after it are left out)."""
    return etree.parse(str(xml)).getroot().findall("collection[@id='general']/doc")


def wmt22_documents(xml: Path) -> list[tuple[str, list[str], list[str]]]:
    """The first documents up to the span."""
    docs: list[tuple[str, list[str], list[str]]] = []
    count = 0
    for doc in _wmt22_general(xml):
        if count >= WMT22_SEGMENTS:
            break
        docs.append(_wmt22_document(doc))
        count += len(docs[-1][1])
    return docs


def _wmt22_news(xml: Path) -> list[etree._Element]:
    """The news documents after the first span, in file order (ids naming a news outlet: xinhua-zh-…, voa-…)."""
    skip = len(wmt22_documents(xml))
    return [doc for doc in _wmt22_general(xml)[skip:] if not doc.get("id", "").startswith(NOT_NEWS)]


def wmt22_news_documents(xml: Path, translator: str = "A") -> list[tuple[str, list[str], list[str]]]:
    """The next 26 news documents after that span, by one reference translator."""
    return [_wmt22_document(doc, translator) for doc in _wmt22_news(xml)[:WMT22_NEWS_DOCS]]


def wmt22_last_news_documents(xml: Path, translator: str) -> list[tuple[str, list[str], list[str]]]:
    """The news documents after those 26, to the end of the general collection, by one reference translator."""
    return [_wmt22_document(doc, translator) for doc in _wmt22_news(xml)[WMT22_NEWS_DOCS:]]


def wmt22_ref_documents(xml: Path, translator: str,
                        segments: int = WMT22_REF_SEGMENTS) -> list[tuple[str, list[str], list[str]]]:
    """The news documents of the general collection (ids naming an outlet and an article number) from
    the first, in file order, with one reference translator's segments, until ``segments`` source
    segments are reached (the document that crosses it included), stopping before the first document
    whose translation by that translator an earlier set read (``WMT22_REF_READ``)."""
    stop = WMT22_REF_READ.get(translator)
    docs: list[tuple[str, list[str], list[str]]] = []
    count = 0
    for doc in _wmt22_general(xml):
        if count >= segments or doc.get("id", "") == stop:
            break
        if ENZH22_NEWS_ID.search(doc.get("id", "")):
            docs.append(_wmt22_document(doc, translator))
            count += len(docs[-1][1])
    return docs


def wmt22_enzh_documents(xml: Path, translator: str = "B",
                         after: str | None = None) -> list[tuple[str, list[str], list[str]]]:
    """The WMT22 en->zh news documents up to the span, as (doc id, Chinese reference, English source):
    the Chinese goes first, as everywhere in the sets. With ``after`` (a document id), the span starts
    with the first news document after that document (the second span starts after
    ``metro.co.uk.11282``, the last document of the first)."""
    general = _wmt22_general(xml)
    if after is not None:
        ids = [doc.get("id", "") for doc in general]
        if after not in ids:
            raise SystemExit(f"WMT22 en-zh: no document {after} in the general collection")
        general = general[ids.index(after) + 1:]
    docs: list[tuple[str, list[str], list[str]]] = []
    count = 0
    for doc in general:
        if count >= ENZH22_SEGMENTS:
            break
        if not ENZH22_NEWS_ID.search(doc.get("id", "")):
            continue
        doc_id, en, zh = _wmt22_document(doc, translator)
        docs.append((doc_id, zh, en))
        count += len(en)
    return docs


def wmt23_documents(src: Path, ref: Path) -> list[tuple[str, list[str], list[str]]]:
    """Documents of 20 lines over the source lines that end within the first 16,000 characters."""
    zh_lines = src.read_text(encoding="utf-8").split("\n")
    en_lines = ref.read_text(encoding="utf-8").split("\n")
    n, end = 0, 0
    while n < len(zh_lines) and end + len(zh_lines[n]) <= WMT23_CHARS:
        end += len(zh_lines[n]) + 1
        n += 1
    return line_documents(zh_lines[:n], en_lines[:n])


def line_documents(zh_lines: list[str], en_lines: list[str],
                   first: int = 1) -> list[tuple[str, list[str], list[str]]]:
    """Line-aligned source and reference cut into documents of 20 lines, named by their lines
    (``first`` is the number of the first line in its file)."""
    n = len(zh_lines)
    return [(f"lines{first + k:03d}-{first + min(k + WMT23_DOC_LINES, n) - 1:03d}",
             zh_lines[k:k + WMT23_DOC_LINES], en_lines[k:k + WMT23_DOC_LINES])
            for k in range(0, n, WMT23_DOC_LINES)]


def line_span(text: str) -> tuple[int, int]:
    """``"201-400"`` as (201, 400): the first and last line, counted from 1, both included."""
    first, _, last = text.partition("-")
    if not (first.isdigit() and last.isdigit()) or not 1 <= int(first) <= int(last):
        raise argparse.ArgumentTypeError(f"{text!r} is not a line span like 201-400")
    return int(first), int(last)


def _release_lines(path: Path) -> list[str]:
    """The lines of a line-aligned release (a final newline ends the last line, it opens none)."""
    text = path.read_text(encoding="utf-8")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def news_documents(src: Path, ref: Path, year: str,
                   span: tuple[int, int] | None = None) -> list[tuple[str, list[str], list[str]]]:
    """Documents of 20 lines over a span of lines (the first span by default) of a line-aligned
    WMT news release."""
    first, last = span or line_span(NEWS_LINES[year])
    zh_all, en_all = _release_lines(src), _release_lines(ref)
    if last > min(len(zh_all), len(en_all)):
        raise SystemExit(f"WMT{year}: the span ends at line {last}, the release at line "
                         f"{min(len(zh_all), len(en_all))}; name a span inside it")
    zh_lines = zh_all[first - 1:last]
    en_lines = en_all[first - 1:last]
    return [(f"nt{year}-{doc}", zh, en) for doc, zh, en in line_documents(zh_lines, en_lines, first)]


def domain_documents(src: Path, ref: Path, docs: Path, domain: str = "news",
                     segments: int | None = None, first_line: int = 1) -> list[tuple[str, list[str], list[str]]]:
    """Whole documents of one domain, or of several (``"speech,social"``), of a release whose documents
    file gives each line's domain and document id (``news<TAB>test-en-news_outlet.123``), in file order;
    ``src`` goes to ``zh.txt``. With ``segments``, the documents stop once the running count of lines
    reaches it, the document that crosses it included. The texts may hold only a part of the release,
    from its line ``first_line`` on: every line taken must lie inside them."""
    wanted = set(domain.split(","))
    rows = [line.split("\t") for line in _release_lines(docs)]
    zh_all, en_all = _release_lines(src), _release_lines(ref)
    skip = first_line - 1  # release lines before the texts' first line
    found: dict[str, tuple[list[str], list[str]]] = {}
    count, current = 0, None
    for k, row in enumerate(rows):
        if len(row) != 2 or row[0] not in wanted:
            continue
        doc = row[1].removeprefix("test-en-")
        if doc != current and segments is not None and count >= segments:
            break
        current = doc
        if not skip <= k < skip + min(len(zh_all), len(en_all)):
            raise SystemExit(f"{docs.name}: line {k + 1} is in the span, the texts hold lines {first_line} to "
                             f"{skip + min(len(zh_all), len(en_all))}")
        zh, en = found.setdefault(doc, ([], []))
        zh.append(zh_all[k - skip])
        en.append(en_all[k - skip])
        count += 1
    return [(doc, zh, en) for doc, (zh, en) in found.items()]


def enzh23_documents(src: Path, ref: Path, meta: Path,
                     after: str | None = None) -> list[tuple[str, list[str], list[str]]]:
    """The WMT23 en->zh span: whole ``news`` documents (runs of one ``docid`` in the metadata) in file
    order from the first one (or from the first after the document ``after``: the second span starts
    after ``independent.263962``), until 200 segments are reached, the document that crosses 200
    included; (doc id, Chinese reference lines, English source lines) each, the Chinese first as it goes
    to zh.txt."""
    rows = [json.loads(line) for line in meta.read_text(encoding="utf-8").splitlines() if line.strip()]
    en_all, zh_all = _release_lines(src), _release_lines(ref)
    if len(en_all) != len(zh_all) or len(rows) > len(en_all):
        # the en-cs metadata describes the first lines of the en-zh source, the same documents; the
        # en-zh files may run on past its last line (those lines are never in the span)
        raise SystemExit(f"WMT23 en-zh: {len(rows)} metadata lines, {len(en_all)} source lines, "
                         f"{len(zh_all)} reference lines; source and reference must be line-aligned "
                         "and the metadata no longer than them")
    docs: list[tuple[str, list[str], list[str]]] = []
    count, i = 0, 0
    if after is not None:
        ids = [row["docid"] for row in rows]
        if after not in ids:
            raise SystemExit(f"WMT23 en-zh: no document {after} in the metadata")
        i = len(ids) - ids[::-1].index(after)  # the line after that document's last line
    while i < len(rows) and count < ENZH23_SEGMENTS:
        j = i
        while j < len(rows) and rows[j]["docid"] == rows[i]["docid"]:
            j += 1
        if rows[i]["domain"] == ENZH23_DOMAIN:
            docs.append((rows[i]["docid"], zh_all[i:j], en_all[i:j]))
            count += j - i
        i = j
    return docs


def ntrex_documents(src: Path, ref: Path, docs: Path, after: str | None = None,
                    segments: int = NTREX_SEGMENTS, first_line: int = 1) -> list[tuple[str, list[str], list[str]]]:
    """The NTREX-128 span: whole documents (runs of one id in ``docs``, one id a line) in file order from
    line 1 (or from the line after the document ``after``) until the running count of lines reaches
    ``segments``, the document that crosses it included; (doc id, Chinese lines, English lines) each, the
    Chinese (``ref``) first as it goes to zh.txt. ``src`` and ``ref`` may hold only a part of the
    release, from its line ``first_line`` (1: a leading part) on: the span must start and end inside
    both."""
    ids = [line.strip().split("\t")[-1] for line in _release_lines(docs)]
    en_all = [line.rstrip("\r") for line in _release_lines(src)]
    zh_all = [line.rstrip("\r") for line in _release_lines(ref)]
    skip = first_line - 1  # release lines before the texts' first line
    i = 0
    if after is not None:
        if after not in ids:
            raise SystemExit(f"NTREX: no document {after} in {docs.name}")
        i = len(ids) - ids[::-1].index(after)  # the line after that document's last line
    if i < skip:
        raise SystemExit(f"NTREX: the span starts at line {i + 1}, the texts at line {first_line}; "
                         f"give texts that hold the whole span")
    out: list[tuple[str, list[str], list[str]]] = []
    count = 0
    while i < len(ids) and count < segments:
        j = i
        while j < len(ids) and ids[j] == ids[i]:
            j += 1
        if j > skip + min(len(en_all), len(zh_all)):
            raise SystemExit(f"NTREX: document {ids[i]} ends at line {j}, the texts at line "
                             f"{skip + min(len(en_all), len(zh_all))}; give texts that hold the whole span")
        out.append((ids[i], zh_all[i - skip:j - skip], en_all[i - skip:j - skip]))
        count += j - i
        i = j
    return out


def write_sets(out: Path, year: str, docs: list[tuple[str, list[str], list[str]]], first: int = 1,
               prefix: str = "w") -> None:
    """Odd positions to ``w{year}dev``, even to ``w{year}held`` (``e…`` with ``prefix="e"``: en->zh
    spans), each pair as a folder (the first document at position ``first``)."""
    for pos, (doc_id, zh, en) in enumerate(docs, first):
        if len(zh) != len(en):
            raise SystemExit(f"{doc_id}: {len(zh)} source segments, {len(en)} reference segments")
        folder = out / "real" / f"{prefix}{year}{'dev' if pos % 2 else 'held'}" / f"{pos:02d}-{doc_id}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "zh.txt").write_text("\n\n".join(s.strip() for s in zh) + "\n", encoding="utf-8")
        (folder / "en.txt").write_text("\n\n".join(s.strip() for s in en) + "\n", encoding="utf-8")
        (folder / "gold.tsv").write_text("".join(f"{i}\t{i}\n" for i in range(len(zh))), encoding="utf-8")
    for part in ("dev", "held"):
        truth = out / "real" / f"{prefix}{year}{part}" / "truth.tsv"
        if truth.parent.is_dir() and not truth.exists():
            truth.write_text(TRUTH_HEADER, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wmt22-xml", type=Path)
    ap.add_argument("--wmt22-ref", metavar="TRANSLATOR",
                    help="with --wmt22-xml, write only the news span read with this reference "
                         "(B: r22bdev, r22bheld)")
    ap.add_argument("--wmt23-src", type=Path)
    ap.add_argument("--wmt23-ref", type=Path)
    ap.add_argument("--wmt20-src", type=Path)
    ap.add_argument("--wmt20-ref", type=Path)
    ap.add_argument("--wmt19-src", type=Path)
    ap.add_argument("--wmt19-ref", type=Path)
    ap.add_argument("--wmt17-src", type=Path, help="vat_newstest2017-zhen-src.zh (Chinese, line-aligned)")
    ap.add_argument("--wmt17-ref", type=Path, help="vat_newstest2017-zhen-ref.en (its reference)")
    ap.add_argument("--wmt18-src", type=Path, help="vat_newstest2018-zhen-src.zh of the VAT release")
    ap.add_argument("--wmt18-ref", type=Path, help="vat_newstest2018-zhen-ref.en of the VAT release")
    for year in NEWS_LINES:
        ap.add_argument(f"--wmt{year}-lines", type=line_span, metavar="FIRST-LAST",
                        help=f"the lines of the WMT{year} release to take (default {NEWS_LINES[year]})")
    ap.add_argument("--enzh-src", type=Path, metavar="FILE",
                    help="vat_newstest20YY-enzh-src.en of the VAT release (English originals, line-aligned)")
    ap.add_argument("--enzh-ref", type=Path, metavar="FILE",
                    help="vat_newstest20YY-enzh-ref.zh (their Chinese reference): written to zh.txt")
    ap.add_argument("--enzh-year", default="19", metavar="YY",
                    help="the year of the en->zh files, in the sets' names: e19dev … (default 19)")
    ap.add_argument("--enzh-lines", type=line_span, default=line_span("1-240"), metavar="FIRST-LAST",
                    help="the lines of the en->zh release to take (default 1-240)")
    ap.add_argument("--enzh22-xml", type=Path, metavar="FILE",
                    help="xml/wmttest2022.en-zh.xml (English originals, references A and B): e22dev, e22held")
    ap.add_argument("--enzh22-after", metavar="DOCID",
                    help="start the WMT22 en->zh span after this document (metro.co.uk.11282 with "
                         "--suffix b: e22bdev, e22bheld)")
    ap.add_argument("--enzh-docs", type=Path, metavar="FILE",
                    help="txt-ts/documents/en-zh.docs of WMT24 (domain and document of each line): the "
                         "news documents are taken whole instead of --enzh-lines")
    ap.add_argument("--enzh-domains", default="news", metavar="LIST",
                    help="with --enzh-docs, the domains to take, comma-separated (default news; "
                         "speech,social with --enzh-segments 300 --suffix s: e24sdev, e24sheld)")
    ap.add_argument("--enzh-segments", type=int, metavar="N",
                    help="with --enzh-docs, stop once N lines are taken, the document that crosses N included")
    ap.add_argument("--enzh-first-line", type=int, default=1, metavar="N",
                    help="with --enzh-docs, the texts given start at this line of the release (default 1)")
    ap.add_argument("--enzh23-src", type=Path, metavar="FILE",
                    help="generaltest2023.en-zh.src.en of wmt23-news-systems (English originals)")
    ap.add_argument("--enzh23-ref", type=Path, metavar="FILE",
                    help="generaltest2023.en-zh.ref.refA.zh (their Chinese reference A): written to zh.txt")
    ap.add_argument("--enzh23-meta", type=Path, metavar="FILE",
                    help="one JSON line per source line with its domain and docid "
                         "(generaltest2023.en-cs.meta.jsonl: the release has none for en-zh)")
    ap.add_argument("--enzh23-after", metavar="DOCID",
                    help="start the WMT23 en->zh span after this news document (independent.263962 with "
                         "--suffix b: e23bdev, e23bheld; rte.en.ie.64530 with --suffix c: e23cdev, e23cheld)")
    ap.add_argument("--ntrex-src", type=Path, metavar="FILE",
                    help="NTREX-128/newstest2019-src.eng.txt of MicrosoftTranslator/NTREX (English, line-aligned)")
    ap.add_argument("--ntrex-ref", type=Path, metavar="FILE",
                    help="NTREX-128/newstest2019-ref.zho-CN.txt (its Chinese translation): written to zh.txt")
    ap.add_argument("--ntrex-docs", type=Path, metavar="FILE",
                    help="DOCUMENT_IDS.tsv of the NTREX repository (the document id of each line): n19dev, n19held")
    ap.add_argument("--ntrex-after", metavar="DOCID",
                    help="start the NTREX span after this document (a later part, with --suffix)")
    ap.add_argument("--ntrex-first-line", type=int, default=1, metavar="N",
                    help="the NTREX texts given start at this line of the release (a part copied from "
                         "the middle; default 1, a leading part)")
    ap.add_argument("--ntrex-segments", type=int, default=NTREX_SEGMENTS, metavar="N",
                    help=f"lines of the NTREX span, the document that crosses N included (default {NTREX_SEGMENTS})")
    ap.add_argument("--suffix", default="",
                    help="added to the news sets' names, zh->en and en->zh alike (b: w20bdev …, e19bdev …)")
    ap.add_argument("--out", type=Path, required=True, help="a folder outside the repository")
    args = ap.parse_args(argv)
    if ROOT in args.out.resolve().parents or args.out.resolve() == ROOT:
        raise SystemExit("the sets hold WMT's texts: write them outside the repository")
    if args.wmt22_xml and args.wmt22_ref:
        write_sets(args.out, "22" + args.wmt22_ref.lower(), wmt22_ref_documents(args.wmt22_xml, args.wmt22_ref),
                   prefix="r")
    elif args.wmt22_xml:
        write_sets(args.out, "22", wmt22_documents(args.wmt22_xml))
        write_sets(args.out, "22b", wmt22_news_documents(args.wmt22_xml))
        write_sets(args.out, "22bB", wmt22_news_documents(args.wmt22_xml, "B")[WMT22_B_FROM - 1:], WMT22_B_FROM)
        write_sets(args.out, "22c", wmt22_last_news_documents(args.wmt22_xml, "A"))
        write_sets(args.out, "22cB", wmt22_last_news_documents(args.wmt22_xml, "B"))
    if args.wmt23_src and args.wmt23_ref:
        write_sets(args.out, "23", wmt23_documents(args.wmt23_src, args.wmt23_ref))
    for year in NEWS_LINES:
        src, ref = getattr(args, f"wmt{year}_src"), getattr(args, f"wmt{year}_ref")
        if src and ref:
            span = getattr(args, f"wmt{year}_lines")
            write_sets(args.out, year + args.suffix, news_documents(src, ref, year, span))
    if args.enzh23_src and args.enzh23_ref and args.enzh23_meta:
        write_sets(args.out, "23" + args.suffix,
                   enzh23_documents(args.enzh23_src, args.enzh23_ref, args.enzh23_meta, args.enzh23_after),
                   prefix="e")
    if args.enzh_src and args.enzh_ref:  # the Chinese is the reference here: it goes first, to zh.txt
        docs = (domain_documents(args.enzh_ref, args.enzh_src, args.enzh_docs, args.enzh_domains,
                                 args.enzh_segments, args.enzh_first_line) if args.enzh_docs
                else news_documents(args.enzh_ref, args.enzh_src, args.enzh_year, args.enzh_lines))
        write_sets(args.out, args.enzh_year + args.suffix, docs, prefix="e")
    if args.enzh22_xml:
        write_sets(args.out, "22" + args.suffix, wmt22_enzh_documents(args.enzh22_xml, after=args.enzh22_after),
                   prefix="e")
    if args.ntrex_src and args.ntrex_ref and args.ntrex_docs:
        write_sets(args.out, NTREX_YEAR + args.suffix,
                   ntrex_documents(args.ntrex_src, args.ntrex_ref, args.ntrex_docs, args.ntrex_after,
                                   args.ntrex_segments, args.ntrex_first_line), prefix="n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
