"""config.json -> ModelSpec: published parameter counts, attention layouts, defaults, and
hostile input (never anything but SpecError)."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._support.configs import QWEN3_NEXT
from tests._support.messages import english, message

from vramscope.core.errors import SpecError
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors, param_counts


def spec(config: dict[str, Any]) -> ModelSpec:
    return spec_from_config(config, model_id="test/model")


# Real config.json values (only the fields that matter; the rest does not change the count).
# Each entry: (config, published total, published or reference active or None).
PUBLISHED: dict[str, tuple[dict[str, Any], int, int | None]] = {
    # meta-llama/Llama-3.1-8B config.json; 8,030,261,248 = safetensors total (reference §1.4).
    "llama-3.1-8b": ({
        "model_type": "llama", "hidden_size": 4096, "intermediate_size": 14336,
        "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
        "vocab_size": 128256, "max_position_embeddings": 131072, "tie_word_embeddings": False,
    }, 8_030_261_248, None),
    # mistralai/Mistral-7B-v0.1 config.json; 7,241,732,096 = safetensors total (§1.4).
    "mistral-7b-v0.1": ({
        "model_type": "mistral", "hidden_size": 4096, "intermediate_size": 14336,
        "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
        "vocab_size": 32000, "max_position_embeddings": 32768, "sliding_window": 4096,
        "tie_word_embeddings": False,
    }, 7_241_732_096, None),
    # Qwen/Qwen2.5-7B config.json; 7,615,616,512 = safetensors total (§1.4).
    "qwen2.5-7b": ({
        "model_type": "qwen2", "hidden_size": 3584, "intermediate_size": 18944,
        "num_hidden_layers": 28, "num_attention_heads": 28, "num_key_value_heads": 4,
        "vocab_size": 152064, "max_position_embeddings": 131072, "tie_word_embeddings": False,
        "use_sliding_window": False, "sliding_window": 131072, "max_window_layers": 28,
    }, 7_615_616_512, None),
    # Qwen/Qwen2.5-0.5B config.json; 494,032,768 = safetensors total (§1.4).
    "qwen2.5-0.5b": ({
        "model_type": "qwen2", "hidden_size": 896, "intermediate_size": 4864,
        "num_hidden_layers": 24, "num_attention_heads": 14, "num_key_value_heads": 2,
        "vocab_size": 151936, "max_position_embeddings": 32768, "tie_word_embeddings": True,
        "use_sliding_window": False, "sliding_window": 32768, "max_window_layers": 24,
    }, 494_032_768, None),
    # Qwen/Qwen3-8B config.json; 8,190,735,360 = safetensors total (§1.4).
    "qwen3-8b": ({
        "model_type": "qwen3", "hidden_size": 4096, "intermediate_size": 12288,
        "num_hidden_layers": 36, "num_attention_heads": 32, "num_key_value_heads": 8,
        "head_dim": 128, "vocab_size": 151936, "max_position_embeddings": 40960,
        "tie_word_embeddings": False, "attention_bias": False, "use_sliding_window": False,
        "sliding_window": None, "max_window_layers": 36,
    }, 8_190_735_360, None),
    # google/gemma-2-9b config.json (tie_word_embeddings absent: Gemma2Config default True);
    # 9,241,705,984 = safetensors total (§1.4).
    "gemma-2-9b": ({
        "model_type": "gemma2", "hidden_size": 3584, "intermediate_size": 14336,
        "num_hidden_layers": 42, "num_attention_heads": 16, "num_key_value_heads": 8,
        "head_dim": 256, "vocab_size": 256000, "max_position_embeddings": 8192,
        "sliding_window": 4096,
    }, 9_241_705_984, None),
    # google/gemma-2-2b config.json; 2,614,341,888 = safetensors total (§1.4).
    "gemma-2-2b": ({
        "model_type": "gemma2", "hidden_size": 2304, "intermediate_size": 9216,
        "num_hidden_layers": 26, "num_attention_heads": 8, "num_key_value_heads": 4,
        "head_dim": 256, "vocab_size": 256000, "max_position_embeddings": 8192,
        "sliding_window": 4096,
    }, 2_614_341_888, None),
    # google/gemma-3-1b-pt config.json; 999,885,952 = safetensors total (§1.4).
    "gemma-3-1b": ({
        "model_type": "gemma3_text", "hidden_size": 1152, "intermediate_size": 6912,
        "num_hidden_layers": 26, "num_attention_heads": 4, "num_key_value_heads": 1,
        "head_dim": 256, "vocab_size": 262144, "max_position_embeddings": 32768,
        "sliding_window": 512, "sliding_window_pattern": 6,
    }, 999_885_952, None),
    # microsoft/Phi-3-mini-4k-instruct config.json; 3,821,079,552 = safetensors total (§1.4).
    "phi-3-mini": ({
        "model_type": "phi3", "hidden_size": 3072, "intermediate_size": 8192,
        "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 32,
        "vocab_size": 32064, "max_position_embeddings": 4096, "sliding_window": 2047,
        "tie_word_embeddings": False,
    }, 3_821_079_552, None),
    # openai-community/gpt2 config.json; 124,439,808 = safetensors total (§1.4).
    "gpt2": ({
        "model_type": "gpt2", "n_embd": 768, "n_layer": 12, "n_head": 12, "n_positions": 1024,
        "n_ctx": 1024, "n_inner": None, "vocab_size": 50257,
    }, 124_439_808, None),
    # openai-community/gpt2-large config.json; 774,030,080 = safetensors total ("774M").
    "gpt2-large": ({
        "model_type": "gpt2", "n_embd": 1280, "n_layer": 36, "n_head": 20, "n_positions": 1024,
        "n_ctx": 1024, "vocab_size": 50257,
    }, 774_030_080, None),
    # bigscience/bloom config.json; 176,247,271,424 = model card "176,247,271,424 parameters".
    "bloom": ({
        "model_type": "bloom", "hidden_size": 14336, "n_layer": 70, "n_head": 112,
        "vocab_size": 250880,
    }, 176_247_271_424, None),
    # t5-11b config.json (no feed_forward_proj: T5Config default relu; tied by default);
    # 11,307,321,344 = HF num_parameters() of T5ForConditionalGeneration ("11B").
    "t5-11b": ({
        "model_type": "t5", "d_model": 1024, "d_ff": 65536, "d_kv": 128, "num_heads": 128,
        "num_layers": 24, "vocab_size": 32128, "n_positions": 512,
        "relative_attention_num_buckets": 32,
    }, 11_307_321_344, None),
    # mistralai/Mixtral-8x7B-v0.1 config.json; 46.7B total / 12.9B active (Mistral), exact
    # values from reference §1.4.
    "mixtral-8x7b": ({
        "model_type": "mixtral", "hidden_size": 4096, "intermediate_size": 14336,
        "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
        "vocab_size": 32000, "max_position_embeddings": 32768, "num_local_experts": 8,
        "num_experts_per_tok": 2, "sliding_window": None, "tie_word_embeddings": False,
    }, 46_702_792_704, 12_879_925_248),
    # Qwen/Qwen3-30B-A3B config.json; 30.5B total / 3.3B active (Qwen), exact values §1.4.
    "qwen3-30b-a3b": ({
        "model_type": "qwen3_moe", "hidden_size": 2048, "intermediate_size": 6144,
        "moe_intermediate_size": 768, "num_hidden_layers": 48, "num_attention_heads": 32,
        "num_key_value_heads": 4, "head_dim": 128, "vocab_size": 151936, "num_experts": 128,
        "num_experts_per_tok": 8, "decoder_sparse_step": 1, "mlp_only_layers": [],
        "max_position_embeddings": 40960, "tie_word_embeddings": False,
    }, 30_532_122_624, 3_353_032_704),
    # openai/gpt-oss-20b config.json; 20.9B total (model card), exact values §1.4.
    "gpt-oss-20b": ({
        "model_type": "gpt_oss", "hidden_size": 2880, "intermediate_size": 2880,
        "num_hidden_layers": 24, "num_attention_heads": 64, "num_key_value_heads": 8,
        "head_dim": 64, "vocab_size": 201088, "num_local_experts": 32,
        "num_experts_per_tok": 4, "experts_per_token": 4, "sliding_window": 128,
        "max_position_embeddings": 131072, "tie_word_embeddings": False,
        "attention_bias": True, "layer_types": ["sliding_attention", "full_attention"] * 12,
        "quantization_config": {"quant_method": "mxfp4"},
    }, 20_914_757_184, 4_187_440_704),
    # deepseek-ai/DeepSeek-V3 config.json; 671B total / 37B active (arXiv:2412.19437), exact
    # values §1.4 (without the 14B MTP module that transformers does not load).
    "deepseek-v3": ({
        "model_type": "deepseek_v3", "hidden_size": 7168, "intermediate_size": 18432,
        "moe_intermediate_size": 2048, "num_hidden_layers": 61, "num_attention_heads": 128,
        "num_key_value_heads": 128, "vocab_size": 129280, "q_lora_rank": 1536,
        "kv_lora_rank": 512, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128,
        "v_head_dim": 128, "n_routed_experts": 256, "n_shared_experts": 1,
        "num_experts_per_tok": 8, "first_k_dense_replace": 3, "moe_layer_freq": 1,
        "max_position_embeddings": 163840, "tie_word_embeddings": False,
        "quantization_config": {"quant_method": "fp8", "fmt": "e4m3",
                                "weight_block_size": [128, 128]},
    }, 671_026_404_352, 37_552_282_624),
}  # fmt: skip


@pytest.mark.parametrize("key", sorted(PUBLISHED))
def test_published_parameter_counts(key: str) -> None:
    config, total, active = PUBLISHED[key]
    counts = param_counts(spec(config))
    assert counts.total == total
    if active is not None:
        assert counts.active == active
    else:
        assert counts.active == counts.total


# The calibration set is copied into the repository (tests/data/calibration/SOURCE.md).
CALIBRATION = Path(__file__).resolve().parents[1] / "data" / "calibration"


# n_params measured by shared/calibration/h100-transformers.jsonl (transformers 5.17.0).
CALIBRATION_PARAMS = {
    "qwen2.5-0.5b": 494_032_768,
    "llama-3.2-1b": 1_235_814_400,
    "mistral-7b-v0.3": 7_248_023_552,
    "llama-3.1-8b": 8_030_261_248,
    "qwen2.5-7b": 7_615_616_512,
}


def test_calibration_configs_give_measured_n_params() -> None:
    measured: dict[str, int] = {}
    for line in (CALIBRATION / "h100-transformers.jsonl").read_text().splitlines():
        row = json.loads(line)
        # Quantized rows report packed 4-bit storage in n_params; the float rows are the count.
        if row.get("quant", "bf16") in ("bf16", "fp32") and "n_params" in row:
            measured[row["model"]] = row["n_params"]
    assert measured == CALIBRATION_PARAMS
    files = sorted((CALIBRATION / "configs").glob("*.json"))
    assert {f.stem for f in files} == set(CALIBRATION_PARAMS)
    for path in files:
        config = json.loads(path.read_text())
        parsed = spec_from_config(config, model_id=path.stem)
        assert param_counts(parsed).total == measured[path.stem], path.stem
        assert parsed.warnings == ()
        assert parsed.stored_dtype == "bfloat16"


# Layer attention layouts -------------------------------------------------------------------


def test_gemma2_alternates_starting_with_sliding() -> None:
    parsed = spec(PUBLISHED["gemma-2-2b"][0])
    # transformers Gemma2Config: layer i slides when (i + 1) % 2 (layer 0 slides).
    assert parsed.layer_attention == ("sliding", "full") * 13
    assert parsed.sliding_window_tokens == 4096
    assert parsed.norms_per_layer == 4


def test_gemma3_five_local_to_one_global() -> None:
    parsed = spec(PUBLISHED["gemma-3-1b"][0])
    # sliding_window_pattern 6: layers 5, 11, 17, 23 are global (google/gemma-3-1b-pt).
    globals_ = [i for i, kind in enumerate(parsed.layer_attention) if kind == "full"]
    assert globals_ == [5, 11, 17, 23]
    assert parsed.sliding_window_tokens == 512
    assert parsed.qk_norm
    assert parsed.tied_embeddings


def test_gemma3_layer_types_override_pattern() -> None:
    config = dict(PUBLISHED["gemma-3-1b"][0])
    config["layer_types"] = ["full_attention"] + ["sliding_attention"] * 25
    parsed = spec(config)
    assert parsed.layer_attention == ("full",) + ("sliding",) * 25


def test_gpt_oss_alternates_from_layer_types() -> None:
    parsed = spec(PUBLISHED["gpt-oss-20b"][0])
    assert parsed.layer_attention == ("sliding", "full") * 12
    assert parsed.sliding_window_tokens == 128
    assert parsed.stored_format == "mxfp4"
    assert parsed.attn_sinks and parsed.router_bias and parsed.expert_bias


def test_gpt_oss_default_layer_types() -> None:
    config = dict(PUBLISHED["gpt-oss-20b"][0])
    del config["layer_types"]
    # transformers GptOssConfig default: same alternation as Gemma 2.
    assert spec(config).layer_attention == ("sliding", "full") * 12


def test_mistral_v01_slides_on_every_layer_v03_on_none() -> None:
    v01 = spec(PUBLISHED["mistral-7b-v0.1"][0])
    assert v01.layer_attention == ("sliding",) * 32
    assert v01.sliding_window_tokens == 4096
    v03 = dict(PUBLISHED["mistral-7b-v0.1"][0], sliding_window=None, vocab_size=32768)
    assert spec(v03).layer_attention == ()
    assert spec(v03).sliding_window_tokens is None


def test_qwen2_window_is_off_unless_enabled() -> None:
    config = PUBLISHED["qwen2.5-7b"][0]
    assert spec(config).layer_attention == ()
    enabled = dict(config, use_sliding_window=True, sliding_window=4096, max_window_layers=20)
    # transformers Qwen2Config: layers i >= max_window_layers slide.
    assert spec(enabled).layer_attention == ("full",) * 20 + ("sliding",) * 8


def test_phi3_window_is_not_modelled() -> None:
    # llama.cpp disables Phi-3 SWA; full attention is the upper bound.
    assert spec(PUBLISHED["phi-3-mini"][0]).layer_attention == ()


def test_unknown_layer_type_is_full_with_warning() -> None:
    config = dict(PUBLISHED["gemma-3-1b"][0])
    config["layer_types"] = ["chunked_attention"] + ["sliding_attention"] * 25
    parsed = spec(config)
    assert parsed.layer_attention[0] == "full"
    assert [w.code for w in parsed.warnings] == ["model.layer_type_as_full"]
    assert english(parsed.warnings) == [
        "layer_types[0] 'chunked_attention' estimated as full attention"
    ]


# Families and defaults ----------------------------------------------------------------------


def test_defaults_for_head_dim_kv_heads_and_tie() -> None:
    config = {
        "model_type": "llama", "hidden_size": 2048, "intermediate_size": 8192,
        "num_hidden_layers": 4, "num_attention_heads": 16, "vocab_size": 1000,
        "max_position_embeddings": 2048,
    }  # fmt: skip
    parsed = spec(config)
    assert (parsed.head_dim, parsed.n_kv_heads, parsed.tied_embeddings) == (128, 16, False)
    # Same fields under Gemma: GemmaConfig ties by default.
    assert spec(dict(config, model_type="gemma")).tied_embeddings


def test_multimodal_gemma3_text_config() -> None:
    # google/gemma-3-4b-it config.json: text_config lists only these; the rest are
    # Gemma3TextConfig defaults (8 heads, 4 KV heads, head_dim 256, vocab 262208).
    config = {
        "architectures": ["Gemma3ForConditionalGeneration"], "model_type": "gemma3",
        "text_config": {
            "hidden_size": 2560, "intermediate_size": 10240, "model_type": "gemma3_text",
            "num_hidden_layers": 34, "rope_scaling": {"factor": 8.0, "rope_type": "linear"},
            "sliding_window": 1024,
        },
        "torch_dtype": "bfloat16",
        "vision_config": {"hidden_size": 1152, "model_type": "siglip_vision_model"},
    }  # fmt: skip
    parsed = spec(config)
    assert parsed.model_type == "gemma3_text"
    assert (parsed.n_heads, parsed.n_kv_heads, parsed.head_dim) == (8, 4, 256)
    assert parsed.vocab_size == 262208
    assert parsed.max_context_tokens == 131072
    assert parsed.sliding_window_tokens == 1024
    assert parsed.layer_attention.count("full") == 5  # layers 5, 11, 17, 23, 29
    assert english(parsed.warnings) == [
        "vision tower not counted: estimate covers the text model only"
    ]
    # The token table takes the class default vocabulary: 262208 x 2560.
    assert param_counts(parsed).embedding == 262_208 * 2560


def test_t5_v11_gated_and_untied() -> None:
    # google/t5-v1_1-small config.json; 76,961,152 = safetensors total ("77M").
    config = {
        "model_type": "t5", "d_model": 512, "d_ff": 1024, "d_kv": 64, "num_heads": 6,
        "num_layers": 8, "num_decoder_layers": 8, "vocab_size": 32128,
        "feed_forward_proj": "gated-gelu", "tie_word_embeddings": False,
        "relative_attention_num_buckets": 32,
    }  # fmt: skip
    parsed = spec(config)
    assert parsed.mlp == "gated"
    assert parsed.is_encoder_decoder
    assert parsed.max_context_tokens == 512  # T5 default n_positions
    assert param_counts(parsed).total == 76_961_152


def test_deepseek_v2_lite_without_q_lora() -> None:
    # deepseek-ai/DeepSeek-V2-Lite config.json; 15,706,484,224 = safetensors total ("15.7B").
    config = {
        "model_type": "deepseek_v2", "hidden_size": 2048, "intermediate_size": 10944,
        "moe_intermediate_size": 1408, "num_hidden_layers": 27, "num_attention_heads": 16,
        "num_key_value_heads": 16, "vocab_size": 102400, "q_lora_rank": None,
        "kv_lora_rank": 512, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128,
        "v_head_dim": 128, "n_routed_experts": 64, "n_shared_experts": 2,
        "num_experts_per_tok": 6, "first_k_dense_replace": 1, "moe_layer_freq": 1,
        "max_position_embeddings": 163840,
    }  # fmt: skip
    parsed = spec(config)
    assert parsed.is_mla and parsed.q_lora_rank == 0
    assert parsed.moe_layers == (False,) + (True,) * 26
    assert param_counts(parsed).total == 15_706_484_224


def test_qwen2_moe_dense_layers_and_shared_expert() -> None:
    # Qwen/Qwen1.5-MoE-A2.7B config.json; 14,315,784,192 = safetensors total ("14.3B").
    config = {
        "model_type": "qwen2_moe", "hidden_size": 2048, "intermediate_size": 5632,
        "moe_intermediate_size": 1408, "shared_expert_intermediate_size": 5632,
        "num_hidden_layers": 24, "num_attention_heads": 16, "num_key_value_heads": 16,
        "vocab_size": 151936, "num_experts": 60, "num_experts_per_tok": 4,
        "decoder_sparse_step": 1, "max_position_embeddings": 8192,
        "tie_word_embeddings": False,
    }  # fmt: skip
    parsed = spec(config)
    assert parsed.shared_expert_gate and parsed.qkv_bias and not parsed.o_bias
    assert param_counts(parsed).total == 14_315_784_192
    # mlp_only_layers makes those layers dense; decoder_sparse_step 2 routes odd layers only.
    assert spec(dict(config, mlp_only_layers=[0, 5])).moe_layers[:6] == (
        False, True, True, True, True, False,
    )  # fmt: skip
    assert spec(dict(config, decoder_sparse_step=2)).moe_layers[:4] == (False, True, False, True)


def test_unknown_model_type_is_a_generic_decoder_with_warning() -> None:
    config = dict(PUBLISHED["llama-3.1-8b"][0], model_type="foo")
    parsed = spec(config)
    assert english(parsed.warnings) == ["unknown model_type 'foo': estimated as a generic decoder"]
    assert param_counts(parsed).total == 8_030_261_248


def test_unrecognised_dtype_and_multi_token_prediction_warn() -> None:
    config = dict(PUBLISHED["llama-3.1-8b"][0], torch_dtype="float8")
    parsed = spec(config)
    assert parsed.stored_dtype == "bfloat16"
    assert english(parsed.warnings) == ["torch_dtype 'float8' not recognised: assumed bfloat16"]
    # Qwen3-Next checkpoints carry one MTP layer (mtp_num_hidden_layers 1 in its config.json)
    parsed = spec(dict(QWEN3_NEXT, mtp_num_hidden_layers=1))
    assert [w.code for w in parsed.warnings] == ["model.mtp_not_counted"]
    assert english(parsed.warnings)[0].startswith("multi-token prediction block not counted")


def test_unknown_model_type_without_fields_names_the_missing_one() -> None:
    with pytest.raises(SpecError) as raised:
        spec({"model_type": "foo", "hidden_size": 64, "num_hidden_layers": 2,
              "num_attention_heads": 4, "vocab_size": 100})  # fmt: skip
    assert re.search("intermediate_size", message(raised.value))


@pytest.mark.parametrize(
    ("quant", "expected"),
    [
        ({"quant_method": "gptq", "bits": 4, "group_size": 128}, "gptq-4bit"),
        ({"quant_method": "gptq", "bits": 4, "group_size": 32}, "gptq-4bit-g32"),
        ({"quant_method": "gptq", "bits": 8, "group_size": -1}, "gptq-8bit-gchannel"),
        ({"quant_method": "awq", "bits": 4, "group_size": 128}, "awq-4bit"),
        ({"quant_method": "fp8", "activation_scheme": "dynamic"}, "fp8"),
        ({"quant_method": "compressed-tensors", "config_groups": {"group_0": {
            "weights": {"num_bits": 8, "type": "float"}}}}, "fp8"),
        ({"quant_method": "bitsandbytes", "load_in_4bit": True,
          "bnb_4bit_quant_type": "nf4"}, "nf4"),
        ({"quant_method": "bitsandbytes", "load_in_4bit": True,
          "bnb_4bit_quant_type": "fp4"}, "fp4"),
        ({"quant_method": "bitsandbytes", "load_in_8bit": True}, "int8"),
        ({"quant_method": "mxfp4"}, "mxfp4"),
    ],
)  # fmt: skip
def test_quantization_config_formats(quant: dict[str, Any], expected: str) -> None:
    config = dict(PUBLISHED["llama-3.1-8b"][0], quantization_config=quant)
    assert spec(config).stored_format == expected


def test_unrecognised_quantization_warns() -> None:
    config = dict(PUBLISHED["llama-3.1-8b"][0], quantization_config={"quant_method": "hqq"})
    parsed = spec(config)
    assert parsed.stored_format is None
    assert english(parsed.warnings) == [
        "quantization 'hqq' not recognised: weights estimated from the dtype"
    ]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [("torch_dtype", "float16", "float16"), ("dtype", "float32", "float32"),
     ("torch_dtype", "bfloat16", "bfloat16")],
)  # fmt: skip
def test_stored_dtype(key: str, value: str, expected: str) -> None:
    assert spec(dict(PUBLISHED["llama-3.1-8b"][0], **{key: value})).stored_dtype == expected


def test_context_length_fields() -> None:
    assert spec(PUBLISHED["gpt2"][0]).max_context_tokens == 1024
    assert spec(PUBLISHED["qwen3-8b"][0]).max_context_tokens == 40960
    # BLOOM stores no context length (ALiBi): 2048, its training length.
    assert spec(PUBLISHED["bloom"][0]).max_context_tokens == 2048


# Hostile input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"hidden_size": "4096"}, "hidden_size"),
        ({"hidden_size": True}, "hidden_size"),
        ({"hidden_size": -1}, "hidden_size"),
        ({"hidden_size": 2_000_000}, "hidden_size"),
        ({"num_hidden_layers": 20_000}, "num_hidden_layers"),
        ({"num_hidden_layers": 1.5}, "num_hidden_layers"),
        ({"num_key_value_heads": 7}, "num_key_value_heads"),
        ({"tie_word_embeddings": "yes"}, "tie_word_embeddings"),
        ({"model_type": ["llama"]}, "model_type"),
        ({"text_config": "gemma"}, "text_config"),
        ({"quantization_config": 4}, "quantization_config"),
        ({"layer_types": "full_attention", "sliding_window": 8,
          "model_type": "gemma2"}, "layer_types"),
        ({"torch_dtype": 16}, "torch_dtype"),
    ],
)  # fmt: skip
def test_bad_fields_raise_spec_error_naming_them(change: dict[str, Any], field: str) -> None:
    config = dict(PUBLISHED["llama-3.1-8b"][0], **change)
    with pytest.raises(SpecError) as info:
        spec(config)
    assert re.search(field, message(info.value))
    assert "\n" not in message(info.value)


def test_missing_field_is_named() -> None:
    config = dict(PUBLISHED["llama-3.1-8b"][0])
    del config["vocab_size"]
    with pytest.raises(SpecError) as raised:
        spec(config)
    assert re.search("vocab_size", message(raised.value))


def test_not_a_mapping() -> None:
    with pytest.raises(SpecError) as raised:
        spec_from_config([1, 2], model_id="x")  # type: ignore[arg-type]
    assert re.search("object", message(raised.value))


_KEYS = [
    "model_type", "hidden_size", "intermediate_size", "num_hidden_layers",
    "num_attention_heads", "num_key_value_heads", "head_dim", "vocab_size",
    "max_position_embeddings", "tie_word_embeddings", "sliding_window", "layer_types",
    "sliding_window_pattern", "num_experts", "num_local_experts", "num_experts_per_tok",
    "moe_intermediate_size", "mlp_only_layers", "decoder_sparse_step", "text_config",
    "quantization_config", "torch_dtype", "n_embd", "n_layer", "n_head", "d_model", "d_kv",
    "d_ff", "num_layers", "num_heads", "kv_lora_rank", "q_lora_rank", "qk_rope_head_dim",
    "qk_nope_head_dim", "v_head_dim", "n_routed_experts", "first_k_dense_replace",
    "use_sliding_window", "max_window_layers", "shared_expert_intermediate_size",
]  # fmt: skip
_TYPES = ["llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3_moe", "gemma2",
          "gemma3", "gemma3_text", "phi3", "gpt2", "bloom", "t5", "deepseek_v3", "gpt_oss",
          "foo"]  # fmt: skip
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 5000),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(_TYPES),
    st.sampled_from(["sliding_attention", "full_attention", "gptq", "bitsandbytes"]),
)
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.dictionaries(st.sampled_from([*_KEYS, "quant_method", "bits"]), inner, max_size=6),
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(
    base=st.sampled_from(sorted(PUBLISHED)),
    edits=st.dictionaries(st.sampled_from(_KEYS), _json, max_size=6),
)
def test_hostile_configs_only_raise_spec_error(base: str, edits: dict[str, Any]) -> None:
    config = dict(PUBLISHED[base][0], **edits)
    try:
        parsed = spec_from_config(config, model_id="fuzz")
    except SpecError as error:
        assert "\n" not in str(error)
        return
    # Whatever parses must also yield a consistent tensor inventory.
    counts = param_counts(parsed)
    assert 0 < counts.active <= counts.total


@settings(max_examples=300, deadline=None)
@given(config=st.dictionaries(st.sampled_from(_KEYS), _json, max_size=12))
def test_random_dicts_only_raise_spec_error(config: dict[str, Any]) -> None:
    with contextlib.suppress(SpecError):
        spec_from_config(config, model_id="fuzz")


def test_qwen3_next_layers_alternate_three_linear_one_full() -> None:
    s = spec(QWEN3_NEXT)
    assert s.layer_attention[:4] == ("linear", "linear", "linear", "full")
    assert s.n_linear_layers == 36 and s.is_hybrid
    assert (s.linear_key_dim, s.linear_value_dim, s.linear_conv_dim) == (2048, 4096, 8192)
    assert s.attn_output_gate and s.qk_norm and s.shared_expert_gate
    assert s.sliding_window_tokens is None
    assert s.warnings == ()


def test_layer_types_list_wins_over_the_interval() -> None:
    kinds = ["linear_attention"] * 47 + ["full_attention"]
    s = spec({**QWEN3_NEXT, "layer_types": kinds})
    assert s.layer_attention.count("full") == 1 and s.layer_attention[-1] == "full"
    with pytest.raises(SpecError) as raised:
        spec({**QWEN3_NEXT, "layer_types": ["linear_attention"] * 2 + ["mamba"] * 46})
    assert re.search(r"layer_types\[2\]", message(raised.value))
    with pytest.raises(SpecError) as raised:
        spec({**QWEN3_NEXT, "layer_types": kinds[:10]})
    assert re.search("one entry per layer", message(raised.value))
    with pytest.raises(SpecError) as raised:
        spec({k: v for k, v in QWEN3_NEXT.items() if k != "linear_num_value_heads"})
    assert re.search("linear_num_value_heads", message(raised.value))


def test_qwen35_nests_the_text_model_and_may_drop_the_gate() -> None:
    # Qwen3.5 checkpoints are multimodal: the text model sits in text_config (model_type
    # qwen3_5 -> qwen3_5_text); the dense ones have no experts.
    text = {k: v for k, v in QWEN3_NEXT.items() if not k.startswith(("num_experts", "moe_",
            "shared_", "decoder_", "mlp_only", "model_type"))}  # fmt: skip
    text["attn_output_gate"] = False
    s = spec({"model_type": "qwen3_5", "text_config": text, "vision_config": {"depth": 27}})
    assert s.model_type == "qwen3_5_text" and not s.is_moe and not s.attn_output_gate
    assert s.n_linear_layers == 36
    assert "model.vision_not_counted" in [w.code for w in s.warnings]
    roles = {t.role for t in model_tensors(s) if t.layer == 0}
    assert {"attn_qkv", "attn_gate", "ssm_beta", "ssm_alpha", "ffn_up"} <= roles
