#!/usr/bin/env python3
"""Validate the dev13 corpus (d13-clean.jsonl, clean prompts only). Standard library only.

Adapted from dev11's check.py: same record shape, note, whitespace and look-alike checks, but for a
single clean-only file. Label checks are reduced to "labels must be empty".

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory] [--summary]   (--summary hides the warnings)

Errors: JSON shape, ids d13-0001..d13-0220 unique and in order, note tag [da]/[en] followed by
"[hard-neg] <kind>: <trap>" or "[clean] ...", non-empty labels, empty text, and the brief's targets
(220 records, at most 10 [clean], at least 35 % English, at least 25 texts over 600 characters).
Warnings: leading/trailing or double whitespace, and e-mail-, CPR- and phone-like strings that are
not on the allow lists – in this set they are deliberate traps (firm numbers, case numbers, test
data) and are listed so a reader can confirm that none of them belongs to a private person.
"""
import collections
import datetime
import json
import os
import re
import sys

PREFIX = "d13"
FILE = "d13-clean.jsonl"
N_RECORDS = 220
MAX_PLAIN = 10
MIN_EN_SHARE = 0.35
MIN_LONG = 25
# Public numbers: town hall switchboard, out-of-hours doctor line, emergency, police, Livslinien.
ALLOWED_PHONES = {"89591000", "70113131", "112", "114", "1813", "70201201"}
FUNCTIONAL_MAILBOXES = {"post", "visitation", "hjaelpemidler", "jobcenter", "rusmiddel", "ejendomme",
                        "hjemmeplejen.nord", "noreply", "faktura", "info"}
NOTE_RE = re.compile(r"^\[(da|en)\] ")
CLEAN_NOTE_RE = re.compile(r"^\[(da|en)\] (\[hard-neg\] ([a-z-]+): \S.*|\[clean\] \S.*)$", re.S)
CPR_RE = re.compile(r"(?<![0-9])(\d{6})-?(\d{4})(?![0-9])")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w.,-])(\+\d{2}\s?)?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{3}\s\d{2}\s\d{3})(?![\w,-])")


class Checker:
    def __init__(self, d):
        self.dir = d
        self.errors, self.warnings = [], []
        self.records = []

    def err(self, rid, msg):
        self.errors.append("%s: %s" % (rid, msg))

    def warn(self, rid, msg):
        self.warnings.append("%s: %s" % (rid, msg))

    @staticmethod
    def cpr_date(s):
        d = s.replace("-", "")
        dd, mm, yy, c7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
        if c7 <= 3:
            year = 1900 + yy
        elif c7 in (4, 9):
            year = 2000 + yy if yy <= 36 else 1900 + yy
        else:
            year = 2000 + yy if yy <= 57 else 1800 + yy
        try:
            return datetime.date(year, mm, dd)
        except ValueError:
            return None

    def check_record(self, rec, line):
        rid = rec.get("id", "line %d" % line) if isinstance(rec, dict) else "line %d" % line
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "labels", "note"}:
            self.err(rid, "record must have exactly id, text, labels, note")
            return
        text, labels, note = rec["text"], rec["labels"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            self.err(rid, "empty text")
            return
        if text != text.strip() or "  " in text.replace("\n", ""):
            self.warn(rid, "leading/trailing or double whitespace")
        if not isinstance(note, str) or not NOTE_RE.match(note):
            self.err(rid, "note must start with [da] or [en]")
        elif not CLEAN_NOTE_RE.match(note):
            self.err(rid, "note must continue with '[hard-neg] <kind>: <trap>' or '[clean] <what>'")
        if labels != []:
            self.err(rid, "clean record must have labels: []")
        for m in EMAIL_RE.finditer(text):
            if m.group(0).split("@")[0].lower() not in FUNCTIONAL_MAILBOXES:
                self.warn(rid, "e-mail-like %r" % m.group(0))
        for m in CPR_RE.finditer(text):
            if self.cpr_date(m.group(0)):
                self.warn(rid, "CPR-like %r after %r" % (m.group(0), text[max(0, m.start() - 25):m.start()]))
        for m in PHONE_RE.finditer(text):
            dg = re.sub(r"\D", "", m.group(0))
            if dg not in ALLOWED_PHONES and dg[-8:] not in ALLOWED_PHONES:
                self.warn(rid, "phone-like %r after %r" % (m.group(0), text[max(0, m.start() - 25):m.start()]))

    def run(self):
        path = os.path.join(self.dir, FILE)
        ids = set()
        expected = 1
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    self.err(FILE, "blank line %d" % i)
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    self.err(FILE, "line %d: %s" % (i, e))
                    continue
                rid = rec.get("id") if isinstance(rec, dict) else None
                want = "%s-%04d" % (PREFIX, expected)
                if rid in ids:
                    self.err(rid, "duplicate id")
                elif rid != want:
                    self.err(str(rid), "id out of order, expected %s" % want)
                ids.add(rid)
                expected += 1
                self.check_record(rec, i)
                if isinstance(rec, dict) and isinstance(rec.get("text"), str) and isinstance(rec.get("note"), str):
                    self.records.append(rec)
        # targets from the brief
        n = len(self.records)
        if n != N_RECORDS:
            self.err(FILE, "expected %d records, found %d" % (N_RECORDS, n))
        plain = sum(1 for r in self.records if "[clean]" in r["note"][:12])
        if plain > MAX_PLAIN:
            self.err(FILE, "%d [clean] records, at most %d allowed" % (plain, MAX_PLAIN))
        en = sum(1 for r in self.records if r["note"].startswith("[en]"))
        if n and en / n < MIN_EN_SHARE:
            self.err(FILE, "English share %.1f %% below %d %%" % (100.0 * en / n, 100 * MIN_EN_SHARE))
        long_ = sum(1 for r in self.records if len(r["text"]) > 600)
        if long_ < MIN_LONG:
            self.err(FILE, "only %d texts over 600 characters, need %d" % (long_, MIN_LONG))
        dup = [t for t, c in collections.Counter(r["text"] for r in self.records).items() if c > 1]
        for t in dup:
            self.err(FILE, "duplicate text %r" % t[:60])
        return 1 if self.errors else 0

    def summary(self, show_warnings=True):
        lang = collections.Counter()
        length = collections.Counter()
        kinds = collections.Counter()
        for r in self.records:
            m = NOTE_RE.match(r["note"])
            lang[m.group(1) if m else "?"] += 1
            n = len(r["text"])
            length["<150" if n < 150 else "150-600" if n <= 600 else ">600"] += 1
            cm = CLEAN_NOTE_RE.match(r["note"])
            if cm:
                kinds[cm.group(3) or "[clean]"] += 1
        total = len(self.records)
        lens = sorted(len(r["text"]) for r in self.records) or [0]
        print("records: %d  languages %s  lengths %s" % (
            total, dict(lang), {b: length[b] for b in ("<150", "150-600", ">600")}))
        print("length min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
        print("English: %d/%d = %.1f %%" % (lang["en"], total, 100.0 * lang["en"] / max(total, 1)))
        print("kinds (%d): %s" % (len(kinds), dict(kinds.most_common())))
        if show_warnings:
            for w in self.warnings:
                print("WARNING " + w)
        for e in self.errors:
            print("ERROR " + e)
        print("%d errors, %d warnings" % (len(self.errors), len(self.warnings)))
        return 1 if self.errors else 0


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    c = Checker(d)
    code = c.run()
    return c.summary(show_warnings="--summary" not in sys.argv) or code


if __name__ == "__main__":
    sys.exit(main())
