"""What the user asked for, in one place for both front ends: the model, the run settings and
the hardware to plan for, and the plan they make together.

``vramscope estimate`` and the window both build a :class:`ModelChoice`, a :class:`RunSettings`
and a :class:`HardwareOptions` here and call :func:`plan_for`, so the two cannot disagree on
which weights a file has, which workload a setting means or what ``--ram 32GB`` is.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vramscope.catalog.gpus import (
    CatalogGpu,
    gpu_bandwidth_by_name,
    gpu_flops_by_name,
    gpu_with_speed_facts,
    load_gpus,
    match_gpu,
    uncatalogued_gpu,
)
from vramscope.catalog.models import CatalogModel
from vramscope.catalog.presets import load_presets
from vramscope.catalog.schema import CatalogError
from vramscope.catalog.user import all_models, find_any_model
from vramscope.core import (
    COMMON_FORMAT_IDS,
    CPU_KINDS,
    DEFAULT_GPU_BANDWIDTH,
    GIB,
    LLAMACPP_DEFAULT_UBATCH_TOKENS,
    RUNTIME_FAMILIES,
    SPLIT_MODES,
    VLLM_DEFAULT_GPU_MEMORY_UTILIZATION,
    CpuKind,
    FlashAttention,
    GpuDevice,
    Hardware,
    Mode,
    ModelSpec,
    Note,
    Optimizer,
    Plan,
    Runtime,
    SpecError,
    SplitMode,
    WeightFormat,
    WeightLayout,
    Workload,
    check_runtime_format,
    largest_contexts,
    layout_for,
    layout_from_file_tensors,
    parse_weight_format,
    plan,
)
from vramscope.readers.local import LocalModel, load_local_model

if TYPE_CHECKING:
    from vramscope.hardware import MachineReading

__all__ = [
    "CONTEXT_MIN_TOKENS",
    "KV_TYPES_BY_RUNTIME",
    "MAX_SEQUENCES",
    "MAX_SIZE_GIB",
    "MAX_TENSOR_SPLIT",
    "MIN_GPU_MEMORY_UTILIZATION",
    "MIN_RAM_GIB",
    "OPTION_RUNTIMES",
    "QLORA_BASE_FORMAT",
    "ChoiceKind",
    "ComputeDtype",
    "HardwareOptions",
    "ModelChoice",
    "RunSettings",
    "catalog_choice",
    "catalog_choices",
    "check_runtime_option",
    "default_format",
    "default_weights",
    "file_choice",
    "format_of",
    "formats_for",
    "from_catalog",
    "hardware_of",
    "initial_format",
    "load_user_model",
    "parse_cpu",
    "parse_gpu",
    "parse_gpu_option",
    "parse_ram_bandwidth",
    "parse_size",
    "parse_tensor_split",
    "plan_for",
    "preset_choices",
    "resolve_model",
    "resolve_weights",
    "runtime_loads",
    "sequences",
    "tensor_split_for",
    "weights_for",
    "weights_layout",
    "with_run_options",
]

# The smallest context the window's slider and chart go down to.
CONTEXT_MIN_TOKENS = 512

ChoiceKind = Literal["catalog", "preset", "file"]
ComputeDtype = Literal["bf16", "fp16", "fp32"]

# ----------------------------------------------------------------------------------------------
# sizes typed by the user: --ram, --gpu NAME:SIZE, the "other hardware" dialog
# ----------------------------------------------------------------------------------------------

# A bare number is GiB, and so is "GB": memory is sold in binary units (a "24 GB" card and a
# "32 GB" DIMM both hold GiB), so "32", "32GB", "32 GB", "32GiB" and "32 GiB" are one size.
_SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(?:gi?b?)?\s*", re.IGNORECASE)
# Above any GPU or workstation sold (the largest single GPUs carry under 300 GB): beyond it the
# number is a typo, not a machine.
MAX_SIZE_GIB = 65_536
# No system that runs a model has less RAM than this; smaller values are typos (MB meant as GB).
MIN_RAM_GIB = 0.25


def parse_size(text: str, option: str, *, min_gib: float = 0.0) -> int:
    """``"32"``, ``"32GB"``, ``"32 GB"``, ``"32GiB"`` or ``"32 GiB"`` -> 32 GiB in bytes.

    Raises SpecError ``option.size`` when ``text`` is not a size, ``option.size_range`` when it
    is outside ``min_gib`` (exclusive when 0) to :data:`MAX_SIZE_GIB`.
    """
    match = _SIZE.fullmatch(text)
    if match is None:
        raise SpecError("option.size", option=option, value=repr(text))
    value = float(match.group(1))
    if not (value >= min_gib if min_gib > 0 else value > 0) or value > MAX_SIZE_GIB:
        raise SpecError(
            "option.size_range",
            option=option,
            low_gib=min_gib,
            high_gib=MAX_SIZE_GIB,
            value=text.strip(),
        )
    return int(value * GIB)


def parse_gpu_option(text: str) -> tuple[str, int | None]:
    """``"RTX 4090:24"`` -> ``("RTX 4090", 24 GiB)``; ``"RTX 4090"`` -> ``("RTX 4090", None)``
    (the caller takes the catalog's size)."""
    name, sep, size = text.rpartition(":")
    if not sep:
        name, size = text, ""
    name = name.strip()
    if not name:
        raise SpecError("option.gpu", value=repr(text))
    return name, (parse_size(size, "--gpu") if sep else None)


def parse_gpu(text: str) -> tuple[CatalogGpu, int, Note | None]:
    """``--gpu NAME[:SIZE]`` -> the GPU, its memory size and a note when a name several catalog
    GPUs share was taken to mean the catalog's default variant.

    Any name goes with a size: one the catalog lacks (a laptop GPU, a new card) is planned
    with that size and an unknown bandwidth. Without a size the name must be in the catalog.
    Raises CatalogError (unknown or still ambiguous name) or SpecError (bad size).
    """
    name, size = parse_gpu_option(text)
    try:
        found = match_gpu(name, vram_bytes=size)
    except CatalogError as exc:
        if size is None or exc.note.code == "catalog.gpu_ambiguous":
            raise
        return uncatalogued_gpu(name, size), size, None
    gpu = found.gpu
    note = None
    if found.alternatives:
        from vramscope.hardware.notes import GPU_VARIANT_CHOSEN

        others = ", ".join(g.name for g in found.alternatives)
        note = Note.of(GPU_VARIANT_CHOSEN, query=name, gpu=gpu.name, others=others)
    return gpu, size if size is not None else gpu.vram_bytes, note


# ----------------------------------------------------------------------------------------------
# hardware
# ----------------------------------------------------------------------------------------------


def hardware_of(reading: MachineReading, cpu: CpuKind | None = None) -> Hardware:
    """The planner's view of a reading, with the catalog filling in what NVML could not read
    (bandwidth for the speed estimate, FLOPS for the prefill speed); ``cpu`` (``--cpu``)
    replaces the CPU kind the probe read from the instruction sets."""
    hw = reading.to_hardware(
        bandwidth_fallback=gpu_bandwidth_by_name, flops_fallback=gpu_flops_by_name
    )
    # the speed model's memory type, compute units and clock (issue 13), from the catalog too
    hw = replace(hw, gpus=tuple(gpu_with_speed_facts(g) for g in hw.gpus))
    return hw if cpu is None else replace(hw, cpu=cpu)


# --ram-bandwidth: from a single-channel DDR3 board to a 12-channel server (GB/s). source:
# DDR3-800 single channel 6.4 GB/s; 12 x DDR5-6400 614 GB/s (JEDEC rates x channels x 8 B)
RAM_BANDWIDTH_RANGE_GB_S = (1.0, 2000.0)


def parse_ram_bandwidth(text: str | None) -> int | None:
    """``--ram-bandwidth GB/s`` as typed ("60", "60GB/s"); None keeps the machine's."""
    if text is None:
        return None
    cleaned = text.strip().lower().removesuffix("gb/s").strip()
    low, high = RAM_BANDWIDTH_RANGE_GB_S
    try:
        value = float(cleaned)
    except ValueError:
        raise SpecError("option.ram_bandwidth", value=repr(text), low=low, high=high) from None
    if not (math.isfinite(value) and low <= value <= high):
        raise SpecError("option.ram_bandwidth", value=repr(text), low=low, high=high)
    return round(value * 1e9)


def parse_cpu(text: str | None) -> CpuKind | None:
    """``--cpu x86-avx2|x86-avx512|arm64|apple|x86`` as typed (None: keep the probe's)."""
    if text is None:
        return None
    kind = text.strip().lower()
    for known in CPU_KINDS:
        if kind == known:
            return known
    raise SpecError("option.cpu", value=repr(text), kinds=", ".join(CPU_KINDS))


@dataclass(frozen=True, slots=True)
class HardwareOptions:
    """Hardware to plan for instead of (part of) the detected one: GPUs with their VRAM in
    bytes (``--gpu``, assumed fully free) and a RAM size (``--ram``). ``None`` and ``()`` keep
    what was detected. A GPU is a catalog entry, or one known only by the name and size given
    (:func:`~vramscope.catalog.gpus.uncatalogued_gpu`); ``choices`` are notes on names that
    several catalog GPUs share (``hardware.gpu_variant_chosen``). ``cpu`` (``--cpu``) names the
    processor whose repack llama.cpp applies instead of the detected one; it describes no GPU
    or RAM, so it leaves :attr:`empty` as it is."""

    gpus: tuple[tuple[CatalogGpu, int], ...] = ()
    ram_bytes: int | None = None
    choices: tuple[Note, ...] = ()
    cpu: CpuKind | None = None
    # --ram-bandwidth GB/s: the RAM's sustained read speed for the speed estimate (None: the
    # machine's, measured or estimated); like --cpu it leaves :attr:`empty` as it is
    ram_bandwidth_bytes_per_s: int | None = None
    # --free-vram GB (repeatable) / the dialog's "free VRAM": the memory other programs leave
    # free on each GPU: () all of it, one value for every GPU, or one per GPU in order. Like
    # --cpu it leaves :attr:`empty` as it is (it can describe the detected GPUs too)
    free_vram_bytes: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.free_vram_bytes)
        if self.gpus and n > 1 and n != len(self.gpus):
            raise SpecError("option.free_vram_count", count=n, gpus=len(self.gpus))

    @classmethod
    def parse(
        cls,
        gpus: Sequence[str] = (),
        ram: str | None = None,
        cpu: str | None = None,
        ram_bandwidth: str | None = None,
        free_vram: Sequence[str] = (),
    ) -> HardwareOptions:
        """From ``--gpu NAME[:SIZE]`` (repeatable), ``--ram SIZE``, ``--cpu KIND``,
        ``--ram-bandwidth GB/s`` and ``--free-vram SIZE`` (repeatable) as typed."""
        out: list[tuple[CatalogGpu, int]] = []
        choices: list[Note] = []
        for opt in gpus:
            gpu, size, note = parse_gpu(opt)
            out.append((gpu, size))
            if note is not None and note not in choices:
                choices.append(note)
        ram_bytes = parse_size(ram, "--ram", min_gib=MIN_RAM_GIB) if ram is not None else None
        bandwidth = parse_ram_bandwidth(ram_bandwidth)
        free = tuple(parse_size(f, "--free-vram") for f in free_vram)
        return cls(tuple(out), ram_bytes, tuple(choices), parse_cpu(cpu), bandwidth, free)

    def free_of(self, index: int, total_bytes: int) -> int:
        """The free memory of GPU ``index`` (of ``total_bytes``) as the options describe it."""
        if not self.free_vram_bytes:
            return total_bytes
        given = self.free_vram_bytes[index if len(self.free_vram_bytes) > 1 else 0]
        return min(given, total_bytes)

    def _devices(self) -> tuple[GpuDevice, ...]:
        return tuple(
            g.to_device(total_bytes=s, free_bytes=self.free_of(i, s))
            for i, (g, s) in enumerate(self.gpus)
        )

    @property
    def empty(self) -> bool:
        return not self.gpus and self.ram_bytes is None

    @property
    def notes(self) -> tuple[Note, ...]:
        """What the user should know about the GPUs planned for: which variant a shared name
        meant, and which GPUs are not in the catalog (their bandwidth is assumed)."""
        from vramscope.hardware.notes import GPU_NOT_IN_CATALOG

        # a custom GPU given with its bandwidth needs no note: nothing is assumed for it
        unlisted = dict.fromkeys(
            g.name for g, _ in self.gpus if not g.in_catalog and not g.bandwidth_bytes_per_s
        )
        return self.choices + tuple(
            Note.of(GPU_NOT_IN_CATALOG, gpu=name, bandwidth_bps=DEFAULT_GPU_BANDWIDTH)
            for name in unlisted
        )

    def apply(self, hw: Hardware) -> Hardware:
        """``hw`` with the given GPUs, RAM and CPU kind; RAM and disk speeds stay the
        machine's."""
        if self.cpu is not None:
            hw = replace(hw, cpu=self.cpu)
        if self.ram_bandwidth_bytes_per_s is not None:
            hw = replace(hw, ram_bandwidth_bytes_per_s=self.ram_bandwidth_bytes_per_s)
        if self.gpus:
            hw = replace(hw, gpus=self._devices())
        elif self.free_vram_bytes:
            # --free-vram alone: the detected GPUs with that much free (never above what is)
            n = len(self.free_vram_bytes)
            if n > 1 and n != len(hw.gpus):
                raise SpecError("option.free_vram_count", count=n, gpus=len(hw.gpus))
            hw = replace(
                hw,
                gpus=tuple(
                    replace(g, free_bytes=min(g.free_bytes, self.free_of(i, g.total_bytes)))
                    for i, g in enumerate(hw.gpus)
                ),
            )
        if self.ram_bytes is not None:
            hw = replace(hw, ram_total_bytes=self.ram_bytes, ram_available_bytes=self.ram_bytes)
        return hw

    def describe(self, hw: Hardware) -> Hardware:
        """A whole described machine, as the window's "other hardware" means it: exactly these
        GPUs (none when none were given), fully free, and this RAM, on ``hw``'s CPU, RAM and
        disk speeds (only the sizes were described)."""
        devices = self._devices()
        kept = HardwareOptions(
            (),
            self.ram_bytes,
            cpu=self.cpu,
            ram_bandwidth_bytes_per_s=self.ram_bandwidth_bytes_per_s,
        )
        return kept.apply(replace(hw, gpus=devices))

    def to_reading(self, ram_bytes: int = 0) -> MachineReading:
        """A machine of exactly these GPUs (none when none were given) and this RAM size (else
        ``ram_bytes``): what the window's "other hardware" describes."""
        from vramscope.hardware import fake_machine  # the CLI never needs it: start-up time
        from vramscope.hardware.fake import FAKE_NOTE

        devices = list(self._devices())
        ram = self.ram_bytes if self.ram_bytes is not None else ram_bytes
        return fake_machine(devices, ram, notes=(FAKE_NOTE, *self.notes))

    def encode(self) -> str:
        """The GPUs as ``id:bytes;id:bytes`` (the window's saved settings); a GPU the catalog
        lacks by its name."""
        return ";".join(f"{g.gpu_id or g.name}:{size}" for g, size in self.gpus)

    @classmethod
    def decode(
        cls,
        gpus: str,
        ram_bytes: int | None = None,
        *,
        free_vram_bytes: tuple[int, ...] = (),
        custom_bandwidth: dict[str, int] | None = None,
    ) -> HardwareOptions:
        """The inverse of :meth:`encode` (a saved "other hardware"): a catalog id names its
        GPU, any other name a custom GPU with the bandwidth ``custom_bandwidth`` gives it (0:
        unknown). Raises ValueError (SpecError, CatalogError) for an entry it cannot read."""
        by_id = {g.gpu_id: g for g in load_gpus()}
        out: list[tuple[CatalogGpu, int]] = []
        for entry in (e for e in gpus.split(";") if e.strip()):
            token, sep, size_text = entry.rpartition(":")
            if not sep or not size_text.isdigit() or not token.strip():
                raise SpecError("option.gpu", value=repr(entry[:80]))
            size = int(size_text)
            gpu = by_id.get(token)
            if gpu is None:
                bandwidth = (custom_bandwidth or {}).get(token, 0)
                gpu = replace(uncatalogued_gpu(token, size), bandwidth_bytes_per_s=bandwidth)
            out.append((gpu, size))
        return cls(tuple(out), ram_bytes, free_vram_bytes=free_vram_bytes)


