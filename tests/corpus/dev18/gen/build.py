"""Build d18-personal.jsonl and d18-clean.jsonl from the batches (personal first, then clean;
ids d18-0001.. in order). Run from this directory: python3 build.py"""
import json
import os

import c1
import c2
import p1
import p2

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write(fn, recs, start):
    n = start
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for r in recs:
            rec = {"id": "d18-%04d" % n, "text": r["text"], "labels": r["labels"], "note": r["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


n = write("d18-personal.jsonl", p1.RECORDS + p2.RECORDS, 1)
n = write("d18-clean.jsonl", c1.RECORDS + c2.RECORDS, n)
print("wrote %d records" % (n - 1))
