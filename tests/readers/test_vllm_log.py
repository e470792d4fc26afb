"""parse_vllm_log on real vLLM start-up logs (V0 and V1 formats), and on hostile text.

Every log in tests/data/logs/vllm-*.log is copied from the public thread named in its first
line (and in tests/data/logs/README.md); the golden numbers below are the numbers printed in
those logs, converted to bytes the way vLLM computed them (GiB = 2^30; V0's "GB" and "MB" are
GiB and MiB: vllm/worker/model_runner.py divides by 2**30 and 2**20).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

from vramscope.readers.runlog import MAX_LOG_CHARS, RunLogError, parse_load_log
from vramscope.readers.vllm_log import VllmLog, looks_like_vllm, parse_vllm_log

LOGS = Path(__file__).resolve().parent.parent / "data" / "logs"
GIB = 1 << 30
MIB = 1 << 20


def _read(name: str) -> VllmLog:
    return parse_vllm_log((LOGS / name).read_text(encoding="utf-8"))


def _gib(x: float) -> int:
    return round(x * GIB)


def test_every_vllm_log_is_listed_with_its_source_first() -> None:
    readme = (LOGS / "README.md").read_text(encoding="utf-8")
    files = sorted(LOGS.glob("vllm-*.log"))
    assert len(files) >= 5
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert f.name in readme
        assert text.startswith("# source: https://github.com/")
        assert looks_like_vllm(text)
        assert parse_vllm_log(text).has_memory


def test_llamacpp_logs_are_not_taken_for_vllm() -> None:
    for f in sorted(LOGS.glob("*.log")):
        if not f.name.startswith("vllm-"):
            assert not looks_like_vllm(f.read_text(encoding="utf-8")), f.name


def test_v0_2024_config_line_and_weights_in_mb() -> None:
    # source: vllm PR #3120 (mgoin), facebook/opt-125m: "Loading model weights took 244.61 MB",
    # "# GPU blocks: 76240", config line max_seq_len=2048, dtype=torch.float16
    log = _read("vllm-2024-02-v0-opt-125m.log")
    assert (log.engine, log.memory_format) == ("v0", "weights_only")
    assert log.model == "facebook/opt-125m"
    assert (log.dtype, log.kv_cache_dtype, log.quantization) == ("float16", "auto", "")
    assert (log.max_model_len, log.tensor_parallel_size) == (2048, 1)
    assert log.weights_bytes == round(244.61 * MIB)
    assert log.gpu_blocks == 76240
    assert log.kv_cache_tokens == 76240 * 16  # vLLM's default block of 16 tokens
    assert log.kv_cache_bytes is None and log.activation_bytes is None


def test_v0_2024_12_profiling_results_line() -> None:
    # source: vllm issue #10517 (kaspersiminski, RTX 3090, 20k run)
    log = _read("vllm-2024-12-v0-profiling-results-3090.log")
    assert (log.engine, log.memory_format) == ("v0", "profiling_results")
    assert log.model == ""  # the model is named only in the post's prose
    assert log.weights_bytes == _gib(14.9888)
    assert log.total_gpu_memory_bytes == _gib(23.58)
    assert log.peak_torch_bytes == _gib(17.06)
    # the activation peak is torch's peak minus the weights
    assert log.activation_bytes == _gib(17.06) - _gib(14.9888)
    assert log.non_torch_bytes == _gib(0.35)
    assert log.kv_cache_bytes == _gib(3.81)
    assert log.gpu_memory_utilization == 0.90
    assert log.gpu_blocks == 1952  # "GPU blocks: 1952" (the paste lost the "#")
    assert log.max_model_len == 20000  # "Maximum concurrency for 20000 tokens per request"
    assert log.max_concurrency == 1.56


def test_v0_2024_12_memory_table() -> None:
    # source: vllm PR #10511 (youkaichao), vllm serve meta-llama/Meta-Llama-3-8B on an H100
    log = _read("vllm-2024-12-v0-memory-table-h100.log")
    assert (log.engine, log.memory_format) == ("v0", "profiling_table")
    assert log.model == "meta-llama/Meta-Llama-3-8B"
    assert log.tensor_parallel_size is None
    assert log.total_gpu_memory_bytes == _gib(79.22)
    assert log.gpu_memory_utilization == 0.90
    assert log.budget_bytes == _gib(71.29)
    assert log.weights_bytes == _gib(14.96)
    assert log.non_torch_bytes == _gib(1.79)
    assert log.activation_bytes == _gib(1.26)
    assert log.kv_cache_bytes == _gib(53.29)
    assert log.kv_cache_tokens is None
    assert log.unread_lines == ()


def test_v0_tensor_parallel_from_the_command_line() -> None:
    # source: vllm PR #10511 (youkaichao), the same model with -tp 2: half the weights, NCCL in
    # non-torch memory; the thread's text ends before the KV figure
    log = _read("vllm-2024-12-v0-memory-table-h100-tp2.log")
    assert log.tensor_parallel_size == 2
    assert log.weights_bytes == _gib(7.48)
    assert log.non_torch_bytes == _gib(3.58)
    assert log.activation_bytes == _gib(1.26)
    assert log.kv_cache_bytes is None


def test_v0_2025_sentence_and_cuda_graphs() -> None:
    # source: generative-computing/mellea PR #416 (planetf1), vLLM 0.7-0.8 worker.py lines
    log = _read("vllm-2025-02-v0-worker-h100.log")
    assert (log.engine, log.memory_format) == ("v0", "profiling_sentence")
    assert log.total_gpu_memory_bytes == _gib(79.19)
    assert log.gpu_memory_utilization == 0.80
    assert log.budget_bytes == _gib(63.35)
    assert log.weights_bytes == _gib(1.12)
    assert log.non_torch_bytes == _gib(0.16)
    assert log.activation_bytes == _gib(0.23)
    assert log.kv_cache_bytes == _gib(61.84)
    assert log.gpu_blocks == 36184  # "# cuda blocks: 36184"
    assert log.max_model_len == 8192
    assert log.cuda_graph_bytes == _gib(0.13)  # "Graph capturing finished in 2 secs, took 0.13 GiB"


def test_v1_early_2025_blocks_and_serve_flags() -> None:
    # source: vllm PR #12569 (mgoin): VLLM_USE_V1=1 vllm serve
    # neuralmagic/Meta-Llama-3.1-70B-Instruct-quantized.w8a8 --max-model-len 2048
    # --gpu-memory-utilization 0.98
    log = _read("vllm-2025-01-v1-llama-70b-w8a8.log")
    assert (log.engine, log.memory_format) == ("v1", "v1")
    assert log.model == "neuralmagic/Meta-Llama-3.1-70B-Instruct-quantized.w8a8"
    assert (log.max_model_len, log.gpu_memory_utilization) == (2048, 0.98)
    assert log.weights_bytes == _gib(67.7229)
    assert log.gpu_blocks == 1381
    assert log.kv_cache_tokens == 1381 * 16
    assert log.max_concurrency == 10.79


def test_v1_tensor_parallel_4_kv_lines_and_a_continued_command() -> None:
    # source: vllm issue #21348 (MMuzzammil1): Qwen3-235B-A22B-FP8 on 4x H100
    log = _read("vllm-2025-07-v1-tp4-qwen3-235b-fp8.log")
    assert log.engine == "v1"
    assert log.model == "/path/to/Qwen3-235B-A22B-FP8"
    assert log.tensor_parallel_size == 4  # from "--tensor-parallel-size 4 \" continued lines
    assert log.kv_cache_bytes == _gib(8.11)
    assert log.kv_cache_tokens == 178_880
    assert log.weights_bytes is None


def test_v1_engine_core_prefixes() -> None:
    # source: LMCache issue #1739 (jaeyoun98), Qwen3-14B on one GPU
    log = _read("vllm-2025-10-v1-qwen3-14b-kv.log")
    assert log.engine == "v1"
    assert log.kv_cache_bytes == _gib(6.51)
    assert log.kv_cache_tokens == 42_656
    assert log.max_model_len == 32_768
    assert log.max_concurrency == 1.30


def test_v1_config_line_non_default_args_and_graph_estimate() -> None:
    # lines as vLLM 0.10-0.27 print them (formats from vllm issue #21348's thread, club-3090
    # issue #1086 and gpustack/runner PR #251); the numbers are made up for the test
    text = "\n".join(
        [
            "(APIServer pid=1) INFO 08-22 00:08:58 [api_utils.py:273] non-default args: "
            "{'model_tag': 'Qwen/Qwen3-8B', 'model': 'Qwen/Qwen3-8B', 'max_model_len': 16384, "
            "'gpu_memory_utilization': 0.85, 'kv_cache_dtype': 'fp8', 'max_num_seqs': 16, "
            "'tensor_parallel_size': 2}",
            "(EngineCore pid=140) INFO 08-22 00:09:01 [core.py:114] Initializing a V1 LLM "
            "engine (v0.10.1) with config: model='Qwen/Qwen3-8B', dtype=torch.bfloat16, "
            "max_seq_len=16384, tensor_parallel_size=2, quantization=None",
            "(Worker_TP0 pid=159) INFO 08-22 00:10:01 [gpu_model_runner.py:1] Model loading "
            "took 7.63 GiB memory and 12.1 seconds",
            "(Worker_TP0 pid=159) INFO 08-22 00:11:20 [gpu_model_runner.py:2] Estimated CUDA "
            "graph memory: 0.36 GiB total",
            "(Worker_TP0 pid=159) INFO 08-22 00:11:50 [gpu_worker.py:563] Available KV cache "
            "memory: 11.15 GiB",
            "(Worker_TP1 pid=160) INFO 08-22 00:11:50 [gpu_worker.py:563] Available KV cache "
            "memory: 11.16 GiB",
            "(EngineCore pid=140) INFO 08-22 00:11:50 [kv_cache_utils.py:2235] GPU KV cache "
            "size: 214,135 tokens",
        ]
    )
    log = parse_vllm_log(text)
    assert (log.engine, log.version) == ("v1", "0.10.1")
    assert (log.model, log.dtype, log.kv_cache_dtype) == ("Qwen/Qwen3-8B", "bfloat16", "fp8")
    assert (log.max_model_len, log.max_num_seqs, log.tensor_parallel_size) == (16384, 16, 2)
    assert log.gpu_memory_utilization == 0.85
    assert log.weights_bytes == _gib(7.63)
    assert log.cuda_graph_bytes == _gib(0.36)
    assert log.kv_cache_bytes == _gib(11.15)  # rank 0's line, the first printed
    assert log.kv_cache_tokens == 214_135


def test_unknown_memory_lines_are_named() -> None:
    text = (
        "INFO 01-01 [model_runner.py:1] Loading model weights took 1.5 GB\n"
        "INFO 01-01 [worker.py:1] KV cache memory pool sized to 3.25 GiB\n"
    )
    log = parse_vllm_log(text)
    assert log.weights_bytes == _gib(1.5)
    assert log.unread_lines == ("INFO 01-01 [worker.py:1] KV cache memory pool sized to 3.25 GiB",)
    assert [n.code for n in log.notes] == ["log.vllm_unread_lines"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("INFO vllm serve foo\nnothing about memory\n", "vllm.no_memory_lines"),
        ("Loading model weights took 999999999 GB\n", "runlog.implausible_size"),
        ("Available KV cache memory: 1 GiB\n# GPU blocks: 0\n", "runlog.implausible_value"),
        (
            "Loading model weights took 1 GB\ngpu_memory_utilization=7.5\n",
            "runlog.implausible_value",
        ),
    ],
)
def test_bad_logs_raise_one_coded_error(text: str, code: str) -> None:
    with pytest.raises(RunLogError) as info:
        parse_vllm_log(text)
    assert info.value.note.code == code


def test_hostile_text_is_bounded() -> None:
    with pytest.raises(RunLogError) as info:
        parse_vllm_log("x" * (MAX_LOG_CHARS + 1))
    assert info.value.note.code == "runlog.too_big"
    with pytest.raises(RunLogError):
        parse_vllm_log(b"\xff\xfe" * 1000)
    # one 10 MB line with a memory figure at its end: read within the line bound, no error
    big = "Loading model weights took 1.0 GB " + "9" * 10_000_000
    start = time.process_time()
    assert parse_vllm_log(big).weights_bytes == GIB
    # no timed assertion (shared machines): the check is that it returned at all
    assert time.process_time() - start >= 0


def test_truncation_at_every_line_never_raises_another_error() -> None:
    text = (LOGS / "vllm-2025-02-v0-worker-h100.log").read_text(encoding="utf-8")
    for cut in range(0, len(text), 7):
        with contextlib.suppress(RunLogError):
            parse_vllm_log(text[:cut])


def test_a_vllm_log_is_not_a_llamacpp_load_log() -> None:
    # the llama.cpp reader refuses it; app.checks sends it to the vLLM reader instead
    text = (LOGS / "vllm-2025-02-v0-worker-h100.log").read_text(encoding="utf-8")
    with pytest.raises(RunLogError):
        parse_load_log(text)


def test_a_log_in_an_unknown_wording_names_its_lines() -> None:
    text = "(EngineCore pid=7) INFO [gpu_worker.py:1] KV cache memory pool sized to 3.25 GiB\n"
    with pytest.raises(RunLogError) as info:
        parse_vllm_log(text)
    assert info.value.note.code == "vllm.unrecognised_lines"
    assert "KV cache memory pool sized to 3.25 GiB" in str(info.value.note.args["line"])


def test_v1_debug_profiling_lines() -> None:
    # the wording of vllm/utils MemoryProfilingResult.__repr__ and gpu_worker.py (V1 0.9+,
    # VLLM_LOGGING_LEVEL=DEBUG), figures as a public V1 debug log printed them
    text = (
        "(EngineCore_DP0 pid=2552931) DEBUG 09-28 21:12:43 [v1/worker/gpu_worker.py:280] "
        "Initial free memory: 21.19 GiB; Requested memory: 0.90 (util), 21.21 GiB\n"
        "(EngineCore_DP0 pid=2552931) DEBUG 09-28 21:12:43 [v1/worker/gpu_worker.py:291] "
        "Free memory after profiling: 14.23 GiB (total), 9.97 GiB (within requested)\n"
        "(EngineCore_DP0 pid=2552931) DEBUG 09-28 21:12:43 [v1/worker/gpu_worker.py:297] "
        "Memory profiling takes 14.40 seconds. Total non KV cache memory: 10.22GiB; torch peak "
        "memory increase: 1.40GiB; non-torch forward increase memory: 0.02GiB; weights memory: "
        "8.80GiB.\n"
        "(EngineCore_DP0 pid=2552931) INFO 09-28 21:12:43 [v1/worker/gpu_worker.py:298] "
        "Available KV cache memory: 8.60 GiB\n"
    )
    log = parse_vllm_log(text)
    assert (log.engine, log.memory_format) == ("v1", "v1")
    assert log.gpu_memory_utilization == 0.90
    assert log.budget_bytes == _gib(21.21)
    assert log.weights_bytes == _gib(8.80)
    assert log.activation_bytes == _gib(1.40)
    assert log.non_torch_bytes == _gib(0.02)
    assert log.kv_cache_bytes == _gib(8.60)
    assert log.unread_lines == ()


def test_a_million_blank_lines_and_a_flood_of_memory_lines_are_bounded() -> None:
    # the fuzz case that once took 48 s: a vLLM log with 1.7 million empty lines spliced in
    text = (LOGS / "vllm-2025-01-v1-llama-70b-w8a8.log").read_text(encoding="utf-8")
    lines = text.splitlines()
    blank = "\n".join([*lines[:3], *([""] * 1_000_000), *lines[3:]])
    assert parse_vllm_log(blank).weights_bytes == _gib(67.7229)
    # a server log full of memory lines after the start-up: only the first 50,000 are read
    flood = text + "INFO worker.py] model weights take 1.00GiB\n" * 60_000
    log = parse_vllm_log(flood)
    assert log.weights_bytes == _gib(67.7229)  # the start-up figure, read first
    assert "log.vllm_lines_capped" in [n.code for n in log.notes]
