"""load_local_model: config.json, model folders with safetensors, GGUF files (single and split),
and the exact tensor bytes the estimate gets from each."""

from __future__ import annotations

import json
import re
from pathlib import Path

import gguf
import pytest
from tests._support.messages import english, message
from tests._support.model_files import (
    CTX,
    FFN,
    HEAD_DIM,
    HIDDEN,
    LLAMA_CONFIG,
    N_HEADS,
    N_KV_HEADS,
    N_LAYERS,
    VOCAB,
    ggml_nbytes,
    hf_llama_tensors,
    llama_tensors,
    st_nbytes,
    write_llama_folder,
    write_llama_gguf,
)

from vramscope.core.hf_config import spec_from_config
from vramscope.core.weights import layout_from_file_tensors
from vramscope.readers.gguf import GgufArray, GgufTensor, read_gguf_model
from vramscope.readers.local import (
    LocalModel,
    ModelFileError,
    config_from_gguf,
    load_local_model,
)


def _exact_bytes(m: LocalModel) -> int:
    """What the lead's estimate uses: the layout of the file's own tensors."""
    return layout_from_file_tensors(
        m.spec, m.file_tensors, format_id=m.weights_format_id
    ).total_bytes


def _check_tiny_llama_spec(m: LocalModel) -> None:
    s = m.spec
    assert (s.n_layers, s.hidden_size, s.n_heads, s.n_kv_heads, s.head_dim) == (
        N_LAYERS, HIDDEN, N_HEADS, N_KV_HEADS, HEAD_DIM,
    )  # fmt: skip
    assert (s.intermediate_size, s.vocab_size, s.max_context_tokens) == (FFN, VOCAB, CTX)
    assert s.model_type == "llama"


def test_gguf_is_estimated_to_its_exact_bytes(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "tiny-llama.Q4_0.gguf")
    m = load_local_model(path)
    assert m.kind == "gguf"
    _check_tiny_llama_spec(m)
    assert m.spec.name == "Tiny Llama Test"
    assert m.spec.model_id == "tiny-llama.Q4_0"
    assert not m.spec.tied_embeddings
    assert m.weights_format_id == "q4_0"
    assert m.file_tensors == tuple((n, s, q.name) for n, s, q in llama_tensors())
    exact = sum(ggml_nbytes(s, q) for _, s, q in llama_tensors())
    assert m.tensor_bytes == exact
    assert _exact_bytes(m) == exact
    assert m.file_bytes == path.stat().st_size


def test_tied_gguf(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "tied.gguf", tied=True)
    m = load_local_model(path)
    assert m.spec.tied_embeddings
    assert _exact_bytes(m) == sum(ggml_nbytes(s, q) for _, s, q in llama_tensors(tied=True))


def test_gguf_without_vocab_metadata_uses_the_embedding(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "t.gguf", vocab_in_metadata=False)
    assert load_local_model(path).spec.vocab_size == VOCAB


def test_split_gguf(tmp_path: Path) -> None:
    parts = write_llama_gguf(tmp_path / "tiny.gguf", split_max_tensors=8)
    exact = sum(ggml_nbytes(s, q) for _, s, q in llama_tensors())
    for given in (parts[0], parts[1], tmp_path):
        m = load_local_model(given)
        assert m.kind == "gguf"
        assert m.spec.model_id == "tiny"
        assert m.files == tuple(parts)
        assert _exact_bytes(m) == exact
        assert m.file_bytes == sum(p.stat().st_size for p in parts)
    parts[2].unlink()
    with pytest.raises(ModelFileError) as raised:
        load_local_model(parts[0])
    assert re.search(r"missing 1 of 3 parts: tiny-00003-of-00003.gguf", message(raised.value))


def test_gguf_with_no_suffix_is_sniffed(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "t.gguf")
    other = path.rename(tmp_path / "model.bin")
    assert load_local_model(other).kind == "gguf"


@pytest.mark.parametrize(("shards", "index"), [(1, False), (3, True), (3, False)])
def test_safetensors_folder_is_estimated_to_its_exact_bytes(
    tmp_path: Path, shards: int, index: bool
) -> None:
    files = write_llama_folder(tmp_path / "Tiny-Llama", shards=shards, index=index)
    m = load_local_model(tmp_path / "Tiny-Llama")
    assert m.kind == "safetensors"
    _check_tiny_llama_spec(m)
    assert m.spec.model_id == "Tiny-Llama"
    assert m.weights_format_id == "bf16"
    exact = sum(st_nbytes(d, s) for _, d, s in hf_llama_tensors())
    assert m.tensor_bytes == exact
    assert _exact_bytes(m) == exact
    assert m.file_bytes == sum(f.stat().st_size for f in files)
    # GGUF order: the row length first.
    shapes = {name: shape for name, shape, _ in m.file_tensors}
    assert shapes["model.layers.0.mlp.down_proj.weight"] == (FFN, HIDDEN)
    assert shapes["model.embed_tokens.weight"] == (HIDDEN, VOCAB)


