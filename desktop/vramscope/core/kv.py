"""KV cache sizes per layer, in each runtime's own layout.

The cache holds K and V for every cached token of every attention layer. What differs between
runtimes is how many cells a layer keeps (sliding-window layers keep only the window where the
runtime supports it), what one cell holds (MLA keeps a compressed latent in llama.cpp and vLLM
but full K/V in transformers), and the element size (quantized caches store 32-element blocks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .constants import LLAMACPP_CTX_PAD_TOKENS, LLAMACPP_SWA_PAD_TOKENS
from .model import ModelSpec
from .notes import ParamValue
from .workload import kv_bytes_per_element

__all__ = [
    "LLAMACPP_SWA_ARCHS",
    "KvLayer",
    "describe",
    "describe_counted",
    "hf_kv_layers",
    "llamacpp_kv_layers",
    "local_window_tokens",
    "pad",
    "recurrent_layer_bytes",
    "vllm_kv_layers",
]

# Architectures whose llama.cpp graph uses the interleaved sliding-window cache (iSWA); others
# keep a full cache even when the HF config names a window (e.g. Mistral 7B v0.1 runs as llama).
# source: llama.cpp src/llama-model.cpp (hparams.swa_type set for these; LLM_ARCH_EXAONE4 for
# the 64-layer 32B, set_swa_pattern(4)) and llama-kv-cache-iswa.cpp
LLAMACPP_SWA_ARCHS = frozenset(
    {"gemma2", "gemma3", "gemma3_text", "gemma3n", "gpt_oss", "cohere2", "llama4", "exaone4"}
)


def pad(n: int, multiple: int) -> int:
    return -(-n // multiple) * multiple


@dataclass(frozen=True, slots=True)
class KvLayer:
    """Cache of one layer: ``cells`` tokens of ``k_elements`` + ``v_elements`` each."""

    cells: int
    k_elements: int
    v_elements: int
    bytes: int
    sliding: bool

    @property
    def per_cell_bytes(self) -> float:
        """Bytes one more cached token adds (0 for a linear-attention layer, which caches none)."""
        return self.bytes / self.cells if self.cells else 0.0


# A linear-attention (recurrent) layer has no KV cache; its fixed state is counted apart.
_NO_CACHE = KvLayer(0, 0, 0, 0, False)


def describe(layers: Sequence[KvLayer]) -> tuple[str, dict[str, ParamValue]]:
    """The cache's shape for a formula: ``full`` with its parameters for '32 layers x 4096
    cells x (K 1024 + V 1024)', ``window`` or ``full_window`` where window layers keep fewer
    cells (``window_layers``, ...), ``none`` when only linear-attention layers remain."""
    # The runtimes share one record per kind of layer (_by_kind), so counting identities is
    # enough; list and dict built-ins keep it to a couple of microseconds, as this runs for
    # every new context (a Counter alone costs more than the rest of the function).
    ids = list(map(id, layers))
    return describe_counted((ids.count(key), layers[ids.index(key)]) for key in dict.fromkeys(ids))


def describe_counted(records: Iterable[tuple[int, KvLayer]]) -> tuple[str, dict[str, ParamValue]]:
    """:func:`describe` of layers given as (number of layers, their shared record) pairs, one
    per distinct record in order (a caller that knows every layer shares one record skips the
    counting)."""
    # one record per kind of layer (_by_kind): at most one full and one window record with cells
    full = window = None
    for n, k in records:
        if k.cells:
            if k.sliding:
                window = (n, k)
            else:
                full = (n, k)
    params: dict[str, ParamValue] = {}
    if full is not None:
        n, k = full
        params.update(layers=n, cells=k.cells, elements=_elements_text(k))
    if window is not None:
        n, k = window
        params.update(window_layers=n, window_cells=k.cells, window_elements=_elements_text(k))
    shape = "full_window" if full and window else "full" if full else "window" if window else "none"
    return shape, params


def _elements_text(k: KvLayer) -> str:
    """'K 1024 + V 1024' (MLA: 'K 576', the latent holds both)."""
    return f"K {k.k_elements} + V {k.v_elements}" if k.v_elements else f"K {k.k_elements}"


def recurrent_layer_bytes(
    spec: ModelSpec, *, n_seq: int, conv_taps: int, conv_bytes: int, state_bytes: int
) -> int:
    """Fixed recurrent state of one linear-attention layer for ``n_seq`` sequences: the conv
    inputs (``conv_taps`` per channel) and the delta-rule state matrix of every value head."""
    conv = conv_taps * spec.linear_conv_dim * conv_bytes
    return n_seq * (conv + spec.recurrent_state_elements * state_bytes)


def _by_kind(
    spec: ModelSpec, full: KvLayer, local: KvLayer | None = None, *, chunked_local: bool = True
) -> tuple[KvLayer, ...]:
    """One record per layer, shared between layers of a kind. ``local`` serves the sliding
    layers and, where the runtime windows them (``chunked_local``), Llama 4's chunked ones."""
    if spec.kv_shared_layers:
        # Gemma 3n: the last layers read the caches of earlier ones and keep none.
        # source: llama.cpp llama-hparams n_layer_kv_from_start; transformers Gemma3n
        # (is_kv_shared_layer); vLLM kv_sharing_target_layer_name
        own = spec.n_layers - spec.kv_shared_layers
        kinds = [spec.attention_of(i) if i < own else "none" for i in range(spec.n_layers)]
        return _pick(kinds, full, local, chunked_local)
    if not spec.layer_attention:
        return (full,) * spec.n_layers
    return _pick(list(spec.layer_attention), full, local, chunked_local)


