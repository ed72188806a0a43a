#!/usr/bin/env python3
"""Build the public HTML main-content dev sets from local checkouts.

Each set becomes DATA/sets/<name>/pages/<id>.html (the page bytes exactly as
published) plus DATA/sets/<name>/gold.jsonl, one JSON object a line:
{"id", "url", "text" (gold main text, may be null), "with" [snippets that must
appear], "without" [snippets that must not appear], "source" (original file)}.

Sets:
  wcxb-dev-article   WCXB dev split, pages typed "article" (full gold text + snippets)
  wcxb-test-article  WCXB test split, pages typed "article", minus the pages whose URL is
                     also in the dev split (79 of 257 are: same id, same HTML) - kept for a
                     final check
  traf-snippets      trafilatura tests/evaldata.json (snippets only, no full text)

Usage: prepare.py --wcxb WCXB_CHECKOUT --trafilatura TRAFILATURA_CHECKOUT --data DATA
"""

import argparse
import gzip
import json
from pathlib import Path


def write_set(root: Path, name: str, records: list[tuple[dict, bytes]]) -> None:
    """Writes the pages and gold file of one set, replacing an older copy."""
    pages = root / "sets" / name / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for old in pages.glob("*.html"):
        old.unlink()
    with open(root / "sets" / name / "gold.jsonl", "w", encoding="utf-8") as gold:
        for record, html in records:
            (pages / f"{record['id']}.html").write_bytes(html)
            gold.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{name}: {len(records)} pages")


def page_type(doc: dict) -> str:
    """The WCXB page type ("article", "forum"...), read like WCXB's own evaluator."""
    kind = ((doc.get("_internal") or {}).get("page_type") or {})
    kind = kind.get("primary", "article") if isinstance(kind, dict) else kind
    return "collection" if kind == "category" else kind


def split_urls(checkout: Path, split: str) -> set[str]:
    """The URLs of every page of a WCXB split, whatever its type."""
    return {
        json.loads(p.read_text(encoding="utf-8")).get("url")
        for p in (checkout / split / "ground-truth").glob("*.json")
    }


def wcxb_records(
    checkout: Path, split: str, only_type: str | None, exclude_urls: set[str] = frozenset()
) -> list[tuple[dict, bytes]]:
    """Pages of one WCXB split with their gold main text and snippets."""
    out = []
    for gt_path in sorted((checkout / split / "ground-truth").glob("*.json")):
        doc = json.loads(gt_path.read_text(encoding="utf-8"))
        if (only_type and page_type(doc) != only_type) or doc.get("url") in exclude_urls:
            continue
        gt = doc.get("ground_truth") or {}
        html_path = checkout / split / "html" / f"{gt_path.stem}.html.gz"
        if not html_path.exists():
            continue
        record = {
            "id": gt_path.stem,
            "url": doc.get("url"),
            "page_type": page_type(doc),
            "text": gt.get("main_content") or "",
            "with": gt.get("with") or [],
            "without": gt.get("without") or [],
            "source": f"{split}/html/{html_path.name}",
        }
        out.append((record, gzip.decompress(html_path.read_bytes())))
    return out


def trafilatura_records(checkout: Path) -> list[tuple[dict, bytes]]:
    """trafilatura's snippet evaluation pages (tests/eval or tests/cache)."""
    evaldata = json.loads((checkout / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    out = []
    for n, (url, entry) in enumerate(evaldata.items()):
        for folder in ("eval", "cache"):
            path = checkout / "tests" / folder / entry["file"]
            if path.exists():
                break
        else:
            continue
        record = {
            "id": f"t{n:04d}",
            "url": url,
            "text": None,
            "with": entry.get("with") or [],
            "without": entry.get("without") or [],
            "source": f"tests/{folder}/{entry['file']}",
        }
        out.append((record, path.read_bytes()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wcxb", type=Path, required=True)
    ap.add_argument("--trafilatura", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True)
    args = ap.parse_args()
    write_set(args.data, "wcxb-dev-article", wcxb_records(args.wcxb, "dev", "article"))
    dev_urls = split_urls(args.wcxb, "dev")
    write_set(args.data, "wcxb-test-article", wcxb_records(args.wcxb, "test", "article", dev_urls))
    write_set(args.data, "traf-snippets", trafilatura_records(args.trafilatura))


if __name__ == "__main__":
    main()
