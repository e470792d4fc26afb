"""The load-log reader across llama.cpp's eras and the programs built on it: number formats,
line prefixes, pre-2024 totals, file-type spellings, KV cell counts, family and era detection,
and one test per real log added for issue 16 pinning what was read.

Every ``*.log`` in tests/data/logs is a public excerpt named in its first line (``# source:``)
and in tests/data/logs/README.md; golden numbers are the numbers printed in those excerpts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests._support.messages import english

from vramscope.readers.log_family import build_months, detect_family
from vramscope.readers.runlog import RunLog, parse_load_log, runlog_setup

LOGS = Path(__file__).resolve().parent.parent / "data" / "logs"


def _text(name: str) -> str:
    """The excerpt without its ``# source:`` line, so the URL cannot name the program."""
    text = (LOGS / name).read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith("# source:") else text


def _log(name: str) -> RunLog:
    return parse_load_log(_text(name))


def test_new_excerpts_name_their_source_in_the_first_line_and_the_readme() -> None:
    readme = (LOGS / "README.md").read_text(encoding="utf-8")
    for f in LOGS.glob("*.log"):
        first = f.read_text(encoding="utf-8").split("\n", 1)[0]
        if first.startswith("# source:"):
            assert "https://github.com/" in first
            assert f.name in readme


# --- number formats and line prefixes -----------------------------------------------------------

# Synthetic lines in the shapes llama.cpp prints (not from a log): one of each number format
# and prefix the reader must accept.
_PLAIN = """\
load_tensors: offloaded 33/33 layers to GPU
load_tensors:        CUDA0 model buffer size =  4403.49 MiB
llama_context: n_ctx         = 4096
llama_kv_cache:      CUDA0 KV buffer size =   512.00 MiB
llama_kv_cache: size =  512.00 MiB (  4096 cells,  32 layers,  1/1 seqs), K (f16):  256.00 MiB, V (f16):  256.00 MiB
llama_context:      CUDA0 compute buffer size =   296.00 MiB
"""  # noqa: E501


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        "ollama  | ",  # docker compose
        "ollama-1  | ",
        "Apr 19 16:54:17 quorra ollama[1180]: ",  # systemd journal
        "2025-03-05 09:00:48 ",  # Docker Desktop's copy
        "0.00.185.553 I ",  # llama-box
        "[2025-01-21 10:00:00][DEBUG] ",  # LM Studio
        "\x1b[32m",  # a colour code
    ],
)
def test_line_prefixes_do_not_change_what_is_read(prefix: str) -> None:
    text = "".join(prefix + line + "\n" for line in _PLAIN.splitlines())
    log = parse_load_log(text)
    assert log.buffers_mib["model_buffers_mib"] == {"CUDA0": 4403.49}
    assert log.buffers_mib["kv_buffers_mib"] == {"CUDA0": 512.0}
    assert log.buffers_mib["compute_buffers_mib"] == {"CUDA0": 296.0}
    assert (log.n_ctx, log.gpu_layers, log.layers_total) == (4096, 33, 33)
    assert (log.type_k, log.type_v) == ("f16", "f16")


