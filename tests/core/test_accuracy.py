"""The estimator against every measured calibration run, with the project's accuracy bars.

Golden numbers: the measured peaks in tests/data/calibration (copied from shared/calibration:
an H100 80GB HBM3 for the transformers and llama.cpp CUDA runs, a 2-core x86 CPU for the
llama.cpp CPU runs).
"""

from __future__ import annotations

import statistics

import pytest
from benchmarks.calibration import Case, load_cases

from vramscope.core.band import band_of

CASES = load_cases()


def _errors(kind: str) -> list[float]:
    return [c.predicted_bytes() / c.measured_bytes - 1 for c in CASES if c.kind == kind]


def test_every_calibration_file_contributes_cases() -> None:
    kinds = {c.kind for c in CASES}
    assert kinds == {"transformers", "llamacpp-gpu", "llamacpp-cpu"}
    assert len(CASES) >= 100


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind == "transformers"], ids=lambda c: c.name
)
def test_transformers_case_within_7_percent(case: Case) -> None:
    assert abs(case.predicted_bytes() / case.measured_bytes - 1) <= 0.07


def test_transformers_median_within_3_percent() -> None:
    assert statistics.median(abs(e) for e in _errors("transformers")) <= 0.03


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind == "llamacpp-gpu"], ids=lambda c: c.name
)
def test_llamacpp_gpu_case_within_3_percent(case: Case) -> None:
    assert abs(case.predicted_bytes() / case.measured_bytes - 1) <= 0.03


def test_llamacpp_gpu_median_within_1_5_percent() -> None:
    assert statistics.median(abs(e) for e in _errors("llamacpp-gpu")) <= 0.015


def test_llamacpp_cpu_median_within_10_percent() -> None:
    assert statistics.median(abs(e) for e in _errors("llamacpp-cpu")) <= 0.10


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind != "transformers"], ids=lambda c: c.name
)
def test_llamacpp_logged_buffers_reproduced(case: Case) -> None:
    """Each buffer llama.cpp logged (MiB, 2 decimals) matches the term we compute for it."""
    est = case.run()
    logged = case.raw["log_buffers_mib"]
    kv_logged = sum(logged["kv_buffers_mib"].values())
    assert est.term("kv_cache") / 2**20 == pytest.approx(kv_logged, abs=0.01)
    model_logged = sum(logged["model_buffers_mib"].values())
    weights = est.term("weights") + est.term("weights_repacked")
    if case.workload.mmap and case.kind == "llamacpp-cpu":
        # with mmap the log shows the whole mapped file plus the repacked copies
        assert weights / 2**20 == pytest.approx(model_logged, rel=0.015)
    else:
        assert est.term("weights") / 2**20 == pytest.approx(model_logged, rel=0.015)
    assert est.term("output_buffer") / 2**20 == pytest.approx(
        sum(logged["output_buffers_mib"].values()), abs=0.01
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_error_band_covers_the_measured_peak(case: Case) -> None:
    est = case.run()
    band = band_of(est, "ram" if case.kind == "llamacpp-cpu" else "gpu")
    assert band.low_bytes <= band.central_bytes <= band.high_bytes
    assert band.covers(case.measured_bytes)
