"""Byte units. Every byte count in the core is an ``int``; display conversion lives in ui/cli."""

from __future__ import annotations

__all__ = ["GB", "GIB", "KIB", "MB", "MIB", "format_bytes"]

KIB = 1 << 10
MIB = 1 << 20
GIB = 1 << 30
MB = 10**6
GB = 10**9


def format_bytes(n_bytes: int, *, binary: bool = False, digits: int = 2) -> str:
    """Render a byte count as ``'4.58 GiB'`` (binary) or ``'4.92 GB'`` (decimal)."""
    if binary:
        for unit, size in (("GiB", GIB), ("MiB", MIB), ("KiB", KIB)):
            if abs(n_bytes) >= size:
                return f"{n_bytes / size:.{digits}f} {unit}"
    else:
        for unit, size in (("GB", GB), ("MB", MB), ("kB", 1000)):
            if abs(n_bytes) >= size:
                return f"{n_bytes / size:.{digits}f} {unit}"
    return f"{n_bytes} B"