# ----------------------------------------------------------------------------------------------
# the model
# ----------------------------------------------------------------------------------------------


def load_user_model(path: str) -> tuple[LocalModel, WeightLayout | None]:
    """A user's config.json, model folder or GGUF, with the exact weight layout of its tensor
    files when it has some. Raises ModelFileError (a SpecError) with a one-line message."""
    local = load_local_model(path)
    layout = None
    if local.file_tensors:
        layout = layout_from_file_tensors(
            local.spec, local.file_tensors, format_id=local.weights_format_id
        )
    return local, layout


def runtime_loads(runtime: str, fmt: WeightFormat) -> bool:
    """Whether ``runtime`` can load weights stored as ``fmt`` (vLLM has no LLM.int8)."""
    return fmt.family in RUNTIME_FAMILIES[runtime] and not (runtime == "vllm" and fmt.id == "int8")


# QLoRA is LoRA on a base model loaded in 4-bit NF4 with double quantization (Dettmers et al.,
# arXiv:2305.14314; PEFT's and Unsloth's QLoRA guides load it with BitsAndBytesConfig(
# load_in_4bit=True, bnb_4bit_quant_type="nf4")): the default base format in QLoRA mode.
QLORA_BASE_FORMAT = "nf4"


def _is_qlora_base(fmt: WeightFormat) -> bool:
    """A 4-bit bitsandbytes format, the base QLoRA trains on."""
    return fmt.family == "bnb" and fmt.bits == 4


