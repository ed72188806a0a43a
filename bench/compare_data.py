"""Writes a synthetic factsift run folder for the compare benchmark.

usage: compare_data.py OUT_DIR QUANTITY_ROWS [SHARDS]

Stories of 5 documents from 5 different outlets report the same 20 figures,
each outlet with its own rounding, qualifier or error, so that the comparison
has real groups, agreements and disputes to find. Tables follow the dataset
contract (documents, sentences, entities, quantities, claims) and are written
hive-partitioned as OUT/<table>/shard=<i>/part-0.parquet, like `factsift run
--shard i/N`, with a manifest.json that gives their schema version.
"""
import json
import os
import random
import sys

import polars as pl

out, rows = sys.argv[1], int(sys.argv[2])
shards = int(sys.argv[3]) if len(sys.argv) > 3 else 4
rng = random.Random(7)
PER_DOC = 20
DOCS_PER_STORY = 5
OUTLETS = [f"Outlet {i:03d}" for i in range(200)]
MEASURED = ["migrants", "deaths", "homicide rate", "approval rating", "budget",
            "inmates", "voters", "jobs", "cases", "troops", "arrests", "students"]
KINDS = {"homicide rate": ("rate", "per_100k"), "approval rating": ("percent", "percent"),
         "budget": ("money", "USD")}
QUALIFIERS = ["exact"] * 6 + ["about", "more_than", "up_to", "almost"]

n_docs = rows // PER_DOC
cols = {k: [] for k in ["doc_id", "source", "url", "external_id", "title", "published",
                        "language", "text", "n_sentences", "n_chars"]}
q = {k: [] for k in ["doc_id", "sentence_id", "start", "end", "text", "quantity_id", "kind",
                     "value", "value_max", "unit", "qualifier", "measured", "subject",
                     "subject_key", "period", "direction", "flags"]}
s = {k: [] for k in ["doc_id", "sentence_id", "start", "end", "text", "kind"]}
e = {k: [] for k in ["doc_id", "sentence_id", "start", "end", "text", "label", "score",
                     "entity_key", "canonical_name", "linked_key"]}
c = {k: [] for k in ["doc_id", "sentence_id", "claim_id", "start", "end", "text", "kind",
                     "speaker", "speaker_key", "hedged", "hedge_cue", "negated",
                     "checkworthiness", "entity_keys", "quantity_ids", "cues"]}
for d in range(n_docs):
    story = d // DOCS_PER_STORY
    srng = random.Random(story)
    doc_id = f"{d:016x}"
    outlet = OUTLETS[(story * 7 + d % DOCS_PER_STORY * 31) % len(OUTLETS)]
    places = [f"gpe:place-{story}-{i}" for i in range(3)]
    name = f"person:name-{story}"
    text_parts = []
    pos = 0
    for i in range(PER_DOC):
        measured = MEASURED[(story + i) % len(MEASURED)]
        kind, unit = KINDS.get(measured, ("count", None))
        truth = srng.randint(10, 100000)
        value = truth
        r = rng.random()
        if r < 0.15:
            value = truth + rng.randint(1, max(2, truth // 10))   # a different figure
        elif r < 0.35:
            value = round(truth, -1)                            # rounded
        qual = rng.choice(QUALIFIERS)
        written = f"{'about ' if qual == 'about' else ''}{value:,}"
        sentence = f"Officials in Place {story} said {written} {measured} were counted in {2020 + i % 5}."
        start = pos + sentence.index(written)
        q["doc_id"].append(doc_id); q["sentence_id"].append(i)
        q["start"].append(start); q["end"].append(start + len(written))
        q["text"].append(written); q["quantity_id"].append(f"{doc_id}:{i}")
        q["kind"].append(kind); q["value"].append(float(value)); q["value_max"].append(None)
        q["unit"].append(unit); q["qualifier"].append(qual); q["measured"].append(measured)
        q["subject"].append(f"Place {story}"); q["subject_key"].append(places[i % 3])
        q["period"].append(str(2020 + i % 5)); q["direction"].append(None); q["flags"].append(None)
        s["doc_id"].append(doc_id); s["sentence_id"].append(i); s["start"].append(pos)
        s["end"].append(pos + len(sentence)); s["text"].append(sentence); s["kind"].append("body")
        if i < 2:
            e["doc_id"].append(doc_id); e["sentence_id"].append(i); e["start"].append(pos)
            e["end"].append(pos + 5); e["text"].append(f"Name {story}"); e["label"].append("PERSON")
            e["score"].append(0.99); e["entity_key"].append(name)
            e["canonical_name"].append(f"Name {story}"); e["linked_key"].append(None)
            c["doc_id"].append(doc_id); c["sentence_id"].append(i); c["claim_id"].append(f"{doc_id}:{i}")
            c["start"].append(pos); c["end"].append(pos + len(sentence)); c["text"].append(sentence)
            c["kind"].append("statistic"); c["speaker"].append("Officials")
            c["speaker_key"].append(None); c["hedged"].append(False); c["hedge_cue"].append(None)
            c["negated"].append(False); c["checkworthiness"].append(0.5)
            c["entity_keys"].append([places[i % 3], name]); c["quantity_ids"].append([f"{doc_id}:{i}"])
            c["cues"].append([])
        text_parts.append(sentence)
        pos += len(sentence) + 1
    text = "\n".join(text_parts)
    cols["doc_id"].append(doc_id); cols["source"].append(outlet); cols["url"].append(None)
    cols["external_id"].append(f"doc-{d}.txt"); cols["title"].append(f"Story {story}")
    cols["published"].append(None); cols["language"].append("en"); cols["text"].append(text)
    cols["n_sentences"].append(PER_DOC); cols["n_chars"].append(len(text))

tables = {
    "documents": pl.DataFrame(cols).with_columns(pl.col("published").cast(pl.Date)),
    "quantities": pl.DataFrame(q, schema_overrides={"value_max": pl.Float64, "unit": pl.String,
                                                    "direction": pl.String, "flags": pl.String}),
    "sentences": pl.DataFrame(s),
    "entities": pl.DataFrame(e, schema_overrides={"linked_key": pl.String}),
    "claims": pl.DataFrame(c, schema_overrides={"speaker_key": pl.String, "hedge_cue": pl.String,
                                                "cues": pl.List(pl.String)}),
}
for name, df in tables.items():
    df = df.with_columns(pl.col("sentence_id").cast(pl.Int32)) if "sentence_id" in df.columns else df
    df = df.with_columns((pl.col("doc_id").str.slice(-4).str.to_integer(base=16) % shards).alias("_shard"))
    for i in range(shards):
        part = df.filter(pl.col("_shard") == i).drop("_shard")
        d = os.path.join(out, name, f"shard={i}")
        os.makedirs(d, exist_ok=True)
        part.write_parquet(os.path.join(d, "part-0.parquet"))
# the schema version `compare` checks (src/output/manifest.rs SCHEMA_VERSION)
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump({"schema_version": 1, "tool": "bench/compare_data.py"}, f)
print(f"{len(tables['quantities'])} quantity rows, {n_docs} documents, {n_docs // DOCS_PER_STORY} stories")
