"""One llama.cpp run as the per-term functions see it: the settings as llama.cpp applies them
(padded context, micro-batch, placement) and the per-layer prefix sums they read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...constants import LLAMACPP_CTX_PAD_TOKENS
from ...errors import SpecError
from ...kv import KvLayer, llamacpp_kv_layers, pad
from ...model import ModelSpec
from ...weights import WeightLayout
from ...workload import Workload
from .layout import LayoutSums, Prefix, kv_prefixes, layer_ranges, layout_sums, recurrent

__all__ = ["FLOAT_CACHE_TYPES", "Run", "prepare"]

# Cache types the kernels read without converting (anything else is a quantized cache).
FLOAT_CACHE_TYPES = ("f16", "bf16", "f32")


@dataclass(frozen=True, slots=True)
class Run:
    """A llama.cpp run at a fixed placement: ``ranges`` are the repeating layers of each GPU,
    ``cpu_layers`` those left on the CPU; ``n_ctx`` is the padded cache size in cells."""

    spec: ModelSpec
    layout: WeightLayout
    wl: Workload
    n_gpus: int
    gpu_layers: int
    n_seq: int
    n_ctx: int
    n_ub: int
    fa: bool
    kv: tuple[KvLayer, ...]
    kv_prefix: Prefix
    kv_slope_prefix: Prefix
    rs_layer: int
    rs_prefix: Prefix
    sums: LayoutSums
    ranges: tuple[range, ...]
    cpu_layers: range
    cpu_repack: bool

    @property
    def output_on_gpu(self) -> bool:
        return self.n_gpus > 0 and self.gpu_layers >= 1

    @property
    def quantized_kv(self) -> bool:
        """Whether K or V is stored in a quantized type (the kernels convert it to F16)."""
        wl = self.wl
        return wl.kv_cache_type not in FLOAT_CACHE_TYPES or wl.v_cache_type not in FLOAT_CACHE_TYPES

    @property
    def kv_types(self) -> str:
        """``k/v`` cache types, as the formulas show them (``q8_0/q8_0``)."""
        return f"{self.wl.kv_cache_type}/{self.wl.v_cache_type}"

    @property
    def host_kv_layers(self) -> range:
        """Layers whose cache lives in system RAM (all of them without KV offload)."""
        return self.cpu_layers if self.wl.kv_offload else range(self.spec.n_layers)

    def kv_slope(self, layers: range) -> float:
        """Bytes per extra context token: full-attention layers grow, window layers do not."""
        p = self.kv_slope_prefix
        return p[layers.stop] - p[layers.start] if len(layers) else 0.0


def prepare(
    spec: ModelSpec,
    layout: WeightLayout,
    wl: Workload,
    gpu_layers: int,
    gpu_split: Sequence[float],
    cpu_repack: bool,
) -> Run:
    """Check the options and apply llama.cpp's padding and placement rules."""
    n_layer = spec.n_layers
    if gpu_layers < 0:
        raise SpecError("runtime.negative_gpu_layers", field="gpu_layers", value=gpu_layers)
    n_gpus = len(gpu_split) if gpu_layers > 0 else 0
    gpu_layers = min(gpu_layers, n_layer + 1) if n_gpus else 0
    n_seq = wl.batch
    n_ctx = pad(wl.context_tokens * n_seq, LLAMACPP_CTX_PAD_TOKENS)
    n_ub = min(wl.ubatch_tokens, n_ctx)
    fa = wl.flash_attention_on
    if not fa and wl.v_cache_type not in FLOAT_CACHE_TYPES:
        raise SpecError(
            "runtime.quantized_v_needs_flash_attention",
            field="v_cache_type",
            value=wl.v_cache_type,
        )
    kv = llamacpp_kv_layers(
        spec,
        context_tokens=wl.context_tokens,
        n_seq=n_seq,
        ubatch_tokens=n_ub,
        k_type=wl.kv_cache_type,
        v_type=wl.v_cache_type,
    )
    kv_prefix, kv_slope_prefix = kv_prefixes(kv, n_seq)
    rs_layer, rs_prefix = recurrent(spec, n_seq)
    ranges = layer_ranges(n_layer, gpu_layers, gpu_split) if n_gpus else []
    return Run(
        spec=spec,
        layout=layout,
        wl=wl,
        n_gpus=n_gpus,
        gpu_layers=gpu_layers,
        n_seq=n_seq,
        n_ctx=n_ctx,
        n_ub=n_ub,
        fa=fa,
        kv=kv,
        kv_prefix=kv_prefix,
        kv_slope_prefix=kv_slope_prefix,
        rs_layer=rs_layer,
        rs_prefix=rs_prefix,
        sums=layout_sums(layout),
        ranges=tuple(ranges),
        cpu_layers=range(ranges[0].start if ranges else n_layer),
        cpu_repack=cpu_repack,
    )
