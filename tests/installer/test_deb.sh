#!/usr/bin/env bash
# The bash -c '...' snippets below get their values as "$1"... on purpose:
# shellcheck disable=SC2016
# Tests the Debian package made by installer/linux/cpack.cmake.
#
#   test_deb.sh PRIVACY_GUARD_BINARY
#
# Builds a .deb from a small CMake project that installs BINARY, rules/
# default.policy and rules/data with the same layout as the top-level
# CMakeLists.txt and includes installer/linux/cpack.cmake; checks its control
# data and contents; then runs its maintainer scripts against a temporary
# system root (DPKG_ROOT, as "dpkg --root" does) and checks the manifests and
# config they write and remove. Never touches the real /etc.
set -euo pipefail

BINARY="${1:?usage: test_deb.sh PRIVACY_GUARD_BINARY}"
# shellcheck source=testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"   # REPO, VALIDATE, HOST_NAME, EXT_ID, PRODUCT_VERSION, ...

for tool in cmake cpack dpkg-deb; do
  if ! command -v "$tool" >/dev/null; then
    skip "$tool not installed: Debian package not tested"; finish "deb package tests"; exit $?
  fi
done
[[ -x "$BINARY" ]] || { bad "executable not found: $BINARY"; finish "deb package tests"; exit 1; }

T="$(mktemp -d "${TMPDIR:-/tmp}/pg-deb-test.XXXXXX")"
trap 'rm -rf "$T"' EXIT

VERSION="$PRODUCT_VERSION"

echo "# 1. build the package"
mkdir -p "$T/src"
cat > "$T/src/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.22)
project(privacy_guard VERSION $VERSION LANGUAGES NONE)
# Same layout as the top-level CMakeLists.txt's install() rules.
install(PROGRAMS "$BINARY" DESTINATION bin RENAME privacy-guard)
install(FILES "$REPO/rules/default.policy" DESTINATION share/privacy-guard)
install(DIRECTORY "$REPO/rules/data" DESTINATION share/privacy-guard)
include("$REPO/installer/linux/cpack.cmake")
EOF
check "configure a project that includes cpack.cmake" cmake -S "$T/src" -B "$T/build"
check "cpack -G DEB" bash -c 'cd "$1" && cpack -G DEB' _ "$T/build"
DEB="$(find "$T/build" -maxdepth 1 -name 'privacy-guard_*.deb' | head -n1)"
if [[ -z "$DEB" ]]; then bad "no privacy-guard_*.deb produced"; finish "deb package tests"; exit 1; fi
ok "package file: $(basename "$DEB")"

field() { dpkg-deb -f "$DEB" "$1"; }
check "Package: privacy-guard" test "$(field Package)" = privacy-guard
check "Version: $VERSION" test "$(field Version)" = "$VERSION"
check "Architecture: $(dpkg --print-architecture)" test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "Maintainer set" test -n "$(field Maintainer)"
if head -c4 "$BINARY" | grep -q 'ELF'; then
  if command -v dpkg-shlibdeps >/dev/null; then
    check "Depends computed from the executable (libc6 ...): $(field Depends)" \
      bash -c 'grep -q libc6 <<< "$1"' _ "$(field Depends)"
  else
    skip "dpkg-shlibdeps not installed (package dpkg-dev): no Depends"
  fi
else
  skip "Depends: $BINARY is not an ELF executable"
fi
dpkg-deb -c "$DEB" > "$T/contents.txt"
check "contains /opt/privacy-guard/bin/privacy-guard, mode rwxr-xr-x" \
  grep -qE '^-rwxr-xr-x .* \./opt/privacy-guard/bin/privacy-guard$' "$T/contents.txt"
