#!/usr/bin/env python3
"""Validate the dev10 corpus (d10-clean.jsonl; clean prompts only). Adapted from dev9/check.py.
Standard library only.

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory] [--summary]   (--summary hides the warnings)

Checks: JSON shape, ids d10-0001.. in order, note tags, text length and
whitespace, label categories, verbatim whole-word labels, duplicate and contained labels,
CPR date/century/modulus-11 rules (births from 2007 exempt from modulus 11), CVR modulus 11
(weights 2,7,6,5,4,3,2,1; never 29189838), payment cards (Luhn, 13-19 digits), IBAN (mod 97 and
country length), bank accounts (4-digit reg.nr. + up to 10 digits), light shape checks for
name/address/phone/email. dev10 has no personal file: every record must have empty labels.
dev10 additions: exactly 160 records, at least 35 % English, at least 140 hard negatives,
and every hard-negative note names a kind.
Warnings: unlabelled e-mail-, CPR-, phone-, CVR-, card- and IBAN-like strings (with the text just
before them), and labels whose text also occurs inside a longer word.
"""
import datetime
import json
import os
import re
import statistics
import sys
from collections import Counter

_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
HERE = _ARGS[0] if _ARGS else os.path.dirname(os.path.abspath(__file__))
FILES = [("clean", "d10-clean.jsonl")]
EXPECTED_TOTAL = 160
MIN_ENGLISH_PCT = 35.0
MIN_HARD_NEG = 140
CATEGORIES = {"cpr", "name", "address", "email", "phone", "health",
              "cvr", "iban", "bank_account", "payment_card"}
IDENTIFYING = {"cpr", "name", "address", "email", "phone"}
KEYS = {"id", "text", "labels", "note"}
NOTE_RE = re.compile(r"^\[(da|en|da/en)\] ")
CLEAN_TAG_RE = re.compile(r"^\[(da|en|da/en)\] \[(hard-neg|clean)\] \S")
MIN_LEN, MAX_LEN = 50, 1500
# Not personal data: the town hall switchboard, the regional out-of-hours doctor line and functional mailboxes.
ALLOWED_PHONES = {"89591000", "70113131"}
# Norddjurs Kommune's own CVR number is never labelled.
OWN_CVR = "29189838"
FUNCTIONAL_LOCALPARTS = {
    "post", "hjemmeplejen", "hjemmesygeplejen", "jobcenter", "visitation", "hr", "skole",
    "misbrug", "sundhedscenter", "demens", "borgerservice", "kontakt", "it-support",
    "sundhedogomsorg", "informationssikkerhed",
    "dagtilbud", "pladsanvisning", "byggeri", "natur", "vej", "trafik", "kreditor", "faktura",
    "bogholderi", "lon", "løn", "ydelse", "familie", "handicap", "aeldre", "ældre", "kultur",
    "indkob", "indkøb", "servicedesk", "tandplejen", "sundhedsplejen", "genoptraening",
    "hjaelpemidler", "hjælpemidler", "dpo", "databeskyttelse", "sekretariat", "ppr", "ungdomsskolen",
    "beskaeftigelse", "borgerraadgiver", "borgerrådgiver", "noreply", "no-reply", "info",
    "kontakt", "support", "kundeservice", "bestyrelsen", "redaktion", "presse",
}
CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
SUMMARY_ONLY = "--summary" in sys.argv

errors, warnings = [], []


def err(rid, msg):
    errors.append(f"ERROR {rid}: {msg}")


def warn(rid, msg):
    warnings.append(f"warn  {rid}: {msg}")


def whole_word_spans(text, needle):
    """Spans where needle occurs with no word character glued to either end."""
    spans = []
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return spans
        j = i + len(needle)
        left_ok = i == 0 or not (needle[0].isalnum() and (text[i - 1].isalnum() or text[i - 1] == "_"))
        right_ok = j == len(text) or not (needle[-1].isalnum() and (text[j].isalnum() or text[j] == "_"))
        if left_ok and right_ok:
            spans.append((i, j))
        start = i + 1


def cpr_birth(digits):
    """Return the birth date of a 10-digit CPR string, or raise ValueError."""
    dd, mm, yy, c7 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if c7 <= 3:
        century = 1900
    elif c7 in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:  # 5-8
        century = 2000 if yy <= 57 else 1800
    return datetime.date(century + yy, mm, dd)


