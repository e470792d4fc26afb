"""``vramscope check LOG [--model ID] [--weights FORMAT] [--json]``: the window's "Check a real
run" on the command line, for vLLM logs and the llama.cpp family (README.md documents the JSON).

Logs: tests/data/logs (sources in tests/data/logs/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vramscope.app.checks import check_log
from vramscope.app.session import catalog_choice
from vramscope.cli import main

LOGS = Path(__file__).resolve().parent / "data" / "logs"
GIB = 1 << 30
# The llama.cpp-family log used here: a whole load log the llama.cpp reader compares on its
# own (model shape, file type, context and buffers all in it).
LLAMACPP_LOG = "llamacpp-2026-05-qwen35-hybrid-rs.log"
# The documented --json keys (README.md, "vramscope check").
TOP_KEYS = {"format", "file", "source", "model", "settings", "rows", "summary", "notes", "read"}
ROW_KEYS = {
    "term",
    "device",
    "log_devices",
    "estimated_bytes",
    "logged_bytes",
    "difference_bytes",
    "relative_error",
}


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = int(exc.code or 0)
    captured = capsys.readouterr()
    return rc, captured.out, captured.err


def test_vllm_log_json(capsys: pytest.CaptureFixture[str]) -> None:
    # source: vllm PR #10511 (youkaichao), Meta-Llama-3-8B with -tp 2: weights 7.48 GiB
    path = LOGS / "vllm-2024-12-v0-memory-table-h100-tp2.log"
    rc, out, err = _run(capsys, ["check", str(path), "--json"])
    assert (rc, err) == (0, "")
    doc = json.loads(out)
    assert set(doc) == TOP_KEYS
    assert (doc["format"], doc["file"], doc["source"]) == (1, path.name, "vllm")
    assert doc["model"]["id"] == "llama-3-8b"
    settings = doc["settings"]
    assert (settings["runtime"], settings["weights"], settings["n_gpus"]) == ("vllm", "bf16", 2)
    assert settings["gpu_memory_utilization"] == 0.9
    assert [r["term"] for r in doc["rows"]] == ["weights", "activations", "runtime_overhead"]
    for row in doc["rows"]:
        assert set(row) == ROW_KEYS
        assert row["difference_bytes"] == row["estimated_bytes"] - row["logged_bytes"]
        assert row["device"] == "gpu0"
    assert doc["rows"][0]["logged_bytes"] == round(7.48 * GIB)
    assert doc["read"]["tensor_parallel_size"] == 2
    assert doc["read"]["non_torch_bytes"] == round(3.58 * GIB)
    assert doc["summary"].startswith("Estimate ")
    assert any("NCCL" in n for n in doc["notes"])


def test_vllm_log_text_shows_every_term(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(capsys, ["check", str(LOGS / "vllm-2025-02-v0-worker-h100.log")])
    assert rc == 0
    for label in ("Weights", "Activations", "Runtime overhead", "KV cache", "CUDA graphs"):
        assert label in out
    assert "Qwen3 0.6B" in out
    assert "Note: " in out


def test_model_option_settles_an_unknown_model(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(LOGS / "vllm-2025-10-v1-qwen3-14b-kv.log")
    rc, out, err = _run(capsys, ["check", path])
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and "--model" in err
    rc, out, _ = _run(capsys, ["check", path, "--model", "qwen3-14b", "--json"])
    assert rc == 0
    doc = json.loads(out)
    assert doc["model"]["id"] == "qwen3-14b"
    assert [r["term"] for r in doc["rows"]] == ["kv_cache"]


def test_llamacpp_log_is_the_windows_comparison(capsys: pytest.CaptureFixture[str]) -> None:
    path = LOGS / LLAMACPP_LOG
    rc, out, err = _run(capsys, ["check", str(path), "--json"])
    assert (rc, err) == (0, "")
    doc = json.loads(out)
    assert set(doc) == TOP_KEYS
    assert doc["source"] != "vllm"
    window = check_log(path.read_text(encoding="utf-8"))
    assert window.comparison is not None
    assert [
        (r["term"], r["device"], r["estimated_bytes"], r["logged_bytes"]) for r in doc["rows"]
    ] == [(r.term, r.device, r.estimated_bytes, r.logged_bytes) for r in window.comparison.rows]
    assert doc["read"]["buffers"]
    assert doc["settings"]["runtime"] == "llama.cpp"


def test_llamacpp_excerpt_with_a_model(capsys: pytest.CaptureFixture[str]) -> None:
    # an excerpt without the model's shape asks for --model; with it, it is compared
    path = str(LOGS / "llamacpp-2025-09-cpu-only.log")
    window = check_log((LOGS / "llamacpp-2025-09-cpu-only.log").read_text(encoding="utf-8"))
    rc, out, _ = _run(capsys, ["check", path, "--json"])
    if window.comparison is None:
        assert rc == 2
        assert json.loads(out)["error"].startswith("cannot check this log")
    else:
        assert rc == 0 and json.loads(out)["rows"]
    spec_id = "qwen3-8b"
    chosen = check_log(
        (LOGS / "llamacpp-2025-09-cpu-only.log").read_text(encoding="utf-8"),
        spec=catalog_choice(spec_id).spec,
    )
    rc, out, _ = _run(capsys, ["check", path, "--model", spec_id, "--json"])
    assert rc == (0 if chosen.comparison is not None else 2)


@pytest.mark.parametrize("as_json", [False, True])
def test_unreadable_file_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, as_json: bool
) -> None:
    missing = str(tmp_path / "nope.log")
    binary = tmp_path / "garbage.log"
    binary.write_bytes(b"\x00\x01\x02" * 5000)
    for path in (missing, str(tmp_path), str(binary)):
        argv = ["check", path] + (["--json"] if as_json else [])
        rc, out, err = _run(capsys, argv)
        assert rc == 2
        if as_json:
            assert set(json.loads(out)) == {"error"}
        else:
            assert out == "" and err.startswith("vramscope: error: ") and err.count("\n") == 1


def test_not_a_load_log(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello\nthis is not a log\n", encoding="utf-8")
    rc, _, err = _run(capsys, ["check", str(path)])
    assert rc == 2
    assert err.startswith("vramscope: error: cannot check this log")


def test_module_entry_knows_the_check_command() -> None:
    from vramscope.__main__ import CLI_COMMANDS

    assert "check" in CLI_COMMANDS
