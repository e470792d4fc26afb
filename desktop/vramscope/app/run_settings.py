"""The settings that reproduce an estimate, as the user types them into a runtime.

A plan fixes the GPU layers, the KV cache types and placement, flash attention, the context,
the parallel sequences, the micro-batch and mmap; this module writes them out for the program
the user runs: a ``llama-server`` / ``llama-cli`` command line, Ollama's Modelfile parameters
and server environment, LM Studio's load settings, a ``vllm serve`` line, or a transformers /
PEFT snippet for training. ``estimate --json`` (``run_settings``), the window's "Copy settings"
button and the Markdown export all come from :func:`run_settings`, so they cannot disagree.

GPU layers are counted as llama.cpp's ``-ngl`` counts them everywhere (the output layer is one
more slot: ``n_layers + 1`` means everything), since that is the number the user types; LM
Studio's slider, a layer count whose maximum is ``n_layers``, is the one exception (see
:func:`_lm_studio`).
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from vramscope.core import GIB, LLAMACPP_DEFAULT_UBATCH_TOKENS, Estimate, Note, Plan, Workload

from .present import Translate, identity, render
from .session import ModelChoice

__all__ = [
    "LmStudioSettings",
    "RunCommands",
    "model_reference",
    "run_settings",
    "run_settings_markdown",
    "run_settings_text",
]

# What the settings call a model they have no file or repository for (a size preset).
PLACEHOLDER_MODEL = "MODEL"

# llama.cpp's flags, as named in ``llama-server --help``. source: ggml-org/llama.cpp
# common/arg.cpp: -m/--model, -ngl/--gpu-layers, -c/--ctx-size (the total over the -np slots),
# -np/--parallel, -ctk/--cache-type-k, -ctv/--cache-type-v, -fa/--flash-attn on|off|auto,
# -ub/--ubatch-size (default 512), --no-mmap, -nkvo/--no-kv-offload, -ts/--tensor-split,
# -ncmoe/--n-cpu-moe, -sm/--split-mode (layer by default).
LLAMACPP_DEFAULT_KV = "f16"

# Ollama: Modelfile PARAMETERs num_ctx (tokens per request) and num_gpu (layers sent to the
# GPU, passed to llama.cpp as n_gpu_layers, so -ngl's count); server environment
# OLLAMA_FLASH_ATTENTION, OLLAMA_KV_CACHE_TYPE (f16, q8_0, q4_0: one type for K and V, and only
# with flash attention) and OLLAMA_NUM_PARALLEL (each parallel request gets num_ctx).
# source: ollama/ollama docs/modelfile.md (PARAMETER table: "num_gpu: the number of layers to
# send to the GPU(s)"), docs/faq.md and envconfig/config.go (the variables' names).
OLLAMA_KV_TYPES = ("f16", "q8_0", "q4_0")

# transformers' TrainingArguments.optim names for the optimizers the estimator models.
# source: transformers training_args.py OptimizerNames (adamw_torch, adamw_bnb_8bit, sgd,
# adafactor).
_HF_OPTIM = {
    "adamw": "adamw_torch",
    "adamw-8bit": "adamw_bnb_8bit",
    "sgd": "sgd",
    "adafactor": "adafactor",
}
_TORCH_DTYPE = {"bf16": "torch.bfloat16", "fp16": "torch.float16", "fp32": "torch.float32"}


@dataclass(frozen=True, slots=True)
class LmStudioSettings:
    """LM Studio's model load settings: GPU offload as its slider counts (``of`` layers)."""

    gpu_offload: int
    of: int
    context_length: int
    flash_attention: bool
    k_cache: str
    v_cache: str

    def to_json(self) -> dict[str, Any]:
        return {
            "gpu_offload": self.gpu_offload,
            "of": self.of,
            "context_length": self.context_length,
            "flash_attention": self.flash_attention,
            "k_cache": self.k_cache,
            "v_cache": self.v_cache,
        }


