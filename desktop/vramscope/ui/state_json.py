"""What the window shows, as JSON (``python -m vramscope --screenshot out.png --state-json
out.json``): the headline, the breakdown, every table cell and the chart at the chosen context.

Read from the widgets themselves (their text, their items' data) beside the plan's numbers, so
tests and reviewers compare what a user sees with ``vramscope estimate --json`` for the same
inputs without reading pixels.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from vramscope.app.chart import chart_series
from vramscope.app.table_cache import plan_category

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["window_state"]

_TAG = re.compile(r"<[^>]+>")


def _plain(html: str) -> list[str]:
    """A rich-text label's lines as plain text (``<br>`` ends a line)."""
    text = re.sub(r"<br\s*/?>", "\n", html, flags=re.IGNORECASE)
    return [line.strip() for line in unescape(_TAG.sub("", text)).splitlines() if line.strip()]


def window_state(window: MainWindow) -> dict[str, Any]:
    """The window's visible state: inputs, headline, breakdown, table and chart."""
    st = window.state
    p = st.plan
    out: dict[str, Any] = {
        "model": {"key": st.model.key, "id": st.model.model_id, "name": st.model.name},
        "weights": st.format_id,
        "ctx": st.context,
        "units": "GiB" if st.binary_units else "GB",
        "settings": {
            "runtime": st.workload.runtime,
            "mode": st.workload.mode,
            "batch": st.workload.batch,
            "kv_cache": st.workload.kv_type,
            "flash_attn": st.workload.flash_attention,
            "prompt_tokens": st.workload.prompt_tokens,
            "images": st.workload.images,
            "gpu_layers": st.gpu_layers,
        },
        "headline": {
            "verdict": p.verdict if p is not None else None,
            "verdict_detail": p.detail if p is not None else None,
            "category": plan_category(p.verdict, p.detail) if p is not None else None,
            "sentence": window.breakdown.sentence.text(),
            "tokens_per_second": (
                round(p.speed.decode_tokens_per_s, 2) if p is not None and p.speed else None
            ),
            "peak_gpu_bytes": p.estimate.peak_gpu_bytes if p is not None else None,
            "peak_ram_bytes": p.estimate.peak_ram_bytes if p is not None else None,
        },
        "figures": _plain(window.breakdown.figures.text()),
        "breakdown": _breakdown(window),
        "table": _table(window),
        "chart": _chart(window),
        "machine": _plain(window.machine_panel.summary_text()),
    }
    return out


def _breakdown(window: MainWindow) -> list[dict[str, Any]]:
    p = window.state.plan
    table = window.breakdown.table
    terms = [t for t in p.estimate.terms if t.bytes] if p is not None else []
    rows: list[dict[str, Any]] = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        texts = [c.text() if c is not None else "" for c in cells]
        row: dict[str, Any] = {"term": texts[0], "device": texts[1], "size": texts[2]}
        row["formula"] = texts[3] if len(texts) > 3 else ""
        if r < len(terms):  # the same order: the panel lists the plan's non-zero terms
            row.update(name=terms[r].name, device_id=terms[r].device, bytes=terms[r].bytes)
        rows.append(row)
    return rows


def _table(window: MainWindow) -> dict[str, Any]:
    model = window.fit_table.model
    st = window.state
    # A header may wrap onto two lines ("Q4_K_M\n(file)"); the JSON holds it as one.
    columns = [
        " ".join(str(model.headerData(c, Qt.Orientation.Horizontal)).split())
        for c in range(model.columnCount())
    ]
    rows = []
    for r in range(model.rowCount()):
        cells = []
        for c in range(model.columnCount()):
            index = model.index(r, c)
            row, fmt = model.row_choice(r), st.formats[c]
            cell = st.cells.get((row.key, fmt.id))
            entry: dict[str, Any] = {
                "weights": fmt.id,
                "text": str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""),
                "verdict": cell.verdict if cell is not None else None,
                "category": cell.category if cell is not None else None,
                "recommended": model.is_best_pick((row.key, fmt.id)),
            }
            if cell is not None and not cell.error:
                entry.update(
                    peak_gpu_bytes=cell.peak_gpu_bytes,
                    peak_ram_bytes=cell.peak_ram_bytes,
                    needed_ram_bytes=cell.needed_ram_bytes,
                    max_ctx_tokens=cell.max_context_tokens,
                    tokens_per_second=(
                        round(cell.tokens_per_s, 2) if cell.tokens_per_s is not None else None
                    ),
                )
            cells.append(entry)
        shown = model.row_choice(r)  # the filter's order: what the window shows
        rows.append({"key": shown.key, "name": shown.name, "cells": cells})
    return {"columns": columns, "ctx": st.context, "rows": rows}


def _chart(window: MainWindow) -> dict[str, Any]:
    """The chart's series by name with their height at the chosen context (in the axis unit),
    computed by the chart's own function (app.chart) at exactly that context."""
    chart, st = window.chart, window.state
    out: dict[str, Any] = {"unit": chart.unit(), "ctx": st.context, "series": []}
    hw = st.hardware
    if hw is None or st.format_id not in st.chart:
        return out
    at = chart_series(
        st.model, st.fmt, st.workload, hw, [min(st.context, st.model.max_context_tokens)]
    )
    unit = (1 << 30) if st.binary_units else 10**9
    total = 0
    for name, values in at.terms:
        total += values[0]
        out["series"].append(
            {
                "name": name,
                "label": chart.series_label(name),
                "bytes": values[0],
                "y": round(total / unit, 4),
            }
        )
    if at.terms:
        out["total_bytes"] = total
    out["lines"] = {
        key: {"label": line.label.format, "y": round(float(line.value()), 4)}
        for key, line in chart.limit_lines.items()
    }
    out["device_lines"] = chart.device_line_values()
    point = chart.measured_point
    if point is not None:
        out["measured"] = {"ctx": round(point[0]), "y": round(point[1], 4)}
    return out
