#!/usr/bin/env python3
"""Validator for the dev6 test set (d6-numbers.jsonl, d6-clean.jsonl).

Standard library only.  Usage:  python3 check.py [-v]
Exit code 0 = no errors (and, unless --allow-warnings, no warnings).

Checks
  * JSON shape (id, text, labels, note), id sequence d6-0001.. numbers file first
  * note tags ([da]/[en]/[da/en]; clean notes additionally [hard-neg])
  * categories, clean file has no labels, text length 50..1200
  * every label text occurs verbatim, every occurrence is a whole word/number
  * no duplicate label texts, no label text contained in another of the same prompt
  * per-category validity: CVR mod 11, IBAN mod 97 + length, card Luhn (no masks),
    CPR date/century/mod 11 (required for births before 2007), bank reg+account
    shape, phone shape, e-mail shape, functional mailboxes never labelled,
    Norddjurs Kommune's CVR 29189838 never labelled, Torvet 3 never labelled
  * heuristic scan for unlabelled identifier-looking numbers (numbers file: warning
    unless on the ALLOW list of deliberate traps; clean file: reported as traps,
    hard errors for unlabelled valid IBANs, personal e-mails and keyworded CVRs)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import (KEYS, LABEL_KEYS, TODAY, Report, contained_pairs, cpr_birth, cpr_mod11, cpr_year,  # noqa: E402
                       cvr_ok, digits, iban_length_ok, is_whole, is_word_char, luhn, occurrences,
                       read_lines)
from check_lib import iban_ok as iban_shape_mod97_ok  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["d6-numbers.jsonl", "d6-clean.jsonl"]
CATS = {"cpr", "name", "address", "email", "phone", "cvr", "iban", "bank_account",
        "payment_card", "health", "business_term"}
OWN_CVR = "29189838"
SWITCHBOARD = "89591000"
FUNCTIONAL = {"post", "faktura", "info", "okonomi", "kreditor", "noreply", "no-reply", "support",
              "kontakt", "kontor", "bogholderi", "regnskab", "salg", "ordre", "debitor", "mail",
              "admin", "service", "hr", "lon", "it", "borgerservice", "jobcenter", "sikkerpost"}

# Deliberate unlabelled traps in the numbers file (digits of the window -> reason).
ALLOW = {
    "81209648368784": "French SIRET number (14 digits, Luhn-valid by design) on a French invoice",
    "34218769": "Dutch KvK (chamber of commerce) number, 8 digits, not a Danish CVR (mod 11 invalid)",
    "20260771": "invoice number 2026-0771",
    "50501055": "Swedish Bankgiro number 5050-1055 (not a Danish phone)",
}

report = Report()
err, warn, errors, warnings, info = report.err, report.warn, report.errors, report.warnings, []


# ------------------------------------------------------------------ validators
def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "").upper()
    return iban_shape_mod97_ok(s, min_bban=10) and iban_length_ok(s)


def cpr_check(d):
    """Return (ok, reason, birthdate)."""
    if len(d) != 10:
        return False, "not 10 digits", None
    year = cpr_year(d)
    try:
        bd = cpr_birth(d)
    except ValueError:
        return False, "invalid date", None
    if bd > TODAY:
        return False, "birth date in the future", bd
    m11 = cpr_mod11(d)
    if year < 2007 and not m11:
        return False, f"born {year} but fails modulus 11", bd
    return True, ("mod11" if m11 else "no-mod11"), bd


def check_label(rid, cat, t):
    d = digits(t)
    if cat == "cvr":
        if not re.fullmatch(r"(DK[- ]?)?\d[\d .\-]*\d", t):
            err(rid, f"cvr label has odd form {t!r}")
        if d == OWN_CVR:
            err(rid, "Norddjurs Kommune's own CVR is labelled")
        elif not cvr_ok(d):
            err(rid, f"cvr {t!r} fails modulus 11")
    elif cat == "payment_card":
        if re.search(r"[*Xx•]", t):
            err(rid, f"masked card labelled {t!r}")
        if not re.fullmatch(r"\d[\d \-.\n]*\d", t):
            err(rid, f"card label has odd characters {t!r}")
        if not 13 <= len(d) <= 19 or not luhn(d):
            err(rid, f"card {t!r} not Luhn-valid 13-19 digits")
    elif cat == "iban":
        if not iban_ok(t):
            err(rid, f"iban {t!r} invalid (mod 97 / length)")
    elif cat == "cpr":
        if not re.fullmatch(r"\d{2}[. ]?\d{2}[. ]?\d{2}[- ]?\d{4}", t):
            err(rid, f"cpr label has odd form {t!r}")
        ok, why, _ = cpr_check(d)
        if not ok:
            err(rid, f"cpr {t!r}: {why}")
    elif cat == "bank_account":
        groups = re.findall(r"\d+", t)
        if "sort code" in t.lower():
            if len(digits(groups[0] + (groups[1] if len(groups) > 1 else "")
                          + (groups[2] if len(groups) > 2 else ""))) != 6 or len(groups[-1]) != 8:
                err(rid, f"UK sort code/account odd {t!r}")
        else:
            if len(groups) < 2 or len(groups[0]) != 4 or not 1 <= len("".join(groups[1:])) <= 10:
                err(rid, f"bank_account {t!r} is not reg(4)+account(<=10)")
            if re.fullmatch(r"\d\.\d{2}\.\d{2}.*", t.split()[-1]):
                err(rid, f"chart-of-accounts code labelled {t!r}")
    elif cat == "phone":
        if d == SWITCHBOARD or d.endswith(SWITCHBOARD) and len(d) in (10, 12):
            err(rid, "switchboard labelled as phone")
        if t.startswith("+") or t.startswith("00") or t.startswith("(+"):
            if t.replace(" ", "").startswith(("+45", "0045", "(+45)")):
                if len(d) not in (10, 12):
                    err(rid, f"Danish phone {t!r} wrong length")
            elif not 8 <= len(d) <= 15:
                err(rid, f"foreign phone {t!r} wrong length")
        elif len(d) != 8:
            err(rid, f"phone {t!r} is not 8 digits and has no country prefix")
    elif cat == "email":
        m = re.fullmatch(r"([A-Za-z0-9._%+\-]+)@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})", t)
        if not m:
            err(rid, f"email {t!r} malformed")
        elif m.group(1).lower() in FUNCTIONAL:
            err(rid, f"functional mailbox labelled {t!r}")
    elif cat == "name":
        if len(t.split()) < 2:
            err(rid, f"name {t!r} is a single token")
    elif cat == "address":
        if not re.search(r"\d", t) or not re.search(r"[A-Za-zÆØÅæøå]", t):
            err(rid, f"address {t!r} lacks street/number")
        if "Torvet 3" in t:
            err(rid, "the municipality's own address is labelled")


# ------------------------------------------------------------------ heuristics
RUN = re.compile(r"\d+(?:(?:[ .\-/]| {2,3}|\n)\d+)*")
IBAN_RE = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ \n]?[A-Za-z0-9]{4}){2,7}(?:[ \n]?[A-Za-z0-9]{1,4})?\b")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
BANK_RES = [
    re.compile(r"(?i)\b(reg\.?\s*(nr\.?|no\.?)?|registration no\.?|konto(nr\.?|nummer)?|kto\.?|"
               r"account( no\.?| number)?)[:\s/]*\d{4}\b[^\d\n]{0,25}\d{6,10}\b"),
    re.compile(r"(?<![\d.,])\b\d{4}[- ]\d{7,10}\b(?![.,]\d)"),
    re.compile(r"(?i)sort code\s*\d{2}-\d{2}-\d{2}"),
]
PHONE_SHAPES = [
    re.compile(r"^\d{2} \d{2} \d{2} \d{2}$"),
    re.compile(r"^\d{4}[ \-]\d{4}$"),
    re.compile(r"^\d{8}$"),
]
FOREIGN_PHONE = re.compile(r"(?:\+|\b00)(?:[1-9]\d{0,2})[ ]?\(?\d{1,4}\)?(?:[ \-]?\d{2,4}){2,4}\b")
DATE = re.compile(r"\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}")


def scan(text):
    """Return list of (kind, string) identifier-looking things in text."""
    found = []
    for m in RUN.finditer(text):
        run = m.group(0)
        parts = re.split(r"( {2,3}|[ .\-/\n])", run)
        groups = parts[0::2]
        seps = parts[1::2]
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                win = groups[i] + "".join(seps[k] + groups[k + 1] for k in range(i, j))
                if DATE.fullmatch(win) or re.fullmatch(r"\d\.\d{2}\.\d{2}(\.\d+)?", win):
                    continue  # a date or a chart-of-accounts code
                wseps = set(seps[i:j])
                uniform = len(wseps) <= 1 and "\n" not in wseps
                if 13 <= len(acc) <= 19 and acc[0] != "0" and luhn(acc):
                    found.append(("card-like", win))
                if len(acc) == 10 and cpr_check(acc)[0] and not re.search(r"\.\d{4}$", win):
                    found.append(("cpr-like", win))
                if len(acc) == 8 and acc != OWN_CVR and cvr_ok(acc) and uniform:
                    found.append(("cvr-like", win))
                if (len(acc) == 8 and acc not in (SWITCHBOARD, OWN_CVR) and acc[0] in "23456789"
                        and any(p.match(win) for p in PHONE_SHAPES)):
                    found.append(("phone-like", win))
    for m in FOREIGN_PHONE.finditer(text):
        if not digits(m.group(0)).endswith(SWITCHBOARD):
            found.append(("phone-like", m.group(0)))
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group(0)):
            found.append(("iban-like", m.group(0)))
    for rx in BANK_RES:
        for m in rx.finditer(text):
            found.append(("bank-like", m.group(0)))
    for m in EMAIL_RE.finditer(text):
        local = m.group(0).split("@")[0].lower()
        if local not in FUNCTIONAL:
            found.append(("email-like", m.group(0)))
    return found


def mask(text, labels):
    for l in sorted(labels, key=lambda l: -len(l["text"])):
        text = text.replace(l["text"], "§" * len(l["text"]))
    return text


# ------------------------------------------------------------------ main
def main():
    verbose = "-v" in sys.argv
    allow_warn = "--allow-warnings" in sys.argv
    expected = 0
    stats = {}
    lengths = {}
    traps = {}
    for fname in FILES:
        path = os.path.join(HERE, fname)
        clean = "clean" in fname
        stats[fname] = {"prompts": 0, "lang": {}, "cats": {}}
        lengths[fname] = []
        for ln, line in enumerate(read_lines(path, "split"), 1):
            where = f"{fname}:{ln}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"bad JSON: {e}")
                continue
            if not isinstance(rec, dict) or set(rec) != KEYS:
                err(where, f"wrong keys {sorted(rec) if isinstance(rec, dict) else type(rec)}")
                continue
            rid = rec["id"]
            expected += 1
            if rid != f"d6-{expected:04d}":
                err(where, f"id {rid} out of sequence (expected d6-{expected:04d})")
            text, labels, note = rec["text"], rec["labels"], rec["note"]
            if not isinstance(text, str) or not isinstance(note, str) or not isinstance(labels, list):
                err(rid, "wrong field types")
                continue
            stats[fname]["prompts"] += 1
            lengths[fname].append(len(text))
            if not 50 <= len(text) <= 1200:
                err(rid, f"text length {len(text)} outside 50..1200")
            m = re.match(r"^\[(da|en|da/en)\] ", note)
            if not m:
                err(rid, f"note lacks language tag: {note!r}")
            else:
                lang = m.group(1)
                stats[fname]["lang"][lang] = stats[fname]["lang"].get(lang, 0) + 1
                rest = note[m.end():]
                if clean and not rest.startswith("[hard-neg] "):
                    err(rid, "clean note lacks [hard-neg] after language tag")
                if not clean and "[hard-neg]" in rest:
                    err(rid, "numbers note carries [hard-neg]")
            if clean and labels:
                err(rid, "clean prompt has labels")
            texts = []
            for lab in labels:
                if not isinstance(lab, dict) or set(lab) != LABEL_KEYS:
                    err(rid, f"bad label object {lab!r}")
                    continue
                cat, t = lab["category"], lab["text"]
                if cat not in CATS:
                    err(rid, f"unknown category {cat!r}")
                if not isinstance(t, str) or not t or t != t.strip():
                    err(rid, f"empty or untrimmed label text {t!r}")
                    continue
                occ = occurrences(text, t)
                if not occ:
                    err(rid, f"label text not in prompt: {t!r}")
                for i in occ:
                    if not is_whole(text, i, t, edge=is_word_char):
                        err(rid, f"occurrence of {t!r} at {i} is not a whole word")
                if t in texts:
                    err(rid, f"duplicate label text {t!r}")
                texts.append(t)
                if OWN_CVR in digits(t) and cat in ("cvr",):
                    err(rid, "own CVR labelled")
                check_label(rid, cat, t)
                stats[fname]["cats"][cat] = stats[fname]["cats"].get(cat, 0) + 1
            for a, b in contained_pairs(texts):
                err(rid, f"label {a!r} contained in label {b!r}")
            # heuristic scan of unlabelled remainder
            masked = mask(text, labels)
            for kind, s in scan(masked):
                key = digits(s) if kind not in ("email-like", "bank-like") else s
                if clean:
                    traps.setdefault(kind, []).append((rid, s))
                    if kind in ("iban-like", "email-like"):
                        err(rid, f"clean prompt contains {kind} {s!r}")
                    continue
                if key in ALLOW:
                    info.append(f"{rid}: allowed trap {kind} {s!r} ({ALLOW[key]})")
                    continue
                warn(rid, f"unlabelled {kind}: {s!r}")
    # ---- report
    for fname in FILES:
        st = stats[fname]
        ls = sorted(lengths[fname])
        med = ls[len(ls) // 2] if ls else 0
        print(f"{fname}: {st['prompts']} prompts, languages {st['lang']}, "
              f"length min/median/max {ls[0] if ls else 0}/{med}/{ls[-1] if ls else 0}")
        if st["cats"]:
            print("  labels per category:", dict(sorted(st["cats"].items())))
    if traps:
        print("clean-file identifier-looking hard negatives (expected, by design):",
              {k: len(v) for k, v in sorted(traps.items())})
        if verbose:
            for k, v in sorted(traps.items()):
                for rid, s in v:
                    print(f"    {k}: {rid} {s!r}")
    if verbose:
        for i in info:
            print("  info:", i)
    report.print_all("ERROR", "WARNING")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    if errors or (warnings and not allow_warn):
        sys.exit(1)


if __name__ == "__main__":
    main()