def test_fp16_safetensors_and_a_shard_path(tmp_path: Path) -> None:
    files = write_llama_folder(tmp_path / "m", dtype="F16")
    m = load_local_model(files[0])
    assert (m.kind, m.weights_format_id) == ("safetensors", "fp16")


def test_config_json_alone(tmp_path: Path) -> None:
    write_llama_folder(tmp_path / "m")
    m = load_local_model(tmp_path / "m" / "config.json")
    assert m.kind == "config"
    assert m.file_tensors == ()
    assert m.tensor_bytes is None
    assert m.weights_format_id == "bf16"
    _check_tiny_llama_spec(m)
    (tmp_path / "m" / "model.safetensors").unlink()
    assert load_local_model(tmp_path / "m").kind == "config"


def test_config_errors(tmp_path: Path) -> None:
    p = tmp_path / "config.json"
    p.write_text('{\n  "model_type": "llama",\n    oops\n}')
    with pytest.raises(ModelFileError) as raised:
        load_local_model(p)
    assert re.search(r"^config.json is not valid JSON \(line 3, column 5", message(raised.value))
    p.write_text("[1, 2]")
    with pytest.raises(ModelFileError) as raised:
        load_local_model(p)
    assert re.search(r"^config.json must hold a JSON object, got \[1, 2\]$", message(raised.value))
    p.write_text(json.dumps({**LLAMA_CONFIG, "hidden_size": "big"}))
    with pytest.raises(ModelFileError) as raised:
        load_local_model(p)
    assert re.search(r"^config.json: .*hidden_size", message(raised.value))
    p.write_text(" " * (17 << 20))
    with pytest.raises(ModelFileError) as raised:
        load_local_model(p)
    assert re.search(r"larger than", message(raised.value))


def test_paths_that_are_not_models(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path / "absent")
    assert re.search(r"no such file or folder", message(raised.value))
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path)
    assert re.search(r"no config.json or .gguf", message(raised.value))
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path / "notes.txt")
    assert re.search(r"not a config.json, model folder or .gguf", message(raised.value))
    (tmp_path / "a.gguf").write_bytes(b"GGUF")
    (tmp_path / "b.gguf").write_bytes(b"GGUF")
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path)
    assert re.search(r"holds 2 GGUF models", message(raised.value))
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path / "a.gguf")
    assert re.search(r"^a.gguf: ", message(raised.value))
    (tmp_path / "x.safetensors").write_bytes(b"")
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path / "x.safetensors")
    assert re.search(r"needs its config.json", message(raised.value))


def test_hostile_gguf_metadata_types(tmp_path: Path) -> None:
    w = gguf.GGUFWriter(tmp_path / "bad.gguf", "llama")
    w.add_string("llama.block_count", "two")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path / "bad.gguf")
    assert re.search(
        r"^bad.gguf: metadata llama.block_count must be an integer", message(raised.value)
    )
    w = gguf.GGUFWriter(tmp_path / "empty.gguf", "llama")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    with pytest.raises(ModelFileError) as raised:
        load_local_model(tmp_path / "empty.gguf")
    assert re.search(
        r"^empty.gguf: GGUF metadata has no llama.embedding_length$", message(raised.value)
    )


def test_huge_layer_count_is_refused_before_any_loop() -> None:
    md: dict[str, object] = {
        "general.architecture": "qwen3moe", "qwen3moe.block_count": 2**63,
        "qwen3moe.context_length": 4096, "qwen3moe.embedding_length": 64,
        "qwen3moe.attention.head_count": 4, "qwen3moe.expert_count": 8,
    }  # fmt: skip
    with pytest.raises(ModelFileError) as raised:
        config_from_gguf(md, [_t("token_embd.weight", 64, 100)], label="m.gguf")  # type: ignore[arg-type]
    assert re.search(r"^m.gguf: qwen3moe.block_count .* implausibly large", message(raised.value))


# config_from_gguf for other families, from metadata as llama.cpp's converter writes it.


def _t(name: str, *shape: int) -> GgufTensor:
    return GgufTensor(name, shape, "F16", 0, 0)


