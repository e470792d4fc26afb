"""Exports of an estimate: the ``estimate --json`` object (DESIGN.md's contract fields), the
window's saved JSON, and the text and Markdown tables."""

from __future__ import annotations

import json

from vramscope.app import export, session
from vramscope.app.export import EstimateTable
from vramscope.app.session import RunSettings
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.units import GIB

HW = Hardware((GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),), 32 * GIB, 28 * GIB)
# DESIGN.md, "The command line": the fields `estimate --json` prints at least.
CONTRACT = {"model", "settings", "terms", "devices", "peak_gpu_bytes", "peak_ram_bytes",
            "verdict", "tokens_per_second"}  # fmt: skip


def _plan():  # type: ignore[no-untyped-def]
    c = session.catalog_choice("llama-3.1-8b")
    return c, session.plan_for(c, parse_weight_format("q4_k_m"), RunSettings(), 4096, HW)


def test_estimate_json_has_the_contract_fields() -> None:
    c, p = _plan()
    out = export.estimate_json(c, p, HW)
    assert set(out) >= CONTRACT
    assert out["model"]["id"] == "llama-3.1-8b" and out["model"]["name"] == c.name
    assert out["settings"]["weights"] == "q4_k_m" and out["settings"]["kv_cache"] == "f16"
    assert sum(t["bytes"] for t in out["terms"]) == sum(t.bytes for t in p.estimate.terms)
    assert out["devices"]["gpu0"]["bytes"] == p.estimate.device_bytes("gpu0")
    assert out["hardware"]["gpus"][0]["total_bytes"] == 12 * GIB
    assert json.loads(export.dumps(out)) == out and export.dumps(out).endswith("}\n")


def test_settings_json_names_every_option() -> None:
    wl = RunSettings(runtime="transformers", mode="qlora").workload(2048)
    s = export.settings_json(wl, "nf4", -1)
    assert s["mode"] == "qlora" and s["ctx"] == 2048 and s["kv_cache"] == "bf16"
    assert s["lora_targets"] == ["all-linear"] and s["gpu_layers"] == -1


TABLE = EstimateTable(
    title="Model · Q4_K_M",
    sentence="Fits.",
    rows=[("Weights", "GPU", "4.58 GB", "a | b"), ("KV cache", "GPU", "0.54 GB", "2 x n")],
    totals=[("GPU", "5.12 GB"), ("RAM", "0.30 GB")],
    footer=("Largest context that fits: 90,000 tokens",),
)


def test_text_table_aligns_columns() -> None:
    text = export.text_table(TABLE)
    lines = text.splitlines()
    assert lines[:3] == ["Model · Q4_K_M", "Fits.", ""]
    # label column 8 wide, device 4 (the minimum), sizes right-aligned in 10
    assert lines[3] == "Weights   GPU      4.58 GB  a | b"
    assert lines[4] == "KV cache  GPU      0.54 GB  2 x n"
    assert lines[6:] == ["Total on GPU: 5.12 GB", "Total on RAM: 0.30 GB",
                         "Largest context that fits: 90,000 tokens"]  # fmt: skip


def test_markdown_table_escapes_pipes() -> None:
    md = export.markdown_table(TABLE).splitlines()
    assert md[0] == "**Model · Q4_K_M**" and md[4] == "| Term | Device | Size | Formula |"
    assert md[6] == "| Weights | GPU | 4.58 GB | a \\| b |"
    assert md[-3] == "| **Total** | RAM | **0.30 GB** | |"
    # the closing lines follow the table, as the text copy has them
    assert md[-2:] == ["", "- Largest context that fits: 90,000 tokens"]
