"""Issue 14's screenshot review (1024x768 to 1920x1080, en/zh_CN, light/dark): one test per
problem found in the screenshots and fixed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from tests._support.window import wait_ready

from vramscope.core import WEIGHT_FORMAT_IDS, parse_weight_format
from vramscope.ui import texts
from vramscope.ui.app import dark_palette, install_language
from vramscope.ui.fit_table import _short_label
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_breakdown_figures_never_run_under_the_copy_button(qtbot, window: MainWindow) -> None:
    """At 1024x768 a 70B spill's figures (placement, alternatives, notes) were taller than the
    room the splitter left them: the last lines were cut mid-line and drawn under the "Copy
    settings" button. They now scroll inside their own area, above the button, and every line
    can be reached."""
    st = window.state
    st.set_model("catalog:llama-3.1-70b")
    wait_ready(qtbot, st)
    for size in ((1024, 768), (1280, 720), (1440, 900)):
        window.resize(*size)
        _settle()
        panel = window.breakdown
        area = panel.figures_area
        assert area.isVisible()
        button = _rect_in(panel.copy_settings_button, panel)
        shown = _rect_in(area, panel)
        assert shown.bottom() < button.top(), size
        assert shown.top() > _rect_in(panel.sentence, panel).bottom() - 1, size
        # all of the text is reachable: the label is as tall as its wrapped text, and what
        # does not fit in the area scrolls
        label = panel.figures
        assert label.height() >= label.heightForWidth(label.width()), size
        bar = area.verticalScrollBar()
        assert bar.maximum() == max(0, label.height() - area.viewport().height()), size


def _luminance(c: QColor) -> float:
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())


def _contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_chart_line_labels_are_readable_in_both_themes(
    qtbot, qapp, window: MainWindow, dark: bool
) -> None:
    """The free-VRAM, total-VRAM, VRAM + RAM and "fits up to" labels were drawn in the lines'
    own colours: 2.8-3.8:1 against the dark theme's plot (the green 4.2:1 on white). Each now
    reaches WCAG's 4.5:1 for small text on the plot's background."""
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette() if dark else qapp.style().standardPalette())
        _settle()
        chart = window.chart
        chart.apply_theme()
        bg = chart.palette().color(QPalette.ColorRole.Base)  # the plot's background
        assert (bg.lightness() < 128) is dark
        labels = [line.label for line in chart._limit_pool.values()]
        for label in (*labels, chart.fit_marker.label):
            assert _contrast(QColor(label.color), bg) >= 4.5, label.format
    finally:
        qapp.setPalette(before)
        _settle()
        window.chart.apply_theme()


def test_limit_labels_step_aside_for_the_context_lines(qtbot, window: MainWindow) -> None:
    """The context line's label ("context 8k") stood on "free VRAM + RAM 43.5 GiB" and the
    context line ran through "total VRAM" (1024x768, a 70B on a 12 GB card; a 30B MoE on a 6 GB
    laptop at 1440x900). Wherever the context is, no limit label lies under a vertical line or
    its label, nor under another limit's label."""
    st = window.state
    st.set_model("catalog:llama-3.1-70b")
    wait_ready(qtbot, st)
    window.resize(1440, 900)
    _settle()
    chart = window.chart
    view = chart.plot.getViewBox()
    for tokens in (1024, 4096, 8192, 16384, 32768, 65536):
        st.set_context(tokens)
        wait_ready(qtbot, st)
        _settle()
        box = view.sceneBoundingRect()
        covers = []
        for marker in (chart.context_marker, chart.fit_marker):
            if not marker.isVisible():
                continue
            covers.append(marker.label.sceneBoundingRect())
            x = view.mapViewToScene(QPointF(marker.value(), 0)).x()
            covers.append(QRectF(x - 1, box.top(), 2, box.height()))
        labels = [line.label.sceneBoundingRect() for line in chart.limit_lines.values()]
        assert len(labels) >= 2  # free and total VRAM at least
        for i, rect in enumerate(labels):
            if not box.intersects(rect):
                continue  # a line above the plot: its label is not drawn in it
            for other in (*covers, *labels[:i]):
                assert not rect.intersects(other), (tokens, rect, other)


