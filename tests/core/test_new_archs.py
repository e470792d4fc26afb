"""The architectures of issue 15, each from its published config.json: Mamba2 hybrids (Granite
4.0-H, Nemotron-H, Falcon-H1), Llama 4's chunked attention, LFM2's short convolutions, and the
llama-like families (SmolLM3, OLMo 2, Seed-OSS, Command R, GLM-4.5, MiniMax-M2, ERNIE 4.5,
Hunyuan) whose model_type must be recognised rather than read as a generic decoder."""

from __future__ import annotations

import pytest
from tests._support import new_configs as cfg
from tests._support.messages import message

from vramscope.core.api import estimate
from vramscope.core.errors import SpecError
from vramscope.core.formats import parse_weight_format
from vramscope.core.hf_config import spec_from_config
from vramscope.core.kv import hf_kv_layers, llamacpp_kv_layers, vllm_kv_layers
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors, param_counts
from vramscope.core.workload import Workload

MIB = 1 << 20
Q4 = parse_weight_format("q4_k_m")
BF16 = parse_weight_format("bf16")


def spec(config: dict[str, object]) -> ModelSpec:
    return spec_from_config(config, model_id=str(config["model_type"]))


def by_term(est: object, name: str) -> int:
    return sum(t.bytes for t in est.terms if t.name == name)  # type: ignore[attr-defined]


def llamacpp_kv(s: ModelSpec, ctx: int, n_seq: int = 1) -> int:
    layers = llamacpp_kv_layers(
        s, context_tokens=ctx, n_seq=n_seq, ubatch_tokens=512, k_type="f16", v_type="f16"
    )
    return sum(k.bytes for k in layers)


# --- Mamba2 hybrids ---------------------------------------------------------------------------


def test_granite_h_small_layers_and_exact_parameter_count() -> None:
    s = spec(cfg.GRANITE_4_H_SMALL)
    assert s.model_type == "granitemoehybrid" and not s.warnings
    assert [i for i in range(40) if s.has_attention(i)] == [5, 15, 25, 35]
    assert s.n_state_layers == 36 and s.linear_kind == "mamba2"
    # source: unsloth/granite-4.0-h-small-GGUF header, 32,207,337,984 parameters (the Hugging
    # Face safetensors total); IBM: "32B total, 9B active"
    counts = param_counts(s)
    assert counts.total == 32_207_337_984
    assert round(counts.active / 1e9) == 9


def test_mamba2_tensors_follow_llama_cpp_and_transformers() -> None:
    # Granite 4.0-H-Tiny: hidden 1536, 48 SSM heads of 64 (d_inner 3072), 1 group of state 128.
    tensors = {t.name: t for t in model_tensors(spec(cfg.GRANITE_4_H_TINY))}
    # in_proj: z and x (2 x 3072), B and C (2 x 128), dt (48). source: transformers
    # GraniteMoeHybridMambaLayer in_proj (projection_size = d_inner + conv_dim + n_heads)
    assert tensors["blk.0.ssm_in.weight"].shape == (1536, 2 * 3072 + 2 * 128 + 48)
    assert tensors["blk.0.ssm_conv1d.weight"].shape == (4, 3072 + 2 * 128)
    assert tensors["blk.0.ssm_conv1d.bias"].shape == (3072 + 2 * 128,)
    assert tensors["blk.0.ssm_a"].shape == tensors["blk.0.ssm_d"].shape == (1, 48)
    assert tensors["blk.0.ssm_norm.weight"].shape == (3072, 1)
    assert tensors["blk.0.ssm_out.weight"].shape == (3072, 1536)
    assert "blk.0.attn_q.weight" not in tensors and "blk.5.attn_q.weight" in tensors
    # every layer, Mamba or attention, has the MoE and the shared MLP
    for i in (0, 5):
        assert tensors[f"blk.{i}.ffn_up_exps.weight"].shape == (1536, 512, 64)
        assert tensors[f"blk.{i}.ffn_up_shexp.weight"].shape == (1536, 1024)


