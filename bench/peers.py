"""Peer measurements for `make bench`: pySBD on the same text as factsift.

Usage: peers.py pysbd FILE  -> prints JSON {bytes, seconds, mb_per_s, units}
"""
import json
import sys
import time


def bench_pysbd(path):
    import pysbd

    text = open(path, encoding="utf-8").read()
    seg = pysbd.Segmenter(language="en", clean=False)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    seg.segment(paragraphs[0])  # warm-up
    start = time.perf_counter()
    units = 0
    for p in paragraphs:
        units += len(seg.segment(p))
    secs = time.perf_counter() - start
    size = len(text.encode("utf-8"))
    return {"peer": "pysbd", "bytes": size, "seconds": secs, "mb_per_s": size / 1e6 / secs, "units": units}


if __name__ == "__main__":
    which, path = sys.argv[1], sys.argv[2]
    if which == "pysbd":
        print(json.dumps(bench_pysbd(path)))
    else:
        sys.exit(f"unknown peer {which}")
