"""Validate the dev19 corpus (d19-personal.jsonl, d19-clean.jsonl). Standard library only.

Copied from dev18's check.py; changed for dev19: ids and file paths only (PREFIX d19,
d19-*.jsonl). All checks are dev18's. dev18's docstring follows.

Validate the dev18 corpus (d18-personal.jsonl, d18-clean.jsonl). Standard library only.

Copied from dev17's check.py; changed for dev18: ids and file paths only (PREFIX d18,
d18-*.jsonl). All checks are dev17's (so mixed-language notes are tagged [da/en], the tag
this checker accepts). dev17's docstring follows.

Validate the dev17 corpus (d17-personal.jsonl, d17-clean.jsonl). Standard library only.

Copied from dev16's check.py; changed for dev17: ids and file paths only (PREFIX d17,
d17-*.jsonl). All checks are dev16's. dev16's docstring follows.

Validate the dev16 corpus (d16-personal.jsonl, d16-clean.jsonl). Standard library only.

Copied from dev15's check.py; changed for dev16: ids and file paths only (PREFIX d16,
d16-*.jsonl). All checks are dev15's. dev15's docstring follows.


Copied from dev12's check.py (which was itself dev11's, adapted); changed for dev15: ids and file
paths only (PREFIX d15, d15-*.jsonl). All checks, allowed public numbers and functional mailboxes
are dev12's. dev12's docstring follows.

Copied from dev11's check.py; adapted for dev12: ids/paths, a few more functional mailboxes,
and the number/e-mail shapes this set deliberately uses (CPR with a space or a dotted date
"01.02.83-1234"; obfuscated e-mails "x (at) y.dk", "x[at]y[dot]com", "x snabel-a y punktum dk").

Original dev11 docstring:

Started from dev9's check.py (its class header, file list and allowed phones), but made
self-contained: dev9's version imports ../check_lib.py, which the dev11 writer was not allowed
to read, so the checks below were written here from the description in dev9's docstring.

Errors make the script exit with status 1; warnings are heuristics for a human to review.
Usage: python3 check.py [directory] [--summary]   (--summary hides the warnings)

Checks: JSON shape, ids d19-0001.. unique and in order across both files (personal first),
note tags, text whitespace, label categories, verbatim labels with a whole-word occurrence,
duplicate and contained labels, clean file has no labels, personal file: every record has a
label and a record with a health label also has an identifying label (cpr, name, address,
email or phone); CPR date and century rule (modulus 11 for births before 2007 only warned);
the switchboard/out-of-hours numbers and functional mailboxes must not be labelled.
Warnings: unlabelled e-mail-, CPR- and phone-like strings, labels that also occur inside a
longer word, modulus-11 failures.
"""
import collections
import datetime
import json
import os
import re
import sys

PREFIX = "d19"
FILES = [("personal", "d19-personal.jsonl"), ("clean", "d19-clean.jsonl")]
# Not personal data: the town hall switchboard and the regional out-of-hours doctor line.
ALLOWED_PHONES = {"89591000", "70113131", "112", "114"}
FUNCTIONAL_MAILBOXES = {"post", "visitation", "hjaelpemidler", "demens", "misbrug", "jobcenter",
                        "job", "sundhed", "ppr", "info", "noreply", "akutteam", "itsupport"}
CATEGORIES = {"name", "address", "cpr", "email", "phone", "health", "cvr", "iban",
              "payment_card", "bank_account"}
