"""Helpers shared by the tests (and the benchmarks' fake NVML): import as ``tests._support.x``."""
