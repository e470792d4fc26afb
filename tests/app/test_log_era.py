"""Era-aware comparison (app.log_era) and partial logs (app.log_match) through check_log."""

from __future__ import annotations

from pathlib import Path

from tests._support.messages import english, message

from vramscope.app.checks import check_log
from vramscope.catalog.models import find_model
from vramscope.core.compare import compare_buffers
from vramscope.core.formats import parse_weight_format

LOGS = Path(__file__).resolve().parent.parent / "data" / "logs"
MIB = 1 << 20


def _text(name: str) -> str:
    text = (LOGS / name).read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith("# source:") else text


def test_old_ngl_and_whole_mapped_file_match_a_2024_ollama_log() -> None:
    # source: ollama/ollama issue #3301 (2024-04): llama3:70b (Q4_0, Ollama's default tag),
    # 30 of 81 layers on an RTX 4070 Ti SUPER. Logged: CPU 38110.61 MiB (the whole mapped
    # file), CUDA0 13771.88 MiB (30 repeating layers, the output layer stayed on the CPU).
    text = _text("ollama-2024-04-partial-offload.log")
    spec, fmt = find_model("llama-3-70b").spec, parse_weight_format("q4_0")
    result = check_log(text, spec=spec, fmt=fmt)
    assert result.comparison is not None and result.setup is not None
    assert result.setup.output_on_cpu and result.setup.gpu_layers == 31
    codes = [n.code for n in result.notes]
    assert "era.ngl_output_on_cpu" in codes and "era.mapped_whole_file" in codes
    for device in ("gpu0", "ram"):
        row = result.comparison.row("weights", device)
        assert row is not None and abs(row.relative_error) < 0.001, device
    # without the era's semantics the same estimate is far off on the CPU
    plain = compare_buffers(result.setup.estimate(), result.log.buffers_mib)  # type: ignore[union-attr]
    ram = plain.row("weights", "ram")
    assert ram is not None and ram.relative_error < -0.3
    sentences = english(result.notes)
    assert (
        "this build kept the output layer (822 MiB) on the CPU with -ngl 30; today's llama.cpp "
        "offloads it first, so the estimate follows the old placement"
    ) in sentences


# Synthetic (not a real log), in the 2024 format: DeepSeek-V3 at 2048 cells on one GPU before
# llama.cpp's MLA cache. 9760 MiB = 61 layers x 128 heads x (192 + 128) x 2 bytes x 2048 cells,
# the "9.6 GiB" issue 16 quotes for such a build (and 137 MiB for today's latent cache).
_DEEPSEEK_2024 = """\
llm_load_print_meta: model ftype      = Q4_K - Medium
llm_load_tensors: offloaded 62/62 layers to GPU
llama_new_context_with_model: n_ctx      = 2048
llama_new_context_with_model: flash_attn = 0
llama_kv_cache_init:      CUDA0 KV buffer size =  9760.00 MiB
llama_new_context_with_model: KV self size  = 9760.00 MiB, K (f16): 5856.00 MiB, V (f16): 3904.00 MiB
"""  # noqa: E501


def test_deepseek_full_kv_before_the_mla_cache() -> None:
    spec = find_model("deepseek-v3").spec
    result = check_log(_DEEPSEEK_2024, spec=spec)
    assert result.comparison is not None
    kv = result.comparison.row("kv_cache", "gpu0")
    assert kv is not None and abs(kv.relative_error) < 0.005
    (note,) = [n for n in result.notes if n.code == "era.mla_full_kv"]
    assert english([note]) == [
        "this build stored DeepSeek's full K/V: 9.53 GiB; today's llama.cpp needs 137 MiB"
    ]
    # a 2026 build (sched_reserve:) has the latent cache: no era note, the gap stays
    later = _DEEPSEEK_2024.replace("llama_new_context_with_model:", "llama_context:")
    later += "sched_reserve: reserving ...\n"
    later_result = check_log(later, spec=spec)
    assert all(n.code != "era.mla_full_kv" for n in later_result.notes)