def check_cpr(rid, value):
    if not re.fullmatch(r"\d{6}[- ]?\d{4}", value):
        err(rid, f"cpr {value!r} not in DDMMYY-SSSS / DDMMYYSSSS / DDMMYY SSSS form")
        return
    digits = re.sub(r"\D", "", value)
    try:
        born = cpr_birth(digits)
    except ValueError:
        err(rid, f"cpr {value!r} has no real date")
        return
    if born > datetime.date(2026, 12, 6):
        err(rid, f"cpr {value!r} is born in the future ({born})")
    if born < datetime.date(2007, 1, 1):
        if sum(int(d) * w for d, w in zip(digits, CPR_WEIGHTS)) % 11:
            err(rid, f"cpr {value!r} (born {born}) fails modulus 11")


def cvr_ok(digits):
    return len(digits) == 8 and digits[0] != "0" and \
        sum(int(d) * w for d, w in zip(digits, CVR_WEIGHTS)) % 11 == 0


def check_cvr(rid, value):
    m = re.fullmatch(r"(DK-?)?(\d[\d ]*\d)", value)
    if not m:
        err(rid, f"cvr {value!r} must be 8 digits, optionally with internal spaces and a DK prefix")
        return
    digits = m.group(2).replace(" ", "")
    if len(digits) != 8:
        err(rid, f"cvr {value!r} does not have 8 digits")
    elif digits == OWN_CVR:
        err(rid, f"cvr {value!r} is Norddjurs Kommune's own CVR and must not be labelled")
    elif not cvr_ok(digits):
        err(rid, f"cvr {value!r} fails modulus 11")


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_card(rid, value):
    if not re.fullmatch(r"\d[\d -]*\d", value):
        err(rid, f"payment_card {value!r} may contain only digits, spaces and hyphens")
        return
    digits = re.sub(r"\D", "", value)
    if not 13 <= len(digits) <= 19:
        err(rid, f"payment_card {value!r} has {len(digits)} digits, not 13-19")
    elif not luhn_ok(digits):
        err(rid, f"payment_card {value!r} fails the Luhn check")


IBAN_LENGTHS = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "GB": 22, "LT": 20, "UA": 29,
                "FI": 18, "NL": 18, "FR": 27, "ES": 24, "RO": 24, "FO": 18, "GL": 18, "IS": 26}


def iban_ok(compact):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def check_iban(rid, value):
    compact = value.replace(" ", "")
    if not iban_ok(compact):
        err(rid, f"iban {value!r} fails the mod-97 check or has a bad shape")
        return
    want = IBAN_LENGTHS.get(compact[:2])
    if want and len(compact) != want:
        err(rid, f"iban {value!r} has length {len(compact)}, {compact[:2]} IBANs have {want}")


def check_bank_account(rid, value):
    groups = re.findall(r"\d+", value)
    if len(groups) < 2 or len(groups[0]) != 4:
        err(rid, f"bank_account {value!r} must start with a 4-digit reg.nr. followed by an account number")
        return
    account = "".join(groups[1:])
    if not 1 <= len(account) <= 10:
        err(rid, f"bank_account {value!r} account part has {len(account)} digits (1-10 allowed)")


def check_shape(rid, cat, value):
    """Light shape checks for the remaining categories."""
    if cat == "address" and not re.search(r"\d", value):
        err(rid, f"address {value!r} has no house number")
    elif cat == "name" and len(value.split()) < 2:
        err(rid, f"name {value!r} is a single word (lone names are not labelled)")
    elif cat == "phone":
        digits = re.sub(r"\D", "", value)
        if not 8 <= len(digits) <= 15 or not re.fullmatch(r"[+\d][\d ()./-]*\d", value):
            err(rid, f"phone {value!r} does not look like a phone number")
        elif digits in ALLOWED_PHONES:
            err(rid, f"phone {value!r} is the switchboard and must not be labelled")
    elif cat == "email":
        low = value.lower()
        if not ("@" in low or "(at)" in low or "[at]" in low or " at " in low or "snabel-a" in low):
            err(rid, f"email {value!r} does not look like an e-mail address")
        elif "@" in low and low.split("@")[0] in FUNCTIONAL_LOCALPARTS:
            err(rid, f"email {value!r} is a functional mailbox and must not be labelled")


def context(text, i, j, width=25):
    left = text[max(0, i - width):i].replace("\n", " ")
    return f"[...{left}]"


