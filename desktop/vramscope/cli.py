"""The command line: ``vramscope estimate | fit | hardware`` (a stable contract, DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from . import __version__
from .app.advice import DEFAULT_MIN_SPEED_TPS, best_pick, suggestions
from .app.export import estimate_notes, plan_json, settings_json
from .app.present import render
from .app.present.errors import error_text
from .app.present.formats import format_label
from .app.present.verdicts import verdict_sentence
from .app.run_settings import run_settings, run_settings_text
from .app.session import (
    HardwareOptions,
    ModelChoice,
    RunSettings,
    context_figures,
    hardware_of,
    plan_for,
    resolve_model,
    runtime_loads,
    tensor_split_for,
    weights_for,
    with_run_options,
)
from .app.table_cache import Cell, compute_cell, fit_rows
from .core import (
    COMMON_FORMAT_IDS,
    CPU_KINDS,
    GIB,
    KV_CACHE_TYPES,
    MODES,
    OPTIMIZERS,
    RUNTIMES,
    WEIGHT_FORMAT_IDS,
    Estimate,
    GpuDevice,
    Hardware,
    Note,
    Plan,
    SpecError,
    WeightFormat,
    format_bytes,
    parse_weight_format,
)

__all__ = ["main"]


def _hardware(args: argparse.Namespace) -> tuple[Hardware, dict[str, Any]]:
    """Detected hardware, or what --fake-hardware / --gpu / --ram describe."""
    from .hardware import probe_machine
    from .hardware.fake import load_fake_machine
    from .hardware.notes import GPUS_GIVEN

    reading = load_fake_machine(args.fake_hardware) if args.fake_hardware else probe_machine()
    info = reading.to_json()
    # The reading's notes are codes; `hardware --json` prints them as sentences (DESIGN.md).
    info["notes"] = [render(note) for note in reading.notes]
    options = HardwareOptions.parse(args.gpu or (), args.ram, args.cpu)
    hw = options.apply(hardware_of(reading))
    if options.cpu is not None:
        info["cpu"]["kind"] = options.cpu
    if options.gpus:
        info["gpus"] = [_gpu_json(g) for g in hw.gpus]
        info.setdefault("notes", []).append(render(Note.of(GPUS_GIVEN)))
        # which variant a shared name meant, which GPUs the catalog lacks
        info["notes"] += [render(note) for note in options.notes]
    if options.ram_bytes is not None:
        info["ram"] = {"total_bytes": options.ram_bytes, "available_bytes": options.ram_bytes}
    return hw, info


def _gpu_json(g: GpuDevice) -> dict[str, Any]:
    return {
        "name": g.name,
        "total_bytes": g.total_bytes,
        "free_bytes": g.free_bytes,
        "bandwidth_bytes_per_s": g.bandwidth_bytes_per_s,
        "unified_memory": g.unified_memory,
    }


def _run_settings(args: argparse.Namespace) -> RunSettings:
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
    )
    run = with_run_options(
        run,
        batch=args.batch,
        kv_cache=args.kv_cache,
        cache_type_k=args.cache_type_k,
        cache_type_v=args.cache_type_v,
        no_kv_offload=args.no_kv_offload,
        tensor_split=args.tensor_split,
        parallel=args.parallel,
        gpu_memory_utilization=args.gpu_memory_utilization,
        max_num_seqs=args.max_num_seqs,
    )
    run.workload(args.ctx)
    return run


def _gpu_layers(text: str) -> int | None:
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


def _fmt_gib(n: int) -> str:
    return f"{format_bytes(n, binary=True):>11s}"


def _print_estimate(model: ModelChoice, fmt: WeightFormat, p: Plan) -> None:
    est: Estimate = p.estimate
    wl = est.workload
    print(
        f"{model.name}  ({est.params_total / 1e9:.2f} B params, "
        f"{est.params_active / 1e9:.2f} B active)"
    )
    print(
        f"{wl.runtime}, {format_label(fmt)}, {wl.mode}, ctx {wl.context_tokens:,} x {wl.batch}, "
        f"KV {wl.kv_cache_type}{'/' + wl.v_cache_type if wl.kv_cache_type_v else ''}"
        f"{'' if wl.kv_offload else ' in RAM'}, "
        f"GPU layers {est.gpu_layers}/{est.model.n_layers + 1}"
    )
    print()
    print(f"{'term':22s} {'device':6s} {'size':>12s}  formula")
    for t in est.terms:
        if t.bytes == 0:
            continue
        print(f"{t.name:22s} {t.device:6s} {_fmt_gib(t.bytes)}  {render(t.formula)}")
    print()
    for i in range(est.n_gpus):
        dev = f"gpu{i}"
        cap = p.gpu_budget_bytes[i] if i < len(p.gpu_budget_bytes) else 0
        print(f"{dev:6s} total {_fmt_gib(est.device_bytes(dev))} of {_fmt_gib(cap)} free")
    print(
        f"ram    total {_fmt_gib(est.needed_ram_bytes)} of {_fmt_gib(p.ram_budget_bytes)} available"
    )
    print()
    print(verdict_sentence(p))
    if p.max_context_tokens:
        print(f"Largest context that fits this way: {p.max_context_tokens:,} tokens.")
    for note in estimate_notes(est):
        print(f"Note: {render(note)}")


def _cmd_estimate(args: argparse.Namespace) -> dict[str, Any] | None:
    model = resolve_model(args.model)
    fmt = weights_for(model, args.runtime, args.weights, args.mode)
    run = _run_settings(args)
    hw, hw_info = _hardware(args)
    p = plan_for(
        model,
        fmt,
        run,
        args.ctx,
        hw,
        gpu_layers=_gpu_layers(args.gpu_layers),
        file_tensors=not args.weights,
    )
    contexts = context_figures(model, fmt, run, args.ctx, hw, p, file_tensors=not args.weights)
    advice = suggestions(
        model,
        fmt,
        run,
        args.ctx,
        hw,
        p,
        min_speed_tps=args.min_speed,
        gpu_layers=_gpu_layers(args.gpu_layers),
        file_tensors=not args.weights,
    )
    if args.json:
        out = plan_json(
            p,
            model_id=model.model_id,
            name=model.name,
            hardware=hw_info,
            tensor_split=tensor_split_for(run, hw) or (),
            choice=model,
            contexts=contexts,
        )
        out["suggestions"] = [s.to_json() for s in advice]
        return out
    _print_estimate(model, fmt, p)
    reoptimised, all_gpu = contexts
    if reoptimised:
        print(f"Largest context with the placement chosen for it: {reoptimised:,} tokens.")
    if all_gpu:
        print(f"Largest context with everything on the GPU: {all_gpu:,} tokens.")
    if advice:
        print("What would make it fit:")
        for s in advice:
            print(f"  {s.text()}")
    print()
    print(run_settings_text(run_settings(model, p, tensor_split_for(run, hw) or ())), end="")
    # which catalog variant a shared GPU name meant, which GPUs the catalog lacks
    for note in HardwareOptions.parse(args.gpu or (), args.ram).notes:
        print(f"Note: {render(note)}")
    return None


def _cmd_fit(args: argparse.Namespace) -> dict[str, Any] | None:
    hw, hw_info = _hardware(args)
    runtime = args.runtime
    run = _run_settings(args)
    wl = run.workload(args.ctx)
    split = tensor_split_for(run, hw)  # one proportion per GPU, checked once for every row
    # JSON consumers get every applicable format; people get the common ones unless they ask.
    ids = WEIGHT_FORMAT_IDS if (args.all_formats or args.json) else COMMON_FORMAT_IDS
    formats = [parse_weight_format(i) for i in ids]
    formats = [f for f in formats if runtime_loads(runtime, f)]
    rows: list[dict[str, Any]] = []
    for choice in fit_rows():
        row_cells: dict[str, Cell] = {}
        first_row = len(rows)
        for fmt in formats:
            if fmt.id == "mxfp4" and not choice.spec.is_moe:
                continue
            cell = compute_cell(choice, fmt, run, args.ctx, hw)
            p = cell.plan
            if p is None:
                continue  # a format this architecture cannot take (e.g. block sizes)
            row_cells[fmt.id] = cell
            rows.append(
                {
                    "model": {"id": choice.model_id, "params_total": p.estimate.params_total},
                    "weights": fmt.id,
                    "verdict": p.verdict,
                    "verdict_detail": p.detail,
                    "peak_gpu_bytes": p.estimate.peak_gpu_bytes,
                    "peak_ram_bytes": p.estimate.peak_ram_bytes,
                    # what must fit (the RAM column and the window's cell) and what a task
                    # manager shows (= peak_ram_bytes)
                    "needed_ram_bytes": cell.needed_ram_bytes,
                    "resident_ram_bytes": p.estimate.resident_ram_bytes,
                    "max_ctx_tokens": p.max_context_tokens,
                    "tokens_per_second": round(p.speed.decode_tokens_per_s, 2) if p.speed else None,
                }
            )
        # the model's best pick (app.advice, as the window's table marks it)
        pick = best_pick(row_cells, args.min_speed)
        for r in rows[first_row:]:
            r["recommended"] = r["weights"] == pick
    if args.json:
        settings = settings_json(wl, "various", -1, split or ())
        return {"hardware": hw_info, "settings": settings, "rows": rows}
    gpus = ", ".join(
        f"{g.name} ({g.free_bytes / GIB:.1f} of {g.total_bytes / GIB:.1f} GiB free)"
        for g in hw.gpus
    )
    print(
        f"Hardware: {gpus or 'no GPU'}; RAM {hw.ram_available_bytes / GIB:.1f} of "
        f"{hw.ram_total_bytes / GIB:.1f} GiB available"
    )
    print(f"{runtime}, ctx {wl.context_tokens:,}, batch {wl.batch}")
    print(f"* best pick: the most bits per weight that fits at {args.min_speed:g} tok/s or faster")
    print()
    print(
        f"{'model':34s} {'weights':10s} {'verdict':14s} {'GPU':>9s} {'RAM':>9s} "
        f"{'max ctx':>9s} {'tok/s':>7s}"
    )
    for r in rows:
        tps = f"{r['tokens_per_second']:.1f}" if r["tokens_per_second"] is not None else "-"
        print(
            f"{r['model']['id']:34s} {('*' if r['recommended'] else '') + r['weights']:10s} "
            f"{r['verdict']:14s} "
            f"{r['peak_gpu_bytes'] / GIB:8.1f}G {r['needed_ram_bytes'] / GIB:8.1f}G "
            f"{r['max_ctx_tokens']:9,d} {tps:>7s}"
        )
    return None


def _cmd_hardware(args: argparse.Namespace) -> dict[str, Any] | None:
    hw, info = _hardware(args)
    if args.json:
        return info
    if not hw.gpus:
        print("GPUs: none usable")
    for g in hw.gpus:
        bw = f", {g.bandwidth_bytes_per_s / 1e9:.0f} GB/s" if g.bandwidth_bytes_per_s else ""
        print(
            f"GPU  {g.name}: {g.free_bytes / GIB:.2f} GiB free of {g.total_bytes / GIB:.2f} GiB{bw}"
        )
    print(
        f"RAM  {hw.ram_available_bytes / GIB:.2f} GiB available of "
        f"{hw.ram_total_bytes / GIB:.2f} GiB"
    )
    for note in info.get("notes", []):
        print(f"Note: {note}")
    return None


def _add_hardware_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gpu", action="append", metavar="NAME[:GB]", help="plan for this GPU (repeatable)"
    )
    p.add_argument(
        "--ram", metavar="GB", help="plan for this much system RAM (GiB; 32, 32GB and 32 GiB agree)"
    )
    p.add_argument(
        "--cpu",
        choices=CPU_KINDS,
        default=None,
        help="plan for this CPU: which weights llama.cpp repacks (default: the detected one)",
    )
    p.add_argument("--fake-hardware", metavar="FILE.json", help="read the machine from a JSON file")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def _add_workload_options(p: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vramscope",
        description="Can this PC run that LLM? Memory, placement and speed you can check.",
    )
    parser.add_argument("--version", action="version", version=f"vramscope {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    est = sub.add_parser("estimate", help="memory, placement and speed for one model")
    est.add_argument("model", help="catalog id, config.json, model folder or .gguf")
    est.add_argument("--weights", metavar="FORMAT", help=f"one of: {' '.join(WEIGHT_FORMAT_IDS)}")
    est.add_argument("--gpu-layers", default="auto", metavar="N|all|auto")
    _add_workload_options(est)
    _add_hardware_options(est)
    fit = sub.add_parser("fit", help="catalog x weight formats table for this machine")
    fit.add_argument(
        "--all-formats",
        action="store_true",
        help="every applicable format, not only the common ones (always on with --json)",
    )
    _add_workload_options(fit)
    _add_hardware_options(fit)
    hw = sub.add_parser("hardware", help="what was detected")
    _add_hardware_options(hw)
    return parser


def _error_line(exc: Exception) -> str:
    """A coded SpecError in English; anything else as its message."""
    return error_text(exc)


def _fail(message: str, as_json: bool) -> NoReturn:
    message = " ".join(str(message).split())
    if as_json:
        print(json.dumps({"error": message}))
    else:
        print(f"vramscope: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0, or 2 with a one-line reason)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    parser = build_parser()
    if as_json:
        # argparse errors would print usage text; with --json they must be one JSON object.
        parser.error = lambda message: _fail(message, True)  # type: ignore[method-assign]
        for action in parser._subparsers._group_actions if parser._subparsers else []:
            for sp in getattr(action, "choices", {}).values():
                sp.error = lambda message: _fail(message, True)
    args = parser.parse_args(argv)
    handlers = {"estimate": _cmd_estimate, "fit": _cmd_fit, "hardware": _cmd_hardware}
    try:
        out = handlers[args.command](args)
    except (SpecError, ValueError, OSError) as exc:
        _fail(_error_line(exc), as_json)
    if out is not None:
        json.dump(out, sys.stdout, indent=2)
        print()
    return 0
