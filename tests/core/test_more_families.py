"""The second round of issue 15's families (GLM-4-0414, Command R7B / A, EXAONE 3.5 / 4.0,
Granite 3.x dense and MoE, Phi-3.5-MoE, OLMoE, LFM2-MoE, Hunyuan dense, ERNIE 4.5 dense,
InternLM3, StarCoder2, Phi-2), each from its published config.json: no "unknown type" note,
the right layer kinds, the KV cache per token, and the parameter count against the vendor's."""

from __future__ import annotations

import pytest
from tests._support.messages import message

from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.core.kv import hf_kv_layers, llamacpp_kv_layers
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors, param_counts


def _layers(kind: str, n: int, at: tuple[int, ...], other: str) -> list[str]:
    return [kind if i in at else other for i in range(n)]


# source: https://huggingface.co/THUDM/GLM-4-9B-0414/blob/main/config.json
GLM4_9B = {
    "architectures": ["Glm4ForCausalLM"], "model_type": "glm4", "attention_bias": True,
    "head_dim": 128, "hidden_size": 4096, "intermediate_size": 13696,
    "max_position_embeddings": 32768, "num_attention_heads": 32, "num_hidden_layers": 40,
    "num_key_value_heads": 2, "partial_rotary_factor": 0.5, "tie_word_embeddings": False,
    "torch_dtype": "bfloat16", "vocab_size": 151552,
}  # fmt: skip
# source: https://huggingface.co/CohereForAI/c4ai-command-r7b-12-2024/blob/main/config.json
COMMAND_R7B = {
    "architectures": ["Cohere2ForCausalLM"], "model_type": "cohere2", "hidden_size": 4096,
    "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32,
    "num_key_value_heads": 8, "vocab_size": 256000, "max_position_embeddings": 8192,
    "sliding_window": 4096, "sliding_window_pattern": 4, "logit_scale": 0.25,
    "use_qk_norm": False, "rope_theta": 50000,
}  # fmt: skip
# source: https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct/blob/main/config.json
EXAONE_35_7_8B = {
    "architectures": ["ExaoneForCausalLM"], "model_type": "exaone", "hidden_size": 4096,
    "intermediate_size": 14336, "num_layers": 32, "num_attention_heads": 32,
    "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 102400,
    "max_position_embeddings": 32768, "tie_word_embeddings": False,
    "activation_function": "silu", "layer_norm_epsilon": 1e-5,
}  # fmt: skip
# source: https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B/blob/main/config.json
EXAONE_4_32B = {
    "architectures": ["Exaone4ForCausalLM"], "model_type": "exaone4", "hidden_size": 5120,
    "intermediate_size": 27392, "num_hidden_layers": 64, "num_attention_heads": 40,
    "num_key_value_heads": 8, "head_dim": 128, "vocab_size": 102400,
    "max_position_embeddings": 131072, "sliding_window": 4096, "sliding_window_pattern": "LLLG",
    "tie_word_embeddings": False,
}  # fmt: skip
# source: https://huggingface.co/ibm-granite/granite-3.3-8b-instruct/blob/main/config.json
GRANITE_33_8B = {
    "architectures": ["GraniteForCausalLM"], "model_type": "granite", "hidden_size": 4096,
    "intermediate_size": 12800, "num_hidden_layers": 40, "num_attention_heads": 32,
    "num_key_value_heads": 8, "vocab_size": 49159, "max_position_embeddings": 131072,
    "tie_word_embeddings": True, "attention_bias": False, "mlp_bias": False,
    "embedding_multiplier": 12.0, "residual_multiplier": 0.22,
}  # fmt: skip
# source: https://huggingface.co/ibm-granite/granite-3.1-3b-a800m-instruct/blob/main/config.json
GRANITE_31_3B_A800M = {
    "architectures": ["GraniteMoeForCausalLM"], "model_type": "granitemoe", "hidden_size": 1536,
    "intermediate_size": 512, "num_hidden_layers": 32, "num_attention_heads": 24,
    "num_key_value_heads": 8, "num_local_experts": 40, "num_experts_per_tok": 8,
    "vocab_size": 49155, "max_position_embeddings": 131072, "tie_word_embeddings": True,
}  # fmt: skip
# source: https://huggingface.co/microsoft/Phi-3.5-MoE-instruct/blob/main/config.json
PHI_35_MOE = {
    "architectures": ["PhiMoEForCausalLM"], "model_type": "phimoe", "hidden_size": 4096,
    "intermediate_size": 6400, "num_hidden_layers": 32, "num_attention_heads": 32,
    "num_key_value_heads": 8, "num_local_experts": 16, "num_experts_per_tok": 2,
    "vocab_size": 32064, "max_position_embeddings": 131072, "attention_bias": True,
    "lm_head_bias": True, "sliding_window": 131072, "tie_word_embeddings": False,
}  # fmt: skip
# source: https://huggingface.co/allenai/OLMoE-1B-7B-0924/blob/main/config.json
OLMOE_1B_7B = {
    "architectures": ["OlmoeForCausalLM"], "model_type": "olmoe", "hidden_size": 2048,
    "intermediate_size": 1024, "num_hidden_layers": 16, "num_attention_heads": 16,
    "num_key_value_heads": 16, "num_experts": 64, "num_experts_per_tok": 8,
    "vocab_size": 50304, "max_position_embeddings": 4096, "tie_word_embeddings": False,
}  # fmt: skip
# source: https://huggingface.co/LiquidAI/LFM2-8B-A1B/blob/main/config.json (attention on
# layers 2, 6, 10, 14, 18, 21)
LFM2_8B_A1B = {
    "architectures": ["Lfm2MoeForCausalLM"], "model_type": "lfm2_moe", "hidden_size": 2048,
    "intermediate_size": 7168, "moe_intermediate_size": 1792, "num_hidden_layers": 24,
    "num_attention_heads": 32, "num_key_value_heads": 8, "num_experts": 32,
    "num_experts_per_tok": 4, "num_dense_layers": 2, "vocab_size": 65536,
    "max_position_embeddings": 128000, "conv_L_cache": 3, "conv_bias": False,
    "use_expert_bias": True, "tie_embedding": True,
    "layer_types": _layers("full_attention", 24, (2, 6, 10, 14, 18, 21), "conv"),
}  # fmt: skip
# source: https://huggingface.co/tencent/Hunyuan-7B-Instruct/blob/main/config.json
HUNYUAN_7B = {
    "architectures": ["HunYuanDenseV1ForCausalLM"], "model_type": "hunyuan_v1_dense",
    "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
    "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 128,
    "vocab_size": 128256, "max_position_embeddings": 32768, "use_qk_norm": True,
    "tie_word_embeddings": True, "attention_bias": False, "mlp_bias": False,
}  # fmt: skip
# source: https://huggingface.co/baidu/ERNIE-4.5-0.3B-PT/blob/main/config.json
ERNIE_45_03B = {
    "architectures": ["Ernie4_5ForCausalLM"], "model_type": "ernie4_5", "hidden_size": 1024,
    "intermediate_size": 3072, "num_hidden_layers": 18, "num_attention_heads": 16,
    "num_key_value_heads": 2, "head_dim": 128, "vocab_size": 103424,
    "max_position_embeddings": 131072, "use_bias": False, "tie_word_embeddings": True,
}  # fmt: skip
# source: https://huggingface.co/internlm/internlm3-8b-instruct/blob/main/config.json
INTERNLM3_8B = {
    "architectures": ["InternLM3ForCausalLM"], "model_type": "internlm3", "hidden_size": 4096,
    "intermediate_size": 10240, "num_hidden_layers": 48, "num_attention_heads": 32,
    "num_key_value_heads": 2, "head_dim": 128, "vocab_size": 128512,
    "max_position_embeddings": 32768, "qkv_bias": False, "bias": False,
    "tie_word_embeddings": False,
}  # fmt: skip
# source: https://huggingface.co/bigcode/starcoder2-3b/blob/main/config.json
STARCODER2_3B = {
    "architectures": ["Starcoder2ForCausalLM"], "model_type": "starcoder2", "hidden_size": 3072,
    "intermediate_size": 12288, "num_hidden_layers": 30, "num_attention_heads": 24,
    "num_key_value_heads": 2, "vocab_size": 49152, "max_position_embeddings": 16384,
    "sliding_window": 4096, "use_bias": True, "norm_epsilon": 1e-5,
}  # fmt: skip
# source: https://huggingface.co/microsoft/phi-2/blob/main/config.json
PHI_2 = {
    "architectures": ["PhiForCausalLM"], "model_type": "phi", "hidden_size": 2560,
    "intermediate_size": 10240, "num_hidden_layers": 32, "num_attention_heads": 32,
    "num_key_value_heads": None, "vocab_size": 51200, "max_position_embeddings": 2048,
    "partial_rotary_factor": 0.4, "qk_layernorm": False, "tie_word_embeddings": False,
}  # fmt: skip


