#!/usr/bin/env bash
# privacy-guard uninstaller for Linux.
#
# Removes exactly what install.sh created, as listed in
# <prefix>/share/privacy-guard/installed-files.txt: files and symlinks are
# deleted, folders are removed only when empty. Nothing else is touched (the
# audit log and policy cache the host wrote at run time stay). Idempotent:
# without a file list it says so and exits 0.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: uninstall.sh [OPTIONS]

Removes a privacy-guard installation made by install.sh. Give the same
--root/--prefix/--user options as to install.sh, or --list FILE.

  --root DIR     The install was made with --root DIR.
  --prefix DIR   The install was made with --prefix DIR (inside --root).
  --user         The install was made with --user.
  --list FILE    Use this file list instead of
                 <prefix>/share/privacy-guard/installed-files.txt.
  -h, --help     Show this help.

Not removed: the audit log and the policy cache written by the host while it
ran (see installer/README.md), and folders that are not empty.
EOF
}

die() { echo "uninstall.sh: error: $*" >&2; exit 1; }

ROOT=""
PREFIX_OPT=""
USER_MODE=0
LIST=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) [[ $# -ge 2 ]] || die "--root needs a value"; ROOT="$2"; shift 2 ;;
    --prefix) [[ $# -ge 2 ]] || die "--prefix needs a value"; PREFIX_OPT="$2"; shift 2 ;;
    --user) USER_MODE=1; shift ;;
    --list) [[ $# -ge 2 ]] || die "--list needs a value"; LIST="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

strip_slash() { local p="$1"; while [[ "$p" == */ && "$p" != / ]]; do p="${p%/}"; done; printf '%s' "$p"; }

if [[ -z "$LIST" ]]; then
  if [[ -n "$ROOT" ]]; then
    [[ "$ROOT" == /* ]] || die "--root must be an absolute path"
    ROOT="$(strip_slash "$ROOT")"; [[ "$ROOT" != / ]] || ROOT=""
  fi
  if [[ -n "$PREFIX_OPT" ]]; then
    [[ "$PREFIX_OPT" == /* ]] || die "--prefix must be an absolute path"
    T_PREFIX="$(strip_slash "$PREFIX_OPT")"
  elif [[ "$USER_MODE" == 1 ]]; then
    [[ -n "${HOME:-}" && "$HOME" == /* ]] || die "--user needs HOME set to an absolute path"
    T_PREFIX="$(strip_slash "$HOME")/.local/share/privacy-guard"
  else
    T_PREFIX="/opt/privacy-guard"
  fi
  LIST="${ROOT}${T_PREFIX}/share/privacy-guard/installed-files.txt"
fi

if [[ ! -e "$LIST" ]]; then
  echo "privacy-guard is not installed here (no $LIST); nothing to do."
  exit 0
fi

# Read and check the whole list before removing anything.
ENTRIES=()
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  [[ "$line" =~ ^[dfl]\ /[^[:cntrl:]]+$ ]] || die "malformed line in $LIST: '$line'"
  p="${line:2}"
  [[ "/$p/" != *"/../"* && "/$p/" != *"/./"* && "$p" != / ]] || die "refusing unsafe path in $LIST: '$p'"
  ENTRIES+=("$line")
done < "$LIST"

removed=0; kept=0; missing=0
LIST_ABS="$(cd "$(dirname "$LIST")" && pwd)/$(basename "$LIST")"

# Files and symlinks first (the list itself last).
for e in ${ENTRIES[@]+"${ENTRIES[@]}"}; do
  p="${e:2}"
  [[ "$e" == d* || "$p" == "$LIST_ABS" || "$p" == "$LIST" ]] && continue
  if [[ -L "$p" || -f "$p" ]]; then
    rm -f "$p"; removed=$((removed + 1))
  elif [[ -e "$p" ]]; then
    echo "kept $p (not a file any more)" >&2; kept=$((kept + 1))
  else
    missing=$((missing + 1))
  fi
done
rm -f "$LIST"; removed=$((removed + 1))

# Then folders, deepest (most recently created) first, only when empty.
for (( i=${#ENTRIES[@]}-1; i>=0; i-- )); do
  e="${ENTRIES[$i]}"
  [[ "$e" == d* ]] || continue
  p="${e:2}"
  if [[ -d "$p" && ! -L "$p" ]]; then
    if rmdir "$p" 2>/dev/null; then
      removed=$((removed + 1))
    else
      echo "kept $p (not empty)"; kept=$((kept + 1))
    fi
  else
    missing=$((missing + 1))
  fi
done

echo "privacy-guard uninstalled: $removed removed, $kept kept, $missing already gone."
