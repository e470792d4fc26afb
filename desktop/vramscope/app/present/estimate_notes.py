"""Notes an estimate carries (``Estimate.notes``): what the user should know about the numbers."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "EstimateNotes"

register(
    CONTEXT,
    {
        "estimate.full_cache_no_swa": QT_TRANSLATE_NOOP(
            "EstimateNotes", "llama.cpp runs this model with a full cache (no sliding window)."
        ),
        "estimate.linear_attention_fallback": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Linear-attention activations assume transformers' PyTorch fallback; with "
            "flash-linear-attention installed the prefill needs less.",
        ),
        # core/runtimes/llamacpp/run.py: flash attention "off" with a quantized V cache
        "estimate.flash_attention_for_quantized_v": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "A {v_cache_type} V cache needs flash attention, so this is estimated with flash "
            "attention auto (on), as llama.cpp runs it; with --flash-attn off llama.cpp "
            "refuses to start.",
        ),
        # core/runtimes/llamacpp/estimate.py: a CUDA build at -ngl 0
        "estimate.gpu_assisted_prompt": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "CPU weights, GPU-assisted prompt processing: every layer stays in system RAM "
            "(-ngl 0), but llama.cpp's CUDA build still hands the prompt's matrix products to "
            "the GPU, which reserves {gpu_compute_bytes} for them.",
        ),
        "estimate.qlora_not_4bit": QT_TRANSLATE_NOOP(
            "EstimateNotes", "QLoRA normally loads the base model in 4-bit (nf4)."
        ),
        # core/runtimes/transformers.py: the training stack the training terms model
        "estimate.training_stack_full": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Training stack assumed: Hugging Face transformers with PyTorch SDPA attention; "
            "8-bit AdamW from bitsandbytes.",
        ),
        "estimate.training_stack_lora": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Training stack assumed: Hugging Face transformers and PEFT (LoRA adapters in fp32) "
            "with PyTorch SDPA attention; 8-bit weights and 8-bit AdamW from bitsandbytes.",
        ),
        "estimate.training_stack_qlora": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Training stack assumed: Hugging Face transformers and PEFT "
            "(prepare_model_for_kbit_training) with a bitsandbytes 4-bit base and PyTorch SDPA "
            "attention.",
        ),
        "estimate.grad_checkpointing_off": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Gradient checkpointing is off: every layer keeps its activations for the backward "
            "pass. PEFT and Unsloth turn it on.",
        ),
        "estimate.vllm_reserves_budget": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "vLLM reserves gpu_memory_utilization x total memory ({utilization_fraction}) at "
            "start, whatever the model needs; the rest of that budget becomes KV cache.",
        ),
        # Estimate.ram_note: resident RAM (a task manager's figure) above the needed RAM
        "estimate.ram_resident_above_needed": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "A task manager will show {resident_bytes} of RAM, but {needed_bytes} is needed: "
            "{reclaimable_bytes} are file pages of repacked weights that the system frees when "
            "memory runs short.",
        ),
        # context and native_context arrive written with thousands separators (131,072)
        "estimate.beyond_native_context": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "{context} tokens is beyond the model's native context of {native_context}: quality "
            "may drop without RoPE scaling.",
        ),
    },
)
