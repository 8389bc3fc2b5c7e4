#!/usr/bin/env bash
# The bash -c '...' snippets below get their values as "$1"... on purpose:
# shellcheck disable=SC2016
# Tests installer/linux/install.sh and uninstall.sh in temporary folders.
#
#   test_install.sh PRIVACY_GUARD_BINARY
#
# Registered with CTest (tests/installer/CMakeLists.txt) with the built
# executable. Every install goes into a temporary --root (or a temporary HOME
# for --user); nothing outside the temporary folder is touched. Prints one line
# per check and a summary; exits non-zero when any check failed.
#
# PG_INSTALLER_TEST_SKIP_CLI=1 skips running "privacy-guard policy check" on the
# installed policy (only for trying the test by hand with a dummy executable;
# CTest never sets it).
set -euo pipefail

BINARY="${1:?usage: test_install.sh PRIVACY_GUARD_BINARY}"
# shellcheck source=testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"   # REPO, VALIDATE, HOST_NAME, EXT_ID, ...
INSTALL="$REPO/installer/linux/install.sh"
UNINSTALL="$REPO/installer/linux/uninstall.sh"
SCHEMA="$REPO/extension/managed_schema.json"
RULES="$REPO/rules"

[[ -x "$BINARY" ]] || { echo "FAIL executable not found: $BINARY"; echo "0 passed, 1 failed"; exit 1; }
[[ -f "$RULES/default.policy" ]] || { echo "FAIL $RULES/default.policy missing"; echo "0 passed, 1 failed"; exit 1; }

T="$(mktemp -d "${TMPDIR:-/tmp}/pg-installer-test.XXXXXX")"
trap 'rm -rf "$T"' EXIT

same_snapshot() {  # same_snapshot FILE_A FILE_B
  diff -u "$1" "$2" >&2
}

# ---------------------------------------------------------------------------
echo "# 1. system-style install into a temporary root, with managed policy"
ROOT="$T/root"
PROFILE="$T/profile"          # an existing browser profile
PROFILE2="$T/new-profile"     # a profile folder that does not exist yet
mkdir -p "$ROOT/etc/chromium/native-messaging-hosts" "$PROFILE"
echo '{"name":"com.example.other"}' > "$ROOT/etc/chromium/native-messaging-hosts/com.example.other.json"
echo 'browser state' > "$PROFILE/Local State"
snapshot "$ROOT" "$PROFILE" "$PROFILE2" > "$T/before.txt"

UPDATE_URL="https://it.example.dk/privacy-guard/update.xml"
GUIDE="https://intra.example.dk/ai-retningslinje"
INSTALL_ARGS=(--root "$ROOT" --binary "$BINARY" --rules "$RULES"
  --user-data-dir "$PROFILE" --user-data-dir "$PROFILE2"
  --managed-policy --fail-mode open --extension-update-url "$UPDATE_URL"
  --guideline-url "$GUIDE" --extra-host copilot.example.dk --extra-host m365.example.dk
  --unapproved-host chat.example.com --audit-max-bytes 1048576)
if [[ "${PG_INSTALLER_TEST_SKIP_CLI:-0}" == 1 ]]; then INSTALL_ARGS+=(--no-check); fi
check "install.sh exits 0" "$INSTALL" "${INSTALL_ARGS[@]}"

PREFIX="$ROOT/opt/privacy-guard"
BIN="$PREFIX/bin/privacy-guard"
SHARE="$PREFIX/share/privacy-guard"
CONF="$ROOT/etc/privacy-guard/privacy-guard.conf"
LIST="$SHARE/installed-files.txt"
MANIFESTS=("$ROOT/etc/opt/edge/native-messaging-hosts/$HOST_NAME.json"
           "$ROOT/etc/chromium/native-messaging-hosts/$HOST_NAME.json"
           "$PROFILE/NativeMessagingHosts/$HOST_NAME.json"
           "$PROFILE2/NativeMessagingHosts/$HOST_NAME.json")
MANAGED_EDGE="$ROOT/etc/opt/edge/policies/managed/privacy-guard.json"
MANAGED_CHROMIUM="$ROOT/etc/chromium/policies/managed/privacy-guard.json"

check "executable installed, executable, identical to the build" \
  bash -c '[[ -f "$1" && -x "$1" ]] && cmp "$1" "$2"' _ "$BIN" "$BINARY"
