"""The bundled catalog: every file validates, counts match the published ones, look-ups work.

A broken bundled file must fail here, not in the user's hands; the error names file, entry and
field in one line.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from vramscope.app.present.errors import error_text
from vramscope.catalog.gpus import (
    GpuMatch,
    find_gpu,
    gpu_bandwidth_by_name,
    gpu_flops_by_name,
    load_gpus,
    match_gpu,
)
from vramscope.catalog.models import CatalogModel, find_model, load_models
from vramscope.catalog.presets import load_presets
from vramscope.catalog.schema import CatalogError, catalog_dir
from vramscope.core.tensors import param_counts
from vramscope.core.units import GIB

MODELS = load_models()
GPUS = load_gpus()


def agrees_with_published(computed: int, published: int) -> bool:
    """Whether ``computed`` is what a vendor would print as ``published``.

    A rounded figure's precision is its significant digits (46_700_000_000 -> "46.7B" -> one
    unit is 0.1B). Vendors round (Mixtral 46.7B) or truncate (DeepSeek-V3's 37.55B activated is
    quoted as 37B; Qwen3-30B-A3B's 3.35B as 3.3B), so both are accepted, nothing looser.
    """
    digits = str(published).rstrip("0")
    unit = 10 ** (len(str(published)) - len(digits))
    rounded = (computed + unit // 2) // unit * unit
    truncated = computed // unit * unit
    return published in (rounded, truncated)


def test_catalog_is_large_enough() -> None:
    assert len(MODELS) >= 200  # issue 15: "At least 200 models"
    assert len(GPUS) >= 50
    assert len(load_presets()) >= 10


def test_required_families_are_present() -> None:
    ids = {m.model_id for m in MODELS}
    for required in (
        "llama-3.2-1b", "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "mistral-7b-v0.3",
        "mistral-nemo-12b", "mistral-small-24b", "mixtral-8x7b", "mixtral-8x22b",
        "qwen2.5-0.5b", "qwen2.5-72b", "qwen2.5-coder-32b", "qwen3-30b-a3b", "qwen3-235b-a22b",
        "gemma-2-9b", "gemma-3-27b", "phi-3-mini-4k", "phi-3.5-mini", "phi-4", "deepseek-v3",
        "deepseek-r1", "deepseek-r1-distill-qwen-32b", "gpt-oss-20b", "gpt-oss-120b",
        "gpt2-large", "gpt-3-175b", "t5-11b", "bloom-176b",
    ):  # fmt: skip
        assert required in ids, required


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.model_id)
def test_computed_params_match_published(model: CatalogModel) -> None:
    counts = param_counts(model.spec)
    if model.params_published_exact:
        # source: each entry's sources["params"] (Hugging Face safetensors totals, the vision
        # tower included where the config has one)
        tower = model.spec.vision.params if model.spec.vision else 0
        assert counts.total + tower == model.params_published
    else:
        # a vision tower read from the config counts (core.vision), like the vendor's figure
        tower = model.spec.vision.params if model.spec.vision else 0
        total = counts.total + tower + model.params_outside_text_model
        if model.params_published_tolerance:
            # source: the entry's params_note, which says why the figures differ
            gap = abs(total / model.params_published - 1)
            assert gap <= model.params_published_tolerance, (model.model_id, total, gap)
        else:
            assert agrees_with_published(total, model.params_published), (
                f"{model.model_id}: computed {total:,} vs published {model.params_published:,}"
            )
    if model.params_active_published is not None:
        active = (
            counts.active_excluding_embedding
            if model.params_active_excludes_embedding
            else counts.active
        )
        assert agrees_with_published(active, model.params_active_published), (
            f"{model.model_id}: active {active:,} vs published {model.params_active_published:,}"
        )
        assert model.is_moe


def test_agrees_with_published_is_strict() -> None:
    assert agrees_with_published(46_702_792_704, 46_700_000_000)
    assert agrees_with_published(37_552_282_624, 37_000_000_000)  # truncated
    assert not agrees_with_published(46_802_792_704, 46_700_000_000)
    assert not agrees_with_published(38_552_282_624, 37_000_000_000)


def test_known_exact_counts() -> None:
    # source: shared/reference/estimator-reference.md §1.4 (computed and published agree)
    assert param_counts(find_model("llama-3.1-8b").spec).total == 8_030_261_248
    assert param_counts(find_model("deepseek-v3").spec).total == 671_026_404_352
    assert param_counts(find_model("gpt-oss-120b").spec).total == 116_829_156_672


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.model_id)
def test_entry_facts_are_sane(model: CatalogModel) -> None:
    assert model.sources["config"] and model.sources["params"]
    # Native context from the model card; it may differ from config.json's
    # max_position_embeddings (Nemo: 128k vs 1,024,000; Qwen2.5-7B: 128k with YaRN vs 32k).
    # The largest is Llama 4 Scout's 10M (model card; text_config max_position_embeddings).
    assert 512 <= model.context_tokens <= 10_485_760
    assert model.release_date[:2] in ("19", "20")
    assert model.default_weights
    assert model.name and model.family


def test_ids_and_aliases_are_unique() -> None:
    seen: dict[str, str] = {}
    for model in MODELS:
        names = {model.model_id, *model.aliases} | ({model.hf_repo} if model.hf_repo else set())
        for name in names:
            assert seen.setdefault(name.casefold(), model.model_id) == model.model_id, name
    gpu_ids = [g.gpu_id for g in GPUS]
    assert len(gpu_ids) == len(set(gpu_ids))


def test_find_model_by_id_alias_repo_and_url() -> None:
    assert find_model("llama-3.1-8b").name == "Llama 3.1 8B"
    assert find_model("llama3.1:8b").model_id == "llama-3.1-8b"
    assert find_model("META-LLAMA/Llama-3.1-8B-Instruct").model_id == "llama-3.1-8b"
    assert find_model("https://huggingface.co/Qwen/Qwen3-8B").model_id == "qwen3-8b"
    assert find_model("  Qwen2.5-Coder:32B ").model_id == "qwen2.5-coder-32b"


def test_find_model_unknown_suggests() -> None:
    with pytest.raises(CatalogError) as info:
        find_model("llama-3.1-9b")
    assert re.fullmatch(
        r"unknown model 'llama-3.1-9b'; did you mean .*'llama-3\.1-8b'.*\?", error_text(info.value)
    )
    with pytest.raises(ValueError) as info:
        find_model("zzzz")
    assert error_text(info.value) == "unknown model 'zzzz'"


@pytest.mark.parametrize(
    ("query", "gpu_id"),
    [
        ("4090", "rtx-4090"),
        ("rtx 4090", "rtx-4090"),
        ("RTX4090", "rtx-4090"),
        ("NVIDIA GeForce RTX 4090", "rtx-4090"),
        ("NVIDIA GeForce RTX 4090 Laptop GPU", "rtx-4090-laptop"),
        ("4060 ti 16gb", "rtx-4060-ti-16gb"),
        ("4060", "rtx-4060"),
        ("NVIDIA H100 80GB HBM3", "h100-sxm"),
        ("Tesla T4", "tesla-t4"),
        ("rx 7900 xtx", "rx-7900-xtx"),
        ("m4 max", "apple-m4-max"),
        ("NVIDIA RTX 6000 Ada Generation", "rtx-6000-ada"),
    ],
)
def test_find_gpu_tolerates_spellings(query: str, gpu_id: str) -> None:
    assert find_gpu(query).gpu_id == gpu_id


def test_find_gpu_ambiguous_and_unknown() -> None:
    # three cards share "RX 7900" and the catalog names no default variant among them
    with pytest.raises(CatalogError) as info:
        find_gpu("rx 7900")
    assert re.search(r"ambiguous: .*7900 XT.*7900 XTX", error_text(info.value))
    with pytest.raises(CatalogError) as info:
        find_gpu("rtx 9999")
    assert error_text(info.value).startswith("unknown GPU 'rtx 9999'")


@pytest.mark.parametrize(
    ("query", "gpu_id", "others"),
    [
        # issue 12: "V100 means the 16 GB", "A100 80GB means the SXM"
        ("V100", "v100-16gb", {"v100-32gb"}),
        ("A100 80GB", "a100-80gb-sxm", {"a100-80gb-pcie"}),
        ("H100", "h100-sxm", {"h100-pcie", "h100-nvl"}),
        ("RTX 4060 Ti", "rtx-4060-ti-8gb", {"rtx-4060-ti-16gb"}),
        ("5060 ti", "rtx-5060-ti-8gb", {"rtx-5060-ti-16gb"}),
    ],
)
def test_ambiguous_gpu_name_picks_the_common_variant(
    query: str, gpu_id: str, others: set[str]
) -> None:
    found = match_gpu(query)
    assert found.gpu.gpu_id == gpu_id and found.gpu.default_variant
    assert {g.gpu_id for g in found.alternatives} == others
    assert find_gpu(query).gpu_id == gpu_id
    # a size picks the variant with that memory, and then nothing was guessed
    matches = (found.gpu, *found.alternatives)
    for other in found.alternatives:
        if [g.vram_bytes for g in matches].count(other.vram_bytes) == 1:
            assert match_gpu(query, vram_bytes=other.vram_bytes) == GpuMatch(other)


def test_default_variants_are_sourced_and_never_compete() -> None:
    defaults = [g for g in GPUS if g.default_variant]
    assert len(defaults) >= 5
    for gpu in defaults:
        assert gpu.default_variant_source.strip(), gpu.gpu_id
    # every catalog name with its memory size and form factor removed ("NVIDIA H100 PCIe
    # 80GB" -> "NVIDIA H100") names one GPU: no shared name is left without a default
    for gpu in GPUS:
        for name in (gpu.name, *gpu.aliases):
            family = re.sub(r"\s*\b\d+\s*GB\b|\b(PCIe|SXM\d?|NVL|HBM3)\b", "", name, flags=re.I)
            family = re.sub(r"-+", " ", family).strip()
            match_gpu(family)  # raises CatalogError when ambiguous


@pytest.mark.parametrize(
    ("query", "vram_gib", "bandwidth_gb_s"),
    [
        # NVIDIA's laptop GPU specification tables (30 and 40 series) for the memory size;
        # bandwidth = bus width x data rate / 8 (TechPowerUp GPU Database for the data rate)
        ("RTX 3050 Laptop", 4, 192),  # 128-bit x 12 Gbps
        ("RTX 4050 Laptop", 6, 192),  # 96-bit x 16 Gbps
        ("RTX 4060 Laptop", 8, 256),  # 128-bit x 16 Gbps
        ("RTX 4070 Laptop", 8, 256),  # 128-bit x 16 Gbps
        ("RTX 4080 Laptop", 12, 432),  # 192-bit x 18 Gbps
        ("RTX 4090 Laptop", 16, 576),  # 256-bit x 18 Gbps
        ("RTX 3060 Laptop", 6, 336),  # 192-bit x 14 Gbps
        ("RTX 3070 Laptop", 8, 448),  # 256-bit x 14 Gbps
        ("RTX 3080 Laptop", 16, 448),  # 256-bit x 14 Gbps
    ],
)
def test_laptop_gpus_in_catalog(query: str, vram_gib: int, bandwidth_gb_s: int) -> None:
    gpu = find_gpu(query)
    assert gpu.laptop and "Laptop" in gpu.name
    assert gpu.vram_bytes == vram_gib * GIB
    assert gpu.bandwidth_bytes_per_s == bandwidth_gb_s * 10**9
    # NVML's spelling finds it too
    assert find_gpu(f"NVIDIA GeForce {query} GPU") == gpu


def test_gpu_bandwidth_by_nvml_name() -> None:
    # Two memory sizes, one name, one bandwidth: 128-bit x 18 Gbps / 8 = 288 GB/s.
    assert gpu_bandwidth_by_name("NVIDIA GeForce RTX 4060 Ti") == 288_000_000_000
    assert gpu_bandwidth_by_name("NVIDIA GeForce RTX 3090") == 936_000_000_000
    assert gpu_bandwidth_by_name("Some Unknown GPU") is None


def test_every_gpu_has_a_sourced_fp16_figure() -> None:
    for gpu in GPUS:
        assert gpu.fp16_flops_per_s > 0, gpu.gpu_id
        assert gpu.fp16_source.strip(), gpu.gpu_id
        # Sanity bounds: an 8-core Apple M1 (2.6) up to an H100/H200 (989) dense.
        assert 1e12 <= gpu.fp16_flops_per_s <= 1.2e15, gpu.gpu_id


@pytest.mark.parametrize(
    ("query", "tflops", "source_says"),
    [
        # NVIDIA Ada Lovelace whitepaper, Table 1: 165.2/330.4 dense/sparse FP16 w/ FP32 acc.
        ("RTX 4090", 165.2, "Ada Lovelace"),
        # NVIDIA Ampere GA102 whitepaper, Appendix A: 71/142 FP16 w/ FP32 accumulate.
        ("RTX 3090", 71.0, "GA102"),
        # NVIDIA H100 datasheet: BF16 1,979 TFLOPS with sparsity -> 989 dense.
        ("H100 SXM", 989.0, "H100 datasheet"),
        # NVIDIA A100 datasheet: BF16 312 TFLOPS dense.
        ("A100 80GB SXM", 312.0, "A100 datasheet"),
        # Apple M2 Ultra announcement: 27.2 teraflops (FP16 runs at the FP32 rate).
        ("M2 Ultra", 27.2, "Apple Newsroom"),
    ],
)
def test_pinned_fp16_figures(query: str, tflops: float, source_says: str) -> None:
    gpu = find_gpu(query)
    assert gpu.fp16_flops_per_s == round(tflops * 1e12)
    assert source_says in gpu.fp16_source


def test_geforce_fp16_is_the_fp32_accumulate_figure() -> None:
    # GeForce runs FP16 with FP32 accumulate at half the FP16-accumulate rate, workstation
    # cards at the full rate: the RTX 6000 Ada (142 SMs) beats the RTX 4090 (128 SMs) by ~2.2x.
    assert find_gpu("RTX 6000 Ada").fp16_flops_per_s > 2 * find_gpu("RTX 4090").fp16_flops_per_s


def test_gpu_flops_by_nvml_name_and_device() -> None:
    assert gpu_flops_by_name("NVIDIA GeForce RTX 4090") == 165_200_000_000_000
    assert gpu_flops_by_name("NVIDIA H100 80GB HBM3") == 989_000_000_000_000
    # Both RTX 4060 Ti memory sizes have the same chip and clocks, so one answer.
    assert gpu_flops_by_name("NVIDIA GeForce RTX 4060 Ti") == 44_100_000_000_000
    assert gpu_flops_by_name("Some Unknown GPU") is None
    assert find_gpu("4090").to_device().fp16_flops_per_s == 165_200_000_000_000


def test_gpu_vram_is_binary_and_bandwidth_matches_bus() -> None:
    rtx4090 = find_gpu("4090")
    assert rtx4090.vram_bytes == 24 * GIB
    assert rtx4090.bandwidth_bytes_per_s == 1_008_000_000_000
    device = rtx4090.to_device(free_bytes=20 * GIB)
    assert (device.total_bytes, device.free_bytes) == (24 * GIB, 20 * GIB)
    assert find_gpu("m3 max").to_device().unified_memory
    raw = json.loads((catalog_dir() / "gpus.json").read_text(encoding="utf-8"))["gpus"]
    for entry in raw:
        assert entry["source"], entry["id"]
        if "data_rate_gbps" in entry:
            # Spec-sheet bandwidth is bus width x data rate; vendors round (M1 Pro 204.8 -> 200).
            derived = entry["bus_width_bits"] * entry["data_rate_gbps"] / 8
            assert derived == pytest.approx(entry["bandwidth_gb_s"], rel=0.03), entry["id"]


def test_required_gpus_are_present() -> None:
    for query in (
        "RTX 2080 Ti", "RTX 3060 12GB", "RTX 3090", "RTX 4090", "RTX 5090", "RTX 4090 Laptop",
        "RTX A6000", "RTX 6000 Ada", "T4", "L4", "A10", "A100 40GB", "A100 80GB SXM",
        "H100 SXM", "H200", "RX 6800 XT", "RX 7900 XTX", "RX 9070 XT", "M1 Ultra", "M2 Ultra",
        "M3 Ultra", "M4 Pro",
    ):  # fmt: skip
        find_gpu(query)


def test_presets_are_real_architectures() -> None:
    presets = load_presets()
    labels = [p.label for p in presets]
    assert "7-8B" in labels and "70B" in labels and "405B" in labels
    assert any(p.kind == "moe" and p.spec.is_moe for p in presets)
    for preset in presets:
        assert preset.sources["config"]
        assert preset.spec.model_id == preset.based_on.model_id


def test_loaders_are_cached() -> None:
    assert load_models() is load_models()
    assert load_gpus() is load_gpus()


# --- broken files: one line naming the file, entry and field ---


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    root = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), root)
    return root


def _edit(path: Path, edit: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert callable(edit)
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _one_line_error(call: object, root: Path) -> str:
    assert callable(call)
    with pytest.raises(CatalogError) as info:
        call(root)
    message = error_text(info.value)
    assert "\n" not in message
    return message


def test_broken_model_field_names_file_entry_and_field(catalog_copy: Path) -> None:
    def bad(data: dict[str, list[dict[str, dict[str, object]]]]) -> None:
        data["models"][2]["config"]["hidden_size"] = "4096"

    _edit(catalog_copy / "models" / "llama.json", bad)
    message = _one_line_error(load_models, catalog_copy)
    assert message == (
        "models/llama.json: entry 'llama-3.1-8b': field 'config.hidden_size' must be an "
        "integer, got '4096'"
    )


def test_missing_source_is_an_error(catalog_copy: Path) -> None:
    def bad(data: dict[str, list[dict[str, dict[str, object]]]]) -> None:
        del data["models"][0]["sources"]["params"]

    _edit(catalog_copy / "models" / "qwen.json", bad)
    message = _one_line_error(load_models, catalog_copy)
    assert "models/qwen.json: entry 'qwen2.5-0.5b': field 'sources.params' is missing" in message


def test_unknown_field_and_bad_date(catalog_copy: Path) -> None:
    def typo(data: dict[str, list[dict[str, object]]]) -> None:
        data["models"][0]["licence_"] = "MIT"

    _edit(catalog_copy / "models" / "phi.json", typo)
    assert "field 'licence_' is not a known field" in _one_line_error(load_models, catalog_copy)

    def bad_date(data: dict[str, list[dict[str, object]]]) -> None:
        del data["models"][0]["licence_"]
        data["models"][0]["release_date"] = "April 2024"

    _edit(catalog_copy / "models" / "phi.json", bad_date)
    assert "must be an ISO date" in _one_line_error(load_models, catalog_copy)


def test_invalid_json_and_duplicate_alias(catalog_copy: Path) -> None:
    path = catalog_copy / "models" / "gemma.json"
    path.write_text('{"schema_version": 1, "family": "gemma", "models": [', encoding="utf-8")
    assert _one_line_error(load_models, catalog_copy).startswith(
        "models/gemma.json: not valid JSON (line 1, column"
    )
    path.unlink()

    def dup(data: dict[str, list[dict[str, object]]]) -> None:
        data["models"][0]["aliases"] = ["llama3.1:8b"]

    _edit(catalog_copy / "models" / "phi.json", dup)
    assert "'llama3.1:8b' names both" in _one_line_error(load_models, catalog_copy)


def test_config_rejected_by_parser_is_located(catalog_copy: Path) -> None:
    def bad(data: dict[str, list[dict[str, dict[str, object]]]]) -> None:
        data["models"][0]["config"]["num_key_value_heads"] = 5  # does not divide 32 heads

    _edit(catalog_copy / "models" / "llama.json", bad)
    assert _one_line_error(load_models, catalog_copy).startswith(
        "models/llama.json: entry 'llama-3.2-1b': field 'config' is wrong: "
    )


def test_broken_gpu_and_preset(catalog_copy: Path) -> None:
    def bad_gpu(data: dict[str, list[dict[str, object]]]) -> None:
        data["gpus"][0]["vram_gib"] = "6 GB"

    _edit(catalog_copy / "gpus.json", bad_gpu)
    assert _one_line_error(load_gpus, catalog_copy) == (
        "gpus.json: entry 'rtx-2060': field 'vram_gib' must be a number, got '6 GB'"
    )

    def no_flops_source(data: dict[str, list[dict[str, object]]]) -> None:
        data["gpus"][0]["vram_gib"] = 6
        del data["gpus"][0]["fp16_tflops_source"]

    _edit(catalog_copy / "gpus.json", no_flops_source)
    assert "entry 'rtx-2060': field 'fp16_tflops_source'" in _one_line_error(
        load_gpus, catalog_copy
    )

    def zero_flops(data: dict[str, list[dict[str, object]]]) -> None:
        data["gpus"][0]["fp16_tflops_source"] = "a source"
        data["gpus"][0]["fp16_tflops"] = 0

    _edit(catalog_copy / "gpus.json", zero_flops)
    assert _one_line_error(load_gpus, catalog_copy) == (
        "gpus.json: entry 'rtx-2060': field 'fp16_tflops' must be positive, got 0"
    )

    def bad_preset(data: dict[str, list[dict[str, object]]]) -> None:
        data["presets"][0]["based_on"] = "no-such-model"

    _edit(catalog_copy / "presets.json", bad_preset)
    assert "field 'based_on' must name a catalog model id" in _one_line_error(
        load_presets, catalog_copy
    )


def test_duplicate_id_in_two_files_is_refused(catalog_copy: Path) -> None:
    """Two files each defining ``yi-34b`` once: every name's owner is its own id, so only the
    id check catches it (two helpers' files did this before the check existed)."""
    phi = json.loads((catalog_copy / "models" / "phi.json").read_text(encoding="utf-8"))
    twin = dict(phi["models"][0])
    twin["aliases"] = []
    (catalog_copy / "models" / "zz-twin.json").write_text(
        json.dumps({"schema_version": 1, "family": "phi", "models": [twin]}), encoding="utf-8"
    )
    message = _one_line_error(load_models, catalog_copy)
    assert f"the model id '{twin['id']}' is used by two entries" in message