@dataclass(frozen=True, slots=True)
class RunCommands:
    """The settings for one plan; only those of the plan's runtime are filled ("" or None)."""

    llama_server: str = ""
    llama_cli: str = ""
    ollama_modelfile: tuple[str, ...] = ()
    ollama_env: tuple[tuple[str, str], ...] = ()
    lm_studio: LmStudioSettings | None = None
    vllm_serve: str = ""
    python: str = ""
    # what a runtime cannot set, and what a placeholder stands for (codes ``run_settings.*``)
    notes: tuple[Note, ...] = ()

    def to_json(self, tr: Translate = identity) -> dict[str, Any]:
        """``estimate --json``'s ``run_settings``: only the keys that apply to the plan."""
        out: dict[str, Any] = {}
        if self.llama_server:
            out["llama_server"] = self.llama_server
            out["llama_cli"] = self.llama_cli
        if self.ollama_modelfile:
            out["ollama"] = {"modelfile": list(self.ollama_modelfile), "env": dict(self.ollama_env)}
        if self.lm_studio is not None:
            out["lm_studio"] = self.lm_studio.to_json()
        if self.vllm_serve:
            out["vllm_serve"] = self.vllm_serve
        if self.python:
            out["python"] = self.python
        if self.notes:
            out["notes"] = [render(n, tr) for n in self.notes]
        return out


def model_reference(choice: ModelChoice, runtime: str, format_id: str) -> str:
    """What the runtime is pointed at: the user's file (or its folder), the catalog model's
    Hugging Face repository, or for llama.cpp a GGUF file named as quantizers publish them
    (``Llama-3.1-8B-Instruct-Q4_K_M.gguf``); :data:`PLACEHOLDER_MODEL` for a size preset."""
    if choice.kind == "file":
        path = choice.key.removeprefix("file:")
        if runtime == "llama.cpp" or not path.lower().endswith(".json"):
            return path
        return str(PurePath(path).parent)  # a config.json: its folder holds the checkpoint
    if runtime != "llama.cpp":
        return choice.hf_repo or PLACEHOLDER_MODEL
    base = (choice.hf_repo or choice.model_id).rsplit("/", 1)[-1]
    if choice.kind == "preset":
        base = PLACEHOLDER_MODEL
    return f"{base}-{format_id.upper()}.gguf"


def _join(words: list[str]) -> str:
    return " ".join(shlex.quote(w) for w in words)


def _tensor_split(p: Plan, given: Sequence[float]) -> str:
    """The split the plan was made with: the user's (``--tensor-split``), the solver's (layers
    per GPU, when it moved layers to the GPU that --n-cpu-moe emptied), else llama.cpp's
    default, each GPU's free memory (in GiB: only the ratios count)."""
    if given:
        return ",".join(f"{v:g}" for v in given)
    if p.tensor_split:
        return ",".join(str(n) for n in p.tensor_split)
    return ",".join(str(max(round(b / GIB), 1)) for b in p.gpu_budget_bytes)


def _context_tokens(est: Estimate) -> int:
    """The context to ask the runtime for: the text's, and the tokens of the images per prompt
    that the estimate added to it (core.vision)."""
    vis = est.model.vision
    images = est.workload.images if vis is not None else 0
    return est.workload.context_tokens + (images * vis.tokens_per_image if vis else 0)


# the projector file beside a vision model's GGUF, as the common GGUF repositories name it
MMPROJ_FILE = "mmproj-F16.gguf"


def _llamacpp_flags(p: Plan, split: Sequence[float], *, server: bool) -> list[str]:
    est = p.estimate
    wl = est.workload
    # -c is the whole context of the server's -np slots; llama-cli runs one sequence
    ctx = _context_tokens(est) * (wl.batch if server else 1)
    flags = ["-ngl", str(est.gpu_layers if est.n_gpus else 0), "-c", str(ctx)]
    if est.term("vision_weights"):
        flags += ["--mmproj", MMPROJ_FILE]
    if server and wl.batch > 1:
        flags += ["-np", str(wl.batch)]
    if wl.kv_cache_type != LLAMACPP_DEFAULT_KV:
        flags += ["-ctk", wl.kv_cache_type]
    if wl.v_cache_type != LLAMACPP_DEFAULT_KV:
        flags += ["-ctv", wl.v_cache_type]
    flags += ["-fa", wl.flash_attention]
    if wl.ubatch_tokens != LLAMACPP_DEFAULT_UBATCH_TOKENS:
        flags += ["-ub", str(wl.ubatch_tokens)]
    if not wl.mmap:
        flags.append("--no-mmap")
    if not wl.kv_offload and est.n_gpus:
        flags.append("-nkvo")
    if est.experts_ram_layers and wl.n_cpu_moe:
        flags += ["--n-cpu-moe", str(min(wl.n_cpu_moe, est.model.n_layers))]
    if est.n_gpus > 1:
        flags += ["-ts", _tensor_split(p, split)]
        if wl.split_mode != "layer":
            flags += ["-sm", wl.split_mode]
    return flags


