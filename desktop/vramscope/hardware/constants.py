"""Empirical numbers the probe needs, each with where it comes from.

Nothing here is measured on the user's machine: these are the defaults and conversion factors used
when the machine cannot tell us (RAM bandwidth, disk speed) or to turn raw NVML readings into
bytes per second.
"""

from __future__ import annotations

__all__ = [
    "APPLE_GPU_SHARE_LARGE",
    "APPLE_GPU_SHARE_SMALL",
    "APPLE_GPU_SHARE_THRESHOLD_BYTES",
    "APPLE_RAM_BANDWIDTH_BYTES_PER_S",
    "DEFAULT_DISK_READ_BYTES_PER_S",
    "DEFAULT_RAM_BANDWIDTH_BYTES_PER_S",
    "GPU_BANDWIDTH_MAX_BYTES_PER_S",
    "GPU_BANDWIDTH_MIN_BYTES_PER_S",
    "NVML_MEMORY_DATA_RATE_FACTOR",
    "PCIE_LANE_BYTES_PER_S",
]

# NVML reports the memory clock (nvmlDeviceGetMaxClockInfo(NVML_CLOCK_MEM), nvidia-smi's
# clocks.max.memory) as half of the per-pin data rate, whatever the memory type, so peak
# bandwidth = bus_width_bits / 8 * clock_hz * 2 for GDDR5/5X/6/6X/7 and HBM2/2e/3 alike.
# source: nvidia-smi -q "Max Clocks / Memory" against the vendor's bandwidth figure:
#   RTX 5090  GDDR7  512-bit 14001 MHz -> 1792 GB/s (spec 1792 GB/s, 28 Gbps)
#   RTX 4090  GDDR6X 384-bit 10501 MHz -> 1008 GB/s (spec 1008 GB/s, 21 Gbps)
#   RTX 3090  GDDR6X 384-bit  9751 MHz ->  936 GB/s (spec  936 GB/s, 19.5 Gbps)
#   RTX 6000 Ada GDDR6 384-bit 10001 MHz -> 960 GB/s (spec 960 GB/s, 20 Gbps)
#   RTX 3060 Ti GDDR6 256-bit  7001 MHz ->  448 GB/s (spec  448 GB/s, 14 Gbps)
#   H100 SXM  HBM3  5120-bit  2619 MHz -> 3352 GB/s (spec 3.35 TB/s)
#   A100 SXM4 40GB HBM2 5120-bit 1215 MHz -> 1555 GB/s (spec 1555 GB/s)
# The same factor 2 is what CUDA's deviceQuery / bandwidthTest samples apply to
# cudaDeviceProp.memoryClockRate, which reports the same clock.
NVML_MEMORY_DATA_RATE_FACTOR = 2

# A computed bandwidth outside this range means a misreported clock or bus width (seen on
# virtualised and unified-memory devices); the catalog figure is used instead.
# source: the slowest CUDA-capable card still supported (GT 1030 DDR4, 16.8 GB/s) and the
# fastest shipping part (B200 HBM3e, 8 TB/s), each with a factor-of-two margin.
GPU_BANDWIDTH_MIN_BYTES_PER_S = 8_000_000_000
GPU_BANDWIDTH_MAX_BYTES_PER_S = 16_000_000_000_000


def _lane(gigatransfers_per_s: float, payload_bits: int, line_bits: int) -> int:
    return int(gigatransfers_per_s * 1e9 * payload_bits / line_bits / 8)


# Usable bytes per second per lane, one direction, after line encoding.
# source: PCI Express Base Specifications 1.0-6.0 (PCI-SIG): 2.5/5 GT/s with 8b/10b,
# 8/16/32 GT/s with 128b/130b, 64 GT/s PAM4 with 256-byte FLITs carrying 242 bytes of payload.
PCIE_LANE_BYTES_PER_S: dict[int, int] = {
    1: _lane(2.5, 8, 10),
    2: _lane(5.0, 8, 10),
    3: _lane(8.0, 128, 130),
    4: _lane(16.0, 128, 130),
    5: _lane(32.0, 128, 130),
    6: _lane(64.0, 242, 256),
}

# The probe cannot see the DIMM speed without root (dmidecode), so system RAM bandwidth is a
# default: dual-channel DDR4-3200, the commonest desktop and laptop configuration.
# source: JEDEC JESD79-4 DDR4-3200: 3200 MT/s x 8 bytes = 25.6 GB/s per channel, x 2 channels.
DEFAULT_RAM_BANDWIDTH_BYTES_PER_S = 51_200_000_000

# Apple Silicon default when the chip is not in the catalog: the slowest one (M1, 128-bit
# LPDDR4X-4266). source: Apple M1 technical specifications, "68.25 GB/s memory bandwidth".
APPLE_RAM_BANDWIDTH_BYTES_PER_S = 68_250_000_000

# macOS lets the GPU wire only part of unified memory (Metal's recommendedMaxWorkingSetSize).
# source: llama.cpp ggml-metal start-up logs: "recommendedMaxWorkingSetSize = 21845.34 MB" on
# 32 GiB Macs (2/3) and 49152.00 MB on 64 GiB Macs (3/4); the switch is above 36 GiB.
APPLE_GPU_SHARE_SMALL = (2, 3)
APPLE_GPU_SHARE_LARGE = (3, 4)
APPLE_GPU_SHARE_THRESHOLD_BYTES = 36 << 30

# Model files streamed from disk (mmap) when neither VRAM nor RAM holds them.
# source: Samsung 970 EVO Plus datasheet, 3,500 MB/s sequential read: a typical PCIe 3.0 x4
# NVMe drive, the commonest system drive in gaming PCs from 2019 on.
DEFAULT_DISK_READ_BYTES_PER_S = 3_500_000_000
