#!/usr/bin/env bash
# Article extraction on the Zyte benchmark (../shared/data/bench/article-extraction), in one run:
#   1. quality: our extractor, SmartReader and every saved output of other tools, scored by one C#
#      implementation of the benchmark's metric (mean and median P/R/F1, dev and held-out F1);
#   2. speed on one core (taskset) with peak memory: ours, then Mozilla Readability + jsdom (installed
#      here by npm), whose live output is scored with the same metric.
# See bench/README.md. Environment: ROUNDS (default 5 for ours, 2 for Readability), CORE (default 1).
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
CORE=${CORE:-1}
TIME=/usr/bin/time
[[ -x $TIME ]] || { echo "extraction: GNU time is required at $TIME" >&2; exit 1; }
command -v taskset >/dev/null || { echo "extraction: taskset (util-linux) is required" >&2; exit 1; }

dotnet build bench/Corroborate.Bench -c Release -nologo -v quiet >&2
bench=(dotnet bench/Corroborate.Bench/bin/Release/net10.0/Corroborate.Bench.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ ! -d bench/node_modules/@mozilla/readability || ! -d bench/node_modules/jsdom ]]; then
  (cd bench && npm ci --no-audit --no-fund >&2)
fi

echo "Article extraction, $(nproc) cores, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "## Speed (one core: taskset -c $CORE; peak RSS from GNU time)"
echo
"$TIME" -f "%M" -o "$work/ours.rss" taskset -c "$CORE" "${bench[@]}" extraction-speed --rounds "$ROUNDS" >"$work/ours.txt"
"$TIME" -f "%M" -o "$work/peer.rss" taskset -c "$CORE" node bench/readability-extract.mjs --rounds "${PEER_ROUNDS:-2}" \
  --out "$work/readability.json" >"$work/peer.txt"
ours=$(sed -n 's/^corroborate: \([0-9]*\) pages\/s.*/\1/p' "$work/ours.txt")
peer=$(sed -n 's/^readability: \([0-9]*\) pages\/s.*/\1/p' "$work/peer.txt")
echo "| extractor | pages/s (median) | peak RSS MiB | rounds |"
echo "|---|---:|---:|---|"
printf '| corroborate | %s | %d | %s |\n' "$ours" $(( $(tail -n 1 "$work/ours.rss") / 1024 )) "$(sed -n 's/.*pages (\(.*\) pages\/s).*/\1/p' "$work/ours.txt")"
printf '| Mozilla Readability 0.6.0 + jsdom 29.1.1 | %s | %d | %s |\n' "$peer" $(( $(tail -n 1 "$work/peer.rss") / 1024 )) "$(sed -n 's/.*pages (\(.*\) pages\/s).*/\1/p' "$work/peer.txt")"
echo
awk -v a="$ours" -v b="$peer" 'BEGIN { if (b > 0) printf "Speed ratio corroborate / Readability: %.1fx\n", a / b }'
sed -n 's/.*; \([0-9.]*\) pages failed per round/Readability failed on \1 page(s) per round (jsdom could not parse their CSS)./p' "$work/peer.txt"
echo
echo "## Quality (the benchmark's metric; readability-live is the run above)"
echo
"${bench[@]}" extraction --extra readability-live="$work/readability.json"
