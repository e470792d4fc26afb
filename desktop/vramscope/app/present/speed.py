"""Sentences of the speed model's assumptions (``core.speed``) and the speed with its range.

The window's cells and ``vramscope estimate`` show the same figure: :func:`speed_range_text`
writes "~40 tok/s (32-46)" from a plan's :class:`~vramscope.core.Speed` for both.
"""

from __future__ import annotations

from vramscope.core import Speed

from . import QT_TRANSLATE_NOOP, Translate, format_speed, identity, register

__all__ = ["CONTEXT", "speed_range_text"]

CONTEXT = "Speed"

# Literal contexts in every call below: lupdate reads them as written.
register(
    CONTEXT,
    {
        "speed.layer_cost": QT_TRANSLATE_NOOP(
            "Speed", "{fixed_us} µs per token fixed cost ({layers} layers, no CUDA graphs)"
        ),
        "speed.layer_cost_graphs": QT_TRANSLATE_NOOP(
            "Speed", "{fixed_us} µs per token fixed cost ({layers} layers, CUDA graphs)"
        ),
        "speed.unpack_bound": QT_TRANSLATE_NOOP(
            "Speed", "{gpu}: unpacking {format} weights takes longer than reading them"
        ),
        "speed.gpu_boundaries": QT_TRANSLATE_NOOP(
            "Speed", "{boundaries} hand-off(s) between GPUs per token"
        ),
        "speed.row_split": QT_TRANSLATE_NOOP(
            "Speed",
            "row split: {gpus} GPUs read their rows of every matrix at once, then wait for each"
            " other in each of {layers} layers",
        ),
        "speed.cpu_attention": QT_TRANSLATE_NOOP(
            "Speed", "attention of {layers} GPU layers runs on the CPU (KV cache in system RAM)"
        ),
        "speed.cache_filled": QT_TRANSLATE_NOOP(
            "Speed", "attention reads a cache filled to {filled_tokens} (prompt + half the answer)"
        ),
        "speed.flash_attention_off": QT_TRANSLATE_NOOP(
            "Speed", "without flash attention, attention costs {extra_fraction} more"
        ),
        "speed.kv_dequant": QT_TRANSLATE_NOOP(
            "Speed", "the quantized KV cache is converted for attention (slower)"
        ),
        "speed.range": QT_TRANSLATE_NOOP(
            "Speed", "likely {low_tps} to {high_tps} tokens/s (the spread of the fit)"
        ),
        # app.session.parse_ram_bandwidth
        "option.ram_bandwidth": QT_TRANSLATE_NOOP(
            "Speed", "--ram-bandwidth must be a speed in GB/s from {low} to {high}, got {value}"
        ),
    },
)


def speed_range_text(speed: Speed | None, tr: Translate = identity, *, unit: bool = True) -> str:
    """ "~40 tok/s (32-46)": the decode speed and its likely range ("" without a speed).
    ``unit=False`` gives "~40 (32-46)" for the window's narrow cells, whose caption names the
    unit once."""
    if speed is None:
        return ""
    mid = format_speed(speed.decode_tokens_per_s)
    if not speed.decode_high_tokens_per_s:
        return tr(CONTEXT, "~{tps} tok/s" if unit else "~{tps}").format(tps=mid)
    template = "~{tps} tok/s ({low}-{high})" if unit else "~{tps} ({low}-{high})"
    return tr(CONTEXT, template).format(
        tps=mid,
        low=format_speed(speed.decode_low_tokens_per_s),
        high=format_speed(speed.decode_high_tokens_per_s),
    )


# the strings speed_range_text translates, for lupdate
_TEXTS = (
    QT_TRANSLATE_NOOP("Speed", "~{tps} tok/s"),
    QT_TRANSLATE_NOOP("Speed", "~{tps} tok/s ({low}-{high})"),
    QT_TRANSLATE_NOOP("Speed", "~{tps}"),
    QT_TRANSLATE_NOOP("Speed", "~{tps} ({low}-{high})"),
)
