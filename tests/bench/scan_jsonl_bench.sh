#!/usr/bin/env bash
# End-to-end speed and memory of `privacy-guard scan --jsonl` on invented
# dense prompts (tests/bench/dense_prompts.h). Builds nothing.
#
#   tests/bench/scan_jsonl_bench.sh [PRIVACY_GUARD [DENSE_GEN]]
#
# PRIVACY_GUARD defaults to build/bin/privacy-guard, DENSE_GEN to dense_gen
# beside it (built with the benchmarks).
#
# 1. Speed: 2,000 dense 4 KB prompts (`dense_gen --count 2000 --bytes 4096`)
#    through the whole process, with the shipped lists and with the full
#    lists (--data ../shared/data). Start-up (policy, lists, engine, pattern
#    databases) is taken out by timing the same command on the first prompt
#    alone: µs per prompt = (median(2,000 prompts) - median(1 prompt)) / 1,999,
#    in wall time and in CPU time (user + system).
#    Timed with hyperfine (Debian package `hyperfine`) when it is installed,
#    else (or with PG_BENCH_TIMER=loop) by a plain loop of runs; the median
#    is reported.
# 2. Memory: peak resident set (/usr/bin/time -v, Debian package `time`) for
#    one JSON line of 50 MB of names and CPR numbers
#    (`dense_gen --kind people --count 1 --bytes 50000000`).
#
# Environment: PG_SHARED_DATA (the full lists; default ../shared/data beside
# the repository), PG_BENCH_RUNS (timed runs per command, default 10),
# PG_BENCH_PROMPTS (default 2000), PG_BENCH_BIG_BYTES (default 50000000),
# PG_BENCH_TIMER (hyperfine or loop), PG_BENCH_KEEP=1 keeps the work folder. The figures are reported, never
# judged: the exit status is non-zero only when something could not run.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PG=${1:-$ROOT/build/bin/privacy-guard}
GEN=${2:-$(dirname "$PG")/dense_gen}
DATA=${PG_SHARED_DATA:-$ROOT/../shared/data}
RUNS=${PG_BENCH_RUNS:-10}
PROMPTS=${PG_BENCH_PROMPTS:-2000}
BIG_BYTES=${PG_BENCH_BIG_BYTES:-50000000}
TIMER=${PG_BENCH_TIMER:-}
if [ -z "$TIMER" ]; then
  if command -v hyperfine >/dev/null; then TIMER=hyperfine; else TIMER=loop; fi
fi

