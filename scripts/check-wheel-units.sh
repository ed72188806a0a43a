#!/usr/bin/env bash
# make wheel: checks that maturin's build of the Python extension reuses the workspace's release
# build, i.e. that every registry crate it compiles (polars above all) has the same features as
# in `cargo build --release --workspace --all-targets`; only pyo3's own crates may differ (the
# wheel turns on pyo3/extension-module). Prints what differs and fails when anything else does.
set -euo pipefail
cd "$(dirname "$0")/.."
CARGO=${CARGO:-cargo}
graph() { RUSTC_BOOTSTRAP=1 "$CARGO" build --release -Z unstable-options --unit-graph "$@"; }
ws=$(mktemp) py=$(mktemp)
trap 'rm -f "$ws" "$py"' EXIT
graph --workspace --all-targets > "$ws"
graph -p factsift-python --lib --features pyo3/extension-module > "$py"
python3 - "$ws" "$py" <<'PY'
import json, sys

def units(path):
    out = set()
    for u in json.load(open(path))["units"]:
        if u["mode"] == "build" and "path+file" not in u["pkg_id"]:
            out.add((u["pkg_id"].split("#")[-1], u["target"]["name"], tuple(sorted(u["features"]))))
    return out

ws, py = units(sys.argv[1]), units(sys.argv[2])
extra = sorted(u for u in py - ws if not u[0].startswith("pyo3"))
for pkg, target, features in extra:
    print(f"check-wheel-units: {pkg} ({target}) is built with other features for the wheel: {features}")
if extra:
    sys.exit("check-wheel-units: the wheel would recompile dependencies; keep one feature set")
print(f"check-wheel-units: the wheel reuses the workspace build ({len(py)} units)")
PY
