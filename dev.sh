#!/usr/bin/env bash
# privacy-guard developer entry point. On a fresh Debian 12 machine:
#   ./dev.sh demo   install what is missing, build, show the guard at work
#   ./dev.sh test   install what is missing, build, run every test
# Other commands: setup, build, bench, asan, fuzz [SECONDS], clean,
#   windows        cross-build privacy-guard.exe (MinGW-w64) and the MSI
#   windows-test   that, and its suite under Wine
#
# `test` runs, in order: the normal build's whole suite (CTest); the whole
# suite again in a clang AddressSanitizer/UBSan build that also builds the
# libFuzzer targets; then each fuzzer for PG_FUZZ_SECONDS (default 60); then
# windows-test (PG_WINDOWS=0 skips it).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
BUILD=${PG_BUILD_DIR:-$ROOT/build}
ASAN_BUILD=${PG_ASAN_BUILD_DIR:-$ROOT/build-asan}
FUZZ_SECONDS=${PG_FUZZ_SECONDS:-60}
JOBS=${PG_JOBS:-$(nproc)}
SHARED_DATA=${PG_SHARED_DATA:-$ROOT/../shared/data}
WIN_BUILD=${PG_WINDOWS_BUILD_DIR:-$ROOT/build-windows}

# Debian packages the build and the tests need.
APT_PACKAGES=(
  build-essential cmake pkg-config git python3
  libhyperscan-dev libicu-dev libprotobuf-dev protobuf-compiler nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsodium-dev libpcre2-dev
  wdanish libxml2-utils libxml2-dev faketime clang libclang-rt-14-dev chromium shellcheck
)

# What the Windows cross-build and its Wine suite need (issue 15).
WINDOWS_APT_PACKAGES=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  wine wine64 msitools wixl
  ragel libboost-dev dpkg-dev curl autoconf automake libtool ninja-build googletest
  nlohmann-json3-dev protobuf-compiler
)

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

