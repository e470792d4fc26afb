"""Run options behind the runtime flags (app.session): checked where they are made, carried
into the core's workload only in the runtime they belong to, and kept across runtimes where
that runtime has them."""

from __future__ import annotations

import math

import pytest

from vramscope.app.present.errors import error_text
from vramscope.app.session import (
    MAX_TENSOR_SPLIT,
    RunSettings,
    catalog_choice,
    parse_tensor_split,
    plan_for,
    tensor_split_for,
    weights_for,
    with_run_options,
)
from vramscope.core import GIB, GpuDevice, Hardware, SpecError, parse_weight_format, plan


def _hw(n_gpus: int) -> Hardware:
    gpus = tuple(GpuDevice(f"GPU {i}", 24 * GIB, 24 * GIB) for i in range(n_gpus))
    return Hardware(gpus, 64 * GIB, 64 * GIB)


@pytest.mark.parametrize("split", [(1.0, 0.0), (1.0, -2.0), (math.nan, 1.0), (math.inf,)])
def test_a_split_of_non_positive_numbers_is_refused(split: tuple[float, ...]) -> None:
    with pytest.raises(SpecError) as exc:
        RunSettings(tensor_split=split)
    assert exc.value.note.code == "option.tensor_split"
    assert error_text(exc.value).startswith("--tensor-split must be positive numbers")


def test_a_split_longer_than_any_machine_is_refused() -> None:
    with pytest.raises(SpecError) as exc:
        RunSettings(tensor_split=(1.0,) * (MAX_TENSOR_SPLIT + 1))
    assert "--tensor-split" in error_text(exc.value)


@pytest.mark.parametrize("util", [0.0, 0.04, 1.01, 2.0])
def test_gpu_memory_utilization_out_of_range(util: float) -> None:
    with pytest.raises(SpecError) as exc:
        RunSettings(runtime="vllm", gpu_memory_utilization=util)
    text = error_text(exc.value)
    assert text.startswith("--gpu-memory-utilization must be between 0.05 and 1, got ")
    assert float(text.rsplit(" ", 1)[1]) == util


def test_parse_tensor_split() -> None:
    assert parse_tensor_split("3,1") == (3.0, 1.0)
    assert parse_tensor_split(" 0.6 , 0.4 ") == (0.6, 0.4)
    for bad in ("", "3,", "a,b", "1,0"):
        with pytest.raises(SpecError):
            parse_tensor_split(bad)


def test_options_reach_the_workload_only_in_their_runtime() -> None:
    run = RunSettings(kv_cache_type="q8_0", kv_cache_type_v="q4_0", kv_offload=False)
    wl = run.workload(4096)
    assert (wl.kv_cache_type, wl.v_cache_type, wl.kv_offload) == ("q8_0", "q4_0", False)
    # transformers has one cache type and keeps it on the GPU: the llama.cpp options drop out
    tr = run.with_runtime("transformers")
    assert tr.kv_cache_type_v is None
    wl = tr.workload(4096)
    assert (wl.v_cache_type, wl.kv_offload) == (wl.kv_cache_type, True)
    # back in llama.cpp, -nkvo is still there (the window keeps what it has no widget for)
    assert tr.with_runtime("llama.cpp").kv_offload is False
    vllm = RunSettings(runtime="vllm", gpu_memory_utilization=0.7)
    assert vllm.workload(4096).gpu_memory_utilization == 0.7


def test_with_run_options_reads_the_flags_as_llama_cpp_does() -> None:
    base = RunSettings()
    # -ctk alone leaves V at the default f16; --kv-cache sets both; -ctv overrides V
    assert with_run_options(base, cache_type_k="q8_0").v_type == "f16"
    assert with_run_options(base, kv_cache="q8_0").v_type == "q8_0"
    both = with_run_options(base, kv_cache="q8_0", cache_type_v="q4_0")
    assert (both.kv_type, both.v_type) == ("q8_0", "q4_0")
    # the same type twice is no separate V type
    assert with_run_options(base, cache_type_k="q8_0", cache_type_v="q8_0").kv_cache_type_v is None
    assert with_run_options(base, parallel=3).batch == 3
    assert with_run_options(base, batch=3, parallel=3).batch == 3
    with pytest.raises(SpecError) as exc:
        with_run_options(base, batch=2, parallel=3)
    assert error_text(exc.value).startswith("--parallel 3 and --batch 2 disagree")
    with pytest.raises(SpecError) as exc:
        with_run_options(base, max_num_seqs=3)
    assert (
        error_text(exc.value) == "--max-num-seqs applies to vllm only, not to --runtime llama.cpp"
    )


def test_the_split_must_have_one_part_per_gpu() -> None:
    run = RunSettings(tensor_split=(3.0, 1.0))
    assert tensor_split_for(run, _hw(2)) == (3.0, 1.0)
    # nothing to split without GPUs, or outside llama.cpp
    assert tensor_split_for(run, _hw(0)) is None
    assert tensor_split_for(RunSettings(runtime="vllm", tensor_split=(1.0,)), _hw(2)) is None
    with pytest.raises(SpecError) as exc:
        tensor_split_for(run, _hw(3))
    assert error_text(exc.value) == (
        "--tensor-split needs one number per GPU: got 2 (3,1) for 3 GPU(s)"
    )


def test_core_plan_checks_a_split_passed_directly() -> None:
    choice = catalog_choice("llama-3.1-8b")
    fmt = parse_weight_format("q4_k_m")
    with pytest.raises(SpecError) as exc:
        plan(choice.spec, fmt, RunSettings().workload(4096), _hw(2), tensor_split=(1.0,))
    assert exc.value.note.code == "plan.tensor_split"
    assert "one positive number per GPU (2), got 1" in error_text(exc.value)


def test_plan_for_splits_layers_as_given() -> None:
    """-ts 1,3: the first GPU takes a quarter of the 32 repeating layers (llama.cpp assigns
    layers by the cumulative split), the second the rest and the output layer."""
    choice = catalog_choice("llama-3.1-8b")
    fmt = weights_for(choice, "llama.cpp", "q4_k_m")
    p = plan_for(choice, fmt, RunSettings(tensor_split=(1.0, 3.0)), 4096, _hw(2))
    kv = {t.device: t.bytes for t in p.estimate.terms if t.name == "kv_cache"}
    assert kv["gpu1"] == 3 * kv["gpu0"]
    assert p.verdict == "fits_gpu"
