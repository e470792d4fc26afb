"""Fit the speed model's mechanism constants on the fit rows of the llama-bench calibration set.

Coordinate descent on the weighted mean absolute log ratio (estimate / measured) of the fit
rows only (the held-out third is never seen), one constant per mechanism, never per GPU:
memory technologies without rows take the nearest fitted technology's value. Rows from
2025-26 builds weigh 3, 2024 builds 1, older 0.5 (issue 13: decode got ~30% faster between
Dec 2023 and 2025). Prints the constants to paste into ``core/speed.py``.
Run: python benchmarks/speed_fit.py
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from dataclasses import replace

from speed_accuracy import Row, load_rows, setup
from vramscope.core.speed import FITTED, SpeedConstants, speed_of

# Technologies with no calibration rows follow the nearest one that has rows.
TIED = {
    "GDDR5": "GDDR6",
    "GDDR5X": "GDDR6",
    "HBM2": "HBM2e",
    "HBM3": "HBM2e",
    "HBM3e": "HBM2e",
    "LPDDR4X": "LPDDR5",
}
FITTED_TYPES = ("GDDR6", "GDDR6X", "GDDR7", "HBM2e", "LPDDR5", "LPDDR5X")


def weight(row: Row) -> float:
    if row.date >= "2025":
        return 3.0
    return 1.0 if row.date >= "2024" else 0.5


def _with_efficiency(c: SpeedConstants, mem: str, value: float) -> SpeedConstants:
    table = dict(c.efficiency)
    table[mem] = value
    for tied, source in TIED.items():
        table[tied] = table[source]
    return replace(c, efficiency=tuple(table.items()))


def _with_cycles(c: SpeedConstants, i: int, value: float) -> SpeedConstants:
    cycles = list(c.unpack_cycles)
    cycles[i] = value
    # IQ3 and IQ2 have no rows: they follow Q3_K and Q2_K (their lattice codebooks cost more
    # per weight, never less). source: assumption, no calibration rows
    cycles[5] = max(cycles[5], cycles[3])
    cycles[6] = max(cycles[6], cycles[4])
    return replace(c, unpack_cycles=tuple(cycles))


Param = tuple[
    str, Callable[[SpeedConstants], float], Callable[[SpeedConstants, float], SpeedConstants]
]


def _field(name: str) -> Param:
    return (name, lambda c: getattr(c, name), lambda c, v: replace(c, **{name: v}))


def _efficiency(m: str) -> Param:
    return (
        f"efficiency[{m}]",
        lambda c: c.efficiency_of(m),
        lambda c, v: _with_efficiency(c, m, v),
    )


def _cycles(i: int) -> Param:
    return (f"unpack_cycles[{i}]", lambda c: c.unpack_cycles[i], lambda c, v: _with_cycles(c, i, v))


DECODE: list[Param] = [
    _field("token_s"),
    _field("layer_graphs_s"),
    _field("layer_s"),
    *[_efficiency(m) for m in FITTED_TYPES],
    *[_cycles(i) for i in (1, 2, 3, 4)],
    _field("attention_no_fa"),
    _field("moe_efficiency"),
    _field("sampling_s_per_vocab"),
    _field("gpu_boundary_s"),
    _field("row_sync_s"),
    _field("row_peer_s"),
    _field("host_boundary_s"),
    _field("cpu_attention_layer_s"),
    _field("cpu_attention"),
]
PREFILL: list[Param] = [
    _field("prefill_mfu_float"),
    _field("prefill_mfu_quant"),
    _field("prefill_ops_per_unit_clock"),
]


def loss(c: SpeedConstants, data: list[tuple[Row, tuple]], kind: str) -> float:
    total = wsum = 0.0
    for row, (est, hw, inputs) in data:
        if row.kind != kind:
            continue
        sp = speed_of(est, hw, inputs, c=c)
        pred = sp.decode_tokens_per_s if kind == "tg" else (sp.prefill_tokens_per_s or 1e-9)
        w = weight(row)
        total += w * abs(math.log(pred / row.measured_tps))
        wsum += w
    return total / wsum


def descend(c: SpeedConstants, params: list[Param], data: list, kind: str) -> SpeedConstants:
    best = loss(c, data, kind)
    step = 0.5
    while step > 0.002:
        improved = False
        for _, get, put in params:
            for f in (1 + step, 1 / (1 + step)):
                v = get(c)
                trial = put(c, v * f if v else step * 1e-5)
                val = loss(trial, data, kind)
                if val < best - 1e-9:
                    c, best, improved = trial, val, True
        if not improved:
            step /= 2
    return c


def spread(c: SpeedConstants, data: list, cpu: bool) -> tuple[float, float]:
    """10th and 90th percentile of measured / estimated over the fit rows (decode)."""
    ratios = []
    for row, (est, hw, inputs) in data:
        if row.kind != "tg" or (row.ngl < 99 or row.nkvo) != cpu:
            continue
        ratios.append(row.measured_tps / speed_of(est, hw, inputs, c=c).decode_tokens_per_s)
    ratios.sort()
    if len(ratios) < 2:
        return (1.0, 1.0)
    return ratios[len(ratios) // 10], ratios[min(len(ratios) - 1, (9 * len(ratios)) // 10)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only",
        metavar="NAME,...",
        help="fit these decode constants alone, the others as in core/speed.py",
    )
    args = parser.parse_args(argv)
    rows = [r for r in load_rows() if not r.held_out]
    data = [(r, setup(r)) for r in rows]
    c = FITTED
    print(f"start: decode loss {loss(c, data, 'tg'):.4f}, prefill loss {loss(c, data, 'pp'):.4f}")
    if args.only:
        names = args.only.split(",")
        params = [p for p in DECODE if p[0] in names]
        if len(params) != len(names):
            parser.error(f"--only: not all decode constants: {args.only!r}")
        c = descend(c, params, data, "tg")
        print(f"fitted: decode loss {loss(c, data, 'tg'):.4f}")
        for name, get, _ in params:
            print(f"  {name:28s} {get(c):.6g}")
        return 0
    c = descend(c, DECODE, data, "tg")
    c = descend(c, PREFILL, data, "pp")
    c = replace(c, range_gpu=spread(c, data, False))
    print(f"  (spread of the partial-offload fit rows: {spread(c, data, True)})")
    print(f"fitted: decode loss {loss(c, data, 'tg'):.4f}, prefill loss {loss(c, data, 'pp'):.4f}")
    for name, get, _ in DECODE + PREFILL:
        print(f"  {name:28s} {get(c):.6g}")
    print(f"  efficiency {tuple((m, round(e, 3)) for m, e in c.efficiency)}")
    print(f"  unpack_cycles {tuple(round(x, 4) for x in c.unpack_cycles)}")
    print(f"  range_gpu {tuple(round(x, 3) for x in c.range_gpu)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
