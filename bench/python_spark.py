"""make bench: factsift.extract and factsift.spark.extract (local[2]) beside
`factsift run` on the same documents, words per second (model load included
in both; the Spark session's start is not).

usage: python bench/python_spark.py FEED.jsonl [--spark]
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import factsift

REPO = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("FACTSIFT_BENCH_ROUNDS", "2"))


def words(records) -> int:
    return sum(len(r["text"].split()) for r in records)


def cli(feed: Path, jobs: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        subprocess.run([str(REPO / "target/release/factsift"), "run", str(feed), "--out", out,
                        "--quiet", "--jobs", str(jobs)], check=True)
        return time.perf_counter() - t


def in_process(records, jobs: int) -> float:
    t = time.perf_counter()
    tables = factsift.extract(records, jobs=jobs)
    assert tables["documents"].height > 0
    return time.perf_counter() - t


def spark_local(feed: Path) -> float:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    import factsift.spark

    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.read.json(str(feed)).repartition(2).cache()
    df.count()
    t = time.perf_counter()
    tables = factsift.spark.extract(df, jobs=1)
    for table in tables.values():
        table.count()
    elapsed = time.perf_counter() - t
    spark.stop()
    return elapsed


def line(name: str, n_words: int, seconds: float) -> float:
    rate = n_words / seconds
    print(f"   {name:<34} {rate:9.0f} words/s  ({n_words} words in {seconds:.2f} s)")
    return rate


def main() -> None:
    feed = Path(sys.argv[1])
    records = [json.loads(l) for l in feed.open(encoding="utf-8") if l.strip()]
    n = words(records)
    for jobs in (1, 2):
        # interleaved, best of ROUNDS: a busy machine moves single runs by 10%
        times = [(cli(feed, jobs), in_process(records, jobs)) for _ in range(ROUNDS)]
        c = line(f"factsift run --jobs {jobs}", n, min(t[0] for t in times))
        p = line(f"factsift.extract(jobs={jobs})", n, min(t[1] for t in times))
        print(f"   ratio extract/CLI, {jobs} job(s), best of {ROUNDS}: {p / c:.2f}")
    if "--spark" in sys.argv:
        c = line("factsift run --jobs 2", n, cli(feed, 2))
        s = line("factsift.spark.extract, local[2]", n, spark_local(feed))
        print(f"   ratio Spark local[2]/CLI --jobs 2: {s / c:.2f}")


if __name__ == "__main__":
    main()
