#!/usr/bin/env python3
"""Validate the dev9 corpus (d9-clean.jsonl, d9-personal.jsonl). Standard library only.

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory] [--summary]   (--summary hides the warnings)

Checks: JSON shape, ids d9-0001.. in order across both files, note tags, text length and
whitespace, label categories, verbatim whole-word labels, duplicate and contained labels,
CPR date/century/modulus-11 rules (births from 2007 exempt from modulus 11), CVR modulus 11
(weights 2,7,6,5,4,3,2,1; never 29189838), payment cards (Luhn, 13-19 digits), IBAN (mod 97 and
country length), bank accounts (4-digit reg.nr. + up to 10 digits), light shape checks for
name/address/phone/email. d9-personal.jsonl: every record has a label, and a record with a
health label also has an identifying label (cpr, name, address, email or phone).
Warnings: unlabelled e-mail-, CPR-, phone-, CVR-, card- and IBAN-like strings (with the text just
before them), and labels whose text also occurs inside a longer word.

The record loop and the rules are in ../check_lib.py (DevSetChecker).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import DevSetChecker, set_dir  # noqa: E402


class Dev9(DevSetChecker):
    PREFIX = "d9"
    FILES = [("clean", "d9-clean.jsonl"), ("personal", "d9-personal.jsonl")]
    # Not personal data: the town hall switchboard and the regional out-of-hours doctor line.
    ALLOWED_PHONES = {"89591000", "70113131"}


def main():
    checker = Dev9(set_dir(skip_flags=True, default_file=__file__))
    code = checker.run()
    return checker.summary(show_warnings="--summary" not in sys.argv) or code


if __name__ == "__main__":
    sys.exit(main())
