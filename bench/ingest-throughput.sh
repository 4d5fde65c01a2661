#!/usr/bin/env bash
# Ingest throughput: time `corroborate ingest` on 10,000 articles per input format and print a
# Markdown table of medians. See bench/README.md.
#
# Environment:
#   CORPUS      corpus folder (default bench/corpus; generated when its MANIFEST.tsv is missing)
#   RUNS        runs per format (default 3; the table shows the median)
#   FORMATS     formats to run (default "text html warc")
#   INGEST_CMD  command that takes "<dir> --db <path>" and must write that database; default is
#               the Release CLI's ingest. Split on whitespace (no quoting: wrap anything fancier in
#               a script). When set, the CLI is not built (used to check this script without it).
set -euo pipefail

cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-bench/corpus}
RUNS=${RUNS:-3}
FORMATS=${FORMATS:-text html warc}
TIME=/usr/bin/time

[[ -x $TIME ]] || { echo "ingest-throughput: GNU time is required at $TIME" >&2; exit 1; }

if [[ -z ${INGEST_CMD:-} ]]; then
  dotnet build src/Corroborate.Cli -c Release -nologo -v quiet >&2
  INGEST_CMD="dotnet src/Corroborate.Cli/bin/Release/net10.0/Corroborate.Cli.dll ingest"
fi
read -r -a ingest <<<"$INGEST_CMD"

if [[ ! -f $CORPUS/MANIFEST.tsv ]]; then
  python3 bench/make-corpus.py --out "$CORPUS" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One line per run: format articles bytes seconds max_rss_kb
results=$work/results
: >"$results"
for fmt in $FORMATS; do
  read -r articles bytes < <(awk -F'\t' -v f="$fmt" '$1 == f { print $3, $4 }' "$CORPUS/MANIFEST.tsv")
  [[ -n ${articles:-} ]] || { echo "ingest-throughput: $fmt not in $CORPUS/MANIFEST.tsv" >&2; exit 1; }
  for run in $(seq 1 "$RUNS"); do
    # A fresh database each run, so every run does the same inserts (no duplicate short-cuts).
    db_dir=$(mktemp -d -p "$work")
    if ! "$TIME" -f "%e %M" -o "$work/time" "${ingest[@]}" "$CORPUS/$fmt" --db "$db_dir/bench.db" \
        >"$work/stdout" 2>"$work/stderr"; then
      echo "ingest-throughput: $fmt run $run failed:" >&2
      tail -n 20 "$work/stderr" >&2
      exit 1
    fi
    # A stub or a silently failing CLI would otherwise produce an impressive table.
    if [[ ! -s $db_dir/bench.db ]]; then
      echo "ingest-throughput: $fmt run $run wrote no database at $db_dir/bench.db" >&2
      exit 1
    fi
    read -r seconds rss_kb < <(tail -n 1 "$work/time")
    echo "$fmt $articles $bytes $seconds $rss_kb" >>"$results"
    summary=$(grep -m 1 '^ingested ' "$work/stdout" || true)
    echo "$fmt run $run: ${seconds}s, $((rss_kb / 1024)) MiB; ${summary:-no summary line}" >&2
    # The table divides the manifest's count by the time; say so when the CLI stored fewer.
    stored=$(sed -n 's/^ingested \([0-9]*\) articles.*/\1/p' <<<"$summary")
    if [[ -n $stored && $stored != "$articles" ]]; then
      echo "ingest-throughput: $fmt run $run stored $stored of $articles articles" >&2
    fi
    rm -rf "$db_dir"
  done
done

echo
echo "Ingest throughput, $(nproc) cores, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); median of $RUNS runs"
echo
echo "| format | articles | MB | median s | articles/s | MB/s | peak RSS MiB | runs (s) |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for fmt in $FORMATS; do
  runs=$(awk -v f="$fmt" '$1 == f { print $4 }' "$results" | paste -sd, - | sed 's/,/, /g')
  awk -v f="$fmt" '$1 == f' "$results" | sort -k4,4g | awk -v f="$fmt" -v runs="$runs" '
    { articles = $2; bytes = $3; secs[NR] = $4; if ($5 > rss) rss = $5 }
    END {
      median = (NR % 2) ? secs[(NR + 1) / 2] : (secs[NR / 2] + secs[NR / 2 + 1]) / 2
      mb = bytes / 1e6
      rate = 0; mbs = 0
      if (median > 0) { rate = articles / median; mbs = mb / median }
      printf "| %s | %d | %.1f | %.2f | %.0f | %.1f | %.0f | %s |\n", f, articles, mb, median, rate, mbs, rss / 1024, runs
    }'
done
