"""Issue 12, run settings: LM Studio's "GPU Offload" value. The slider goes from 0 to the model's
repeating layers; its maximum offloads everything (llama.cpp's n_layers + 1) and any lower value
k is llama.cpp's -ngl k. source: lmstudio-ai/lmstudio-js issue #252 (a 40-layer model: slider
40 logs "offloaded 41/41 layers", 39 logs "offloaded 39/41"; -ngl 40 cannot be set)."""

from __future__ import annotations

import pytest

from vramscope.app.run_settings import run_settings
from vramscope.app.session import (
    HardwareOptions,
    RunSettings,
    catalog_choice,
    hardware_of,
    plan_for,
    weights_for,
)

LLAMA_8B = catalog_choice("llama-3.1-8b")  # 32 repeating layers: -ngl 33 is everything


@pytest.mark.parametrize(
    ("ngl", "slider"),
    [
        (33, 32),  # everything: the slider's maximum
        (32, 31),  # -ngl 32 has no slider value: one layer fewer
        (31, 31),  # a partial offload is -ngl as it is
        (10, 10),
        (1, 1),  # the output layer alone
        (0, 0),
    ],
)
def test_lm_studio_offload_slider_is_the_plans_gpu_layers(ngl: int, slider: int) -> None:
    hw = hardware_of(HardwareOptions.parse(["RTX-4090:24"], "64").to_reading())
    run = RunSettings()
    fmt = weights_for(LLAMA_8B, run.runtime, "q4_k_m", run.mode)
    p = plan_for(LLAMA_8B, fmt, run, 4096, hw, gpu_layers=ngl)
    lm = run_settings(LLAMA_8B, p).lm_studio
    assert lm is not None
    assert (lm.gpu_offload, lm.of) == (slider, 32)
    # never more on the GPU than the plan: the slider's -ngl is at most the plan's
    assert lm.gpu_offload == lm.of or lm.gpu_offload <= ngl
