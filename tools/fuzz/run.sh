#!/usr/bin/env bash
# Runs each libFuzzer target of build-fuzz/ for a bounded time (make fuzz).
# Usage: tools/fuzz/run.sh BUILD_DIR SECONDS_PER_TARGET
# Each target starts from its seeds (samples/…) and past findings (tests/data/fuzz/…) and
# keeps what it learns in BUILD_DIR/corpus/<target>. A crash, a sanitizer report, a leak
# or a timeout stops the target and is saved under BUILD_DIR/findings/: copy it into
# tests/data/fuzz/<target>/ once fixed, where ctest replays it for ever.
set -euo pipefail
build=${1:?build directory}
seconds=${2:?seconds per target}
source=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$build/findings"
status=0
for pair in "sample_loader:samples" "image_loader:samples/images" "kernel_loader:samples/kernels" \
            "transformer_loader:tests/data/transformer" "dataset_loader:tests/data/transformer"; do
    loader=${pair%%:*}
    seeds=$source/${pair#*:}
    corpus=$build/corpus/$loader
    mkdir -p "$corpus"
    dictionary=()
    case $loader in
    sample_loader | kernel_loader) dictionary=(-dict="$source/fuzz/sample.dict") ;;
    transformer_loader | dataset_loader) dictionary=(-dict="$source/fuzz/transformer.dict") ;;
    esac
    echo "== $loader: ${seconds} s"
    if ! "$build/fuzz/${loader}_fuzzer" "${dictionary[@]}" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
            -artifact_prefix="$build/findings/${loader}-" \
            "$corpus" "$seeds" "$source/tests/data/fuzz/$loader" 2>"$build/findings/$loader.log"; then
        echo "!! $loader: a finding; see $build/findings/ and the end of $build/findings/$loader.log"
        tail -40 "$build/findings/$loader.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/findings/$loader.log" || true
    fi
done
exit $status
