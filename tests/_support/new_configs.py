"""Published config.json files of the architectures added for issue 15, as the tests read them.

Each is the model's Hugging Face config.json (fields that cannot change memory left out), as
the public copies named beside it give it; the bundled catalog entries hold the same configs.
"""

from __future__ import annotations

# source: https://huggingface.co/ibm-granite/granite-4.0-h-small/blob/main/config.json; its
# GGUF (unsloth/granite-4.0-h-small-GGUF) sets head_count_kv 8 on blocks 5, 15, 25, 35 only
GRANITE_LAYER_TYPES = (
    ["mamba"] * 5 + ["attention"] + ["mamba"] * 9 + ["attention"] + ["mamba"] * 9
    + ["attention"] + ["mamba"] * 9 + ["attention"] + ["mamba"] * 4
)  # fmt: skip
GRANITE_4_H_SMALL: dict[str, object] = {
    "architectures": ["GraniteMoeHybridForCausalLM"], "model_type": "granitemoehybrid",
    "hidden_size": 4096, "num_hidden_layers": 40, "num_attention_heads": 32,
    "num_key_value_heads": 8, "intermediate_size": 768, "shared_intermediate_size": 1536,
    "num_local_experts": 72, "num_experts_per_tok": 10, "vocab_size": 100352,
    "tie_word_embeddings": True, "max_position_embeddings": 131072,
    "position_embedding_type": "nope", "mamba_d_state": 128, "mamba_n_groups": 1,
    "mamba_n_heads": 128, "mamba_d_head": 64, "mamba_expand": 2, "mamba_d_conv": 4,
    "mamba_conv_bias": True, "mamba_proj_bias": False, "layer_types": GRANITE_LAYER_TYPES,
}  # fmt: skip
# source: https://huggingface.co/ibm-granite/granite-4.0-h-tiny/blob/main/config.json
GRANITE_4_H_TINY: dict[str, object] = {
    **GRANITE_4_H_SMALL, "hidden_size": 1536, "num_attention_heads": 12,
    "num_key_value_heads": 4, "intermediate_size": 512, "shared_intermediate_size": 1024,
    "num_local_experts": 64, "num_experts_per_tok": 6, "mamba_n_heads": 48,
}  # fmt: skip
# source: https://huggingface.co/ibm-granite/granite-4.0-h-1b/blob/main/config.json (dense)
GRANITE_4_H_1B: dict[str, object] = {
    **GRANITE_4_H_TINY, "intermediate_size": 4096, "shared_intermediate_size": 4096,
    "num_local_experts": 0, "num_experts_per_tok": 0,
}  # fmt: skip

# source: https://huggingface.co/nvidia/NVIDIA-Nemotron-Nano-9B-v2/blob/main/config.json
NEMOTRON_NANO_9B_V2: dict[str, object] = {
    "architectures": ["NemotronHForCausalLM"], "model_type": "nemotron_h",
    "hidden_size": 4480, "num_hidden_layers": 56, "intermediate_size": 15680,
    "num_attention_heads": 40, "num_key_value_heads": 8, "head_dim": 128,
    "vocab_size": 131072, "max_position_embeddings": 131072, "tie_word_embeddings": False,
    "hybrid_override_pattern": "M-M-M-MM-M-M-M*-M-M-M*-M-M-M-M*-M-M-M-M*-M-MM-M-M-M-M-M-",
    "mamba_num_heads": 128, "mamba_head_dim": 80, "n_groups": 8, "ssm_state_size": 128,
    "conv_kernel": 4, "expand": 2, "use_conv_bias": True, "use_bias": False,
    "mlp_hidden_act": "relu2",
}  # fmt: skip

# source: https://huggingface.co/tiiuae/Falcon-H1-7B-Instruct/blob/main/config.json
FALCON_H1_7B: dict[str, object] = {
    "architectures": ["FalconH1ForCausalLM"], "model_type": "falcon_h1", "hidden_size": 3072,
    "num_hidden_layers": 44, "num_attention_heads": 12, "num_key_value_heads": 2,
    "head_dim": 128, "intermediate_size": 12288, "vocab_size": 130048,
    "tie_word_embeddings": False, "mamba_d_state": 256, "mamba_n_groups": 1,
    "mamba_n_heads": 24, "mamba_d_head": 128, "mamba_d_ssm": 3072, "mamba_expand": 2,
    "mamba_d_conv": 4, "mamba_rms_norm": False, "max_position_embeddings": 262144,
}  # fmt: skip

