#!/usr/bin/env bash
# compare-locales and `chorus check` on the same 31 locales of fx-private-relay-l10n, side by side.
#
# Installs compare-locales 9.0.5 in a virtual environment (target/compare-locales-venv), builds
# Chorus in release mode, then times each tool RUNS times (default 7), alternating so that both see
# the same machine load, and prints the medians and their ratio.
#
#   bench/compare-locales.sh            # the corpus at ../shared/corpus
#   RUNS=15 CORPUS=/path/to/fx-private-relay-l10n bench/compare-locales.sh
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$here/../shared/corpus/fx-private-relay-l10n}
venv=${VENV:-$here/target/compare-locales-venv}
runs=${RUNS:-7}

if [ ! -f "$corpus/l10n.toml" ]; then
    echo "no fx-private-relay-l10n at $corpus (set CORPUS)" >&2
    exit 2
fi
if [ ! -x "$venv/bin/compare-locales" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet compare-locales==9.0.5
fi
(cd "$here" && cargo build --release --quiet)
chorus=${CARGO_TARGET_DIR:-$here/target}/release/chorus

cd "$corpus"
locales=()
for dir in */; do
    dir=${dir%/}
    [ "$dir" = en ] || locales+=("$dir")
done
targets=()
for locale in "${locales[@]}"; do
    targets+=(--target "$locale")
done
echo "${#locales[@]} locales: ${locales[*]}"

# Seconds taken by a command, its output thrown away (both tools exit 1 when they find errors).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }'
}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cl=() ch=()
for ((i = 0; i < runs; i++)); do
    # --full: also the locales l10n.toml does not list (fur, lv, ro, sr), as Chorus checks them.
    cl+=("$(seconds "$venv/bin/compare-locales" --full --json "$out/cl.json" l10n.toml . "${locales[@]}")")
    ch+=("$(seconds "$chorus" check --format json --reference en "${targets[@]}")")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
cl_median=$(median "${cl[@]}")
ch_median=$(median "${ch[@]}")
printf 'compare-locales 9.0.5: median %.3f s of %d runs (%s)\n' "$cl_median" "$runs" "${cl[*]}"
printf 'chorus check:          median %.3f s of %d runs (%s)\n' "$ch_median" "$runs" "${ch[*]}"
awk -v a="$cl_median" -v b="$ch_median" 'BEGIN { printf "ratio: chorus check is %.0f times as fast\n", a / b }'
