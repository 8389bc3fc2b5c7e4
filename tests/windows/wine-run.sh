#!/usr/bin/env bash
# Runs a Windows program under Wine in a private prefix (never ~/.wine):
#   wine-run.sh PREFIX PROGRAM [ARGS...]
# The prefix is created on first use (wineboot, serialised with flock, so
# parallel tests wait for one another). Headless: no DISPLAY, no Mono/Gecko
# installers; Wine's debug output is off unless WINEDEBUG is set.
set -euo pipefail
export WINEPREFIX=$1
shift
export WINEARCH=win64
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
unset DISPLAY WAYLAND_DISPLAY
WINE=$(command -v wine || command -v wine64 || echo /usr/lib/wine/wine64)
if [ ! -f "$WINEPREFIX/.pg-ready" ]; then
  mkdir -p "$(dirname "$WINEPREFIX")"
  (
    flock 9
    if [ ! -f "$WINEPREFIX/.pg-ready" ]; then
      "$WINE" wineboot --init >/dev/null 2>&1 || true
      wineserver -w 2>/dev/null || true
      [ -f "$WINEPREFIX/system.reg" ] || { echo "wine-run: wineboot failed in $WINEPREFIX" >&2; exit 1; }
      touch "$WINEPREFIX/.pg-ready"
    fi
  ) 9>"$WINEPREFIX.lock"
fi
exec "$WINE" "$@"
