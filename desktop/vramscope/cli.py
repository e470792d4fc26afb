"""The command line: ``vramscope estimate | fit | hardware`` (a stable contract, DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NoReturn

from . import __version__
from .app.advice import best_pick, suggestions
from .app.cli_options import (
    add_estimate_options,
    add_machine_speed_options,
    add_workload_options,
    parse_gpu_layers,
)
from .app.cli_options import run_settings as run_from_options
from .app.export import dumps, estimate_notes, plan_json, settings_json
from .app.mmproj import with_mmproj
from .app.present import format_speed, render
from .app.present.errors import error_text
from .app.present.formats import format_label
from .app.present.speed import speed_range_text
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
)
from .app.table_cache import Cell, CellKey, compute_cell, fit_rows
from .app.table_filter import add_filter_options, filter_from_args, filter_json, visible_rows
from .core import (
    COMMON_FORMAT_IDS,
    CPU_KINDS,
    GIB,
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
    from .hardware.notes import GPUS_GIVEN, GPUS_GIVEN_FREE, RAM_SPEED_CODES, RAM_SPEED_GIVEN

    reading = load_fake_machine(args.fake_hardware) if args.fake_hardware else probe_machine()
    info = reading.to_json()
    # The reading's notes are codes; `hardware --json` prints them as sentences (DESIGN.md).
    info["notes"] = [render(note) for note in reading.notes]
    options = HardwareOptions.parse(
        args.gpu or (), args.ram, args.cpu, args.ram_bandwidth, args.free_vram
    )
    hw = options.apply(hardware_of(reading))
    if options.cpu is not None:
        info["cpu"]["kind"] = options.cpu
    if options.gpus:
        info["gpus"] = [_gpu_json(g) for g in hw.gpus]
        described = GPUS_GIVEN_FREE if options.free_vram_bytes else GPUS_GIVEN
        info.setdefault("notes", []).append(render(Note.of(described)))
        # which variant a shared name meant, which GPUs the catalog lacks
        info["notes"] += [render(note) for note in options.notes]
    if options.ram_bytes is not None:
        info["ram"] = {"total_bytes": options.ram_bytes, "available_bytes": options.ram_bytes}
    if options.free_vram_bytes and not options.gpus:
        info["gpus"] = [_gpu_json(g) for g in hw.gpus]
    if options.ram_bandwidth_bytes_per_s is not None:
        # the report says which RAM speed the estimate used: the given one, not the probe's
        notes = [n for n in reading.notes if n.code not in RAM_SPEED_CODES]
        speed = Note.of(RAM_SPEED_GIVEN, bandwidth_bps=options.ram_bandwidth_bytes_per_s)
        info["notes"] = [render(n) for n in (*notes, speed)] + info["notes"][len(reading.notes) :]
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
    """The run as the options describe it (app.cli_options, shared with the window)."""
    return run_from_options(args)


def _gpu_layers(text: str) -> int | None:
    return parse_gpu_layers(text)


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
    if p.speed is not None:
        # the decode speed with its likely range, as the window's cells show it
        prefill = p.speed.prefill_tokens_per_s
        extra = f", prompt ~{prefill:,.0f} tok/s" if prefill else ""
        print(f"Speed: {speed_range_text(p.speed)}{extra}.")
    if p.max_context_tokens:
        print(f"Largest context that fits this way: {p.max_context_tokens:,} tokens.")
    for note in estimate_notes(est):
        print(f"Note: {render(note)}")


def _cmd_estimate(args: argparse.Namespace) -> dict[str, Any] | None:
    model = resolve_model(args.model)
    if args.mmproj:
        model = with_mmproj(model, args.mmproj)
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
    # the window's search, sort and filters (app.table_filter): rows hidden by name, family or
    # size are not estimated; the cells then decide the rest and the order
    row_filter = filter_from_args(args)
    format_ids = [f.id for f in formats]
    catalog = fit_rows()
    by_name = replace(row_filter, sort="catalog")
    choices = [catalog[i] for i in visible_rows(catalog, {}, format_ids, by_name)]
    cells: dict[CellKey, Cell] = {}
    spans: list[tuple[int, int]] = []  # each choice's rows in ``rows``
    rows: list[dict[str, Any]] = []
    for choice in choices:
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
                    # the likely range (core/speed.py: the spread of its fit)
                    "tokens_per_second_low": (
                        round(p.speed.decode_low_tokens_per_s, 2) if p.speed else None
                    ),
                    "tokens_per_second_high": (
                        round(p.speed.decode_high_tokens_per_s, 2) if p.speed else None
                    ),
                }
            )
        # the model's best pick (app.advice, as the window's table marks it)
        pick = best_pick(row_cells, args.min_speed)
        for r in rows[first_row:]:
            r["recommended"] = r["weights"] == pick
        cells.update(((choice.key, fid), c) for fid, c in row_cells.items())
        spans.append((first_row, len(rows)))
    shown = visible_rows(choices, cells, format_ids, row_filter, complete=True)
    rows = [r for i in shown for r in rows[spans[i][0] : spans[i][1]]]
    if args.json:
        settings = settings_json(wl, "various", -1, split or ())
        return {
            "hardware": hw_info,
            "settings": settings,
            "filter": filter_json(row_filter),
            "rows": rows,
        }
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
    if len(shown) < len(catalog):
        print(f"{len(shown)} of {len(catalog)} models match the filters")
    print()
    print(
        f"{'model':34s} {'weights':10s} {'verdict':14s} {'GPU (GiB)':>9s} {'RAM (GiB)':>9s} "
        f"{'max ctx':>9s} {'tok/s':>7s}"
    )
    for r in rows:
        # the window's figure policy: never "0.0" (app.present.format_speed)
        tps = format_speed(r["tokens_per_second"]) if r["tokens_per_second"] is not None else "-"
        print(
            f"{r['model']['id']:34s} {('*' if r['recommended'] else '') + r['weights']:10s} "
            f"{r['verdict']:14s} "
            f"{r['peak_gpu_bytes'] / GIB:9.1f} {r['needed_ram_bytes'] / GIB:9.1f} "
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
    add_machine_speed_options(p)
    p.add_argument("--fake-hardware", metavar="FILE.json", help="read the machine from a JSON file")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def _add_workload_options(p: argparse.ArgumentParser) -> None:
    # defined in app.cli_options: the window's launcher takes the same flags
    add_workload_options(p)


# One error line is at most this long (issue 17: every error is one line of at most 300
# characters), prefix and hint included.
MAX_ERROR_CHARS = 300


def _printable(text: str) -> str:
    # ESC and other control characters from an argument must not reach the terminal.
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument on one line, without the usage text (``-h`` shows
    it); the exit status stays 2. ``--json`` turns the line into an error object."""

    as_json = False

    def error(self, message: str) -> NoReturn:
        hint = "" if self.as_json else f" (see {self.prog} --help)"
        _fail(message, self.as_json, hint=hint)


