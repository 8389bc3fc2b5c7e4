#!/usr/bin/env python3
"""Build /work/devcorpus/dev-<theme>.jsonl from the marked-up sources in src/.

Markup: see README-markup.md. Stdlib only. Run from anywhere:
    python3 /work/devcorpus/src/build.py
Exits non-zero if any check fails.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# theme order fixes the id numbering
THEMES = ["health-da", "health-en", "negatives-da", "negatives-en", "cpr",
          "contact", "finance", "business"]
CODES = {"h": "health", "n": "name", "a": "address", "c": "cpr", "e": "email",
         "p": "phone", "v": "cvr", "i": "iban", "b": "bank_account",
         "k": "payment_card", "t": "business_term"}
HCLASSES = {"med", "brand", "inj", "adm", "aid", "leave", "dx"}
MARK = re.compile(r"\[\[([a-z])(?:/([a-z]+))?:(.*?)\]\]", re.S)


def parse(path):
    recs, cur = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@"):
            if cur:
                recs.append(cur)
            head = line[1:]
            lang, _, note = head.partition("|")
            cur = {"lang": lang.strip(), "note": note.strip(), "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
        elif line.strip():
            raise SystemExit(f"{path}: text before first @ header: {line!r}")
    if cur:
        recs.append(cur)
    for r in recs:
        raw = "\n".join(r.pop("lines")).strip("\n")
        r["raw"] = raw
    return recs


def strip_markup(raw):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        code, cls, txt = m.group(1), m.group(2), m.group(3)
        if code not in CODES:
            raise ValueError(f"unknown code {code!r}")
        if cls and (code != "h" or cls not in HCLASSES):
            raise ValueError(f"bad class {cls!r} for {code!r}")
        out.append(txt)
        spans.append((start, start + len(txt), CODES[code], txt, cls))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unbalanced markup")
    return text, spans


def occurrences(text, sub):
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


def main():
    errors, warnings = [], []
    n = 0
    stats = defaultdict(Counter)
    all_out = {}
    for theme in THEMES:
        path = os.path.join(HERE, theme + ".txt")
        rows = []
        for r in parse(path):
            n += 1
            rid = f"dev-{n:04d}"
            try:
                text, spans = strip_markup(r["raw"])
            except ValueError as ex:
                errors.append(f"{rid} ({theme}): {ex}")
                continue
            if r["lang"] not in ("da", "en"):
                errors.append(f"{rid}: bad lang {r['lang']!r}")
            labels, seen = [], {}
            for s, e, cat, txt, cls in spans:
                if txt != txt.strip() or not txt:
                    errors.append(f"{rid}: label with outer whitespace {txt!r}")
                if txt in seen and seen[txt] != cat:
                    errors.append(f"{rid}: {txt!r} labelled both {seen[txt]} and {cat}")
                if txt not in seen:
                    seen[txt] = cat
                    labels.append({"category": cat, "text": txt})
                stats["label_occ"][cat] += 1
                if cat == "health":
                    stats["health_class"][cls or "?"] += 1
                    stats["health_lang"][r["lang"]] += 1
                    if not cls:
                        warnings.append(f"{rid}: health label without class {txt!r}")
            # every occurrence of a label text must be inside a marked span
            for txt in seen:
                for i in occurrences(text, txt):
                    j = i + len(txt)
                    if any(s == i and e == j for s, e, *_ in spans):
                        continue
                    inside = [sp for sp in spans if sp[0] <= i and j <= sp[1]]
                    if inside:
                        warnings.append(f"{rid}: {txt!r} also occurs inside span {inside[0][3]!r}")
                    else:
                        errors.append(f"{rid}: {txt!r} occurs unlabelled at {i}: ...{text[max(0,i-30):j+30]!r}...")
                # case-insensitive extra occurrences
                low = text.lower()
                ci = list(occurrences(low, txt.lower()))
                cs = list(occurrences(text, txt))
                if len(ci) != len(cs):
                    warnings.append(f"{rid}: {txt!r} occurs with other casing")
            row = {"id": rid, "text": text, "labels": labels,
                   "note": f"[{r['lang']}] {r['note']}"}
            rows.append(row)
            stats["prompts_lang"][r["lang"]] += 1
            stats["prompts_kind"]["clean" if not labels else "labelled"] += 1
            if any(l["category"] == "health" for l in labels):
                stats["prompts_kind"]["with_health"] += 1
            stats["prompts_theme"][theme] += 1
        all_out[theme] = rows
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} errors; nothing written")
        return 1
    for theme, rows in all_out.items():
        with open(os.path.join(OUT, f"dev-{theme}.jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"prompts: {n}")
    for k, c in stats.items():
        print(f"{k}: {dict(sorted(c.items()))}  (total {sum(c.values())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
