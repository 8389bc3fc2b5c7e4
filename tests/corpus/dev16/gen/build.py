#!/usr/bin/env python3
"""Assemble the dev16 batches into d16-personal.jsonl (d16-0001..0120) and d16-clean.jsonl (d16-0121..0240)."""
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
            rec = {"id": "d16-%04d" % (start + i), "text": r["text"], "labels": r["labels"], "note": r["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s: %d records" % (name, len(recs)))
    return start + len(recs)


n = write("d16-personal.jsonl", p1.RECS + p2.RECS, 1)
write("d16-clean.jsonl", c1.RECS + c2.RECS, n)
