"""compare_buffers: the estimate's terms beside the buffers llama.cpp logged.

Golden numbers: the ``log_buffers_mib`` llama.cpp printed in tests/data/calibration
(llamacpp-h100.jsonl: CUDA build on an H100; llamacpp-cpu.jsonl: 2-core x86 CPU build).
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from benchmarks.calibration import Case, load_cases
from tests._support.messages import english

from vramscope.app.present.checks import comparison_summary
from vramscope.core.compare import compare_buffers, estimate_device

LLAMA_CASES = [c for c in load_cases() if c.kind != "transformers"]
MIB = 1 << 20


@pytest.mark.parametrize(
    ("log_device", "device"),
    [
        ("CUDA0", "gpu0"),
        ("CUDA1", "gpu1"),
        ("ROCm0", "gpu0"),
        ("Vulkan2", "gpu2"),
        ("MTL0", "gpu0"),
        ("CPU", "ram"),
        ("CPU_Mapped", "ram"),
        ("CUDA_Host", "ram"),
        ("CPU_REPACK", "ram"),
        ("CPU_AARCH64", "ram"),
        ("RPC[127.0.0.1:50052]", None),
    ],
)
def test_log_devices_map_to_estimate_devices(log_device: str, device: str | None) -> None:
    assert estimate_device(log_device) == device


@pytest.mark.parametrize("case", LLAMA_CASES, ids=lambda c: c.name)
def test_calibration_buffers_line_up(case: Case) -> None:
    est = case.run()
    cmp = compare_buffers(est, case.raw["log_buffers_mib"])
    assert cmp.rows, "every successful run logged buffers"
    for row in cmp.rows:
        if row.term in ("kv_cache", "output_buffer"):
            # exact arithmetic; the log rounds to 0.01 MiB
            assert abs(row.difference_bytes) <= 0.01 * MIB, row
        elif row.term == "weights" or case.kind == "llamacpp-gpu":
            assert abs(row.relative_error) <= 0.01, row


@pytest.mark.parametrize(
    "case", [c for c in LLAMA_CASES if c.kind == "llamacpp-cpu"], ids=lambda c: c.name
)
def test_cpu_compute_buffer_reserved_matches_log(case: Case) -> None:
    # The calibration workload asks for touched pages (a 2-token prompt); the log shows the
    # reserved worst case, which is what the estimate gives for a prompt filling the context.
    est = replace(case, workload=replace(case.workload, prompt_tokens=None)).run()
    row = compare_buffers(est, case.raw["log_buffers_mib"]).row("compute_buffer", "ram")
    assert row is not None
    assert abs(row.relative_error) <= 0.10, row


def test_summary_names_the_device_and_the_error() -> None:
    case = next(c for c in LLAMA_CASES if c.kind == "llamacpp-gpu")
    cmp = compare_buffers(case.run(), case.raw["log_buffers_mib"])
    assert [(n.code, n.args["devices"]) for n in cmp.summary] == [
        ("compare.within", "CUDA0"),
        ("compare.within", "CUDA_Host"),
    ]
    assert comparison_summary(cmp) == (
        "Estimate within 0.0% of what llama.cpp allocated on CUDA0. "
        "Estimate within 0.0% of what llama.cpp allocated on CUDA_Host."
    )


def test_summary_over_under_total_and_nothing_to_divide_by() -> None:
    case = next(c for c in LLAMA_CASES if c.kind == "llamacpp-gpu")
    est, logged = case.run(), case.raw["log_buffers_mib"]

    def scaled(factor: float) -> dict[str, dict[str, float]]:
        return {k: {d: v * factor for d, v in per.items()} for k, per in logged.items()}

    # half the logged bytes: the estimate is twice the log; the weights differ most
    measured = {"gpu0": int(case.raw["nvml_peak_delta_bytes"])}
    over = compare_buffers(est, scaled(0.5), measured_bytes=measured)
    assert [n.code for n in over.summary] == [
        "compare.over",
        "compare.total_within",
        "compare.over",
    ]
    assert over.summary[0].args["term"] == "weights"
    weights = over.row("weights", "gpu0")
    assert weights is not None and over.summary[0].args["gap_bytes"] == weights.difference_bytes
    assert comparison_summary(over).split(". ")[:2] == [
        "Estimate over by 100.0% on CUDA0 (largest gap: Weights, +2201.7 MiB)",
        "gpu0 total within 0.1% of the measured peak",
    ]
    under = compare_buffers(est, scaled(2.0))
    assert comparison_summary(under).startswith(
        "Estimate under by 50.0% on CUDA0 (largest gap: Weights, -4403.5 MiB)."
    )
    # a device that logged 0 bytes: no error to show
    zero = compare_buffers(est, {"kv": {"CUDA0": 0.0}})
    assert "error_fraction" not in zero.summary[0].args
    assert comparison_summary(zero) == (
        "Estimate over by n/a on CUDA0 (largest gap: KV cache, +512.0 MiB)."
    )


def test_measured_total_row_and_unknown_input_notes() -> None:
    case = next(c for c in LLAMA_CASES if c.kind == "llamacpp-gpu")
    logged = {**case.raw["log_buffers_mib"], "weird": {"CUDA0": 1.0}, "kv": {"RPC[x]": 2.0}}
    cmp = compare_buffers(
        case.run(), logged, measured_bytes={"gpu0": int(case.raw["nvml_peak_delta_bytes"])}
    )
    total = cmp.row("total", "gpu0")
    assert total is not None and abs(total.relative_error) <= 0.03  # test_accuracy's GPU bar
    assert [n.code for n in cmp.notes] == ["compare.unknown_kind", "compare.unknown_device"]
    sentences = english(cmp.notes)
    assert sentences == [
        "ignored logged buffer kind 'weird'",
        "ignored buffers on unknown device 'RPC[x]'",
    ]


def test_nothing_logged_and_bad_sizes() -> None:
    est = LLAMA_CASES[0].run()
    assert comparison_summary(compare_buffers(est, {})) == (
        "Nothing to compare: the log holds no buffer sizes llama.cpp allocated."
    )
    cmp = compare_buffers(est, {"model": {"CUDA0": math.nan, "CPU": -1.0}})
    assert not cmp.rows and len(cmp.notes) == 2
    assert english(cmp.notes) == [
        "ignored weights on CUDA0: size nan is not a size",
        "ignored weights on CPU: size -1.0 is not a size",
    ]