def test_qwen3_moe_metadata() -> None:
    # Qwen3-30B-A3B (source: its config.json and llama.cpp's conversion of it).
    md: dict[str, object] = {
        "general.architecture": "qwen3moe", "qwen3moe.block_count": 48,
        "qwen3moe.context_length": 40960, "qwen3moe.embedding_length": 2048,
        "qwen3moe.feed_forward_length": 6144, "qwen3moe.attention.head_count": 32,
        "qwen3moe.attention.head_count_kv": 4, "qwen3moe.attention.key_length": 128,
        "qwen3moe.attention.value_length": 128, "qwen3moe.expert_count": 128,
        "qwen3moe.expert_used_count": 8, "qwen3moe.expert_feed_forward_length": 768,
    }  # fmt: skip
    tensors = [_t("token_embd.weight", 2048, 151936), _t("output.weight", 2048, 151936)]
    tensors += [_t(f"blk.{i}.ffn_gate_inp.weight", 2048, 128) for i in range(48)]
    config, _ = config_from_gguf(md, tensors)  # type: ignore[arg-type]
    spec = spec_from_config(config, model_id="q")
    assert (spec.model_type, spec.n_layers, spec.head_dim, spec.n_kv_heads) == (
        "qwen3_moe",
        48,
        128,
        4,
    )
    assert (spec.n_experts, spec.n_experts_per_token, spec.moe_intermediate_size) == (128, 8, 768)
    assert spec.vocab_size == 151936
    assert spec.qk_norm


def test_deepseek_v3_metadata_new_and_old_mla() -> None:
    # DeepSeek-V3 (config.json: kv_lora_rank 512, q_lora_rank 1536, rope 64, nope 128, v 128).
    base: dict[str, object] = {
        "general.architecture": "deepseek2", "deepseek2.block_count": 61,
        "deepseek2.context_length": 163840, "deepseek2.embedding_length": 7168,
        "deepseek2.feed_forward_length": 18432, "deepseek2.attention.head_count": 128,
        "deepseek2.attention.q_lora_rank": 1536, "deepseek2.attention.kv_lora_rank": 512,
        "deepseek2.rope.dimension_count": 64, "deepseek2.expert_count": 256,
        "deepseek2.expert_used_count": 8, "deepseek2.expert_shared_count": 1,
        "deepseek2.expert_feed_forward_length": 2048, "deepseek2.leading_dense_block_count": 3,
        "deepseek2.expert_gating_func": 2, "deepseek2.vocab_size": 129280,
    }  # fmt: skip
    new = {**base, "deepseek2.attention.head_count_kv": 1, "deepseek2.attention.key_length": 576,
           "deepseek2.attention.value_length": 512, "deepseek2.attention.key_length_mla": 192,
           "deepseek2.attention.value_length_mla": 128}  # fmt: skip
    old = {**base, "deepseek2.attention.head_count_kv": 128, "deepseek2.attention.key_length": 192,
           "deepseek2.attention.value_length": 128}  # fmt: skip
    for md in (new, old):
        config, _ = config_from_gguf(md, [_t("output.weight", 7168, 129280)])  # type: ignore[arg-type]
        spec = spec_from_config(config, model_id="ds")
        assert spec.model_type == "deepseek_v3"
        assert (spec.kv_lora_rank, spec.q_lora_rank, spec.qk_rope_head_dim) == (512, 1536, 64)
        assert (spec.qk_nope_head_dim, spec.v_head_dim) == (128, 128)
        assert (spec.n_experts, spec.n_shared_experts, spec.moe_intermediate_size) == (256, 1, 2048)
        assert spec.moe_layers[:4] == (False, False, False, True)


