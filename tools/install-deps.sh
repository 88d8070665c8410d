#!/usr/bin/env bash
# Installs the Debian packages AttentionLab builds, tests and runs with.
# Idempotent: when every package is present it only checks, in well under a second.
# Usage: tools/install-deps.sh [--reference | --fuzz]   (--reference adds PyTorch and NumPy,
# needed only to regenerate the golden data in tests/data/golden and for make bench;
# --fuzz adds clang and its libFuzzer runtime, for make fuzz).
set -euo pipefail

packages=(
    cmake g++ make
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libgl-dev qt6-translations-l10n dpkg-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libgif-dev
    libeigen3-dev nlohmann-json3-dev catch2 libbenchmark-dev
    fonts-dejavu-core fonts-wqy-microhei
    clang-format
    python3
)
if [[ "${1:-}" == "--reference" ]]; then
    packages+=(python3-numpy python3-torch)
fi
if [[ "${1:-}" == "--fuzz" ]]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
