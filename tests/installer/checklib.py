"""Shared by check_admx.py and check_windows.py: a check counter and the
mutation self-test that proves every check can fail."""
import os
import shutil
import tempfile


class Checker:
    """Counts checks and collects the messages of those that failed."""

    def __init__(self):
        self.errors, self.notes, self.checks = [], [], 0

    def check(self, cond, msg):
        self.checks += 1
        if not cond:
            self.errors.append(msg)
        return cond


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
