"""The peer for the compare benchmark: the core of `statistics` in Python
polars over the same hive-partitioned run: comparable quantities joined to
their documents' sources, distinct readings counted per (subject, measured,
period, unit, source, value, qualifier), and the per-group spread.

usage: compare_peer.py RUN_DIR   (prints JSON: seconds, groups)
"""
import json
import sys
import time

import polars as pl

run = sys.argv[1]
t = time.perf_counter()
q = pl.scan_parquet(f"{run}/quantities/**/*.parquet", hive_partitioning=True)
d = pl.scan_parquet(f"{run}/documents/**/*.parquet", hive_partitioning=True).select("doc_id", "source")
readings = (
    q.filter(pl.col("value").is_not_null() & ~pl.col("kind").is_in(["date", "ordinal"]))
    .join(d, on="doc_id")
    .with_columns(pl.col("measured").str.to_lowercase())
    .group_by(["subject_key", "kind", "unit", "measured", "period", "source", "value", "qualifier"])
    .agg(pl.len().alias("mentions"), pl.col("text").first(), pl.col("doc_id").first())
)
groups = (
    readings.group_by(["subject_key", "kind", "unit", "measured", "period"])
    .agg(pl.col("source").n_unique().alias("n_sources"),
         ((pl.col("value").max() - pl.col("value").min()) / pl.col("value").abs().max()).alias("spread"))
    .collect()
)
print(json.dumps({"engine": "python-polars " + pl.__version__, "seconds": time.perf_counter() - t,
                  "groups": groups.height}))