def default_weights(
    runtime: str,
    *,
    default_weights: str | None = None,
    stored_format: str | None = None,
    file_format: str | None = None,
    published: str | None = None,
    mode: Mode = "inference",
) -> str:
    """The format a user of ``runtime`` most likely runs: a file's own format when the runtime
    loads it (for QLoRA only a 4-bit bitsandbytes one: QLoRA quantizes the base to NF4 at load);
    NF4 for QLoRA; the format the model is published in for ``runtime`` (``published``, from
    the catalog's ``runtime_weights``); for llama.cpp the catalog's usual GGUF (q4_k_m when
    none); otherwise the checkpoint's stored format (bf16 when not quantized)."""
    if file_format:
        try:
            own = parse_weight_format(file_format)
            if runtime_loads(runtime, own) and (mode != "qlora" or _is_qlora_base(own)):
                return file_format
        except SpecError:
            pass  # a file's own mixed type has no format name: fall through to the defaults
    if mode == "qlora":
        return QLORA_BASE_FORMAT
    if published:
        return published
    if runtime == "llama.cpp":
        fmt = default_weights or "q4_k_m"
        if fmt == "mxfp4":
            return "mxfp4_moe"  # gpt-oss GGUFs keep the experts in MXFP4
        try:
            return fmt if runtime_loads(runtime, parse_weight_format(fmt)) else "q4_k_m"
        except SpecError:
            return "q4_k_m"
    return stored_format or "bf16"


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """Something the user can plan for: a catalog model, a size preset or a user's file.

    ``file_layout`` holds the exact bytes of a file's tensors and ``file_format`` its format id
    (``gguf-mixed`` for a GGUF whose file type llama.cpp does not name); both are None for the
    catalog, the presets and a bare config.json without tensors.
    """

    key: str  # "catalog:<id>", "preset:<id>", "file:<path>"
    model_id: str
    name: str
    spec: ModelSpec
    kind: ChoiceKind
    group: str  # catalog family, "presets" or "files"
    default_weights: str | None = None
    file_layout: WeightLayout | None = field(default=None, compare=False)
    file_format: str | None = None
    based_on: str = ""  # the catalog model a preset borrows its architecture from
    # what reading the file left out or guessed (codes ``model.*``)
    warnings: tuple[Note, ...] = ()
    # (runtime, format id): the format the model is published in for that runtime (catalog)
    runtime_weights: tuple[tuple[str, str], ...] = ()
    # the Hugging Face repository id (catalog; "" for files and presets): what the run settings
    # name for vLLM and transformers
    hf_repo: str = ""
    # the catalog's release date (ISO) and historic flag; "" and False for presets and files
    release_date: str = ""
    historic: bool = False
    # a user-catalog entry made from a model file: that file's path (its config.json or first
    # GGUF shard), so the table shows the opened file once, not also its catalog copy
    source_file: str = ""

    def published_weights(self, runtime: str) -> str | None:
        """The format the model is published in for ``runtime``; None when not stated."""
        return dict(self.runtime_weights).get(runtime)

    @property
    def max_context_tokens(self) -> int:
        return max(self.spec.max_context_tokens, CONTEXT_MIN_TOKENS)

    def file_weight_format(self) -> WeightFormat | None:
        """The format of the file's own tensors, None without a file. A GGUF whose file type
        llama.cpp does not name (third-party mixes) gets a GGUF format labelled by its most
        common tensor type, so it can still be planned with its real tensors."""
        if self.file_format is None or self.file_layout is None:
            return None
        try:
            return parse_weight_format(self.file_format)
        except SpecError:
            pass
        by_type: dict[str, int] = {}
        for t, b in zip(self.file_layout.tensor_types, self.file_layout.tensor_bytes, strict=True):
            by_type[t] = by_type.get(t, 0) + b
        main_type = max(by_type, key=lambda t: by_type[t])
        return WeightFormat(
            id=self.file_format,
            family="gguf",
            label=Note.of("format_label.gguf_mixed", main_type=main_type),
            ggml_type=main_type,
        )


