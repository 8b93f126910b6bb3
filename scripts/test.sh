#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it (lint + tests).
# Used as-is by CI (.ci/run). Safe to run again: each step skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# System packages for the browser tests: Debian's Chromium and a CJK font.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qiE "noto (sans|serif) cjk|wenquanyi" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing ${need[*]} (Debian packages, for the browser tests)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

.venv/bin/ruff check kg tests bench scripts
.venv/bin/ruff format --check kg tests bench scripts
# Two workers (the development machines have 2 cores); KG_TEST_WORKERS=0 runs in one process.
# loadscope sends each module to one worker, so a module's expensive fixture is made once (loadgroup's
# xdist_group marks do not group under pytest 9 with pytest-xdist 3.8: xdist renames item._nodeid,
# which pytest 9 no longer reads). --no-loadscope-reorder: modules in the order tests/conftest.py gives, the
# longest first (xdist's own order, most tests first, left the long three-test modules to the end).
.venv/bin/python -m pytest --runslow -n "${KG_TEST_WORKERS:-2}" --dist loadscope --no-loadscope-reorder "$@"