IDENTIFYING = {"cpr", "name", "address", "email", "phone"}
NOTE_RE = re.compile(r"^\[(da|en|da/en)\] ")
CLEAN_NOTE_RE = re.compile(r"^\[(da|en|da/en)\] (\[hard-neg\] ([a-z-]+): \S.*|\[clean\].*)$", re.S)
WORDCH = r"0-9A-Za-zÆØÅæøåÄÖÜäöüéèáóúíñčćšžłńęąśźżăâîșțëïôûç"
W = "[" + WORDCH + "]"
CPR_RE = re.compile(r"(?<![0-9])(\d{6})-?(\d{4})(?![0-9])")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# dev12: obfuscated e-mail shapes
OBF_EMAIL_RE = re.compile(r"[\w.+-]+ ?(\(at\)|\[at\]| snabel-a ) ?[\w-]+((\.|\[dot\]| punktum )[\w-]+)+")
CPR_SHAPE_RE = re.compile(r"\d{6}[- ]?\d{4}|\d\d\.\d\d\.\d\d-\d{4}")
PHONE_RE = re.compile(r"(?<![\w.,-])(\+\d{2}\s?)?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{3}\s\d{2}\s\d{3})(?![\w,-])")


class Checker:
    def __init__(self, d):
        self.dir = d
        self.errors, self.warnings = [], []
        self.records = {}

    def err(self, rid, msg):
        self.errors.append("%s: %s" % (rid, msg))

    def warn(self, rid, msg):
        self.warnings.append("%s: %s" % (rid, msg))

    @staticmethod
    def cpr_date(s):
        d = re.sub(r"\D", "", s)
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

    @staticmethod
    def mod11(s):
        d = re.sub(r"\D", "", s)
        return sum(int(a) * w for a, w in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0

    def whole_word(self, text, span):
        return re.search("(?<!" + W + ")" + re.escape(span) + "(?!" + W + ")", text) is not None

    def check_record(self, kind, rec, line):
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
            self.err(rid, "note must start with [da], [en] or [da/en]")
        if kind == "clean":
            if labels:
                self.err(rid, "clean record has labels")
            if not CLEAN_NOTE_RE.match(note or ""):
                self.err(rid, "clean note must continue with '[hard-neg] <kind>:' or '[clean]'")
        else:
            if not labels:
                self.err(rid, "personal record without labels")
            cats = {l.get("category") for l in labels if isinstance(l, dict)}
            if "health" in cats and not cats & IDENTIFYING:
                self.err(rid, "health label without an identifying label")
        seen = set()
        spans = []
        for l in labels:
            if not isinstance(l, dict) or set(l) != {"category", "text"}:
                self.err(rid, "label must have exactly category and text: %r" % (l,))
                continue
            cat, span = l["category"], l["text"]
            if cat not in CATEGORIES:
                self.err(rid, "unknown category %r" % cat)
            if not span or span != span.strip():
                self.err(rid, "empty or padded label %r" % span)
            if (cat, span) in seen:
                self.err(rid, "duplicate label %s %r" % (cat, span))
            seen.add((cat, span))
            if span not in text:
                self.err(rid, "label not in text: %s %r" % (cat, span))
                continue
            if not self.whole_word(text, span):
                self.err(rid, "label only occurs inside a longer word: %r" % span)
            elif text.count(span) > len(re.findall("(?<!" + W + ")" + re.escape(span) + "(?!" + W + ")", text)):
                self.warn(rid, "label %r also occurs inside a longer word" % span)
            spans.append((cat, span))
            digits = re.sub(r"\D", "", span)
            if cat == "cpr":
                if not CPR_SHAPE_RE.fullmatch(span):
                    self.err(rid, "cpr shape %r" % span)
                else:
                    dt = self.cpr_date(span)
                    if dt is None:
                        self.err(rid, "cpr date invalid %r" % span)
                    elif dt.year < 2007 and not self.mod11(span):
                        self.warn(rid, "cpr %r fails modulus 11" % span)
            elif cat == "phone":
                if digits in ALLOWED_PHONES or digits[-8:] in ALLOWED_PHONES:
                    self.err(rid, "public number labelled as phone %r" % span)
                if len(digits) < 8:
                    self.err(rid, "phone too short %r" % span)
            elif cat == "email":
                if not (EMAIL_RE.fullmatch(span) or OBF_EMAIL_RE.fullmatch(span)):
                    self.err(rid, "email shape %r" % span)
                elif span.split("@")[0].lower() in FUNCTIONAL_MAILBOXES:
                    self.err(rid, "functional mailbox labelled %r" % span)
            elif cat == "address":
                if not re.search(r"\d", span):
                    self.err(rid, "address without house number %r" % span)
            elif cat == "name":
                if re.search(r"\d", span):
                    self.err(rid, "digit in name %r" % span)
        for c1, s1 in spans:
            for c2, s2 in spans:
                if s1 != s2 and s1 in s2 and c1 == c2:
                    self.warn(rid, "label %r contained in %r" % (s1, s2))
        # unlabelled look-alikes
        labelled = " ".join(s for _, s in spans)
        for m in EMAIL_RE.finditer(text):
            if m.group(0) not in labelled and m.group(0).split("@")[0].lower() not in FUNCTIONAL_MAILBOXES:
                self.warn(rid, "unlabelled e-mail-like %r" % m.group(0))
        for m in CPR_RE.finditer(text):
            if m.group(0) not in labelled and self.cpr_date(m.group(0)):
                self.warn(rid, "unlabelled CPR-like %r after %r" % (m.group(0), text[max(0, m.start() - 25):m.start()]))
        for m in PHONE_RE.finditer(text):
            dg = re.sub(r"\D", "", m.group(0))
            if m.group(0).strip() not in labelled and dg not in ALLOWED_PHONES:
                self.warn(rid, "unlabelled phone-like %r after %r" % (m.group(0), text[max(0, m.start() - 25):m.start()]))

    def run(self):
        expected = 1
        ids = set()
        for kind, fn in FILES:
            path = os.path.join(self.dir, fn)
            recs = []
            with open(path, encoding="utf-8") as f:
                for i, line in enumerate(f, 1):
                    if not line.strip():
                        self.err(fn, "blank line %d" % i)
                        continue
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as e:
                        self.err(fn, "line %d: %s" % (i, e))
                        continue
                    rid = rec.get("id") if isinstance(rec, dict) else None
                    want = "%s-%04d" % (PREFIX, expected)
                    if rid in ids:
                        self.err(rid, "duplicate id")
                    elif rid != want:
                        self.err(str(rid), "id out of order, expected %s" % want)
                    ids.add(rid)
                    expected += 1
                    self.check_record(kind, rec, i)
                    recs.append(rec)
            self.records[kind] = recs
        return 1 if self.errors else 0

    def summary(self, show_warnings=True):
        lang = collections.Counter()
        length = collections.Counter()
        cats = collections.Counter()
        kinds = collections.Counter()
        health_recs = 0
        for kind, recs in self.records.items():
            for r in recs:
                tag = NOTE_RE.match(r["note"]).group(1) if NOTE_RE.match(r["note"]) else "?"
                lang[(kind, tag)] += 1
                n = len(r["text"])
                length[(kind, "<150" if n < 150 else "150-600" if n <= 600 else ">600")] += 1
                for l in r["labels"]:
                    cats[l["category"]] += 1
                if any(l["category"] == "health" for l in r["labels"]):
                    health_recs += 1
                m = CLEAN_NOTE_RE.match(r["note"])
                if kind == "clean" and m:
                    kinds[m.group(3) or "[clean]"] += 1
        total = sum(len(v) for v in self.records.values())
        print("records: %d" % total)
        for kind in self.records:
            print("  %s: %d  languages %s  lengths %s" % (
                kind, len(self.records[kind]),
                {t: lang[(kind, t)] for t in ("da", "en", "da/en")},
                {b: length[(kind, b)] for b in ("<150", "150-600", ">600")}))
        en = sum(v for (k, t), v in lang.items() if t in ("en", "da/en"))
        print("English or mixed: %d/%d = %.1f %%" % (en, total, 100.0 * en / max(total, 1)))
        print("labels: %d %s; records with health: %d" % (sum(cats.values()), dict(cats.most_common()), health_recs))
        print("clean kinds: %s" % dict(kinds.most_common()))
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