def from_catalog(m: CatalogModel) -> ModelChoice:
    """The choice for one bundled model."""
    return ModelChoice(
        key=f"catalog:{m.model_id}",
        model_id=m.model_id,
        name=m.name,
        spec=m.spec,
        kind="catalog",
        group=m.family,
        default_weights=m.default_weights,
        runtime_weights=tuple((w.runtime, w.weights) for w in m.runtime_weights),
        hf_repo=m.hf_repo,
        release_date=m.release_date,
        historic=m.historic,
        source_file=m.sources.get("config", "") if m.origin == "user" else "",
    )


def catalog_choices() -> list[ModelChoice]:
    """Every bundled model, in catalog order, then the user's own catalog (group ``user``; a
    broken user file leaves it out, see ``app.user_catalog.problem_lines``)."""
    return [from_catalog(m) for m in all_models()]


def catalog_choice(query: str) -> ModelChoice:
    """A bundled or user catalog model by id or alias; CatalogError names an unknown one."""
    return from_catalog(find_any_model(query))


def preset_choices() -> list[ModelChoice]:
    """The size presets ("7-8B"), each with the architecture of a real catalog model.

    Raises CatalogError (one line) when the bundled presets file is missing or broken: that
    is a damaged install, which the window reports rather than hiding the presets.
    """
    return [
        ModelChoice(
            key=f"preset:{p.preset_id}",
            model_id=p.spec.model_id,
            name=p.label,
            spec=p.spec,
            kind="preset",
            group="presets",
            default_weights=p.based_on.default_weights,
            runtime_weights=tuple((w.runtime, w.weights) for w in p.based_on.runtime_weights),
            based_on=p.based_on.name,
        )
        for p in load_presets()
    ]


