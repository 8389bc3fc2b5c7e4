# shellcheck shell=bash
# Shared by the installer test scripts: paths and names, counters and check
# helpers. Source it, then call ok/bad/skip/check/check_fails (and
# check_hostconfig_parses, snapshot) and at the end `finish "LABEL"`, whose
# closing line CTest-style runners read.

# product_value KEY [SUBKEY]: a value of installer/product.json, the one
# place the product's identity (extension id, host name, version) is written.
product_value() {
  python3 -c 'import json, sys
v = json.load(open(sys.argv[1], encoding="utf-8"))
for k in sys.argv[2:]: v = v[k]
print(v)' "$REPO/installer/product.json" "$@"
}

# Set here for the scripts that source this file:
# shellcheck disable=SC2034
{
  REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  VALIDATE=(python3 "$REPO/tests/installer/validate_install.py")
  PROTO_DIR="$REPO/native-host/proto"
  HOST_NAME="$(product_value host name)"
  HOST_DESCRIPTION="$(product_value host description)"
  EXT_ID="$(product_value extension id)"
  PRODUCT_VERSION="$(product_value version)"
}

PASS=0; FAIL=0; SKIP=0
ok()   { PASS=$((PASS + 1)); echo "ok   $*"; }
bad()  { FAIL=$((FAIL + 1)); echo "FAIL $*"; }
skip() { SKIP=$((SKIP + 1)); echo "SKIP $*"; }
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds; shows its output otherwise.
check() {
  local desc="$1" out; shift
  if out="$("$@" 2>&1)"; then ok "$desc"; else bad "$desc"; [[ -z "$out" ]] || printf '%s\n' "$out" | sed 's/^/     /'; fi
}
# check_fails DESCRIPTION COMMAND...: passes when COMMAND fails.
check_fails() {
  local desc="$1"; shift
  if "$@" >/dev/null 2>&1; then bad "$desc (unexpectedly succeeded)"; else ok "$desc"; fi
}
# finish LABEL: prints the summary; returns non-zero if anything failed.
finish() {
  echo
  echo "$1: $PASS passed, $FAIL failed, $SKIP skipped"
  echo "$PASS passed, $FAIL failed, $SKIP skipped"
  [[ "$FAIL" == 0 ]]
}
# check_hostconfig_parses CONF: CONF parses as a HostConfig (protoc), or a
# skip when protoc is not installed.
check_hostconfig_parses() {
  if command -v protoc >/dev/null && [[ -f "$PROTO_DIR/privacy_guard/policy.proto" ]]; then
    # shellcheck disable=SC2016
    check "host config parses as HostConfig (protoc)" bash -c \
      'protoc -I"$1" --encode=privacy_guard.config.HostConfig privacy_guard/policy.proto < "$2" > /dev/null' \
      _ "$PROTO_DIR" "$1"
  else
    skip "HostConfig parse: protoc not installed"
  fi
}
# snapshot DIR...: type, mode, path, link target and checksum of everything
# under each DIR that exists, sorted.
snapshot() {
  local d
  for d in "$@"; do
    [[ -e "$d" || -L "$d" ]] || continue
    find "$d" -printf '%y %m %p %l\n'
    find "$d" -type f -exec md5sum {} +
  done | LC_ALL=C sort
}
