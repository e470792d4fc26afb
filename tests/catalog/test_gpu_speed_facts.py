"""The catalog's facts for the speed model (issue 13): every GPU's memory technology, and the
compute units and clock that weight unpacking scales with."""

from __future__ import annotations

from vramscope.catalog.gpus import find_gpu, gpu_with_speed_facts, load_gpus
from vramscope.core import GIB, GpuDevice
from vramscope.core.speed import MEMORY_TYPES


def test_every_gpu_names_a_memory_technology_the_speed_model_knows() -> None:
    for g in load_gpus():
        assert g.memory_type in MEMORY_TYPES, g.gpu_id


def test_gpus_carry_compute_units_and_clock() -> None:
    missing = [g.gpu_id for g in load_gpus() if not (g.compute_units and g.boost_clock_mhz)]
    # DGX Spark: NVIDIA publishes neither its SM count nor its clock
    assert missing == ["dgx-spark"]
    # source: NVIDIA Ada Lovelace whitepaper, Table 1 (RTX 4090: 128 SMs, 2520 MHz boost)
    rtx4090 = find_gpu("RTX 4090")
    assert (rtx4090.compute_units, rtx4090.boost_clock_mhz) == (128, 2520)
    device = rtx4090.to_device()
    assert (device.memory_type, device.vendor) == ("GDDR6X", "NVIDIA")


def test_a_probed_gpu_takes_the_catalogs_speed_facts() -> None:
    probed = GpuDevice("NVIDIA GeForce RTX 3090", 24 * GIB, 20 * GIB, vendor="NVIDIA")
    filled = gpu_with_speed_facts(probed)
    assert (filled.memory_type, filled.compute_units, filled.clock_mhz) == ("GDDR6X", 82, 1695)
    assert filled.free_bytes == probed.free_bytes
    unknown = GpuDevice("Some Future GPU", 8 * GIB, 8 * GIB)
    assert gpu_with_speed_facts(unknown) == unknown
