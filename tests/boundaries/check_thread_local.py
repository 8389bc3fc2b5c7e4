#!/usr/bin/env python3
"""A thread_local in native-host/src holds only a pointer or a scalar.

In the Windows build (MinGW-w64 GCC, emulated TLS) a thread_local object
with a destructor can be destroyed after its storage was freed when its
thread ends, and frees its memory twice (GCC bug 80816,
msys2/MINGW-packages#2519): privacy-guard.exe crashed at the end of
`scan --jsonl` now and then. Objects with destructors are kept per thread
by PerThread (native-host/src/engine/per_thread.h) instead.

Exit 1 and one line per thread_local of any other type.

  check_thread_local.py DIR...          the declarations in the sources
  check_thread_local.py --binaries F... exact: no program references
      __cxa_thread_atexit, which the compiler emits for every thread_local
      with a destructor (also one a regular expression cannot read)
  check_thread_local.py --self-test     both checks catch planted cases
      and pass allowed ones (the binary check with a compiled example, when
      a C++ compiler is at hand)
"""
import os
import re
import shutil
import subprocess
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
        for m in DECL.finditer(code):
            rest = m.group("rest")
            # Template arguments say nothing of the object ("std::map<int,
            # Foo*>* pm" is a pointer); one declarator each ("std::vector<int>
            # v, *p" hides an object behind a pointer).
            if "<" in rest and ">" in rest:
                rest = rest[:rest.find("<")] + "<>" + rest[rest.rfind(">") + 1:]
            if "," not in rest and (SCALAR.match(rest) or POINTER.match(rest)):
                continue
            out.append((n, line.strip()))
            break
    return out


def binary_violations(paths):
    out = []
    for path in paths:
        nm = "x86_64-w64-mingw32-nm" if path.endswith(".exe") else "nm"
        syms = subprocess.run([nm, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              check=True).stdout.decode("utf-8", "replace")
        if "__cxa_thread_atexit" in syms:
            out.append(f"{path}: references __cxa_thread_atexit: a thread_local with a destructor "
                       "(use PerThread, engine/per_thread.h)")
    return out


def violations(srcs):
    out = []
    for src in srcs:
        out += source_violations(src)
    return out


def source_violations(src):
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
    bad.append("thread_local std::vector<int> v, *p;")
    bad.append("thread_local int* p; thread_local std::string s;")
    good.append("thread_local std::map<int, Foo*>* pm;")
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "x.cc"), "w") as f:
            f.write("\n".join(bad + good) + "\n")
        found = violations([d])
        if len(found) != len(bad):
            print("self-test: expected", len(bad), "violations, got", found)
            return 1
        cxx = shutil.which("c++")
        if cxx:
            programs = {
                "bad": "#include <string>\n#include <thread>\nthread_local std::string s;\n"
                       "int main() { std::thread([] { s = \"x\"; }).join(); return s.size(); }\n",
                "good": "#include <thread>\nthread_local int* p;\n"
                        "int main() { std::thread([] { p = nullptr; }).join(); return p != nullptr; }\n",
            }
            built = {}
            for name, code in programs.items():
                src = os.path.join(d, name + ".cc")
                with open(src, "w") as f:
                    f.write(code)
                built[name] = os.path.join(d, name)
                subprocess.run([cxx, "-std=c++17", "-pthread", src, "-o", built[name]], check=True)
            if len(binary_violations([built["bad"]])) != 1 or binary_violations([built["good"]]):
                print("self-test: the binary check does not tell the compiled examples apart")
                return 1
            print("self-test: the binary check flags a compiled thread_local std::string")
        else:
            print("self-test: no C++ compiler; the binary check is not tried")
    print("self-test: the checker catches every planted thread_local and passes the allowed ones")
    return 0


def main():
    if "--self-test" in sys.argv:
        return self_test()
    if sys.argv[1] == "--binaries":
        found = binary_violations(sys.argv[2:])
        what = "no program references __cxa_thread_atexit: " + ", ".join(sys.argv[2:])
    else:
        found = violations(sys.argv[1:])
        what = "every thread_local in " + ", ".join(sys.argv[1:]) + " is a pointer or a scalar"
    for v in found:
        print(v)
    if found:
        return 1
    print(what)
    return 0


if __name__ == "__main__":
    sys.exit(main())