check "default policy installed, identical" cmp "$RULES/default.policy" "$SHARE/default.policy"
data_ok() {
  local f rel n=0
  while IFS= read -r -d '' f; do
    rel="${f#"$RULES/data/"}"
    cmp "$f" "$SHARE/data/$rel" || return 1
    n=$((n + 1))
  done < <(find "$RULES/data" -type f ! -name '.*' -print0)
  echo "$n data files"
}
if [[ -d "$RULES/data" ]]; then check "every rules/data file installed, identical" data_ok
else skip "no rules/data folder to install"; fi
check "host config exists, mode 644" bash -c '[[ -f "$1" && "$(stat -c %a "$1")" == 644 ]]' _ "$CONF"
check "config symlink next to the executable points to the config" \
  bash -c '[[ -L "$1" && "$(readlink "$1")" == "$2" ]]' _ "$PREFIX/bin/privacy-guard.conf" "$CONF"
check "host config has the expected fields" "${VALIDATE[@]}" conf "$CONF" \
  "allowed_origins=chrome-extension://$EXT_ID/" \
  "policy_path=$SHARE/default.policy" \
  "cache_dir=$ROOT/var/cache/privacy-guard" \
  "audit_log=$ROOT/var/log/privacy-guard/audit.log" \
  "audit_max_bytes=1048576" "policy_public_key=" "data_dir="
check_hostconfig_parses "$CONF"
for m in "${MANIFESTS[@]}"; do
  check "manifest valid: ${m#"$T"/}" "${VALIDATE[@]}" manifest "$m" --exe "$BIN"
done
EXPECT_SETTINGS="{\"failMode\":\"open\",\"guidelineUrl\":\"$GUIDE\",\"extraHosts\":[\"copilot.example.dk\",\"m365.example.dk\"],\"unapprovedHosts\":[\"chat.example.com\"]}"
for m in "$MANAGED_EDGE" "$MANAGED_CHROMIUM"; do
  check "managed policy valid: ${m#"$T"/}" "${VALIDATE[@]}" managed "$m" \
    --update-url "$UPDATE_URL" --settings "$EXPECT_SETTINGS" --schema "$SCHEMA"
done
check "unrelated manifest in the same folder untouched" \
  grep -q com.example.other "$ROOT/etc/chromium/native-messaging-hosts/com.example.other.json"

# Everything new under the temporary folders is in the file list, and
# everything in the list exists.
snapshot "$ROOT" "$PROFILE" "$PROFILE2" > "$T/after1.txt"
list_complete() {  # list_complete SNAPSHOT_AFTER
  local p listed
  listed="$(grep -v '^#' "$LIST" | cut -c3-)"
  while IFS= read -r p; do
    [[ -e "$p" || -L "$p" ]] || { echo "listed but missing: $p"; return 1; }
  done <<< "$listed"
  comm -13 <(awk '$1 ~ /^[dfl]$/ {print $3}' "$T/before.txt" | sort -u) \
           <(awk '$1 ~ /^[dfl]$/ {print $3}' "$1" | sort -u) |
  while IFS= read -r p; do
    grep -qxF "$p" <<< "$listed" || { echo "created but not listed: $p"; return 1; }
  done
}
check "file list names every created file and folder, and only existing ones" list_complete "$T/after1.txt"
touch "$SHARE/stray-file"
snapshot "$ROOT" "$PROFILE" "$PROFILE2" > "$T/stray.txt"
check_fails "...and the check notices a file that is not listed" list_complete "$T/stray.txt"
rm -f "$SHARE/stray-file"

if [[ "${PG_INSTALLER_TEST_SKIP_CLI:-0}" == 1 ]]; then
  skip "installed 'privacy-guard policy check' (PG_INSTALLER_TEST_SKIP_CLI=1)"
else
  check "installed binary: policy check on the installed default policy" \
    "$BIN" policy check "$SHARE/default.policy"
fi

# ---------------------------------------------------------------------------
echo "# 2. idempotence"
check "install.sh again with the same options exits 0" "$INSTALL" "${INSTALL_ARGS[@]}"
snapshot "$ROOT" "$PROFILE" "$PROFILE2" > "$T/after2.txt"
check "second install leaves exactly the same files" same_snapshot "$T/after1.txt" "$T/after2.txt"

