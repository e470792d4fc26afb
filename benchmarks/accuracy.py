"""Accuracy of the estimator on the measured calibration runs, beside three common rules.

Prints, per case, our error and the errors of: "2 bytes per parameter", "weights x 1.2" and
"weights + KV cache + 0.5 GB"; then the median and worst absolute error per group with the bars
the project holds itself to. Run: python benchmarks/accuracy.py
"""

from __future__ import annotations

import statistics

# Run as a script, this folder is on the import path: calibration.py is its neighbour (the tests
# import the same file as benchmarks.calibration).
from calibration import Case, load_cases
from vramscope.core.band import band_of
from vramscope.core.kv import pad

# (median bar, worst-case bar) per group. source: issue "The estimator core" (accuracy section)
BARS = {
    "transformers": (0.03, 0.07),
    "llamacpp-gpu": (0.015, 0.03),
    "llamacpp-cpu": (0.10, None),
}


def _naive_kv(case: Case) -> int:
    """The KV cache as simple calculators compute it: 2 x layers x KV width x 2 B x tokens."""
    s = case.spec
    tokens = case.workload.context_tokens * case.workload.batch
    if case.kind != "transformers":
        tokens = pad(tokens, 256)
    return 2 * s.n_layers * s.kv_dim * 2 * tokens


def main() -> int:
    cases = load_cases()
    rows: dict[str, list[tuple[float, float, float, float]]] = {}
    bands: dict[str, list[tuple[float, bool]]] = {}
    print(
        f"{'case':58s} {'measured':>9s} {'ours':>7s} {'2B/param':>9s} {'Wx1.2':>7s} {'W+KV+.5':>8s}"
    )
    for case in cases:
        est = case.run()
        measured = case.measured_bytes
        ours = case.predicted_bytes(est) / measured - 1
        rule_2b = 2 * est.params_total / measured - 1
        rule_12 = 1.2 * est.weights_bytes / measured - 1
        rule_kv = (est.weights_bytes + _naive_kv(case) + 0.5e9) / measured - 1
        rows.setdefault(case.kind, []).append((ours, rule_2b, rule_12, rule_kv))
        band = band_of(est, "ram" if case.kind == "llamacpp-cpu" else "gpu")
        bands.setdefault(case.kind, []).append(
            (band.width_bytes / band.central_bytes, band.covers(measured))
        )
        print(
            f"{case.name[:58]:58s} {measured / 2**30:8.2f}G {ours:+7.1%} {rule_2b:+9.1%} "
            f"{rule_12:+7.1%} {rule_kv:+8.1%}"
        )
    print()
    print(
        f"{'group':14s} {'n':>3s}  {'ours med/max':>14s}  {'2B/param':>14s}  {'Wx1.2':>14s}  "
        f"{'W+KV+0.5GB':>14s}  bars"
    )
    ok = True
    for kind, errs in rows.items():
        cols = []
        for j in range(4):
            a = [abs(e[j]) for e in errs]
            cols.append(f"{statistics.median(a):6.1%}/{max(a):6.1%}")
        med_bar, max_bar = BARS[kind]
        ours = [abs(e[0]) for e in errs]
        passed = statistics.median(ours) <= med_bar and (max_bar is None or max(ours) <= max_bar)
        ok &= passed
        bar = f"median <= {med_bar:.1%}" + (f", max <= {max_bar:.0%}" if max_bar else "")
        print(
            f"{kind:14s} {len(errs):3d}  {cols[0]:>14s}  {cols[1]:>14s}  {cols[2]:>14s}  "
            f"{cols[3]:>14s}  {bar}: {'PASS' if passed else 'FAIL'}"
        )
    print()
    print("error bands (low..high around the estimate, see core/band.py):")
    for kind, widths in bands.items():
        w = [x[0] for x in widths]
        covered = sum(x[1] for x in widths)
        ok &= covered == len(widths)
        print(
            f"{kind:14s} covers {covered}/{len(widths)} measured peaks; width median "
            f"{statistics.median(w):.1%}, max {max(w):.1%} of the estimate"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
