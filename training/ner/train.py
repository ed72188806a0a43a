"""Fine-tunes the encoder for token classification on the prepared windows.

Usage (see build.py, which `make model` runs): the functions here are called
with the prepared examples; nothing is read from disk but the base encoder.
"""

import math
import random
import time

import torch

from data import LABELS, SHAPES


def build_model(base_dir):
    """BertForTokenClassification on the base encoder, with SHAPES token types.

    The base has two token-type rows; every shape row starts as a copy of row
    0, so the untrained model behaves like the base.
    """
    from transformers import BertForTokenClassification

    model = BertForTokenClassification.from_pretrained(
        base_dir,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={l: i for i, l in enumerate(LABELS)},
    )
    emb = model.bert.embeddings.token_type_embeddings
    rows = torch.nn.Embedding(SHAPES, emb.embedding_dim)
    with torch.no_grad():
        rows.weight.copy_(emb.weight[0:1].expand(SHAPES, -1))
    model.bert.embeddings.token_type_embeddings = rows
    model.config.type_vocab_size = SHAPES
    return model


def batches(examples, batch_tokens, shuffle, rng):
    """Length-bucketed batches of at most `batch_tokens` padded tokens."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["input_ids"]))
    out, cur, longest = [], [], 0
    for i in order:
        n = len(examples[i]["input_ids"])
        if cur and max(longest, n) * (len(cur) + 1) > batch_tokens:
            out.append(cur)
            cur, longest = [], 0
        cur.append(i)
        longest = max(longest, n)
    if cur:
        out.append(cur)
    if shuffle:
        rng.shuffle(out)
    return out


def collate(examples, idx):
    n = max(len(examples[i]["input_ids"]) for i in idx)
    ids = torch.zeros((len(idx), n), dtype=torch.long)
    types = torch.zeros((len(idx), n), dtype=torch.long)
    mask = torch.zeros((len(idx), n), dtype=torch.long)
    labels = torch.full((len(idx), n), -100, dtype=torch.long)
    for r, i in enumerate(idx):
        e = examples[i]
        k = len(e["input_ids"])
        ids[r, :k] = torch.tensor(e["input_ids"])
        types[r, :k] = torch.tensor(e["token_type_ids"])
        mask[r, :k] = 1
        labels[r, :k] = torch.tensor(e["labels"])
    return ids, types, mask, labels


def train(model, examples, epochs, lr, batch_tokens, seed, log, max_steps=None, on_epoch=None):
    """AdamW with linear warm-up (10%) and linear decay."""
    rng = random.Random(seed)
    torch.manual_seed(seed)
    steps_per_epoch = len(batches(examples, batch_tokens, False, rng))
    total = steps_per_epoch * epochs
    warmup = max(1, total // 10)
    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: s / warmup if s < warmup else max(0.0, (total - s) / max(1, total - warmup))
    )
    step, t0 = 0, time.time()
    for epoch in range(epochs):
        model.train()
        running = 0.0
        for b, idx in enumerate(batches(examples, batch_tokens, True, rng)):
            ids, types, mask, labels = collate(examples, idx)
            out = model(input_ids=ids, token_type_ids=types, attention_mask=mask, labels=labels)
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            running += out.loss.item()
            if step % 50 == 0:
                log(f"epoch {epoch + 1} step {step}/{total} loss {running / (b + 1):.4f} {time.time() - t0:.0f}s")
            if max_steps and step >= max_steps:
                return
        if on_epoch:
            on_epoch(epoch + 1)


@torch.no_grad()
def predict(model, examples, batch_tokens=8192):
    """Predicted label ids per example (one per token, specials included)."""
    model.eval()
    preds = [None] * len(examples)
    for idx in batches(examples, batch_tokens, False, random.Random(0)):
        ids, types, mask, _ = collate(examples, idx)
        logits = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits
        best = logits.argmax(-1)
        for r, i in enumerate(idx):
            preds[i] = best[r, : len(examples[i]["input_ids"])].tolist()
    return preds
