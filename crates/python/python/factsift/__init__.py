"""factsift in Python: the same pipeline as ``factsift run``, in-process.

``extract(records)`` returns one polars DataFrame per table of the dataset
contract (documents, sentences, entities, quantities, claims, aliases,
errors), with the schema and rows the CLI writes for the same documents.
``Pipeline`` keeps the model loaded across calls. ``factsift.spark`` runs it
on Spark executors.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Union

import polars as pl

from . import _factsift

__all__ = ["Pipeline", "extract", "TABLES", "SCHEMA_VERSION", "contract"]
__version__ = _factsift.__version__

#: Version of the dataset contract the tables follow.
SCHEMA_VERSION: int = _factsift.SCHEMA_VERSION

#: The table names, in the order ``extract`` returns them.
TABLES: tuple = tuple(name for name, _ in _factsift.contract())

#: Environment variable naming the ONNX Runtime library (as for the CLI).
ORT_LIB_ENV = "FACTSIFT_ORT_LIB"
#: Environment variable naming a folder of NER models (as for the CLI).
MODELS_ENV = "FACTSIFT_MODELS"

_POLARS_TYPES = {
    "str": pl.String,
    "i32": pl.Int32,
    "i64": pl.Int64,
    "f64": pl.Float64,
    "bool": pl.Boolean,
    "date": pl.Date,
    "list[str]": pl.List(pl.String),
}


def contract() -> dict:
    """The dataset contract: ``{table: [(column, type, nullable), ...]}``,
    types named ``str``, ``i32``, ``i64``, ``f64``, ``bool``, ``date``,
    ``list[str]``."""
    return {name: list(columns) for name, columns in _factsift.contract()}


def polars_schema(table: str) -> pl.Schema:
    """The polars schema of one table of the contract."""
    return pl.Schema({c: _POLARS_TYPES[t] for c, t, _ in contract()[table]})


Records = Union[Iterable[Mapping[str, Any]], "pl.DataFrame", Any]


class Pipeline:
    """The pipeline with its model loaded once, for many ``extract`` calls.

    ``model`` is ``"auto"`` (the default model when found, chosen as
    ``factsift run --model auto`` does: ``$FACTSIFT_MODELS``, ``./models``,
    ``./.cache/models``, then the source tree the wheel was built from),
    ``"none"`` (no entities stage), a model name or a model folder.
    ``ort_lib`` is the ONNX Runtime library (else ``$FACTSIFT_ORT_LIB`` or
    the cache, as for the CLI); ``language`` an ISO code or ``None`` to
    detect per document; ``jobs`` worker threads (``None``: one per core).
    """

    def __init__(
        self,
        model: str = "auto",
        *,
        language: Optional[str] = None,
        jobs: Optional[int] = None,
        batch_size: int = 256,
        ort_lib: Optional[Union[str, os.PathLike]] = None,
    ) -> None:
        if ort_lib is not None:
            # ONNX Runtime is loaded once per process, from where this says.
            os.environ[ORT_LIB_ENV] = os.fspath(ort_lib)
        self._inner = _factsift.Pipeline(str(model), language, jobs, batch_size)

    @property
    def model(self) -> Optional[str]:
        """The NER model folder in use, ``None`` without an entities stage."""
        return self._inner.model

    def extract(self, records: Records, *, origin: str = "records") -> dict:
        """Runs the pipeline over ``records`` and returns ``{table: DataFrame}``
        for every table of the contract.

        ``records`` is an iterable of mappings (``text``, optional ``id``,
        ``source``, ``url``, ``title``, ``published``), a polars DataFrame or a
        pyarrow Table with those columns. A record the pipeline cannot read
        becomes an ``errors`` row; one that is not a mapping or has no text
        raises ``ValueError``. A record without ``id`` is named
        ``ORIGIN:N`` (N counted from 1), as the CLI names a feed's lines.
        """
        lines = to_json_lines(records)
        return self.extract_json(lines, origin=origin)

    def extract_json(self, lines: list, *, origin: str = "records") -> dict:
        """``extract`` over records already encoded as JSON objects (one
        string each, as the lines of a JSONL feed)."""
        frames = self._inner.extract_json(lines, origin)
        return {name: pl.read_ipc(io.BytesIO(data)) for name, data in frames}


def extract(
    records: Records,
    *,
    model: str = "auto",
    language: Optional[str] = None,
    jobs: Optional[int] = None,
) -> dict:
    """Loads a :class:`Pipeline` and runs it once over ``records``; see
    :meth:`Pipeline.extract`. Use a ``Pipeline`` to pay the load once."""
    return Pipeline(model, language=language, jobs=jobs).extract(records)


def to_json_lines(records: Records) -> list:
    """``records`` as JSON objects, one string per record; raises
    ``ValueError`` for a record that is not a mapping or has no text."""
    rows = _rows(records)
    lines = []
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise ValueError(
                f"record {i}: expected a mapping with a 'text' field, got {type(row).__name__}"
            )
        if row.get("text") is None and row.get("html") is None:
            raise ValueError(f"record {i}: no 'text' (keys: {sorted(map(str, row))})")
        lines.append(json_line(row))
    return lines


def json_line(row: Mapping) -> str:
    """One record as a JSON object (dates as ISO text, NaN as null, as
    pandas marks a missing value), as a feed line."""
    clean = {k: None if isinstance(v, float) and v != v else v for k, v in row.items()}
    return json.dumps(clean, default=_json_value, ensure_ascii=False)


def _rows(records: Records) -> Iterable:
    """The records of a polars DataFrame, a pyarrow Table (or record batch),
    a pandas DataFrame, or any iterable."""
    if isinstance(records, pl.DataFrame):
        _require_text(records.columns)
        return records.to_dicts()
    if hasattr(records, "to_pylist") and hasattr(records, "column_names"):
        _require_text(records.column_names)
        return records.to_pylist()
    if hasattr(records, "to_dict") and hasattr(records, "columns"):
        _require_text(list(records.columns))
        return records.to_dict("records")
    if isinstance(records, (str, bytes, Mapping)):
        raise ValueError("records must be an iterable of mappings, not one " + type(records).__name__)
    return records


def _require_text(columns: list) -> None:
    if "text" not in columns and "html" not in columns:
        raise ValueError(f"records have no 'text' column (columns: {columns})")


def _json_value(value: Any) -> Any:
    """JSON for values ``json`` does not know: dates as ISO text."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)
