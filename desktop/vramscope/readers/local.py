"""The user's own model files: a config.json, a model folder (+ safetensors shards) or a GGUF.

:func:`load_local_model` turns any of them into a :class:`LocalModel`: a ModelSpec for the
estimator plus, when weight files are present, the exact tensor list (name, GGUF-order shape,
dtype or GGML type) that ``core.weights.layout_from_file_tensors`` turns into exact bytes.

GGUF files carry llama.cpp's metadata, not a config.json; :func:`config_from_gguf` maps it to
the Hugging Face field names ``hf_config.spec_from_config`` reads, and fills in what the
metadata cannot say (tied embeddings, biases, which layers are MoE) from the tensor list.
Every reader treats the files as hostile and fails with a one-line :class:`ModelFileError`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from vramscope.core.errors import SpecError, clip_value, shown
from vramscope.core.formats import format_from_llama_ftype
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.notes import Note

from ._files import ModelFileError, is_regular_file, open_regular, path_kind
from ._files import clip_text as _clip
from .gguf import (
    GgufArray,
    GgufModel,
    GgufTensor,
    GgufValue,
    read_gguf_model,
)
from .gguf_arch import NEW_ARCH_MODEL_TYPES, extend_config
from .mmproj import CLIP_ARCHITECTURE
from .safetensors import (
    INDEX_FILE,
    SafetensorsTensor,
    read_json_file,
    read_safetensors_folder,
)

__all__ = [
    "MAX_CONFIG_BYTES",
    "FileTensor",
    "LocalModel",
    "ModelFileError",
    "config_from_gguf",
    "load_local_model",
]

# Far above any real model (the deepest public ones have ~120 layers), and cheap to loop over.
MAX_GGUF_LAYERS = 100_000
# Real config.json files are a few kB (multimodal ones with processor settings < 100 kB).
MAX_CONFIG_BYTES = 16 << 20

FileTensor = tuple[str, tuple[int, ...], str]
Kind = Literal["config", "safetensors", "gguf"]


@dataclass(frozen=True, slots=True)
class LocalModel:
    """A model read from the user's disk.

    ``file_tensors`` lists every weight as (name, shape in GGUF order (row length first), the
    safetensors dtype or GGML type name); it is empty for a bare config.json.
    ``weights_format_id`` names the weight format (``bf16``, ``q4_k_m``, ``gguf-mixed`` when
    the GGUF's file type is unknown); ``file_bytes`` is the size of the weight files on disk.
    """

    spec: ModelSpec
    kind: Kind
    path: Path
    file_tensors: tuple[FileTensor, ...]
    weights_format_id: str
    file_bytes: int
    files: tuple[Path, ...] = ()
    # Exact bytes of the tensors as stored, when the files told us (GGUF, safetensors).
    tensor_bytes: int | None = None
    warnings: tuple[Note, ...] = field(default=(), compare=False)


def load_local_model(path: str | os.PathLike[str]) -> LocalModel:
    """Read a config.json, a model folder (config.json + safetensors) or a GGUF (any shard).

    Raises ModelFileError (a SpecError) with a one-line reason naming the file.
    """
    p = Path(path)
    name = _clip(p.name or str(p))
    # Missing, a symlink loop, no permission, a FIFO, device or socket: each said as such.
    kind = path_kind(p, name)
    try:
        return _load(p, name, kind)
    except OSError as e:
        # A folder or file that changed or lost its permissions while it was being read.
        where = _clip(Path(e.filename).name) if isinstance(e.filename, str) else name
        raise ModelFileError("file.cannot_access", file=where, reason=str(e.strerror or e)) from e


def _load(p: Path, name: str, kind: str) -> LocalModel:
    if kind == "folder":
        return _from_folder(p)
    suffix = p.suffix.lower()
    if suffix == ".gguf":
        return _from_gguf(p)
    if p.name == INDEX_FILE or suffix == ".safetensors":
        if is_regular_file(p.parent / "config.json"):
            return _from_folder(p.parent)
        raise ModelFileError("file.safetensors_without_config", file=name)
    if suffix == ".json":
        return _from_config_file(p)
    if _starts_with(p, b"GGUF"):
        return _from_gguf(p)
    raise ModelFileError("file.not_a_model", file=name)


def _starts_with(p: Path, magic: bytes) -> bool:
    try:
        f, _ = open_regular(p)
    except ModelFileError:
        return False
    with f:
        return f.read(len(magic)) == magic


def _check_folder(d: Path) -> None:
    # Without search (x) permission nothing inside can be opened, without read (r) permission
    # it cannot be listed: say so once, instead of a PermissionError from the first probe.
    if not os.access(d, os.R_OK | os.X_OK):
        raise ModelFileError("file.folder_no_permission", file=_clip(d.name or str(d)))


# config.json and model folders


def _read_config(p: Path) -> Mapping[str, object]:
    config = read_json_file(p, MAX_CONFIG_BYTES, what=p.name)
    if not isinstance(config, dict):
        raise ModelFileError("file.config_not_object", file=_clip(p.name), value=shown(config, 40))
    return config


# A config.json without a needed key, said of the file it came from: (code, from a GGUF) -> code.
_MISSING_KEY_CODES = {
    ("config.missing_key", False): "file.config_missing_key",
    ("config.missing_key", True): "file.gguf_missing_key",
    ("config.missing_key_untyped", False): "file.config_missing_key_untyped",
    ("config.missing_key_untyped", True): "file.gguf_missing_key_untyped",
}


def _spec(
    config: Mapping[str, object], label: str, *, model_id: str, name: str, gguf: bool = False
) -> ModelSpec:
    try:
        return spec_from_config(config, model_id=model_id, name=name)
    except ModelFileError:
        raise
    except SpecError as e:
        # spec_from_config names the field; say which file it came from, once.
        args = e.note.args
        missing = _MISSING_KEY_CODES.get((e.note.code, gguf))
        if missing is not None:
            raise ModelFileError(
                missing, file=_clip(label), key=args["key"], model_type=args.get("model_type", "")
            ) from e
        raise ModelFileError("file.bad_config", file=_clip(label), detail=e) from e


def _from_config_file(p: Path) -> LocalModel:
    config = _read_config(p)
    model_id = _clip(p.resolve().parent.name or p.stem, 200)
    spec = _spec(config, p.name, model_id=model_id, name=model_id)
    return LocalModel(
        spec=spec,
        kind="config",
        path=p,
        file_tensors=(),
        weights_format_id=_config_format(spec),
        file_bytes=0,
        files=(p,),
        warnings=spec.warnings,
    )


def _config_format(spec: ModelSpec) -> str:
    if spec.stored_format:
        return spec.stored_format
    return {"bfloat16": "bf16", "float16": "fp16", "float32": "fp32"}.get(spec.stored_dtype, "bf16")


# The format id of a checkpoint stored in one float dtype.
_FLOAT_FORMATS = {
    "BF16": "bf16",
    "F16": "fp16",
    "F32": "fp32",
    "F8_E4M3": "fp8",
    "F8_E5M2": "fp8",
}


def _safetensors_format(spec: ModelSpec, tensors: Sequence[SafetensorsTensor]) -> str:
    # A pre-quantized checkpoint (GPTQ, AWQ, bitsandbytes, FP8) says so in its config; else the
    # dtype holding most bytes names the format (norms are often F32 next to BF16 weights).
    if spec.stored_format:
        return spec.stored_format
    by_dtype: dict[str, int] = {}
    for t in tensors:
        by_dtype[t.dtype] = by_dtype.get(t.dtype, 0) + t.nbytes
    if not by_dtype:
        return _config_format(spec)
    top = max(by_dtype, key=lambda d: by_dtype[d])
    return _FLOAT_FORMATS.get(top, _config_format(spec))


def _from_folder(d: Path) -> LocalModel:
    _check_folder(d)
    cfg = d / "config.json"
    if not is_regular_file(cfg):
        ggufs = _gguf_models_in(d)
        if len(ggufs) == 1:
            return _from_gguf(ggufs[0])
        if ggufs:
            names = ", ".join(_clip(q.name) for q in ggufs[:3])
            raise ModelFileError(
                "file.several_ggufs",
                file=_clip(d.name),
                count=len(ggufs),
                names=names + (" ..." if len(ggufs) > 3 else ""),
            )
        raise ModelFileError("file.empty_folder", file=_clip(d.name))
    config = _read_config(cfg)
    model_id = _clip(d.resolve().name or "model", 200)
    spec = _spec(config, f"{d.name}/config.json", model_id=model_id, name=model_id)
    folder = read_safetensors_folder(d)
    if folder is None:
        return LocalModel(
            spec=spec,
            kind="config",
            path=d,
            file_tensors=(),
            weights_format_id=_config_format(spec),
            file_bytes=0,
            files=(cfg,),
            warnings=spec.warnings,
        )
    # GGUF order is the reverse of PyTorch's: the row length (in_features) first.
    tensors = tuple((t.name, tuple(reversed(t.shape)), t.dtype) for t in folder.tensors)
    return LocalModel(
        spec=spec,
        kind="safetensors",
        path=d,
        file_tensors=tensors,
        weights_format_id=_safetensors_format(spec, folder.tensors),
        file_bytes=folder.file_bytes,
        files=(cfg, *folder.files),
        warnings=(*spec.warnings, *folder.warnings),
        tensor_bytes=sum(t.nbytes for t in folder.tensors),
    )


_SHARD = re.compile(r"-(\d{5})-of-\d{5}\.gguf$", re.IGNORECASE)


def _gguf_models_in(d: Path) -> list[Path]:
    # One entry per model: the first shard of a split, and no vision projectors (mmproj-*.gguf
    # ship next to multimodal models and are not the language model).
    found = []
    for q in sorted(d.glob("*.gguf")):
        m = _SHARD.search(q.name)
        if (m and int(m[1]) != 1) or q.name.lower().startswith("mmproj"):
            continue
        found.append(q)
    return found


# GGUF


def _from_gguf(p: Path) -> LocalModel:
    model = read_gguf_model(p)
    label = p.name
    if model.metadata.get("general.architecture") == CLIP_ARCHITECTURE:
        # a vision projector given where the model was expected (readers/mmproj.py)
        raise ModelFileError("file.mmproj_is_projector", file=_clip(label))
    config, notes = config_from_gguf(model.metadata, model.tensors, label=label)
    base = _SHARD.sub("", p.name)
    model_id = _clip(base.removesuffix(".gguf").removesuffix(".GGUF") or p.name, 200)
    title = model.metadata.get("general.name")
    name = _clip(title, 200) if isinstance(title, str) and title.strip() else model_id
    spec = _spec(config, label, model_id=model_id, name=name, gguf=True)
    return LocalModel(
        spec=spec,
        kind="gguf",
        path=p,
        file_tensors=tuple((t.name, t.shape, t.ggml_type) for t in model.tensors),
        weights_format_id=_gguf_format(model),
        file_bytes=model.file_bytes,
        files=model.paths,
        warnings=(*spec.warnings, *notes),
        tensor_bytes=model.tensor_bytes,
    )


def _gguf_format(model: GgufModel) -> str:
    ftype = model.metadata.get("general.file_type")
    if isinstance(ftype, int) and not isinstance(ftype, bool):
        try:
            return format_from_llama_ftype(ftype).id
        except SpecError:
            pass
    return "gguf-mixed"


# llama.cpp architecture name -> transformers model_type (source: gguf-py constants.py
# MODEL_ARCH_NAMES and llama.cpp convert_hf_to_gguf.py, which maps each HF class to one arch).
# "llama" with experts is Mixtral; deepseek2 is chosen between v2 and v3 by its gating function.
_ARCH_MODEL_TYPES: dict[str, str] = {
    "llama": "llama",
    "qwen2": "qwen2",
    "qwen2moe": "qwen2_moe",
    "qwen3": "qwen3",
    "qwen3moe": "qwen3_moe",
    "gemma": "gemma",
    "gemma2": "gemma2",
    "gemma3": "gemma3_text",
    "phi3": "phi3",
    "gpt2": "gpt2",
    "bloom": "bloom",
    "t5": "t5",
    "deepseek2": "deepseek_v2",
    "gpt-oss": "gpt_oss",
    "qwen3next": "qwen3_next",
    "qwen35": "qwen3_5_text",
    "qwen35moe": "qwen3_5_moe_text",
    **NEW_ARCH_MODEL_TYPES,
}
# Hybrid architectures with Gated DeltaNet layers; their sizes are stored as ssm.* keys.
# source: llama.cpp convert_hf_to_gguf.py Qwen3NextModel.set_gguf_parameters (ssm.conv_kernel =
# linear_conv_kernel_dim, ssm.state_size = linear_key_head_dim, ssm.group_count =
# linear_num_key_heads, ssm.time_step_rank = linear_num_value_heads, ssm.inner_size =
# value head dim x value heads)
_DELTANET_ARCHS = frozenset({"qwen3next", "qwen35", "qwen35moe"})
# MLA models laid out like DeepSeek-V2/V3 (V3.2 adds the lightning indexer: readers/gguf_arch)
_DEEPSEEK_TYPES = ("deepseek_v2", "deepseek_v3", "deepseek_v32")
# Architectures whose sliding window llama.cpp applies (others store one it ignores, e.g.
# phi3; source: llama.cpp src/llama-model.cpp, LLM_ARCH_* cases calling set_swa_pattern).
_SWA_ARCHS = frozenset({"gemma2", "gemma3", "gpt-oss"})
# source: gguf-py constants.py ExpertGatingFuncType.SIGMOID; DeepSeek-V3 routes with a sigmoid.
_GATING_SIGMOID = 2
_BLK = re.compile(r"^(?:blk|dec\.blk|enc\.blk)\.(\d+)\.")


def _int(md: Mapping[str, GgufValue], key: str, label: str) -> int | None:
    """An integer metadata value; per-layer arrays give their largest entry (the bound)."""
    value = md.get(key)
    if value is None:
        return None
    if isinstance(value, GgufArray):
        items = value.values or ()
        ints = [v for v in items if isinstance(v, int) and not isinstance(v, bool)]
        if not ints or len(ints) != len(items):
            raise ModelFileError("file.metadata_not_integers", file=_clip(label), key=key)
        return max(ints)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelFileError(
            "file.metadata_not_integer", file=_clip(label), key=key, value=clip_value(value, 40)
        )
    return value


def config_from_gguf(
    metadata: Mapping[str, GgufValue],
    tensors: Sequence[GgufTensor],
    *,
    label: str = "model.gguf",
) -> tuple[dict[str, object], list[Note]]:
    """A Hugging Face-style config dict (for ``spec_from_config``) from GGUF metadata and the
    tensor list, and notes on what was inferred."""
    notes: list[Note] = []
    arch = metadata.get("general.architecture")
    if not isinstance(arch, str) or not arch:
        raise ModelFileError("file.no_architecture", file=_clip(label))
    shapes = {t.name: t.shape for t in tensors}

    def get(suffix: str) -> int | None:
        return _int(metadata, f"{arch}.{suffix}", label)

    def rows(name: str) -> int | None:
        shape = shapes.get(name)
        return shape[1] if shape is not None and len(shape) > 1 else None

    model_type = _ARCH_MODEL_TYPES.get(arch, arch)
    experts = get("expert_count") or 0
    if arch == "llama" and experts:
        model_type = "mixtral"
    if arch == "deepseek2" and get("expert_gating_func") == _GATING_SIGMOID:
        model_type = "deepseek_v3"

    hidden = get("embedding_length")
    layers = get("block_count")
    heads = get("attention.head_count")
    kv_heads = get("attention.head_count_kv")
    ffn = get("feed_forward_length") or rows("blk.0.ffn_up.weight")
    expert_ffn = get("expert_feed_forward_length") or rows("blk.0.ffn_up_exps.weight")
    # The embedding matrix is the vocabulary the weights hold (tokenizer lists can be padded).
    vocab = rows("token_embd.weight") or get("vocab_size")
    tokens = metadata.get("tokenizer.ggml.tokens")
    if vocab is None and isinstance(tokens, GgufArray):
        vocab = tokens.length
    context = get("context_length")
    # No output.weight: the head reuses token_embd (llama.cpp falls back to it the same way).
    tied = "output.weight" not in shapes

    required = {"embedding_length": hidden, "block_count": layers, "attention.head_count": heads}
    if model_type not in ("bloom", "t5"):
        required["context_length"] = context  # the two have documented defaults
    for suffix, value in required.items():
        if value is None:
            raise ModelFileError(
                "file.metadata_missing", file=_clip(label), key=f"{_clip(arch)}.{suffix}"
            )
    # Checked here as well as in spec_from_config because the per-layer loops below run first.
    if layers is not None and layers > MAX_GGUF_LAYERS:
        raise ModelFileError(
            "file.too_many_layers", file=_clip(label), key=f"{_clip(arch)}.block_count",
            value=f"{layers:,}",
        )  # fmt: skip
    if vocab is None:
        raise ModelFileError("file.no_vocabulary", file=_clip(label), arch=_clip(arch))

    config: dict[str, object] = {"model_type": model_type, "tie_word_embeddings": tied}
    if model_type == "gpt2":
        config |= {"n_embd": hidden, "n_head": heads, "n_layer": layers, "n_positions": context,
                   "n_inner": ffn, "vocab_size": vocab}  # fmt: skip
    elif model_type == "bloom":
        config |= {"n_embed": hidden, "n_head": heads, "n_layer": layers, "vocab_size": vocab,
                   "seq_length": context}  # fmt: skip
    elif model_type == "t5":
        enc = {int(m[1]) for n in shapes if n.startswith("enc.") and (m := _BLK.match(n))}
        dec = {int(m[1]) for n in shapes if n.startswith("dec.") and (m := _BLK.match(n))}
        gated = "enc.blk.0.ffn_gate.weight" in shapes or "dec.blk.0.ffn_gate.weight" in shapes
        config |= {
            "d_model": hidden, "num_heads": heads, "d_ff": ffn, "vocab_size": vocab,
            "num_layers": len(enc) or layers, "num_decoder_layers": len(dec) or layers,
            "d_kv": get("attention.key_length"), "n_positions": context,
            "relative_attention_num_buckets": get("attention.relative_buckets_count"),
            "feed_forward_proj": "gated-gelu" if gated else "relu",
        }  # fmt: skip
    else:
        config |= {
            "hidden_size": hidden, "num_hidden_layers": layers, "num_attention_heads": heads,
            "num_key_value_heads": kv_heads, "head_dim": get("attention.key_length"),
            "intermediate_size": ffn or expert_ffn, "vocab_size": vocab,
            "max_position_embeddings": context,
        }  # fmt: skip
        # Biases are not in the metadata; the tensors show them.
        if "blk.0.attn_output.bias" in shapes:
            config["attention_bias"] = True
        if "blk.0.ffn_up.bias" in shapes or "blk.0.ffn_down.bias" in shapes:
            config["mlp_bias"] = True
        if arch in _SWA_ARCHS:
            config["sliding_window"] = get("attention.sliding_window")
            _swa_pattern(metadata, f"{arch}.attention.sliding_window_pattern", layers, config)
        if experts:
            config |= {
                "num_local_experts": experts, "num_experts": experts,
                "n_routed_experts": experts,
                "num_experts_per_tok": get("expert_used_count"),
                "moe_intermediate_size": expert_ffn,
            }  # fmt: skip
            shared_ffn = get("expert_shared_feed_forward_length") or rows(
                "blk.0.ffn_up_shexp.weight"
            )
            if model_type in ("qwen2_moe", "qwen3_next", "qwen3_5_moe_text") and shared_ffn:
                config["shared_expert_intermediate_size"] = shared_ffn
            if layers and model_type not in _DEEPSEEK_TYPES:
                # Which layers route is not in the metadata: a router tensor marks them.
                dense = [i for i in range(layers) if f"blk.{i}.ffn_gate_inp.weight" not in shapes]
                if dense and len(dense) < layers:
                    config["mlp_only_layers"] = dense
        if arch in _DELTANET_ARCHS and layers:
            _deltanet(get, shapes, layers, config)
        if model_type in _DEEPSEEK_TYPES:
            _deepseek(get, config, experts)
        if model_type == "gpt_oss":
            config["intermediate_size"] = expert_ffn or ffn
        # Mamba2 hybrids, Llama 4, LFM2 and the new MoE families (readers/gguf_arch.py)
        extend_config(arch, metadata, shapes, get, layers, config, label=label)
    missing = [k for k, v in config.items() if v is None]
    for k in missing:
        del config[k]
    if arch not in _ARCH_MODEL_TYPES:
        notes.append(Note.of("model.gguf_generic_arch", arch=shown(arch)))
    return config, notes


def _swa_pattern(
    metadata: Mapping[str, GgufValue], key: str, layers: int | None, config: dict[str, object]
) -> None:
    # Newer converters store the pattern: an int period, or one bool per layer (true = slides).
    value = metadata.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        config["sliding_window_pattern"] = value
    elif (
        isinstance(value, GgufArray)
        and value.values is not None
        and layers is not None
        and len(value.values) == layers
        and all(isinstance(v, bool) for v in value.values)
    ):
        config["layer_types"] = [
            "sliding_attention" if v else "full_attention" for v in value.values
        ]


def _deltanet(
    get: Callable[[str], int | None],
    shapes: Mapping[str, tuple[int, ...]],
    layers: int,
    config: dict[str, object],
) -> None:
    # Multi-token-prediction blocks are appended after the trunk (block_count includes them);
    # they are full attention and hold no recurrent state.
    # source: llama.cpp convert_hf_to_gguf.py (block_count += n_nextn_layers)
    trunk = layers - (get("nextn_predict_layers") or 0)
    config["num_hidden_layers"] = trunk
    if any(name.startswith("blk.") for name in shapes):
        # Which layers are full attention shows in the tensors: only they have attn_q.
        config["layer_types"] = [
            "full_attention" if f"blk.{i}.attn_q.weight" in shapes else "linear_attention"
            for i in range(trunk)
        ]
    else:  # a load log's metadata without the tensor list
        config["full_attention_interval"] = get("full_attention_interval")
    value_heads = get("ssm.time_step_rank")
    inner = get("ssm.inner_size")
    config |= {
        "linear_conv_kernel_dim": get("ssm.conv_kernel"),
        "linear_key_head_dim": get("ssm.state_size"),
        "linear_num_key_heads": get("ssm.group_count"),
        "linear_num_value_heads": value_heads,
        "linear_value_head_dim": inner // value_heads if inner and value_heads else None,
    }
    full = next((i for i in range(layers) if f"blk.{i}.attn_q.weight" in shapes), None)
    q_shape = shapes.get(f"blk.{full}.attn_q.weight") if full is not None else None
    heads, head_dim = config.get("num_attention_heads"), config.get("head_dim")
    if q_shape and len(q_shape) > 1 and isinstance(heads, int) and isinstance(head_dim, int):
        config["attn_output_gate"] = q_shape[1] == 2 * heads * head_dim


def _deepseek(get: Callable[[str], int | None], config: dict[str, object], experts: int) -> None:
    rope = get("rope.dimension_count")
    # Since llama.cpp's MLA rework (PR #12801) key_length/value_length describe the compressed
    # cache and *_mla hold the per-head sizes; older files have only the per-head ones.
    key = get("attention.key_length_mla") or get("attention.key_length")
    config |= {
        "q_lora_rank": get("attention.q_lora_rank") or 0,
        "kv_lora_rank": get("attention.kv_lora_rank"),
        "qk_rope_head_dim": rope,
        "qk_nope_head_dim": key - rope if key is not None and rope is not None else None,
        "v_head_dim": get("attention.value_length_mla") or get("attention.value_length"),
        "head_dim": None,
    }
    if experts:
        config |= {
            "n_shared_experts": get("expert_shared_count") or 0,
            "first_k_dense_replace": get("leading_dense_block_count") or 0,
        }
