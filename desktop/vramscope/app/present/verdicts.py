"""The verdict of a plan in one sentence, and the speed assumptions, for both front ends.

One set of templates serves the window (``QCoreApplication.translate``) and the CLI
(:func:`~vramscope.app.present.identity`): ``core.plan`` gives a verdict code, a detail and the
numbers, and the sentence is chosen by ``verdict.<code>.<detail>`` when that template exists,
else ``verdict.<code>``.
"""

from __future__ import annotations

from vramscope.core import GB, GIB, Note, ParamValue, Plan

from . import (
    DEFAULT_BINARY,
    QT_TRANSLATE_NOOP,
    Translate,
    gpu_list,
    identity,
    register,
    render,
    unit_labels,
)

__all__ = ["CONTEXT", "speed_assumptions", "verdict_sentence"]

CONTEXT = "Verdicts"

# One sentence per verdict, or per verdict and detail where the detail changes what it says.
_SENTENCES = {
    "verdict.fits_gpu": QT_TRANSLATE_NOOP(
        "Verdicts", "Fits on {gpus} with {spare_bytes} to spare (it likely uses {likely}){speed}."
    ),
    "verdict.fits_gpu.tight": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Tight fit on {gpus}: needs {needed_bytes} (likely {likely}) with {free_bytes} free;"
        " it may not fit{speed}.",
    ),
    "verdict.spills_to_ram.kv_in_ram": QT_TRANSLATE_NOOP(
        "Verdicts", "Weights fit on {gpus} but the KV cache goes to system RAM (slower){speed}."
    ),
    "verdict.spills_to_ram.layers_in_ram": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the"
        " output layer counts as one), the rest in system RAM (slower){speed}.",
    ),
    "verdict.spills_to_ram.experts_in_ram": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the"
        " output layer counts as one), with the MoE experts of {expert_layers} of them and any"
        " other layers in system RAM (slower){speed}.",
    ),
    # every layer on the GPU but the experts of some: "37 of 37 layers" would read as a full fit
    "verdict.spills_to_ram.experts_in_ram.all_layers": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Partly fits: every layer on {gpus} except the MoE experts of {expert_layers} layers,"
        " which stay in system RAM (-ngl {gpu_layers} --n-cpu-moe {expert_layers}; slower)"
        "{speed}.",
    ),
    "verdict.spills_to_ram.shared_memory_spill": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Does not fit in VRAM: the Windows driver will spill into shared GPU memory"
        " (system RAM over PCIe), very slow{speed}.",
    ),
    "verdict.cpu_only": QT_TRANSLATE_NOOP(
        "Verdicts", "Runs on the CPU from system RAM ({needed_bytes}, likely {likely}){speed}."
    ),
    "verdict.disk_offload": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Too big for RAM: weights would stream from disk (mmap), extremely slow{speed}.",
    ),
    "verdict.does_not_fit": QT_TRANSLATE_NOOP(
        "Verdicts", "Does not fit: needs {needed_bytes}, {over_bytes} more than is free."
    ),
    # transformers and vLLM run on a GPU only: "0 MB more than is free" would contradict itself
    "verdict.does_not_fit.no_gpu": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Does not fit: this runtime runs on a GPU only, and there is none (it needs"
        " {needed_bytes}).",
    ),
    # vLLM reserves a share of each GPU's total at start: that, not the need, is what fails
    "verdict.does_not_fit.reserved": QT_TRANSLATE_NOOP(
        "Verdicts",
        "Does not fit: needs {needed_bytes}, but the memory the runtime reserves at start is"
        " more than is free.",
    ),
}
register(
    CONTEXT,
    {
        **_SENTENCES,
        # Pieces of the sentences above.
        "verdict.speed": QT_TRANSLATE_NOOP("Verdicts", "; about {decode_tps} tokens/s"),
        "verdict.this_machine": QT_TRANSLATE_NOOP("Verdicts", "this machine"),
        # why the llama.cpp solver chose its placement (Plan.placement_notes)
        "placement.fastest_that_fits": QT_TRANSLATE_NOOP(
            "Verdicts",
            "the fastest of {candidates} placements that fit (GPU layers, KV cache on or off the"
            " GPU, MoE experts in RAM): about {decode_tps} tokens/s",
        ),
        "placement.only_one_fits": QT_TRANSLATE_NOOP(
            "Verdicts",
            "the only placement that fits (of GPU layers, KV cache on or off the GPU, MoE experts"
            " in RAM): about {decode_tps} tokens/s",
        ),
        # core.plan's speed assumptions.
        "speed.ram": QT_TRANSLATE_NOOP(
            "Verdicts", "system RAM {bandwidth_bps} at {efficiency_fraction}"
        ),
        "speed.gpu": QT_TRANSLATE_NOOP(
            "Verdicts", "{gpu} {bandwidth_bps} at {efficiency_fraction}"
        ),
        "speed.disk": QT_TRANSLATE_NOOP(
            "Verdicts", "{streamed_bytes} per token streamed from disk at {disk_bps}"
        ),
        "speed.fixed_cost": QT_TRANSLATE_NOOP("Verdicts", "+{fixed_ms} ms per token fixed cost"),
        "speed.prefill": QT_TRANSLATE_NOOP(
            "Verdicts", "prefill at {mfu_fraction} of {compute_tflops} TFLOP/s"
        ),
        "speed.prompt_stream": QT_TRANSLATE_NOOP(
            "Verdicts",
            "prompt: the {stream_bytes} of weights in system RAM cross PCIe at {pcie_bps} once"
            " per {tokens}-token batch",
        ),
        "speed.shared_memory": QT_TRANSLATE_NOOP(
            "Verdicts", "shared GPU memory over PCIe: about {slowdown}x slower"
        ),
    },
)