def file_choice(path: str) -> ModelChoice:
    """A user's config.json, model folder or GGUF (slow: off the GUI thread).

    Raises ModelFileError (a SpecError) with a one-line message.
    """
    local, layout = load_user_model(path)
    return ModelChoice(
        key=f"file:{local.path}",
        model_id=local.spec.model_id,
        name=local.spec.display_name,
        spec=local.spec,
        kind="file",
        group="files",
        default_weights=local.weights_format_id,
        file_layout=layout,
        file_format=local.weights_format_id,
        warnings=tuple(local.warnings),
    )


def resolve_model(text: str) -> ModelChoice:
    """``vramscope estimate MODEL``: a path to a file or folder when one exists, else a catalog
    id or alias."""
    if Path(text).exists():
        return file_choice(text)
    return catalog_choice(text)


# ----------------------------------------------------------------------------------------------
# weights
# ----------------------------------------------------------------------------------------------


def default_format(runtime: str, choice: ModelChoice, mode: Mode = "inference") -> str:
    """The format a user of ``runtime`` most likely runs in ``mode`` (a file's own when the
    runtime loads it, the published one, NF4 for QLoRA; see :func:`default_weights`)."""
    return default_weights(
        runtime,
        default_weights=choice.default_weights,
        stored_format=choice.spec.stored_format,
        file_format=choice.file_format,
        published=choice.published_weights(runtime),
        mode=mode,
    )


def resolve_weights(choice: ModelChoice, runtime: str, weights: str) -> WeightFormat:
    """``--weights`` as typed, for ``runtime``: ``mxfp4`` on a MoE model in llama.cpp is the
    GGUF mix ``mxfp4_moe`` (experts in MXFP4: how gpt-oss GGUFs are published), since llama.cpp
    has no MXFP4 checkpoint format. Raises SpecError for an unknown name."""
    fmt = parse_weight_format(weights)
    if runtime == "llama.cpp" and fmt.family == "mxfp4" and choice.spec.is_moe:
        return parse_weight_format("mxfp4_moe")
    return fmt


def weights_for(
    choice: ModelChoice, runtime: str, weights: str | None = None, mode: Mode = "inference"
) -> WeightFormat:
    """The format to plan with: ``weights`` when the user named one (see
    :func:`resolve_weights`); else a file's own format (its real tensors, even when llama.cpp
    has no name for its mix; for QLoRA only a 4-bit one); else the usual download
    (:func:`default_format`)."""
    if weights:
        return resolve_weights(choice, runtime, weights)
    own = choice.file_weight_format()
    if own is not None and (mode != "qlora" or _is_qlora_base(own)):
        return own
    return parse_weight_format(default_format(runtime, choice, mode))


def initial_format(choice: ModelChoice, runtime: str, mode: Mode = "inference") -> str:
    """The format the window selects for a newly chosen model (or mode): the one ``vramscope
    estimate`` plans with (a file's own, even a mix with no name), unless ``runtime`` cannot
    load it."""
    fmt = weights_for(choice, runtime, mode=mode)
    return fmt.id if runtime_loads(runtime, fmt) else default_format(runtime, choice, mode)


def format_of(format_id: str, choice: ModelChoice | None = None) -> WeightFormat:
    """The weight format named ``format_id``; ``choice``'s file format when it is that file's
    own (which may have no name llama.cpp knows, e.g. ``gguf-mixed``)."""
    if choice is not None and format_id == choice.file_format:
        own = choice.file_weight_format()
        if own is not None:
            return own
    return parse_weight_format(format_id)


