"""Accuracy of the decode and prompt speed model on published llama-bench results.

Reads ``tests/data/speed/llama_bench.csv`` (sources in its README), predicts every row with
the speed model (``vramscope.core.speed``) and prints, for the fit rows and the held-out rows,
the median absolute error, the share within 25% and the median ratio estimate / measured,
overall and per class. ``--old`` measures the flat model this one replaced (issue 13's
baseline: 2 ms + bytes / (0.70 x bandwidth)). Run: python benchmarks/speed_accuracy.py
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from vramscope.catalog.gpus import CatalogGpu, load_gpus
from vramscope.catalog.models import load_models
from vramscope.core import GIB, Hardware, Workload, estimate, parse_weight_format, plan
from vramscope.core.estimate import DEVICE_RAM, Estimate
from vramscope.core.speed import SpeedInputs, speed_of

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "speed" / "llama_bench.csv"
# The machine the benchmarks ran on is rarely described: plenty of RAM, its speed estimated.
HOST_RAM_BYTES = 256 * GIB
_TEST = re.compile(r"^(tg|pp)(\d+)(?:@d(\d+))?$")
_FORMATS = {"F16": "fp16", "BF16": "bf16"}
# ngl -1: the placement was left to the tool that ran the benchmark
AUTO_LAYERS = -1
# source: issue 13 (targets on held-out decode rows)
TARGET_MEDIAN_ERROR = 0.10
TARGET_WITHIN_25 = 0.90
TARGET_CLASS_RATIO = (0.85, 1.15)


@dataclass(frozen=True, slots=True)
class Row:
    """One published measurement (one CSV line)."""

    gpu: CatalogGpu
    n_gpus: int
    split: str  # llama.cpp's split mode: "layer" or "row"
    model_id: str
    quant: str
    ngl: int
    nkvo: bool
    fa: int
    kv_type: str
    cuda_graphs: bool
    sampling: bool  # measured through a server or CLI that samples each token
    kind: str  # "tg" (decode) or "pp" (prompt processing)
    tokens: int
    depth: int
    date: str
    measured_tps: float
    held_out: bool
    source: str

    @property
    def partial(self) -> bool:
        """Some layers, experts or the cache in system RAM (auto rows: as the planner put them)."""
        if self.ngl == AUTO_LAYERS:
            est = setup(self)[0]
            return DEVICE_RAM in dict(est.read_bytes_per_token) and bool(
                dict(est.read_bytes_per_token)[DEVICE_RAM]
            )
        return self.ngl < 99 or self.nkvo

    @property
    def classes(self) -> tuple[str, ...]:
        """The classes issue 13 reports on (a row may be in several)."""
        out = ["all"]
        mem = self.gpu.memory_type
        if self.gpu.unified_memory:
            out.append("unified memory")
        elif mem.startswith("HBM"):
            out.append("HBM datacenter")
        elif _workstation(self.gpu):
            out.append("workstation")
        else:
            out.append("consumer GDDR")
        if self.n_gpus > 1:
            out.append("multi-GPU")
        if self.split == "row":
            out.append("row split")
        if self.partial:
            out.append("partial offload")
        if self.quant.upper().startswith(("Q2", "Q3", "IQ1", "IQ2", "IQ3")):
            out.append("low-bit quants")
        if self.date >= "2025":
            out.append("2025-26 builds")
        return tuple(out)


def _workstation(gpu: CatalogGpu) -> bool:
    gid = gpu.gpu_id
    return gid.startswith("rtx-a") or gid.endswith("-ada") or gid in {"a40", "l40s", "a10", "l4"}


def load_rows(path: Path = DATA) -> list[Row]:
    gpus = {g.gpu_id: g for g in load_gpus()}
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            m = _TEST.match(r["test"])
            if m is None:
                raise ValueError(f"unknown test {r['test']!r}")
            rows.append(
                Row(
                    gpu=gpus[r["gpu"]],
                    n_gpus=int(r["n_gpus"]),
                    split=r["split"],
                    model_id=r["model"],
                    quant=r["quant"],
                    ngl=int(r["ngl"]),
                    nkvo=r["nkvo"] == "1",
                    fa=int(r["fa"]),
                    kv_type=r["kv_type"],
                    cuda_graphs=r["cuda_graphs"] == "1",
                    sampling=r["sampling"] == "1",
                    kind=m.group(1),
                    tokens=int(m.group(2)),
                    depth=int(m.group(3) or 0),
                    date=r["date"],
                    measured_tps=float(r["tokens_per_s"]),
                    held_out=r["split_set"] == "held_out",
                    source=r["source"],
                )
            )
    return rows


_MODELS: dict[str, object] = {}


def setup(row: Row) -> tuple[Estimate, Hardware, SpeedInputs]:
    """The estimate and hardware llama-bench ran: its context is the depth plus the test."""
    if not _MODELS:
        _MODELS.update({m.model_id: m.spec for m in load_models()})
    spec = _MODELS[row.model_id]
    fmt = parse_weight_format(_FORMATS.get(row.quant, row.quant.lower()))
    ctx = row.depth + row.tokens
    fa = {0: "off", 1: "on"}.get(row.fa, "auto")
    wl = Workload(
        context_tokens=ctx,
        flash_attention=fa,  # type: ignore[arg-type]
        kv_offload=not row.nkvo,
        split_mode=row.split,  # type: ignore[arg-type]
    )
    hw = Hardware(
        tuple(row.gpu.to_device() for _ in range(row.n_gpus)), HOST_RAM_BYTES, HOST_RAM_BYTES
    )
    graphs = row.cuda_graphs
    if row.ngl == AUTO_LAYERS:
        # the tool chose the placement: the planner's choice for this card (llama.cpp's --fit
        # does the same); CUDA graphs only when everything landed on the GPU
        est = plan(spec, fmt, wl, hw).estimate  # type: ignore[arg-type]
        graphs = graphs and est.gpu_layers > spec.n_layers and not est.experts_ram_layers
    else:
        gpu_layers = None if row.ngl >= 99 else row.ngl
        est = estimate(spec, fmt, wl, n_gpus=row.n_gpus, gpu_layers=gpu_layers)  # type: ignore[arg-type]
    inputs = SpeedInputs(
        prompt_tokens=row.depth if row.kind == "tg" else 0,
        generated_tokens=row.tokens if row.kind == "tg" else 0,
        cuda_graphs=graphs,
        sampling=row.sampling,
    )
    return est, hw, inputs


def predict_new(row: Row) -> float:
    est, hw, inputs = setup(row)
    sp = speed_of(est, hw, inputs)
    if row.kind == "tg":
        return sp.decode_tokens_per_s
    return sp.prefill_tokens_per_s or 0.0


def predict_old(row: Row) -> float:
    """The model issue 13 replaced: 2 ms + bytes read / (0.70 x bandwidth), RAM at 65% of
    51.2 GB/s, half the allocated cache read; prefill at 40% of FP16 tensor throughput."""
    est, hw, _ = setup(row)
    if row.kind == "pp":
        flops = sum(g.fp16_flops_per_s for g in hw.gpus)
        return 0.4 * flops / (2 * max(est.params_active, 1))
    seconds = 0.002
    for dev, n in est.read_bytes_per_token:
        if dev == DEVICE_RAM:
            seconds += n / (51.2e9 * 0.65)
        else:
            g = hw.gpus[int(dev[3:])]
            eff = 0.75 if g.unified_memory else 0.70
            seconds += n / (g.bandwidth_bytes_per_s * eff)
    return 1 / seconds


def stats(pairs: Iterable[tuple[float, float]]) -> tuple[int, float, float, float]:
    """(n, median |error|, share within 25%, median ratio) of (predicted, measured) pairs."""
    ratios = [p / m for p, m in pairs]
    if not ratios:
        return 0, 0.0, 0.0, 0.0
    errs = [abs(r - 1) for r in ratios]
    within = sum(e <= 0.25 for e in errs) / len(errs)
    return len(ratios), statistics.median(errs), within, statistics.median(ratios)


def report(rows: list[Row], predict: Callable[[Row], float], kind: str) -> dict[str, tuple]:
    """Prints the table for one test kind; returns the held-out figures per class."""
    preds = [(r, predict(r)) for r in rows if r.kind == kind]
    classes: list[str] = []
    for r, _ in preds:
        classes += [c for c in r.classes if c not in classes]
    label = "decode (tg)" if kind == "tg" else "prompt processing (pp)"
    print(f"\n{label}: {'class':18s} {'set':9s} {'n':>4s} {'median err':>10s} "
          f"{'within 25%':>10s} {'median ratio':>12s}")  # fmt: skip
    held: dict[str, tuple] = {}
    for c in classes:
        for name, flag in (("fit", False), ("held-out", True)):
            sel = [(p, r.measured_tps) for r, p in preds if r.held_out is flag and c in r.classes]
            n, med, within, ratio = stats(sel)
            if n == 0:
                continue
            if flag:
                held[c] = (n, med, within, ratio)
            print(f"{'':13s}{c:18s} {name:9s} {n:4d} {med:10.1%} {within:10.0%} {ratio:12.2f}")
    return held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", action="store_true", help="measure the replaced flat model")
    parser.add_argument("--rows", action="store_true", help="print every row's ratio")
    args = parser.parse_args(argv)
    rows = load_rows()
    predict = predict_old if args.old else predict_new
    model = "old (flat 2 ms + bytes / 0.70 bandwidth)" if args.old else "core/speed.py"
    print(f"{len(rows)} rows from {DATA.relative_to(DATA.parents[2])}; model: {model}")
    if args.rows:
        for r in rows:
            p = predict(r)
            print(
                f"{r.gpu.gpu_id:16s} x{r.n_gpus} {r.split:5s} {r.model_id:14s} {r.quant:7s} "
                f"ngl={r.ngl:3d} "
                f"nkvo={int(r.nkvo)} {r.kind}{r.tokens}@{r.depth} {r.date} "
                f"meas={r.measured_tps:9.2f} pred={p:9.2f} ratio={p / r.measured_tps:5.2f}"
            )
    held = report(rows, predict, "tg")
    report(rows, predict, "pp")
    _, med, within, _ = held["all"]
    lo, hi = TARGET_CLASS_RATIO
    bad = [c for c, v in held.items() if not lo <= v[3] <= hi]
    print(
        f"\nheld-out decode targets (issue 13): median <= {TARGET_MEDIAN_ERROR:.0%}: "
        f"{'PASS' if med <= TARGET_MEDIAN_ERROR else 'FAIL'} ({med:.1%}); within 25% >= "
        f"{TARGET_WITHIN_25:.0%}: {'PASS' if within >= TARGET_WITHIN_25 else 'FAIL'} "
        f"({within:.0%}); every class median ratio in {lo}-{hi}: "
        f"{'PASS' if not bad else 'FAIL (' + ', '.join(bad) + ')'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
