# factsift — common tasks. Everything runs in the release profile only, so a
# clean build compiles the dependencies once (`make test` reuses `make build`).

CARGO   ?= cargo
SHARED  ?= ../shared
BIN     := target/release/factsift
OUT     ?= outputs/corpora

.PHONY: all build run test eval bench lint fmt clean-outputs

all: build

build:
	$(CARGO) build --release --bins

## make run: process the bundled corpus into outputs/corpora/
run: build
	$(BIN) run corpora/ --out $(OUT)

## make test: unit and integration tests (integration tests run the binary and read the Parquet back)
test: build
	$(CARGO) test --release

## make eval: accuracy figures on ../shared/corpora/eval (skips sets that are absent)
eval: build
	$(CARGO) run --release --quiet --bin factsift-eval -- $(SHARED)

## make bench: throughput against peers measured in the same run
bench: build
	scripts/bench.sh $(SHARED)

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --release --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

clean-outputs:
	rm -rf outputs/corpora