def formats_for(runtime: str, choice: ModelChoice | None = None) -> list[WeightFormat]:
    """The fit table's columns and the format menu: the common formats ``runtime`` loads, after
    the file's own format when ``choice`` is a file (even one with no format name) and the
    model's own default when it is not a common one (gpt-oss: ``mxfp4_moe`` in llama.cpp)."""
    ids = list(COMMON_FORMAT_IDS)
    if runtime != "llama.cpp":
        # the GGUF-heavy common list has few torch formats; add the usual torch ones
        ids += ["fp16", "int8", "fp8", "awq-4bit"]
    if choice is not None:
        ids.insert(0, default_format(runtime, choice))
    out: list[WeightFormat] = []
    own = choice.file_weight_format() if choice is not None else None
    if own is not None and runtime_loads(runtime, own):
        out.append(own)
    for fid in dict.fromkeys(ids):
        if own is not None and fid == own.id:
            continue
        try:
            fmt = parse_weight_format(fid)
        except SpecError:
            continue
        if runtime_loads(runtime, fmt):
            out.append(fmt)
    return out


_layouts: dict[tuple[str, str, str], WeightLayout] = {}
_layouts_lock = threading.Lock()


def weights_layout(choice: ModelChoice, fmt: WeightFormat, runtime: str) -> WeightLayout:
    """The file's real tensors when ``fmt`` is the file's own format, else the predicted layout,
    cached: computing a GGUF mix for a 400B model takes ~100 ms and does not depend on context,
    hardware or workload."""
    if choice.file_layout is not None and fmt.id == choice.file_format:
        return choice.file_layout
    key = (choice.key if choice.kind != "preset" else choice.spec.model_id, fmt.id, runtime)
    with _layouts_lock:
        found = _layouts.get(key)
    if found is not None:
        return found
    lay = layout_for(choice.spec, fmt, runtime)
    with _layouts_lock:
        _layouts[key] = lay
    return lay


# ----------------------------------------------------------------------------------------------
# the run
# ----------------------------------------------------------------------------------------------


# KV cache types the window offers per runtime (the core accepts more; these are the ones users
# pick). The first is each runtime's default: what it uses when no cache option is given.
# The lowest --gpu-memory-utilization the core's Workload accepts (below it vLLM cannot hold
# even the CUDA context of a small card); the upper bound is the whole card.
MIN_GPU_MEMORY_UTILIZATION = 0.05
# More proportions than any machine has GPUs: beyond it --tensor-split is a typo.
MAX_TENSOR_SPLIT = 64


# llama.cpp's flags and vLLM's: which runtime each belongs to (a flag of another runtime is
# an error, not silently ignored)
OPTION_RUNTIMES: dict[str, Runtime] = {
    "--cache-type-k": "llama.cpp",
    "--cache-type-v": "llama.cpp",
    "--no-kv-offload": "llama.cpp",
    "--tensor-split": "llama.cpp",
    "--split-mode": "llama.cpp",
    "--parallel": "llama.cpp",
    "--gpu-memory-utilization": "vllm",
    "--max-num-seqs": "vllm",
}
# The core Workload's limit on sequences (its batch): more is a typo, not a server.
MAX_SEQUENCES = 4096


def check_runtime_option(option: str, runtime: str) -> None:
    """SpecError ``option.runtime_only`` when ``option`` (a key of :data:`OPTION_RUNTIMES`) is
    another runtime's flag."""
    applies = OPTION_RUNTIMES[option]
    if runtime != applies:
        raise SpecError("option.runtime_only", option=option, applies=applies, runtime=runtime)


def sequences(batch: int | None, option: str | None = None, value: int | None = None) -> int:
    """The sequences run at once from ``--batch`` and a runtime's own name for it (``--parallel``
    for llama-server's slots, ``--max-num-seqs`` for vLLM): the two must agree when both are
    given; 1 when neither is. SpecError names the flag and the value."""
    if option is None or value is None:
        return 1 if batch is None else batch
    if isinstance(value, bool) or not isinstance(value, int):
        raise SpecError("spec.not_integer", field=option, value=repr(value))
    if value < 1:
        raise SpecError("spec.not_positive", field=option, value=value)
    if value > MAX_SEQUENCES:
        raise SpecError("spec.out_of_range", field=option, low=1, high=MAX_SEQUENCES, value=value)
    if batch is not None and batch != value:
        raise SpecError("option.conflict", option=option, value=value, batch=batch)
    return value


def with_run_options(
    run: RunSettings,
    *,
    batch: int | None = None,
    kv_cache: str | None = None,
    cache_type_k: str | None = None,
    cache_type_v: str | None = None,
    no_kv_offload: bool = False,
    tensor_split: str | None = None,
    parallel: int | None = None,
    gpu_memory_utilization: float | None = None,
    max_num_seqs: int | None = None,
    split_mode: str | None = None,
) -> RunSettings:
    """``run`` with the runtime flags as typed (``vramscope estimate`` and the window's
    launcher read them alike). ``--kv-cache`` sets K and V, ``--cache-type-k`` /
    ``--cache-type-v`` override one half each; ``--parallel`` (llama-server's slots) and
    ``--max-num-seqs`` (vLLM) are ``--batch`` under their runtime's name. A flag of another
    runtime, a bad value or a disagreeing ``--batch`` raises SpecError naming the flag."""
    given = {
        "--cache-type-k": cache_type_k is not None,
        "--cache-type-v": cache_type_v is not None,
        "--no-kv-offload": no_kv_offload,
        "--tensor-split": tensor_split is not None,
        "--split-mode": split_mode is not None,
        "--parallel": parallel is not None,
        "--gpu-memory-utilization": gpu_memory_utilization is not None,
        "--max-num-seqs": max_num_seqs is not None,
    }
    for option, used in given.items():
        if used:
            check_runtime_option(option, run.runtime)
    if parallel is not None:
        n = sequences(batch, "--parallel", parallel)
    elif max_num_seqs is not None:
        n = sequences(batch, "--max-num-seqs", max_num_seqs)
    else:
        n = run.batch if batch is None else batch
    k_type = cache_type_k or kv_cache or run.kv_cache_type
    # -ctk alone leaves V as it was (llama.cpp: f16), not following K
    v_type = cache_type_v or kv_cache or run.v_type
    k_applied = replace(run, kv_cache_type=k_type).kv_type
    changes: dict[str, object] = {
        "batch": n,
        "kv_cache_type": k_type,
        # None: V as K
        "kv_cache_type_v": v_type if v_type != k_applied else None,
    }
    if no_kv_offload:
        changes["kv_offload"] = False
    if tensor_split is not None:
        changes["tensor_split"] = parse_tensor_split(tensor_split)
    if split_mode is not None:
        changes["split_mode"] = split_mode
    if gpu_memory_utilization is not None:
        changes["gpu_memory_utilization"] = gpu_memory_utilization
    return replace(run, **changes)  # type: ignore[arg-type]


