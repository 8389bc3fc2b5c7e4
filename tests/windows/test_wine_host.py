#!/usr/bin/env python3
"""Windows-only host behaviour, shown with privacy-guard.exe under Wine
(issue 15). What Linux cannot show:

  * frames in binary mode: bodies with \\n, \\r\\n, \\r and ^Z come back
    byte-identical, and length headers containing those bytes survive;
  * registry overrides under HKLM/HKCU under the policy key of installer/product.json,
    written with `wine reg add` (REG_EXPAND_SZ values expanded), and the
    policy check interval PolicyPollSeconds with its range;
  * %VAR% expansion in privacy-guard.conf;
  * the configuration found in %ProgramData%\\privacy-guard when there is
    none next to the executable;
  * event-log writes (ReportEventW) that do not fail the host and carry no
    prompt text;
  * the host exits by itself at end of input, also when started through
    cmd.exe with named pipes as Edge does (the browser tracks cmd.exe).
"""
import json
import os
import shutil
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import winetest as wt  # noqa: E402

WORK = os.path.join(wt.WORK, "host")


def setUpModule():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    # Start from a clean policy key (another test may have left one).
    wt.wine(["reg", "delete", wt.POLICY_KEY, "/f"], check=False)
    wt.wine(["reg", "delete", "HKCU\\" + wt.PRODUCT["windows"]["policy_key"], "/f"], check=False)


