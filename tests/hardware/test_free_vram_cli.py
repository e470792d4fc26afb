"""``--free-vram`` and ``--ram-bandwidth`` on the command line (issue 14 item 12, issue 13): the
free VRAM planned for, and the hardware report naming which RAM speed is used."""

from __future__ import annotations

import json

import pytest

from vramscope.cli import main
from vramscope.core.units import GIB


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_free_vram_is_planned_for(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["estimate", "llama-3.1-8b", "--gpu", "RTX 3060:12", "--ram", "32", "--json"]
    full = _json(capsys, base)
    busy = _json(capsys, [*base, "--free-vram", "10.5"])
    gpus = busy["hardware"]["gpus"]  # type: ignore[index]
    assert gpus[0]["free_bytes"] == int(10.5 * GIB) and gpus[0]["total_bytes"] == 12 * GIB
    # a browser holding 1.5 GiB leaves 1.5 GiB less to spare
    spare = full["headroom_bytes"] - busy["headroom_bytes"]  # type: ignore[operator]
    assert abs(spare - int(1.5 * GIB)) <= 1


def test_free_vram_per_gpu_and_the_count_check(capsys: pytest.CaptureFixture[str]) -> None:
    two = ["--gpu", "RTX 3060:12", "--gpu", "RTX 4090"]
    out = _json(capsys, ["hardware", *two, "--free-vram", "10", "--free-vram", "20", "--json"])
    assert [g["free_bytes"] for g in out["gpus"]] == [10 * GIB, 20 * GIB]  # type: ignore[attr-defined]
    assert "GPUs given on the command line, with the free VRAM given (--free-vram)." in out["notes"]  # type: ignore[operator]
    three = ["--free-vram", "1", "--free-vram", "2", "--free-vram", "3"]
    with pytest.raises(SystemExit) as exit_:
        main(["hardware", *two, *three])
    assert exit_.value.code == 2
    assert "--free-vram was given 3 times for 2 GPU(s)" in capsys.readouterr().err


def test_the_report_names_the_given_ram_speed(capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, ["hardware", "--ram-bandwidth", "60", "--json"])
    notes = out["notes"]
    assert "RAM speed as given: 60 GB/s." in notes  # type: ignore[operator]
    assert not any(str(n).startswith(("RAM speed unknown", "RAM speed from")) for n in notes)  # type: ignore[attr-defined]
