"""Shared code for the dev corpus validators (tests/corpus/dev*/check.py). Standard library only.

Each set's check.py puts this directory on sys.path and imports what it needs:

  * number rules: CPR (century, birth date, modulus 11), CVR modulus 11, Luhn, IBAN mod 97 and
    country lengths
  * text helpers: label occurrences, whole-word tests (with the variants the sets use), spans,
    containment, context
  * reading: JSONL lines, the error / warning collector, argument helpers
  * TaggedSetChecker: the complete record loop of the sets whose notes carry [da]/[en]/[da/en] tags
    and whose clean file carries [hard-neg]/[clean] tags (dev7, dev8); a set's script subclasses it

The rules that differ from set to set (file names, id prefixes, allowed numbers and mailboxes,
which heuristics are errors and which are warnings, the wording of the report) stay in the
set's own check.py.
"""
import datetime
import json
import os
import re
import statistics
import sys
from collections import Counter

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
# Official IBAN lengths of the countries that occur in the sets.
IBAN_LENGTHS = {
    "BE": 16, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22,
    "GL": 18, "IE": 22, "IS": 26, "IT": 27, "LT": 20, "LV": 21, "NL": 18, "NO": 15, "PL": 28,
    "RO": 24, "SE": 24, "UA": 29,
}
# The sets are written as of this day (a CPR birth date after it is "in the future").
TODAY = datetime.date(2026, 12, 6)
KEYS = {"id", "text", "labels", "note"}
LABEL_KEYS = {"category", "text"}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# ------------------------------------------------------------------ numbers
def digits(s):
    return re.sub(r"\D", "", s)


def cpr_year(d):
    """Birth year of a 10-digit CPR string (century from the 7th digit)."""
    yy, c7 = int(d[4:6]), int(d[6])
    if c7 <= 3:
        century = 1900
    elif c7 in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:  # 5-8
        century = 2000 if yy <= 57 else 1800
    return century + yy


def cpr_birth(d):
    """Birth date of a 10-digit CPR string; ValueError if there is no such date."""
    year = cpr_year(d)
    return datetime.date(year, int(d[2:4]), int(d[0:2]))


def cpr_mod11(d):
    return sum(int(a) * w for a, w in zip(d, CPR_WEIGHTS)) % 11 == 0


def cvr_mod11(d):
    """Weighted sum of an 8-digit CVR string (caller checks the length)."""
    return sum(int(a) * w for a, w in zip(d, CVR_WEIGHTS)) % 11 == 0


