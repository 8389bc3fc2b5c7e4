#!/usr/bin/env python3
"""Consistency checks for the privacy-guard ADMX/ADML group-policy templates.

Checks installer/windows/policy/privacy-guard.admx against
installer/windows/policy/{da-DK,en-US}/privacy-guard.adml:

  * every file is well-formed XML in the PolicyDefinitions namespace;
  * the target namespace is ours and unique (not a Microsoft one), and every
    "prefix:name" reference uses a declared prefix;
  * every $(string.X) and $(presentation.X) the ADMX references exists in
    BOTH ADML files, both ADML files define the same ids, none is unused,
    empty or duplicated;
  * policies: unique names, valid class, category and supportedOn references
    that exist, keys under Software\\Policies, unique element ids, value names;
  * presentations: every control's refId names an element of the policy that
    uses the presentation, with the matching control type, and every element
    has a control; decimal ranges and dropdown defaults are valid;
  * on/off policies (valueName on the policy, enabledValue/disabledValue):
    decimal 1 and 0, and a boolean property in the managed schema;
  * product rules: host values are the ones privacy-guard.exe reads
    (PolicyPath, PolicyPublicKey, FailMode, AuditLog, AuditMaxBytes,
    PolicyPollSeconds), paths as REG_EXPAND_SZ; PolicyPollSeconds offers
    exactly the range the host enforces (native-host/src/host/host_config.h);
    extension values live under an extension's 3rdparty key and match
    properties (and types/enums) of extension/managed_schema.json.
    That the keys name installer/product.json's extension id and policy key
    is checked by installer/gen_product.py --check (test installer.product),
    which also writes them.

Usage:
  check_admx.py [--policy-dir DIR] [--schema FILE]   check the real files
  check_admx.py --self-test                            also prove that each
                                                       kind of defect is caught
Exit status 0 when everything passed, 1 otherwise.
"""
import argparse
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

from checklib import POLICY_KEY, Checker, run_main, run_mutations

NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
Q = "{%s}" % NS
LANGS = ("da-DK", "en-US")
EXPECTED_NAMESPACE = "DK.PrivacyGuard.Policies"
# Registry paths compare without regard to case, as in Windows.
HOST_KEY = POLICY_KEY.lower()
EXT_KEY_RE = re.compile(r"software\\policies\\microsoft\\edge\\3rdparty\\extensions\\[a-p]{32}\\policy")
# Registry values privacy-guard.exe reads (installer/README.md, host helper).
HOST_VALUES = {"PolicyPath", "PolicyPublicKey", "FailMode", "AuditLog",
               "AuditMaxBytes", "PolicyPollSeconds"}
# Numeric host values whose range the host enforces itself: the ADMX must
# offer exactly that range (constants in the host's header).
HOST_CONFIG_H = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                             "native-host", "src", "host", "host_config.h")
HOST_RANGE_CONSTANTS = {"PolicyPollSeconds": ("kMinGroupPolicyPollSeconds",
                                              "kMaxGroupPolicyPollSeconds")}


