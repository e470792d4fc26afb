"""Every empirical constant of the estimator, each with its source.

"calibration" below means ``shared/calibration/`` (an H100 80GB HBM3, driver 580.159.04,
PyTorch 2.11 + transformers 5.17 for the transformers rows; llama.cpp commit 82bb485 for the
llama.cpp rows). Where a constant was read off those measurements, the comment says how.
"""

from __future__ import annotations

from .units import GB, MIB

# --- llama.cpp ---------------------------------------------------------------------------------

# source: llama.cpp common/common.h (n_ubatch default 512, n_batch 2048)
LLAMACPP_DEFAULT_UBATCH_TOKENS = 512
# source: llama.cpp src/llama-context.cpp pads n_ctx to a multiple of 256 (GGML_PAD(n_ctx, 256));
# calibration KV buffers are exact multiples of the 256-cell padding
LLAMACPP_CTX_PAD_TOKENS = 256
# source: llama.cpp src/llama-kv-cache-iswa.cpp:
# SWA cache = pad(min(n_ctx, n_swa*n_seq + n_ubatch), 256)
LLAMACPP_SWA_PAD_TOKENS = 256
# Recurrent (linear-attention) state: llama.cpp keeps the conv and delta-rule states in f32, one
# cell per sequence (max(1, n_seq_max)). source: llama.cpp src/llama-model.cpp create_memory
# (llama_memory_hybrid with recurrent_type_r/s GGML_TYPE_F32, recurrent_kv_size
# max(1, n_seq_max)); src/llama-memory-recurrent.cpp
LLAMACPP_RECURRENT_STATE_BYTES = 4
# Gated DeltaNet prefill runs in chunks of 64 tokens (per-chunk decay and attention matrices).
# source: llama.cpp src/models/qwen3next.cpp, delta-net-base.cpp CHUNK_SIZE 64
DELTANET_CHUNK_TOKENS = 64
# transformers' PyTorch fallback of the chunked gated delta rule (used when flash-linear-attention
# is not installed) upcasts to f32 and keeps, per token, about eight value-width tensors alive at
# its peak: q and k repeated to the value heads, v, k*beta, v*beta, the intra-chunk solution,
# k_cumdecay and the output. source: transformers models/qwen3_next/modeling_qwen3_next.py
# torch_chunk_gated_delta_rule (counted from the code, not measured)
TORCH_DELTANET_F32_VALUE_TENSORS = 8
# Device memory the CUDA backend holds beyond the buffers llama.cpp logs: CUDA context, cuBLAS
# and kernel images. source: calibration llamacpp-h100.jsonl, nvml_peak_delta_bytes minus the
# logged CUDA0 buffers: 596.8-604.5 MiB over 8 runs (median 600 MiB).
LLAMACPP_CUDA_OVERHEAD_BYTES = 600 * MIB
# Resident memory of a CPU-only llama.cpp process beyond its logged buffers (binary, libraries,
# vocabulary tables, graph metadata). source: calibration llamacpp-cpu.jsonl, peak_rss_bytes
# minus model + KV + output buffers for short prompts: 67-69 MiB.
LLAMACPP_HOST_BASE_BYTES = 68 * MIB
# Host memory the CUDA runtime adds to a llama.cpp process (driver, cuBLAS host side).
# source: calibration llamacpp-h100.jsonl, peak_rss_bytes minus the host buffers: 388-391 MiB,
# i.e. 322 MiB beyond LLAMACPP_HOST_BASE_BYTES.
LLAMACPP_CUDA_HOST_RUNTIME_BYTES = 322 * MIB
# GGML types that the x86 CPU backend repacks into an interleaved copy at load (CPU_REPACK
# buffer); with mmap the original file pages stay resident beside the copy.
# source: ggml/src/ggml-cpu/repack.cpp; calibration llamacpp-cpu.jsonl (Q4_K tensors of the
# Q4_K_M and Q3_K_M files appear as CPU_REPACK, Q8_0/Q6_K do not)
LLAMACPP_CPU_REPACKED_TYPES = frozenset({"Q4_0", "Q4_K", "IQ4_NL"})
# What the CPU backend repacks, per CPU: ggml/src/ggml-cpu/repack.cpp,
# ggml_repack_get_optimal_repack_type (read at commit 00d3d1d; every branch below predates the
# calibration build 82bb485). x86 needs AVX2 for each type (Q4_0/Q4_K/IQ4_NL/MXFP4 8x8) and
# AVX-512 adds Q2_K 8x8; without AVX2 nothing is repacked. AArch64 with dotprod (or i8mm: the
# same types, another interleave) repacks Q4_0 4x4/4x8, Q4_K/Q5_K/Q6_K 8x4/8x8 (PRs #16739,
# #17494, #18860, #19356, #18888), Q8_0 4x4/4x8 (PR #18096), IQ4_NL 4x4 and MXFP4 4x4. Apple
# Silicon (M1: dotprod; M2 on: i8mm) takes the AArch64 branches: the CPU backend's benchmarks
# in those PRs ran on an M4 with and without repack. A repacked block holds the same bytes as
# the blocks it interleaves (block_q4_0x4 = 4 x block_q4_0, block_q4_Kx8 = 8 x block_q4_K).
# The x86 AVX2 set keeps the calibrated three (llamacpp-cpu.jsonl) and adds MXFP4, which no
# calibration file holds.
LLAMACPP_REPACKED_TYPES_BY_CPU: dict[str, frozenset[str]] = {
    "x86": frozenset(),
    "x86-avx2": LLAMACPP_CPU_REPACKED_TYPES | {"MXFP4"},
    "x86-avx512": LLAMACPP_CPU_REPACKED_TYPES | {"MXFP4", "Q2_K"},
    "arm64": frozenset({"Q4_0", "Q4_K", "Q5_K", "Q6_K", "Q8_0", "IQ4_NL", "MXFP4"}),
    "apple": frozenset({"Q4_0", "Q4_K", "Q5_K", "Q6_K", "Q8_0", "IQ4_NL", "MXFP4"}),
}

