#!/usr/bin/env bash
# privacy-guard installer for Linux.
#
# Installs the privacy-guard executable, the default policy and its data files,
# the host configuration (HostConfig, protobuf text format) and the
# native-messaging host manifests for Microsoft Edge and Chromium; optionally a
# managed browser policy that force-installs the extension.
#
# Idempotent: running it again with the same options gives the same result.
# Every file and folder it creates is listed in
# <prefix>/share/privacy-guard/installed-files.txt, which uninstall.sh reads to
# remove exactly those and nothing else. Run with --help for the options.
set -euo pipefail
umask 022

# BEGIN generated from installer/product.json (identity) by installer/gen_product.py
readonly HOST_NAME="dk.privacyguard.host"
readonly HOST_DESCRIPTION="privacy-guard: checks Copilot prompts for personal data before they are sent"
readonly EXTENSION_ID="kpilhoggmnchpbooieklflhcmfenfhmf"
# END generated from installer/product.json (identity)
readonly ORIGIN="chrome-extension://${EXTENSION_ID}/"
readonly EDGE_STORE_UPDATE_URL="https://edge.microsoft.com/extensionwebstorebase/v1/crx"
readonly CHROME_STORE_UPDATE_URL="https://clients2.google.com/service/update2/crx"
readonly STANDARD_CONF="/etc/privacy-guard/privacy-guard.conf"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "${SCRIPT_DIR}/../.." && pwd)"

usage() {
  cat <<EOF
Usage: install.sh [OPTIONS]

Installs privacy-guard (native-messaging host + CLI) for Microsoft Edge and
Chromium. Run as root for a system-wide install, or with --user.

Where to install:
  --root DIR             Install into DIR as if it were "/" (for tests). Every
                         location the installer writes to (prefix, config dir,
                         browser manifest and managed-policy folders, default
                         cache and audit locations) is placed under DIR, and
                         the files written refer to those DIR-prefixed paths,
                         so the copy works in place. Paths given with
                         --user-data-dir, --binary, --rules, --policy-path,
                         --cache-dir and --audit-log are used exactly as given.
  --prefix DIR           Program folder (default /opt/privacy-guard; with
                         --user ~/.local/share/privacy-guard). Gets
                         bin/privacy-guard and share/privacy-guard/.
  --config-dir DIR       Folder for privacy-guard.conf (default
                         /etc/privacy-guard; with --user
                         ~/.config/privacy-guard). When this is not
                         /etc/privacy-guard, a symlink
                         <prefix>/bin/privacy-guard.conf points to it, because
                         the host looks for its config next to the executable
                         and in /etc/privacy-guard only.
  --user                 Per-user install: program under
                         ~/.local/share/privacy-guard, manifests in
                         ~/.config/microsoft-edge/NativeMessagingHosts and
                         ~/.config/chromium/NativeMessagingHosts.
  --user-data-dir DIR    Also register the host for the Chromium/Edge profile
                         started with --user-data-dir=DIR (writes
                         DIR/NativeMessagingHosts/${HOST_NAME}.json). May be
                         repeated. DIR is created if missing.
  --no-system-manifests  Do not write the Edge/Chromium manifests in the
                         system (or, with --user, per-user) folders; use with
                         --user-data-dir to touch nothing outside a test
                         folder.

What to install:
  --binary PATH          The privacy-guard executable
                         (default: <repo>/build/bin/privacy-guard).
  --rules DIR            Folder holding default.policy and data/
                         (default: <repo>/rules).

Host configuration (written to privacy-guard.conf):
  --policy-path PATH     Central policy file, e.g. on a share
                         (default: the installed default policy).
  --cache-dir DIR        Last-known-good policy cache (default
                         ~/.cache/privacy-guard of the user running the
                         browser; with --root DIR/var/cache/privacy-guard).
  --audit-log PATH       Audit log file; "" disables it (default
                         ~/.local/state/privacy-guard/audit.log; with --root
                         DIR/var/log/privacy-guard/audit.log).
  --audit-max-bytes N    Rotate the audit log above N bytes (host default
                         10 MiB when not given).
  --policy-public-key K  Ed25519 public key (base64) that must have signed the
                         central policy (<policy>.sig).
  --data-dir DIR         Read data files from DIR instead of the policy's
                         paths (HostConfig.data_dir; rarely needed).

Browser policy (only with --managed-policy):
  --managed-policy       Also write managed browser policy
                         /etc/opt/edge/policies/managed/privacy-guard.json and
                         /etc/chromium/policies/managed/privacy-guard.json:
                         force-installs the extension and sets its managed
                         settings.
  --extension-update-url URL
                         Update URL for the force-install (default: the Edge
                         Add-ons store for Edge, the Chrome Web Store for
                         Chromium). Use your own update manifest URL when the
                         extension is self-hosted.
  --fail-mode open|closed
                         What the extension does when the host cannot run
                         (default closed: block sending).
  --guideline-url URL    Link to the organisation's AI guideline.
  --extra-host HOST      Extra Copilot host to guard (repeatable).
  --unapproved-host HOST AI site that is not approved (repeatable).

Other:
  --no-check             Do not run "privacy-guard policy check" after
                         installing.
  -h, --help             Show this help.

Examples:
  sudo installer/linux/install.sh --policy-path /mnt/it/privacy-guard/policy.textproto --managed-policy
  installer/linux/install.sh --user
  # Everything under a temp folder, registered for a test browser profile:
  installer/linux/install.sh --root /tmp/pg --no-system-manifests --user-data-dir /tmp/profile

Uninstall with installer/linux/uninstall.sh and the same --root/--prefix/--user.
EOF
}

