"""Build the dev19 corpus from the batch files p1..p8 (personal) and c1..c4 (clean).

Each batch module defines ITEMS, a list of (note, text) pairs. Personal texts use the
[[k:span]] markup of lib.py; clean texts have none. Ids are assigned in order: all personal
records first (d19-0001..), then the clean ones. Run: python3 build.py
"""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import personal, clean  # noqa: E402

PERSONAL = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"]
CLEAN = ["c1", "c2", "c3", "c4"]
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    n = 0
    for fn, mods, make in (("d19-personal.jsonl", PERSONAL, personal), ("d19-clean.jsonl", CLEAN, clean)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            for m in mods:
                for note, text in importlib.import_module(m).ITEMS:
                    n += 1
                    rec = make(note, text)
                    rec = {"id": "d19-%04d" % n, "text": rec["text"], "labels": rec["labels"], "note": rec["note"]}
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(fn, "written, last id d19-%04d" % n)


if __name__ == "__main__":
    main()
