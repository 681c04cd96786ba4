"""Name linking precision and recall on the wmt21 real pairs.

The gold (``benchmarks/gold/wmt21_names.tsv``) lists, per pair and block,
every person, place and organisation with the counterpart the translation
gives it, written by reading both sides.  The tool's links are those of
:func:`northeast_text.namelinks.name_links` (links to a larger unit are not
name pairs and are left out).  A link matches a gold row of the same block
when the Chinese names overlap (one contains the other) and so do the
English ones (letters only, case-insensitive); one to one.

Two runs: with the whole lexicon, and with the lexicon cut to its
conventional entries (those whose English no pinyin reading of their Chinese
spells: Tibet, Hohhot, Taipei, translated organisation names), so that every
other link has to come from transliteration or CC-CEDICT.

For ``corpus/northeast`` there is no pair gold, only the mention lists of
each side (``tests/data/northeast_names_{zh,en}.json``): a link is
*supported* when its Chinese side overlaps a Chinese mention and its English
side an English mention of the linked blocks; the script reports the share
of links supported and the share of Chinese mentions (in blocks with an
English counterpart) given a partner.

Usage::

    python benchmarks/names_eval.py [-v] [--shared DIR]

The pairs are read from ``../shared/real/wmt21`` (relative to the
repository); the script says so and exits 0 when that folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared" / "real" / "wmt21"
GOLD = ROOT / "benchmarks" / "gold" / "wmt21_names.tsv"


def read_gold(path: Path = GOLD) -> list[dict]:
    rows = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return [dict(zip(("pair", "block", "type", "zh", "en"), r)) | {"block": int(r[1])}
            for r in csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _en(text: str) -> str:
    from northeast_text.translit import letters

    return letters(text)


def _overlap(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def system_links(pair_dir: Path, lexicon) -> list[dict]:
    from northeast_text.namelinks import name_links
    from northeast_text.pipeline import annotate_files
    from northeast_text.settings import Settings

    pair = annotate_files(pair_dir / "zh.txt", pair_dir / "en.txt", Settings(checks=("entity",)))
    out = []
    for names in name_links(pair, lexicon):
        for link in names.links:
            if link.via != "unit":
                out.append({"pair": pair_dir.name, "block": names.link.source[0], "zh": link.source.text,
                            "en": link.target.text, "via": link.via})
    return out


def score(gold: list[dict], found: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """(gold rows matched, gold rows missed, links not in the gold).

    A link that falls inside a matched gold row (珠海 / "Zhuhai" of 珠海明骏 / "Zhuhai
    Mingjun", once the whole is matched) is a piece of it, and a link repeating a matched
    row (a name said twice in a block, listed once) a repetition: neither is a false link.
    """
    def same(f: dict, g: dict) -> bool:
        return (f["pair"] == g["pair"] and f["block"] == g["block"] and _overlap(f["zh"], g["zh"])
                and _overlap(_en(f["en"]), _en(g["en"])))

    # A maximum one-to-one matching (augmenting paths): a link that fits two gold rows
    # (江西省 / "Jiangxi" inside 江西省财政厅 / "Finance Department of Jiangxi Province")
    # goes where nothing else fits.
    fits = [[k for k, f in enumerate(found) if same(f, g)] for g in gold]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for k in fits[gi]:
            if k not in seen:
                seen.add(k)
                if k not in owner or augment(owner[k], seen):
                    owner[k] = gi
                    return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    used = set(owner)
    matched = [gold[gi] for gi in sorted(owner.values())]
    missed = [g for gi, g in enumerate(gold) if gi not in owner.values()]
    extra = [f for k, f in enumerate(found) if k not in used and not any(same(f, g) for g in matched)]
    return len(matched), missed, extra


def northeast(lexicon) -> tuple[int, int, int, int]:
    """(links, supported links, Chinese mentions in linked blocks, of them given a partner)."""
    import json

    from northeast_text.namelinks import name_links
    from northeast_text.pipeline import annotate_files
    from northeast_text.settings import Settings

    data = ROOT / "tests" / "data"
    zh_gold = json.loads((data / "northeast_names_zh.json").read_text("utf-8"))["mentions"]
    en_gold = json.loads((data / "northeast_names_en.json").read_text("utf-8"))["mentions"]
    d = ROOT / "corpus" / "northeast"
    pair = annotate_files(d / "zh.md", d / "en.md", Settings(checks=("entity",)))
    src_text = {b.id: b.text for b in pair.source.document.blocks}
    tgt_text = {b.id: b.text for b in pair.target.document.blocks}

    def spans(gold, texts, prefix):
        out = []
        for g in gold:
            text = texts.get(f"{prefix}-b{g['block']}", "")
            start = 0
            while (k := text.find(g["text"], start)) >= 0:
                out.append((f"{prefix}-b{g['block']}", k, k + len(g["text"])))
                start = k + 1
        return out

    zh_spans, en_spans = spans(zh_gold, src_text, "zh"), spans(en_gold, tgt_text, "en")

    def hit(e, gold):
        return any(b == e.block and a < e.end and e.start < z for b, a, z in gold)

    links = supported = 0
    partnered: set[tuple[str, int, int]] = set()
    linked_blocks: set[str] = set()
    for names in name_links(pair, lexicon):
        linked_blocks.update(b.id for b in names.source.blocks)
        for link in names.links:
            if link.via == "unit":
                continue
            links += 1
            if hit(link.source, zh_spans) and hit(link.target, en_spans):
                supported += 1
                partnered.update(g for g in zh_spans if g[0] == link.source.block
                                 and g[1] < link.source.end and link.source.start < g[2])
    in_linked = [g for g in zh_spans if g[0] in linked_blocks]
    return links, supported, len(set(in_linked)), len(partnered & set(in_linked))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false links")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the wmt21 folder (default: ../shared/real/wmt21)")
    args = ap.parse_args(argv)
    from northeast_text.entities import conventional_lexicon, load_lexicon

    for label, lexicon in (("whole lexicon", load_lexicon()), ("conventional entries only", conventional_lexicon())):
        links, supported, mentions, partnered = northeast(lexicon)
        print(f"corpus/northeast, {label}: {links} links, {supported / max(links, 1):.3f} supported by both mention "
              f"lists; {partnered}/{mentions} Chinese mentions given a partner ({partnered / max(mentions, 1):.3f})")
    if not args.shared.is_dir():
        print(f"wmt21 skipped: {args.shared} not found (the shared wmt21 pairs are not on this machine)")
        return 0

    gold = read_gold()
    pairs = sorted({g["pair"] for g in gold})
    for label, lexicon in (("whole lexicon", load_lexicon()), ("conventional entries only", conventional_lexicon())):
        found = [f for p in pairs for f in system_links(args.shared / p, lexicon)]
        hits, missed, extra = score(gold, found)
        p = 1 - len(extra) / max(len(found), 1)  # links that are a gold pair, a piece or a repetition of one
        r = hits / max(len(gold), 1)
        via = Counter(f["via"] for f in found)
        print(f"{label} ({len(lexicon)} entries): gold {len(gold)}, links {len(found)}, matched {hits}: "
              f"precision {p:.3f}, recall {r:.3f}; links by {dict(sorted(via.items()))}")
        by_type = Counter(g["type"] for g in gold)
        miss_type = Counter(g["type"] for g in missed)
        print("  recall by type: " + ", ".join(
            f"{t} {1 - miss_type[t] / n:.2f} ({n})" for t, n in sorted(by_type.items())))
        if args.verbose:
            for g in missed:
                print(f"  missed {g['pair']} {g['block']}: {g['zh']} / {g['en']}")
            for f in extra:
                print(f"  extra  {f['pair']} {f['block']}: {f['zh']} / {f['en']} ({f['via']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