class HostTest(unittest.TestCase):
    def setUp(self):
        self.dir = os.path.join(WORK, self._testMethodName)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        self.policy = wt.make_policy_dir(os.path.join(self.dir, "policy"), "conf-" + self._testMethodName)

    def conf(self, **fields):
        fields.setdefault("policy_path", wt.winpath(self.policy))
        fields.setdefault("cache_dir", wt.winpath(os.path.join(self.dir, "cache")))
        return wt.write_conf(os.path.join(self.dir, "privacy-guard.conf"), **fields)

    def host(self, frames, conf=None, env=None, **kw):
        extra = {"PRIVACY_GUARD_CONFIG": wt.winpath(conf or self.conf())}
        extra.update(env or {})
        replies, proc = wt.run_host(frames, extra_env=extra, **kw)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode(errors="replace")[-3000:])
        return replies, proc

    # --- binary mode ------------------------------------------------------

    def test_frames_binary_mode(self):
        base = "Mødet er flyttet.\nTag kaffe med.\r\nHilsen\r\x1aafdelingen\r\n"
        texts = [base + "x" * pad for pad in range(0, 300)]
        frames = [wt.frame({"type": "hello", "id": 0})]
        # Raw CR LF as JSON white space between tokens.
        frames.append(wt.frame(b'{"type":\r\n"hello",\r\n"id":\r\n"raw"}\r\n'))
        for i, text in enumerate(texts):
            frames.append(wt.frame({"type": "redact", "id": i + 1, "text": text}))
        replies, proc = self.host(frames)
        self.assertEqual(len(replies), len(frames))
        self.assertEqual(replies[0]["type"], "status")
        self.assertEqual(replies[1]["id"], "raw")
        self.assertEqual(replies[1]["type"], "status")
        for i, text in enumerate(texts):
            r = replies[i + 2]
            self.assertEqual((r["type"], r["id"]), ("redact", i + 1))
            self.assertEqual(r["text"].encode("utf-8"), text.encode("utf-8"))
        # The test bites only if length headers held the bytes text mode
        # rewrites (\n, \r, ^Z): check that they did, both ways.
        sent = {f[j] for f in frames for j in range(4)}
        received = set()
        data = proc.stdout
        i = 0
        while i < len(data):
            received.update(data[i:i + 4])
            i += 4 + int.from_bytes(data[i:i + 4], "little")
        for b in (0x0A, 0x0D, 0x1A):
            self.assertIn(b, sent, "no request length header contains byte 0x%02x" % b)
            self.assertIn(b, received, "no reply length header contains byte 0x%02x" % b)

    def test_redact_keeps_line_breaks_around_a_finding(self):
        text = "Hej.\r\nCPR 070761-4285\nslut\r\n"
        replies, _ = self.host([wt.frame({"type": "redact", "id": 1, "text": text})])
        out = replies[0]["text"]
        self.assertTrue(out.startswith("Hej.\r\nCPR "), out)
        self.assertTrue(out.endswith("\nslut\r\n"), out)
        self.assertNotIn("070761-4285", out)

    # --- end of input -----------------------------------------------------

    def test_exits_at_end_of_input(self):
        start = time.monotonic()
        replies, proc = self.host([wt.frame({"type": "hello", "id": 1})])
        self.assertEqual(replies[0]["type"], "status")
        self.assertLess(time.monotonic() - start, 60)

    def test_exits_at_end_of_input_through_cmd_like_edge(self):
        # Registered per user (HKCU), manifest with a relative path, program
        # and configuration next to it: Edge's launch path with cmd.exe.
        app = os.path.join(self.dir, "app")
        os.makedirs(app)
        shutil.copy(wt.EXE, os.path.join(app, "privacy-guard.exe"))
        wt.write_conf(os.path.join(app, "privacy-guard.conf"), policy_path=wt.winpath(self.policy),
                      cache_dir=wt.winpath(os.path.join(self.dir, "cache")))
        manifest = os.path.join(app, wt.HOST_NAME + ".json")
        with open(manifest, "w", encoding="utf-8") as f:
            json.dump({"name": wt.HOST_NAME, "description": "test", "path": "privacy-guard.exe",
                       "type": "stdio", "allowed_origins": [wt.ORIGIN]}, f)
        key = "HKCU\\SOFTWARE\\Microsoft\\Edge\\NativeMessagingHosts\\" + wt.HOST_NAME
        wt.reg("add", key, "/ve", "/d", wt.winpath(manifest), "/f")
        try:
            requests = os.path.join(self.dir, "requests.jsonl")
            with open(requests, "w", encoding="utf-8") as f:
                f.write(json.dumps({"type": "hello", "id": 1}) + "\n")
                f.write(json.dumps({"type": "check", "id": 2, "mode": "submit",
                                    "text": wt.CPR_TEXT}, ensure_ascii=False) + "\n")
            proc = wt.wine([wt.LAUNCHER, "--name", wt.HOST_NAME, "--origin", wt.ORIGIN,
                            "--requests", wt.winpath(requests), "--exit-timeout-ms", "2000"],
                           check=False)
            lines = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
            self.assertTrue(lines, proc.stderr.decode(errors="replace"))
            launcher = lines[-1]["launcher"]
            self.assertTrue(launcher["registry_key"].startswith("HKCU\\SOFTWARE\\Microsoft\\Edge\\"), launcher)
            self.assertEqual(launcher["exe"].lower(), wt.winpath(os.path.join(app, "privacy-guard.exe")).lower())
            self.assertEqual([l["type"] for l in lines[:-1]], ["status", "check"])
            self.assertIn("cpr", [f["category"] for f in lines[1]["findings"]])
            self.assertTrue(launcher["exited_by_itself"],
                            "cmd.exe (and the host) still ran 2 s after the input closed")
            self.assertEqual(launcher["exit_code"], 0)
            self.assertEqual(proc.returncode, 0)
        finally:
            wt.wine(["reg", "delete", key, "/f"], check=False)

    # --- registry overrides ------------------------------------------------

    def test_registry_overrides(self):
        reg_policy = wt.make_policy_dir(os.path.join(self.dir, "central"), "registry-policy")
        audit = os.path.join(self.dir, "audit-from-registry.log")
        conf = self.conf(audit_log=wt.winpath(os.path.join(self.dir, "audit-from-conf.log")))
        env = {"PG_REG_TEST_DIR": wt.winpath(os.path.dirname(reg_policy))}
        before, _ = self.host([wt.frame({"type": "hello", "id": 1})], conf=conf, env=env)
        self.assertEqual(before[0]["policy"]["version"], "conf-test_registry_overrides")
        # REG_EXPAND_SZ with a variable only the host's environment has.
        wt.reg("add", wt.POLICY_KEY, "/v", "PolicyPath", "/t", "REG_EXPAND_SZ",
               "/d", "%PG_REG_TEST_DIR%\\policy.textproto", "/f")
        wt.reg("add", wt.POLICY_KEY, "/v", "AuditLog", "/t", "REG_SZ", "/d", wt.winpath(audit), "/f")
        try:
            replies, _ = self.host([wt.frame({"type": "hello", "id": 1}),
                                    wt.frame({"type": "check", "id": 2, "mode": "submit",
                                              "text": wt.CPR_TEXT})], conf=conf, env=env)
            self.assertEqual(replies[0]["policy"]["version"], "registry-policy")
            self.assertEqual(replies[0]["policy"]["source"].lower(), wt.winpath(reg_policy).lower())
            self.assertEqual(replies[1]["decision"], "block")
            self.assertTrue(os.path.isfile(audit), "no audit log at the registry's AuditLog path")
            self.assertFalse(os.path.exists(os.path.join(self.dir, "audit-from-conf.log")))
            with open(audit, encoding="utf-8") as f:
                self.assertNotIn("070761", f.read())
        finally:
            wt.reg("delete", wt.POLICY_KEY, "/f")
        # Per-user policy (HKCU) applies when HKLM has none.
        user_key = "HKCU\\" + wt.PRODUCT["windows"]["policy_key"]
        wt.reg("add", user_key, "/v", "PolicyPath", "/t", "REG_SZ", "/d", wt.winpath(reg_policy), "/f")
        try:
            replies, _ = self.host([wt.frame({"type": "hello", "id": 1})], conf=conf)
            self.assertEqual(replies[0]["policy"]["version"], "registry-policy")
        finally:
            wt.reg("delete", user_key, "/f")
        after, _ = self.host([wt.frame({"type": "hello", "id": 1})], conf=conf, env=env)
        self.assertEqual(after[0]["policy"]["version"], "conf-test_registry_overrides")

    def test_registry_poll_interval(self):
        """PolicyPollSeconds (group policy) overrides policy_poll_seconds,
        within 30..3600 s; the host says which interval it uses and why."""
        log = os.path.join(self.dir, "host.log")
        conf = self.conf(policy_poll_seconds=7, log_file=wt.winpath(log))

        def interval_line():
            if os.path.exists(log):
                os.remove(log)
            self.host([wt.frame({"type": "hello", "id": 1})], conf=conf)
            with open(log, encoding="utf-8") as f:
                text = f.read()
            lines = [l for l in text.splitlines() if "checking for changes every" in l]
            self.assertEqual(len(lines), 1, text)
            return lines[0], text

        line, _ = interval_line()
        self.assertIn("every 7 s +/- 20 % (privacy-guard.conf)", line)
        try:
            wt.reg("add", wt.POLICY_KEY, "/v", "PolicyPollSeconds", "/t", "REG_DWORD", "/d", "45", "/f")
            line, _ = interval_line()
            self.assertIn("every 45 s +/- 20 % (group policy PolicyPollSeconds)", line)
            # Below the group-policy minimum: raised to it, with a warning.
            wt.reg("add", wt.POLICY_KEY, "/v", "PolicyPollSeconds", "/t", "REG_DWORD", "/d", "5", "/f")
            line, text = interval_line()
            self.assertIn("every 30 s", line)
            self.assertIn("out of range; using 30 s (group policy PolicyPollSeconds)", text)
        finally:
            wt.reg("delete", wt.POLICY_KEY, "/f")
        line, _ = interval_line()
        self.assertIn("every 7 s", line)

    # --- %VAR% in privacy-guard.conf ---------------------------------------

    def test_conf_expands_environment_variables(self):
        conf = self.conf(policy_path="%PG_TEST_POLICY_DIR%\\policy.textproto",
                         audit_log="%PG_TEST_DIR%\\audit-%PG_TEST_NAME%.log",
                         cache_dir="%PG_TEST_DIR%\\cache")
        env = {"PG_TEST_POLICY_DIR": wt.winpath(os.path.dirname(self.policy)),
               "PG_TEST_DIR": wt.winpath(self.dir), "PG_TEST_NAME": "expanded"}
        replies, _ = self.host([wt.frame({"type": "hello", "id": 1}),
                                wt.frame({"type": "check", "id": 2, "mode": "submit",
                                          "text": wt.CPR_TEXT})], conf=conf, env=env)
        self.assertEqual(replies[0]["policy"]["version"], "conf-test_conf_expands_environment_variables")
        self.assertEqual(replies[0]["policy"]["source"].lower(), wt.winpath(self.policy).lower())
        self.assertTrue(os.path.isfile(os.path.join(self.dir, "audit-expanded.log")))
        self.assertFalse([n for n in os.listdir(self.dir) if "%" in n])

    # --- %ProgramData% -------------------------------------------------------

    def test_configuration_in_programdata(self):
        app = os.path.join(self.dir, "app")  # no privacy-guard.conf here
        os.makedirs(app)
        exe = os.path.join(app, "privacy-guard.exe")
        shutil.copy(wt.EXE, exe)
        program_data = wt.drive_c("ProgramData", "privacy-guard")
        conf = os.path.join(program_data, "privacy-guard.conf")
        if os.path.exists(conf):
            self.skipTest("%s exists (an installed copy?)" % conf)
        os.makedirs(program_data, exist_ok=True)
        wt.write_conf(conf, policy_path=wt.winpath(self.policy),
                      cache_dir=wt.winpath(os.path.join(self.dir, "cache")))
        try:
            replies, _ = wt.run_host([wt.frame({"type": "hello", "id": 1})], exe=exe)
            self.assertEqual(replies[0]["type"], "status", replies)
            self.assertEqual(replies[0]["policy"]["version"], "conf-test_configuration_in_programdata")
            # A configuration next to the program wins over %ProgramData%.
            other = wt.make_policy_dir(os.path.join(self.dir, "other"), "next-to-exe")
            wt.write_conf(os.path.join(app, "privacy-guard.conf"), policy_path=wt.winpath(other),
                          cache_dir=wt.winpath(os.path.join(self.dir, "cache")))
            replies, _ = wt.run_host([wt.frame({"type": "hello", "id": 1})], exe=exe)
            self.assertEqual(replies[0]["policy"]["version"], "next-to-exe")
        finally:
            os.remove(conf)
        # Neither: the host says it is not configured, as a frame.
        os.remove(os.path.join(app, "privacy-guard.conf"))
        replies, proc = wt.run_host([wt.frame({"type": "hello", "id": 1})], exe=exe)
        self.assertEqual(replies[0]["type"], "error")
        self.assertEqual(replies[0]["error"]["code"], "not_configured")
        self.assertNotEqual(proc.returncode, 0)

    # --- event log -----------------------------------------------------------

    def test_event_log_writes_do_not_fail_the_host(self):
        # Wine's ReportEventW logs its strings on the eventlog debug channel:
        # the test sees what would reach the Application log.
        frames = [wt.frame({"type": "hello", "id": 1}),
                  wt.frame({"type": "check", "id": 2, "mode": "submit", "text": wt.CPR_TEXT}),
                  wt.frame({"type": "redact", "id": 3, "text": wt.CPR_TEXT})]
        source_key = ("HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\"
                      + wt.PRODUCT["windows"]["event_source"])
        for registered in (False, True):
            if registered:
                wt.reg("add", source_key, "/v", "TypesSupported", "/t", "REG_DWORD", "/d", "7", "/f")
            try:
                replies, proc = self.host(frames, env={"WINEDEBUG": "-all,fixme+advapi,+eventlog"})
            finally:
                if registered:
                    wt.reg("delete", source_key, "/f")
            self.assertEqual([r["type"] for r in replies], ["status", "check", "redact"])
            self.assertEqual(replies[1]["decision"], "block")
            log = proc.stderr.decode("utf-8", errors="replace")
            calls = [l for l in log.splitlines() if "ReportEventW" in l]
            # 1020 host started (0x3fc), 1002 submit blocked (0x3ea), 1004 fix (0x3ec).
            for event_id in (0x3FC, 0x3EA, 0x3EC):
                self.assertTrue(any("0x%08x" % event_id in l for l in calls),
                                "event %d not reported:\n%s" % (event_id, "\n".join(calls)))
            for secret in ("070761", "Østergaard", "\\u00d8stergaard", "Hans Erik"):
                self.assertNotIn(secret, log)


if __name__ == "__main__":
    unittest.main(verbosity=2)
