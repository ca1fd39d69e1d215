#!/usr/bin/env bash
# The full check: notebooks and package in sync, notebook tests (slow cells included), pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"

nbdev-clean
nbdev-export
if [ -n "$(git status --porcelain -- nbs neer_match_utilities)" ]; then
  echo "nbdev-clean or nbdev-export changed these files: notebooks and package are out of sync." >&2
  git status --porcelain -- nbs neer_match_utilities >&2
  exit 1
fi
python -m pyflakes neer_match_utilities tests  # names used but never imported, imports never used
nbdev-test --flags slow
pytest
