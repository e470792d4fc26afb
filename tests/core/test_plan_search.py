"""Issue 12, speed of the search: the solver's shortcuts give the answers of the plain searches
they replace (benchmarks/speed.py prints the time; these check that nothing else changed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from vramscope.catalog.models import find_model
from vramscope.core import GIB, GpuDevice, Hardware, Workload, parse_weight_format, plan
from vramscope.core.plan import _first_fit, _variant


def _bisect(fits: Callable[[int], bool], hi: int) -> int:
    # the search _first_fit replaced in _expert_placements: over at 0, fits at hi
    lo = 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid
    return hi


def test_plan_search_first_fit_is_the_bisection_for_every_threshold_and_guess() -> None:
    for hi in (1, 2, 3, 7, 36, 48, 61):
        for threshold in range(1, hi + 1):

            def fits(n: int, t: int = threshold) -> bool:
                return n >= t

            expected = _bisect(fits, hi)
            assert expected == threshold
            for guess in range(-1, hi + 3):
                assert _first_fit(fits, hi, guess) == expected


def test_plan_search_first_fit_checks_a_right_guess_twice_at_most() -> None:
    calls: list[int] = []

    def fits(n: int) -> bool:
        calls.append(n)
        return n >= 17

    assert _first_fit(fits, 48, 17) == 17
    assert calls == [17, 16]


def test_plan_search_workload_variants_are_validated_copies() -> None:
    wl = Workload(context_tokens=8192)
    moved = _variant(wl, "n_cpu_moe", 12)
    assert moved == replace(wl, n_cpu_moe=12)
    assert _variant(wl, "n_cpu_moe", 12) is moved  # built once
    assert _variant(wl, "kv_offload", False) == replace(wl, kv_offload=False)


def test_plan_search_a_plan_does_not_depend_on_earlier_plans() -> None:
    # the solver keeps estimates per question: planning other questions first (another
    # context, another machine) leaves the answer as it was
    spec = find_model("qwen3-30b-a3b").spec
    fmt = parse_weight_format("q4_k_m")
    hw = Hardware((GpuDevice("RTX 4060", 8 * GIB, 7 * GIB, 272 * 10**9),), 32 * GIB, 28 * GIB)
    first = plan(spec, fmt, Workload(context_tokens=8192), hw)
    plan(spec, fmt, Workload(context_tokens=32768), hw)
    plan(spec, fmt, Workload(context_tokens=8192), Hardware((), 32 * GIB, 28 * GIB))
    again = plan(spec, fmt, Workload(context_tokens=8192), hw)
    assert again == first
    assert (again.detail, again.alternatives) == (first.detail, first.alternatives)
