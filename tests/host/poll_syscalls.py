#!/usr/bin/env python3
"""Counts the system calls an idle native-messaging host makes on the policy
share, with strace (issue 14: "count the file-system calls one host makes per
hour"). Not a test: it prints figures for installer/README.md.

A temporary "share" gets the repository's default policy (signed, unless
--unsigned) with its data folder; the host is started the way the browser
starts it, with policy_poll_seconds = --poll-seconds, and left idle for
--seconds with its input open. strace -f records every system call with the
thread that made it. Calls that name a file on the share, or act on a file
descriptor opened on it, are counted per check (a check = the calls of one
thread within 0.5 s, after start-up); other calls of the polling thread
(futex, clock) are listed apart. Start-up (the first load) is reported
separately.

Per hour at the default interval = calls per check x 3600 / default interval.

Usage: poll_syscalls.py --exe build/bin/privacy-guard [--seconds 40]
                        [--poll-seconds 2] [--default-interval 300]
                        [--unsigned] [--summary] [--change]
--summary also runs strace -c -f for the same idle period and prints its table;
--change publishes a new policy version halfway (the largest check loads it).
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
with open(os.path.join(REPO, "installer", "product.json"), encoding="utf-8") as _f:
    ORIGIN = "chrome-extension://%s/" % json.load(_f)["extension"]["id"]
LINE = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+(?:<\.\.\. )?(\w+)(?:\(| resumed>)(.*)$")
FD_RESULT = re.compile(r"=\s+(\d+)(?:<[^>]*>)?\s*$")


def make_share(tmp, exe, signed):
    share = os.path.join(tmp, "share")
    shutil.copytree(os.path.join(REPO, "rules", "data"), os.path.join(share, "data"))
    policy = os.path.join(share, "policy.textproto")
    shutil.copy(os.path.join(REPO, "rules", "default.policy"), policy)
    conf = [
        'allowed_origins: "%s"' % ORIGIN,
        'policy_path: "%s"' % policy,
        'cache_dir: "%s"' % os.path.join(tmp, "cache"),
        'log_file: "%s"' % os.path.join(tmp, "host.log"),
    ]
    if signed:
        subprocess.run([exe, "policy", "keygen", os.path.join(tmp, "k")], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([exe, "policy", "sign", "--key", os.path.join(tmp, "k.key"), policy],
                       check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(tmp, "k.pub")) as f:
            conf.append('policy_public_key: "%s"' % f.read().strip())
    return share, conf


def change_later(exe, tmp, policy, signed, delay):
    """After `delay` seconds: a new policy version (re-signed when signed)."""
    def change():
        with open(policy, encoding="utf-8") as f:
            text = f.read()
        with open(policy + ".new", "w", encoding="utf-8") as f:
            f.write(text.replace("version:", "# changed by poll_syscalls.py\nversion:", 1))
        os.replace(policy + ".new", policy)
        if signed:
            subprocess.run([exe, "policy", "sign", "--key", os.path.join(tmp, "k.key"), policy],
                           check=True, stdout=subprocess.DEVNULL)
    timer = threading.Timer(delay, change)
    timer.start()
    return timer


def run(exe, tmp, conf, poll_seconds, seconds, strace_args):
    with open(os.path.join(tmp, "host.conf"), "w") as f:
        f.write("\n".join(conf + ["policy_poll_seconds: %d" % poll_seconds]) + "\n")
    env = dict(os.environ, PRIVACY_GUARD_CONFIG=os.path.join(tmp, "host.conf"),
               PRIVACY_GUARD_CACHE_DIR=os.path.join(tmp, "dbcache"))
    # `sleep` keeps the host's input open (idle), then EOF ends it.
    sleeper = subprocess.Popen(["sleep", str(seconds)], stdout=subprocess.PIPE)
    subprocess.run(["strace", "-f"] + strace_args + [exe, ORIGIN], stdin=sleeper.stdout,
                   stdout=subprocess.DEVNULL, env=env, check=False)
    sleeper.wait()


def analyse(trace, share):
    """Per thread: (time, syscall, touches_share) for every call."""
    share_fds = collections.defaultdict(set)  # tid group shares fds; key by pid 0
    pending = {}
    calls = []
    with open(trace) as f:
        for raw in f:
            m = LINE.match(raw)
            if not m:
                continue
            tid, t, name, rest = int(m.group(1)), float(m.group(2)), m.group(3), m.group(4)
            if "<unfinished ...>" in rest:
                pending[tid] = (t, name, rest)
                continue
            if " resumed>" in raw and tid in pending:
                t, name, first = pending.pop(tid)
                rest = first + rest
            on_share = share in rest
            fdm = re.match(r"(\d+)[,)]", rest)
            if not on_share and fdm and int(fdm.group(1)) in share_fds[0] and name in (
                    "read", "pread64", "fstat", "newfstatat", "statx", "lseek", "close",
                    "getdents64", "fstatfs", "fadvise64"):
                on_share = True
            if name == "close" and fdm:
                share_fds[0].discard(int(fdm.group(1)))
            if share in rest and name in ("openat", "open"):
                r = FD_RESULT.search(rest)
                if r:
                    share_fds[0].add(int(r.group(1)))
            calls.append((tid, t, name, on_share))
    return calls


def report(calls, poll_seconds, default_interval):
    share_calls = [c for c in calls if c[3]]
    if not share_calls:
        print("no calls on the share were seen")
        return
    main_tid = calls[0][0]
    # Start-up: everything on the share up to the first call of another thread.
    poller = [c for c in share_calls if c[0] != main_tid]
    startup = [c for c in share_calls if c[0] == main_tid]
    print("start-up (main thread, first load): %d calls on the share: %s" % (
        len(startup), dict(collections.Counter(c[2] for c in startup))))
    checks = []
    for c in poller:
        if checks and c[1] - checks[-1][-1][1] < 0.5 and c[0] == checks[-1][-1][0]:
            checks[-1].append(c)
        else:
            checks.append([c])
    if not checks:
        print("no checks were seen")
        return
    per = [collections.Counter(c[2] for c in chk) for chk in checks]
    sizes = [sum(p.values()) for p in per]
    typical = collections.Counter(tuple(sorted(p.items())) for p in per).most_common(1)[0][0]
    print("checks seen: %d (interval %d s); calls on the share per check: min %d, max %d" % (
        len(checks), poll_seconds, min(sizes), max(sizes)))
    print("typical check: %s" % dict(typical))
    largest = max(per, key=lambda p: sum(p.values()))
    print("largest check (%d calls): %s" % (sum(largest.values()), dict(largest)))
    per_check = sum(dict(typical).values())
    n = 3600.0 / default_interval
    print("per hour at a %d s interval (%.0f checks): %.0f calls on the share" % (
        default_interval, n, per_check * n))
    poller_tids = {c[0] for c in poller}
    other = collections.Counter(c[2] for c in calls if c[0] in poller_tids and not c[3])
    print("other calls of the polling thread over the whole run: %s" % dict(other))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exe", required=True)
    ap.add_argument("--seconds", type=int, default=40)
    ap.add_argument("--poll-seconds", type=int, default=2)
    ap.add_argument("--default-interval", type=int, default=300)
    ap.add_argument("--unsigned", action="store_true")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--change", action="store_true",
                    help="publish a new policy version halfway (the largest check loads it)")
    args = ap.parse_args()
    exe = os.path.abspath(args.exe)
    if not shutil.which("strace"):
        sys.exit("strace is not installed")
    with tempfile.TemporaryDirectory(prefix="pg-poll-") as tmp:
        share, conf = make_share(tmp, exe, not args.unsigned)
        trace = os.path.join(tmp, "trace.txt")
        timer = None
        if args.change:
            timer = change_later(exe, tmp, os.path.join(share, "policy.textproto"),
                                 not args.unsigned, args.seconds / 2)
        run(exe, tmp, conf, args.poll_seconds, args.seconds, ["-ttt", "-o", trace])
        if timer:
            timer.join()
        report(analyse(trace, share), args.poll_seconds, args.default_interval)
        if args.summary:
            summary = os.path.join(tmp, "summary.txt")
            run(exe, tmp, conf, args.poll_seconds, args.seconds, ["-c", "-o", summary])
            print("\nstrace -c -f, whole process, %d s idle, %d s interval:" % (
                args.seconds, args.poll_seconds))
            with open(summary) as f:
                sys.stdout.write(f.read())


if __name__ == "__main__":
    main()
