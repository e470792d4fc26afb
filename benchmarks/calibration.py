"""The measured runs of tests/data/calibration as estimator inputs and measured peaks.

Shared by benchmarks/accuracy.py and the accuracy tests, so both hold the estimator to the same
cases. Each case says what to predict: ``peak_gpu_bytes`` against NVML's peak for GPU runs,
``peak_ram_bytes`` against the peak RSS for llama.cpp CPU runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vramscope.core.api import estimate
from vramscope.core.estimate import Estimate
from vramscope.core.formats import WeightFormat, parse_weight_format
from vramscope.core.hf_config import spec_from_config
from vramscope.core.model import ModelSpec
from vramscope.core.workload import Workload

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "calibration"

__all__ = ["DATA", "Case", "load_cases"]


@dataclass(frozen=True)
class Case:
    """One measured run: the setup as estimator inputs, and the measured number to predict."""

    name: str
    kind: str  # "transformers", "llamacpp-gpu", "llamacpp-cpu"
    spec: ModelSpec
    fmt: WeightFormat
    workload: Workload
    n_gpus: int
    gpu_layers: int | None
    measured_bytes: int
    raw: dict[str, Any]

    def run(self) -> Estimate:
        return estimate(
            self.spec, self.fmt, self.workload, n_gpus=self.n_gpus, gpu_layers=self.gpu_layers
        )

    def predicted_bytes(self, est: Estimate | None = None) -> int:
        est = est or self.run()
        return est.peak_ram_bytes if self.kind == "llamacpp-cpu" else est.peak_gpu_bytes

    @property
    def weights_bytes(self) -> int:
        """Weight bytes as measured (transformers) or logged (llama.cpp)."""
        if self.kind == "transformers":
            return int(self.raw["weights_allocated"])
        model_mib = self.raw["log_buffers_mib"]["model_buffers_mib"]
        return int(sum(model_mib.values()) * 2**20)


def _spec_from_gguf_case(model: dict[str, Any], name: str) -> ModelSpec:
    s = model["spec"]
    config = {
        "model_type": "llama",
        "hidden_size": s["n_embd"],
        "intermediate_size": s["n_ff"],
        "num_hidden_layers": s["n_layer"],
        "num_attention_heads": s["n_head"],
        "num_key_value_heads": s["n_head_kv"],
        "head_dim": s["head_dim"],
        "vocab_size": s["n_vocab"],
        "tie_word_embeddings": s["tied"],
        "max_position_embeddings": s["n_ctx_train"],
    }
    return spec_from_config(config, model_id=name)


def _transformers_cases(data: Path) -> Iterator[Case]:
    specs = {
        p.stem: spec_from_config(json.loads(p.read_text()), model_id=p.stem)
        for p in sorted((data / "configs").glob("*.json"))
    }
    for line in (data / "h100-transformers.jsonl").read_text().splitlines():
        d = json.loads(line)
        if d.get("status") != "ok":
            continue
        wl = Workload(
            runtime="transformers",
            mode=d["mode"],
            context_tokens=d["ctx"],
            batch=d.get("batch", 1),
            kv_cache_type="bf16",
            grad_checkpointing=bool(d.get("ckpt")),
            lora_rank=d.get("r", 16),
            lora_targets=tuple(d["targets"])
            if isinstance(d.get("targets"), list)
            else ("all-linear",),
            generated_tokens=d.get("gen", 16),
        )
        yield Case(
            d["name"],
            "transformers",
            specs[d["model"]],
            parse_weight_format(d.get("quant", "bf16")),
            wl,
            1,
            None,
            int(d["nvml_peak"]),
            d,
        )


def _llamacpp_cases(data: Path, file: str, kind: str, key: str) -> Iterator[Case]:
    for line in (data / file).read_text().splitlines():
        d = json.loads(line)
        if d.get("rc") != 0:
            continue  # llama.cpp refused the setup (quantized V cache without flash attention)
        c = d["case"]
        wl = Workload(
            context_tokens=c["n_ctx"],
            flash_attention=c["fa"],
            kv_cache_type=c["ctk"],
            kv_cache_type_v=c["ctv"],
            mmap=c["mmap"],
            # llama-completion's prompt "hello" is 2 tokens unless the case filled the context
            prompt_tokens=c.get("prompt_tokens") or 2,
        )
        ngl = c.get("ngl")
        yield Case(
            c["id"],
            kind,
            _spec_from_gguf_case(d["model"], c["label"]),
            parse_weight_format(c["quant"].lower()),
            wl,
            1 if ngl else 0,
            ngl,
            int(d[key]),
            d,
        )


def load_cases(data: Path = DATA) -> list[Case]:
    """Every successful calibration run as a Case."""
    return [
        *_transformers_cases(data),
        *_llamacpp_cases(data, "llamacpp-h100.jsonl", "llamacpp-gpu", "nvml_peak_delta_bytes"),
        *_llamacpp_cases(data, "llamacpp-cpu.jsonl", "llamacpp-cpu", "peak_rss_bytes"),
    ]
