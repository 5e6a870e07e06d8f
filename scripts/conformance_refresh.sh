#!/usr/bin/env bash
# Regenerates the conformance corpus's expected files (.out, .err, .status,
# .errline) by running every case under CPython; sizes/ is hand-written and
# skipped. Usage: scripts/conformance_refresh.sh [FILTER...]
# Set PYTHON to use another interpreter than python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "${PYTHON:-python3}" "$root/tests/conformance/run.py" --refresh "$@"
