"""factsift on Spark: the pipeline on the executors, through Arrow batches.

``extract(df)`` runs one :class:`factsift.Pipeline` per Python worker
(loaded on the worker's first task, kept while Spark reuses the worker)
over ``mapInArrow`` batches, and returns one Spark DataFrame per table of
the dataset contract, with schemas declared from the contract.
"""

from __future__ import annotations

from typing import Optional

import pyarrow as pa

from . import Pipeline, TABLES, contract, json_line
from . import _factsift

__all__ = ["extract", "spark_schema", "arrow_schema"]

#: The record fields read from the input, besides the text.
FIELDS = ("id", "source", "url", "title", "published")

#: The `entities` columns the `aliases` table is counted from.
ENTITY_COLUMNS = ["entity_key", "canonical_name", "label", "text"]

_RAW_SCHEMA = "table string, data binary"

# One pipeline per worker process and configuration.
_PIPELINES: dict = {}


def spark_schema(table: str):
    """The Spark schema (``StructType``) of one table of the contract."""
    from pyspark.sql import types as T

    kinds = {
        "str": T.StringType(),
        "i32": T.IntegerType(),
        "i64": T.LongType(),
        "f64": T.DoubleType(),
        "bool": T.BooleanType(),
        "date": T.DateType(),
        "list[str]": T.ArrayType(T.StringType()),
    }
    return T.StructType(
        [T.StructField(c, kinds[t], nullable) for c, t, nullable in contract()[table]]
    )


def arrow_schema(table: str, large_strings: bool = False) -> pa.Schema:
    """The Arrow schema of one table as Spark's ``mapInArrow`` takes it."""
    string = pa.large_string() if large_strings else pa.string()
    kinds = {
        "str": string,
        "i32": pa.int32(),
        "i64": pa.int64(),
        "f64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "list[str]": pa.list_(string),
    }
    return pa.schema([pa.field(c, kinds[t]) for c, t, _ in contract()[table]])


def extract(
    df,
    text_col: str = "text",
    id_col: str = "id",
    *,
    source_col: str = "source",
    url_col: str = "url",
    title_col: str = "title",
    published_col: str = "published",
    model: str = "auto",
    language: Optional[str] = None,
    jobs: int = 1,
    batch_size: int = 256,
    ort_lib: Optional[str] = None,
    persist: bool = True,
) -> dict:
    """Runs the pipeline over the articles of the Spark DataFrame ``df`` and
    returns ``{table: DataFrame}`` for every table of the contract.

    Columns that are absent (other than the text) are left out of the
    records. ``model``, ``language`` and ``ort_lib`` are resolved on the
    executors (paths there: ship the model folder and the ONNX Runtime
    library with the job, or install them at the same path on every node);
    ``jobs`` is the inference threads per worker (Spark runs one worker per
    core). With ``persist`` the extraction result is cached, so that the
    tables read it once; without it each table recomputes it. A text
    repeated in two partitions is processed in both (the CLI keeps the
    first); within a batch it is counted once, as in the CLI.
    """
    wanted = {"text": text_col, "id": id_col, "source": source_col, "url": url_col,
              "title": title_col, "published": published_col}
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in {df.columns}")
    cols = [df[c].alias(field) for field, c in wanted.items() if c in df.columns]
    config = (str(model), language, int(jobs), int(batch_size), ort_lib)
    raw = df.select(*cols).mapInArrow(_extractor(config), _RAW_SCHEMA)
    if persist:
        from pyspark import StorageLevel

        raw = raw.persist(StorageLevel.MEMORY_AND_DISK)
    large = _large_strings(df.sparkSession)
    tables = {}
    for name in TABLES:
        if name == "aliases":
            continue
        rows = raw.filter(raw["table"] == name)
        tables[name] = rows.mapInArrow(_decoder(name, large), spark_schema(name))
    entities = tables["entities"].select(*ENTITY_COLUMNS).coalesce(1)
    tables["aliases"] = entities.mapInArrow(_aliases(large), spark_schema("aliases"))
    return {name: tables[name] for name in TABLES}


def _large_strings(spark) -> bool:
    value = spark.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false")
    return str(value).lower() == "true"


def _worker_pipeline(config: tuple) -> Pipeline:
    """The worker's pipeline for ``config``, loaded on first use."""
    if config not in _PIPELINES:
        model, language, jobs, batch_size, ort_lib = config
        _PIPELINES[config] = Pipeline(
            model, language=language, jobs=jobs, batch_size=batch_size, ort_lib=ort_lib
        )
    return _PIPELINES[config]


def _extractor(config: tuple):
    """The ``mapInArrow`` function of the extraction: each Arrow batch of
    records becomes one ``(table, Arrow IPC file)`` row per table."""

    def run(batches):
        from pyspark import TaskContext

        pipeline = _worker_pipeline(config)
        context = TaskContext.get()
        origin = f"partition-{context.partitionId() if context else 0}"
        first = 1
        for batch in batches:
            # a null text is the CLI's errors row, not a failed job
            lines = [json_line(r) for r in batch.to_pylist()]
            frames = pipeline._inner.extract_json(lines, origin, first)
            first += len(lines)
            names = [name for name, _ in frames if name != "aliases"]
            data = [data for name, data in frames if name != "aliases"]
            yield pa.RecordBatch.from_arrays(
                [pa.array(names, pa.string()), pa.array(data, pa.binary())],
                names=["table", "data"],
            )

    return run


def _decoder(table: str, large_strings: bool):
    """The ``mapInArrow`` function that turns one table's IPC files back
    into Arrow batches of its schema."""
    schema = arrow_schema(table, large_strings)

    def run(batches):
        import polars as pl

        for batch in batches:
            for data in batch.column("data").to_pylist():
                frame = pl.read_ipc(data).to_arrow().cast(schema)
                yield from frame.to_batches()

    return run


def _aliases(large_strings: bool):
    """The ``mapInArrow`` function that counts the `aliases` table from all
    the `entities` rows (run on one partition, as the CLI counts them over
    the whole run)."""
    schema = arrow_schema("aliases", large_strings)

    def run(batches):
        import polars as pl

        parts = []
        for batch in batches:
            sink = pa.BufferOutputStream()
            with pa.ipc.new_file(sink, batch.schema) as writer:
                writer.write_batch(batch)
            parts.append(sink.getvalue().to_pybytes())
        data = _factsift.aliases_from_entities(parts)
        yield from pl.read_ipc(data).to_arrow().cast(schema).to_batches()

    return run
