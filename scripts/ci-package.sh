#!/usr/bin/env bash
# CI packaging check, called by test.sh: build the one-folder app with PyInstaller, run the
# frozen --self-check (every resource and translation, one estimate, the hardware, the main
# window offscreen) and one CLI estimate, and check the reduced ICU data against the full one.
# Skips with a clear message (exit 0) only when PyInstaller cannot be installed; any broken
# build or failing check fails. About a minute on 2 cores (PyInstaller caches its analysis in
# build/pyinstaller/ and its binaries in ~/.cache/pyinstaller).
#
# VRAMSCOPE_CI_DEB=1 also builds the .deb and installs it into a clean Debian 12 root
# (debootstrap; needs root and a Debian mirror), running it there with the network cut off.
# Expects the virtual environment of test.sh (scripts/setup-env.sh) to be active.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

if ! python -c "import PyInstaller" >/dev/null 2>&1; then
    echo "== packaging: installing PyInstaller (the [packaging] extra)"
    if ! python -m pip install -q -e ".[packaging]"; then
        echo "== packaging: SKIPPED: PyInstaller could not be installed (pip failed above);" \
            "the frozen build and its --self-check did not run" >&2
        exit 0
    fi
fi

# binutils: PyInstaller reads and strips binaries with it, and packaging/icu.py assembles the
# reduced ICU data library with `as` and `ld`.
if ! command -v objdump >/dev/null 2>&1 || ! command -v as >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "== packaging: installing binutils"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
    else
        echo "== packaging: binutils missing and cannot be installed here" >&2
        exit 1
    fi
fi

echo "== packaging: one-folder build + frozen self-check"
python packaging/build.py onedir --self-check

icudata=$(ls dist/vramscope/_internal/PySide6/Qt/lib/libicudata.so.* 2>/dev/null | head -n 1 || true)
if [ -n "$icudata" ]; then
    echo "== packaging: reduced ICU data gives the same collation/case/time zones in en/ru/zh/pl"
    python packaging/icu.py verify "$icudata"
fi

if [ "${VRAMSCOPE_CI_DEB:-0}" = "1" ]; then
    echo "== packaging: .deb in a clean Debian 12 root, offline"
    python packaging/build.py deb
    packaging/linux/test-deb-in-clean-root.sh dist/vramscope_*.deb
fi
echo "== packaging: ok in $((SECONDS - started)) s"