def covered(spans, i, j):
    return any(a <= i and j <= b for a, b in spans)


def scan_identifiers(rid, text, label_spans, kind):
    """Heuristic: e-mail, CPR and phone-like strings not covered by a label."""
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        local = m.group().split("@")[0].lower()
        if covered(label_spans, m.start(), m.end()):
            continue
        if local in FUNCTIONAL_LOCALPARTS:
            continue
        warn(rid, f"{kind}: unlabelled e-mail-like string {m.group()!r} {context(text, m.start(), m.end())}")
    obfuscated = (r"[\w.-]+ ?(?:\(at\)|\[at\]) ?[\w-]+(?:\.[\w-]+)+"
                  r"|[\w.-]+ (?:at|snabel-a) [\w-]+ (?:dot|punktum) \w+")
    for m in re.finditer(obfuscated, text):
        if not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled obfuscated e-mail? {m.group()!r}")
    for m in re.finditer(r"(?<![\d-])\d{6}[- ]?\d{4}(?![\d-])", text):
        digits = re.sub(r"\D", "", m.group())
        try:
            cpr_birth(digits)
        except ValueError:
            continue
        if not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled CPR-like string {m.group()!r} {context(text, m.start(), m.end())}")
    for m in re.finditer(r"(?<![\w+])(?:\+|00)?\d[\d ]{6,16}\d(?![\w])", text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 8 or digits in ALLOWED_PHONES or digits == OWN_CVR:
            continue
        if re.fullmatch(r"\d{6}[- ]?\d{4}", m.group()):
            continue  # handled by the CPR scan
        if not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled phone-like string {m.group()!r} {context(text, m.start(), m.end())}")
    for m in re.finditer(r"(?<![\w-])(?<!\d )(?:DK-?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?![\w-]| \d)", text):
        digits = re.sub(r"\D", "", m.group())
        if digits == OWN_CVR or digits in ALLOWED_PHONES or not cvr_ok(digits):
            continue
        if not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled CVR-valid 8-digit string {m.group()!r} {context(text, m.start(), m.end())}")
    for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])", text):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled Luhn-valid card-like string {m.group()!r} {context(text, m.start(), m.end())}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", text):
        if iban_ok(m.group().replace(" ", "")) and not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled IBAN-valid string {m.group()!r} {context(text, m.start(), m.end())}")


