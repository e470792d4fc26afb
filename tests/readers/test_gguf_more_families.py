"""GGUF headers of the second round of issue 15's families, with the metadata keys llama.cpp's
converter writes for each (src/llama-arch.cpp architecture names, convert_hf_to_gguf.py
set_gguf_parameters): each file must come back as the model its config.json describes, and
hostile values of the keys these families add (the sliding-window pattern, the dense-layer
count, the window) must end in one line naming the key."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import gguf
import numpy as np
import pytest
from tests._support.messages import message
from tests.core import test_more_families as fam

from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors, param_counts
from vramscope.readers.gguf import GgufArray, GgufTensor, ModelFileError
from vramscope.readers.local import config_from_gguf, load_local_model

Meta = dict[str, object]


def _spec(config: Mapping[str, object]) -> ModelSpec:
    return spec_from_config(config, model_id="m")


def _tensors(s: ModelSpec) -> list[GgufTensor]:
    return [GgufTensor(t.name, t.shape, "F16", 0, 0) for t in model_tensors(s)]


def _common(arch: str, s: ModelSpec) -> Meta:
    """The keys every converter writes (LLM_KV_BLOCK_COUNT, CONTEXT_LENGTH, ...)."""
    md: Meta = {
        "general.architecture": arch, f"{arch}.block_count": s.n_layers,
        f"{arch}.context_length": s.max_context_tokens, f"{arch}.embedding_length": s.hidden_size,
        f"{arch}.attention.head_count": s.n_heads, f"{arch}.attention.head_count_kv": s.n_kv_heads,
        f"{arch}.attention.key_length": s.head_dim, f"{arch}.attention.value_length": s.head_dim,
        f"{arch}.feed_forward_length": s.intermediate_size, f"{arch}.vocab_size": s.vocab_size,
    }  # fmt: skip
    if s.is_moe:
        md |= {
            f"{arch}.expert_count": s.n_experts, f"{arch}.expert_used_count": s.n_experts_per_token,
            f"{arch}.expert_feed_forward_length": s.moe_intermediate_size,
        }  # fmt: skip
    return md


def _round_trip(md: Meta, original: ModelSpec, tensors: bool = True) -> ModelSpec:
    config, notes = config_from_gguf(md, _tensors(original) if tensors else [])  # type: ignore[arg-type]
    back = _spec(config)
    assert notes == [], notes
    assert not back.warnings, back.warnings
    assert back.model_type == original.model_type
    assert back.layer_attention == original.layer_attention
    assert back.sliding_window_tokens == original.sliding_window_tokens
    assert back.moe_layers == original.moe_layers
    assert param_counts(back) == param_counts(original)
    return back


@pytest.mark.parametrize(
    ("arch", "config"),
    [
        ("glm4", fam.GLM4_9B),
        ("exaone", fam.EXAONE_35_7_8B),
        ("granite", fam.GRANITE_33_8B),
        ("granitemoe", fam.GRANITE_31_3B_A800M),
        ("phimoe", fam.PHI_35_MOE),
        ("olmoe", fam.OLMOE_1B_7B),
        ("hunyuan-dense", fam.HUNYUAN_7B),
        ("ernie4_5", fam.ERNIE_45_03B),
        ("phi2", fam.PHI_2),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_header_reads_as_its_config(arch: str, config: dict[str, object]) -> None:
    s = _spec(config)
    _round_trip(_common(arch, s), s)


def test_glm4_32b_load_log_metadata_reads_as_the_published_model() -> None:
    # GLM-Z1-32B-0414's header as llama.cpp printed it in ik_llama.cpp pull 344
    # (llama_model_loader kv 9-19, 151552 tokens in tokenizer.ggml.tokens); GLM-4-32B-0414 has
    # the same config. The tensor list is the model's own (the log does not print it).
    md: Meta = {
        "general.architecture": "glm4", "glm4.block_count": 61, "glm4.context_length": 32768,
        "glm4.embedding_length": 6144, "glm4.feed_forward_length": 23040,
        "glm4.attention.head_count": 48, "glm4.attention.head_count_kv": 2,
        "glm4.attention.key_length": 128, "glm4.attention.value_length": 128,
        "glm4.vocab_size": 151552,
    }  # fmt: skip
    published = _spec({**fam.GLM4_9B, "hidden_size": 6144, "intermediate_size": 23040,
                       "num_hidden_layers": 61, "num_attention_heads": 48})  # fmt: skip
    config, notes = config_from_gguf(md, _tensors(published))  # type: ignore[arg-type]
    s = _spec(config)
    assert notes == [] and not s.warnings and s.model_type == "glm4"
    assert param_counts(s) == param_counts(published)
    # the same log's print_info: "model params = 32.57 B", "n_embd_k_gqa = 256"
    assert round(param_counts(s).total / 1e9, 2) == 32.57
    assert s.kv_dim == 256
    # llama.cpp's glm4 tensors (convert log of ik_llama.cpp pull 333): a fused ffn_up of
    # 2 x 23040 and the sandwich norms post_attention_norm / post_ffw_norm
    shapes = {t.name: t.shape for t in model_tensors(s)}
    assert shapes["blk.0.ffn_up.weight"] == (6144, 46080)
    assert {"blk.0.post_attention_norm.weight", "blk.0.post_ffw_norm.weight"} <= set(shapes)


def test_cohere2_header_takes_the_window_and_llama_cpp_pattern() -> None:
    # source: convert_hf_to_gguf.py Cohere2Model: attention.sliding_window; llama.cpp fixes
    # the 3-local-1-global pattern (LLM_ARCH_COHERE2 set_swa_pattern(4))
    s = _spec(fam.COMMAND_R7B)
    back = _round_trip({**_common("cohere2", s), "cohere2.attention.sliding_window": 4096}, s)
    assert back.sliding_window_tokens == 4096 and back.norm == "layer_no_bias"


def test_exaone4_header_with_and_without_a_window() -> None:
    s = _spec(fam.EXAONE_4_32B)
    pattern = GgufArray("BOOL", 64, tuple(s.attention_of(i) == "sliding" for i in range(64)))
    md = {**_common("exaone4", s), "exaone4.attention.sliding_window": 4096,
          "exaone4.attention.sliding_window_pattern": pattern}  # fmt: skip
    _round_trip(md, s)
    # without the pattern array, llama.cpp's own 3-of-4 pattern for the 64-layer model
    del md["exaone4.attention.sliding_window_pattern"]
    _round_trip(md, s)
    # the 1.2B has no window: the converter writes no sliding_window key
    small = _spec({**fam.EXAONE_4_32B, "sliding_window": None})
    _round_trip(_common("exaone4", small), small)


def test_lfm2moe_header_and_load_log_metadata() -> None:
    s = _spec(fam.LFM2_8B_A1B)
    kv = [s.n_kv_heads if s.has_attention(i) else 0 for i in range(24)]
    # source: convert_hf_to_gguf.py LFM2MoeModel (shortconv.l_cache, per-layer head_count_kv,
    # leading_dense_block_count)
    md = {**_common("lfm2moe", s), "lfm2moe.shortconv.l_cache": 3,
          "lfm2moe.leading_dense_block_count": 2,
          "lfm2moe.attention.head_count_kv": GgufArray("UINT32", 24, tuple(kv))}  # fmt: skip
    back = _round_trip(md, s)
    assert back.tied_embeddings and back.moe_intermediate_size == 1792
    _round_trip(md, s, tensors=False)


def test_starcoder2_header_keeps_biases_and_a_full_cache() -> None:
    s = _spec(fam.STARCODER2_3B)
    config, _ = config_from_gguf(_common("starcoder2", s), _tensors(s))  # type: ignore[arg-type]
    back = _spec(config)
    # llama.cpp's converter writes no window for StarCoder2 and its graph keeps every token
    assert back.layer_attention == () and param_counts(back) == param_counts(s)


def _write(path: Path, md: Mapping[str, object], s: ModelSpec) -> Path:
    w = gguf.GGUFWriter(path, str(md["general.architecture"]))
    for key, value in md.items():
        if key == "general.architecture":
            continue
        if isinstance(value, GgufArray):
            w.add_array(key, list(value.values or ()))
        elif isinstance(value, str):
            w.add_string(key, value)
        else:
            w.add_uint32(key, int(value))  # type: ignore[call-overload]
    for t in model_tensors(s):
        w.add_tensor(t.name, np.zeros(tuple(reversed(t.shape)), dtype=np.float16))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


# A tiny EXAONE 4.0 (4 layers, hidden 64) so that a real file with every tensor stays small.
TINY_EXAONE4: dict[str, object] = {
    **fam.EXAONE_4_32B, "hidden_size": 64, "num_hidden_layers": 4, "num_attention_heads": 4,
    "num_key_value_heads": 2, "head_dim": 16, "intermediate_size": 128, "vocab_size": 256,
    "max_position_embeddings": 4096, "sliding_window": 512,
}  # fmt: skip


def _tiny_md(s: ModelSpec) -> Meta:
    pattern = GgufArray("BOOL", 4, (True, True, True, False))
    return {**_common("exaone4", s), "exaone4.attention.sliding_window": 512,
            "exaone4.attention.sliding_window_pattern": pattern}  # fmt: skip


def test_a_real_exaone4_file_loads_as_its_config(tmp_path: Path) -> None:
    s = _spec(TINY_EXAONE4)
    model = load_local_model(_write(tmp_path / "e.gguf", _tiny_md(s), s))
    assert model.spec.model_type == "exaone4"
    assert model.spec.layer_attention == ("sliding", "sliding", "sliding", "full")
    assert param_counts(model.spec) == param_counts(s)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("exaone4.attention.sliding_window_pattern", GgufArray("BOOL", 2, (True, False)),
         "exaone4.attention.sliding_window_pattern"),
        ("exaone4.attention.sliding_window_pattern", GgufArray("UINT32", 4, (1, 1, 1, 0)),
         "exaone4.attention.sliding_window_pattern"),
        ("exaone4.attention.sliding_window", "wide", "exaone4.attention.sliding_window"),
        ("exaone4.attention.sliding_window", 0, "sliding_window"),
    ],
    ids=["pattern-length", "pattern-ints", "window-string", "window-zero"],
)  # fmt: skip
def test_hostile_exaone4_keys_end_in_one_line(
    tmp_path: Path, key: str, value: object, expected: str
) -> None:
    s = _spec(TINY_EXAONE4)
    path = _write(tmp_path / "h.gguf", {**_tiny_md(s), key: value}, s)
    with pytest.raises(ModelFileError) as raised:
        load_local_model(path)
    text = message(raised.value)
    assert expected in text and "\n" not in text and text.startswith("h.gguf")


def test_hostile_lfm2moe_and_cohere2_keys() -> None:
    s = _spec(fam.LFM2_8B_A1B)
    kv = GgufArray("UINT32", 24, tuple(8 if s.has_attention(i) else 0 for i in range(24)))
    md = {**_common("lfm2moe", s), "lfm2moe.attention.head_count_kv": kv,
          "lfm2moe.leading_dense_block_count": 1000}  # fmt: skip
    config, _ = config_from_gguf(md, [])  # type: ignore[arg-type]
    with pytest.raises(SpecError) as raised:
        _spec(config)
    assert "num_dense_layers" in message(raised.value)
    r7b = _spec(fam.COMMAND_R7B)
    negative = {**_common("cohere2", r7b), "cohere2.attention.sliding_window": -1}
    config, _ = config_from_gguf(negative, [])  # type: ignore[arg-type]
    with pytest.raises(SpecError) as raised:
        _spec(config)
    assert "sliding_window" in message(raised.value)
    bad = {**_common("cohere2", r7b), "cohere2.attention.sliding_window": "wide"}
    with pytest.raises(ModelFileError) as file_error:
        config_from_gguf(bad, [], label="c.gguf")  # type: ignore[arg-type]
    text = message(file_error.value)
    assert "cohere2.attention.sliding_window" in text and "\n" not in text