def spec(config: dict[str, object]) -> ModelSpec:
    return spec_from_config(config, model_id=str(config["model_type"]))


def kv_per_token(s: ModelSpec, ctx: int = 65536) -> int:
    """transformers' f16/bf16 cache at ``ctx`` tokens over ``ctx``: bytes per token."""
    return sum(k.bytes for k in hf_kv_layers(s, tokens=ctx, batch=1, kv_type="f16")) // ctx


def llamacpp_kv(s: ModelSpec, ctx: int) -> int:
    layers = llamacpp_kv_layers(
        s, context_tokens=ctx, n_seq=1, ubatch_tokens=512, k_type="f16", v_type="f16"
    )
    return sum(k.bytes for k in layers)


def near(value: int, published: float, rel: float = 0.005) -> bool:
    return abs(value / published - 1) <= rel


# (config, published total, published active or None, whether the active figure leaves the
# embeddings out, full-attention KV bytes per token at f16)
CASES = {
    # source: THUDM/GLM-4-9B-0414 model card ("GLM-4-9B-0414", Hugging Face: 9.4B params)
    "glm4": (GLM4_9B, 9.4e9, None, False, 40 * 2 * 2 * 128 * 2),
    # source: CohereForAI/c4ai-command-r7b-12-2024 (Hugging Face: 8.03B params)
    "cohere2": (COMMAND_R7B, 8.03e9, None, False, 32 * 2 * 8 * 128 * 2),
    # source: EXAONE 3.5 model card ("7.82B" parameters)
    "exaone": (EXAONE_35_7_8B, 7.82e9, None, False, 32 * 2 * 8 * 128 * 2),
    # source: EXAONE 4.0 model card ("Number of Parameters (without embeddings): 30.95B")
    "exaone4": (EXAONE_4_32B, 30.95e9 + 2 * 102400 * 5120, None, False, 64 * 2 * 8 * 128 * 2),
    # source: ibm-granite/granite-3.3-8b-instruct (Hugging Face: 8.17B params)
    "granite": (GRANITE_33_8B, 8.17e9, None, False, 40 * 2 * 8 * 128 * 2),
    # source: ibm-granite/granite-3.1-3b-a800m-instruct model card (3.3B total, 800M active,
    # embeddings left out of the active figure)
    "granitemoe": (GRANITE_31_3B_A800M, 3.3e9, 0.8e9, True, 32 * 2 * 8 * 64 * 2),
    # source: microsoft/Phi-3.5-MoE-instruct model card ("41.9B", "6.6B active parameters")
    "phimoe": (PHI_35_MOE, 41.9e9, 6.6e9, False, 32 * 2 * 8 * 128 * 2),
    # source: OLMoE paper arXiv:2409.02060 ("1.3B active and 6.9B total parameters")
    "olmoe": (OLMOE_1B_7B, 6.9e9, 1.3e9, False, 16 * 2 * 16 * 128 * 2),
    # source: LiquidAI/LFM2-8B-A1B model card ("8.3B total parameters, 1.5B active")
    "lfm2_moe": (LFM2_8B_A1B, 8.3e9, 1.5e9, False, 6 * 2 * 8 * 64 * 2),
    # source: tencent/Hunyuan-7B-Instruct (Hugging Face: 7.5B params)
    "hunyuan_v1_dense": (HUNYUAN_7B, 7.5e9, None, False, 32 * 2 * 8 * 128 * 2),
    # source: baidu/ERNIE-4.5-0.3B-PT model card ("0.36B")
    "ernie4_5": (ERNIE_45_03B, 0.36e9, None, False, 18 * 2 * 2 * 128 * 2),
    # source: internlm/internlm3-8b-instruct (Hugging Face: 8.8B params)
    "internlm3": (INTERNLM3_8B, 8.8e9, None, False, 48 * 2 * 2 * 128 * 2),
    # source: bigcode/starcoder2-3b (Hugging Face: 3.03B params)
    "starcoder2": (STARCODER2_3B, 3.03e9, None, False, 30 * 2 * 2 * 128 * 2),
    # source: microsoft/phi-2 model card ("2.7 billion parameters"; Hugging Face: 2.78B)
    "phi": (PHI_2, 2.78e9, None, False, 32 * 2 * 32 * 80 * 2),
}


