"""The memory chart's data, checked against the core's estimates directly."""

from __future__ import annotations

from vramscope.app import session
from vramscope.app.chart import CHART_POINTS, chart_contexts, chart_series, total_band
from vramscope.app.session import RunSettings
from vramscope.core.api import estimate
from vramscope.core.formats import parse_weight_format
from vramscope.core.hardware import GpuDevice, Hardware
from vramscope.core.units import GIB

HW = Hardware((GpuDevice("RTX 3060", 12 * GIB, 11 * GIB, 360 * 10**9),), 32 * GIB, 28 * GIB)


def test_chart_contexts_are_log_spaced_to_the_maximum() -> None:
    ctxs = chart_contexts(131_072)
    # exp(log(512)) truncates to 511: the first point is 512 give or take the rounding
    assert abs(ctxs[0] - 512) <= 1 and ctxs[-1] == 131_072 and ctxs == sorted(set(ctxs))
    assert len(ctxs) <= CHART_POINTS + 1


def test_chart_series_matches_estimates_and_grows_with_context() -> None:
    c = session.catalog_choice("llama-3.1-8b")
    fmt = parse_weight_format("q4_k_m")
    s = chart_series(c, fmt, RunSettings(), HW, [1024, 8192, 65536])
    assert list(s.totals) == sorted(s.totals)
    names = [n for n, _ in s.terms]
    assert names[0] == "weights" and "kv_cache" in names
    est = estimate(c.spec, fmt, RunSettings().workload(8192), n_gpus=1)
    assert s.totals[1] == sum(t.bytes for t in est.terms)
    band = total_band(est)
    assert (s.band_low[1], s.band_high[1]) == (band.low_bytes, band.high_bytes)


def test_chart_series_error_is_one_line() -> None:
    c = session.catalog_choice("llama-3.1-8b")
    s = chart_series(c, parse_weight_format("nf4"), RunSettings(), HW, [1024])
    assert s.terms == () and s.error and "\n" not in s.error and s.totals == ()