check "contains the default policy" grep -q ' \./opt/privacy-guard/share/privacy-guard/default\.policy$' "$T/contents.txt"
data_in_deb() {
  local f rel
  while IFS= read -r -d '' f; do
    rel="${f#"$REPO/rules/data/"}"
    grep -qF " ./opt/privacy-guard/share/privacy-guard/data/$rel" "$T/contents.txt" || { echo "missing: data/$rel"; return 1; }
  done < <(find "$REPO/rules/data" -type f -print0)
}
check "contains every rules/data file" data_in_deb
check "nothing outside /opt/privacy-guard" bash -c '! awk "{print \$6}" "$1" | grep -v "^\./\$" | grep -v "^\./opt/\$" | grep -qv "^\./opt/privacy-guard/"' _ "$T/contents.txt"
dpkg-deb -e "$DEB" "$T/control"
for s in postinst prerm postrm; do
  check "maintainer script $s present and executable" test -x "$T/control/$s"
  check "maintainer script $s: sh -n" sh -n "$T/control/$s"
  if command -v shellcheck >/dev/null; then
    check "maintainer script $s: shellcheck -s sh" shellcheck -s sh "$T/control/$s"
  fi
done
check "no @VARIABLE@ left in the maintainer scripts" bash -c '! grep -l "@[A-Z_]*@" "$1"/postinst "$1"/prerm "$1"/postrm' _ "$T/control"

echo "# 2. maintainer scripts against a temporary system root"
R="$T/sysroot"
# A machine with Chromium installed (its manifest folder holds another host)
# and no Edge.
mkdir -p "$R/etc/chromium/native-messaging-hosts" "$R/var/lib" "$R/opt"
echo '{"name":"com.example.other"}' > "$R/etc/chromium/native-messaging-hosts/com.example.other.json"
dpkg-deb -x "$DEB" "$R"
snapshot "$R" > "$T/unpacked.txt"

EXE=/opt/privacy-guard/bin/privacy-guard
check "postinst configure" env DPKG_ROOT="$R" sh "$T/control/postinst" configure
for d in /etc/opt/edge/native-messaging-hosts /etc/chromium/native-messaging-hosts; do
  check "manifest $d valid, path $EXE" "${VALIDATE[@]}" manifest "$R$d/$HOST_NAME.json" --exe "$EXE" --no-exist-check
done
check "the manifest path exists and is executable in the package" test -x "$R$EXE"
CONF="$R/etc/privacy-guard/privacy-guard.conf"
check "host config written" "${VALIDATE[@]}" conf "$CONF" \
  "allowed_origins=chrome-extension://$EXT_ID/" \
  "policy_path=/opt/privacy-guard/share/privacy-guard/default.policy" \
  "cache_dir=~/.cache/privacy-guard" "audit_log=~/.local/state/privacy-guard/audit.log"
check_hostconfig_parses "$CONF"
snapshot "$R" > "$T/configured1.txt"
check "postinst configure again (upgrade/reconfigure)" env DPKG_ROOT="$R" sh "$T/control/postinst" configure
snapshot "$R" > "$T/configured2.txt"
check "...changes nothing" diff -u "$T/configured1.txt" "$T/configured2.txt"
echo '# edited by IT' >> "$CONF"
check "postinst keeps an edited host config" bash -c 'DPKG_ROOT="$1" sh "$2" configure && grep -q "edited by IT" "$3"' \
  _ "$R" "$T/control/postinst" "$CONF"

check "prerm upgrade keeps the manifests" bash -c 'DPKG_ROOT="$1" sh "$2" upgrade 9.9 && test -f "$1/etc/chromium/native-messaging-hosts/$3.json"' \
  _ "$R" "$T/control/prerm" "$HOST_NAME"
check "prerm remove" env DPKG_ROOT="$R" sh "$T/control/prerm" remove
check "manifests removed, folders postinst created removed, Chromium's folder and other host kept" bash -c '
  [[ ! -e "$1/etc/opt" && ! -e "$1/etc/chromium/native-messaging-hosts/$2.json" &&
     -f "$1/etc/chromium/native-messaging-hosts/com.example.other.json" && ! -e "$1/var/lib/privacy-guard" ]]' _ "$R" "$HOST_NAME"
check "host config kept after remove (until purge)" test -f "$CONF"
check "postrm purge" env DPKG_ROOT="$R" sh "$T/control/postrm" purge
snapshot "$R" > "$T/purged.txt"
check "after remove + purge the system is as right after unpacking" diff -u "$T/unpacked.txt" "$T/purged.txt"

finish "deb package tests"
