"""The Qt-free helpers behind the window, checked against the core directly."""

from __future__ import annotations

import itertools

from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.plan import plan
from vramscope.core.units import GIB
from vramscope.core.workload import Workload
from vramscope.ui import logic

HW = Hardware((GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),), 32 * GIB, 28 * GIB)


def _choice(model_id: str) -> logic.ModelChoice:
    return next(c for c in logic.catalog_choices() if c.key == f"catalog:{model_id}")


def test_context_stops_are_log_spaced_from_512_to_the_maximum() -> None:
    stops = logic.context_stops(131_072)
    assert stops[0] == 512 and stops[-1] == 131_072
    assert all(b > a for a, b in itertools.pairwise(stops))
    assert 4096 in stops and 32768 in stops
    assert logic.context_stops(300) == [512]


def test_nearest_stop_on_log_scale() -> None:
    stops = logic.context_stops(131_072)
    assert stops[logic.nearest_stop(stops, 4000)] == 4096


def test_formats_follow_the_runtime() -> None:
    gguf = {f.family for f in logic.formats_for("llama.cpp")}
    assert gguf <= {"gguf", "float"}
    torch = [f.id for f in logic.formats_for("vllm")]
    assert "int8" not in torch and "nf4" in torch and "q4_k_m" not in torch


def test_default_format_per_runtime() -> None:
    c = _choice("llama-3.1-8b")
    assert parse_weight_format(logic.default_format("llama.cpp", c)).family == "gguf"
    assert logic.default_format("transformers", c) == "bf16"


def test_cell_equals_the_core_plan() -> None:
    c = _choice("llama-3.1-8b")
    fmt = parse_weight_format("q4_k_m")
    cell = logic.compute_cell(c, fmt, logic.WorkloadSettings(), 8192, HW)
    p = plan(c.spec, fmt, Workload(context_tokens=8192), HW)
    assert cell.verdict == p.verdict
    assert cell.peak_gpu_bytes == p.estimate.peak_gpu_bytes
    assert cell.max_context_tokens == p.max_context_tokens


def test_cell_for_a_format_the_runtime_cannot_load_is_an_error_cell() -> None:
    c = _choice("llama-3.1-8b")
    cell = logic.compute_cell(c, parse_weight_format("nf4"), logic.WorkloadSettings(), 4096, HW)
    assert cell.category == "error" and "llama.cpp" in cell.error


def test_chart_series_matches_estimates_and_grows_with_context() -> None:
    c = _choice("llama-3.1-8b")
    fmt = parse_weight_format("q4_k_m")
    s = logic.chart_series(c, fmt, logic.WorkloadSettings(), HW, [1024, 8192, 65536])
    assert list(s.totals) == sorted(s.totals)
    names = [n for n, _ in s.terms]
    assert names[0] == "weights" and "kv_cache" in names


def test_format_size_units() -> None:
    assert logic.format_size(5 * 10**9, False) == "5.00 GB"
    assert logic.format_size(12 * GIB, True) == "12.0 GiB"