def test_granite_dense_model_has_only_the_shared_mlp() -> None:
    s = spec(cfg.GRANITE_4_H_1B)
    assert not s.is_moe and s.intermediate_size == 4096
    # source: IBM's Granite 4.0 Nano collection, granite-4.0-h-1b "1.5B"
    assert round(param_counts(s).total / 1e8) == 15


def test_only_attention_layers_grow_with_context_and_ssm_state_is_fixed() -> None:
    s = spec(cfg.GRANITE_4_H_SMALL)
    # 4 attention layers x 8 KV heads x 128 x (K + V) x 2 bytes per token
    assert llamacpp_kv(s, 65536) == 4 * 65536 * 2048 * 2
    assert llamacpp_kv(s, 131072) == 2 * llamacpp_kv(s, 65536)
    # llama.cpp's RS buffer per Mamba2 layer and sequence, f32: conv (d_conv - 1) x
    # (d_inner + 2 x groups x d_state) + d_state x d_inner. source: llama.cpp
    # src/llama-hparams.cpp n_embd_r() / n_embd_s()
    per_layer = (3 * (8192 + 2 * 128) + 128 * 8192) * 4
    short = estimate(s, Q4, Workload(runtime="llama.cpp", context_tokens=4096))
    long = estimate(s, Q4, Workload(runtime="llama.cpp", context_tokens=131072))
    two = estimate(s, Q4, Workload(runtime="llama.cpp", context_tokens=4096, batch=2))
    assert by_term(short, "recurrent_state") == by_term(long, "recurrent_state") == 36 * per_layer
    assert by_term(two, "recurrent_state") == 2 * 36 * per_layer
    # vLLM keeps the state in the model dtype with d_conv - 1 taps (mamba2_state_shape);
    # transformers all d_conv taps, in the model dtype too (HybridMambaAttentionDynamicCache)
    vllm = estimate(s, BF16, Workload(runtime="vllm", context_tokens=4096))
    hf = estimate(s, BF16, Workload(runtime="transformers", context_tokens=4096))
    assert by_term(vllm, "recurrent_state") == 36 * (3 * 8448 + 128 * 8192) * 2
    assert by_term(hf, "recurrent_state") == 36 * (4 * 8448 + 128 * 8192) * 2


def test_hybrid_caches_a_tenth_of_the_same_model_all_attention() -> None:
    s = spec(cfg.GRANITE_4_H_SMALL)
    dense = spec({**cfg.GRANITE_4_H_SMALL, "layer_types": ["attention"] * 40})
    assert not dense.is_hybrid
    assert llamacpp_kv(dense, 131072) == 10 * llamacpp_kv(s, 131072)


def test_nemotron_h_blocks_are_one_mixer_or_one_mlp() -> None:
    s = spec(cfg.NEMOTRON_NANO_9B_V2)
    assert s.model_type == "nemotron_h" and not s.warnings
    kinds = s.layer_attention
    assert (kinds.count("linear"), kinds.count("full"), kinds.count("none")) == (27, 4, 25)
    tensors = {t.name for t in model_tensors(s)}
    # layer 0 is Mamba2 (M), layer 1 an MLP (-), layer 14 attention (*): one norm each
    assert {"blk.0.ssm_in.weight", "blk.0.attn_norm.weight"} <= tensors
    assert not any(n.startswith("blk.0.ffn") for n in tensors)
    assert {"blk.1.ffn_up.weight", "blk.1.ffn_down.weight"} <= tensors
    assert "blk.1.ffn_gate.weight" not in tensors  # squared ReLU, not gated
    assert "blk.14.attn_q.weight" in tensors and "blk.14.ffn_norm.weight" not in tensors
    # d_inner is heads x head_dim (128 x 80 = 10240), not expand x hidden
    assert s.linear_value_dim == 10240 and s.linear_key_heads == 8
    # source: nvidia/NVIDIA-Nemotron-Nano-9B-v2 model page, 8.89B parameters
    assert round(param_counts(s).total / 1e7) == 889
    assert llamacpp_kv(s, 8192) == 4 * 8192 * 2048 * 2


