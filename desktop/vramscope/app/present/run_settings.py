"""The labels of the run settings (:mod:`vramscope.app.run_settings`): which program each line is
for, and what a runtime cannot set. The command lines themselves stay as they are typed."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "RunSettings"

register(
    CONTEXT,
    {
        "run_settings.title": QT_TRANSLATE_NOOP("RunSettings", "Run settings"),
        "run_settings.llama_server": QT_TRANSLATE_NOOP(
            "RunSettings", "llama.cpp server (llama-server):"
        ),
        "run_settings.llama_cli": QT_TRANSLATE_NOOP(
            "RunSettings", "llama.cpp in a terminal (llama-cli):"
        ),
        "run_settings.ollama_modelfile": QT_TRANSLATE_NOOP("RunSettings", "Ollama Modelfile:"),
        "run_settings.ollama_env": QT_TRANSLATE_NOOP(
            "RunSettings", "Ollama server environment variables:"
        ),
        "run_settings.lm_studio": QT_TRANSLATE_NOOP(
            "RunSettings",
            "LM Studio: GPU offload {gpu_offload} of {of_layers} layers, context length"
            " {context}, K cache {k_cache}, V cache {v_cache}, Flash Attention {flash}.",
        ),
        "run_settings.on": QT_TRANSLATE_NOOP("RunSettings", "on"),
        "run_settings.off": QT_TRANSLATE_NOOP("RunSettings", "off"),
        "run_settings.vllm": QT_TRANSLATE_NOOP("RunSettings", "vLLM:"),
        "run_settings.python": QT_TRANSLATE_NOOP(
            "RunSettings", "Python (transformers, PEFT, bitsandbytes):"
        ),
        "run_settings.ollama_cannot": QT_TRANSLATE_NOOP(
            "RunSettings",
            "Ollama has no setting for {options}: use llama-server to reproduce this placement.",
        ),
        "run_settings.lm_studio_cannot": QT_TRANSLATE_NOOP(
            "RunSettings",
            "LM Studio's load settings may lack {options}: use llama-server to reproduce this"
            " placement exactly.",
        ),
        "run_settings.placeholder": QT_TRANSLATE_NOOP(
            "RunSettings",
            "{model} stands for a model of this size: put the file or repository you use in"
            " its place.",
        ),
    },
)
