#!/usr/bin/env python3
"""The MSI built on Linux with wixl (issue 15): its tables, checked with
msitools, and its life cycle under Wine, the way IT would run it:

  * `msiexec /i privacy-guard-<version>-x64.msi /qn` installs it;
  * the host is started as Edge (and Chrome) start it: registry key ->
    manifest -> "path" next to the manifest -> cmd.exe with named pipes,
    the extension origin and --parent-window=0; it answers a framed `check`
    with a CPR finding and exits by itself when the input closes;
  * ADMX policy values written with `reg add` under
    HKLM under the policy key of installer/product.json change where it reads its policy;
  * version N+1 upgrades N and keeps an edited privacy-guard.conf;
  * `msiexec /x` leaves no file and no key behind.

  PG_MSI   the MSI the build made (<build>/privacy-guard-<version>-x64.msi)
"""
import json
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import winetest as wt  # noqa: E402

MSI = os.environ.get("PG_MSI", "")
WORK = os.path.join(wt.WORK, "msi")
BUILD_MSI = os.path.join(wt.SOURCE, "installer", "windows", "msi", "build_msi.py")
VERSION = wt.PRODUCT["version"]
UPGRADE_CODE = "{%s}" % wt.PRODUCT["windows"]["upgrade_code"].upper()
HOST = wt.HOST_NAME
EDGE_KEY = "HKLM\\SOFTWARE\\Microsoft\\Edge\\NativeMessagingHosts\\" + HOST
CHROME_KEY = "HKLM\\SOFTWARE\\Google\\Chrome\\NativeMessagingHosts\\" + HOST
EVENT_KEY = ("HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\"
             + wt.PRODUCT["windows"]["event_source"])
UNINSTALL_KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall"


def next_version(v):
    major, minor, patch = (int(x) for x in v.split("."))
    return "%d.%d.%d" % (major, minor, patch + 1)


