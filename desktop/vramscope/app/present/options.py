"""Sentences for the run options llama.cpp and vLLM users type (``--tensor-split``,
``--parallel``, ``--cache-type-k`` ...): each names the flag and the value it got."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

# lupdate reads the context only as a string literal, so it is spelled out in every call.
register(
    "Options",
    {
        "option.tensor_split": QT_TRANSLATE_NOOP(
            "Options",
            "--tensor-split must be positive numbers separated by commas, such as 3,1, got {value}",
        ),
        "option.tensor_split_count": QT_TRANSLATE_NOOP(
            "Options",
            "--tensor-split needs one number per GPU: got {count} ({value}) for {gpus} GPU(s)",
        ),
        # the core's check of the same (its API callers pass the split directly)
        "plan.tensor_split": QT_TRANSLATE_NOOP(
            "Options",
            "the tensor split needs one positive number per GPU ({gpus}), got {value}",
        ),
        "option.runtime_only": QT_TRANSLATE_NOOP(
            "Options", "{option} applies to {applies} only, not to --runtime {runtime}"
        ),
        "option.conflict": QT_TRANSLATE_NOOP(
            "Options",
            "{option} {value} and --batch {batch} disagree: both set the number of sequences; "
            "give one of them",
        ),
    },
)
