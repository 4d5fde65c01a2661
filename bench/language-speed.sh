#!/usr/bin/env bash
# Language core speed on one core (taskset), with peak memory: our tokenizer, + sentences, + tagger,
# + entities (Corroborate.Bench language-speed), then wink-nlp with wink-eng-lite-web-model (installed
# here by npm; bench/wink-speed.mjs) on the same texts: UD EWT train rebuilt as running paragraphs,
# written once by `language-speed --dump-text`. Prints both raw outputs and a summary table of medians.
# See bench/README.md. Environment: ROUNDS (default 5), WARMUP (default 3), CORE (default 1),
# CORROBORATE_SHARED (default ../shared beside the repository).
set -euo pipefail

cd "$(dirname "$0")/.."
NAME=language-speed
command -v node >/dev/null || { echo "language-speed: Node.js is required for the wink-nlp peer" >&2; exit 1; }
# shellcheck source=bench/treebank-setup.sh
source bench/treebank-setup.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The only network use: installing the pinned peers (bench/package-lock.json) on first use.
if [[ ! -d bench/node_modules/wink-nlp || ! -d bench/node_modules/wink-eng-lite-web-model ]]; then
  (cd bench && npm ci --no-audit --no-fund >&2)
fi

"${bench[@]}" language-speed --dump-text "$work/texts.jsonl" >&2

echo "Language speed, $(nproc) cores, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Text: UD EWT train ($conllu), documents rebuilt as running paragraphs; one core (taskset -c $CORE);"
echo "$WARMUP warm-up rounds, then the median of $ROUNDS; peak RSS of the whole process from GNU time."
echo
echo "## corroborate (Corroborate.Bench language-speed)"
echo
"$TIME" -f "%M" -o "$work/ours.rss" taskset -c "$CORE" "${bench[@]}" language-speed --rounds "$ROUNDS" --warmup "$WARMUP" \
  | tee "$work/ours.txt"
echo
echo "## wink-nlp (bench/wink-speed.mjs)"
echo
"$TIME" -f "%M" -o "$work/peer.rss" taskset -c "$CORE" node --expose-gc bench/wink-speed.mjs --texts "$work/texts.jsonl" \
  --rounds "$ROUNDS" --warmup "$WARMUP" | tee "$work/peer.txt"

ours_mib=$(( $(tail -n 1 "$work/ours.rss") / 1024 ))
peer_mib=$(( $(tail -n 1 "$work/peer.rss") / 1024 ))
ours_tokens=$(sed -n 's/^[0-9]* documents, \([0-9]*\) tokens;.*/\1/p' "$work/ours.txt")
peer_tokens=$(sed -n 's/^[0-9]* documents, \([0-9]*\) tokens;.*/\1/p' "$work/peer.txt")
peer_name=$(sed -n 's/^\(wink-nlp .*\): models loaded.*/\1/p' "$work/peer.txt")
# A stage's median in k tokens/s, from a bench's line "<stage padded to 12> <N>k tokens/s ...".
rate() { awk -v s="$2" 'substr($0, 1, 12) == sprintf("%-12s", s) && $0 ~ /k tokens\/s/ { v = substr($0, 13); sub(/k.*/, "", v); print v + 0; exit }' "$1"; }
for f in ours peer; do
  for s in tokenizer "+ sentences" "+ tagger" "+ entities"; do
    [[ -n $(rate "$work/$f.txt" "$s") ]] || { echo "language-speed: no '$s' figure in the $f output" >&2; exit 1; }
  done
done

echo
echo "## Summary"
echo
echo "| tool | stage | tokens/s (median) | peak RSS MiB |"
echo "|---|---|---:|---:|"
for s in tokenizer "+ sentences" "+ tagger" "+ entities" "fast all" "+ parser"; do
  printf '| corroborate | %s | %sk | %d |\n' "$s" "$(rate "$work/ours.txt" "$s")" "$ours_mib"
done
for s in tokenizer "+ sentences" "+ tagger" "+ entities" "default pipe"; do
  printf '| %s | %s | %sk | %d |\n' "$peer_name" "$s" "$(rate "$work/peer.txt" "$s")" "$peer_mib"
done
echo
ours_full=$(rate "$work/ours.txt" "+ entities")
peer_full=$(rate "$work/peer.txt" "+ entities")
peer_default=$(rate "$work/peer.txt" "default pipe")
ours_fast=$(rate "$work/ours.txt" "fast all")
echo "Tokens: corroborate counts $ours_tokens, wink $peer_tokens on the same text (each rate uses its own count)."
awk -v a="$ours_full" -v b="$peer_full" -v c="$peer_default" -v ta="$ours_tokens" -v tb="$peer_tokens" 'BEGIN {
  printf "Full pipeline, corroborate + entities / wink sbd+pos+ner: %.2fx in tokens/s, %.2fx in text per second\n", a / b, (a / ta) / (b / tb)
  printf "Full pipeline, corroborate + entities / wink default pipe (also negation, sentiment): %.2fx in tokens/s, %.2fx in text per second\n", a / c, (a / ta) / (c / tb)
}'
awk -v a="$ours_fast" -v b="$peer_full" -v ta="$ours_tokens" -v tb="$peer_tokens" 'BEGIN {
  printf "Full pipeline with fast tagging (\"fast all\"), corroborate / wink sbd+pos+ner: %.2fx in tokens/s, %.2fx in text per second\n", a / b, (a / ta) / (b / tb)
}'
