#!/usr/bin/env python3
"""Assemble the dev13 batches into d13-clean.jsonl (d13-0001..d13-0220, all clean)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b1, b2, b3, b4, b5, b6, b7, b8  # noqa: E402

OUT = os.path.dirname(HERE)
recs = b1.RECS + b2.RECS + b3.RECS + b4.RECS + b5.RECS + b6.RECS + b7.RECS + b8.RECS
path = os.path.join(OUT, "d13-clean.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        rec = {"id": "d13-%04d" % i, "text": r["text"], "labels": r["labels"], "note": r["note"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote d13-clean.jsonl: %d records" % len(recs))
