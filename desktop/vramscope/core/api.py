"""One entry point over the runtimes: estimate(model, weights, workload, placement)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .errors import SpecError
from .estimate import Estimate
from .formats import WeightFormat
from .hardware import DEFAULT_CPU, CpuKind
from .model import ModelSpec
from .notes import Note
from .runtimes import estimate_llamacpp, estimate_transformers, estimate_vllm
from .runtimes.vision import loads_tower, vision_terms, vision_workload
from .weights import WeightLayout, weight_layout
from .workload import Workload

__all__ = ["RUNTIME_FAMILIES", "check_runtime_format", "estimate", "layout_for"]

# Which weight-format families each runtime loads.
# source: llama.cpp reads GGUF only (float GGUFs included); transformers loads bitsandbytes,
# GPTQ/AWQ (optimum/gptqmodel), fp8 (compressed-tensors) and MXFP4; vLLM the same minus
# LLM.int8; EXL2 needs exllamav2/TabbyAPI, which we do not model.
RUNTIME_FAMILIES: dict[str, frozenset[str]] = {
    "llama.cpp": frozenset({"float", "gguf"}),
    "transformers": frozenset({"float", "bnb", "gptq", "awq", "fp8", "mxfp4"}),
    "vllm": frozenset({"float", "bnb", "gptq", "awq", "fp8", "mxfp4"}),
}


def check_runtime_format(runtime: str, fmt: WeightFormat) -> None:
    """Raise SpecError when ``runtime`` cannot load weights in ``fmt``."""
    families = RUNTIME_FAMILIES[runtime]
    if fmt.family not in families or (runtime == "vllm" and fmt.id == "int8"):
        code = "runtime.needs_gguf" if runtime == "llama.cpp" else "runtime.needs_safetensors"
        raise SpecError(code, field="weights", value=fmt.id, runtime=runtime)


def layout_for(spec: ModelSpec, fmt: WeightFormat, runtime: str) -> WeightLayout:
    """The predicted weight layout as ``runtime`` stores it (llama.cpp keeps norms in F32)."""
    return weight_layout(spec, fmt, gguf_file=runtime == "llama.cpp")


def estimate(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    *,
    n_gpus: int = 1,
    gpu_layers: int | None = None,
    gpu_split: Sequence[float] | None = None,
    layout: WeightLayout | None = None,
    cpu: CpuKind | None = None,
) -> Estimate:
    """Memory of ``spec`` in ``fmt`` running ``workload`` at a fixed placement.

    ``n_gpus`` 0 means CPU only (llama.cpp). ``gpu_layers`` follows llama.cpp's ``-ngl`` (None:
    everything on the GPUs); ``gpu_layers`` 0 with GPUs is a GPU build that keeps every layer on
    the CPU but lets the first GPU process the prompt (not modelled on Apple Silicon).
    ``layout`` overrides the predicted weights with a real file's. ``cpu`` is the processor
    llama.cpp's CPU backend runs on (None: :data:`DEFAULT_CPU`): it decides which weights are
    repacked.
    """
    check_runtime_format(workload.runtime, fmt)
    if n_gpus < 0:
        raise SpecError("runtime.negative_gpus", field="n_gpus", value=n_gpus)
    lay = layout if layout is not None else layout_for(spec, fmt, workload.runtime)
    kind = DEFAULT_CPU if cpu is None else cpu
    if loads_tower(spec, workload):
        est = _with_vision(spec, fmt, workload, lay, n_gpus, gpu_layers, gpu_split, kind)
    else:
        est = _estimate(spec, fmt, workload, lay, n_gpus, gpu_layers, gpu_split, kind)
        if workload.images and spec.vision is None:
            note = Note.of("estimate.images_without_tower", images=workload.images)
            est = replace(est, notes=(*est.notes, note))
    if workload.context_tokens > spec.max_context_tokens:
        note = Note.of(
            "estimate.beyond_native_context",
            context=f"{workload.context_tokens:,}",
            native_context=f"{spec.max_context_tokens:,}",
        )
        est = replace(est, notes=(*est.notes, note))
    return est


def _with_vision(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    lay: WeightLayout,
    n_gpus: int,
    gpu_layers: int | None,
    gpu_split: Sequence[float] | None,
    cpu: CpuKind,
) -> Estimate:
    """The text model with the images' tokens in its context, plus the image encoder's terms;
    the estimate keeps the user's workload."""
    est = _estimate(spec, fmt, vision_workload(spec, workload), lay, n_gpus, gpu_layers,
                    gpu_split, cpu)  # fmt: skip
    notes = est.notes
    if workload.images and spec.vision is not None:
        tokens = spec.vision.tokens_per_image
        notes = (
            *notes,
            Note.of(
                "estimate.image_tokens",
                images=workload.images,
                tokens_per_image=tokens,
                tokens=workload.images * tokens,
                px=spec.vision.image_px,
            ),
        )
    terms = (*est.terms, *vision_terms(spec, workload, est.n_gpus))
    return replace(est, workload=workload, terms=terms, notes=notes)


def _estimate(
    spec: ModelSpec,
    fmt: WeightFormat,
    workload: Workload,
    lay: WeightLayout,
    n_gpus: int,
    gpu_layers: int | None,
    gpu_split: Sequence[float] | None,
    cpu: CpuKind,
) -> Estimate:
    if workload.runtime == "llama.cpp":
        split = tuple(gpu_split) if gpu_split else (1.0,) * max(n_gpus, 1)
        ngl = (spec.n_layers + 1 if gpu_layers is None else gpu_layers) if n_gpus else 0
        # -ngl 0 on a machine with a CUDA GPU: the GPU backend is loaded all the same. Apple
        # Silicon is left out: Metal offloads the same products but shares the memory, and no
        # Metal log of -ngl 0 was checked against the copies modelled here.
        assist = n_gpus > 0 and ngl == 0 and cpu != "apple"
        return estimate_llamacpp(
            spec, lay, workload, gpu_layers=ngl, gpu_split=split, cpu=cpu, gpu_assist=assist
        )
    if n_gpus == 0:
        raise SpecError("runtime.needs_gpu", field="runtime", value=workload.runtime)
    if workload.runtime == "transformers":
        return estimate_transformers(spec, fmt, lay, workload, n_gpus=n_gpus)
    return estimate_vllm(spec, fmt, lay, workload, n_gpus=n_gpus)
