#!/usr/bin/env python3
"""Validate the dev7 corpus (d7-clean.jsonl, d7-health.jsonl). Standard library only.

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory]

The record loop and the number rules are in ../check_lib.py (TaggedSetChecker).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_lib import TaggedSetChecker, set_dir  # noqa: E402


class Dev7(TaggedSetChecker):
    PREFIX = "d7"
    FILES = [("clean", "d7-clean.jsonl"), ("health", "d7-health.jsonl")]
    FUNCTIONAL_LOCALPARTS = {
        "post", "hjemmeplejen", "hjemmesygeplejen", "jobcenter", "visitation", "hr", "skole",
        "misbrug", "sundhedscenter", "demens", "borgerservice", "kontakt", "it-support",
        "sundhedogomsorg", "informationssikkerhed",
    }

    def record_rules(self, rid, kind, labels, cats):
        if "health" not in cats:
            self.err(rid, "health record without a health label")
        if not cats & self.IDENTIFYING:
            self.err(rid, "health record without an identifying label (cpr/name/address/email/phone)")

    def summary(self):
        self.print_problems()
        print(f"\nrecords: {self.expected - 1}  (clean tags: {dict(self.tags)})")
        for kind, _ in self.FILES:
            print(f"{kind:6s} languages: {dict(self.langs[kind])}  label categories: {dict(self.stats[kind])}")
        self.print_lengths()
        print(f"{len(self.report.errors)} error(s), {len(self.report.warnings)} warning(s)")


def main():
    checker = Dev7(set_dir(default_file=__file__))
    code = checker.run()
    checker.summary()
    return code


if __name__ == "__main__":
    sys.exit(main())