echo "# 3. reinstall with fewer options removes what is no longer wanted"
LESS_ARGS=(--root "$ROOT" --binary "$BINARY" --rules "$RULES" --user-data-dir "$PROFILE" --no-check)
check "install.sh without --managed-policy and the second profile" "$INSTALL" "${LESS_ARGS[@]}"
check "managed policy files and their folders removed" \
  bash -c '[[ ! -e "$1" && ! -e "$2" && ! -e "$3" && ! -e "$4" ]]' _ "$MANAGED_EDGE" "$MANAGED_CHROMIUM" \
  "$ROOT/etc/opt/edge/policies" "$ROOT/etc/chromium/policies"
check "second profile's manifest and the folders created for it removed" \
  bash -c '[[ ! -e "$1" ]]' _ "$PROFILE2"
check "first profile's manifest kept" "${VALIDATE[@]}" manifest "${MANIFESTS[2]}" --exe "$BIN"
check "install.sh with all options again" "$INSTALL" "${INSTALL_ARGS[@]}" --no-check
snapshot "$ROOT" "$PROFILE" "$PROFILE2" > "$T/after3.txt"
check "...gives the first result again" same_snapshot "$T/after1.txt" "$T/after3.txt"

echo "# 4. uninstall"
check "uninstall.sh exits 0" "$UNINSTALL" --root "$ROOT"
snapshot "$ROOT" "$PROFILE" "$PROFILE2" > "$T/after-uninstall.txt"
check "uninstall leaves exactly what was there before (unrelated files kept)" \
  same_snapshot "$T/before.txt" "$T/after-uninstall.txt"
check "uninstall.sh a second time exits 0" "$UNINSTALL" --root "$ROOT"
check "...and says there is nothing to do" bash -c '"$1" --root "$2" | grep -q "nothing to do"' _ "$UNINSTALL" "$ROOT"

# ---------------------------------------------------------------------------
echo "# 5. test-browser layout: everything under one temp folder (as the e2e test uses it)"
E2E="$T/e2e"; E2E_PROFILE="$T/e2e-profile"
check "install.sh --root --no-system-manifests --user-data-dir" \
  "$INSTALL" --root "$E2E" --no-system-manifests --user-data-dir "$E2E_PROFILE" --binary "$BINARY" --rules "$RULES" \
  --cache-dir "$T/e2e-state/cache" --audit-log "$T/e2e-state/audit.log" --no-check
check "profile manifest valid, pointing into the temp root" \
  "${VALIDATE[@]}" manifest "$E2E_PROFILE/NativeMessagingHosts/$HOST_NAME.json" --exe "$E2E/opt/privacy-guard/bin/privacy-guard"
if [[ "${PG_INSTALLER_TEST_SKIP_CLI:-0}" == 1 ]]; then
  skip "installed host answers hello (PG_INSTALLER_TEST_SKIP_CLI=1)"
else
  check "installed host, started as the browser would, finds its config and the default policy; foreign origin refused" \
    "${VALIDATE[@]}" host "$E2E_PROFILE/NativeMessagingHosts/$HOST_NAME.json" \
    --policy "$E2E/opt/privacy-guard/share/privacy-guard/default.policy"
  check_fails "...and the host check fails when the host has no config" \
    env PRIVACY_GUARD_CONFIG="$T/no-such.conf" "${VALIDATE[@]}" host "$E2E_PROFILE/NativeMessagingHosts/$HOST_NAME.json"
fi
check "no system manifest folders written" bash -c '[[ ! -e "$1/etc/opt" && ! -e "$1/etc/chromium" ]]' _ "$E2E"
check "uninstall removes it all" bash -c '"$1" --root "$2" >/dev/null && [[ -z "$(ls -A "$2")" && ! -e "$3" ]]' \
  _ "$UNINSTALL" "$E2E" "$E2E_PROFILE"

echo "# 6. custom --prefix/--config-dir without --root (system manifests off)"
X="$T/x"; X_PROFILE="$T/x-profile"
check "install.sh --prefix --config-dir --no-system-manifests --user-data-dir" \
  "$INSTALL" --prefix "$X/opt" --config-dir "$X/etc" --no-system-manifests --user-data-dir "$X_PROFILE" \
  --binary "$BINARY" --rules "$RULES" --policy-path /srv/it/policy.textproto --no-check
