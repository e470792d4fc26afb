"""Every term an estimate can hold: its name, label key, exactness and uncertainty per runtime.

The runtimes name their terms with the constants below (``KV_CACHE``, not ``"kv_cache"``), the
bands read each term's uncertainty from here, and the front ends label a term by rendering
``TERMS[name].label`` (a :class:`Note` whose code is ``term.<name>``) through
``vramscope.app.present``. One entry per name; nothing else in the core spells a term name.

Exact terms are plain arithmetic on known shapes (weights of a known layout, a KV cache, the
output buffer) and carry no band. Each modelled term carries a relative uncertainty downwards
and upwards per runtime and device kind, set from the calibration residuals
(``tests/data/calibration``) and widened where the calibration hardware is not the user's: the
CUDA context measured on an H100 (about 600 MiB) is 300-500 MiB on consumer cards.
``benchmarks/accuracy.py`` prints, for every calibration case, the band and whether it covers
the measured value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from .notes import Note

__all__ = [
    "ACTIVATIONS",
    "ALLOCATOR_CACHE",
    "AUTOCAST_COPIES",
    "COMPUTE_BUFFER",
    "CUDA_GRAPHS",
    "CUDA_POOL",
    "GRADIENTS",
    "KV_CACHE",
    "LOSS",
    "OPTIMIZER_STATES",
    "OPTIMIZER_STEP_TEMP",
    "OUTPUT_BUFFER",
    "RECURRENT_STATE",
    "RUNTIME_OVERHEAD",
    "TERMS",
    "VISION_COMPUTE",
    "VISION_WEIGHTS",
    "WEIGHTS",
    "WEIGHTS_REPACKED",
    "DeviceKind",
    "TermKind",
    "label_key",
    "uncertainty",
]

DeviceKind = Literal["gpu", "ram"]
# (runtime, device kind) -> (relative down, relative up)
Bands = tuple[tuple[tuple[str, DeviceKind], tuple[float, float]], ...]


@dataclass(frozen=True, slots=True)
class TermKind:
    """One term name: whether its bytes are exact by default, and its band where modelled.

    ``exact`` is the usual exactness; a runtime may still mark one term otherwise (transformers'
    quantized weights are not exact: the packing of a bitsandbytes checkpoint varies).
    """

    name: str
    exact: bool
    bands: Bands = ()

    @property
    def label_key(self) -> str:
        """The code of the term's label template (``term.kv_cache``)."""
        return f"term.{self.name}"

    @property
    def label(self) -> Note:
        """The label as a note the front ends render (``Note.of("term.kv_cache")``)."""
        return Note.of(self.label_key)

    def uncertainty(self, runtime: str, kind: DeviceKind) -> tuple[float, float]:
        """(relative down, relative up) of this term for ``runtime`` on ``kind``; 0 when exact."""
        for key, band in self.bands:
            if key == (runtime, kind):
                return band
        return (0.0, 0.0)


WEIGHTS = "weights"
WEIGHTS_REPACKED = "weights_repacked"
KV_CACHE = "kv_cache"
RECURRENT_STATE = "recurrent_state"
COMPUTE_BUFFER = "compute_buffer"
OUTPUT_BUFFER = "output_buffer"
RUNTIME_OVERHEAD = "runtime_overhead"
CUDA_POOL = "cuda_pool"
ACTIVATIONS = "activations"
ALLOCATOR_CACHE = "allocator_cache"
AUTOCAST_COPIES = "autocast_copies"
GRADIENTS = "gradients"
LOSS = "loss"
OPTIMIZER_STATES = "optimizer_states"
OPTIMIZER_STEP_TEMP = "optimizer_step_temp"
CUDA_GRAPHS = "cuda_graphs"
# A multimodal model's image encoder (core.vision): its weights and the memory encoding images.
VISION_WEIGHTS = "vision_weights"
VISION_COMPUTE = "vision_compute"

