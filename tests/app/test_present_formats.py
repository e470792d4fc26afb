"""Weight format names are codes in the core and words in app.present.formats."""

from __future__ import annotations

import pytest

from vramscope.app.present.formats import format_label
from vramscope.core import WEIGHT_FORMAT_IDS, parse_weight_format


# Golden labels: the English the core wrote before labels became codes (commit 44b04ea,
# core/formats.py), which the CLI's header line still prints.
@pytest.mark.parametrize(
    ("format_id", "english"),
    [
        ("q4_k_m", "Q4_K_M (GGUF)"),
        ("mxfp4_moe", "MXFP4_MOE (GGUF)"),
        ("bf16", "BF16 (bfloat16)"),
        ("fp8", "FP8 (E4M3, per-channel scales)"),
        ("nf4", "NF4 (bitsandbytes, double quant)"),
        ("mxfp4", "MXFP4 experts, BF16 rest (gpt-oss)"),
        ("gptq-4bit", "GPTQ 4-bit (group 128)"),
        ("gptq-4bit-g32", "GPTQ 4-bit (group 32)"),
        ("gptq-4bit-gchannel", "GPTQ 4-bit (per channel)"),
        ("awq-4bit", "AWQ 4-bit (group 128)"),
        ("exl2-3.0bpw", "EXL2 3 bpw"),
        ("exl2-4.25bpw", "EXL2 4.25 bpw"),
    ],
)
def test_english_labels_are_unchanged(format_id: str, english: str) -> None:
    assert format_label(parse_weight_format(format_id)) == english


def test_every_format_label_goes_through_the_translator() -> None:
    # a stand-in translator that marks what it was asked for: every label must pass through it
    def marked(context: str, source: str) -> str:
        assert context == "Formats"
        return f"[{source}]"

    for format_id in WEIGHT_FORMAT_IDS:
        fmt = parse_weight_format(format_id)
        assert format_label(fmt, marked) == f"[{format_label(fmt)}]"
