#!/usr/bin/env python3
"""Writes installer/product.json's values into every file that holds a copy.

installer/product.json is the one hand-edited place for privacy-guard's
identity: the extension id and key, the native-messaging host name and
description, the approved and unapproved AI hosts and the approved tool's
address, the Windows UpgradeCode, policy registry key and event source, and
the version. Every other file that needs one of these values either reads
product.json when it runs or is built (CMake, the tests, the MSI build), or is
a *target* of this script, which rewrites the copies in place:

  --check   exit 1 and list every file and line that differs from what
            product.json says, and every copy of the id, key, host name,
            description, UpgradeCode or policy key anywhere in the repository
            outside the places this script writes (a copy nobody would update);
  --write   rewrite the targets in place (and rename the Windows host
            manifest after the host); exit 1 if copies remain that it does
            not write (then read product.json there, or add a target here);
  --list    print the target files, one per line, relative to the repository.

The hosts, the version and the event source (the product's name) also occur
as ordinary data and text (test inputs, examples), so they are checked in the
targets only; the id, key, host name, description, UpgradeCode and policy key
are looked for in every file.

How a target holds the values:
  * JSON (no comments possible): the exact fields are set and the file is
    written as json.dumps(indent=2) (the files are kept in that form);
  * code and configuration: a block between two comment lines
        BEGIN generated from installer/product.json (<name>) ...
        END generated from installer/product.json (<name>)
    whose content is rendered here from product.json;
  * documentation, XML and comments: "slots", regular expressions that find a
    value by its shape and context (any 32-letter a-p word is an extension id;
    "NativeMessagingHosts\\<name>" is the host name; ...); every match must
    hold product.json's value, and --write puts it there. Registry paths are
    compared without regard to case, as Windows does.

Standard library only. Usage: gen_product.py (--check | --write | --list) [--root DIR]
"""
import argparse
import base64
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys

MARK = "generated from installer/product.json"
PRODUCT_REL = "installer/product.json"


# --- product.json -------------------------------------------------------------------

class Product:
    """The values, validated, with the forms the targets need."""

    def __init__(self, d):
        self.raw = d
        self.name = d["product"]
        self.version = d["version"]
        self.id = d["extension"]["id"]
        self.key = d["extension"]["key"]
        self.origin = "chrome-extension://%s/" % self.id
        self.host = d["host"]["name"]
        self.description = d["host"]["description"]
        self.approved = list(d["approved_hosts"])
        self.unapproved = list(d["unapproved_hosts"])
        self.tool_url = d["approved_tool_url"]
        self.upgrade_code = d["windows"]["upgrade_code"]
        self.policy_key = d["windows"]["policy_key"]
        self.event_source = d["windows"]["event_source"]