def test_falcon_h1_keeps_kv_and_ssm_state_on_every_layer() -> None:
    s = spec(cfg.FALCON_H1_7B)
    assert s.model_type == "falcon_h1" and s.parallel_ssm and not s.warnings
    assert s.n_state_layers == 44 and all(s.has_attention(i) for i in range(44))
    names = {t.name for t in model_tensors(s) if t.layer == 0}
    assert {"blk.0.attn_q.weight", "blk.0.ssm_in.weight", "blk.0.ffn_gate.weight"} <= names
    assert "blk.0.ssm_norm.weight" not in names  # mamba_rms_norm false
    assert llamacpp_kv(s, 4096) == 44 * 4096 * 512 * 2
    per_layer = (3 * (3072 + 2 * 256) + 256 * 3072) * 4
    est = estimate(s, Q4, Workload(runtime="llama.cpp", context_tokens=4096))
    assert by_term(est, "recurrent_state") == 44 * per_layer


def test_bad_mamba_sizes_name_the_field() -> None:
    with pytest.raises(SpecError) as e:
        spec({**cfg.GRANITE_4_H_SMALL, "mamba_n_heads": 100})
    assert "mamba_n_heads" in message(e.value)
    with pytest.raises(SpecError) as e:
        spec({**cfg.NEMOTRON_NANO_9B_V2, "hybrid_override_pattern": "M*?" + "-" * 53})
    assert "hybrid_override_pattern[2]" in message(e.value)
    with pytest.raises(SpecError) as e:
        spec({**cfg.NEMOTRON_NANO_9B_V2, "hybrid_override_pattern": "M*-"})
    assert "hybrid_override_pattern" in message(e.value)
    with pytest.raises(SpecError) as e:
        spec({**cfg.GRANITE_4_H_SMALL, "layer_types": ["mamba"] * 39 + ["moe"]})
    assert "layer_types[39]" in message(e.value)


# --- Llama 4 ----------------------------------------------------------------------------------


def test_llama4_layers_experts_and_published_counts() -> None:
    scout, maverick = spec(cfg.LLAMA4_SCOUT), spec(cfg.LLAMA4_MAVERICK)
    assert scout.model_type == maverick.model_type == "llama4"
    for s in (scout, maverick):
        assert [i for i in range(48) if s.attention_of(i) == "full"] == list(range(3, 48, 4))
        assert s.attention_chunk_tokens == 8192
    assert scout.moe_layers == () and scout.shared_expert_intermediate_size == 8192
    assert maverick.moe_layers == tuple(i % 2 == 1 for i in range(48))
    dense = {t.name: t.shape for t in model_tensors(maverick) if t.layer == 0}
    assert dense["blk.0.ffn_up.weight"] == (5120, 16384)  # intermediate_size_mlp
    # source: Meta's model cards, "17B activated, 109B total" / "400B total"; the published
    # totals count the 0.87B vision encoder (catalog params_outside_text_model)
    vision = 871_936_768
    assert round((param_counts(scout).total + vision) / 1e9) == 109
    assert round((param_counts(maverick).total + vision) / 1e11) == 4
    assert round(param_counts(scout).active / 1e9) == round(param_counts(maverick).active / 1e9)
    assert round(param_counts(scout).active / 1e9) == 17


