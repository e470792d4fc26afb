"""GGUF headers of the architectures of issue 15, with the metadata keys llama.cpp's converter
writes for them (gguf-py/gguf/constants.py Keys.*, convert_hf_to_gguf.py set_gguf_parameters):
each must come back as the same model its config.json describes, and hostile values of the new
keys (SSM sizes, per-layer head counts, the short-conv length, the MoE interleave) must end in a
one-line error naming the key, never a traceback."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import gguf
import numpy as np
import pytest
from tests._support import new_configs as cfg
from tests._support.messages import message

from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors, param_counts
from vramscope.readers.gguf import GgufArray, GgufTensor, ModelFileError
from vramscope.readers.local import config_from_gguf, load_local_model

Meta = dict[str, object]


def _spec(config: Mapping[str, object]) -> ModelSpec:
    return spec_from_config(config, model_id="m")


def _tensors(s: ModelSpec, extra: tuple[tuple[str, tuple[int, ...]], ...] = ()) -> list[GgufTensor]:
    listed = [(t.name, t.shape) for t in model_tensors(s)] + list(extra)
    return [GgufTensor(name, shape, "F16", 0, 0) for name, shape in listed]


def _per_layer(values: list[int]) -> GgufArray:
    return GgufArray("UINT32", len(values), tuple(values))


def _common(arch: str, s: ModelSpec, context: int) -> Meta:
    """The keys every converter writes (LLM_KV_BLOCK_COUNT, CONTEXT_LENGTH, ...)."""
    return {
        "general.architecture": arch, f"{arch}.block_count": s.n_layers,
        f"{arch}.context_length": context, f"{arch}.embedding_length": s.hidden_size,
        f"{arch}.attention.head_count": s.n_heads, f"{arch}.attention.head_count_kv": s.n_kv_heads,
        f"{arch}.attention.key_length": s.head_dim, f"{arch}.attention.value_length": s.head_dim,
        f"{arch}.feed_forward_length": s.intermediate_size,
    }  # fmt: skip


def _ssm(arch: str, s: ModelSpec) -> Meta:
    # source: convert_hf_to_gguf.py Mamba2Model / GraniteHybridModel / NemotronHModel /
    # FalconH1Model (ssm.conv_kernel, ssm.inner_size, ssm.state_size, ssm.time_step_rank,
    # ssm.group_count)
    return {
        f"{arch}.ssm.conv_kernel": s.linear_conv_kernel,
        f"{arch}.ssm.inner_size": s.linear_value_dim,
        f"{arch}.ssm.state_size": s.linear_key_head_dim,
        f"{arch}.ssm.time_step_rank": s.linear_value_heads,
        f"{arch}.ssm.group_count": s.linear_key_heads,
    }


def _experts(arch: str, s: ModelSpec) -> Meta:
    return {
        f"{arch}.expert_count": s.n_experts, f"{arch}.expert_used_count": s.n_experts_per_token,
        f"{arch}.expert_feed_forward_length": s.moe_intermediate_size,
    }  # fmt: skip


def _kv_array(arch: str, s: ModelSpec) -> Meta:
    # head_count_kv per layer, 0 on the recurrent ones (GraniteHybridModel, NemotronHModel,
    # LFM2Model write it so)
    kv = [s.n_kv_heads if s.has_attention(i) else 0 for i in range(s.n_layers)]
    return {f"{arch}.attention.head_count_kv": _per_layer(kv)}


def _round_trip(md: Meta, tensors: list[GgufTensor], original: ModelSpec) -> ModelSpec:
    config, notes = config_from_gguf(md, tensors)  # type: ignore[arg-type]
    back = _spec(config)
    assert notes == [], notes
    assert back.model_type == original.model_type
    assert back.layer_attention == original.layer_attention
    assert back.moe_layers == original.moe_layers
    assert param_counts(back) == param_counts(original)
    return back


def test_granitehybrid_header() -> None:
    # As granite4:small-h's header shows them (ollama issue #12982): feed_forward_length 768
    # (the expert width), head_count_kv [0, 0, 0, 0, 0, 8, ...], expert_count 72, used 10
    s = _spec(cfg.GRANITE_4_H_SMALL)
    md = {**_common("granitehybrid", s, 1048576), **_ssm("granitehybrid", s),
          **_kv_array("granitehybrid", s), "granitehybrid.feed_forward_length": 768,
          "granitehybrid.expert_count": 72, "granitehybrid.expert_used_count": 10,
          "granitehybrid.expert_shared_feed_forward_length": 1536}  # fmt: skip
    back = _round_trip(md, _tensors(s), s)
    assert back.linear_kind == "mamba2" and back.shared_expert_intermediate_size == 1536
    # a load log's metadata without the tensor list: the per-layer array says the same
    md_only, _ = config_from_gguf({**md, "granitehybrid.vocab_size": 100352}, [])  # type: ignore[arg-type]
    assert _spec(md_only).layer_attention == s.layer_attention


def test_nemotron_h_header_from_tensors_and_from_per_layer_arrays() -> None:
    s = _spec(cfg.NEMOTRON_NANO_9B_V2)
    ff = [15680 if s.has_mlp(i) else 0 for i in range(56)]
    md = {**_common("nemotron_h", s, 131072), **_ssm("nemotron_h", s),
          **_kv_array("nemotron_h", s),
          "nemotron_h.feed_forward_length": _per_layer(ff)}  # fmt: skip
    back = _round_trip(md, _tensors(s), s)
    assert back.layer_mlp == s.layer_mlp and back.norms_per_layer == 1
    md_only, _ = config_from_gguf({**md, "nemotron_h.vocab_size": 131072}, [])  # type: ignore[arg-type]
    assert md_only["hybrid_override_pattern"] == cfg.NEMOTRON_NANO_9B_V2["hybrid_override_pattern"]


def test_falcon_h1_header() -> None:
    s = _spec(cfg.FALCON_H1_7B)
    md = {**_common("falcon-h1", s, 262144), **_ssm("falcon-h1", s)}
    back = _round_trip(md, _tensors(s), s)
    assert back.parallel_ssm and not back.linear_norm


@pytest.mark.parametrize(
    "config", [cfg.LLAMA4_SCOUT, cfg.LLAMA4_MAVERICK], ids=["scout", "maverick"]
)
def test_llama4_header(config: dict[str, object]) -> None:
    s = _spec(config)
    md = {**_common("llama4", s, s.max_context_tokens), **_experts("llama4", s),
          "llama4.feed_forward_length": 16384,
          "llama4.interleave_moe_layer_step": 1 if s.moe_layers == () else 2}  # fmt: skip
    back = _round_trip(md, _tensors(s), s)
    # llama.cpp writes no chunk key: its n_swa is fixed at 8192 for llama4
    assert back.attention_chunk_tokens == 8192
    md_only, _ = config_from_gguf({**md, "llama4.vocab_size": 202048}, [])  # type: ignore[arg-type]
    assert _spec(md_only).moe_layers == s.moe_layers


def test_lfm2_header() -> None:
    s = _spec(cfg.LFM2_1_2B)
    md = {**_common("lfm2", s, 128000), **_kv_array("lfm2", s),
          "lfm2.shortconv.l_cache": 3}  # fmt: skip
    back = _round_trip(md, _tensors(s), s)
    assert back.linear_kind == "short_conv" and back.tied_embeddings


@pytest.mark.parametrize(
    ("arch", "config", "extra"),
    [
        ("smollm3", cfg.SMOLLM3_3B, {}),
        ("olmo2", cfg.OLMO2_7B, {}),
        ("seed_oss", cfg.SEED_OSS_36B, {}),
        ("command-r", cfg.COMMAND_R_V01, {}),
        ("minimax-m2", cfg.MINIMAX_M2, {}),
        ("ernie4_5-moe", cfg.ERNIE_45_21B_A3B,
         {"ernie4_5-moe.expert_shared_count": 2, "ernie4_5-moe.leading_dense_block_count": 1,
          "ernie4_5-moe.interleave_moe_layer_step": 1}),
        ("hunyuan-moe", cfg.HUNYUAN_A13B,
         {"hunyuan-moe.expert_shared_feed_forward_length": 3072}),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)  # fmt: skip
def test_llama_like_headers(arch: str, config: dict[str, object], extra: Meta) -> None:
    s = _spec(config)
    md = {**_common(arch, s, s.max_context_tokens), **extra}
    if s.is_moe:
        md |= _experts(arch, s)
    _round_trip(md, _tensors(s), s)


def test_glm4moe_header_counts_the_mtp_layer_in_block_count() -> None:
    s = _spec(cfg.GLM_45_AIR)
    # source: convert_hf_to_gguf.py Glm4MoeModel: block_count = num_hidden_layers +
    # num_nextn_predict_layers; the MTP layer's tensors follow the trunk
    md = {**_common("glm4moe", s, 131072), **_experts("glm4moe", s),
          "glm4moe.block_count": 47, "glm4moe.nextn_predict_layers": 1,
          "glm4moe.expert_shared_count": 1, "glm4moe.leading_dense_block_count": 1}  # fmt: skip
    mtp = (("blk.46.nextn.eh_proj.weight", (8192, 4096)), ("blk.46.attn_q.weight", (4096, 12288)))
    back = _round_trip(md, _tensors(s, mtp), s)
    assert back.n_layers == 46


# --- real files and hostile headers -----------------------------------------------------------

# A tiny Granite hybrid: 4 layers (Mamba, attention, Mamba, Mamba), 4 experts, so that a real
# file with every tensor stays a few hundred kilobytes.
TINY_GRANITE: dict[str, object] = {
    **cfg.GRANITE_4_H_TINY, "hidden_size": 64, "num_hidden_layers": 4,
    "num_attention_heads": 4, "num_key_value_heads": 2, "intermediate_size": 32,
    "shared_intermediate_size": 64, "num_local_experts": 4, "num_experts_per_tok": 2,
    "vocab_size": 128, "max_position_embeddings": 4096, "mamba_n_heads": 4,
    "mamba_d_head": 32, "mamba_d_state": 16,
    "layer_types": ["mamba", "attention", "mamba", "mamba"],
}  # fmt: skip


def _write(path: Path, md: Mapping[str, object], tensors: list[GgufTensor]) -> Path:
    arch = str(md["general.architecture"])
    w = gguf.GGUFWriter(path, arch)
    for key, value in md.items():
        if key == "general.architecture":
            continue
        if isinstance(value, GgufArray):
            w.add_array(key, list(value.values or ()))
        elif isinstance(value, str):
            w.add_string(key, value)
        elif isinstance(value, float):
            w.add_float32(key, value)
        elif isinstance(value, int) and value >= 2**32:
            w.add_uint64(key, value)
        else:
            w.add_uint32(key, int(value))  # type: ignore[call-overload]
    for t in tensors:
        w.add_tensor(t.name, np.zeros(tuple(reversed(t.shape)), dtype=np.float16))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def _tiny_granite_md(s: ModelSpec) -> Meta:
    return {**_common("granitehybrid", s, 4096), **_ssm("granitehybrid", s),
            **_experts("granitehybrid", s), **_kv_array("granitehybrid", s),
            "granitehybrid.expert_shared_feed_forward_length": 64}  # fmt: skip


def test_a_real_granite_hybrid_file_loads_as_its_config(tmp_path: Path) -> None:
    s = _spec(TINY_GRANITE)
    path = _write(tmp_path / "g.gguf", _tiny_granite_md(s), _tensors(s))
    model = load_local_model(path)
    assert model.spec.model_type == "granitemoehybrid"
    assert model.spec.layer_attention == ("linear", "full", "linear", "linear")
    assert param_counts(model.spec) == param_counts(s)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # a per-layer array of the wrong length
        ("granitehybrid.attention.head_count_kv", _per_layer([2, 2]),
         "granitehybrid.attention.head_count_kv"),
        # SSM sizes: a string, a zero, an inner width the heads do not divide
        ("granitehybrid.ssm.state_size", "wide", "granitehybrid.ssm.state_size"),
        ("granitehybrid.ssm.time_step_rank", 0, "mamba_n_heads"),
        ("granitehybrid.ssm.time_step_rank", 3, "mamba_n_heads"),
        ("granitehybrid.ssm.conv_kernel", 2**40, "mamba_d_conv"),
    ],
    ids=["kv-array-length", "state-string", "heads-zero", "heads-not-divisor", "conv-huge"],
)  # fmt: skip
def test_hostile_ssm_keys_end_in_one_line(
    tmp_path: Path, key: str, value: object, expected: str
) -> None:
    s = _spec(TINY_GRANITE)
    md = {**_tiny_granite_md(s), key: value}
    path = _write(tmp_path / "h.gguf", md, _tensors(s))
    with pytest.raises(ModelFileError) as raised:
        load_local_model(path)
    text = message(raised.value)
    assert expected in text and "\n" not in text and text.startswith("h.gguf")


def test_hostile_llama4_and_lfm2_keys(tmp_path: Path) -> None:
    # Headers without the tensor list decide the layout from metadata alone.
    scout = _spec(cfg.LLAMA4_MAVERICK)
    md = {**_common("llama4", scout, 4096), **_experts("llama4", scout),
          "llama4.interleave_moe_layer_step": 0, "llama4.vocab_size": 202048}  # fmt: skip
    config, _ = config_from_gguf(md, [])  # type: ignore[arg-type]
    with pytest.raises(SpecError) as raised:
        _spec(config)
    assert "interleave_moe_layer_step" in message(raised.value)
    lfm = _spec(cfg.LFM2_1_2B)
    md = {**_common("lfm2", lfm, 4096), **_kv_array("lfm2", lfm),
          "lfm2.shortconv.l_cache": 2**31, "lfm2.vocab_size": 65536}  # fmt: skip
    config, _ = config_from_gguf(md, [])  # type: ignore[arg-type]
    with pytest.raises(SpecError) as raised:
        _spec(config)
    assert "conv_L_cache" in message(raised.value)
    bad_kv = {**md, "lfm2.attention.head_count_kv": GgufArray("string", 16, ("x",) * 16)}
    with pytest.raises(ModelFileError) as file_error:
        config_from_gguf(bad_kv, [], label="l.gguf")  # type: ignore[arg-type]
    assert "lfm2.attention.head_count_kv" in message(file_error.value)


def test_gemma3n_header() -> None:
    s = _spec(cfg.GEMMA_3N_E4B)
    pattern = GgufArray("BOOL", 35, tuple(s.attention_of(i) == "sliding" for i in range(35)))
    md = {**_common("gemma3n", s, 32768),
          "gemma3n.embedding_length_per_layer_input": 256, "gemma3n.altup.num_inputs": 4,
          "gemma3n.attention.shared_kv_layers": 15, "gemma3n.attention.sliding_window": 512,
          "gemma3n.attention.sliding_window_pattern": pattern}  # fmt: skip
    back = _round_trip(md, _tensors(s), s)
    assert back.kv_shared_layers == 15 and back.per_layer_vocab == 262144
    bad = {**md, "gemma3n.attention.sliding_window_pattern": GgufArray("BOOL", 3, (True,) * 3)}
    with pytest.raises(ModelFileError) as raised:
        config_from_gguf(bad, _tensors(s), label="g.gguf")  # type: ignore[arg-type]
    assert "gemma3n.attention.sliding_window_pattern" in message(raised.value)


def test_deepseek32_header_keeps_the_indexer() -> None:
    s = _spec(cfg.DEEPSEEK_V32)
    md = {**_common("deepseek32", s, 163840), **_experts("deepseek32", s),
          "deepseek32.attention.head_count_kv": 1, "deepseek32.rope.dimension_count": 64,
          "deepseek32.attention.key_length": 576, "deepseek32.attention.value_length": 512,
          "deepseek32.attention.key_length_mla": 192, "deepseek32.attention.value_length_mla": 128,
          "deepseek32.attention.q_lora_rank": 1536, "deepseek32.attention.kv_lora_rank": 512,
          "deepseek32.expert_shared_count": 1, "deepseek32.leading_dense_block_count": 3,
          "deepseek32.attention.indexer.head_count": 64,
          "deepseek32.attention.indexer.key_length": 128}  # fmt: skip
    back = _round_trip(md, _tensors(s), s)
    assert back.index_heads == 64 and back.index_head_dim == 128


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("gemma3n.embedding_length_per_layer_input", 2**40, "hidden_size_per_layer_input"),
        ("gemma3n.attention.shared_kv_layers", 35, "num_kv_shared_layers"),
        ("gemma3n.altup.num_inputs", -1, "altup_num_inputs"),
    ],
    ids=["per-layer-width-huge", "all-layers-shared", "altup-negative"],
)
def test_hostile_per_layer_embedding_keys(key: str, value: int, expected: str) -> None:
    s = _spec(cfg.GEMMA_3N_E4B)
    md = {**_common("gemma3n", s, 32768), "gemma3n.embedding_length_per_layer_input": 256,
          "gemma3n.altup.num_inputs": 4, "gemma3n.attention.shared_kv_layers": 15,
          "gemma3n.attention.sliding_window": 512, key: value}  # fmt: skip
    config, _ = config_from_gguf(md, _tensors(s))  # type: ignore[arg-type]
    with pytest.raises(SpecError) as raised:
        _spec(config)
    assert expected in message(raised.value) and "\n" not in message(raised.value)
