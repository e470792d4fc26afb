"""Issue 17, one regression test per kind of hostile user data this part fixed: hardware files
(numbers beyond a float, lists where a string belongs), FIFOs, recordings (too large, extreme
driver values), saved checks (damaged, lone surrogates), NaN in exported JSON, corrupt or newer
settings files, a hung NVML call and argparse's usage text."""

from __future__ import annotations

import copy
import json
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests._support.fakenvml import FakeGpu, FakeNvml
from tests._support.messages import english, message

from vramscope.app import export
from vramscope.app.checks import export_checks, list_checks
from vramscope.cli import MAX_ERROR_CHARS, main
from vramscope.hardware import SystemProbe
from vramscope.hardware import recording as recording_mod
from vramscope.hardware.fake import HardwareFileError, load_fake_machine
from vramscope.hardware.recording import (
    GpuInfo,
    GpuSample,
    ProcessInfo,
    Recording,
    RecordingFileError,
    Sample,
    load_recording,
)

GIB = 1 << 30
HW: dict[str, Any] = {
    "gpus": [
        {
            "name": "NVIDIA GeForce RTX 4090",
            "total_bytes": 24 * GIB,
            "free_bytes": 20 * GIB,
            "bandwidth_bytes_per_s": 1_008_000_000_000,
        }
    ],
    "ram": {"total_bytes": 64 * GIB, "available_bytes": 48 * GIB},
    "cpu": {"model": "x", "flags": ["avx2"]},
    "notes": [],
}
# Hang guard for calls that once blocked forever on a FIFO: far above what a read takes.
HANG_GUARD_S = 30


def one_line(text: str) -> bool:
    return "\n" not in text and len(text) <= MAX_ERROR_CHARS and text.isprintable()


def finishes(call: Callable[[], object]) -> object:
    """``call()``'s result, run on a thread so that a hang fails the test instead of the run."""
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(HANG_GUARD_S)
    assert not worker.is_alive(), "blocked (a FIFO opened for reading?)"
    return out[0] if out else None


def with_value(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(HW)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


# -- --fake-hardware ----------------------------------------------------------------------------

FIELDS = [
    ("ram", "total_bytes"),
    ("ram", "available_bytes"),
    ("gpus", 0, "total_bytes"),
    ("gpus", 0, "free_bytes"),
    ("gpus", 0, "bandwidth_bytes_per_s"),
    ("gpus", 0, "pcie_bytes_per_s"),
    ("cpu", "max_mhz"),
    ("swap", "total_bytes"),
]


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: ".".join(map(str, f)))
def test_a_number_beyond_a_float_is_a_one_line_error_naming_the_field(
    tmp_path: Path, field: tuple[Any, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    data = with_value(field, 10**400) if field[0] != "swap" else {**HW, "swap": {field[1]: 10**400}}
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HardwareFileError) as err:
        load_fake_machine(path)
    text = message(err.value)
    assert field[-1] in text and one_line(text), text
    # and through the command line: exit 2 and one line, for `hardware` and `estimate` alike
    for argv in (["hardware"], ["estimate", "llama-3.1-8b"]):
        with pytest.raises(SystemExit) as code:
            main([*argv, "--fake-hardware", str(path)])
        assert code.value.code == 2
        err_text = capsys.readouterr().err.strip()
        assert err_text.startswith("vramscope: error: ") and one_line(err_text), err_text


@pytest.mark.parametrize(
    "field",
    [("gpus", 0, "name"), ("cpu", "model"), ("cpu", "kind"), ("gpus", 0, "source")],
    ids=lambda f: ".".join(map(str, f)),
)
def test_a_list_where_a_string_belongs_is_an_error_naming_the_field(
    tmp_path: Path, field: tuple[Any, ...]
) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(with_value(field, ["a"])), encoding="utf-8")
    with pytest.raises(HardwareFileError) as err:
        load_fake_machine(path)
    assert field[-1] in message(err.value)