setup() {  # [extra Debian packages...]
  local missing=() p pkg status
  local -A installed=()
  local packages=("${APT_PACKAGES[@]}" "$@")
  # One query for all packages. For a package dpkg has never heard of,
  # dpkg-query prints an error and exits 1; that only means "not installed".
  while read -r pkg status; do
    if [ "$status" = "install ok installed" ]; then installed[$pkg]=1; fi
  done < <(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true)
  for p in "${packages[@]}"; do
    [ -n "${installed[$p]:-}" ] || missing+=("$p")
  done
  # Node.js and npm: Debian's packages unless a node with npm is already
  # installed (e.g. NodeSource's nodejs, which bundles npm and conflicts
  # with Debian's npm package).
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [ -f tests/e2e/package-lock.json ] && [ ! -d tests/e2e/node_modules/playwright-core ]; then
    log "installing playwright-core (npm ci)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

configure_build() {  # dir, extra cmake args...
  local dir=$1; shift
  cmake -S "$ROOT" -B "$dir" -DPG_SHARED_DATA="$SHARED_DATA" "$@" >/dev/null
  cmake --build "$dir" -j "$JOBS"
}

# The clang ASan/UBSan build with the libFuzzer targets (used by asan and fuzz).
configure_asan() {
  configure_build "$ASAN_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DPG_FUZZ=ON -DPG_BUILD_BENCH=OFF
}

build() {
  log "building ($BUILD)"
  configure_build "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo
}

demo() {
  setup
  build
  log "scanning the example prompts in rules/examples/"
  "$BUILD/bin/privacy-guard" scan rules/examples/*.txt
  log "the guard in Chromium on a demo Copilot page (installed for this user)"
  PRIVACY_GUARD_BIN="$BUILD/bin/privacy-guard" node tests/e2e/demo.mjs
}

run_tests() {
  setup
  build
  log "running the test suite"
  (cd "$BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 1800)
  asan
  fuzz "$FUZZ_SECONDS"
  if [ "${PG_WINDOWS:-1}" != 0 ]; then windows_test; fi
}

# privacy-guard.exe (static, x86-64, MinGW-w64) and the MSI in $WIN_BUILD.
# The dependencies are cross-built from Debian's source packages once and
# cached (installer/windows/mingw/deps.sh).
windows_build() {
  setup "${WINDOWS_APT_PACKAGES[@]}"
  log "Windows dependencies (installer/windows/mingw/deps.sh; built once, then cached)"
  local deps
  deps=$(PG_JOBS=$JOBS installer/windows/mingw/deps.sh)
  log "building privacy-guard.exe and the MSI ($WIN_BUILD)"
  # Rebuilt dependencies live in new folders: configure afresh.
  if [ -f "$WIN_BUILD/CMakeCache.txt" ] &&
     ! grep -qxF "PG_WINDOWS_DEPS:UNINITIALIZED=$deps" "$WIN_BUILD/CMakeCache.txt"; then
    rm -f "$WIN_BUILD/CMakeCache.txt"
  fi
  cmake -S "$ROOT" -B "$WIN_BUILD" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$ROOT/installer/windows/mingw/toolchain.cmake" \
    -DPG_WINDOWS_DEPS="$deps" -DCMAKE_BUILD_TYPE=Release -DPG_BUILD_BENCH=OFF \
    -DPG_SHARED_DATA="$SHARED_DATA" -DPG_LINUX_EXE="$BUILD/bin/privacy-guard" >/dev/null
  nice cmake --build "$WIN_BUILD" -j "$JOBS"
  ls "$WIN_BUILD"/bin/privacy-guard.exe "$WIN_BUILD"/privacy-guard-*-x64.msi
}

# The Windows suite under Wine: the unit, corpus and host tests built for
# Windows, then the Windows-only tests one at a time (they share the Wine
# prefix's registry). The parity test compares with the Linux build.
# Under load, Wine's server now and then drops a client ("wine client
# error: recvmsg: Connection reset by peer") and that test program dies:
# a failed test is run once more, and the log keeps the first failure.
windows_test() {
  setup
  build
  windows_build
  log "running the Windows suite under Wine ($WIN_BUILD/wine)"
  (cd "$WIN_BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 1800 -LE windows \
      --repeat until-pass:2 &&
    ctest --output-on-failure --timeout 1800 -L windows --repeat until-pass:2)
}

# The whole suite under AddressSanitizer + UBSan (clang; the same build has
# the libFuzzer targets). Leak checks on; any sanitizer report fails.
asan() {
  log "AddressSanitizer/UBSan build with fuzz targets ($ASAN_BUILD)"
  configure_asan
  log "running the test suite under ASan/UBSan"
  # Sourced, run_fuzz.sh only exports its ASAN_OPTIONS and UBSAN_OPTIONS
  # (shellcheck must not read on into its fuzzing part):
  # shellcheck source=/dev/null
  (source tests/host/run_fuzz.sh && cd "$ASAN_BUILD" && \
    ctest --output-on-failure -j "$JOBS" --timeout 1800)
}

fuzz() {
  log "fuzzing each target for ${1:-60} s"
  [ -x "$ASAN_BUILD/bin/engine_scan_fuzzer" ] || configure_asan
  tests/host/run_fuzz.sh "$ASAN_BUILD" "${1:-60}"
}

bench() {
  setup
  build
  "$BUILD/bin/engine_bench" --benchmark_min_time=0.5
  "$BUILD/bin/host_bench" --data "$SHARED_DATA"
}

case "${1:-}" in
  setup) setup ;;
  build) setup; build ;;
  demo) demo ;;
  test) run_tests ;;
  bench) bench ;;
  asan) setup; asan ;;
  fuzz) setup; fuzz "${2:-$FUZZ_SECONDS}" ;;
  windows) windows_build ;;
  windows-test) windows_test ;;
  clean) rm -rf "$BUILD" "$ASAN_BUILD" "$WIN_BUILD" ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
