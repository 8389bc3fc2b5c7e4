#!/usr/bin/env python3
"""Validate the dev10 corpus (d10-clean.jsonl; clean prompts only). Standard library only.

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

The record loop and the rules are in ../check_lib.py (DevSetChecker).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import DevSetChecker, set_dir  # noqa: E402


class Dev10(DevSetChecker):
    PREFIX = "d10"
    FILES = [("clean", "d10-clean.jsonl")]
    # Not personal data: the town hall switchboard and the regional out-of-hours doctor line.
    ALLOWED_PHONES = {"89591000", "70113131"}

    def extra_errors(self, total, all_langs):
        # dev10 holds clean prompts only: 160 of them, at least 35 % English,
        # at least 140 hard negatives, each naming its kind.
        errors = []
        if total != 160:
            errors.append(f"ERROR: {total} records, expected 160")
        if total and 100 * (all_langs["en"] + all_langs["da/en"]) / total < 35.0:
            errors.append("ERROR: fewer than 35.0 % English records")
        if self.tags["hard-neg"] < 140:
            errors.append(f"ERROR: {self.tags['hard-neg']} hard negatives, at least 140 required")
        if self.kinds.get("(no kind)"):
            errors.append(f"ERROR: {self.kinds['(no kind)']} hard-negative note(s) without a kind")
        return errors


def main():
    checker = Dev10(set_dir(skip_flags=True, default_file=__file__))
    code = checker.run()
    return checker.summary(show_warnings="--summary" not in sys.argv) or code


if __name__ == "__main__":
    sys.exit(main())
