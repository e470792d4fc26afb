"""Vision towers (core.vision): parameters from real config.json values, image tokens in the
context, and the encoder's memory in llama.cpp, transformers and vLLM."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
from tests._support import vision_configs as cfg

from vramscope.core.api import estimate
from vramscope.core.errors import SpecError
from vramscope.core.formats import parse_weight_format
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.runtimes.vision import vllm_profiled_images
from vramscope.core.tensors import param_counts
from vramscope.core.terms import KV_CACHE, VISION_COMPUTE, VISION_WEIGHTS
from vramscope.core.vision import VisionTower, vision_from_config
from vramscope.core.workload import Workload

Q4 = parse_weight_format("q4_k_m")
BF16 = parse_weight_format("bf16")
RUNS = (("llama.cpp", Q4), ("transformers", BF16), ("vllm", BF16))


def spec(config: dict[str, object]) -> ModelSpec:
    return spec_from_config(config, model_id=str(config["model_type"]))


def tower(s: ModelSpec) -> VisionTower:
    assert s.vision is not None
    return s.vision


def by_term(est: object, name: str) -> int:
    return sum(t.bytes for t in est.terms if t.name == name)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("config", "total"),
    [
        # Hugging Face safetensors totals of the repositories in tests/_support/vision_configs
        (cfg.GEMMA3_4B, 4_300_079_472),  # google/gemma-3-4b-it
        (cfg.QWEN2_5_VL_7B, 8_292_166_656),  # Qwen/Qwen2.5-VL-7B-Instruct
        (cfg.MISTRAL_SMALL_3_1, 24_011_361_280),  # mistralai/Mistral-Small-3.1-24B-Instruct-2503
        (cfg.QWEN3_VL_8B, 8_767_123_696),  # Qwen/Qwen3-VL-8B-Instruct
        (cfg.QWEN3_VL_30B_A3B, 31_070_754_032),  # Qwen/Qwen3-VL-30B-A3B-Instruct
    ],
    ids=("gemma-3-4b", "qwen2.5-vl-7b", "mistral-small-3.1", "qwen3-vl-8b", "qwen3-vl-30b-a3b"),
)
def test_text_and_tower_add_up_to_the_published_total(
    config: dict[str, object], total: int
) -> None:
    s = spec(config)
    assert param_counts(s).total + tower(s).params == total
    assert not s.warnings


def test_siglip_is_the_published_400m_encoder() -> None:
    t = tower(spec(cfg.GEMMA3_4B))
    # The projector is an RMSNorm of 1152 and a 1152 x 2560 matrix (Gemma3MultiModalProjector);
    # the encoder alone is SigLIP-So400m, "417M" in the Gemma 3 report (arXiv:2503.19786, Tab. 1).
    encoder = t.params - (1152 + 1152 * 2560)
    assert round(encoder / 1e6) == 417
    # 896 px / 14 = 64 patches a side, pooled to mm_tokens_per_image = 256
    assert (t.patches_per_image, t.tokens_per_image, t.image_px) == (4096, 256, 896)


def test_qwen2_5_vl_visual_matches_the_checkpoint() -> None:
    # source: the "visual" module of Qwen2.5-VL-7B-Instruct counts 676,550,144 parameters
    # (7,615,616,512 trainable once it is frozen; the text model of Qwen2.5-7B)
    t = tower(spec(cfg.QWEN2_5_VL_7B))
    assert t.params == 676_550_144
    # 1024 px rounds to 37 merged tokens a side (smart_resize to a multiple of 28)
    assert (t.tokens_per_image, t.patches_per_image) == (37 * 37, 74 * 74)


def test_dynamic_towers_take_the_documented_image_size() -> None:
    qwen3 = vision_from_config(cfg.QWEN3_VL_8B, 4096)
    assert qwen3 is not None and qwen3.tokens_per_image == 32 * 32  # 1024 / (16 x 2)
    small = vision_from_config(cfg.QWEN3_VL_8B, 4096, image_px=512)
    assert small is not None and small.tokens_per_image == 16 * 16
    # Pixtral: 1024 px -> 74 patches a side, merged 2 x 2 to 37, one break token per row
    pixtral = tower(spec(cfg.MISTRAL_SMALL_3_1))
    assert pixtral.tokens_per_image == 37 * 37 + 37
    # Pixtral's largest image is its image_size (1540 px): 55 x 55 + 55 tokens
    big = vision_from_config(cfg.MISTRAL_SMALL_3_1, 5120, image_px=4000)
    assert big is not None and big.image_px == 1540 and big.tokens_per_image == 55 * 55 + 55


@pytest.mark.parametrize(("runtime", "fmt"), RUNS)
@pytest.mark.parametrize("config", [cfg.GEMMA3_4B, cfg.QWEN2_5_VL_7B, cfg.MISTRAL_SMALL_3_1])
def test_more_images_never_need_less_memory(runtime: str, fmt: object, config: dict) -> None:
    s = spec(config)
    peaks = [
        estimate(s, fmt, Workload(runtime=runtime, context_tokens=4096, images=n)).needed_gpu_bytes  # type: ignore[arg-type]
        for n in (0, 1, 2, 4, 16)
    ]
    assert peaks == sorted(peaks)
    assert peaks[1] > peaks[0]


@pytest.mark.parametrize(("runtime", "fmt"), RUNS)
def test_image_tokens_grow_the_kv_cache(runtime: str, fmt: object) -> None:
    s = spec(cfg.GEMMA3_4B)
    text = estimate(s, fmt, Workload(runtime=runtime, context_tokens=4096 + 2 * 256))  # type: ignore[arg-type]
    two = estimate(s, fmt, Workload(runtime=runtime, context_tokens=4096, images=2))  # type: ignore[arg-type]
    # two images of 256 tokens cache exactly what 512 more text tokens would
    assert by_term(two, KV_CACHE) == by_term(text, KV_CACHE)
    assert by_term(two, KV_CACHE) > by_term(
        estimate(s, fmt, Workload(runtime=runtime, context_tokens=4096)),  # type: ignore[arg-type]
        KV_CACHE,
    )
    # the estimate keeps the user's context; a note says what the images added
    assert two.workload.context_tokens == 4096
    assert "estimate.image_tokens" in {n.code for n in two.notes}


@pytest.mark.parametrize(("runtime", "fmt"), RUNS)
def test_no_images_is_the_text_model_alone(runtime: str, fmt: object) -> None:
    s = spec(cfg.QWEN2_5_VL_7B)
    wl = Workload(runtime=runtime, context_tokens=8192)
    with_tower = estimate(s, fmt, wl)  # type: ignore[arg-type]
    text_only = estimate(replace(s, vision=None), fmt, wl)  # type: ignore[arg-type]
    assert with_tower.terms == text_only.terms
    assert not by_term(with_tower, VISION_WEIGHTS)


def test_llamacpp_mmproj_weights_and_compute_buffer() -> None:
    s = spec(cfg.GEMMA3_4B)
    t = tower(s)
    one = estimate(s, Q4, Workload(context_tokens=4096, images=1))
    four = estimate(s, Q4, Workload(context_tokens=4096, images=4))
    assert by_term(one, VISION_WEIGHTS) == 2 * t.params  # mmproj F16
    # images are encoded one at a time: the buffer is sized for one image
    assert by_term(one, VISION_COMPUTE) == by_term(four, VISION_COMPUTE)
    # F32 rows of 4096 patches x (5 x 1152 + 4304) with flash attention (the default "auto")
    assert by_term(one, VISION_COMPUTE) == 4 * 4096 * (5 * 1152 + 4304)
    no_fa = estimate(s, Q4, Workload(context_tokens=4096, images=1, flash_attention="off"))
    # without flash attention the 16 heads' 4096 x 4096 F32 scores are added
    assert by_term(no_fa, VISION_COMPUTE) - by_term(one, VISION_COMPUTE) == 4 * 16 * 4096**2
    assert {t.device for t in one.terms if t.name == VISION_WEIGHTS} == {"gpu0"}
    cpu = estimate(s, Q4, Workload(context_tokens=4096, images=1), n_gpus=0)
    assert {t.device for t in cpu.terms if t.name == VISION_WEIGHTS} == {"ram"}


def test_llamacpp_loads_a_real_mmproj_even_without_images() -> None:
    s = spec(cfg.GEMMA3_4B)
    real = replace(s, vision=replace(tower(s), mmproj_bytes=851_000_000, mmproj_type="Q8_0"))
    est = estimate(real, Q4, Workload(context_tokens=4096))
    assert by_term(est, VISION_WEIGHTS) == 851_000_000
    # transformers has no mmproj file: no image, no tower
    assert not by_term(estimate(real, BF16, Workload(runtime="transformers")), VISION_WEIGHTS)


def test_transformers_encodes_every_image_in_one_forward() -> None:
    s = spec(cfg.QWEN2_5_VL_7B)
    t = tower(s)
    one = estimate(s, BF16, Workload(runtime="transformers", images=1))
    three = estimate(s, BF16, Workload(runtime="transformers", images=3))
    assert by_term(one, VISION_WEIGHTS) == 2 * t.params  # bf16
    assert by_term(three, VISION_COMPUTE) == 3 * by_term(one, VISION_COMPUTE)
    fp32 = estimate(s, BF16, Workload(runtime="transformers", images=1, compute_dtype="fp32"))
    assert by_term(fp32, VISION_WEIGHTS) == 4 * t.params


def test_vllm_profiles_a_capped_batch_of_images() -> None:
    s = spec(cfg.GEMMA3_4B)
    t = tower(s)
    # 256 sequences x 1 image, capped by the 8192-token encoder budget: 8192 / 256 = 32 images
    assert vllm_profiled_images(t, Workload(runtime="vllm", images=1)) == 32
    # Qwen2.5-VL's 1369-token images: 8192 // 1369 = 5
    q = tower(spec(cfg.QWEN2_5_VL_7B))
    assert vllm_profiled_images(q, Workload(runtime="vllm", images=1)) == 5
    two = estimate(s, BF16, Workload(runtime="vllm", images=1), n_gpus=2)
    weights = [x.bytes for x in two.terms if x.name == VISION_WEIGHTS]
    assert weights == [t.params, t.params]  # bf16 split over tensor parallelism


def test_images_for_a_text_model_are_noted_and_ignored() -> None:
    s = replace(spec(cfg.GEMMA3_4B), vision=None)
    est = estimate(s, Q4, Workload(images=2))
    assert "estimate.images_without_tower" in {n.code for n in est.notes}
    assert not by_term(est, VISION_WEIGHTS)


def test_training_leaves_the_tower_out() -> None:
    s = spec(cfg.GEMMA3_4B)
    est = estimate(s, BF16, Workload(runtime="transformers", mode="lora", images=1))
    assert not by_term(est, VISION_WEIGHTS)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("hidden_size", "1152"),
        ("hidden_size", -1),
        ("num_hidden_layers", 10**9),
        ("image_size", 10**7),
        ("patch_size", True),
        ("intermediate_size", 1.5),
    ],
)
def test_hostile_vision_config_names_the_key(key: str, value: object) -> None:
    config = copy.deepcopy(cfg.GEMMA3_4B)
    config["vision_config"][key] = value
    with pytest.raises(SpecError) as err:
        spec(config)
    assert err.value.note.args["field"] == f"vision_config.{key}"


def test_vision_config_must_be_an_object_and_incomplete_ones_are_not_guessed() -> None:
    bad = {**cfg.QWEN2_5_VL_7B, "vision_config": [1, 2]}
    with pytest.raises(SpecError) as err:
        spec(bad)
    assert err.value.note.args["field"] == "vision_config"
    partial = copy.deepcopy(cfg.QWEN2_5_VL_7B)
    del partial["vision_config"]["depth"]
    s = spec(partial)
    assert s.vision is None
    assert [w.code for w in s.warnings] == ["model.vision_not_counted"]


def test_images_per_prompt_are_bounded() -> None:
    with pytest.raises(SpecError):
        Workload(images=-1)
    with pytest.raises(SpecError):
        Workload(images=10**6)