def _ollama(p: Plan, model: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], list[str]]:
    """Modelfile lines, server environment, and the plan's options Ollama cannot set."""
    est = p.estimate
    wl = est.workload
    lines = (
        f"FROM {model}",
        f"PARAMETER num_ctx {_context_tokens(est)}",
        f"PARAMETER num_gpu {est.gpu_layers if est.n_gpus else 0}",
    )
    env = [("OLLAMA_FLASH_ATTENTION", "1" if wl.flash_attention_on else "0")]
    missing: list[str] = []
    if wl.kv_cache_type != wl.v_cache_type:
        missing.append("-ctk/-ctv")
    if wl.kv_cache_type in OLLAMA_KV_TYPES and wl.kv_cache_type != LLAMACPP_DEFAULT_KV:
        env.append(("OLLAMA_KV_CACHE_TYPE", wl.kv_cache_type))
    elif wl.kv_cache_type not in OLLAMA_KV_TYPES:
        missing.append(f"KV {wl.kv_cache_type}")
    if wl.batch > 1:
        env.append(("OLLAMA_NUM_PARALLEL", str(wl.batch)))
    if not wl.kv_offload and est.n_gpus:
        missing.append("-nkvo")
    if est.experts_ram_layers and wl.n_cpu_moe:
        missing.append("--n-cpu-moe")
    if wl.ubatch_tokens != LLAMACPP_DEFAULT_UBATCH_TOKENS:
        missing.append("-ub")
    # Ollama always splits by layer. source: ollama/ollama issue #6131 (a maintainer: "we do
    # not currently expose a way to change the split mode, and always use layer mode")
    if wl.split_mode != "layer" and est.n_gpus > 1:
        missing.append(f"-sm {wl.split_mode}")
    return lines, tuple(env), missing


def _lm_studio(p: Plan) -> LmStudioSettings:
    """LM Studio's "GPU Offload" slider counts layers from 0 to the model's repeating layers
    (``n_layers``). Its maximum offloads everything, the output layer too (llama.cpp's
    ``n_layers + 1``); any lower value k is passed on as ``-ngl k``, so llama.cpp logs "offloaded
    k/n_layers+1 layers". source: lmstudio-ai/lmstudio-js issue #252 (a 40-layer model: the
    slider goes 0-40, 40 logs "offloaded 41/41 layers", 39 logs "offloaded 39/41"; -ngl 40
    cannot be set from it); lmstudio-ai/lms issue #412 and lmstudio-bug-tracker issue #2312
    ("GPU Offload 93/93", "Max/65 layers": the slider's maximum is the layer count). So the
    slider takes the plan's -ngl as it is, except -ngl n_layers, which it cannot express: one
    layer fewer there, whose memory never exceeds the plan's."""
    est = p.estimate
    wl = est.workload
    n_layers = est.model.n_layers
    ngl = est.gpu_layers if est.n_gpus else 0
    offload = n_layers if ngl >= n_layers + 1 else min(ngl, n_layers - 1)
    return LmStudioSettings(
        gpu_offload=offload,
        of=n_layers,
        context_length=_context_tokens(est),
        flash_attention=wl.flash_attention_on,
        k_cache=wl.kv_cache_type,
        v_cache=wl.v_cache_type,
    )


