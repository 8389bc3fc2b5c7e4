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

The record loop and the rules are in ../check_lib.py (DevSetChecker).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import DevSetChecker, set_dir  # noqa: E402


class Dev8(DevSetChecker):
    PREFIX = "d8"
    FILES = [("clean", "d8-clean.jsonl"), ("personal", "d8-personal.jsonl")]


def main():
    checker = Dev8(set_dir(skip_flags=True, default_file=__file__))
    code = checker.run()
    return checker.summary(show_warnings="--summary" not in sys.argv) or code


if __name__ == "__main__":
    sys.exit(main())
