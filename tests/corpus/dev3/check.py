#!/usr/bin/env python3
"""Self-check for the dv3 evaluation corpus (standard library and ../check_lib.py; no project code).

Usage: python3 tests/corpus/dev3/check.py
Checks JSON validity, id sequence, label placement and word boundaries,
file-level rules (clean = no labels, health = health + identifier label),
and number validity (CPR date/century/mod 11, CVR mod 11, Luhn, IBAN mod 97).
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import (KEYS, Report, cpr_birth, cpr_mod11, cpr_year, cvr_mod11, digits,  # noqa: E402
                       iban_mod97, is_whole, luhn, read_lines)

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("dv3-clean.jsonl", 1, 150), ("dv3-health.jsonl", 151, 250), ("dv3-numbers.jsonl", 251, 300)]
CATS = {"cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card", "name", "address", "health"}
IDENT = {"name", "cpr", "address", "email", "phone"}
report = Report()
err, errors, warnings = report.err, report.errors, report.warnings


def check_cpr(rid, s):
    d = digits(s)
    if len(d) != 10:
        return err(rid, f"cpr {s!r}: not 10 digits")
    year = cpr_year(d)
    try:
        cpr_birth(d)
    except ValueError:
        return err(rid, f"cpr {s!r}: invalid date {int(d[0:2])}.{int(d[2:4])}.{year}")
    if year > 2026:
        err(rid, f"cpr {s!r}: birth year {year} in the future")
    if year < 2007 and not cpr_mod11(d):
        err(rid, f"cpr {s!r}: born {year} but fails modulus 11")


def check_cvr(rid, s):
    d = digits(s)
    if len(d) != 8 or d[0] == "0":
        return err(rid, f"cvr {s!r}: not 8 digits")
    if not cvr_mod11(d):
        err(rid, f"cvr {s!r}: fails modulus 11")


def check_card(rid, s):
    d = digits(s)
    if not 13 <= len(d) <= 19:
        return err(rid, f"card {s!r}: bad length")
    if not luhn(d):
        err(rid, f"card {s!r}: fails Luhn")
    if d.startswith("5019") and len(d) != 16:
        err(rid, f"card {s!r}: Dankort must be 16 digits")


def check_iban(rid, s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return err(rid, f"iban {s!r}: bad format")
    if c.startswith("DK") and len(c) != 18:
        err(rid, f"iban {s!r}: DK IBAN must be 18 chars")
    if not iban_mod97(c):
        err(rid, f"iban {s!r}: fails mod 97")


def check_bank(rid, s):
    if not (s[0].isdigit() and s[-1].isdigit()):
        err(rid, f"bank_account {s!r}: must start and end with a digit")
    m = re.match(r"(\d{4})\D+(\d{6,10})$", s)
    if not m:
        err(rid, f"bank_account {s!r}: expected 4-digit reg.no. ... account no.")


def check_phone(rid, s):
    d = digits(s)
    if s.startswith("+") or s.startswith("00"):
        if len(d) < 9:
            err(rid, f"phone {s!r}: too short for international form")
    elif len(d) != 8:
        err(rid, f"phone {s!r}: Danish number should have 8 digits")


VALIDATORS = {"cpr": check_cpr, "cvr": check_cvr, "payment_card": check_card, "iban": check_iban,
              "bank_account": check_bank, "phone": check_phone}


def main():
    cat_counts = {f: collections.Counter() for f, _, _ in FILES}
    lang_counts = {f: collections.Counter() for f, _, _ in FILES}
    labelled = collections.Counter()
    seen = set()
    expected = 1
    for fname, lo, hi in FILES:
        lines = read_lines(os.path.join(HERE, fname), "splitlines")
        if len(lines) != hi - lo + 1:
            errors.append(f"{fname}: {len(lines)} lines, expected {hi - lo + 1}")
        for ln, line in enumerate(lines, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{fname}:{ln}: invalid JSON ({e})")
                continue
            rid = rec.get("id")
            if set(rec) != KEYS:
                err(rid, f"unexpected keys {sorted(rec)}")
            if rid in seen:
                err(rid, "duplicate id")
            seen.add(rid)
            if rid != "dv3-%04d" % expected:
                err(rid, f"expected id dv3-{expected:04d}")
            expected += 1
            note = rec.get("note", "")
            m = re.match(r"\[(da|en)\] \S", note)
            if not m:
                err(rid, "note must start with [da] or [en]")
            else:
                lang_counts[fname][m.group(1)] += 1
            text = rec["text"]
            labels = rec["labels"]
            pairs = set()
            for lab in labels:
                cat, lt = lab.get("category"), lab.get("text")
                if cat not in CATS:
                    err(rid, f"unknown category {cat!r}")
                if not lt or lt != lt.strip():
                    err(rid, f"empty or padded label {lt!r}")
                    continue
                if (cat, lt) in pairs:
                    err(rid, f"duplicate label {cat}:{lt!r}")
                pairs.add((cat, lt))
                starts = [mm.start() for mm in re.finditer(re.escape(lt), text)]
                if not starts:
                    err(rid, f"label {cat}:{lt!r} not in text")
                for st in starts:
                    if not is_whole(text, st, lt, genitive=(cat == "name")):
                        err(rid, f"label {cat}:{lt!r} occurs inside a longer word at {st}")
                if cat in VALIDATORS:
                    VALIDATORS[cat](rid, lt)
                cat_counts[fname][cat] += 1
            cats = {l["category"] for l in labels}
            if labels:
                labelled[fname] += 1
            if fname == "dv3-clean.jsonl" and labels:
                err(rid, "clean prompt has labels")
            if fname == "dv3-health.jsonl":
                if "health" not in cats:
                    err(rid, "health prompt without health label")
                if not cats & IDENT:
                    err(rid, "health prompt without identifier label")
            # informational: unlabelled 10-digit runs that would pass as CPR
            if not cats & {"cpr"}:
                for mm in re.finditer(r"(?<![\d.])(\d{6})[- ]?(\d{4})(?![\d])", text):
                    d = mm.group(1) + mm.group(2)
                    ok = cpr_mod11(d)
                    warnings.append(f"{rid}: unlabelled CPR-like number {mm.group(0)!r} (mod11 {'passes' if ok else 'fails'})")
    print("== per file ==")
    total_cat = collections.Counter()
    total_lang = collections.Counter()
    for fname, lo, hi in FILES:
        lc = lang_counts[fname]
        n = sum(lc.values())
        share = lc["en"] / n if n else 0
        print(f"{fname}: {n} prompts, {labelled[fname]} labelled, {n - labelled[fname]} clean; "
              f"da={lc['da']} en={lc['en']} ({share:.0%} English)")
        print("   labels:", dict(sorted(cat_counts[fname].items())))
        if share < 0.30:
            errors.append(f"{fname}: English share {share:.0%} < 30 %")
        total_cat.update(cat_counts[fname])
        total_lang.update(lc)
    print("== total ==")
    print("languages:", dict(total_lang))
    print("labels:", dict(sorted(total_cat.items())), "sum", sum(total_cat.values()))
    report.print_all("ERROR", "NOTE")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
