"""factsift.spark.extract on local[2] gives the tables `factsift run` writes."""

import polars as pl

import factsift
import factsift.spark

from test_extract import assert_same_tables


def to_polars(df, table: str) -> pl.DataFrame:
    """A Spark table collected as polars, in the contract's types."""
    frame = pl.from_arrow(df.toArrow())
    assert isinstance(frame, pl.DataFrame)
    return frame.cast(dict(factsift.polars_schema(table)))


def test_spark_schemas_are_the_contract(spark):
    for name in factsift.TABLES:
        schema = factsift.spark.spark_schema(name)
        assert [f.name for f in schema.fields] == [c for c, _, _ in factsift.contract()[name]]


def test_spark_extract_gives_the_cli_tables(spark, articles, cli_tables):
    _, feed = articles
    df = spark.read.json(str(feed)).repartition(4)
    tables = factsift.spark.extract(df, jobs=1)
    assert list(tables) == list(factsift.TABLES)
    for name, table in tables.items():
        assert table.schema == factsift.spark.spark_schema(name), name
    got = {name: to_polars(table, name) for name, table in tables.items()}
    assert_same_tables(got, cli_tables)


def test_spark_null_text_is_an_errors_row(spark):
    df = spark.createDataFrame([("a", "The rate rose 3% in May."), ("b", None)],
                               "id string, text string").coalesce(1)
    tables = factsift.spark.extract(df, model="none")
    errors = to_polars(tables["errors"], "errors")
    assert errors.height == 1 and "null" in errors["message"][0]
    assert to_polars(tables["documents"], "documents")["external_id"].to_list() == ["a"]
