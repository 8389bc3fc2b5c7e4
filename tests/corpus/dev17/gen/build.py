#!/usr/bin/env python3
"""Assemble the dev17 batches into d17-personal.jsonl (d17-0001..0120) and d17-clean.jsonl (d17-0121..0240)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import p1, p2, c1, c2  # noqa: E402

OUT = os.path.dirname(HERE)


def write(name, recs, start):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            rec = {"id": "d17-%04d" % (start + i), "text": r["text"], "labels": r["labels"], "note": r["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s: %d records" % (name, len(recs)))
    return start + len(recs)


n = write("d17-personal.jsonl", p1.RECS + p2.RECS, 1)
write("d17-clean.jsonl", c1.RECS + c2.RECS, n)
