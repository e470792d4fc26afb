"""The runtime flags of ``vramscope estimate`` / ``fit`` (issue 12): ``--cache-type-k`` /
``--cache-type-v``, ``--no-kv-offload``, ``--tensor-split``, ``--parallel``,
``--gpu-memory-utilization`` and ``--max-num-seqs``: each parses, each bad value is one line
naming the flag and the value, and each changes the estimate as llama.cpp or vLLM would."""

from __future__ import annotations

import json
from typing import Any

import pytest

from vramscope.cli import main
from vramscope.core import GIB

# Two 24 GB cards and plenty of RAM: Llama 3.1 8B Q4_K_M fits whole, so the placements below
# are the flags' doing, not the solver's.
TWO_GPUS = ["--gpu", "RTX 3090", "--gpu", "RTX 3090", "--ram", "64"]
ONE_GPU = ["--gpu", "RTX 3090", "--ram", "64"]
# Llama 3.1 8B (config.json: 32 layers, 8 KV heads x head_dim 128): K and V are 1024 elements
# per cell per layer each.
LAYERS, KV_WIDTH = 32, 8 * 128


def _estimate(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    rc = main(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", *argv, "--json"])
    assert rc == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "llama-3.1-8b", *argv])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err  # one line
    return err


def _term(data: dict[str, Any], name: str, device: str) -> int:
    return sum(t["bytes"] for t in data["terms"] if t["name"] == name and t["device"] == device)


def test_settings_json_reports_every_new_flag(capsys: pytest.CaptureFixture[str]) -> None:
    data = _estimate(
        capsys,
        *TWO_GPUS,
        "--cache-type-k", "q8_0", "--cache-type-v", "q4_0", "--no-kv-offload",
        "--tensor-split", "3,1", "--parallel", "2",
    )  # fmt: skip
    s = data["settings"]
    assert (s["kv_cache"], s["kv_cache_v"], s["kv_offload"]) == ("q8_0", "q4_0", False)
    assert (s["tensor_split"], s["parallel"], s["batch"]) == ([3.0, 1.0], 2, 2)
    assert (s["max_num_seqs"], s["gpu_memory_utilization"]) == (None, None)
    vllm = _estimate(
        capsys, *ONE_GPU, "--runtime", "vllm", "--weights", "bf16",
        "--gpu-memory-utilization", "0.8", "--max-num-seqs", "3",
    )["settings"]  # fmt: skip
    assert (vllm["gpu_memory_utilization"], vllm["max_num_seqs"], vllm["batch"]) == (0.8, 3, 3)
    assert (vllm["parallel"], vllm["kv_offload"], vllm["tensor_split"]) == (None, None, None)
    # without the flags: llama.cpp's defaults, the split by free memory (null)
    plain = _estimate(capsys, *TWO_GPUS)["settings"]
    assert (plain["kv_offload"], plain["tensor_split"], plain["parallel"]) == (True, None, 1)


