"""Weight bytes per format and their placement groups (vramscope.core.weights)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._support.messages import message
from tests._support.specs import LLAMA_31_8B, LLAMA_32_1B

from vramscope.core.errors import SpecError
from vramscope.core.formats import WEIGHT_FORMAT_IDS, parse_weight_format
from vramscope.core.model import ModelSpec
from vramscope.core.tensors import model_tensors, param_counts
from vramscope.core.units import GB, GIB, MIB
from vramscope.core.weights import WeightLayout, layout_from_file_tensors, weight_layout

# llama.cpp logs buffer sizes in MiB with two decimals
LOG_MIB_TOLERANCE = 0.005
# rope_freqs.weight of a Llama-3 GGUF (head_dim/2 F32, written by convert_hf_to_gguf.py for
# rope_type "llama3"); model_tensors() does not list it. llama.cpp loads it with layer 0.
ROPE_FREQS_8B_BYTES = 64 * 4
ROPE_FREQS_1B_BYTES = 32 * 4


def layout(spec: ModelSpec, fid: str, *, gguf_file: bool = False) -> WeightLayout:
    return weight_layout(spec, parse_weight_format(fid), gguf_file=gguf_file)


def mib(n_bytes: int) -> float:
    return n_bytes / MIB


# --------------------------------------------------------------------------------------------
# llama.cpp logged buffers (measured)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fid", "host_mib", "gpu_mib"),
    # source: shared/calibration/llamacpp-h100.jsonl, llama-3.1-8b ngl 99: model_buffers_mib
    # CUDA_Host (token_embd) and CUDA0 (everything else)
    [("q4_k_m", 281.81, 4403.49), ("q8_0", 532.31, 7605.33)],
)
def test_llama31_8b_full_offload_buffers(fid: str, host_mib: float, gpu_mib: float) -> None:
    lay = layout(LLAMA_31_8B, fid)
    assert mib(lay.token_embd_bytes) == pytest.approx(host_mib, abs=LOG_MIB_TOLERANCE)
    gpu = lay.total_bytes - lay.token_embd_bytes + ROPE_FREQS_8B_BYTES
    assert mib(gpu) == pytest.approx(gpu_mib, abs=LOG_MIB_TOLERANCE)


@pytest.mark.parametrize(
    ("fid", "host_mib", "gpu_mib"),
    # source: shared/calibration/llamacpp-h100.jsonl, llama-3.1-8b ngl 16 (CUDA_Host, CUDA0)
    [("q4_k_m", 2395.09, 2290.21), ("q8_0", 4289.84, 3847.80)],
)
def test_llama31_8b_partial_offload_buffers(fid: str, host_mib: float, gpu_mib: float) -> None:
    # llama.cpp counts the output layer as layer n_layer of n_layer + 1 (i_gpu_start =
    # n_layer + 1 - ngl), so -ngl 16 puts blocks 17..31 and the output layer on the GPU. This
    # pins the per-layer bytes, i.e. which blocks got Q4_K_M's use_more_bits upgrades.
    lay = layout(LLAMA_31_8B, fid)
    gpu = sum(lay.layer_bytes[17:]) + lay.output_bytes
    host = lay.total_bytes - gpu + ROPE_FREQS_8B_BYTES
    assert mib(gpu) == pytest.approx(gpu_mib, abs=LOG_MIB_TOLERANCE)
    assert mib(host) == pytest.approx(host_mib, abs=LOG_MIB_TOLERANCE)


@pytest.mark.parametrize(
    ("fid", "total_mib", "tolerance"),
    # source: shared/calibration/llamacpp-cpu.jsonl, llama-3.2-1b, model buffers without mmap.
    # Q4_K_M logs two buffers (CPU 317.31 + CPU_REPACK 445.50), so its sum carries two roundings.
    [("fp16", 2357.26, LOG_MIB_TOLERANCE), ("q8_0", 1252.41, LOG_MIB_TOLERANCE),
     ("q6_k", 967.00, LOG_MIB_TOLERANCE), ("q3_k_m", 651.37, LOG_MIB_TOLERANCE),
     ("q4_k_m", 317.31 + 445.50, 2 * LOG_MIB_TOLERANCE)],
)  # fmt: skip
def test_llama32_1b_cpu_buffers(fid: str, total_mib: float, tolerance: float) -> None:
    # Tied: the output layer reuses token_embd. On a CPU-only run both layers share one buffer
    # type, and llama.cpp's loader returns the existing tensor for a TENSOR_DUPLICATED request
    # in the same context, so the log holds the embedding once (the GPU case duplicates it:
    # output_head_bytes_if_tied).
    lay = layout(LLAMA_32_1B, fid, gguf_file=True)
    assert mib(lay.total_bytes + ROPE_FREQS_1B_BYTES) == pytest.approx(total_mib, abs=tolerance)


def test_llama32_1b_q4_k_m_mmap_span() -> None:
    # source: shared/calibration/llamacpp-cpu.jsonl, llama-3.2-1b Q4_K_M with mmap:
    # CPU_Mapped 753.81 MiB. The mapped buffer spans the file from its first to its last tensor
    # not moved to CPU_REPACK; the file ends with blk.15.ffn_up (Q4_K, repacked), so the span is
    # the total minus that tensor.
    spec = LLAMA_32_1B
    lay = layout(spec, "q4_k_m")
    last = lay.tensor_bytes[lay.tensor_names.index("blk.15.ffn_up.weight")]
    assert lay.tensor_types[lay.tensor_names.index("blk.15.ffn_up.weight")] == "Q4_K"
    span = lay.total_bytes - last + ROPE_FREQS_1B_BYTES
    assert mib(span) == pytest.approx(753.81, abs=LOG_MIB_TOLERANCE)


def test_tied_head_duplicate() -> None:
    lay = layout(LLAMA_32_1B, "q4_k_m")
    # token_embd takes the output rule (Q6_K): 128256 x 2048 x 210/256
    assert lay.output_head_bytes_if_tied == 128256 * 2048 * 210 // 256
    assert lay.output_head_bytes_if_tied == lay.token_embd_bytes  # no embedding norm
    assert lay.active_bytes == sum(lay.layer_active_bytes) + lay.output_bytes + (
        lay.output_head_bytes_if_tied
    )
    assert layout(LLAMA_31_8B, "q4_k_m").output_head_bytes_if_tied == 0


# --------------------------------------------------------------------------------------------
# transformers + bitsandbytes (measured)
# --------------------------------------------------------------------------------------------

# Allocations measure.py makes besides the weights, each rounded up to PyTorch's 512-byte
# allocation block: the torch.zeros(1) probe, and LlamaRotaryEmbedding's inv_freq and
# original_inv_freq buffers (64 fp32 each).
# source: shared/calibration/measure.py; c10/cuda/CUDACachingAllocator.cpp kMinBlockSize = 512
NON_WEIGHT_ALLOCATIONS = 3 * 512


@pytest.mark.parametrize(
    ("fid", "allocated"),
    # source: shared/calibration/h100-transformers.jsonl weights_allocated, llama-3.1-8b
    [("bf16", 16_060_524_032), ("int8", 9_086_707_200)],
)
def test_transformers_weights_exact(fid: str, allocated: int) -> None:
    # int8: 1 B/weight + an fp32 scale per output row on every nn.Linear; lm_head, embeddings
    # and norms stay bf16. Every tensor is a multiple of 512 B, so the match is exact.
    assert layout(LLAMA_31_8B, fid).total_bytes + NON_WEIGHT_ALLOCATIONS == allocated


def test_transformers_nf4_double_quant() -> None:
    # source: shared/calibration/h100-transformers.jsonl weights_allocated, llama-3.1-8b nf4
    allocated = 5_707_475_456
    predicted = layout(LLAMA_31_8B, "nf4").total_bytes
    assert predicted == pytest.approx(allocated, rel=1e-3)
    # The remainder (4,935,296 B, 0.086 %) is allocator-level, not weight layout: the same 1,536 B
    # as above; 224 quantized weights x 956 B of rounding (fp32 offset 4 -> 512, 16-entry code
    # 64 -> 512); bitsandbytes' shared 256-entry dynamic map (1,024 B); and 4.5 MiB we could not
    # attribute to a tensor (a constant, not proportional to the model).
    assert 0 < allocated - predicted < 5 * MIB


def test_reference_bnb_gptq_sizes() -> None:
    spec = LLAMA_31_8B
    # source: reference §3.4 (Llama-3.1-8B): NF4 no-DQ 6.03 GB, NF4+DQ 5.70 GB, LLM.int8 9.09 GB
    assert round(layout(spec, "fp4").total_bytes / GB, 2) == 6.03
    assert round(layout(spec, "nf4").total_bytes / GB, 2) == 5.70
    assert round(layout(spec, "int8").total_bytes / GB, 2) == 9.09
    # source: reference §3.5: Llama-3.1-8B INT4 g128 ≈ 5.73 GB
    assert round(layout(spec, "gptq-4bit").total_bytes / GB, 2) == 5.73


def test_qlora_split() -> None:
    lay = layout(LLAMA_31_8B, "nf4")
    # source: reference §3.4: linear params 6,979,321,856; embed + head 1,050,673,152 (+ norms
    # 65 x 4096): the part prepare_model_for_kbit_training upcasts to fp32
    assert lay.linear_params == 6_979_321_856
    assert lay.non_linear_params == 1_050_673_152 + 65 * 4096
    assert lay.non_linear_bytes == lay.non_linear_params * 2


def test_fp8_llama33_70b_vllm() -> None:
    # source: reference §3.8 (llm-d-benchmark empirical-vllm-memory-results.md, H100):
    # Llama-3.3-70B FP8-dynamic weights measured 67.72 GiB
    spec = ModelSpec(
        model_id="meta-llama/Llama-3.3-70B-Instruct", model_type="llama", n_layers=80,
        hidden_size=8192, n_heads=64, n_kv_heads=8, head_dim=128, intermediate_size=28672,
        vocab_size=128256, max_context_tokens=131072,
    )  # fmt: skip
    assert layout(spec, "fp8").total_bytes / GIB == pytest.approx(67.72, rel=2e-3)


def gpt_oss_20b() -> ModelSpec:
    # source: openai/gpt-oss-20b config.json
    return ModelSpec(
        model_id="openai/gpt-oss-20b", model_type="gpt_oss", n_layers=24, hidden_size=2880,
        n_heads=64, n_kv_heads=8, head_dim=64, intermediate_size=2880, vocab_size=201088,
        max_context_tokens=131072, qkv_bias=True, o_bias=True, attn_sinks=True, n_experts=32,
        n_experts_per_token=4, router_bias=True, expert_bias=True,
    )  # fmt: skip


def test_mxfp4_gpt_oss() -> None:
    lay = layout(gpt_oss_20b(), "mxfp4")
    # source: reference §3.7: 19.1 B expert params x 4.25/8 + 1.8 B bf16 ≈ 12.8 GiB (vLLM
    # measures 13.47 GiB with its kernel padding)
    assert lay.total_bytes / GIB == pytest.approx(12.8, rel=1e-2)
    assert set(lay.tensor_types) == {"MXFP4", "BF16"}


def test_exl2_formula() -> None:
    spec = LLAMA_31_8B
    lay = layout(spec, "exl2-4.0bpw")
    # source: reference §3.6: linear params x bpw/8 + V·h x head_bits/8, embeddings fp16 (CPU)
    assert lay.linear_bytes == 6_979_321_856 * 4 // 8
    assert lay.output_bytes == 128256 * 4096 * 6 // 8 + 4096 * 2
    assert lay.token_embd_bytes == 128256 * 4096 * 2


def test_gptq_awq_layout() -> None:
    spec = LLAMA_31_8B
    gptq, awq = layout(spec, "gptq-4bit"), layout(spec, "awq-4bit")
    # AWQ = 4 + 16/128 + 4/128 bits per linear weight exactly (reference §3.5); GPTQ adds g_idx
    assert awq.linear_bytes * 8 == 6_979_321_856 * 4.15625
    g_idx = 32 * (4096 * 6 + 14336) * 4
    assert gptq.linear_bytes == awq.linear_bytes + g_idx
    assert gptq.non_linear_bytes == awq.non_linear_bytes == (1_050_673_152 + 65 * 4096) * 2


# --------------------------------------------------------------------------------------------
# Groups, MoE, invariants
# --------------------------------------------------------------------------------------------


def test_moe_active_bytes() -> None:
    lay = layout(gpt_oss_20b(), "mxfp4")
    spec = gpt_oss_20b()
    for i in range(spec.n_layers):
        experts = sum(
            b for n, b in zip(lay.tensor_names, lay.tensor_bytes, strict=True)
            if n.startswith(f"blk.{i}.") and "_exps" in n
        )  # fmt: skip
        assert lay.layer_bytes[i] - lay.layer_active_bytes[i] == experts - experts * 4 // 32
    dense = layout(LLAMA_31_8B, "q4_k_m")
    assert dense.layer_active_bytes == dense.layer_bytes
    assert dense.active_bytes == dense.total_bytes - dense.token_embd_bytes


def test_encoder_bytes_t5() -> None:
    # source: google/flan-t5-base config.json
    spec = ModelSpec(
        model_id="google/flan-t5-base", model_type="t5", n_layers=12, hidden_size=768,
        n_heads=12, n_kv_heads=12, head_dim=64, intermediate_size=2048, vocab_size=32128,
        max_context_tokens=512, n_encoder_layers=12, relative_attention_buckets=32,
    )  # fmt: skip
    lay = layout(spec, "bf16")
    encoder = sum(t.n_elements for t in model_tensors(spec) if t.encoder) * 2
    assert lay.encoder_bytes == encoder > 0
    assert len(lay.layer_bytes) == 12
    assert lay.total_bytes == param_counts(spec).total * 2


def test_float_gguf_keeps_norms_f32() -> None:
    spec = LLAMA_31_8B
    hf, gguf = layout(spec, "bf16"), layout(spec, "bf16", gguf_file=True)
    assert gguf.total_bytes - hf.total_bytes == 65 * 4096 * 2
    with pytest.raises(SpecError) as raised:
        layout(spec, "nf4", gguf_file=True)
    assert re.search("nf4", message(raised.value))


@st.composite
def any_spec(draw: st.DrawFn) -> ModelSpec:
    kv = draw(st.sampled_from([1, 2, 4]))
    moe = draw(st.booleans())
    n_experts = draw(st.sampled_from([4, 8, 16])) if moe else 0
    return ModelSpec(
        model_id="random", model_type=draw(st.sampled_from(["llama", "qwen2", "mixtral"])),
        n_layers=draw(st.integers(1, 12)), hidden_size=256 * draw(st.integers(1, 8)),
        n_heads=kv * 4, n_kv_heads=kv, head_dim=64,
        intermediate_size=256 * draw(st.integers(1, 12)),
        vocab_size=draw(st.integers(512, 4096)), max_context_tokens=2048,
        tied_embeddings=draw(st.booleans()), qkv_bias=draw(st.booleans()),
        n_experts=n_experts, n_experts_per_token=2 if moe else 0,
    )  # fmt: skip


@given(any_spec(), st.sampled_from(WEIGHT_FORMAT_IDS))
@settings(max_examples=150, deadline=None)
def test_layout_invariants(spec: ModelSpec, fid: str) -> None:
    lay = layout(spec, fid)
    assert lay.total_bytes == sum(lay.tensor_bytes)
    assert lay.linear_bytes + lay.non_linear_bytes == lay.total_bytes
    assert lay.linear_params + lay.non_linear_params == sum(
        t.n_elements for t in model_tensors(spec)
    )
    assert len(lay.layer_bytes) == spec.n_layers
    assert all(a <= b for a, b in zip(lay.layer_active_bytes, lay.layer_bytes, strict=True))
    assert (lay.output_head_bytes_if_tied > 0) == spec.tied_embeddings
    assert lay.active_bytes > 0


def test_layout_validation() -> None:
    lay = layout(LLAMA_31_8B, "q4_k_m")
    with pytest.raises(SpecError) as raised:
        dataclasses.replace(lay, layer_active_bytes=lay.layer_active_bytes[:-1])
    assert re.search("layer_active_bytes", message(raised.value))
    with pytest.raises(SpecError) as raised:
        dataclasses.replace(lay, output_bytes=lay.output_bytes + 1)
    assert re.search("tensor bytes", message(raised.value))


# --------------------------------------------------------------------------------------------
# Real file headers
# --------------------------------------------------------------------------------------------


def test_file_layout_matches_prediction_gguf_names() -> None:
    spec = LLAMA_31_8B
    predicted = layout(spec, "q4_k_m")
    entries = [
        (t.name, t.shape, ty)
        for t, ty in zip(model_tensors(spec), predicted.tensor_types, strict=True)
    ]
    from_file = layout_from_file_tensors(spec, entries, format_id="q4_k_m")
    assert from_file.tensor_bytes == predicted.tensor_bytes
    assert from_file.layer_bytes == predicted.layer_bytes
    assert from_file.token_embd_bytes == predicted.token_embd_bytes
    assert from_file.output_bytes == predicted.output_bytes
    assert from_file.linear_bytes == predicted.linear_bytes
    assert from_file.output_head_bytes_if_tied == 0


def hf_llama_entries(spec: ModelSpec, *, tied: bool) -> list[tuple[str, tuple[int, ...], str]]:
    h, kv, inter = spec.hidden_size, spec.kv_dim, spec.intermediate_size
    out: list[tuple[str, tuple[int, ...], str]] = [
        ("model.embed_tokens.weight", (spec.vocab_size, h), "BF16")
    ]
    for i in range(spec.n_layers):
        p = f"model.layers.{i}."
        out += [
            (p + "input_layernorm.weight", (h,), "BF16"),
            (p + "self_attn.q_proj.weight", (spec.q_dim, h), "BF16"),
            (p + "self_attn.k_proj.weight", (kv, h), "BF16"),
            (p + "self_attn.v_proj.weight", (kv, h), "BF16"),
            (p + "self_attn.o_proj.weight", (h, spec.q_dim), "BF16"),
            (p + "post_attention_layernorm.weight", (h,), "BF16"),
            (p + "mlp.gate_proj.weight", (inter, h), "BF16"),
            (p + "mlp.up_proj.weight", (inter, h), "BF16"),
            (p + "mlp.down_proj.weight", (h, inter), "BF16"),
        ]
    out.append(("model.norm.weight", (h,), "BF16"))
    if not tied:
        out.append(("lm_head.weight", (spec.vocab_size, h), "BF16"))
    return out


def test_file_layout_hf_names() -> None:
    spec = LLAMA_31_8B
    predicted = layout(spec, "bf16")
    from_file = layout_from_file_tensors(spec, hf_llama_entries(spec, tied=False), format_id="bf16")
    assert from_file.layer_bytes == predicted.layer_bytes
    assert from_file.token_embd_bytes == predicted.token_embd_bytes
    assert from_file.output_bytes == predicted.output_bytes
    assert from_file.linear_params == predicted.linear_params
    assert from_file.other_bytes == 0


def test_file_layout_tied_and_extras() -> None:
    spec = LLAMA_32_1B
    entries = hf_llama_entries(spec, tied=True)
    entries.append(("model.layers.16.mlp.up_proj.weight", (8, 8), "F8_E4M3"))  # an MTP block
    entries.append(("model.visual.blocks.0.attn.qkv.weight", (8, 8), "F32"))
    lay = layout_from_file_tensors(spec, entries, format_id="custom")
    assert lay.output_head_bytes_if_tied == spec.vocab_size * spec.hidden_size * 2
    assert lay.other_bytes == 64 + 256


def test_file_layout_rejects_bad_entries() -> None:
    spec = LLAMA_32_1B
    with pytest.raises(SpecError) as raised:
        layout_from_file_tensors(spec, [("token_embd.weight", (2048, 10), "Q9_Z")], format_id="x")
    assert re.search("Q9_Z", message(raised.value))
    with pytest.raises(SpecError) as raised:
        layout_from_file_tensors(spec, [("token_embd.weight", (2048, -1), "F16")], format_id="x")
    assert re.search("shape", message(raised.value))
    with pytest.raises(SpecError) as raised:
        layout_from_file_tensors(spec, [], format_id="")
    assert re.search("format_id", message(raised.value))