check "config in --config-dir, linked next to the executable" \
  bash -c '[[ -f "$1/etc/privacy-guard.conf" && "$(readlink "$1/opt/bin/privacy-guard.conf")" == "$1/etc/privacy-guard.conf" ]]' _ "$X"
check "config: given policy path, per-user (~/) cache and audit defaults" "${VALIDATE[@]}" conf "$X/etc/privacy-guard.conf" \
  "allowed_origins=chrome-extension://$EXT_ID/" "policy_path=/srv/it/policy.textproto" \
  "cache_dir=~/.cache/privacy-guard" "audit_log=~/.local/state/privacy-guard/audit.log"
check "profile manifest valid" "${VALIDATE[@]}" manifest "$X_PROFILE/NativeMessagingHosts/$HOST_NAME.json" --exe "$X/opt/bin/privacy-guard"
check "uninstall.sh --prefix removes it all" bash -c '"$1" --prefix "$2/opt" >/dev/null && [[ ! -e "$2" && ! -e "$3" ]]' \
  _ "$UNINSTALL" "$X" "$X_PROFILE"

echo "# 7. per-user install (--user) with a temporary HOME"
H="$T/home"; mkdir -p "$H/.config"
snapshot "$H" > "$T/home-before.txt"
check "install.sh --user" env HOME="$H" "$INSTALL" --user --binary "$BINARY" --rules "$RULES" --no-check
check "user manifests for Edge and Chromium valid" bash -c '
  for b in microsoft-edge chromium; do
    "${@:3}" manifest "$1/.config/$b/NativeMessagingHosts/$2.json" --exe "$1/.local/share/privacy-guard/bin/privacy-guard" || exit 1
  done' _ "$H" "$HOST_NAME" "${VALIDATE[@]}"
check "user config with absolute per-user cache and audit paths" "${VALIDATE[@]}" conf "$H/.config/privacy-guard/privacy-guard.conf" \
  "policy_path=$H/.local/share/privacy-guard/share/privacy-guard/default.policy" \
  "cache_dir=$H/.cache/privacy-guard" "audit_log=$H/.local/state/privacy-guard/audit.log"
check_fails "install.sh --user --managed-policy is refused" env HOME="$H" "$INSTALL" --user --managed-policy --binary "$BINARY" --rules "$RULES"
check "uninstall.sh --user" env HOME="$H" "$UNINSTALL" --user
snapshot "$H" > "$T/home-after.txt"
check "home folder as before" same_snapshot "$T/home-before.txt" "$T/home-after.txt"

# ---------------------------------------------------------------------------
echo "# 8. bad input is refused before anything is written"
B="$T/bad"; mkdir -p "$B"
check_fails "relative --root refused" "$INSTALL" --root relative/dir --binary "$BINARY" --rules "$RULES"
check_fails "--fail-mode maybe refused" "$INSTALL" --root "$B" --fail-mode maybe --managed-policy --binary "$BINARY" --rules "$RULES"
check_fails "bad --extra-host refused" "$INSTALL" --root "$B" --managed-policy --extra-host 'evil host"' --binary "$BINARY" --rules "$RULES"
check_fails "--extra-host without --managed-policy refused" "$INSTALL" --root "$B" --extra-host a.example --binary "$BINARY" --rules "$RULES"
check_fails "missing executable refused" "$INSTALL" --root "$B" --binary "$T/no-such-binary" --rules "$RULES"
check_fails "bad --policy-public-key refused" "$INSTALL" --root "$B" --policy-public-key abc --binary "$BINARY" --rules "$RULES"
check_fails "'..' in --prefix refused" "$INSTALL" --root "$B" --prefix /opt/../etc --binary "$BINARY" --rules "$RULES"
check_fails "unknown option refused" "$INSTALL" --root "$B" --frobnicate
check "nothing was written by refused installs" bash -c '[[ -z "$(ls -A "$1")" ]]' _ "$B"

echo "# 9. an install that fails half-way can still be uninstalled"
F="$T/fail"; mkdir -p "$F/etc/chromium/policies/managed/privacy-guard.json"   # a folder in the way
snapshot "$F" > "$T/fail-before.txt"
check_fails "install.sh fails on a folder in the way" "$INSTALL" --root "$F" --managed-policy --binary "$BINARY" --rules "$RULES" --no-check
check "partial file list written" test -f "$F/opt/privacy-guard/share/privacy-guard/installed-files.txt"
check "uninstall.sh cleans up the partial install" "$UNINSTALL" --root "$F"
snapshot "$F" > "$T/fail-after.txt"
check "...back to the state before" same_snapshot "$T/fail-before.txt" "$T/fail-after.txt"

