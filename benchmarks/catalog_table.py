"""Print the catalog's parameter and KV-cache table (the one issue 15's closing note asks for).

For each model: total and active parameters computed from its config against the published
figures, and its KV cache per token at f16 (llama.cpp, at up to 32k tokens) against a dense
model of about the same size: the nearest-sized plain full-attention GQA model in the catalog
(Llama 3.x, Qwen2.5, Qwen3), which is what "a normal model this big" costs per token.

Run: PYTHONPATH=desktop python benchmarks/catalog_table.py [--since 2025-01-01] [ID ...]
"""

from __future__ import annotations

import argparse
import sys

from vramscope.app.catalog_facts import ModelFacts, facts_of
from vramscope.catalog.models import CatalogModel, load_models

# Plain dense decoders with full attention on every layer and grouped-query KV heads: the
# reference "dense model of the same size".
DENSE_REFERENCES = (
    "qwen3-0.6b", "qwen3-1.7b", "llama-3.2-1b", "llama-3.2-3b", "qwen3-4b", "qwen2.5-7b",
    "llama-3.1-8b", "qwen3-8b", "qwen3-14b", "qwen2.5-32b", "qwen3-32b", "llama-3.1-70b",
    "qwen2.5-72b", "llama-3.1-405b",
)  # fmt: skip


def _nearest(total: int, refs: list[ModelFacts]) -> ModelFacts:
    return min(refs, key=lambda r: abs(r.params_total / total - 1))


def _b(n: int | None) -> str:
    return "-" if n is None else f"{n / 1e9:.2f}B"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ids", nargs="*", help="model ids (default: every model)")
    ap.add_argument("--since", default="", help="only models released on or after this date")
    args = ap.parse_args(argv)
    models: list[CatalogModel] = list(load_models())
    by_id = {m.model_id: m for m in models}
    refs = [facts_of(by_id[i]) for i in DENSE_REFERENCES]
    chosen = [by_id[i] for i in args.ids] if args.ids else models
    chosen = [m for m in chosen if m.release_date >= args.since]
    print(
        "| model | total computed | total published | active computed | active published "
        "| KV/token f16 | dense ref. | ref. KV/token | ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for m in sorted(chosen, key=lambda m: m.model_id):
        f = facts_of(m)
        ref = _nearest(f.params_total, refs)
        active = f.params_active if m.is_moe else None
        ratio = f.kv_bytes_per_token / ref.kv_bytes_per_token
        print(
            f"| {m.model_id} | {_b(f.params_total)} | {_b(m.params_published)} "
            f"| {_b(active)} | {_b(m.params_active_published)} "
            f"| {f.kv_bytes_per_token / 1024:.1f} KiB | {ref.model.model_id} "
            f"| {ref.kv_bytes_per_token / 1024:.1f} KiB | {ratio:.2f} |"
        )
    print(f"\n{len(chosen)} models", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