def _add_catalog_parser(sub: Any) -> None:
    cat = sub.add_parser(
        "catalog", help="your own catalog: import, export, list, remove; show any model"
    )
    csub = cat.add_subparsers(dest="catalog_command", required=True)
    imp = csub.add_parser(
        "import", help="add a catalog file, config.json, model folder or .gguf to your catalog"
    )
    imp.add_argument("path", metavar="FILE.json|config.json|FOLDER|FILE.gguf")
    imp.add_argument(
        "--replace", action="store_true", help="update entries your catalog already has"
    )
    imp.add_argument("--json", action="store_true")
    exp = csub.add_parser("export", help="write your catalog (bundled catalog format)")
    exp.add_argument("file", nargs="?", help="where to write it (default: standard output)")
    lst = csub.add_parser("list", help="the models in your catalog")
    lst.add_argument("--json", action="store_true")
    rem = csub.add_parser("remove", help="take models out of your catalog")
    rem.add_argument("ids", nargs="+", metavar="ID")
    show = csub.add_parser(
        "show", help="one model's facts, sources and computed GGUF sizes (bundled or yours)"
    )
    show.add_argument("model", metavar="ID")
    show.add_argument("--json", action="store_true")


def _cmd_catalog(args: argparse.Namespace) -> dict[str, Any] | None:
    """``vramscope catalog import|export|list|remove``; exit status 1 when an import refused
    some entries (each named on its own line), 2 when nothing could be read."""
    from .app import user_catalog as uc  # only this command needs it

    if args.catalog_command == "import":
        result = uc.import_path(args.path, replace_existing=args.replace)
        refused = [_error_line(e) for e in result.refused]
        if args.json:
            out = {
                "file": str(result.path),
                "added": list(result.added),
                "replaced": list(result.replaced),
                "unchanged": list(result.unchanged),
                "bundled": list(result.bundled),
                "refused": refused,
                "notes": [render(n) for n in result.notes],
            }
            sys.stdout.write(dumps(out))
        else:
            for line in uc.import_summary(result):
                print(line, file=sys.stderr if line in refused else sys.stdout)
        if refused:
            raise SystemExit(1)
        return None
    if args.catalog_command == "export":
        text, count = uc.export_catalog(args.file)
        if args.file is None:
            sys.stdout.write(text)
        else:
            print(f"{count} models written to {args.file}")
        return None
    if args.catalog_command == "show":
        from .app.catalog_facts import facts_json, facts_lines, facts_of
        from .catalog.user import find_any_model

        facts = facts_of(find_any_model(args.model))
        if args.json:
            return facts_json(facts)
        print("\n".join(facts_lines(facts)))
        return None
    if args.catalog_command == "remove":
        gone = uc.remove_models(args.ids)
        print(f"removed from {uc.user_catalog_path()}: {', '.join(gone)}")
        return None
    models = uc.user_models()
    problems = uc.problem_lines()
    if args.json:
        return {
            "file": str(uc.user_catalog_path()),
            "models": [
                {
                    "id": m.model_id,
                    "name": m.name,
                    "params_total": m.params_published,
                    "default_weights": m.default_weights,
                    "source": m.sources.get("config", ""),
                }
                for m in models
            ],
            "problems": problems,
        }
    how_many = f"{len(models)} model" + ("" if len(models) == 1 else "s")
    print(f"Your catalog: {uc.user_catalog_path()} ({how_many})")
    for m in models:
        print(f"  {m.model_id:40s} {m.params_published / 1e9:8.2f}B  {m.name}")
    for line in problems:
        print(f"vramscope: note: {line}", file=sys.stderr)
    return None


