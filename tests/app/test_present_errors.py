"""Error codes become one-line English sentences that name the field (or file) and the value.

The errors are raised by the real code paths a user's input takes: a config.json dict through
``core.hf_config``, GGUF bytes through ``readers.gguf``, workload options through
``core.workload``, a model folder through ``readers.local``.
"""

from __future__ import annotations

import ast
import json
import re
import struct
from pathlib import Path

import pytest

from vramscope.app.present import all_codes, template
from vramscope.app.present.errors import CONTEXT, error_text
from vramscope.core import SpecError, Workload
from vramscope.core.formats import parse_weight_format
from vramscope.core.hf_config import spec_from_config
from vramscope.readers.gguf import ModelFileError, read_gguf_header
from vramscope.readers.local import load_local_model

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "vramscope"

# A Llama-3.1-8B config.json, the fields spec_from_config needs (from its Hugging Face repo).
LLAMA_CONFIG: dict[str, object] = {
    "model_type": "llama",
    "hidden_size": 4096,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 8,
    "intermediate_size": 14336,
    "vocab_size": 128256,
    "max_position_embeddings": 131072,
}


def _sentence(call: object) -> str:
    assert callable(call)
    with pytest.raises(SpecError) as raised:
        call()
    text = error_text(raised.value)
    assert "\n" not in text and "{" not in text, text
    return text


@pytest.mark.parametrize(
    ("change", "field", "value"),
    [
        ({"num_hidden_layers": -3}, "num_hidden_layers", "-3"),
        ({"hidden_size": "4096"}, "hidden_size", "'4096'"),
        ({"num_key_value_heads": 5}, "num_key_value_heads", "5"),
        ({"tie_word_embeddings": "yes"}, "tie_word_embeddings", "'yes'"),
        ({"model_type": 7}, "model_type", "7"),
    ],
)
def test_bad_config_fields_are_named_with_their_value(
    change: dict[str, object], field: str, value: str
) -> None:
    text = _sentence(lambda: spec_from_config({**LLAMA_CONFIG, **change}, model_id="m"))
    assert field in text
    assert f"got {value}" in text, text


def test_a_missing_config_field_names_the_field_and_the_model_type() -> None:
    config = {k: v for k, v in LLAMA_CONFIG.items() if k != "vocab_size"}
    text = _sentence(lambda: spec_from_config(config, model_id="m"))
    assert text == "config.json has no vocab_size (needed for llama)"


def test_a_truncated_gguf_names_the_file_the_place_and_the_sizes(tmp_path: Path) -> None:
    # magic, version 3, then 2 of the 8 bytes of the tensor count (GGUF spec: tensor_count)
    path = tmp_path / "cut.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<I", 3) + b"\x01\x00")
    with pytest.raises(ModelFileError) as raised:
        read_gguf_header(path)
    assert error_text(raised.value) == (
        "cut.gguf: file is truncated: tensor_count at byte 8 needs 8 bytes but the file "
        "has 10 bytes"
    )


def test_a_file_that_is_not_a_gguf_shows_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.gguf"
    path.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(ModelFileError) as raised:
        read_gguf_header(path)
    assert error_text(raised.value) == (
        "x.gguf: not a GGUF file (starts with b'PK\\x03\\x04', expected b'GGUF')"
    )


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"context_tokens": -5}, "ctx must be a positive integer, got -5"),
        ({"batch": 10**6}, "batch must be between 1 and 4096, got 1000000"),
        ({"kv_cache_type": "q3"}, "kv cache type must be one of f32, f16, bf16, fp8, q8_0, "),
        (
            {"runtime": "ollama"},
            "runtime must be one of llama.cpp, transformers, vllm, got 'ollama'",
        ),
        (
            {"runtime": "vllm", "kv_cache_type": "q8_0"},
            "kv cache type 'q8_0' is not available in vllm; use one of bf16, f16, fp8",
        ),
        ({"gpu_memory_utilization": 1.5}, "gpu memory utilization must be between 0.05 and 1.0"),
    ],
)
def test_bad_workload_values_are_named(options: dict[str, object], expected: str) -> None:
    text = _sentence(lambda: Workload(**options))  # type: ignore[arg-type]
    assert text.startswith(expected), text


def test_a_wrapped_error_says_both_what_and_where() -> None:
    assert _sentence(lambda: parse_weight_format("gptq-5bit")) == (
        "weight format 'gptq-5bit': gptq bits must be one of 2, 3, 4, 8, got 5"
    )


def test_a_bad_field_in_a_model_folder_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "my-model"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({**LLAMA_CONFIG, "num_hidden_layers": 0}))
    text = _sentence(lambda: load_local_model(folder))
    assert text.startswith("my-model/config.json: num_hidden_layers must be an integer from 1 ")
    assert text.endswith("got 0")
    (folder / "config.json").write_text(json.dumps({"model_type": "llama"}))
    assert _sentence(lambda: load_local_model(folder)) == (
        "my-model/config.json has no hidden_size (needed for llama)"
    )


def test_the_translate_function_reaches_the_wrapped_sentence_too() -> None:
    seen: list[str] = []

    def tr(context: str, source: str) -> str:
        seen.append(context)
        # upper-case the words, not the placeholders
        return "".join(
            part if part.startswith("{") else part.upper()
            for part in re.split(r"(\{\w+\})", source)
        )

    with pytest.raises(SpecError) as raised:
        parse_weight_format("gptq-5bit")
    text = error_text(raised.value, tr)
    assert seen == [CONTEXT, CONTEXT]
    assert text == "WEIGHT FORMAT 'gptq-5bit': gptq bits MUST BE ONE OF 2, 3, 4, 8, GOT 5"


def test_other_exceptions_are_shown_as_they_are() -> None:
    assert error_text(OSError("disk on fire")) == "disk on fire"
    assert error_text(ValueError("bad")) == "bad"


def test_every_error_code_is_raised_somewhere() -> None:
    # Each code of this context appears as a string literal in the package outside app/present
    # (a template nobody raises is dead text that translators would still be asked for).
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in PACKAGE.rglob("*.py")
        if "present" not in p.relative_to(PACKAGE).parts
    )
    codes = [c for c in all_codes() if template(c)[0] == CONTEXT]
    assert len(codes) > 100
    unused = [c for c in codes if f'"{c}"' not in sources]
    assert unused == []


# The modules whose errors are all codes (issue 11): the others still move.
CODED_MODULES = [
    "core/formats/ggml.py",
    "core/formats/names.py",
    "core/formats/llama_quant.py",
    "core/weights.py",
    "core/tensors.py",
    "core/model.py",
    "core/hf_config.py",
    "core/workload.py",
    "core/hardware.py",
    "core/compare.py",
    "readers/gguf.py",
    "readers/local.py",
    "readers/safetensors.py",
    "readers/runlog.py",
    "app/checks.py",
]


@pytest.mark.parametrize("module", CODED_MODULES)
def test_errors_are_raised_as_codes_not_sentences(module: str) -> None:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        names = ("SpecError", "ModelFileError", "RunLogError", "error", "_fail", "of")
        if name not in names or not node.args:
            continue
        first = node.args[1] if name == "_fail" and len(node.args) > 1 else node.args[0]
        if isinstance(first, ast.Name):
            continue  # a helper passing on its caller's code, checked at that caller
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
            f"{module}:{node.lineno}: the message must be a code, not built text"
        )
        assert re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", first.value), (
            f"{module}:{node.lineno}: {first.value!r} is not a code"
        )
