#!/usr/bin/env python3
"""Score a northeast-text JSON report against a hand-written gold.json.

Usage: python3 corpus-heldout/score.py PAIR_DIR REPORT.json

Alignment: exact links / gold links.  Findings: a gold finding is found when a
report finding has the same kind and the same blocks (source block = gold
zh_block, target block = gold en_block; a null side must be null or absent).
False alarms: report findings at warning/error level that match no gold
finding.  A gold finding marked ``optional`` is neither missed when absent nor
a false alarm when reported (GOLD_FORMAT.md).  Notes: found when a report note has the same kind and block.
Block numbers are the report's `n`, checked against the gold prefixes.
"""
import json
import re
import sys
from collections import Counter, defaultdict


def norm(s):
    s = re.sub(r"\\(.)", r"\1", s).replace("*", "").replace("_", "")
    s = re.sub(r"^(#+\s*|[-*+]\s+)", "", s.strip())
    return re.sub(r"\s+", " ", s)


def main(pair, report):
    g = json.load(open(f"{pair}/gold.json", encoding="utf-8"))
    r = json.load(open(report, encoding="utf-8"))
    out = []
    # block numbering sanity
    for side, key in (("zh", "source"), ("en", "target")):
        tb = r[key]["blocks"]
        gp = g["blocks"][side]
        bad = [i for i, p in enumerate(gp)
               if i >= len(tb) or not norm(tb[i]["text"]).startswith(norm(p)[:10])]
        out.append(f"blocks {side}: gold {len(gp)}, tool {len(tb)}, prefix mismatches {bad}")
    n_of = {}
    for key in ("source", "target"):
        for b in r[key]["blocks"]:
            n_of[b["id"]] = b["n"]
    # alignment
    gl = {(tuple(a), tuple(b)) for a, b in g["alignment"]}
    tl = [(tuple(n_of[x] for x in l["source"]), tuple(n_of[x] for x in l["target"]), l.get("score"))
          for l in r["alignment"]]
    exact = sum(1 for a, b, _ in tl if (a, b) in gl)
    out.append(f"alignment: {exact}/{len(gl)} exact (tool {len(tl)} links)")
    tset = {(a, b) for a, b, _ in tl}
    for a, b in sorted(gl - tset, key=lambda x: (x[0] or (999,), x[1] or (999,))):
        out.append(f"  missed gold link {list(a)}-{list(b)}")
    for a, b, s in tl:
        if (a, b) not in gl:
            out.append(f"  wrong tool link {list(a)}-{list(b)} score={s}")
    # findings
    def blk(x):
        return None if x is None else n_of[x]
    tf = [dict(f, sb=blk(f.get("source_block")), tb=blk(f.get("target_block"))) for f in r["findings"]]
    sev_rank = {"error": 0, "warning": 1, "info": 2}
    order = sorted(range(len(tf)), key=lambda i: sev_rank.get(tf[i]["severity"], 3))
    link_of = {}
    for li, (a, b) in enumerate(g["alignment"]):
        for k in a:
            link_of[("zh", k)] = li
        for k in b:
            link_of[("en", k)] = li
    used = set()
    per = defaultdict(lambda: [0, 0])
    linkfound = 0
    for gf in sorted(g["findings"], key=lambda f: bool(f.get("optional"))):
        if gf.get("optional"):
            hit = next((i for i in order if i not in used and tf[i]["kind"] == gf["kind"]
                        and tf[i]["sb"] == gf["zh_block"] and tf[i]["tb"] == gf["en_block"]), None)
            if hit is not None:
                used.add(hit)
            out.append(f"  OPTIONAL {gf['kind']} zh{gf['zh_block']}/en{gf['en_block']}: "
                       f"{'reported' if hit is not None else 'not reported'}")
            continue
        per[gf["kind"]][1] += 1
        hit = None
        for i in order:
            f = tf[i]
            if i in used or f["kind"] != gf["kind"]:
                continue
            zb_ok = gf["zh_block"] is None or f["sb"] == gf["zh_block"] or (gf["zh"] is None and f["sb"] is None)
            eb_ok = f["tb"] == gf["en_block"]
            if zb_ok and eb_ok:
                hit = i
                break
        if hit is not None:
            used.add(hit)
            per[gf["kind"]][0] += 1
            f = tf[hit]
            linkfound += 1
            out.append(f"  FOUND {gf['kind']} zh{gf['zh_block']}/en{gf['en_block']} {gf['en']!r} -> {f['id']} [{f['severity']}] {f.get('target_text')!r}")
        else:
            gl_ = link_of.get(("zh", gf["zh_block"])) if gf["zh_block"] is not None else link_of.get(("en", gf["en_block"]))
            loose = next((i for i in order if i not in used and tf[i]["kind"] == gf["kind"]
                          and (link_of.get(("zh", tf[i]["sb"])) == gl_ or link_of.get(("en", tf[i]["tb"])) == gl_)), None)
            if loose is not None:
                used.add(loose)
                linkfound += 1
                f = tf[loose]
                out.append(f"  LINK-ONLY {gf['kind']} zh{gf['zh_block']}/en{gf['en_block']} {gf['en']!r} -> {f['id']} [{f['severity']}] at zh{f['sb']}/en{f['tb']} (same link, other block)")
                continue
            near = [f"{f['id']}:{f['kind']}:{f['sb']}/{f['tb']}" for f in tf
                    if f["tb"] == gf["en_block"] or (f["sb"] == gf["zh_block"] and gf["zh_block"] is not None)]
            out.append(f"  MISSED {gf['kind']} zh{gf['zh_block']}/en{gf['en_block']} {gf['en']!r} (tool findings on these blocks: {near})")
    fa = [f for i, f in enumerate(tf) if i not in used and f["severity"] in ("warning", "error")]
    info = [f for i, f in enumerate(tf) if i not in used and f["severity"] == "info"]
    tot_g = sum(1 for f in g["findings"] if not f.get("optional"))
    tot_f = sum(v[0] for v in per.values())
    out.append(f"findings: {tot_f}/{tot_g} found with right kind+blocks ({linkfound}/{tot_g} with right kind+link); false alarms (warning/error) {len(fa)}; unmatched info {len(info)}")
    out.append("  per kind: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per.items())))
    for f in fa + info:
        out.append(f"  FALSE {f['id']} {f['kind']} [{f['severity']}] zh{f['sb']}/en{f['tb']} "
                   f"src={f.get('source_text')!r} tgt={f.get('target_text')!r} :: {f.get('message')}")
    # notes
    tn = [(n["kind"], n_of[n["block"]], n.get("text", "")) for n in r["notes"]]
    usedn = set()
    found = 0
    for gn in g["notes"]:
        hit = next((i for i, (k, b, _) in enumerate(tn)
                    if i not in usedn and k == gn["kind"] and b == gn["en_block"]), None)
        if hit is None:
            near = [(k, t[:50]) for k, b, t in tn if b == gn["en_block"]]
            out.append(f"  MISSED note {gn['kind']} en{gn['en_block']} {gn['text'][:50]!r} (tool: {near})")
        else:
            usedn.add(hit)
            found += 1
    extras = [tn[i] for i in range(len(tn)) if i not in usedn]
    out.append(f"notes: {found}/{len(g['notes'])} found; extras {len(extras)}")
    for k, b, t in extras:
        out.append(f"  EXTRA note {k} en{b} {t[:70]!r}")
    rate = r.get("rate")
    out.append(f"rate: tool {rate and rate.get('value')} (block {rate and rate.get('block')}), gold {g['rate'] and g['rate']['value']}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
