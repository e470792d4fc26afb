"""Issue 12, item 4 "Wrong default formats": each model starts on the format it is published in
for the runtime (gpt-oss: MXFP4, DeepSeek-V3/R1 in vLLM: FP8), QLoRA on an NF4 base, training
with gradient checkpointing on; ``--weights mxfp4`` names the GGUF mix of a gpt-oss file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests._support.model_files import write_gpt_oss_gguf, write_llama_gguf

from vramscope.app import session
from vramscope.app.present import render
from vramscope.catalog.models import find_model, load_models
from vramscope.catalog.schema import CatalogError, catalog_dir
from vramscope.cli import main
from vramscope.core import Note

# The RTX 3060 12 GB of the gpt-oss report, with 32 GB of RAM.
HW = ["--gpu", "RTX 3060:12", "--ram", "32"]


def _cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, Any]]:
    try:
        rc = main([*argv, "--json"])
    except SystemExit as exc:
        rc = int(exc.code or 0)
    out = capsys.readouterr().out
    data: dict[str, Any] = json.loads(out)
    return rc, data


def _term(data: dict[str, Any], name: str) -> int:
    return sum(t["bytes"] for t in data["terms"] if t["name"] == name)


# ----- gpt-oss: MXFP4 ----------------------------------------------------------------------------


@pytest.mark.parametrize("model_id", ["gpt-oss-20b", "gpt-oss-120b"])
def test_wrong_default_formats_gpt_oss_is_mxfp4(
    capsys: pytest.CaptureFixture[str], model_id: str
) -> None:
    # source: huggingface.co/ggml-org/gpt-oss-20b-GGUF (the release GGUF is MXFP4_MOE) and the
    # openai/gpt-oss config.json (quantization_config.quant_method "mxfp4")
    rc, cpp = _cli(capsys, ["estimate", model_id, *HW])
    assert rc == 0 and cpp["settings"]["weights"] == "mxfp4_moe"
    rc, vllm = _cli(capsys, ["estimate", model_id, "--runtime", "vllm", *HW])
    assert rc == 0 and vllm["settings"]["weights"] == "mxfp4"
    choice = session.catalog_choice(model_id)
    assert session.initial_format(choice, "llama.cpp") == "mxfp4_moe"
    assert session.initial_format(choice, "vllm") == "mxfp4"
    # the format menu and the table's columns offer it, first
    assert session.formats_for("llama.cpp", choice)[0].id == "mxfp4_moe"
    assert session.formats_for("vllm", choice)[0].id == "mxfp4"


def test_wrong_default_formats_other_models_keep_their_usual_gguf() -> None:
    llama = session.catalog_choice("llama-3.1-8b")
    assert session.initial_format(llama, "llama.cpp") == "q4_k_m"
    assert session.initial_format(llama, "vllm") == "bf16"
    assert "mxfp4_moe" not in {f.id for f in session.formats_for("llama.cpp", llama)}
    assert "mxfp4_moe" not in {f.id for f in session.formats_for("llama.cpp")}


# ----- DeepSeek-V3/R1 in vLLM: FP8 ---------------------------------------------------------------


@pytest.mark.parametrize("model_id", ["deepseek-v3", "deepseek-r1", "deepseek-r1-0528"])
def test_wrong_default_formats_deepseek_is_fp8_in_vllm(
    capsys: pytest.CaptureFixture[str], model_id: str
) -> None:
    # source: huggingface.co/deepseek-ai/DeepSeek-V3 model card ("we only provide FP8 weights")
    assert find_model(model_id).weights_in("vllm") == "fp8"
    rc, out = _cli(capsys, ["estimate", model_id, "--runtime", "vllm", "--gpu", "H200"])
    assert rc == 0 and out["settings"]["weights"] == "fp8"
    # llama.cpp users download a GGUF: the catalog's usual one
    rc, out = _cli(capsys, ["estimate", model_id, "--gpu", "H200"])
    assert out["settings"]["weights"] == find_model(model_id).default_weights == "q4_k_m"


def test_every_published_format_is_sourced_and_loadable() -> None:
    stated = [(m, w) for m in load_models() for w in m.runtime_weights]
    assert {m.model_id for m, _ in stated} >= {"gpt-oss-20b", "gpt-oss-120b", "deepseek-v3"}
    for model, w in stated:
        assert w.source.startswith("https://"), (model.model_id, w.runtime)
        fmt = session.resolve_weights(session.from_catalog(model), w.runtime, w.weights)
        assert session.runtime_loads(w.runtime, fmt)


def _catalog_copy(tmp_path: Path, runtime_weights: object) -> Path:
    import shutil

    root = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), root)
    path = root / "models" / "openai.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["models"][0]["runtime_weights"] = runtime_weights
    path.write_text(json.dumps(data), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("runtime_weights", "says"),
    [
        ({"llama.cpp": {"weights": "fp8", "source": "x"}}, "must be a weight format llama.cpp"),
        ({"ollama": {"weights": "q4_k_m", "source": "x"}}, "runtime_weights.ollama"),
        ({"vllm": {"weights": "fp8"}}, "runtime_weights.vllm.source"),
    ],
)
def test_published_format_errors_name_the_field(
    tmp_path: Path, runtime_weights: object, says: str
) -> None:
    from vramscope.app.present.errors import error_text

    with pytest.raises(CatalogError) as info:
        load_models(_catalog_copy(tmp_path, runtime_weights))
    message = error_text(info.value)
    assert message.startswith("models/openai.json: entry 'gpt-oss-20b'") and says in message


# ----- QLoRA: NF4 base ---------------------------------------------------------------------------


def test_wrong_default_formats_qlora_is_nf4(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["estimate", "qwen2.5-7b", "--runtime", "transformers", "--mode", "qlora", *HW]
    rc, nf4 = _cli(capsys, base)
    assert rc == 0 and nf4["settings"]["weights"] == "nf4"
    rc, bf16 = _cli(capsys, [*base, "--weights", "bf16"])
    # the old default: 7.6 B parameters in BF16 (15.2 GB) against about 4 bits each
    assert _term(nf4, "weights") < _term(bf16, "weights") / 2
    assert "QLoRA normally loads the base model in 4-bit (nf4)." in bf16["notes"]
    assert "QLoRA normally loads the base model in 4-bit (nf4)." not in nf4["notes"]
    choice = session.catalog_choice("qwen2.5-7b")
    assert session.initial_format(choice, "transformers", "qlora") == "nf4"
    # LoRA and full fine-tuning keep the checkpoint's own dtype
    assert session.initial_format(choice, "transformers", "lora") == "bf16"


# ----- training: gradient checkpointing on -------------------------------------------------------


@pytest.mark.parametrize("mode", ["full", "lora", "qlora"])
def test_wrong_default_formats_training_checkpointing_on(
    capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    base = ["estimate", "llama-3.2-1b", "--runtime", "transformers", "--mode", mode, *HW]
    rc, default = _cli(capsys, base)
    assert rc == 0 and default["settings"]["grad_checkpointing"] is True
    rc, on = _cli(capsys, [*base, "--grad-checkpointing"])  # the old flag still works
    assert on["terms"] == default["terms"]
    rc, off = _cli(capsys, [*base, "--no-grad-checkpointing"])
    assert rc == 0 and off["settings"]["grad_checkpointing"] is False
    # without checkpointing every layer's activations are kept: far more memory
    assert _term(off, "activations") > 4 * _term(default, "activations")
    stack = render(Note.of(f"estimate.training_stack_{mode}"))
    assert stack in default["notes"] and stack in off["notes"]
    off_note = render(Note.of("estimate.grad_checkpointing_off"))
    assert off_note in off["notes"] and off_note not in default["notes"]
    assert session.RunSettings().grad_checkpointing


def test_inference_has_no_checkpointing(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out = _cli(capsys, ["estimate", "llama-3.2-1b", *HW])
    assert rc == 0 and out["settings"]["grad_checkpointing"] is False
    assert not any(n.startswith("Training stack") for n in out["notes"])


# ----- --weights mxfp4 on a gpt-oss GGUF ---------------------------------------------------------


def test_wrong_default_formats_weights_mxfp4_on_a_gpt_oss_gguf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(write_gpt_oss_gguf(tmp_path / "gpt-oss.gguf"))
    rc, own = _cli(capsys, ["estimate", path, *HW])
    assert rc == 0 and own["settings"]["weights"] == "mxfp4_moe"
    rc, named = _cli(capsys, ["estimate", path, "--weights", "mxfp4", *HW])
    assert rc == 0 and named["settings"]["weights"] == "mxfp4_moe"
    rc, catalog = _cli(capsys, ["estimate", "gpt-oss-20b", "--weights", "mxfp4", *HW])
    assert rc == 0 and catalog["settings"]["weights"] == "mxfp4_moe"
    # a dense model has no experts to keep in MXFP4: still a clear error, not a silent mix
    dense = str(write_llama_gguf(tmp_path / "llama.gguf")[0])
    rc, err = _cli(capsys, ["estimate", dense, "--weights", "mxfp4", *HW])
    assert rc == 2 and "mxfp4" in err["error"]