def _pick(
    kinds: Sequence[str], full: KvLayer, local: KvLayer | None, chunked_local: bool
) -> tuple[KvLayer, ...]:
    pick = {
        "full": full,
        "sliding": local or full,
        "chunked": (local or full) if chunked_local else full,
        "linear": _NO_CACHE,
        "none": _NO_CACHE,
    }
    return tuple(pick[kind] for kind in kinds)


def local_window_tokens(spec: ModelSpec) -> int | None:
    """The tokens a local layer can see: the sliding window, or Llama 4's attention chunk (a
    query sees at most the chunk's earlier tokens, so a cache of one chunk serves it); None
    when the model has no local layers."""
    if spec.sliding_window_tokens and "sliding" in spec.layer_attention:
        return spec.sliding_window_tokens
    if spec.attention_chunk_tokens and "chunked" in spec.layer_attention:
        return spec.attention_chunk_tokens
    return None


def _elements(spec: ModelSpec, *, compressed_mla: bool) -> tuple[int, int]:
    if spec.is_mla:
        if compressed_mla:
            # llama.cpp/vLLM cache the latent c_kv plus the shared RoPE key; no separate V.
            # source: DeepSeek-V2 paper arXiv:2405.04434;
            # llama.cpp llama-kv-cache.cpp has_v = !is_mla
            return spec.kv_lora_rank + spec.qk_rope_head_dim, 0
        # transformers decompresses: K = heads x (nope + rope), V = heads x v_head_dim
        return spec.n_heads * (spec.qk_nope_head_dim + spec.qk_rope_head_dim), (
            spec.n_heads * spec.v_head_dim
        )
    return spec.kv_dim, spec.kv_dim


def _index_bytes(spec: ModelSpec, cells: int, kv_type: str) -> int:
    """DeepSeek-V3.2's lightning-indexer keys: index_head_dim per cached token, in the cache
    type (llama.cpp's llama_kv_cache_dsa keeps them in a second llama_kv_cache of the K type;
    transformers' DynamicIndexedLayer in the model dtype)."""
    return _bytes(spec.index_head_dim, cells, kv_type) if spec.index_head_dim else 0


# vLLM stores the indexer key in FP8 with one float32 scale per 128 elements, whatever the KV
# cache dtype. source: vllm csrc cache_kernels.cu indexer_k_quant_and_cache; vLLM PR #48558
# ("Indexer K-cache: 132 -> 68 B/token/head" for index_head_dim 128)
VLLM_INDEXER_QUANT_BLOCK = 128


