"""Builds d6-numbers.jsonl and d6-clean.jsonl from the prompt definitions in
gen_numbers*.py / gen_clean*.py (inline ⟦category|text⟧ markup, numbers generated
valid by gen_helpers.py with a fixed seed).  Standard library only.
Run:  python3 generate.py && python3 check.py
"""
import json
import os

import gen_clean1
import gen_clean2
import gen_clean3
import gen_numbers1
import gen_numbers2
import gen_numbers3
import gen_numbers4
import gen_numbers5
from gen_helpers import parse

HERE = os.path.dirname(os.path.abspath(__file__))


def collect(mods):
    out = []
    for m in mods:
        m.part(lambda note, text: out.append((note, text)))
    return out


def main():
    numbers = collect([gen_numbers1, gen_numbers2, gen_numbers3, gen_numbers4, gen_numbers5])
    clean = collect([gen_clean1, gen_clean2, gen_clean3])
    n = 0
    for fname, items in (("d6-numbers.jsonl", numbers), ("d6-clean.jsonl", clean)):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for note, marked in items:
                n += 1
                text, labels = parse(marked)
                rec = {"id": f"d6-{n:04d}", "text": text, "labels": labels, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(fname, len(items))


if __name__ == "__main__":
    main()
