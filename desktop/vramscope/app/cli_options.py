"""The command line's run options, defined once for ``vramscope estimate`` / ``fit`` and the
window's launcher (``python -m vramscope --screenshot ... --kv-cache q8_0``): the same flags,
parsed the same way, so the window and ``estimate --json`` can be compared for equal inputs.

Qt-free argparse helpers; ``cli`` and ``ui.launch`` both build their parsers with them.
"""

from __future__ import annotations

import argparse

from vramscope.core import (
    KV_CACHE_TYPES,
    MODES,
    OPTIMIZERS,
    RUNTIMES,
    SPLIT_MODES,
    WEIGHT_FORMAT_IDS,
    SpecError,
)

from .advice import DEFAULT_MIN_SPEED_TPS
from .session import KV_TYPES_BY_RUNTIME, RunSettings, with_run_options

__all__ = [
    "RUN_OPTION_DESTS",
    "add_estimate_options",
    "add_machine_speed_options",
    "add_workload_options",
    "args_of_run",
    "parse_gpu_layers",
    "run_settings",
    "window_run_settings",
]


def add_workload_options(p: argparse.ArgumentParser) -> None:
    """The run options of ``vramscope estimate`` and ``fit``, with their CLI defaults."""
    p.add_argument("--runtime", choices=RUNTIMES, default="llama.cpp")
    p.add_argument("--compute-dtype", choices=("bf16", "fp16", "fp32"), default="bf16")
    p.add_argument("--ctx", type=int, default=4096, metavar="N", help="tokens per sequence")
    # default None (= 1) so that --parallel / --max-num-seqs can tell whether it was given
    p.add_argument("--batch", type=int, default=None, metavar="N", help="sequences (default 1)")
    p.add_argument("--mode", choices=MODES, default="inference")
    p.add_argument("--kv-cache", choices=KV_CACHE_TYPES, default=None)
    p.add_argument("--flash-attn", choices=("on", "off", "auto"), default="auto")
    p.add_argument("--ubatch", type=int, default=512, metavar="N", help="llama.cpp n_ubatch")
    p.add_argument("--no-mmap", action="store_true", help="llama.cpp --no-mmap")
    p.add_argument(
        "--cache-type-k",
        choices=KV_CACHE_TYPES,
        default=None,
        help="llama.cpp -ctk: the K cache's type (default: --kv-cache)",
    )
    p.add_argument(
        "--cache-type-v",
        choices=KV_CACHE_TYPES,
        default=None,
        help="llama.cpp -ctv: the V cache's type (default: --kv-cache)",
    )
    p.add_argument(
        "--no-kv-offload",
        action="store_true",
        help="llama.cpp -nkvo: the KV cache of every layer in system RAM",
    )
    p.add_argument(
        "--tensor-split",
        metavar="A,B,...",
        help="llama.cpp -ts: proportions of the GPU layers per GPU (default: by free memory)",
    )
    # default None so that another runtime's run can tell it was given (an error there)
    p.add_argument(
        "--split-mode",
        choices=SPLIT_MODES,
        default=None,
        help="llama.cpp -sm over several GPUs: layer (default; whole layers per GPU, one after"
        " the other) or row (every matrix split by rows, the GPUs read at once; the speed only)",
    )
    p.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help="llama-server -np: N slots of --ctx tokens each (= --batch N; -c ctx*N in llama.cpp)",
    )
    p.add_argument(
        "--gpu-memory-utilization",
        type=float,
        metavar="F",
        help="vLLM: share of each GPU's total memory it reserves (default 0.9)",
    )
    p.add_argument(
        "--max-num-seqs",
        type=int,
        metavar="N",
        help="vLLM: N sequences of --ctx tokens at once (= --batch N)",
    )
    p.add_argument(
        "--n-cpu-moe",
        type=int,
        default=0,
        metavar="N",
        help="llama.cpp --n-cpu-moe: the first N layers' MoE experts in system RAM",
    )
    p.add_argument("--optimizer", choices=OPTIMIZERS, default="adamw")
    # training defaults to gradient checkpointing on, as PEFT and Unsloth set it up (see
    # app.session.RunSettings); --grad-checkpointing stays accepted for scripts that pass it
    p.add_argument(
        "--grad-checkpointing",
        dest="grad_checkpointing",
        action="store_true",
        default=True,
        help="recompute activations in the backward pass (training; the default)",
    )
    p.add_argument(
        "--no-grad-checkpointing",
        dest="grad_checkpointing",
        action="store_false",
        help="keep every activation for the backward pass (training)",
    )
    p.add_argument("--lora-rank", type=int, default=16, metavar="R")
    p.add_argument(
        "--min-speed",
        type=float,
        default=DEFAULT_MIN_SPEED_TPS,
        metavar="TOKS",
        help="a usable decode speed in tokens/s: the best pick and the suggestions reach it"
        f" (default {DEFAULT_MIN_SPEED_TPS:g})",
    )
    p.add_argument("--lora-targets", default="all-linear", metavar="all-linear|q_proj,v_proj,...")
    p.add_argument(
        "--prompt-tokens",
        type=int,
        default=None,
        metavar="N",
        help="the prompt a request brings: the speed's attention reads the cache it fills"
        " (default: half of --ctx)",
    )
    # default None so that the window can tell whether it was given (it starts a vision model
    # on one image); the command line reads None as 0
    p.add_argument(
        "--images",
        type=int,
        default=None,
        metavar="N",
        help="images per prompt for a vision model: their tokens join the context and the"
        " runtime holds the image encoder (default 0)",
    )


