"""``vramscope catalog import|export|list|remove`` and the user's models in ``estimate``.

Each test has its own empty user data folder (tests/conftest.py sets VRAMSCOPE_DATA_DIR).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests._support.model_files import write_llama_gguf

from vramscope.catalog.user import user_catalog_path
from vramscope.cli import main

# A machine with one 12 GiB GPU and 32 GiB of RAM (the shape tests/test_cli.py uses).
FAKE = {
    "gpus": [
        {
            "name": "NVIDIA GeForce RTX 3060",
            "total_bytes": 12 * 2**30,
            "free_bytes": 11 * 2**30,
            "bandwidth_bytes_per_s": 360_000_000_000,
        }
    ],
    "ram": {"total_bytes": 32 * 2**30, "available_bytes": 24 * 2**30},
    "swap": {"total_bytes": 0, "free_bytes": 0},
    "notes": [],
}


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = int(exc.code or 0)
    captured = capsys.readouterr()
    return rc, captured.out, captured.err


@pytest.fixture
def fake_hw(tmp_path: Path) -> str:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(FAKE))
    return str(path)


def test_import_a_gguf_then_estimate_it_by_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_hw: str
) -> None:
    (gguf,) = write_llama_gguf(tmp_path / "Tiny-Llama-Q4_0.gguf")
    rc, out, err = _run(capsys, ["catalog", "import", str(gguf)])
    assert rc == 0 and not err
    assert "1 added" in out and str(user_catalog_path()) in out
    rc, out, _ = _run(capsys, ["catalog", "list", "--json"])
    listed = json.loads(out)
    assert [m["id"] for m in listed["models"]] == ["tiny-llama-q4-0"]
    assert listed["problems"] == []
    rc, out, _ = _run(capsys, ["estimate", "tiny-llama-q4-0", "--fake-hardware", fake_hw, "--json"])
    assert rc == 0
    estimate = json.loads(out)
    assert estimate["model"]["id"] == "tiny-llama-q4-0"
    assert estimate["settings"]["weights"] == "q4_0"  # the GGUF's own file type


def test_import_refuses_bad_entries_one_per_line_with_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = {
        "name": "x",
        "params_published": 1,
        "params_published_exact": False,
        "context_tokens": 1,
        "licence": "MIT",
        "release_date": "2025-01-01",
        "default_weights": "q4_k_m",
        "tags": [],
        "sources": {},
        "config": {},
    }
    src = tmp_path / "bad.json"
    src.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "family": "x",
                "models": [dict(base, id="Bad Id"), dict(base, id="no-sources"), 3],
            }
        )
    )
    rc, out, err = _run(capsys, ["catalog", "import", str(src)])
    assert rc == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "'Bad Id'" in lines[0] and "no-sources" in lines[1] and "models[2]" in lines[2]
    assert "0 added" in out and "3 refused" in out
    rc, out, _ = _run(capsys, ["catalog", "import", str(src), "--json"])
    assert rc == 1 and len(json.loads(out)["refused"]) == 3


def test_unreadable_file_is_one_error_line_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rc, _, err = _run(capsys, ["catalog", "import", str(tmp_path / "missing.gguf")])
    assert rc == 2
    assert err.startswith("vramscope: error: ") and err.count("\n") == 1


def test_a_corrupt_user_catalog_is_a_note_not_a_failure(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    path = user_catalog_path()
    path.parent.mkdir(parents=True)
    path.write_text("not json")
    rc, out, err = _run(capsys, ["estimate", "llama-3.1-8b", "--fake-hardware", fake_hw, "--json"])
    assert rc == 0
    assert json.loads(out)["model"]["id"] == "llama-3.1-8b"
    (note,) = err.strip().splitlines()
    assert note.startswith("vramscope: note: your catalog") and str(path) in note


def test_export_to_stdout_and_file_and_remove(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (gguf,) = write_llama_gguf(tmp_path / "tiny.gguf")
    _run(capsys, ["catalog", "import", str(gguf)])
    rc, out, _ = _run(capsys, ["catalog", "export"])
    assert rc == 0
    doc = json.loads(out)
    assert doc["schema_version"] == 1 and [m["id"] for m in doc["models"]] == ["tiny"]
    rc, out, _ = _run(capsys, ["catalog", "export", str(tmp_path / "mine.json")])
    assert rc == 0 and json.loads((tmp_path / "mine.json").read_text()) == doc
    rc, out, _ = _run(capsys, ["catalog", "remove", "tiny"])
    assert rc == 0 and "tiny" in out
    rc, out, _ = _run(capsys, ["catalog", "list"])
    assert "(0 models)" in out
