#!/usr/bin/env python3
"""Validate the dev corpus (dev-*.jsonl) and print counts. Stdlib only.

    python3 tests/corpus/dev/check.py [DIR]

Checks: JSON shape and keys, unique ids across files, categories, every label
text is a substring of the prompt, no (category, text) duplicates, no text
under two categories, numbers well-formed (CPR real date, CVR modulus 11,
IBAN modulus 97, payment card Luhn, phone 8 digits), business terms listed in
dev-terms.txt. Exit code 1 on any error.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import (KEYS, LABEL_KEYS, Report, contained_pairs, cpr_birth, cpr_mod11,  # noqa: E402
                       cpr_year, cvr_mod11, digits, iban_ok, luhn, set_dir)

CATS = {"cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card",
        "business_term", "name", "address", "health"}


def cpr_info(s):
    d = digits(s)
    if len(d) != 10:
        return None, "not 10 digits"
    try:
        cpr_birth(d)
    except ValueError:
        return None, "no such date"
    return (cpr_year(d), cpr_mod11(d)), ""


def phone_ok(s):
    d = digits(s)
    if d.startswith("0045"):
        d = d[4:]
    elif d.startswith("45") and len(d) == 10:
        d = d[2:]
    return len(d) == 8


def cpr_form(s):
    if re.fullmatch(r"\d{10}", s):
        return "10 digits, no separator"
    if re.fullmatch(r"\d{6}-\d{4}", s):
        return "DDMMYY-NNNN"
    if re.search(r"\d\d\.\d\d\.\d\d", s):
        return "dotted date"
    if re.fullmatch(r"\d\d \d\d \d\d.*", s):
        return "spaced date"
    return "other separator"


def main():
    root = set_dir(default_file=__file__)
    files = sorted(glob.glob(os.path.join(root, "dev-*.jsonl")))
    terms_path = os.path.join(root, "dev-terms.txt")
    terms = set()
    if os.path.exists(terms_path):
        terms = {l.strip() for l in open(terms_path, encoding="utf-8") if l.strip()}
    report = Report()
    errors, warnings = report.errors, report.warnings
    ids = set()
    per_file, lang, kind = Counter(), Counter(), Counter()
    cat_entries, cat_occ = Counter(), Counter()
    health_by_lang = Counter()
    cpr_forms, cpr_kinds = Counter(), Counter()
    for path in files:
        fname = os.path.basename(path)
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            where = f"{fname}:{ln}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{where}: bad JSON: {ex}")
                continue
            if set(row) != KEYS:
                errors.append(f"{where}: keys {sorted(row)} != {sorted(KEYS)}")
                continue
            rid, text, labels, note = row["id"], row["text"], row["labels"], row["note"]
            if not (isinstance(rid, str) and re.fullmatch(r"dev-\d{4}", rid)):
                errors.append(f"{where}: bad id {rid!r}")
            if rid in ids:
                errors.append(f"{where}: duplicate id {rid}")
            ids.add(rid)
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if not isinstance(labels, list):
                errors.append(f"{where}: labels not a list")
                continue
            per_file[fname] += 1
            lg = "en" if note.startswith("[en]") else "da" if note.startswith("[da]") else "?"
            lang[lg] += 1
            kind["clean" if not labels else "labelled"] += 1
            seen = {}
            for lab in labels:
                if not isinstance(lab, dict) or set(lab) != LABEL_KEYS:
                    errors.append(f"{rid}: bad label {lab!r}")
                    continue
                cat, lt = lab["category"], lab["text"]
                if cat not in CATS:
                    errors.append(f"{rid}: unknown category {cat!r}")
                if not lt or lt != lt.strip():
                    errors.append(f"{rid}: empty or padded label text {lt!r}")
                if lt not in text:
                    errors.append(f"{rid}: label text not in prompt: {lt!r}")
                    continue
                if lt in seen:
                    errors.append(f"{rid}: {lt!r} listed twice ({seen[lt]}, {cat})")
                seen[lt] = cat
                cat_entries[cat] += 1
                occ = text.count(lt)
                cat_occ[cat] += occ
                if cat == "health":
                    health_by_lang[lg] += 1
                if cat == "cpr":
                    info, why = cpr_info(lt)
                    if info is None:
                        errors.append(f"{rid}: CPR {lt!r}: {why}")
                    else:
                        year, m11 = info
                        cpr_forms[cpr_form(lt)] += 1
                        cpr_kinds[("born 2007+" if year >= 2007 else "born before 2007")
                                  + (", modulus 11 ok" if m11 else ", no modulus 11")] += 1
                elif cat == "cvr" and not (len(digits(lt)) == 8 and cvr_mod11(digits(lt))):
                    errors.append(f"{rid}: CVR fails modulus 11: {lt!r}")
                elif cat == "iban" and not iban_ok(lt.replace(" ", "").upper()):
                    errors.append(f"{rid}: IBAN fails modulus 97: {lt!r}")
                elif cat == "payment_card" and not (13 <= len(digits(lt)) <= 19 and luhn(digits(lt))):
                    errors.append(f"{rid}: card fails Luhn: {lt!r}")
                elif cat == "phone" and not phone_ok(lt):
                    errors.append(f"{rid}: phone not 8 digits: {lt!r}")
                elif cat == "bank_account" and len(digits(lt)) < 10:
                    errors.append(f"{rid}: bank account too short: {lt!r}")
                elif cat == "business_term" and terms and lt not in terms:
                    errors.append(f"{rid}: business term not in dev-terms.txt: {lt!r}")
            # a label text inside another label text of the same prompt
            for a, b in contained_pairs(list(seen)):
                report.warn(rid, f"label {a!r} is inside label {b!r}")
            if any(c == "health" for c in seen.values()):
                kind["with health"] += 1
                if not any(c in ("name", "cpr", "address", "email", "phone") for c in seen.values()):
                    errors.append(f"{rid}: health label without an identifying label")
    report.print_all("ERROR", "WARN ")
    total = sum(per_file.values())
    print(f"files: {len(files)}, prompts: {total}, unique ids: {len(ids)}")
    for f, c in sorted(per_file.items()):
        print(f"  {f}: {c}")
    print("language:", dict(lang), f"(English {100 * lang['en'] / max(total, 1):.1f} %)")
    print("prompts:", dict(kind),
          f"(clean {100 * kind['clean'] / max(total, 1):.1f} %, with health {100 * kind['with health'] / max(total, 1):.1f} %)")
    print("label entries by category:", dict(sorted(cat_entries.items())), "total", sum(cat_entries.values()))
    print("label occurrences in text:", dict(sorted(cat_occ.items())), "total", sum(cat_occ.values()))
    print("health label entries by prompt language:", dict(health_by_lang))
    print("cpr forms:", dict(cpr_forms))
    print("cpr kinds:", dict(cpr_kinds))
    print("business terms listed:", len(terms))
    print("RESULT:", "OK" if not errors else f"{len(errors)} errors")
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
