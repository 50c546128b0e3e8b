#!/usr/bin/env bash
# The conformance oracle: the official data·inclusion models (installed by tools/setup.sh in
# target/venv) against the contacts reader and the importer, field by field (tools/oracle.py).
# Ends with "oracle: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/venv/bin/python ] || tools/setup.sh
cargo build --quiet --example verdicts --bin passerelle-import
exec target/venv/bin/python tools/oracle.py target/debug/examples/verdicts target/debug/passerelle-import
