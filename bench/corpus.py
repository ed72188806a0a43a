"""Builds benchmark inputs from the seed article (or the bundled corpus when absent).

corpus.py text SEED OUT_FILE MB        -> the seed repeated to about MB megabytes
corpus.py docs SEED OUT_DIR N          -> N distinct seed-sized .txt documents
corpus.py news SEED OUT_DIR N JSONL    -> the first N news texts of JSONL ("text" field) as
                                          .txt files; the seed alone when JSONL is absent
"""
import os
import sys


def load(seed):
    return open(seed, encoding="utf-8").read()


def main():
    mode, seed, out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    text = load(seed)
    if mode == "text":
        reps = max(1, int(n * 1e6 / len(text.encode("utf-8"))))
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join([text.strip()] * reps) + "\n")
    elif mode == "docs":
        os.makedirs(out, exist_ok=True)
        for i in range(n):
            with open(os.path.join(out, f"doc{i:05}.txt"), "w", encoding="utf-8") as f:
                f.write(f"Bulletin {i}.\n{text}")
    elif mode == "news":
        import json

        os.makedirs(out, exist_ok=True)
        source = sys.argv[5] if len(sys.argv) > 5 else ""
        texts = [text]
        if os.path.isfile(source):
            with open(source, encoding="utf-8") as f:
                texts = [json.loads(line)["text"] for line in f if line.strip()][:n]
        for i, t in enumerate(texts):
            with open(os.path.join(out, f"news{i:05}.txt"), "w", encoding="utf-8") as f:
                f.write(t)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
