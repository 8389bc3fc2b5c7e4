#!/usr/bin/env python3
"""Validate the dev8 corpus (d8-clean.jsonl, d8-personal.jsonl). Standard library only.

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory] [--summary]   (--summary hides the warnings)

Checks: JSON shape, ids d8-0001.. in order across both files, note tags, text length and
whitespace, label categories, verbatim whole-word labels, duplicate and contained labels,
CPR date/century/modulus-11 rules (births from 2007 exempt from modulus 11), CVR modulus 11
(weights 2,7,6,5,4,3,2,1; never 29189838), payment cards (Luhn, 13-19 digits), IBAN (mod 97 and
country length), bank accounts (4-digit reg.nr. + up to 10 digits), light shape checks for
name/address/phone/email. d8-personal.jsonl: every record has a label, and a record with a
health label also has an identifying label (cpr, name, address, email or phone).
Warnings: unlabelled e-mail-, CPR-, phone-, CVR-, card- and IBAN-like strings (with the text just
before them), and labels whose text also occurs inside a longer word.

The record loop and the number rules are in ../check_lib.py (TaggedSetChecker).
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import (IBAN_LENGTHS, TaggedSetChecker, cvr_ok, digits, iban_ok,  # noqa: E402
                       luhn, occurrences, set_dir)


class Dev8(TaggedSetChecker):
    PREFIX = "d8"
    FILES = [("clean", "d8-clean.jsonl"), ("personal", "d8-personal.jsonl")]
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
    SCAN_CONTEXT = True
    SCAN_NUMBERS = True
    LINE_WHITESPACE = True

    def __init__(self, root):
        super().__init__(root)
        self.kinds = Counter()
        self.health_records = Counter()

    def clean_note(self, rid, note, tag):
        if tag == "hard-neg":
            km = re.match(r"^\[[^]]+\] \[hard-neg\] ([a-z-]+):", note)
            self.kinds[km.group(1) if km else "(no kind)"] += 1

    def check_value(self, rid, cat, value):
        err = self.err
        if cat == "cpr":
            self.check_cpr(rid, value)
        elif cat == "cvr":
            m = re.fullmatch(r"(DK-?)?(\d[\d ]*\d)", value)
            if not m:
                err(rid, f"cvr {value!r} must be 8 digits, optionally with internal spaces and a DK prefix")
                return
            d = m.group(2).replace(" ", "")
            if len(d) != 8:
                err(rid, f"cvr {value!r} does not have 8 digits")
            elif d == self.OWN_CVR:
                err(rid, f"cvr {value!r} is Norddjurs Kommune's own CVR and must not be labelled")
            elif not cvr_ok(d):
                err(rid, f"cvr {value!r} fails modulus 11")
        elif cat == "payment_card":
            if not re.fullmatch(r"\d[\d -]*\d", value):
                err(rid, f"payment_card {value!r} may contain only digits, spaces and hyphens")
                return
            d = digits(value)
            if not 13 <= len(d) <= 19:
                err(rid, f"payment_card {value!r} has {len(d)} digits, not 13-19")
            elif not luhn(d):
                err(rid, f"payment_card {value!r} fails the Luhn check")
        elif cat == "iban":
            compact = value.replace(" ", "")
            if not iban_ok(compact):
                err(rid, f"iban {value!r} fails the mod-97 check or has a bad shape")
                return
            want = IBAN_LENGTHS.get(compact[:2])
            if want and len(compact) != want:
                err(rid, f"iban {value!r} has length {len(compact)}, {compact[:2]} IBANs have {want}")
        elif cat == "bank_account":
            groups = re.findall(r"\d+", value)
            if len(groups) < 2 or len(groups[0]) != 4:
                err(rid, f"bank_account {value!r} must start with a 4-digit reg.nr. followed by an account number")
                return
            account = "".join(groups[1:])
            if not 1 <= len(account) <= 10:
                err(rid, f"bank_account {value!r} account part has {len(account)} digits (1-10 allowed)")
        # light shape checks for the remaining categories
        elif cat == "address" and not re.search(r"\d", value):
            err(rid, f"address {value!r} has no house number")
        elif cat == "name" and len(value.split()) < 2:
            err(rid, f"name {value!r} is a single word (lone names are not labelled)")
        elif cat == "phone":
            d = digits(value)
            if not 8 <= len(d) <= 15 or not re.fullmatch(r"[+\d][\d ()./-]*\d", value):
                err(rid, f"phone {value!r} does not look like a phone number")
            elif d in self.ALLOWED_PHONES:
                err(rid, f"phone {value!r} is the switchboard and must not be labelled")
        elif cat == "email":
            low = value.lower()
            if not ("@" in low or "(at)" in low or "[at]" in low or " at " in low or "snabel-a" in low):
                err(rid, f"email {value!r} does not look like an e-mail address")
            elif "@" in low and low.split("@")[0] in self.FUNCTIONAL_LOCALPARTS:
                err(rid, f"email {value!r} is a functional mailbox and must not be labelled")

    def after_label(self, rid, text, lt, spans):
        inner = len(occurrences(text, lt)) - len(spans)
        if inner > 0:
            self.warn(rid, f"label {lt!r} also occurs {inner} time(s) inside a longer word")

    def record_rules(self, rid, kind, labels, cats):
        if not labels:
            self.err(rid, "personal record without any label")
        if "health" in cats:
            self.health_records[kind] += 1
            if not cats & self.IDENTIFYING:
                self.err(rid, "health label without an identifying label (cpr/name/address/email/phone)")

    def summary(self, show_warnings):
        self.print_problems(show_warnings)
        total = self.expected - 1
        print(f"\nrecords: {total}  (clean tags: {dict(self.tags)})")
        print(f"hard-neg kinds: {dict(sorted(self.kinds.items(), key=lambda kv: -kv[1]))}")
        for kind, _ in self.FILES:
            langs, stats = self.langs[kind], self.stats[kind]
            print(f"{kind:8s} records: {sum(langs.values())}  languages: {dict(langs)}")
            print(f"{kind:8s} label categories: {dict(sorted(stats.items()))}  (total {sum(stats.values())})")
        print(f"personal records with a health label: {self.health_records['personal']}")
        all_langs = Counter()
        for c in self.langs.values():
            all_langs.update(c)
        if total:
            en = all_langs["en"] + all_langs["da/en"]
            print(f"English or mixed: {en}/{total} = {100 * en / total:.1f} %")
        self.print_lengths()
        if self.lengths:
            buckets = Counter("<150" if n < 150 else "150-600" if n <= 600 else "601-900" if n <= 900 else ">900"
                              for n in self.lengths)
            print(f"length buckets: {dict(buckets)}")
        print(f"{len(self.report.errors)} error(s), {len(self.report.warnings)} warning(s)")


def main():
    checker = Dev8(set_dir(skip_flags=True, default_file=__file__))
    code = checker.run()
    checker.summary(show_warnings="--summary" not in sys.argv)
    return code


if __name__ == "__main__":
    sys.exit(main())