die() { echo "install.sh: error: $*" >&2; exit 1; }
warn() { echo "install.sh: warning: $*" >&2; }

need_arg() { [[ $# -ge 2 ]] || die "$1 needs a value (see --help)"; }

# --- options ------------------------------------------------------------------
ROOT=""
PREFIX_OPT=""
CONFIG_DIR_OPT=""
USER_MODE=0
USER_DATA_DIRS=()
SYSTEM_MANIFESTS=1
BINARY="${REPO_DIR}/build/bin/privacy-guard"
RULES_DIR="${REPO_DIR}/rules"
POLICY_PATH_OPT=""
CACHE_DIR_OPT=""; CACHE_DIR_SET=0
AUDIT_LOG_OPT=""; AUDIT_LOG_SET=0
AUDIT_MAX_BYTES=""
POLICY_PUBLIC_KEY=""
DATA_DIR_OPT=""
MANAGED_POLICY=0
UPDATE_URL=""
FAIL_MODE="closed"
GUIDELINE_URL=""
EXTRA_HOSTS=()
UNAPPROVED_HOSTS=()
RUN_CHECK=1

while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) need_arg "$@"; ROOT="$2"; shift 2 ;;
    --prefix) need_arg "$@"; PREFIX_OPT="$2"; shift 2 ;;
    --config-dir) need_arg "$@"; CONFIG_DIR_OPT="$2"; shift 2 ;;
    --user) USER_MODE=1; shift ;;
    --user-data-dir) need_arg "$@"; USER_DATA_DIRS+=("$2"); shift 2 ;;
    --no-system-manifests) SYSTEM_MANIFESTS=0; shift ;;
    --binary) need_arg "$@"; BINARY="$2"; shift 2 ;;
    --rules) need_arg "$@"; RULES_DIR="$2"; shift 2 ;;
    --policy-path) need_arg "$@"; POLICY_PATH_OPT="$2"; shift 2 ;;
    --cache-dir) need_arg "$@"; CACHE_DIR_OPT="$2"; CACHE_DIR_SET=1; shift 2 ;;
    --audit-log) need_arg "$@"; AUDIT_LOG_OPT="$2"; AUDIT_LOG_SET=1; shift 2 ;;
    --audit-max-bytes) need_arg "$@"; AUDIT_MAX_BYTES="$2"; shift 2 ;;
    --policy-public-key) need_arg "$@"; POLICY_PUBLIC_KEY="$2"; shift 2 ;;
    --data-dir) need_arg "$@"; DATA_DIR_OPT="$2"; shift 2 ;;
    --managed-policy) MANAGED_POLICY=1; shift ;;
    --extension-update-url) need_arg "$@"; UPDATE_URL="$2"; shift 2 ;;
    --fail-mode) need_arg "$@"; FAIL_MODE="$2"; shift 2 ;;
    --guideline-url) need_arg "$@"; GUIDELINE_URL="$2"; shift 2 ;;
    --extra-host) need_arg "$@"; EXTRA_HOSTS+=("$2"); shift 2 ;;
    --unapproved-host) need_arg "$@"; UNAPPROVED_HOSTS+=("$2"); shift 2 ;;
    --no-check) RUN_CHECK=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

