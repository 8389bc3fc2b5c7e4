#!/usr/bin/env bash
# Runs each host fuzzer for a bounded time on a copy of its seed corpus.
#   tests/host/run_fuzz.sh BUILD_DIR SECONDS
# BUILD_DIR is a PG_FUZZ=ON clang build (see fuzz/CMakeLists.txt). New
# corpus entries go to BUILD_DIR/fuzz/corpus-<fuzzer>/ (the committed seeds in
# tests/host/fuzz/corpus_*/ are not modified); crashes to
# BUILD_DIR/fuzz/artifacts/. Exits non-zero if any fuzzer fails.
# Sanitizer settings (values already in the environment win); the only thing
# done when this file is sourced (dev.sh does, for its ASan test run).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ "${BASH_SOURCE[0]}" != "$0" ]; then return 0; fi

set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS" >&2
  exit 2
fi
BUILD=$(cd "$1" && pwd)
SECONDS_EACH=$2
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$BUILD/fuzz"
mkdir -p "$OUT/artifacts"

status=0
run() {  # fuzzer seed-dir max-len [extra args]
  local name=$1 seeds=$2 max_len=$3; shift 3
  local exe="$BUILD/bin/$name"
  if [ ! -x "$exe" ]; then
    echo "missing $exe (configure with -DPG_FUZZ=ON and build $name)" >&2
    status=1
    return
  fi
  local work="$OUT/corpus-$name"
  mkdir -p "$work"
  echo "== $name for ${SECONDS_EACH}s" >&2
  if ! "$exe" "$work" "$seeds" -max_total_time="$SECONDS_EACH" -max_len="$max_len" \
      -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="$OUT/artifacts/$name-" "$@" 2>"$OUT/$name.log"; then
    echo "$name FAILED; see $OUT/$name.log and $OUT/artifacts/" >&2
    tail -40 "$OUT/$name.log" >&2
    status=1
  else
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)" \
      "$OUT/$name.log" >&2 || true
  fi
}

run frame_protocol_fuzzer "$HERE/fuzz/corpus_protocol" 65536 -dict="$HERE/fuzz/protocol.dict"
run engine_scan_fuzzer "$HERE/fuzz/corpus_scan" 8192
# The policy parser also starts from the real policies (copied into its
# working corpus, so the seeds follow them).
mkdir -p "$OUT/corpus-policy_parser_fuzzer"
cp "$HERE/../../rules/default.policy" "$OUT/corpus-policy_parser_fuzzer/rules-default.policy"
cp "$HERE/../unit/test.policy" "$OUT/corpus-policy_parser_fuzzer/unit-test.policy"
run policy_parser_fuzzer "$HERE/fuzz/corpus_policy" 16384 -dict="$HERE/fuzz/policy.dict"
exit $status