def test_decimal_commas_are_read() -> None:
    # European locales print "8169,25 MiB" (issue 16): every size keeps its fraction
    text = _PLAIN.replace("4403.49", "4403,49").replace("512.00", "512,00")
    text = text.replace("296.00", "296,00")
    log = parse_load_log(text)
    assert log.buffers_mib["model_buffers_mib"] == {"CUDA0": 4403.49}
    assert log.buffers_mib["kv_buffers_mib"] == {"CUDA0": 512.0}
    assert log.buffers_mib["compute_buffers_mib"] == {"CUDA0": 296.0}


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("llama_kv_cache: size =  512.00 MiB (  4096 cells,  32 layers,  1/1 seqs)", 4096),
        ("llama_kv_cache_unified: size =   24.00 MiB (   768 cells,  32 layers,  1 seqs)", 768),
        ("llama_kv_cache_unified: size = 4096.00 MiB (32768 cells,  32 layers)", 32768),
        ("llama_kv_cache: size = 4352.00 MiB (131072 cells,  16 layers,  4/1 seqs)", 131072),
    ],
)
def test_kv_cells_with_and_without_sequences(line: str, cells: int) -> None:
    # the cell count is the context when no n_ctx line survives
    log = parse_load_log(line + "\n")
    assert log.n_ctx == cells


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("IQ2_XSS - 2.0625 bpw", "iq2_xxs"),  # llama.cpp's own early-2024 spelling
        ("IQ2_XXS - 2.0625 bpw", "iq2_xxs"),
        ("MXFP4 MoE", "mxfp4_moe"),  # gpt-oss
        ("TQ1_0 - 1.69 bpw ternary", "tq1_0"),
        ("IQ3_S mix - 3.66 bpw", "iq3_m"),
        ("IQ1_M - 1.75 bpw", "iq1_m"),
        ("Q4_0_4_4", "q4_0"),
        ("mostly Q4_K - Medium", "q4_k_m"),
        ("18 (mostly Q6_K)", "q6_k"),  # GGML era: "ftype = 18 (mostly Q6_K)"
    ],
)
def test_file_type_spellings(text: str, fmt: str) -> None:
    base = _PLAIN.replace("load_tensors: offloaded", f"print_info: file type   = {text}\n"
                          "load_tensors: offloaded")  # fmt: skip
    synthetic = base + "\n".join(
        [
            "print_info: arch             = llama",
            "print_info: n_ctx_train      = 131072",
            "print_info: n_embd           = 4096",
            "print_info: n_layer          = 32",
            "print_info: n_head           = 32",
            "print_info: n_head_kv        = 8",
            "print_info: n_ff             = 14336",
            "print_info: n_vocab          = 128256",
            "",
        ]
    )
    assert runlog_setup(parse_load_log(synthetic)).fmt.id == fmt


# --- pre-2024 totals ------------------------------------------------------------------------------


def test_gguf_2023_totals_become_buffers() -> None:
    # source: ggml-org/llama.cpp issue #3616 (2023-10): LLaVA on two RTX 3090, -ngl 0
    log = _log("llamacpp-2023-10-llava-mem-required.log")
    assert (log.family, log.era, log.old_totals) == ("llama.cpp", "gguf-2023", True)
    assert (log.gpu_layers, log.layers_total, log.n_ctx) == (0, 35, 2048)
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 4560.96, "CUDA0": 0.0}
    assert log.buffers_mib["kv_buffers_mib"] == {"CPU": 1024.0}
    assert log.buffers_mib["compute_buffers_mib"] == {"CPU": 162.13}
    assert [d.description for d in log.devices] == ["NVIDIA GeForce RTX 3090"] * 2


def test_vram_used_one_layer_old_ngl() -> None:
    # source: simonw/llm-llama-cpp issue #19 (2023-09): -ngl 1 of a 7B model
    log = _log("llamacpp-2023-09-vram-used-one-layer.log")
    assert log.era == "gguf-2023"
    assert (log.gpu_layers, log.layers_total, log.repeating_layers_offloaded) == (1, 35, 1)
    # one repeating layer and no output layer: llama.cpp's -ngl before PR #18148
    assert log.output_on_gpu is False
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 3767.53, "CUDA0": 124.0}


def test_ggml_era_model_load_internal() -> None:
    # source: ggml-org/llama.cpp PR #1827 (2023-06): a GGML (pre-GGUF) Nous-Hermes 13B Q6_K
    log = _log("llamacpp-2023-06-ggml-mem-required.log")
    assert log.era == "ggml-2023"
    assert (log.n_layer, log.n_embd, log.n_head, log.n_ff, log.n_vocab) == (
        40, 5120, 40, 13824, 32001,
    )  # fmt: skip
    assert log.n_ctx == 2048 and log.file_type == "18 (mostly Q6_K)"
    # no "offloaded" line in that era's excerpt: the -ngl of the command line, on a CUDA build
    assert log.gpu_layers == 40
    assert log.file_size_bytes is None  # "model size = 13B" is a parameter count
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 2304.46}