def test_llama4_chunked_layers_per_runtime() -> None:
    s = spec(cfg.LLAMA4_SCOUT)
    per_cell = 2 * 8 * 128 * 2  # K + V, f16
    # llama.cpp: the 36 chunked layers use the iSWA cache, n_swa = 8192 cells plus a ubatch,
    # padded to 256; the 12 global layers all cells. source: llama.cpp llama-kv-cache-iswa.cpp
    assert llamacpp_kv(s, 131072) == (12 * 131072 + 36 * (8192 + 512)) * per_cell
    assert llamacpp_kv(s, 4096) == 48 * 4096 * per_cell
    # transformers: one chunk on the chunked layers
    hf = hf_kv_layers(s, tokens=131072, batch=1, kv_type="bf16")
    assert sum(k.bytes for k in hf) == (12 * 131072 + 36 * 8192) * per_cell
    # vLLM turns the hybrid KV manager off for chunked attention: every token, every layer
    vllm = vllm_kv_layers(s, tokens=131072, batch=1, kv_type="bf16")
    assert sum(k.bytes for k in vllm) == 48 * 131072 * per_cell
    est = estimate(s, BF16, Workload(runtime="vllm", context_tokens=8192))
    assert "estimate.vllm_chunked_full_cache" in {n.code for n in est.notes}


def test_chunked_layers_need_a_chunk_length() -> None:
    s = spec(cfg.LLAMA4_SCOUT)
    with pytest.raises(SpecError) as e:
        ModelSpec(**{**_fields(s), "attention_chunk_tokens": None})
    assert message(e.value) == (
        "attention_chunk_size must be set when some layers use chunked attention"
    )
    with pytest.raises(SpecError) as e:
        spec(
            {
                **cfg.LLAMA4_SCOUT,
                "text_config": {**cfg.LLAMA4_SCOUT["text_config"], "no_rope_layers": [1, 0]},
            }
        )  # type: ignore[dict-item]
    assert "no_rope_layers" in message(e.value)


def _fields(s: ModelSpec) -> dict[str, object]:
    return {f: getattr(s, f) for f in s.__dataclass_fields__}


# --- LFM2 -------------------------------------------------------------------------------------


def test_lfm2_short_conv_layers_keep_a_two_token_state() -> None:
    s = spec(cfg.LFM2_1_2B)
    assert s.model_type == "lfm2" and s.linear_kind == "short_conv" and s.tied_embeddings
    assert [i for i in range(16) if s.has_attention(i)] == [2, 5, 8, 10, 12, 14]
    assert s.intermediate_size == 8192  # 2/3 of block_ff_dim 12288, rounded to 256
    # source: LiquidAI/LFM2-1.2B model card, 1.17B parameters
    assert round(param_counts(s).total / 1e7) == 117
    conv = {t.name: t.shape for t in model_tensors(s) if t.layer == 0}
    assert conv["blk.0.shortconv.conv.weight"] == (3, 2048)
    assert conv["blk.0.shortconv.in_proj.weight"] == (2048, 3 * 2048)
    # llama.cpp n_embd_r for LFM2: hidden x (L_cache - 1), f32; no SSM state
    est = estimate(s, Q4, Workload(runtime="llama.cpp", context_tokens=4096))
    assert by_term(est, "recurrent_state") == 10 * 2048 * 2 * 4
    assert llamacpp_kv(s, 4096) == 6 * 4096 * 2 * 512 * 2


# --- llama-like families ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "published_billions"),
    [
        # source: each model's card or Hugging Face safetensors size
        (cfg.SMOLLM3_3B, 3.08),  # HuggingFaceTB/SmolLM3-3B: 3.08B
        (cfg.GLM_45_AIR, 106.85),  # zai-org/GLM-4.5-Air: 106B without the MTP layer
        (cfg.MINIMAX_M2, 228.69),  # MiniMaxAI/MiniMax-M2: "230B"; safetensors 229B
        (cfg.ERNIE_45_21B_A3B, 21.83),  # baidu/ERNIE-4.5-21B-A3B-PT: 21B (21.8B)
        (cfg.SEED_OSS_36B, 36.15),  # ByteDance-Seed/Seed-OSS-36B-Instruct: 36B
        (cfg.OLMO2_7B, 7.30),  # allenai/OLMo-2-1124-7B: 7.3B
        (cfg.COMMAND_R_V01, 34.98),  # CohereForAI/c4ai-command-r-v01: 35B
        (cfg.HUNYUAN_A13B, 80.39),  # tencent/Hunyuan-A13B-Instruct: 80B
    ],
    ids=lambda v: v["model_type"] if isinstance(v, dict) else str(v),
)
def test_model_type_is_recognised_and_counts_agree(
    config: dict[str, object], published_billions: float
) -> None:
    s = spec(config)
    assert s.model_type == config["model_type"]
    assert "model.unknown_type" not in {w.code for w in s.warnings}
    assert param_counts(s).total / 1e9 == pytest.approx(published_billions, rel=0.005)


