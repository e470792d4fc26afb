"""Decode and prompt speed from mechanisms, each a named constant fitted on published results.

The time to generate one token is the sum of:

* a fixed cost per layer (kernel launches and synchronisation; CUDA graphs cut it on a single
  NVIDIA GPU at batch 1) and per token;
* per GPU, its weights read at the sustained efficiency of its memory technology, or, where the
  weight type is costly to unpack (low-bit K-quants, IQ quants), the unpacking time when that is
  longer: ``max(memory time, weights x cycles per weight / (compute units x clock))``;
* attention over the cache actually filled (prompt + half the answer, not the whole context),
  dearer without flash attention and with a quantized cache;
* a hand-off per GPU boundary (layer split); with llama.cpp's row split (``-sm row``) the GPUs
  read their rows of every weight matrix at once (the slowest GPU's share sets the time, not
  the sum), the cache and attention stay on the main GPU, and every layer waits for the
  partial results of each other GPU;
* system RAM: the CPU layers and experts read at the RAM's sustained bandwidth, attention of a
  cache kept in RAM (``-nkvo``) run on the CPU with a round trip per layer, and one GPU-CPU
  hand-off per token; weights streamed from disk at the disk's rate.

Prompt processing (prefill) runs at a sustained fraction of the GPU's FP16 tensor throughput,
or of its compute units x clock for quantized weights (llama.cpp's integer kernels), whichever
is lower; layers split over GPUs run one after the other. Row split's prefill is not modelled
apart (no calibration rows): it is given as a layer split's.

Every constant was fitted per mechanism (never per GPU) on the fit rows of
``tests/data/speed/llama_bench.csv`` by ``benchmarks/speed_fit.py``; the held-out rows and the
figures are in ``benchmarks/speed_accuracy.py`` and the README. The range shown beside the
figure is the spread of the fit's residuals (10th to 90th percentile), wider when system RAM
of unknown speed takes part.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import NamedTuple

from .constants import (
    DECODE_EFFICIENCY_CPU,
    DEFAULT_DISK_READ_BANDWIDTH,
    DEFAULT_GPU_BANDWIDTH,
    DEFAULT_RAM_BANDWIDTH,
    PREFILL_MFU,
)
from .errors import SpecError
from .estimate import DEVICE_RAM, Estimate
from .formats import parse_weight_format
from .hardware import GpuDevice, Hardware
from .notes import Note
from .terms import KV_CACHE

__all__ = [
    "DEFAULT_GENERATED_TOKENS",
    "MEMORY_TYPES",
    "Speed",
    "SpeedConstants",
    "SpeedInputs",
    "speed_of",
]

# The memory technologies the catalog names (resources/catalog/gpus.json memory_type).
MEMORY_TYPES = (
    "GDDR5",
    "GDDR5X",
    "GDDR6",
    "GDDR6X",
    "GDDR7",
    "HBM2",
    "HBM2e",
    "HBM3",
    "HBM3e",
    "LPDDR4X",
    "LPDDR5",
    "LPDDR5X",
)

# The answer length the cache fill assumes when none is given: half of it is in the cache on
# average while it is generated. source: llama-bench's default text generation test (tg128)
# rounded up to a typical chat answer of a few paragraphs; an assumption, listed in the notes
DEFAULT_GENERATED_TOKENS = 512
# Weight-unpacking classes: what a GGML type costs to turn into numbers the GPU multiplies.
_FLOAT, _SIMPLE, _K, _Q3, _Q2, _IQ3, _IQ2 = range(7)
_TYPE_CLASS = {
    "F32": _FLOAT, "F16": _FLOAT, "BF16": _FLOAT,
    "Q8_0": _SIMPLE, "Q4_0": _SIMPLE, "Q4_1": _SIMPLE, "Q5_0": _SIMPLE, "Q5_1": _SIMPLE,
    "IQ4_NL": _SIMPLE, "MXFP4": _SIMPLE,
    "Q4_K": _K, "Q5_K": _K, "Q6_K": _K, "IQ4_XS": _K,
    "Q3_K": _Q3, "Q2_K": _Q2,
    "IQ3_XXS": _IQ3, "IQ3_S": _IQ3, "IQ3_XS": _IQ3, "IQ3_M": _IQ3,
    "IQ2_XXS": _IQ2, "IQ2_XS": _IQ2, "IQ2_S": _IQ2, "IQ2_M": _IQ2, "IQ1_S": _IQ2, "IQ1_M": _IQ2,
    "TQ1_0": _IQ2, "TQ2_0": _IQ2,
}  # fmt: skip
# PCIe 4.0 x16 as llama.cpp sustains it when it streams CPU-held weights to the GPU for a
# prompt. source: PCIe 4.0 x16 31.5 GB/s per direction (PCI-SIG) x ~0.8 sustained copy rate
PCIE_STREAM_BYTES_PER_S = 25e9
# Tokens per prompt micro-batch: the CPU-held weights cross PCIe once per micro-batch.
# source: llama.cpp default n_ubatch (common/common.h)
PREFILL_UBATCH_TOKENS = 512


@dataclass(frozen=True, slots=True)
class SpeedConstants:
    """The fitted mechanism constants. One instance (:data:`FITTED`) is used; the fit script
    builds others to search. Times in seconds, efficiencies as fractions of the peak."""

    # source (every field unless it says otherwise): fit on the fit rows of
    # tests/data/speed/llama_bench.csv by benchmarks/speed_fit.py (weighted toward 2025-26
    # builds); one value per mechanism, none per GPU
    # fixed cost per token (graph build and scheduling; sampling is its own term below)
    token_s: float = 0.000164
    # kernel launches per repeating layer with and without CUDA graphs
    layer_graphs_s: float = 0.0000410
    layer_s: float = 0.0000536
    # sustained fraction of the peak bandwidth per memory technology. GDDR6, GDDR6X, GDDR7,
    # HBM2e, LPDDR5 and LPDDR5X are fitted; the others have no rows and take the nearest fitted
    # technology's value (GDDR5/5X as GDDR6, HBM2/3/3e as HBM2e, LPDDR4X as LPDDR5). HBM's low
    # share is llama.cpp's batch-1 kernels not filling HBM's wide bus (the issue's +30% on
    # datacenter cards)
    efficiency: tuple[tuple[str, float], ...] = (
        ("GDDR5", 0.877),
        ("GDDR5X", 0.877),
        ("GDDR6", 0.877),
        ("GDDR6X", 0.897),
        ("GDDR7", 0.890),
        ("HBM2", 0.496),
        ("HBM2e", 0.496),
        ("HBM3", 0.496),
        ("HBM3e", 0.496),
        ("LPDDR4X", 0.739),
        ("LPDDR5", 0.739),
        ("LPDDR5X", 0.880),
    )
    # when the memory type is unknown (a probe without a catalog match). source: assumption,
    # between the fitted GDDR and LPDDR values
    efficiency_unknown: float = 0.75
    # cycles of one compute unit per weight to unpack each class (_FLOAT ... _IQ2): _SIMPLE,
    # _K, _Q3 and _Q2 fitted; IQ3 and IQ2 have no rows: source: assumption, their lattice
    # codebooks cost at least what Q3_K and Q2_K do
    unpack_cycles: tuple[float, ...] = (0.0, 0.05, 0.0696, 0.201, 0.151, 0.25, 0.28)
    # attention: time of the filled cache's bytes at the memory's rate, times these. With
    # flash attention the cache is read once (the 2025 RTX 4090 row at 32k depth agrees);
    # without it the fit gives 5.6x: the cache is read once per query head of a GQA group and
    # the scores are written out. A quantized cache is converted to F16 on the way: source:
    # assumption (no rows with a quantized cache), 30% over the read
    attention_fa: float = 1.0
    attention_no_fa: float = 5.56
    attention_quantized_kv: float = 1.3
    # mixture of experts: the sustained share of the memory's rate when reading routed experts
    # (many small matrices picked per token, and the routing itself)
    moe_efficiency: float = 0.640
    # sampling the next token, per vocabulary entry (llama-server and the CLIs sample; llama-bench
    # does not)
    sampling_s_per_vocab: float = 3.57e-9
    # a hand-off between two GPUs (layer split), per token
    gpu_boundary_s: float = 0.000266
    # row split (llama.cpp -sm row), per repeating layer and token: the main GPU sends the
    # layer's input to the other GPUs and waits for their partial results at every split matrix
    # multiplication (ggml-cuda.cu ggml_cuda_op_mul_mat: a copy between devices and a
    # cudaStreamWaitEvent per device and split matmul). The wait grows with log2 of the GPUs
    # (row_sync_s per doubling) plus a small copy per GPU besides the main one (row_peer_s): the
    # rows take 0.45, 0.98 and 1.47 ms per layer on 2, 4 and 8 GPUs, in proportion to 1, 2 and
    # 3 doublings, which a wait linear in the GPUs cannot follow (it missed the 2-GPU held-out
    # rows by 16%). source: both fitted alone (the other constants fixed) on the row-split fit
    # rows of llama_bench.csv (benchmarks/speed_fit.py --only row_sync_s,row_peer_s): 2x RTX
    # 3090/4090 in 2023 builds, 4x A100 and 8x H100 in January 2024. A check outside the fit:
    # anthony-chaudhary/fak issue #3075 (GLM-5.2 753B on 8x A100, 2026): -sm row 7.13 vs
    # -sm layer 23.38 tok/s
    row_sync_s: float = 0.000372
    row_peer_s: float = 0.0000421
    # system RAM: sustained fraction of its bandwidth when the CPU reads weights. source:
    # reference §7.1 (constants.DECODE_EFFICIENCY_CPU); the rows rarely say the RAM's speed,
    # so it is not fitted
    ram_efficiency: float = DECODE_EFFICIENCY_CPU
    # one GPU<->CPU hand-off per token when some layers (or the output) run on the CPU
    host_boundary_s: float = 0.00149
    # attention on the CPU (a cache in RAM): time per cache byte, relative to reading it
    cpu_attention: float = 2.78
    # -nkvo: a round trip to the CPU per GPU layer whose cache is in RAM
    cpu_attention_layer_s: float = 0.000111
    # prefill: sustained fraction of FP16 tensor throughput (float weights; quantized weights
    # on GPUs without integer matrix units, e.g. Apple's)
    prefill_mfu_float: float = 0.530
    prefill_mfu_quant: float = 0.618
    # prefill with quantized weights on NVIDIA/AMD: operations per compute unit per clock
    prefill_ops_per_unit_clock: float = 369.0
    # the range shown: estimate x low to estimate x high, the 10th-90th percentile of the fit
    # rows' measured / estimated
    range_gpu: tuple[float, float] = (0.845, 1.144)
    # with system RAM taking part: its speed is rarely known (dual-channel DDR4-2666 to
    # DDR5-6000 is 0.8x-1.9x the default 51.2 GB/s). source: assumption, wider than the
    # spread of the fit's few partial-offload rows (0.91-1.09)
    range_cpu: tuple[float, float] = (0.70, 1.40)

    def __post_init__(self) -> None:
        if len(self.unpack_cycles) != 7:
            raise ValueError(f"unpack_cycles needs 7 classes, got {len(self.unpack_cycles)}")

    def efficiency_of(self, memory_type: str) -> float:
        for name, eff in self.efficiency:
            if name == memory_type:
                return eff
        return self.efficiency_unknown


FITTED = SpeedConstants()


@dataclass(frozen=True, slots=True)
class SpeedInputs:
    """What the speed depends on beyond the estimate and the hardware: the expected prompt
    (None: half the context), the answer length, whether CUDA graphs apply (None: decided
    from the hardware: one NVIDIA GPU, batch 1, everything on it) and whether tokens are
    sampled."""

    prompt_tokens: int | None = None
    generated_tokens: int = DEFAULT_GENERATED_TOKENS
    cuda_graphs: bool | None = None
    # whether each token is sampled from the logits (a chat does; llama-bench does not)
    sampling: bool = True

    def __post_init__(self) -> None:
        # the user's values are checked as options (Workload, RunSettings); these are the
        # callers' own
        if self.prompt_tokens is not None and self.prompt_tokens < 0:
            raise ValueError(f"prompt_tokens must not be negative, got {self.prompt_tokens}")
        if self.generated_tokens < 0:
            raise ValueError(f"generated_tokens must not be negative, got {self.generated_tokens}")


@dataclass(frozen=True, slots=True)
class Speed:
    """Expected decode and prefill speed, with the assumptions used (as note codes), and the
    likely range of the decode speed (``decode_low_tokens_per_s`` to
    ``decode_high_tokens_per_s``; 0 when not computed)."""

    decode_tokens_per_s: float
    prefill_tokens_per_s: float | None
    assumptions: tuple[Note, ...]
    decode_low_tokens_per_s: float = 0.0
    decode_high_tokens_per_s: float = 0.0

    def scaled(self, factor: float, note: Note) -> Speed:
        """The speed divided by ``factor`` (range too), with one more assumption."""
        return Speed(
            self.decode_tokens_per_s / factor,
            self.prefill_tokens_per_s,
            (*self.assumptions, note),
            self.decode_low_tokens_per_s / factor,
            self.decode_high_tokens_per_s / factor,
        )


@functools.lru_cache(maxsize=256)
def _unpack_class(format_id: str) -> int:
    """The unpacking class of a weight format's main type (a file's own mix: by its name)."""
    try:
        fmt = parse_weight_format(format_id)
    except SpecError:
        return _K  # an unnamed mix (a GGUF file): as a K-quant
    if fmt.ggml_type:
        return _TYPE_CLASS.get(fmt.ggml_type.upper(), _K)
    bits = fmt.bits or round(fmt.bpw)
    # torch-side formats: 4-bit GPTQ/AWQ/NF4 kernels unpack like Q4_0; 8-bit and floats do not
    return _SIMPLE if 0 < bits < 8 else _FLOAT


def _compute_hz(g: GpuDevice) -> float:
    """Compute units x clock; from the FP16 tensor rate at GeForce's 512 FLOP/clock/SM when
    the catalog does not give them. source: NVIDIA Ampere/Ada whitepapers (GeForce dense FP16
    with FP32 accumulate: 512 FLOP per clock per SM)"""
    if g.compute_units and g.clock_mhz:
        return g.compute_units * g.clock_mhz * 1e6
    return g.fp16_flops_per_s / 512 if g.fp16_flops_per_s else 0.0


def _graphs(est: Estimate, hw: Hardware, inputs: SpeedInputs) -> bool:
    if inputs.cuda_graphs is not None:
        return inputs.cuda_graphs
    wl = est.workload
    # source: llama.cpp ggml-cuda.cu (CUDA graphs: one device, batch size 1, no split
    # to the CPU; Volta and Turing too since PR #25749)
    return (
        wl.runtime == "llama.cpp"
        and est.n_gpus == 1
        and len(hw.gpus) >= 1
        and hw.gpus[0].vendor == "NVIDIA"
        and wl.batch == 1
        and wl.kv_offload
        and est.gpu_layers >= est.model.n_layers + 1
    )


def _say(notes: list[Note] | None, code: str, **params: float | str) -> None:
    """Add an assumption; ``notes`` None ranks placements without wording them (cheaper)."""
    if notes is not None:
        notes.append(_note(code, tuple(params.items())))


@functools.lru_cache(maxsize=4096)
def _note(code: str, params: tuple[tuple[str, float | str], ...]) -> Note:
    # the same GPU, layers and fill repeat across a table's cells: check each note once
    return Note(code, params)


def _kv_bytes(est: Estimate) -> dict[str, int]:
    kv: dict[str, int] = {}
    for t in est.terms:
        if t.name == KV_CACHE:
            kv[t.device] = kv.get(t.device, 0) + t.bytes
    return kv


class _Decode(NamedTuple):
    """What one placement's decode reads and where (built once per estimate)."""

    fill: float  # share of the allocated cache that is filled, on average
    attn: float  # attention's cost per cache byte, relative to reading it
    cycles: float  # unpacking cycles per weight of the format's class
    kv: dict[str, int]  # allocated cache bytes per device
    weights_read: dict[str, int]  # weight bytes read per token per device
    weights_per_byte: float
    gpu_layers: int  # repeating layers on the GPUs