def host_ranges(path=HOST_CONFIG_H):
    """{value name: (min, max)} from host_config.h; {} if it is not there."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return {}
    out = {}
    for vname, (lo, hi) in HOST_RANGE_CONSTANTS.items():
        m_lo = re.search(r"\b%s\s*=\s*(\d+)" % lo, text)
        m_hi = re.search(r"\b%s\s*=\s*(\d+)" % hi, text)
        if m_lo and m_hi:
            out[vname] = (int(m_lo.group(1)), int(m_hi.group(1)))
    return out


# Paths: written as REG_EXPAND_SZ; the host's RegGetValueW expands them.
EXPANDABLE_HOST_VALUES = {"PolicyPath", "AuditLog"}
# Extension settings that must be manageable through the template.
REQUIRED_EXT_VALUES = {"failMode", "guidelineUrl", "extraHosts"}
# ADMX element type -> ADML presentation control types allowed for it.
CONTROL_FOR = {
    "text": {"textBox", "comboBox"},
    "decimal": {"decimalTextBox"},
    "longDecimal": {"longDecimalTextBox"},
    "enum": {"dropdownList"},
    "list": {"listBox"},
    "boolean": {"checkBox"},
    "multiText": {"multiTextBox"},
}
REF_RE = re.compile(r"\$\((string|presentation)\.([A-Za-z0-9_.\-]+)\)")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_POLICY_DIR = os.path.join(REPO, "installer", "windows", "policy")
DEFAULT_SCHEMA = os.path.join(REPO, "extension", "managed_schema.json")


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def parse(c, path):
    try:
        tree = ET.parse(path)
    except (ET.ParseError, OSError) as e:
        c.check(False, "%s: not well-formed XML: %s" % (path, e))
        return None
    c.check(True, "")
    return tree.getroot()


def check_files(policy_dir, schema_path):
    c = Checker()
    admx_path = os.path.join(policy_dir, "privacy-guard.admx")
    adml_paths = {lang: os.path.join(policy_dir, lang, "privacy-guard.adml")
                  for lang in LANGS}
    admx = parse(c, admx_path)
    admls = {lang: parse(c, p) for lang, p in adml_paths.items()}
    if admx is None or any(r is None for r in admls.values()):
        return c

    # --- roots and namespaces ---------------------------------------------
    c.check(admx.tag == Q + "policyDefinitions",
            "ADMX root must be policyDefinitions in namespace %s, is %s" % (NS, admx.tag))
    for lang, root in admls.items():
        c.check(root.tag == Q + "policyDefinitionResources",
                "%s ADML root must be policyDefinitionResources in namespace %s, is %s"
                % (lang, NS, root.tag))
    targets = admx.findall(Q + "policyNamespaces/" + Q + "target")
    if c.check(len(targets) == 1, "ADMX must have exactly one policyNamespaces/target"):
        t = targets[0]
        c.check(t.get("namespace") == EXPECTED_NAMESPACE,
                "target namespace must be %r (unique to privacy-guard), is %r"
                % (EXPECTED_NAMESPACE, t.get("namespace")))
        c.check(not (t.get("namespace") or "").startswith("Microsoft."),
                "target namespace must not be a Microsoft namespace")
        c.check(bool(t.get("prefix")), "target needs a prefix")
    prefixes = {t.get("prefix") for t in targets}
    prefixes |= {u.get("prefix") for u in admx.findall(Q + "policyNamespaces/" + Q + "using")}

    res = admx.find(Q + "resources")
    min_rev = res.get("minRequiredRevision") if res is not None else None
    c.check(min_rev is not None, "ADMX needs resources/@minRequiredRevision")
    for lang, root in admls.items():
        rev = root.get("revision")
        try:
            ok = min_rev is not None and float(rev) >= float(min_rev)
        except (TypeError, ValueError):
            ok = False
        c.check(ok, "%s ADML revision %r is below the ADMX minRequiredRevision %r"
                % (lang, rev, min_rev))

    # --- $(string.X) / $(presentation.X) references ------------------------
    refs = {"string": set(), "presentation": set()}
    for el in admx.iter():
        for value in el.attrib.values():
            for kind, ident in REF_RE.findall(value):
                refs[kind].add(ident)
            if "$(" in value and not REF_RE.search(value):
                c.check(False, "malformed resource reference %r in <%s>" % (value, local(el.tag)))

    defined = {}
    for lang, root in admls.items():
        strings, presentations = {}, {}
        for s in root.iter(Q + "string"):
            sid = s.get("id")
            c.check(sid not in strings, "%s: string id %r defined twice" % (lang, sid))
            strings[sid] = (s.text or "").strip()
            c.check(bool(strings[sid]), "%s: string %r is empty" % (lang, sid))
        for p in root.iter(Q + "presentation"):
            pid = p.get("id")
            c.check(pid not in presentations, "%s: presentation id %r defined twice" % (lang, pid))
            presentations[pid] = p
        defined[lang] = {"string": strings, "presentation": presentations}
        for kind in ("string", "presentation"):
            for ident in sorted(refs[kind]):
                c.check(ident in defined[lang][kind],
                        "$(%s.%s) is referenced in the ADMX but missing in %s" % (kind, ident, lang))
            for ident in sorted(set(defined[lang][kind]) - refs[kind]):
                c.check(False, "%s: %s %r is defined but never used by the ADMX" % (lang, kind, ident))
    for kind in ("string", "presentation"):
        a, b = (set(defined[lang][kind]) for lang in LANGS)
        c.check(a == b, "%s ids differ between %s and %s: only in %s: %s; only in %s: %s"
                % (kind, LANGS[0], LANGS[1], LANGS[0], sorted(a - b), LANGS[1], sorted(b - a)))

    # --- categories and supportedOn ----------------------------------------
    def ref_ok(ref, names):
        if ":" in ref:
            return ref.split(":", 1)[0] in prefixes
        return ref in names

    categories = {}
    for cat in admx.iter(Q + "category"):
        name = cat.get("name")
        c.check(name not in categories, "category %r defined twice" % name)
        categories[name] = cat
    for name, cat in categories.items():
        for pc in cat.findall(Q + "parentCategory"):
            c.check(ref_ok(pc.get("ref", ""), categories),
                    "category %r: parentCategory %r does not exist" % (name, pc.get("ref")))
    supported = {d.get("name") for d in admx.iter(Q + "definition")}

    # --- policies -----------------------------------------------------------
    policies = admx.findall(Q + "policies/" + Q + "policy")
    c.check(len(policies) > 0, "ADMX defines no policies")
    names = set()
    host_values_seen, ext_values_seen = set(), {}
    ranges = host_ranges()
    if not ranges:
        c.notes.append("host_config.h not found: the ranges of numeric host values were not compared")
    schema = None
    if schema_path and os.path.exists(schema_path):
        try:
            with open(schema_path, encoding="utf-8") as f:
                schema = json.load(f)
        except (OSError, ValueError) as e:
            c.check(False, "cannot read %s: %s" % (schema_path, e))
    else:
        c.notes.append("extension managed schema %s not found: extension value names not "
                       "checked against it" % schema_path)

    for pol in policies:
        pname = pol.get("name")
        where = "policy %r" % pname
        c.check(bool(pname), "a policy has no name")
        c.check(pname not in names, "%s defined twice" % where)
        names.add(pname)
        c.check(pol.get("class") in ("User", "Machine", "Both"),
                "%s: class must be User, Machine or Both, is %r" % (where, pol.get("class")))
        for attr in ("displayName", "explainText", "key"):
            c.check(bool(pol.get(attr)), "%s: missing %s" % (where, attr))
        key = pol.get("key", "")
        c.check(key.lower().startswith("software\\policies\\"),
                "%s: key %r is not under Software\\Policies" % (where, key))
        pcs = pol.findall(Q + "parentCategory")
        c.check(len(pcs) == 1 and ref_ok(pcs[0].get("ref", ""), categories),
                "%s: parentCategory missing or unknown" % where)
        so = pol.findall(Q + "supportedOn")
        c.check(len(so) == 1 and ref_ok(so[0].get("ref", ""), supported),
                "%s: supportedOn missing or unknown" % where)

        elements = {}
        els = pol.find(Q + "elements")
        for el in (list(els) if els is not None else []):
            kind = local(el.tag)
            eid = el.get("id")
            c.check(kind in CONTROL_FOR, "%s: unknown element type <%s>" % (where, kind))
            c.check(bool(eid) and eid not in elements, "%s: element id %r missing or repeated" % (where, eid))
            elements[eid] = el
            ekey = el.get("key") or key
            if kind == "list":
                c.check(el.get("key") is not None, "%s: list %r needs its own key" % (where, eid))
                vname = ekey.rsplit("\\", 1)[-1]
                parent = ekey.rsplit("\\", 1)[0]
            else:
                vname = el.get("valueName")
                parent = ekey
                c.check(bool(vname), "%s: element %r has no valueName" % (where, eid))
            if kind == "decimal":
                try:
                    lo, hi = int(el.get("minValue", "0")), int(el.get("maxValue", "9999"))
                    c.check(0 <= lo <= hi <= 4294967295,
                            "%s: decimal %r range %s..%s invalid" % (where, eid, lo, hi))
                except ValueError:
                    c.check(False, "%s: decimal %r has a non-numeric range" % (where, eid))
            items = []
            if kind == "enum":
                items = el.findall(Q + "item")
                c.check(len(items) >= 2, "%s: enum %r needs at least two items" % (where, eid))
                for it in items:
                    c.check(bool(it.get("displayName")), "%s: enum item without displayName" % where)
                    c.check(it.find(Q + "value") is not None, "%s: enum item without value" % where)
                    for vi in it.iter(Q + "item"):
                        if vi is it:
                            continue
                        vkey = vi.get("key", ekey)
                        if vkey.lower() == HOST_KEY:
                            host_values_seen.add(vi.get("valueName"))
                            c.check(vi.get("valueName") in HOST_VALUES,
                                    "%s: host value %r is not one privacy-guard.exe reads"
                                    % (where, vi.get("valueName")))

            # Product rules for where values go.
            if parent.lower() == HOST_KEY:
                host_values_seen.add(vname)
                if kind == "decimal" and vname in ranges:
                    given = (el.get("minValue"), el.get("maxValue"))
                    want = tuple(str(v) for v in ranges[vname])
                    c.check(given == want,
                            "%s: %r offers the range %s..%s but privacy-guard.exe enforces %s..%s "
                            "(host_config.h)" % (where, vname, given[0], given[1], want[0], want[1]))
                if vname in EXPANDABLE_HOST_VALUES:
                    c.check(el.get("expandable") == "true",
                            "%s: %r must be expandable=\"true\" (REG_EXPAND_SZ, so that %%VARIABLES%% "
                            "are expanded when the host reads it)" % (where, vname))
                c.check(vname in HOST_VALUES, "%s: host value %r is not one privacy-guard.exe reads "
                        "(%s)" % (where, vname, ", ".join(sorted(HOST_VALUES))))
            elif parent.lower().startswith("software\\policies\\microsoft\\edge\\3rdparty\\"):
                c.check(EXT_KEY_RE.fullmatch(parent.lower()) is not None,
                        "%s: extension key %r is not ...\\3rdparty\\extensions\\<id>\\policy" % (where, parent))
                ext_values_seen[vname] = (kind, el, items)
            else:
                c.check(False, "%s: value %r goes to unexpected key %r" % (where, vname, parent))

        # An on/off policy: the value is the policy's own (REG_DWORD 1/0),
        # which Edge hands to the extension as a boolean.
        if pol.get("valueName") is not None:
            vname = pol.get("valueName")
            on = pol.find(Q + "enabledValue/" + Q + "decimal")
            off = pol.find(Q + "disabledValue/" + Q + "decimal")
            c.check(on is not None and on.get("value") == "1" and off is not None and off.get("value") == "0",
                    "%s: an on/off policy needs enabledValue decimal 1 and disabledValue decimal 0" % where)
            if key.lower().startswith("software\\policies\\microsoft\\edge\\3rdparty\\"):
                c.check(EXT_KEY_RE.fullmatch(key.lower()) is not None,
                        "%s: extension key %r is not ...\\3rdparty\\extensions\\<id>\\policy" % (where, key))
                ext_values_seen[vname] = ("onoff", pol, [])
            else:
                c.check(False, "%s: on/off value %r goes to unexpected key %r" % (where, vname, key))

        # Presentation.
        pres_ref = pol.get("presentation")
        c.check(bool(elements) == bool(pres_ref),
                "%s: a policy with elements needs a presentation (and only then)" % where)
        m = REF_RE.fullmatch(pres_ref or "")
        if pres_ref and m:
            for lang in LANGS:
                pres = defined[lang]["presentation"].get(m.group(2))
                if pres is None:
                    continue  # reported above
                controls = {}
                for ctl in pres:
                    ref = ctl.get("refId")
                    if ref is None:
                        c.check(local(ctl.tag) == "text",
                                "%s/%s: control <%s> without refId" % (lang, where, local(ctl.tag)))
                        continue
                    c.check(ref in elements, "%s: presentation %r control refId %r matches no "
                            "element of %s (elements: %s)"
                            % (lang, m.group(2), ref, where, ", ".join(sorted(elements))))
                    c.check(ref not in controls, "%s: refId %r used twice in presentation %r"
                            % (lang, ref, m.group(2)))
                    controls[ref] = ctl
                    if ref in elements:
                        kind = local(elements[ref].tag)
                        c.check(local(ctl.tag) in CONTROL_FOR.get(kind, set()),
                                "%s: control <%s> does not fit element <%s> %r"
                                % (lang, local(ctl.tag), kind, ref))
                        if kind == "enum" and ctl.get("defaultItem") is not None:
                            n = len(elements[ref].findall(Q + "item"))
                            c.check(ctl.get("defaultItem").isdigit() and int(ctl.get("defaultItem")) < n,
                                    "%s: dropdownList %r defaultItem out of range" % (lang, ref))
                        if kind == "decimal" and ctl.get("defaultValue") is not None:
                            el = elements[ref]
                            dv = ctl.get("defaultValue")
                            c.check(dv.isdigit() and int(el.get("minValue", "0")) <= int(dv)
                                    <= int(el.get("maxValue", "9999")),
                                    "%s: decimalTextBox %r defaultValue out of range" % (lang, ref))
                for eid in elements:
                    c.check(eid in controls, "%s: element %r of %s has no control in presentation %r"
                            % (lang, eid, where, m.group(2)))

    # --- coverage of the host and extension settings ------------------------
    c.check(host_values_seen == HOST_VALUES,
            "host values covered %s, expected %s" % (sorted(host_values_seen), sorted(HOST_VALUES)))
    c.check(REQUIRED_EXT_VALUES <= set(ext_values_seen),
            "extension values %s missing" % sorted(REQUIRED_EXT_VALUES - set(ext_values_seen)))
    if schema is not None:
        props = schema.get("properties", {})
        for vname, (kind, el, items) in sorted(ext_values_seen.items()):
            prop = props.get(vname)
            if not c.check(prop is not None, "extension value %r is not a property of "
                           "managed_schema.json (%s)" % (vname, ", ".join(sorted(props)))):
                continue
            ptype = prop.get("type")
            if kind == "list":
                c.check(ptype == "array" and prop.get("items", {}).get("type") == "string",
                        "%r is a list in the ADMX but %r in the schema" % (vname, ptype))
            elif kind == "text":
                # Chromium also reads a JSON string into an object-typed setting.
                c.check(ptype in ("string", "object"),
                        "%r is text in the ADMX but %r in the schema" % (vname, ptype))
            elif kind == "onoff":
                c.check(ptype == "boolean", "%r is an on/off policy in the ADMX but %r in the schema" % (vname, ptype))
            elif kind == "enum":
                c.check(ptype == "string", "%r is an enum in the ADMX but %r in the schema" % (vname, ptype))
                vals = []
                for it in items:
                    s = it.find(Q + "value/" + Q + "string")
                    vals.append(s.text if s is not None else None)
                allowed = prop.get("enum")
                c.check(allowed is None or set(vals) <= set(allowed),
                        "%r enum values %s not allowed by the schema %s" % (vname, vals, allowed))
            else:
                c.check(False, "%r: element type %s not mapped to the schema" % (vname, kind))
        missing = sorted(set(props) - set(ext_values_seen))
        if missing:
            c.notes.append("managed_schema.json properties without an ADMX policy: %s" % missing)
    return c


# --- self-test: every kind of defect must be caught ---------------------------
MUTATIONS = [
    # (name, file (relative to policy dir), old, new, expected error substring)
    ("interval range differs from the host's", "privacy-guard.admx",
     'minValue="30" maxValue="3600"', 'minValue="5" maxValue="3600"', "privacy-guard.exe enforces"),
    ("malformed ADMX", "privacy-guard.admx", "</policies>", "</policy>", "not well-formed"),
    ("string missing in da-DK", "da-DK/privacy-guard.adml",
     '<string id="GuidelineUrl">', '<string id="GuidelineUrlX">', "missing in da-DK"),
    ("presentation missing in en-US", "en-US/privacy-guard.adml",
     '<presentation id="ExtraHosts">', '<presentation id="ExtraHostsX">', "missing in en-US"),
    ("refId typo", "en-US/privacy-guard.adml",
     '<listBox refId="UnapprovedHosts">', '<listBox refId="UnapprovedHost">', "matches no element"),
    ("control type mismatch", "da-DK/privacy-guard.adml",
     '<listBox refId="ExtraHosts">V\u00e6rtsnavne:</listBox>',
     '<dropdownList refId="ExtraHosts">V\u00e6rtsnavne:</dropdownList>', "does not fit"),
    ("element without control", "da-DK/privacy-guard.adml",
     '<decimalTextBox refId="AuditMaxBytes"', '<decimalTextBox refId="AuditLog"', "has no control"),
    ("path not expandable", "privacy-guard.admx",
     'valueName="AuditLog" required="true" maxLength="1023" expandable="true"',
     'valueName="AuditLog" required="true" maxLength="1023"', "must be expandable"),
    ("unused string", "en-US/privacy-guard.adml",
     "</stringTable>", '<string id="Orphan">x</string></stringTable>', "never used"),
    ("empty string", "da-DK/privacy-guard.adml",
     '<string id="Cat_PrivacyGuard">privacy-guard</string>', '<string id="Cat_PrivacyGuard"> </string>',
     "is empty"),
    ("unknown category", "privacy-guard.admx",
     '<parentCategory ref="PrivacyGuard_Extension" />\n      <supportedOn ref="SUPPORTED_PrivacyGuard_0_1" />\n      <elements>\n        <text id="GuidelineUrl"',
     '<parentCategory ref="NoSuchCategory" />\n      <supportedOn ref="SUPPORTED_PrivacyGuard_0_1" />\n      <elements>\n        <text id="GuidelineUrl"',
     "parentCategory missing or unknown"),
    ("Microsoft namespace", "privacy-guard.admx",
     'namespace="DK.PrivacyGuard.Policies"', 'namespace="Microsoft.Policies.Windows"', "target namespace"),
    ("malformed extension key", "privacy-guard.admx",
     "\\policy\">\n      <parentCategory ref=\"PrivacyGuard_Extension\" />\n      <supportedOn ref=\"SUPPORTED_PrivacyGuard_0_1\" />\n      <elements>\n        <text id=\"GuidelineUrl\"",
     "\\policies\">\n      <parentCategory ref=\"PrivacyGuard_Extension\" />\n      <supportedOn ref=\"SUPPORTED_PrivacyGuard_0_1\" />\n      <elements>\n        <text id=\"GuidelineUrl\"",
     "extension key"),
    ("value not in managed schema", "privacy-guard.admx",
     'valueName="guidelineUrl"', 'valueName="guideLineURL"', "not a property of managed_schema"),
    ("unknown host value", "privacy-guard.admx",
     'valueName="PolicyPath"', 'valueName="PolicyFile"', "not one privacy-guard.exe reads"),
    ("duplicate policy", "privacy-guard.admx",
     '<policy name="UnapprovedHosts"', '<policy name="ExtraHosts"', "defined twice"),
    ("decimal default out of range", "en-US/privacy-guard.adml",
     'defaultValue="10485760"', 'defaultValue="100"', "defaultValue out of range"),
    ("on/off value not in managed schema", "privacy-guard.admx",
     'valueName="restoreAnswers"', 'valueName="restoreAnswer"', "not a property of managed_schema"),
    ("on/off policy with a string value", "privacy-guard.admx",
     '<enabledValue><decimal value="1" /></enabledValue>', '<enabledValue><string>on</string></enabledValue>',
     "enabledValue decimal 1"),
    ("revision too low", "da-DK/privacy-guard.adml",
     'revision="1.0" schemaVersion="1.0"', 'revision="0.5" schemaVersion="1.0"', "revision"),
]


def self_test(policy_dir, schema_path):
    """Run by run_main only after the real files passed."""
    def prepare(tmp):
        dst = os.path.join(tmp, "policy")
        shutil.copytree(policy_dir, dst)
        return dst

    return run_mutations(MUTATIONS, prepare, lambda root: check_files(root, schema_path),
                         "pg-admx-", 32)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--policy-dir", default=DEFAULT_POLICY_DIR)
    ap.add_argument("--schema", default=DEFAULT_SCHEMA)
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    return run_main("ADMX/ADML", lambda: check_files(args.policy_dir, args.schema),
                    (lambda: self_test(args.policy_dir, args.schema)) if args.self_test else None)


if __name__ == "__main__":
    sys.exit(main())