# source: https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct/blob/main/config.json
# (text_config; the same fields are quoted in vllm-project/vllm issue "Llama4 always go OOM")
_LLAMA4_TEXT: dict[str, object] = {
    "attention_bias": False, "attention_chunk_size": 8192, "head_dim": 128,
    "hidden_size": 5120, "intermediate_size": 8192, "intermediate_size_mlp": 16384,
    "model_type": "llama4_text", "num_attention_heads": 40, "num_experts_per_tok": 1,
    "num_hidden_layers": 48, "num_key_value_heads": 8, "vocab_size": 202048,
}  # fmt: skip
LLAMA4_SCOUT: dict[str, object] = {
    "architectures": ["Llama4ForConditionalGeneration"], "model_type": "llama4",
    "tie_word_embeddings": False,
    "text_config": {
        **_LLAMA4_TEXT, "interleave_moe_layer_step": 1, "num_local_experts": 16,
        "max_position_embeddings": 10485760, "use_qk_norm": True,
        "no_rope_layers": [0 if (i + 1) % 4 == 0 else 1 for i in range(48)],
    },
    "vision_config": {"hidden_size": 1408, "num_hidden_layers": 34},
}  # fmt: skip
# source: https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/
# config.json (text_config; also NVIDIA TensorRT-LLM's LLAMA_4_MAVERICK_TWO_LAYER_CONFIG test)
LLAMA4_MAVERICK: dict[str, object] = {
    "architectures": ["Llama4ForConditionalGeneration"], "model_type": "llama4",
    "tie_word_embeddings": False,
    "text_config": {
        **_LLAMA4_TEXT, "interleave_moe_layer_step": 2, "num_local_experts": 128,
        "max_position_embeddings": 1048576, "use_qk_norm": False,
    },
}  # fmt: skip

# source: https://huggingface.co/LiquidAI/LFM2-1.2B/blob/main/config.json
LFM2_1_2B: dict[str, object] = {
    "architectures": ["Lfm2ForCausalLM"], "model_type": "lfm2", "hidden_size": 2048,
    "num_hidden_layers": 16, "num_attention_heads": 32, "num_key_value_heads": 8,
    "block_ff_dim": 12288, "block_auto_adjust_ff_dim": True, "block_ffn_dim_multiplier": 1.0,
    "block_multiple_of": 256, "conv_L_cache": 3, "vocab_size": 65536,
    "max_position_embeddings": 128000, "full_attn_idxs": [2, 5, 8, 10, 12, 14],
    "tie_embedding": True,
}  # fmt: skip

# source: https://huggingface.co/HuggingFaceTB/SmolLM3-3B/blob/main/config.json
SMOLLM3_3B: dict[str, object] = {
    "architectures": ["SmolLM3ForCausalLM"], "model_type": "smollm3", "hidden_size": 2048,
    "num_hidden_layers": 36, "num_attention_heads": 16, "num_key_value_heads": 4,
    "intermediate_size": 11008, "vocab_size": 128256, "tie_word_embeddings": True,
    "max_position_embeddings": 65536, "no_rope_layer_interval": 4,
    "layer_types": ["full_attention"] * 36,
}  # fmt: skip

# source: https://huggingface.co/zai-org/GLM-4.5-Air/blob/main/config.json (as ms-swift prints it)
GLM_45_AIR: dict[str, object] = {
    "architectures": ["Glm4MoeForCausalLM"], "model_type": "glm4_moe", "attention_bias": True,
    "first_k_dense_replace": 1, "head_dim": 128, "hidden_size": 4096,
    "intermediate_size": 10944, "max_position_embeddings": 131072,
    "moe_intermediate_size": 1408, "n_routed_experts": 128, "n_shared_experts": 1,
    "num_attention_heads": 96, "num_experts_per_tok": 8, "num_hidden_layers": 46,
    "num_key_value_heads": 8, "num_nextn_predict_layers": 1, "partial_rotary_factor": 0.5,
    "tie_word_embeddings": False, "use_qk_norm": False, "vocab_size": 151552,
}  # fmt: skip

# source: https://huggingface.co/MiniMaxAI/MiniMax-M2/blob/main/config.json
MINIMAX_M2: dict[str, object] = {
    "architectures": ["MiniMaxM2ForCausalLM"], "model_type": "minimax_m2", "hidden_size": 3072,
    "intermediate_size": 1536, "num_hidden_layers": 62, "num_attention_heads": 48,
    "num_key_value_heads": 8, "head_dim": 128, "rotary_dim": 64, "num_local_experts": 256,
    "num_experts_per_tok": 8, "use_routing_bias": True, "use_qk_norm": True,
    "qk_norm_type": "per_layer", "max_position_embeddings": 196608, "vocab_size": 200064,
    "num_mtp_modules": 3, "use_mtp": True, "tie_word_embeddings": False,
}  # fmt: skip

# source: https://huggingface.co/baidu/ERNIE-4.5-21B-A3B-PT/blob/main/config.json
ERNIE_45_21B_A3B: dict[str, object] = {
    "architectures": ["Ernie4_5_MoeForCausalLM"], "model_type": "ernie4_5_moe",
    "hidden_size": 2560, "intermediate_size": 12288, "moe_intermediate_size": 1536,
    "num_hidden_layers": 28, "num_attention_heads": 20, "num_key_value_heads": 4,
    "head_dim": 128, "moe_num_experts": 64, "moe_num_shared_experts": 2, "moe_k": 6,
    "moe_layer_start_index": 1, "moe_layer_end_index": 27, "moe_layer_interval": 1,
    "vocab_size": 103424, "tie_word_embeddings": True, "use_bias": False,
    "max_position_embeddings": 131072,
}  # fmt: skip

