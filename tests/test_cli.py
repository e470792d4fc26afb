"""The command line contract of DESIGN.md: flags, --json fields, exit status 2 with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vramscope.cli import main

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


@pytest.fixture
def fake_hw(tmp_path: Path) -> str:
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(FAKE))
    return str(path)


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, object]]:
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = int(exc.code or 0)
    out = capsys.readouterr().out
    return rc, json.loads(out)


def test_estimate_json_has_the_contract_fields(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    rc, out = _json(capsys, ["estimate", "llama-3.1-8b", "--fake-hardware", fake_hw, "--json"])
    assert rc == 0
    for key in (
        "model",
        "settings",
        "terms",
        "devices",
        "peak_gpu_bytes",
        "peak_ram_bytes",
        "verdict",
        "tokens_per_second",
    ):
        assert key in out
    model = out["model"]
    assert isinstance(model, dict)
    # source: Llama-3.1-8B safetensors total on the Hugging Face model card
    assert model["params_total"] == 8_030_261_248
    settings = out["settings"]
    assert isinstance(settings, dict)
    assert (
        settings["weights"] == "q4_k_m"
        and settings["ctx"] == 4096
        and settings["runtime"] == "llama.cpp"
    )
    terms = out["terms"]
    assert isinstance(terms, list)
    assert {t["name"] for t in terms} >= {
        "weights",
        "kv_cache",
        "compute_buffer",
        "runtime_overhead",
    }
    assert all(set(t) >= {"name", "bytes", "device", "formula"} for t in terms)
    gpu_sum = sum(t["bytes"] for t in terms if t["device"].startswith("gpu"))
    assert gpu_sum == out["peak_gpu_bytes"]
    assert out["verdict"] == "fits_gpu"
    devices = out["devices"]
    assert isinstance(devices, dict) and devices["gpu0"]["capacity_bytes"] == 11 * 2**30


def test_gpu_layers_fixes_the_placement_even_when_it_cannot_fit(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    _, out = _json(
        capsys,
        ["estimate", "llama-3.1-70b", "--fake-hardware", fake_hw, "--gpu-layers", "99", "--json"],
    )
    assert out["verdict"] == "does_not_fit"
    settings = out["settings"]
    assert isinstance(settings, dict) and settings["gpu_layers"] == 81  # 80 layers + output


def test_what_if_gpu_and_ram_options(capsys: pytest.CaptureFixture[str]) -> None:
    _, small = _json(
        capsys, ["estimate", "qwen2.5-14b", "--gpu", "RTX 3060:8", "--ram", "64", "--json"]
    )
    _, big = _json(
        capsys, ["estimate", "qwen2.5-14b", "--gpu", "RTX 4090", "--ram", "64", "--json"]
    )
    assert small["verdict"] == "spills_to_ram"
    assert big["verdict"] == "fits_gpu"


def test_ambiguous_gpu_name_picks_the_common_variant(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12: ``--gpu V100`` plans for the 16 GB card and says so, instead of failing."""
    rc, out = _json(capsys, ["estimate", "llama-3.1-8b", "--gpu", "V100", "--ram", "32", "--json"])
    hw = out["hardware"]
    assert rc == 0 and isinstance(hw, dict)
    assert [g["name"] for g in hw["gpus"]] == ["NVIDIA V100 16GB"]
    assert any("planning for the most common, NVIDIA V100 16GB" in n for n in hw["notes"])
    assert main(["estimate", "llama-3.1-8b", "--gpu", "A100 80GB", "--ram", "32"]) == 0
    assert "the most common, NVIDIA A100 80GB SXM" in capsys.readouterr().out


