#!/usr/bin/env bash
# Measure every candidate on every prepared set and print the tables.
# Usage: bench/html_extraction/run_all.sh DATA [SETS...]
#   DATA: the folder prepare.py wrote (DATA/sets/<set>/{pages,gold.jsonl}); predictions
#         go to DATA/preds/<set>/<candidate>.jsonl, per-page scores to DATA/scores/<set>/.
#   Environment: PY (python with trafilatura + pyarrow; default: python3),
#   FACTSIFT (default: target/release/factsift), NICE (default: nice -n 19),
#   CANDIDATES (default: all of: factsift trafilatura trafilatura_default dom_smoothie
#   rs_trafilatura readability trafilatura_rs smoothie_factsift).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$(cd "$1" && pwd)"; shift
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(wcxb-dev-article wcxb-test-article traf-snippets)
PY="${PY:-python3}"
FACTSIFT="${FACTSIFT:-target/release/factsift}"
NICE="${NICE:-nice -n 19}"
CANDIDATES="${CANDIDATES:-factsift trafilatura trafilatura_default dom_smoothie rs_trafilatura readability trafilatura_rs smoothie_factsift}"
peers="$data/peers-target/release/html-extraction-peers"

if [[ " $CANDIDATES " =~ \ (dom_smoothie|rs_trafilatura|readability|trafilatura_rs|smoothie_factsift)\  ]]; then
  $NICE cargo build --release -j1 --manifest-path "$here/rust_peers/Cargo.toml" --target-dir "$data/peers-target"
fi

for set in "${sets[@]}"; do
  pages="$data/sets/$set/pages"; preds="$data/preds/$set"; mkdir -p "$preds"
  for c in $CANDIDATES; do
    case "$c" in
      factsift) $NICE "$PY" "$here/run_factsift.py" "$FACTSIFT" "$pages" "$data/runs/$set" "$preds/factsift.jsonl" ;;
      trafilatura) $NICE "$PY" "$here/run_trafilatura.py" "$pages" "$preds/trafilatura.jsonl" --no-comments ;;
      trafilatura_default) $NICE "$PY" "$here/run_trafilatura.py" "$pages" "$preds/trafilatura_default.jsonl" ;;
      smoothie_factsift)
        mkdir -p "$data/html-preds/$set"
        $NICE "$peers" dom_smoothie_html "$pages" "$data/html-preds/$set/dom_smoothie_html.jsonl"
        $NICE "$PY" "$here/run_factsift.py" "$FACTSIFT" "$pages" "$data/runs/$set-smoothie" "$preds/smoothie_factsift.jsonl" \
          --html-from "$data/html-preds/$set/dom_smoothie_html.jsonl" ;;
      *) $NICE "$peers" "$c" "$pages" "$preds/$c.jsonl" ;;
    esac
  done
  echo "## $set"
  "$PY" "$here/score.py" "$data/sets/$set/gold.jsonl" "$preds"/*.jsonl --per-page "$data/scores/$set" --markdown
done
