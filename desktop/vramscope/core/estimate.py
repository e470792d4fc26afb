"""Estimate: a memory breakdown as named terms, each with bytes, a device and a formula."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

from .errors import SpecError
from .model import ModelSpec
from .notes import Note
from .workload import Workload

__all__ = ["DEVICE_RAM", "Estimate", "Term", "gpu_device"]

DEVICE_RAM = "ram"


def gpu_device(index: int) -> str:
    """Device key of the index-th GPU in an estimate ("gpu0", "gpu1", ...)."""
    return f"gpu{index}"


@dataclass(frozen=True, slots=True)
class Term:
    """One named part of the memory at the peak moment.

    ``formula`` says how the bytes were computed: a note (a formula code with the numbers used)
    that ``vramscope.app.present`` renders in words. ``source`` says where the formula or its
    constant comes from (file names and references, not translated). ``exact`` marks terms that
    are plain arithmetic on known shapes (weights of a known layout, a KV cache); modelled terms
    (compute buffers, allocator caching, activations) carry more uncertainty. ``per_token_bytes``
    is the local slope in context tokens, so callers can extrapolate without recomputing. The
    name is one of ``core.terms.TERMS``; the optional fields are keyword-only.
    """

    name: str
    bytes: int
    device: str
    formula: Note
    _: KW_ONLY
    source: str = ""
    exact: bool = False
    per_token_bytes: float = 0.0

    def __post_init__(self) -> None:
        if self.bytes < 0:
            raise SpecError("runtime.negative_term_bytes", field=self.name, value=self.bytes)


@dataclass(frozen=True, slots=True)
class Estimate:
    """Memory of one model, weight format and workload at a fixed placement.

    ``gpu_layers`` uses llama.cpp's meaning of ``-ngl`` (the output layer counts as one more
    layer), ``n_layers + 1`` meaning everything on the GPU; runtimes without partial offload use
    ``n_layers + 1`` when on a GPU and 0 on the CPU.
    """

    model: ModelSpec
    weights_format: str
    workload: Workload
    terms: tuple[Term, ...]
    gpu_layers: int
    n_gpus: int
    params_total: int
    params_active: int
    weights_bytes: int
    # bytes read from each device per generated token (for the speed model)
    read_bytes_per_token: tuple[tuple[str, int], ...] = ()
    # RAM counted in the peak (a monitor shows it) that the OS can drop under pressure:
    # clean file pages of mmapped tensors already copied elsewhere.
    reclaimable_ram_bytes: int = 0
    # llama.cpp --n-cpu-moe: GPU layers whose routed experts are in system RAM (0: none)
    experts_ram_layers: int = 0
    # llama.cpp with GPUs: the weights in system RAM that cross PCIe once per prompt
    # micro-batch, every expert included (a prompt batch uses nearly all of them), where
    # decode reads only the active experts (for the speed model's prompt processing)
    prompt_stream_bytes: int = 0
    # what the user should know about this estimate, as codes rendered by app.present
    notes: tuple[Note, ...] = field(default=(), compare=False)

    def device_bytes(self, device: str) -> int:
        return sum(t.bytes for t in self.terms if t.device == device)

    @property
    def devices(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for t in self.terms:
            seen.setdefault(t.device, None)
        return tuple(seen)

    @property
    def peak_gpu_bytes(self) -> int:
        """Summed over GPUs: what nvidia-smi would show at the worst moment."""
        return sum(t.bytes for t in self.terms if t.device.startswith("gpu"))

    @property
    def peak_ram_bytes(self) -> int:
        """System RAM at the peak as a monitor shows it (the same as ``resident_ram_bytes``)."""
        return self.device_bytes(DEVICE_RAM)

    @property
    def resident_ram_bytes(self) -> int:
        """What a task manager shows: every RAM term, reclaimable mapped file pages included."""
        return self.device_bytes(DEVICE_RAM)

    @property
    def needed_ram_bytes(self) -> int:
        """What must fit in RAM for the run to work: the resident RAM less the clean mapped
        pages the OS drops under pressure. Verdicts, table cells and headline totals use it, so
        a smaller format never needs more than a larger one at the same placement."""
        return self.device_bytes(DEVICE_RAM) - self.reclaimable_ram_bytes

    @property
    def needed_gpu_bytes(self) -> int:
        """What must fit on the GPUs (summed): GPU memory is allocated, nothing in it is
        reclaimable, so it equals ``peak_gpu_bytes``."""
        return self.peak_gpu_bytes

    @property
    def ram_note(self) -> Note | None:
        """Why the resident RAM is above the needed RAM, as a note; None when they agree."""
        if not self.reclaimable_ram_bytes:
            return None
        return Note.of(
            "estimate.ram_resident_above_needed",
            resident_bytes=self.resident_ram_bytes,
            needed_bytes=self.needed_ram_bytes,
            reclaimable_bytes=self.reclaimable_ram_bytes,
        )

    @property
    def ram_per_token_bytes(self) -> float:
        return sum(t.per_token_bytes for t in self.terms if t.device == DEVICE_RAM)

    def term(self, name: str, device: str | None = None) -> int:
        """Bytes of the named term (summed over devices unless one is given)."""
        return sum(
            t.bytes for t in self.terms if t.name == name and (device is None or t.device == device)
        )
