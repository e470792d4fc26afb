"""Saved checks: written as JSON in the user data folder, listed, exported; damaged files are
skipped with a note. Golden numbers: calibration llamacpp-h100.jsonl's first record."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from benchmarks.calibration import load_cases
from tests._support.messages import message

from vramscope.app.checks import check_log, checks_dir, export_checks, list_checks, save_check
from vramscope.app.present import render
from vramscope.app.present.checks import comparison_summary
from vramscope.core.compare import Comparison, compare_buffers
from vramscope.core.notes import Note
from vramscope.readers.runlog import RunLogError


@pytest.fixture
def comparison() -> Comparison:
    case = next(c for c in load_cases() if c.kind == "llamacpp-gpu")
    return compare_buffers(case.run(), case.raw["log_buffers_mib"])


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VRAMSCOPE_DATA_DIR", str(tmp_path))
    return tmp_path


SETTINGS = {"model": "llama-3.1-8b", "weights": "q4_k_m", "ctx": 4096, "gpu_layers": 99}
NOW = datetime(2026, 9, 1, 12, 0, 0, tzinfo=UTC)


def test_save_then_list(data_dir: Path, comparison: Comparison) -> None:
    path = save_check(comparison, title="Llama 3.1 8B / H100", source="llama.cpp",
                      settings=SETTINGS, now=NOW)  # fmt: skip
    assert path.parent == data_dir / "checks" == checks_dir()
    assert path.name == "20260901T120000Z-Llama-3.1-8B-H100.json"
    checks, skipped = list_checks()
    assert skipped == ()
    (check,) = checks
    assert check.title == "Llama 3.1 8B / H100" and check.settings == SETTINGS
    kv = next(r for r in check.rows if r["term"] == "kv_cache")
    assert kv["logged_bytes"] == 512 << 20  # the log's "CUDA0 KV buffer size = 512.00 MiB"
    assert check.summary == comparison_summary(comparison)
    assert check.summary.startswith("Estimate within 0.0% of what llama.cpp allocated on CUDA0.")


def test_same_second_does_not_overwrite(data_dir: Path, comparison: Comparison) -> None:
    a = save_check(comparison, title="t", source="ollama", settings={}, now=NOW)
    b = save_check(comparison, title="t", source="ollama", settings={}, now=NOW)
    assert a != b and len(list_checks()[0]) == 2


def test_damaged_files_are_skipped_with_a_note(data_dir: Path, comparison: Comparison) -> None:
    save_check(comparison, title="good", source="llama.cpp", settings=SETTINGS, now=NOW)
    folder = checks_dir()
    (folder / "a-truncated.json").write_text('{"format": 1, "rows": [', encoding="utf-8")
    (folder / "b-list.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "c-binary.json").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "d-bad-row.json").write_text(
        json.dumps({"format": 1, "settings": {}, "rows": [{"estimated_bytes": "x"}]}),
        encoding="utf-8",
    )
    (folder / "e-future.json").write_text(json.dumps({"format": 99}), encoding="utf-8")
    (folder / "f-huge.json").write_text(" " * (2 << 20), encoding="utf-8")
    (folder / "g-deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    checks, skipped = list_checks()
    assert [c.title for c in checks] == ["good"]
    assert len(skipped) == 7 and {s.code for s in skipped} == {"checks.skipped_file"}
    assert all(render(s).startswith("skipped ") for s in skipped)


def test_no_folder_yet(data_dir: Path) -> None:
    assert list_checks() == ((), ())


def test_export_json_and_markdown(data_dir: Path, comparison: Comparison) -> None:
    save_check(comparison, title="H100 run", source="llama.cpp", settings=SETTINGS,
               notes=[Note.of("log.kv_type_assumed_f16")], now=NOW)  # fmt: skip
    (checks_dir() / "broken.json").write_text("{", encoding="utf-8")
    doc = json.loads(export_checks(data_dir / "report.json").read_text(encoding="utf-8"))
    assert doc["checks"][0]["title"] == "H100 run" and len(doc["skipped"]) == 1
    md = export_checks(data_dir / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# VRAMScope checks against real runs")
    assert "| kv_cache | gpu0 | CUDA0 | 512.00 | 512.00 | +0.00 | +0.0% |" in md
    assert "- note: the KV cache type is not in the log; assumed f16" in md
    assert "skipped broken.json" in md


def test_notes_are_saved_in_english_and_old_sentences_read_as_written(
    data_dir: Path, comparison: Comparison
) -> None:
    note = Note.of("log.ollama_shared_context", context="8,192", count=4)
    path = save_check(comparison, title="t", source="ollama", settings={}, notes=[note, note],
                      now=NOW)  # fmt: skip
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["notes"] == ["Ollama's context of 8,192 tokens is shared by 4 sequences"]
    # a file from before notes were codes holds the sentences it was shown with
    saved["notes"] = ["flash attention is not in the log; assumed off"]
    path.write_text(json.dumps(saved), encoding="utf-8")
    (check,) = list_checks()[0]
    assert check.notes == ("flash attention is not in the log; assumed off",)


# --- checking a log -----------------------------------------------------------------------------

LOGS = Path(__file__).resolve().parent.parent / "data" / "logs"


def test_check_log_failures_are_codes_the_window_can_translate() -> None:
    failed = check_log("hello")
    assert failed.error is not None and failed.needs == ""
    # the message says why, quoting what it did not recognise
    assert message(failed.error) == (
        "no llama.cpp load lines found in 1 lines (is this a llama.cpp / Ollama log?); "
        "not recognised: hello"
    )
    shapeless = check_log(
        "llama_context: n_ctx = 4096\nload_tensors: CUDA0 model buffer size = 1 MiB\n"
    )
    assert shapeless.needs == "model"
    assert isinstance(shapeless.error, RunLogError)
    assert shapeless.error.note.code == "runlog.no_model_shape"
    # a file type llama.cpp never had: the user must pick the weight format
    text = (LOGS / "llamacpp-2026-05-qwen35-hybrid-rs.log").read_text(encoding="utf-8")
    text = text.replace(
        "general.file_type u32              = 15", "general.file_type u32    = 9999"
    )
    unknown = check_log(text.replace("Q4_K - Medium", "Q9_Z - Huge"))
    assert unknown.needs == "format"
    assert isinstance(unknown.error, RunLogError)
    assert unknown.error.note.code == "runlog.unknown_file_type"
