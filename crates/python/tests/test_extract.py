"""factsift.extract and Pipeline give the tables `factsift run` writes."""

import datetime

import polars as pl
import pyarrow as pa
import pytest

import factsift

from conftest import missing


def canonical(df: pl.DataFrame) -> pl.DataFrame:
    """Rows in one order whatever order they were made in (all columns)."""
    keys = [c for c, t in df.schema.items() if not isinstance(t, pl.List)]
    return df.sort(keys, nulls_last=True)


def assert_same_tables(got: dict, want: dict) -> None:
    assert list(got) == list(factsift.TABLES)
    for name in factsift.TABLES:
        g, w = got[name], want[name]
        assert g.schema == w.schema, f"{name}: schema differs"
        assert g.height == w.height, f"{name}: {g.height} rows, the CLI wrote {w.height}"
        assert canonical(g).equals(canonical(w)), f"{name}: rows differ from the CLI's"


def test_tables_follow_the_contract(pipeline):
    tables = pipeline.extract([{"text": "Nayib Bukele said 238 people were sent, up 5% from May 2024."}])
    for name in factsift.TABLES:
        assert tables[name].schema == factsift.polars_schema(name), name
    assert tables["documents"].height == 1
    assert tables["quantities"].height > 0


def test_extract_gives_the_cli_tables(articles, pipeline, cli_tables):
    records, _ = articles
    tables = pipeline.extract(records)
    for name in ("documents", "sentences", "entities", "quantities", "claims", "aliases"):
        assert tables[name].height > 0, f"{name} has no rows on {len(records)} articles"
    assert_same_tables(tables, cli_tables)


def test_polars_and_arrow_inputs_give_the_same_tables(articles, pipeline, cli_tables):
    records, _ = articles
    few = records[:40]
    frame = pl.DataFrame(few)
    by_dicts = pipeline.extract(few)
    for other in (pipeline.extract(frame), pipeline.extract(pa.Table.from_pylist(few))):
        for name in factsift.TABLES:
            assert canonical(other[name]).equals(canonical(by_dicts[name])), name


def test_module_extract_loads_the_model_itself(articles, pipeline):
    records, _ = articles
    tables = factsift.extract(records[:5], jobs=1)
    assert tables["entities"].height > 0
    again = pipeline.extract(records[:5])
    assert canonical(tables["entities"]).equals(canonical(again["entities"]))


def test_bad_records_become_errors_rows(pipeline):
    tables = pipeline.extract([
        {"id": "good", "text": "The rate rose 3% in May.", "published": datetime.date(2024, 5, 2)},
        {"id": "number", "text": 42},
        {"id": "blank", "text": "   "},
        {"text": "The rate rose 3% in May."},  # the same text again: counted once
    ])
    errors = tables["errors"].sort("path")
    assert errors["path"].to_list() == ["records:2", "records:3"]
    assert "must be a string" in errors["message"][1] or "must be a string" in errors["message"][0]
    docs = tables["documents"]
    assert docs["external_id"].to_list() == ["good"]
    assert docs["published"].to_list() == [datetime.date(2024, 5, 2)]


@pytest.mark.parametrize("bad", [["just a string"], [{"title": "no text"}], [{"text": None}], "text"])
def test_records_without_text_are_value_errors(pipeline, bad):
    with pytest.raises(ValueError):
        pipeline.extract(bad)


def test_a_frame_without_a_text_column_is_a_value_error(pipeline):
    with pytest.raises(ValueError, match="text"):
        pipeline.extract(pl.DataFrame({"body": ["x"]}))


def test_unknown_model_and_language_are_value_errors():
    with pytest.raises(ValueError, match="model"):
        factsift.Pipeline("no-such-model-anywhere")
    with pytest.raises(ValueError, match="language"):
        factsift.Pipeline("none", language="xx-not-a-language")


def test_missing_values_of_a_pandas_frame_are_absent_fields(pipeline):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": ["x", "y"], "text": ["Rates rose 3% in May.", "Rates fell 2% in June."],
                          "source": ["example.org", float("nan")]})
    tables = pipeline.extract(frame)
    assert tables["errors"].height == 0
    docs = tables["documents"].sort("external_id")
    assert docs["source"].to_list() == ["example.org", None]
