"""The bundled GPU table: ``resources/catalog/gpus.json`` -> :class:`CatalogGpu`.

Used to plan for hardware the user does not own ("what if I had an RTX 4090") and by the
hardware probe to fill in memory bandwidth and FP16 throughput, which NVML does not report.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from vramscope.core.hardware import GpuDevice
from vramscope.core.jsondata import JsonData, describe
from vramscope.core.speed import MEMORY_TYPES
from vramscope.core.units import GIB

from .schema import CatalogError, catalog_dir, located, read_json_object, slug

__all__ = [
    "CatalogGpu",
    "GpuMatch",
    "find_gpu",
    "gpu_bandwidth_by_name",
    "gpu_flops_by_name",
    "gpu_with_speed_facts",
    "load_gpus",
    "match_gpu",
    "uncatalogued_gpu",
]

_GPU_FIELDS = frozenset(
    {
        "id", "name", "vendor", "vram_gib", "bandwidth_gb_s", "memory_type", "bus_width_bits",
        "data_rate_gbps", "laptop", "unified_memory", "aliases", "source", "fp16_tflops",
        "fp16_tflops_source", "note", "default_variant", "default_variant_source",
        "compute_units", "boost_clock_mhz", "compute_units_source",
    }
)  # fmt: skip
_VENDORS = frozenset({"NVIDIA", "AMD", "Apple", "Intel"})
# The memory technologies the speed model has a sustained efficiency for (core/speed.py).
_MEMORY_TYPES = frozenset(MEMORY_TYPES)

# Words that name the maker or the product line rather than the chip: "NVIDIA GeForce RTX
# 4090" and "rtx 4090" must compare equal. "gpu" goes too, but "laptop" stays: it changes VRAM.
_NOISE = frozenset({"nvidia", "geforce", "amd", "radeon", "apple", "gpu", "graphics", "tesla"})
# Split "RTX4090" / "4060ti16gb" into words at letter/digit boundaries.
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class CatalogGpu:
    """One GPU (or unified-memory chip) with its memory size, bandwidth, FP16 throughput and
    their sources.

    ``fp16_flops_per_s`` is dense (no sparsity) FP16/BF16 tensor throughput with FP32
    accumulate, which is half the FP16-accumulate figure on GeForce cards.
    """

    gpu_id: str
    name: str
    vendor: str
    vram_bytes: int
    bandwidth_bytes_per_s: int
    memory_type: str
    bus_width_bits: int
    source: str
    fp16_flops_per_s: int
    fp16_source: str
    unified_memory: bool = False
    laptop: bool = False
    aliases: tuple[str, ...] = ()
    note: str = ""
    # The variant a name shared with other entries means ("V100" -> the 16 GB card), with why.
    default_variant: bool = False
    default_variant_source: str = ""
    # SMs (NVIDIA), CUs (AMD) or GPU cores (Apple) and the boost clock: what the speed model's
    # weight-unpacking throughput scales with; 0 when the catalog does not give them.
    compute_units: int = 0
    boost_clock_mhz: int = 0

    @property
    def in_catalog(self) -> bool:
        """False for a GPU known only by the name and size the user gave."""
        return bool(self.gpu_id)

    def to_device(self, free_bytes: int | None = None, total_bytes: int | None = None) -> GpuDevice:
        """A planner device for this card; by default all of its memory, all of it free."""
        total = self.vram_bytes if total_bytes is None else total_bytes
        free = total if free_bytes is None else free_bytes
        return GpuDevice(
            name=self.name,
            total_bytes=total,
            free_bytes=free,
            bandwidth_bytes_per_s=self.bandwidth_bytes_per_s,
            unified_memory=self.unified_memory,
            fp16_flops_per_s=self.fp16_flops_per_s,
            memory_type=self.memory_type,
            compute_units=self.compute_units,
            clock_mhz=self.boost_clock_mhz,
            vendor=self.vendor,
        )


def _tokens(text: str) -> frozenset[str]:
    words = _TOKEN.findall(text.casefold())
    return frozenset(w for w in words if w not in _NOISE)


def _parse_gpu(raw: JsonData) -> CatalogGpu:
    entry = located(raw)
    entry.only(_GPU_FIELDS)
    vendor = entry.one_of("vendor", _VENDORS)
    gib = entry.float("vram_gib", positive=True)
    # GB/s on spec sheets are decimal (10^9 bytes per second).
    bandwidth = round(entry.float("bandwidth_gb_s", positive=True) * 1e9)
    if entry.has("data_rate_gbps"):
        entry.float("data_rate_gbps", positive=True)
    # TFLOP/s on spec sheets are decimal (10^12 FLOP per second).
    flops = round(entry.float("fp16_tflops", positive=True) * 1e12)
    # a default variant says why it is the common one (catalog README: every figure sourced)
    default_variant = entry.bool("default_variant", False)
    default_source = entry.str("default_variant_source") if default_variant else ""
    # compute units come with their clock and a source, or not at all
    units = entry.has("compute_units")
    if units:
        entry.str("compute_units_source")
    return CatalogGpu(
        gpu_id=slug(entry, "id"),
        name=entry.str("name"),
        vendor=vendor,
        # Marketing "GB" of VRAM are binary: a "24 GB" card has 24 GiB of chips.
        vram_bytes=round(gib * GIB),
        bandwidth_bytes_per_s=bandwidth,
        memory_type=entry.one_of("memory_type", _MEMORY_TYPES),
        bus_width_bits=entry.int("bus_width_bits", min=1),
        source=entry.str("source"),
        fp16_flops_per_s=flops,
        fp16_source=entry.str("fp16_tflops_source"),
        unified_memory=entry.bool("unified_memory", False),
        laptop=entry.bool("laptop", False),
        aliases=entry.str_list("aliases"),
        note=entry.str("note", ""),
        default_variant=default_variant,
        default_variant_source=default_source,
        compute_units=entry.int("compute_units", min=1) if units else 0,
        boost_clock_mhz=entry.int("boost_clock_mhz", min=1) if units else 0,
    )


@functools.lru_cache(maxsize=8)
def load_gpus(directory: Path | None = None) -> tuple[CatalogGpu, ...]:
    """Every bundled GPU, validated. Cached per directory (the catalog root)."""
    root = directory if directory is not None else catalog_dir()
    data = read_json_object(root / "gpus.json", "gpus.json")
    data.only(frozenset({"schema_version", "description", "gpus"}))
    gpus = tuple(_parse_gpu(raw) for raw in data.objects("gpus"))
    seen: dict[str, str] = {}
    for gpu in gpus:
        for key in (gpu.gpu_id, gpu.name):
            other = seen.setdefault(key.casefold(), gpu.gpu_id)
            if other != gpu.gpu_id:
                raise CatalogError(
                    "catalog.name_clash",
                    file="gpus.json",
                    name=describe(key),
                    first=describe(other),
                    second=describe(gpu.gpu_id),
                )
    return gpus


@functools.lru_cache(maxsize=8)
def _name_tokens(directory: Path | None) -> Mapping[str, tuple[frozenset[str], ...]]:
    return {
        gpu.gpu_id: tuple(_tokens(n) for n in (gpu.gpu_id, gpu.name, *gpu.aliases))
        for gpu in load_gpus(directory)
    }


def _candidates(query: str, directory: Path | None) -> list[CatalogGpu]:
    """The best matches for ``query``: entries whose names contain every word of it, keeping
    those with the fewest extra words ("4090" -> RTX 4090, not the 4090 Laptop GPU)."""
    gpus = load_gpus(directory)
    folded = query.strip().casefold()
    exact = [g for g in gpus if folded in {n.casefold() for n in (g.gpu_id, g.name, *g.aliases)}]
    if exact:
        return exact
    wanted = _tokens(query)
    if not wanted:
        return []
    names = _name_tokens(directory)
    best: list[CatalogGpu] = []
    best_extra = 1 << 30
    for gpu in gpus:
        extras = [len(t - wanted) for t in names[gpu.gpu_id] if wanted <= t]
        if not extras:
            continue
        extra = min(extras)
        if extra < best_extra:
            best, best_extra = [gpu], extra
        elif extra == best_extra:
            best.append(gpu)
    return best


@dataclass(frozen=True, slots=True)
class GpuMatch:
    """What a typed GPU name means: the GPU and, when the name fits several entries and the
    catalog's default variant was taken, the others it also fits (empty otherwise)."""

    gpu: CatalogGpu
    alternatives: tuple[CatalogGpu, ...] = ()