def _vllm(p: Plan, model: str, fmt_family: str) -> str:
    est = p.estimate
    wl = est.workload
    words = [
        "vllm",
        "serve",
        model,
        "--max-model-len",
        str(_context_tokens(est)),
        "--gpu-memory-utilization",
        f"{wl.gpu_memory_utilization:g}",
        "--max-num-seqs",
        str(wl.batch),
    ]
    if wl.kv_cache_type == "fp8":
        words += ["--kv-cache-dtype", "fp8"]
    if est.n_gpus > 1:
        words += ["--tensor-parallel-size", str(est.n_gpus)]
    # GPTQ, AWQ and MXFP4 checkpoints say their quantization in config.json; FP8 from a BF16
    # checkpoint and bitsandbytes are chosen at load. source: vLLM docs, quantization/.
    if fmt_family == "fp8":
        words += ["--quantization", "fp8"]
    elif fmt_family == "bnb":
        words += ["--quantization", "bitsandbytes"]
    elif est.weights_format == "fp16":
        words += ["--dtype", "float16"]
    return _join(words)


def _python(p: Plan, model: str, fmt_family: str, fmt_bits: int) -> str:
    """A transformers (+ PEFT for LoRA/QLoRA) snippet that loads and runs as estimated: the
    training stack the estimator assumes (SDPA attention, bitsandbytes, PEFT)."""
    est = p.estimate
    wl: Workload = est.workload
    compute = _TORCH_DTYPE[wl.compute_dtype]
    dtype = _TORCH_DTYPE.get(est.weights_format, compute)
    imports = ["import torch", "from transformers import AutoModelForCausalLM"]
    load = [
        f"model = AutoModelForCausalLM.from_pretrained(\n    {json.dumps(model)},",
        f"    torch_dtype={dtype},",
        '    attn_implementation="sdpa",',
        '    device_map="auto",',
    ]
    if fmt_family == "bnb":
        imports[1] += ", BitsAndBytesConfig"
        if fmt_bits == 4:
            quant = (
                "BitsAndBytesConfig(load_in_4bit=True,"
                f' bnb_4bit_quant_type="{est.weights_format}",'
                f" bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype={compute})"
            )
        else:
            quant = "BitsAndBytesConfig(load_in_8bit=True)"
        load.append(f"    quantization_config={quant},")
    load.append(")")
    body: list[str] = []
    if wl.mode == "inference":
        body += [
            f"# prompt of up to {wl.context_tokens} tokens, {wl.batch} sequence(s) at once",
            f"out = model.generate(**inputs, max_new_tokens={wl.generated_tokens})",
        ]
        return "\n".join([*imports, "", *load, *body]) + "\n"
    imports[1] += ", TrainingArguments"
    if wl.mode in ("lora", "qlora"):
        imports.append(
            "from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training"
        )
    if wl.mode == "qlora" or (wl.mode == "lora" and fmt_family == "bnb"):
        body.append(
            "model = prepare_model_for_kbit_training("
            f"model, use_gradient_checkpointing={wl.grad_checkpointing})"
        )
    elif wl.grad_checkpointing:
        body.append("model.gradient_checkpointing_enable()")
    if wl.mode in ("lora", "qlora"):
        targets = json.dumps(
            wl.lora_targets[0] if wl.lora_targets == ("all-linear",) else list(wl.lora_targets)
        )
        body.append(
            f"model = get_peft_model(model, LoraConfig(r={wl.lora_rank},"
            f" lora_alpha={2 * wl.lora_rank}, target_modules={targets},"
            ' task_type="CAUSAL_LM"))'
        )
    precision = {"bf16": "bf16=True", "fp16": "fp16=True", "fp32": "bf16=False"}[wl.compute_dtype]
    body += [
        "args = TrainingArguments(",
        '    output_dir="out",',
        f"    per_device_train_batch_size={wl.batch},",
        f"    gradient_checkpointing={wl.grad_checkpointing},",
        f'    optim="{_HF_OPTIM[wl.optimizer]}",',
        f"    {precision},",
        ")",
        f"# tokenize to sequences of {wl.context_tokens} tokens (max_length={wl.context_tokens})",
    ]
    return "\n".join([*imports, "", *load, *body]) + "\n"


