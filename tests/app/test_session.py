"""The session: model choices (catalog, GGUF file, model folder), run settings, the size parser
and the hardware options both front ends use."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests._support.model_files import write_llama_folder, write_llama_gguf

from vramscope.app import session
from vramscope.app.present.errors import error_text
from vramscope.app.session import HardwareOptions, RunSettings
from vramscope.catalog.gpus import find_gpu
from vramscope.core.errors import SpecError
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.plan import plan
from vramscope.core.units import GIB
from vramscope.core.workload import Workload
from vramscope.readers.gguf import read_gguf_model
from vramscope.readers.safetensors import read_safetensors_folder

HW = Hardware((GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),), 32 * GIB, 28 * GIB)
# A GGUF file type number llama.cpp has no name for (its enum ends in the 30s), as third-party
# quantizers write: the reader reports such a file as "gguf-mixed".
UNNAMED_FILE_TYPE = 1234

# ----- the size parser ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["32", "32GB", "32 GB", "32GiB", "32 GiB", " 32 gib ", "32g"])
def test_every_way_of_writing_32_gib_is_32_gib(text: str) -> None:
    assert session.parse_size(text, "--ram") == 32 * GIB


def test_a_bare_number_and_gb_both_mean_gib() -> None:
    # memory is sold in binary units: a "24 GB" card holds 24 GiB
    assert session.parse_size("24", "--gpu") == session.parse_size("24 GB", "--gpu") == 24 * GIB
    assert session.parse_size("0.5", "--ram") == GIB // 2


@pytest.mark.parametrize("text", ["many", "", "32 TB", "-4", "32 MB", "3 2"])
def test_not_a_size(text: str) -> None:
    with pytest.raises(SpecError) as raised:
        session.parse_size(text, "--ram")
    assert error_text(raised.value) == (f"--ram: expected a size in GB such as 24, got {text!r}")


def test_sizes_out_of_range_name_the_option_and_value() -> None:
    with pytest.raises(SpecError) as raised:
        session.parse_size("0.1", "--ram", min_gib=session.MIN_RAM_GIB)
    # the CLI's message before the parser was shared (vramscope estimate --ram 0.1)
    assert error_text(raised.value) == "--ram must be between 0.25 and 65536 GB, got 0.1"
    with pytest.raises(SpecError):
        session.parse_size("0", "--gpu")
    with pytest.raises(SpecError):
        session.parse_size("70000", "--gpu")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("RTX 4090", ("RTX 4090", None)), ("RTX 4090:16", ("RTX 4090", 16 * GIB)),
     ("RTX 4090 : 16 GB", ("RTX 4090", 16 * GIB)), ("RTX 3060:12GB", ("RTX 3060", 12 * GIB)),
     ("Tesla T4:15.5", ("Tesla T4", int(15.5 * GIB)))],
)  # fmt: skip
def test_gpu_option(text: str, expected: tuple[str, int | None]) -> None:
    assert session.parse_gpu_option(text) == expected


@pytest.mark.parametrize("text", [":24", "  ", "", "RTX 4090:lots", "RTX:0", "RTX:-3"])
def test_bad_gpu_option(text: str) -> None:
    with pytest.raises(SpecError):
        session.parse_gpu_option(text)


# ----- hardware options ----------------------------------------------------------------------


def test_hardware_options_replace_what_they_name_and_keep_the_rest() -> None:
    opts = HardwareOptions.parse(["RTX 4090", "RTX 3060:8"], "64GB")
    assert [size for _, size in opts.gpus] == [find_gpu("RTX 4090").vram_bytes, 8 * GIB]
    hw = opts.apply(HW)
    assert [g.total_bytes for g in hw.gpus] == [g.free_bytes for g in hw.gpus]
    assert hw.ram_total_bytes == hw.ram_available_bytes == 64 * GIB
    assert hw.ram_bandwidth_bytes_per_s == HW.ram_bandwidth_bytes_per_s
    only_ram = HardwareOptions.parse((), "16").apply(HW)
    assert only_ram.gpus == HW.gpus and only_ram.ram_total_bytes == 16 * GIB
    assert HardwareOptions.parse().empty and HardwareOptions.parse().apply(HW) == HW


def test_ambiguous_gpu_name_picks_the_common_variant() -> None:
    """Issue 12: a name several catalog GPUs share means the catalog's default variant, and a
    note says which (shown by ``--gpu``'s JSON notes and the window's machine panel)."""
    from vramscope.app.present import render

    opts = HardwareOptions.parse(["V100", "A100 80GB"], "64")
    assert [g.gpu_id for g, _ in opts.gpus] == ["v100-16gb", "a100-80gb-sxm"]
    assert [size for _, size in opts.gpus] == [16 * GIB, 80 * GIB]
    assert [n.code for n in opts.notes] == ["hardware.gpu_variant_chosen"] * 2
    assert render(opts.notes[0]) == (
        "“V100” fits several GPUs; planning for the most common, NVIDIA V100 16GB (others: "
        "NVIDIA V100 32GB). Give the full name or NAME:GB to choose another."
    )
    # the described machine (the window) carries the same notes as the command line
    assert set(opts.notes) <= set(opts.to_reading().notes)
    # a size that names one variant is no guess: no note
    sized = HardwareOptions.parse(["V100:32"])
    assert [g.gpu_id for g, _ in sized.gpus] == ["v100-32gb"] and sized.notes == ()
    # a name that stays ambiguous (no default among the RX 7900 cards) still fails
    with pytest.raises(SpecError):
        HardwareOptions.parse(["RX 7900"])


def test_any_gpu_name_with_size() -> None:
    """Issue 12: ``NAME:GB`` takes any name: a GPU the catalog lacks is planned with the size
    given and the planner's default bandwidth, with a note; a catalog name keeps its figures."""
    from vramscope.app.present import render
    from vramscope.core.constants import DEFAULT_GPU_BANDWIDTH

    opts = HardwareOptions.parse(["GeForce RTX 2050 Laptop:4", "RTX 4090:48"], "32")
    (laptop, laptop_size), (modded, modded_size) = opts.gpus
    assert (laptop.name, laptop_size, laptop.in_catalog) == (
        "GeForce RTX 2050 Laptop",
        4 * GIB,
        False,
    )
    assert (modded.gpu_id, modded_size) == ("rtx-4090", 48 * GIB)
    hw = opts.apply(HW)
    assert [g.total_bytes for g in hw.gpus] == [4 * GIB, 48 * GIB]
    assert [g.bandwidth_bytes_per_s for g in hw.gpus] == [0, 1_008_000_000_000]
    assert [n.code for n in opts.notes] == ["hardware.gpu_not_in_catalog"]
    assert "450 GB/s" in render(opts.notes[0]) and DEFAULT_GPU_BANDWIDTH == 450 * 10**9
    # the planner runs with its default bandwidth for the unknown card
    p = plan(
        session.catalog_choice("llama-3.2-1b").spec,
        parse_weight_format("q4_k_m"),
        Workload(),
        HardwareOptions.parse(["Some Laptop GPU:4"], "16").apply(HW),
    )
    assert p.verdict == "fits_gpu" and p.speed is not None
    assert any(a.args.get("bandwidth_bps") == DEFAULT_GPU_BANDWIDTH for a in p.speed.assumptions)
    assert opts.encode().startswith("GeForce RTX 2050 Laptop:")
    # without a size an unknown name is still an error: its memory is unknown
    with pytest.raises(SpecError):
        HardwareOptions.parse(["GeForce RTX 2050 Laptop"])