# --- transformers (PyTorch) --------------------------------------------------------------------

# Device memory outside PyTorch's allocator during inference: CUDA context, lazily loaded
# kernels and the cuBLAS workspace. source: calibration h100-transformers.jsonl, nvml_peak -
# peak_reserved = 730,660,864 B in all 13 bf16/nf4 inference runs.
TORCH_CUDA_OVERHEAD_BYTES = 730_660_864
# Extra non-allocator memory once backward kernels and their workspaces are loaded.
# source: calibration, nvml_peak - peak_reserved = 804,061,184 B in the full and LoRA runs.
TORCH_TRAINING_EXTRA_BYTES = 804_061_184 - TORCH_CUDA_OVERHEAD_BYTES
# bitsandbytes LLM.int8 loads cublasLt int8 kernels. source: calibration int8 run,
# nvml_peak - peak_reserved = 797,769,728 B.
TORCH_INT8_EXTRA_BYTES = 797_769_728 - TORCH_CUDA_OVERHEAD_BYTES
# Per-token bytes of small tensors alive during a prefill besides the hidden states: input ids,
# position ids, cache positions and the attention mask (int64 each).
# source: transformers generate() builds these four int64 tensors per prompt token
TORCH_INT64_TENSORS_PER_TOKEN = 4
# The caching allocator keeps freed blocks: the KV cache grows by torch.cat every decode step
# and its blocks split cached activation segments, so reserved memory exceeds live tensors by a
# share of the KV cache. source: calibration, (peak_reserved - peak_allocated) / KV bytes
# = 0.39-0.53 for the untied models at 8-32k tokens; 0.40 keeps every case within 3%.
TORCH_KV_FRAGMENTATION = 0.40
# from_config()/from_pretrained() with tied embeddings allocate an output head before tying it
# to the input embedding; the caching allocator keeps most of that freed block.
# source: calibration, nvml_after_load - weights - 134 MB of lazily loaded kernels = 0.66x
# (Qwen2.5-0.5B) and 0.75x (Llama-3.2-1B) of the embedding matrix.
TORCH_TIED_HEAD_CACHED_FRACTION = 0.70
# Training: blocks freed in backward stay in the caching allocator when later requests have
# other sizes: the vocab-sized loss tensors, a little of the saved activations and, without
# checkpointing, the bf16 weight copies autocast kept for backward (freed layer by layer while
# fp32 gradients are allocated). source: calibration training runs, peak_reserved -
# peak_allocated = 0.75-3.18 GB, fitted on the 5 runs (each then within 3%)
TORCH_LOSS_CACHED_FRACTION = 0.35
TORCH_TRAINING_ACT_CACHED_FRACTION = 0.05
TORCH_AUTOCAST_CACHED_FRACTION = 0.75
# Cross-entropy in transformers upcasts logits to fp32 and saves log-softmax; backward creates
# an fp32 gradient beside them: about 12 bytes per logit at the peak.
# source: transformers loss/loss_utils.py ForCausalLMLoss; reference §5.4; calibration LoRA
# runs give 11.7 B per logit.
TORCH_LOSS_BYTES_PER_LOGIT = 12
# bitsandbytes 8-bit AdamW: two uint8 states + an fp32 absmax per 256 values.
# source: bitsandbytes/optim/optimizer.py (blocksize 256)
ADAMW_8BIT_BYTES_PER_PARAM = 2 + 8 / 256

