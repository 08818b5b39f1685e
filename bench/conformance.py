#!/usr/bin/env python3
"""Conformance over the shared corpus: `koine roundtrip --json` on every FHIR and HL7 v2 file of
../shared/corpus (a development tool: the corpus is not part of a clone), aggregated per corpus
folder into the Markdown table of docs/conformance.md.

Usage (from the repository root, after `mvn -B -q -DskipTests package`):
    python3 bench/conformance.py [CORPUS_DIR]    # default ../shared/corpus
"""
import collections
import json
import os
import subprocess
import sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
files = []
for root, _, names in os.walk(corpus):
    for n in names:
        low = n.lower()
        if low.endswith((".json", ".xml", ".hl7", ".dat")) and not n.startswith("_"):
            files.append(os.path.join(root, n))
files.sort()
out = subprocess.run(
    ["./koine", "roundtrip", "--json", "--"] + files, capture_output=True, text=True
).stdout
rows = collections.OrderedDict()
for line in out.splitlines():
    try:
        o = json.loads(line)
    except ValueError:
        continue
    rel = os.path.relpath(o["file"].split("#")[0].split(":")[0], corpus)
    folder = rel.split(os.sep)[0]
    r = rows.setdefault(folder, collections.Counter())
    r[o.get("status", "FAILED")] += 1
    r["leaves"] += o.get("leaves") or 0
    r["lost"] += o.get("lost") or 0
tot = collections.Counter()
print("| corpus folder | inputs | LOSSLESS | LOSSY | FAILED | leaves | lost | lost % |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for folder, r in sorted(rows.items()):
    tot.update(r)
    n = r["LOSSLESS"] + r["LOSSY"] + r["FAILED"]
    pct = 100.0 * r["lost"] / r["leaves"] if r["leaves"] else 0.0
    print(f"| {folder} | {n} | {r['LOSSLESS']} | {r['LOSSY']} | {r['FAILED']} | {r['leaves']} | {r['lost']} | {pct:.2f} |")
n = tot["LOSSLESS"] + tot["LOSSY"] + tot["FAILED"]
pct = 100.0 * tot["lost"] / tot["leaves"] if tot["leaves"] else 0.0
print(f"| **all** | {n} | {tot['LOSSLESS']} | {tot['LOSSY']} | {tot['FAILED']} | {tot['leaves']} | {tot['lost']} | {pct:.2f} |")
