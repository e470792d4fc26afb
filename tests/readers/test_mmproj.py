"""llama.cpp vision projectors (mmproj GGUF, ``general.architecture`` clip): the header read into
a vision tower, ``--mmproj`` beside a model, and hostile values of the clip.vision.* keys."""

from __future__ import annotations

import json
from pathlib import Path

import gguf
import numpy as np
import pytest
from tests._support.messages import message

from vramscope.app.mmproj import with_mmproj
from vramscope.app.session import resolve_model
from vramscope.cli import main
from vramscope.core import SpecError, Workload, estimate, parse_weight_format
from vramscope.readers._files import ModelFileError
from vramscope.readers.local import load_local_model
from vramscope.readers.mmproj import read_mmproj

Q4 = parse_weight_format("q4_k_m")

# The header keys of ggml-org/gemma-3-4b-it-GGUF mmproj-model-f16.gguf, as llama.cpp's
# convert_hf_to_gguf.py (Gemma3VisionModel) writes them from google/gemma-3-4b-it's
# vision_config: 896 px, patch 14, width 1152, MLP 4304, 27 blocks, 16 heads, projected to 2560.
GEMMA3_KEYS: dict[str, object] = {
    "clip.projector_type": "gemma3",
    "clip.has_vision_encoder": True,
    "clip.vision.image_size": 896,
    "clip.vision.patch_size": 14,
    "clip.vision.embedding_length": 1152,
    "clip.vision.feed_forward_length": 4304,
    "clip.vision.block_count": 27,
    "clip.vision.attention.head_count": 16,
    "clip.vision.projection_dim": 2560,
}
# Qwen2.5-VL-7B's merger: patch 14, width 1280, SwiGLU 3420, 32 blocks, projected to 3584.
QWEN25_KEYS: dict[str, object] = {
    **GEMMA3_KEYS,
    "clip.projector_type": "qwen2.5vl_merger",
    "clip.vision.image_size": 560,
    "clip.vision.embedding_length": 1280,
    "clip.vision.feed_forward_length": 3420,
    "clip.vision.block_count": 32,
    "clip.vision.projection_dim": 3584,
}
# A few tensors of the real names (shapes shrunk: the reader counts what the file holds).
TENSORS: list[tuple[str, tuple[int, ...], type]] = [
    ("v.patch_embd.weight", (8, 3, 14, 14), np.float16),
    ("v.blk.0.attn_q.weight", (32, 32), np.float16),
    ("v.blk.0.ffn_up.weight", (64, 32), np.float16),
    ("v.blk.0.ln1.weight", (32,), np.float32),
    ("mm.input_projection.weight", (40, 32), np.float16),
]


def write_mmproj(
    path: Path, keys: dict[str, object], *, arch: str = "clip", gated: bool = False
) -> Path:
    w = gguf.GGUFWriter(path, arch)
    for key, value in keys.items():
        if isinstance(value, bool):
            w.add_bool(key, value)
        elif isinstance(value, int):
            # llama.cpp writes these as uint32; a negative count can only be an int32
            (w.add_int32 if value < 0 else w.add_uint64 if value >= 2**32 else w.add_uint32)(
                key, value
            )
        elif isinstance(value, float):
            w.add_float32(key, value)
        else:
            w.add_string(key, str(value))
    for name, shape, dtype in TENSORS:
        w.add_tensor(name, np.zeros(shape, dtype=dtype))
    if gated:
        w.add_tensor("v.blk.0.ffn_gate.weight", np.zeros((64, 32), dtype=np.float16))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def test_gemma3_mmproj_header(tmp_path: Path) -> None:
    found = read_mmproj(write_mmproj(tmp_path / "mmproj-gemma3.gguf", GEMMA3_KEYS))
    t = found.tower
    assert found.projection_dim == 2560
    # 896 / 14 = 64 patches a side, pooled 4 x 4 to 256 tokens (clip.cpp, PROJECTOR_TYPE_GEMMA3)
    assert (t.patches_per_image, t.tokens_per_image, t.image_px) == (4096, 256, 896)
    assert (t.hidden_size, t.n_layers, t.intermediate_size, t.n_heads) == (1152, 27, 4304, 16)
    elements = sum(int(np.prod(shape)) for _, shape, _ in TENSORS)
    assert t.params == elements
    assert t.mmproj_bytes == (elements - 32) * 2 + 32 * 4  # F16 tensors and one F32 norm
    assert t.mmproj_type == "F16" and not t.gated_mlp