@pytest.mark.parametrize(
    "note",
    [
        {"code": ["hardware.described"], "params": {}},  # a list as a code: unhashable
        {"code": "hardware.file_text", "params": {"text": ["a"]}},
        {"code": "nvml.gpu_lost", "params": {"gpu": "x" * 100_000, "reason": "r"}},
        {"code": "host.apple_unified", "params": {"share_gib": 10**400}},
    ],
)
def test_a_damaged_note_in_a_hardware_file_is_refused(tmp_path: Path, note: object) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps({**HW, "notes": [note]}), encoding="utf-8")
    with pytest.raises(HardwareFileError) as err:
        load_fake_machine(path)
    assert "notes[0]" in message(err.value) and one_line(message(err.value))


def test_a_long_text_is_refused_with_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(with_value(("gpus", 0, "name"), "x" * 5000)), encoding="utf-8")
    with pytest.raises(HardwareFileError) as err:
        load_fake_machine(path)
    assert "gpus[0].name" in message(err.value) and "4096" in message(err.value)


# -- FIFOs --------------------------------------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


@needs_fifo
@pytest.mark.parametrize("loader", [load_fake_machine, load_recording], ids=["hardware", "rec"])
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, loader: Callable[[Path], Any]) -> None:
    fifo = tmp_path / "input.json"
    os.mkfifo(fifo)

    def read() -> str:
        try:
            loader(fifo)
        except (HardwareFileError, RecordingFileError) as exc:
            return message(exc)
        return "read"

    assert finishes(read) == f"{fifo}: not a regular file"


@needs_fifo
def test_a_fifo_in_the_checks_folder_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a-fifo.json")
    checks, skipped = finishes(lambda: list_checks(tmp_path))  # type: ignore[misc]
    assert checks == () and english(skipped) == [
        "skipped a-fifo.json: a-fifo.json: not a regular file"
    ]


# -- recordings ---------------------------------------------------------------------------------


def test_a_recording_from_extreme_driver_values_loads_again(tmp_path: Path) -> None:
    """used = 2^64 - 1 (a driver's "not available"), a 5,000-character name, a NaN time: the
    file is clipped to what the reader accepts when it is saved."""
    huge = (1 << 64) - 1
    rec = Recording(
        samples=(
            Sample(0.0, huge, (GpuSample(0, huge, ((7, huge),)),), ((7, huge),)),
            Sample(float("nan"), 1, (GpuSample(0, 5),), None),
            Sample(1.0, 2, (GpuSample(0, 6),), None),
        ),
        gpus=(GpuInfo(0, "G" * 5000, "U" * 5000, huge),),
        processes=(ProcessInfo(7, "p" * 5000),),
        label="L" * 5000,
        duration_s=float("inf"),
    )
    path = tmp_path / "run.json"
    rec.save(path)
    back = load_recording(path)
    assert back.gpus[0].name == "G" * 4096 and back.gpus[0].total_bytes == 1 << 62
    assert back.samples[0].gpus[0].used_bytes == 1 << 62
    assert [s.t for s in back.samples] == [0.0, 0.0, 1.0]  # NaN read as 0, order kept
    assert back.duration_s == 1e10 and len(back.label) == 4096


@pytest.mark.parametrize("field", ["duration_s", "interval_s"])
def test_a_recording_time_beyond_a_float_is_a_coded_error(tmp_path: Path, field: str) -> None:
    """10**400 once raised OverflowError in the JSON reader's number check (fuzz case)."""
    doc = Recording((Sample(0.0, 1),)).to_json()
    path = tmp_path / "run.json"
    path.write_text(json.dumps({**doc, field: 10**400}), encoding="utf-8")
    with pytest.raises(RecordingFileError) as err:
        load_recording(path)
    assert f"field '{field}' must be a finite number" in message(err.value)


def test_a_recording_over_the_cap_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as fh:
        fh.truncate(recording_mod.MAX_RECORDING_BYTES + 1)  # sparse: no disk used
    with pytest.raises(RecordingFileError) as err:
        load_recording(path)
    assert message(err.value) == (
        f"{path}: larger than {recording_mod.MAX_RECORDING_BYTES} bytes; not a file VRAMScope reads"
    )


def test_a_run_too_long_for_one_file_is_thinned_on_save_keeping_its_peaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recording_mod, "MAX_RECORDING_BYTES", 20_000)
    samples = tuple(
        Sample(i * 0.05, 1000 + i % 7, (GpuSample(0, 5000 + (i * 37) % 1001),), None)
        for i in range(2000)
    )
    rec = Recording(samples, gpus=(GpuInfo(0, "g"),), sample_count=2000)
    path = tmp_path / "long.json"
    rec.save(path)
    assert path.stat().st_size <= 20_000
    back = load_recording(path)
    assert len(back.samples) < 2000 and back.sample_count == 2000
    assert back.peaks == rec.peaks  # the first and the highest sample of each series stay
    assert back.notes[-1].code == "measure.thinned_on_save"