# --- families -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "family", "era"),
    [
        ("llama-cpp-python-import-metadata.log", "llama-cpp-python", ""),
        ("llama-cpp-python-model-metadata.log", "llama-cpp-python", ""),
        ("llama-cpp-python-2024-03-cpu-buffers.log", "llama.cpp", "2024"),
        ("llamasharp-native-loader.log", "llamasharp", ""),
        ("ollama-2024-04-partial-offload.log", "ollama", "2024"),
        ("ollama-2025-03-cpu-only.log", "ollama", "2025-q1"),
        ("lmstudio-2025-01-print-meta.log", "lm studio", "2024"),
        ("llamacpp-2025-09-cpu-only.log", "llama.cpp", "2025-03+"),
        ("llamacpp-2026-05-qwen35-hybrid-rs.log", "llama.cpp", "2026"),
        ("koboldcpp-2026-03-journal-two-gpus.log", "llama.cpp", "2025+"),
    ],
)
def test_family_and_era_from_the_logs_own_markers(name: str, family: str, era: str) -> None:
    log = _log(name)
    assert (log.family, log.era) == (family, era)


def test_family_markers() -> None:
    assert detect_family("ollama  | llm_load_tensors: x\n").family == "ollama"
    assert detect_family("[LLamaSharp Native] llama_model_loader: x\n").family == "llamasharp"
    assert detect_family("[llama Info]: NativeLibraryConfig Description:\n").family == "llamasharp"
    assert detect_family("Welcome to KoboldCpp - Version 1.80\n").family == "koboldcpp"
    ollama_engine = detect_family('time=x level=INFO source=ggml.go:1 msg="model weights"\n')
    assert (ollama_engine.family, ollama_engine.runner) == ("ollama", "ollama engine")
    assert detect_family("build: 6448 (24a6734d) with cc\n").build == 6448
    assert detect_family("main: build = 1415 (6336701)\n").build == 1415
    # Ollama's vendored llama.cpp prints build=0 or 1: no build for Ollama
    assert detect_family("ollama[1]: build: 1 (abcdef0)\nollama[1]: msg=x\n").build is None


def test_era_bounds_say_before_or_not() -> None:
    old = detect_family("llm_load_tensors: VRAM used: 1 MB\n")
    assert (old.first_month, old.last_month) == ("2023-08", "2024-01")
    assert old.before("2024-11") is True and old.before("2023-01") is False
    # print_info is still printed today: the era bounds only the start
    now = detect_family("print_info: n_layer = 1\n")
    assert now.before("2025-12") is None and now.before("2024-12") is False
    dated = detect_family("time=2025-02-07T09:39:05.074Z level=INFO msg=x\n")
    assert dated.date == "2025-02-07" and dated.before("2025-04") is True


# --- the real logs added for issue 16: what each one gives ----------------------------------------


def test_ollama_offload_to_cuda_with_the_runner_command() -> None:
    # source: ollama/ollama issue #7622 (2024-11-11): Ollama's plan and the runner's flags
    log = _log("ollama-2024-11-offload-to-cuda-cmd.log")
    assert (log.family, log.origin and log.origin.date) == ("ollama", "2024-11-11")
    assert (log.n_ctx, log.n_seq_max, log.n_batch, log.gpu_layers) == (8192, 4, 512, 33)
    assert log.ollama is not None and log.ollama.layers_model == 33
    assert log.ollama.memory("memory.required.kv") == 1 << 30
    assert log.buffers == ()


def test_ollama_debug_log_with_an_offload_plan() -> None:
    # source: ollama/ollama issue #8923 (2025-02-07): a DEBUG server log, 33 of 33 layers
    log = _log("ollama-2025-02-offload-to-cuda-debug.log")
    assert log.family == "ollama"
    assert log.ollama is not None
    assert (log.ollama.layers_model, log.ollama.layers_offload) == (33, 33)
    assert log.ollama.memory("memory.weights.total") == int(11.9 * (1 << 30))
    assert log.output_on_gpu is True


def test_llama_cpp_python_cpu_buffers() -> None:
    # source: ggml-org/llama.cpp issue #6360 (2024-03): a 10.7B Q5_K_M through the Python
    # bindings, everything on the CPU
    log = _log("llama-cpp-python-2024-03-cpu-buffers.log")
    assert (log.n_ctx, log.n_batch, log.n_ubatch) == (4096, 512, 512)
    assert log.file_type == "Q5_K - Medium" and log.model_params == 10_730_000_000
    assert log.file_size_bytes == int(7.08 * (1 << 30))
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 7245.25}