def test_any_gpu_name_with_size(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12: ``NAME:GB`` plans for a GPU the catalog lacks, bandwidth unknown (noted)."""
    rc, out = _json(capsys, ["hardware", "--gpu", "RTX 2050 Laptop:4", "--ram", "16", "--json"])
    assert rc == 0
    assert out["gpus"] == [
        {
            "name": "RTX 2050 Laptop",
            "total_bytes": 4 * 2**30,
            "free_bytes": 4 * 2**30,
            "bandwidth_bytes_per_s": 0,
            "unified_memory": False,
        }
    ]
    notes = out["notes"]
    assert isinstance(notes, list) and any("not in the GPU catalog" in n for n in notes)
    rc, est = _json(
        capsys, ["estimate", "llama-3.2-1b", "--gpu", "RTX 2050 Laptop:4", "--ram", "16", "--json"]
    )
    assert rc == 0 and est["verdict"] == "fits_gpu" and est["tokens_per_second"]


def test_bad_combination_never_blanks_the_table(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    """Issue 12: KV q8_0 with flash attention off was an error; llama.cpp turns flash attention
    on for a quantized V cache under --flash-attn auto, so the estimate is made that way and
    says so. Every fit row is there, as with flash attention on."""
    base = ["estimate", "llama-3.1-8b", "--kv-cache", "q8_0", "--fake-hardware", fake_hw]
    rc, off = _json(capsys, [*base, "--flash-attn", "off", "--json"])
    assert rc == 0, off
    _, auto = _json(capsys, [*base, "--flash-attn", "auto", "--json"])
    assert off["settings"]["flash_attn"] == "auto"
    assert (off["terms"], off["verdict"]) == (auto["terms"], auto["verdict"])
    notes = off["notes"]
    assert isinstance(notes, list) and any("needs flash attention" in n for n in notes)
    assert main([*base, "--flash-attn", "off"]) == 0
    assert "with --flash-attn off llama.cpp refuses to start" in capsys.readouterr().out
    fit = ["fit", "--kv-cache", "q8_0", "--fake-hardware", fake_hw, "--json"]
    _, rows_off = _json(capsys, [*fit, "--flash-attn", "off"])
    _, rows_on = _json(capsys, [*fit, "--flash-attn", "on"])
    assert rows_off["rows"] and len(rows_off["rows"]) == len(rows_on["rows"])  # type: ignore[arg-type]


@pytest.mark.parametrize("ram", ["32", "32GB", "32 GB", "32GiB", "32 GiB"])
def test_ram_takes_the_sizes_the_window_launcher_takes(
    capsys: pytest.CaptureFixture[str], fake_hw: str, ram: str
) -> None:
    """Mismatch 1 of issue 11: ``--ram 32GB`` was rejected here and accepted by the window's
    launcher; both now use app.session.parse_size, where a bare number and GB both mean GiB."""
    rc, out = _json(capsys, ["estimate", "llama-3.1-8b", "--fake-hardware", fake_hw,
                             "--ram", ram, "--json"])  # fmt: skip
    assert rc == 0, out
    assert out["hardware"]["ram"] == {"total_bytes": 32 * 2**30, "available_bytes": 32 * 2**30}
    rc, out = _json(capsys, ["hardware", "--fake-hardware", fake_hw, "--ram", ram, "--json"])
    assert rc == 0 and out["ram"]["total_bytes"] == 32 * 2**30


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["estimate", "llama-3.1-8b", "--ram", "lots"],
            "--ram: expected a size in GB such as 24, got 'lots'",
        ),
        (
            ["estimate", "llama-3.1-8b", "--ram", "0.1"],
            "--ram must be between 0.25 and 65536 GB, got 0.1",
        ),
        (
            ["estimate", "llama-3.1-8b", "--gpu-layers", "x"],
            "--gpu-layers must be a number, 'all' or 'auto', got 'x'",
        ),
        (
            ["estimate", "llama-3.1-8b", "--gpu-layers", "-3"],
            "--gpu-layers must be 0 or more, got -3",
        ),
        (["estimate", "no-such-model"], "unknown model 'no-such-model'"),
        (["estimate", "llama-3.1-8b", "--ctx", "0"], "ctx must be a positive integer, got 0"),
        (["estimate", "llama-3.1-8b", "--ctx", "-5"], "ctx must be a positive integer, got -5"),
        (["estimate", "llama-3.1-8b", "--weights", "nf4"], "llama.cpp cannot load nf4 weights"),
        (["estimate", "llama-3.1-8b", "--weights", "q9_z"], "q9_z"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    rc, out = _json(capsys, [*argv, "--json"])
    assert rc == 2 and message in str(out["error"])


def test_corrupt_config_json_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "config.json"
    bad.write_text('{"model_type": "llama", "hidden_size": ')
    rc, out = _json(capsys, ["estimate", str(bad), "--json"])
    assert rc == 2 and "not valid JSON" in str(out["error"])


def test_hardware_json_without_a_gpu_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out = _json(capsys, ["hardware", "--json"])
    assert rc == 0
    ram = out["ram"]
    assert isinstance(ram, dict)
    # the bar: RAM equal to psutil's within 1%
    import psutil

    assert abs(ram["total_bytes"] / psutil.virtual_memory().total - 1) <= 0.01
    if not out["gpus"]:
        notes = out["notes"]
        assert isinstance(notes, list) and any("NVIDIA" in n for n in notes)


def test_fit_lists_every_catalog_model(capsys: pytest.CaptureFixture[str], fake_hw: str) -> None:
    from vramscope.catalog.models import load_models

    rc, out = _json(capsys, ["fit", "--fake-hardware", fake_hw, "--json"])
    assert rc == 0
    rows = out["rows"]
    assert isinstance(rows, list)
    assert {r["model"]["id"] for r in rows} == {m.model_id for m in load_models()}
    assert all(
        set(r)
        >= {
            "model",
            "weights",
            "verdict",
            "peak_gpu_bytes",
            "peak_ram_bytes",
            "max_ctx_tokens",
            "tokens_per_second",
        }
        for r in rows
    )


def test_fit_rows_are_the_fit_tables_cells(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    """``vramscope fit`` and the window's table compute a cell the same way (app.table_cache)."""
    from vramscope.app import session
    from vramscope.app.table_cache import compute_cell
    from vramscope.hardware import load_fake_machine

    rc, out = _json(capsys, ["fit", "--fake-hardware", fake_hw, "--ctx", "8192", "--json"])
    assert rc == 0
    hw = session.hardware_of(load_fake_machine(fake_hw))
    for row in out["rows"][::97]:  # a spread of models and formats
        choice = session.catalog_choice(row["model"]["id"])
        fmt = session.format_of(row["weights"])
        cell = compute_cell(choice, fmt, session.RunSettings(), 8192, hw)
        assert (row["verdict"], row["peak_gpu_bytes"], row["max_ctx_tokens"]) == (
            cell.verdict, cell.peak_gpu_bytes, cell.max_context_tokens
        )  # fmt: skip


def test_human_output_is_a_table_with_units(
    capsys: pytest.CaptureFixture[str], fake_hw: str
) -> None:
    assert main(["estimate", "llama-3.1-8b", "--fake-hardware", fake_hw]) == 0
    out = capsys.readouterr().out
    assert "GiB" in out and "kv_cache" in out and "Fits on" in out


def test_estimate_accepts_every_kind_of_model_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_hw: str
) -> None:
    """A .gguf, a folder of safetensors and a bare config.json all estimate; the file kinds use
    the file's exact tensor bytes."""
    from tests._support.model_files import write_llama_folder, write_llama_gguf

    from vramscope.readers.gguf import read_gguf_model
    from vramscope.readers.safetensors import read_safetensors_folder

    gguf_path = write_llama_gguf(tmp_path / "tiny.gguf")[0]
    folder = tmp_path / "hf"
    write_llama_folder(folder, shards=2)
    for path, exact in (
        (gguf_path, read_gguf_model(gguf_path).header.tensor_bytes),
        (folder, sum(t.nbytes for t in read_safetensors_folder(folder).tensors)),  # type: ignore[union-attr]
        (folder / "config.json", None),
    ):
        rc, out = _json(capsys, ["estimate", str(path), "--fake-hardware", fake_hw, "--json"])
        assert rc == 0, out
        assert out["weights_bytes"] == exact if exact is not None else out["weights_bytes"] > 0
