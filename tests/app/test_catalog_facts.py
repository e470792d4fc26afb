"""``vramscope catalog show``: a model's published facts beside the figures computed from its
config, and the GGUF size of each common mix."""

from __future__ import annotations

import json

import pytest

from vramscope.app.catalog_facts import GGUF_MIXES, facts_of
from vramscope.catalog.models import find_model, load_models
from vramscope.cli import main


def test_kv_per_token_is_the_config_arithmetic() -> None:
    # source: Qwen/Qwen3-8B config.json (36 layers, 8 KV heads, head_dim 128): K and V at f16
    # are 36 * 8 * 128 * 2 * 2 bytes per token.
    facts = facts_of(find_model("qwen3-8b"))
    assert facts.kv_bytes_per_token == 36 * 8 * 128 * 2 * 2


def test_gguf_sizes_match_published_files() -> None:
    # source: huggingface.co/Qwen/Qwen3-8B-GGUF file list (Qwen3-8B-Q8_0.gguf 8.71 GB,
    # Qwen3-8B-Q4_K_M.gguf 5.03 GB) and huggingface.co/ggml-org/gpt-oss-20b-GGUF
    # (gpt-oss-20b-mxfp4.gguf 12.1 GB)
    qwen = facts_of(find_model("qwen3-8b")).gguf_bytes
    assert qwen["q8_0"] == pytest.approx(8.71e9, rel=0.02)
    assert qwen["q4_k_m"] == pytest.approx(5.03e9, rel=0.02)
    oss = facts_of(find_model("gpt-oss-20b")).gguf_bytes
    assert oss["mxfp4_moe"] == pytest.approx(12.1e9, rel=0.02)


def test_dense_mixes_shrink_with_bits() -> None:
    for model in load_models():
        if model.is_moe or model.historic:
            continue
        sizes = facts_of(model).gguf_bytes
        ordered = [sizes[m] for m in ("bf16", "q8_0", "q6_k", "q5_k_m", "q4_k_m", "q2_k")]
        assert ordered == sorted(ordered, reverse=True), model.model_id


def test_cli_show_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "show", "qwen3-8b"]) in (0, None)
    out = capsys.readouterr().out
    assert "Qwen3 8B (qwen3-8b)" in out
    assert "q4_k_m" in out and "sources:" in out
    assert main(["catalog", "show", "gpt-oss-20b", "--json"]) in (0, None)
    data = json.loads(capsys.readouterr().out)
    assert data["params_active_published"] == 3_600_000_000
    assert set(GGUF_MIXES) <= set(data["gguf_bytes"])
    assert data["runtime_weights"]["llama.cpp"] == "mxfp4_moe"


def test_cli_show_unknown_model_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["catalog", "show", "no-such-model-xyz"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no-such-model-xyz" in err


def test_vision_tower_counts_in_the_total() -> None:
    # source: Hugging Face safetensors metadata of Qwen/Qwen2.5-VL-7B-Instruct (8,292,166,656
    # parameters, the vision tower included), the catalog's params_published
    facts = facts_of(find_model("qwen2.5-vl-7b"))
    assert facts.params_total == 8_292_166_656
    assert 0 < facts.params_vision < facts.params_total