def parse_tensor_split(text: str) -> tuple[float, ...]:
    """``--tensor-split 3,1`` -> ``(3.0, 1.0)``: llama.cpp's ``-ts``, one proportion per GPU
    (any positive numbers: only their ratios count). Raises SpecError ``option.tensor_split``
    when a part is not a positive number."""
    parts = [p.strip() for p in text.split(",")]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        raise SpecError("option.tensor_split", value=text.strip()) from None
    if not values or not all(math.isfinite(v) and v > 0 for v in values):
        raise SpecError("option.tensor_split", value=text.strip())
    return values


KV_TYPES_BY_RUNTIME: dict[str, tuple[str, ...]] = {
    "llama.cpp": ("f16", "q8_0", "q4_0"),
    "transformers": ("bf16", "f16"),
    "vllm": ("bf16", "fp8"),
}


@dataclass(frozen=True, slots=True)
class RunSettings:
    """How the model runs, everything but the context (the fit table's cache key).

    ``kv_cache_type`` None is the runtime's default: f16, or bf16 for transformers.
    """

    runtime: Runtime = "llama.cpp"
    mode: Mode = "inference"
    batch: int = 1
    kv_cache_type: str | None = None
    flash_attention: FlashAttention = "auto"
    compute_dtype: ComputeDtype = "bf16"
    optimizer: Optimizer = "adamw"
    # On by default: PEFT's prepare_model_for_kbit_training(use_gradient_checkpointing=True)
    # and its QLoRA/LoRA guides, and Unsloth's get_peft_model(use_gradient_checkpointing=
    # "unsloth") notebooks, all turn it on; without it a 7B model's activations alone outgrow a
    # 24 GB card at 4k tokens. It applies to training only (see :meth:`workload`).
    grad_checkpointing: bool = True
    lora_rank: int = 16
    lora_targets: tuple[str, ...] = ("all-linear",)
    ubatch_tokens: int = LLAMACPP_DEFAULT_UBATCH_TOKENS
    mmap: bool = True
    # llama.cpp --n-cpu-moe N: the first N layers' routed experts in system RAM (a fixed -ngl
    # only; the solver chooses it with --gpu-layers auto)
    n_cpu_moe: int = 0
    # llama.cpp -ctv: the V half's type when it differs from K's (None: the same as K)
    kv_cache_type_v: str | None = None
    # llama.cpp -nkvo is kv_offload False: every layer's KV cache in system RAM
    kv_offload: bool = True
    # --prompt-tokens: the prompt a request brings (None: the speed assumes half the context,
    # the memory the whole context); the speed's attention reads the cache it fills
    prompt_tokens: int | None = None
    # llama.cpp -ts: proportions of the GPU layers per GPU; () splits by free memory, as
    # llama.cpp does without -ts
    tensor_split: tuple[float, ...] = ()
    # llama.cpp -sm over several GPUs: "layer" (its default) or "row" (core.workload.SplitMode)
    split_mode: SplitMode = "layer"
    # vLLM --gpu-memory-utilization: the share of each GPU's total memory vLLM reserves
    gpu_memory_utilization: float = VLLM_DEFAULT_GPU_MEMORY_UTILIZATION
    # --images: images per prompt for a vision model (core.vision); 0 runs the text model alone
    images: int = 0

    def __post_init__(self) -> None:
        # the options the user types as flags are checked here, named by their flag
        for share in self.tensor_split:
            if not (isinstance(share, int | float) and math.isfinite(share) and share > 0):
                raise SpecError(
                    "option.tensor_split",
                    value=",".join(f"{x:g}" for x in self.tensor_split),
                )
        if len(self.tensor_split) > MAX_TENSOR_SPLIT:
            raise SpecError(
                "spec.too_long",
                field="--tensor-split",
                count=len(self.tensor_split),
                limit=MAX_TENSOR_SPLIT,
            )
        if self.split_mode not in SPLIT_MODES:
            raise SpecError(
                "spec.not_one_of",
                field="--split-mode",
                allowed=", ".join(SPLIT_MODES),
                value=repr(self.split_mode),
            )
        util = self.gpu_memory_utilization
        if not (isinstance(util, int | float) and MIN_GPU_MEMORY_UTILIZATION <= util <= 1.0):
            raise SpecError(
                "spec.out_of_range",
                field="--gpu-memory-utilization",
                low=MIN_GPU_MEMORY_UTILIZATION,
                high=1.0,
                value=util,
            )

    @property
    def kv_type(self) -> str:
        """The KV cache type as applied."""
        if self.kv_cache_type is not None:
            return self.kv_cache_type
        return "bf16" if self.runtime == "transformers" else "f16"

    @property
    def v_type(self) -> str:
        """The V half's cache type as applied: its own only in llama.cpp (-ctv), else K's."""
        if self.kv_cache_type_v is not None and self.runtime == "llama.cpp":
            return self.kv_cache_type_v
        return self.kv_type

    def with_runtime(self, runtime: Runtime) -> RunSettings:
        """The same run in ``runtime``: training only in transformers; a default KV type stays
        the default (f16 in llama.cpp becomes bf16 in transformers, as the CLI's default is), a
        type the user chose is kept where the new runtime has it."""
        mode: Mode = self.mode if runtime == "transformers" else "inference"
        kv = self.kv_type
        old_default = KV_TYPES_BY_RUNTIME[self.runtime][0]
        if kv not in KV_TYPES_BY_RUNTIME[runtime] or kv == old_default:
            kv = KV_TYPES_BY_RUNTIME[runtime][0]
        # a separate V type is llama.cpp's alone (-ctv); the other runtimes have one cache type
        kv_v = self.kv_cache_type_v if runtime == "llama.cpp" else None
        # so is the split mode (-sm)
        split: SplitMode = self.split_mode if runtime == "llama.cpp" else "layer"
        return replace(
            self,
            runtime=runtime,
            mode=mode,
            kv_cache_type=kv,
            kv_cache_type_v=kv_v,
            split_mode=split,
        )

    def workload(self, context_tokens: int) -> Workload:
        """The core's workload at ``context_tokens`` per sequence (SpecError names a bad value)."""
        return Workload(
            runtime=self.runtime,
            mode=self.mode,
            context_tokens=context_tokens,
            batch=self.batch,
            kv_cache_type=self.kv_type,
            flash_attention=self.flash_attention,
            compute_dtype=self.compute_dtype,
            optimizer=self.optimizer,
            # inference has no backward pass: the option does not apply
            grad_checkpointing=self.grad_checkpointing and self.mode != "inference",
            lora_rank=self.lora_rank,
            lora_targets=self.lora_targets,
            ubatch_tokens=self.ubatch_tokens,
            mmap=self.mmap,
            n_cpu_moe=self.n_cpu_moe if self.runtime == "llama.cpp" else 0,
            kv_cache_type_v=self.v_type if self.v_type != self.kv_type else None,
            # -nkvo is llama.cpp's; the other runtimes keep the cache on the GPU
            kv_offload=self.kv_offload or self.runtime != "llama.cpp",
            split_mode=self.split_mode if self.runtime == "llama.cpp" else "layer",
            gpu_memory_utilization=self.gpu_memory_utilization,
            prompt_tokens=(
                None if self.prompt_tokens is None else min(self.prompt_tokens, context_tokens)
            ),
            images=self.images,
        )