def test_family_details_that_change_weights_or_cache() -> None:
    seed = {t.role for t in model_tensors(spec(cfg.SEED_OSS_36B)) if t.layer == 0}
    assert {"attn_q_bias", "attn_k_bias", "attn_v_bias"} <= seed and "attn_output_bias" not in seed
    olmo = {t.role: t.shape for t in model_tensors(spec(cfg.OLMO2_7B)) if t.layer == 0}
    assert olmo["attn_q_norm"] == (4096,) and olmo["attn_k_norm"] == (4096,)
    minimax = {t.role: t.shape for t in model_tensors(spec(cfg.MINIMAX_M2)) if t.layer == 0}
    assert minimax["attn_q_norm"] == (48 * 128,) and minimax["attn_k_norm"] == (8 * 128,)
    cohere = spec(cfg.COMMAND_R_V01)
    roles = [t.role for t in model_tensors(cohere) if t.layer == 0]
    assert (
        roles.count("attn_norm") == 1 and "ffn_norm" not in roles and "attn_norm_bias" not in roles
    )
    # full multi-head attention: 64 KV heads cache 8x what 8 would (1.25 MiB per token in F16)
    assert llamacpp_kv(cohere, 4096) == 40 * 4096 * 2 * 8192 * 2
    glm = spec(cfg.GLM_45_AIR)
    assert [w.code for w in glm.warnings] == ["model.mtp_not_counted"]
    assert glm.moe_layers[0] is False and all(glm.moe_layers[1:]) and glm.n_shared_experts == 1
    glm_roles = {t.role for t in model_tensors(glm) if t.layer == 1}
    assert "attn_q_bias" in glm_roles and "attn_output_bias" not in glm_roles
    ernie = spec(cfg.ERNIE_45_21B_A3B)
    assert ernie.n_shared_experts == 2 and ernie.moe_layers[0] is False
    hunyuan = spec(cfg.HUNYUAN_A13B)
    assert hunyuan.qk_norm and hunyuan.n_experts_per_token == 8
    # source: Tencent's model card, 13B active
    assert round(param_counts(hunyuan).active / 1e9) == 13


# --- Gemma 3n ---------------------------------------------------------------------------------


def test_gemma3n_effective_and_raw_parameters() -> None:
    s = spec(cfg.GEMMA_3N_E4B)
    assert s.model_type == "gemma3n" and s.tied_embeddings
    counts = param_counts(s)
    per_layer_table = 262144 * 35 * 256  # vocab_size_per_layer_input x layers x width
    tensors = {t.name: t for t in model_tensors(s)}
    assert tensors["per_layer_token_embd.weight"].n_elements == per_layer_table
    assert tensors["blk.0.laurel_l.weight"].shape == (2048, 64)
    assert tensors["blk.0.altup_predict_coef.weight"].shape == (4, 16)
    assert tensors["altup_proj.weight"].shape == (2048, 2048, 3)
    # source: Google's Gemma 3n model card, "E4B: 4B effective parameters": the count without
    # the two token tables (the per-layer table runtimes may keep in CPU memory)
    assert round(counts.active_excluding_embedding / 1e9) == 4
    assert counts.embedding == 262400 * 2048 + per_layer_table


