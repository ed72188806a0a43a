#!/usr/bin/env python3
"""Run factsift's HTML ingest over a set's pages and read documents.text back.

Runs `FACTSIFT run PAGES_DIR --out RUN_DIR --model none --force --quiet` (the whole
rule-based pipeline: the time reported is the run's wall time shared evenly over
its documents, not the extractor alone), then reads RUN_DIR/documents/**/*.parquet
with pyarrow and writes one JSON line per page ({"id": file stem, "text", "ms",
"error"}); pages that became `errors` rows get their message. A page whose text
duplicates another page's is skipped by factsift's content-hash dedup (manifest
`skipped_duplicates`); such pages are rerun one by one so each gets its own text.

Usage: run_factsift.py FACTSIFT_BINARY PAGES_DIR RUN_DIR OUT.jsonl [--html-from PRED.jsonl]
--html-from: instead of the pages, give factsift another extractor's cleaned HTML (the
"text" of each PRED record, e.g. dom_smoothie_html), written to RUN_DIR-pages/<id>.html
inside one <main> (so factsift's container choice takes all of it); this measures that
extractor's block choice and cleaning followed by factsift's own text walk.
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


def run(factsift: Path, inputs: Path, run_dir: Path) -> float:
    """One `factsift run` without NER; returns its wall time in seconds."""
    cmd = [str(factsift), "run", str(inputs), "--out", str(run_dir), "--model", "none", "--force", "--quiet"]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"factsift failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - t0


def texts_and_errors(run_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """documents.text and errors.message of a run, keyed by the input's file stem."""
    texts = {Path(r["external_id"]).stem: r["text"] for r in read_table(run_dir, "documents")}
    errors = {Path(str(r.get("path") or r.get("doc_id"))).stem: r.get("message") for r in read_table(run_dir, "errors")}
    return texts, errors


def write_pages(pred: Path, folder: Path) -> Path:
    """One <id>.html per record of a predictions file (empty records get an empty page)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.html"):
        old.unlink()
    with open(pred, encoding="utf-8") as f:
        for record in map(json.loads, f):
            html = record.get("text") or ""
            (folder / f"{record['id']}.html").write_text(f"<html><body><main>{html}</main></body></html>", encoding="utf-8")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("factsift", type=Path)
    ap.add_argument("pages", type=Path)
    ap.add_argument("run_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--html-from", type=Path)
    args = ap.parse_args()
    if args.html_from:
        args.pages = write_pages(args.html_from, args.run_dir.parent / (args.run_dir.name + "-pages"))
    wall = run(args.factsift, args.pages, args.run_dir)
    texts, errors = texts_and_errors(args.run_dir)
    pages = sorted(args.pages.glob("*.html"))
    deduplicated = [p for p in pages if p.stem not in texts and p.stem not in errors]
    for page in deduplicated:
        single = args.run_dir.parent / (args.run_dir.name + "-single")
        run(args.factsift, page, single)
        one_text, one_error = texts_and_errors(single)
        texts.update(one_text)
        errors.update(one_error)
    per_page_ms = wall * 1000 / max(1, len(pages))
    with open(args.out, "w", encoding="utf-8") as out:
        for page in pages:
            text = texts.get(page.stem)
            error = None if text is not None else (errors.get(page.stem) or "no document")
            out.write(json.dumps({"id": page.stem, "text": text or "", "ms": per_page_ms, "error": error}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} documents ({len(deduplicated)} rerun alone after dedup), {len(errors)} errors, {wall:.1f} s")


if __name__ == "__main__":
    main()
