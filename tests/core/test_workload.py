"""Workload validation: bad options give one-line errors that name the field and the value."""

from __future__ import annotations

import pytest
from tests._support.messages import message

from vramscope.core.errors import SpecError
from vramscope.core.workload import Workload, kv_bytes_per_element


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"context_tokens": 0}, "ctx must be a positive integer, got 0"),
        ({"context_tokens": -5}, "ctx must be a positive integer, got -5"),
        ({"context_tokens": 10**9}, "ctx must be between 1 and 16777216, got 1000000000"),
        ({"batch": 0}, "batch must be a positive integer, got 0"),
        ({"kv_cache_type": "q3"}, "kv cache type must be one of"),
        ({"runtime": "ollama"}, "runtime must be one of"),
        ({"mode": "lora"}, "mode 'lora' (training) needs the transformers runtime"),
        ({"runtime": "transformers", "kv_cache_type": "q8_0"}, "not available in transformers"),
        ({"gpu_memory_utilization": 1.5}, "gpu memory utilization must be between"),
        ({"lora_targets": ()}, "lora targets must be module names"),
    ],
)
def test_bad_workloads_are_rejected_with_the_field_named(
    kwargs: dict[str, object], expected: str
) -> None:
    with pytest.raises(SpecError) as err:
        Workload(**kwargs)  # type: ignore[arg-type]
    assert expected in message(err.value)
    assert "\n" not in message(err.value)


def test_quantized_cache_block_sizes() -> None:
    # source: ggml/src/ggml-common.h static_asserts: block_q8_0 34 B, block_q4_0 18 B per 32
    assert kv_bytes_per_element("q8_0") == (34, 32)
    assert kv_bytes_per_element("q4_0") == (18, 32)
    assert kv_bytes_per_element("f16") == (2, 1)


def test_defaults_are_a_sensible_chat() -> None:
    wl = Workload()
    assert (wl.runtime, wl.mode, wl.context_tokens, wl.batch) == ("llama.cpp", "inference", 4096, 1)
    assert wl.flash_attention_on and wl.v_cache_type == "f16"
