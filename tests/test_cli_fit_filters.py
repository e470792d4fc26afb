"""``vramscope fit``'s row options: the window's search, sort and filters (app.table_filter),
checked against the unfiltered table the same command prints (issue 14)."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from vramscope.app.table_cache import fit_rows
from vramscope.app.table_filter import parse_params, row_params
from vramscope.cli import main

# An RTX 3060 12 GB and 32 GB of RAM (NVIDIA's specifications: 12 GB GDDR6, 360 GB/s).
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


@pytest.fixture(scope="module")
def fake_hw(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("hw") / "hw.json"
    path.write_text(json.dumps(FAKE))
    return str(path)


def _fit(capsys: pytest.CaptureFixture[str], fake_hw: str, *options: str) -> dict[str, Any]:
    rc = main(["fit", "--fake-hardware", fake_hw, "--json", *options])
    assert rc == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def _models(rows: list[dict[str, Any]]) -> list[str]:
    """Model ids in the order the rows list them, once each."""
    return list(dict.fromkeys(r["model"]["id"] for r in rows))


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    return {c.model_id: c for c in fit_rows()}


def test_fit_filters_match_the_unfiltered_table(
    capsys: pytest.CaptureFixture[str], fake_hw: str, catalog: dict[str, Any]
) -> None:
    """--family and the size bounds keep exactly the family's models in the range; --fits-gpu,
    --min-tps and --sort speed then keep and order them as the unfiltered rows say: a model
    stays when one of its formats fits the GPU and one runs at 60 tok/s or more, fastest
    first. --json names the filter."""
    base = _fit(capsys, fake_hw, "--family", "qwen", "--min-params", "1B", "--max-params", "15B")
    models = _models(base["rows"])
    assert models
    for mid in models:
        assert catalog[mid].group == "qwen"
        assert 1e9 <= row_params(catalog[mid]) <= 15e9
    # every qwen model of that size is there: the family filter drops none
    expected = [m for m, c in catalog.items() if c.group == "qwen" and 1e9 <= row_params(c) <= 15e9]
    assert sorted(models) == sorted(expected)

    fast = _fit(
        capsys,
        fake_hw,
        *("--family", "qwen", "--min-params", "1B", "--max-params", "15B"),
        *("--fits-gpu", "--min-tps", "60", "--sort", "speed"),
    )
    by_model: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in base["rows"]:
        by_model[r["model"]["id"]].append(r)

    def best(mid: str) -> float:
        return max(
            (
                r["tokens_per_second"]
                for r in by_model[mid]
                if r["verdict"] != "does_not_fit" and r["tokens_per_second"] is not None
            ),
            default=-1.0,
        )

    keep = [
        mid
        for mid in models
        if any(r["verdict"] == "fits_gpu" for r in by_model[mid]) and best(mid) >= 60
    ]
    assert 0 < len(keep) < len(models)
    assert _models(fast["rows"]) == sorted(keep, key=lambda m: (-best(m), models.index(m)))
    # the rows kept are the same rows, numbers and best picks unchanged
    assert [r for r in fast["rows"] if r["model"]["id"] == keep[0]] == by_model[keep[0]]
    assert fast["filter"] == {
        "search": "",
        "fits_gpu_only": True,
        "min_tps": 60.0,
        "family": "qwen",
        "min_params": 1_000_000_000,
        "max_params": 15_000_000_000,
        "runtime_compatible_only": False,
        "classics": True,
        "sort": "speed",
    }


def test_fit_search_and_classics(capsys: pytest.CaptureFixture[str], fake_hw: str) -> None:
    """--search keeps the rows whose name has every word; --no-classics hides GPT-2 and the
    other historic models, which the fit command lists by default."""
    found = _models(_fit(capsys, fake_hw, "--search", "llama 3.1 8b", "--max-params", "9B")["rows"])
    assert "llama-3.1-8b" in found
    assert all("llama" in m and "8b" in m for m in found), found
    gpt2 = _models(_fit(capsys, fake_hw, "--search", "gpt2", "--max-params", "1B")["rows"])
    assert "gpt2" in gpt2
    hidden = _fit(capsys, fake_hw, "--search", "gpt2", "--max-params", "1B", "--no-classics")
    assert hidden["rows"] == []


def test_fit_text_says_how_many_models_match(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    rc = main(["fit", "--fake-hardware", fake_hw, "--search", "llama 3.1 8b", "--max-params", "9"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "models match the filters" in out
    assert "llama-3.1-8b" in out


@pytest.mark.parametrize(
    ("text", "params"),
    [("7", 7e9), ("7B", 7e9), ("1.5b", 1.5e9), ("500M", 5e8), ("1T", 1e12), (" 0.5 B ", 5e8)],
)
def test_parse_params(text: str, params: float) -> None:
    assert parse_params(text) == round(params)


@pytest.mark.parametrize("text", ["", "abc", "7 GB", "-7B", "1e9", "nan"])
def test_parse_params_rejects(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="expected a size"):
        parse_params(text)


def test_bad_filter_option_is_one_json_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["fit", "--json", "--min-params", "seven"])
    assert exc.value.code == 2
    out = json.loads(capsys.readouterr().out)
    assert "min-params" in out["error"]
