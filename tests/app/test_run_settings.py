"""Issue 12, item 6: the numbers to type into a runtime. Every estimate carries the settings
that reproduce it (llama.cpp, Ollama, LM Studio, vLLM, transformers/PEFT), in
``estimate --json``'s ``run_settings``, the window's "Copy settings" and the Markdown export."""

from __future__ import annotations

import ast
import io
import json
import shlex
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from vramscope.app.export import EstimateTable, markdown_table
from vramscope.app.present.verdicts import verdict_sentence
from vramscope.app.run_settings import (
    PLACEHOLDER_MODEL,
    run_settings,
    run_settings_markdown,
    run_settings_text,
)
from vramscope.app.session import (
    HardwareOptions,
    ModelChoice,
    RunSettings,
    catalog_choice,
    hardware_of,
    plan_for,
    preset_choices,
    weights_for,
)
from vramscope.cli import main as cli_main
from vramscope.core import Hardware, Plan


def _hw(gpus: list[str], ram: str = "64") -> Hardware:
    return hardware_of(HardwareOptions.parse(gpus, ram).to_reading())


def _plan(
    choice: ModelChoice,
    run: RunSettings,
    ctx: int,
    hw: Hardware,
    *,
    weights: str | None = None,
    gpu_layers: int | None = None,
) -> Plan:
    fmt = weights_for(choice, run.runtime, weights, run.mode)
    return plan_for(choice, fmt, run, ctx, hw, gpu_layers=gpu_layers)


def _flags(line: str) -> dict[str, str]:
    """``-ngl 46 -c 8192 --no-mmap`` -> {"-ngl": "46", "-c": "8192", "--no-mmap": ""}."""
    words = shlex.split(line)[3:]  # program, -m, model
    out: dict[str, str] = {}
    i = 0
    while i < len(words):
        if i + 1 < len(words) and not words[i + 1].startswith("-"):
            out[words[i]] = words[i + 1]
            i += 2
        else:
            out[words[i]] = ""
            i += 1
    return out


