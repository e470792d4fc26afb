"""Compute buffers, built here and nowhere else: every device reserves the worst case of the
graph's live sets for one micro-batch (``n_ubatch`` tokens).

A GPU's buffer is the largest of: the logits (the last GPU only), the KQ scores without flash
attention, the FFN intermediates beside the KQ mask, a Gated DeltaNet chunk. With GPUs the host
keeps the graph inputs and the mask; a CPU-only run reserves the whole graph in RAM but touches
only the pages the prompt uses.

source: llama.cpp src/llama-context.cpp (graph reserve); calibration llamacpp-*.jsonl."""

from __future__ import annotations

from typing import Literal, NamedTuple

from ...constants import DELTANET_CHUNK_TOKENS, LLAMACPP_CTX_PAD_TOKENS
from ...estimate import Term
from ...kv import pad
from ...notes import Note
from ...terms import COMPUTE_BUFFER
from .._part import EXACT, note_of
from .layout import span
from .run import Run

__all__ = ["Graph", "Role", "compute_buffer", "compute_parts"]

SOURCE = "llama.cpp src/llama-context.cpp (graph reserve), calibration llamacpp-*.jsonl"

# "gpu": a GPU without the output layer; "gpu_last": the one with it; "host": system RAM beside
# GPUs; "cpu": system RAM of a CPU-only run; "gpu_assist": the GPU of a CUDA build at -ngl 0.
Role = Literal["gpu", "gpu_last", "host", "cpu", "gpu_assist"]


class Graph(NamedTuple):
    """The candidate live sets of one micro-batch, in bytes, and what their slopes need (a named
    tuple: one per estimate)."""

    run: Run
    logits: int
    attn: int
    ffn: int
    gdn: int
    ffn_width: int
    mask_bytes: int

    @classmethod
    def of(cls, run: Run) -> Graph:
        spec, n_ub, fa = run.spec, run.n_ub, run.fa
        h, heads = spec.hidden_size, spec.n_heads
        first = run.kv.layers[0]
        # full-attention layers hold n_ctx cells, window layers fewer
        all_window = first.sliding and run.kv.uniform
        max_cells = first.cells if all_window else run.n_ctx
        ffn_width = max(
            spec.intermediate_size, spec.n_experts_per_token * spec.moe_intermediate_size
        )
        # With flash attention the largest mid-graph moment is an FFN (three f32 intermediates
        # and the hidden states) while the KQ mask input is still alive: f16 on GPUs, f32 on the
        # CPU. source: llama.cpp issue #15946 log (CPU, 128k ctx: 403 MiB where the logits need
        # 304)
        mask_bytes = 2 if run.n_gpus or run.gpu_assist else 4
        return cls(
            run=run,
            logits=4 * n_ub * (spec.vocab_size + h),
            attn=4 * n_ub * (1 + 4 * h + max_cells * (1 + heads)) if not fa else 0,
            ffn=4 * n_ub * (3 * ffn_width + 2 * h) + (mask_bytes * n_ub * max_cells if fa else 0),
            gdn=_deltanet(run),
            ffn_width=ffn_width,
            mask_bytes=mask_bytes,
        )

    @property
    def reserved(self) -> int:
        """The whole graph's worst case (the last GPU, or the CPU of a CPU-only run)."""
        return max(self.logits, self.attn, self.ffn, self.gdn)


def _deltanet(run: Run) -> int:
    """Largest live set of one Gated DeltaNet layer in the chunked prefill graph (f32): the
    mixed q/k/v input and its conv output, four value-sized tensors (q, k, v after the head
    repeat, and the output) and two chunk x chunk matrices per value head. Modelled from the
    graph, not measured."""
    spec = run.spec
    if not spec.is_hybrid:
        return 0
    tokens = pad(run.n_ub, DELTANET_CHUNK_TOKENS)
    per_token = (
        2 * spec.linear_conv_dim
        + 4 * spec.linear_value_dim
        + 2 * spec.linear_value_heads * DELTANET_CHUNK_TOKENS
    )
    return 4 * tokens * per_token


def compute_parts(graph: Graph, role: Role) -> tuple[int, float, Note]:
    """The compute buffer of one device's role: bytes, bytes per context token, formula."""
    if role == "host":
        return _host(graph.run)
    if role == "cpu":
        return _cpu(graph)
    if role == "gpu_assist":
        return _gpu_assist(graph)
    return _gpu(graph, last=role == "gpu_last")


def compute_buffer(graph: Graph, role: Role, device: str) -> Term:
    """The compute buffer of one device."""
    n_bytes, slope, note = compute_parts(graph, role)
    return Term(
        COMPUTE_BUFFER,
        n_bytes,
        device,
        note,
        source=SOURCE,
        exact=EXACT[COMPUTE_BUFFER],
        per_token_bytes=slope,
    )


