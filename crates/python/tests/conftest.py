"""Shared fixtures: the real articles, the CLI's run over them, a Spark session.

The eval articles are read from the shared folder as the Rust tests find it
(``$FACTSIFT_SHARED``, else ``../shared`` beside the repository). When it is
absent the tests skip, unless ``FACTSIFT_REQUIRE_MODELS=1`` (CI), where the
data and the model must be there.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import factsift

REPO = Path(__file__).resolve().parents[3]
EVAL_SET = "corpora/eval/multisource_ecbplus_en/normalized.jsonl"
#: Articles the comparison runs on (enough for every table to have rows).
N_DOCS = int(os.environ.get("FACTSIFT_PY_DOCS", "300"))


def required() -> bool:
    """True where data and models must be present (CI)."""
    return os.environ.get("FACTSIFT_REQUIRE_MODELS") == "1"


def shared_dir() -> Path:
    """``$FACTSIFT_SHARED``, else ``../shared`` beside the repository."""
    env = os.environ.get("FACTSIFT_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def missing(what: str):
    if required():
        pytest.fail(f"FACTSIFT_REQUIRE_MODELS=1 but {what}")
    pytest.skip(what)


@pytest.fixture(scope="session")
def articles(tmp_path_factory):
    """The first N_DOCS eval articles as records, and a JSONL feed of them."""
    path = shared_dir() / EVAL_SET
    if not path.is_file():
        missing(f"{path} is absent")
    records = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)
            records.append({"id": raw["id"], "text": raw["text"], "url": raw.get("url"),
                            "source": raw.get("outlet")})
            if len(records) == N_DOCS:
                break
    feed = tmp_path_factory.mktemp("feed") / "articles.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return records, feed


@pytest.fixture(scope="session")
def pipeline():
    """One pipeline for the session, with the default model."""
    p = factsift.Pipeline(jobs=2)
    if p.model is None:
        missing("no NER model found (run `make deps`)")
    return p


@pytest.fixture(scope="session")
def cli_tables(articles, tmp_path_factory):
    """The tables ``factsift run`` writes for the articles, read with polars."""
    _, feed = articles
    binary = REPO / "target/release/factsift"
    if not binary.is_file():
        missing(f"{binary} is not built (make build)")
    out = tmp_path_factory.mktemp("cli")
    subprocess.run([str(binary), "run", str(feed), "--out", str(out), "--quiet", "--jobs", "2"],
                   check=True, stdout=sys.stderr)
    return {name: read_table(out / name) for name in factsift.TABLES}


def read_table(folder: Path) -> pl.DataFrame:
    """Every Parquet part of one table folder, in order, as one frame."""
    parts = sorted(folder.glob("*/*.parquet"))
    assert parts, f"no parts in {folder}"
    return pl.concat([pl.read_parquet(p) for p in parts], how="vertical")


@pytest.fixture(scope="session")
def spark():
    """A local[2] Spark session whose workers run this interpreter."""
    pyspark = pytest.importorskip("pyspark")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        pyspark.sql.SparkSession.builder.master("local[2]")
        .appName("factsift-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
