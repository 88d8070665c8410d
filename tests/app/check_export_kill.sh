#!/usr/bin/env bash
# Kills `attention-lab export` (SIGKILL, no chance to clean up) at moments spread over the
# whole export, over a folder holding an earlier export. Every file in the folder must then
# be, byte for byte, the earlier export's or the new one's: never a half-written file, and
# no visible stray file. Hidden temporaries (".name.tmp-…") may stay; they replace nothing.
# Usage: check_export_kill.sh ATTENTION_LAB SAMPLES_FOLDER
set -euo pipefail
app=$1
samples=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# exec: env, then the app, take the shell's place, so that $! is the app itself.
run() { exec env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C LANG=C XDG_CONFIG_HOME="$work/settings" "$app" "$@"; }

(run export "$samples/lecture-four-vectors.json" -d "$work/old" >/dev/null 2>&1)
(run export "$samples/animal-street.json" -d "$work/new" >/dev/null 2>&1)
checked=0
midway=0 # kills that found the folder part old, part new: the export was really interrupted
for delay in 0.05 0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1.0 1.2 1.4; do
    rm -rf "$work/target"
    cp -a "$work/old" "$work/target"
    (run export "$samples/animal-street.json" -d "$work/target" >/dev/null 2>&1) &
    pid=$!
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    old=0
    new=0
    for file in "$work/target"/*; do
        name=$(basename "$file")
        if cmp -s "$file" "$work/new/$name"; then new=$((new + 1)); else old=$((old + 1)); fi
        if ! cmp -s "$file" "$work/new/$name" && ! cmp -s "$file" "$work/old/$name"; then
            echo "killed after ${delay} s: $name is neither the earlier export's nor the new one's" >&2
            exit 1
        fi
        checked=$((checked + 1))
    done
    [[ $old -gt 0 && $new -gt 0 ]] && midway=$((midway + 1))
done
if [[ $midway -lt 3 ]]; then
    echo "only $midway of 13 kills came in the middle of the export: the check proved too little" >&2
    exit 1
fi
echo "checked $checked files after 13 kills, $midway in mid-export: each the old or the new, whole"
