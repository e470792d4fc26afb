"""Formulas of the estimate's terms in words, with the numbers used (``Term.formula`` codes).

The English reads like the arithmetic it describes (``4 x n_ubatch x (vocab + hidden)``): the
symbols and the identifiers in it (n_ubatch, vocab, hidden, K/V) are the ones llama.cpp and
PyTorch use and stay as they are in every language. Parameters filled in as text (``elements``
such as ``K 1024 + V 1024``, ``trainable`` such as ``1,234``, ``gib``, ``reserved_mib``) are
already written the way the English always showed them.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "Formulas"

register(
    CONTEXT,
    {
        # llama.cpp
        "formula.llamacpp.weights_gpu": QT_TRANSLATE_NOOP(
            "Formulas", "{layers} of {n_layers} layers"
        ),
        "formula.llamacpp.weights_gpu_output": QT_TRANSLATE_NOOP(
            "Formulas", "{layers} of {n_layers} layers + output layer"
        ),
        "formula.llamacpp.weights_gpu_output_tied": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} of {n_layers} layers + output layer (tied: a copy of the token embedding)",
        ),
        "formula.llamacpp.weights_host": QT_TRANSLATE_NOOP(
            "Formulas", "token embedding (llama.cpp keeps it in host memory)"
        ),
        "formula.llamacpp.weights_host_layers": QT_TRANSLATE_NOOP(
            "Formulas",
            "token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU",
        ),
        "formula.llamacpp.weights_host_output": QT_TRANSLATE_NOOP(
            "Formulas", "token embedding (llama.cpp keeps it in host memory) + output layer"
        ),
        "formula.llamacpp.weights_host_layers_output": QT_TRANSLATE_NOOP(
            "Formulas",
            "token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU "
            "+ output layer",
        ),
        "formula.llamacpp.weights_experts_ram": QT_TRANSLATE_NOOP(
            "Formulas",
            "routed-expert tensors (ffn_*_exps) of {layers} GPU layers kept in system RAM "
            "(--n-cpu-moe); the rest of those layers stays on the GPU",
        ),
        "formula.llamacpp.weights_repacked": QT_TRANSLATE_NOOP(
            "Formulas",
            "the CPU backend copies its {types} tensors into an interleaved buffer; the mapped "
            "file pages stay resident",
        ),
        "formula.llamacpp.kv.none": QT_TRANSLATE_NOOP(
            "Formulas", "no cached tokens (linear-attention layers only) as {kv_type}"
        ),
        "formula.llamacpp.kv.full": QT_TRANSLATE_NOOP(
            "Formulas", "{layers} layers x {cells} cells x ({elements}) elements as {kv_type}"
        ),
        "formula.llamacpp.kv.window": QT_TRANSLATE_NOOP(
            "Formulas",
            "{window_layers} window layers x {window_cells} cells x ({window_elements}) "
            "elements as {kv_type}",
        ),
        "formula.llamacpp.kv.full_window": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x "
            "{window_cells} cells x ({window_elements}) elements as {kv_type}",
        ),
        "formula.llamacpp.kv_ram.none": QT_TRANSLATE_NOOP(
            "Formulas",
            "in system RAM: no cached tokens (linear-attention layers only) as {kv_type}",
        ),
        "formula.llamacpp.kv_ram.full": QT_TRANSLATE_NOOP(
            "Formulas",
            "in system RAM: {layers} layers x {cells} cells x ({elements}) elements as {kv_type}",
        ),
        "formula.llamacpp.kv_ram.window": QT_TRANSLATE_NOOP(
            "Formulas",
            "in system RAM: {window_layers} window layers x {window_cells} cells x "
            "({window_elements}) elements as {kv_type}",
        ),
        "formula.llamacpp.kv_ram.full_window": QT_TRANSLATE_NOOP(
            "Formulas",
            "in system RAM: {layers} layers x {cells} cells x ({elements}) + {window_layers} "
            "window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}",
        ),
        "formula.llamacpp.recurrent_state": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} linear-attention layers x {sequences} sequences x (conv (kernel - 1) x "
            "channels + key x value state per head) in f32; independent of context",
        ),
        "formula.llamacpp.compute_logits": QT_TRANSLATE_NOOP(
            "Formulas", "logits 4 x n_ubatch x (vocab + hidden), n_ubatch {n_ubatch}"
        ),
        "formula.llamacpp.compute_ffn": QT_TRANSLATE_NOOP(
            "Formulas",
            "FFN activations 4 x n_ubatch x (3 ffn + 2 hidden) + KQ mask, n_ubatch {n_ubatch}",
        ),
        "formula.llamacpp.compute_deltanet": QT_TRANSLATE_NOOP(
            "Formulas",
            "Gated DeltaNet chunk 4 x n_ubatch x (2 conv channels + 4 value width + 2 x value "
            "heads x 64), modelled, not measured, n_ubatch {n_ubatch}",
        ),
        "formula.llamacpp.compute_kq": QT_TRANSLATE_NOOP(
            "Formulas",
            "KQ scores without flash attention: 4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + "
            "heads)), n_ubatch {n_ubatch}",
        ),
        "formula.llamacpp.compute_host": QT_TRANSLATE_NOOP(
            "Formulas",
            "graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x "
            "n_ctx",
        ),
        "formula.llamacpp.compute_host_experts": QT_TRANSLATE_NOOP(
            "Formulas",
            "graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x "
            "n_ctx + the CPU's expert FFN 4 x n_ubatch x (3 x experts used x expert FFN + 2 "
            "hidden), modelled",
        ),
        # a CUDA build at -ngl 0: the GPU's buffer for the prompt's matrix products
        "formula.llamacpp.compute_assist_output": QT_TRANSLATE_NOOP(
            "Formulas",
            "the GPU's part of the prompt at -ngl 0: logits 4 x n_ubatch {n_ubatch} x (vocab + "
            "hidden) + a copy of the output weights",
        ),
        "formula.llamacpp.compute_assist_ffn": QT_TRANSLATE_NOOP(
            "Formulas",
            "the GPU's part of the prompt at -ngl 0: FFN intermediates for n_ubatch {n_ubatch} "
            "+ a copy of the largest layer weight",
        ),
        "formula.llamacpp.compute_cpu": QT_TRANSLATE_NOOP(
            "Formulas",
            "worst-case graph for n_ubatch {n_ubatch} ({reserved_mib} MiB reserved), pages "
            "touched by the prompt",
        ),
        "formula.llamacpp.cuda_pool": QT_TRANSLATE_NOOP(
            "Formulas", "F16 copy of one layer's quantized K/V for prefill: 2 x cells x width"
        ),
        "formula.llamacpp.output_buffer": QT_TRANSLATE_NOOP(
            "Formulas", "logits 4 x vocab x sequences"
        ),
        "formula.llamacpp.overhead_gpu": QT_TRANSLATE_NOOP(
            "Formulas", "CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)"
        ),
        "formula.llamacpp.overhead_host_cuda": QT_TRANSLATE_NOOP(
            "Formulas", "process, libraries and CUDA runtime host memory"
        ),
        "formula.llamacpp.overhead_host": QT_TRANSLATE_NOOP(
            "Formulas", "process, libraries, vocabulary and graph metadata"
        ),
        # transformers
        "formula.transformers.weights_loaded": QT_TRANSLATE_NOOP(
            "Formulas", "{weights} weights as loaded ({gib} GiB)"
        ),
        "formula.transformers.kv.none": QT_TRANSLATE_NOOP(
            "Formulas",
            "no cached tokens (linear-attention layers only) as {kv_type} ({tokens} tokens x "
            "{sequences} sequences)",
        ),
        "formula.transformers.kv.full": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} layers x {cells} cells x ({elements}) elements as {kv_type} ({tokens} "
            "tokens x {sequences} sequences)",
        ),
        "formula.transformers.kv.window": QT_TRANSLATE_NOOP(
            "Formulas",
            "{window_layers} window layers x {window_cells} cells x ({window_elements}) "
            "elements as {kv_type} ({tokens} tokens x {sequences} sequences)",
        ),
        "formula.transformers.kv.full_window": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x "
            "{window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} "
            "tokens x {sequences} sequences)",
        ),
        "formula.transformers.recurrent_state": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} linear-attention layers x {sequences} sequences x (conv kernel x "
            "channels in the model dtype + f32 key x value state per head)",
        ),
        "formula.transformers.activations_swiglu": QT_TRANSLATE_NOOP(
            "Formulas",
            "prefill peak {per_token} B/token x {tokens} tokens x {sequences}: SwiGLU "
            "temporaries 3 x intermediate + 4 hidden-size tensors + rotary + ids",
        ),
        "formula.transformers.activations_deltanet": QT_TRANSLATE_NOOP(
            "Formulas",
            "prefill peak {per_token} B/token x {tokens} tokens x {sequences}: Gated DeltaNet "
            "f32 chunk tensors (8 x value width) + 4 hidden-size tensors + rotary + ids",
        ),
        "formula.transformers.allocator_kv": QT_TRANSLATE_NOOP(
            "Formulas",
            "caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step)",
        ),
        "formula.transformers.allocator_kv_tied": QT_TRANSLATE_NOOP(
            "Formulas",
            "caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step) "
            "+ {head_fraction} of the freed untied head",
        ),
        "formula.transformers.overhead": QT_TRANSLATE_NOOP(
            "Formulas",
            "CUDA context, lazily loaded kernels, cuBLAS workspace (measured 0.68 GiB on H100)",
        ),
        "formula.transformers.weights": QT_TRANSLATE_NOOP("Formulas", "{weights} weights"),
        "formula.transformers.weights_qlora": QT_TRANSLATE_NOOP(
            "Formulas", "{weights} weights with the non-quantized parameters upcast to fp32"
        ),
        "formula.transformers.autocast_copies": QT_TRANSLATE_NOOP(
            "Formulas", "bf16 copy of each weight kept for backward ({dtype_size} B x params)"
        ),
        "formula.transformers.states.adamw": QT_TRANSLATE_NOOP(
            "Formulas", "AdamW m and v in the parameter dtype (2 x params)"
        ),
        "formula.transformers.states.adamw.params": QT_TRANSLATE_NOOP(
            "Formulas",
            "AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params",
        ),
        "formula.transformers.states.adamw.lora": QT_TRANSLATE_NOOP(
            "Formulas",
            "AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params "
            "(LoRA r={rank} on {modules})",
        ),
        "formula.transformers.states.adamw_8bit": QT_TRANSLATE_NOOP(
            "Formulas", "8-bit AdamW: 2 B + absmax per 256"
        ),
        "formula.transformers.states.adamw_8bit.params": QT_TRANSLATE_NOOP(
            "Formulas", "8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params"
        ),
        "formula.transformers.states.adamw_8bit.lora": QT_TRANSLATE_NOOP(
            "Formulas",
            "8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params (LoRA r={rank} "
            "on {modules})",
        ),
        "formula.transformers.states.sgd": QT_TRANSLATE_NOOP(
            "Formulas", "SGD momentum buffer (1 x params)"
        ),
        "formula.transformers.states.sgd.params": QT_TRANSLATE_NOOP(
            "Formulas", "SGD momentum buffer (1 x params); {trainable} trainable params"
        ),
        "formula.transformers.states.sgd.lora": QT_TRANSLATE_NOOP(
            "Formulas",
            "SGD momentum buffer (1 x params); {trainable} trainable params (LoRA r={rank} on "
            "{modules})",
        ),
        "formula.transformers.states.adafactor": QT_TRANSLATE_NOOP(
            "Formulas", "Adafactor factored second moment (row + column vectors, fp32)"
        ),
        "formula.transformers.states.adafactor.params": QT_TRANSLATE_NOOP(
            "Formulas",
            "Adafactor factored second moment (row + column vectors, fp32); {trainable} "
            "trainable params",
        ),
        "formula.transformers.states.adafactor.lora": QT_TRANSLATE_NOOP(
            "Formulas",
            "Adafactor factored second moment (row + column vectors, fp32); {trainable} "
            "trainable params (LoRA r={rank} on {modules})",
        ),
        "formula.transformers.step.adamw": QT_TRANSLATE_NOOP(
            "Formulas", "foreach AdamW: 1 x trainable params"
        ),
        "formula.transformers.step.adafactor": QT_TRANSLATE_NOOP(
            "Formulas", "Adafactor: 2 fp32 copies of the largest tensor"
        ),
        "formula.transformers.activations_saved": QT_TRANSLATE_NOOP(
            "Formulas",
            "{per_layer} B saved per token per layer x {tokens} tokens x {layers} layers",
        ),
        "formula.transformers.activations_checkpointed": QT_TRANSLATE_NOOP(
            "Formulas",
            "checkpointed layer inputs {res_size} x hidden x {tokens} tokens x {layers} layers",
        ),
        "formula.transformers.loss": QT_TRANSLATE_NOOP(
            "Formulas", "{logit_size} B x batch x seq x vocab (fp32 logits, log-softmax, gradient)"
        ),
        "formula.transformers.gradients.params": QT_TRANSLATE_NOOP(
            "Formulas", "{param_size} B x {trainable} trainable params"
        ),
        "formula.transformers.gradients.lora": QT_TRANSLATE_NOOP(
            "Formulas", "{param_size} B x {trainable} trainable params (LoRA r={rank} on {modules})"
        ),
        "formula.transformers.allocator_training": QT_TRANSLATE_NOOP(
            "Formulas",
            "caching allocator keeps {loss_fraction} of the loss tensors' blocks, "
            "{activations_fraction} of the activations",
        ),
        "formula.transformers.allocator_training_autocast": QT_TRANSLATE_NOOP(
            "Formulas",
            "caching allocator keeps {loss_fraction} of the loss tensors' blocks, "
            "{activations_fraction} of the activations and {autocast_fraction} of the "
            "autocast weight copies",
        ),
        "formula.transformers.allocator_training_tied": QT_TRANSLATE_NOOP(
            "Formulas",
            "caching allocator keeps {loss_fraction} of the loss tensors' blocks, "
            "{activations_fraction} of the activations + the freed untied head",
        ),
        "formula.transformers.allocator_training_autocast_tied": QT_TRANSLATE_NOOP(
            "Formulas",
            "caching allocator keeps {loss_fraction} of the loss tensors' blocks, "
            "{activations_fraction} of the activations and {autocast_fraction} of the "
            "autocast weight copies + the freed untied head",
        ),
        # vLLM
        "formula.vllm.recurrent_state": QT_TRANSLATE_NOOP(
            "Formulas",
            "{layers} linear-attention layers x {sequences} sequences: conv (kernel - 1) x "
            "channels + key x value state per head, model dtype",
        ),
        "formula.vllm.weights": QT_TRANSLATE_NOOP("Formulas", "{weights} weights / {gpus} GPUs"),
        "formula.vllm.kv": QT_TRANSLATE_NOOP(
            "Formulas",
            "paged cache for {sequences} x {tokens} tokens in 16-token blocks ({kv_type})",
        ),
        "formula.vllm.activations": QT_TRANSLATE_NOOP(
            "Formulas",
            "profiling peak at {tokens} batched tokens: MLP temporaries + fp32 logits and "
            "probabilities for the last token of {sequences} sequences",
        ),
        "formula.vllm.cuda_graphs": QT_TRANSLATE_NOOP("Formulas", "captured CUDA graphs"),
        "formula.vllm.overhead": QT_TRANSLATE_NOOP(
            "Formulas", "CUDA context, kernels, NCCL and other non-torch memory"
        ),
    },
)
