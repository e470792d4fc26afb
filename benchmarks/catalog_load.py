"""How long the whole bundled catalog (models, GPUs, presets) takes to load.

Prints milliseconds for a cold load (a fresh interpreter, imports included and excluded) and a
warm one (parsing again with the caches cleared, in this process). Aim: under 100 ms cold.
Run: python benchmarks/catalog_load.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

_COLD = """
import json, time
t0 = time.perf_counter()
from vramscope.catalog.gpus import load_gpus
from vramscope.catalog.models import load_models
from vramscope.catalog.presets import load_presets
t1 = time.perf_counter()
m, g, p = load_models(), load_gpus(), load_presets()
t2 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1e3, "load_ms": (t2 - t1) * 1e3,
                  "models": len(m), "gpus": len(g), "presets": len(p)}))
"""


def _cold() -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _COLD], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def _warm() -> float:
    from vramscope.catalog import gpus, models, presets

    for cached in (models.load_models, models.model_index, gpus.load_gpus, presets.load_presets):
        cached.cache_clear()
    t0 = time.perf_counter()
    models.load_models()
    gpus.load_gpus()
    presets.load_presets()
    return (time.perf_counter() - t0) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    colds = [_cold() for _ in range(args.repeat)]
    warms = [_warm() for _ in range(args.repeat)]
    first = colds[0]
    print(
        f"catalog: {first['models']:.0f} models, {first['gpus']:.0f} GPUs, "
        f"{first['presets']:.0f} presets"
    )
    load = [c["load_ms"] for c in colds]
    total = [c["load_ms"] + c["import_ms"] for c in colds]
    print(
        f"cold load (fresh process), median of {args.repeat}: {statistics.median(load):.1f} ms"
        f" (min {min(load):.1f}); with imports {statistics.median(total):.1f} ms"
    )
    print(
        f"warm reload (caches cleared), median of {args.repeat}: "
        f"{statistics.median(warms):.1f} ms (min {min(warms):.1f})"
    )
    verdict = "met" if statistics.median(load) < 100 else "MISSED"
    print(f"target: cold load under 100 ms -> {verdict}")


if __name__ == "__main__":
    main()
