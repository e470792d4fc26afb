"""Start-up time of the window from source: process start to the main window shown.

    python benchmarks/startup_source.py [--runs 5]

Runs ``python -m vramscope --quit-after-show`` (offscreen, or under Xvfb when xvfb-run exists
and --xvfb is given) with planned hardware, so NVML start-up does not blur the figure; the
hardware is read off the GUI thread anyway. Prints the median and the spread.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(xvfb: bool) -> float:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # never touch the user's settings
    env["PYTHONPATH"] = str(ROOT / "desktop")
    cmd = [sys.executable, "-m", "vramscope", "--quit-after-show", "--gpu", "RTX 3060:12"]
    cmd += ["--ram", "32"]
    if xvfb:
        env["QT_QPA_PLATFORM"] = "xcb"
        cmd = ["xvfb-run", "-a", *cmd]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("shown_at_epoch="):
            return float(line.split("=", 1)[1]) - t0
    raise SystemExit(f"no start-up line: {out.stdout} {out.stderr}")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--xvfb", action="store_true", help="a real X window under Xvfb")
    args = p.parse_args()
    if args.xvfb and shutil.which("xvfb-run") is None:
        raise SystemExit("xvfb-run not found")
    once(args.xvfb)  # warm the file cache and .pyc files
    times = [once(args.xvfb) for _ in range(args.runs)]
    where = "Xvfb" if args.xvfb else "offscreen"
    print(
        f"start-up to shown window ({where}): median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