def _add_check_parser(sub: Any) -> None:
    chk = sub.add_parser("check", help="compare a real run's load log with the estimate")
    chk.add_argument("log", metavar="LOG", help="a llama.cpp, Ollama, LM Studio or vLLM log")
    chk.add_argument("--model", metavar="ID", help="the model that ran, when the log lacks it")
    chk.add_argument("--weights", metavar="FORMAT", help="the weight format, when the log lacks it")
    chk.add_argument("--json", action="store_true", help="print one JSON object")


def _cmd_check(args: argparse.Namespace) -> dict[str, Any] | None:
    """``vramscope check LOG``: the window's "Check a real run", term by term."""
    from .app.check_report import check_file

    report = check_file(args.log, model=args.model, weights=args.weights)
    if args.json:
        return report.to_json()
    sys.stdout.write(report.text())
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vramscope",
        description="Can this PC run that LLM? Memory, placement and speed you can check.",
    )
    parser.add_argument("--version", action="version", version=f"vramscope {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    est = sub.add_parser("estimate", help="memory, placement and speed for one model")
    est.add_argument("model", help="catalog id, config.json, model folder or .gguf")
    add_estimate_options(est)
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
    add_filter_options(fit)
    hw = sub.add_parser("hardware", help="what was detected")
    _add_hardware_options(hw)
    _add_catalog_parser(sub)
    _add_check_parser(sub)
    return parser


def _user_catalog_notes() -> None:
    """A broken user catalog never stops a command: one line on stderr per thing skipped."""
    from .app.user_catalog import problem_lines

    try:
        lines = problem_lines()
    except SpecError:
        return  # a broken bundled catalog: the command itself reports it
    for line in lines:
        print(f"vramscope: note: {line}", file=sys.stderr)


def _error_line(exc: Exception) -> str:
    """A coded SpecError in English; anything else as its message."""
    return error_text(exc)


def _fail(message: str, as_json: bool, *, hint: str = "") -> NoReturn:
    message = _printable(" ".join(str(message).split()))
    room = MAX_ERROR_CHARS - len("vramscope: error: ") - len(hint)
    if len(message) > room:
        message = message[: room - 3] + "..."
    message += hint
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
        _Parser.as_json = True
    try:
        args = parser.parse_args(argv)
    finally:
        _Parser.as_json = False
    handlers = {
        "estimate": _cmd_estimate,
        "fit": _cmd_fit,
        "hardware": _cmd_hardware,
        "catalog": _cmd_catalog,
        "check": _cmd_check,
    }
    if args.command in {"estimate", "fit"}:
        _user_catalog_notes()
    try:
        out = handlers[args.command](args)
    except (SpecError, ValueError, OSError) as exc:
        _fail(_error_line(exc), as_json)
    if out is not None:
        sys.stdout.write(dumps(out))  # strict JSON: no NaN or Infinity
    return 0
