"""Seven more real load logs for issue 16 (Ollama's own engine, KoboldCpp, llamafile, a
pre-MLA DeepSeek run, a 2024 two-GPU run and a 2026 build): what the reader takes from each,
and that the comparison runs once the catalog model the log ran stands in for its metadata.

Every file names its public source in its first line and in tests/data/logs/README.md; the
golden numbers are the numbers printed in those excerpts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vramscope.app.checks import check_log
from vramscope.app.session import resolve_model
from vramscope.core import parse_weight_format
from vramscope.readers.runlog import RunLog, parse_load_log

LOGS = Path(__file__).resolve().parent.parent / "data" / "logs"

NEW_LOGS = (
    "ollama-2025-07-ollama-engine-two-gpus.log",
    "ollama-2026-02-ollama-engine-device-debug.log",
    "koboldcpp-2024-11-cuda-host-kv.log",
    "llamacpp-2025-deepseek-q4-k-eight-gpus.log",
    "llamacpp-2024-05-nkvo-two-gpus.log",
    "llamafile-2024-trilm-full-offload.log",
    "llamacpp-2026-01-lfm2-audio-full-offload.log",
)


def _text(name: str) -> str:
    """The excerpt without its ``# source:`` line, so the URL cannot name the program."""
    text = (LOGS / name).read_text(encoding="utf-8")
    assert text.startswith("# source: https://github.com/")
    return text.split("\n", 1)[1]


def _log(name: str) -> RunLog:
    return parse_load_log(_text(name))


@pytest.mark.parametrize("name", NEW_LOGS)
def test_each_new_log_is_listed_in_the_readme(name: str) -> None:
    assert f"`{name}`" in (LOGS / "README.md").read_text(encoding="utf-8")


# --- what the reader takes from each log ---------------------------------------------------------


def test_ollama_engine_two_gpus_offload_lines() -> None:
    # source: ollama/ollama PR #11090 (2025-07-18): Mistral Small 3 (mistral3) Q8_0 over two
    # GPUs; the Go engine prints llama.cpp's offload lines inside msg="..."
    log = _log("ollama-2025-07-ollama-engine-two-gpus.log")
    assert log.family == "ollama" and log.origin is not None
    assert log.origin.date == "2025-07-18"
    assert (log.gpu_layers, log.layers_total, log.repeating_layers_offloaded) == (41, 41, 40)
    assert log.output_on_gpu is True
    # "11.5 GiB", "11.9 GiB", "680.0 MiB": Ollama rounds to one decimal
    assert log.buffers_mib["model_buffers_mib"] == {
        "CUDA0": 11.5 * 1024,
        "CUDA1": pytest.approx(11.9 * 1024),
        "CPU": 680.0,
    }
    assert log.buffers_mib["kv_buffers_mib"] == {}
    assert log.n_ctx is None  # no context line in this excerpt


def test_ollama_engine_device_lines_with_debug_level() -> None:
    # source: TandoorRecipes/recipes issue #4246 (2026-02-13): OLLAMA_DEBUG=1, device.go lines
    log = _log("ollama-2026-02-ollama-engine-device-debug.log")
    assert log.family == "ollama" and log.origin is not None
    assert log.origin.date == "2026-02-13"
    assert log.buffers_mib["model_buffers_mib"] == {"CUDA0": 7.0 * 1024, "CPU": 285.7}
    assert log.buffers_mib["kv_buffers_mib"] == {"CUDA0": 912.2}
    assert log.buffers_mib["compute_buffers_mib"] == {
        "CUDA0": pytest.approx(2.9 * 1024),
        "CPU": 8.0,
    }
    # no shape, no layers: the user must name the model
    assert log.gpu_layers is None and log.n_layer is None
    assert check_log(_text("ollama-2026-02-ollama-engine-device-debug.log")).needs == "model"


def test_koboldcpp_kv_in_pinned_host_memory() -> None:
    # source: LostRuins/koboldcpp issue #1225 (2024-11-29): KoboldCpp 1.78, all 41 layers on
    # the GPU but the KV cache in CUDA_Host memory, 6272 tokens past a 4096 training context
    log = _log("koboldcpp-2024-11-cuda-host-kv.log")
    assert (log.family, log.era) == ("llama.cpp", "2024")  # no KoboldCpp banner in the excerpt
    assert (log.n_ctx, log.n_seq_max, log.n_batch, log.n_ubatch) == (6272, 1, 512, 512)
    assert (log.gpu_layers, log.layers_total, log.repeating_layers_offloaded) == (41, 41, 40)
    assert log.output_on_gpu is True
    assert (log.type_k, log.type_v, log.flash_attn) == ("f16", "f16", False)
    assert log.buffers_mib["model_buffers_mib"] == {"CPU_Mapped": 107.42, "CUDA0": 8694.21}
    assert log.buffers_mib["kv_buffers_mib"] == {"CUDA_Host": 4900.0}
    assert log.buffers_mib["output_buffers_mib"] == {"CUDA_Host": 0.12}


def test_deepseek_before_the_mla_cache_with_a_quantized_k() -> None:
    # source: ggml-org/llama.cpp issue #9390 (comment by CHN-STUDENT): DeepSeek (61 layers)
    # over eight GPUs, K in q4_0 and V in f16, 8 sequences in 16384 cells
    log = _log("llamacpp-2025-deepseek-q4-k-eight-gpus.log")
    assert (log.family, log.era) == ("llama.cpp", "2025-q1")
    assert (log.n_ctx, log.n_seq_max, log.n_batch, log.n_ubatch) == (16384, 8, 256, 256)
    assert (log.type_k, log.type_v) == ("q4_0", "f16")
    assert log.buffers_mib["model_buffers_mib"] == {
        "CUDA2": 25338.47,
        "CUDA3": 22171.16,
        "CUDA4": 25338.47,
        "CUDA5": 25338.47,
        "CUDA6": 25338.47,
        "CUDA7": 19728.83,
    }
    assert log.buffers_mib["kv_buffers_mib"] == {
        "CUDA0": 5824.0,
        "CUDA1": 5824.0,
        "CUDA2": 5824.0,
        "CUDA3": 5096.0,
    }