def _vllm_index_bytes(spec: ModelSpec, cells: int) -> int:
    d = spec.index_head_dim
    return cells * (d + 4 * -(-d // VLLM_INDEXER_QUANT_BLOCK)) if d else 0


def _bytes(elements: int, cells: int, kv_type: str) -> int:
    block_bytes, block_elems = kv_bytes_per_element(kv_type)
    # Quantized types pack whole rows of 32-element blocks; a row is one cell of one layer.
    return cells * (-(-elements // block_elems)) * block_bytes


def llamacpp_kv_layers(
    spec: ModelSpec,
    *,
    context_tokens: int,
    n_seq: int,
    ubatch_tokens: int,
    k_type: str,
    v_type: str,
) -> tuple[KvLayer, ...]:
    """llama.cpp's cache: ``n_ctx = context x sequences`` cells padded to 256 (unified cache);
    sliding layers of iSWA architectures keep
    ``pad(min(n_ctx, window x n_seq + n_ubatch), 256)``."""
    n_ctx = pad(context_tokens * n_seq, LLAMACPP_CTX_PAD_TOKENS)
    k_el, v_el = _elements(spec, compressed_mla=True)
    # Llama 4's chunked layers use the same iSWA cache with n_swa = the chunk (swa_type
    # LLAMA_SWA_TYPE_CHUNKED). source: llama.cpp src/llama-model.cpp LLM_ARCH_LLAMA4
    window = local_window_tokens(spec)

    def layer(cells: int, sliding: bool) -> KvLayer:
        b = _bytes(k_el, cells, k_type) + (_bytes(v_el, cells, v_type) if v_el else 0)
        b += _index_bytes(spec, cells, k_type)
        return KvLayer(cells, k_el, v_el, b, sliding)

    full = layer(n_ctx, False)
    if not (spec.model_type in LLAMACPP_SWA_ARCHS and window):
        return _by_kind(spec, full)
    window_cells = window * n_seq + ubatch_tokens
    local = layer(pad(min(n_ctx, window_cells), LLAMACPP_SWA_PAD_TOKENS), True)
    return _by_kind(spec, full, local)


def _windowed_layers(
    spec: ModelSpec,
    *,
    tokens: int,
    batch: int,
    kv_type: str,
    compressed_mla: bool,
    block: int,
    chunked_local: bool = True,
    index_bytes: Callable[[int], int] | None = None,
) -> tuple[KvLayer, ...]:
    """Per-sequence caches that keep only the window on sliding layers (and on chunked ones
    where ``chunked_local``), in ``block``-token pages (1 = no paging)."""
    k_el, v_el = _elements(spec, compressed_mla=compressed_mla)

    def layer(cells: int, sliding: bool) -> KvLayer:
        cells = pad(cells, block) * batch
        b = _bytes(k_el, cells, kv_type) + (_bytes(v_el, cells, kv_type) if v_el else 0)
        b += index_bytes(cells) if index_bytes else _index_bytes(spec, cells, kv_type)
        return KvLayer(cells, k_el, v_el, b, sliding)

    full = layer(tokens, False)
    window = local_window_tokens(spec)
    if not window or (not chunked_local and "sliding" not in spec.layer_attention):
        return _by_kind(spec, full)
    local = layer(min(tokens, window), True)
    return _by_kind(spec, full, local, chunked_local=chunked_local)


def hf_kv_layers(spec: ModelSpec, *, tokens: int, batch: int, kv_type: str) -> tuple[KvLayer, ...]:
    """transformers' dynamic cache: every token in the model dtype; sliding layers keep the
    window (transformers 5 DynamicSlidingWindowLayer, which Llama 4's chunked layers use with the
    chunk as window); DeepSeek's MLA cache is decompressed.

    source: transformers cache_utils.py DynamicCache (layer types "sliding_attention" and
    "chunked_attention" -> DynamicSlidingWindowLayer)"""
    return _windowed_layers(
        spec, tokens=tokens, batch=batch, kv_type=kv_type, compressed_mla=False, block=1
    )


# source: vllm/config/cache.py (block_size default 16 tokens)
VLLM_BLOCK_TOKENS = 16


def vllm_kv_layers(
    spec: ModelSpec, *, tokens: int, batch: int, kv_type: str
) -> tuple[KvLayer, ...]:
    """vLLM's paged cache: 16-token blocks per sequence; MLA compressed; sliding layers windowed
    by the hybrid KV manager. Chunked local attention (Llama 4) turns the hybrid manager off by
    default, so its chunked layers keep every token.

    source: vllm/config/vllm.py ("There is a latency regression when using chunked local
    attention with the hybrid KV cache manager. Disabling it, by default."; opt back in with
    VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1)"""
    return _windowed_layers(
        spec,
        tokens=tokens,
        batch=batch,
        kv_type=kv_type,
        compressed_mla=True,
        block=VLLM_BLOCK_TOKENS,
        chunked_local=False,
        index_bytes=lambda cells: _vllm_index_bytes(spec, cells),
    )
