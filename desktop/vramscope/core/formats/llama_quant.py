"""llama.cpp's per-tensor type choice: which GGML type each tensor of a GGUF file type gets.

For GGUF mixes the bytes depend on which GGML type llama.cpp's ``llama-quantize`` gives each
tensor; ``gguf_tensor_types`` reproduces that choice (``src/llama-quant.cpp``,
``llama_tensor_get_type``) so the size of a GGUF can be computed from a config before anything
is downloaded. ``converter_type`` is the type ``convert_hf_to_gguf.py`` writes before that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from ..errors import SpecError, shown
from ..model import ModelSpec
from ..tensors import TensorInfo, model_tensors
from .ggml import GGML_TYPES, ggml_type
from .names import WeightFormat, parse_weight_format

__all__ = ["converter_type", "gguf_tensor_types", "gguf_types_for"]

# --------------------------------------------------------------------------------------------
# llama.cpp's per-tensor type choice (llama-quantize without --imatrix unless a mix needs one)
# --------------------------------------------------------------------------------------------

# Tensors llama-quantize never quantizes, by substring of the name.
# source: ggml-org/llama.cpp src/llama-quant.cpp tensor_allows_quantization
_NOT_QUANTIZED_SUBSTRINGS = (
    "_norm.weight",
    "ffn_gate_inp.weight",
    "ffn_gate_tid2eid.weight",
    "altup",
    "laurel",
    "per_layer_model_proj",
    "ssm_conv1d",
    "shortconv.conv.weight",
    "indexer.k_proj.weight",
    "indexer.q_proj.weight",
    "time_mix_first.weight",
    "time_mix_w0.weight",
    "time_mix_w1.weight",
    "time_mix_w2.weight",
    "time_mix_v0.weight",
    "time_mix_v1.weight",
    "time_mix_v2.weight",
    "time_mix_a0.weight",
    "time_mix_a1.weight",
    "time_mix_a2.weight",
    "time_mix_g1.weight",
    "time_mix_g2.weight",
    "time_mix_decay_w1.weight",
    "time_mix_decay_w2.weight",
    "time_mix_lerp_fused.weight",
    "attn_rel_b.weight",
)
_NOT_QUANTIZED_NAMES = ("position_embd.weight", "token_types.weight")

# Tensors convert_hf_to_gguf.py writes as F32 whatever --outtype says (besides 1-D tensors,
# norms and anything not named *.weight).
# source: ggml-org/llama.cpp convert_hf_to_gguf.py ModelBase.prepare_tensors ("Some tensor types
# are always in float32")
_CONVERTER_F32_SUBSTRINGS = (
    "ffn_gate_inp.weight",
    "position_embd.weight",
    "token_types.weight",
    "ssm_conv1d",
    "shortconv.conv",
    "time_mix_first",
    "time_mix_w1",
    "time_mix_w2",
    "time_mix_decay_w1",
    "time_mix_decay_w2",
    "time_mix_lerp_fused",
)

# llama.cpp architectures whose quirks the mix rules test.
# source: convert_hf_to_gguf.py registers LlamaForCausalLM, MistralForCausalLM and
# MixtralForCausalLM as LlamaModel (arch "llama"); src/llama-model.cpp: 80 llama layers with GQA
# is LLM_TYPE_70B
_LLAMA_ARCH_MODEL_TYPES = frozenset({"llama", "mistral", "mixtral"})
_FALCON_MODEL_TYPES = frozenset({"falcon", "RefinedWeb", "RefinedWebModel"})
LLAMA_70B_LAYERS = 80

# Types whose presence outside token_embd/output means llama-quantize demands an imatrix.
# source: src/llama-quant.cpp tensor_requires_imatrix
_IMATRIX_TYPES = frozenset({"IQ3_XXS", "IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ1_M", "IQ1_S"})

# source: src/llama-quant.cpp tensor_type_fallback (rows not divisible by the block size)
_FALLBACK = {
    "IQ1_S": "IQ4_NL",
    "IQ1_M": "IQ4_NL",
    "IQ2_XXS": "IQ4_NL",
    "IQ2_XS": "IQ4_NL",
    "IQ2_S": "IQ4_NL",
    "IQ3_XXS": "IQ4_NL",
    "IQ3_S": "IQ4_NL",
    "IQ4_XS": "IQ4_NL",
    "Q2_K": "Q4_0",
    "Q3_K": "Q4_0",
    "TQ1_0": "Q4_0",
    "TQ2_0": "Q4_0",
    "Q4_K": "Q5_0",
    "Q5_K": "Q5_1",
    "Q6_K": "Q8_0",
}

_Category = Literal[
    "token_embd",
    "attn_q",
    "attn_v",
    "attn_k",
    "attn_qkv",
    "attn_kv_b",
    "attn_output",
    "ffn_up",
    "ffn_gate",
    "ffn_down",
    "output",
    "other",
]
_BLK_RE = re.compile(r"^blk\.(\d+)\.")


@lru_cache(maxsize=65536)
def _category(name: str) -> _Category:
    # source: src/llama-quant.cpp tensor_get_category (same order of substring tests)
    if name == "output.weight":
        return "output"
    if name in ("token_embd.weight", "per_layer_token_embd.weight"):
        return "token_embd"
    for needle, cat in (
        ("attn_qkv.weight", "attn_qkv"),
        ("attn_kv_b.weight", "attn_kv_b"),
        ("attn_v.weight", "attn_v"),
        ("attn_k.weight", "attn_k"),
        ("attn_q.weight", "attn_q"),
        ("attn_output.weight", "attn_output"),
        ("ffn_up", "ffn_up"),
        ("ffn_gate", "ffn_gate"),
        ("ffn_down", "ffn_down"),
    ):
        if needle in name:
            return cat  # type: ignore[return-value]
    return "other"


def _is_attn_v(cat: _Category) -> bool:
    return cat in ("attn_v", "attn_qkv", "attn_kv_b")


def _allows_quantization(name: str, shape: tuple[int, ...]) -> bool:
    return _n_dims(shape) >= 2 and _name_allows_quantization(name)


@lru_cache(maxsize=65536)
def _name_allows_quantization(name: str) -> bool:
    if not name.endswith("weight"):
        return False
    if any(s in name for s in _NOT_QUANTIZED_SUBSTRINGS):
        return False
    return not any(name.endswith(n) for n in _NOT_QUANTIZED_NAMES)


def _n_dims(shape: tuple[int, ...]) -> int:
    # ggml_n_dims ignores trailing dimensions of 1
    n = len(shape)
    while n > 1 and shape[n - 1] == 1:
        n -= 1
    return n


def converter_type(name: str, shape: tuple[int, ...], float_type: str) -> str:
    """The GGML type convert_hf_to_gguf.py writes for a tensor with ``--outtype float_type``."""
    if _n_dims(shape) <= 1 or name.endswith("_norm.weight") or not name.endswith(".weight"):
        return "F32"
    return "F32" if _converter_keeps_f32(name) else float_type


@lru_cache(maxsize=65536)
def _converter_keeps_f32(name: str) -> bool:
    return any(s in name for s in _CONVERTER_F32_SUBSTRINGS)


def _use_more_bits(i_layer: int, n_layers: int) -> bool:
    # source: src/llama-quant.cpp use_more_bits (C integer division: operands are non-negative)
    return (
        i_layer < n_layers // 8
        or i_layer >= 7 * n_layers // 8
        or _c_mod(i_layer - n_layers // 8, 3) == 2
    )


def _c_mod(a: int, b: int) -> int:
    # C's % truncates toward zero; Python's floors
    r = abs(a) % b
    return -r if a < 0 else r


class _MixState:
    """quantize_state_impl: the counters llama-quantize advances in processing order."""

    def __init__(self, spec: ModelSpec, ftype: str, has_imatrix: bool, names: Sequence[str]):
        self.ftype = ftype.removeprefix("MOSTLY_")
        self.has_imatrix = has_imatrix
        self.n_expert = spec.n_experts
        self.n_gqa = spec.n_heads // spec.n_kv_heads
        self.is_falcon = spec.model_type in _FALCON_MODEL_TYPES
        self.is_70b = (
            spec.model_type in _LLAMA_ARCH_MODEL_TYPES
            and spec.n_layers == LLAMA_70B_LAYERS
            and spec.n_heads != spec.n_kv_heads
        )
        self.n_attention_wv = sum(1 for n in names if _is_attn_v(_category(n)))
        self.has_tied_embeddings = "output.weight" not in names
        self.n_ffn = spec.n_layers
        self.i_attention_wv = 0
        self.i_ffn_down = 0
        self.i_ffn_gate = 0
        self.i_ffn_up = 0

    def layer_info(self, counter: int, name: str) -> tuple[int, int]:
        if max(1, self.n_expert) > 1:
            m = _BLK_RE.match(name)
            if m is None:
                raise SpecError("format.moe_tensor_layer", tensor=shown(name))
            return int(m.group(1)), self.n_ffn
        return counter, self.n_ffn

    def choose(self, name: str, ne0: int, ne2: int, default: str) -> str:
        """llama_tensor_get_type_impl for one quantizable tensor."""
        ft = self.ftype
        cat = _category(name)
        t = default
        iq2_group = ft in ("IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M")
        if cat == "output" or (self.has_tied_embeddings and cat == "token_embd"):
            if ft == "MXFP4_MOE" or self.is_falcon or ne0 % GGML_TYPES[t].block_elements:
                t = "Q8_0"
            elif ft in ("IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M"):
                t = "Q5_K"
            elif t != "Q8_0":
                t = "Q6_K"
        elif ft == "MXFP4_MOE":
            t = "MXFP4" if ne2 > 1 else "Q8_0"
        elif cat == "token_embd":
            if ft in ("IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ1_M"):
                t = "Q2_K"
            elif ft in ("IQ2_S", "IQ2_M", "IQ3_XXS"):
                t = "IQ3_S"
            elif ft in ("TQ1_0", "TQ2_0"):
                t = "Q4_K"
        elif iq2_group:
            if _is_attn_v(cat):
                if self.n_gqa >= 4 or self.n_expert >= 4:
                    t = "Q4_K"
                else:
                    t = "IQ3_S" if ft in ("IQ2_S", "IQ2_M") else "Q2_K"
                self.i_attention_wv += 1
            elif self.n_expert == 8 and cat == "attn_k":
                t = "Q4_K"
            elif cat == "ffn_down":
                if self.i_ffn_down < self.n_ffn // 8:
                    t = "IQ3_S" if ft in ("IQ2_S", "IQ2_M") else "Q2_K"
                self.i_ffn_down += 1
            elif cat == "attn_output":
                if self.n_expert == 8:
                    t = "Q5_K"
                elif ft in ("IQ1_S", "IQ1_M"):
                    t = "IQ2_XXS"
                elif ft in ("IQ2_S", "IQ2_M"):
                    t = "IQ3_S"
        elif _is_attn_v(cat):
            t = self._attn_v(t)
        elif cat == "attn_k":
            if self.n_expert == 8:
                t = "Q8_0"
            elif ft == "IQ3_XS":
                t = "IQ3_XXS"
            elif ft == "IQ3_XXS":
                t = "IQ2_S"
        elif cat == "attn_q":
            if ft == "IQ3_XS":
                t = "IQ3_XXS"
            elif ft == "IQ3_XXS":
                t = "IQ2_S"
        elif cat == "ffn_down":
            t = self._ffn_down(t, name)
        elif cat == "attn_output":
            t = self._attn_output(t)
        elif cat in ("ffn_gate", "ffn_up"):
            counter = self.i_ffn_gate if cat == "ffn_gate" else self.i_ffn_up
            i_layer, n_layer = self.layer_info(counter, name)
            if ft == "IQ3_XS" and n_layer // 8 <= i_layer < 7 * n_layer // 8:
                t = "IQ3_XXS"
            if cat == "ffn_gate":
                self.i_ffn_gate += 1
            else:
                self.i_ffn_up += 1
        return t

    def _attn_v(self, t: str) -> str:
        ft = self.ftype
        gqa4 = self.n_gqa >= 4
        if ft == "Q2_K":
            t = "Q4_K" if gqa4 else "Q3_K"
        elif ft == "Q2_K_S" and gqa4:
            t = "Q4_K"
        elif ft == "IQ3_XXS":
            t = "Q4_K" if gqa4 else ("IQ3_S" if not self.has_imatrix else "IQ3_XXS")
        elif (ft in ("IQ3_XS", "IQ3_S") and gqa4) or ft == "IQ3_M":
            t = "Q4_K"
        elif ft == "Q3_K_M":
            t = "Q5_K" if self.i_attention_wv < 2 else "Q4_K"
        elif ft == "Q3_K_L" or (ft in ("IQ4_NL", "IQ4_XS") and gqa4):
            t = "Q5_K"
        elif ft in ("Q4_K_M", "Q5_K_M") and _use_more_bits(
            self.i_attention_wv, self.n_attention_wv
        ):
            t = "Q6_K"
        elif ft == "Q4_K_S" and self.i_attention_wv < 4:
            t = "Q5_K"
        if self.is_70b and t in ("Q3_K", "Q4_K"):
            t = "Q5_K"
        if self.n_expert == 8:
            t = "Q8_0"
        self.i_attention_wv += 1
        return t

    def _ffn_down(self, t: str, name: str) -> str:
        ft = self.ftype
        i_layer, n_layer = self.layer_info(self.i_ffn_down, name)
        more = _use_more_bits(i_layer, n_layer)
        if ft == "Q2_K":
            t = "Q3_K"
        elif ft == "Q2_K_S":
            if i_layer < n_layer // 8:
                t = "Q4_K"
        elif ft == "IQ3_XXS" and not self.has_imatrix:
            t = "Q4_K" if i_layer < n_layer // 8 else "Q3_K"
        elif ft == "Q3_K_M":
            if i_layer < n_layer // 16:
                t = "Q5_K"
            else:
                t = "Q4_K" if (not self.is_falcon or more) else "Q3_K"
        elif ft == "IQ3_M" and (i_layer < n_layer // 8 or (self.n_expert == 8 and more)):
            t = "Q4_K"
        elif ft == "Q3_K_L":
            t = "Q4_K" if self.is_falcon else "Q5_K"
        elif ft == "Q4_K_M":
            if self.is_falcon:
                t = "Q6_K" if i_layer < n_layer // 16 else ("Q5_K" if more else "Q4_K")
            elif more:
                t = "Q6_K"
        elif i_layer < n_layer // 8 and ft in ("IQ4_NL", "IQ4_XS") and not self.has_imatrix:
            t = "Q5_K"
        elif ft == "Q5_K_M" and more:
            t = "Q6_K"
        elif ft == "Q4_K_S" and not self.is_falcon and i_layer < n_layer // 8:
            t = "Q5_K"
        elif ft in ("Q4_0", "Q5_0") and self.has_imatrix and i_layer < n_layer // 8:
            t = "Q4_1" if ft == "Q4_0" else "Q5_1"
        self.i_ffn_down += 1
        return t

    def _attn_output(self, t: str) -> str:
        ft = self.ftype
        if self.is_falcon:
            return "Q4_K" if ft == "Q3_K_L" else t
        if self.n_expert == 8:
            if ft in (
                "Q2_K",
                "IQ3_XS",
                "IQ3_XXS",
                "Q3_K_S",
                "Q3_K_M",
                "IQ4_NL",
                "Q4_K_S",
                "Q4_K_M",
                "IQ3_S",
                "IQ3_M",
                "IQ4_XS",
            ):
                t = "Q5_K"
            return t
        return {
            "Q2_K": "Q3_K",
            "IQ3_XXS": "IQ3_S",
            "Q3_K_M": "Q4_K",
            "Q3_K_L": "Q5_K",
            "IQ3_M": "Q4_K",
        }.get(ft, t)


def _fallback(t: str, ne0: int) -> str:
    if ne0 % GGML_TYPES[t].block_elements == 0:
        return t
    if t not in _FALLBACK:
        raise SpecError("format.no_fallback", ggml_type=t, row=ne0)
    fb = _FALLBACK[t]
    return fb if ne0 % GGML_TYPES[fb].block_elements == 0 else "F16"


def _run_mix(
    spec: ModelSpec,
    tensors: Sequence[tuple[str, tuple[int, ...]]],
    fmt: WeightFormat,
    has_imatrix: bool,
    source_type: str,
) -> tuple[str, ...]:
    names = [n for n, _ in tensors]
    assert fmt.ggml_type is not None and fmt.llama_ftype is not None
    default = fmt.ggml_type
    source = [converter_type(n, s, source_type) for n, s in tensors]
    if not GGML_TYPES[default].is_quantized:
        # F16/BF16/F32 files: quantizable tensors take the file type, the rest keep theirs
        return tuple(
            default if _allows_quantization(n, s) else src
            for (n, s), src in zip(tensors, source, strict=True)
        )
    state = _MixState(spec, fmt.llama_ftype, has_imatrix, names)

    # llama_model_loader keeps weights in a map ordered by layer number, then name
    # (weight_name_comparer); the counters advance in that order
    def order_key(i: int) -> tuple[int, str]:
        m = _BLK_RE.match(names[i])
        return (int(m.group(1)) if m else -1, names[i])

    result = list(source)
    for i in sorted(range(len(tensors)), key=order_key):
        name, shape = tensors[i]
        if not _allows_quantization(name, shape):
            continue
        ne2 = shape[2] if len(shape) > 2 else 1
        result[i] = _fallback(state.choose(name, shape[0], ne2, default), shape[0])
    return tuple(result)


def _needs_imatrix(fmt: WeightFormat, names: Sequence[str], types: Sequence[str]) -> bool:
    for name, t in zip(names, types, strict=True):
        if name in ("token_embd.weight", "per_layer_token_embd.weight", "output.weight"):
            continue
        if t in _IMATRIX_TYPES or (t == "Q2_K" and fmt.id == "q2_k_s"):
            return True
    return False


def gguf_types_for(
    spec: ModelSpec,
    tensors: Sequence[tuple[str, tuple[int, ...]]],
    ftype: str | WeightFormat,
    *,
    imatrix: bool | None = None,
    source_type: str = "F16",
) -> tuple[str, ...]:
    """GGML type per (name, shape) for llama-quantize's ``ftype`` (see gguf_tensor_types)."""
    fmt = ftype if isinstance(ftype, WeightFormat) else parse_weight_format(ftype)
    if fmt.llama_ftype is None or fmt.family not in ("gguf", "float"):
        raise SpecError("format.not_gguf_ftype", value=shown(fmt.id))
    ggml_type(source_type)
    if imatrix is not None:
        return _run_mix(spec, tensors, fmt, imatrix, source_type)
    types = _run_mix(spec, tensors, fmt, False, source_type)
    if _needs_imatrix(fmt, [n for n, _ in tensors], types):
        # llama-quantize refuses these mixes without an importance matrix, so every such file
        # in the wild was made with one
        types = _run_mix(spec, tensors, fmt, True, source_type)
    return types


