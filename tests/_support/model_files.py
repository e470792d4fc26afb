"""Small real model files for the reader tests: a tiny Llama as GGUF and as safetensors.

Written with the ``gguf`` package's GGUFWriter and with struct + json, so the readers are tested
against what real tools produce. Shared by tests/readers and tests/test_cli.py.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping, Sequence
from pathlib import Path

import gguf
import numpy as np

from vramscope.readers.safetensors import SAFETENSORS_DTYPE_BITS

__all__ = [
    "CTX",
    "FFN",
    "HEAD_DIM",
    "HIDDEN",
    "LLAMA_CONFIG",
    "N_HEADS",
    "N_KV_HEADS",
    "N_LAYERS",
    "VOCAB",
    "Q",
    "ggml_nbytes",
    "hf_llama_tensors",
    "llama_tensors",
    "safetensors_bytes",
    "st_nbytes",
    "write_gpt_oss_gguf",
    "write_llama_folder",
    "write_llama_gguf",
    "write_safetensors",
]

Q = gguf.GGMLQuantizationType

# A Llama-shaped model small enough to write in milliseconds: 2 layers, hidden 64, 4 heads of
# 16 with 2 KV heads, MLP 128, vocabulary 256.
N_LAYERS, HIDDEN, N_HEADS, N_KV_HEADS, HEAD_DIM, FFN, VOCAB, CTX = 2, 64, 4, 2, 16, 128, 256, 2048


def llama_tensors(*, tied: bool = False) -> list[tuple[str, tuple[int, ...], Q]]:
    """(name, GGUF shape, type) of a Llama model with a realistic quantization mix."""
    kv = N_KV_HEADS * HEAD_DIM
    out: list[tuple[str, tuple[int, ...], Q]] = [("token_embd.weight", (HIDDEN, VOCAB), Q.Q8_0)]
    for i in range(N_LAYERS):
        b = f"blk.{i}."
        out += [
            (b + "attn_norm.weight", (HIDDEN,), Q.F32),
            (b + "attn_q.weight", (HIDDEN, HIDDEN), Q.Q4_0),
            (b + "attn_k.weight", (HIDDEN, kv), Q.Q4_0),
            (b + "attn_v.weight", (HIDDEN, kv), Q.Q8_0),
            (b + "attn_output.weight", (HIDDEN, HIDDEN), Q.Q4_0),
            (b + "ffn_norm.weight", (HIDDEN,), Q.F32),
            (b + "ffn_gate.weight", (HIDDEN, FFN), Q.Q4_0),
            (b + "ffn_up.weight", (HIDDEN, FFN), Q.Q4_0),
            (b + "ffn_down.weight", (FFN, HIDDEN), Q.Q8_0),
        ]
    out.append(("output_norm.weight", (HIDDEN,), Q.F32))
    if not tied:
        out.append(("output.weight", (HIDDEN, VOCAB), Q.F16))
    return out


def ggml_nbytes(shape: Sequence[int], qtype: Q) -> int:
    block, size = gguf.GGML_QUANT_SIZES[qtype]
    n = 1
    for d in shape:
        n *= d
    return n // block * size


def _random_tensor(rng: np.random.Generator, shape: tuple[int, ...], qtype: Q) -> np.ndarray:
    """Random data of the right byte size; quantized types as raw uint8 rows (numpy order)."""
    np_shape = tuple(reversed(shape))
    if qtype == Q.F32:
        return rng.standard_normal(np_shape).astype(np.float32)
    if qtype == Q.F16:
        return rng.standard_normal(np_shape).astype(np.float16)
    block, size = gguf.GGML_QUANT_SIZES[qtype]
    row_bytes = shape[0] // block * size
    return rng.integers(0, 256, size=(*np_shape[:-1], row_bytes), dtype=np.uint8)


def write_llama_gguf(
    path: Path,
    *,
    tied: bool = False,
    endian: gguf.GGUFEndian = gguf.GGUFEndian.LITTLE,
    split_max_tensors: int = 0,
    vocab_in_metadata: bool = True,
    arch: str = "llama",
    file_type: int = gguf.LlamaFileType.MOSTLY_Q4_0,
) -> list[Path]:
    """Write a small real Llama GGUF with GGUFWriter; return the files written. A
    ``file_type`` llama.cpp does not name (e.g. 1234) makes a third-party "mixed" file."""
    rng = np.random.default_rng(0)
    w = gguf.GGUFWriter(path, arch, endianess=endian, split_max_tensors=split_max_tensors)
    w.add_name("Tiny Llama Test")
    w.add_context_length(CTX)
    w.add_embedding_length(HIDDEN)
    w.add_block_count(N_LAYERS)
    w.add_feed_forward_length(FFN)
    w.add_rope_dimension_count(HEAD_DIM)
    w.add_head_count(N_HEADS)
    w.add_head_count_kv(N_KV_HEADS)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(file_type)
    w.add_tokenizer_model("gpt2")
    if vocab_in_metadata:
        w.add_token_list([f"tok{i}" for i in range(VOCAB)])
    for name, shape, qtype in llama_tensors(tied=tied):
        data = _random_tensor(rng, shape, qtype)
        raw = None if qtype in (Q.F32, Q.F16) else qtype
        w.add_tensor(name, data, raw_dtype=raw)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    if split_max_tensors:
        return w.format_shard_names(path)
    return [path]


def write_gpt_oss_gguf(path: Path) -> Path:
    """Write a small real gpt-oss GGUF as llama.cpp's converter lays one out (file type
    MXFP4_MOE: experts in MXFP4, attention in F16, biases and sinks in F32): 2 layers, hidden
    64, 4 heads of 16 with 2 KV heads, 4 experts of width 64 with 2 used, vocabulary 256."""
    experts, used, q_dim, kv_dim = 4, 2, N_HEADS * HEAD_DIM, N_KV_HEADS * HEAD_DIM
    rng = np.random.default_rng(0)
    w = gguf.GGUFWriter(path, "gpt-oss")
    w.add_name("Tiny gpt-oss Test")
    w.add_context_length(CTX)
    w.add_embedding_length(HIDDEN)
    w.add_block_count(N_LAYERS)
    w.add_feed_forward_length(HIDDEN)
    w.add_head_count(N_HEADS)
    w.add_head_count_kv(N_KV_HEADS)
    w.add_key_length(HEAD_DIM)
    w.add_value_length(HEAD_DIM)
    w.add_sliding_window(128)
    w.add_expert_count(experts)
    w.add_expert_used_count(used)
    w.add_expert_feed_forward_length(HIDDEN)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_MXFP4_MOE)
    w.add_tokenizer_model("gpt2")
    w.add_token_list([f"tok{i}" for i in range(VOCAB)])
    tensors: list[tuple[str, tuple[int, ...], Q]] = [("token_embd.weight", (HIDDEN, VOCAB), Q.Q8_0)]
    for i in range(N_LAYERS):
        b = f"blk.{i}."
        tensors += [
            (b + "attn_norm.weight", (HIDDEN,), Q.F32),
            (b + "attn_q.weight", (HIDDEN, q_dim), Q.F16),
            (b + "attn_q.bias", (q_dim,), Q.F32),
            (b + "attn_k.weight", (HIDDEN, kv_dim), Q.F16),
            (b + "attn_k.bias", (kv_dim,), Q.F32),
            (b + "attn_v.weight", (HIDDEN, kv_dim), Q.F16),
            (b + "attn_v.bias", (kv_dim,), Q.F32),
            (b + "attn_output.weight", (q_dim, HIDDEN), Q.F16),
            (b + "attn_output.bias", (HIDDEN,), Q.F32),
            (b + "attn_sinks.weight", (N_HEADS,), Q.F32),
            (b + "post_attention_norm.weight", (HIDDEN,), Q.F32),
            (b + "ffn_gate_inp.weight", (HIDDEN, experts), Q.F32),
            (b + "ffn_gate_inp.bias", (experts,), Q.F32),
        ]
        for proj in ("gate", "up", "down"):
            tensors += [
                (b + f"ffn_{proj}_exps.weight", (HIDDEN, HIDDEN, experts), Q.MXFP4),
                (b + f"ffn_{proj}_exps.bias", (HIDDEN, experts), Q.F32),
            ]
    tensors += [
        ("output_norm.weight", (HIDDEN,), Q.F32),
        ("output.weight", (HIDDEN, VOCAB), Q.Q8_0),
    ]
    for name, shape, qtype in tensors:
        raw = None if qtype in (Q.F32, Q.F16) else qtype
        w.add_tensor(name, _random_tensor(rng, shape, qtype), raw_dtype=raw)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


LLAMA_CONFIG: dict[str, object] = {
    "architectures": ["LlamaForCausalLM"],
    "model_type": "llama",
    "hidden_size": HIDDEN,
    "intermediate_size": FFN,
    "num_hidden_layers": N_LAYERS,
    "num_attention_heads": N_HEADS,
    "num_key_value_heads": N_KV_HEADS,
    "max_position_embeddings": CTX,
    "vocab_size": VOCAB,
    "rms_norm_eps": 1e-5,
    "tie_word_embeddings": False,
    "torch_dtype": "bfloat16",
}


def hf_llama_tensors(dtype: str = "BF16") -> list[tuple[str, str, tuple[int, ...]]]:
    """(name, dtype, PyTorch shape) of the tiny Llama in Hugging Face naming."""
    kv = N_KV_HEADS * HEAD_DIM
    out: list[tuple[str, str, tuple[int, ...]]] = [
        ("model.embed_tokens.weight", dtype, (VOCAB, HIDDEN))
    ]
    for i in range(N_LAYERS):
        b = f"model.layers.{i}."
        out += [
            (b + "input_layernorm.weight", dtype, (HIDDEN,)),
            (b + "self_attn.q_proj.weight", dtype, (HIDDEN, HIDDEN)),
            (b + "self_attn.k_proj.weight", dtype, (kv, HIDDEN)),
            (b + "self_attn.v_proj.weight", dtype, (kv, HIDDEN)),
            (b + "self_attn.o_proj.weight", dtype, (HIDDEN, HIDDEN)),
            (b + "post_attention_layernorm.weight", dtype, (HIDDEN,)),
            (b + "mlp.gate_proj.weight", dtype, (FFN, HIDDEN)),
            (b + "mlp.up_proj.weight", dtype, (FFN, HIDDEN)),
            (b + "mlp.down_proj.weight", dtype, (HIDDEN, FFN)),
        ]
    out += [("model.norm.weight", "F32", (HIDDEN,)), ("lm_head.weight", dtype, (VOCAB, HIDDEN))]
    return out


def st_nbytes(dtype: str, shape: Sequence[int]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n * SAFETENSORS_DTYPE_BITS[dtype] // 8


def safetensors_bytes(
    tensors: Sequence[tuple[str, str, tuple[int, ...]]],
    *,
    metadata: Mapping[str, str] | None = None,
    seed: int = 0,
) -> bytes:
    """A safetensors file, written by hand (struct + json) with random tensor bytes."""
    rng = np.random.default_rng(seed)
    header: dict[str, object] = {"__metadata__": dict(metadata or {"format": "pt"})}
    offset = 0
    for name, dtype, shape in tensors:
        n = st_nbytes(dtype, shape)
        header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [offset, offset + n]}
        offset += n
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)  # the reference writer pads the header to 8 bytes
    return struct.pack("<Q", len(raw)) + raw + rng.integers(0, 256, offset, np.uint8).tobytes()


def write_safetensors(path: Path, tensors: Sequence[tuple[str, str, tuple[int, ...]]]) -> Path:
    path.write_bytes(safetensors_bytes(tensors))
    return path


def write_llama_folder(
    folder: Path, *, shards: int = 1, index: bool = True, dtype: str = "BF16"
) -> list[Path]:
    """A Hugging Face model folder: config.json and the weights in ``shards`` files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(LLAMA_CONFIG, indent=2))
    tensors = hf_llama_tensors(dtype)
    files = []
    weight_map = {}
    for k in range(shards):
        name = (
            "model.safetensors" if shards == 1 else f"model-{k + 1:05d}-of-{shards:05d}.safetensors"
        )
        part = tensors[k::shards]
        files.append(write_safetensors(folder / name, part))
        weight_map.update({t[0]: name for t in part})
    if index and shards > 1:
        (folder / "model.safetensors.index.json").write_text(
            json.dumps({"metadata": {"total_size": 0}, "weight_map": weight_map})
        )
    return files
