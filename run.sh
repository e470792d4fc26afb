#!/usr/bin/env bash
# Install VRAMScope into .venv and start it. Without a display it prints what this machine can
# run (the `vramscope fit` table) instead of opening the window.
# Usage: ./run.sh [vramscope arguments]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-env.sh ""
exec python -m vramscope "$@"
