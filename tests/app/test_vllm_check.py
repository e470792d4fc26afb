"""The vLLM estimate against real vLLM start-up logs, term by term (app.vllm_check).

The logs are tests/data/logs/vllm-*.log (sources in their first line). Logged figures are
pinned as printed; estimated figures are compared with them only where the estimate models
the same quantity exactly (weights, KV bytes per token), with the log's rounding as tolerance.
Where vLLM counts differently (activations, non-torch memory) the test pins the note that
explains it, not a number.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vramscope.app.checks import CheckResult, check_log
from vramscope.app.present import all_codes, render
from vramscope.app.present.checks import comparison_summary
from vramscope.app.session import catalog_choice
from vramscope.app.vllm_check import VllmCheck, check_vllm, model_from_log, vllm_format
from vramscope.core import parse_weight_format
from vramscope.readers.runlog import RunLogError
from vramscope.readers.vllm_log import parse_vllm_log

LOGS = Path(__file__).resolve().parent.parent / "data" / "logs"
GIB = 1 << 30


def _text(name: str) -> str:
    return (LOGS / name).read_text(encoding="utf-8")


def _check(name: str, model: str | None = None) -> VllmCheck:
    spec = catalog_choice(model).spec if model else None
    return check_vllm(_text(name), spec=spec)


def _row(c: VllmCheck, term: str) -> tuple[int, int]:
    row = c.comparison.row(term, "gpu0")
    assert row is not None, term
    return row.estimated_bytes, row.logged_bytes


def _codes(c: VllmCheck) -> set[str]:
    return {n.code for n in c.notes}


def test_memory_table_llama3_8b_h100() -> None:
    # source: vllm PR #10511 (youkaichao): weights 14.96 GiB, activation peak 1.26 GiB,
    # non-torch 1.79 GiB, KV 53.29 GiB (no token count)
    c = _check("vllm-2024-12-v0-memory-table-h100.log")
    assert c.setup.spec.model_id == "llama-3-8b"  # from "vllm serve meta-llama/Meta-Llama-3-8B"
    assert (c.setup.fmt.id, c.setup.n_gpus) == ("bf16", 1)
    assert c.setup.workload.runtime == "vllm"
    assert c.setup.workload.gpu_memory_utilization == 0.90
    est, logged = _row(c, "weights")
    assert logged == round(14.96 * GIB)
    assert abs(est - logged) <= 0.005 * GIB  # the log rounds to 0.01 GiB
    assert _row(c, "activations")[1] == round(1.26 * GIB)
    assert _row(c, "runtime_overhead")[1] == round(1.79 * GIB)
    assert c.comparison.row("kv_cache", "gpu0") is None  # no tokens: compared per token only
    assert {
        "vllm.model_from_log",
        "vllm.kv_tokens_missing",
        "vllm.non_torch_after_start",
    } <= _codes(c)


def test_tensor_parallel_2_splits_weights_and_explains_nccl() -> None:
    # source: vllm PR #10511 (youkaichao), the same model with -tp 2: weights 7.48 GiB per GPU,
    # non-torch 3.58 GiB (NCCL buffers)
    c = _check("vllm-2024-12-v0-memory-table-h100-tp2.log")
    assert c.setup.n_gpus == 2
    est, logged = _row(c, "weights")
    assert logged == round(7.48 * GIB)
    assert abs(est - logged) <= 0.005 * GIB
    assert {"vllm.non_torch_nccl", "vllm.per_gpu", "vllm.missing_runtime_overhead"} & _codes(c) == {
        "vllm.non_torch_nccl",
        "vllm.per_gpu",
    }


def test_profiling_results_with_the_model_given() -> None:
    # source: vllm issue #10517 (kaspersiminski): RTX 3090, Llama-3.1-8B-Instruct,
    # max_model_len 20000, KV 3.81 GiB in 1952 blocks of 16 tokens
    c = _check("vllm-2024-12-v0-profiling-results-3090.log", "llama-3.1-8b")
    assert c.setup.workload.context_tokens == 20000
    est_w, logged_w = _row(c, "weights")
    assert logged_w == round(14.9888 * GIB)
    assert abs(est_w - logged_w) / logged_w < 0.005
    est_kv, logged_kv = _row(c, "kv_cache")
    assert logged_kv == round(3.81 * GIB)
    # 1952 x 16 tokens at Llama 3.1 8B's 128 KiB per token: within the log's rounding
    assert abs(est_kv - logged_kv) <= 0.005 * GIB
    # V0 without chunked prefill profiled all 20000 tokens at once, not 8192
    profiled = next(n for n in c.notes if n.code == "vllm.profiled_tokens")
    assert profiled.args["profiled_tokens"] == 20000
    assert {"vllm.activation_from_peak", "vllm.non_torch_total"} <= _codes(c)


def test_model_found_by_its_numbers() -> None:
    # source: generative-computing/mellea PR #416: no model name; weights 1.12 GiB and
    # 61.84 GiB of KV in 36184 blocks x 16 tokens = 114,692 bytes per token, which is
    # Qwen3 0.6B's 28 layers x 8 KV heads x 128 x 2 (K, V) x 2 bytes = 114,688
    c = _check("vllm-2025-02-v0-worker-h100.log")
    assert c.setup.spec.model_id == "qwen3-0.6b"
    assert "vllm.model_by_numbers" in _codes(c)
    est_kv, logged_kv = _row(c, "kv_cache")
    assert logged_kv == round(61.84 * GIB)
    assert abs(est_kv - logged_kv) <= 0.005 * GIB
    assert _row(c, "cuda_graphs")[1] == round(0.13 * GIB)


def test_same_architecture_models_are_one_match() -> None:
    # vllm issue #10517's log names no model; Llama 3 8B, Llama 3.1 8B and the R1 distill
    # share the architecture, so any of them gives the same estimate and the note names them
    c = _check("vllm-2024-12-v0-profiling-results-3090.log")
    note = next(n for n in c.notes if n.code == "vllm.model_by_numbers_same")
    names = {note.args["name"], *str(note.args["others"]).split(", ")}
    assert {"Llama 3.1 8B", "Llama 3 8B"} <= names


def test_v1_w8a8_weights_and_blocks_only() -> None:
    # source: vllm PR #12569 (mgoin): Meta-Llama-3.1-70B-Instruct-quantized.w8a8,
    # "Loading model weights took 67.7229 GB", "# GPU blocks: 1381"
    c = _check("vllm-2025-01-v1-llama-70b-w8a8.log")
    assert c.setup.spec.model_id == "llama-3.1-70b"
    assert c.setup.fmt.id == "fp8"  # int8 weights: one byte each
    est, logged = _row(c, "weights")
    assert logged == round(67.7229 * GIB)
    assert abs(est - logged) / logged < 0.01
    assert [r.term for r in c.comparison.rows] == ["weights"]
    assert {"vllm.int8_as_fp8", "vllm.kv_bytes_missing", "vllm.missing_activations"} <= _codes(c)


def test_v1_tensor_parallel_4_fp8() -> None:
    # source: vllm issue #21348: Qwen3-235B-A22B-FP8, --tensor-parallel-size 4,
    # 8.11 GiB of KV for 178,880 tokens on each GPU
    c = _check("vllm-2025-07-v1-tp4-qwen3-235b-fp8.log")
    assert (c.setup.spec.model_id, c.setup.fmt.id, c.setup.n_gpus) == (
        "qwen3-235b-a22b",
        "fp8",
        4,
    )
    est, logged = _row(c, "kv_cache")
    assert logged == round(8.11 * GIB)
    # 94 layers x 4 KV heads x 128 x 2 x 2 bytes / 4 GPUs = 48,128 bytes per token; the log
    # gives 48,681 (1.1 % more)
    assert abs(est - logged) / logged < 0.02
    assert {"vllm.missing_weights", "vllm.util_assumed"} <= _codes(c)


def test_kv_only_log_needs_the_model() -> None:
    # source: LMCache issue #1739: the KV per token fits Qwen3 14B and Mistral Nemo alike,
    # and there are no weights to tell them apart
    with pytest.raises(RunLogError) as info:
        _check("vllm-2025-10-v1-qwen3-14b-kv.log")
    assert info.value.note.code == "vllm.model_ambiguous"
    # the note names the first four matches in catalog order; Falcon3 10B (40 layers x 4 KV
    # heads x 256) has Qwen3 14B's KV per token too and comes before it
    assert "Mistral Nemo 12B" in str(info.value.note.args["names"])
    c = _check("vllm-2025-10-v1-qwen3-14b-kv.log", "qwen3-14b")
    est, logged = _row(c, "kv_cache")
    assert logged == round(6.51 * GIB)
    assert abs(est - logged) <= 0.005 * GIB


def test_unknown_model_is_asked_for() -> None:
    with pytest.raises(RunLogError) as info:
        _check("vllm-2024-02-v0-opt-125m.log")
    assert info.value.note.code == "vllm.model_unknown"
    assert info.value.note.args["model"] == "facebook/opt-125m"


def test_window_path_dispatches_vllm_logs() -> None:
    # app.checks.check_log (the window's "Check a real run") reads a vLLM log with this reader
    result = check_log(_text("vllm-2025-02-v0-worker-h100.log"))
    assert isinstance(result, CheckResult)
    assert result.comparison is not None and result.setup is not None
    assert result.log is not None and result.log.source == "vllm"
    direct = _check("vllm-2025-02-v0-worker-h100.log")
    assert result.comparison == direct.comparison
    asks = check_log(_text("vllm-2024-02-v0-opt-125m.log"))
    assert (asks.needs, asks.comparison) == ("model", None)
    chosen = check_log(
        _text("vllm-2024-02-v0-opt-125m.log"), spec=catalog_choice("qwen2.5-0.5b").spec
    )
    assert chosen.comparison is not None


@pytest.mark.parametrize(
    ("model", "quantization", "dtype", "expected"),
    [
        ("Qwen/Qwen3-8B-FP8", "", "bfloat16", "fp8"),
        ("Qwen/Qwen2.5-7B-Instruct-AWQ", "awq", "float16", "awq-4bit"),
        ("x/Qwen2.5-7B-Instruct-GPTQ-Int4", "gptq", "float16", "gptq-4bit"),
        ("/models/QwQ-32B-unsloth-bnb-4bit", "bitsandbytes", "bfloat16", "nf4"),
        ("facebook/opt-125m", "", "float16", "fp16"),
        ("meta-llama/Llama-3.1-8B", "", "bfloat16", "bf16"),
    ],
)
def test_weight_format_from_the_log(
    model: str, quantization: str, dtype: str, expected: str
) -> None:
    text = (
        f"INFO llm_engine.py] Initializing an LLM engine (v0.6.3) with config: model='{model}', "
        f"dtype=torch.{dtype}, max_seq_len=4096, quantization={quantization or 'None'}\n"
        "INFO model_runner.py] Loading model weights took 1.0 GB\n"
    )
    fmt, _ = vllm_format(parse_vllm_log(text))
    assert fmt.id == expected


@pytest.mark.parametrize(
    ("logged", "catalog_id"),
    [
        (
            "/models/models--meta-llama--Meta-Llama-3.1-8B-Instruct/snapshots/0e9e39f2",
            "llama-3.1-8b",
        ),
        (
            "/root/autodl-tmp/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
            "deepseek-r1-distill-qwen-14b",
        ),
        ("Qwen/Qwen2.5-7B-Instruct", "qwen2.5-7b"),
        ("/path/to/Qwen3-235B-A22B-FP8", "qwen3-235b-a22b"),
    ],
)
def test_model_names_as_logged_match_the_catalog(logged: str, catalog_id: str) -> None:
    log = parse_vllm_log(f"vllm serve {logged}\nLoading model weights took 1.0 GB\n")
    spec, _, note = model_from_log(log, parse_weight_format("bf16"), "bf16", 1)
    assert spec.model_id == catalog_id
    assert note.code == "vllm.model_from_log"


def test_every_vllm_note_renders() -> None:
    codes = set(all_codes())
    for name in sorted(LOGS.glob("vllm-*.log")):
        try:
            c = check_vllm(name.read_text(encoding="utf-8"))
        except RunLogError as exc:
            assert exc.note.code in codes
            continue
        for note in c.notes:
            assert note.code in codes
            assert render(note)
        assert comparison_summary(c.comparison)
