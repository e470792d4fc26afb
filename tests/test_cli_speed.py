"""The speed options and keys of ``vramscope estimate`` / ``fit`` (issue 13): ``--prompt-tokens``
and ``--ram-bandwidth`` parse, change the speed the way they must, and the JSON gives the
speed's likely range beside it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from vramscope.app.session import parse_ram_bandwidth
from vramscope.cli import main
from vramscope.core import SpecError

ONE_GPU = ["--gpu", "RTX 3090", "--ram", "64"]


def _estimate(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    rc = main(["estimate", "llama-3.1-8b", "--weights", "q4_k_m", *argv, "--json"])
    assert rc == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_the_json_gives_the_speed_range(capsys: pytest.CaptureFixture[str]) -> None:
    out = _estimate(capsys, *ONE_GPU)
    assert out["tokens_per_second_low"] < out["tokens_per_second"] < out["tokens_per_second_high"]
    assert out["prefill_tokens_per_second"] > out["tokens_per_second"]
    assert out["settings"]["prompt_tokens"] is None
    assert any("likely" in line for line in out["speed_assumptions"])


def test_a_longer_prompt_is_slower(capsys: pytest.CaptureFixture[str]) -> None:
    short = _estimate(capsys, *ONE_GPU, "--ctx", "32768", "--prompt-tokens", "100")
    long = _estimate(capsys, *ONE_GPU, "--ctx", "32768", "--prompt-tokens", "30000")
    assert long["settings"]["prompt_tokens"] == 30000
    assert long["tokens_per_second"] < short["tokens_per_second"]


def test_ram_bandwidth_speeds_up_layers_in_ram(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*ONE_GPU, "--gpu-layers", "10"]
    slow = _estimate(capsys, *argv, "--ram-bandwidth", "40")
    fast = _estimate(capsys, *argv, "--ram-bandwidth", "120GB/s")
    assert fast["tokens_per_second"] > 1.5 * slow["tokens_per_second"]
    assert any("120 GB/s" in line for line in fast["speed_assumptions"])


def test_a_bad_ram_bandwidth_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "llama-3.1-8b", *ONE_GPU, "--ram-bandwidth", "fast"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--ram-bandwidth" in err and "'fast'" in err


@pytest.mark.parametrize("text", ["0", "-5", "nan", "1e9", ""])
def test_parse_ram_bandwidth_refuses_what_no_ram_reads(text: str) -> None:
    with pytest.raises(SpecError) as exc:
        parse_ram_bandwidth(text)
    assert exc.value.note.code == "option.ram_bandwidth"


def test_parse_ram_bandwidth_reads_gb_per_s() -> None:
    assert parse_ram_bandwidth("60") == 60 * 10**9
    assert parse_ram_bandwidth(" 51.2 GB/s ") == 51_200_000_000
    assert parse_ram_bandwidth(None) is None


def test_fit_rows_carry_the_range(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fit", *ONE_GPU, "--json"]) in (0, None)
    rows = json.loads(capsys.readouterr().out)["rows"]
    sped = [r for r in rows if r["tokens_per_second"] is not None]
    assert sped
    for r in sped:
        assert r["tokens_per_second_low"] <= r["tokens_per_second"] <= r["tokens_per_second_high"]
