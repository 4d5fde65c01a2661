#!/usr/bin/env bash
# Dependency parser speed on one core (taskset), with peak memory: parsing alone over UD EWT train's
# gold words with our tagger's tags (tagged before the clock starts), our tagger's speed over the same
# words beside it in the same process, and the parser model's size and load time
# (Corroborate.Bench parser-speed). No dependency parser peer installs here (wink-nlp has none).
# See bench/README.md. Environment: ROUNDS (default 5), WARMUP (default 3), CORE (default 1),
# CORROBORATE_SHARED (default ../shared beside the repository).
set -euo pipefail

cd "$(dirname "$0")/.."
NAME=parser-speed
# shellcheck source=bench/treebank-setup.sh
source bench/treebank-setup.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Parser speed, $(nproc) cores, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Words: UD EWT train ($conllu), gold tokens, our tags; one core (taskset -c $CORE);"
echo "$WARMUP warm-up rounds, then the median of $ROUNDS; peak RSS of the whole process from GNU time."
echo
"$TIME" -f "%M" -o "$work/rss" taskset -c "$CORE" "${bench[@]}" parser-speed --rounds "$ROUNDS" --warmup "$WARMUP" | tee "$work/out.txt"
echo "peak RSS $(( $(tail -n 1 "$work/rss") / 1024 )) MiB"
parser=$(awk '$1 == "parser" { sub(/k$/, "", $2); print $2; exit }' "$work/out.txt")
tagger=$(awk '$1 == "tagger" { sub(/k$/, "", $2); print $2; exit }' "$work/out.txt")
[[ -n $parser && -n $tagger ]] || { echo "parser-speed: no parser or tagger figure in the output" >&2; exit 1; }
echo "parsing takes $(awk -v p="$parser" -v t="$tagger" 'BEGIN { printf "%.2f", t / p }') times as long as tagging the same words"