def plan_for(
    choice: ModelChoice,
    fmt: WeightFormat,
    run: RunSettings,
    context_tokens: int,
    hardware: Hardware,
    *,
    gpu_layers: int | None = None,
    file_tensors: bool = True,
) -> Plan:
    """The core's plan for one model, format and run on ``hardware``.

    The file's real tensors are used when ``fmt`` is the file's own format, unless
    ``file_tensors`` is False (``vramscope estimate FILE --weights X`` asks for a prediction).
    Raises SpecError for impossible combinations, the runtime/format one first (clearest).
    """
    check_runtime_format(run.runtime, fmt)
    if file_tensors:
        layout = weights_layout(choice, fmt, run.runtime)
    else:
        layout = layout_for(choice.spec, fmt, run.runtime)
    return plan(
        choice.spec,
        fmt,
        run.workload(context_tokens),
        hardware,
        gpu_layers=gpu_layers,
        layout=layout,
        tensor_split=tensor_split_for(run, hardware),
    )


def context_figures(
    choice: ModelChoice,
    fmt: WeightFormat,
    run: RunSettings,
    context_tokens: int,
    hardware: Hardware,
    p: Plan,
    *,
    file_tensors: bool = True,
) -> tuple[int, int]:
    """The two labelled "largest context" figures of plan ``p``: re-placed for each context
    (llama.cpp's solver), and with everything on the GPU. transformers and vLLM have one
    placement, everything on the GPUs: both are the plan's own figure."""
    if run.runtime != "llama.cpp":
        return p.max_context_tokens, p.max_context_tokens
    if file_tensors:
        layout = weights_layout(choice, fmt, run.runtime)
    else:
        layout = layout_for(choice.spec, fmt, run.runtime)
    return largest_contexts(
        choice.spec,
        fmt,
        run.workload(context_tokens),
        hardware,
        layout=layout,
        tensor_split=tensor_split_for(run, hardware),
    )


def tensor_split_for(run: RunSettings, hardware: Hardware) -> tuple[float, ...] | None:
    """The llama.cpp tensor split to plan with: ``run.tensor_split`` when given (None: by free
    memory, llama.cpp's default). Without GPUs, or in another runtime, there is nothing to split.
    Raises SpecError ``option.tensor_split_count`` unless it has one proportion per GPU."""
    split = run.tensor_split
    if not split or run.runtime != "llama.cpp" or not hardware.gpus:
        return None
    if len(split) != len(hardware.gpus):
        raise SpecError(
            "option.tensor_split_count",
            value=",".join(f"{x:g}" for x in split),
            count=len(split),
            gpus=len(hardware.gpus),
        )
    return split
