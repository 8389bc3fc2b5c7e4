#!/usr/bin/env python3
"""A thread_local in native-host/src holds only a pointer or a scalar.

In the Windows build (MinGW-w64 GCC, emulated TLS) a thread_local object
with a destructor can be destroyed after its storage was freed when its
thread ends, and frees its memory twice (GCC bug 80816,
msys2/MINGW-packages#2519): privacy-guard.exe crashed at the end of
`scan --jsonl` now and then. Objects with destructors are kept per thread
by PerThread (native-host/src/engine/per_thread.h) instead.

Exit 1 and one line per thread_local of any other type. --self-test checks
that the checker catches planted ones and passes allowed ones.
"""
import os
import re
import sys
import tempfile

DECL = re.compile(r"\bthread_local\b(?P<rest>[^;=({]*)")
SCALAR = re.compile(r"^\s*(static\s+)?(const\s+)?(bool|char|int|unsigned|long|size_t|double|float|"
                    r"u?int(8|16|32|64)_t)\s+[\w:]+(\[\d*\])?\s*$")
POINTER = re.compile(r"^\s*(static\s+)?[\w:<>, ]+?(\s*const)?\s*\*(\s*const)?(\s*\*(\s*const)?)*\s*[\w:]+\s*$")


def bad_lines(text):
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        code = line.split("//", 1)[0]
        m = DECL.search(code)
        if not m:
            continue
        rest = m.group("rest")
        if SCALAR.match(rest) or POINTER.match(rest):
            continue
        out.append((n, line.strip()))
    return out


def violations(src):
    out = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".cc", ".h")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                for n, line in bad_lines(f.read()):
                    out.append(f"{os.path.relpath(path, src)}:{n}: thread_local of a type that may "
                               f"have a destructor (use PerThread, engine/per_thread.h): {line}")
    return out


def self_test():
    bad = [
        "thread_local std::vector<int> v;",
        "static thread_local std::string s;",
        "  thread_local Memo memo;",
        "thread_local std::vector<const int*> v;",
    ]
    good = [
        "thread_local T* mine = nullptr;",
        "static thread_local const Tokens* scan_tokens_;",
        "thread_local const WordInfo* const* HealthDetector::scan_info_data_ = nullptr;",
        "thread_local size_t HealthDetector::scan_size_ = 0;",
        "static thread_local uint8_t flags;",
        "// a comment about thread_local std::vector<int> v;",
    ]
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "x.cc"), "w") as f:
            f.write("\n".join(bad + good) + "\n")
        found = violations(d)
    if len(found) != len(bad):
        print("self-test: expected", len(bad), "violations, got", found)
        return 1
    print("self-test: the checker catches every planted thread_local and passes the allowed ones")
    return 0


def main():
    if "--self-test" in sys.argv:
        return self_test()
    src = sys.argv[1]
    found = violations(src)
    for v in found:
        print(v)
    if found:
        return 1
    print(f"every thread_local in {src} is a pointer or a scalar")
    return 0


if __name__ == "__main__":
    sys.exit(main())
