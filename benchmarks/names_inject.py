"""Planted name errors: does the ``entity`` check catch them, naming both names?

Over the wmt21 real pairs (``../shared/real/wmt21``) and the bundled corpus
(``corpus/``, ``corpus-heldout/``), every person or place outside the
lexicon that the Chinese reader tags and the tool links by its pinyin (湖口县 / "Hukou County", 郝毓盛 /
"Hao Yusheng") is a candidate when its English is written once in its
block.  Each candidate
is rewritten in the English, one per block per run (a seeded generator picks
the new names):

* **substitution** (``--substitutions N`` times per candidate, each time a
  different name): the English name is replaced by another name of the same
  kind that no lexicon holds (a county or town from ``PLACES``, a person made
  of a common surname and given name), romanised in pinyin and keeping the
  English generic ("Hukou County" -> "Xuyi County").  Caught when the check
  reports an ``entity`` error naming the source name and the planted name.
* **garble**: the English name is cut by its last syllable ("Chen Haifeng"
  -> "Chen Hai") or misspelt by one letter ("Fushun" -> "Fusun").  Caught
  when it reports an ``entity`` warning naming both.

Any other new ``entity`` error or warning in a rewritten pair (one the
untouched pair does not raise) is counted as a false alarm.  Usage::

    python benchmarks/names_inject.py [--seed N] [--substitutions N] [--shared DIR] [-v]
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared" / "real" / "wmt21"

# Counties and towns not in the lexicon (checked at run time), for planted substitutions.
PLACES = ("盱眙", "沭阳", "泗洪", "睢宁", "涟水", "灌云", "临朐", "莒南", "郯城", "平邑", "蒙阴", "滕州",
          "桓台", "高密", "诸城", "栖霞", "莱阳", "海阳", "龙口", "招远", "蓬莱", "乳山", "文登", "荣成",
          "胶州", "平度", "即墨", "莱西", "寿光", "昌乐", "青州", "临沭", "费县", "沂水", "莒县", "五莲")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰飞志鹏辉建国德文斌宇浩凯健俊帆帅旭宁"


def pairs(shared: Path) -> list[Path]:
    found = sorted(p for p in shared.iterdir() if (p / "zh.txt").exists()) if shared.is_dir() else []
    for base in (ROOT / "corpus", ROOT / "corpus-heldout"):
        found += sorted(p for p in base.iterdir() if (p / "gold.json").exists())
    return found


def _file(d: Path, lang: str) -> Path:
    return next(p for p in sorted(d.iterdir()) if p.name.split(".")[0] == lang and p.suffix in (".txt", ".md"))


def _new_name(rng: random.Random, typ: str, old_en: str, taken: set[str], lexicon) -> tuple[str, str]:
    """(Chinese, English) of a name of type ``typ`` not in the lexicon, keeping ``old_en``'s generic."""
    from northeast_text import translit

    while True:
        if typ == "person":
            zh = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            en = translit.romanise(zh, "person")
        else:
            zh = rng.choice(PLACES)
            en = translit.romanise(zh, "place")
            words = old_en.split()
            if len(words) > 1 and not translit.pinyin_shaped(words[-1]):
                en += " " + words[-1]
        if en not in taken and not lexicon.keys_for(zh, "zh") and not translit.matches(zh, old_en, typ):
            return zh, en


def _garble(rng: random.Random, zh: str, en: str, typ: str) -> str | None:
    """Cut the last syllable of a name of three or more syllables, else misspell one letter."""
    from northeast_text import translit

    words = en.split()
    stem = zh if typ == "person" else translit.split_generic(zh)[0]
    if len(translit.readings(stem)) >= 3 and typ == "person" and len(words) == 2:
        given = translit.readings(stem, person=True)[-1][0]
        if words[1].lower().endswith(given):
            return f"{words[0]} {words[1][: -len(given)]}"
    head = words[0] if typ != "person" else words[-1]
    for a, b in (("sh", "s"), ("zh", "z"), ("ch", "c"), ("ng", "n"), ("ao", "oa"), ("ui", "iu")):
        if a in head[1:]:
            return en.replace(head, head[0] + head[1:].replace(a, b, 1), 1)
    return None


def _run(src_doc, tgt_doc):
    from northeast_text.pipeline import annotate
    from northeast_text.settings import Settings

    return annotate(src_doc, tgt_doc, Settings(checks=("entity",)))


