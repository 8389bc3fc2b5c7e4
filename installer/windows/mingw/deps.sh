#!/usr/bin/env bash
# Cross-builds privacy-guard's Windows dependencies with Debian's MinGW-w64
# (x86_64-w64-mingw32, posix threads, static libraries) from Debian 12's
# source packages:
#
#   hyperscan 5.4.0   libhs only (no tools, unit tests, examples; no fat
#                     runtime: x86-64-v2 baseline, see toolchain.cmake)
#   icu 72.1          common + i18n, static, and a data library that holds
#                     only what the engine loads (icu-data.lst); the cross
#                     build needs ICU's tools built natively first
#   protobuf 3.21.12  libprotobuf only (the build machine's protoc, the
#                     same version, generates the code)
#   libsodium 1.0.18  static (autoreconf first: Debian's source is a git tree)
#   googletest 1.12.1 from Debian's googletest package (/usr/src/googletest),
#                     for the test programs
#   nlohmann-json     headers of Debian's nlohmann-json3-dev, copied
#
# Sources are downloaded from deb.debian.org's pool: each .dsc is checked
# against the SHA-256 pinned below, and dpkg-source checks every file the
# .dsc lists (and applies Debian's patches). Nothing is downloaded from
# anywhere else.
#
# Each package is installed into its own prefix under the cache folder,
# keyed by a hash of its version, its build recipe (the shell function
# below), the toolchain file and the compiler version; a prefix that exists
# is reused, so the dependencies are rebuilt only when one of those changes.
#
#   PG_WINDOWS_DEPS_DIR  cache folder (default ~/.cache/privacy-guard/windows-deps)
#   PG_JOBS              parallel jobs (default 2)
#
# Prints the ;-separated list of prefixes on stdout (the build passes it as
# PG_WINDOWS_DEPS to toolchain.cmake); progress goes to stderr, build logs to
# <cache>/logs/.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${PG_WINDOWS_DEPS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/privacy-guard/windows-deps}
JOBS=${PG_JOBS:-2}
TOOLCHAIN=$HERE/toolchain.cmake
TRIPLE=x86_64-w64-mingw32
POOL=http://deb.debian.org/debian/pool/main

# name  version  pool folder  sha256 of the .dsc
SOURCES=(
  "hyperscan 5.4.0-2 h/hyperscan 2d296d5af7634b85e2f185fefbfb5c45cbb0f51d3f2faa37c8192398e6040ecf"
  "icu 72.1-3+deb12u1 i/icu 8fd50a21664422b2dd5df4e20175dce3396c89a3a85363db26dd4529bba62a92"
  "protobuf 3.21.12-3+deb12u1 p/protobuf 22e31f6dfc06d85a9054bf19603a412698c0d2f760a754650cd2385ea303cee0"
  "libsodium 1.0.18-1+deb12u1 libs/libsodium 2c23c57b5a9385dab5a1916014c9b5f2cdd7dadeb8a35b28c1bfb603ce7095c4"
)

log() { printf '== deps: %s\n' "$*" >&2; }
die() { printf 'deps: %s\n' "$*" >&2; exit 1; }

source_line() {  # name -> "name version folder sha"
  local s
  for s in "${SOURCES[@]}"; do [ "${s%% *}" = "$1" ] && { echo "$s"; return; }; done
  die "no source entry for $1"
}

# Downloads NAME's source package (once, into $CACHE/sources), checks it,
# and unpacks it with Debian's patches applied into $2.
unpack_source() {
  local name=$1 dest=$2 line version folder sha dsc f
  line=$(source_line "$name")
  read -r _ version folder sha <<<"$line"
  dsc=${name}_${version}.dsc
  mkdir -p "$CACHE/sources"
  if [ ! -f "$CACHE/sources/$dsc" ]; then
    log "downloading $dsc"
    curl -fsS -o "$CACHE/sources/$dsc.part" "$POOL/$folder/$dsc"
    mv "$CACHE/sources/$dsc.part" "$CACHE/sources/$dsc"
  fi
  echo "$sha  $CACHE/sources/$dsc" | sha256sum -c --quiet - >&2 ||
    { rm -f "$CACHE/sources/$dsc"; die "$dsc: checksum mismatch"; }
  # Every file the .dsc lists (orig tarball, signature, Debian patches).
  while read -r _ _ f; do
    if [ ! -f "$CACHE/sources/$f" ]; then
      log "downloading $f"
      curl -fsS -o "$CACHE/sources/$f.part" "$POOL/$folder/$f"
      mv "$CACHE/sources/$f.part" "$CACHE/sources/$f"
    fi
  done < <(sed -n '/^Checksums-Sha256:/,/^[^ ]/{/^ /p}' "$CACHE/sources/$dsc")
  rm -rf "$dest"
  # dpkg-source verifies size and checksums of every listed file against the
  # .dsc (whose own checksum is pinned above) and applies the patches.
  (cd "$CACHE/sources" && dpkg-source --no-copy -x "$dsc" "$dest") >"$CACHE/logs/$name-unpack.log" 2>&1 ||
    die "dpkg-source -x $dsc failed (see $CACHE/logs/$name-unpack.log)"
}

