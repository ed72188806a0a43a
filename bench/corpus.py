"""Builds benchmark inputs from the seed article (or the bundled corpus when absent).

corpus.py text SEED OUT_FILE MB        -> the seed repeated to about MB megabytes
corpus.py docs SEED OUT_DIR N          -> N distinct seed-sized .txt documents
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
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
