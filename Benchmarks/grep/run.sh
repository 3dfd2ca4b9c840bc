#!/usr/bin/env bash
# grep benchmark: `rlm tool grep` against ripgrep on a synthetic 50,000-file / 500 MB workspace
# (built in /tmp on first use and reused). Installs ripgrep (Debian package) when missing,
# builds rlm in release mode, then runs run.py. Extra arguments go to run.py (--runs N).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if ! command -v rg >/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    $sudo apt-get install -y -q ripgrep >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q ripgrep >/dev/null; }
fi
(cd "$repo" && flock /tmp/rlm-build.lock swift build -c release --product rlm >&2)
exec python3 "$here/run.py" --rlm "$repo/.build/release/rlm" "$@"