def _decode(est: Estimate, hw: Hardware, inputs: SpeedInputs, c: SpeedConstants) -> _Decode:
    wl = est.workload
    ctx = max(wl.context_tokens, 1)
    prompt = ctx // 2 if inputs.prompt_tokens is None else min(inputs.prompt_tokens, ctx)
    fill = min(prompt + inputs.generated_tokens / 2, ctx) / ctx
    attn = c.attention_fa if wl.flash_attention != "off" else c.attention_no_fa
    if _quantized_kv(est):
        attn *= c.attention_quantized_kv
    kv = _kv_bytes(est)
    # the runtimes count half the allocated cache in each device's reads: take it out, the
    # attention term reads the cache actually filled
    weights_read = {d: max(n - kv.get(d, 0) // 2, 0) for d, n in est.read_bytes_per_token if n > 0}
    n_layers = est.model.n_layers
    gpu_layers = 0
    if est.n_gpus and hw.gpus:
        gpu_layers = n_layers if est.gpu_layers > n_layers else max(est.gpu_layers - 1, 0)
    return _Decode(
        fill=fill,
        attn=attn,
        cycles=c.unpack_cycles[_unpack_class(est.weights_format)],
        kv=kv,
        weights_read=weights_read,
        weights_per_byte=est.params_active / (sum(weights_read.values()) or 1),
        gpu_layers=gpu_layers,
    )


def _quantized_kv(est: Estimate) -> bool:
    wl = est.workload
    floats = (None, "f16", "bf16", "f32")
    return wl.kv_cache_type not in floats or wl.kv_cache_type_v not in floats


def _row_split(est: Estimate, hw: Hardware) -> bool:
    """Whether llama.cpp splits every weight matrix by rows over several GPUs (``-sm row``).
    Not for a mixture of experts: its expert matrices cannot be split (ggml-cuda.cu
    ggml_cuda_mul_mat_id asserts "mul_mat_id does not support split buffers"), so they fall back
    to the main GPU, a placement the memory model does not follow: its speed stays a layer
    split's."""
    wl = est.workload
    several = min(est.n_gpus, len(hw.gpus)) > 1
    dense = not est.model.n_experts
    return wl.runtime == "llama.cpp" and wl.split_mode == "row" and several and dense


def _row_placement(est: Estimate, hw: Hardware, d: _Decode) -> _Decode:
    """Row split: the GPUs' weights re-spread over the GPUs by their memory (llama.cpp's
    default split is by free memory), the cache all on the main GPU. source: llama.cpp
    src/llama-model.cpp make_gpu_buft_list (LLAMA_SPLIT_MODE_ROW puts the weights of every
    GPU layer in the backend's split buffer type, whose matrices ggml-cuda.cu
    ggml_backend_cuda_split_buffer_init_tensor cuts by rows per tensor_split; the layers
    themselves, and with them their KV cache, belong to the main GPU)."""
    gpus = [f"gpu{i}" for i in range(min(est.n_gpus, len(hw.gpus)))]
    weights = sum(w for dev, w in d.weights_read.items() if dev != DEVICE_RAM)
    cache = sum(n for dev, n in d.kv.items() if dev != DEVICE_RAM)
    memory = [hw.gpus[i].free_bytes or hw.gpus[i].total_bytes for i in range(len(gpus))]
    read = {dev: round(weights * m / sum(memory)) for dev, m in zip(gpus, memory, strict=True)}
    kv = {gpus[0]: cache}
    if DEVICE_RAM in d.weights_read:
        read[DEVICE_RAM] = d.weights_read[DEVICE_RAM]
    if DEVICE_RAM in d.kv:
        kv[DEVICE_RAM] = d.kv[DEVICE_RAM]
    return d._replace(weights_read=read, kv=kv)


def _device_seconds(
    est: Estimate,
    hw: Hardware,
    d: _Decode,
    c: SpeedConstants,
    notes: list[Note] | None,
    parallel: bool = False,
) -> float:
    """Each device's weights and filled cache at its memory's sustained rate (a GPU's weights
    at its unpacking rate when that is slower). ``parallel`` (row split): the GPUs read their
    weights at once, so the slowest one's counts, and attention runs after it."""
    seconds = 0.0
    slowest = 0.0
    for dev, w in d.weights_read.items():
        kv_read = d.kv.get(dev, 0) * d.fill
        if dev == DEVICE_RAM:
            bw = hw.ram_bandwidth_bytes_per_s or DEFAULT_RAM_BANDWIDTH
            eff = c.ram_efficiency * (c.moe_efficiency if est.model.n_experts else 1.0)
            # the CPU runs attention over a cache in RAM: its own cost per byte
            seconds += (w + kv_read * c.cpu_attention) / (bw * eff)
            _say(notes, "speed.ram", bandwidth_bps=bw, efficiency_fraction=c.ram_efficiency)
            continue
        i = int(dev[3:])
        g = hw.gpus[i] if i < len(hw.gpus) else None
        bw = (g.bandwidth_bytes_per_s if g else 0) or DEFAULT_GPU_BANDWIDTH
        eff = c.efficiency_of(g.memory_type if g else "")
        if est.model.n_experts:
            eff *= c.moe_efficiency
        rate = bw * eff
        hz = _compute_hz(g) if g else 0.0
        t_unpack = w * d.weights_per_byte * d.cycles / hz if hz else 0.0
        name = g.name if g else dev
        _say(notes, "speed.gpu", gpu=name, bandwidth_bps=bw, efficiency_fraction=eff)
        if t_unpack > w / rate:
            _say(notes, "speed.unpack_bound", gpu=name, format=est.weights_format)
        if parallel:
            slowest = max(slowest, max(w / rate, t_unpack))
            seconds += kv_read * d.attn / rate
        else:
            seconds += max(w / rate, t_unpack) + kv_read * d.attn / rate
    return seconds + slowest


def _fixed_seconds(
    est: Estimate, hw: Hardware, inputs: SpeedInputs, d: _Decode, c: SpeedConstants
) -> tuple[float, bool]:
    """Launches per layer (fewer with CUDA graphs), per token, and sampling over the
    vocabulary; whether graphs apply."""
    graphs = _graphs(est, hw, inputs)
    cpu_layers = est.model.n_layers - d.gpu_layers
    seconds = c.token_s + d.gpu_layers * (c.layer_graphs_s if graphs else c.layer_s)
    if inputs.sampling:
        seconds += est.model.vocab_size * c.sampling_s_per_vocab
    return seconds + cpu_layers * c.layer_s, graphs


def speed_of(
    est: Estimate,
    hw: Hardware,
    inputs: SpeedInputs = SpeedInputs(),
    *,
    disk_bytes: int = 0,
    c: SpeedConstants = FITTED,
    detail: bool = True,
) -> Speed:
    """Decode and prefill speed of the placement ``est`` on ``hw``. ``detail`` False gives the
    decode speed and its range alone, without assumptions or prefill (ranking placements)."""
    wl = est.workload
    d = _decode(est, hw, inputs, c)
    notes: list[Note] | None = [] if detail else None
    row = _row_split(est, hw)
    if row:
        d = _row_placement(est, hw, d)
    seconds = _device_seconds(est, hw, d, c, notes, parallel=row)
    on_cpu = DEVICE_RAM in d.weights_read
    if row:
        peers = min(est.n_gpus, len(hw.gpus)) - 1
        seconds += d.gpu_layers * (c.row_sync_s * math.log2(peers + 1) + peers * c.row_peer_s)
        _say(notes, "speed.row_split", layers=d.gpu_layers, gpus=peers + 1)
    elif est.n_gpus > 1:
        seconds += (est.n_gpus - 1) * c.gpu_boundary_s
        _say(notes, "speed.gpu_boundaries", boundaries=est.n_gpus - 1)
    if on_cpu and est.n_gpus:
        seconds += c.host_boundary_s
        if not wl.kv_offload and d.gpu_layers:
            seconds += d.gpu_layers * c.cpu_attention_layer_s
            _say(notes, "speed.cpu_attention", layers=d.gpu_layers)
    if disk_bytes:
        disk = hw.disk_read_bytes_per_s or DEFAULT_DISK_READ_BANDWIDTH
        seconds += disk_bytes / disk
        _say(notes, "speed.disk", streamed_bytes=disk_bytes, disk_bps=disk)
    fixed, graphs = _fixed_seconds(est, hw, inputs, d, c)
    seconds += fixed
    decode = 1.0 / seconds
    lo, hi = c.range_cpu if (on_cpu or disk_bytes) else c.range_gpu
    if notes is None:
        return Speed(decode, None, (), decode * lo, decode * hi)
    code = "speed.layer_cost_graphs" if graphs else "speed.layer_cost"
    _say(notes, code, layers=est.model.n_layers, fixed_us=round(fixed * 1e6))
    if d.kv:
        filled = round(d.fill * max(wl.context_tokens, 1))
        _say(notes, "speed.cache_filled", filled_tokens=filled)
        if wl.flash_attention == "off":
            _say(notes, "speed.flash_attention_off", extra_fraction=d.attn - 1)
        if _quantized_kv(est):
            _say(notes, "speed.kv_dequant")
    _say(notes, "speed.range", low_tps=decode * lo, high_tps=decode * hi)
    cls = _unpack_class(est.weights_format)
    prefill = _prefill(est, hw, cls, c, d.weights_read, notes)
    return Speed(decode, prefill, tuple(notes), decode * lo, decode * hi)


def _prefill(
    est: Estimate,
    hw: Hardware,
    cls: int,
    c: SpeedConstants,
    weights_read: dict[str, int],
    notes: list[Note],
) -> float | None:
    """Prompt tokens per second: each GPU's share of the FLOPs at its sustained rate, one GPU
    after the other (layer split), plus the CPU layers' weights crossing PCIe per micro-batch."""
    flops_per_token = 2 * max(est.params_active, 1)
    total = sum(weights_read.values()) or 1
    gpus = [(d, n) for d, n in weights_read.items() if d != DEVICE_RAM]
    if not gpus or not hw.gpus:
        if not hw.cpu_flops_per_s:
            return None
        # the CPU's prompt speed is not part of the fit: the reference's share of its peak
        mfu = PREFILL_MFU
        tflops = round(hw.cpu_flops_per_s / 1e12)
        _say(notes, "speed.prefill", mfu_fraction=mfu, compute_tflops=tflops)
        return mfu * hw.cpu_flops_per_s / flops_per_token
    seconds = 0.0
    peak, share = 0, 0.0
    for dev, n in gpus:
        i = int(dev[3:])
        if i >= len(hw.gpus) or not hw.gpus[i].fp16_flops_per_s:
            return None
        g = hw.gpus[i]
        hz = _compute_hz(g)
        if cls == _FLOAT:
            rate = g.fp16_flops_per_s * c.prefill_mfu_float
        elif g.vendor in ("NVIDIA", "AMD") and hz:
            # quantized weights run on integer matrix kernels: they scale with the compute
            # units and clock, not with the FP16 tensor rate (4x apart between GeForce and A100)
            rate = hz * c.prefill_ops_per_unit_clock
        else:
            rate = g.fp16_flops_per_s * c.prefill_mfu_quant
        if not peak:  # the note gives the first GPU's sustained share of its FP16 peak
            peak, share = g.fp16_flops_per_s, rate / g.fp16_flops_per_s
        seconds += flops_per_token * (n / total) / rate
    # every weight in RAM crosses PCIe per micro-batch, all experts included (decode reads only
    # the active ones; the estimate says how many bytes that is)
    seconds += est.prompt_stream_bytes / PCIE_STREAM_BYTES_PER_S / PREFILL_UBATCH_TOKENS
    if est.prompt_stream_bytes:
        _say(notes, "speed.prompt_stream", stream_bytes=est.prompt_stream_bytes,
             pcie_bps=PCIE_STREAM_BYTES_PER_S, tokens=PREFILL_UBATCH_TOKENS)  # fmt: skip
    _say(notes, "speed.prefill", mfu_fraction=share, compute_tflops=round(peak / 1e12))
    return 1.0 / seconds