cmake_cross() {  # source dir, build dir, install prefix, extra args...
  local src=$1 build=$2 prefix=$3; shift 3
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" "$@"
}

# --- recipes: each builds into $PREFIX from a scratch folder $WORK ----------

build_hyperscan() {
  unpack_source hyperscan "$WORK/src"
  # Hyperscan's sources say _WIN32/_WIN64 where they mean the Microsoft
  # compiler (__declspec, __forceinline, _BitScanForward, __cpuidex, no
  # computed goto). With MinGW's GCC the GCC branches are the right ones,
  # except where _WIN32 does mean the C library: MinGW has no
  # posix_memalign (alloc.cpp keeps _aligned_malloc).
  grep -rlE '\b_WIN(32|64)\b' "$WORK/src/src" | grep -v '/util/alloc\.cpp$' |
    xargs sed -i -E 's/\b_WIN(32|64)\b/_MSC_VER/g'
  # Boost headers (graph, container, ...) from Debian's libboost-dev; a
  # folder of its own so that no other build-machine header is visible.
  mkdir -p "$WORK/boost"
  ln -s /usr/include/boost "$WORK/boost/boost"
  # -march in the flags stops Hyperscan from using -march=native.
  cmake_cross "$WORK/src" "$WORK/build" "$PREFIX" -DPG_WINDOWS_DEPS="$WORK/boost" \
    -DBOOST_ROOT="$WORK/boost" -DBoost_NO_SYSTEM_PATHS=ON \
    -DCMAKE_C_FLAGS="-march=x86-64-v2 -mtune=generic" \
    -DCMAKE_CXX_FLAGS="-march=x86-64-v2 -mtune=generic" \
    -DBUILD_SHARED_LIBS=OFF -DFAT_RUNTIME=OFF -DBUILD_EXAMPLES=OFF
  nice cmake --build "$WORK/build" -j "$JOBS" --target hs
  mkdir -p "$PREFIX/lib/pkgconfig" "$PREFIX/include/hs"
  cp "$WORK/build/lib/libhs.a" "$PREFIX/lib/"
  cp "$WORK"/src/src/{hs.h,hs_common.h,hs_compile.h,hs_runtime.h} "$PREFIX/include/hs/"
  cat >"$PREFIX/lib/pkgconfig/libhs.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libhs
Description: Intel(R) Hyperscan Library (MinGW-w64, static)
Version: 5.4.0
Libs: -L\${libdir} -lhs
Libs.private: -lstdc++ -lm
Cflags: -I\${includedir} -I\${includedir}/hs
EOF
}

build_icu() {
  unpack_source icu "$WORK/src"
  local src=$WORK/src/source native=$WORK/native cross=$WORK/cross
  # 1. ICU's tools for the build machine (the cross build runs them to
  #    package the data): common, i18n and tools, no data, tests or samples.
  mkdir -p "$native/lib" "$native/bin"
  (cd "$native" && CC=gcc CXX=g++ "$src/configure" --disable-tests --disable-samples --disable-extras \
     --disable-icuio --disable-layoutex --disable-dyload) >&2
  local d
  for d in stubdata common i18n tools; do nice make -C "$native/$d" -j "$JOBS" >&2; done
  nice make -C "$native" config/icucross.mk config/icucross.inc >&2
  # 2. The data the engine needs, as the prebuilt data package the build
  #    packages (ICU's source release has no data sources to filter; the
  #    same items come from its prebuilt icudt72l.dat).
  local dat=$src/data/in/icudt72l.dat keep=$WORK/keep.lst
  grep -v '^#' "$HERE/icu-data.lst" | sed '/^$/d' >"$keep"
  mkdir -p "$WORK/items"
  LD_LIBRARY_PATH=$native/lib:$native/stubdata "$native/bin/icupkg" -x "$keep" -d "$WORK/items" "$dat"
  rm "$dat"
  LD_LIBRARY_PATH=$native/lib:$native/stubdata "$native/bin/icupkg" -tl -a "$keep" -s "$WORK/items" new "$dat"
  # 3. Cross build: static libraries, data linked in.
  mkdir -p "$cross"
  (cd "$cross" && CC=$TRIPLE-gcc-posix CXX=$TRIPLE-g++-posix \
     CFLAGS="-O2 -march=x86-64-v2 -mtune=generic" CXXFLAGS="-O2 -march=x86-64-v2 -mtune=generic" \
     CPPFLAGS="-DU_STATIC_IMPLEMENTATION" \
     "$src/configure" --host=$TRIPLE --with-cross-build="$native" --prefix="$PREFIX" \
       --enable-static --disable-shared --with-data-packaging=static \
       --disable-tools --disable-tests --disable-samples --disable-extras \
       --disable-icuio --disable-layoutex --disable-dyload) >&2
  nice make -C "$cross" -j "$JOBS" >&2
  mkdir -p "$PREFIX/bin"  # where ICU's MinGW rules install the data library
  make -C "$cross" install >&2
  # MinGW's static ICU libraries are called libsicu*.a; the data library is
  # installed as bin/sicudt.a (lib/libsicudt.a is ICU's empty stub data).
  # CMake's FindICU looks for the usual names.
  cp "$PREFIX/lib/libsicuuc.a" "$PREFIX/lib/libicuuc.a"
  cp "$PREFIX/lib/libsicuin.a" "$PREFIX/lib/libicuin.a"
  cp "$PREFIX/bin/sicudt.a" "$PREFIX/lib/libicudt.a"
}

