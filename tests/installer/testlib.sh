# Shared by the installer test scripts: counters and check helpers.
# Source it, then call ok/bad/skip/check/check_fails and at the end
# `finish "LABEL"`, whose closing line CTest-style runners read.
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