def test_two_gpu_2024_run_with_nkvo() -> None:
    # source: ggml-org/llama.cpp issue #7217 (2024-05-11, build b2849): a Yi-34B merge in
    # IQ4_XS over an RTX 3090 and an RTX 3060, 61 of 61 layers
    log = _log("llamacpp-2024-05-nkvo-two-gpus.log")
    assert (log.family, log.era) == ("llama.cpp", "2024")
    assert (log.gpu_layers, log.layers_total, log.repeating_layers_offloaded) == (61, 61, 60)
    assert log.output_on_gpu is True
    assert log.n_ctx == 2048  # from the command line's "-c 2048": the excerpt prints no n_ctx
    assert [d.description for d in log.devices] == [
        "NVIDIA GeForce RTX 3090",
        "NVIDIA GeForce RTX 3060",
    ]
    assert log.buffers_mib["model_buffers_mib"] == {
        "CUDA_Host": 232.42,
        "CUDA0": 8796.98,
        "CUDA1": 8588.34,
    }


def test_llamafile_full_offload() -> None:
    # source: mozilla-ai/llamafile PR #552 (ikawrakow): TriLM 3.9B on an RTX 4080, 512 tokens
    log = _log("llamafile-2024-trilm-full-offload.log")
    assert (log.family, log.era) == ("llama.cpp", "2024")
    assert (log.n_ctx, log.gpu_layers, log.layers_total) == (512, 31, 31)
    assert (log.type_k, log.type_v) == ("f16", "f16")
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 297.0, "CUDA0": 7317.71}
    assert log.buffers_mib["kv_buffers_mib"] == {"CUDA0": 180.0}
    assert log.buffers_mib["compute_buffers_mib"] == {"CUDA0": 105.0}
    assert log.buffers_mib["output_buffers_mib"] == {"CUDA_Host": 0.19}
    # TriLM is not in the catalog and the excerpt has no shape
    assert check_log(_text("llamafile-2024-trilm-full-offload.log")).needs == "model"


def test_2026_build_output_layer_first() -> None:
    # source: ggml-org/llama.cpp PR #18641 (elfarolab): LFM2.5-Audio-1.5B's LFM2 1.2B backbone
    log = _log("llamacpp-2026-01-lfm2-audio-full-offload.log")
    assert (log.family, log.era) == ("llama.cpp", "2025-03+")
    assert (log.n_ctx, log.n_seq_max, log.n_batch, log.n_ubatch) == (4096, 1, 2048, 512)
    assert (log.gpu_layers, log.layers_total, log.repeating_layers_offloaded) == (17, 17, 15)
    assert log.output_on_gpu is True and log.mmap is False
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 105.0, "CUDA0": 661.25}
    assert log.buffers_mib["kv_buffers_mib"] == {"CUDA0": 48.0}


# --- the comparison runs with the catalog model standing in -------------------------------------


@pytest.mark.parametrize(
    ("name", "model", "weights", "devices"),
    [
        # Mistral Small 3 is a mistral3 model of 40 layers; the log names Q8_0
        (
            "ollama-2025-07-ollama-engine-two-gpus.log",
            "mistral-small-24b",
            "q8_0",
            {"gpu0", "gpu1", "ram"},
        ),
        # 40 layers x 5120 x f16 K and V x 6272 cells = the logged 4900 MiB: Llama 2 13B's shape;
        # token_embd in q5_K: a Q5_K_M file
        ("koboldcpp-2024-11-cuda-host-kv.log", "llama-2-13b", "q5_k_m", {"gpu0", "ram"}),
        # a Yi-34B merge: Yi 1.5 34B has the same shape (60 layers, 7168, GQA 8)
        ("llamacpp-2024-05-nkvo-two-gpus.log", "yi-1.5-34b", "iq4_xs", {"gpu0", "gpu1", "ram"}),
        ("llamacpp-2026-01-lfm2-audio-full-offload.log", "lfm2-1.2b", "q4_0", {"gpu0", "ram"}),
    ],
)
def test_the_comparison_runs_per_device(
    name: str, model: str, weights: str, devices: set[str]
) -> None:
    result = check_log(
        _text(name), spec=resolve_model(model).spec, fmt=parse_weight_format(weights)
    )
    assert result.error is None and result.comparison is not None
    assert {row.device for row in result.comparison.rows} == devices


def test_lfm2_weights_and_kv_match_the_estimate() -> None:
    # LFM2 1.2B in Q4_0 (the post's files are Q4_0 GGUFs): the logged 661.25 MiB of weights
    # and 48 MiB of KV (6 attention layers x 4096 cells x 512 x f16 K and V)
    result = check_log(
        _text("llamacpp-2026-01-lfm2-audio-full-offload.log"),
        spec=resolve_model("lfm2-1.2b").spec,
        fmt=parse_weight_format("q4_0"),
    )
    assert result.comparison is not None
    for term in ("weights", "kv_cache"):
        row = result.comparison.row(term, "gpu0")
        assert row is not None and abs(row.relative_error) < 0.01