@pytest.mark.parametrize("model_type", CASES)
def test_family_is_read_and_counts_match_the_published_figures(model_type: str) -> None:
    config, total, active, active_without_embedding, kv_bytes = CASES[model_type]
    s = spec(config)
    assert s.model_type == model_type
    assert not [n.code for n in s.warnings]
    counts = param_counts(s)
    assert near(counts.total, total), (counts.total, total)
    if active is not None:
        got = counts.active_excluding_embedding if active_without_embedding else counts.active
        assert near(got, active, 0.05), (got, active)  # vendors round active to 1-2 digits
    # The KV cache per token of the attention layers at full width (llama.cpp, short context).
    assert llamacpp_kv(s, 4096) == 4096 * kv_bytes


def test_glm4_sandwich_norms_fused_mlp_and_qkv_biases_only() -> None:
    tensors = {t.name: t for t in model_tensors(spec(GLM4_9B))}
    assert tensors["blk.0.ffn_up.weight"].shape == (4096, 2 * 13696)
    assert "blk.0.ffn_gate.weight" not in tensors
    assert {"blk.0.attn_q.bias", "blk.0.attn_k.bias", "blk.0.attn_v.bias"} <= set(tensors)
    assert "blk.0.attn_output.bias" not in tensors
    assert sum(1 for n in tensors if n.startswith("blk.0.") and "norm" in n) == 4