def _gpu(g: Graph, *, last: bool) -> tuple[int, float, Note]:
    run = g.run
    compute = g.reserved if last else max(g.attn, g.ffn, g.gdn)
    which = "logits" if last else "ffn"
    # ties go to the later check, as in the graph: attention, then the FFN, then DeltaNet
    if compute == g.gdn:
        which = "deltanet"
    if compute == g.ffn:
        which = "ffn"
    if compute == g.attn:
        which = "kq"
    n_ub, n_seq = run.n_ub, run.n_seq
    slope = (
        4 * n_ub * (1 + run.spec.n_heads) * n_seq
        if compute == g.attn
        else g.mask_bytes * n_ub * n_seq * run.fa
        if compute == g.ffn
        else 0.0
    )
    return compute, slope, note_of(f"formula.llamacpp.compute_{which}", n_ubatch=n_ub)


def _gpu_assist(g: Graph) -> tuple[int, float, Note]:
    """A CUDA build with every layer on the CPU still hands the prompt's matrix products with
    weights to the GPU (a batch of at least 32 tokens), which copies each weight in before it
    multiplies: the graph reserve sizes the GPU's buffer for the largest such step, the output
    head (its copy and the logits) or a layer's FFN (its largest weight and the intermediates).
    Attention reads the cache in RAM and stays on the CPU, and so does the KQ mask; a Gated
    DeltaNet chunk runs on activations alone and, per token, is a fraction of the logits in
    every hybrid model of the catalog, so it is left out. source: llama.cpp
    ggml/src/ggml-backend.cpp ggml_backend_sched_split_graph (ops on weights in host memory go
    to a backend whose offload_op accepts them; a split's inputs are copied into its compute
    buffer), ggml-cuda.cu ggml_backend_cuda_device_offload_op (batch >= 32), src/llama-context.cpp
    graph_reserve; issue 12's Jetson log (Qwen3-0.6B, -ngl 0: CUDA0 423 MiB)."""
    run = g.run
    layout = run.layout
    head = layout.output_bytes + (
        layout.output_head_bytes_if_tied if run.spec.tied_embeddings else 0
    )
    output_step = g.logits + head
    # three f32 FFN intermediates and the hidden states in and out, per token
    ffn_step = 4 * run.n_ub * (3 * g.ffn_width + 2 * run.spec.hidden_size) + run.sums.largest
    which = "output" if output_step >= ffn_step else "ffn"
    # nothing here grows with the context: the cache and the mask stay in RAM
    return (
        max(output_step, ffn_step),
        0.0,
        note_of(f"formula.llamacpp.compute_assist_{which}", n_ubatch=run.n_ub),
    )


def _host(run: Run) -> tuple[int, float, Note]:
    """Beside GPUs the host keeps the graph inputs and the KQ mask (f16 with flash attention)."""
    fa, n_ub = run.fa, run.n_ub
    inputs, mask = (8 if fa else 4), (2 if fa else 4)
    n_bytes = inputs * n_ub * run.spec.hidden_size + mask * n_ub * run.n_ctx
    if run.moe_cpu_layers and span(run.sums.exps, run.moe_cpu_layers):
        # --n-cpu-moe: the CPU runs those layers' routed experts, so it also holds their FFN
        # intermediates (three f32 k x moe_ff rows and the hidden states in and out per token).
        # Modelled from the graph (llama-graph.cpp build_moe_ffn), not measured.
        spec = run.spec
        width = spec.n_experts_per_token * spec.moe_intermediate_size
        n_bytes += 4 * n_ub * (3 * width + 2 * spec.hidden_size)
        note = note_of("formula.llamacpp.compute_host_experts", input_size=inputs, mask_size=mask)
        return n_bytes, mask * n_ub * run.n_seq, note
    note = note_of("formula.llamacpp.compute_host", input_size=inputs, mask_size=mask)
    return n_bytes, mask * n_ub * run.n_seq, note


def _cpu(g: Graph) -> tuple[int, float, Note]:
    """The CPU backend reserves the worst-case graph but only touches the pages the graph it
    runs uses: a short prompt leaves most of it untouched (calibration, CPU runs)."""
    run = g.run
    wl, n_ub, spec = run.wl, run.n_ub, run.spec
    reserved = g.reserved
    prompt = wl.prompt_tokens if wl.prompt_tokens is not None else wl.context_tokens * run.n_seq
    n_tok = min(prompt, n_ub)
    n_kv = pad(prompt, LLAMACPP_CTX_PAD_TOKENS)
    touched = 4 * n_tok * (3 * g.ffn_width + 2 * spec.hidden_size) + (
        0 if run.fa else 8 * n_tok * n_kv * spec.n_heads
    )
    compute = min(reserved, touched) if wl.prompt_tokens is not None else reserved
    slope = (
        4 * n_ub * (1 + spec.n_heads) * run.n_seq if (not run.fa and compute == reserved) else 0.0
    )
    note = note_of(
        "formula.llamacpp.compute_cpu", n_ubatch=n_ub, reserved_mib=f"{reserved / 2**20:.1f}"
    )
    return compute, slope, note
