"""The codes of every note the hardware layer writes; their sentences are in app.present.hardware.

A front end selects notes by these constants (the window shortens some of them), never by their
English. Parameters: ``gpu`` is a label such as ``GPU 0 (RTX 4090)``, ``reason`` and ``error``
are what the driver or the operating system said, ``device`` names a non-NVIDIA adapter.
"""

from __future__ import annotations

from vramscope.core.notes import Note

__all__ = ["CODES", "NO_GPU_CODES", "PARAMS", "file_note", "gpu_label", "note_json"]

# Every code with the parameters its sentence takes: a note read from a file must match, so a
# hostile file cannot name a code the presenter has no sentence for, or leave a parameter out.
PARAMS: dict[str, tuple[str, ...]] = {}


def _code(code: str, *params: str) -> str:
    PARAMS[code] = params
    return code


# -- planning for hardware the user describes (fake.py) ---------------------------------------
DESCRIBED = _code("hardware.described")
NO_GPU_GIVEN = _code("hardware.no_gpu_given")
GPUS_GIVEN = _code("hardware.gpus_given")
# --gpu with --free-vram: the GPUs as given, with that much of each free
GPUS_GIVEN_FREE = _code("hardware.gpus_given_free")
# --gpu / the window's dialog (app.session.HardwareOptions): a name several catalog GPUs share
# means the catalog's default variant; a name the catalog lacks, given with a size, has no
# known bandwidth. ``query`` is the name as typed, ``gpu`` the GPU planned for, ``others`` the
# other matches' names.
GPU_VARIANT_CHOSEN = _code("hardware.gpu_variant_chosen", "query", "gpu", "others")
GPU_NOT_IN_CATALOG = _code("hardware.gpu_not_in_catalog", "gpu", "bandwidth_bps")
# A note read from a hardware file as written there (``vramscope hardware --json`` prints
# sentences): it is shown as it is, in the language it was saved in.
FILE_TEXT = _code("hardware.file_text", "text")
# Which RAM bandwidth the speed estimate uses (probe.py, the CLI, the window): from the memory
# type, speed and channels the firmware lists, Apple Silicon's published figure, a measured copy
# (the window's "Measure RAM speed"), --ram-bandwidth, or the default when nothing is known.
RAM_SPEED_FROM_TYPE = _code(
    "hardware.ram_speed_from_type", "memory_type", "speed_mts", "channels", "bandwidth_bps"
)
RAM_SPEED_CHIP = _code("hardware.ram_speed_chip", "chip")
RAM_SPEED_MEASURED = _code("hardware.ram_speed_measured", "measured_bps")
RAM_SPEED_GIVEN = _code("hardware.ram_speed_given", "bandwidth_bps")
RAM_SPEED_DEFAULT = _code("hardware.ram_speed_default", "bandwidth_bps")
RAM_SPEED_CODES = frozenset(
    {RAM_SPEED_FROM_TYPE, RAM_SPEED_CHIP, RAM_SPEED_MEASURED, RAM_SPEED_GIVEN, RAM_SPEED_DEFAULT}
)
DETECTION_FAILED = _code("hardware.detection_failed", "error")

# -- NVML (nvml.py): why no GPU is planned for; NvmlUnavailableError.cause is the suffix ------
NVML_CAUSES: dict[str, tuple[str, ...]] = {
    "not_installed": ("reason",),
    "no_driver": (),
    "driver_not_loaded": (),
    "version_mismatch": (),
    "no_permission": (),
    "query_failed": ("reason",),
    "no_gpus": (),
}
for _cause, _params in NVML_CAUSES.items():
    # The probe plans without a GPU; a measurement still records RAM: two sentences each.
    _code(f"nvml.{_cause}", *_params)
    _code(f"measure.nvml.{_cause}", *_params)
NVML_NO_USABLE_GPU = _code("nvml.no_usable_gpu")
NVML_NO_USABLE_GPU_LEFT = _code("nvml.no_usable_gpu_left")
# -- NVML: one GPU -----------------------------------------------------------------------------
# NVML did not answer within probe.NVML_TIMEOUT_S: GPUs come in when it does.
NVML_SLOW = _code("nvml.slow", "wait_s")
GPU_LOST = _code("nvml.gpu_lost", "gpu", "reason")
GPU_NO_MEMORY_SIZE = _code("nvml.no_memory_size", "gpu", "reason")
GPU_MIG = _code("nvml.mig", "gpu")
GPU_DISPLAY = _code("nvml.display", "gpu")
GPU_PROCESSES_DENIED = _code("nvml.processes_denied", "gpu")

# -- the host (host.py) ------------------------------------------------------------------------
INTEGRATED_GPU = _code("host.integrated_gpu", "device")
INTEGRATED_GPU_BESIDE_NVIDIA = _code("host.integrated_gpu_beside_nvidia", "device")
OTHER_GPU = _code("host.other_gpu", "device")
WINDOWS_SPILL = _code("host.windows_spill")
WSL = _code("host.wsl")
APPLE_UNIFIED = _code("host.apple_unified", "share_gib")