@pytest.mark.parametrize("config", [COMMAND_R7B, EXAONE_4_32B], ids=["cohere2", "exaone4"])
def test_three_of_four_layers_slide_over_4096_tokens(config: dict[str, object]) -> None:
    s = spec(config)
    assert s.sliding_window_tokens == 4096
    assert [s.attention_of(i) for i in range(8)] == ["sliding"] * 3 + ["full"] + ["sliding"] * 3 + [
        "full"
    ]
    # llama.cpp's iSWA cache: the global quarter grows with context, the rest stops at the
    # window (padded), so 128k tokens cost far less than four times 32k
    short, long = llamacpp_kv(s, 32768), llamacpp_kv(s, 131072)
    per_token_global = s.n_layers // 4 * 2 * s.n_kv_heads * s.head_dim * 2
    assert long - short == (131072 - 32768) * per_token_global
    # transformers keeps the window on sliding layers too
    assert kv_per_token(s, 131072) < kv_per_token(s, 4096)


def test_exaone4_without_a_window_is_global_everywhere() -> None:
    # EXAONE 4.0 1.2B: sliding_window null. source:
    # https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-1.2B/blob/main/config.json
    s = spec({**EXAONE_4_32B, "sliding_window": None, "hidden_size": 2048,
              "num_hidden_layers": 30, "num_attention_heads": 32, "head_dim": 64,
              "intermediate_size": 4096, "tie_word_embeddings": True})  # fmt: skip
    assert s.layer_attention == () and s.sliding_window_tokens is None
    # source: EXAONE 4.0 model card, 1.2B: "1.07B" without embeddings
    assert near(param_counts(s).total - 102400 * 2048, 1.07e9)
    # post-norm layers: two norms, plus per-head q/k norms
    names = {t.name for t in model_tensors(s)}
    assert {"blk.0.attn_q_norm.weight", "blk.0.attn_k_norm.weight"} <= names


