"""Workload: what the user wants to run (runtime, mode, context, batch, cache type, training)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .constants import LLAMACPP_DEFAULT_UBATCH_TOKENS, VLLM_DEFAULT_GPU_MEMORY_UTILIZATION
from .errors import SpecError, shown
from .vision import MAX_IMAGES

__all__ = [
    "FLASH_ATTENTION",
    "KV_CACHE_TYPES",
    "MODES",
    "OPTIMIZERS",
    "RUNTIMES",
    "SPLIT_MODES",
    "FlashAttention",
    "Mode",
    "Optimizer",
    "Runtime",
    "SplitMode",
    "Workload",
    "kv_bytes_per_element",
]

Runtime = Literal["llama.cpp", "transformers", "vllm"]
Mode = Literal["inference", "full", "lora", "qlora"]
Optimizer = Literal["adamw", "adamw-8bit", "sgd", "adafactor"]
FlashAttention = Literal["on", "off", "auto"]
# llama.cpp -sm: "layer" (default) hands each GPU whole layers, one GPU after the other;
# "row" splits every dense weight matrix by rows over the GPUs, which read their parts at once.
# source: llama.cpp docs/multi-gpu.md (PR #22729; row deprecated in favour of -sm tensor)
SplitMode = Literal["layer", "row"]

RUNTIMES: tuple[Runtime, ...] = ("llama.cpp", "transformers", "vllm")
MODES: tuple[Mode, ...] = ("inference", "full", "lora", "qlora")
OPTIMIZERS: tuple[Optimizer, ...] = ("adamw", "adamw-8bit", "sgd", "adafactor")
FLASH_ATTENTION: tuple[FlashAttention, ...] = ("on", "off", "auto")
SPLIT_MODES: tuple[SplitMode, ...] = ("layer", "row")

# Bytes per cached K or V element. Quantized llama.cpp caches store 32-element blocks.
# source: ggml/src/ggml-common.h (block_q8_0 = 34 B, block_q4_0 = 18 B, q5_0 22, q5_1 24, q4_1 20,
# iq4_nl 18 per 32 elements); vLLM fp8 KV = 1 B (docs: quantized_kvcache)
_KV_BYTES: dict[str, tuple[int, int]] = {
    "f32": (4, 1),
    "f16": (2, 1),
    "bf16": (2, 1),
    "fp8": (1, 1),
    "q8_0": (34, 32),
    "q5_1": (24, 32),
    "q5_0": (22, 32),
    "q4_1": (20, 32),
    "q4_0": (18, 32),
    "iq4_nl": (18, 32),
}
KV_CACHE_TYPES: tuple[str, ...] = tuple(_KV_BYTES)
_LLAMACPP_KV = frozenset(KV_CACHE_TYPES) - {"fp8"}
_TORCH_KV = frozenset({"f16", "bf16", "f32"})
_VLLM_KV = frozenset({"f16", "bf16", "fp8"})

# Absurd-input guards: beyond these, the number is a typo, not a workload.
MAX_CONTEXT_TOKENS = 16 * 1024 * 1024
MAX_BATCH = 4096
MAX_LORA_RANK = 65536
# --n-cpu-moe beyond any model's layer count (every layer's experts already)
MAX_N_CPU_MOE = 65536


def kv_bytes_per_element(kv_type: str) -> tuple[int, int]:
    """(bytes, elements) of one storage block of the cache type, e.g. q8_0 -> (34, 32)."""
    try:
        return _KV_BYTES[kv_type]
    except KeyError:
        raise SpecError(
            "spec.not_one_of",
            field="kv cache type",
            allowed=", ".join(KV_CACHE_TYPES),
            value=shown(kv_type),
        ) from None


def _check_int(name: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SpecError("spec.not_integer", field=name, value=shown(value))
    if not low <= value <= high:
        if value < low and low == 1:
            raise SpecError("spec.not_positive", field=name, value=shown(value))
        raise SpecError("spec.out_of_range", field=name, low=low, high=high, value=shown(value))


@dataclass(frozen=True, slots=True)
class Workload:
    """One way of running a model. ``context_tokens`` is per sequence; ``batch`` sequences."""

    runtime: Runtime = "llama.cpp"
    mode: Mode = "inference"
    context_tokens: int = 4096
    batch: int = 1
    kv_cache_type: str = "f16"
    # None: the cache's V half uses kv_cache_type too (llama.cpp -ctk/-ctv set separately).
    kv_cache_type_v: str | None = None
    flash_attention: FlashAttention = "auto"
    # llama.cpp: tokens per micro-batch (compute buffer size) and whether weights are mmapped.
    ubatch_tokens: int = LLAMACPP_DEFAULT_UBATCH_TOKENS
    mmap: bool = True
    kv_offload: bool = True
    # llama.cpp -sm over several GPUs (SplitMode); only the speed depends on it: the memory is
    # planned as a layer split (row split moves the cache and small tensors to the main GPU)
    split_mode: SplitMode = "layer"
    # llama.cpp --n-cpu-moe N: the routed-expert FFN tensors of the first N layers stay in
    # system RAM while the rest of those layers runs on the GPU; n_layers or more means every
    # layer's (--cpu-moe, -ot exps=CPU). 0: none. source: llama.cpp common/arg.cpp --n-cpu-moe
    n_cpu_moe: int = 0
    # Prompt length actually processed; None means the prompt fills the context (worst case).
    prompt_tokens: int | None = None
    # transformers inference: tokens generated after the prompt.
    generated_tokens: int = 16
    compute_dtype: Literal["bf16", "fp16", "fp32"] = "bf16"
    optimizer: Optimizer = "adamw"
    grad_checkpointing: bool = False
    lora_rank: int = 16
    lora_targets: tuple[str, ...] = ("all-linear",)
    gpu_memory_utilization: float = VLLM_DEFAULT_GPU_MEMORY_UTILIZATION
    # Images per prompt for a vision model (core.vision): their tokens join the context and the
    # runtime holds the image encoder. 0: a text-only run.
    images: int = 0

    def __post_init__(self) -> None:
        choices: tuple[tuple[str, str, tuple[str, ...]], ...] = (
            ("runtime", self.runtime, RUNTIMES),
            ("mode", self.mode, MODES),
            ("optimizer", self.optimizer, OPTIMIZERS),
            ("flash attention", self.flash_attention, FLASH_ATTENTION),
            ("split mode", self.split_mode, SPLIT_MODES),
        )
        for field, value, names in choices:
            if value not in names:
                raise SpecError(
                    "spec.not_one_of", field=field, allowed=", ".join(names), value=shown(value)
                )
        _check_int("ctx", self.context_tokens, 1, MAX_CONTEXT_TOKENS)
        _check_int("batch", self.batch, 1, MAX_BATCH)
        _check_int("ubatch", self.ubatch_tokens, 1, 65536)
        _check_int("n-cpu-moe", self.n_cpu_moe, 0, MAX_N_CPU_MOE)
        _check_int("generated tokens", self.generated_tokens, 0, MAX_CONTEXT_TOKENS)
        if self.prompt_tokens is not None:
            _check_int("prompt tokens", self.prompt_tokens, 1, MAX_CONTEXT_TOKENS)
        _check_int("lora rank", self.lora_rank, 1, MAX_LORA_RANK)
        _check_int("images", self.images, 0, MAX_IMAGES)
        if not self.lora_targets or not all(isinstance(t, str) and t for t in self.lora_targets):
            raise SpecError("workload.lora_targets", value=shown(self.lora_targets))
        if not 0.05 <= self.gpu_memory_utilization <= 1.0:
            raise SpecError(
                "spec.out_of_range",
                field="gpu memory utilization",
                low="0.05",
                high="1.0",
                value=shown(self.gpu_memory_utilization),
            )
        allowed = {"llama.cpp": _LLAMACPP_KV, "transformers": _TORCH_KV, "vllm": _VLLM_KV}
        for kv in (self.kv_cache_type, self.kv_cache_type_v or self.kv_cache_type):
            kv_bytes_per_element(kv)
            if kv not in allowed[self.runtime]:
                raise SpecError(
                    "workload.kv_not_in_runtime",
                    value=shown(kv),
                    runtime=self.runtime,
                    allowed=", ".join(sorted(allowed[self.runtime])),
                )
        if self.mode != "inference" and self.runtime != "transformers":
            raise SpecError(
                "workload.training_runtime", mode=shown(self.mode), runtime=shown(self.runtime)
            )

    @property
    def v_cache_type(self) -> str:
        return self.kv_cache_type_v or self.kv_cache_type

    @property
    def is_training(self) -> bool:
        return self.mode != "inference"

    @property
    def flash_attention_on(self) -> bool:
        """llama.cpp: 'auto' enables flash attention where the backend supports it (CUDA, Metal,
        CPU all do for standard head sizes), so auto means on."""
        return self.flash_attention != "off"
