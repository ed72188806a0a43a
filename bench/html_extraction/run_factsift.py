#!/usr/bin/env python3
"""Run factsift's HTML ingest over a set's pages and read documents.text back.

Runs `FACTSIFT run PAGES_DIR --out RUN_DIR --model none --force --quiet` (the whole
rule-based pipeline: the time reported is the run's wall time shared evenly over
its documents, not the extractor alone), then reads RUN_DIR/documents/**/*.parquet
with pyarrow and writes one JSON line per page ({"id": file stem, "text", "ms",
"error"}); pages that became `errors` rows or no document get their message.

Usage: run_factsift.py FACTSIFT_BINARY PAGES_DIR RUN_DIR OUT.jsonl
"""

import argparse
import json
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq


def read_table(run_dir: Path, table: str) -> list[dict]:
    """Every row of one output table (all shards and parts)."""
    rows = []
    for part in sorted((run_dir / table).glob("**/*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("factsift", type=Path)
    ap.add_argument("pages", type=Path)
    ap.add_argument("run_dir", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    cmd = [str(args.factsift), "run", str(args.pages), "--out", str(args.run_dir), "--model", "none", "--force", "--quiet"]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"factsift failed ({done.returncode}): {done.stderr[-2000:]}")
    texts = {Path(r["external_id"]).stem: r["text"] for r in read_table(args.run_dir, "documents")}
    errors = {Path(str(r.get("path") or r.get("doc_id"))).stem: r.get("message") for r in read_table(args.run_dir, "errors")}
    pages = sorted(args.pages.glob("*.html"))
    per_page_ms = wall * 1000 / max(1, len(pages))
    with open(args.out, "w", encoding="utf-8") as out:
        for page in pages:
            text = texts.get(page.stem)
            error = None if text is not None else (errors.get(page.stem) or "no document")
            out.write(json.dumps({"id": page.stem, "text": text or "", "ms": per_page_ms, "error": error}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} documents, {len(errors)} errors, {wall:.1f} s")


if __name__ == "__main__":
    main()