def test_lfm2_moe_dense_first_layers_and_buffer_bias() -> None:
    s = spec(LFM2_8B_A1B)
    assert s.moe_layers[:3] == (False, False, True) and s.linear_kind == "short_conv"
    tensors = {t.name: t for t in model_tensors(s)}
    assert tensors["blk.0.ffn_up.weight"].shape == (2048, 7168)  # used as is, not 2/3
    assert tensors["blk.2.ffn_up_exps.weight"].shape == (2048, 1792, 32)
    # the router's expert bias is in the GGUF, but transformers registers it as a buffer
    assert "blk.2.exp_probs_b.bias" in tensors


def test_phi_families_have_an_lm_head_bias_and_layernorm_biases() -> None:
    for config in (PHI_2, PHI_35_MOE):
        tensors = {t.name: t for t in model_tensors(spec(config))}
        assert tensors["output.bias"].shape == (config["vocab_size"],)
        assert "output_norm.bias" in tensors and "blk.0.attn_norm.bias" in tensors
    phi2 = {t.name for t in model_tensors(spec(PHI_2))}
    assert "blk.0.ffn_norm.weight" not in phi2  # one norm for the parallel block
    assert "blk.0.ffn_gate.weight" not in phi2 and "blk.0.ffn_up.bias" in phi2


def test_starcoder2_slides_every_layer_in_transformers_not_in_llama_cpp() -> None:
    s = spec(STARCODER2_3B)
    assert s.layer_attention == ("sliding",) * 30
    # llama.cpp's starcoder2 graph keeps a full cache (not an iSWA architecture)
    assert llamacpp_kv(s, 16384) == 4 * llamacpp_kv(s, 4096)
    assert kv_per_token(s, 16384) < kv_per_token(s, 4096)


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({**COMMAND_R7B, "sliding_window_pattern": "LLXG"}, "sliding_window_pattern"),
        ({**COMMAND_R7B, "sliding_window_pattern": 0}, "sliding_window_pattern"),
        ({**EXAONE_4_32B, "layer_types": ["sliding_attention"] * 3}, "layer_types"),
        ({**EXAONE_4_32B, "layer_types": ["local"] * 64}, "layer_types[0]"),
        ({**LFM2_8B_A1B, "num_dense_layers": 99}, "num_dense_layers"),
        ({**GRANITE_31_3B_A800M, "num_experts_per_tok": "8"}, "num_experts_per_tok"),
        ({**ERNIE_45_03B, "use_bias": "yes"}, "use_bias"),
        ({**INTERNLM3_8B, "qkv_bias": 1}, "qkv_bias"),
        ({**EXAONE_35_7_8B, "num_layers": -1}, "num_hidden_layers"),
    ],
    ids=["pattern-letter", "pattern-zero", "types-length", "types-value", "dense-layers",
         "top-k-string", "bias-string", "qkv-bias-int", "exaone-layers"],
)  # fmt: skip
def test_hostile_values_of_the_new_fields_end_in_one_clear_error(
    config: dict[str, object], field: str
) -> None:
    with pytest.raises(SpecError) as raised:
        spec(config)
    text = message(raised.value)
    assert field in text and "\n" not in text
