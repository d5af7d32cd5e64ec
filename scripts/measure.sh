#!/bin/sh
# End-to-end performance measurement: builds the release binary, then times it in a pseudo-terminal
# beside `dialog --checklist`, on the embedded definitions and on a generated stage of 10,000
# criteria. Arguments are passed to scripts/measure.py (--runs N, --keys N, --items N, --criteria N).
# Needs Python 3, dialog and GNU time (apt-get install -y dialog time).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for tool in python3 dialog /usr/bin/time; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "measure.sh: $tool is missing (apt-get install -y dialog time python3)" >&2
        exit 1
    fi
done
cargo build --release --quiet
binary=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/embarquement
exec python3 scripts/measure.py "$binary" "$@"