def extension_id(key_b64):
    """Chromium's extension id: SHA-256 of the DER public key, the first 32
    hex digits written with the letters a-p."""
    digest = hashlib.sha256(base64.b64decode(key_b64, validate=True)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


HOST_NAME_RE = r"[a-z0-9_]+(?:\.[a-z0-9_]+)+"        # Chromium's rule, with at least one dot
DNS_RE = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+"
PLAIN_TEXT_RE = r"[^\"'\\$`\n]+"                     # safe in sh, PowerShell, JSON and C strings


def load_product(root):
    path = os.path.join(root, PRODUCT_REL)
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    try:
        p = Product(d)
    except (KeyError, TypeError) as e:
        raise ValueError("%s: missing or malformed field %s" % (PRODUCT_REL, e))
    problems = []

    def need(cond, msg):
        if not cond:
            problems.append(msg)

    need(re.fullmatch(r"[a-p]{32}", p.id or ""), "extension.id must be 32 letters a-p")
    try:
        derived = extension_id(p.key)
        need(derived == p.id, "extension.id %s is not the id of extension.key (%s)" % (p.id, derived))
    except (ValueError, TypeError):
        problems.append("extension.key is not base64")
    need(re.fullmatch(HOST_NAME_RE, p.host or ""),
         "host.name must be lower-case letters, digits, _ and dots, with at least one dot")
    need(re.fullmatch(PLAIN_TEXT_RE, p.description or ""),
         "host.description must be one line without quotes, backslashes, $ or backticks")
    for kind, hosts in (("approved_hosts", p.approved), ("unapproved_hosts", p.unapproved)):
        need(bool(hosts), "%s must not be empty" % kind)
        for h in hosts:
            need(isinstance(h, str) and re.fullmatch(DNS_RE, h), "%s: %r is not a lower-case host name" % (kind, h))
    need(not set(p.approved) & set(p.unapproved), "a host is both approved and unapproved")
    need(re.fullmatch(r"https://[^\s\"'\\`$]+", p.tool_url or ""), "approved_tool_url must be an https URL")
    need(re.fullmatch(r"\d+\.\d+\.\d+", p.version or ""), "version must be MAJOR.MINOR.PATCH")
    need(re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", p.upgrade_code or ""),
         "windows.upgrade_code must be an upper-case GUID without braces")
    need(re.fullmatch(r"SOFTWARE\\Policies\\[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*", p.policy_key or ""),
         "windows.policy_key must be SOFTWARE\\Policies\\<name>")
    need(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", p.event_source or ""), "windows.event_source must be a plain name")
    if problems:
        raise ValueError("%s: %s" % (PRODUCT_REL, "; ".join(problems)))
    return p


# --- rendering helpers ---------------------------------------------------------------

def english_list(items):
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def js_list(items):
    return "[" + ", ".join("'%s'" % x for x in items) + "]"


def c_string(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


# --- rules -----------------------------------------------------------------------------

class Block:
    """Lines between "<c> BEGIN generated from installer/product.json (name)" and
    "<c> END ... (name)", rendered by render(product) -> list of lines."""

    def __init__(self, comment, name, render):
        self.comment, self.name, self.render = comment, name, render

    def _find(self, text):
        c = re.escape(self.comment)
        begin = re.compile(r"^([ \t]*)%s BEGIN %s \(%s\).*\n" % (c, re.escape(MARK), re.escape(self.name)), re.M)
        end = re.compile(r"^[ \t]*%s END %s \(%s\)[^\n]*\n?" % (c, re.escape(MARK), re.escape(self.name)), re.M)
        m = begin.search(text)
        return m, (end.search(text, m.end()) if m else None)

    def spans(self, text):
        m, e = self._find(text)
        return [(m.start(), e.end())] if m and e else []

    def apply(self, text, p, errors):
        m, e = self._find(text)
        if not m:
            errors.append("no block \"%s BEGIN %s (%s)\"" % (self.comment, MARK, self.name))
            return text
        if not e:
            errors.append("block (%s) has no END line" % self.name)
            return text
        indent = m.group(1)
        lines = ["%s%s BEGIN %s (%s) by installer/gen_product.py" % (indent, self.comment, MARK, self.name)]
        lines += [(indent + l) if l else "" for l in self.render(p)]
        lines.append("%s%s END %s (%s)" % (indent, self.comment, MARK, self.name))
        return text[:m.start()] + "\n".join(lines) + "\n" + text[e.end():]


class Slot:
    """Every match of `pattern` (a regular expression with a group "v") must
    hold value(product); icase: compared without regard to case."""

    def __init__(self, what, pattern, value, icase=False, min_count=0, flags=0):
        self.what, self.value, self.icase, self.min_count = what, value, icase, min_count
        self.re = re.compile(pattern, flags)

    def spans(self, text):
        return [m.span("v") for m in self.re.finditer(text)]

    def apply(self, text, p, errors):
        want = self.value(p)
        out, last, n = [], 0, 0
        for m in self.re.finditer(text):
            n += 1
            s, e = m.span("v")
            have = m.group("v")
            same = have.lower() == want.lower() if self.icase else have == want
            out.append(text[last:s])
            out.append(have if same else want)
            last = e
        out.append(text[last:])
        if n < self.min_count:
            errors.append("found no %s (pattern %s)" % (self.what, self.re.pattern))
        return "".join(out)


# Slots for prose, comments and XML: applied to every documentation-like target.
ID_SLOT = Slot("extension id", r"(?<![A-Za-z0-9])(?P<v>[a-p]{32})(?![A-Za-z0-9])", lambda p: p.id)
POLICY_KEY_SLOT = Slot(
    "policy registry key",
    r"(?i)(?<![A-Za-z0-9])(?P<v>SOFTWARE\\Policies\\(?!Microsoft\\)[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)",
    lambda p: p.policy_key, icase=True)
HOST_SLOTS = [
    Slot("host name (registry key)", r"NativeMessagingHosts\\(?P<v>%s)" % HOST_NAME_RE, lambda p: p.host),
    Slot("host name (manifest file)", r"(?<=[\\/])(?P<v>%s)\.json\b" % HOST_NAME_RE, lambda p: p.host),
    Slot("host name (connectNative)", r"connectNative\(\"(?P<v>%s)\"\)" % HOST_NAME_RE, lambda p: p.host),
    Slot("host name (\"name `...`\")", r"\bname:?\s+`(?P<v>%s)`" % HOST_NAME_RE, lambda p: p.host),
]
EVENT_SOURCE_SLOTS = [
    Slot("event source", r"\bsource ([`*\"]{1,2})(?P<v>[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])\1", lambda p: p.event_source),
    Slot("event source", r"Application log, source (?P<v>[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])", lambda p: p.event_source),
]
PROSE = [ID_SLOT, POLICY_KEY_SLOT] + HOST_SLOTS


class Text:
    """A text target: rules applied in order to the file's text."""

    def __init__(self, rel, rules, optional=False):
        self.rel, self.rules, self.optional = rel, rules, optional

    def path(self, p):
        return self.rel

    def expected(self, text, p, errors):
        for r in self.rules:
            text = r.apply(text, p, errors)
        # Where the generated values are in the result (for the search for stray copies).
        return text, [s for r in self.rules for s in r.spans(text)]


class Json:
    """A JSON target: set(d, p) sets the fields; owned(p) lists the values it
    set (their copies in the file are not stray)."""

    def __init__(self, rel, set_fields, owned, optional=False):
        self.rel, self.set_fields, self.owned, self.optional = rel, set_fields, owned, optional

    def path(self, p):
        return self.rel

    def expected(self, text, p, errors):
        try:
            d = json.loads(text)
        except ValueError as e:
            errors.append("not valid JSON: %s" % e)
            return text, []
        try:
            self.set_fields(d, p)
        except (KeyError, IndexError, TypeError) as e:
            errors.append("unexpected structure: %s" % e)
            return text, []
        return json.dumps(d, indent=2, ensure_ascii=False) + "\n", None


class WindowsManifest(Json):
    """installer/windows/<host name>.json, the host manifest the MSI installs;
    named after the host, so --write renames it when the name changes."""

    def __init__(self):
        super().__init__(None, self._set, lambda p: [p.host, p.description, p.origin])

    @staticmethod
    def _set(d, p):
        d["name"] = p.host
        d["description"] = p.description
        d["allowed_origins"] = [p.origin]

    def path(self, p):
        return "installer/windows/%s.json" % p.host

    @staticmethod
    def candidates(root):
        """Host manifests in installer/windows (whatever their name)."""
        win = os.path.join(root, "installer", "windows")
        found = []
        for n in sorted(os.listdir(win)) if os.path.isdir(win) else []:
            if not n.endswith(".json"):
                continue
            try:
                with open(os.path.join(win, n), encoding="utf-8") as f:
                    d = json.load(f)
            except (OSError, ValueError):
                continue
            if isinstance(d, dict) and d.get("type") == "stdio" and "allowed_origins" in d:
                found.append("installer/windows/" + n)
        return found


def _manifest(d, p):
    d["version"] = p.version
    d["key"] = p.key
    [cs] = d["content_scripts"]
    cs["matches"] = ["https://%s/*" % h for h in p.approved + p.unapproved]


def _vcpkg(d, p):
    d["version"] = p.version


TARGETS = [
    # --- extension -------------------------------------------------------------
    Json("extension/manifest.json", _manifest, lambda p: [p.key]),
    Text("extension/lib/settings.js", [Block("//", "sites", lambda p: [
        "const BUILTIN_APPROVED = %s;" % js_list(p.approved),
        "const BUILTIN_UNAPPROVED = %s;" % js_list(p.unapproved),
        "const DEFAULT_APPROVED_TOOL_URL = '%s';" % p.tool_url])]),
    Text("extension/lib/protocol.js", [Block("//", "host name", lambda p: [
        "const HOST_NAME = '%s';" % p.host])]),
    Text("extension/managed_schema.json", [Slot(
        "built-in unapproved hosts", r"in addition to (?P<v>[a-z0-9., -]+?) and the host policy's",
        lambda p: english_list(p.unapproved), min_count=1)]),
    Text("extension/README.md", PROSE + [
        Slot("content script matches", r"content script matches: (?P<v>`[^|]*?`) \|",
             lambda p: ", ".join("`https://%s/*`" % h for h in p.approved + p.unapproved), min_count=1),
        Slot("built-in unapproved hosts", r"besides (?P<v>[a-z0-9., -]+?) and the host policy's",
             lambda p: ", ".join(p.unapproved), min_count=1),
        Slot("approved hosts", r"\| Chromium / Chrome, (?P<v>[a-z0-9., -]+?) \|",
             lambda p: ", ".join(p.approved), min_count=1)]),
    # --- native host -------------------------------------------------------------
    Text("native-host/src/host/session.h", [Block("//", "approved hosts", lambda p:
        ["inline constexpr const char* kBuiltInApprovedHosts[] = {"]
        + ['    "%s",' % h for h in p.approved] + ["};"])]),
    Text("native-host/src/host/audit_log.cc", [Block("//", "event source", lambda p: [
        "constexpr const wchar_t* kEventSource = L\"%s\";" % c_string(p.event_source)])]),
    Text("native-host/src/host/host_config.cc", [Slot(
        "policy registry key", r"kPolicyKey = L\"(?P<v>[^\"]*)\"", lambda p: c_string(p.policy_key), min_count=1)]),
    Text("native-host/src/host/host_config.h", [POLICY_KEY_SLOT]),
    Text("native-host/src/host/README.md", [POLICY_KEY_SLOT]),
    Text("rules/default.policy", [Block("#", "sites", lambda p:
        ['approved_hosts: "%s"' % h for h in p.approved]
        + ['unapproved_hosts: "%s"' % h for h in p.unapproved]
        + ['approved_tool_url: "%s"' % p.tool_url])]),
    # --- installers ----------------------------------------------------------------
    Text("installer/linux/install.sh", [Block("#", "identity", lambda p: [
        "readonly HOST_NAME=\"%s\"" % p.host,
        "readonly HOST_DESCRIPTION=\"%s\"" % p.description,
        "readonly EXTENSION_ID=\"%s\"" % p.id])]),
    Text("installer/windows/install.ps1", [Block("#", "identity", lambda p: [
        "$HostName = '%s'" % p.host,
        "$HostDescription = '%s'" % p.description,
        "$ExtensionId = '%s'" % p.id,
        "$EventSource = '%s'" % p.event_source])] + PROSE),
    Text("installer/windows/uninstall.ps1", PROSE),
    WindowsManifest(),
    Text("installer/windows/privacy-guard.conf", [Block("#", "extension origin", lambda p: [
        "allowed_origins: \"%s\"" % p.origin])] + PROSE),
    Text("installer/windows/policy/privacy-guard.admx", PROSE),
    Text("installer/windows/policy/da-DK/privacy-guard.adml", PROSE + EVENT_SOURCE_SLOTS),
    Text("installer/windows/policy/en-US/privacy-guard.adml", PROSE + EVENT_SOURCE_SLOTS),
    # The WiX v4 source; replaced on branch "win" by a wixl build that reads
    # product.json itself. Checked where present.
    Text("installer/windows/wix/privacy-guard.wxs", PROSE + [
        Slot("UpgradeCode", r"UpgradeCode=\"\{?(?P<v>[0-9A-Fa-f-]{36})\}?\"", lambda p: p.upgrade_code,
             icase=True, min_count=1),
        Slot("event source", r"<util:EventSource Name=\"(?P<v>[^\"]*)\"", lambda p: p.event_source, min_count=1)],
        optional=True),
    Json("vcpkg.json", _vcpkg, lambda p: []),
    # --- documentation -------------------------------------------------------------
    Text("README.md", PROSE + [Slot(
        "unapproved hosts", r"Unapproved AI sites \((?P<v>[a-z0-9., -]+?), the policy's list\)",
        lambda p: ", ".join(p.unapproved), min_count=1)]),
    Text("installer/README.md", PROSE + EVENT_SOURCE_SLOTS + [
        Slot("host name (allowlist)", r"NativeMessagingAllowlist\*\* \| `(?P<v>%s)`" % HOST_NAME_RE,
             lambda p: p.host, min_count=1),
        Slot("version (MSI file name)", r"privacy-guard-(?P<v>\d+\.\d+\.\d+)-x64\.msi", lambda p: p.version,
             min_count=1)]),
    Text("docs/protocol.md", PROSE + [Slot(
        "version (status example)", r"\"version\":\"(?P<v>\d+\.\d+\.\d+)\",\"protocol\"", lambda p: p.version,
        min_count=1)]),
]


# --- the tree -----------------------------------------------------------------------------

def repo_files(root):
    """Files of the repository: git's list (tracked and untracked, not ignored)
    in a checkout, else a walk that skips .git, node_modules and build*."""
    if os.path.exists(os.path.join(root, ".git")):
        r = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           capture_output=True)
        if r.returncode == 0:
            names = sorted(set(n for n in r.stdout.decode("utf-8", "replace").split("\0") if n))
            return [n for n in names if os.path.isfile(os.path.join(root, n))]
    out = []
    for d, dirs, files in os.walk(root):
        rel_d = os.path.relpath(d, root)
        dirs[:] = sorted(x for x in dirs if x not in (".git", "node_modules")
                         and not (rel_d == "." and x.startswith("build")))
        for f in sorted(files):
            out.append(os.path.normpath(os.path.join(rel_d, f)).replace(os.sep, "/"))
    return out


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def stray_needles(p):
    """Values that must not appear outside product.json and the targets'
    generated places: (what, value, icase)."""
    return [("extension id", p.id, False), ("extension key", p.key, False),
            ("host name", p.host, False), ("host description", p.description, False),
            ("UpgradeCode", p.upgrade_code, True), ("policy registry key", p.policy_key, True),
            ("policy registry key", p.policy_key.replace("\\", "\\\\"), True)]


def find_all(text, needle, icase):
    hay, pat = (text.lower(), needle.lower()) if icase else (text, needle)
    i = hay.find(pat)
    while i >= 0:
        yield i
        i = hay.find(pat, i + 1)


class Result:
    def __init__(self):
        self.problems = []   # what --write cannot fix (stray copies, broken files, a bad product.json)
        self.diffs = []      # what --write fixes: "file:line: differs" and the lines
        self.changes = {}    # rel -> (old rel when renamed, else None; new text)

    @property
    def failed(self):
        return bool(self.problems or self.diffs)


def run(root):
    """Computes what every target should hold; finds stray copies."""
    res = Result()
    try:
        p = load_product(root)
    except (OSError, ValueError) as e:
        res.problems.append(str(e))
        return res

    covered = {}  # rel -> spans of generated text, or ("json", owned values)
    for t in TARGETS:
        rel = src_rel = t.path(p)
        if not os.path.exists(os.path.join(root, rel)):
            others = WindowsManifest.candidates(root) if isinstance(t, WindowsManifest) else []
            if len(others) == 1:
                src_rel = others[0]
                res.diffs.append("%s: the Windows host manifest must be named %s (host.name)" % (src_rel, rel))
            elif isinstance(t, WindowsManifest) or not t.optional:
                res.problems.append("%s: missing%s" % (rel, " (candidates: %s)" % ", ".join(others) if others else ""))
                continue
            else:
                continue
        with open(os.path.join(root, src_rel), encoding="utf-8", newline="") as f:
            old = f.read()
        errors = []
        new, spans = t.expected(old, p, errors)
        res.problems += ["%s: %s" % (src_rel, e) for e in errors]
        if errors:
            continue
        covered[rel] = ("json", t.owned(p)) if spans is None else spans
        if new != old or src_rel != rel:
            res.changes[rel] = (src_rel if src_rel != rel else None, new)
            if new != old:
                report_diff(res, src_rel, old, new)

    # Copies outside the generated places, in the tree as --write leaves it.
    files = set(repo_files(root))
    for rel, (src, _) in res.changes.items():
        files.discard(src)
        files.add(rel)
    for rel in sorted(files):
        if rel == PRODUCT_REL:
            continue
        if rel in res.changes:
            text = res.changes[rel][1]
        else:
            text = read_text(os.path.join(root, rel))
            if text is None:
                continue
        cov = covered.get(rel)
        for what, needle, icase in stray_needles(p):
            hits = list(find_all(text, needle, icase))
            if isinstance(cov, tuple):   # JSON target: copies beyond the fields it sets
                allowed = sum(len(list(find_all(json.dumps(v, ensure_ascii=False), needle, icase)))
                              for v in cov[1])
                hits = hits[allowed:]
            elif cov is not None:
                hits = [h for h in hits if not any(s <= h and h + len(needle) <= e for s, e in cov)]
            for h in hits:
                res.problems.append("%s:%d: a copy of the %s that gen_product.py does not write: read %s "
                                    "there, or make the file a target" % (rel, line_of(text, h), what, PRODUCT_REL))
    return res


def write(root, res):
    for rel, (src, new) in sorted(res.changes.items()):
        path = os.path.join(root, rel)
        mode = os.stat(os.path.join(root, src or rel)).st_mode
        with open(path + ".gen-tmp", "w", encoding="utf-8", newline="") as f:
            f.write(new)
        os.chmod(path + ".gen-tmp", mode & 0o7777)
        os.replace(path + ".gen-tmp", path)
        if src:
            os.remove(os.path.join(root, src))
        print("wrote %s%s" % (rel, " (renamed from %s)" % src if src else ""))


def report_diff(res, rel, old, new):
    a, b = old.splitlines(), new.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        res.diffs.append("%s:%d: differs from %s" % (rel, i1 + 1, PRODUCT_REL))
        res.diffs += ["  - " + line for line in a[i1:i2]]
        res.diffs += ["  + " + line for line in b[j1:j2]]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--write", action="store_true")
    g.add_argument("--list", action="store_true")
    ap.add_argument("--root", default=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")))
    args = ap.parse_args(argv)
    root = args.root

    if args.list:
        try:
            p = load_product(root)
        except (OSError, ValueError) as e:
            print(e, file=sys.stderr)
            return 1
        for rel in sorted(t.path(p) for t in TARGETS if os.path.exists(os.path.join(root, t.path(p))) or not t.optional):
            print(rel)
        return 0

    res = run(root)
    if args.write:
        write(root, res)
        for m in res.problems:
            print(m, file=sys.stderr)
        if res.problems:
            print("gen_product.py --write: the problems above remain; --write cannot fix them", file=sys.stderr)
            return 1
        return 0
    for m in res.problems + res.diffs:
        print(m)
    if res.failed:
        print("gen_product.py --check: the places above do not match %s%s" % (
            PRODUCT_REL, "; installer/gen_product.py --write fixes the differences" if res.diffs else ""))
        return 1
    print("gen_product.py --check: every copy matches %s" % PRODUCT_REL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