# Bands. source: calibration residuals per runtime (benchmarks/accuracy.py prints them):
# llama.cpp GPU runs within 5 MB of 0.9 GB modelled; CPU runs -20%/+34% of modelled (touched
# compute pages with long prompts); transformers -5%/+24% of modelled (allocator caching varies
# most). The GPU runtime overhead is widened downwards: consumer cards hold 300-500 MiB of
# context where the H100 held 600 (reference §4.1: pytorch/pytorch#86509, #109888).
_KINDS = (
    TermKind(WEIGHTS, exact=True),
    TermKind(WEIGHTS_REPACKED, exact=True),
    TermKind(KV_CACHE, exact=True),
    TermKind(RECURRENT_STATE, exact=True),
    TermKind(
        COMPUTE_BUFFER,
        exact=False,
        bands=((("llama.cpp", "gpu"), (0.05, 0.10)), (("llama.cpp", "ram"), (0.30, 0.40))),
    ),
    TermKind(OUTPUT_BUFFER, exact=True),
    TermKind(
        RUNTIME_OVERHEAD,
        exact=False,
        bands=(
            (("llama.cpp", "gpu"), (0.50, 0.10)),
            (("llama.cpp", "ram"), (0.30, 0.40)),
            (("transformers", "gpu"), (0.50, 0.25)),
            (("vllm", "gpu"), (0.50, 0.20)),
        ),
    ),
    # decode-only kernels read the quantized cache directly: the pool copy may never happen
    TermKind(CUDA_POOL, exact=False, bands=((("llama.cpp", "gpu"), (1.00, 0.25)),)),
    TermKind(
        ACTIVATIONS,
        exact=False,
        bands=((("transformers", "gpu"), (0.10, 0.15)), (("vllm", "gpu"), (0.25, 0.25))),
    ),
    TermKind(ALLOCATOR_CACHE, exact=False, bands=((("transformers", "gpu"), (0.70, 0.90)),)),
    TermKind(AUTOCAST_COPIES, exact=True),
    TermKind(GRADIENTS, exact=True),
    TermKind(LOSS, exact=False, bands=((("transformers", "gpu"), (0.10, 0.15)),)),
    TermKind(OPTIMIZER_STATES, exact=True),
    TermKind(OPTIMIZER_STEP_TEMP, exact=False, bands=((("transformers", "gpu"), (0.10, 0.10)),)),
    TermKind(CUDA_GRAPHS, exact=False, bands=((("vllm", "gpu"), (0.80, 0.50)),)),
    TermKind(VISION_WEIGHTS, exact=True),
    # Modelled from the encoder's shapes, not calibrated against a measured run: wide bands.
    TermKind(
        VISION_COMPUTE,
        exact=False,
        bands=(
            (("llama.cpp", "gpu"), (0.50, 0.50)),
            (("llama.cpp", "ram"), (0.50, 0.50)),
            (("transformers", "gpu"), (0.50, 0.50)),
            (("vllm", "gpu"), (0.50, 0.50)),
        ),
    ),
)

TERMS: Mapping[str, TermKind] = MappingProxyType({k.name: k for k in _KINDS})


# (runtime, term name, device kind) -> band, the first listed for a key as
# ``TermKind.uncertainty`` reads them: the bands of a plan look up every term, and one flat
# dict lookup replaces a mapping proxy, a method call and a scan.
def _flat_bands() -> dict[tuple[str, str, DeviceKind], tuple[float, float]]:
    flat: dict[tuple[str, str, DeviceKind], tuple[float, float]] = {}
    for kind in _KINDS:
        for (runtime, device_kind), band in kind.bands:
            flat.setdefault((runtime, kind.name, device_kind), band)
    return flat


_BANDS = _flat_bands()
_EXACT_BAND = (0.0, 0.0)


def label_key(name: str) -> str:
    """The label code of a term name; KeyError names an unknown term."""
    try:
        return TERMS[name].label_key
    except KeyError:
        raise KeyError(f"unknown term {name!r}") from None


def uncertainty(runtime: str, name: str, kind: DeviceKind) -> tuple[float, float]:
    """(relative down, relative up) of a term; (0, 0) for exact terms and unknown names."""
    return _BANDS.get((runtime, name, kind), _EXACT_BAND)
