"""Generate d9-clean.jsonl and d9-personal.jsonl from the batch files in this folder."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
import clean1, clean2, pers1, pers2, pers3  # noqa: E402,F401

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
clean = [r for r in lib.RECORDS if r[0] == "clean"]
personal = [r for r in lib.RECORDS if r[0] == "personal"]
if not os.environ.get("PARTIAL"):
    assert len(clean) == 120, len(clean)
    assert len(personal) == 150, len(personal)
n = 0
for fname, recs in (("d9-clean.jsonl", clean), ("d9-personal.jsonl", personal)):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
        for kind, text, labels, note in recs:
            n += 1
            text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
            rec = {"id": f"d9-{n:04d}", "text": text, "labels": labels, "note": note}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", n)