# source: https://huggingface.co/ByteDance-Seed/Seed-OSS-36B-Instruct/blob/main/config.json
SEED_OSS_36B: dict[str, object] = {
    "architectures": ["SeedOssForCausalLM"], "model_type": "seed_oss", "hidden_size": 5120,
    "num_hidden_layers": 64, "intermediate_size": 27648, "num_attention_heads": 80,
    "num_key_value_heads": 8, "head_dim": 128, "attention_bias": True,
    "attention_out_bias": False, "vocab_size": 155136, "max_position_embeddings": 524288,
    "tie_word_embeddings": False,
}  # fmt: skip

# source: https://huggingface.co/allenai/OLMo-2-1124-7B/blob/main/config.json
OLMO2_7B: dict[str, object] = {
    "architectures": ["Olmo2ForCausalLM"], "model_type": "olmo2", "hidden_size": 4096,
    "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 32,
    "intermediate_size": 11008, "vocab_size": 100352, "max_position_embeddings": 4096,
    "attention_bias": False, "tie_word_embeddings": False,
}  # fmt: skip

# source: https://huggingface.co/CohereForAI/c4ai-command-r-v01/blob/main/config.json
COMMAND_R_V01: dict[str, object] = {
    "architectures": ["CohereForCausalLM"], "model_type": "cohere", "hidden_size": 8192,
    "num_hidden_layers": 40, "num_attention_heads": 64, "num_key_value_heads": 64,
    "intermediate_size": 22528, "vocab_size": 256000, "max_position_embeddings": 8192,
    "use_qk_norm": False, "tie_word_embeddings": True,
}  # fmt: skip

# source: https://huggingface.co/tencent/Hunyuan-A13B-Instruct/blob/main/config.json
HUNYUAN_A13B: dict[str, object] = {
    "architectures": ["HunYuanMoEV1ForCausalLM"], "model_type": "hunyuan_v1_moe",
    "hidden_size": 4096, "num_hidden_layers": 32, "num_attention_heads": 32,
    "num_key_value_heads": 8, "head_dim": 128, "num_experts": 64, "moe_topk": 8,
    "moe_intermediate_size": 3072, "num_shared_expert": 1, "intermediate_size": 3072,
    "vocab_size": 128167, "use_qk_norm": True, "tie_word_embeddings": True,
    "max_position_embeddings": 32768,
}  # fmt: skip

# source: https://huggingface.co/google/gemma-3n-E4B-it/blob/main/config.json (text_config)
GEMMA_3N_E4B: dict[str, object] = {
    "architectures": ["Gemma3nForConditionalGeneration"], "model_type": "gemma3n",
    "text_config": {
        "model_type": "gemma3n_text", "vocab_size": 262400,
        "vocab_size_per_layer_input": 262144, "hidden_size": 2048,
        "hidden_size_per_layer_input": 256, "intermediate_size": [16384] * 35,
        "num_hidden_layers": 35, "num_attention_heads": 8, "num_key_value_heads": 2,
        "head_dim": 256, "max_position_embeddings": 32768, "sliding_window": 512,
        "altup_num_inputs": 4, "altup_active_idx": 0, "laurel_rank": 64,
        "num_kv_shared_layers": 15,
        "layer_types": (["sliding_attention"] * 4 + ["full_attention"]) * 7,
    },
}  # fmt: skip

# source: https://huggingface.co/deepseek-ai/DeepSeek-V3.2/blob/main/config.json (DeepSeek-V3's
# sizes plus the lightning indexer's index_n_heads, index_head_dim, index_topk)
DEEPSEEK_V32: dict[str, object] = {
    "architectures": ["DeepseekV32ForCausalLM"], "model_type": "deepseek_v32",
    "vocab_size": 129280, "hidden_size": 7168, "intermediate_size": 18432,
    "moe_intermediate_size": 2048, "num_hidden_layers": 61, "num_nextn_predict_layers": 1,
    "num_attention_heads": 128, "num_key_value_heads": 128, "n_shared_experts": 1,
    "n_routed_experts": 256, "kv_lora_rank": 512, "q_lora_rank": 1536,
    "qk_rope_head_dim": 64, "v_head_dim": 128, "qk_nope_head_dim": 128,
    "num_experts_per_tok": 8, "first_k_dense_replace": 3, "max_position_embeddings": 163840,
    "index_n_heads": 64, "index_head_dim": 128, "index_topk": 2048,
    "tie_word_embeddings": False,
}  # fmt: skip