echo "# 10. the validators themselves catch broken files"
mkdir -p "$T/neg"
printf '{"name":"%s","description":"%s","path":"%s","type":"stdio","allowed_origins":["chrome-extension://*/"]}' \
  "$HOST_NAME" "$HOST_DESCRIPTION" "$BINARY" > "$T/neg/wildcard.json"
check_fails "manifest validator rejects a wildcard origin" "${VALIDATE[@]}" manifest "$T/neg/wildcard.json"
printf '{"name":"%s","description":"%s","path":"bin/privacy-guard","type":"stdio","allowed_origins":["chrome-extension://%s/"]}' \
  "$HOST_NAME" "$HOST_DESCRIPTION" "$EXT_ID" > "$T/neg/relative.json"
check_fails "manifest validator rejects a relative path" "${VALIDATE[@]}" manifest "$T/neg/relative.json"
echo data > "$T/neg/not-executable"; chmod 0644 "$T/neg/not-executable"
printf '{"name":"%s","description":"%s","path":"%s","type":"stdio","allowed_origins":["chrome-extension://%s/"]}' \
  "$HOST_NAME" "$HOST_DESCRIPTION" "$T/neg/not-executable" "$EXT_ID" > "$T/neg/noexec.json"
check_fails "manifest validator rejects a non-executable path" "${VALIDATE[@]}" manifest "$T/neg/noexec.json"
printf '{"name":"%s","description":"x","path":"%s","type":"stdio","allowed_origins":["chrome-extension://%s/"]}' \
  "$HOST_NAME" "$BINARY" "$EXT_ID" > "$T/neg/description.json"
check_fails "manifest validator rejects another description" "${VALIDATE[@]}" manifest "$T/neg/description.json"
echo '{"name": ' > "$T/neg/broken.json"
check_fails "manifest validator rejects broken JSON" "${VALIDATE[@]}" manifest "$T/neg/broken.json"
printf '{"3rdparty":{"extensions":{"%s":{"failMode":"sometimes"}}}}' "$EXT_ID" > "$T/neg/managed.json"
check_fails "managed-policy validator rejects a policy without force-install" \
  "${VALIDATE[@]}" managed "$T/neg/managed.json" --update-url "$UPDATE_URL" --settings '{"failMode":"sometimes"}'
if [[ -f "$SCHEMA" ]]; then
  printf '{"ExtensionSettings":{"%s":{"installation_mode":"force_installed","update_url":"%s"}},"ExtensionInstallForcelist":["%s;%s"],"NativeMessagingAllowlist":["%s"],"3rdparty":{"extensions":{"%s":{"failMode":"sometimes","colour":"red"}}}}' \
    "$EXT_ID" "$UPDATE_URL" "$EXT_ID" "$UPDATE_URL" "$HOST_NAME" "$EXT_ID" > "$T/neg/schema.json"
  check_fails "managed-policy validator checks settings against managed_schema.json" \
    "${VALIDATE[@]}" managed "$T/neg/schema.json" --update-url "$UPDATE_URL" \
    --settings '{"failMode":"sometimes","colour":"red"}' --schema "$SCHEMA"
else
  skip "extension/managed_schema.json not present: schema check of managed settings"
fi
printf 'policy_path: "/a"\n' > "$T/neg/conf"
check_fails "config validator notices a wrong value" "${VALIDATE[@]}" conf "$T/neg/conf" policy_path=/b
echo "same" > "$T/neg/a"; echo "different" > "$T/neg/b"
check_fails "snapshot comparison notices a difference" same_snapshot "$T/neg/a" "$T/neg/b"

echo "# 11. static analysis"
if command -v shellcheck >/dev/null; then
  check "shellcheck install.sh uninstall.sh" shellcheck "$INSTALL" "$UNINSTALL"
else
  skip "shellcheck not installed"
fi
check "bash -n install.sh uninstall.sh" bash -c 'bash -n "$1" && bash -n "$2"' _ "$INSTALL" "$UNINSTALL"

finish "installer tests"
