"""Where llama.cpp puts layers, and prefix sums that make every per-range total two lookups."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import is_not

from ...constants import LLAMACPP_CPU_REPACKED_TYPES, LLAMACPP_RECURRENT_STATE_BYTES
from ...kv import KvLayer, describe, describe_counted, llamacpp_kv_layers, recurrent_layer_bytes
from ...model import ModelSpec
from ...notes import Note
from ...weights import WeightLayout
from .._part import kv_formula

__all__ = [
    "KvSums",
    "LayoutSums",
    "Prefix",
    "kv_prefixes",
    "kv_sums",
    "layer_ranges",
    "layout_sums",
    "recurrent",
    "span",
]


# The routed-expert tensors --n-cpu-moe and --cpu-moe keep on the CPU, searched in the tensor
# name (gpt-oss's expert biases ``blk.N.ffn_up_exps.bias`` match too; shared experts
# ``ffn_*_shexp`` and the router ``ffn_gate_inp`` do not).
# source: llama.cpp common/common.h LLM_FFN_EXPS_REGEX, llm_ffn_exps_block_regex
_EXPS = re.compile(r"\.ffn_(up|down|gate|gate_up)_(ch|)exps")


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

    __slots__ = (
        "active",
        "exps",
        "exps_active",
        "exps_repack",
        "largest",
        "layer",
        "repack",
        "repacked",
    )

    def __init__(
        self, layout: WeightLayout, repacked: frozenset[str] = LLAMACPP_CPU_REPACKED_TYPES
    ) -> None:
        self.repacked = repacked
        self.layer = (0, *accumulate(layout.layer_bytes))
        self.active = (0, *accumulate(layout.layer_active_bytes))
        n = len(layout.layer_bytes)
        # x86 CPU backend copies of Q4_0/Q4_K/IQ4_NL tensors, per layer; the routed-expert
        # tensors --n-cpu-moe keeps in RAM, and their repacked part
        repack, exps, exps_repack = [0] * n, [0] * n, [0] * n
        # the largest repeating-layer tensor: the biggest weight a GPU copies in at once when
        # it runs a CPU layer's matrix product (compute.py, GPU-assisted prompt processing)
        self.largest = 0
        for b, t, name in zip(
            layout.tensor_bytes, layout.tensor_types, layout.tensor_names, strict=True
        ):
            if not name.startswith("blk."):
                continue
            i = int(name[4 : name.index(".", 4)])
            if i >= n:
                continue
            self.largest = max(self.largest, b)
            packed = t in repacked
            if packed:
                repack[i] += b
            if _EXPS.search(name):
                exps[i] += b
                if packed:
                    exps_repack[i] += b
        self.repack = (0, *accumulate(repack))
        self.exps = (0, *accumulate(exps))
        self.exps_repack = (0, *accumulate(exps_repack))
        # Bytes read per token of the expert tensors: the layer's active bytes less its other
        # tensors (read whole), so the k/E rounding is the layout's own.
        self.exps_active = (
            0,
            *accumulate(
                a - (w - e)
                for a, w, e in zip(layout.layer_active_bytes, layout.layer_bytes, exps, strict=True)
            ),
        )


_SUMS: dict[tuple[int, frozenset[str]], tuple[WeightLayout, LayoutSums]] = {}


def layout_sums(
    layout: WeightLayout, repacked: frozenset[str] = LLAMACPP_CPU_REPACKED_TYPES
) -> LayoutSums:
    """The prefix sums of ``layout`` with ``repacked`` the types the CPU backend repacks (see
    constants.LLAMACPP_REPACKED_TYPES_BY_CPU), cached by identity (the same layout comes back
    often)."""
    key = (id(layout), repacked)
    hit = _SUMS.get(key)
    if hit is not None and hit[0] is layout:
        return hit[1]
    if len(_SUMS) > 4096:
        _SUMS.clear()
    sums = LayoutSums(layout, repacked)
    _SUMS[key] = (layout, sums)  # holding the layout keeps its id from being reused
    return sums


class _Uniform:
    """Prefix sums of a sequence whose items are all equal (the usual all-full-attention cache)."""

    __slots__ = ("per",)

    def __init__(self, per: float) -> None:
        self.per = per

    def __getitem__(self, i: int) -> float:
        return i * self.per


Prefix = _Uniform | tuple[int, ...] | tuple[float, ...]
_NONE = _Uniform(0)


def kv_prefixes(kv: tuple[KvLayer, ...], n_seq: int) -> tuple[Prefix, Prefix]:
    """Prefix sums of cache bytes and of bytes per context token (full-attention layers only)."""
    first = kv[0]
    # one shared record: every layer alike (an identity scan in C, twice as fast as a set of ids)
    if not any(map(is_not, kv, repeat(first))):
        slope = 0.0 if first.sliding else first.per_cell_bytes * n_seq
        return _Uniform(first.bytes), _Uniform(slope)
    return (0, *accumulate(k.bytes for k in kv)), (
        0.0,
        *accumulate(0.0 if k.sliding else k.per_cell_bytes * n_seq for k in kv),
    )


class KvSums:
    """One llama.cpp cache (``kv.llamacpp_kv_layers``), its prefix sums, and each layer range's
    bytes, bytes per token and formula once asked for. The solvers rebuild estimates that
    differ only in ``-ngl`` or the split, over the same cache: :func:`kv_sums` keeps one per
    cache so the layers, sums and formulas are built once, not on every estimate."""

    __slots__ = ("_ranges", "bytes", "kv_types", "layers", "slope", "spec", "uniform")

    def __init__(self, spec: ModelSpec, layers: tuple[KvLayer, ...], n_seq: int, kv_types: str):
        self.spec, self.layers, self.kv_types = spec, layers, kv_types
        self.bytes, self.slope = kv_prefixes(layers, n_seq)
        self.uniform = isinstance(self.bytes, _Uniform)  # one shared record: every layer alike
        self._ranges: dict[tuple[str, int, int], tuple[int, float, Note]] = {}

    def of(self, code: str, layers: range) -> tuple[int, float, Note]:
        """Bytes, bytes per context token (full-attention layers grow, window layers do not)
        and the formula ``code`` of the cache of ``layers``."""
        key = (code, layers.start, layers.stop)
        hit = self._ranges.get(key)
        if hit is None:
            p = self.slope
            slope = p[layers.stop] - p[layers.start] if len(layers) else 0.0
            if self.uniform:  # every layer shares the first record: nothing to count
                shape = describe_counted(((len(layers), self.layers[0]),) if layers else ())
            else:
                shape = describe(self.layers[layers.start : layers.stop])
            formula = kv_formula(code, shape, self.kv_types)
            hit = self._ranges[key] = (span(self.bytes, layers), slope, formula)
        return hit


_KV: dict[tuple[int, int, int, int, str, str], KvSums] = {}


def kv_sums(
    spec: ModelSpec, context_tokens: int, n_seq: int, n_ub: int, k_type: str, v_type: str
) -> KvSums:
    """The cache of ``spec`` for these settings, cached by the spec's identity (as
    :func:`layout_sums`): the same spec comes back for every placement the solver tries."""
    key = (id(spec), context_tokens, n_seq, n_ub, k_type, v_type)
    hit = _KV.get(key)
    if hit is not None and hit.spec is spec:
        return hit
    if len(_KV) > 4096:
        _KV.clear()
    layers = llamacpp_kv_layers(
        spec,
        context_tokens=context_tokens,
        n_seq=n_seq,
        ubatch_tokens=n_ub,
        k_type=k_type,
        v_type=v_type,
    )
    # holding the spec keeps its id from being reused
    sums = _KV[key] = KvSums(spec, layers, n_seq, f"{k_type}/{v_type}")
    return sums


_RECURRENT: dict[tuple[int, int], tuple[ModelSpec, tuple[int, Prefix]]] = {}


def recurrent(spec: ModelSpec, n_seq: int) -> tuple[int, Prefix]:
    """Recurrent state bytes of one linear-attention layer and their prefix sums over layers,
    cached by the spec's identity (as :func:`kv_sums`): every estimate asks, and a hybrid
    model's sums walk all its layers."""
    if not spec.is_hybrid:
        return 0, _NONE
    key = (id(spec), n_seq)
    hit = _RECURRENT.get(key)
    if hit is not None and hit[0] is spec:
        return hit[1]
    if len(_RECURRENT) > 4096:
        _RECURRENT.clear()
    found = _recurrent(spec, n_seq)
    _RECURRENT[key] = (spec, found)  # holding the spec keeps its id from being reused
    return found


def _recurrent(spec: ModelSpec, n_seq: int) -> tuple[int, Prefix]:
    per_layer = recurrent_layer_bytes(
        spec,
        n_seq=max(1, n_seq),
        conv_taps=spec.linear_conv_kernel - 1,
        conv_bytes=LLAMACPP_RECURRENT_STATE_BYTES,
        state_bytes=LLAMACPP_RECURRENT_STATE_BYTES,
    )
    marks = (per_layer if spec.has_state(i) else 0 for i in range(spec.n_layers))
    return per_layer, (0, *accumulate(marks))


def span(prefix: Prefix, rng: range) -> int:
    """Sum over the layers in ``rng`` (0 for an empty range)."""
    return int(prefix[rng.stop] - prefix[rng.start]) if len(rng) else 0