@pytest.mark.parametrize(
    ("argv", "flag", "value"),
    [
        (["--tensor-split", "3,0", *TWO_GPUS], "--tensor-split", "3,0"),
        (["--tensor-split", "3,x", *TWO_GPUS], "--tensor-split", "3,x"),
        (["--tensor-split", "1,2,3", *TWO_GPUS], "--tensor-split", "1,2,3"),
        (["--parallel", "0", *ONE_GPU], "--parallel", "0"),
        (["--parallel", "99999", *ONE_GPU], "--parallel", "99999"),
        (["--parallel", "2", "--batch", "3", *ONE_GPU], "--parallel", "2"),
        (["--max-num-seqs", "0", "--runtime", "vllm", *ONE_GPU], "--max-num-seqs", "0"),
        (
            ["--runtime", "vllm", "--gpu-memory-utilization", "1.5", *ONE_GPU],
            "--gpu-memory-utilization",
            "1.5",
        ),
        (["--gpu-memory-utilization", "0.5", *ONE_GPU], "--gpu-memory-utilization", "llama.cpp"),
        (["--runtime", "vllm", "--no-kv-offload", *ONE_GPU], "--no-kv-offload", "vllm"),
        (
            ["--runtime", "transformers", "--cache-type-v", "f16", *ONE_GPU],
            "--cache-type-v",
            "transformers",
        ),
        (["--runtime", "vllm", "--tensor-split", "1", *ONE_GPU], "--tensor-split", "vllm"),
        (["--max-num-seqs", "2", *ONE_GPU], "--max-num-seqs", "llama.cpp"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_flag_and_value(
    capsys: pytest.CaptureFixture[str], argv: list[str], flag: str, value: str
) -> None:
    err = _error(capsys, *argv)
    assert flag in err and value in err, err


def test_an_unknown_cache_type_is_refused_as_argparse_refuses_kv_cache(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As for --kv-cache, argparse's choices refuse it: usage, then the reason on its last line
    (with --json: one error object)."""
    with pytest.raises(SystemExit):
        main(["estimate", "llama-3.1-8b", "--cache-type-k", "q9", *ONE_GPU])
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "--cache-type-k" in last and "'q9'" in last
    with pytest.raises(SystemExit):
        main(["estimate", "llama-3.1-8b", "--cache-type-v", "q9", *ONE_GPU, "--json"])
    assert "--cache-type-v" in json.loads(capsys.readouterr().out)["error"]


def test_a_bad_value_with_json_is_one_error_object(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["estimate", "llama-3.1-8b", "--tensor-split", "2,-1", *TWO_GPUS, "--json"])
    assert json.loads(capsys.readouterr().out) == {
        "error": "--tensor-split must be positive numbers separated by commas, such as 3,1, "
        "got 2,-1"
    }


def test_fit_checks_the_split_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["fit", "--tensor-split", "1,1", *ONE_GPU])
    assert "--tensor-split needs one number per GPU: got 2 (1,1) for 1 GPU(s)" in (
        capsys.readouterr().err
    )


def test_different_k_and_v_types_count_each_half(capsys: pytest.CaptureFixture[str]) -> None:
    """q8_0 K + q4_0 V: 34 and 18 bytes per 32 elements (ggml-common.h block_q8_0 / block_q4_0),
    against 2 + 2 bytes per element for f16."""
    f16 = _estimate(capsys, *ONE_GPU)
    mixed = _estimate(capsys, *ONE_GPU, "--cache-type-k", "q8_0", "--cache-type-v", "q4_0")
    cells = 4096
    assert _term(f16, "kv_cache", "gpu0") == LAYERS * cells * KV_WIDTH * (2 + 2)
    assert _term(mixed, "kv_cache", "gpu0") == LAYERS * cells * KV_WIDTH * (34 + 18) // 32
    # --kv-cache sets both halves; --cache-type-k alone leaves V at llama.cpp's f16
    both = _estimate(capsys, *ONE_GPU, "--kv-cache", "q8_0")["settings"]
    k_only = _estimate(capsys, *ONE_GPU, "--cache-type-k", "q8_0")["settings"]
    assert (both["kv_cache"], both["kv_cache_v"]) == ("q8_0", "q8_0")
    assert (k_only["kv_cache"], k_only["kv_cache_v"]) == ("q8_0", "f16")


def test_no_kv_offload_moves_the_cache_to_ram(capsys: pytest.CaptureFixture[str]) -> None:
    on = _estimate(capsys, *ONE_GPU)
    off = _estimate(capsys, *ONE_GPU, "--no-kv-offload")
    gpu_kv = _term(on, "kv_cache", "gpu0")
    assert gpu_kv > 0 and _term(on, "kv_cache", "ram") == 0
    assert (_term(off, "kv_cache", "gpu0"), _term(off, "kv_cache", "ram")) == (0, gpu_kv)
    assert (off["verdict"], off["verdict_detail"]) == ("spills_to_ram", "kv_in_ram")
    assert off["settings"]["gpu_layers"] == LAYERS + 1  # the weights stay on the GPU
    # the cache now comes from RAM: slower
    assert off["tokens_per_second"] < on["tokens_per_second"]


def test_tensor_split_moves_layers(capsys: pytest.CaptureFixture[str]) -> None:
    """llama.cpp's -ts 3,1 puts 3/4 of the 32 repeating layers on the first GPU: 24 and 8
    (llama-model.cpp: layers assigned by the cumulative split); the cache follows its layers."""
    even = _estimate(capsys, *TWO_GPUS)  # two equal free memories: 16 and 16
    three_one = _estimate(capsys, *TWO_GPUS, "--tensor-split", "3,1")
    per_layer = LAYERS * 4096 * KV_WIDTH * 4 // LAYERS
    assert _term(even, "kv_cache", "gpu0") == _term(even, "kv_cache", "gpu1") == 16 * per_layer
    assert _term(three_one, "kv_cache", "gpu0") == 24 * per_layer
    assert _term(three_one, "kv_cache", "gpu1") == 8 * per_layer
    assert three_one["devices"]["gpu0"]["bytes"] > even["devices"]["gpu0"]["bytes"]
    # only the ratios count: 6,2 is 3,1
    assert _estimate(capsys, *TWO_GPUS, "--tensor-split", "6,2")["terms"] == three_one["terms"]


def test_parallel_is_llama_server_slots_of_ctx_tokens(capsys: pytest.CaptureFixture[str]) -> None:
    """--parallel N --ctx C is llama-server -np N -c C*N: N sequences of C tokens in one cache
    of C*N cells (src/llama-context.cpp: n_ctx_seq = n_ctx / n_seq_max), i.e. --batch N."""
    one = _estimate(capsys, *ONE_GPU, "--ctx", "4096")
    slots = _estimate(capsys, *ONE_GPU, "--ctx", "4096", "--parallel", "4")
    batch = _estimate(capsys, *ONE_GPU, "--ctx", "4096", "--batch", "4")
    assert _term(slots, "kv_cache", "gpu0") == 4 * _term(one, "kv_cache", "gpu0")
    assert slots["terms"] == batch["terms"]
    assert (
        _estimate(capsys, *ONE_GPU, "--parallel", "4", "--batch", "4")["terms"] == (slots["terms"])
    )  # agreeing values are fine


def test_vllm_utilization_and_max_num_seqs(capsys: pytest.CaptureFixture[str]) -> None:
    base = [*ONE_GPU, "--runtime", "vllm", "--weights", "bf16", "--ctx", "4096"]
    default = _estimate(capsys, *base)
    assert default["devices"]["gpu0"]["capacity_bytes"] == int(24 * GIB * 0.9)
    half = _estimate(capsys, *base, "--gpu-memory-utilization", "0.5")
    assert half["devices"]["gpu0"]["capacity_bytes"] == int(24 * GIB * 0.5)
    # the same memory is needed; 12 GiB cannot hold 8B bf16 weights (16 GB) any more
    assert half["peak_gpu_bytes"] == default["peak_gpu_bytes"]
    assert (default["verdict"], half["verdict"]) == ("fits_gpu", "does_not_fit")
    seqs = _estimate(capsys, *base, "--max-num-seqs", "4")
    assert seqs["terms"] == _estimate(capsys, *base, "--batch", "4")["terms"]
    assert _term(seqs, "kv_cache", "gpu0") == 4 * _term(default, "kv_cache", "gpu0")
