#!/usr/bin/env python3
"""Lists Danish words that end in a health term without being a compound of it.

"bankassistent" ends in "stent", "hvalfangst" in "angst", "kreditstramning"
in "amning": the health detector reads a word whose last part is a listed
term as a compound of that term ("fødsels|depression"). With the dictionary
as the guard, the real last part of such a word is the shortest dictionary
word that ends in the term and is longer than it ("assistent", "fangst",
"stramning"), when what stands before the term in that word is no word of
its own ("assi", "f", "str"). Those last parts are candidates for
`false_heads` (native-host/src/detectors/health_rules.cc); a reviewer keeps
the ones that are no health words (not "neurosen", "antidepressiv") and adds
their inflections.

  false_heads.py [--dict /usr/share/dict/danish] [--terms DIR_OR_FILE]...

Prints one candidate per line with how many dictionary words it explains
and an example. Reads only local files; writes nothing.
"""
import argparse
import collections
import glob
import os


def read_terms(paths):
    terms = set()
    for p in paths:
        files = glob.glob(os.path.join(p, "health-*.txt")) if os.path.isdir(p) else [p]
        for f in files:
            if "ignore" in os.path.basename(f):
                continue
            for line in open(f, encoding="utf-8"):
                w = line.strip().lower()
                if w and not w.startswith("#") and " " not in w:
                    terms.add(w)
    return terms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict", default="/usr/share/dict/danish")
    ap.add_argument("--terms", action="append", default=[])
    ap.add_argument("--min-term", type=int, default=5, help="min_head_bytes of the rules")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    terms = read_terms(a.terms or [os.path.join(here, "..", "data")])
    words = set(w.strip().lower() for w in open(a.dict, encoding="utf-8") if w.strip())

    def is_word(m):
        return any(x and (x in words or x in terms)
                   for x in (m, m[:-1] if len(m) > 2 and m[-1] in "se" else None))

    heads = collections.defaultdict(list)
    for w in words:
        if w in terms or len(w) < 6:
            continue
        for p in range(1, len(w) - 4):
            t = w[p:]
            if t not in terms or len(t.encode()) < a.min_term:
                continue
            if is_word(w[:p]):
                break  # a real compound: "døds|angst"
            head = next((w[q:] for q in range(p - 1, -1, -1) if w[q:] in words and w[q:] not in terms), w)
            heads[head].append(w)
            break
    for h, ws in sorted(heads.items(), key=lambda x: (-len(x[1]), x[0])):
        print(f"{h}\t{len(ws)}\t{sorted(ws)[0]}")


if __name__ == "__main__":
    main()