build_protobuf() {
  unpack_source protobuf "$WORK/src"
  cmake_cross "$WORK/src" "$WORK/build" "$PREFIX" \
    -Dprotobuf_BUILD_TESTS=OFF -Dprotobuf_BUILD_PROTOC_BINARIES=OFF \
    -Dprotobuf_BUILD_SHARED_LIBS=OFF -Dprotobuf_WITH_ZLIB=OFF -Dprotobuf_BUILD_EXAMPLES=OFF
  nice cmake --build "$WORK/build" -j "$JOBS"
  cmake --install "$WORK/build" >&2
}

build_libsodium() {
  unpack_source libsodium "$WORK/src"
  # Debian's source is upstream's git tree: no configure script yet.
  (cd "$WORK/src" && autoreconf -fi) >&2
  (cd "$WORK/src" && CFLAGS="-O2 -march=x86-64-v2 -mtune=generic" \
     ./configure --host=$TRIPLE --prefix="$PREFIX" --enable-static --disable-shared \
       --disable-dependency-tracking CC=$TRIPLE-gcc-posix) >&2
  nice make -C "$WORK/src" -j "$JOBS" >&2
  make -C "$WORK/src" install >&2
}

build_googletest() {
  cmake_cross /usr/src/googletest "$WORK/build" "$PREFIX" -Dgtest_disable_pthreads=OFF
  nice cmake --build "$WORK/build" -j "$JOBS"
  cmake --install "$WORK/build" >&2
}

build_nlohmann_json() {
  mkdir -p "$PREFIX/include" "$PREFIX/share/cmake"
  cp -r /usr/include/nlohmann "$PREFIX/include/"
  cp -r /usr/share/cmake/nlohmann_json "$PREFIX/share/cmake/"
}

# --- driver -----------------------------------------------------------------

PACKAGES=(hyperscan icu protobuf libsodium googletest nlohmann_json)

package_version() {
  case $1 in
    googletest) dpkg-query -W -f='${Version}' googletest ;;
    nlohmann_json) dpkg-query -W -f='${Version}' nlohmann-json3-dev ;;
    *) source_line "$1" | awk '{print $2}' ;;
  esac
}

package_key() {
  {
    echo "$1 $(package_version "$1")"
    declare -f "build_$1" unpack_source cmake_cross
    [ "$1" = icu ] && cat "$HERE/icu-data.lst"
    cat "$TOOLCHAIN"
    $TRIPLE-g++-posix --version | head -1
    dpkg-query -W -f='${Version}' mingw-w64-x86-64-dev
  } | sha256sum | cut -c1-16
}

package_prefix() {
  echo "$CACHE/$1-$(package_version "$1" | tr -c 'A-Za-z0-9.+\n' '_')-$(package_key "$1")"
}

# --check: exit 0 when every dependency is built and cached, 1 otherwise
# (nothing is built or downloaded).
if [ "${1:-}" = --check ]; then
  for pkg in "${PACKAGES[@]}"; do
    [ -f "$(package_prefix "$pkg")/.complete" ] || { echo "not cached: $pkg" >&2; exit 1; }
  done
  exit 0
fi

mkdir -p "$CACHE/logs"
prefixes=()
for pkg in "${PACKAGES[@]}"; do
  PREFIX=$(package_prefix "$pkg")
  if [ ! -f "$PREFIX/.complete" ]; then
    log "building $pkg $(package_version "$pkg") (log: $CACHE/logs/$pkg.log)"
    start=$SECONDS
    WORK=$CACHE/work/$pkg
    rm -rf "$WORK" "$PREFIX"
    mkdir -p "$WORK"
    # Not in an `if`: errexit must stay on inside the recipe.
    # In $WORK: some configure steps leave files in the current folder.
    (cd "$WORK" && "build_$pkg") >"$CACHE/logs/$pkg.log" 2>&1 &
    if ! wait $!; then
      tail -n 30 "$CACHE/logs/$pkg.log" >&2
      die "building $pkg failed (full log: $CACHE/logs/$pkg.log)"
    fi
    rm -rf "$WORK"
    touch "$PREFIX/.complete"
    log "$pkg built in $((SECONDS - start)) s"
  fi
  prefixes+=("$PREFIX")
done
(IFS=';'; echo "${prefixes[*]}")