def test_hardware_options_as_a_described_machine() -> None:
    opts = HardwareOptions.parse(["RTX 4090"], "48")
    reading = opts.to_reading()
    assert [g.name for g in reading.gpus] == [find_gpu("RTX 4090").name]
    assert reading.ram.total_bytes == 48 * GIB
    assert HardwareOptions.parse(["RTX 4090"]).to_reading(ram_bytes=8 * GIB).ram.total_bytes == (
        8 * GIB
    )
    assert opts.encode() == f"{find_gpu('RTX 4090').gpu_id}:{find_gpu('RTX 4090').vram_bytes}"


# ----- model choices -------------------------------------------------------------------------


def test_catalog_choice() -> None:
    c = session.catalog_choice("llama-3.1-8b")
    assert (c.key, c.kind, c.model_id) == ("catalog:llama-3.1-8b", "catalog", "llama-3.1-8b")
    assert c.file_layout is None and c.file_weight_format() is None
    assert session.resolve_model("llama-3.1-8b") == c
    assert c in session.catalog_choices()
    assert parse_weight_format(session.default_format("llama.cpp", c)).family == "gguf"
    assert session.default_format("transformers", c) == "bf16"


def test_preset_choices_borrow_a_catalog_architecture() -> None:
    presets = session.preset_choices()
    assert presets and all(p.kind == "preset" and p.based_on for p in presets)


def test_gguf_file_choice_uses_the_file_tensors(tmp_path: Path) -> None:
    path = write_llama_gguf(tmp_path / "tiny.gguf")[0]
    c = session.resolve_model(str(path))
    assert c.kind == "file" and c.file_format == "q4_0" and c.file_layout is not None
    fmt = session.weights_for(c, "llama.cpp")
    assert fmt.id == "q4_0"
    assert session.weights_layout(c, fmt, "llama.cpp") is c.file_layout
    assert c.file_layout.total_bytes == read_gguf_model(path).header.tensor_bytes


