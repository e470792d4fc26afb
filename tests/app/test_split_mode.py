"""``--split-mode layer|row`` (llama.cpp's -sm): parsed like the other run options for
``vramscope estimate``/``fit`` and the window's launcher, carried into the workload, the
``--json`` settings and the run settings' command lines."""

from __future__ import annotations

import argparse
import io
import json
import shlex
from contextlib import redirect_stdout
from typing import Any

import pytest

from vramscope.app.cli_options import (
    add_workload_options,
    args_of_run,
    run_settings,
    window_run_settings,
)
from vramscope.app.present.errors import error_text
from vramscope.app.run_settings import run_settings as commands_for
from vramscope.app.session import (
    HardwareOptions,
    RunSettings,
    catalog_choice,
    hardware_of,
    plan_for,
    weights_for,
)
from vramscope.cli import main as cli_main
from vramscope.core import SpecError


def _args(*argv: str) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    add_workload_options(p)
    return p.parse_args(list(argv))


def _cli_json(argv: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main([*argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def test_the_option_reaches_the_workload() -> None:
    assert run_settings(_args()).workload(4096).split_mode == "layer"
    run = run_settings(_args("--split-mode", "row"))
    assert run.split_mode == "row" and run.workload(4096).split_mode == "row"


def test_a_split_mode_llama_cpp_lacks_is_refused_by_argparse() -> None:
    with pytest.raises(SystemExit):
        _args("--split-mode", "tensor")


def test_a_bad_split_mode_is_named() -> None:
    with pytest.raises(SpecError) as exc:
        RunSettings(split_mode="rows")  # type: ignore[arg-type]
    assert "--split-mode" in error_text(exc.value) and "rows" in error_text(exc.value)


def test_split_mode_is_a_llama_cpp_flag() -> None:
    with pytest.raises(SpecError) as exc:
        run_settings(_args("--runtime", "vllm", "--split-mode", "row"))
    assert exc.value.note.code == "option.runtime_only"
    # another runtime never carries a row split into its workload
    run = RunSettings(split_mode="row").with_runtime("vllm")
    assert run.split_mode == "layer" and run.workload(4096).split_mode == "layer"


def test_the_window_keeps_a_row_split_and_drops_it_in_another_runtime() -> None:
    base = RunSettings(split_mode="row")
    assert args_of_run(base, 4096).split_mode == "row"
    kept = window_run_settings(base, 4096, _args("--ctx", "8192"))
    assert kept.split_mode == "row"
    given = window_run_settings(RunSettings(), 4096, _args("--split-mode", "row"))
    assert given.split_mode == "row"
    moved = window_run_settings(base, 4096, _args("--runtime", "vllm"))
    assert moved.runtime == "vllm" and moved.split_mode == "layer"


def test_run_settings_pass_sm_row_to_llama_cpp_and_name_it_for_ollama() -> None:
    choice = catalog_choice("llama-3.1-8b")
    run = RunSettings(split_mode="row")
    two = hardware_of(HardwareOptions.parse(["RTX 3090:24", "RTX 3090:24"], "64").to_reading())
    fmt = weights_for(choice, "llama.cpp", "q4_k_m", "inference")
    p = plan_for(choice, fmt, run, 4096, two, gpu_layers=10**6)
    rc = commands_for(choice, p)
    assert shlex.split(rc.llama_server)[-2:] == ["-sm", "row"]
    assert "-sm row" in rc.llama_cli
    note = next(n for n in rc.notes if n.code == "run_settings.ollama_cannot")
    assert "-sm row" in dict(note.params)["options"]
    # the default split mode is not written out, and one GPU has nothing to split
    layer = plan_for(choice, fmt, RunSettings(), 4096, two, gpu_layers=10**6)
    assert "-sm" not in shlex.split(commands_for(choice, layer).llama_server)
    one = hardware_of(HardwareOptions.parse(["RTX 3090:24"], "64").to_reading())
    single = plan_for(choice, fmt, run, 4096, one, gpu_layers=10**6)
    assert "-sm" not in shlex.split(commands_for(choice, single).llama_server)


def test_json_settings_and_speed_follow_the_split_mode() -> None:
    base = ["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--gpu", "RTX 3090:24"]
    base += ["--gpu", "RTX 3090:24", "--gpu-layers", "all"]
    layer = _cli_json(base)
    row = _cli_json([*base, "--split-mode", "row"])
    assert layer["settings"]["split_mode"] == "layer"
    assert row["settings"]["split_mode"] == "row"
    assert row["run_settings"]["llama_server"].endswith("-sm row")
    # an 8B model over two PCIe cards: the waits per layer outweigh the parallel reads
    assert row["tokens_per_second"] < layer["tokens_per_second"]
    vllm = _cli_json(["estimate", "llama-3.1-8b", "--runtime", "vllm", "--gpu", "H100 SXM"])
    assert vllm["settings"]["split_mode"] is None
