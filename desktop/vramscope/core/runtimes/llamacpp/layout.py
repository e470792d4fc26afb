"""Where llama.cpp puts layers, and prefix sums that make every per-range total two lookups."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from ...constants import LLAMACPP_CPU_REPACKED_TYPES, LLAMACPP_RECURRENT_STATE_BYTES
from ...kv import KvLayer, recurrent_layer_bytes
from ...model import ModelSpec
from ...weights import WeightLayout

__all__ = [
    "LayoutSums",
    "Prefix",
    "kv_prefixes",
    "layer_ranges",
    "layout_sums",
    "recurrent",
    "span",
]


def layer_ranges(n_layers: int, gpu_layers: int, split: Sequence[float]) -> list[range]:
    """Repeating layers held by each GPU for ``-ngl gpu_layers``, split in proportion to ``split``
    (llama.cpp's default tensor split follows each device's free memory), contiguous, in order."""
    i_gpu_start = max(n_layers + 1 - gpu_layers, 0)
    on_gpu = list(range(i_gpu_start, n_layers))
    total = sum(split)
    ranges: list[range] = []
    start = 0
    acc = 0.0
    for j, share in enumerate(split):
        acc += share
        end = len(on_gpu) if j == len(split) - 1 else round(len(on_gpu) * acc / total)
        ranges.append(range(i_gpu_start + start, i_gpu_start + end))
        start = end
    return ranges


class LayoutSums:
    """Prefix sums over the layers of a layout: placements are contiguous layer ranges, so each
    sum is two lookups (estimates run on every slider move)."""

    __slots__ = ("active", "layer", "repack")

    def __init__(self, layout: WeightLayout) -> None:
        self.layer = (0, *accumulate(layout.layer_bytes))
        self.active = (0, *accumulate(layout.layer_active_bytes))
        # x86 CPU backend copies of Q4_0/Q4_K/IQ4_NL tensors, per layer
        repack = [0] * len(layout.layer_bytes)
        for b, t, name in zip(
            layout.tensor_bytes, layout.tensor_types, layout.tensor_names, strict=True
        ):
            if t in LLAMACPP_CPU_REPACKED_TYPES and name.startswith("blk."):
                i = int(name[4 : name.index(".", 4)])
                if i < len(repack):
                    repack[i] += b
        self.repack = (0, *accumulate(repack))


_SUMS: dict[int, tuple[WeightLayout, LayoutSums]] = {}


def layout_sums(layout: WeightLayout) -> LayoutSums:
    """The prefix sums of ``layout``, cached by identity (the same layout comes back often)."""
    hit = _SUMS.get(id(layout))
    if hit is not None and hit[0] is layout:
        return hit[1]
    if len(_SUMS) > 4096:
        _SUMS.clear()
    sums = LayoutSums(layout)
    _SUMS[id(layout)] = (layout, sums)  # holding the layout keeps its id from being reused
    return sums


class _Uniform:
    """Prefix sums of a sequence whose items are all equal (the usual all-full-attention cache)."""

    __slots__ = ("per",)

    def __init__(self, per: float) -> None:
        self.per = per

    def __getitem__(self, i: int) -> float:
        return i * self.per


Prefix = _Uniform | tuple[int, ...] | tuple[float, ...]


def kv_prefixes(kv: tuple[KvLayer, ...], n_seq: int) -> tuple[Prefix, Prefix]:
    """Prefix sums of cache bytes and of bytes per context token (full-attention layers only)."""
    first = kv[0]
    if len(set(map(id, kv))) == 1:  # one shared record: every layer alike
        slope = 0.0 if first.sliding else first.per_cell_bytes * n_seq
        return _Uniform(first.bytes), _Uniform(slope)
    return (0, *accumulate(k.bytes for k in kv)), (
        0.0,
        *accumulate(0.0 if k.sliding else k.per_cell_bytes * n_seq for k in kv),
    )


def recurrent(spec: ModelSpec, n_seq: int) -> tuple[int, Prefix]:
    """Recurrent state bytes of one linear-attention layer and their prefix sums over layers."""
    if not spec.is_hybrid:
        return 0, _Uniform(0)
    per_layer = recurrent_layer_bytes(
        spec,
        n_seq=max(1, n_seq),
        conv_taps=spec.linear_conv_kernel - 1,
        conv_bytes=LLAMACPP_RECURRENT_STATE_BYTES,
        state_bytes=LLAMACPP_RECURRENT_STATE_BYTES,
    )
    marks = (per_layer if kind == "linear" else 0 for kind in spec.layer_attention)
    return per_layer, (0, *accumulate(marks))


def span(prefix: Prefix, rng: range) -> int:
    """Sum over the layers in ``rng`` (0 for an empty range)."""
    return int(prefix[rng.stop] - prefix[rng.start]) if len(rng) else 0
