#!/usr/bin/env python3
"""The entities stage's model run through Python onnxruntime, for `make bench`.

Runs the same model folder (model.onnx, tokenizer.json, config.json) over the
same documents as the Rust stage: each document is tokenized, cut into
windows of at most MAX_TOKENS tokens (no overlap, which makes this side's work
slightly smaller), windows are sorted by length and run in batches of
BATCH rows with dynamic padding, on THREADS intra-op threads. Prints one JSON
line: documents, tokens, seconds, tokens_per_s, docs_per_s.

Usage: bench/ner_python.py MODEL_DIR INPUT [--threads N] [--repeat R]
INPUT is a .jsonl file with one object per line with a "text" field, or any
other text file, taken as one document. With --repeat the documents are run
R times (after one untimed warm-up pass over the first document).

The first run creates its own virtual environment under .cache/bench-venv with
onnxruntime==1.32.0 (the version the Rust side loads) and tokenizers, then
re-executes itself there.
"""

import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".cache", "bench-venv")
PACKAGES = ["onnxruntime==1.32.0", "tokenizers", "numpy"]
MAX_TOKENS = 128
BATCH = 32


def ensure_venv():
    """Re-runs this script inside the bench virtual environment."""
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", *PACKAGES], check=True)
    os.execv(python, [python, *sys.argv])


def main():
    ensure_venv()
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    args = sys.argv[1:]
    threads = 2
    if "--threads" in args:
        i = args.index("--threads")
        threads = int(args[i + 1])
        del args[i : i + 2]
    repeat = 1
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i : i + 2]
    model_dir, corpus = args
    texts = []
    with open(corpus, encoding="utf-8") as f:
        if corpus.endswith(".jsonl"):
            for line in f:
                if line.strip():
                    texts.append(json.loads(line)["text"])
        else:
            texts.append(f.read())
    texts = texts * repeat

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    if os.environ.get("NER_NO_SPIN"):
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(
        os.path.join(model_dir, "model.onnx"), options, providers=["CPUExecutionProvider"]
    )
    names = {i.name for i in session.get_inputs()}
    tokenizer = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    probe = tokenizer.encode("a")
    inner = [i for i, m in enumerate(probe.special_tokens_mask) if m == 0]
    prefix = probe.ids[: inner[0]]
    suffix = probe.ids[inner[-1] + 1 :]

    warm = tokenizer.encode(texts[0][:2000] or "warm up", add_special_tokens=True).ids[:MAX_TOKENS]
    warm_ids = np.array([warm], dtype=np.int64)
    warm_feed = {"input_ids": warm_ids, "attention_mask": np.ones_like(warm_ids)}
    if "token_type_ids" in names:
        warm_feed["token_type_ids"] = np.zeros_like(warm_ids)
    session.run(None, warm_feed)

    start = time.perf_counter()
    windows = []
    for enc in tokenizer.encode_batch(texts, add_special_tokens=False):
        ids = enc.ids
        for s in range(0, len(ids), MAX_TOKENS):
            windows.append(prefix + ids[s : s + MAX_TOKENS] + suffix)
    windows.sort(key=len)
    tokens = 0
    labels = 0
    for b in range(0, len(windows), BATCH):
        rows = windows[b : b + BATCH]
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1
            tokens += len(r) - len(prefix) - len(suffix)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in names:
            feed["token_type_ids"] = np.zeros_like(ids)
        logits = session.run(None, feed)[0]
        labels += int((logits.argmax(-1) * mask > 0).sum())
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "engine": "python onnxruntime " + ort.__version__,
                "documents": len(texts),
                "tokens": tokens,
                "windows": len(windows),
                "entity_tokens": labels,
                "threads": threads,
                "seconds": round(seconds, 3),
                "tokens_per_s": round(tokens / seconds, 1),
                "docs_per_s": round(len(texts) / seconds, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
