#!/usr/bin/env python3
"""Static checks of the Windows installer files (they cannot run on Linux).

  (The MSI is built with wixl and checked, installed, upgraded and removed
  under Wine by the Windows suite: tests/windows/test_wine_msi.py.)
  * installer/windows/<host name>.json: valid host manifest with the
    exact allowed origin;
  * installer/windows/privacy-guard.conf: parses as HostConfig (protoc, when
    installed) and allows exactly the extension origin;
  * install.ps1 / uninstall.ps1: use the Edge registry key, the Application
    log and the file list; parse without errors when pwsh is
    installed (otherwise that check is skipped, with a message, and a
    heuristic bracket/string/comment balance check runs instead);
  * vcpkg.json lists the Windows dependencies; CMakePresets.json has the
    windows presets build.ps1 uses (and "cmake --list-presets" accepts it).

Usage: check_windows.py [--repo DIR] [--self-test]
Exit status 0 when everything passed, 1 otherwise.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

from checklib import HOST_NAME, ORIGIN, Checker, manifest_errors, run_main, run_mutations

VCPKG_DEPS = {"hyperscan", "icu", "protobuf", "nlohmann-json", "gtest", "benchmark", "libsodium"}

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))


def read(c, path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as e:
        c.check(False, "cannot read %s: %s" % (path, e))
        return None


def check_manifest(c, repo):
    path = os.path.join(repo, "installer", "windows", HOST_NAME + ".json")
    text = read(c, path)
    if text is None:
        return
    try:
        m = json.loads(text)
    except ValueError as e:
        c.check(False, "%s: invalid JSON: %s" % (path, e))
        return
    # The MSI's manifest names the executable relative to the manifest's folder.
    c.check_none(manifest_errors(m, "privacy-guard.exe"), "%s: " % os.path.basename(path))


def check_conf(c, repo):
    path = os.path.join(repo, "installer", "windows", "privacy-guard.conf")
    text = read(c, path)
    if text is None:
        return
    origins = re.findall(r'^\s*allowed_origins:\s*"([^"]*)"', text, re.M)
    c.check(origins == [ORIGIN], "privacy-guard.conf must allow exactly %r, allows %s" % (ORIGIN, origins))
    c.check(re.search(r'^\s*policy_path:\s*"[^"]+"', text, re.M) is not None, "privacy-guard.conf needs policy_path")
    proto_dir = os.path.join(repo, "native-host", "proto")
    protoc = shutil.which("protoc")
    if protoc and os.path.isfile(os.path.join(proto_dir, "privacy_guard", "policy.proto")):
        r = subprocess.run([protoc, "-I" + proto_dir, "--encode=privacy_guard.config.HostConfig",
                            "privacy_guard/policy.proto"], input=text.encode(), capture_output=True)
        c.check(r.returncode == 0, "privacy-guard.conf is not a valid HostConfig: %s"
                % r.stderr.decode(errors="replace").strip())
    else:
        c.notes.append("SKIP HostConfig parse of privacy-guard.conf: protoc or policy.proto not found")


def ps_balance(text):
    """Heuristic PowerShell check for when pwsh is not installed: brackets
    (), {}, [] balance outside comments and strings, strings and block
    comments are closed. Handles '...' (with ''), "..." (with `-escapes and
    $( ) subexpressions), here-strings, # and <# #> comments. Returns an
    error message or None."""
    pairs = {")": "(", "}": "{", "]": "["}
    stack = []  # (char, line)
    i, n, line = 0, len(text), 1

    def at(k):
        return text[k] if k < n else ""

    def skip_string(i, line):  # text[i] == '"'; returns index after the string
        i += 1
        while i < n:
            ch = text[i]
            if ch == "`":
                i += 2
                continue
            if ch == "\n":
                line += 1
            if ch == '"':
                if at(i + 1) == '"':
                    i += 2
                    continue
                return i + 1, line
            if ch == "$" and at(i + 1) == "(":
                stack.append(("$(", line))
                depth = len(stack)
                i, line = scan(i + 2, line, depth)
                continue
            i += 1
        raise ValueError("string not closed (line %d)" % line)

    def scan(i, line, stop_depth=None):
        while i < n:
            ch = text[i]
            if ch == "\n":
                line += 1
            if ch == "<" and at(i + 1) == "#":
                end = text.find("#>", i + 2)
                if end < 0:
                    raise ValueError("block comment not closed (line %d)" % line)
                line += text.count("\n", i, end)
                i = end + 2
                continue
            if ch == "#":
                end = text.find("\n", i)
                i = n if end < 0 else end
                continue
            if ch == "@" and at(i + 1) in "'\"" and at(i + 2) in "\r\n":
                q = at(i + 1)
                m = re.compile(r"\n" + q + "@").search(text, i + 2)
                if not m:
                    raise ValueError("here-string not closed (line %d)" % line)
                line += text.count("\n", i, m.end())
                i = m.end()
                continue
            if ch == "'":
                j = i + 1
                while True:
                    j = text.find("'", j)
                    if j < 0:
                        raise ValueError("string not closed (line %d)" % line)
                    if at(j + 1) == "'":
                        j += 2
                        continue
                    break
                line += text.count("\n", i, j)
                i = j + 1
                continue
            if ch == '"':
                i, line = skip_string(i, line)
                continue
            if ch == "`":
                i += 2
                continue
            if ch in "({[":
                stack.append((ch, line))
            elif ch in ")}]":
                if not stack:
                    raise ValueError("unmatched %r at line %d" % (ch, line))
                open_ch, open_line = stack.pop()
                want = "(" if open_ch == "$(" else open_ch
                if pairs[ch] != want:
                    raise ValueError("%r at line %d closes %r from line %d" % (ch, line, open_ch, open_line))
                if stop_depth is not None and len(stack) == stop_depth - 1:
                    return i + 1, line
            i += 1
        return i, line

    try:
        scan(0, 1)
    except ValueError as e:
        return str(e)
    if stack:
        return "%r opened at line %d is never closed" % stack[-1]
    return None


def check_ps1(c, repo):
    win = os.path.join(repo, "installer", "windows")
    scripts = {n: read(c, os.path.join(win, n)) for n in ("install.ps1", "uninstall.ps1", "build.ps1")}
    inst = scripts["install.ps1"] or ""
    # The host name, extension id and event source are installer/product.json's,
    # written into install.ps1 by installer/gen_product.py (test installer.product).
    for needle, what in (("HKLM:\\SOFTWARE\\Microsoft\\Edge\\NativeMessagingHosts\\", "Edge registry key"),
                         ("'Application'", "Application log"), ("installed-files.txt", "file list")):
        c.check(needle in inst, "install.ps1 does not contain the %s %r" % (what, needle))
    c.check("installed-files.txt" in (scripts["uninstall.ps1"] or ""), "uninstall.ps1 must read installed-files.txt")
    for n, t in scripts.items():
        if t is not None:
            c.check("Set-StrictMode" in t and "$ErrorActionPreference = 'Stop'" in t,
                    "%s must use Set-StrictMode and $ErrorActionPreference = 'Stop'" % n)
    pwsh = shutil.which("pwsh")
    if not pwsh:
        c.notes.append("SKIP PowerShell parse check: pwsh is not installed "
                       "(a heuristic bracket/string balance check ran instead)")
        for n, t in scripts.items():
            if t is not None:
                err = ps_balance(t)
                c.check(err is None, "%s: %s" % (n, err))
        return
    for n in scripts:
        p = os.path.join(win, n)
        cmd = ("$e=$null;[void][System.Management.Automation.Language.Parser]::ParseFile('%s',[ref]$null,[ref]$e);"
               "$e | ForEach-Object { $_.ToString() }; exit $e.Count" % p.replace("'", "''"))
        r = subprocess.run([pwsh, "-NoProfile", "-NonInteractive", "-Command", cmd], capture_output=True)
        c.check(r.returncode == 0, "%s does not parse: %s" % (n, r.stdout.decode(errors="replace").strip()))


def check_build_config(c, repo, build_ps1):
    vcpkg = os.path.join(repo, "vcpkg.json")
    text = read(c, vcpkg)
    if text is not None:
        try:
            v = json.loads(text)
            deps = {d if isinstance(d, str) else d.get("name") for d in v.get("dependencies", [])}
            c.check(VCPKG_DEPS <= deps, "vcpkg.json lacks %s" % sorted(VCPKG_DEPS - deps))
            c.check(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", v.get("name", "")) is not None,
                    "vcpkg.json name must be lowercase-with-dashes")
        except ValueError as e:
            c.check(False, "vcpkg.json: invalid JSON: %s" % e)
    presets_path = os.path.join(repo, "CMakePresets.json")
    text = read(c, presets_path)
    if text is None:
        return
    try:
        p = json.loads(text)
    except ValueError as e:
        c.check(False, "CMakePresets.json: invalid JSON: %s" % e)
        return
    conf = {x["name"]: x for x in p.get("configurePresets", [])}
    win = conf.get("windows")
    if c.check(win is not None, "CMakePresets.json needs a configure preset 'windows'"):
        c.check("vcpkg.cmake" in win.get("toolchainFile", ""), "the windows preset must use the vcpkg toolchain")
        c.check(win.get("generator", "").startswith("Visual Studio"), "the windows preset must use Visual Studio")
        c.check(win.get("cacheVariables", {}).get("VCPKG_TARGET_TRIPLET", "").startswith("x64-windows"),
                "the windows preset must set an x64-windows vcpkg triplet")
    for kind in ("buildPresets", "testPresets"):
        names = {x["name"]: x for x in p.get(kind, [])}
        wr = names.get("windows-release")
        c.check(wr is not None and wr.get("configurePreset") == "windows",
                "%s needs 'windows-release' based on 'windows'" % kind)
    for used in re.findall(r"'--preset',\s*'([a-z-]+)'", build_ps1 or ""):
        c.check(used in conf or any(used == x["name"] for k in ("buildPresets", "testPresets")
                                     for x in p.get(k, [])),
                "build.ps1 uses preset %r, not in CMakePresets.json" % used)
    cmake = shutil.which("cmake")
    if cmake:
        r = subprocess.run([cmake, "--list-presets=all"], cwd=repo, capture_output=True)
        c.check(r.returncode == 0, "cmake --list-presets rejects CMakePresets.json: %s"
                % r.stderr.decode(errors="replace").strip())


def check_all(repo):
    c = Checker()
    build_ps1 = read(c, os.path.join(repo, "installer", "windows", "build.ps1"))
    check_manifest(c, repo)
    check_conf(c, repo)
    check_ps1(c, repo)
    check_build_config(c, repo, build_ps1)
    return c


MUTATIONS = [
    ("wildcard origin", "installer/windows/%s.json" % HOST_NAME, ORIGIN, "chrome-extension://*/", "allowed_origins"),
    ("bad manifest JSON", "installer/windows/%s.json" % HOST_NAME, '"stdio",', '"stdio"', "invalid JSON"),
    ("unknown conf field", "installer/windows/privacy-guard.conf", "cache_dir:", "cache_folder:",
     "not a valid HostConfig"),
    ("vcpkg dep missing", "vcpkg.json", '"libsodium",', "", "lacks"),
    ("preset renamed", "CMakePresets.json", '"name": "windows-release"', '"name": "win-release"',
     "windows-release"),
    ("unbalanced PowerShell", "installer/windows/uninstall.ps1",
     "Remove-Item -LiteralPath $p -Force; $removed++\n        } else {",
     "Remove-Item -LiteralPath $p -Force; $removed++\n         else {", "never closed"),
    ("unclosed PowerShell string", "installer/windows/build.ps1",
     "Write-Host \"zip: $Zip\"", "Write-Host \"zip: $Zip", "not closed"),
]
COPY = ["installer/windows", "vcpkg.json", "CMakePresets.json", "native-host/proto"]


def self_test(repo):
    def prepare(tmp):
        for item in COPY:
            src, dst = os.path.join(repo, item), os.path.join(tmp, item)
            if os.path.isdir(src):
                shutil.copytree(src, dst)
            elif os.path.exists(src):
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copy(src, dst)
        # "cmake --list-presets" wants a CMakeLists.txt next to the presets.
        shutil.copy(os.path.join(repo, "CMakeLists.txt"), os.path.join(tmp, "CMakeLists.txt"))
        return tmp

    return run_mutations(MUTATIONS, prepare, check_all, "pg-win-", 28)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=REPO)
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    return run_main("Windows installer files", lambda: check_all(args.repo),
                    (lambda: self_test(args.repo)) if args.self_test else None)


if __name__ == "__main__":
    sys.exit(main())