# --- validation ---------------------------------------------------------------
# Absolute path without control characters, "." or ".." components.
check_abs() {  # check_abs OPTION PATH
  local opt="$1" p="$2"
  [[ "$p" == /* ]] || die "$opt must be an absolute path: '$p'"
  [[ "$p" != *[[:cntrl:]]* ]] || die "$opt contains control characters"
  [[ "/$p/" != *"/./"* && "/$p/" != *"/../"* ]] || die "$opt must not contain . or .. components: '$p'"
}
strip_slash() { local p="$1"; while [[ "$p" == */ && "$p" != / ]]; do p="${p%/}"; done; printf '%s' "$p"; }

if [[ -n "$ROOT" ]]; then
  check_abs --root "$ROOT"
  ROOT="$(strip_slash "$ROOT")"
  [[ "$ROOT" != / ]] || ROOT=""
fi
[[ -z "$PREFIX_OPT" ]] || { check_abs --prefix "$PREFIX_OPT"; PREFIX_OPT="$(strip_slash "$PREFIX_OPT")"; }
[[ -z "$CONFIG_DIR_OPT" ]] || { check_abs --config-dir "$CONFIG_DIR_OPT"; CONFIG_DIR_OPT="$(strip_slash "$CONFIG_DIR_OPT")"; }
for i in "${!USER_DATA_DIRS[@]}"; do
  check_abs --user-data-dir "${USER_DATA_DIRS[$i]}"
  USER_DATA_DIRS[i]="$(strip_slash "${USER_DATA_DIRS[$i]}")"
done
[[ -z "$POLICY_PATH_OPT" ]] || check_abs --policy-path "$POLICY_PATH_OPT"
[[ "$CACHE_DIR_SET" == 0 ]] || check_abs --cache-dir "$CACHE_DIR_OPT"
[[ "$AUDIT_LOG_SET" == 0 || -z "$AUDIT_LOG_OPT" ]] || check_abs --audit-log "$AUDIT_LOG_OPT"
[[ -z "$DATA_DIR_OPT" ]] || check_abs --data-dir "$DATA_DIR_OPT"
[[ -z "$AUDIT_MAX_BYTES" || "$AUDIT_MAX_BYTES" =~ ^[1-9][0-9]{0,18}$ ]] \
  || die "--audit-max-bytes must be a positive number of bytes: '$AUDIT_MAX_BYTES'"
[[ -z "$POLICY_PUBLIC_KEY" || "$POLICY_PUBLIC_KEY" =~ ^[A-Za-z0-9+/]{43}=$ ]] \
  || die "--policy-public-key must be a base64 Ed25519 public key (44 characters)"
[[ "$FAIL_MODE" == open || "$FAIL_MODE" == closed ]] || die "--fail-mode must be 'open' or 'closed'"
url_re='^https?://[^[:space:][:cntrl:]"\\]+$'
[[ -z "$UPDATE_URL" || "$UPDATE_URL" =~ $url_re ]] || die "--extension-update-url must be an http(s) URL"
[[ -z "$GUIDELINE_URL" || "$GUIDELINE_URL" =~ $url_re ]] || die "--guideline-url must be an http(s) URL"
host_re='^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$'
for h in ${EXTRA_HOSTS[@]+"${EXTRA_HOSTS[@]}"} ${UNAPPROVED_HOSTS[@]+"${UNAPPROVED_HOSTS[@]}"}; do
  [[ "$h" =~ $host_re ]] || die "not a host name: '$h'"