def main():
    expected = 1
    seen_ids = set()
    lengths = []
    stats = {k: Counter() for k, _ in FILES}
    langs = {k: Counter() for k, _ in FILES}
    tags = Counter()
    kinds = Counter()
    health_records = Counter()
    lang_len = {k: [] for k, _ in FILES}
    for kind, fname in FILES:
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                where = f"{fname}:{lineno}"
                if not line.strip():
                    err(where, "blank line")
                    continue
                if line.rstrip("\n") != line.rstrip():
                    err(where, "trailing whitespace on the JSON line")
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    err(where, f"invalid JSON: {e}")
                    continue
                if not isinstance(rec, dict) or set(rec) != KEYS:
                    err(where, f"keys must be exactly {sorted(KEYS)}")
                    continue
                rid, text, labels, note = rec["id"], rec["text"], rec["labels"], rec["note"]
                if not all(isinstance(x, str) for x in (rid, text, note)) or not isinstance(labels, list):
                    err(where, "wrong value types")
                    continue
                want = f"d10-{expected:04d}"
                if rid != want:
                    err(where, f"id {rid!r}, expected {want!r}")
                if rid in seen_ids:
                    err(where, f"duplicate id {rid}")
                seen_ids.add(rid)
                expected += 1
                lengths.append(len(text))
                lang_len[kind].append(len(text))
                if any(l != l.rstrip() for l in text.split("\n")) or text != text.strip():
                    err(rid, "text has trailing or leading whitespace")
                if not (MIN_LEN <= len(text) <= MAX_LEN):
                    err(rid, f"text length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
                m = NOTE_RE.match(note)
                if not m:
                    err(rid, "note must start with [da], [en] or [da/en] and a space")
                else:
                    langs[kind][m.group(1)] += 1
                if kind == "clean":
                    mt = CLEAN_TAG_RE.match(note)
                    if not mt:
                        err(rid, "clean note must be '[lang] [hard-neg|clean] description'")
                    else:
                        tags[mt.group(2)] += 1
                        if mt.group(2) == "hard-neg":
                            km = re.match(r"^\[[^]]+\] \[hard-neg\] ([a-z-]+):", note)
                            kinds[km.group(1) if km else "(no kind)"] += 1
                    if labels:
                        err(rid, "clean file records must have no labels")
                elif re.search(r"\[(hard-neg|clean)\]", note):
                    err(rid, "personal note must not carry a clean tag")

                label_spans = []
                texts_seen = []
                cats = set()
                for lab in labels:
                    if not isinstance(lab, dict) or set(lab) != {"category", "text"}:
                        err(rid, f"bad label object {lab!r}")
                        continue
                    cat, lt = lab["category"], lab["text"]
                    if cat not in CATEGORIES:
                        err(rid, f"unknown category {cat!r}")
                    if not isinstance(lt, str) or not lt.strip() or lt != lt.strip():
                        err(rid, f"label text empty or padded: {lt!r}")
                        continue
                    cats.add(cat)
                    stats[kind][cat] += 1
                    if lt in texts_seen:
                        err(rid, f"duplicate label text {lt!r}")
                    texts_seen.append(lt)
                    if lt not in text:
                        err(rid, f"label {lt!r} not found verbatim")
                        continue
                    spans = whole_word_spans(text, lt)
                    if not spans:
                        err(rid, f"label {lt!r} occurs only inside other words")
                    label_spans.extend(spans)
                    if cat == "cpr":
                        check_cpr(rid, lt)
                    elif cat == "cvr":
                        check_cvr(rid, lt)
                    elif cat == "payment_card":
                        check_card(rid, lt)
                    elif cat == "iban":
                        check_iban(rid, lt)
                    elif cat == "bank_account":
                        check_bank_account(rid, lt)
                    else:
                        check_shape(rid, cat, lt)
                    inner = len([k for k in range(len(text)) if text.startswith(lt, k)]) - len(spans)
                    if inner > 0:
                        warn(rid, f"label {lt!r} also occurs {inner} time(s) inside a longer word")
                for a in texts_seen:
                    for b in texts_seen:
                        if a != b and a in b:
                            err(rid, f"label {a!r} is contained in label {b!r}")
                if kind == "personal":
                    if not labels:
                        err(rid, "personal record without any label")
                    if "health" in cats:
                        health_records[kind] += 1
                        if not cats & IDENTIFYING:
                            err(rid, "health label without an identifying label (cpr/name/address/email/phone)")
                scan_identifiers(rid, text, label_spans, kind)

    for line in errors:
        print(line)
    if not SUMMARY_ONLY:
        for line in warnings:
            print(line)
    total = expected - 1
    print(f"\nrecords: {total}  (clean tags: {dict(tags)})")
    print(f"hard-neg kinds: {dict(sorted(kinds.items(), key=lambda kv: -kv[1]))}")
    for kind, _ in FILES:
        print(f"{kind:8s} records: {sum(langs[kind].values())}  languages: {dict(langs[kind])}")
        print(f"{kind:8s} label categories: {dict(sorted(stats[kind].items()))}  (total {sum(stats[kind].values())})")
    all_langs = Counter()
    for c in langs.values():
        all_langs.update(c)
    if total:
        en = all_langs["en"] + all_langs["da/en"]
        print(f"English or mixed: {en}/{total} = {100 * en / total:.1f} %")
    if lengths:
        print(f"text length: min {min(lengths)}, median {statistics.median(lengths):.0f}, max {max(lengths)}")
        buckets = Counter("<150" if n < 150 else "150-600" if n <= 600 else "601-900" if n <= 900 else ">900"
                          for n in lengths)
        print(f"length buckets: {dict(buckets)}")
    if total != EXPECTED_TOTAL:
        errors.append(f"ERROR: {total} records, expected {EXPECTED_TOTAL}")
    if total and 100 * (all_langs["en"] + all_langs["da/en"]) / total < MIN_ENGLISH_PCT:
        errors.append(f"ERROR: fewer than {MIN_ENGLISH_PCT} % English records")
    if tags["hard-neg"] < MIN_HARD_NEG:
        errors.append(f"ERROR: {tags['hard-neg']} hard negatives, at least {MIN_HARD_NEG} required")
    if kinds.get("(no kind)"):
        errors.append(f"ERROR: {kinds['(no kind)']} hard-negative note(s) without a kind")
    for line in errors:
        if line.startswith("ERROR:"):
            print(line)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