def test_gemma3n_kv_shared_layers_cache_nothing() -> None:
    s = spec(cfg.GEMMA_3N_E4B)
    kv = llamacpp_kv_layers(
        s, context_tokens=32768, n_seq=1, ubatch_tokens=512, k_type="f16", v_type="f16"
    )
    # the first 20 layers own caches: 16 sliding (512 + ubatch, padded) and 4 global
    assert [k.cells for k in kv[:5]] == [1024, 1024, 1024, 1024, 32768]
    assert all(k.cells == 0 for k in kv[20:])
    per_cell = 2 * 2 * 256 * 2
    assert sum(k.bytes for k in kv) == (16 * 1024 + 4 * 32768) * per_cell
    vllm = vllm_kv_layers(s, tokens=32768, batch=1, kv_type="bf16")
    assert sum(k.bytes for k in vllm) == (16 * 512 + 4 * 32768) * per_cell


def test_gemma3n_per_layer_embeddings_stay_in_ram_with_llamacpp() -> None:
    s = spec(cfg.GEMMA_3N_E4B)
    est = estimate(s, Q4, Workload(runtime="llama.cpp", context_tokens=4096), gpu_layers=99)
    host = sum(t.bytes for t in est.terms if t.name == "weights" and t.device == "ram")
    gpu = sum(t.bytes for t in est.terms if t.name == "weights" and t.device != "ram")
    # the two token tables (2.9B parameters) are most of what stays in host memory
    assert host > gpu / 2


# --- DeepSeek-V3.2 ----------------------------------------------------------------------------


def test_deepseek_v32_indexer_weights_and_cache_per_runtime() -> None:
    s = spec(cfg.DEEPSEEK_V32)
    v3 = spec({**cfg.DEEPSEEK_V32, "model_type": "deepseek_v3"})
    assert s.is_mla and s.index_head_dim == 128
    roles = {t.name: t.shape for t in model_tensors(s) if t.layer == 0}
    assert roles["blk.0.indexer.attn_q_b.weight"] == (1536, 64 * 128)
    assert roles["blk.0.indexer.attn_k.weight"] == (7168, 128)
    # wq_b 1536 x 8192 + wk 7168 x 128 + LayerNorm 2 x 128 + weights_proj 7168 x 64 per layer
    per_layer = 1536 * 8192 + 7168 * 128 + 2 * 128 + 7168 * 64
    assert param_counts(s).total - param_counts(v3).total == 61 * per_layer
    # per token and layer beside the 576-element latent: llama.cpp 128 index keys in the K
    # type (llama_kv_cache_dsa), transformers 128 in the model dtype, vLLM 128 FP8 bytes and
    # a float32 scale (132 bytes, vLLM PR #48558)
    cells = 4096
    assert llamacpp_kv(s, cells) - llamacpp_kv(v3, cells) == 61 * cells * 128 * 2
    vllm = [vllm_kv_layers(m, tokens=cells, batch=1, kv_type="bf16") for m in (s, v3)]
    assert sum(k.bytes for k in vllm[0]) - sum(k.bytes for k in vllm[1]) == 61 * cells * 132
    hf = [hf_kv_layers(m, tokens=cells, batch=1, kv_type="bf16") for m in (s, v3)]
    assert sum(k.bytes for k in hf[0]) - sum(k.bytes for k in hf[1]) == 61 * cells * 256


def test_kimi_k2_reads_as_deepseek_v3_layout() -> None:
    # source: moonshotai/Kimi-K2-Instruct config.json: DeepSeek-V3's layout with 384 experts,
    # 64 heads, first_k_dense_replace 1, vocab 163840
    kimi = spec({**cfg.DEEPSEEK_V32, "model_type": "kimi_k2", "n_routed_experts": 384,
                 "num_attention_heads": 64, "num_key_value_heads": 64,
                 "first_k_dense_replace": 1, "vocab_size": 163840})  # fmt: skip
    assert kimi.is_mla and kimi.n_experts == 384 and not kimi.warnings
    # source: Moonshot's model card, "1 trillion total parameters, 32 billion activated"
    # (truncated like DeepSeek's figures: 32.86B computed)
    assert round(param_counts(kimi).total / 1e12) == 1
    assert param_counts(kimi).active // 10**9 == 32