def run_settings(choice: ModelChoice, p: Plan, tensor_split: Sequence[float] = ()) -> RunCommands:
    """The settings that reproduce ``p`` for ``choice`` in the plan's runtime; ``tensor_split``
    is the user's ``--tensor-split`` when the plan was made with one."""
    from vramscope.core import SpecError, parse_weight_format

    est = p.estimate
    wl = est.workload
    model = model_reference(choice, wl.runtime, est.weights_format)
    notes: list[Note] = []
    if PLACEHOLDER_MODEL in model and choice.kind != "file":
        notes.append(Note.of("run_settings.placeholder", model=PLACEHOLDER_MODEL))
    try:
        fmt = parse_weight_format(est.weights_format)
        family, bits = fmt.family, fmt.bits
    except SpecError:
        family, bits = "gguf", 0  # a file's unnamed GGUF mix
    if wl.runtime == "llama.cpp":
        server = _join(
            ["llama-server", "-m", model, *_llamacpp_flags(p, tensor_split, server=True)]
        )
        cli = _join(["llama-cli", "-m", model, *_llamacpp_flags(p, tensor_split, server=False)])
        modelfile, env, missing = _ollama(p, model)
        if missing:
            notes.append(Note.of("run_settings.ollama_cannot", options=", ".join(missing)))
        lm_missing = [m for m in missing if m in ("-nkvo", "--n-cpu-moe")]
        if lm_missing:
            notes.append(Note.of("run_settings.lm_studio_cannot", options=", ".join(lm_missing)))
        return RunCommands(
            llama_server=server,
            llama_cli=cli,
            ollama_modelfile=modelfile,
            ollama_env=env,
            lm_studio=_lm_studio(p),
            notes=tuple(notes),
        )
    if wl.runtime == "vllm":
        return RunCommands(vllm_serve=_vllm(p, model, family), notes=tuple(notes))
    return RunCommands(python=_python(p, model, family, bits), notes=tuple(notes))


def _sections(rc: RunCommands, tr: Translate) -> list[tuple[str, list[str]]]:
    """(label, lines to type) per program; a label alone is a sentence with no code."""

    def label(code: str, **params: Any) -> str:
        return render(Note.of(code, **params), tr)

    out: list[tuple[str, list[str]]] = []
    if rc.llama_server:
        out.append((label("run_settings.llama_server"), [rc.llama_server]))
        out.append((label("run_settings.llama_cli"), [rc.llama_cli]))
    if rc.ollama_modelfile:
        out.append((label("run_settings.ollama_modelfile"), list(rc.ollama_modelfile)))
        out.append((label("run_settings.ollama_env"), [f"{k}={v}" for k, v in rc.ollama_env]))
    if rc.lm_studio is not None:
        lm = rc.lm_studio
        flash = label("run_settings.on" if lm.flash_attention else "run_settings.off")
        out.append(
            (
                label(
                    "run_settings.lm_studio",
                    gpu_offload=str(lm.gpu_offload),
                    of_layers=str(lm.of),
                    context=str(lm.context_length),
                    k_cache=lm.k_cache,
                    v_cache=lm.v_cache,
                    flash=flash,
                ),
                [],
            )
        )
    if rc.vllm_serve:
        out.append((label("run_settings.vllm"), [rc.vllm_serve]))
    if rc.python:
        out.append((label("run_settings.python"), rc.python.rstrip("\n").split("\n")))
    out.extend((render(n, tr), []) for n in rc.notes)
    return out


def run_settings_text(rc: RunCommands, tr: Translate = identity) -> str:
    """Plain text for the clipboard: each program's label, then its lines indented."""
    lines = [render(Note.of("run_settings.title"), tr)]
    for label, code in _sections(rc, tr):
        lines.append(label)
        lines.extend(f"    {line}" for line in code)
    return "\n".join(lines) + "\n"


def run_settings_markdown(rc: RunCommands, tr: Translate = identity) -> str:
    """A Markdown section: a heading, each program's label and its lines in a code block."""
    lines = [f"### {render(Note.of('run_settings.title'), tr)}", ""]
    for label, code in _sections(rc, tr):
        lines += [label, ""]
        if code:
            lines += ["```", *code, "```", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
