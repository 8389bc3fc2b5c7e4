#!/usr/bin/env python3
"""Validators for files written by installer/linux/install.sh (used by
test_install.sh and test_deb.sh). Each prints what is wrong and exits 1, or
exits 0 when the file is right.

  validate_install.py manifest FILE --exe PATH
      native-messaging host manifest: valid JSON, exactly the keys name,
      description, path, type, allowed_origins; name and description those of
      installer/product.json; type stdio; path absolute, equal to PATH, an
      existing executable file (unless --no-exist-check); allowed_origins
      exactly the extension origin.

  validate_install.py managed FILE --update-url URL --settings JSON [--schema FILE]
      managed browser policy: force-installs the extension with URL
      (ExtensionSettings and ExtensionInstallForcelist), allowlists the host,
      and its 3rdparty settings equal JSON; each setting is a property of the
      extension's managed_schema.json with the right type (when --schema).

  validate_install.py host MANIFEST [--policy PATH]
      starts the manifest's program as the browser would, sends "hello" and
      expects status health "ok" (and that policy source); a foreign
      extension origin must be refused with forbidden_origin.

  validate_install.py conf FILE KEY=VALUE...
      HostConfig text written by the installer: every KEY has exactly the
      given VALUE (repeat KEY=... for repeated fields, in order); KEY=
      with nothing after it expects the field to be absent.
"""
import json
import os
import re
import sys

from checklib import EXTENSION_ID, HOST_NAME, ORIGIN, manifest_errors


def load_json(path, errors):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        errors.append("%s: not valid JSON: %s" % (path, e))
        return None


def manifest(args):
    path, exe, exist_check = args[0], None, True
    rest = args[1:]
    while rest:
        if rest[0] == "--exe":
            exe, rest = rest[1], rest[2:]
        elif rest[0] == "--no-exist-check":
            exist_check, rest = False, rest[1:]
        else:
            raise SystemExit("unknown argument %r" % rest[0])
    errors = []
    m = load_json(path, errors)
    if m is not None:
        p = m.get("path") if isinstance(m, dict) else None
        absolute = isinstance(p, str) and p.startswith("/")
        errors += manifest_errors(m, exe if absolute else None)
        if not absolute:
            errors.append("path %r is not absolute" % p)
        elif exist_check and not (os.path.isfile(p) and os.access(p, os.X_OK)):
            errors.append("path %r is not an existing executable file" % p)
    return errors


def managed(args):
    path = args[0]
    opts = dict(zip(args[1::2], args[2::2]))
    url = opts["--update-url"]
    expect = json.loads(opts["--settings"])
    errors = []
    p = load_json(path, errors)
    if p is None:
        return errors
    es = p.get("ExtensionSettings", {}).get(EXTENSION_ID)
    if es != {"installation_mode": "force_installed", "update_url": url}:
        errors.append("ExtensionSettings[%s] is %r, expected force_installed from %r" % (EXTENSION_ID, es, url))
    fl = p.get("ExtensionInstallForcelist")
    if fl != ["%s;%s" % (EXTENSION_ID, url)]:
        errors.append("ExtensionInstallForcelist is %r" % fl)
    if HOST_NAME not in (p.get("NativeMessagingAllowlist") or []):
        errors.append("NativeMessagingAllowlist does not contain %r" % HOST_NAME)
    third = p.get("3rdparty", {}).get("extensions", {})
    if set(third) != {EXTENSION_ID}:
        errors.append("3rdparty.extensions has ids %s, expected only %s" % (sorted(third), EXTENSION_ID))
    settings = third.get(EXTENSION_ID)
    if settings != expect:
        errors.append("3rdparty settings are %r, expected %r" % (settings, expect))
    schema_path = opts.get("--schema")
    if schema_path and os.path.exists(schema_path) and isinstance(settings, dict):
        schema = load_json(schema_path, errors) or {}
        props = schema.get("properties", {})
        pytype = {"string": str, "array": list, "object": dict, "boolean": bool, "integer": int}
        for k, v in settings.items():
            prop = props.get(k)
            if prop is None:
                errors.append("setting %r is not in %s" % (k, schema_path))
                continue
            t = pytype.get(prop.get("type"))
            if t is not None and not isinstance(v, t):
                errors.append("setting %r has type %s, schema says %s" % (k, type(v).__name__, prop.get("type")))
            if "enum" in prop and v not in prop["enum"]:
                errors.append("setting %r = %r not in schema enum %r" % (k, v, prop["enum"]))
            if prop.get("type") == "array" and isinstance(v, list):
                it = pytype.get(prop.get("items", {}).get("type"))
                if it is not None and not all(isinstance(x, it) for x in v):
                    errors.append("setting %r has items of the wrong type" % k)
    return errors