@lru_cache(maxsize=4096)
def _gguf_tensor_types_cached(
    spec: ModelSpec, fmt_id: str, imatrix: bool | None
) -> tuple[str, ...]:
    tensors: tuple[TensorInfo, ...] = model_tensors(spec)
    return gguf_types_for(spec, [(t.name, t.shape) for t in tensors], fmt_id, imatrix=imatrix)


def gguf_tensor_types(
    spec: ModelSpec, ftype: str, *, imatrix: bool | None = None
) -> tuple[str, ...]:
    """The GGML type ``llama-quantize`` gives each tensor of ``model_tensors(spec)``.

    Implements llama.cpp ``src/llama-quant.cpp`` ``llama_tensor_get_type`` for a converted
    F16 GGUF: output/token_embd rules (tied embeddings take the output rule), the attn_v /
    ffn_down upgrades with llama.cpp's counters in its processing order, the MoE, 70B and Falcon
    special cases, unquantized 1-D tensors, norms and routers, and the row-size fallbacks.
    ``imatrix=None`` means what llama-quantize does by default: no importance matrix, except for
    the mixes it refuses to make without one (IQ1/IQ2/IQ3_XXS/IQ3_XS, Q2_K_S), which are computed
    as made with one.
    """
    fmt = parse_weight_format(ftype)
    return _gguf_tensor_types_cached(spec, fmt.id, imatrix)