def _containing(query: str, directory: Path | None) -> list[CatalogGpu]:
    """Every entry with a name that holds every word of ``query``, however many more it has
    ("H100" -> the PCIe, SXM and NVL cards)."""
    wanted = _tokens(query)
    names = _name_tokens(directory)
    return [g for g in load_gpus(directory) if any(wanted <= t for t in names[g.gpu_id])]


def match_gpu(
    query: str, directory: Path | None = None, *, vram_bytes: int | None = None
) -> GpuMatch:
    """Look a GPU up by id or name, tolerant of spelling: "4090", "rtx 4090", "RTX4090",
    "NVIDIA GeForce RTX 4090" (NVML's name), "4060 ti 16gb".

    A name several entries share resolves to the one whose memory is ``vram_bytes`` when that
    picks one ("V100" with 32 GiB), else to the catalog's default variant among them ("V100"
    -> 16 GB, "A100 80GB" -> SXM), with the others as ``alternatives`` so the caller can say so.

    Raises :class:`CatalogError` for no match (with suggestions) or a name that stays
    ambiguous (listing the candidates).
    """
    found = _candidates(query, directory)
    if len(found) == 1:
        return GpuMatch(found[0])
    if found:
        broad = _containing(query, directory) or found
        sized = [g for g in broad if g.vram_bytes == vram_bytes]
        if len(sized) == 1:
            return GpuMatch(sized[0])
        defaults = [g for g in broad if g.default_variant]
        if len(defaults) == 1:
            chosen = defaults[0]
            return GpuMatch(chosen, tuple(g for g in broad if g is not chosen))
        listed = ", ".join(repr(g.name) for g in found[:8])
        raise CatalogError("catalog.gpu_ambiguous", query=describe(query), candidates=listed)
    import difflib  # only on the error path

    names = [g.name for g in load_gpus(directory)]
    close = difflib.get_close_matches(query.strip(), names, n=3, cutoff=0.5)
    if close:
        suggestions = ", ".join(repr(c) for c in close)
        raise CatalogError("catalog.unknown_gpu_near", query=describe(query), near=suggestions)
    raise CatalogError("catalog.unknown_gpu", query=describe(query))


