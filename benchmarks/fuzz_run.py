"""Hostile data on every input path (issue 17): N fuzz cases and the count of each failure.

Usage, from the repository root: ``python -m benchmarks.fuzz_run [--cases N] [--workers W]``
(default 20,000 cases). The cases and the rules are the test suite's (``tests/fuzz/engine.py``):
each case runs in a worker process under a 2 GiB address space limit and a 5 s CPU limit, a
few through ``python -m vramscope``. Prints the cases run, tracebacks, cases over 5 s, cases
over 2 GiB (MemoryError or a dead worker), messages over 300 characters (or not one printable
line), settings lost, then per input path, then the first failures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from tests.fuzz.engine import build_corpus, collect_cases, run_cases, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch", type=int, default=250, help="cases per worker process")
    parser.add_argument("--show", type=int, default=30, help="failures to list")
    args = parser.parse_args()

    start = time.perf_counter()
    corpus = build_corpus()
    cases = collect_cases(args.cases)

    def progress(done: int, total: int) -> None:
        if done % 1000 == 0 or done == total:
            print(
                f"  {done:,} / {total:,} cases, {time.perf_counter() - start:.0f} s",
                file=sys.stderr,
            )

    outcomes = run_cases(cases, corpus, workers=args.workers, batch=args.batch, progress=progress)
    counts = summary(outcomes)
    print(f"cases run:                 {counts['cases']:,} in {time.perf_counter() - start:.0f} s "
          f"({args.workers} workers)")  # fmt: skip
    print(f"tracebacks:                {counts['traceback']}")
    print(f"over 5 s (CPU, or hung):   {counts['slow']}")
    print(f"over 2 GiB:                {counts['memory']}")
    print(f"messages over 300 chars:   {counts['long_message']}")
    print(f"settings lost:             {counts['settings_lost']}")
    print(f"most CPU in one case:      {counts['max_cpu_s']:.2f} s")
    print("per input path:")
    for target, kinds in counts["by_target"].items():
        bad = {k: v for k, v in kinds.items() if k != "ok"}
        most = max(o.cpu_s for o in outcomes if o.target == target)
        print(f"  {target:12s} {sum(kinds.values()):6,d} cases  max {most:5.2f} s CPU  "
              f"{bad or 'all clean'}")  # fmt: skip
    failures = [o for o in outcomes if o.kind != "ok"]
    for o in failures[: args.show]:
        print(f"  FAIL {o.target} seed {o.seed}: {o.kind}: {o.detail[:240]}")


if __name__ == "__main__":
    main()
