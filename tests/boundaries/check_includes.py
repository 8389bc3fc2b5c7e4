#!/usr/bin/env python3
"""The include lines of native-host/src must follow the library boundaries.

Every quoted include names a folder ("engine/normalize.h",
"privacy_guard/engine.h"). Each source folder may include only the folders
of the libraries below it (native-host/CMakeLists.txt):

  engine, detectors, rules -> engine, detectors, privacy_guard
  platform                 -> platform
  config                   -> config, platform, privacy_guard
  export                   -> export, privacy_guard
  host                     -> host, platform, privacy_guard
  cli                      -> cli, host, export, platform, privacy_guard

So the engine includes nothing of a front end, and no front end reaches the
engine's private headers (engine/, detectors/). Exit 1 and one line per
violation otherwise. --self-test checks that the checker catches a planted
violation of each kind.
"""
import os
import re
import sys
import tempfile

ALLOWED = {
    "engine": {"engine", "detectors", "privacy_guard"},
    "detectors": {"engine", "detectors", "privacy_guard"},
    "rules": {"engine", "detectors", "privacy_guard"},
    "platform": {"platform"},
    "config": {"config", "platform", "privacy_guard"},
    "export": {"export", "privacy_guard"},
    "host": {"host", "platform", "privacy_guard"},
    "cli": {"cli", "host", "export", "platform", "privacy_guard"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/')


def violations(src):
    out = []
    for folder in sorted(os.listdir(src)):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        allowed = ALLOWED.get(folder)
        if allowed is None:
            out.append(f"{folder}/: a source folder the boundary rules do not know; add it to ALLOWED")
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".cc", ".h")):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if m and m.group(1) not in allowed:
                        out.append(f"{folder}/{name}:{n}: includes {m.group(1)}/ "
                                   f"(allowed from {folder}/: {', '.join(sorted(allowed))})")
    return out


def self_test():
    planted = {
        "engine": '#include "host/session.h"\n',      # engine -> front end
        "export": '#include "engine/normalize.h"\n',  # front end -> engine private
        "cli": '#include "detectors/x.h"\n',
    }
    with tempfile.TemporaryDirectory() as d:
        for folder in ALLOWED:
            os.makedirs(os.path.join(d, folder))
        for folder, line in planted.items():
            with open(os.path.join(d, folder, "x.cc"), "w") as f:
                f.write(line)
        with open(os.path.join(d, "host", "ok.cc"), "w") as f:
            f.write('#include "platform/platform.h"\n#include "privacy_guard/config.h"\n')
        found = violations(d)
        if len(found) != len(planted):
            print("self-test: expected", len(planted), "violations, got", found)
            return 1
    print("self-test: the checker catches every planted violation")
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
    print(f"include boundaries hold in {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
