"""llama.cpp's memory layout (also what Ollama, LM Studio, KoboldCpp and Jan run).

What llama.cpp allocates at load, per device (``src/llama-model.cpp``, ``src/llama-context.cpp``):
the token embedding stays in host memory; ``-ngl N`` puts the last ``N - 1`` repeating layers
and the output layer on the GPUs (``i_gpu_start = n_layer + 1 - N``); each layer's KV cache
lives with the layer; every GPU reserves a compute buffer for the worst-case graph; the host
keeps a small compute buffer (graph inputs, KQ mask) and the logits output buffer.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from .constants import (
    DELTANET_CHUNK_TOKENS,
    LLAMACPP_CPU_REPACKED_TYPES,
    LLAMACPP_CTX_PAD_TOKENS,
    LLAMACPP_CUDA_HOST_RUNTIME_BYTES,
    LLAMACPP_CUDA_OVERHEAD_BYTES,
    LLAMACPP_HOST_BASE_BYTES,
    LLAMACPP_RECURRENT_STATE_BYTES,
)
from .errors import SpecError
from .estimate import DEVICE_RAM, Estimate, Term, gpu_device
from .kv import KvLayer, describe, llamacpp_kv_layers, pad, recurrent_layer_bytes
from .model import ModelSpec
from .tensors import param_counts
from .weights import WeightLayout
from .workload import Workload

__all__ = ["estimate_llamacpp", "layer_ranges"]

_SRC = "llama.cpp src/llama-context.cpp (graph reserve), calibration llamacpp-*.jsonl"


def _recurrent_term(n_bytes: int, n_layers: int, device: str, n_seq: int) -> Term:
    return Term(
        "recurrent_state",
        n_bytes,
        device,
        f"{n_layers} linear-attention layers x {max(1, n_seq)} sequences x (conv (kernel - 1) x "
        "channels + key x value state per head) in f32; independent of context",
        "llama.cpp llama-memory-recurrent.cpp, llama-hparams.cpp n_embd_r/n_embd_s",
        True,
    )


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


class _LayoutSums:
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


_SUMS: dict[int, tuple[WeightLayout, _LayoutSums]] = {}


def _sums(layout: WeightLayout) -> _LayoutSums:
    hit = _SUMS.get(id(layout))
    if hit is not None and hit[0] is layout:
        return hit[1]
    if len(_SUMS) > 4096:
        _SUMS.clear()
    sums = _LayoutSums(layout)
    _SUMS[id(layout)] = (layout, sums)  # holding the layout keeps its id from being reused
    return sums


class _Uniform:
    """Prefix sums of a sequence whose items are all equal (the usual all-full-attention cache)."""

    __slots__ = ("per",)

    def __init__(self, per: float) -> None:
        self.per = per

    def __getitem__(self, i: int) -> float:
        return i * self.per


def _kv_prefixes(kv: tuple[KvLayer, ...], n_seq: int) -> tuple[Prefix, Prefix]:
    """Prefix sums of cache bytes and of bytes per context token (full-attention layers only)."""
    first = kv[0]
    if len(set(map(id, kv))) == 1:  # one shared record: every layer alike
        slope = 0.0 if first.sliding else first.per_cell_bytes * n_seq
        return _Uniform(first.bytes), _Uniform(slope)
    return (0, *accumulate(k.bytes for k in kv)), (
        0.0,
        *accumulate(0.0 if k.sliding else k.per_cell_bytes * n_seq for k in kv),
    )


Prefix = _Uniform | tuple[int, ...] | tuple[float, ...]


def _recurrent(spec: ModelSpec, n_seq: int) -> tuple[int, Prefix]:
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


def _deltanet_compute(spec: ModelSpec, n_ub: int) -> int:
    """Largest live set of one Gated DeltaNet layer in the chunked prefill graph (f32): the
    mixed q/k/v input and its conv output, four value-sized tensors (q, k, v after the head
    repeat, and the output) and two chunk x chunk matrices per value head. Modelled from the
    graph, not measured."""
    if not spec.is_hybrid:
        return 0
    tokens = pad(n_ub, DELTANET_CHUNK_TOKENS)
    per_token = (
        2 * spec.linear_conv_dim
        + 4 * spec.linear_value_dim
        + 2 * spec.linear_value_heads * DELTANET_CHUNK_TOKENS
    )
    return 4 * tokens * per_token


def _span(prefix: Prefix, rng: range) -> int:
    return int(prefix[rng.stop] - prefix[rng.start]) if len(rng) else 0


def estimate_llamacpp(
    spec: ModelSpec,
    layout: WeightLayout,
    workload: Workload,
    *,
    gpu_layers: int,
    gpu_split: Sequence[float] = (1.0,),
    cpu_repack: bool = True,
) -> Estimate:
    """Memory of a llama.cpp run with ``-ngl gpu_layers`` over ``len(gpu_split)`` GPUs.

    ``gpu_layers`` 0 (or no GPUs) is a CPU-only run; ``n_layers + 1`` puts everything on GPUs.
    ``cpu_repack`` models the x86 CPU backend's repacked copies of Q4_0/Q4_K/IQ4_NL weights.
    """
    n_layer = spec.n_layers
    if gpu_layers < 0:
        raise SpecError(f"gpu layers must be 0 or more, got {gpu_layers}")
    n_gpus = len(gpu_split) if gpu_layers > 0 else 0
    gpu_layers = min(gpu_layers, n_layer + 1) if n_gpus else 0
    wl = workload
    n_seq = wl.batch
    n_ctx = pad(wl.context_tokens * n_seq, LLAMACPP_CTX_PAD_TOKENS)
    n_ub = min(wl.ubatch_tokens, n_ctx)
    fa = wl.flash_attention_on
    if not fa and wl.v_cache_type not in ("f16", "bf16", "f32"):
        raise SpecError(
            f"llama.cpp needs flash attention for a quantized V cache ({wl.v_cache_type}); "
            "use --flash-attn on"
        )
    h, vocab, heads = spec.hidden_size, spec.vocab_size, spec.n_heads
    kv = llamacpp_kv_layers(
        spec,
        context_tokens=wl.context_tokens,
        n_seq=n_seq,
        ubatch_tokens=n_ub,
        k_type=wl.kv_cache_type,
        v_type=wl.v_cache_type,
    )
    kv_prefix, kv_slope_prefix = _kv_prefixes(kv, n_seq)
    rs_layer, rs_prefix = _recurrent(spec, n_seq)
    sums = _sums(layout)
    ranges = layer_ranges(n_layer, gpu_layers, gpu_split) if n_gpus else []
    cpu_layers = range(ranges[0].start if ranges else n_layer)
    output_on_gpu = n_gpus > 0 and gpu_layers >= 1
    terms: list[Term] = []
    read: dict[str, int] = {}

    def kv_slope(layers: range) -> float:
        # bytes per extra context token: full-attention layers grow, window layers do not
        return kv_slope_prefix[layers.stop] - kv_slope_prefix[layers.start] if len(layers) else 0.0

    # --- GPUs -------------------------------------------------------------------------------
    k_quant = int(wl.kv_cache_type not in ("f16", "bf16", "f32"))
    v_quant = int(wl.v_cache_type not in ("f16", "bf16", "f32"))
    quantized_kv = bool(k_quant or v_quant)
    # full-attention layers hold n_ctx cells, window layers fewer
    all_window = kv[0].sliding and len(set(map(id, kv))) == 1
    max_cells = kv[0].cells if all_window else n_ctx
    logits_term = 4 * n_ub * (vocab + h)
    attn_term = 4 * n_ub * (1 + 4 * h + max_cells * (1 + heads)) if not fa else 0
    ffn_width = max(spec.intermediate_size, spec.n_experts_per_token * spec.moe_intermediate_size)
    # With flash attention the largest mid-graph moment is an FFN (three f32 intermediates and
    # the hidden states) while the KQ mask input is still alive: f16 on GPUs, f32 on the CPU.
    # source: llama.cpp issue #15946 log (CPU, 128k ctx: 403 MiB where the logits need 304)
    mask_bytes = 2 if n_gpus else 4
    ffn_term = 4 * n_ub * (3 * ffn_width + 2 * h) + (mask_bytes * n_ub * max_cells if fa else 0)
    gdn_term = _deltanet_compute(spec, n_ub)
    for g, rng in enumerate(ranges):
        dev = gpu_device(g)
        last = g == n_gpus - 1
        w = _span(sums.layer, rng)
        formula = f"{len(rng)} of {n_layer} layers"
        if last and output_on_gpu:
            w += layout.output_bytes
            formula += " + output layer"
            if spec.tied_embeddings:
                w += layout.output_head_bytes_if_tied
                formula += " (tied: a copy of the token embedding)"
        terms.append(
            Term("weights", w, dev, formula, "llama.cpp llama-model.cpp layer placement", True)
        )
        kv_b = _span(kv_prefix, rng)
        if wl.kv_offload and rng:
            terms.append(
                Term(
                    "kv_cache",
                    kv_b,
                    dev,
                    describe(kv[rng.start : rng.stop], f"{wl.kv_cache_type}/{wl.v_cache_type}"),
                    "llama.cpp llama-kv-cache.cpp; ggml-common.h block sizes",
                    True,
                    kv_slope(rng),
                )
            )
        rs_b = _span(rs_prefix, rng)
        if wl.kv_offload and rs_b:
            terms.append(_recurrent_term(rs_b, rs_b // rs_layer, dev, n_seq))
        if last:
            compute = max(logits_term, attn_term, ffn_term, gdn_term)
            which = "logits 4 x n_ubatch x (vocab + hidden)"
        else:
            compute = max(attn_term, ffn_term, gdn_term)
            which = "FFN activations 4 x n_ubatch x (3 ffn + 2 hidden) + KQ mask"
        if compute == gdn_term:
            which = (
                "Gated DeltaNet chunk 4 x n_ubatch x (2 conv channels + 4 value width "
                "+ 2 x value heads x 64), modelled, not measured"
            )
        if compute == ffn_term:
            which = "FFN activations 4 x n_ubatch x (3 ffn + 2 hidden) + KQ mask"
        if compute == attn_term:
            which = (
                "KQ scores without flash attention: "
                "4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads))"
            )
        slope = (
            4 * n_ub * (1 + heads) * n_seq
            if compute == attn_term
            else mask_bytes * n_ub * n_seq * fa
            if compute == ffn_term
            else 0.0
        )
        terms.append(
            Term("compute_buffer", compute, dev, f"{which}, n_ubatch {n_ub}", _SRC, False, slope)
        )
        if quantized_kv and wl.kv_offload and len(rng):
            # Prefill kernels read a quantized cache as F16: the CUDA backend converts one
            # layer's K (and V) into its memory pool, which keeps the largest such block.
            # source: ggml/src/ggml-cuda/fattn-common.cuh launch_fattn (K_f16/V_f16 pool copies)
            full = max(kv[i].cells for i in rng)
            k_el = max(kv[i].k_elements for i in rng)
            v_el = max(kv[i].v_elements for i in rng)
            pool = 2 * full * (k_el * k_quant + v_el * v_quant)
            terms.append(
                Term(
                    "cuda_pool",
                    pool,
                    dev,
                    "F16 copy of one layer's quantized K/V for prefill: 2 x cells x width",
                    "ggml-cuda fattn-common.cuh",
                    False,
                    2 * (k_el * k_quant + v_el * v_quant) * n_seq,
                )
            )
        terms.append(
            Term(
                "runtime_overhead",
                LLAMACPP_CUDA_OVERHEAD_BYTES,
                dev,
                "CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)",
                "calibration llamacpp-h100.jsonl",
            )
        )
        read[dev] = _span(sums.active, rng) + (
            (
                layout.output_bytes
                + (layout.output_head_bytes_if_tied if spec.tied_embeddings else 0)
            )
            if last and output_on_gpu
            else 0
        )
        if wl.kv_offload:
            read[dev] += kv_b // 2  # the cache is half full on average over a chat
            read[dev] += rs_b  # every token reads and rewrites the recurrent states

    # --- host --------------------------------------------------------------------------------
    host_w = layout.token_embd_bytes + layout.encoder_bytes + _span(sums.layer, cpu_layers)
    formula = "token embedding (llama.cpp keeps it in host memory)"
    if cpu_layers:
        formula += f" + {len(cpu_layers)} layers on the CPU"
    if not output_on_gpu:
        host_w += layout.output_bytes
        formula += " + output layer"
    terms.append(Term("weights", host_w, DEVICE_RAM, formula, "llama.cpp llama-model.cpp", True))
    repack = _span(sums.repack, cpu_layers) if cpu_repack else 0
    if repack and wl.mmap:
        # With mmap the file pages of repacked tensors stay mapped beside the repacked copy.
        terms.append(
            Term(
                "weights_repacked",
                repack,
                DEVICE_RAM,
                "x86 CPU backend copies Q4_0/Q4_K/IQ4_NL tensors into an interleaved buffer; the "
                "mapped file pages stay resident",
                "ggml-cpu/repack.cpp; calibration llamacpp-cpu.jsonl (CPU_REPACK)",
                True,
            )
        )
    host_kv_layers = cpu_layers if wl.kv_offload else range(n_layer)
    host_kv = _span(kv_prefix, host_kv_layers)
    if host_kv_layers:
        terms.append(
            Term(
                "kv_cache",
                host_kv,
                DEVICE_RAM,
                "in system RAM: "
                + describe(
                    kv[host_kv_layers.start : host_kv_layers.stop],
                    f"{wl.kv_cache_type}/{wl.v_cache_type}",
                ),
                "llama.cpp llama-kv-cache.cpp",
                True,
                kv_slope(host_kv_layers),
            )
        )
    host_rs = _span(rs_prefix, host_kv_layers)
    if host_kv_layers and host_rs:
        terms.append(_recurrent_term(host_rs, host_rs // rs_layer, DEVICE_RAM, n_seq))
    if n_gpus:
        mask = (2 if fa else 4) * n_ub * n_ctx
        host_compute = (8 if fa else 4) * n_ub * h + mask
        terms.append(
            Term(
                "compute_buffer",
                host_compute,
                DEVICE_RAM,
                f"graph inputs {8 if fa else 4} x n_ubatch x hidden + KQ mask "
                f"{2 if fa else 4} x n_ubatch x n_ctx",
                _SRC,
                False,
                (2 if fa else 4) * n_ub * n_seq,
            )
        )
        base = LLAMACPP_HOST_BASE_BYTES + LLAMACPP_CUDA_HOST_RUNTIME_BYTES
        base_formula = "process, libraries and CUDA runtime host memory"
    else:
        reserved = max(logits_term, attn_term, ffn_term, gdn_term)
        prompt = wl.prompt_tokens if wl.prompt_tokens is not None else wl.context_tokens * n_seq
        # The CPU backend reserves the worst-case graph but only touches the pages the graph
        # it runs uses: a short prompt leaves most of it untouched (calibration, CPU runs).
        n_tok = min(prompt, n_ub)
        n_kv = pad(prompt, LLAMACPP_CTX_PAD_TOKENS)
        touched = 4 * n_tok * (3 * ffn_width + 2 * h) + (0 if fa else 8 * n_tok * n_kv * heads)
        compute = min(reserved, touched) if wl.prompt_tokens is not None else reserved
        terms.append(
            Term(
                "compute_buffer",
                compute,
                DEVICE_RAM,
                f"worst-case graph for n_ubatch {n_ub} ({reserved / 2**20:.1f} MiB reserved), "
                "pages touched by the prompt",
                _SRC,
                False,
                4 * n_ub * (1 + heads) * n_seq if (not fa and compute == reserved) else 0.0,
            )
        )
        base = LLAMACPP_HOST_BASE_BYTES
        base_formula = "process, libraries, vocabulary and graph metadata"
    terms.append(
        Term(
            "output_buffer",
            4 * vocab * n_seq,
            DEVICE_RAM,
            "logits 4 x vocab x sequences",
            _SRC,
            True,
        )
    )
    terms.append(
        Term("runtime_overhead", base, DEVICE_RAM, base_formula, "calibration llamacpp-*.jsonl")
    )
    read[DEVICE_RAM] = (
        _span(sums.active, cpu_layers)
        + (0 if output_on_gpu else layout.output_bytes)
        + host_kv // 2
        + host_rs
    )

    counts = param_counts(spec)
    notes = []
    if (
        spec.model_type in ("mistral",)
        and spec.sliding_window_tokens
        and "sliding" in spec.layer_attention
    ):
        notes.append("llama.cpp runs this model with a full cache (no sliding window).")
    return Estimate(
        model=spec,
        weights_format=layout.format_id,
        workload=wl,
        terms=tuple(terms),
        gpu_layers=gpu_layers,
        n_gpus=n_gpus,
        params_total=counts.total,
        params_active=counts.active,
        weights_bytes=layout.total_bytes,
        read_bytes_per_token=tuple(read.items()),
        reclaimable_ram_bytes=repack if wl.mmap else 0,
        notes=tuple(notes),
    )