def test_inputs_keep_their_height_when_a_row_appears(
    qtbot, state: EstimatorState, settings: Settings
) -> None:
    """At 1920x1080 the breakdown sits under the inputs. The inputs' height was fitted before
    a vision model's image row and the rest of the form were laid out, so the column kept the
    old height and the context slider was scrolled out of view (`--screenshot` with
    `--model gemma-3-12b --window-size 1920x1080`). A row shown later refits the inputs: all of
    them show, with no scroll bar."""
    state.set_model("catalog:gemma-3-12b")  # chosen before the window, as at start-up
    window = MainWindow(state, settings, "en")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.ensure_chart()
    window.show()
    state.refresh_hardware()
    wait_ready(qtbot, state)
    _settle()
    assert window.breakdown_in_left_column
    scroll = window.left_scroll
    assert scroll.verticalScrollBar().maximum() == 0
    assert scroll.height() >= window._inputs_height()


@pytest.mark.parametrize("lang", ["en", "ru", "pl", "zh_CN"])
def test_table_headers_are_short_names_in_every_language(qapp, lang: str) -> None:
    """In zh_CN the training table's headers were whole labels elided in the middle
    ("F4（bitsandbytes，双重量化"): the short name was cut only at an ASCII " (". Every format's
    header is its name without the bracketed detail (the tooltip has it), in every language."""
    try:
        install_language(qapp, lang)
        for fid in WEIGHT_FORMAT_IDS:
            full = texts.format_label(parse_weight_format(fid))
            short = _short_label(full)
            assert short and "(" not in short and "（" not in short, (fid, full)
            assert full.startswith(short)
    finally:
        install_language(qapp, "en")


def test_fits_up_to_label_stays_inside_the_plot(qtbot, window: MainWindow) -> None:
    """When the whole context range fits, the "fits up to" line is at the plot's right edge and
    its label (hung right of the line) was cut off there (gpt-oss 120B on two GPUs, Polish).
    It now hangs inside the plot, clear of the context's label, wherever the context is."""
    st = window.state
    st.set_model("catalog:qwen2.5-3b")
    wait_ready(qtbot, st)
    window.resize(1440, 900)
    _settle()
    chart = window.chart
    assert st.plan is not None
    assert st.plan.max_context_tokens >= st.model.max_context_tokens  # the line at the edge
    box = chart.plot.getViewBox().sceneBoundingRect()
    for tokens in (4096, st.model.max_context_tokens // 2, st.model.max_context_tokens):
        st.set_context(tokens)
        wait_ready(qtbot, st)
        _settle()
        fit = chart.fit_marker.label.sceneBoundingRect()
        assert chart.fit_marker.isVisible()
        assert box.left() - 1 <= fit.left() and fit.right() <= box.right() + 1, (tokens, fit)
        assert not fit.intersects(chart.context_marker.label.sceneBoundingRect()), tokens


def test_totals_leave_out_an_empty_ram_part(qtbot, window: MainWindow) -> None:
    """A transformers run holds nothing in system RAM: the totals name the GPU only, not
    "RAM 0 MiB"; a llama.cpp run keeps its RAM part (the token embedding stays in RAM)."""
    st = window.state
    st.set_model("catalog:qwen2.5-0.5b")
    wait_ready(qtbot, st)
    totals = _totals_line(window)
    assert "RAM" in totals
    st.set_runtime("transformers")
    wait_ready(qtbot, st)
    totals = _totals_line(window)
    assert "RAM" not in totals and "GiB" in totals


def _totals_line(window: MainWindow) -> str:
    text = window.breakdown.figures.text()
    return next(line for line in text.split("<br>") if line.startswith("Totals:"))