def test_mixed_gguf_keeps_its_own_format_and_tensors(tmp_path: Path) -> None:
    """Mismatch 2 of issue 11: a GGUF whose file type llama.cpp does not name is planned with
    its real tensors and keeps its own column, never a predicted q4_k_m layout."""
    path = write_llama_gguf(tmp_path / "mixed.gguf", file_type=UNNAMED_FILE_TYPE)[0]
    c = session.file_choice(str(path))
    assert c.file_format == "gguf-mixed"
    own = c.file_weight_format()
    # labelled by its type with the most bytes: in llama_tensors() the Q8_0 embedding, attn_v
    # and ffn_down outweigh the Q4_0 tensors
    assert own is not None and own.family == "gguf" and own.ggml_type == "Q8_0"
    # the window's first format and first column, and the CLI's format without --weights
    assert session.initial_format(c, "llama.cpp") == "gguf-mixed"
    assert session.formats_for("llama.cpp", c)[0] == own
    assert session.weights_for(c, "llama.cpp") == own
    assert session.format_of("gguf-mixed", c) == own
    p = session.plan_for(c, own, RunSettings(), 2048, HW)
    assert p.estimate.weights_bytes == read_gguf_model(path).header.tensor_bytes
    # a runtime that cannot load a GGUF falls back to the checkpoint's usual format
    assert session.initial_format(c, "transformers") == "bf16"


def test_folder_choice(tmp_path: Path) -> None:
    write_llama_folder(tmp_path / "hf", shards=2)
    c = session.resolve_model(str(tmp_path / "hf"))
    assert c.kind == "file" and c.file_layout is not None
    tensors = read_safetensors_folder(tmp_path / "hf").tensors  # type: ignore[union-attr]
    assert c.file_layout.total_bytes == sum(t.nbytes for t in tensors)
    bare = session.resolve_model(str(tmp_path / "hf" / "config.json"))
    assert bare.file_layout is None and bare.file_weight_format() is None


def test_unknown_model_is_a_one_line_error() -> None:
    with pytest.raises(ValueError, match="no-such-model"):
        session.resolve_model("no-such-model")


# ----- run settings --------------------------------------------------------------------------


def test_run_settings_default_kv_type_follows_the_runtime() -> None:
    assert RunSettings().kv_type == "f16"
    assert RunSettings(runtime="transformers").kv_type == "bf16"
    assert RunSettings(runtime="vllm", kv_cache_type="fp8").kv_type == "fp8"


def test_run_settings_make_the_cores_workload() -> None:
    run = RunSettings(
        runtime="transformers",
        mode="lora",
        batch=2,
        optimizer="adamw-8bit",
        lora_rank=8,
        lora_targets=("q_proj", "v_proj"),
    )
    assert run.workload(8192) == Workload(
        runtime="transformers",
        mode="lora",
        context_tokens=8192,
        batch=2,
        kv_cache_type="bf16",
        optimizer="adamw-8bit",
        lora_rank=8,
        lora_targets=("q_proj", "v_proj"),
        grad_checkpointing=True,  # the window's and the CLI's default for training (issue 12)
    )
    with pytest.raises(SpecError):
        RunSettings(mode="lora").workload(4096)  # training needs transformers


def test_plan_for_equals_the_core_plan() -> None:
    c = session.catalog_choice("llama-3.1-8b")
    fmt = parse_weight_format("q4_k_m")
    p = session.plan_for(c, fmt, RunSettings(kv_cache_type="q8_0"), 8192, HW, gpu_layers=20)
    core = plan(c.spec, fmt, Workload(context_tokens=8192, kv_cache_type="q8_0"), HW, gpu_layers=20)
    assert p.estimate.terms == core.estimate.terms and p.verdict == core.verdict


def test_switching_runtime_keeps_what_the_user_chose() -> None:
    # a default KV type stays the default: the CLI's --runtime transformers uses bf16
    assert RunSettings().with_runtime("transformers").kv_type == "bf16"
    assert RunSettings(kv_cache_type="f16").with_runtime("transformers").kv_type == "bf16"
    # a chosen type is kept where the new runtime offers it, else the new default
    chosen = RunSettings(runtime="transformers", kv_cache_type="f16", mode="lora")
    assert chosen.with_runtime("vllm").kv_type == "bf16"
    assert RunSettings(kv_cache_type="q8_0").with_runtime("vllm").kv_type == "bf16"
    # training exists only in transformers
    assert chosen.with_runtime("llama.cpp").mode == "inference"
    assert chosen.with_runtime("transformers") == chosen
    for runtime in session.KV_TYPES_BY_RUNTIME:
        run = RunSettings().with_runtime(runtime)  # type: ignore[arg-type]
        run.workload(4096)  # every offered default is one the core accepts


def test_a_described_machine_replaces_every_gpu() -> None:
    gpu = find_gpu("RTX 4090")
    two = HardwareOptions(((gpu, gpu.vram_bytes), (gpu, gpu.vram_bytes)), 64 * GIB).describe(HW)
    assert [g.total_bytes for g in two.gpus] == [gpu.vram_bytes] * 2
    assert two.ram_total_bytes == two.ram_available_bytes == 64 * GIB
    assert two.ram_bandwidth_bytes_per_s == HW.ram_bandwidth_bytes_per_s
    assert two.cpu_flops_per_s == HW.cpu_flops_per_s
    # no GPU described means none, where the CLI's --ram alone keeps the detected GPUs
    assert HardwareOptions((), 16 * GIB).describe(HW).gpus == ()
    assert HardwareOptions((), 16 * GIB).apply(HW).gpus == HW.gpus
