"""Helpers for the Windows tests that run privacy-guard.exe under Wine.

Environment (set by tests/windows/CMakeLists.txt):
  PG_WINE_RUN      tests/windows/wine-run.sh
  PG_WINEPREFIX    the build's private Wine prefix
  PG_EXE           privacy-guard.exe
  PG_LAUNCHER      edge_launch.exe (starts a host like Edge does)
  PG_SOURCE_DIR    the repository
  PG_WORK_DIR      a scratch folder in the build tree
"""
import json
import os
import re
import shutil
import struct
import subprocess

SOURCE = os.environ.get("PG_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
WINE_RUN = os.environ.get("PG_WINE_RUN", os.path.join(SOURCE, "tests", "windows", "wine-run.sh"))
PREFIX = os.environ.get("PG_WINEPREFIX", "")
EXE = os.environ.get("PG_EXE", "")
LAUNCHER = os.environ.get("PG_LAUNCHER", "")
WORK = os.environ.get("PG_WORK_DIR", "")

with open(os.path.join(SOURCE, "installer", "product.json"), encoding="utf-8") as f:
    PRODUCT = json.load(f)
ORIGIN = "chrome-extension://%s/" % PRODUCT["extension"]["id"]
HOST_NAME = PRODUCT["host"]["name"]
POLICY_KEY = "HKLM\\" + PRODUCT["windows"]["policy_key"]

# A CPR number with a valid modulus-11 check digit (README example).
CPR_TEXT = "Skriv til Hans Erik Østergaard (CPR 070761-4285) om hans sag."


def winpath(path):
    """The Windows path of a Unix path under Wine (drive Z: is /)."""
    return "Z:" + os.path.abspath(path).replace("/", "\\")


def wine_env(extra=None):
    env = dict(os.environ)
    env.pop("PRIVACY_GUARD_CONFIG", None)
    env.pop("PRIVACY_GUARD_CACHE_DIR", None)
    if extra:
        env.update(extra)
    return env


# What Wine prints when a program crashes: "wine: Unhandled page fault ..."
# (stderr) and its debugger's "Unhandled exception: ..." (the program's
# stdout). The program may still exit 0, so every run is checked for it.
CRASH = re.compile(rb"Unhandled exception|wine: Unhandled")


def fail_on_crash(args, proc):
    """Raises if a Windows program run under Wine crashed (whatever its exit code)."""
    for name, out in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        m = CRASH.search(out or b"")
        if m:
            raise AssertionError("%s crashed under Wine (exit %d); %s from the crash on:\n%s" % (
                args, proc.returncode, name, out[m.start():m.start() + 2000].decode("utf-8", "replace")))


def wine(args, extra_env=None, timeout=300, check=True, input=None):
    """Runs a Windows program (or wine's builtin one, e.g. reg, msiexec);
    a crash always fails, a non-zero exit code when `check`."""
    proc = subprocess.run(["bash", WINE_RUN, PREFIX] + list(args), env=wine_env(extra_env),
                          input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout)
    fail_on_crash(args, proc)
    if check and proc.returncode != 0:
        raise AssertionError("%s exited %d\nstdout: %s\nstderr: %s" % (
            args, proc.returncode, proc.stdout[-2000:], proc.stderr[-2000:]))
    return proc


def reg(*args):
    """`wine reg ...` (Wine's reg.exe, as IT would type it)."""
    return wine(["reg"] + list(args))


def reg_query(key, value=None):
    args = ["reg", "query", key] + (["/v", value] if value else [])
    return wine(args, check=False)


def drive_c(*parts):
    return os.path.join(PREFIX, "drive_c", *parts)


def frame(body):
    if isinstance(body, (dict, list)):
        body = json.dumps(body, ensure_ascii=False)
    if isinstance(body, str):
        body = body.encode("utf-8")
    return struct.pack("<I", len(body)) + body


def unframe(data):
    """Splits a byte stream into frame bodies; fails on a torn frame."""
    out, i = [], 0
    while i < len(data):
        if len(data) - i < 4:
            raise AssertionError("torn length header at byte %d: %r" % (i, data[i:]))
        (n,) = struct.unpack("<I", data[i:i + 4])
        if n > 1024 * 1024 or i + 4 + n > len(data):
            raise AssertionError("bad frame length %d at byte %d (%d bytes left)" % (n, i, len(data) - i - 4))
        out.append(data[i + 4:i + 4 + n])
        i += 4 + n
    return out


def run_host(frames, exe=None, extra_env=None, args=None, timeout=300):
    """Starts the host (origin + --parent-window=0, like Edge), writes the
    frames, closes its input and returns (replies as dicts, process)."""
    cmd = [exe or EXE] + (args if args is not None else [ORIGIN, "--parent-window=0"])
    proc = subprocess.run(["bash", WINE_RUN, PREFIX] + cmd, input=b"".join(frames),
                          env=wine_env(extra_env), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout)
    fail_on_crash(cmd, proc)
    bodies = unframe(proc.stdout)
    return [json.loads(b.decode("utf-8")) for b in bodies], proc


def make_policy_dir(dest, version):
    """A copy of rules/default.policy with its data/ folder and a version of
    its own, so a test can tell which policy the host loaded."""
    os.makedirs(dest, exist_ok=True)
    shutil.copytree(os.path.join(SOURCE, "rules", "data"), os.path.join(dest, "data"),
                    dirs_exist_ok=True)
    with open(os.path.join(SOURCE, "rules", "default.policy"), encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("version:"):
            lines[i] = 'version: "%s"\n' % version
            break
    else:
        raise AssertionError("default.policy has no top-level version line")
    path = os.path.join(dest, "policy.textproto")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(lines))
    return path


def write_conf(path, **fields):
    """A HostConfig text file; string values are escaped for text format."""
    lines = ['allowed_origins: "%s"' % ORIGIN]
    for k, v in fields.items():
        if isinstance(v, int):
            lines.append("%s: %d" % (k, v))
        else:
            lines.append('%s: "%s"' % (k, v.replace("\\", "\\\\").replace('"', '\\"')))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path
