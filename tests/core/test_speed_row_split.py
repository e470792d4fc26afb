"""Issue 13, multi-GPU: llama.cpp's row split (``-sm row``) in the speed model. The GPUs read
their rows of every matrix at once, the cache stays on the main GPU, and every layer waits for
the other GPUs' partial results (core.speed: row_sync_s, row_peer_s)."""

from __future__ import annotations

from benchmarks.speed_accuracy import load_rows, setup

from vramscope.catalog.gpus import find_gpu
from vramscope.catalog.models import find_model
from vramscope.core import GIB, Hardware, Workload, estimate, parse_weight_format
from vramscope.core.speed import FITTED, Speed, SpeedInputs, speed_of


def _speed(
    model: str, fmt: str, gpu: str, n_gpus: int, split_mode: str, *, runtime: str = "llama.cpp"
) -> Speed:
    spec = find_model(model).spec
    wl = Workload(runtime=runtime, context_tokens=4096, split_mode=split_mode)  # type: ignore[arg-type]
    est = estimate(spec, parse_weight_format(fmt), wl, n_gpus=n_gpus)
    dev = find_gpu(gpu).to_device()
    hw = Hardware((dev,) * n_gpus, 256 * GIB, 256 * GIB)
    return speed_of(est, hw, SpeedInputs(prompt_tokens=512))


def test_row_split_over_a_slow_link_is_not_faster_for_a_small_model() -> None:
    # source: XiongjieDai/GPU-Benchmarks-on-LLM-Inference issue #2 (2x RTX 3090, LLaMA 7B Q4_0,
    # 2023 builds that split rows: 17.95 ms per token against 8.83 ms on one 3090) and
    # ggml-org/llama.cpp issue #4747 (7B Q4_K_M: 31 tok/s on 4x A100, 72 on one)
    for n in (2, 4):
        row = _speed("llama-2-7b", "q4_k_m", "RTX 3090", n, "row").decode_tokens_per_s
        layer = _speed("llama-2-7b", "q4_k_m", "RTX 3090", n, "layer").decode_tokens_per_s
        assert row <= layer


def test_row_split_reads_in_parallel_so_a_large_model_on_fast_gpus_is_faster() -> None:
    # source: ollama/ollama issue #2191 (2x RTX A6000 with NVLink: layer split gives ~60% of row
    # split's tokens/s); per layer, each GPU reads half of 1.7 GB of F16 weights
    row = _speed("llama-3-70b", "fp16", "A100 80GB SXM", 2, "row").decode_tokens_per_s
    layer = _speed("llama-3-70b", "fp16", "A100 80GB SXM", 2, "layer").decode_tokens_per_s
    assert row > layer


def test_each_further_gpu_adds_a_wait_per_layer() -> None:
    # the small model's weights are read in no time: the waits per layer decide (issue #4747:
    # 8x H100 slower than 4x A100)
    speeds = [
        _speed("llama-2-7b", "q4_k_m", "H100 SXM", n, "row").decode_tokens_per_s for n in (2, 4, 8)
    ]
    assert speeds[0] > speeds[1] > speeds[2]


def test_row_split_is_llama_cpp_over_several_gpus_only() -> None:
    one = _speed("llama-3.1-8b", "q4_k_m", "RTX 4090", 1, "row")
    assert one == _speed("llama-3.1-8b", "q4_k_m", "RTX 4090", 1, "layer")
    two = _speed("llama-3.1-8b", "q4_k_m", "RTX 4090", 2, "row")
    codes = [n.code for n in two.assumptions]
    assert "speed.row_split" in codes and "speed.gpu_boundaries" not in codes
    layer = _speed("llama-3.1-8b", "q4_k_m", "RTX 4090", 2, "layer")
    assert "speed.gpu_boundaries" in [n.code for n in layer.assumptions]


def test_the_waits_are_the_fitted_mechanism_constants() -> None:
    # with no wait cost the row split of a small model would beat the layer split: the
    # constants, not the layout alone, make it slower
    from dataclasses import replace

    spec = find_model("llama-2-7b").spec
    wl = Workload(context_tokens=4096, split_mode="row")
    est = estimate(spec, parse_weight_format("q4_k_m"), wl, n_gpus=2)
    dev = find_gpu("RTX 3090").to_device()
    hw = Hardware((dev, dev), 256 * GIB, 256 * GIB)
    free = replace(FITTED, row_sync_s=0.0, row_peer_s=0.0)
    fast = speed_of(est, hw, c=free).decode_tokens_per_s
    fitted = speed_of(est, hw).decode_tokens_per_s
    layer_wl = Workload(context_tokens=4096)
    layer_est = estimate(spec, parse_weight_format("q4_k_m"), layer_wl, n_gpus=2)
    layer = speed_of(layer_est, hw).decode_tokens_per_s
    assert fast > layer > fitted


def test_the_calibration_set_has_row_split_rows_replayed_as_row_split() -> None:
    rows = [r for r in load_rows() if r.split == "row"]
    assert len(rows) >= 6
    assert any(r.held_out for r in rows) and any(not r.held_out for r in rows)
    for r in rows:
        est = setup(r)[0]
        assert est.workload.split_mode == "row" and "row split" in r.classes
    assert {r.split for r in load_rows()} == {"layer", "row"}


def test_a_mixture_of_experts_keeps_the_layer_split_speed() -> None:
    # llama.cpp cannot split expert matrices by rows (ggml-cuda.cu ggml_cuda_mul_mat_id: "does
    # not support split buffers"); they fall back to the main GPU, which the model does not plan
    row = _speed("qwen3-30b-a3b", "q4_k_m", "RTX 3090", 2, "row")
    layer = _speed("qwen3-30b-a3b", "q4_k_m", "RTX 3090", 2, "layer")
    assert row.decode_tokens_per_s == layer.decode_tokens_per_s
    assert "speed.row_split" not in [n.code for n in row.assumptions]
