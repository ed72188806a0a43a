#!/usr/bin/env python3
"""Run trafilatura (PyPI) over a set's pages; one JSON line per page.

Usage: run_trafilatura.py PAGES_DIR OUT.jsonl [--no-comments] [--precision|--recall]
The page bytes are passed as they are (trafilatura does its own decoding); no URL.
"""

import argparse
import json
import time
from pathlib import Path

import trafilatura


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--no-comments", action="store_true", help="include_comments=False")
    focus = ap.add_mutually_exclusive_group()
    focus.add_argument("--precision", action="store_true", help="favor_precision=True")
    focus.add_argument("--recall", action="store_true", help="favor_recall=True")
    args = ap.parse_args()
    opts = dict(
        include_comments=not args.no_comments,
        favor_precision=args.precision,
        favor_recall=args.recall,
    )
    with open(args.out, "w", encoding="utf-8") as out:
        for page in sorted(args.pages.glob("*.html")):
            data = page.read_bytes()
            t0 = time.perf_counter()
            error = None
            try:
                text = trafilatura.extract(data, **opts) or ""
            except Exception as exc:  # a crash on one page is a result, not the end
                text, error = "", f"{type(exc).__name__}: {exc}"
            ms = (time.perf_counter() - t0) * 1000
            out.write(json.dumps({"id": page.stem, "text": text, "ms": ms, "error": error}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
