#!/usr/bin/env python3
"""Validator for the dev5 corpus (d5-clean.jsonl, d5-health.jsonl).

Checks: JSON per line, id sequence, note prefix, categories, clean file has no
labels, every health prompt has a health label plus an identifying label,
label texts occur verbatim and only as whole words, no duplicate label texts,
CPR date/century/modulus-11 rules, phone/e-mail/CVR/IBAN/card sanity, and a
heuristic scan for unlabelled CPR/e-mail/phone-like strings. Prints the counts
per category and the English share. Exit code 1 on errors.
"""
import json, re, sys, os
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import (EMAIL_RE, KEYS, Report, cpr_birth, cpr_mod11, cpr_year, cvr_mod11, digits,  # noqa: E402
                       iban_mod97, is_whole, is_word_char, luhn, occurrences, read_lines)

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card",
        "name", "address", "health"}
IDENT = {"name", "cpr", "address", "email", "phone"}
FUNCTIONAL = re.compile(r"^(post|borgerservice|jobcenter|itsupport|vejogpark|okonomi|hr|kommunikation|"
                        r"klimaogmiljo|sygepleje|sundhedskonsulent|hjaelpemidler|sundhedsplan|planlaegning|[a-z]+team)(\.[a-z]+)?@", re.I)
SWITCHBOARD = "89591000"
report = Report()
err, warn, errors, warnings = report.err, report.warn, report.errors, report.warnings

def cpr_ok(s):
    d = digits(s)
    if len(d) != 10:
        return "not 10 digits"
    year = cpr_year(d)
    try:
        cpr_birth(d)
    except ValueError:
        return "invalid date"
    if year < 2007:
        if not cpr_mod11(d):
            return f"modulus 11 fails (born {year})"
    return None

def cvr_ok(s):
    d = digits(s)
    return len(d) == 8 and cvr_mod11(d)

def check_file(fn, first_id, n, clean):
    lang = Counter(); cats = Counter(); rows = []
    lines = read_lines(os.path.join(HERE, fn), "splitlines")
    if len(lines) != n:
        err(fn, f"expected {n} lines, got {len(lines)}")
    for k, line in enumerate(lines):
        try:
            o = json.loads(line)
        except Exception as e:
            err(fn, f"line {k+1} bad JSON {e}"); continue
        rows.append(o)
        i = o.get("id")
        if i != f"d5-{first_id + k:04d}":
            err(i, f"id out of sequence (expected d5-{first_id + k:04d})")
        if set(o) != KEYS:
            err(i, f"keys {sorted(o)}")
        t, labels, note = o["text"], o["labels"], o["note"]
        m = re.match(r"^\[(da|en)\] \S", note)
        if not m:
            err(i, "note must start with [da] or [en]")
        else:
            lang[m.group(1)] += 1
        if clean and labels:
            err(i, "clean prompt has labels")
        seen = set()
        for lab in labels:
            cat, lt = lab.get("category"), lab.get("text")
            cats[cat] += 1
            if cat not in CATS:
                err(i, f"bad category {cat}")
            if not lt or lt != lt.strip():
                err(i, f"empty/unstripped label {lt!r}")
            if lt in seen:
                err(i, f"duplicate label text {lt!r}")
            seen.add(lt)
            occ = occurrences(t, lt)
            if not occ:
                err(i, f"label not in text: {lt!r}")
            for p in occ:
                if not is_whole(t, p, lt, edge=is_word_char):
                    err(i, f"label {lt!r} occurs inside a longer word at {p}: ...{t[max(0,p-15):p+len(lt)+15]!r}")
            if cat == "cpr":
                r = cpr_ok(lt)
                if r: err(i, f"CPR {lt}: {r}")
            if cat == "phone":
                d = digits(lt)
                if lt.startswith("+") and not lt.startswith("+45"):
                    if not 9 <= len(d) <= 15: err(i, f"foreign phone {lt} implausible")
                else:
                    if d.startswith("45") and len(d) == 10: d = d[2:]
                    if len(d) != 8: err(i, f"phone {lt} not 8 digits")
                if d == SWITCHBOARD: err(i, "switchboard labelled")
            if cat == "email":
                if not EMAIL_RE.fullmatch(lt): err(i, f"bad email {lt}")
                if FUNCTIONAL.match(lt): err(i, f"functional mailbox labelled {lt}")
            if cat == "cvr" and not cvr_ok(lt): err(i, f"CVR {lt} fails mod 11")
            if cat == "iban" and not iban_mod97(lt.replace(" ", "")): err(i, f"IBAN {lt} fails")
            if cat == "payment_card" and not luhn(digits(lt)): err(i, f"card {lt} fails Luhn")
            if cat == "address" and not re.search(r"\d", lt): err(i, f"address without number {lt}")
        for lab in labels:
            lt = lab["text"]
            if lt and len(re.findall(re.escape(lt), t, re.I)) > t.count(lt):
                warn(i, f"label {lt!r} also occurs with different casing")
        # overlapping label texts (one contained in another)
        lts = [l["text"] for l in labels]
        for a in lts:
            for b in lts:
                if a != b and a in b:
                    warn(i, f"label {a!r} contained in label {b!r}")
        if not clean:
            if not any(l["category"] == "health" for l in labels):
                err(i, "health prompt without health label")
            if not any(l["category"] in IDENT for l in labels):
                err(i, "health prompt without identifying label")
        # heuristic scan for unlabelled personal data
        covered = " ".join(lts)
        for mm_ in EMAIL_RE.finditer(t):
            e = mm_.group(0)
            if not FUNCTIONAL.match(e) and e not in covered:
                err(i, f"unlabelled e-mail {e}")
        for mm_ in re.finditer(r"(?<![\d])\d{6}-?\d{4}(?![\d])", t):
            if mm_.group(0) not in covered:
                warn(i, f"unlabelled CPR-like {mm_.group(0)}")
        for mm_ in re.finditer(r"(?<![\d.,])(?:\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?![\d.,])", t):
            d = digits(mm_.group(0))[-8:]
            if d != SWITCHBOARD and mm_.group(0) not in covered and mm_.group(0).strip() not in covered:
                warn(i, f"unlabelled phone-like {mm_.group(0)!r}")
    return rows, lang, cats

rc, lc, cc = check_file("d5-clean.jsonl", 1, 120, True)
rh, lh, ch = check_file("d5-health.jsonl", 121, 100, False)
for name, l in (("clean", lc), ("health", lh)):
    tot = sum(l.values())
    share = l["en"] / tot if tot else 0
    print(f"{name}: {tot} prompts, da={l['da']} en={l['en']} ({share:.0%} English)")
    if share < 0.30:
        errors.append(f"{name}: English share below 30 %")
print("health-file label counts:", dict(sorted(ch.items())))
print("prompts per category (health file):",
      dict(sorted(Counter(c for o in rh for c in {l['category'] for l in o['labels']}).items())))
lens = [len(o["text"]) for o in rc + rh]
print(f"text length: min {min(lens)}, median {sorted(lens)[len(lens)//2]}, max {max(lens)}")
report.print_all("ERROR", "WARN")
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(report.exit_code())