# -- saved checks and exported JSON ------------------------------------------------------------

GOOD_ROW = {
    "term": "kv_cache",
    "device": "gpu0",
    "log_devices": ["CUDA0"],
    "estimated_bytes": 1 << 29,
    "logged_bytes": 1 << 29,
    "relative_error": 0.0,
}


def check_file(**changes: Any) -> str:
    doc = {
        "format": 1,
        "created": "2026-01-01T00:00:00+00:00",
        "title": "t",
        "source": "s",
        "settings": {"model": "m"},
        "summary": "ok",
        "rows": [GOOD_ROW],
        "notes": [],
    }
    doc.update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(
    "text",
    [
        check_file(title="\ud800"),  # a lone surrogate: cannot be written as UTF-8
        check_file(settings={"k": "\udfff"}),
        check_file(rows=[{**GOOD_ROW, "estimated_bytes": 10**400}]),
        check_file(rows=[{**GOOD_ROW, "relative_error": "x"}]),
        check_file(rows=[{**GOOD_ROW, "log_devices": 5}]),
        check_file(rows=[{**GOOD_ROW, "term": ["a"]}]),
        check_file(settings={"k": [1, 2]}),
        check_file(notes=[{"a": 1}]),
        check_file(title=5),
        check_file(rows=[{**GOOD_ROW, "relative_error": 1e400}]),  # reads as Infinity
        check_file(format=True),
    ],
)
def test_a_damaged_check_is_skipped_and_the_others_export(tmp_path: Path, text: str) -> None:
    (tmp_path / "a-good.json").write_text(check_file(title="fine"), encoding="utf-8")
    (tmp_path / "b-bad.json").write_text(text, encoding="utf-8")
    checks, skipped = list_checks(tmp_path)
    assert [c.title for c in checks] == ["fine"]
    (note,) = english(skipped)
    assert note.startswith("skipped b-bad.json: ") and one_line(note), note
    # the report goes beside the folder: a report inside it would be read as a check
    out = tmp_path.parent / f"{tmp_path.name}-report"
    out.mkdir(exist_ok=True)
    assert "## fine" in export_checks(out / "r.md", tmp_path).read_text(encoding="utf-8")
    doc = json.loads(
        export_checks(out / "r.json", tmp_path).read_text(encoding="utf-8"),
        parse_constant=lambda name: pytest.fail(f"{name} in exported JSON"),
    )
    assert [c["title"] for c in doc["checks"]] == ["fine"]


def test_markdown_export_keeps_each_value_on_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        check_file(title="two\nlines\x1b[31m", settings={"k|": "v\r\nw"}), encoding="utf-8"
    )
    md = export_checks(tmp_path / "r.md", tmp_path).read_text(encoding="utf-8")
    assert "## two lines\\x1b[31m" in md and "- k|: v w" in md and "\x1b" not in md


def test_exported_json_never_holds_nan_or_infinity() -> None:
    text = export.dumps({"a": float("nan"), "b": [float("inf"), 1.5], "c": {"d": -float("inf")}})
    assert json.loads(text) == {"a": None, "b": [None, 1.5], "c": {"d": None}}