# -- measuring a run (sampler.py) --------------------------------------------------------------
MEASURE_NVML_FAILED = _code("measure.nvml_failed", "error")
MEASURE_NVML_STOPPED = _code("measure.nvml_stopped", "at_s")
MEASURE_GPU_READ_FAILED = _code("measure.gpu_read_failed", "error")
MEASURE_GPU_GONE = _code("measure.gpu_gone", "gpu", "at_s")
MEASURE_GPU_APPEARED = _code("measure.gpu_appeared", "gpu", "at_s")
MEASURE_GPU_CHANGED = _code("measure.gpu_changed", "index", "gpu", "at_s")
MEASURE_GPU_USED_UNKNOWN = _code("measure.gpu_used_unknown", "gpu", "reason")
MEASURE_GPU_DISPLAY = _code("measure.gpu_display", "gpu")
MEASURE_GPU_PROCESSES_UNKNOWN = _code("measure.gpu_processes_unknown", "gpu", "reason")
MEASURE_GPU_PROCESS_BYTES_UNKNOWN = _code("measure.gpu_process_bytes_unknown", "gpu")
MEASURE_RAM_FAILED = _code("measure.ram_failed", "error")
MEASURE_RSS_DENIED = _code("measure.rss_denied", "process")
MEASURE_RSS_FAILED = _code("measure.rss_failed", "process", "error")
MEASURE_PROCESS_EXITED = _code("measure.process_exited", "process", "at_s")
MEASURE_PROCESS_LIST_FAILED = _code("measure.process_list_failed", "error")
MEASURE_TOO_MANY_PROCESSES = _code("measure.too_many_processes", "count", "limit")
MEASURE_MORE_NOTES = _code("measure.more_notes")
MEASURE_THREAD_HUNG = _code("measure.thread_hung", "wait_s")
MEASURE_SAMPLE_FAILED = _code("measure.sample_failed", "error")
MEASURE_STOPPED_EARLY = _code("measure.stopped_early", "error")
# A note of a recording saved before notes were codes: shown as written.
MEASURE_TEXT = _code("measure.file_text", "text")
# Recording.save thinned the samples so the file stays under recording.MAX_RECORDING_BYTES.
MEASURE_THINNED_ON_SAVE = _code("measure.thinned_on_save", "kept", "total")

# Notes that already say the plan has no GPU (a hardware file that has one needs no other).
NO_GPU_CODES = frozenset(
    {NO_GPU_GIVEN, NVML_NO_USABLE_GPU, NVML_NO_USABLE_GPU_LEFT, DETECTION_FAILED}
    | {f"nvml.{cause}" for cause in NVML_CAUSES}
)
CODES = frozenset(PARAMS)


def gpu_label(index: int, name: str | None) -> str:
    """``GPU 0 (RTX 4090)``: how every note names a GPU."""
    return f"GPU {index} ({name})" if name else f"GPU {index}"


def file_note(item: object) -> Note | None:
    """A note as a hardware file or a recording holds it (``{"code", "params"}``, a code this
    layer writes with exactly its parameters); None for anything else."""
    if isinstance(item, dict):
        code, params = item.get("code"), item.get("params", {})
        if not isinstance(code, str) or code not in PARAMS or not isinstance(params, dict):
            return None
        if set(params) != set(PARAMS[code]) or not all(map(_fits, params.values())):
            return None
        try:
            return Note(code, tuple(params.items()))
        except ValueError:
            return None
    return None


# A parameter a file may hold: a short text or a number a sentence can show. Longer texts or
# numbers beyond a float (10**400) are no note this layer writes (names are clipped on save).
_MAX_PARAM_CHARS = 4096
_MAX_PARAM_NUMBER = 1 << 62


def _fits(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return len(value) <= _MAX_PARAM_CHARS
    if isinstance(value, int | float):
        return abs(value) <= _MAX_PARAM_NUMBER  # False for NaN too
    return False


def note_json(note: Note) -> dict[str, object]:
    """The file form of a note (``file_note`` reads it back): a long text (a driver's error
    message) is clipped and a number beyond the bound is capped, so what is saved loads."""
    return {"code": note.code, "params": {k: _clip(v) for k, v in note.params}}


def _clip(value: str | int | float) -> str | int | float:
    if isinstance(value, str):
        return value[: _MAX_PARAM_CHARS - 3] + "..." if len(value) > _MAX_PARAM_CHARS else value
    if isinstance(value, int):
        return max(-_MAX_PARAM_NUMBER, min(_MAX_PARAM_NUMBER, value))
    return value if abs(value) <= _MAX_PARAM_NUMBER else float(_MAX_PARAM_NUMBER)
