"""Issue 17: hostile data on every input path, judged case by case (``engine.py`` says how).

2,000 cases in CI (about a minute on two cores); ``VRAMSCOPE_FUZZ_CASES=20000`` runs more, and
``python -m benchmarks.fuzz_run`` prints the counts. Every case runs in a worker process under a
2 GiB address space limit and a 5 s CPU limit; a few go through ``python -m vramscope``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from tests.fuzz.engine import (
    SUBPROCESS_TARGET,
    TARGETS,
    Case,
    Outcome,
    build_corpus,
    collect_cases,
    run_cases,
    summary,
)

CASES = int(os.environ.get("VRAMSCOPE_FUZZ_CASES", "2000"))


@pytest.fixture(scope="module")
def corpus() -> dict[str, Any]:
    return build_corpus()


@pytest.fixture(scope="module")
def outcomes(corpus: dict[str, Any]) -> Iterator[list[Outcome]]:
    yield run_cases(collect_cases(CASES), corpus, workers=max(1, min(4, os.cpu_count() or 1)))


def _failures(outcomes: list[Outcome], target: str) -> list[str]:
    return [
        f"{o.kind} (seed {o.seed}): {o.detail}"
        for o in outcomes
        if o.target == target and o.kind != "ok"
    ]


def test_every_case_ran(outcomes: list[Outcome]) -> None:
    counts = summary(outcomes)
    assert counts["cases"] == CASES, counts
    # every target got cases: a weight of 0 or a mutator that always raises would show here
    assert set(counts["by_target"]) == {*TARGETS, SUBPROCESS_TARGET}, counts


@pytest.mark.parametrize("target", [*TARGETS, SUBPROCESS_TARGET])
def test_no_traceback_hang_memory_error_long_message_or_lost_settings(
    outcomes: list[Outcome], target: str
) -> None:
    failures = _failures(outcomes, target)
    assert not failures, f"{len(failures)} of the {target} cases failed:\n" + "\n".join(
        failures[:20]
    )


@pytest.mark.parametrize(
    ("selftest", "kind"),
    [
        ("traceback", "traceback"),
        ("memory", "memory"),
        ("long_message", "long_message"),
        ("control_chars", "long_message"),
        ("hang", "slow"),
        ("cpu", "slow"),
        ("die", "memory"),
        ("spec_error", "ok"),
    ],
)
def test_the_harness_sees_each_kind_of_failure(
    corpus: dict[str, Any], selftest: str, kind: str
) -> None:
    """A case that breaks a rule on purpose is reported as such, and the cases after it in
    the same worker still run (a hang or a dead worker does not lose them)."""
    cases = [Case(f"selftest:{selftest}", 1), Case("hardware", 2), Case("argv", 3)]
    got = run_cases(cases, corpus, workers=1, hang_s=3.0, cpu_limit_s=0.5)
    assert [(o.target, o.kind) for o in got] == [
        (f"selftest:{selftest}", kind),
        ("hardware", "ok"),
        ("argv", "ok"),
    ], got
