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
import json, re, sys, datetime, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("d4-clean.jsonl", "clean"), ("d4-health.jsonl", "health")]
CATS = {"cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card", "name", "address", "health"}
IDENT = {"name", "cpr", "address", "email", "phone"}
IBAN_LEN = {"DK": 18, "DE": 22, "PL": 28, "SE": 24, "NO": 15, "GB": 22, "NL": 18, "FI": 18, "FR": 27, "LT": 20, "RO": 24, "UA": 29}
# the municipality's own contact data and public hotlines: allowed unlabelled
ALLOWED_NUMBERS = {"89591000", "70113131", "112", "1813"}
FUNCTIONAL_MAILBOXES = re.compile(r"^(post|borgerservice|jobcenter|hr|it|ydelse|support|info)@", re.I)

errors, warnings = [], []
def err(i, m): errors.append(f"{i}: {m}")
def warn(i, m): warnings.append(f"{i}: {m}")

def digits(s): return re.sub(r"\D", "", s)

def cpr_check(s):
    d = digits(s)
    if len(d) != 10: return "cpr must have 10 digits"
    dd, mm, yy, d7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if d7 <= 3: year = 1900 + yy
    elif d7 in (4, 9): year = 2000 + yy if yy <= 36 else 1900 + yy
    else: year = 2000 + yy if yy <= 57 else 1800 + yy
    try: datetime.date(year, mm, dd)
    except ValueError: return f"cpr invalid date {d[:6]} (year {year})"
    if year > 2026: return "cpr in the future"
    if year < 2007 and sum(int(a) * b for a, b in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11:
        return "cpr fails modulus 11"
    return None

def cvr_check(s):
    d = digits(s)
    if len(d) != 8 or d[0] == "0": return "cvr must be 8 digits"
    if sum(int(a) * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2, 1])) % 11: return "cvr fails modulus 11"

def luhn_check(s):
    d = digits(s)
    if not 13 <= len(d) <= 19: return "card length"
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    if t % 10: return "card fails Luhn"

def iban_check(s):
    x = re.sub(r"\s", "", s).upper()
    cc = x[:2]
    if cc in IBAN_LEN and len(x) != IBAN_LEN[cc]: return f"iban length {len(x)} != {IBAN_LEN[cc]}"
    num = "".join(str(int(c, 36)) for c in x[4:] + x[:4])
    if int(num) % 97 != 1: return "iban fails mod 97"

def bank_check(s):
    m = re.fullmatch(r"(\d{4})[ -]?(\d{6,10})", s.strip())
    if not m: return "bank_account should be reg (4) + account (6-10 digits)"

CHECK = {"cpr": cpr_check, "cvr": cvr_check, "payment_card": luhn_check, "iban": iban_check, "bank_account": bank_check}

def whole_token_positions(text, span, allow_genitive=False):
    pos, out = 0, []
    while True:
        i = text.find(span, pos)
        if i < 0: return out
        j = i + len(span)
        before_ok = i == 0 or not text[i - 1].isalnum()
        after = text[j:j + 2]
        after_ok = j == len(text) or not text[j].isalnum()
        if not after_ok and allow_genitive and text[j] == "s" and (j + 1 == len(text) or not text[j + 1].isalnum()):
            after_ok = True
        if before_ok and after_ok: out.append((i, j))
        pos = i + 1

def covered(spans, i, j):
    return any(a <= i and j <= b for a, b in spans)

expected = 1
stats = {}
for fname, kind in FILES:
    path = os.path.join(HERE, fname)
    langs, cats = Counter(), Counter()
    rows = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try: o = json.loads(line)
        except Exception as e:
            err(f"{fname}:{ln}", f"invalid JSON {e}"); continue
        rows += 1
        i = o.get("id", f"{fname}:{ln}")
        if set(o) != {"id", "text", "labels", "note"}: err(i, f"keys {sorted(o)}")
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
            pos = whole_token_positions(text, t, allow_genitive=(c == "name"))
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
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