# --- vLLM --------------------------------------------------------------------------------------

# source: vllm/engine/arg_utils.py (gpu_memory_utilization default 0.9)
VLLM_DEFAULT_GPU_MEMORY_UTILIZATION = 0.9
# source: vllm/config (max_num_batched_tokens default 8192 for chunked prefill in V1)
VLLM_DEFAULT_BATCHED_TOKENS = 8192
# The profiling pass runs this many dummy sequences and samples the last token of each.
# source: vllm/engine/arg_utils.py _set_default_args (max_num_seqs 256 on GPUs under 70 GiB,
# the cards hobbyists run; 1024 only on H100-class cards)
VLLM_DEFAULT_MAX_NUM_SEQS = 256
# Bytes per vocabulary entry and sampled row in the profiling sampler: the logits upcast to fp32
# and the fp32 softmax probabilities. source: vllm/v1/sample/sampler.py (logits.to(float32),
# softmax(dim=-1, dtype=float32)); vllm/v1/worker/gpu_model_runner.py _dummy_sampler_run
VLLM_SAMPLER_BYTES_PER_LOGIT = 4 + 4
# Non-torch memory and CUDA graphs in vLLM on H100. source: llm-d-benchmark
# empirical-vllm-memory-results.md (reference §4.5): non-torch 0.13 GiB, graphs 0.10-0.45 GiB
VLLM_NON_TORCH_BYTES = int(0.13 * (1 << 30))
VLLM_CUDA_GRAPH_BYTES = int(0.45 * (1 << 30))

# --- speed -------------------------------------------------------------------------------------

# Share of theoretical RAM bandwidth a CPU reaches when decode reads weights from system RAM.
# source: reference §7.1 (i9-13900K 0.68). The GPU and unified-memory shares, the fixed costs
# and the rest of the speed model are fitted per mechanism in core/speed.py (issue 13).
DECODE_EFFICIENCY_CPU = 0.65
# Defaults when a bandwidth is unknown. source: reference §7.2 (DDR4-3200 dual channel
# 51.2 GB/s; an NVMe SSD reads ~3 GB/s sequentially)
DEFAULT_RAM_BANDWIDTH = int(51.2 * GB)
DEFAULT_DISK_READ_BANDWIDTH = 3 * GB
DEFAULT_GPU_BANDWIDTH = 450 * GB
# Model FLOPs utilisation in prefill. source: reference §7.3 (0.3-0.6 on GPUs), heuristic
PREFILL_MFU = 0.4

# --- placement ---------------------------------------------------------------------------------

# Memory the OS and other programs need beyond what is "available" when a model is mapped:
# keep this much RAM free before calling a plan "fits". source: heuristic (Linux min_free and
# desktop working set), stated in the plan's assumptions
RAM_SAFETY_MARGIN_BYTES = 512 * MIB
