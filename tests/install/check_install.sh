#!/usr/bin/env bash
# cmake --install into a fresh prefix, then use the installed program as a user would:
# the desktop entry and icon are in place, the bundled samples open, and the installed
# translation is found (an export in Chinese has Chinese titles).
# Usage: check_install.sh BUILD_DIR
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

for file in bin/attention-lab share/applications/attention-lab.desktop \
            share/icons/hicolor/scalable/apps/attention-lab.svg \
            share/attention-lab/translations/attention-lab_zh_CN.qm \
            share/attention-lab/samples/lecture-four-vectors.json share/attention-lab/samples/kernels/sobel-x.json; do
    [[ -f "$prefix/$file" ]] || { echo "not installed: $file" >&2; exit 1; }
done
grep -q '^Exec=attention-lab %f$' "$prefix/share/applications/attention-lab.desktop"
grep -q '^Icon=attention-lab$' "$prefix/share/applications/attention-lab.desktop"

export XDG_CONFIG_HOME="$prefix/config" LC_ALL=C
unset DISPLAY WAYLAND_DISPLAY
samples="$prefix/share/attention-lab/samples"
"$prefix/bin/attention-lab" dump "$samples/chinese-tianya.json" -o "$prefix/trace.json"
grep -q '"format": "attention-lab/trace@1"' "$prefix/trace.json"
"$prefix/bin/attention-lab" export "$samples/lecture-four-vectors.json" -d "$prefix/out" --format csv --lang zh_CN 2>/dev/null
grep -q '每个词元一行' "$prefix/out/index.json" || { echo "the installed program found no Chinese translation" >&2; exit 1; }
echo "installed and working in $prefix"