def test_deepseek_full_kv_with_k_and_v_of_different_types() -> None:
    # source: ggml-org/llama.cpp issue #9390 (CHN-STUDENT): DeepSeek-R1 on eight GPUs before
    # the MLA cache, K q4_0 beside V f16; CUDA0 logged a 5824 MiB KV buffer. K and
    # V are scaled by their own types: counting both as q4_0 gave -50%.
    text = _text("llamacpp-2025-deepseek-q4-k-eight-gpus.log")
    spec = find_model("deepseek-r1").spec
    result = check_log(text, spec=spec, fmt=parse_weight_format("q2_k"))
    assert result.comparison is not None
    assert "era.mla_full_kv" in [n.code for n in result.notes]
    kv = result.comparison.row("kv_cache", "gpu0")
    assert kv is not None and abs(kv.relative_error) < 0.01


def test_no_repack_buffers_in_a_2024_cpu_only_log() -> None:
    # Synthetic 2024-format CPU-only run of Llama 3 8B Q4_0: the estimate adds today's
    # CPU_REPACK copy; a 2024 build had none, and its mapped buffer is the weights.
    text = (
        "llm_load_print_meta: model ftype      = Q4_0\n"
        "llm_load_tensors: offloaded 0/33 layers to GPU\n"
        "llm_load_tensors:        CPU buffer size =  4437.80 MiB\n"
        "llama_new_context_with_model: n_ctx      = 4096\n"
        "llama_kv_cache_init:        CPU KV buffer size =   512.00 MiB\n"
    )
    result = check_log(text, spec=find_model("llama-3-8b").spec)
    assert result.comparison is not None
    assert "era.no_repack" in [n.code for n in result.notes]
    weights = result.comparison.row("weights", "ram")
    assert weights is not None and abs(weights.relative_error) < 0.001
    # the same lines from a 2025-03+ build keep the repacked copy (a real estimator gap)
    newer = text.replace("llm_load_tensors:", "load_tensors:").replace(
        "llama_new_context_with_model:", "llama_context:"
    )
    assert "era.no_repack" not in [n.code for n in check_log(newer, spec=result.setup.spec).notes]  # type: ignore[union-attr]


def test_partial_log_model_from_its_shape_and_what_is_missing() -> None:
    # source: ggml-org/llama.cpp PR #1827 (2023-06): Nous-Hermes 13B has Llama 2 13B's shape
    result = check_log(_text("llamacpp-2023-06-ggml-mem-required.log"))
    assert result.comparison is not None and result.error is None
    sentences = english(result.notes)
    assert "the model's shape in the log matches llama-2-13b in the catalog" in sentences
    assert "the log shows no KV cache buffers; only what it shows is compared" in sentences
    assert "the log shows no compute buffers; only what it shows is compared" in sentences
    assert sentences[0] == "written by llama.cpp; llama.cpp output of 2023-03 to 2023-08"


def test_excerpt_without_buffers_says_why_nothing_is_compared() -> None:
    # source: abetlen/llama-cpp-python PR #1525: metadata only, Llama 3 8B's shape
    result = check_log(_text("llama-cpp-python-import-metadata.log"))
    assert result.needs == "format"  # no file type line in the excerpt
    assert "the model's shape in the log matches llama-3-8b in the catalog" in english(result.notes)
    llama = find_model("llama-3-8b").spec
    chosen = check_log(
        _text("llama-cpp-python-import-metadata.log"),
        spec=llama,
        fmt=parse_weight_format("q8_0"),
    )
    # the excerpt has no context line either: the reason is named, never "nothing"
    assert chosen.error is not None
    assert message(chosen.error) == "the log lacks the context size (llama_context: n_ctx = ...)"


def test_unknown_text_lists_the_lines_it_did_not_recognise() -> None:
    result = check_log("hello\nworld\n[llama] something else\nmore\n")
    assert result.error is not None
    assert message(result.error) == (
        "no llama.cpp load lines found in 4 lines (is this a llama.cpp / Ollama log?); not "
        "recognised: hello | world | [llama] something else"
    )