die() { echo "scan_jsonl_bench: $*" >&2; exit 1; }
[ -x "$PG" ] || die "no privacy-guard executable at $PG (build first: ./dev.sh build)"
[ -x "$GEN" ] || die "no dense_gen at $GEN (built with the benchmarks, PG_BUILD_BENCH=ON)"
[ -d "$DATA" ] || die "no full lists at $DATA (set PG_SHARED_DATA)"
[ "$PROMPTS" -ge 2 ] || die "PG_BENCH_PROMPTS must be at least 2"
[ -x /usr/bin/time ] || die "no /usr/bin/time (Debian package time)"
PG=$(cd "$(dirname "$PG")" && pwd)/$(basename "$PG")
DATA=$(cd "$DATA" && pwd)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scan_jsonl_bench.XXXXXX")
cleanup() { if [ "${PG_BENCH_KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

"$GEN" --count "$PROMPTS" --bytes 4096 > "$WORK/prompts.jsonl"
head -n 1 "$WORK/prompts.jsonl" > "$WORK/one.jsonl"

# Median of the numbers (seconds) on standard input.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# "WALL CPU": median wall seconds and CPU seconds (user + system; hyperfine
# gives their mean) of `privacy-guard scan --jsonl ARGS... < INPUT`. On a
# shared machine the CPU time is the steadier of the two.
time_scan() {  # input, args...
  local input=$1; shift
  local cmd
  cmd=$(printf '%q ' "$PG" scan --jsonl "$@")
  if [ "$TIMER" = hyperfine ]; then
    hyperfine --style none --warmup 1 --runs "$RUNS" --export-csv "$WORK/hf.csv" \
      "$cmd < $(printf '%q' "$input") > /dev/null" >/dev/null
    # command,mean,stddev,median,user,system,min,max
    awk -F, 'NR == 2 { print $4, $5 + $6 }' "$WORK/hf.csv"
  else
    local i
    "$PG" scan --jsonl "$@" < "$input" > /dev/null  # warm-up
    : > "$WORK/runs.txt"
    for ((i = 0; i < RUNS; i++)); do
      /usr/bin/time -a -o "$WORK/runs.txt" -f '%e %U %S' "$PG" scan --jsonl "$@" < "$input" > /dev/null
    done
    echo "$(awk '{ print $1 }' "$WORK/runs.txt" | median) $(awk '{ print $2 + $3 }' "$WORK/runs.txt" | median)"
  fi
}

# Every prompt answered, none with an error, before anything is timed.
check_output() {  # args...
  local out lines errors
  out=$("$PG" scan --jsonl "$@" < "$WORK/prompts.jsonl")
  lines=$(printf '%s\n' "$out" | wc -l)
  errors=$(printf '%s\n' "$out" | grep -c '"error"' || true)
  [ "$lines" -eq "$PROMPTS" ] || die "$lines answers for $PROMPTS prompts"
  [ "$errors" -eq 0 ] || die "$errors prompts answered with an error"
  printf '%s\n' "$out" | grep -o '"category"' | wc -l
}

echo "privacy-guard scan --jsonl: $PROMPTS dense 4 KB prompts, median of $RUNS runs ($TIMER)"
printf '%-8s %12s %14s %12s %16s %10s\n' lists "all (ms)" "1 prompt (ms)" "µs/prompt" "CPU µs/prompt" findings
for lists in shipped full; do
  args=()
  [ "$lists" = full ] && args=(--data "$DATA")
  findings=$(check_output "${args[@]}")
  read -r all all_cpu < <(time_scan "$WORK/prompts.jsonl" "${args[@]}")
  read -r one one_cpu < <(time_scan "$WORK/one.jsonl" "${args[@]}")
  awk -v l="$lists" -v a="$all" -v o="$one" -v ac="$all_cpu" -v oc="$one_cpu" -v n="$PROMPTS" -v f="$findings" \
    'BEGIN { printf "%-8s %12.1f %14.1f %12.1f %16.1f %10d\n", l, a * 1000, o * 1000, (a - o) / (n - 1) * 1e6, (ac - oc) / (n - 1) * 1e6, f }'
done

echo
echo "peak memory: one JSON line of $BIG_BYTES bytes of names and CPR numbers"
"$GEN" --kind people --count 1 --bytes "$BIG_BYTES" > "$WORK/big.jsonl"
printf '%-8s %12s %12s %10s\n' lists "wall (s)" "peak (MiB)" findings
for lists in shipped full; do
  args=()
  [ "$lists" = full ] && args=(--data "$DATA")
  /usr/bin/time -v "$PG" scan --jsonl "${args[@]}" < "$WORK/big.jsonl" > "$WORK/big.out" 2> "$WORK/time.txt" ||
    die "scan of the big line failed: $(tail -n 3 "$WORK/time.txt")"
  grep -q '"error"' "$WORK/big.out" && die "the big line was answered with an error: $(head -c 300 "$WORK/big.out")"
  findings=$(grep -o '"category"' "$WORK/big.out" | wc -l)
  awk -v l="$lists" -v f="$findings" -F': ' '
    /Maximum resident set size/ { kb = $2 }
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    END { printf "%-8s %12.2f %12.0f %10d\n", l, s, kb / 1024, f }' "$WORK/time.txt"
done