def test_gemma3_and_gpt_oss_metadata() -> None:
    md: dict[str, object] = {
        "general.architecture": "gemma3", "gemma3.block_count": 34,
        "gemma3.context_length": 131072, "gemma3.embedding_length": 2560,
        "gemma3.feed_forward_length": 10240, "gemma3.attention.head_count": 8,
        "gemma3.attention.head_count_kv": 4, "gemma3.attention.key_length": 256,
        "gemma3.attention.sliding_window": 1024,
    }  # fmt: skip
    config, _ = config_from_gguf(md, [_t("token_embd.weight", 2560, 262208)])  # type: ignore[arg-type]
    spec = spec_from_config(config, model_id="g")
    assert spec.tied_embeddings
    assert spec.sliding_window_tokens == 1024
    assert spec.layer_attention.count("full") == 34 // 6
    md = {
        "general.architecture": "gpt-oss", "gpt-oss.block_count": 24,
        "gpt-oss.context_length": 131072, "gpt-oss.embedding_length": 2880,
        "gpt-oss.attention.head_count": 64, "gpt-oss.attention.head_count_kv": 8,
        "gpt-oss.attention.key_length": 64, "gpt-oss.attention.sliding_window": 128,
        "gpt-oss.expert_count": 32, "gpt-oss.expert_used_count": 4,
        "gpt-oss.expert_feed_forward_length": 2880,
    }  # fmt: skip
    swa = GgufArray("bool", 24, tuple(i % 2 == 0 for i in range(24)))
    md["gpt-oss.attention.sliding_window_pattern"] = swa
    tensors = [_t("token_embd.weight", 2880, 201088), _t("output.weight", 2880, 201088),
               _t("blk.0.attn_output.bias", 2880)]  # fmt: skip
    spec = spec_from_config(config_from_gguf(md, tensors)[0], model_id="o")  # type: ignore[arg-type]
    assert (spec.model_type, spec.n_experts, spec.n_experts_per_token) == ("gpt_oss", 32, 4)
    assert spec.layer_attention[:2] == ("sliding", "full")
    assert spec.o_bias


def test_unknown_architecture_is_generic() -> None:
    md: dict[str, object] = {
        "general.architecture": "jais", "jais.block_count": 2,
        "jais.context_length": 4096, "jais.embedding_length": 64,
        "jais.feed_forward_length": 256, "jais.attention.head_count": 4,
        "jais.attention.head_count_kv": 2,
    }  # fmt: skip
    config, notes = config_from_gguf(md, [_t("token_embd.weight", 64, 100)])  # type: ignore[arg-type]
    assert english(notes) == ["GGUF architecture 'jais' is mapped by its generic llama.cpp fields"]
    spec = spec_from_config(config, model_id="s")
    assert (spec.n_layers, spec.vocab_size) == (2, 100)


def test_gguf_of_an_unknown_architecture_says_so(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "s.gguf", arch="jais")
    model = load_local_model(path)
    assert [w.code for w in model.warnings] == ["model.unknown_type", "model.gguf_generic_arch"]
    assert english(model.warnings) == [
        "unknown model_type 'jais': estimated as a generic decoder",
        "GGUF architecture 'jais' is mapped by its generic llama.cpp fields",
    ]


def test_real_file_metadata_maps(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "t.gguf")
    model = read_gguf_model(path)
    config, notes = config_from_gguf(model.metadata, model.tensors)
    assert config["num_key_value_heads"] == N_KV_HEADS
    assert config["tie_word_embeddings"] is False
    assert notes == []


def test_qwen3next_metadata_round_trips_through_the_tensor_list() -> None:
    # Metadata as llama.cpp's converter writes it for Qwen3-Next-80B-A3B (ssm.* keys hold the
    # Gated DeltaNet sizes; source: convert_hf_to_gguf.py Qwen3NextModel); the tensors are the
    # inventory the core predicts for that config, so the spec must come back the same.
    from tests._support.configs import QWEN3_NEXT

    from vramscope.core.tensors import model_tensors, param_counts

    original = spec_from_config(QWEN3_NEXT, model_id="q")
    md: dict[str, object] = {
        "general.architecture": "qwen3next", "qwen3next.block_count": 48,
        "qwen3next.context_length": 262144, "qwen3next.embedding_length": 2048,
        "qwen3next.feed_forward_length": 5120, "qwen3next.attention.head_count": 16,
        "qwen3next.attention.head_count_kv": 2, "qwen3next.attention.key_length": 256,
        "qwen3next.attention.value_length": 256, "qwen3next.expert_count": 512,
        "qwen3next.expert_used_count": 10, "qwen3next.expert_feed_forward_length": 512,
        "qwen3next.expert_shared_feed_forward_length": 512, "qwen3next.ssm.conv_kernel": 4,
        "qwen3next.ssm.state_size": 128, "qwen3next.ssm.group_count": 16,
        "qwen3next.ssm.time_step_rank": 32, "qwen3next.ssm.inner_size": 4096,
        "qwen3next.full_attention_interval": 4,
    }  # fmt: skip
    tensors = [_t(t.name, *t.shape) for t in model_tensors(original)]
    config, notes = config_from_gguf(md, tensors)  # type: ignore[arg-type]
    back = spec_from_config(config, model_id="q")
    assert notes == []
    assert back.layer_attention == original.layer_attention
    assert back.attn_output_gate and back.shared_expert_intermediate_size == 512
    assert param_counts(back) == param_counts(original)
