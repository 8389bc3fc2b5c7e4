#!/usr/bin/env python3
"""`privacy-guard.exe scan --jsonl` under Wine gives byte-identical output to
the Linux build on the whole labelled corpus (tests/corpus/*.jsonl), with
the shipped lists and with the full reference lists (../shared/data), with
a cold and a warm pattern-database cache (issue 15); `export purview` writes
the same files.

  PG_LINUX_EXE   the Linux build's privacy-guard
  PG_SHARED_DATA the full reference lists (skipped when absent)
"""
import glob
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import winetest as wt  # noqa: E402

LINUX_EXE = os.environ.get("PG_LINUX_EXE", "")
SHARED = os.environ.get("PG_SHARED_DATA", "")
WORK = os.path.join(wt.WORK, "parity")


def corpus():
    files = sorted(glob.glob(os.path.join(wt.SOURCE, "tests", "corpus", "*.jsonl")))
    data = b"".join(open(f, "rb").read() for f in files)
    return files, data


class ScanParityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        assert os.access(LINUX_EXE, os.X_OK), \
            "no Linux build at %r (PG_LINUX_EXE; ./dev.sh windows-test builds it)" % LINUX_EXE
        shutil.rmtree(WORK, ignore_errors=True)
        os.makedirs(WORK)
        cls.files, cls.input = corpus()
        lines = cls.input.count(b"\n")
        assert len(cls.files) >= 20 and lines >= 1000, (len(cls.files), lines)

    def compare(self, name, extra_args_linux, extra_args_windows):
        policy = os.path.join(wt.SOURCE, "rules", "default.policy")
        linux = subprocess.run([LINUX_EXE, "scan", "--jsonl", "--policy", policy] + extra_args_linux,
                               input=self.input, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(os.environ, PRIVACY_GUARD_CACHE_DIR="off"), timeout=600)
        self.assertEqual(linux.returncode, 0, linux.stderr[-2000:])
        self.assertEqual(linux.stdout.count(b"\n"), self.input.count(b"\n"))
        self.assertIn(b'"category":"cpr"', linux.stdout)
        cache = os.path.join(WORK, name + "-cache")
        for run in ("cold cache", "warm cache"):
            win = wt.wine([wt.EXE, "scan", "--jsonl", "--policy", wt.winpath(policy)] + extra_args_windows,
                          input=self.input, extra_env={"PRIVACY_GUARD_CACHE_DIR": wt.winpath(cache)},
                          timeout=900)
            if win.stdout != linux.stdout:
                out = os.path.join(WORK, name + ".windows.jsonl")
                open(out, "wb").write(win.stdout)
                open(os.path.join(WORK, name + ".linux.jsonl"), "wb").write(linux.stdout)
                a, b = linux.stdout.splitlines(), win.stdout.splitlines()
                first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                self.fail("%s, %s: output differs from Linux at line %d (of %d/%d); both in %s\n"
                          "linux:   %r\nwindows: %r" % (name, run, first + 1, len(a), len(b), WORK,
                                                       a[first] if first < len(a) else None,
                                                       b[first] if first < len(b) else None))
            self.assertTrue(os.listdir(cache), "no compiled database was cached in " + cache)

    def test_shipped_lists(self):
        self.compare("shipped", [], [])

    def test_full_reference_lists(self):
        if not os.path.isfile(os.path.join(SHARED, "surnames.txt")):
            self.skipTest("no full lists in %r" % SHARED)
        self.compare("full", ["--data", SHARED], ["--data", wt.winpath(SHARED)])

    def test_purview_export(self):
        # The exported files (XML, dictionaries, IMPORT.md) are written in
        # binary mode: the same bytes, no CR LF, on Windows.
        policy = os.path.join(wt.SOURCE, "rules", "default.policy")
        lin, win = os.path.join(WORK, "purview-linux"), os.path.join(WORK, "purview-windows")
        subprocess.run([LINUX_EXE, "export", "purview", "--policy", policy, "--out", lin], check=True,
                       stdout=subprocess.DEVNULL)
        wt.wine([wt.EXE, "export", "purview", "--policy", wt.winpath(policy), "--out", wt.winpath(win)])
        files = sorted(os.path.relpath(os.path.join(r, f), lin) for r, _, fs in os.walk(lin) for f in fs)
        self.assertIn("privacy-guard-rulepack.xml", files)
        self.assertEqual(files, sorted(os.path.relpath(os.path.join(r, f), win)
                                       for r, _, fs in os.walk(win) for f in fs))
        for f in files:
            with open(os.path.join(lin, f), "rb") as a, open(os.path.join(win, f), "rb") as b:
                self.assertEqual(a.read(), b.read(), f)


if __name__ == "__main__":
    unittest.main(verbosity=2)
