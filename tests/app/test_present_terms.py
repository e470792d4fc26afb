"""Term labels, formulas and estimate notes: every code the runtimes produce has a template.

The codes are collected from real estimates over catalog models that between them hold every
kind of layer (full, sliding window, MLA, linear attention, tied embeddings), every runtime and
the placements and workloads that change a formula (partial offload, two GPUs, CPU only, a
quantized cache, LoRA, QLoRA and full fine-tuning with each optimizer).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from string import Formatter
from typing import Any

import pytest

from vramscope.app.present import all_codes, render, template
from vramscope.app.present.terms import term_label
from vramscope.catalog.models import find_model
from vramscope.core import TERMS, Estimate, Note, SpecError, estimate, parse_weight_format
from vramscope.core.workload import Workload

# Formula shapes no catalog model reaches: the host's output layer without CPU layers needs a
# model without layers, and a transformers cache with no cached tokens a model whose every
# layer is linear attention. Kept so the formula stays defined if such a model is added.
UNREACHABLE = {"formula.llamacpp.weights_host_output", "formula.transformers.kv.none"}

# (model, weights, workload options, estimate options)
LLAMACPP: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("llama-3.1-8b", "q4_k_m", {}, {}),
    ("llama-3.1-8b", "q4_0", {"prompt_tokens": 100}, {"n_gpus": 0}),
    ("llama-3.1-8b", "q4_k_m", {"kv_cache_type": "q8_0"}, {"gpu_layers": 10, "n_gpus": 2}),
    ("llama-3.1-8b", "q4_k_m", {"flash_attention": "off"}, {"gpu_layers": 20, "n_gpus": 2}),
    ("llama-3.1-8b", "q4_k_m", {"kv_offload": False}, {"gpu_layers": 20}),
    ("llama-3.2-1b", "q8_0", {}, {}),
    ("gemma-3-4b", "q4_k_m", {}, {"gpu_layers": 30}),  # the CPU keeps five window layers
    ("gemma-3-4b", "q4_k_m", {}, {"gpu_layers": 2, "n_gpus": 2}),  # a GPU with window layers
    ("mistral-7b-v0.1", "q4_k_m", {}, {}),
    ("deepseek-coder-v2-lite", "q4_k_m", {}, {}),
    ("qwen3-next-80b-a3b-instruct", "q4_k_m", {}, {"n_gpus": 2}),
    ("qwen3-next-80b-a3b-instruct", "q4_k_m", {}, {"gpu_layers": 48}),  # CPU: one linear layer
    ("qwen3-next-80b-a3b-instruct", "q4_k_m", {}, {"gpu_layers": 4, "n_gpus": 2}),  # GPU: two
    ("llama-3-8b", "q4_k_m", {"context_tokens": 16384}, {}),  # beyond the native context
    # a quantized V cache with flash attention off: estimated with it on, with a note
    ("llama-3.2-1b", "q4_k_m", {"kv_cache_type": "q8_0", "flash_attention": "off"}, {}),
    # --n-cpu-moe: the first 8 layers' experts in RAM, the CPU runs their expert FFNs
    ("deepseek-coder-v2-lite", "q4_k_m", {"n_cpu_moe": 8}, {}),
    # -ngl 0 beside a GPU: the GPU's prompt buffer, sized by the output head or an FFN
    ("qwen3-0.6b", "q4_k_m", {}, {"gpu_layers": 0}),
    ("mixtral-8x7b", "q4_k_m", {}, {"gpu_layers": 0}),
    # a vision model with images: the mmproj and its encoder graph, with and without flash
    # attention; images asked of a text model are noted and ignored
    ("gemma-3-4b", "q4_k_m", {"images": 2}, {}),
    ("gemma-3-4b", "q4_k_m", {"images": 1, "flash_attention": "off"}, {"n_gpus": 0}),
    ("llama-3.2-1b", "q4_k_m", {"images": 1}, {}),
]
INFERENCE_MODELS = (
    "llama-3.1-8b",
    "llama-3.2-1b",
    "gemma-3-1b",
    "mistral-7b-v0.1",
    "deepseek-coder-v2-lite",
    "qwen3-next-80b-a3b-instruct",
    "granite-4.0-h-1b",  # Mamba2 state in the model dtype (transformers)
    "llama-4-scout-17b-16e",  # chunked attention: vLLM's full-cache note
)
TRAINING_MODELS = ("llama-3.2-1b", "llama-3.1-8b")


def _cases() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    yield from LLAMACPP
    for model in INFERENCE_MODELS:
        for runtime in ("transformers", "vllm"):
            yield model, "bf16", {"runtime": runtime, "context_tokens": 2048}, {}
    yield "llama-3.1-8b", "int8", {"runtime": "transformers"}, {"n_gpus": 2}
    for runtime in ("transformers", "vllm"):  # the vision tower in each runtime
        yield "qwen2.5-vl-7b", "bf16", {"runtime": runtime, "images": 2}, {}
    for model, mode, fmt, optimizer, ckpt, ctx in itertools.product(
        TRAINING_MODELS,
        ("full", "lora", "qlora"),
        ("fp32", "bf16", "nf4"),
        ("adamw", "adamw-8bit", "sgd", "adafactor"),
        (False, True),
        (16, 4096),  # a short context lets the optimizer step outgrow the backward pass
    ):
        options = {"mode": mode, "optimizer": optimizer, "grad_checkpointing": ckpt}
        yield model, fmt, {"runtime": "transformers", "context_tokens": ctx, **options}, {}


@cache
def _estimates() -> tuple[Estimate, ...]:
    found = []
    for model, fmt, workload, options in _cases():
        try:
            est = estimate(
                find_model(model).spec, parse_weight_format(fmt), Workload(**workload), **options
            )
        except SpecError:
            continue  # full fine-tuning of nf4 weights: refused, as it should be
        found.append(est)
    return tuple(found)


def _codes() -> dict[str, Note]:
    """One example of every formula and note code the estimates use."""
    seen: dict[str, Note] = {}
    for est in _estimates():
        for t in est.terms:
            seen.setdefault(t.formula.code, t.formula)
        for note in est.notes:
            seen.setdefault(note.code, note)
        if est.ram_note is not None:  # why a task manager shows more RAM than is needed
            seen.setdefault(est.ram_note.code, est.ram_note)
    return seen


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def test_every_term_has_a_label_template() -> None:
    for name, kind in TERMS.items():
        assert kind.label_key == f"term.{name}"
        context, english = template(kind.label_key)
        assert context == "Terms" and english and not _placeholders(english)
    labels = {c for c in all_codes() if c.startswith("term.")}
    assert labels == {kind.label_key for kind in TERMS.values()}  # no label without a term


def test_term_label_renders_through_the_translate_function() -> None:
    assert term_label("kv_cache") == "KV cache"
    assert term_label("cuda_pool") == "CUDA pool (F16 KV copy)"
    assert term_label("kv_cache", lambda context, text: f"{context}:{text}") == "Terms:KV cache"
    # a term from a saved check of another version shows as written
    assert term_label("logits_v2") == "logits v2"


def test_the_estimates_name_only_registered_terms() -> None:
    names = {t.name for est in _estimates() for t in est.terms}
    assert names <= set(TERMS)
    assert len(names) == len(TERMS)  # and every registered term occurs somewhere


@pytest.mark.parametrize("code", sorted(_codes()))
def test_every_formula_and_note_renders_with_its_own_parameters(code: str) -> None:
    note = _codes()[code]
    _, english = template(code)
    assert _placeholders(english) == set(note.args), code
    text = render(note)
    assert text and "{" not in text and "}" not in text


def test_every_formula_template_is_used() -> None:
    registered = {c for c in all_codes() if c.startswith(("formula.", "estimate."))}
    assert registered - set(_codes()) == UNREACHABLE


def test_formulas_read_as_the_english_always_did() -> None:
    spec = find_model("llama-3.1-8b").spec
    est = estimate(spec, parse_weight_format("q4_k_m"), Workload(), gpu_layers=20)
    shown = {(t.name, t.device): render(t.formula) for t in est.terms}
    assert shown["weights", "gpu0"] == "19 of 32 layers + output layer"
    assert shown["kv_cache", "gpu0"] == (
        "19 layers x 4096 cells x (K 1024 + V 1024) elements as f16/f16"
    )
    assert shown["compute_buffer", "gpu0"] == (
        "logits 4 x n_ubatch x (vocab + hidden), n_ubatch 512"
    )
    assert shown["weights", "ram"] == (
        "token embedding (llama.cpp keeps it in host memory) + 13 layers on the CPU"
    )
    assert shown["kv_cache", "ram"] == (
        "in system RAM: 13 layers x 4096 cells x (K 1024 + V 1024) elements as f16/f16"
    )
    lora = Workload(runtime="transformers", mode="lora", lora_targets=("q_proj", "v_proj"))
    est = estimate(spec, parse_weight_format("bf16"), lora)
    states = next(t for t in est.terms if t.name == "optimizer_states")
    assert render(states.formula) == (
        "AdamW m and v in the parameter dtype (2 x params); 6,815,744 trainable params "
        "(LoRA r=16 on q_proj, v_proj)"
    )
