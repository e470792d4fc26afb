"""One llama.cpp run as the per-term functions see it: the settings as llama.cpp applies them
(padded context, micro-batch, placement) and the per-layer prefix sums they read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from ...constants import LLAMACPP_CTX_PAD_TOKENS, LLAMACPP_REPACKED_TYPES_BY_CPU
from ...errors import SpecError
from ...hardware import CpuKind
from ...kv import pad
from ...model import ModelSpec
from ...notes import Note
from ...weights import WeightLayout
from ...workload import Workload
from .layout import KvSums, LayoutSums, Prefix, kv_sums, layer_ranges, layout_sums, recurrent

__all__ = ["FLOAT_CACHE_TYPES", "Run", "prepare", "with_flash_attention_for_cache"]

# Cache types the kernels read without converting (anything else is a quantized cache).
FLOAT_CACHE_TYPES = ("f16", "bf16", "f32")

# A quantized V cache needs flash attention (without it llama.cpp stores V transposed, one
# element per row, which block quantization cannot hold). source: llama.cpp
# src/llama-context.cpp, llama_init_from_model: with a quantized type_v, flash_attn_type AUTO
# becomes ENABLED ("enabling flash_attn since it is required for quantized V cache") and
# DISABLED is refused ("quantized V cache requires flash_attn to be enabled"). An estimate of
# the refused combination would blank every table cell, so it is estimated as llama.cpp runs
# the nearest working setting, auto, with this note.
FLASH_ATTENTION_FOR_CACHE = "estimate.flash_attention_for_quantized_v"


def with_flash_attention_for_cache(wl: Workload) -> tuple[Workload, Note | None]:
    """``wl`` as llama.cpp can run it: flash attention "off" with a quantized V cache becomes
    "auto" (which llama.cpp turns on), with a note saying so; any other workload as it is."""
    if wl.flash_attention_on or wl.v_cache_type in FLOAT_CACHE_TYPES:
        return wl, None
    return replace(wl, flash_attention="auto"), Note.of(
        FLASH_ATTENTION_FOR_CACHE, v_cache_type=wl.v_cache_type
    )


class Run(NamedTuple):
    """A llama.cpp run at a fixed placement: ``ranges`` are the repeating layers of each GPU,
    ``cpu_layers`` those left on the CPU, ``host_kv_layers`` those whose cache lives in system
    RAM (all of them without KV offload); ``n_ctx`` is the padded cache size in cells.

    A named tuple, not a dataclass, and the flags computed once in :func:`prepare`: every
    estimate builds one and the per-term functions read it a few dozen times.
    """

    spec: ModelSpec
    layout: WeightLayout
    wl: Workload
    n_gpus: int
    gpu_layers: int
    n_seq: int
    n_ctx: int
    n_ub: int
    fa: bool
    kv: KvSums
    rs_layer: int
    rs_prefix: Prefix
    sums: LayoutSums
    ranges: tuple[range, ...]
    cpu_layers: range
    host_kv_layers: range
    # whether the CPU layers' weights are repacked (sums.repack: which types): only where no
    # GPU backend's host buffer type comes first (see prepare)
    cpu_repack: bool
    output_on_gpu: bool
    # whether K or V is stored in a quantized type (the kernels convert it to F16)
    quantized_kv: bool
    # GPU layers whose routed-expert tensors --n-cpu-moe keeps in system RAM (the first
    # n_cpu_moe layers that are on a GPU; the CPU's layers hold their experts anyway)
    moe_cpu_layers: range = range(0)
    # a CUDA build with -ngl 0: every layer on the CPU, but the GPU runs the prompt's large
    # matrix products and reserves a compute buffer for them (compute.py)
    gpu_assist: bool = False


@lru_cache(maxsize=4096)
def _ranges(n_layer: int, gpu_layers: int, split: tuple[float, ...]) -> tuple[range, ...]:
    """:func:`layer_ranges` once per placement: the solvers ask for the same few again."""
    return tuple(layer_ranges(n_layer, gpu_layers, split))


def prepare(
    spec: ModelSpec,
    layout: WeightLayout,
    wl: Workload,
    gpu_layers: int,
    gpu_split: Sequence[float],
    cpu: CpuKind,
    gpu_assist: bool = False,
) -> Run:
    """Check the options and apply llama.cpp's padding and placement rules.

    The CPU backend repacks the types ``cpu`` has kernels for (LLAMACPP_REPACKED_TYPES_BY_CPU),
    but only when no GPU backend is loaded: llama.cpp's list of buffer types for CPU weights
    puts a GPU's host (pinned) buffer type before the CPU's extra (repack) types, so a CUDA
    build keeps CPU layers in CUDA_Host, or in the plain mapped CPU buffer with mmap, never in
    CPU_REPACK. source: llama.cpp src/llama-model.cpp make_cpu_buft_list ("CPU: ACCEL -> GPU
    host -> CPU extra -> CPU") and load_tensors ("avoid using a host buffer when using mmap");
    calibration llamacpp-h100.jsonl (-ngl 16 Q4_K_M: CUDA_Host 2395 MiB, no CPU_REPACK).
    Metal has no host buffer type, so on Apple Silicon the CPU layers are repacked beside it.
    """
    n_layer = spec.n_layers
    if gpu_layers < 0:
        raise SpecError("runtime.negative_gpu_layers", field="gpu_layers", value=gpu_layers)
    n_gpus = len(gpu_split) if gpu_layers > 0 else 0
    gpu_layers = min(gpu_layers, n_layer + 1) if n_gpus else 0
    n_seq = wl.batch
    n_ctx = pad(wl.context_tokens * n_seq, LLAMACPP_CTX_PAD_TOKENS)
    n_ub = min(wl.ubatch_tokens, n_ctx)
    # a quantized V cache with flash attention off never gets here: estimate_llamacpp switches
    # it to auto first (see with_flash_attention_for_cache)
    fa = wl.flash_attention_on
    k_type, v_type = wl.kv_cache_type, wl.v_cache_type
    rs_layer, rs_prefix = recurrent(spec, n_seq)
    ranges = _ranges(n_layer, gpu_layers, tuple(gpu_split)) if n_gpus else ()
    cpu_layers = range(ranges[0].start if ranges else n_layer)
    moe_cpu_layers = range(cpu_layers.stop, max(cpu_layers.stop, min(wl.n_cpu_moe, n_layer)))
    return Run(
        spec,
        layout,
        wl,
        n_gpus,
        gpu_layers,
        n_seq,
        n_ctx,
        n_ub,
        fa,
        kv_sums(spec, wl.context_tokens, n_seq, n_ub, k_type, v_type),
        rs_layer,
        rs_prefix,
        layout_sums(layout, LLAMACPP_REPACKED_TYPES_BY_CPU[cpu]),
        ranges,
        cpu_layers,
        cpu_layers if wl.kv_offload else range(n_layer),
        not (n_gpus or gpu_assist) or cpu == "apple",
        n_gpus > 0 and gpu_layers >= 1,
        k_type not in FLOAT_CACHE_TYPES or v_type not in FLOAT_CACHE_TYPES,
        moe_cpu_layers,
        gpu_assist and not n_gpus,
    )