def plant(pair_dir: Path, rng: random.Random, lexicon, verbose: bool, substitutions: int = 2) -> dict[str, list]:
    """Rewrite one pair both ways; return per kind the planted cases with their outcome, and false alarms."""
    from northeast_text import translit
    from northeast_text.namelinks import name_links
    from northeast_text.readers import read_document

    src = read_document(_file(pair_dir, "zh"), lang="zh")
    tgt = read_document(_file(pair_dir, "en"), lang="en")
    base = _run(src, tgt)
    known = {(f.severity, f.source_text, f.target_text) for f in base.findings if f.kind == "entity"}
    tagged = {(e.block, e.start, e.end) for e in base.source.entities}
    by_block: dict[str, list] = {}
    for names in name_links(base):
        for link in names.links:
            s = link.source
            if ((s.block, s.start, s.end) in tagged and link.via == "pinyin" and s.key is None
                    and s.type in ("person", "place") and len(s.text) >= 2
                    and translit.how(s.text, link.target.text, s.type) == "pinyin"):
                by_block.setdefault(link.target.block, []).append(link)
    # a name written twice in its block may be found at its other place: plant only single ones
    for block_id, links in by_block.items():
        text = next(b.text for b in tgt.blocks if b.id == block_id)
        by_block[block_id] = [k for k in links if text.count(k.target.text) == 1]
    rounds = max((len(v) for v in by_block.values()), default=0)
    out: dict[str, list] = {"substitution": [], "garble": [], "false": []}
    runs = [("substitution", r) for _ in range(substitutions) for r in range(rounds)]
    for kind, n in runs + [("garble", r) for r in range(rounds)]:
        texts = {b.id: b.text for b in tgt.blocks}
        planted = []
        taken = {link.target.text for links in by_block.values() for link in links}
        for block_id in sorted(by_block):
            if n >= len(by_block[block_id]):
                continue
            link = by_block[block_id][n]
            t = link.target
            if kind == "substitution":
                _, new = _new_name(rng, link.source.type, t.text, taken, lexicon)
            else:
                new = _garble(rng, link.source.text, t.text, link.source.type)
                if new is None:
                    continue
            taken.add(new)
            text = texts[block_id]
            texts[block_id] = text[: t.start] + new + text[t.end:]
            planted.append((link.source, new))
        if not planted:
            continue
        rewritten = replace(tgt, blocks=tuple(replace(b, text=texts[b.id]) for b in tgt.blocks))
        pair = _run(src, rewritten)
        want = "error" if kind == "substitution" else "warning"
        found = [f for f in pair.findings if f.kind == "entity" and f.severity in ("error", "warning")]
        used = set()
        for s, new in planted:
            hit = next((k for k, f in enumerate(found) if k not in used and f.severity == want
                        and f.source_block == s.block and f.source_text == s.text
                        and f.target_text and (new in f.target_text or f.target_text in new)), None)
            if hit is not None:
                used.add(hit)
            out[kind].append((pair_dir.name, s.text, new, hit is not None))
            if verbose:
                print(f"  {kind:12} {pair_dir.name} {s.block}: {s.text} -> {new}: "
                      f"{'caught' if hit is not None else 'MISSED'}")
        for k, f in enumerate(found):
            if k not in used and (f.severity, f.source_text, f.target_text) not in known:
                out["false"].append((pair_dir.name, kind, f.severity, f.source_text, f.target_text))
                if verbose:
                    print(f"  false alarm  {pair_dir.name} ({kind} run): "
                          f"{f.severity} {f.source_text} -> {f.target_text}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the wmt21 folder (default: ../shared/real/wmt21)")
    ap.add_argument("--substitutions", type=int, default=2, help="different wrong names planted per candidate")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    from northeast_text.entities import load_lexicon

    if not args.shared.is_dir():
        print(f"note: {args.shared} not found; planting in the bundled corpus only")
    rng = random.Random(args.seed)
    lexicon = load_lexicon()
    total: dict[str, list] = {"substitution": [], "garble": [], "false": []}
    for d in pairs(args.shared):
        for k, v in plant(d, rng, lexicon, args.verbose, args.substitutions).items():
            total[k].extend(v)
    for kind in ("substitution", "garble"):
        cases = total[kind]
        caught = sum(1 for c in cases if c[3])
        names = len({(c[0], c[1]) for c in cases})
        print(f"{kind}: {caught}/{len(cases)} caught naming both names (recall {caught / max(len(cases), 1):.3f}), "
              f"{names} distinct source names")
    print(f"false alarms (other entity errors/warnings in the rewritten pairs): {len(total['false'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
