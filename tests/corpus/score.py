#!/usr/bin/env python3
"""Scores labelled prompts through `privacy-guard scan --jsonl`, from outside.

The same rules as tests/corpus/corpus_test.cc, but through the command line
the way an independent evaluator would run it:
  - a finding counts when the employee would see it (action warn or block);
  - a finding is correct when it overlaps a label of its category;
  - a label is found when a finding of its category overlaps it;
  - every occurrence of a label's text in the prompt is one expected span;
  - a clean prompt (no labels) is flagged when the decision is not "allow".

  score.py --bin build/bin/privacy-guard [--data DIR] [--terms FILE]...
           [--policy FILE] [--markdown] [--verbose] FILE.jsonl...

Prints one row per category (labels, recall, findings, precision) and the
share of clean prompts flagged. Exit status 0; it reports, it does not judge.
"""
import argparse
import json
import subprocess
import sys

CATEGORIES = ["cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card",
              "business_term", "name", "address", "health"]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def expected_spans(prompt):
    spans, seen = [], set()
    text = prompt["text"]
    for lab in prompt["labels"]:
        pos = text.find(lab["text"])
        while pos >= 0 and lab["text"]:
            if (lab["category"], pos) not in seen:
                seen.add((lab["category"], pos))
                s = utf16_len(text[:pos])
                spans.append((lab["category"], s, s + utf16_len(lab["text"]), lab["text"]))
            pos = text.find(lab["text"], pos + len(lab["text"]))
    return spans


def run(binary, args, prompts):
    cmd = [binary, "scan", "--jsonl"] + args
    inp = "".join(json.dumps({"id": i, "text": p["text"]}, ensure_ascii=False) + "\n"
                  for i, p in enumerate(prompts))
    out = subprocess.run(cmd, input=inp.encode(), stdout=subprocess.PIPE, check=True).stdout
    results = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
    if len(results) != len(prompts):
        sys.exit(f"score.py: {len(results)} results for {len(prompts)} prompts")
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--data")
    ap.add_argument("--policy")
    ap.add_argument("--terms", action="append", default=[])
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--title", default="")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    prompts = []
    for f in a.files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    prompts.append(json.loads(line))
    args = []
    if a.data:
        args += ["--data", a.data]
    if a.policy:
        args += ["--policy", a.policy]
    for t in a.terms:
        args += ["--terms", t]
    results = run(a.bin, args, prompts)
    per = {c: [0, 0, 0, 0] for c in CATEGORIES}  # found labels, labels, correct findings, findings
    clean = flagged = 0
    for p, r in zip(prompts, results):
        if "error" in r:
            sys.exit(f"score.py: {p['id']}: {r['error']}")
        exp = expected_spans(p)
        vis = [f for f in r["findings"] if f["action"] in ("warn", "block")]
        if not p["labels"]:
            clean += 1
            flagged += r["decision"] != "allow"
        for cat, s, e, txt in exp:
            hit = any(f["category"] == cat and f["start"] < e and s < f["end"] for f in vis)
            per[cat][0] += hit
            per[cat][1] += 1
            if not hit and a.verbose:
                print(f"MISS  {p['id']} {cat} {txt!r}")
        units = p["text"].encode("utf-16-le")
        for f in vis:
            ok = any(f["category"] == cat and f["start"] < e and s < f["end"] for cat, s, e, _ in exp)
            per[f["category"]][2] += ok
            per[f["category"]][3] += 1
            if not ok and a.verbose:
                frag = units[2 * f["start"]:2 * f["end"]].decode("utf-16-le", "replace")
                print(f"FALSE {p['id']} {f['category']} {f['confidence']} {frag!r}")

    def pct(x, y):
        return 100.0 * x / y if y else 100.0

    if a.title:
        print(f"#### {a.title}\n")
    print("| category | labels | recall | findings | precision |")
    print("|---|---:|---:|---:|---:|")
    for c in CATEGORIES:
        fl, lab, tp, fnd = per[c]
        if lab == 0 and fnd == 0:
            continue
        print(f"| {c} | {lab} | {pct(fl, lab):.1f} % | {fnd} | {pct(tp, fnd):.1f} % |")
    print(f"\n{len(prompts)} prompts, {clean} clean; clean prompts flagged: {flagged} "
          f"({pct(flagged, clean):.1f} %)\n")


if __name__ == "__main__":
    main()
