"""Issue 12, speed of the search: the solver compares placements by their footprint (the bytes
on each device without the terms, core/runtimes/llamacpp/footprint.py) and builds the full
estimate only for the placements it keeps. The footprint must be the full estimate's sums,
exactly, for every placement the solver tries and for the odd settings it may meet."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from dataclasses import replace

import pytest

from vramscope.catalog.models import find_model, load_models
from vramscope.core import GIB, GpuDevice, Hardware, Workload, parse_weight_format, plan
from vramscope.core.api import estimate, layout_for
from vramscope.core.hardware import CpuKind
from vramscope.core.model import ModelSpec
from vramscope.core.runtimes.llamacpp.estimate import estimate_llamacpp
from vramscope.core.runtimes.llamacpp.footprint import (
    Footprint,
    FootprintModel,
    footprint_llamacpp,
    footprint_of,
)
from vramscope.core.weights import WeightLayout

# the module, not the function ``vramscope.core.plan`` that the package exports under its name
plan_module = importlib.import_module("vramscope.core.plan")

# the machines of the fit table's tests: one small GPU, two unequal ones, none
PRESETS = (
    Hardware((GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),), 32 * GIB, 28 * GIB),
    Hardware(
        (
            GpuDevice("RTX 4090", 24 * GIB, 23 * GIB, 1008 * 10**9),
            GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),
        ),
        64 * GIB,
        60 * GIB,
    ),
    Hardware((), 16 * GIB, 14 * GIB, cpu="arm64"),
)
FORMATS = ("bf16", "q8_0", "q4_k_m", "q2_k")


class _Checked(FootprintModel):
    """A footprint model that also builds the full estimate and fails on any difference."""

    calls = 0

    def __init__(self, spec: ModelSpec, layout: WeightLayout, workload: Workload, cpu: CpuKind):
        super().__init__(spec, layout, workload, cpu)
        self.layout, self.cpu, self.given = layout, cpu, workload

    def __call__(  # type: ignore[override]
        self,
        gpu_layers: int,
        gpu_split: Sequence[float],
        gpu_assist: bool,
        **settings: int | bool | None,
    ) -> Footprint:
        fast = super().__call__(gpu_layers, gpu_split, gpu_assist, **settings)
        wl = replace(self.given, **{k: v for k, v in settings.items() if v is not None})
        full = estimate_llamacpp(
            self.spec,
            self.layout,
            wl,
            gpu_layers=gpu_layers,
            gpu_split=gpu_split,
            cpu=self.cpu,
            gpu_assist=gpu_assist,
        )
        assert fast == footprint_of(full), (self.spec.model_id, self.workload, gpu_layers)
        _Checked.calls += 1
        return fast


def test_footprint_is_the_full_estimate_for_every_placement_the_solver_tries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(plan_module, "FootprintModel", _Checked)
    formats = [parse_weight_format(f) for f in FORMATS]
    for i, model in enumerate(load_models()):
        spec = model.spec
        for j, fmt in enumerate(formats):
            hw = PRESETS[(i + j) % len(PRESETS)]
            ctx = min((4096, 32768)[(i + j // 2) % 2], spec.max_context_tokens)
            plan(spec, fmt, Workload(context_tokens=ctx), hw)
    # the solver's searches went through the footprint (some thousands of placements)
    assert _Checked.calls > 2000


def _odd_settings(spec: ModelSpec) -> Iterator[tuple[Workload, int, tuple[float, ...], bool]]:
    """Workloads and placements off the table's path: quantized and mixed caches (flash
    attention switched on for a quantized V), -nkvo, --n-cpu-moe, no mmap, several sequences,
    a given prompt, -ngl 0 beside a GPU, two GPUs."""
    n = spec.n_layers
    base = Workload(context_tokens=min(8192, spec.max_context_tokens))
    workloads = (
        base,
        replace(base, kv_cache_type="q8_0", flash_attention="off"),
        replace(base, kv_cache_type="f16", kv_cache_type_v="q4_0"),
        replace(base, kv_offload=False),
        replace(base, n_cpu_moe=n // 2),
        replace(base, n_cpu_moe=n, kv_offload=False),
        replace(base, mmap=False, batch=2),
        replace(base, prompt_tokens=300, flash_attention="off"),
    )
    for wl in workloads:
        for ngl in (0, 1, n // 2, n, n + 1):
            yield wl, ngl, (1.0,), ngl == 0
            yield wl, ngl, (2.0, 1.0), False


@pytest.mark.parametrize(
    "model_id",
    [
        "llama-3.1-8b",
        "gpt-oss-20b",
        "qwen3-30b-a3b",
        "qwen3-coder-next",
        "nemotron-h-8b",
        "granite-4.0-h-micro",
        "gemma-3n-e4b",
        "llama-4-scout-17b-16e",
    ],
)
@pytest.mark.parametrize("cpu", ["x86-avx2", "arm64", "apple"])
def test_footprint_is_the_full_estimate_for_odd_settings(model_id: str, cpu: CpuKind) -> None:
    spec = find_model(model_id).spec
    for fmt_id in ("q4_0", "q4_k_m", "bf16"):
        layout = layout_for(spec, parse_weight_format(fmt_id), "llama.cpp")
        for wl, ngl, split, assist in _odd_settings(spec):
            args = {
                "gpu_layers": ngl,
                "gpu_split": split,
                "cpu": cpu,
                "gpu_assist": assist and cpu != "apple",
            }
            fast = footprint_llamacpp(spec, layout, wl, **args)  # type: ignore[arg-type]
            full = estimate_llamacpp(spec, layout, wl, **args)  # type: ignore[arg-type]
            assert fast == footprint_of(full), (model_id, fmt_id, wl, args)


@pytest.mark.parametrize("model_id", ["gemma-3-27b", "qwen3.6-35b-a3b", "llama-4-scout-17b-16e"])
def test_the_solver_footprint_of_a_vision_run_is_the_full_estimate(model_id: str) -> None:
    # the image encoder's terms are not in the fast sums: the solver falls back to the estimate
    spec = find_model(model_id).spec
    fmt = parse_weight_format("q4_k_m")
    for hw in PRESETS[:2]:
        n_gpus = len(hw.gpus)
        for images in (0, 1, 3):
            wl = Workload(context_tokens=8192, images=images)
            s = plan_module._setup(spec, fmt, wl, hw, None, None)
            for ngl in (0, 1, spec.n_layers // 2, spec.n_layers + 1):
                full = estimate(spec, fmt, wl, n_gpus=n_gpus, gpu_layers=ngl, cpu=hw.cpu)
                assert s.footprint(wl, n_gpus, ngl, None) == footprint_of(full)