def verdict_sentence(plan: Plan, tr: Translate = identity, *, binary: bool = DEFAULT_BINARY) -> str:
    """The verdict in one plain sentence, e.g. "Fits on RTX 3060 with 1.80 GB to spare (it
    likely uses 7.0-7.6 GB); about 38 tokens/s." in the language ``tr`` translates to."""
    outcome = plan.outcome
    code = f"verdict.{outcome.code}"
    if f"{code}.{outcome.detail}" in _SENTENCES:
        code = f"{code}.{outcome.detail}"
    args = dict(outcome.params)
    if code == "verdict.does_not_fit" and float(args.get("over_bytes", 1)) <= 0:
        code = "verdict.does_not_fit.reserved"
    if f"{code}.all_layers" in _SENTENCES and args.get("gpu_layers") == args.get("layer_slots"):
        code = f"{code}.all_layers"
    fields: dict[str, ParamValue] = {"speed": ""}
    tps = args.pop("decode_tps", None)
    if tps is not None:
        fields["speed"] = render(Note.of("verdict.speed", decode_tps=tps), tr)
    low, high = args.pop("likely_low_bytes", None), args.pop("likely_high_bytes", None)
    if low is not None and high is not None:
        fields["likely"] = _size_range(float(low), float(high), tr, binary)
    if args.get("gpus") == "":
        args["gpus"] = tr(CONTEXT, "this machine")
    elif isinstance(args.get("gpus"), str):
        args["gpus"] = gpu_list(str(args["gpus"]))  # "2× RTX 3090", not two spellings of one
    fields.update(args)
    return render(Note(code, tuple(fields.items())), tr, binary=binary)


def speed_assumptions(
    plan: Plan, tr: Translate = identity, *, binary: bool = DEFAULT_BINARY
) -> list[str]:
    """What the speed estimate assumes (bandwidths, efficiencies, disk reads), one line each;
    empty when the plan has no speed (it does not fit)."""
    if plan.speed is None:
        return []
    return [render(note, tr, binary=binary) for note in plan.speed.assumptions]


def _size_range(low: float, high: float, tr: Translate, binary: bool) -> str:
    """``5.7-6.1 GB``: a band's edges, one decimal each (the "likely" range)."""
    unit = GIB if binary else GB
    symbol = unit_labels(tr)[1 if binary else 0]
    return f"{low / unit:.1f}-{high / unit:.1f} {symbol}"