def test_qwen_merger_takes_the_documented_image_size(tmp_path: Path) -> None:
    t = read_mmproj(write_mmproj(tmp_path / "mmproj-qwen.gguf", QWEN25_KEYS, gated=True)).tower
    # 1024 px rounded to 37 merged tokens a side, as core.vision does from the config
    assert (t.tokens_per_image, t.patches_per_image) == (37 * 37, 74 * 74)
    assert t.gated_mlp


def test_mmproj_beside_a_model_counts_the_file(tmp_path: Path) -> None:
    path = write_mmproj(tmp_path / "mmproj-gemma3.gguf", GEMMA3_KEYS)
    choice = with_mmproj(resolve_model("gemma-3-4b"), path)
    tower = choice.spec.vision
    assert tower is not None
    # llama.cpp loads a given mmproj whatever the prompt: its real bytes, no images needed
    est = estimate(choice.spec, Q4, Workload(context_tokens=4096))
    assert est.term("vision_weights") == tower.mmproj_bytes
    with pytest.raises(SpecError) as err:
        with_mmproj(resolve_model("llama-3.1-8b"), path)
    assert "2560" in message(err.value) and "4096" in message(err.value)


def test_cli_mmproj_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_mmproj(tmp_path / "mmproj-gemma3.gguf", GEMMA3_KEYS)
    argv = ["estimate", "gemma-3-4b", "--gpu", "RTX 4090", "--ram", "64", "--json"]
    assert main([*argv, "--mmproj", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    weights = [t for t in out["terms"] if t["name"] == "vision_weights"]
    assert [t["bytes"] for t in weights] == [read_mmproj(path).tower.mmproj_bytes]


def test_a_projector_given_as_the_model_says_so(tmp_path: Path) -> None:
    path = write_mmproj(tmp_path / "mmproj-gemma3.gguf", GEMMA3_KEYS)
    with pytest.raises(ModelFileError) as err:
        load_local_model(path)
    assert "vision projector" in message(err.value) and "--mmproj" in message(err.value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("clip.vision.image_size", 10**9),  # absurd image size
        ("clip.vision.image_size", "896"),  # wrong type
        ("clip.vision.block_count", -1),  # negative
        ("clip.vision.block_count", 2**40),  # huge
        ("clip.vision.embedding_length", 0),
        ("clip.vision.patch_size", 2000),  # larger than the image
        ("clip.vision.attention.head_count", 1.5),
        ("clip.vision.spatial_merge_size", 10**6),
        ("clip.projector_type", 7),
    ],
)
def test_hostile_mmproj_key_names_key_and_value(tmp_path: Path, key: str, value: object) -> None:
    path = write_mmproj(tmp_path / "mmproj-bad.gguf", {**GEMMA3_KEYS, key: value})
    with pytest.raises(ModelFileError) as err:
        read_mmproj(path)
    text = message(err.value)
    assert text.startswith("mmproj-bad.gguf: ") and key in text
    assert str(value)[:12] in text
    assert len(text.splitlines()) == 1


def test_missing_key_wrong_architecture_and_audio_projector(tmp_path: Path) -> None:
    keys = {k: v for k, v in GEMMA3_KEYS.items() if k != "clip.vision.block_count"}
    with pytest.raises(ModelFileError) as err:
        read_mmproj(write_mmproj(tmp_path / "a.gguf", keys))
    assert "clip.vision.block_count" in message(err.value)
    with pytest.raises(ModelFileError) as err:
        read_mmproj(write_mmproj(tmp_path / "b.gguf", GEMMA3_KEYS, arch="llama"))
    assert "llama" in message(err.value) and "clip" in message(err.value)
    audio = {**GEMMA3_KEYS, "clip.has_vision_encoder": False}
    with pytest.raises(ModelFileError) as err:
        read_mmproj(write_mmproj(tmp_path / "c.gguf", audio))
    assert "no vision encoder" in message(err.value)


def test_random_hostile_headers_fail_cleanly(tmp_path: Path) -> None:
    """Every clip.vision.* key set to values from a hostile pool: the reader returns a tower or
    raises ModelFileError, never anything else (seeded, so a failure repeats)."""
    rng = np.random.default_rng(15)
    pool: list[object] = [0, 1, -7, 2**31, 2**40, 3.5, "x" * 300, True, "", 13, 10**5]
    keys = [k for k in GEMMA3_KEYS if k.startswith("clip.vision.")]
    for i in range(40):
        chosen = {k: pool[int(rng.integers(len(pool)))] for k in rng.choice(keys, 2)}
        path = write_mmproj(tmp_path / f"fuzz{i}.gguf", {**GEMMA3_KEYS, **chosen})
        try:
            tower = read_mmproj(path).tower
        except ModelFileError as exc:
            assert len(message(exc).splitlines()) == 1
        else:
            assert tower.params > 0 and tower.tokens_per_image > 0
