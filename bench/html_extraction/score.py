#!/usr/bin/env python3
"""Score extracted main text against a set's gold.

Full-text metric (pages whose gold has text):
  * normalise: Unicode NFKC, lowercase;
  * tokens: the maximal runs of Unicode word characters (Python `re.findall(r"\\w+")`),
    so punctuation and whitespace never count and "DoeJane" stays one (wrong) token;
  * shingles: the bag (multiset) of overlapping 4-token windows; a text of 1-3 tokens
    is one shingle of all its tokens; an empty text has none;
  * per page: tp = size of the multiset intersection, P = tp/|pred|, R = tp/|gold|,
    F1 = 2PR/(P+R); an empty prediction scores P = R = F1 = 0 (an "F1=0 page");
  * the set's P, R, F1 are the means of the per-page values (macro); "±" is the
    standard deviation of the mean F1 over 1000 bootstrap resamples of pages (seed 0).

Snippet metric (every page with snippets; trafilatura's evaldata style):
  whitespace collapsed and NFKC on both sides, case kept, plain substring test;
  a "with" snippet found is a TP (else FN), a "without" snippet found is an FP
  (else TN); P = TP/(TP+FP), R = TP/(TP+FN), F1, accuracy = (TP+TN)/all.

Usage: score.py GOLD.jsonl PRED.jsonl [PRED.jsonl ...] [--per-page OUT.tsv] [--markdown]
PRED.jsonl: {"id", "text", "ms" (optional), "error" (optional)} a line.
"""

import argparse
import json
import random
import re
import statistics
import unicodedata
from collections import Counter
from pathlib import Path

SHINGLE = 4
WORD = re.compile(r"\w+")
SPACE = re.compile(r"\s+")


def tokens(text: str) -> list[str]:
    """Lowercased word tokens of the NFKC-normalised text."""
    return WORD.findall(unicodedata.normalize("NFKC", text or "").lower())


def shingles(text: str) -> Counter:
    """Bag of overlapping SHINGLE-token windows (one window for a short text)."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < SHINGLE:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Per-page shingle precision, recall and F1."""
    p_bag, g_bag = shingles(pred), shingles(gold)
    if not p_bag or not g_bag:
        return 0.0, 0.0, 0.0
    tp = sum((p_bag & g_bag).values())
    p = tp / sum(p_bag.values())
    r = tp / sum(g_bag.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def squash(text: str) -> str:
    """NFKC with whitespace runs collapsed to one space."""
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


def snippet_counts(pred: str, with_: list[str], without: list[str]) -> Counter:
    """TP/FN over the must-have snippets, FP/TN over the must-not-have ones."""
    text = squash(pred)
    c = Counter(tp=0, fn=0, fp=0, tn=0)
    for s in with_:
        c["tp" if squash(s) in text else "fn"] += 1
    for s in without:
        c["fp" if squash(s) in text else "tn"] += 1
    return c


def bootstrap_sd(values: list[float], rounds: int = 1000) -> float:
    """Standard deviation of the mean over bootstrap resamples."""
    if len(values) < 2:
        return 0.0
    rng = random.Random(0)
    n = len(values)
    means = [sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(rounds)]
    return statistics.pstdev(means)


def load_jsonl(path: Path) -> dict[str, dict]:
    """Records of a JSONL file keyed by id."""
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f) if r}


def score_one(gold: dict[str, dict], preds: dict[str, dict]) -> tuple[dict, list[dict]]:
    """Set-level summary and per-page rows for one candidate."""
    rows, snip, times = [], Counter(tp=0, fn=0, fp=0, tn=0), []
    for pid, g in gold.items():
        pr = preds.get(pid, {})
        text = pr.get("text") or ""
        if pr.get("ms") is not None:
            times.append(pr["ms"])
        row = {"id": pid, "error": pr.get("error") or ("missing" if not pr else "")}
        if g.get("text"):
            row["p"], row["r"], row["f1"] = prf(text, g["text"])
        c = snippet_counts(text, g.get("with", []), g.get("without", []))
        snip += c
        row.update(c)
        rows.append(row)
    full = [r for r in rows if "f1" in r]
    summary = {"pages": len(rows), "errors": sum(1 for r in rows if r["error"])}
    if full:
        f1s = [r["f1"] for r in full]
        summary.update(
            full_pages=len(full),
            f1=statistics.fmean(f1s),
            f1_sd=bootstrap_sd(f1s),
            p=statistics.fmean(r["p"] for r in full),
            r=statistics.fmean(r["r"] for r in full),
            f1_zero=sum(1 for v in f1s if v == 0.0),
            f1_below_half=sum(1 for v in f1s if v < 0.5),
        )
    tp, fp, fn, tn = snip["tp"], snip["fp"], snip["fn"], snip["tn"]
    sp = tp / (tp + fp) if tp + fp else 0.0
    sr = tp / (tp + fn) if tp + fn else 0.0
    summary.update(
        snip_p=sp,
        snip_r=sr,
        snip_f1=2 * sp * sr / (sp + sr) if sp + sr else 0.0,
        snip_acc=(tp + tn) / max(1, tp + fp + fn + tn),
        with_found=f"{tp}/{tp + fn}",
        without_found=f"{fp}/{fp + tn}",
    )
    if times:
        summary["total_s"] = sum(times) / 1000
        summary["median_ms"] = statistics.median(times)
    return summary, rows


def table(results: list[tuple[str, dict]], markdown: bool) -> str:
    """The candidates' summaries as a text or Markdown table."""
    cols = ["candidate", "F1", "±", "P", "R", "F1=0", "F1<.5", "snipF1", "with", "without", "err", "time_s"]
    lines = []
    for name, s in results:
        full = "f1" in s
        lines.append([
            name,
            f"{s['f1']:.3f}" if full else "-",
            f"{s['f1_sd']:.3f}" if full else "-",
            f"{s['p']:.3f}" if full else "-",
            f"{s['r']:.3f}" if full else "-",
            str(s["f1_zero"]) if full else "-",
            str(s["f1_below_half"]) if full else "-",
            f"{s['snip_f1']:.3f}",
            s["with_found"],
            s["without_found"],
            str(s["errors"]),
            f"{s['total_s']:.1f}" if "total_s" in s else "-",
        ])
    if markdown:
        out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        out += ["| " + " | ".join(l) + " |" for l in lines]
        return "\n".join(out)
    widths = [max(len(c), *(len(l[i]) for l in lines)) for i, c in enumerate(cols)]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    return "\n".join([fmt.format(*cols)] + [fmt.format(*l) for l in lines])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("preds", type=Path, nargs="+")
    ap.add_argument("--per-page", type=Path, help="folder for one <candidate>.tsv per candidate")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    gold = load_jsonl(args.gold)
    results = []
    for path in args.preds:
        name = path.name.removesuffix(".jsonl")
        summary, rows = score_one(gold, load_jsonl(path))
        results.append((name, summary))
        if args.per_page:
            args.per_page.mkdir(parents=True, exist_ok=True)
            with open(args.per_page / f"{name}.tsv", "w", encoding="utf-8") as f:
                keys = ["id", "f1", "p", "r", "tp", "fn", "fp", "tn", "error"]
                f.write("\t".join(keys) + "\n")
                for r in rows:
                    f.write("\t".join(f"{r[k]:.3f}" if isinstance(r.get(k), float) else str(r.get(k, "")) for k in keys) + "\n")
    print(table(results, args.markdown))


if __name__ == "__main__":
    main()