def add_machine_speed_options(p: argparse.ArgumentParser) -> None:
    """``--ram-bandwidth`` and ``--free-vram``: facts about the machine planned for that the
    probe cannot know or the user wants otherwise, taken alike by ``vramscope estimate``,
    ``fit``, ``hardware`` and the window (app.session.HardwareOptions parses both)."""
    p.add_argument(
        "--ram-bandwidth",
        metavar="GB/s",
        help="the system RAM's read speed for the speed estimate (default: measured in the"
        " window, else from the memory type, else 51.2)",
    )
    p.add_argument(
        "--free-vram",
        action="append",
        default=[],
        metavar="GB",
        help="memory free on each GPU, e.g. 10.5 on a 12 GB card whose browser and desktop hold"
        " 1.5 (default: all of a --gpu, what is free on a detected one); once for every GPU or"
        " once per GPU",
    )


def add_estimate_options(p: argparse.ArgumentParser) -> None:
    """``--weights``, ``--gpu-layers`` and ``--mmproj`` (``vramscope estimate``'s own)."""
    p.add_argument("--weights", metavar="FORMAT", help=f"one of: {' '.join(WEIGHT_FORMAT_IDS)}")
    p.add_argument("--gpu-layers", default="auto", metavar="N|all|auto")
    p.add_argument(
        "--mmproj",
        metavar="FILE",
        help="llama.cpp's vision projector (mmproj-*.gguf) for a vision model: its real size"
        " replaces the tower the config describes",
    )


def parse_gpu_layers(text: str) -> int | None:
    """``--gpu-layers``: None for auto, a layer count otherwise (SpecError names a bad one)."""
    if text == "auto":
        return None
    if text == "all":
        return 10**6  # clamped to n_layers + 1
    try:
        n = int(text)
    except ValueError:
        raise SpecError("option.gpu_layers", value=repr(text)) from None
    if n < 0:
        raise SpecError("option.gpu_layers_negative", value=n)
    return n


