#!/usr/bin/env python3
"""Explain a candidate's losses: which lines it kept that the gold lacks, and why.

A predicted line is "extra" when under half of its shingles occur in the gold
text; a gold line is "missed" when under half of its shingles occur in the
prediction (shingles as in score.py). Extra lines are tagged with the failure
patterns of factsift's ingest issue (regular expressions below, first match wins,
"other" when none). Prints, over the whole set, how many pages keep each pattern
and its share of all extra shingles, then the N worst pages (by F1) with a
verdict and their extra/missed lines.

Usage: diagnose.py GOLD.jsonl PRED.jsonl [--worst N] [--lines K]
"""

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from score import load_jsonl, prf, shingles

PATTERNS = [
    ("url_line", r"^\s*(https?://|www\.)\S+\s*$"),
    ("glued_hover_card", r"\b([A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+)\1"),
    ("image_n_of_n", r"\b(image|photo|slide|picture)\s*\d+\s*(of|/)\s*\d+\b|^\s*\d+\s*(of|/)\s*\d+\s*$"),
    ("advertisement", r"^\s*(advertisement|advertising|sponsored( content)?|ad|anzeige|publicidad)\s*$"),
    ("continue_reading", r"\b(continue reading|read more|read the full|keep reading|show more|load more)\b"),
    ("affiliate_disclaimer", r"\b(affiliate|commission|we may earn|disclosure|paid partnership|independently selected)\b"),
    ("newsletter", r"\b(newsletter|subscribe|sign up|inbox|unsubscribe)\b"),
    ("share_prompt", r"\b(share (this|on|via)|share$|tweet|facebook|twitter|pinterest|whatsapp|linkedin|copy link|email this|print this)\b"),
    ("photo_credit", r"\b(getty images|photo( by|:)|image( by|:)|credit:|courtesy of|ap photo|reuters|shutterstock|istock|©)\b"),
    ("update_stamp", r"\b(updated|published|posted|last modified|min(ute)?s? read)\b"),
    ("byline", r"^\s*(by|written by|author:?|von|por)\s+[A-Z]"),
    ("comments", r"\b(comments?|reply|replies|wrote:|says:|said on|log in to|leave a)\b"),
    ("related_teaser", r"\b(related|recommended|you may also|more from|more stories|popular|trending|most read|see also|also read)\b"),
    ("cookie_consent", r"\b(cookies?|consent|privacy policy|terms of (use|service))\b"),
]
COMPILED = [(name, re.compile(rx, re.IGNORECASE if name not in ("glued_hover_card", "byline") else 0)) for name, rx in PATTERNS]


def tag(line: str) -> str:
    """The first failure pattern the line matches, else "other"."""
    for name, rx in COMPILED:
        if rx.search(line):
            return name
    return "other"


def split_lines(text: str) -> list[str]:
    return [l.strip() for l in (text or "").splitlines() if l.strip()]


def uncovered(lines: list[str], other: str) -> list[tuple[str, int]]:
    """Lines of which under half the shingles occur in `other`, with their shingle counts."""
    bag = shingles(other)
    out = []
    for line in lines:
        own = shingles(line)
        n = sum(own.values())
        if n and sum((own & bag).values()) < n / 2:
            out.append((line, n))
    return out


def verdict(p: float, r: float, pred: str) -> str:
    """A one-phrase reading of the page's scores."""
    if not pred.strip():
        return "text lost entirely (empty)"
    if r < 0.2:
        return "wrong block chosen (article missed)"
    if r < 0.7 and p >= 0.7:
        return "part of the body dropped"
    if p < 0.7 and r >= 0.7:
        return "boilerplate kept"
    return "both: body partly missed and boilerplate kept" if r < 0.7 else "minor"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--lines", type=int, default=6)
    args = ap.parse_args()
    gold, preds = load_jsonl(args.gold), load_jsonl(args.pred)
    pages_with, shingles_by = Counter(), Counter()
    scored = []
    extras = defaultdict(list)
    for pid, g in gold.items():
        if not g.get("text"):
            continue
        text = (preds.get(pid) or {}).get("text") or ""
        p, r, f = prf(text, g["text"])
        scored.append((f, p, r, pid))
        for line, n in uncovered(split_lines(text), g["text"]):
            t = tag(line)
            extras[pid].append((t, line))
            shingles_by[t] += n
        for t in {t for t, _ in extras[pid]}:
            pages_with[t] += 1
    total = max(1, sum(shingles_by.values()))
    print(f"extra lines by pattern over {len(scored)} pages (pages keeping it, share of extra shingles):")
    for t, _ in sorted(shingles_by.items(), key=lambda kv: -kv[1]):
        print(f"  {t:<22} {pages_with[t]:>4} pages  {shingles_by[t] / total:6.1%}")
    verdicts = Counter(verdict(p, r, (preds.get(pid) or {}).get("text") or "") for f, p, r, pid in scored if f < 0.5)
    print("pages with F1 < 0.5 by verdict:", dict(verdicts))
    for f, p, r, pid in sorted(scored)[: args.worst]:
        g, text = gold[pid], (preds.get(pid) or {}).get("text") or ""
        print(f"\n== {pid} F1 {f:.3f} P {p:.3f} R {r:.3f}  {g.get('url')}")
        print(f"   verdict: {verdict(p, r, text)}; error: {(preds.get(pid) or {}).get('error')}")
        for t, line in extras[pid][: args.lines]:
            print(f"   + [{t}] {line[:150]}")
        for line, _ in uncovered(split_lines(g['text']), text)[: max(2, args.lines // 2)]:
            print(f"   - {line[:150]}")


if __name__ == "__main__":
    main()
