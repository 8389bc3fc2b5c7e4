#!/usr/bin/env python3
"""Proves that installer/gen_product.py covers every copy of the product's
identity (installer/product.json), so that product.json is the one place to
edit it.

  1. Coverage: copies the repository (the files git knows, or a walk without
     build*/ and node_modules/) to a temporary folder, gives the copy's
     product.json a new value for EVERY field (a new key and the id derived
     from it, host name, description, hosts, tool address, UpgradeCode,
     policy key, event source, version), and runs the copy's generator:
       * --check fails and names every target file;
       * --write succeeds, --check then passes, a second --write writes nothing;
       * every target file changed (the Windows host manifest is renamed);
       * no old id, key, host name, description, UpgradeCode or policy key is
         left in ANY file of the copy;
       * the copy still works with the new values: the extension's manifest
         and settings tests, the ADMX/ADML and Windows-file checks, install.sh's
         identity block, the C++ and policy blocks, the JSON fields.
  2. Detection: single defects planted in a fresh copy must each make
     --check fail and name the file and line (a wrong id in an ADMX key, a
     wrong host in a generated block, a changed manifest key, a new file with
     a copy of the id, ...), and product.json is validated (id must be the
     key's).

Usage: test_gen_product.py     (exit 0 when everything passed)
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "installer"))
sys.dont_write_bytecode = True  # no installer/__pycache__
import gen_product  # noqa: E402  (the generator under test)

PASS = FAIL = SKIP = 0


def ok(msg):
    global PASS
    PASS += 1
    print("ok   " + msg)


def bad(msg, detail=""):
    global FAIL
    FAIL += 1
    print("FAIL " + msg)
    for line in detail.strip().splitlines()[:40]:
        print("     " + line)


def skip(msg):
    global SKIP
    SKIP += 1
    print("SKIP " + msg)


def check(cond, msg, detail=""):
    (ok if cond else lambda m: bad(m, detail))(msg)
    return cond


def copy_repo(dst):
    """The repository's files, without this script (which holds the test values)."""
    me = os.path.relpath(os.path.abspath(__file__), REPO).replace(os.sep, "/")
    for rel in gen_product.repo_files(REPO):
        if rel == me:
            continue
        src = os.path.join(REPO, rel)
        out = os.path.join(dst, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.copy2(src, out)


def gen(root, *args):
    r = subprocess.run([sys.executable, os.path.join(root, "installer", "gen_product.py")] + list(args),
                       capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def all_texts(root):
    for rel in gen_product.repo_files(root):
        t = gen_product.read_text(os.path.join(root, rel))
        if t is not None:
            yield rel, t


def block(text, name):
    m = re.search(r"BEGIN generated from installer/product.json \(%s\).*?\n(.*?)\n[^\n]*END generated"
                  % re.escape(name), text, re.S)
    return m.group(1) if m else ""


def new_product(old):
    """Every field changed; the id is derived from a new (random) key."""
    p = json.loads(json.dumps(old))
    key = base64.b64encode(os.urandom(294)).decode()
    p["extension"]["key"] = key
    p["extension"]["id"] = gen_product.extension_id(key)
    p["host"]["name"] = "org.example.renamed_host"
    p["host"]["description"] = "renamed: a test description for the host manifest"
    p["approved_hosts"] = ["copilot.example.org", "ai.example.net"]
    p["unapproved_hosts"] = ["chat.example.com", "llm.example.org", "x.example.io", "four.example.dk"]
    p["approved_tool_url"] = "https://ai.example.net/start"
    p["windows"]["upgrade_code"] = str(uuid.uuid4()).upper()
    p["windows"]["policy_key"] = "SOFTWARE\\Policies\\pg-renamed"
    p["windows"]["event_source"] = "pg-renamed-source"
    p["version"] = "9.8.7"
    return p


def coverage():
    print("# 1. coverage: every value changed in a copy of the repository")
    old = json.loads(read(os.path.join(REPO, "installer", "product.json")))
    oldp = gen_product.Product(old)
    tmp = tempfile.mkdtemp(prefix="pg-gen-cover-")
    try:
        copy_repo(tmp)
        rc, out = gen(tmp, "--list")
        targets = out.split()
        check(rc == 0 and len(targets) >= 20, "--list names the targets (%d)" % len(targets), out)
        before = {rel: read(os.path.join(tmp, rel)) for rel in targets}

        rc, out = gen(tmp, "--check")
        check(rc == 0, "--check passes on the unchanged copy", out)

        newd = new_product(old)
        write(os.path.join(tmp, "installer", "product.json"), json.dumps(newd, indent=2) + "\n")
        p = gen_product.Product(newd)

        rc, out = gen(tmp, "--check")
        check(rc == 1, "--check fails after product.json changed", out)
        missing = [rel for rel in targets if not re.search(r"^(  )?%s[:]" % re.escape(rel), out, re.M)]
        check(not missing, "--check names every target file (%d)" % len(targets),
              "not named: %s\n%s" % (missing, out[-3000:]))

        rc, out = gen(tmp, "--write")
        check(rc == 0, "--write succeeds", out)
        rc, out = gen(tmp, "--check")
        check(rc == 0, "--check passes after --write", out)
        rc, out = gen(tmp, "--write")
        check(rc == 0 and "wrote" not in out, "a second --write writes nothing", out)

        old_manifest = "installer/windows/%s.json" % oldp.host
        new_manifest = "installer/windows/%s.json" % p.host
        unchanged = []
        for rel in targets:
            if rel == old_manifest:
                continue
            if read(os.path.join(tmp, rel)) == before[rel]:
                unchanged.append(rel)
        check(not unchanged, "every target file changed (%d)" % (len(targets) - 1), "unchanged: %s" % unchanged)
        check(not os.path.exists(os.path.join(tmp, old_manifest)) and os.path.exists(os.path.join(tmp, new_manifest)),
              "the Windows host manifest was renamed to %s" % new_manifest)

        needles = [("extension id", oldp.id, False), ("extension key", oldp.key, False),
                   ("host name", oldp.host, False), ("host description", oldp.description, False),
                   ("UpgradeCode", oldp.upgrade_code, True), ("policy key", oldp.policy_key, True),
                   ("policy key (escaped)", oldp.policy_key.replace("\\", "\\\\"), True)]
        left = []
        for rel, text in all_texts(tmp):
            for what, needle, icase in needles:
                hay = text.lower() if icase else text
                if (needle.lower() if icase else needle) in hay:
                    left.append("%s: old %s" % (rel, what))
        check(not left, "no old id, key, host name, description, UpgradeCode or policy key left in any file",
              "\n".join(left))

        # The copy works with the new values.
        m = json.loads(read(os.path.join(tmp, "extension", "manifest.json")))
        check(m["key"] == p.key and gen_product.extension_id(m["key"]) == p.id and m["version"] == p.version,
              "manifest.json: new key (gives the new id) and version")
        check(m["content_scripts"][0]["matches"] == ["https://%s/*" % h for h in p.approved + p.unapproved],
              "manifest.json: content script matches are the new hosts")
        w = json.loads(read(os.path.join(tmp, new_manifest)))
        check(w["name"] == p.host and w["description"] == p.description and w["allowed_origins"] == [p.origin],
              "Windows host manifest: new name, description and origin")
        check(json.loads(read(os.path.join(tmp, "vcpkg.json")))["version"] == p.version, "vcpkg.json: new version")
        r = subprocess.run(["bash", "-c", 'source <(sed -n "/BEGIN generated/,/END generated/p" "$1"); '
                            'printf "%s\\n" "$HOST_NAME" "$HOST_DESCRIPTION" "$EXTENSION_ID"', "_",
                            os.path.join(tmp, "installer", "linux", "install.sh")], capture_output=True, text=True)
        check(r.stdout.splitlines() == [p.host, p.description, p.id], "install.sh: the identity block gives the new values",
              r.stdout + r.stderr)
        r = subprocess.run(["bash", "-n", os.path.join(tmp, "installer", "linux", "install.sh")], capture_output=True, text=True)
        check(r.returncode == 0, "install.sh still parses (bash -n)", r.stderr)
        session = block(read(os.path.join(tmp, "native-host", "src", "host", "session.h")), "approved hosts")
        check(re.findall(r'"([^"]+)"', session) == p.approved, "session.h: the built-in approved hosts are the new ones",
              session)
        audit = block(read(os.path.join(tmp, "native-host", "src", "host", "audit_log.cc")), "event source")
        check('L"%s"' % p.event_source in audit, "audit_log.cc: the new event source", audit)
        hc = read(os.path.join(tmp, "native-host", "src", "host", "host_config.cc"))
        check('kPolicyKey = L"%s"' % gen_product.c_string(p.policy_key) in hc, "host_config.cc: the new policy key")
        pol = block(read(os.path.join(tmp, "rules", "default.policy")), "sites")
        check(re.findall(r'(?<!un)approved_hosts: "([^"]+)"', pol) == p.approved
              and re.findall(r'unapproved_hosts: "([^"]+)"', pol) == p.unapproved
              and 'approved_tool_url: "%s"' % p.tool_url in pol, "default.policy: the new sites", pol)
        protoc = shutil.which("protoc")
        if protoc:
            r = subprocess.run([protoc, "-I" + os.path.join(tmp, "native-host", "proto"),
                                "--encode=privacy_guard.config.Policy", "privacy_guard/policy.proto"],
                               input=read(os.path.join(tmp, "rules", "default.policy")).encode(), capture_output=True)
            check(r.returncode == 0, "default.policy still parses as a Policy (protoc)", r.stderr.decode(errors="replace"))
        else:
            skip("protoc not installed: default.policy not parsed")
        for name in ("check_admx.py", "check_windows.py"):
            r = subprocess.run([sys.executable, os.path.join(tmp, "tests", "installer", name)],
                               capture_output=True, text=True)
            check(r.returncode == 0, "the copy's %s passes with the new values" % name, r.stdout + r.stderr)
        node = shutil.which("node")
        if node:
            tests = [os.path.join(tmp, "tests", "extension", n) for n in
                     ("manifest.test.mjs", "settings.test.mjs", "protocol.test.mjs")]
            r = subprocess.run([node, "--test", "--test-reporter=spec"] + tests, capture_output=True, text=True)
            check(r.returncode == 0, "the copy's extension tests (manifest, settings, protocol) pass with the new values",
                  "\n".join(l for l in (r.stdout + r.stderr).splitlines() if "✖" in l or "Error" in l or "expected" in l))
            r = subprocess.run([node, "-e", "const S = require(process.argv[1]); const P = require(process.argv[2]);"
                                "console.log(JSON.stringify([S.BUILTIN_APPROVED, S.BUILTIN_UNAPPROVED, "
                                "S.DEFAULT_APPROVED_TOOL_URL, P.HOST_NAME]))",
                                os.path.join(tmp, "extension", "lib", "settings.js"),
                                os.path.join(tmp, "extension", "lib", "protocol.js")], capture_output=True, text=True)
            got = json.loads(r.stdout) if r.returncode == 0 else None
            check(got == [p.approved, p.unapproved, p.tool_url, p.host],
                  "settings.js and protocol.js export the new hosts, tool address and host name", r.stdout + r.stderr)
        else:
            skip("node not installed: the extension's files not loaded")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# (name, file, old, new, planted, expected text in --check's output): `old` is
# replaced once by `new`; "%d" in the expected text is the line of `planted`
# in the changed file.
def mutations(p):
    other_id = gen_product.extension_id(base64.b64encode(b"another key").decode())
    return [
        ("wrong id in one ADMX key", "installer/windows/policy/privacy-guard.admx",
         "extensions\\%s\\policy\\extraHosts" % p.id, "extensions\\%s\\policy\\extraHosts" % other_id, other_id,
         "installer/windows/policy/privacy-guard.admx:%d: differs"),
        ("wrong id in an ADML text", "installer/windows/policy/da-DK/privacy-guard.adml",
         "(id %s)" % p.id, "(id %s)" % other_id, other_id, "installer/windows/policy/da-DK/privacy-guard.adml:%d: differs"),
        ("wrong id in install.ps1's block", "installer/windows/install.ps1",
         "$ExtensionId = '%s'" % p.id, "$ExtensionId = '%s'" % other_id, other_id,
         "installer/windows/install.ps1:%d: differs"),
        ("wrong origin in privacy-guard.conf", "installer/windows/privacy-guard.conf",
         p.origin, "chrome-extension://%s/" % other_id, other_id, "installer/windows/privacy-guard.conf:%d: differs"),
        ("wrong id in a target's prose", "docs/protocol.md", "## Transport",
         "## Transport (extension %s)" % other_id, other_id, "docs/protocol.md:%d: differs"),
        ("another approved host in session.h", "native-host/src/host/session.h",
         '"%s",' % p.approved[0], '"copilot.example.org",', "copilot.example.org",
         "native-host/src/host/session.h:%d: differs"),
        ("a host missing from settings.js", "extension/lib/settings.js",
         "'%s', " % p.unapproved[0], "", "const BUILTIN_UNAPPROVED", "extension/lib/settings.js:%d: differs"),
        ("a changed manifest key", "extension/manifest.json",
         '"key": "%s' % p.key[:8], '"key": "X%s' % p.key[1:8], '"key": "X', "extension/manifest.json:%d: differs"),
        ("another version in vcpkg.json", "vcpkg.json", '"version": "%s"' % p.version, '"version": "0.0.1"', "0.0.1",
         "vcpkg.json:%d: differs"),
        ("wrong host name in the README's registry path", "installer/README.md",
         "NativeMessagingHosts\\%s" % p.host, "NativeMessagingHosts\\%s.old" % p.host, p.host + ".old",
         "installer/README.md:%d: differs"),
        ("wrong policy key in host_config.cc", "native-host/src/host/host_config.cc",
         gen_product.c_string(p.policy_key), gen_product.c_string(p.policy_key) + "-x", "-x",
         "native-host/src/host/host_config.cc:%d: differs"),
        ("a copy of the id in a file that is no target", "tests/extension/texts.test.mjs", "import ",
         "// %s\nimport " % p.id, p.id, "tests/extension/texts.test.mjs:%d: a copy of the extension id"),
        ("a copy of the host name in a file that is no target", "dev.sh", "set -euo pipefail",
         "set -euo pipefail\n# %s" % p.host, p.host, "dev.sh:%d: a copy of the host name"),
        ("a copy of the key in a file that is no target", "tests/e2e/lib/harness.mjs", "import ",
         "// %s\nimport " % p.key, p.key, "tests/e2e/lib/harness.mjs:%d: a copy of the extension key"),
        ("a copy of the description in a target outside its block", "installer/linux/install.sh",
         "umask 022", "umask 022\n# %s" % p.description, "# " + p.description,
         "installer/linux/install.sh:%d: a copy of the host description"),
        ("a block's END line removed", "extension/lib/protocol.js",
         "// END generated from installer/product.json (host name)\n", "", None,
         "extension/lib/protocol.js: block (host name) has no END"),
        ("a block's BEGIN line removed", "rules/default.policy",
         "  # BEGIN generated from installer/product.json (sites) by installer/gen_product.py\n", "", None,
         "rules/default.policy: no block"),
        ("an id that is not the key's", "installer/product.json", '"id": "%s"' % p.id, '"id": "%s"' % other_id, None,
         "is not the id of extension.key"),
    ]


def detection():
    print("# 2. detection: single defects make --check fail and name the place")
    p = gen_product.load_product(REPO)
    tmp = tempfile.mkdtemp(prefix="pg-gen-detect-")
    try:
        copy_repo(tmp)
        rc, out = gen(tmp, "--check")
        if not check(rc == 0, "--check passes on the unchanged copy", out):
            return
        for name, rel, old, new, planted, expect in mutations(p):
            path = os.path.join(tmp, rel)
            original = read(path)
            if old not in original:
                bad("%s: mutation does not apply (%r not in %s)" % (name, old[:50], rel))
                continue
            changed = original.replace(old, new, 1)
            write(path, changed)
            if planted is not None:
                line_start = original.rfind("\n", 0, original.index(old)) + 1
                expect = expect % (changed[:changed.index(planted, line_start)].count("\n") + 1)
            rc, out = gen(tmp, "--check")
            check(rc == 1 and expect in out, "%s: caught (%s)" % (name, expect), out[-2000:])
            write(path, original)

        manifest = "installer/windows/%s.json" % p.host
        os.rename(os.path.join(tmp, manifest), os.path.join(tmp, "installer", "windows", "other.json"))
        rc, out = gen(tmp, "--check")
        check(rc == 1 and "installer/windows/other.json: the Windows host manifest must be named %s" % manifest in out,
              "the Windows host manifest renamed: caught", out)
        rc, out = gen(tmp, "--write")
        check(rc == 0 and os.path.exists(os.path.join(tmp, manifest))
              and not os.path.exists(os.path.join(tmp, "installer", "windows", "other.json")),
              "--write gives the Windows host manifest its name back", out)
        rc, out = gen(tmp, "--check")
        check(rc == 0, "--check passes again after the defects were undone", out)

        # Registry paths compare without regard to case, as in Windows.
        rel = "installer/windows/policy/privacy-guard.admx"
        original = read(os.path.join(tmp, rel))
        write(os.path.join(tmp, rel), original.replace("key=\"Software\\Policies\\", "key=\"SOFTWARE\\POLICIES\\", 1))
        rc, out = gen(tmp, "--check")
        check(rc == 0, "a registry path in other letter case is accepted", out)
        write(os.path.join(tmp, rel), original)

        # --write fixes a difference; it cannot fix a stray copy and says so.
        rel = "native-host/src/host/session.h"
        original = read(os.path.join(tmp, rel))
        write(os.path.join(tmp, rel), original.replace('"%s",' % p.approved[0], '"copilot.example.org",', 1))
        rc, out = gen(tmp, "--write")
        check(rc == 0 and read(os.path.join(tmp, rel)) == original, "--write restores a changed block", out)
        write(os.path.join(tmp, "tests", "extension", "stray.txt"), "id %s\n" % p.id)
        rc, out = gen(tmp, "--write")
        check(rc == 1 and "tests/extension/stray.txt:1: a copy of the extension id" in out,
              "--write reports a stray copy it cannot fix, and fails", out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    coverage()
    detection()
    print()
    print("test_gen_product: %d passed, %d failed, %d skipped" % (PASS, FAIL, SKIP))
    return 0 if FAIL == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