def _cli_json(argv: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main([*argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def test_run_settings_llamacpp_partial_offload_has_the_plans_numbers() -> None:
    # Llama 3.1 70B Q4_K_M at 8k with a q8_0 cache on a 24 GB card: layers spill to RAM
    choice = catalog_choice("llama-3.1-70b")
    p = _plan(choice, RunSettings(kv_cache_type="q8_0"), 8192, _hw(["RTX 4090"]))
    assert p.detail == "layers_in_ram"
    est = p.estimate
    rc = run_settings(choice, p)
    flags = _flags(rc.llama_server)
    assert shlex.split(rc.llama_server)[:3] == ["llama-server", "-m", "Llama-3.1-70B-Q4_K_M.gguf"]
    assert flags["-ngl"] == str(est.gpu_layers)
    assert flags["-c"] == "8192"
    assert flags["-ctk"] == flags["-ctv"] == "q8_0"
    assert flags["-fa"] == "auto"
    assert "--no-mmap" not in flags and "-nkvo" not in flags and "-ts" not in flags
    assert _flags(rc.llama_cli) == flags  # one sequence: the same flags
    assert f"PARAMETER num_gpu {est.gpu_layers}" in rc.ollama_modelfile
    assert "PARAMETER num_ctx 8192" in rc.ollama_modelfile
    env = dict(rc.ollama_env)
    assert env == {"OLLAMA_FLASH_ATTENTION": "1", "OLLAMA_KV_CACHE_TYPE": "q8_0"}
    # LM Studio's slider goes from 0 to the 80 repeating layers, and a partial value k is
    # -ngl k (source: lmstudio-ai/lmstudio-js issue #252: slider 39 of 40 logs "offloaded
    # 39/41 layers"), so a partial plan's slider value is its -ngl
    assert rc.lm_studio is not None
    assert est.gpu_layers < 80
    assert (rc.lm_studio.gpu_offload, rc.lm_studio.of) == (est.gpu_layers, 80)
    assert rc.lm_studio.context_length == 8192
    assert not rc.vllm_serve and not rc.python


def test_run_settings_gpu_layers_one_convention_in_sentence_and_commands() -> None:
    """The verdict said "41 of 80 layers" while the window said "GPU layers: 42 of 81": both now
    count as -ngl does, the number in the command line."""
    choice = catalog_choice("llama-3.1-70b")
    p = _plan(choice, RunSettings(), 4096, _hw(["RTX 4090"]))
    ngl = p.estimate.gpu_layers
    assert p.detail == "layers_in_ram" and 0 < ngl < 81
    sentence = verdict_sentence(p)
    assert f"{ngl} of 81 layers" in sentence and f"-ngl {ngl};" in sentence
    assert _flags(run_settings(choice, p).llama_server)["-ngl"] == str(ngl)


def test_run_settings_all_layers_and_several_sequences() -> None:
    # Llama 3.1 8B on a 24 GB card fits whole; four llama-server slots of 8k each
    choice = catalog_choice("llama-3.1-8b")
    run = RunSettings(batch=4, flash_attention="on", ubatch_tokens=1024, mmap=False)
    p = _plan(choice, run, 8192, _hw(["RTX 4090"]))
    assert p.verdict == "fits_gpu"
    rc = run_settings(choice, p)
    server, cli = _flags(rc.llama_server), _flags(rc.llama_cli)
    assert server["-ngl"] == str(choice.spec.n_layers + 1) == str(p.estimate.gpu_layers)
    # llama-server's -c is the whole context of its -np slots; llama-cli runs one sequence
    assert (server["-c"], server["-np"]) == (str(4 * 8192), "4")
    assert cli["-c"] == "8192" and "-np" not in cli
    assert server["-fa"] == "on" and server["-ub"] == "1024" and "--no-mmap" in server
    assert "-ctk" not in server  # f16 is llama.cpp's default
    # Ollama gives each parallel request num_ctx
    assert "PARAMETER num_ctx 8192" in rc.ollama_modelfile
    assert dict(rc.ollama_env)["OLLAMA_NUM_PARALLEL"] == "4"
    assert rc.lm_studio is not None and rc.lm_studio.gpu_offload == rc.lm_studio.of == 32
    # Ollama has no micro-batch setting: the settings say so
    assert any(n.code == "run_settings.ollama_cannot" for n in rc.notes)


def test_run_settings_kv_types_kv_offload_and_tensor_split() -> None:
    choice = catalog_choice("qwen2.5-14b")
    run = RunSettings(
        kv_cache_type="q8_0", kv_cache_type_v="q4_0", kv_offload=False, tensor_split=(3.0, 1.0)
    )
    hw = _hw(["RTX 3060:12", "RTX 3060:12"])
    p = _plan(choice, run, 16384, hw, weights="q4_k_m", gpu_layers=49)
    rc = run_settings(choice, p, (3.0, 1.0))
    flags = _flags(rc.llama_server)
    assert (flags["-ctk"], flags["-ctv"], flags["-ngl"]) == ("q8_0", "q4_0", "49")
    assert "-nkvo" in flags and flags["-ts"] == "3,1"
    # Ollama has one cache type for K and V and no -nkvo
    note = next(n for n in rc.notes if n.code == "run_settings.ollama_cannot")
    assert "-ctk/-ctv" in dict(note.params)["options"] and "-nkvo" in dict(note.params)["options"]
    # without a split given, the split llama.cpp uses by default: free memory per GPU (GiB)
    assert _flags(run_settings(choice, p).llama_server)["-ts"] == "12,12"


def test_run_settings_moe_expert_offload() -> None:
    # gpt-oss-120b on a 24 GB card with 36 layers' experts in RAM (--n-cpu-moe)
    choice = catalog_choice("gpt-oss-120b")
    run = RunSettings(n_cpu_moe=30)
    p = _plan(choice, run, 8192, _hw(["RTX 4090"], "96"), gpu_layers=choice.spec.n_layers + 1)
    assert p.estimate.experts_ram_layers
    flags = _flags(run_settings(choice, p).llama_server)
    assert flags["--n-cpu-moe"] == "30"
    assert flags["-ngl"] == str(choice.spec.n_layers + 1)


def test_run_settings_vllm_line() -> None:
    choice = catalog_choice("llama-3.1-8b")
    run = RunSettings(runtime="vllm", batch=8, kv_cache_type="fp8", gpu_memory_utilization=0.85)
    p = _plan(choice, run, 16384, _hw(["RTX 4090", "RTX 4090"]), weights="fp8")
    rc = run_settings(choice, p)
    words = shlex.split(rc.vllm_serve)
    assert words[:3] == ["vllm", "serve", choice.hf_repo] and choice.hf_repo
    args = dict(zip(words[3::2], words[4::2], strict=True))
    assert args == {
        "--max-model-len": "16384",
        "--gpu-memory-utilization": "0.85",
        "--max-num-seqs": "8",
        "--kv-cache-dtype": "fp8",
        "--tensor-parallel-size": "2",
        "--quantization": "fp8",
    }
    assert not rc.llama_server and rc.lm_studio is None and not rc.ollama_modelfile


def test_run_settings_qlora_snippet_is_python_with_the_plans_settings() -> None:
    choice = catalog_choice("llama-3.1-8b")
    run = RunSettings(
        runtime="transformers", mode="qlora", batch=2, lora_rank=32, optimizer="adamw-8bit"
    )
    p = _plan(choice, run, 2048, _hw(["RTX 4090"]))
    code = run_settings(choice, p).python
    ast.parse(code)  # it runs as Python (syntax), not just looks like it
    assert f'"{choice.hf_repo}"' in code
    assert 'bnb_4bit_quant_type="nf4"' in code and "load_in_4bit=True" in code
    assert "prepare_model_for_kbit_training(model, use_gradient_checkpointing=True)" in code
    assert "LoraConfig(r=32," in code and 'target_modules="all-linear"' in code
    assert "per_device_train_batch_size=2," in code and 'optim="adamw_bnb_8bit"' in code
    assert "max_length=2048" in code


def test_run_settings_full_training_and_lora_targets() -> None:
    choice = catalog_choice("llama-3.2-1b")
    lora = RunSettings(runtime="transformers", mode="lora", lora_targets=("q_proj", "v_proj"))
    code = run_settings(choice, _plan(choice, lora, 1024, _hw(["RTX 4090"]))).python
    ast.parse(code)
    assert 'target_modules=["q_proj", "v_proj"]' in code
    assert "model.gradient_checkpointing_enable()" in code and "BitsAndBytes" not in code
    full = RunSettings(runtime="transformers", mode="full", grad_checkpointing=False)
    code = run_settings(choice, _plan(choice, full, 1024, _hw(["RTX 4090"]))).python
    ast.parse(code)
    assert "gradient_checkpointing=False," in code and "peft" not in code


def test_run_settings_user_file_and_preset(tmp_path: Path) -> None:
    from tests._support.model_files import write_llama_gguf

    from vramscope.app.session import file_choice

    path = tmp_path / "my models" / "tiny.gguf"
    path.parent.mkdir()
    write_llama_gguf(path)
    choice = file_choice(str(path))
    p = _plan(choice, RunSettings(), 2048, _hw(["RTX 4090"]))
    rc = run_settings(choice, p)
    assert shlex.split(rc.llama_server)[2] == str(path.resolve())  # quoted: it has a space
    assert rc.ollama_modelfile[0] == f"FROM {path.resolve()}"
    preset = preset_choices()[0]
    rc = run_settings(preset, _plan(preset, RunSettings(), 2048, _hw(["RTX 4090"])))
    assert shlex.split(rc.llama_server)[2].startswith(PLACEHOLDER_MODEL)
    assert [n.code for n in rc.notes] == ["run_settings.placeholder"]


def test_run_settings_in_estimate_json_only_for_the_runtime() -> None:
    cli = _cli_json(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--ctx", "8192",
                     "--gpu", "RTX 3060:12", "--ram", "32"])  # fmt: skip
    rs = cli["run_settings"]
    assert set(rs) == {"llama_server", "llama_cli", "ollama", "lm_studio"}
    assert _flags(rs["llama_server"])["-ngl"] == str(cli["settings"]["gpu_layers"])
    assert _flags(rs["llama_server"])["-c"] == str(cli["settings"]["ctx"])
    assert rs["ollama"]["modelfile"][2] == f"PARAMETER num_gpu {cli['settings']['gpu_layers']}"
    assert rs["lm_studio"]["of"] == 32
    cli = _cli_json(["estimate", "llama-3.1-8b", "--runtime", "vllm", "--ctx", "8192",
                     "--gpu", "RTX 4090", "--ram", "32"])  # fmt: skip
    assert set(cli["run_settings"]) == {"vllm_serve"}
    assert "--max-model-len 8192" in cli["run_settings"]["vllm_serve"]


def test_run_settings_text_and_markdown_section() -> None:
    choice = catalog_choice("llama-3.1-70b")
    p = _plan(choice, RunSettings(), 4096, _hw(["RTX 4090"]))
    rc = run_settings(choice, p)
    text = run_settings_text(rc)
    assert text.startswith("Run settings\n") and f"    {rc.llama_server}\n" in text
    assert "LM Studio: GPU offload" in text
    md = markdown_table(
        EstimateTable("t", "s", [], [], run_settings_markdown=run_settings_markdown(rc))
    )
    assert "### Run settings" in md
    assert f"```\n{rc.llama_server}\n```" in md
    assert "\n".join(f"{line}" for line in rc.ollama_modelfile) in md
    # without settings the table has no such section
    assert "Run settings" not in markdown_table(EstimateTable("t", "s", [], []))