def find_gpu(query: str, directory: Path | None = None) -> CatalogGpu:
    """The GPU :func:`match_gpu` finds for ``query`` (a shared name gives the default
    variant). Raises :class:`CatalogError` as it does."""
    return match_gpu(query, directory).gpu


def uncatalogued_gpu(name: str, vram_bytes: int) -> CatalogGpu:
    """A GPU the catalog does not list, known only by the name and memory size the user gave
    (``--gpu "RTX 2050 Laptop:4"``): bandwidth and FP16 throughput 0, which the planner reads
    as unknown (its default bandwidth, no prefill speed)."""
    return CatalogGpu(
        gpu_id="",
        name=name,
        vendor="",
        vram_bytes=vram_bytes,
        bandwidth_bytes_per_s=0,
        memory_type="",
        bus_width_bits=0,
        source="",
        fp16_flops_per_s=0,
        fp16_source="",
    )


def gpu_bandwidth_by_name(nvml_name: str, directory: Path | None = None) -> int | None:
    """Peak memory bandwidth for a GPU name as NVML reports it, or None when unknown.

    Cards sold in two memory sizes under one name (RTX 3060, RTX 4060 Ti) still get an answer
    when every candidate has the same bandwidth.
    """
    found = _candidates(nvml_name, directory)
    bandwidths = {g.bandwidth_bytes_per_s for g in found}
    return bandwidths.pop() if len(bandwidths) == 1 else None


def gpu_flops_by_name(nvml_name: str, directory: Path | None = None) -> int | None:
    """Dense FP16 tensor throughput (FLOP/s) for a GPU name as NVML reports it, or None when
    unknown or ambiguous (candidates that disagree). Mirrors :func:`gpu_bandwidth_by_name`."""
    found = _candidates(nvml_name, directory)
    flops = {g.fp16_flops_per_s for g in found}
    return flops.pop() if len(flops) == 1 else None


def gpu_with_speed_facts(device: GpuDevice, directory: Path | None = None) -> GpuDevice:
    """``device`` (a probed GPU) with the catalog's memory type, compute units, clock and
    maker for the speed model, when every catalog entry of its name agrees on them."""
    if device.memory_type:
        return device
    facts = {
        (g.memory_type, g.compute_units, g.boost_clock_mhz, g.vendor)
        for g in _candidates(device.name, directory)
    }
    if len(facts) != 1:
        return device
    memory_type, units, mhz, vendor = facts.pop()
    return replace(
        device, memory_type=memory_type, compute_units=units, clock_mhz=mhz, vendor=vendor
    )
