"""Start the window (``python -m vramscope``), render a screenshot, or run the self-check."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vramscope.app.cli_options import (
    RUN_OPTION_DESTS,
    add_estimate_options,
    add_machine_speed_options,
    add_workload_options,
)
from vramscope.app.display import has_display

if TYPE_CHECKING:
    from vramscope.app.session import HardwareOptions
    from vramscope.hardware import HardwareProbe

    from .main_window import MainWindow
    from .state import EstimatorState

__all__ = ["build_parser", "main"]

# How long --screenshot waits for the hardware, table and chart before saving anyway.
_SCREENSHOT_TIMEOUT_S = 120.0


class LaunchError(Exception):
    """A one-line reason to exit with status 2."""


# Delay between showing the window and starting background work (hardware probe, fit table).
STARTUP_WORK_DELAY_MS = 100


def build_parser() -> argparse.ArgumentParser:
    """The window's options (the CLI's subcommands are parsed by ``vramscope.cli``)."""
    p = argparse.ArgumentParser(
        prog="vramscope", description="VRAMScope: can this PC run that LLM? (the window)"
    )
    p.add_argument(
        "path", nargs="?", help="a config.json, model folder or .gguf to open (file managers)"
    )
    p.add_argument("--screenshot", metavar="PATH", help="render the main window to a PNG and exit")
    p.add_argument("--fake-hardware", metavar="FILE", help="read the machine from a JSON file")
    p.add_argument(
        "--gpu", action="append", default=[], metavar="NAME[:GB]", help="plan for this GPU"
    )
    # the same parser as `vramscope estimate --ram` (app.session.parse_size): "32", "32GB" and
    # "32 GiB" all mean 32 GiB
    p.add_argument("--ram", metavar="GB", help="plan for this much system RAM (GiB)")
    p.add_argument(
        "--cpu",
        metavar="KIND",
        help="plan for this CPU: x86, x86-avx2, x86-avx512, arm64 or apple (default: detected)",
    )
    # --ram-bandwidth and --free-vram, as `vramscope estimate` takes them
    add_machine_speed_options(p)
    p.add_argument("--lang", metavar="CODE", help="en, ru, zh_CN or pl (default: the system's)")
    p.add_argument("--theme", choices=("system", "light", "dark"), default="system")
    p.add_argument("--model", metavar="ID", help="catalog model to start with")
    p.add_argument("--rows", choices=("presets", "catalog", "model"), help="fit table rows")
    p.add_argument(
        "--window-size",
        metavar="WxH",
        type=_window_size,
        help="with --screenshot: render the window at this size, e.g. 1280x720",
    )
    p.add_argument(
        "--state-json",
        metavar="PATH",
        help="with --screenshot: also write what the window shows (verdict, breakdown, table"
        " cells, chart values) as JSON",
    )
    # every option of `vramscope estimate` (app.cli_options: one definition, one parser), read
    # the same way; the window applies only those given and keeps its saved settings otherwise
    add_estimate_options(p)
    add_workload_options(p)
    p.set_defaults(**dict.fromkeys((*RUN_OPTION_DESTS, "weights", "gpu_layers")))
    p.add_argument(
        "--self-check", action="store_true", help="load every resource, build the window, exit"
    )
    p.add_argument(
        "--quit-after-show", action="store_true", help="exit once the window is shown (timing)"
    )
    return p


def hardware_options(args: argparse.Namespace) -> HardwareOptions:
    """Every hardware option given, read by the CLI's parser: --gpu, --ram, --cpu,
    --ram-bandwidth and --free-vram (the last three apply to this machine too)."""
    from vramscope.app.session import HardwareOptions

    return HardwareOptions.parse(
        args.gpu,
        None if args.ram is None else str(args.ram),
        args.cpu,
        args.ram_bandwidth,
        args.free_vram,
    )


def _probe(args: argparse.Namespace) -> tuple[HardwareProbe, HardwareOptions | None]:
    """The hardware source: a file, --gpu/--ram (the CLI's parser), or this machine."""
    from dataclasses import replace

    from vramscope.hardware import FakeProbe, SystemProbe, load_fake_machine

    probe: HardwareProbe = (
        FakeProbe(load_fake_machine(args.fake_hardware)) if args.fake_hardware else SystemProbe()
    )
    options = hardware_options(args)
    if options.empty:
        # --cpu, --ram-bandwidth or --free-vram alone describe no other machine: the state
        # applies them to this one (hardware_options)
        return probe, None
    if options.ram_bytes is None:
        # the window's "other hardware" is a whole machine: without --ram, this one's RAM
        from vramscope.hardware.host import read_memory

        options = replace(options, ram_bytes=read_memory().total_bytes)
    return probe, options


def _make_window(
    args: argparse.Namespace, *, persistent: bool
) -> tuple[MainWindow, EstimatorState]:
    from PySide6.QtCore import QSettings, QTimer

    from vramscope.app.session import parse_cpu

    from .app import create_app, install_language
    from .main_window import MainWindow
    from .settings import Settings, open_user_settings
    from .state import EstimatorState

    app = create_app(theme="" if args.theme == "system" else args.theme)
    if persistent:
        settings = open_user_settings()
    else:
        # screenshots and checks start from defaults and never touch the user's file
        tmp = Path(tempfile.mkdtemp(prefix="vramscope-")) / "settings.ini"
        settings = Settings(QSettings(str(tmp), QSettings.Format.IniFormat))
        # nor the user's catalog: a file opened for a screenshot would otherwise be added to it
        # (a caller that chose a data folder, as the tests do, keeps it)
        os.environ.setdefault("VRAMSCOPE_DATA_DIR", str(tmp.parent / "data"))
    lang = args.lang if args.lang is not None else str(settings.get("prefs/language"))
    lang = install_language(app, lang)
    probe, override = _probe(args)
    state = EstimatorState(probe, settings)
    state.cpu = parse_cpu(args.cpu)
    state.machine_options = hardware_options(args)
    if args.model:
        key = args.model if ":" in args.model else f"catalog:{args.model}"
        if not any(c.key == key for c in state.all_choices()):
            raise LaunchError(f"--model: unknown catalog model {args.model!r}")
        state.set_model(key)
    if args.rows:
        state.set_row_source(args.rows)
    # the run before the format: the runtime decides which formats are offered
    _apply_run_options(state, args)
    if args.weights:
        from vramscope.app.session import resolve_weights
        from vramscope.core import SpecError

        try:  # as `vramscope estimate` reads it: mxfp4 on gpt-oss in llama.cpp is mxfp4_moe
            wanted = resolve_weights(state.model, state.workload.runtime, args.weights).id
        except SpecError:
            wanted = args.weights
        if wanted not in {f.id for f in state.available_formats()}:
            raise LaunchError(f"--weights: {args.weights!r} is not offered for this runtime")
        state.set_format(wanted)
    if args.ctx:
        state.set_context(args.ctx)
    if override is not None:
        state.override = override
    window = MainWindow(state, settings, lang)
    if persistent:
        # Let the window paint first: on 2 cores the probe and the fit-table jobs that follow
        # it would otherwise compete with the first paint (benchmarks/startup.py).
        QTimer.singleShot(STARTUP_WORK_DELAY_MS, state.refresh_hardware)
    else:
        state.refresh_hardware()
    if args.path:
        state.open_model_file(args.path)
    return window, state


def _apply_run_options(state: EstimatorState, args: argparse.Namespace) -> None:
    """The run options given to the window, read as `vramscope estimate` reads them
    (app.cli_options) over the saved run; a bad one raises SpecError naming the flag (main()
    prints it and exits 2)."""
    from vramscope.app.cli_options import parse_gpu_layers, window_run_settings

    given = any(getattr(args, d, None) is not None for d in RUN_OPTION_DESTS if d != "ctx")
    if given:
        ctx = args.ctx if args.ctx else state.context
        if getattr(args, "images", None) is not None:
            state.images_chosen = True  # the model no longer decides the images per prompt
        state.set_run(window_run_settings(state.workload, ctx, args))
    if args.min_speed is not None:
        state.set_min_speed(args.min_speed)
    if args.gpu_layers is not None:
        state.set_gpu_layers(parse_gpu_layers(args.gpu_layers))


def _wait_ready(state: EstimatorState, timeout_s: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    # no event loop runs yet: pump events by hand so the workers' results are delivered
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if (
            state.hardware is not None
            and not state.busy
            and state.table_complete
            and (state.plan is not None or state.plan_error)
            and state.format_id in state.chart
        ):
            # let coalesced updates (the table's status line, 40 ms) land before a grab
            settle = time.monotonic() + 0.15
            while time.monotonic() < settle:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
                time.sleep(0.01)
            return True
        time.sleep(0.01)
    return False


# The smallest and largest window the layout is made for (issue 14: 1024x768 up to 4K).
_WINDOW_SIZE_RANGE = ((640, 480), (7680, 4320))


def _window_size(text: str) -> tuple[int, int]:
    """``--window-size 1280x720`` as (width, height), within _WINDOW_SIZE_RANGE."""
    w, sep, h = text.lower().partition("x")
    (lo_w, lo_h), (hi_w, hi_h) = _WINDOW_SIZE_RANGE
    if not (sep and w.strip().isdigit() and h.strip().isdigit()):
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT such as 1280x720, got {text[:40]!r}"
        )
    size = int(w), int(h)
    if not (lo_w <= size[0] <= hi_w and lo_h <= size[1] <= hi_h):
        raise argparse.ArgumentTypeError(
            f"{size[0]}x{size[1]} is outside {lo_w}x{lo_h} .. {hi_w}x{hi_h}"
        )
    return size


def _screenshot(args: argparse.Namespace) -> int:
    # a screenshot needs no screen: render offscreen on a headless machine (CI, ssh)
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    window, state = _make_window(args, persistent=False)
    if args.window_size:
        window.resize(*args.window_size)
    # the window builds its chart after the first paint; the picture must hold the real one
    window.ensure_chart()
    window.show()
    ready = _wait_ready(state, _SCREENSHOT_TIMEOUT_S)
    path = Path(args.screenshot)
    pixmap = window.grab()
    if not pixmap.save(str(path), "PNG"):
        print(f"vramscope: error: cannot write {path}", file=sys.stderr)
        return 2
    note = "" if ready else " (still computing when the timeout came)"
    print(f"Saved {path} ({pixmap.width()}x{pixmap.height()}){note}")
    if args.state_json:
        import json

        from .state_json import window_state

        out = Path(args.state_json)
        try:
            out.write_text(
                json.dumps(window_state(window), indent=2, ensure_ascii=False) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            print(f"vramscope: error: cannot write {out}: {exc.strerror}", file=sys.stderr)
            return 2
        print(f"Saved {out}")
    window.close()
    return 0


def self_check(args: argparse.Namespace) -> str:
    """Load every bundled resource, run one estimate, read the hardware, build the window
    offscreen; returns a one-line summary or raises with a one-line reason."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

    from vramscope.catalog.gpus import load_gpus
    from vramscope.catalog.models import load_models
    from vramscope.catalog.presets import load_presets
    from vramscope.core import GIB, GpuDevice, Hardware, Workload, parse_weight_format, plan
    from vramscope.hardware import probe_machine
    from vramscope.paths import resources_dir

    from .app import LANGUAGES, create_app, font_families, icons_dir, translations_dir

    models, gpus, presets = load_models(), load_gpus(), load_presets()
    app = create_app()
    for code, _name in LANGUAGES[1:]:
        qm = translations_dir() / f"vramscope_{code}.qm"
        if not QTranslator().load(str(qm)):
            raise LaunchError(f"translation {qm} cannot be loaded")
    icons = sorted(icons_dir().glob("*.svg")) + sorted(icons_dir().glob("*.png"))
    if not icons:
        raise LaunchError(f"no icons in {icons_dir()}")
    for path in icons:
        if QIcon(str(path)).pixmap(32, 32).isNull():
            raise LaunchError(f"icon {path} cannot be drawn")
    spec = next(m for m in models if m.model_id == "llama-3.1-8b").spec
    hw = Hardware((GpuDevice("RTX 3060", 12 * GIB, 12 * GIB),), 32 * GIB, 32 * GIB)
    p = plan(spec, parse_weight_format("q4_k_m"), Workload(), hw)
    reading = probe_machine()
    families = font_families()
    if not families:
        raise LaunchError("no font family found: text would render as boxes (install fonts)")
    args.gpu = args.gpu or ["RTX 3060:12"]
    args.ram = args.ram or "32"
    window, state = _make_window(args, persistent=False)
    window.ensure_chart()  # the chart is a resource to check too (built lazily otherwise)
    window.show()
    if not _wait_ready(state, 60):
        raise LaunchError("the main window did not finish its first estimate within 60 s")
    window.close()
    app.processEvents()
    return (
        f"self-check ok: {len(models)} models, {len(presets)} presets, {len(gpus)} GPUs, "
        f"{len(LANGUAGES) - 1} translations, {len(icons)} icons, {len(families)} font families, "
        f"{len(reading.gpus)} GPU(s) detected, estimate {p.verdict}, "
        f"resources {resources_dir()}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m vramscope`` without a CLI subcommand."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.self_check:
            print(self_check(args))
            return 0
        if args.state_json and not args.screenshot:
            raise LaunchError("--state-json needs --screenshot (the window is rendered once)")
        if args.screenshot:
            return _screenshot(args)
        return _run(args)
    except LaunchError as exc:
        print(f"vramscope: error: {exc}", file=sys.stderr)
        return 2
    except (ValueError, OSError) as exc:  # bad --gpu/--ram/--fake-hardware, missing files
        from vramscope.app.present.errors import error_text

        print(f"vramscope: error: {' '.join(error_text(exc).split())}", file=sys.stderr)
        return 2
    except Exception as exc:
        if args.self_check:
            print(f"self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        raise


def _run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window, state = _make_window(args, persistent=True)
    window.show()
    app = QApplication.instance()
    assert app is not None
    if args.quit_after_show:
        # benchmarks/startup_source.py reads this line: the wall-clock moment of the first show
        app.processEvents()
        print(f"shown_at_epoch={time.time():.4f}", flush=True)
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
    code = int(app.exec())
    # a table still computing must end before Python tears the state down (the window closed
    # mid-computation); its task is cancelled, so this takes one cell at most
    state.shutdown(5_000)
    return code
