#!/usr/bin/env python3
"""Combine two candidates' outputs into a third, to score like any candidate.

Modes:
  fallback   A's text, or B's when A has fewer than --min-tokens tokens (or failed)
  longer     whichever of A and B has more tokens
  intersect  A's lines of which at least half the shingles occur in B's text
             (B as a vote for A's lines: a precision filter), or B's text when
             that leaves fewer than --min-tokens tokens (A chose the wrong block)
  oracle     per page, the one with the higher F1 against the gold (needs --gold;
             an upper bound, not a method)

Usage: combine.py MODE A.jsonl B.jsonl OUT.jsonl [--min-tokens N] [--gold GOLD.jsonl]
"ms" is the sum of both (both have to run).
"""

import argparse
import json
from pathlib import Path

from score import load_jsonl, prf, shingles, tokens


def kept_lines(a: str, b: str) -> str:
    """A's lines mostly present in B."""
    bag = shingles(b)
    out = []
    for line in a.splitlines():
        own = shingles(line)
        n = sum(own.values())
        if n and sum((own & bag).values()) >= n / 2:
            out.append(line)
    return "\n".join(out)


def choose(mode: str, a: str, b: str, min_tokens: int, gold: str | None) -> str:
    if mode == "fallback":
        return a if len(tokens(a)) >= min_tokens else b
    if mode == "longer":
        return a if len(tokens(a)) >= len(tokens(b)) else b
    if mode == "intersect":
        both = kept_lines(a, b)
        return both if len(tokens(both)) >= min_tokens else b
    if mode == "oracle":
        return a if prf(a, gold or "")[2] >= prf(b, gold or "")[2] else b
    raise SystemExit(f"unknown mode {mode}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["fallback", "longer", "intersect", "oracle"])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--min-tokens", type=int, default=50)
    ap.add_argument("--gold", type=Path)
    args = ap.parse_args()
    a, b = load_jsonl(args.a), load_jsonl(args.b)
    gold = load_jsonl(args.gold) if args.gold else {}
    with open(args.out, "w", encoding="utf-8") as out:
        for pid in sorted(set(a) | set(b)):
            ra, rb = a.get(pid, {}), b.get(pid, {})
            text = choose(args.mode, ra.get("text") or "", rb.get("text") or "", args.min_tokens, (gold.get(pid) or {}).get("text"))
            ms = (ra.get("ms") or 0) + (rb.get("ms") or 0)
            out.write(json.dumps({"id": pid, "text": text, "ms": ms, "error": None}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