done
if [[ "$MANAGED_POLICY" == 0 ]]; then
  [[ -z "$UPDATE_URL" && -z "$GUIDELINE_URL" && ${#EXTRA_HOSTS[@]} == 0 && ${#UNAPPROVED_HOSTS[@]} == 0 ]] \
    || die "--extension-update-url, --guideline-url, --extra-host and --unapproved-host need --managed-policy"
fi

RULES_DIR="$(strip_slash "$RULES_DIR")"
[[ -f "$BINARY" ]] || die "executable not found: $BINARY (build it first, or pass --binary PATH)"
[[ -x "$BINARY" ]] || die "not executable: $BINARY"
[[ -f "$RULES_DIR/default.policy" ]] || die "default policy not found: $RULES_DIR/default.policy (pass --rules DIR)"

if [[ "$USER_MODE" == 1 ]]; then
  [[ -n "${HOME:-}" && "$HOME" == /* ]] || die "--user needs HOME set to an absolute path"
  USER_HOME="$(strip_slash "$HOME")"
  if [[ "$MANAGED_POLICY" == 1 && -z "$ROOT" ]]; then
    die "--managed-policy writes system browser policy; it cannot be combined with --user"
  fi
fi

# --- target paths ---------------------------------------------------------------
# T_* are paths on the target system; everything written goes to ${ROOT}${T_*}.
if [[ "$USER_MODE" == 1 ]]; then
  T_PREFIX="${PREFIX_OPT:-${USER_HOME}/.local/share/privacy-guard}"
  T_CONFIG_DIR="${CONFIG_DIR_OPT:-${USER_HOME}/.config/privacy-guard}"
  T_MANIFEST_DIRS=("${USER_HOME}/.config/microsoft-edge/NativeMessagingHosts"
                   "${USER_HOME}/.config/chromium/NativeMessagingHosts")
  DEFAULT_CACHE="${USER_HOME}/.cache/privacy-guard"
  DEFAULT_AUDIT="${USER_HOME}/.local/state/privacy-guard/audit.log"
else
  T_PREFIX="${PREFIX_OPT:-/opt/privacy-guard}"
  T_CONFIG_DIR="${CONFIG_DIR_OPT:-/etc/privacy-guard}"
  T_MANIFEST_DIRS=("/etc/opt/edge/native-messaging-hosts"
                   "/etc/chromium/native-messaging-hosts")
  DEFAULT_CACHE="/var/cache/privacy-guard"
  DEFAULT_AUDIT="/var/log/privacy-guard/audit.log"
fi
DEFAULT_CACHE="${ROOT}${DEFAULT_CACHE}"
DEFAULT_AUDIT="${ROOT}${DEFAULT_AUDIT}"
if [[ "$USER_MODE" == 0 && -z "$ROOT" ]]; then
  # System install: the host runs as whichever user started the browser, so
  # its cache and audit log are per user. The host expands a leading "~/" to
  # that user's home folder (literal tilde on purpose).
  # shellcheck disable=SC2088
  DEFAULT_CACHE="~/.cache/privacy-guard"
  # shellcheck disable=SC2088
  DEFAULT_AUDIT="~/.local/state/privacy-guard/audit.log"
fi
T_MANAGED_FILES=("/etc/opt/edge/policies/managed/privacy-guard.json"
                 "/etc/chromium/policies/managed/privacy-guard.json")

PREFIX="${ROOT}${T_PREFIX}"
BIN_DIR="${PREFIX}/bin"
BIN="${BIN_DIR}/privacy-guard"
SHARE="${PREFIX}/share/privacy-guard"
LIST="${SHARE}/installed-files.txt"
CONFIG_DIR="${ROOT}${T_CONFIG_DIR}"
CONF="${CONFIG_DIR}/privacy-guard.conf"
POLICY_PATH="${POLICY_PATH_OPT:-${SHARE}/default.policy}"
if [[ "$CACHE_DIR_SET" == 1 ]]; then CACHE_DIR="$CACHE_DIR_OPT"; else CACHE_DIR="$DEFAULT_CACHE"; fi
if [[ "$AUDIT_LOG_SET" == 1 ]]; then AUDIT_LOG="$AUDIT_LOG_OPT"; else AUDIT_LOG="$DEFAULT_AUDIT"; fi

MANIFEST_FILES=()
if [[ "$SYSTEM_MANIFESTS" == 1 ]]; then
  for d in "${T_MANIFEST_DIRS[@]}"; do MANIFEST_FILES+=("${ROOT}${d}/${HOST_NAME}.json"); done
fi
for d in ${USER_DATA_DIRS[@]+"${USER_DATA_DIRS[@]}"}; do
  MANIFEST_FILES+=("${d}/NativeMessagingHosts/${HOST_NAME}.json")
done
MANAGED_FILES=()
if [[ "$MANAGED_POLICY" == 1 ]]; then
  for f in "${T_MANAGED_FILES[@]}"; do MANAGED_FILES+=("${ROOT}${f}"); done
fi

# The host finds its config next to the executable or in /etc/privacy-guard.
CONF_LINK=""
if [[ "$CONF" != "$STANDARD_CONF" && "$CONF" != "${BIN_DIR}/privacy-guard.conf" ]]; then
  CONF_LINK="${BIN_DIR}/privacy-guard.conf"
fi

# --- record keeping -------------------------------------------------------------
# Entries: "d <dir>" (created by us), "f <file>", "l <symlink>".
declare -A OLD_ENTRY=()   # entry -> 1, from a previous install
OLD_ORDER=()
declare -A NEW_ENTRY=()
NEW_ORDER=()
COMPLETED=0

if [[ -f "$LIST" ]]; then
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    [[ "$line" =~ ^[dfl]\ /. ]] || die "malformed line in $LIST: '$line'"
    OLD_ENTRY["$line"]=1
    OLD_ORDER+=("$line")
  done < "$LIST"
fi

record() {  # record KIND PATH
  local e="$1 $2"
  if [[ -z "${NEW_ENTRY[$e]+x}" ]]; then NEW_ENTRY["$e"]=1; NEW_ORDER+=("$e"); fi
}

write_list() {  # write_list ENTRY...
  local tmp
  mkdir -p "$(dirname "$LIST")"
  tmp="$(mktemp "${LIST}.XXXXXX")"
  {
    echo "# privacy-guard: files and folders created by install.sh; uninstall.sh removes them."
    echo "# d = folder (removed when empty), f = file, l = symlink. Do not edit."
    printf '%s\n' "$@"
  } > "$tmp"
  chmod 0644 "$tmp"
  mv -f "$tmp" "$LIST"
}

# On failure keep a list of everything created so far (plus the old entries),
# so that uninstall.sh can still clean up.
on_exit() {
  local rc=$?
  if [[ "$COMPLETED" == 0 && ${#NEW_ORDER[@]} -gt 0 ]]; then
    local merged=() e
    for e in ${OLD_ORDER[@]+"${OLD_ORDER[@]}"}; do merged+=("$e"); done
    for e in "${NEW_ORDER[@]}"; do [[ -n "${OLD_ENTRY[$e]+x}" ]] || merged+=("$e"); done
    merged+=("f $LIST")
    write_list "${merged[@]}" 2>/dev/null || true
    echo "install.sh: installation incomplete; run uninstall.sh with the same options to clean up" >&2
  fi
  exit "$rc"
}
trap on_exit EXIT

# Creates DIR and its missing parents; records those it creates (and those a
# previous install created). Parents at or above --root are never recorded.
ensure_dir() {
  local dir="$1" p="" comp
  local -a comps
  IFS=/ read -r -a comps <<< "${dir#/}"
  for comp in "${comps[@]}"; do
    [[ -n "$comp" ]] || continue
    p="$p/$comp"
    if [[ -n "$ROOT" && ( "$p" == "$ROOT" || "$ROOT" == "$p"/* ) ]]; then
      mkdir -p "$p"
      continue
    fi
    if [[ ! -d "$p" ]]; then
      [[ ! -e "$p" ]] || die "not a folder: $p"
      mkdir -m 0755 "$p" || die "cannot create $p (run as root, or use --user or --root)"
      record d "$p"
    elif [[ -n "${OLD_ENTRY["d $p"]+x}" ]]; then
      record d "$p"
    fi
  done
}

# put_file MODE DEST < content   (atomic: temp file + rename). Never call it
# on the right of a pipe: that runs it in a subshell and loses the record.
put_file() {
  local mode="$1" dest="$2" tmp
  ensure_dir "$(dirname "$dest")"
  [[ ! -d "$dest" || -L "$dest" ]] || die "a folder is in the way: $dest"
  tmp="$(mktemp "${dest}.pg-tmp.XXXXXX")"
  cat > "$tmp"
  chmod "$mode" "$tmp"
  mv -f "$tmp" "$dest"
  record f "$dest"
}

copy_file() {  # copy_file MODE SRC DEST
  put_file "$1" "$3" < "$2"
}

put_symlink() {  # put_symlink TARGET LINK
  local target="$1" link="$2"
  ensure_dir "$(dirname "$link")"
  if [[ -e "$link" && ! -L "$link" ]]; then
    die "refusing to replace $link with a symlink (a file is in the way)"
  fi
  ln -sfn "$target" "$link"
  record l "$link"
}

# --- text formats ---------------------------------------------------------------
json_str() {  # JSON string literal; inputs were checked to have no control chars
  local s="$1"
  s="${s//\\/\\\\}"; s="${s//\"/\\\"}"
  printf '"%s"' "$s"
}
textproto_str() { json_str "$1"; }   # same escaping rules for these inputs
json_list() {  # json_list INDENT ITEM...
  local indent="$1"; shift
  local first=1 item
  printf '['
  for item in "$@"; do
    if [[ "$first" == 1 ]]; then first=0; else printf ','; fi
    printf '\n%s  %s' "$indent" "$(json_str "$item")"
  done
  if [[ "$first" == 0 ]]; then printf '\n%s' "$indent"; fi
  printf ']'
}

host_manifest() {
  cat <<EOF
{
  "name": $(json_str "$HOST_NAME"),
  "description": $(json_str "$HOST_DESCRIPTION"),
  "path": $(json_str "$BIN"),
  "type": "stdio",
  "allowed_origins": [
    $(json_str "$ORIGIN")
  ]
}
EOF
}

host_config() {
  cat <<EOF
# privacy-guard host configuration (HostConfig in
# native-host/proto/privacy_guard/policy.proto, protobuf text format).
# Written by installer/linux/install.sh; running it again overwrites this file.
# A path starting with "~/" means the home folder of the user running the browser.
allowed_origins: $(textproto_str "$ORIGIN")
policy_path: $(textproto_str "$POLICY_PATH")
cache_dir: $(textproto_str "$CACHE_DIR")
audit_log: $(textproto_str "$AUDIT_LOG")
EOF
  [[ -z "$AUDIT_MAX_BYTES" ]] || echo "audit_max_bytes: $AUDIT_MAX_BYTES"
  [[ -z "$POLICY_PUBLIC_KEY" ]] || echo "policy_public_key: $(textproto_str "$POLICY_PUBLIC_KEY")"
  [[ -z "$DATA_DIR_OPT" ]] || echo "data_dir: $(textproto_str "$DATA_DIR_OPT")"
  return 0
}

managed_policy() {  # managed_policy UPDATE_URL
  local url="$1"
  cat <<EOF
{
  "ExtensionSettings": {
    $(json_str "$EXTENSION_ID"): {
      "installation_mode": "force_installed",
      "update_url": $(json_str "$url")
    }
  },
  "ExtensionInstallForcelist": [
    $(json_str "${EXTENSION_ID};${url}")
  ],
  "NativeMessagingAllowlist": [
    $(json_str "$HOST_NAME")
  ],
  "3rdparty": {
    "extensions": {
      $(json_str "$EXTENSION_ID"): {
        "failMode": $(json_str "$FAIL_MODE")$(
          [[ -z "$GUIDELINE_URL" ]] || printf ',\n        "guidelineUrl": %s' "$(json_str "$GUIDELINE_URL")"
          [[ ${#EXTRA_HOSTS[@]} == 0 ]] || printf ',\n        "extraHosts": %s' "$(json_list "        " "${EXTRA_HOSTS[@]}")"
          [[ ${#UNAPPROVED_HOSTS[@]} == 0 ]] || printf ',\n        "unapprovedHosts": %s' "$(json_list "        " "${UNAPPROVED_HOSTS[@]}")"
        )
      }
    }
  }
}
EOF
}

# --- install ----------------------------------------------------------------------
[[ -z "$ROOT" ]] || mkdir -p "$ROOT"

# Program and data.
copy_file 0755 "$BINARY" "$BIN"
copy_file 0644 "$RULES_DIR/default.policy" "$SHARE/default.policy"
if [[ -d "$RULES_DIR/data" ]]; then
  ensure_dir "$SHARE/data"
  while IFS= read -r -d '' src; do
    rel="${src#"$RULES_DIR/data/"}"
    [[ "$rel" != *[[:cntrl:]]* ]] || die "data file name with control characters: $src"
    copy_file 0644 "$src" "$SHARE/data/$rel"
  done < <(find "$RULES_DIR/data" -type f ! -name '.*' -print0 | LC_ALL=C sort -z)
fi

# Host configuration.
put_file 0644 "$CONF" < <(host_config)
[[ -z "$CONF_LINK" ]] || put_symlink "$CONF" "$CONF_LINK"

# Native-messaging host manifests.
for m in ${MANIFEST_FILES[@]+"${MANIFEST_FILES[@]}"}; do
  put_file 0644 "$m" < <(host_manifest)
done

# Managed browser policy.
if [[ "$MANAGED_POLICY" == 1 ]]; then
  put_file 0644 "${MANAGED_FILES[0]}" < <(managed_policy "${UPDATE_URL:-$EDGE_STORE_UPDATE_URL}")
  put_file 0644 "${MANAGED_FILES[1]}" < <(managed_policy "${UPDATE_URL:-$CHROME_STORE_UPDATE_URL}")
fi

# Remove what a previous install created and this one no longer does.
ensure_dir "$SHARE"
for e in ${OLD_ORDER[@]+"${OLD_ORDER[@]}"}; do
  [[ -z "${NEW_ENTRY[$e]+x}" && "$e" != "f $LIST" ]] || continue
  p="${e:2}"
  case "$e" in
    f*|l*) if [[ -L "$p" || -f "$p" ]]; then rm -f "$p"; echo "removed (no longer installed): $p"; fi ;;
  esac
done
for (( i=${#OLD_ORDER[@]}-1; i>=0; i-- )); do
  e="${OLD_ORDER[$i]}"
  [[ "$e" == d* && -z "${NEW_ENTRY[$e]+x}" ]] || continue
  rmdir "${e:2}" 2>/dev/null || true
done

record f "$LIST"
write_list "${NEW_ORDER[@]}"
COMPLETED=1

# --- check and summary ------------------------------------------------------------
check_msg="skipped (--no-check)"
if [[ "$RUN_CHECK" == 1 ]]; then
  if [[ -f "$POLICY_PATH" ]]; then
    if out="$("$BIN" policy check "$POLICY_PATH" 2>&1)"; then
      check_msg="ok"
    else
      check_msg="FAILED (see above)"
      printf '%s\n' "$out" >&2
      warn "'privacy-guard policy check $POLICY_PATH' failed; the host will report the error in its status"
    fi
  else
    check_msg="skipped (policy file not reachable from here: $POLICY_PATH)"
  fi
fi

echo "privacy-guard installed."
echo "  executable:     $BIN"
echo "  default policy: $SHARE/default.policy"
echo "  host config:    $CONF${CONF_LINK:+ (linked from $CONF_LINK)}"
echo "  policy_path:    $POLICY_PATH (policy check: $check_msg)"
echo "  cache_dir:      $CACHE_DIR"
echo "  audit_log:      ${AUDIT_LOG:-(disabled)}"
for m in ${MANIFEST_FILES[@]+"${MANIFEST_FILES[@]}"}; do echo "  host manifest:  $m"; done
for m in ${MANAGED_FILES[@]+"${MANAGED_FILES[@]}"}; do echo "  browser policy: $m"; done
echo "  file list:      $LIST (${#NEW_ORDER[@]} entries; used by uninstall.sh)"
