#!/usr/bin/env bash
# Create (or reuse) the virtualenv of the HTCondor conformance oracle.
#
#   conformance/oracle/setup-oracle.sh        -> prints the venv's python path
#
# The venv lives in .venv next to this script and holds the pinned htcondor
# wheel (requirements.txt).  An existing venv is reused when it imports
# classad2 and htcondor2 at the pinned version.  Progress and errors go to
# stderr; stdout carries only the python path, so
#   PY=$(conformance/oracle/setup-oracle.sh) && "$PY" conformance/oracle/check_corpus.py ...
# works.  Environment: PYTHON = the python used to create the venv (python3).
# Exit status: 0 ok, 2 no usable python/venv, 3 package index unreachable,
# 4 pip failed for another reason, 5 installed but not importable.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
req="$here/requirements.txt"
base_python="${PYTHON:-python3}"

say() { printf 'setup-oracle: %s\n' "$*" >&2; }

pinned="$(sed -n 's/^htcondor==\([^[:space:]#]*\).*/\1/p' "$req" | head -n 1)"
if [ -z "$pinned" ]; then
    say "no 'htcondor==VERSION' line in $req"
    exit 2
fi

check_venv() {
    [ -x "$venv/bin/python" ] || return 1
    "$venv/bin/python" - "$pinned" <<'EOF' >/dev/null 2>&1
import sys
import importlib.metadata as md
import classad2, htcondor2  # noqa: F401
sys.exit(0 if md.version("htcondor") == sys.argv[1] else 1)
EOF
}

if check_venv; then
    say "reusing $venv (htcondor $pinned)"
    printf '%s\n' "$venv/bin/python"
    exit 0
fi

if ! command -v "$base_python" >/dev/null 2>&1; then
    say "cannot find '$base_python'; set PYTHON to a Python 3 interpreter"
    exit 2
fi

if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv with $base_python"
    if ! "$base_python" -m venv "$venv" >&2; then
        say "'$base_python -m venv' failed (on Debian/Ubuntu install python3-venv)"
        exit 2
    fi
fi

say "installing $(grep -v '^[[:space:]]*#' "$req" | tr -s '\n' ' ')into $venv"
if ! "$venv/bin/python" -m pip install --quiet -r "$req" >&2; then
    index="${PIP_INDEX_URL:-https://pypi.org/simple}"
    index="${index%/}/htcondor/"
    if ! "$venv/bin/python" - "$index" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
urllib.request.urlopen(sys.argv[1], timeout=20).read(1)
EOF
    then
        say "ERROR: the package index is unreachable ($index); cannot install htcondor==$pinned."
        say "Check the network / proxy settings (or PIP_INDEX_URL) and run this script again."
        exit 3
    fi
    say "ERROR: pip could not install htcondor==$pinned from $index (see the pip output above);"
    say "the htcondor wheels exist for Linux and macOS on x86_64/aarch64 only."
    exit 4
fi

if ! check_venv; then
    say "ERROR: htcondor==$pinned installed in $venv, but 'import classad2, htcondor2' fails:"
    "$venv/bin/python" -c 'import classad2, htcondor2' >&2 || true
    exit 5
fi

say "ready: htcondor $pinned"
printf '%s\n' "$venv/bin/python"