def table(msi, name):
    """Rows of an MSI table (msiinfo export), as dicts."""
    out = subprocess.run(["msiinfo", "export", msi, name], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    lines = out.split("\r\n") if "\r\n" in out else out.split("\n")
    cols = lines[0].split("\t")
    return [dict(zip(cols, l.split("\t"))) for l in lines[3:] if l]


def build_msi(exe, version, out):
    subprocess.run([sys.executable, BUILD_MSI, "--exe", exe, "--out", out, "--version", version],
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return os.path.join(out, "privacy-guard-%s-x64.msi" % version)


def program_dir(*parts):
    return wt.drive_c("Program Files", "privacy-guard", *parts)


def data_dir(*parts):
    return wt.drive_c("ProgramData", "privacy-guard", *parts)


def reg_default(key):
    """The key's default value, or None when the key does not exist."""
    proc = wt.wine(["reg", "query", key, "/ve"], check=False)
    if proc.returncode != 0:
        return None
    for line in proc.stdout.decode("utf-8", errors="replace").splitlines():
        parts = line.strip().split("    ")
        if len(parts) >= 3 and parts[1] == "REG_SZ":
            return parts[2]
    return ""


def key_exists(key):
    return wt.wine(["reg", "query", key], check=False).returncode == 0


def installed_versions():
    """DisplayVersion of every Uninstall entry named privacy-guard."""
    out = wt.wine(["reg", "query", UNINSTALL_KEY, "/s"], check=False).stdout.decode("utf-8", "replace")
    versions, name = [], None
    for line in out.splitlines():
        if line.startswith("HKEY_"):
            name = None
        parts = line.strip().split("    ")
        if len(parts) >= 3 and parts[0] == "DisplayName":
            name = parts[2]
        if len(parts) >= 3 and parts[0] == "DisplayVersion" and name == wt.PRODUCT["product"]:
            versions.append(parts[2])
    return versions


def msiexec(*args):
    return wt.wine(["msiexec"] + list(args) + ["/qn"], timeout=600)


class MsiTablesTest(unittest.TestCase):
    """What the MSI contains, read with msitools (no Wine)."""

    @classmethod
    def setUpClass(cls):
        assert os.path.isfile(MSI), "no MSI at %r (PG_MSI)" % MSI
        os.makedirs(WORK, exist_ok=True)

    def test_identity(self):
        props = {r["Property"]: r["Value"] for r in table(MSI, "Property")}
        self.assertEqual(props["UpgradeCode"], UPGRADE_CODE)
        self.assertEqual(props["ProductVersion"], VERSION)
        self.assertEqual(props["ProductName"], wt.PRODUCT["product"])
        info = subprocess.run(["msiinfo", "suminfo", MSI], check=True,
                              stdout=subprocess.PIPE).stdout.decode()
        self.assertIn("x64;1033", info)
        # Same version -> same ProductCode; next version -> another one.
        again = build_msi(wt.EXE, VERSION, os.path.join(WORK, "same"))
        nxt = build_msi(wt.EXE, next_version(VERSION), os.path.join(WORK, "next-tables"))
        code = lambda m: {r["Property"]: r["Value"] for r in table(m, "Property")}["ProductCode"]
        self.assertEqual(code(again), props["ProductCode"])
        self.assertNotEqual(code(nxt), props["ProductCode"])
        self.assertEqual({r["Property"]: r["Value"] for r in table(nxt, "Property")}["UpgradeCode"],
                         UPGRADE_CODE)
        upgrade = table(MSI, "Upgrade")
        self.assertTrue(upgrade and all(r["UpgradeCode"] == UPGRADE_CODE for r in upgrade))

    def test_files_and_folders(self):
        dirs = {r["Directory"]: r for r in table(MSI, "Directory")}
        self.assertEqual(dirs["INSTALLFOLDER"]["Directory_Parent"], "ProgramFiles64Folder")
        self.assertEqual(dirs["DATAFOLDER"]["Directory_Parent"], "CommonAppDataFolder")
        comps = {r["Component"]: r for r in table(MSI, "Component")}
        files = {r["FileName"].split("|")[-1]: r for r in table(MSI, "File")}
        exe = files["privacy-guard.exe"]
        manifest = files[HOST + ".json"]
        for f in (exe, manifest):
            comp = comps[f["Component_"]]
            self.assertEqual(comp["Directory_"], "INSTALLFOLDER")
            self.assertTrue(int(comp["Attributes"]) & 256, "component %s is not 64-bit" % comp["Component"])
        self.assertEqual(int(exe["FileSize"]), os.path.getsize(wt.EXE))
        self.assertEqual(comps[files["default.policy"]["Component_"]]["Directory_"], "DATAFOLDER")
        conf = comps[files["privacy-guard.conf"]["Component_"]]
        self.assertEqual(conf["Directory_"], "DATAFOLDER")
        self.assertTrue(int(conf["Attributes"]) & 128, "privacy-guard.conf is not NeverOverwrite")
        shipped = sorted(os.listdir(os.path.join(wt.SOURCE, "rules", "data")))
        in_data = sorted(n for n, f in files.items() if comps[f["Component_"]]["Directory_"] == "DATAFILESFOLDER")
        self.assertEqual(in_data, shipped)
        seq = {r["Action"]: int(r["Sequence"]) for r in table(MSI, "InstallExecuteSequence")}
        self.assertGreater(seq["RemoveExistingProducts"], seq["InstallFinalize"])
        # %ProgramData%\privacy-guard: protected ACL, Users may only read.
        acl = table(MSI, "MsiLockPermissionsEx")
        self.assertEqual([(r["LockObject"], r["Table"]) for r in acl], [("DATAFOLDER", "CreateFolder")])
        self.assertTrue(acl[0]["SDDLText"].startswith("D:P"), acl)  # no inherited entries
        self.assertIn("(A;OICI;0x1200a9;;;BU)", acl[0]["SDDLText"])  # Users: read and execute
        self.assertNotIn(";WD)", acl[0]["SDDLText"])
        self.assertIn("DATAFOLDER", [r["Directory_"] for r in table(MSI, "CreateFolder")])
        self.assertIn("CreateFolders", seq)

    def test_registry(self):
        rows = table(MSI, "Registry")
        files = {r["FileName"].split("|")[-1]: r["File"] for r in table(MSI, "File")}
        by_key = {(r["Root"], r["Key"], r["Name"]): r["Value"] for r in rows}
        ref = "[#%s]" % files[HOST + ".json"]
        for key in (EDGE_KEY, CHROME_KEY):
            self.assertEqual(by_key.get(("2", key[5:], "")), ref, key)
        self.assertTrue(by_key[("2", EVENT_KEY[5:], "EventMessageFile")].startswith("#%"))
        self.assertEqual(by_key[("2", EVENT_KEY[5:], "TypesSupported")], "#7")


class MsiLifecycleTest(unittest.TestCase):
    """Install, launch, policy, upgrade, uninstall under Wine: one story."""

    @classmethod
    def setUpClass(cls):
        assert os.path.isfile(MSI), "no MSI at %r (PG_MSI)" % MSI
        shutil.rmtree(os.path.join(WORK, "life"), ignore_errors=True)
        os.makedirs(os.path.join(WORK, "life"))
        # Version N+1 with a different program (bytes appended), so the
        # test can see that the upgrade replaced it.
        cls.next_exe = os.path.join(WORK, "life", "privacy-guard.exe")
        with open(wt.EXE, "rb") as f:
            data = f.read()
        with open(cls.next_exe, "wb") as f:
            f.write(data + b"\0privacy-guard upgrade test\0")
        cls.next_msi = build_msi(cls.next_exe, next_version(VERSION), os.path.join(WORK, "life", "next"))
        # A clean machine: nothing of an earlier run.
        for m in (cls.next_msi, MSI):
            wt.wine(["msiexec", "/x", wt.winpath(m), "/qn"], check=False, timeout=600)
        wt.wine(["reg", "delete", wt.POLICY_KEY, "/f"], check=False)

    def launch(self, browser="edge", requests=None):
        path = os.path.join(WORK, "life", "requests.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in requests or [{"type": "hello", "id": 1},
                                  {"type": "check", "id": 2, "mode": "submit", "text": wt.CPR_TEXT}]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        proc = wt.wine([wt.LAUNCHER, "--browser", browser, "--system-only", "--name", HOST,
                        "--origin", wt.ORIGIN, "--requests", wt.winpath(path)], check=False)
        lines = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
        self.assertTrue(lines, proc.stderr.decode(errors="replace"))
        launcher = lines[-1]["launcher"]
        self.assertEqual(proc.returncode, 0, (launcher, proc.stderr.decode(errors="replace")))
        self.assertTrue(launcher["exited_by_itself"], launcher)
        return lines[:-1], launcher

    def test_lifecycle(self):
        manifest = "C:\\Program Files\\privacy-guard\\%s.json" % HOST

        # 1. Install.
        msiexec("/i", wt.winpath(MSI))
        with open(program_dir("privacy-guard.exe"), "rb") as a, open(wt.EXE, "rb") as b:
            self.assertEqual(a.read(), b.read())
        with open(program_dir(HOST + ".json"), encoding="utf-8") as f:
            m = json.load(f)
        self.assertEqual((m["name"], m["path"], m["allowed_origins"]), (HOST, "privacy-guard.exe", [wt.ORIGIN]))
        for name in ("default.policy", "privacy-guard.conf"):
            self.assertTrue(os.path.isfile(data_dir(name)), name)
        self.assertEqual(sorted(os.listdir(data_dir("data"))),
                         sorted(os.listdir(os.path.join(wt.SOURCE, "rules", "data"))))
        self.assertEqual(reg_default(EDGE_KEY), manifest)
        self.assertEqual(reg_default(CHROME_KEY), manifest)
        self.assertTrue(key_exists(EVENT_KEY))
        self.assertEqual(installed_versions(), [VERSION])

        # 2. Started as Edge and Chrome start it.
        for browser in ("edge", "chrome"):
            replies, launcher = self.launch(browser)
            self.assertEqual(launcher["manifest"], manifest)
            self.assertEqual(launcher["exe"], "C:\\Program Files\\privacy-guard\\privacy-guard.exe")
            status, check = replies
            self.assertEqual(status["type"], "status")
            self.assertEqual(status["policy"]["source"], "C:\\ProgramData\\privacy-guard\\default.policy")
            self.assertEqual(status["health"], "ok", status["policy"])
            self.assertEqual(check["decision"], "block")
            cpr = [f for f in check["findings"] if f["category"] == "cpr"]
            self.assertEqual(len(cpr), 1)
            self.assertEqual(cpr[0]["preview"], "070761-XXXX")
        # %LOCALAPPDATA% in the installed configuration is the user's.
        users = wt.drive_c("users")
        caches = [os.path.join(r, d) for r, ds, _ in os.walk(users) for d in ds if d == "privacy-guard"]
        self.assertTrue(caches, "no %LOCALAPPDATA%\\privacy-guard folder was created")

        # 3. ADMX values (HKLM, the policy key of installer/product.json) move the policy.
        central = wt.make_policy_dir(os.path.join(WORK, "life", "share"), "central-from-gpo")
        audit = os.path.join(WORK, "life", "gpo-audit.log")
        wt.reg("add", wt.POLICY_KEY, "/v", "PolicyPath", "/t", "REG_EXPAND_SZ", "/d", wt.winpath(central), "/f")
        wt.reg("add", wt.POLICY_KEY, "/v", "AuditLog", "/t", "REG_EXPAND_SZ", "/d", wt.winpath(audit), "/f")
        try:
            replies, _ = self.launch()
            self.assertEqual(replies[0]["policy"]["version"], "central-from-gpo")
            self.assertEqual(replies[0]["policy"]["source"].lower(), wt.winpath(central).lower())
            self.assertTrue(os.path.isfile(audit))
        finally:
            wt.reg("delete", wt.POLICY_KEY, "/f")
        replies, _ = self.launch()
        self.assertEqual(replies[0]["policy"]["source"], "C:\\ProgramData\\privacy-guard\\default.policy")

        # 4. IT edits the configuration; version N+1 upgrades and keeps it.
        with open(data_dir("privacy-guard.conf"), "a", encoding="utf-8") as f:
            f.write("# edited by IT before the upgrade\npolicy_poll_seconds: 7\n")
        with open(data_dir("privacy-guard.conf"), "rb") as f:
            edited = f.read()
        msiexec("/i", wt.winpath(self.next_msi))
        with open(data_dir("privacy-guard.conf"), "rb") as f:
            self.assertEqual(f.read(), edited, "the upgrade replaced the edited privacy-guard.conf")
        with open(program_dir("privacy-guard.exe"), "rb") as a, open(self.next_exe, "rb") as b:
            self.assertEqual(a.read(), b.read(), "the upgrade did not replace privacy-guard.exe")
        self.assertEqual(installed_versions(), [next_version(VERSION)])
        self.assertEqual(reg_default(EDGE_KEY), manifest)
        replies, _ = self.launch()
        self.assertEqual(replies[1]["decision"], "block")

        # 5. Uninstall: no file, no key.
        msiexec("/x", wt.winpath(self.next_msi))
        self.assertFalse(os.path.exists(program_dir()), os.listdir(program_dir()) if os.path.exists(program_dir()) else "")
        self.assertFalse(os.path.exists(data_dir()),
                         [os.path.join(r, f) for r, _, fs in os.walk(data_dir()) for f in fs])
        for key in (EDGE_KEY, CHROME_KEY, EVENT_KEY):
            self.assertFalse(key_exists(key), key)
        self.assertEqual(installed_versions(), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
