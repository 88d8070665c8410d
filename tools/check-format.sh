#!/usr/bin/env bash
# Fails when any C++ source differs from what .clang-format makes of it; names the files.
# Run by `make test` (ctest "sources follow .clang-format"); fix with
#   clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find app bench core fuzz tests ui -name '*.cpp' -o -name '*.h' | sort)
clang-format --dry-run -Werror "${files[@]}"
