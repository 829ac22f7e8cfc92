#!/usr/bin/env bash
# Whole-process benchmark: times `whosaid extract` on a generated news-like
# JSON Lines corpus with one and with two threads, and reports the median of
# three runs in MB/s and the peak memory (maximum resident set size).
#
#   bench/run.sh [MEGABYTES]      (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
corpus=target/bench-corpus-${megabytes}MB.jsonl

cargo build --release -q -p whosaid-cli
if [ ! -s "$corpus" ]; then
  cargo run --release -q -p whosaid-nlp --example news_corpus -- "$megabytes" > "$corpus"
fi
bytes=$(stat -c %s "$corpus")
echo "corpus: $corpus ($(awk "BEGIN {printf \"%.1f\", $bytes / 1048576}") MiB, $(wc -l < "$corpus") articles)"

for jobs in 1 2; do
  runs=()
  for _ in 1 2 3; do
    # %e: elapsed seconds, %M: peak resident set size in KiB.
    runs+=("$( { /usr/bin/time -f '%e %M' target/release/whosaid extract "$corpus" -j "$jobs" -q > /dev/null; } 2>&1 | tail -n 1)")
  done
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  seconds=${median% *}
  peak_kib=${median#* }
  awk -v j="$jobs" -v s="$seconds" -v b="$bytes" -v m="$peak_kib" \
    'BEGIN {printf "-j %s: %.2f s, %.1f MB/s, peak memory %.1f MiB\n", j, s, b / 1e6 / s, m / 1024}'
done
