"""GGML types, weight format ids and llama.cpp's per-tensor mix rules (vramscope.core.formats)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._support.messages import message
from tests._support.specs import LLAMA_31_8B, LLAMA_32_1B

from vramscope.core.errors import SpecError
from vramscope.core.formats import (
    COMMON_FORMAT_IDS,
    GGML_TYPE_BY_ID,
    GGML_TYPES,
    LLAMA_FTYPE_IDS,
    WEIGHT_FORMAT_IDS,
    WeightFormat,
    format_from_llama_ftype,
    ggml_tensor_bytes,
    ggml_type,
    gguf_tensor_types,
    parse_weight_format,
)
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors

# A real Llama-3 GGUF also holds rope_freqs.weight: head_dim/2 F32 factors that
# convert_hf_to_gguf.py (LlamaModel.generate_extra_tensors, rope_type "llama3") computes at
# conversion time. model_tensors() leaves it out (not a model weight), so the file-size goldens
# below add it explicitly.
LLAMA3_8B_ROPE_FREQS_BYTES = 64 * 4


def gguf_bytes(spec: ModelSpec, ftype: str, **kw: bool | None) -> int:
    types = gguf_tensor_types(spec, ftype, **kw)
    return sum(
        ggml_tensor_bytes(ty, t.shape) for ty, t in zip(types, model_tensors(spec), strict=True)
    )


def types_by_name(spec: ModelSpec, ftype: str) -> dict[str, str]:
    return {
        t.name: ty
        for t, ty in zip(model_tensors(spec), gguf_tensor_types(spec, ftype), strict=True)
    }


# --------------------------------------------------------------------------------------------
# GGML type table
# --------------------------------------------------------------------------------------------


def test_ggml_table_matches_gguf_py() -> None:
    gguf = pytest.importorskip("gguf")
    # source: gguf-py gguf/constants.py GGML_QUANT_SIZES and GGMLQuantizationType (llama.cpp's
    # own Python reader/writer)
    for t in GGML_TYPES.values():
        qt = gguf.GGMLQuantizationType(t.type_id)
        assert qt.name == t.name
        assert gguf.GGML_QUANT_SIZES[qt] == (t.block_elements, t.block_bytes), t.name
    assert set(GGML_TYPE_BY_ID) == {t.type_id for t in GGML_TYPES.values()}


def test_llama_ftype_ids_match_gguf_py() -> None:
    gguf = pytest.importorskip("gguf")
    # source: gguf-py gguf/constants.py LlamaFileType (= llama.h enum llama_ftype)
    for name, value in LLAMA_FTYPE_IDS.items():
        assert gguf.LlamaFileType[name].value == value


@pytest.mark.parametrize(
    ("name", "bpw"),
    # source: reference §3.1 (ggml-common.h static_asserts): Q8_0 8.5, Q6_K 6.5625, Q4_K 4.5,
    # IQ4_XS 4.25, Q3_K 3.4375, Q2_K 2.625, IQ2_XXS 2.0625, IQ1_S 1.5625, MXFP4 4.25
    [("Q8_0", 8.5), ("Q6_K", 6.5625), ("Q4_K", 4.5), ("IQ4_XS", 4.25), ("Q3_K", 3.4375),
     ("Q2_K", 2.625), ("IQ2_XXS", 2.0625), ("IQ1_S", 1.5625), ("MXFP4", 4.25)],
)  # fmt: skip
def test_bits_per_weight(name: str, bpw: float) -> None:
    assert ggml_type(name).bits_per_weight == bpw
    assert ggml_type(name.lower()) is GGML_TYPES[name]


def test_tensor_bytes() -> None:
    # source: reference §4.3b: Llama-3 token_embd in Q4_K = 128256·4096·144/256 = 295,501,824 B
    assert ggml_tensor_bytes("Q4_K", (4096, 128256)) == 295_501_824
    assert ggml_tensor_bytes("F32", (4096,)) == 16_384
    assert ggml_tensor_bytes("MXFP4", (2880, 2880, 32)) == 2880 // 32 * 17 * 2880 * 32


def test_tensor_bytes_rejects_bad_rows_and_types() -> None:
    with pytest.raises(SpecError) as raised:
        ggml_tensor_bytes("Q4_K", (896, 4864))
    assert re.search("896", message(raised.value))
    with pytest.raises(SpecError) as raised:
        ggml_tensor_bytes("Q9_Z", (256,))
    assert re.search("Q9_Z", message(raised.value))
    with pytest.raises(SpecError) as raised:
        ggml_tensor_bytes("F16", (4096, -1))
    assert re.search("shape", message(raised.value))


# --------------------------------------------------------------------------------------------
# Format ids
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fid", WEIGHT_FORMAT_IDS)
def test_every_id_parses_to_itself(fid: str) -> None:
    fmt = parse_weight_format(fid)
    assert fmt.id == fid
    assert parse_weight_format(fid.upper()) == fmt
    assert fmt.label
    assert fmt.nominal_bits_per_weight > 0


def test_common_ids_are_known_and_unique() -> None:
    assert set(COMMON_FORMAT_IDS) <= set(WEIGHT_FORMAT_IDS)
    assert len(set(COMMON_FORMAT_IDS)) == len(COMMON_FORMAT_IDS)
    assert len(set(WEIGHT_FORMAT_IDS)) == len(WEIGHT_FORMAT_IDS)


@pytest.mark.parametrize(
    ("text", "fid"),
    [("Q4_K_M", "q4_k_m"), ("f16", "fp16"), ("F32", "fp32"), ("bfloat16", "bf16"),
     ("gptq-4bit-g128", "gptq-4bit"), ("GPTQ-3bit-g32", "gptq-3bit-g32"),
     ("awq-4bit-g64", "awq-4bit-g64"), ("exl2-4bpw", "exl2-4.0bpw"),
     ("exl2-4.65bpw", "exl2-4.65bpw"), (" iq4_xs ", "iq4_xs"), ("q4-k-m", "q4_k_m")],
)  # fmt: skip
def test_aliases_and_parameters(text: str, fid: str) -> None:
    assert parse_weight_format(text).id == fid


BAD_IDS = ["q4_k_x", "gptq-5bit", "awq-3bit", "exl2-9.0bpw", "", "gptq-4bit-g7"]


@pytest.mark.parametrize("text", BAD_IDS)
def test_unknown_ids_name_the_value(text: str) -> None:
    with pytest.raises(SpecError) as info:
        parse_weight_format(text)
    shown = message(info.value)
    assert "weight format" in shown
    assert repr(text.strip().lower()) in shown or text in shown
    assert "\n" not in shown


@given(st.text(max_size=30))
@settings(max_examples=300)
def test_parser_never_crashes(text: str) -> None:
    try:
        fmt = parse_weight_format(text)
    except SpecError:
        return
    assert isinstance(fmt, WeightFormat)


def test_families_and_flags() -> None:
    assert parse_weight_format("q4_k_m").is_gguf
    assert parse_weight_format("q4_k_m").ftype_name == "Q4_K_M"
    assert not parse_weight_format("bf16").is_gguf
    assert parse_weight_format("bf16").ftype_name == "BF16"
    assert parse_weight_format("nf4").family == "bnb"
    assert parse_weight_format("nf4").double_quant
    # transformers BitsAndBytesConfig defaults: fp4 without double quant (reference §3.4)
    assert not parse_weight_format("fp4").double_quant
    assert parse_weight_format("exl2-4.0bpw").head_bits == 6
    assert parse_weight_format("mxfp4_moe").family == "gguf"
    assert parse_weight_format("mxfp4").family == "mxfp4"
    assert parse_weight_format("gptq-4bit").group_size == 128


def test_nominal_bits() -> None:
    # source: QLoRA paper (arXiv:2305.14314 §3): double quant costs 0.127 bits/param over 4
    assert parse_weight_format("nf4").nominal_bits_per_weight == pytest.approx(4.127, abs=5e-4)
    # source: bitsandbytes blocksize 64 with an fp32 absmax: 4 + 32/64
    assert parse_weight_format("fp4").nominal_bits_per_weight == 4.5
    # source: reference §3.5: AWQ 4-bit g128 = 4 + 16/128 + 4/128
    assert parse_weight_format("awq-4bit").nominal_bits_per_weight == 4.15625
    assert parse_weight_format("gptq-4bit-g32").nominal_bits_per_weight == 4.625
    assert parse_weight_format("q4_k_m").nominal_bits_per_weight == 4.5


def test_format_from_file_type() -> None:
    # source: llama.h LLAMA_FTYPE_MOSTLY_Q4_K_M = 15, MOSTLY_BF16 = 32, MOSTLY_MXFP4_MOE = 38
    assert format_from_llama_ftype(15).id == "q4_k_m"
    assert format_from_llama_ftype(32).id == "bf16"
    assert format_from_llama_ftype(38).id == "mxfp4_moe"
    with pytest.raises(SpecError) as raised:
        format_from_llama_ftype(99)
    assert re.search("99", message(raised.value))


# --------------------------------------------------------------------------------------------
# llama.cpp mixes
# --------------------------------------------------------------------------------------------

# source: reference §3.3, Llama-3.1-8B tensor data per ftype, reproducing llama.cpp
# tools/quantize/README.md (bpw and GiB) to 4 decimals of bpw
LLAMA31_8B_GGUF_BYTES = {
    "f16": 16_061_055_232, "q8_0": 8_532_934_912, "q6_k": 6_588_170_496,
    "q5_1": 6_060_499_200, "q5_k_m": 5_725_151_488, "q5_k_s": 5_591_458_048,
    "q5_0": 5_591_458_048, "q4_1": 5_122_416_896, "q4_k_m": 4_912_898_304,
    "iq4_nl": 4_699_513_088, "q4_k_s": 4_684_833_024, "q4_0": 4_653_375_744,
    "iq4_xs": 4_476_526_848, "q3_k_l": 4_314_120_448, "q3_k_m": 4_011_081_984,
    "iq3_m": 3_776_987_392, "iq3_s": 3_674_489_088, "q3_k_s": 3_656_663_296,
    "iq3_xs": 3_510_911_232, "iq3_xxs": 3_267_076_352, "q2_k": 3_171_295_488,
    "q2_k_s": 2_980_978_944, "iq2_m": 2_940_444_928, "iq2_s": 2_750_652_672,
    "iq2_xs": 2_597_945_600, "iq2_xxs": 2_391_376_128, "iq1_m": 2_154_135_808,
    "iq1_s": 2_011_791_616,
}  # fmt: skip


@pytest.mark.parametrize(("ftype", "expected"), sorted(LLAMA31_8B_GGUF_BYTES.items()))
def test_llama31_8b_gguf_table(ftype: str, expected: int) -> None:
    assert gguf_bytes(LLAMA_31_8B, ftype) + LLAMA3_8B_ROPE_FREQS_BYTES == expected


def test_imatrix_only_mixes_are_computed_with_one() -> None:
    spec = LLAMA_31_8B
    # llama-quantize refuses IQ3_XXS without an imatrix; without one its ffn_down rule would
    # give Q4_K/Q3_K instead of IQ3_XXS, so the default must match imatrix=True
    assert gguf_bytes(spec, "iq3_xxs") == gguf_bytes(spec, "iq3_xxs", imatrix=True)
    assert gguf_bytes(spec, "iq3_xxs", imatrix=False) > gguf_bytes(spec, "iq3_xxs")
    # an imatrix changes IQ4_XS's first ffn_down layers (Q5_K only without one)
    assert gguf_bytes(spec, "iq4_xs") == gguf_bytes(spec, "iq4_xs", imatrix=False)
    assert gguf_bytes(spec, "iq4_xs", imatrix=True) < gguf_bytes(spec, "iq4_xs")


def test_q4_k_m_upgrades_follow_use_more_bits() -> None:
    types = types_by_name(LLAMA_31_8B, "q4_k_m")
    # source: llama-quant.cpp use_more_bits(i, 32): i < 4, i >= 28, or (i - 4) % 3 == 2
    more = {0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 27, 28, 29, 30, 31}
    for i in range(32):
        expected = "Q6_K" if i in more else "Q4_K"
        assert types[f"blk.{i}.attn_v.weight"] == expected
        assert types[f"blk.{i}.ffn_down.weight"] == expected
        assert types[f"blk.{i}.attn_q.weight"] == "Q4_K"
        assert types[f"blk.{i}.attn_norm.weight"] == "F32"
    assert types["output.weight"] == "Q6_K"
    assert types["token_embd.weight"] == "Q4_K"


def test_tied_embedding_takes_the_output_rule() -> None:
    types = types_by_name(LLAMA_32_1B, "q4_k_m")
    assert "output.weight" not in types
    assert types["token_embd.weight"] == "Q6_K"
    assert types_by_name(LLAMA_32_1B, "q8_0")["token_embd.weight"] == "Q8_0"


def test_row_size_fallbacks() -> None:
    # Qwen2.5-0.5B: hidden 896 is not a multiple of 256, so K-quants fall back on every tensor
    # whose rows are 896 long (reference §3.1 tensor_type_fallback)
    spec = ModelSpec(
        model_id="Qwen/Qwen2.5-0.5B", model_type="qwen2", n_layers=24, hidden_size=896,
        n_heads=14, n_kv_heads=2, head_dim=64, intermediate_size=4864, vocab_size=151936,
        max_context_tokens=32768, tied_embeddings=True, qkv_bias=True,
    )  # fmt: skip
    types = types_by_name(spec, "q4_k_m")
    assert types["blk.5.attn_q.weight"] == "Q5_0"  # Q4_K -> Q5_0
    assert types["blk.0.attn_v.weight"] == "Q8_0"  # Q6_K (use_more_bits) -> Q8_0
    # rows of 4864 = 19 blocks: no fallback (layer 4 is not a use_more_bits layer of 24, 5 is)
    assert types["blk.4.ffn_down.weight"] == "Q4_K"
    assert types["blk.5.ffn_down.weight"] == "Q6_K"
    assert types["blk.5.attn_q.bias"] == "F32"
    # output rule: rows not a multiple of 256 -> Q8_0 (tied: the embedding takes it)
    assert types["token_embd.weight"] == "Q8_0"
    # rows that are not even a multiple of 32 have no Q8_0 fallback: llama-quantize aborts
    odd = ModelSpec(
        model_id="odd", model_type="llama", n_layers=2, hidden_size=100, n_heads=4,
        n_kv_heads=4, head_dim=25, intermediate_size=256, vocab_size=1000,
        max_context_tokens=512,
    )  # fmt: skip
    with pytest.raises(SpecError) as raised:
        gguf_tensor_types(odd, "q8_0")
    assert re.search("Q8_0", message(raised.value))


def mixtral() -> ModelSpec:
    # source: mistralai/Mixtral-8x7B-v0.1 config.json
    return ModelSpec(
        model_id="mistralai/Mixtral-8x7B-v0.1", model_type="mixtral", n_layers=32,
        hidden_size=4096, n_heads=32, n_kv_heads=8, head_dim=128, intermediate_size=14336,
        vocab_size=32000, max_context_tokens=32768, n_experts=8, n_experts_per_token=2,
    )  # fmt: skip


def test_eight_expert_models_bump_attention() -> None:
    types = types_by_name(mixtral(), "q4_k_m")
    # source: llama-quant.cpp: n_expert == 8 -> attn_v and attn_k Q8_0, attn_output Q5_K
    assert types["blk.7.attn_v.weight"] == "Q8_0"
    assert types["blk.7.attn_k.weight"] == "Q8_0"
    assert types["blk.7.attn_output.weight"] == "Q5_K"
    assert types["blk.7.ffn_gate_inp.weight"] == "F32"
    # MoE ffn_down takes the layer from the name: layer 6 is a use_more_bits layer, 7 is not
    assert types["blk.6.ffn_down_exps.weight"] == "Q6_K"
    assert types["blk.7.ffn_down_exps.weight"] == "Q4_K"


def test_70b_bumps_attn_v() -> None:
    spec = ModelSpec(
        model_id="meta-llama/Llama-3.1-70B", model_type="llama", n_layers=80, hidden_size=8192,
        n_heads=64, n_kv_heads=8, head_dim=128, intermediate_size=28672, vocab_size=128256,
        max_context_tokens=131072,
    )  # fmt: skip
    types = types_by_name(spec, "q3_k_m")
    # Q3_K_M gives Q5_K to the first two attn_v and Q4_K after; LLM_TYPE_70B lifts Q4_K to Q5_K
    assert {types[f"blk.{i}.attn_v.weight"] for i in range(80)} == {"Q5_K"}
    assert types_by_name(LLAMA_31_8B, "q3_k_m")["blk.5.attn_v.weight"] == "Q4_K"


def test_falcon_rules() -> None:
    # source: tiiuae/falcon-40b config.json (new_decoder_architecture: 8 KV groups)
    spec = ModelSpec(
        model_id="tiiuae/falcon-40b", model_type="falcon", n_layers=60, hidden_size=8192,
        n_heads=128, n_kv_heads=8, head_dim=64, intermediate_size=32768, vocab_size=65024,
        max_context_tokens=2048, fused_qkv=True, mlp="plain", norm="layer",
    )  # fmt: skip
    types = types_by_name(spec, "q4_k_m")
    # source: llama-quant.cpp: Falcon output is always Q8_0; Q4_K_M ffn_down on Falcon is Q6_K
    # for i < n/16, Q5_K under use_more_bits, else Q4_K
    assert types["output.weight"] == "Q8_0"
    assert types["blk.0.ffn_down.weight"] == "Q6_K"
    assert types["blk.3.ffn_down.weight"] == "Q5_K"
    assert types["blk.10.ffn_down.weight"] == "Q4_K"
    # fused attn_qkv is classified as attn_v: Q6_K under use_more_bits (layer 0), else Q4_K
    assert types["blk.0.attn_qkv.weight"] == "Q6_K"
    assert types["blk.10.attn_qkv.weight"] == "Q4_K"


def test_mxfp4_moe_mix() -> None:
    # source: openai/gpt-oss-20b config.json
    spec = ModelSpec(
        model_id="openai/gpt-oss-20b", model_type="gpt_oss", n_layers=24, hidden_size=2880,
        n_heads=64, n_kv_heads=8, head_dim=64, intermediate_size=2880, vocab_size=201088,
        max_context_tokens=131072, qkv_bias=True, o_bias=True, attn_sinks=True, n_experts=32,
        n_experts_per_token=4, router_bias=True, expert_bias=True,
    )  # fmt: skip
    types = types_by_name(spec, "mxfp4_moe")
    assert types["blk.3.ffn_up_exps.weight"] == "MXFP4"
    assert types["blk.3.attn_q.weight"] == "Q8_0"
    assert types["output.weight"] == "Q8_0"
    assert types["token_embd.weight"] == "Q8_0"
    assert types["blk.3.ffn_up_exps.bias"] == "F32"


def test_float_ftypes_keep_norms_f32() -> None:
    types = types_by_name(LLAMA_31_8B, "bf16")
    assert types["blk.0.attn_q.weight"] == "BF16"
    assert types["output_norm.weight"] == "F32"


def test_rejects_non_gguf_ftype() -> None:
    with pytest.raises(SpecError) as raised:
        gguf_tensor_types(LLAMA_31_8B, "nf4")
    assert re.search("nf4", message(raised.value))


LADDER = ("q2_k", "q3_k_m", "q4_k_m", "q5_k_m", "q6_k", "q8_0", "f16")


@st.composite
def llama_like(draw: st.DrawFn) -> ModelSpec:
    kv = draw(st.sampled_from([1, 2, 4, 8]))
    heads = kv * draw(st.sampled_from([1, 2, 4, 8]))
    head_dim = draw(st.sampled_from([32, 64, 96, 128]))
    # rows must be a multiple of 32 or llama-quantize itself refuses Q8_0
    hidden = 32 * draw(st.integers(4, 160))
    return ModelSpec(
        model_id="random", model_type=draw(st.sampled_from(["llama", "qwen2", "falcon"])),
        n_layers=draw(st.integers(1, 40)), hidden_size=hidden, n_heads=heads, n_kv_heads=kv,
        head_dim=head_dim, intermediate_size=32 * draw(st.integers(4, 600)),
        vocab_size=draw(st.integers(256, 20000)), max_context_tokens=4096,
        tied_embeddings=draw(st.booleans()),
    )  # fmt: skip


@given(llama_like())
@settings(max_examples=60, deadline=None)
def test_more_bits_never_fewer_bytes(spec: ModelSpec) -> None:
    sizes = [gguf_bytes(spec, f) for f in LADDER]
    assert sizes == sorted(sizes), dict(zip(LADDER, sizes, strict=True))


def test_every_prequantized_config_format_parses() -> None:
    """The ids core/hf_config.py derives from quantization_config are all accepted."""
    for fid in (
        "gptq-4bit",
        "gptq-4bit-g32",
        "gptq-4bit-gchannel",
        "gptq-8bit-g256",
        "awq-4bit",
        "fp8",
        "int8",
        "nf4",
        "fp4",
        "mxfp4",
    ):
        assert parse_weight_format(fid).id == fid
    # per-channel GPTQ stores one scale per output row: fewer bits than grouped
    assert parse_weight_format("gptq-4bit-gchannel").nominal_bits_per_weight == 4.0
