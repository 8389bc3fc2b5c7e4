#!/usr/bin/env python3
"""Validate the dev7 corpus (d7-clean.jsonl, d7-health.jsonl). Standard library only.

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory]
"""
import datetime
import json
import os
import re
import statistics
import sys
from collections import Counter

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FILES = [("clean", "d7-clean.jsonl"), ("health", "d7-health.jsonl")]
CATEGORIES = {"cpr", "name", "address", "email", "phone", "health",
              "cvr", "iban", "bank_account", "payment_card"}
IDENTIFYING = {"cpr", "name", "address", "email", "phone"}
KEYS = {"id", "text", "labels", "note"}
NOTE_RE = re.compile(r"^\[(da|en|da/en)\] ")
CLEAN_TAG_RE = re.compile(r"^\[(da|en|da/en)\] \[(hard-neg|clean)\] \S")
MIN_LEN, MAX_LEN = 50, 1500
# Not personal data: the town hall switchboard and functional mailboxes.
ALLOWED_PHONES = {"89591000"}
FUNCTIONAL_LOCALPARTS = {
    "post", "hjemmeplejen", "hjemmesygeplejen", "jobcenter", "visitation", "hr", "skole",
    "misbrug", "sundhedscenter", "demens", "borgerservice", "kontakt", "it-support",
    "sundhedogomsorg", "informationssikkerhed",
}
CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

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
        warn(rid, f"{kind}: unlabelled e-mail-like string {m.group()!r}")
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
            warn(rid, f"{kind}: unlabelled CPR-like string {m.group()!r}")
    for m in re.finditer(r"(?<![\w+])(?:\+|00)?\d[\d ]{6,16}\d(?![\w])", text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 8 or digits in ALLOWED_PHONES:
            continue
        if re.fullmatch(r"\d{6}[- ]?\d{4}", m.group()):
            continue  # handled by the CPR scan
        if not covered(label_spans, m.start(), m.end()):
            warn(rid, f"{kind}: unlabelled phone-like string {m.group()!r}")


def main():
    expected = 1
    seen_ids = set()
    lengths = []
    stats = {k: Counter() for k, _ in FILES}
    langs = {k: Counter() for k, _ in FILES}
    tags = Counter()
    for kind, fname in FILES:
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                where = f"{fname}:{lineno}"
                if not line.strip():
                    err(where, "blank line")
                    continue
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
                want = f"d7-{expected:04d}"
                if rid != want:
                    err(where, f"id {rid!r}, expected {want!r}")
                if rid in seen_ids:
                    err(where, f"duplicate id {rid}")
                seen_ids.add(rid)
                expected += 1
                lengths.append(len(text))
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
                    if labels:
                        err(rid, "clean file records must have no labels")
                elif re.search(r"\[(hard-neg|clean)\]", note):
                    err(rid, "health note must not carry a clean tag")

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
                for a in texts_seen:
                    for b in texts_seen:
                        if a != b and a in b:
                            err(rid, f"label {a!r} is contained in label {b!r}")
                if kind == "health":
                    if "health" not in cats:
                        err(rid, "health record without a health label")
                    if not cats & IDENTIFYING:
                        err(rid, "health record without an identifying label (cpr/name/address/email/phone)")
                scan_identifiers(rid, text, label_spans, kind)

    for line in errors:
        print(line)
    for line in warnings:
        print(line)
    total = expected - 1
    print(f"\nrecords: {total}  (clean tags: {dict(tags)})")
    for kind, _ in FILES:
        print(f"{kind:6s} languages: {dict(langs[kind])}  label categories: {dict(stats[kind])}")
    if lengths:
        print(f"text length: min {min(lengths)}, median {statistics.median(lengths):.0f}, max {max(lengths)}")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
