#!/usr/bin/env python3
"""privacy-guard.exe is a PE32+ x86-64 program that needs no DLL beyond
Windows' own (everything else is linked statically), and runs under Wine.
"""
import os
import shutil
import struct
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import winetest as wt  # noqa: E402

# DLLs every Windows 10/11 has (lower case). Anything else — libstdc++-6,
# libgcc_s_seh-1, libwinpthread-1, ICU, protobuf, Hyperscan, libsodium —
# would have to be shipped next to the program.
SYSTEM_DLLS = {"kernel32.dll", "msvcrt.dll", "advapi32.dll", "user32.dll", "ws2_32.dll",
               "bcrypt.dll", "shell32.dll", "ole32.dll", "ntdll.dll", "userenv.dll"}


def imports(path):
    out = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", path], check=True,
                         stdout=subprocess.PIPE).stdout.decode()
    return sorted({l.split("DLL Name:")[1].strip().lower() for l in out.splitlines() if "DLL Name:" in l})


class ExeTest(unittest.TestCase):
    def test_pe32_plus_x86_64(self):
        with open(wt.EXE, "rb") as f:
            data = f.read(4096)
        self.assertEqual(data[:2], b"MZ")
        (pe,) = struct.unpack_from("<I", data, 0x3C)
        self.assertEqual(data[pe:pe + 4], b"PE\0\0")
        (machine,) = struct.unpack_from("<H", data, pe + 4)
        (magic,) = struct.unpack_from("<H", data, pe + 24)
        self.assertEqual(machine, 0x8664, "not x86-64")
        self.assertEqual(magic, 0x20B, "not PE32+")
        (subsystem,) = struct.unpack_from("<H", data, pe + 24 + 68)
        self.assertEqual(subsystem, 3, "not a console program")

    def test_only_windows_dlls(self):
        for exe in (wt.EXE, wt.LAUNCHER):
            dlls = imports(exe)
            self.assertIn("kernel32.dll", dlls)
            self.assertEqual([d for d in dlls if d not in SYSTEM_DLLS], [], exe)

    def test_runs_under_wine(self):
        proc = wt.wine([wt.EXE, "--version"])
        self.assertEqual(proc.stdout.decode().strip(), "privacy-guard " + wt.PRODUCT["version"])

    def test_cache_folder_with_a_non_ascii_name(self):
        # PRIVACY_GUARD_CACHE_DIR (like %LOCALAPPDATA%, which Wine sets
        # itself) read as UTF-8, not in the ANSI code page: the compiled
        # databases land in the folder named, e.g. under C:\Users\Søren.
        cache = os.path.join(wt.WORK, "exe", "S\u00f8ren", "cache")
        shutil.rmtree(os.path.join(wt.WORK, "exe"), ignore_errors=True)
        os.makedirs(cache)
        proc = wt.wine([wt.EXE, "scan", "--jsonl", "--policy",
                        wt.winpath(os.path.join(wt.SOURCE, "rules", "default.policy"))],
                       input='{"id":1,"text":"CPR 070761-4285"}\n'.encode(),
                       extra_env={"PRIVACY_GUARD_CACHE_DIR": wt.winpath(cache)})
        self.assertIn(b'"category":"cpr"', proc.stdout)
        self.assertTrue(os.listdir(cache), "nothing cached in %s; the work folder holds %s"
                        % (cache, [r for r, _, _ in os.walk(os.path.join(wt.WORK, "exe"))]))
    def test_non_ascii_arguments(self):
        # Arguments arrive as UTF-8 whatever the ANSI code page: a policy in
        # a folder called Søren is found and checked.
        folder = os.path.join(wt.WORK, "exe-args", "S\u00f8ren")
        shutil.rmtree(os.path.dirname(folder), ignore_errors=True)
        policy = wt.make_policy_dir(folder, "non-ascii-path")
        proc = wt.wine([wt.EXE, "policy", "check", wt.winpath(policy)], check=False)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertIn("non-ascii-path", proc.stdout.decode("utf-8", "replace"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
