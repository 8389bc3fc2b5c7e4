"""Shared by the installer checks (check_admx.py, check_windows.py,
validate_install.py): the host and extension identity (read from
installer/product.json), the host-manifest rules, a check counter, the
mutation self-test that proves every check can fail, and the main() of the
two static checkers.

That the installer files hold product.json's values is checked by
installer/gen_product.py --check (test installer.product); these checks use
the values to check what the files mean."""
import json
import os
import shutil
import sys
import tempfile

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
with open(os.path.join(REPO, "installer", "product.json"), encoding="utf-8") as _f:
    PRODUCT = json.load(_f)
HOST_NAME = PRODUCT["host"]["name"]
HOST_DESCRIPTION = PRODUCT["host"]["description"]
EXTENSION_ID = PRODUCT["extension"]["id"]
ORIGIN = "chrome-extension://%s/" % EXTENSION_ID
POLICY_KEY = PRODUCT["windows"]["policy_key"]
EVENT_SOURCE = PRODUCT["windows"]["event_source"]
MANIFEST_KEYS = {"name", "description", "path", "type", "allowed_origins"}


def manifest_errors(m, expect_path):
    """What is wrong with the parsed native-messaging host manifest m: its
    keys, name, type and allowed_origins (exactly our extension's origin),
    and its path unless expect_path is None. Returns a list of messages."""
    if not isinstance(m, dict):
        return ["top level is not an object"] + manifest_errors({}, expect_path)
    errors = []
    if set(m) != MANIFEST_KEYS:
        errors.append("keys are %s, expected name, description, path, type, allowed_origins" % sorted(m))
    if m.get("name") != HOST_NAME:
        errors.append("name is %r, expected %r" % (m.get("name"), HOST_NAME))
    if m.get("description") != HOST_DESCRIPTION:
        errors.append("description is %r, expected %r" % (m.get("description"), HOST_DESCRIPTION))
    if m.get("type") != "stdio":
        errors.append("type is %r, expected 'stdio'" % m.get("type"))
    if expect_path is not None and m.get("path") != expect_path:
        errors.append("path is %r, expected %r" % (m.get("path"), expect_path))
    if m.get("allowed_origins") != [ORIGIN]:
        errors.append("allowed_origins is %r, expected exactly [%r]" % (m.get("allowed_origins"), ORIGIN))
    return errors


class Checker:
    """Counts checks and collects the messages of those that failed."""

    def __init__(self):
        self.errors, self.notes, self.checks = [], [], 0

    def check(self, cond, msg):
        self.checks += 1
        if not cond:
            self.errors.append(msg)
        return cond

    def check_none(self, errors, prefix=""):
        """One check that passes when `errors` (a list of messages) is empty;
        records each message, after prefix."""
        self.checks += 1
        self.errors += [prefix + e for e in errors]
        return not errors


def run_mutations(mutations, prepare, check, prefix, width):
    """For each (name, rel, old, new, expect): prepare(tmp) copies the files
    under test into tmp and returns the root; `old` is replaced by `new` in
    root/rel; check(root) must then report an error containing `expect`.
    Returns (passed, failed)."""
    passed = failed = 0
    for name, rel, old, new, expect in mutations:
        tmp = tempfile.mkdtemp(prefix=prefix)
        try:
            root = prepare(tmp)
            path = os.path.join(root, rel)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if old not in text:
                print("FAIL self-test %-*s: mutation does not apply (%r not in %s)" % (width, name, old[:40], rel))
                failed += 1
                continue
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace(old, new, 1))
            c = check(root)
            hits = [e for e in c.errors if expect in e]
            if hits:
                print("ok   self-test %-*s: caught (%s)" % (width, name, hits[0][:100]))
                passed += 1
            else:
                print("FAIL self-test %-*s: not caught; errors were: %s" % (width, name, c.errors[:3]))
                failed += 1
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return passed, failed


def run_main(label, check, self_test=None):
    """The main() of a static checker: c = check() checks the real files;
    prints its notes, its failures and "LABEL: N checks, M failed". Then, if
    self_test is given and the real files passed, runs self_test(), which
    returns (passed, failed). Ends with "SCRIPT: P passed, F failed" and
    returns the exit status (0 when nothing failed)."""
    c = check()
    for note in c.notes:
        print("note: " + note)
    for e in c.errors:
        print("FAIL " + e)
    print("%s: %d checks, %d failed" % (label, c.checks, len(c.errors)))
    passed, failed = (1, 0) if not c.errors else (0, 1)
    if self_test is not None:
        if c.errors:
            print("self-test skipped: the real files must pass first")
        else:
            p, f = self_test()
            passed, failed = passed + p, failed + f
    script = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    print("%s: %d passed, %d failed" % (script, passed, failed))
    return 0 if failed == 0 else 1