def run_settings(args: argparse.Namespace) -> RunSettings:
    """The run as the options describe it (checked: a bad value raises SpecError now)."""
    run = RunSettings(
        runtime=args.runtime,
        mode=args.mode,
        flash_attention=args.flash_attn,
        compute_dtype=args.compute_dtype,
        optimizer=args.optimizer,
        grad_checkpointing=args.grad_checkpointing,
        lora_rank=args.lora_rank,
        lora_targets=tuple(t.strip() for t in args.lora_targets.split(",") if t.strip()),
        ubatch_tokens=args.ubatch,
        mmap=not args.no_mmap,
        n_cpu_moe=args.n_cpu_moe,
        prompt_tokens=args.prompt_tokens,
        images=0 if args.images is None else args.images,
    )
    run = with_run_options(
        run,
        batch=args.batch,
        kv_cache=args.kv_cache,
        cache_type_k=args.cache_type_k,
        cache_type_v=args.cache_type_v,
        no_kv_offload=args.no_kv_offload,
        tensor_split=args.tensor_split,
        split_mode=args.split_mode,
        parallel=args.parallel,
        gpu_memory_utilization=args.gpu_memory_utilization,
        max_num_seqs=args.max_num_seqs,
    )
    run.workload(args.ctx)
    return run


def _dests() -> tuple[str, ...]:
    p = argparse.ArgumentParser(add_help=False)
    add_workload_options(p)
    return tuple(dict.fromkeys(a.dest for a in p._actions))


# Every option add_workload_options defines, by its argparse name (ctx and min_speed included).
RUN_OPTION_DESTS: tuple[str, ...] = _dests()
# The flags of one runtime: dropped from a window's saved run when the command line switches
# to another runtime (with_run_options refuses them there).
_RUNTIME_FLAGS = (
    "cache_type_k",
    "cache_type_v",
    "tensor_split",
    "split_mode",
    "gpu_memory_utilization",
)


def args_of_run(run: RunSettings, ctx: int) -> argparse.Namespace:
    """The options that describe ``run`` (the inverse of :func:`run_settings`): the window's
    saved run as a command line, so a few flags given to the window change only themselves."""
    return argparse.Namespace(
        runtime=run.runtime,
        compute_dtype=run.compute_dtype,
        ctx=ctx,
        batch=run.batch,
        mode=run.mode,
        kv_cache=run.kv_cache_type,
        flash_attn=run.flash_attention,
        ubatch=run.ubatch_tokens,
        no_mmap=not run.mmap,
        cache_type_k=None,
        cache_type_v=run.kv_cache_type_v if run.runtime == "llama.cpp" else None,
        no_kv_offload=not run.kv_offload and run.runtime == "llama.cpp",
        tensor_split=",".join(f"{x:g}" for x in run.tensor_split) or None,
        split_mode=run.split_mode if run.runtime == "llama.cpp" else None,
        parallel=None,
        gpu_memory_utilization=run.gpu_memory_utilization if run.runtime == "vllm" else None,
        max_num_seqs=None,
        n_cpu_moe=run.n_cpu_moe,
        optimizer=run.optimizer,
        grad_checkpointing=run.grad_checkpointing,
        lora_rank=run.lora_rank,
        min_speed=DEFAULT_MIN_SPEED_TPS,
        lora_targets=",".join(run.lora_targets),
        prompt_tokens=run.prompt_tokens,
        images=run.images,
    )


def window_run_settings(base: RunSettings, ctx: int, given: argparse.Namespace) -> RunSettings:
    """``base`` (the window's saved run) with the run options ``given`` sets (those not None),
    read exactly as ``vramscope estimate`` reads them. Training runs in transformers: a
    training ``--mode`` without ``--runtime`` moves the run there, as the window's menu does."""
    changes = {
        d: getattr(given, d) for d in RUN_OPTION_DESTS if getattr(given, d, None) is not None
    }
    args = args_of_run(base, ctx)
    if changes.get("mode", base.mode) != "inference" and "runtime" not in changes:
        changes["runtime"] = "transformers"
    runtime = changes.get("runtime", base.runtime)
    if runtime != base.runtime:
        # the saved run's flags of the old runtime do not apply to the new one
        for dest in _RUNTIME_FLAGS:
            setattr(args, dest, None)
        args.no_kv_offload = False
        args.n_cpu_moe = 0
        if args.kv_cache not in KV_TYPES_BY_RUNTIME[runtime]:
            args.kv_cache = None
    if "batch" not in changes and ("parallel" in changes or "max_num_seqs" in changes):
        args.batch = None  # --parallel / --max-num-seqs are --batch under another name
    for dest, value in changes.items():
        setattr(args, dest, value)
    return run_settings(args)
