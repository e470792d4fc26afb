"""Weight bytes of a model in a weight format, split the way runtimes place them.

``weight_layout`` predicts the bytes of every tensor of ``model_tensors(spec)`` for a format
(GGUF mixes through llama.cpp's per-tensor rules, bitsandbytes, GPTQ/AWQ, EXL2, FP8, MXFP4) and
groups them: the input embedding (llama.cpp keeps it in host RAM), the output head, each
repeating layer (the unit of partial offload), the encoder of an encoder-decoder model.
``layout_from_file_tensors`` does the same for the tensors listed in a real GGUF or safetensors
header, which is exact for any file, including third-party mixes no rule predicts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .errors import SpecError, shown
from .formats import (
    BNB_4BIT_BLOCKSIZE,
    BNB_NESTED_BLOCKSIZE,
    GGML_TYPES,
    WeightFormat,
    converter_type,
    ggml_tensor_bytes,
    gguf_tensor_types,
)
from .model import ModelSpec
from .tensors import TensorInfo, model_tensors

__all__ = [
    "SAFETENSORS_DTYPE_BITS",
    "WeightLayout",
    "layout_from_file_tensors",
    "weight_layout",
]

# Bytes of the tensors a quantizer leaves alone (embeddings, norms, lm_head): the 16-bit load
# dtype. source: transformers integrations/bitsandbytes.py get_keys_to_not_convert (lm_head and
# tied weights skipped); AutoGPTQ/AutoAWQ save non-quantized tensors in fp16; compressed-tensors
# FP8 checkpoints keep embed_tokens/lm_head in bf16 (RedHatAI/*-FP8-dynamic config.json "ignore")
UNQUANTIZED_BYTES = 2
# source: bitsandbytes functional.py get_4bit_type: the 16-entry NF4/FP4 code, fp32, one copy
# per quantized weight (QuantState.code)
BNB_4BIT_CODE_BYTES = 16 * 4
# source: bitsandbytes functional.py quantize_blockwise: the nested 256-entry dynamic map is
# copied per weight (code.to(A.device, copy=True)); plus the fp32 offset scalar (absmax.mean())
BNB_NESTED_CODE_BYTES = 256 * 4
BNB_NESTED_OFFSET_BYTES = 4
# source: bitsandbytes nn/modules.py Int8Params / functional.int8_vectorwise_quant: int8 CB
# plus one fp32 absmax per output row (SCB)
BNB_INT8_ROW_SCALE_BYTES = 4
# source: AutoGPTQ nn_modules/qlinear: qweight/qzeros packed in int32, scales fp16, g_idx int32
GPTQ_PACK_BITS = 32
GPTQ_SCALE_BYTES = 2
GPTQ_G_IDX_BYTES = 4
# source: compressed-tensors FP8 "channel" strategy: one fp32 weight_scale per output channel
FP8_CHANNEL_SCALE_BYTES = 4

# Bits per element of every safetensors dtype (GGUF headers use GGML type names instead).
# source: huggingface/safetensors safetensors/src/tensor.rs enum Dtype (bitsize)
SAFETENSORS_DTYPE_BITS: dict[str, int] = {
    "BOOL": 8, "U8": 8, "I8": 8, "F8_E5M2": 8, "F8_E4M3": 8, "F8_E8M0": 8,
    "I16": 16, "U16": 16, "F16": 16, "BF16": 16,
    "I32": 32, "U32": 32, "F32": 32, "I64": 64, "U64": 64, "F64": 64, "C64": 64,
    "F4": 4, "F6_E2M3": 6, "F6_E3M2": 6,
}  # fmt: skip

_Group = Literal["token_embd", "output", "layer", "encoder", "other"]


def _non_negative(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SpecError("spec.negative", field=name, value=shown(value))


@dataclass(frozen=True, slots=True)
class WeightLayout:
    """Bytes of a model's weights in one format, per tensor and per placement group.

    * ``tensor_*`` are aligned with ``model_tensors(spec)`` (or with the file's tensor list).
    * ``token_embd_bytes``: token (+ position) embeddings and their norm: llama.cpp keeps them
      in host RAM even with every layer offloaded.
    * ``output_bytes``: output head + final norm (head 0 when tied).
    * ``layer_bytes[i]``: tensors of repeating block i (``blk.i.*``); ``layer_active_bytes[i]``:
      bytes read per generated token (routed experts scaled by k/E).
    * ``encoder_bytes``: the encoder stack of an encoder-decoder model.
    * ``other_bytes``: anything else (e.g. a vision tower or MTP block in a file).
    * ``output_head_bytes_if_tied``: for tied embeddings, the embedding matrix in the form the
      head uses; llama.cpp duplicates it on the GPU that runs the output layer. 0 when untied.
    * ``linear_*`` / ``non_linear_*``: split by whether transformers builds the tensor's module
      as nn.Linear (QLoRA's ``prepare_model_for_kbit_training`` upcasts the others to fp32).
    """

    format_id: str
    tensor_names: tuple[str, ...]
    tensor_types: tuple[str, ...]
    tensor_bytes: tuple[int, ...]
    token_embd_bytes: int
    output_bytes: int
    layer_bytes: tuple[int, ...]
    layer_active_bytes: tuple[int, ...]
    encoder_bytes: int
    other_bytes: int
    linear_bytes: int
    non_linear_bytes: int
    linear_params: int
    non_linear_params: int
    output_head_bytes_if_tied: int

    def __post_init__(self) -> None:
        if not isinstance(self.format_id, str) or not self.format_id:
            raise SpecError("spec.empty_string", field="format_id", value=shown(self.format_id))
        n = len(self.tensor_names)
        if len(self.tensor_types) != n or len(self.tensor_bytes) != n:
            raise SpecError(
                "weights.unaligned",
                names=n,
                types=len(self.tensor_types),
                sizes=len(self.tensor_bytes),
            )
        if len(self.layer_active_bytes) != len(self.layer_bytes):
            raise SpecError(
                "spec.per_layer_count",
                field="layer_active_bytes",
                count=len(self.layer_active_bytes),
                n_layers=len(self.layer_bytes),
            )
        for name in ("token_embd_bytes", "output_bytes", "encoder_bytes", "other_bytes",
                     "linear_bytes", "non_linear_bytes", "linear_params", "non_linear_params",
                     "output_head_bytes_if_tied"):  # fmt: skip
            _non_negative(name, getattr(self, name))
        for i, (whole, active) in enumerate(zip(self.layer_bytes, self.layer_active_bytes,
                                                strict=True)):  # fmt: skip
            _non_negative(f"layer_bytes[{i}]", whole)
            _non_negative(f"layer_active_bytes[{i}]", active)
            if active > whole:
                raise SpecError("weights.layer_active", layer=i, active=active, whole=whole)
        total = sum(self.tensor_bytes)
        if total != self.total_bytes or total != self.linear_bytes + self.non_linear_bytes:
            raise SpecError(
                "weights.totals",
                total=total,
                grouped=self.total_bytes,
                split=self.linear_bytes + self.non_linear_bytes,
            )

    @property
    def total_bytes(self) -> int:
        """Every stored tensor once (what the file or the loaded model holds)."""
        return (
            self.token_embd_bytes
            + self.output_bytes
            + sum(self.layer_bytes)
            + self.encoder_bytes
            + self.other_bytes
        )

    @property
    def active_bytes(self) -> int:
        """Weight bytes read per generated token: the decoder layers (routed experts at k/E),
        the output head (the embedding matrix when tied), not the token embedding table (one
        row is gathered) nor the encoder (run once per prompt)."""
        return (
            sum(self.layer_active_bytes)
            + self.output_bytes
            + self.output_head_bytes_if_tied
            + self.other_bytes
        )


# --------------------------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------------------------

# Gemma 3n's per-layer token embeddings are an input lookup like token_embd: llama.cpp keeps
# them with the token embeddings in host memory (LLM_TENSOR_PER_LAYER_TOKEN_EMBD, input layer).
_INPUT_ROLES = frozenset(
    {"token_embd", "position_embd", "token_embd_norm", "token_embd_norm_bias", "token_types",
     "per_layer_token_embd"}
)  # fmt: skip


def _group_of(t: TensorInfo) -> _Group:
    if t.encoder:
        return "encoder"
    if t.layer is not None:
        return "layer"
    if t.role in _INPUT_ROLES:
        return "token_embd"
    if t.role.startswith("output"):
        return "output"
    return "other"


_GGUF_LAYER_RE = re.compile(r"^(?:(enc|dec)\.)?blk\.(\d+)\.")
# HF module paths of repeating blocks: model.layers.N, transformer.h.N, encoder.block.N, ...
_HF_LAYER_RE = re.compile(r"(?:^|\.)(?:layers|h|blocks?|layer)\.(\d+)\.")
_MULTIMODAL_WORDS = ("vision", "visual", "audio", "multi_modal_projector", "mm_projector")
_HF_INPUT_SUFFIXES = (
    "embed_tokens.weight", "wte.weight", "word_embeddings.weight", "shared.weight",
    "embed_positions.weight", "wpe.weight", "position_embeddings.weight",
    "word_embeddings_layernorm.weight", "word_embeddings_layernorm.bias",
)  # fmt: skip
_HF_TOKEN_EMBEDDINGS = ("embed_tokens.weight", "wte.weight", "word_embeddings.weight",
                        "shared.weight")  # fmt: skip
_HF_OUTPUT_NAMES = re.compile(
    r"^(?:lm_head\..*|(?:model\.|transformer\.|gpt_neox\.)?(?:norm|ln_f|final_layernorm|"
    r"final_layer_norm)\.(?:weight|bias)|(?:model\.)?decoder\.(?:final_layer_norm|norm)\."
    r"(?:weight|bias))$"
)
_HF_ENCODER_OUTPUT = re.compile(r"^(?:model\.)?encoder\.(?:final_layer_norm|norm)\.")


_GGUF_INPUT_NAMES = frozenset(
    {"token_embd.weight", "position_embd.weight", "token_types.weight",
     "per_layer_token_embd.weight"}
)  # fmt: skip


def _file_group(name: str, n_layers: int) -> tuple[_Group, int | None]:
    m = _GGUF_LAYER_RE.match(name)
    if m:
        if m.group(1) == "enc":
            return "encoder", None
        layer = int(m.group(2))
        return ("layer", layer) if layer < n_layers else ("other", None)
    if name in _GGUF_INPUT_NAMES or name.startswith("token_embd_norm."):
        return "token_embd", None
    if name.startswith(("output.", "output_norm.", "dec.output_norm.")):
        return "output", None
    if name.startswith("enc."):
        return "encoder", None
    if any(w in name for w in _MULTIMODAL_WORDS):
        return "other", None
    # Hugging Face names
    if name.startswith(("encoder.", "model.encoder.")) or _HF_ENCODER_OUTPUT.match(name):
        return "encoder", None
    m = _HF_LAYER_RE.search(name)
    if m:
        layer = int(m.group(1))
        return ("layer", layer) if layer < n_layers else ("other", None)
    if name.endswith(_HF_INPUT_SUFFIXES):
        return "token_embd", None
    if _HF_OUTPUT_NAMES.match(name):
        return "output", None
    return "other", None


def _file_is_expert(name: str) -> bool:
    return "_exps" in name or ".experts." in name


_NON_LINEAR_WORDS = (
    "norm", "ln_", "ffn_gate_inp", "router", "attn_rel_b", "relative_attention_bias", "sinks",
    "exp_probs_b", "e_score_correction",
)  # fmt: skip
# Auxiliary tensors of quantized linear layers (GPTQ/AWQ, bitsandbytes, FP8 checkpoints).
_QUANT_AUX_SUFFIXES = (".qweight", ".qzeros", ".scales", ".g_idx", ".weight_scale",
                       ".weight_scale_inv", ".input_scale", ".SCB", ".absmax", ".quant_map",
                       ".nested_absmax", ".nested_quant_map", ".quant_state.bitsandbytes__nf4",
                       ".quant_state.bitsandbytes__fp4", ".weight_format")  # fmt: skip


def _file_is_linear(name: str, shape: tuple[int, ...], group: _Group) -> bool:
    if group not in ("layer", "encoder"):
        return False
    if any(w in name for w in _NON_LINEAR_WORDS) or name.endswith((".gate.weight", ".bias")):
        return False
    if name.endswith(_QUANT_AUX_SUFFIXES):
        return True
    # stacked 3-D experts are bare parameters in transformers v5, not nn.Linear
    return name.endswith(".weight") and len(shape) == 2


# --------------------------------------------------------------------------------------------
# Bytes per tensor, per format family
# --------------------------------------------------------------------------------------------


def _in_out_experts(shape: tuple[int, ...]) -> tuple[int, int, int]:
    """(in_features, out_features, experts) of a GGUF-order weight shape."""
    n_in = shape[0]
    n_out = shape[1] if len(shape) > 1 else 1
    experts = 1
    for dim in shape[2:]:
        experts *= dim
    return n_in, n_out, experts


def _quantizable(t: TensorInfo, *, experts: bool) -> bool:
    """A weight a post-training quantizer replaces: nn.Linear weights (and, for formats whose
    checkpoints quantize each expert's projections, the stacked expert weights)."""
    if len(t.shape) < 2 or not t.name.endswith(".weight"):
        return False
    return t.linear or (experts and t.is_expert)


def _bnb_bytes(fmt: WeightFormat, t: TensorInfo) -> tuple[int, str]:
    if not _quantizable(t, experts=False):
        return t.n_elements * UNQUANTIZED_BYTES, "BF16"
    n = t.n_elements
    if fmt.bits == 8:
        _, n_out, experts = _in_out_experts(t.shape)
        return n + BNB_INT8_ROW_SCALE_BYTES * n_out * experts, "int8"
    n_blocks = math.ceil(n / BNB_4BIT_BLOCKSIZE)
    packed = math.ceil(n / 2)
    if fmt.double_quant:
        nested = 4 * math.ceil(n_blocks / BNB_NESTED_BLOCKSIZE)
        state = BNB_4BIT_CODE_BYTES + BNB_NESTED_CODE_BYTES + BNB_NESTED_OFFSET_BYTES
        return packed + n_blocks + nested + state, fmt.id
    return packed + 4 * n_blocks + BNB_4BIT_CODE_BYTES, fmt.id


def _gptq_bytes(fmt: WeightFormat, t: TensorInfo) -> tuple[int, str]:
    if not _quantizable(t, experts=True):
        return t.n_elements * UNQUANTIZED_BYTES, "F16"
    n_in, n_out, experts = _in_out_experts(t.shape)
    bits, group = fmt.bits, fmt.group_size
    groups = 1 if group <= 0 else math.ceil(n_in / group)
    if fmt.family == "gptq":
        # qweight [in*bits/32, out], qzeros [groups, out*bits/32], scales [groups, out], g_idx [in]
        qweight = math.ceil(n_in * bits / GPTQ_PACK_BITS) * n_out * 4
        extra = GPTQ_G_IDX_BYTES * n_in
    else:
        # AWQ packs along out: qweight [in, out*bits/32]
        qweight = n_in * math.ceil(n_out * bits / GPTQ_PACK_BITS) * 4
        extra = 0
    qzeros = groups * math.ceil(n_out * bits / GPTQ_PACK_BITS) * 4
    scales = groups * n_out * GPTQ_SCALE_BYTES
    return (qweight + qzeros + scales + extra) * experts, fmt.id


def _exl2_bytes(fmt: WeightFormat, t: TensorInfo) -> tuple[int, str]:
    if t.role == "output":
        return math.ceil(t.n_elements * fmt.head_bits / 8), f"exl2-{fmt.head_bits}bit"
    if not _quantizable(t, experts=True):
        return t.n_elements * UNQUANTIZED_BYTES, "F16"
    return math.ceil(t.n_elements * fmt.bpw / 8), fmt.id


def _fp8_bytes(t: TensorInfo) -> tuple[int, str]:
    if not _quantizable(t, experts=True):
        return t.n_elements * UNQUANTIZED_BYTES, "BF16"
    _, n_out, experts = _in_out_experts(t.shape)
    return t.n_elements + FP8_CHANNEL_SCALE_BYTES * n_out * experts, "F8_E4M3"


def _mxfp4_bytes(t: TensorInfo) -> tuple[int, str]:
    if t.is_expert and t.name.endswith(".weight") and len(t.shape) == 3:
        mx = GGML_TYPES["MXFP4"]
        _, n_out, experts = _in_out_experts(t.shape)
        row = math.ceil(t.shape[0] / mx.block_elements) * mx.block_bytes
        return row * n_out * experts, "MXFP4"
    return t.n_elements * UNQUANTIZED_BYTES, "BF16"


def _per_tensor(
    spec: ModelSpec, fmt: WeightFormat, gguf_file: bool
) -> tuple[tuple[int, ...], tuple[str, ...], int]:
    """(bytes, type label) per tensor, and the bytes of a tied embedding used as the head."""
    tensors = model_tensors(spec)
    if fmt.family in ("float", "gguf"):
        if fmt.family == "gguf":
            types = gguf_tensor_types(spec, fmt.id)
        else:
            assert fmt.ggml_type is not None
            types = tuple(
                converter_type(t.name, t.shape, fmt.ggml_type) if gguf_file else fmt.ggml_type
                for t in tensors
            )
        sizes = tuple(ggml_tensor_bytes(ty, t.shape) for ty, t in zip(types, tensors, strict=True))
        head = _tied_embedding_bytes(spec, tensors, sizes)
        return sizes, types, head
    if gguf_file:
        raise SpecError("weights.gguf_file_format", value=shown(fmt.id))
    pairs: list[tuple[int, str]] = []
    for t in tensors:
        if fmt.family == "bnb":
            pairs.append(_bnb_bytes(fmt, t))
        elif fmt.family in ("gptq", "awq"):
            pairs.append(_gptq_bytes(fmt, t))
        elif fmt.family == "exl2":
            pairs.append(_exl2_bytes(fmt, t))
        elif fmt.family == "fp8":
            pairs.append(_fp8_bytes(t))
        else:
            pairs.append(_mxfp4_bytes(t))
    sizes = tuple(b for b, _ in pairs)
    head = _tied_embedding_bytes(spec, tensors, sizes)
    if fmt.family == "exl2" and head:
        # exllamav2 quantizes the head itself (head_bits), even when it shares the embedding
        embd = next(t for t in tensors if t.role == "token_embd")
        head = math.ceil(embd.n_elements * fmt.head_bits / 8)
    return sizes, tuple(label for _, label in pairs), head


def _tied_embedding_bytes(
    spec: ModelSpec, tensors: Sequence[TensorInfo], sizes: Sequence[int]
) -> int:
    if not spec.tied_embeddings:
        return 0
    for t, size in zip(tensors, sizes, strict=True):
        if t.role == "token_embd":
            return size
    return 0


def _assemble(
    format_id: str,
    names: Sequence[str],
    types: Sequence[str],
    sizes: Sequence[int],
    elements: Sequence[int],
    groups: Sequence[tuple[_Group, int | None]],
    experts: Sequence[bool],
    linear: Sequence[bool],
    n_layers: int,
    active_fraction: tuple[int, int],
    tied_head_bytes: int,
) -> WeightLayout:
    per_group = {"token_embd": 0, "output": 0, "encoder": 0, "other": 0}
    layers = [0] * n_layers
    active = [0] * n_layers
    lin_b = lin_p = other_b = other_p = 0
    k, n = active_fraction
    for size, count, (group, layer), is_expert, is_linear in zip(
        sizes, elements, groups, experts, linear, strict=True
    ):
        if group == "layer" and layer is not None:
            layers[layer] += size
            active[layer] += size * k // n if is_expert and n else size
        else:
            per_group[group] += size
        if is_linear:
            lin_b += size
            lin_p += count
        else:
            other_b += size
            other_p += count
    return WeightLayout(
        format_id=format_id,
        tensor_names=tuple(names),
        tensor_types=tuple(types),
        tensor_bytes=tuple(sizes),
        token_embd_bytes=per_group["token_embd"],
        output_bytes=per_group["output"],
        layer_bytes=tuple(layers),
        layer_active_bytes=tuple(active),
        encoder_bytes=per_group["encoder"],
        other_bytes=per_group["other"],
        linear_bytes=lin_b,
        non_linear_bytes=other_b,
        linear_params=lin_p,
        non_linear_params=other_p,
        output_head_bytes_if_tied=tied_head_bytes,
    )


@lru_cache(maxsize=4096)
def weight_layout(spec: ModelSpec, fmt: WeightFormat, *, gguf_file: bool = False) -> WeightLayout:
    """Predicted weight bytes of ``spec`` stored as ``fmt``.

    Per family: ``float`` every tensor at the dtype (``gguf_file=True``: 1-D tensors, norms and
    routers in F32, as convert_hf_to_gguf.py writes them); ``gguf`` llama-quantize's per-tensor
    types; ``bnb`` nn.Linear weights in int8 (+fp32 row scale) or 4-bit (+absmax, nested for
    double quant), the rest 16-bit, lm_head included; ``gptq``/``awq`` packed int32 weights,
    fp16 scales, int32 zeros (+ GPTQ's g_idx), embeddings and head fp16; ``exl2`` linear layers
    at the target bpw, head at head_bits, embeddings fp16; ``fp8`` 1 B/weight + fp32 channel
    scales, the rest bf16; ``mxfp4`` stacked experts in MXFP4 (4.25 bits), the rest bf16.
    """
    tensors = model_tensors(spec)
    sizes, types, tied_head = _per_tensor(spec, fmt, gguf_file)
    return _assemble(
        fmt.id,
        [t.name for t in tensors],
        types,
        sizes,
        [t.n_elements for t in tensors],
        [(_group_of(t), t.layer) for t in tensors],
        [t.is_expert for t in tensors],
        [t.linear for t in tensors],
        spec.n_layers,
        (spec.n_experts_per_token, spec.n_experts),
        tied_head,
    )


def _file_tensor_bytes(name: str, dtype: str, shape: tuple[int, ...]) -> int:
    key = dtype.upper() if isinstance(dtype, str) else ""
    if key in GGML_TYPES and key not in ("F32", "F16", "BF16"):
        return ggml_tensor_bytes(key, shape)
    bits = SAFETENSORS_DTYPE_BITS.get(key)
    if bits is None:
        raise SpecError(
            "weights.unknown_dtype",
            tensor=shown(name),
            value=shown(dtype),
            known=", ".join(sorted(set(GGML_TYPES) | set(SAFETENSORS_DTYPE_BITS))),
        )
    n = 1
    for dim in shape:
        n *= dim
    return math.ceil(n * bits / 8)


def layout_from_file_tensors(
    spec: ModelSpec,
    tensors: Sequence[tuple[str, tuple[int, ...], str]],
    *,
    format_id: str,
) -> WeightLayout:
    """The layout of a real file from its header: (name, shape, dtype) per tensor.

    Names may be GGUF (``blk.3.attn_q.weight``) or Hugging Face (``model.layers.3.self_attn.
    q_proj.weight``); dtypes GGML type names (``Q4_K``) or safetensors dtypes (``BF16``,
    ``F8_E4M3``, ``U8``). Blocks numbered beyond ``spec.n_layers`` (MTP heads) and multimodal
    towers count as ``other_bytes``. A file without an output head is taken as tied: its token
    embedding is the head.
    """
    if not isinstance(format_id, str) or not format_id:
        raise SpecError("spec.empty_string", field="format_id", value=shown(format_id))
    names: list[str] = []
    types: list[str] = []
    sizes: list[int] = []
    elements: list[int] = []
    groups: list[tuple[_Group, int | None]] = []
    experts: list[bool] = []
    linear: list[bool] = []
    head_present = False
    embedding_bytes = 0
    for entry in tensors:
        if not (isinstance(entry, tuple | list) and len(entry) == 3):
            raise SpecError("weights.file_tensor", value=shown(entry))
        name, raw_shape, dtype = entry
        if not isinstance(name, str) or not name:
            raise SpecError("spec.empty_string", field="file tensor name", value=shown(name))
        if not isinstance(raw_shape, tuple | list) or any(
            isinstance(d, bool) or not isinstance(d, int) or d < 0 for d in raw_shape
        ):
            raise SpecError("weights.tensor_shape", tensor=shown(name), value=shown(raw_shape))
        shape = tuple(raw_shape)
        size = _file_tensor_bytes(name, dtype, shape)
        group = _file_group(name, spec.n_layers)
        count = math.prod(shape)
        names.append(name)
        types.append(str(dtype).upper())
        sizes.append(size)
        elements.append(count)
        groups.append(group)
        experts.append(_file_is_expert(name))
        linear.append(_file_is_linear(name, shape, group[0]))
        if name in ("output.weight", "lm_head.weight"):
            head_present = True
        if name == "token_embd.weight" or name.endswith(_HF_TOKEN_EMBEDDINGS):
            embedding_bytes = size
    return _assemble(
        format_id,
        names,
        types,
        sizes,
        elements,
        groups,
        experts,
        linear,
        spec.n_layers,
        (spec.n_experts_per_token, spec.n_experts),
        0 if head_present else embedding_bytes,
    )
