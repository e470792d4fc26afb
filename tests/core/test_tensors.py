"""The tensor inventory: GGUF names, shapes, order, flags, and parameter counts."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest
from tests._support.messages import message
from tests._support.specs import LLAMA_31_8B

from vramscope.core.errors import SpecError
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import ParamCounts, TensorInfo, model_tensors, param_counts

# Mixtral-8x7B-v0.1 config.json: 8 experts, top-2, expert width = intermediate_size.
MIXTRAL = replace(
    LLAMA_31_8B,
    model_id="mistralai/Mixtral-8x7B-v0.1",
    model_type="mixtral",
    vocab_size=32000,
    n_experts=8,
    n_experts_per_token=2,
    moe_intermediate_size=14336,
)

# deepseek-ai/DeepSeek-V3 config.json (reference §1.1).
DEEPSEEK_V3 = ModelSpec(
    model_id="deepseek-ai/DeepSeek-V3",
    model_type="deepseek_v3",
    n_layers=61,
    hidden_size=7168,
    n_heads=128,
    n_kv_heads=128,
    head_dim=192,
    intermediate_size=18432,
    vocab_size=129280,
    max_context_tokens=163840,
    q_lora_rank=1536,
    kv_lora_rank=512,
    qk_rope_head_dim=64,
    qk_nope_head_dim=128,
    v_head_dim=128,
    n_experts=256,
    n_experts_per_token=8,
    moe_intermediate_size=2048,
    n_shared_experts=1,
    moe_layers=(False,) * 3 + (True,) * 58,
)

# openai/gpt-oss-20b config.json (reference appendix A).
GPT_OSS_20B = ModelSpec(
    model_id="openai/gpt-oss-20b",
    model_type="gpt_oss",
    n_layers=24,
    hidden_size=2880,
    n_heads=64,
    n_kv_heads=8,
    head_dim=64,
    intermediate_size=2880,
    vocab_size=201088,
    max_context_tokens=131072,
    qkv_bias=True,
    o_bias=True,
    attn_sinks=True,
    n_experts=32,
    n_experts_per_token=4,
    moe_intermediate_size=2880,
    router_bias=True,
    expert_bias=True,
)

# t5-11b config.json: d_model 1024, d_kv 128, d_ff 65536, 128 heads, 24+24 layers, relu, tied.
T5_11B = ModelSpec(
    model_id="t5-11b",
    model_type="t5",
    n_layers=24,
    n_encoder_layers=24,
    hidden_size=1024,
    n_heads=128,
    n_kv_heads=128,
    head_dim=128,
    intermediate_size=65536,
    vocab_size=32128,
    max_context_tokens=512,
    tied_embeddings=True,
    mlp="plain",
    relative_attention_buckets=32,
)


def by_name(spec: ModelSpec) -> dict[str, TensorInfo]:
    return {t.name: t for t in model_tensors(spec)}


def test_llama_31_8b_names_and_shapes() -> None:
    tensors = model_tensors(LLAMA_31_8B)
    # 32 blocks x 9 tensors + token_embd, output_norm, output (llama.cpp Llama-3.1-8B GGUF,
    # without the computed rope_freqs tensor).
    assert len(tensors) == 291
    assert tensors[0].name == "token_embd.weight"
    assert [t.name for t in tensors[-2:]] == ["output_norm.weight", "output.weight"]
    named = by_name(LLAMA_31_8B)
    # Shapes from the reference appendix B (GGUF order: in_features first).
    assert named["token_embd.weight"].shape == (4096, 128256)
    assert named["blk.0.attn_q.weight"].shape == (4096, 4096)
    assert named["blk.0.attn_k.weight"].shape == (4096, 1024)
    assert named["blk.0.attn_v.weight"].shape == (4096, 1024)
    assert named["blk.0.attn_output.weight"].shape == (4096, 4096)
    assert named["blk.0.ffn_gate.weight"].shape == (4096, 14336)
    assert named["blk.0.ffn_down.weight"].shape == (14336, 4096)
    assert named["blk.31.ffn_up.weight"].shape == (4096, 14336)
    assert named["output.weight"].shape == (4096, 128256)
    assert named["blk.31.attn_norm.weight"].layer == 31
    assert named["output.weight"].layer is None


def test_llama_blocks_are_in_order_with_llama_cpp_roles() -> None:
    tensors = model_tensors(LLAMA_31_8B)
    layers = [t.layer for t in tensors if t.layer is not None]
    assert layers == sorted(layers)
    block0 = [t.role for t in tensors if t.layer == 0]
    assert block0 == [
        "attn_norm", "attn_q", "attn_k", "attn_v", "attn_output",
        "ffn_norm", "ffn_gate", "ffn_down", "ffn_up",
    ]  # fmt: skip


def test_linear_flags_follow_transformers_modules() -> None:
    named = by_name(LLAMA_31_8B)
    linear = {t.hf_module for t in named.values() if t.linear}
    # LoRA all-linear on Llama: the seven projections, never lm_head or embeddings.
    assert linear == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}
    assert named["output.weight"].hf_module == "lm_head"
    assert not named["output.weight"].linear
    assert not named["token_embd.weight"].linear
    assert not named["blk.0.attn_norm.weight"].linear


def test_llama_param_count_matches_published() -> None:
    counts = param_counts(LLAMA_31_8B)
    # 8,030,261,248: meta-llama/Llama-3.1-8B safetensors total (reference §1.4).
    assert counts.total == 8_030_261_248
    assert counts.active == counts.total
    # Embedding = V x h = 128256 x 4096.
    assert counts.embedding == 525_336_576
    assert counts.active_excluding_embedding == 8_030_261_248 - 525_336_576


def test_tied_embeddings_drop_the_output_tensor() -> None:
    tied = replace(LLAMA_31_8B, tied_embeddings=True)
    names = [t.name for t in model_tensors(tied)]
    assert "output.weight" not in names
    assert len(names) == 290
    assert param_counts(tied).total == 8_030_261_248 - 128256 * 4096


def test_model_tensors_is_cached() -> None:
    assert model_tensors(LLAMA_31_8B) is model_tensors(replace(LLAMA_31_8B))


def test_qwen2_biases_are_separate_tensors() -> None:
    # Qwen2.5-0.5B config.json: q/k/v biases, no o_proj bias, tied.
    spec = ModelSpec(
        model_id="Qwen/Qwen2.5-0.5B", model_type="qwen2", n_layers=24, hidden_size=896,
        n_heads=14, n_kv_heads=2, head_dim=64, intermediate_size=4864, vocab_size=151936,
        max_context_tokens=32768, tied_embeddings=True, qkv_bias=True,
    )  # fmt: skip
    named = by_name(spec)
    bias = named["blk.0.attn_q.bias"]
    assert (bias.shape, bias.role, bias.hf_module, bias.linear) == (
        (896,),
        "attn_q_bias",
        "q_proj",
        False,
    )
    assert named["blk.0.attn_k.bias"].shape == (128,)
    assert "blk.0.attn_output.bias" not in named
    # 494,032,768: Qwen/Qwen2.5-0.5B safetensors total (reference §1.4).
    assert param_counts(spec).total == 494_032_768


def test_mixtral_experts_are_stacked_and_scaled_for_active() -> None:
    named = by_name(MIXTRAL)
    assert named["blk.0.ffn_gate_inp.weight"].shape == (4096, 8)
    assert named["blk.0.ffn_gate_exps.weight"].shape == (4096, 14336, 8)
    assert named["blk.0.ffn_down_exps.weight"].shape == (14336, 4096, 8)
    assert named["blk.0.ffn_up_exps.weight"].hf_module == "experts"
    # transformers v5 fuses experts into parameters and keeps the router as a bare parameter.
    assert not named["blk.0.ffn_gate_exps.weight"].linear
    assert not named["blk.0.ffn_gate_inp.weight"].linear
    assert "blk.0.ffn_gate.weight" not in named
    counts = param_counts(MIXTRAL)
    # 46,702,792,704 total and 12,879,925,248 active: reference §1.4 (Mistral: 46.7B / 12.9B).
    assert counts.total == 46_702_792_704
    assert counts.active == 12_879_925_248


def test_gemma2_has_four_norms_per_block() -> None:
    # google/gemma-2-2b config.json.
    spec = ModelSpec(
        model_id="google/gemma-2-2b", model_type="gemma2", n_layers=26, hidden_size=2304,
        n_heads=8, n_kv_heads=4, head_dim=256, intermediate_size=9216, vocab_size=256000,
        max_context_tokens=8192, tied_embeddings=True, norms_per_layer=4,
    )  # fmt: skip
    norms = [t.role for t in model_tensors(spec) if t.layer == 0 and t.role.endswith("norm")]
    assert norms == ["attn_norm", "post_attention_norm", "ffn_norm", "post_ffw_norm"]
    # 2,614,341,888: google/gemma-2-2b safetensors total (reference §1.4).
    assert param_counts(spec).total == 2_614_341_888


def test_qk_norm_tensors_have_head_dim_width() -> None:
    # Qwen/Qwen3-8B config.json.
    spec = ModelSpec(
        model_id="Qwen/Qwen3-8B", model_type="qwen3", n_layers=36, hidden_size=4096,
        n_heads=32, n_kv_heads=8, head_dim=128, intermediate_size=12288, vocab_size=151936,
        max_context_tokens=40960, qk_norm=True,
    )  # fmt: skip
    named = by_name(spec)
    assert named["blk.5.attn_q_norm.weight"].shape == (128,)
    assert named["blk.5.attn_k_norm.weight"].role == "attn_k_norm"
    # 8,190,735,360: Qwen/Qwen3-8B safetensors total (reference §1.4).
    assert param_counts(spec).total == 8_190_735_360


def test_phi3_fused_projections() -> None:
    # microsoft/Phi-3-mini-4k-instruct config.json.
    spec = ModelSpec(
        model_id="microsoft/Phi-3-mini-4k-instruct", model_type="phi3", n_layers=32,
        hidden_size=3072, n_heads=32, n_kv_heads=32, head_dim=96, intermediate_size=8192,
        vocab_size=32064, max_context_tokens=4096, fused_qkv=True, fused_gate_up=True,
    )  # fmt: skip
    named = by_name(spec)
    assert named["blk.0.attn_qkv.weight"].shape == (3072, 3 * 3072)
    assert named["blk.0.attn_qkv.weight"].hf_module == "qkv_proj"
    assert named["blk.0.ffn_up.weight"].shape == (3072, 2 * 8192)
    assert named["blk.0.ffn_up.weight"].hf_module == "gate_up_proj"
    assert "blk.0.ffn_gate.weight" not in named
    # 3,821,079,552: microsoft/Phi-3-mini-4k-instruct safetensors total (reference §1.4).
    assert param_counts(spec).total == 3_821_079_552


def test_gpt2_layer_norms_biases_and_positions() -> None:
    # openai-community/gpt2 config.json: n_embd 768, n_layer 12, n_head 12, n_positions 1024.
    spec = ModelSpec(
        model_id="gpt2", model_type="gpt2", n_layers=12, hidden_size=768, n_heads=12,
        n_kv_heads=12, head_dim=64, intermediate_size=3072, vocab_size=50257,
        max_context_tokens=1024, tied_embeddings=True, norm="layer", fused_qkv=True,
        qkv_bias=True, o_bias=True, mlp_bias=True, mlp="plain", position_embedding_tokens=1024,
    )  # fmt: skip
    tensors = model_tensors(spec)
    assert [t.name for t in tensors[:2]] == ["token_embd.weight", "position_embd.weight"]
    named = by_name(spec)
    assert named["position_embd.weight"].shape == (768, 1024)
    assert named["blk.0.attn_qkv.bias"].shape == (2304,)
    assert named["blk.0.attn_norm.bias"].role == "attn_norm_bias"
    assert named["output_norm.bias"].shape == (768,)
    assert named["blk.0.attn_qkv.weight"].hf_module == "c_attn"
    assert named["blk.0.ffn_up.weight"].hf_module == "c_fc"
    assert "output.weight" not in named
    counts = param_counts(spec)
    # 124,439,808: openai-community/gpt2 safetensors total (reference §1.4).
    assert counts.total == 124_439_808
    # Token (50257 x 768) plus learned positions (1024 x 768).
    assert counts.embedding == (50257 + 1024) * 768


def test_bloom_embedding_norm() -> None:
    # bigscience/bloom-560m config.json: hidden 1024, 24 layers, 16 heads, vocab 250880.
    spec = ModelSpec(
        model_id="bigscience/bloom-560m", model_type="bloom", n_layers=24, hidden_size=1024,
        n_heads=16, n_kv_heads=16, head_dim=64, intermediate_size=4096, vocab_size=250880,
        max_context_tokens=2048, tied_embeddings=True, norm="layer", embedding_norm=True,
        fused_qkv=True, qkv_bias=True, o_bias=True, mlp_bias=True, mlp="plain",
    )  # fmt: skip
    names = [t.name for t in model_tensors(spec)]
    assert names[:3] == ["token_embd.weight", "token_embd_norm.weight", "token_embd_norm.bias"]
    assert by_name(spec)["blk.0.attn_qkv.weight"].hf_module == "query_key_value"
    # 559,214,592: bigscience/bloom-560m safetensors total (model card "559M parameters").
    assert param_counts(spec).total == 559_214_592


def test_deepseek_v3_mla_and_moe_layout() -> None:
    named = by_name(DEEPSEEK_V3)
    assert named["blk.0.attn_q_a.weight"].shape == (7168, 1536)
    assert named["blk.0.attn_q_a_norm.weight"].shape == (1536,)
    assert named["blk.0.attn_q_b.weight"].shape == (1536, 128 * 192)
    assert named["blk.0.attn_kv_a_mqa.weight"].shape == (7168, 512 + 64)
    assert named["blk.0.attn_kv_a_norm.weight"].shape == (512,)
    assert named["blk.0.attn_kv_b.weight"].shape == (512, 128 * (128 + 128))
    assert named["blk.0.attn_output.weight"].shape == (128 * 128, 7168)
    # first_k_dense_replace = 3: blocks 0-2 are dense with the full intermediate size.
    assert named["blk.2.ffn_down.weight"].shape == (18432, 7168)
    assert "blk.2.ffn_gate_inp.weight" not in named
    assert named["blk.3.ffn_gate_exps.weight"].shape == (7168, 2048, 256)
    assert named["blk.3.ffn_down_shexp.weight"].shape == (2048, 7168)
    assert named["blk.3.exp_probs_b.bias"].shape == (256,)
    counts = param_counts(DEEPSEEK_V3)
    # 671,026,404,352 total / 37,552,282,624 active: reference §1.4 (DeepSeek: 671B / 37B,
    # arXiv:2412.19437); exp_probs_b is a transformers buffer and not counted.
    assert counts.total == 671_026_404_352
    assert counts.active == 37_552_282_624


def test_mla_without_q_lora_uses_plain_attn_q() -> None:
    # deepseek-ai/DeepSeek-V2-Lite config.json: q_lora_rank null, 27 layers, hidden 2048.
    spec = replace(
        DEEPSEEK_V3, model_type="deepseek_v2", q_lora_rank=0, n_layers=27, hidden_size=2048,
        n_heads=16, n_kv_heads=16, intermediate_size=10944, vocab_size=102400, n_experts=64,
        n_experts_per_token=6, moe_intermediate_size=1408, n_shared_experts=2,
        moe_layers=(False,) + (True,) * 26,
    )  # fmt: skip
    named = by_name(spec)
    assert named["blk.0.attn_q.weight"].shape == (2048, 16 * 192)
    assert "blk.0.attn_q_a.weight" not in named
    assert "blk.1.exp_probs_b.bias" not in named
    # Two shared experts of width 1408 are one MLP of width 2816.
    assert named["blk.1.ffn_up_shexp.weight"].shape == (2048, 2816)
    # 15,706,484,224: deepseek-ai/DeepSeek-V2-Lite safetensors total ("15.7B" on the card).
    assert param_counts(spec).total == 15_706_484_224


def test_gpt_oss_biases_sinks_and_router() -> None:
    named = by_name(GPT_OSS_20B)
    assert named["blk.0.attn_output.bias"].shape == (2880,)
    assert named["blk.0.attn_sinks.weight"].shape == (64,)
    assert named["blk.0.ffn_gate_inp.bias"].shape == (32,)
    assert named["blk.0.ffn_gate_exps.bias"].shape == (2880, 32)
    assert named["blk.0.ffn_down_exps.bias"].shape == (2880, 32)
    # llama.cpp names gpt-oss's pre-MLP norm post_attention_norm (LLM_ARCH_OPENAI_MOE).
    assert "blk.0.post_attention_norm.weight" in named
    assert "blk.0.ffn_norm.weight" not in named
    counts = param_counts(GPT_OSS_20B)
    # 20,914,757,184 total (reference §1.4); 3.61B active without embeddings matches the
    # gpt-oss model card's 3.6B (reference §1.3).
    assert counts.total == 20_914_757_184
    assert counts.active == 4_187_440_704
    assert counts.active_excluding_embedding == 4_187_440_704 - 201088 * 2880


def test_qwen2_moe_shared_expert_and_gate() -> None:
    # Qwen/Qwen1.5-MoE-A2.7B config.json: 60 experts top-4, moe width 1408, shared 5632.
    spec = ModelSpec(
        model_id="Qwen/Qwen1.5-MoE-A2.7B", model_type="qwen2_moe", n_layers=24,
        hidden_size=2048, n_heads=16, n_kv_heads=16, head_dim=128, intermediate_size=5632,
        vocab_size=151936, max_context_tokens=8192, qkv_bias=True, n_experts=60,
        n_experts_per_token=4, moe_intermediate_size=1408,
        shared_expert_intermediate_size=5632, shared_expert_gate=True,
    )  # fmt: skip
    named = by_name(spec)
    gate = named["blk.0.ffn_gate_inp_shexp.weight"]
    assert (gate.shape, gate.hf_module, gate.linear) == ((2048,), "shared_expert_gate", True)
    assert named["blk.0.ffn_gate_shexp.weight"].shape == (2048, 5632)
    assert named["blk.0.ffn_gate_shexp.weight"].linear
    counts = param_counts(spec)
    # 14,315,784,192: Qwen/Qwen1.5-MoE-A2.7B safetensors total (card: "14.3B").
    assert counts.total == 14_315_784_192
    # Active (reference §1.2): the 56 of 60 routed experts that do not run are removed; the
    # shared expert, its gate and the router always run. 2.69B matches the card's "2.7B".
    idle_experts = 24 * (60 - 4) * 3 * 2048 * 1408
    assert counts.active == 14_315_784_192 - idle_experts


def test_t5_encoder_decoder_layout() -> None:
    tensors = model_tensors(T5_11B)
    named = {t.name: t for t in tensors}
    assert tensors[0].name == "token_embd.weight"
    assert named["enc.blk.0.attn_q.weight"].encoder
    assert named["enc.blk.0.attn_q.weight"].hf_module == "q"
    assert named["enc.blk.0.attn_o.weight"].shape == (128 * 128, 1024)
    assert named["enc.blk.0.ffn_up.weight"].hf_module == "wi"
    assert named["enc.blk.0.ffn_down.weight"].shape == (65536, 1024)
    assert named["dec.blk.3.cross_attn_k.weight"].shape == (1024, 128 * 128)
    assert not named["dec.blk.3.cross_attn_k.weight"].encoder
    # Relative position bias: block 0 of each stack only, never in cross-attention.
    rel = [t.name for t in tensors if t.role == "attn_rel_b"]
    assert rel == ["enc.blk.0.attn_rel_b.weight", "dec.blk.0.attn_rel_b.weight"]
    assert named["enc.blk.0.attn_rel_b.weight"].shape == (128, 32)
    assert "enc.output_norm.weight" in named
    assert "dec.output_norm.weight" in named
    assert "output.weight" not in named
    # 11,307,321,344: t5-11b parameter count (T5 paper "11 billion"; HF num_parameters()).
    assert param_counts(T5_11B).total == 11_307_321_344


def test_t5_v11_gated_untied() -> None:
    # google/t5-v1_1-small config.json: d_model 512, d_ff 1024, d_kv 64, 6 heads, 8+8 layers,
    # gated-gelu, untied, vocab 32128.
    spec = replace(
        T5_11B, n_layers=8, n_encoder_layers=8, hidden_size=512, n_heads=6, n_kv_heads=6,
        head_dim=64, intermediate_size=1024, tied_embeddings=False, mlp="gated",
    )  # fmt: skip
    named = by_name(spec)
    assert named["enc.blk.0.ffn_gate.weight"].hf_module == "wi_0"
    assert named["enc.blk.0.ffn_up.weight"].hf_module == "wi_1"
    assert named["output.weight"].shape == (512, 32128)
    # 76,961,152: google/t5-v1_1-small safetensors total ("77M" on the card).
    assert param_counts(spec).total == 76_961_152


def test_every_model_has_unique_names() -> None:
    for spec in (LLAMA_31_8B, MIXTRAL, DEEPSEEK_V3, GPT_OSS_20B, T5_11B):
        counts = Counter(t.name for t in model_tensors(spec))
        assert max(counts.values()) == 1


def test_param_counts_rejects_inconsistent_values() -> None:
    with pytest.raises(SpecError) as raised:
        ParamCounts(total=10, active=11, embedding=0, active_excluding_embedding=11)
    assert re.search("active", message(raised.value))
    with pytest.raises(SpecError) as raised:
        ParamCounts(total=10, active=10, embedding=-1, active_excluding_embedding=11)
    assert re.search("embedding", message(raised.value))