def luhn(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iban_mod97(compact):
    """Mod-97 test of an IBAN without spaces (letters as 10..35)."""
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def cvr_ok(d):
    """8 digits, no leading zero, modulus 11."""
    return len(d) == 8 and d[0] != "0" and cvr_mod11(d)


def iban_ok(compact, min_bban=8):
    """Shape [A-Z]{2}\\d{2}[A-Z0-9]{min_bban,30} and mod 97 (compact: no spaces, upper case)."""
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{%d,30}" % min_bban, compact):
        return False
    return iban_mod97(compact)


def iban_length_ok(compact):
    want = IBAN_LENGTHS.get(compact[:2])
    return not want or len(compact) == want


# ------------------------------------------------------------------ text
def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    """Start of every (also overlapping) occurrence of sub in text."""
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def is_whole(text, i, needle, word=is_word_char, edge=None, genitive=False):
    """True if text[i:i+len(needle)] == needle has no word character glued to either end.

    word: what counts as a word character in the text around the needle.
    edge: if given, a neighbour only counts as glued when the needle's own end character
          satisfies edge (so "12-" may touch a letter).
    genitive: a single "s" after the needle (a genitive after a name) is not glued.
    """
    j = i + len(needle)
    if i > 0 and word(text[i - 1]) and (edge is None or edge(needle[0])):
        return False
    if j < len(text) and word(text[j]) and (edge is None or edge(needle[-1])):
        if genitive and text[j] == "s" and not (j + 1 < len(text) and word(text[j + 1])):
            return True
        return False
    return True


def whole_word_spans(text, needle, **kw):
    """Spans (start, end) of the occurrences of needle that are whole words (see is_whole)."""
    return [(i, i + len(needle)) for i in occurrences(text, needle) if is_whole(text, i, needle, **kw)]


def covered(spans, i, j):
    return any(a <= i and j <= b for a, b in spans)


def contained_pairs(texts):
    """(a, b) for every label text a that occurs inside another label text b."""
    return [(a, b) for a in texts for b in texts if a != b and a in b]


def context(text, i, width=25):
    left = text[max(0, i - width):i].replace("\n", " ")
    return f"[...{left}]"


# ------------------------------------------------------------------ reading and reporting
def set_dir(argv=None, skip_flags=False, default_file=None):
    """Directory of the set: the first argument, else the directory of default_file."""
    args = sys.argv[1:] if argv is None else argv
    if skip_flags:
        args = [a for a in args if not a.startswith("--")]
    return args[0] if args else os.path.dirname(os.path.abspath(default_file))


def read_lines(path, style="file"):
    """The lines of a JSONL file.

    file:       as iterating the open file gives them (with their newline)
    splitlines: str.splitlines() of the whole file
    split:      split at "\\n", without the empty string after a final newline
    """
    with open(path, encoding="utf-8") as fh:
        if style == "file":
            return list(fh)
        content = fh.read()
    if style == "splitlines":
        return content.splitlines()
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


class Report:
    """Collects errors and warnings as '<prefix><where>: <message>'."""

    def __init__(self, err_prefix="", warn_prefix=""):
        self.errors, self.warnings = [], []
        self.err_prefix, self.warn_prefix = err_prefix, warn_prefix

    def err(self, where, msg):
        self.errors.append(f"{self.err_prefix}{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{self.warn_prefix}{where}: {msg}")

    def print_all(self, err_tag, warn_tag, warnings_first=True):
        """Print 'tag line' for every warning and error (tag None: the line alone)."""
        groups = [(self.warnings, warn_tag), (self.errors, err_tag)]
        for lines, tag in (groups if warnings_first else groups[::-1]):
            for line in lines:
                print(line) if tag is None else print(tag, line)

    def exit_code(self):
        return 1 if self.errors else 0


# ------------------------------------------------------------------ dev7/dev8 record loop
class TaggedSetChecker:
    """Record loop for sets with a clean file and one labelled file, ids <prefix>-0001.. in order
    across the files, notes "[da|en|da/en] ...", clean notes "[lang] [hard-neg|clean] ...".

    Subclasses set the class attributes and may override the hooks marked below.
    """
    PREFIX = ""                       # id prefix, e.g. "d7"
    FILES = []                        # [(kind, file name)], kind "clean" or the labelled kind
    CATEGORIES = {"cpr", "name", "address", "email", "phone", "health",
                  "cvr", "iban", "bank_account", "payment_card"}
    IDENTIFYING = {"cpr", "name", "address", "email", "phone"}
    NOTE_RE = re.compile(r"^\[(da|en|da/en)\] ")
    CLEAN_TAG_RE = re.compile(r"^\[(da|en|da/en)\] \[(hard-neg|clean)\] \S")
    MIN_LEN, MAX_LEN = 50, 1500
    ALLOWED_PHONES = {"89591000"}     # the town hall switchboard
    FUNCTIONAL_LOCALPARTS = set()     # functional mailboxes: not personal data
    OWN_CVR = None                    # skipped by the phone-like scan when set
    SCAN_CONTEXT = False              # add the text before an unlabelled string to the warning
    SCAN_NUMBERS = False              # also scan for CVR-, card- and IBAN-valid strings
    LINE_WHITESPACE = False           # error on trailing whitespace (JSON line and text lines)

    def __init__(self, root):
        self.root = root
        self.report = Report("ERROR ", "warn  ")
        self.err, self.warn = self.report.err, self.report.warn
        self.expected = 1
        self.seen_ids = set()
        self.lengths = []
        self.stats = {k: Counter() for k, _ in self.FILES}
        self.langs = {k: Counter() for k, _ in self.FILES}
        self.tags = Counter()

    # ---- hooks
    def clean_note(self, rid, note, tag):
        """Called for a clean record whose note has a valid tag."""

    def check_value(self, rid, cat, lt):
        """Per-category checks of a label text."""
        if cat == "cpr":
            self.check_cpr(rid, lt)

    def after_label(self, rid, text, lt, spans):
        """Called after a label text was found verbatim (spans: its whole-word spans)."""

    def record_rules(self, rid, kind, labels, cats):
        """Rules for a record of the labelled file."""

    def summary(self):
        raise NotImplementedError

    # ---- checks
    def check_cpr(self, rid, value):
        if not re.fullmatch(r"\d{6}[- ]?\d{4}", value):
            self.err(rid, f"cpr {value!r} not in DDMMYY-SSSS / DDMMYYSSSS / DDMMYY SSSS form")
            return
        d = digits(value)
        try:
            born = cpr_birth(d)
        except ValueError:
            self.err(rid, f"cpr {value!r} has no real date")
            return
        if born > TODAY:
            self.err(rid, f"cpr {value!r} is born in the future ({born})")
        if born < datetime.date(2007, 1, 1) and not cpr_mod11(d):
            self.err(rid, f"cpr {value!r} (born {born}) fails modulus 11")

    def scan_identifiers(self, rid, text, label_spans, kind):
        """Heuristic: e-mail, CPR and phone-like (and optionally CVR-, card-, IBAN-valid)
        strings not covered by a label."""
        warn = self.warn

        def ctx(m):
            return f" {context(text, m.start())}" if self.SCAN_CONTEXT else ""

        for m in EMAIL_RE.finditer(text):
            local = m.group().split("@")[0].lower()
            if covered(label_spans, m.start(), m.end()) or local in self.FUNCTIONAL_LOCALPARTS:
                continue
            warn(rid, f"{kind}: unlabelled e-mail-like string {m.group()!r}{ctx(m)}")
        obfuscated = (r"[\w.-]+ ?(?:\(at\)|\[at\]) ?[\w-]+(?:\.[\w-]+)+"
                      r"|[\w.-]+ (?:at|snabel-a) [\w-]+ (?:dot|punktum) \w+")
        for m in re.finditer(obfuscated, text):
            if not covered(label_spans, m.start(), m.end()):
                warn(rid, f"{kind}: unlabelled obfuscated e-mail? {m.group()!r}")
        for m in re.finditer(r"(?<![\d-])\d{6}[- ]?\d{4}(?![\d-])", text):
            try:
                cpr_birth(digits(m.group()))
            except ValueError:
                continue
            if not covered(label_spans, m.start(), m.end()):
                warn(rid, f"{kind}: unlabelled CPR-like string {m.group()!r}{ctx(m)}")
        for m in re.finditer(r"(?<![\w+])(?:\+|00)?\d[\d ]{6,16}\d(?![\w])", text):
            d = digits(m.group())
            if len(d) < 8 or d in self.ALLOWED_PHONES or d == self.OWN_CVR:
                continue
            if re.fullmatch(r"\d{6}[- ]?\d{4}", m.group()):
                continue  # handled by the CPR scan
            if not covered(label_spans, m.start(), m.end()):
                warn(rid, f"{kind}: unlabelled phone-like string {m.group()!r}{ctx(m)}")
        if not self.SCAN_NUMBERS:
            return
        for m in re.finditer(r"(?<![\w-])(?<!\d )(?:DK-?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?![\w-]| \d)", text):
            d = digits(m.group())
            if d == self.OWN_CVR or d in self.ALLOWED_PHONES or not cvr_ok(d):
                continue
            if not covered(label_spans, m.start(), m.end()):
                warn(rid, f"{kind}: unlabelled CVR-valid 8-digit string {m.group()!r}{ctx(m)}")
        for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])", text):
            if luhn(digits(m.group())) and not covered(label_spans, m.start(), m.end()):
                warn(rid, f"{kind}: unlabelled Luhn-valid card-like string {m.group()!r}{ctx(m)}")
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", text):
            if iban_ok(m.group().replace(" ", "")) and not covered(label_spans, m.start(), m.end()):
                warn(rid, f"{kind}: unlabelled IBAN-valid string {m.group()!r}{ctx(m)}")

    def run(self):
        for kind, fname in self.FILES:
            for lineno, line in enumerate(read_lines(os.path.join(self.root, fname)), 1):
                self.check_line(kind, f"{fname}:{lineno}", line)
        return self.report.exit_code()

    def check_line(self, kind, where, line):
        err = self.err
        if not line.strip():
            err(where, "blank line")
            return
        if self.LINE_WHITESPACE and line.rstrip("\n") != line.rstrip():
            err(where, "trailing whitespace on the JSON line")
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"invalid JSON: {e}")
            return
        if not isinstance(rec, dict) or set(rec) != KEYS:
            err(where, f"keys must be exactly {sorted(KEYS)}")
            return
        rid, text, labels, note = rec["id"], rec["text"], rec["labels"], rec["note"]
        if not all(isinstance(x, str) for x in (rid, text, note)) or not isinstance(labels, list):
            err(where, "wrong value types")
            return
        want = f"{self.PREFIX}-{self.expected:04d}"
        if rid != want:
            err(where, f"id {rid!r}, expected {want!r}")
        if rid in self.seen_ids:
            err(where, f"duplicate id {rid}")
        self.seen_ids.add(rid)
        self.expected += 1
        self.lengths.append(len(text))
        if self.LINE_WHITESPACE and (any(l != l.rstrip() for l in text.split("\n")) or text != text.strip()):
            err(rid, "text has trailing or leading whitespace")
        if not (self.MIN_LEN <= len(text) <= self.MAX_LEN):
            err(rid, f"text length {len(text)} outside {self.MIN_LEN}-{self.MAX_LEN}")
        m = self.NOTE_RE.match(note)
        if not m:
            err(rid, "note must start with [da], [en] or [da/en] and a space")
        else:
            self.langs[kind][m.group(1)] += 1
        if kind == "clean":
            mt = self.CLEAN_TAG_RE.match(note)
            if not mt:
                err(rid, "clean note must be '[lang] [hard-neg|clean] description'")
            else:
                self.tags[mt.group(2)] += 1
                self.clean_note(rid, note, mt.group(2))
            if labels:
                err(rid, "clean file records must have no labels")
        elif re.search(r"\[(hard-neg|clean)\]", note):
            err(rid, f"{kind} note must not carry a clean tag")

        label_spans = []
        texts_seen = []
        cats = set()
        for lab in labels:
            if not isinstance(lab, dict) or set(lab) != LABEL_KEYS:
                err(rid, f"bad label object {lab!r}")
                continue
            cat, lt = lab["category"], lab["text"]
            if cat not in self.CATEGORIES:
                err(rid, f"unknown category {cat!r}")
            if not isinstance(lt, str) or not lt.strip() or lt != lt.strip():
                err(rid, f"label text empty or padded: {lt!r}")
                continue
            cats.add(cat)
            self.stats[kind][cat] += 1
            if lt in texts_seen:
                err(rid, f"duplicate label text {lt!r}")
            texts_seen.append(lt)
            if lt not in text:
                err(rid, f"label {lt!r} not found verbatim")
                continue
            spans = whole_word_spans(text, lt, edge=str.isalnum)
            if not spans:
                err(rid, f"label {lt!r} occurs only inside other words")
            label_spans.extend(spans)
            self.check_value(rid, cat, lt)
            self.after_label(rid, text, lt, spans)
        for a, b in contained_pairs(texts_seen):
            err(rid, f"label {a!r} is contained in label {b!r}")
        if kind != "clean":
            self.record_rules(rid, kind, labels, cats)
        self.scan_identifiers(rid, text, label_spans, kind)

    def print_problems(self, show_warnings=True):
        for line in self.report.errors:
            print(line)
        if show_warnings:
            for line in self.report.warnings:
                print(line)

    def print_lengths(self):
        if self.lengths:
            print(f"text length: min {min(self.lengths)}, median {statistics.median(self.lengths):.0f}, "
                  f"max {max(self.lengths)}")


class DevSetChecker(TaggedSetChecker):
    """The rules of the dev8 set and the sets written after it (dev9, dev10): number
    rules per category, shape checks, contained labels, health with an identifying
    label, hard-negative kinds, and their summary. Subclasses set PREFIX and FILES;
    `extra_errors()` may add set-wide rules (printed last, counted as errors)."""
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
        if any(kind == "personal" for kind, _ in self.FILES):
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
        extra = self.extra_errors(total, all_langs)
        for line in extra:
            print(line)
        print(f"{len(self.report.errors) + len(extra)} error(s), {len(self.report.warnings)} warning(s)")
        return 1 if extra else 0

    def extra_errors(self, total, all_langs):
        """Set-wide rules: lines "ERROR: ..." (none by default)."""
        return []
