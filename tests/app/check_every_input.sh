#!/usr/bin/env bash
# Every bundled sample, image and kernel through the command line, and every hostile file
# of tests/data/fuzz through dump, influence, export, screenshot, conv and train. Good files give exit 0; a hostile one
# gives 0 (it is valid) or 2 with a message naming the file, a refused dump leaves its
# output file as it was, and a refused export creates no folder. Never a crash (any other status). Under the sanitize preset this is also the
# leak check: LeakSanitizer fails a process that exits with memory unfreed.
# Usage: check_every_input.sh ATTENTION_LAB SOURCE_FOLDER
set -uo pipefail
app=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
run() { env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C LANG=C XDG_CONFIG_HOME="$work/settings" "$app" "$@" \
            >"$work/out" 2>"$work/err" </dev/null; }
fail() { echo "FAIL: $*" >&2; sed 's/^/    /' "$work/err" | head -20 >&2; failures=$((failures + 1)); }
# 0, or 2 with "attention-lab: FILE…" on standard error.
expect_refused_or_done() {
    local status=$1 file=$2 what=$3
    if [[ $status -eq 2 ]]; then
        grep -q "^attention-lab: .*$(basename "$file")" "$work/err" || fail "$what: exit 2 without naming the file"
    elif [[ $status -ne 0 ]]; then
        fail "$what: exit $status"
    fi
}

for sample in "$source"/samples/*.json; do
    rm -rf "$work/export"
    run export "$sample" -d "$work/export"; status=$?
    [[ $status -eq 0 ]] || fail "export $(basename "$sample"): exit $status"
    run influence "$sample" -o "$work/influence.json"; status=$?
    [[ $status -eq 0 ]] || fail "influence $(basename "$sample"): exit $status"
done
for image in "$source"/samples/images/*; do
    run conv "$image" --kernel "$source/samples/kernels/sobel-x.json" -o "$work/conv.json"; status=$?
    [[ $status -eq 0 ]] || fail "conv $(basename "$image"): exit $status"
done

for hostile in "$source"/tests/data/fuzz/sample_loader/*; do
    echo "an earlier trace" >"$work/trace.json"
    run dump "$hostile" -o "$work/trace.json"; status=$?
    expect_refused_or_done $status "$hostile" "dump $(basename "$hostile")"
    [[ $status -eq 2 && $(cat "$work/trace.json") != "an earlier trace" ]] && fail "dump $(basename "$hostile"): refused, yet the output changed"
    echo "an earlier influence" >"$work/influence.json"
    run influence "$hostile" -o "$work/influence.json"; status=$?
    expect_refused_or_done $status "$hostile" "influence $(basename "$hostile")"
    [[ $status -eq 2 && $(cat "$work/influence.json") != "an earlier influence" ]] && fail "influence $(basename "$hostile"): refused, yet the output changed"
    rm -rf "$work/export"
    # As numbers (CSV): the pictures of every lesson are drawn for the bundled samples above.
    run export "$hostile" -d "$work/export" --format csv; status=$?
    expect_refused_or_done $status "$hostile" "export $(basename "$hostile")"
    [[ $status -eq 2 && -e "$work/export" ]] && fail "export $(basename "$hostile"): refused, yet the folder was made"
    if [[ $(basename "$hostile") == overflow.json ]]; then # embeddings of 1e160: told, not hidden
        grep -q "heads\[0\].scores overflowed" "$work/err" || fail "export overflow.json: no overflow warning"
    fi
done
for hostile in "$source"/tests/data/fuzz/image_loader/*; do
    run conv "$hostile" --kernel "$source/samples/kernels/edge.json"; status=$?
    expect_refused_or_done $status "$hostile" "conv $(basename "$hostile")"
done
for hostile in "$source"/tests/data/fuzz/kernel_loader/*; do
    run conv "$source/samples/images/digit-3.pgm" --kernel "$hostile"; status=$?
    expect_refused_or_done $status "$hostile" "conv --kernel $(basename "$hostile")"
done
for trained in "$source"/samples/models/*.trained.json; do
    rm -f "$work/shot.png"
    run screenshot "$trained" -o "$work/shot.png"; status=$?
    [[ $status -eq 0 && -s "$work/shot.png" ]] || fail "screenshot $(basename "$trained"): exit $status"
done
model="$source/tests/data/transformer/i-saw-a-saw.model.json"
for hostile in "$source"/tests/data/fuzz/transformer_loader/*; do
    echo "an earlier trace" >"$work/trace.json"
    run dump "$hostile" --input "I saw a saw" -o "$work/trace.json"; status=$?
    expect_refused_or_done $status "$hostile" "dump MODEL $(basename "$hostile")"
    [[ $status -eq 2 && $(cat "$work/trace.json") != "an earlier trace" ]] && fail "dump MODEL $(basename "$hostile"): refused, yet the output changed"
    rm -f "$work/shot.png"
    run screenshot "$hostile" -o "$work/shot.png"; status=$?
    expect_refused_or_done $status "$hostile" "screenshot MODEL $(basename "$hostile")"
    [[ $status -eq 2 && -e "$work/shot.png" ]] && fail "screenshot MODEL $(basename "$hostile"): refused, yet a picture was written"
done
for hostile in "$source"/tests/data/fuzz/dataset_loader/*; do
    rm -f "$work/trained.json"
    run train "$model" "$hostile" -o "$work/trained.json" --steps 2; status=$?
    expect_refused_or_done $status "$hostile" "train on $(basename "$hostile")"
    [[ $status -eq 2 && -e "$work/trained.json" ]] && fail "train on $(basename "$hostile"): refused, yet a model was written"
done

if [[ $failures -gt 0 ]]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "every sample, image and kernel, and every hostile file: done or refused cleanly"