# -- the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["estimate"],
        ["estimate", "llama-3.1-8b", "--ctx", "abc"],
        ["estimate", "llama-3.1-8b", "--runtime", "x\x1b[2J" * 500],
        ["fit", "--no-such-option"],
        ["hardware", "extra"],
    ],
)
def test_a_bad_argument_is_one_line_without_usage(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as code:
        main(argv)
    assert code.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = captured.err.rstrip("\n")
    assert line.startswith("vramscope: error: ") and line.endswith("--help)"), line
    assert one_line(line) and "usage:" not in line, line


def test_a_bad_argument_with_json_is_one_error_object(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as code:
        main(["estimate", "llama-3.1-8b", "--ctx", "abc", "--json"])
    assert code.value.code == 2
    assert json.loads(capsys.readouterr().out) == {
        "error": "argument --ctx: invalid int value: 'abc'"
    }


# -- settings -----------------------------------------------------------------------------------

NOW = datetime(2026, 12, 7, 23, 30, 0, tzinfo=UTC)
CORRUPT = {
    "unparseable": b"\x00\xff[run\nmodel=\x01\n[[[\n",
    "version_text": b"[settings]\nversion=abc\n[run]\ncontext=8192\n",
    "version_zero": b"[settings]\nversion=0\n[run]\ncontext=8192\n",
    "version_float": b"[settings]\nversion=1.0\n[run]\ncontext=8192\n",
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_the_window_starts_with_a_corrupt_settings_file_keeps_a_copy_and_says_where(
    qtbot: Any, qapp: Any, tmp_path: Path, kind: str
) -> None:
    from PySide6.QtCore import QSettings
    from tests._support.window import rtx3060_machine

    from vramscope.hardware import FakeProbe
    from vramscope.ui.main_window import MainWindow
    from vramscope.ui.settings import Settings
    from vramscope.ui.state import EstimatorState

    path = tmp_path / "VRAMScope.ini"
    path.write_bytes(CORRUPT[kind])
    s = Settings(QSettings(str(path), QSettings.Format.IniFormat), now=NOW)
    assert s.was_reset
    copy_path = tmp_path / "VRAMScope-unreadable-20261207-233000.ini"
    assert s.backup_path == str(copy_path) and copy_path.read_bytes() == CORRUPT[kind]
    st = EstimatorState(FakeProbe(rtx3060_machine()), s)
    win = MainWindow(st, s, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.message_bar.isVisible(), timeout=5000)
    text = win.message_bar.label.text()
    assert "reset to defaults" in text and str(copy_path) in text, text
    st.wait_idle()


def test_a_newer_versions_settings_are_read_and_never_written_over(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings
    from tests._support.window import rtx3060_machine

    from vramscope.hardware import FakeProbe
    from vramscope.ui.main_window import MainWindow
    from vramscope.ui.settings import Settings
    from vramscope.ui.state import EstimatorState

    path = tmp_path / "VRAMScope.ini"
    original = b"[settings]\nversion=7\n[run]\ncontext=8192\nfuture_key=whatever\n"
    path.write_bytes(original)
    s = Settings(QSettings(str(path), QSettings.Format.IniFormat), now=NOW)
    assert not s.was_reset and s.newer_version == 7 and s.read_only
    assert s.get("run/context") == 8192  # a key this version understands is used
    st = EstimatorState(FakeProbe(rtx3060_machine()), s)
    win = MainWindow(st, s, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.message_bar.isVisible(), timeout=5000)
    assert "newer VRAMScope" in win.message_bar.label.text()
    st.wait_idle()
    st.save()
    s.sync()
    win.close()
    assert path.read_bytes() == original
    assert list(tmp_path.iterdir()) == [path]  # nothing reset, so nothing copied


# -- a hung NVML call ---------------------------------------------------------------------------


class HungNvml(FakeNvml):
    """nvmlDeviceGetCount blocks until the test releases it: a driver in a bad state."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__([FakeGpu()])
        self.gate = gate

    def nvmlDeviceGetCount(self) -> int:
        self.gate.wait()
        return int(super().nvmlDeviceGetCount())


def test_a_hung_nvml_call_leaves_the_probe_with_a_note_and_the_gpu_comes_later() -> None:
    gate, late = threading.Event(), threading.Event()
    probe = SystemProbe(nvml=HungNvml(gate), timeout_s=0.2)
    probe.on_late = late.set
    try:
        first = probe.read()  # returns after the timeout, not when the driver answers
        assert first.gpus == ()
        assert english(first.notes)[0] == (
            "The NVIDIA driver did not answer within 0.2 s: its GPUs are left out until it "
            "does (Refresh reads them again)."
        )
        assert probe.refresh(first).gpus == ()  # still hung: one call at a time, not a pile
        gate.set()
        assert late.wait(HANG_GUARD_S)  # the window reads again when the call returns
        again = probe.refresh(first)
        assert [g.name for g in again.gpus] == ["NVIDIA GeForce RTX 4090"]
        assert all(n.code != "nvml.slow" for n in again.notes)
    finally:
        gate.set()
        probe.close()