def test_llama_cpp_python_metadata_only() -> None:
    # source: abetlen/llama-cpp-python PR #1525: `llama_cpp.Llama(...)` in a Python prompt
    log = _log("llama-cpp-python-import-metadata.log")
    assert log.family == "llama-cpp-python"
    assert (log.arch, log.n_layer, log.n_embd, log.n_head, log.n_head_kv, log.n_ff) == (
        "llama", 32, 4096, 32, 8, 14336,
    )  # fmt: skip
    assert log.name == "Meta-Llama-3-8B-Instruct" and log.buffers == ()


def test_koboldcpp_journal_new_ngl_counting() -> None:
    # source: LostRuins/koboldcpp issue #2030 (2026-03): the output layer offloaded first,
    # 43 repeating layers: -ngl 44 of 49 in today's counting
    log = _log("koboldcpp-2026-03-journal-two-gpus.log")
    assert (log.gpu_layers, log.layers_total, log.repeating_layers_offloaded) == (44, 49, 43)
    assert log.output_on_gpu is True
    assert log.mmap is False
    assert log.buffers_mib["model_buffers_mib"] == {"CPU": 809.29, "CUDA0": 31014.14}


def test_long_lines_are_skipped_with_a_note() -> None:
    long = "print_info: n_layer = 7 " + "x" * 5000 + "\n"
    log = parse_load_log(_PLAIN + long)
    assert log.n_layer is None
    assert english(log.notes) == ["1 lines longer than 4096 characters were skipped"]


def test_ngl_meaning_follows_the_logs_era() -> None:
    # Synthetic lines (not from a log): -ngl 20 of a 32-layer model, no "offloading N
    # repeating layers" line to say where the output layer went.
    lines = [
        "print_info: arch             = llama",
        "print_info: n_ctx_train      = 131072",
        "print_info: n_embd           = 4096",
        "print_info: n_layer          = 32",
        "print_info: n_head           = 32",
        "print_info: n_head_kv        = 8",
        "print_info: n_ff             = 14336",
        "print_info: n_vocab          = 128256",
        "print_info: file type   = Q4_K - Medium",
        "load_tensors: offloaded 20/33 layers to GPU",
        "load_tensors:        CUDA0 model buffer size =  2290.21 MiB",
        "llama_context: n_ctx         = 4096",
    ]
    # a 2026 build (sched_reserve:): today's -ngl, the output layer and 19 repeating layers
    new = runlog_setup(parse_load_log("\n".join([*lines, "sched_reserve: reserving"]) + "\n"))
    assert (new.gpu_layers, new.output_on_cpu) == (20, False)
    # a 2024 build (llm_load_tensors:): the last 20 repeating layers, the output on the CPU
    old_text = "\n".join(lines).replace("load_tensors:", "llm_load_tensors:")
    old_text = old_text.replace("print_info:", "llm_load_print_meta:")
    old_text = old_text.replace("llama_context:", "llama_new_context_with_model:") + "\n"
    old = runlog_setup(parse_load_log(old_text))
    assert (old.gpu_layers, old.output_on_cpu) == (21, True)


def test_build_numbers_date_a_log() -> None:
    # anchors from logs whose seed (the start time) dates the build: see BUILD_MONTHS
    assert build_months(1415) == ("2023-10", "2023-11")
    assert build_months(3000) == ("2024-04", "2024-07")
    assert build_months(7000) == ("2025-09", "")
    assert build_months(1000) == ("", "2023-10")
    # build 6448 of a 2025-03+ log: September 2025 or later, not yet today's -ngl (2025-12)?
    fam = detect_family("build: 6448 (24a6734d) with cc\nllama_context: n_ctx = 1\n")
    assert (fam.first_month, fam.last_month) == ("2025-09", "")
    assert fam.before("2025-04") is False and fam.before("2025-12") is None
    old = detect_family("main: build = 2694 (0d56246f)\nllm_load_tensors: x\n")
    assert (old.first_month, old.last_month) == ("2024-04", "2024-07")
