"""The estimator core: pure Python (standard library only), no I/O, no Qt, no hardware access.

The names below are the core's public API: the front ends (``cli.py``, ``app/``, ``ui/``)
import the core only through them (``from vramscope.core import plan, Workload``), so the
modules behind them can move without touching a front end. ``tests/core/test_public_api.py``
holds the list sorted, every name real, and the front ends to it.

Note that ``vramscope.core.plan`` and ``vramscope.core.estimate`` are the functions here; their
modules stay importable by full name (``from vramscope.core.plan import CONTEXT_STEP_TOKENS``).
"""

from .api import RUNTIME_FAMILIES, check_runtime_format, estimate, layout_for
from .band import Band, band_of
from .compare import Comparison, ComparisonRow, compare_buffers
from .constants import (
    DEFAULT_GPU_BANDWIDTH,
    LLAMACPP_DEFAULT_UBATCH_TOKENS,
    RAM_SAFETY_MARGIN_BYTES,
    VLLM_DEFAULT_GPU_MEMORY_UTILIZATION,
    VLLM_DEFAULT_MAX_NUM_SEQS,
)
from .errors import SpecError
from .estimate import DEVICE_RAM, Estimate, Term, gpu_device
from .formats import COMMON_FORMAT_IDS, WEIGHT_FORMAT_IDS, WeightFormat, parse_weight_format
from .hardware import CPU_KINDS, DEFAULT_CPU, CpuKind, GpuDevice, Hardware
from .hf_config import spec_from_config
from .jsondata import NotRegularFileError, describe, parse_json, read_regular_file
from .model import ModelSpec
from .notes import Note, ParamValue
from .plan import (
    DETAILS,
    VERDICTS,
    Alternative,
    Plan,
    Speed,
    Verdict,
    VerdictCode,
    largest_contexts,
    plan,
)
from .tensors import param_counts
from .terms import TERMS, TermKind
from .units import GB, GIB, MIB, format_bytes
from .vision import DEFAULT_IMAGE_PX, MAX_IMAGES, VisionTower, vision_from_config
from .weights import WeightLayout, layout_from_file_tensors
from .workload import (
    KV_CACHE_TYPES,
    MODES,
    OPTIMIZERS,
    RUNTIMES,
    SPLIT_MODES,
    FlashAttention,
    Mode,
    Optimizer,
    Runtime,
    SplitMode,
    Workload,
    kv_bytes_per_element,
)

__all__ = [
    "COMMON_FORMAT_IDS",
    "CPU_KINDS",
    "DEFAULT_CPU",
    "DEFAULT_GPU_BANDWIDTH",
    "DEFAULT_IMAGE_PX",
    "DETAILS",
    "DEVICE_RAM",
    "GB",
    "GIB",
    "KV_CACHE_TYPES",
    "LLAMACPP_DEFAULT_UBATCH_TOKENS",
    "MAX_IMAGES",
    "MIB",
    "MODES",
    "OPTIMIZERS",
    "RAM_SAFETY_MARGIN_BYTES",
    "RUNTIMES",
    "RUNTIME_FAMILIES",
    "SPLIT_MODES",
    "TERMS",
    "VERDICTS",
    "VLLM_DEFAULT_GPU_MEMORY_UTILIZATION",
    "VLLM_DEFAULT_MAX_NUM_SEQS",
    "WEIGHT_FORMAT_IDS",
    "Alternative",
    "Band",
    "Comparison",
    "ComparisonRow",
    "CpuKind",
    "Estimate",
    "FlashAttention",
    "GpuDevice",
    "Hardware",
    "Mode",
    "ModelSpec",
    "NotRegularFileError",
    "Note",
    "Optimizer",
    "ParamValue",
    "Plan",
    "Runtime",
    "SpecError",
    "Speed",
    "SplitMode",
    "Term",
    "TermKind",
    "Verdict",
    "VerdictCode",
    "VisionTower",
    "WeightFormat",
    "WeightLayout",
    "Workload",
    "band_of",
    "check_runtime_format",
    "compare_buffers",
    "describe",
    "estimate",
    "format_bytes",
    "gpu_device",
    "kv_bytes_per_element",
    "largest_contexts",
    "layout_for",
    "layout_from_file_tensors",
    "param_counts",
    "parse_json",
    "parse_weight_format",
    "plan",
    "read_regular_file",
    "spec_from_config",
    "vision_from_config",
]