def host(args):
    """Starts the program named by a manifest the way the browser does and
    sends "hello"; expects a status reply with health "ok" and, with
    --policy PATH, that policy source. A foreign origin must be refused."""
    import struct
    import subprocess
    path = args[0]
    opts = dict(zip(args[1::2], args[2::2]))
    errors = []
    m = load_json(path, errors)
    if m is None:
        return errors
    exe = m.get("path", "")

    def run(origin, requests):
        data = b"".join(struct.pack("=I", len(r)) + r for r in (json.dumps(q).encode() for q in requests))
        p = subprocess.run([exe, origin], input=data, capture_output=True, timeout=120)
        out, replies, i = p.stdout, [], 0
        while i + 4 <= len(out):
            n = struct.unpack("=I", out[i:i + 4])[0]
            replies.append(json.loads(out[i + 4:i + 4 + n]))
            i += 4 + n
        return p.returncode, replies, p.stderr.decode(errors="replace")

    rc, replies, err = run(ORIGIN, [{"type": "hello", "id": 1}])
    status = replies[0] if replies else {}
    if rc != 0 or status.get("type") != "status":
        errors.append("hello: exit %d, replies %r; stderr: %s" % (rc, replies, err.strip()[-500:]))
    else:
        if status.get("health") != "ok":
            errors.append("health is %r: %r" % (status.get("health"), status.get("policy")))
        want = opts.get("--policy")
        got = (status.get("policy") or {}).get("source")
        if want and got != want:
            errors.append("policy source is %r, expected %r" % (got, want))
    rc, replies, err = run("chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/", [{"type": "hello", "id": 1}])
    if rc == 0 or not replies or replies[0].get("error", {}).get("code") != "forbidden_origin":
        errors.append("a foreign extension origin was not refused: exit %d, replies %r" % (rc, replies))
    return errors


TEXT_FIELD = re.compile(r'^\s*([a-z_]+)\s*:\s*(?:"((?:[^"\\]|\\.)*)"|([0-9]+))\s*$')


def conf(args):
    path, expects = args[0], args[1:]
    errors = []
    fields = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                m = TEXT_FIELD.match(line)
                if not m:
                    errors.append("%s:%d: not a simple field: %r" % (path, n, line.rstrip()))
                    continue
                value = m.group(3) if m.group(3) is not None else \
                    re.sub(r"\\(.)", r"\1", m.group(2))
                fields.setdefault(m.group(1), []).append(value)
    except OSError as e:
        return ["cannot read %s: %s" % (path, e)]
    wanted = {}
    for e in expects:
        k, _, v = e.partition("=")
        wanted.setdefault(k, [])
        if v:
            wanted[k].append(v)
    for k, vals in wanted.items():
        got = fields.get(k, [])
        if got != vals:
            errors.append("%s: %s is %r, expected %r" % (path, k, got, vals))
    return errors


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("manifest", "managed", "conf", "host"):
        print(__doc__)
        return 2
    errors = {"manifest": manifest, "managed": managed, "conf": conf, "host": host}[sys.argv[1]](sys.argv[2:])
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
