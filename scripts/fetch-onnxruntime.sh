#!/usr/bin/env bash
# Fetches the ONNX Runtime shared library that the entities stage loads at run
# time (the `ort` crate's load-dynamic mode), into ./.cache/onnxruntime/.
#
# The library comes from the official `onnxruntime` wheel on the Python
# package registry. A wheel is a zip file, so no Python environment is needed:
# pip only downloads it, unzip takes the library out. Both the wheel and the
# library are checked against pinned sha256 sums. Running it again when the
# library is already in place does nothing.
#
# Usage: scripts/fetch-onnxruntime.sh        (from the repository root)
# Result: .cache/onnxruntime/libonnxruntime.so (link to the versioned file)
#         .cache/onnxruntime/VERSION
set -euo pipefail

VERSION="1.32.0"
WHEEL="onnxruntime-${VERSION}-cp311-cp311-manylinux_2_28_x86_64.whl"
WHEEL_SHA256="5a34fc4dfeb5a7b4a74c95dcba1e773d722abda720b474edf1b0c419dc6d163d"
LIB="libonnxruntime.so.${VERSION}"
LIB_SHA256="6c1585d1bbf45b0712ea4a21b705c5fcb4ba04ff2e30f1fbf81a49faf658638f"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

. "${ROOT}/scripts/wheel-lib.sh"
DEST="${ROOT}/.cache/onnxruntime"

if [ -f "${DEST}/${LIB}" ] && check "${DEST}/${LIB}" "${LIB_SHA256}" 2>/dev/null \
    && [ "$(cat "${DEST}/VERSION" 2>/dev/null)" = "${VERSION}" ]; then
    echo "onnxruntime ${VERSION}: already in ${DEST}"
    exit 0
fi

case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) echo "fetch-onnxruntime: only Linux x86_64 is pinned here; set FACTSIFT_ORT_LIB to an ONNX Runtime >= 1.31 library instead" >&2
       exit 1 ;;
esac

mkdir -p "${DEST}"
TMP="$(mktemp -d "${DEST}/.fetch.XXXXXX")"
trap 'rm -rf "${TMP}"' EXIT

pip_download --python-version 3.11 \
    --platform manylinux_2_28_x86_64 "onnxruntime==${VERSION}" -d "${TMP}"
check "${TMP}/${WHEEL}" "${WHEEL_SHA256}"
extract "${TMP}/${WHEEL}" "onnxruntime/capi/${LIB}" > "${TMP}/${LIB}"
check "${TMP}/${LIB}" "${LIB_SHA256}"

mv -f "${TMP}/${LIB}" "${DEST}/${LIB}"
ln -sfn "${LIB}" "${DEST}/libonnxruntime.so"
echo "${VERSION}" > "${DEST}/VERSION"
echo "onnxruntime ${VERSION}: installed in ${DEST}"
