#!/usr/bin/env python3
"""Validator for the dev4 corpus (d4-clean.jsonl, d4-health.jsonl).

Checks: valid JSON with exactly the keys id/text/labels/note; ids unique and
consecutive d4-0001..; note starts with [da] or [en]; categories valid; every
label text occurs verbatim as a whole token (genitive -s allowed after names);
no duplicate label texts in a prompt; clean prompts have no labels; every
health prompt has a health label and an identifying label; checksums for
cpr / cvr / payment_card / iban / bank_account; >= 30 % English per file.
Also scans all prompts for unlabelled valid-CPR-, e-mail- and phone-like
strings (errors; the municipality's own number and public hotlines excepted).
Run: python3 check.py   (exit code 1 on errors)
"""
import json, re, sys, os
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import (IBAN_LENGTHS, KEYS, Report, covered, cpr_birth, cpr_mod11, cpr_year,  # noqa: E402
                       cvr_mod11, digits, iban_mod97, luhn, read_lines, whole_word_spans)

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("d4-clean.jsonl", "clean"), ("d4-health.jsonl", "health")]
CATS = {"cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card", "name", "address", "health"}
IDENT = {"name", "cpr", "address", "email", "phone"}
# the municipality's own contact data and public hotlines: allowed unlabelled
ALLOWED_NUMBERS = {"89591000", "70113131", "112", "1813"}
FUNCTIONAL_MAILBOXES = re.compile(r"^(post|borgerservice|jobcenter|hr|it|ydelse|support|info)@", re.I)

problems = Report()
err, warn, errors, warnings = problems.err, problems.warn, problems.errors, problems.warnings

def cpr_check(s):
    d = digits(s)
    if len(d) != 10: return "cpr must have 10 digits"
    year = cpr_year(d)
    try: cpr_birth(d)
    except ValueError: return f"cpr invalid date {d[:6]} (year {year})"
    if year > 2026: return "cpr in the future"
    if year < 2007 and not cpr_mod11(d):
        return "cpr fails modulus 11"
    return None

def cvr_check(s):
    d = digits(s)
    if len(d) != 8 or d[0] == "0": return "cvr must be 8 digits"
    if not cvr_mod11(d): return "cvr fails modulus 11"

def luhn_check(s):
    d = digits(s)
    if not 13 <= len(d) <= 19: return "card length"
    if not luhn(d): return "card fails Luhn"

def iban_check(s):
    x = re.sub(r"\s", "", s).upper()
    cc = x[:2]
    if cc in IBAN_LENGTHS and len(x) != IBAN_LENGTHS[cc]: return f"iban length {len(x)} != {IBAN_LENGTHS[cc]}"
    if not iban_mod97(x): return "iban fails mod 97"

def bank_check(s):
    m = re.fullmatch(r"(\d{4})[ -]?(\d{6,10})", s.strip())
    if not m: return "bank_account should be reg (4) + account (6-10 digits)"

CHECK = {"cpr": cpr_check, "cvr": cvr_check, "payment_card": luhn_check, "iban": iban_check, "bank_account": bank_check}

expected = 1
stats = {}
for fname, kind in FILES:
    path = os.path.join(HERE, fname)
    langs, cats = Counter(), Counter()
    rows = 0
    for ln, line in enumerate(read_lines(path), 1):
        try: o = json.loads(line)
        except Exception as e:
            err(f"{fname}:{ln}", f"invalid JSON {e}"); continue
        rows += 1
        i = o.get("id", f"{fname}:{ln}")
        if set(o) != KEYS: err(i, f"keys {sorted(o)}")
        if i != f"d4-{expected:04d}": err(i, f"expected id d4-{expected:04d}")
        expected += 1
        note = o.get("note", "")
        m = re.match(r"\[(da|en)\] \S", note)
        if not m: err(i, "note must start with [da] or [en]")
        else: langs[m.group(1)] += 1
        text, labels = o["text"], o["labels"]
        if not 1 <= len(text) <= 1500: err(i, f"text length {len(text)}")
        seen = set()
        spans = []
        for lab in labels:
            c, t = lab.get("category"), lab.get("text", "")
            cats[c] += 1
            if c not in CATS: err(i, f"bad category {c}")
            if (c, t) in seen or t in {x[1] for x in seen}: err(i, f"duplicate label text {t!r}")
            seen.add((c, t))
            pos = whole_word_spans(text, t, word=str.isalnum, genitive=(c == "name"))
            if not pos: err(i, f"label {c}:{t!r} not found as whole token")
            spans += pos
            if t != t.strip(): err(i, f"label has surrounding whitespace {t!r}")
            if c in CHECK:
                r = CHECK[c](t)
                if r: err(i, f"{c} {t!r}: {r}")
        if kind == "clean" and labels: err(i, "clean prompt has labels")
        if kind == "health":
            lc = {l["category"] for l in labels}
            if "health" not in lc: err(i, "no health label")
            if not lc & IDENT: err(i, "no identifying label")
        # scan for unlabelled personal-data-looking strings
        report = err  # a clean prompt must not contain unlabelled personal data either
        for mm in re.finditer(r"(?<![\w-])\d{6}-?\d{4}(?![\w-])", text):
            if not covered(spans, mm.start(), mm.end()) and cpr_check(mm.group()) is None:
                report(i, f"unlabelled valid CPR-like {mm.group()!r}")
        for mm in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
            if not covered(spans, mm.start(), mm.end()) and not FUNCTIONAL_MAILBOXES.match(mm.group()):
                report(i, f"unlabelled e-mail {mm.group()!r}")
        for mm in re.finditer(r"(?<![\w.,/-])(?:\+45 ?|0045 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?!\w|[.,/-]\d)", text):
            if digits(mm.group())[-8:] in ALLOWED_NUMBERS: continue
            if not covered(spans, mm.start(), mm.end()):
                report(i, f"unlabelled phone-like {mm.group()!r}")
    en = langs["en"] / max(rows, 1)
    if en < 0.30: err(fname, f"English share {en:.1%} < 30 %")
    stats[fname] = (rows, dict(langs), dict(cats), en)

for f, (rows, langs, cats, en) in stats.items():
    print(f"{f}: {rows} prompts, languages {langs} (English {en:.1%})")
    if cats: print("   labels:", ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
problems.print_all("ERROR", "WARN")
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(problems.exit_code())
