"""Measure a run live: GPU memory (per GPU and per program), RAM and process RSS over time.

The user presses Measure, loads a model in another program (llama-server, Ollama, LM Studio, a
Python script) and uses it. :class:`MemorySampler` reads NVML and psutil every ``interval_s`` on a
daemon thread; :meth:`MemorySampler.stop` returns a :class:`Recording`: the samples, the baseline
(the first sample, taken before the model loads) and the peak of every series, so "what the model
added" is the peak minus the baseline, as ``shared/calibration/measure.py`` computes
``nvml_peak - base``.

NVML is read through :class:`~.nvml.NvmlSession` (the one chokepoint), psutil through the
:class:`HostMemory` seam, so tests hand in fakes for both. Nothing raises out of the sampling
thread: a missing driver, a GPU lost mid-run or a process list that is not ours to read become
notes in the recording.

Series keys (:func:`series`, :meth:`Recording.peak`): ``"gpu"`` (used bytes summed over GPUs,
what DESIGN.md's ``peak_gpu_bytes`` is compared with), ``"gpu:N"`` (GPU N), ``"gpu:N:watched"``
(the watched programs' share of GPU N), ``"ram"`` (system RAM in use: total minus available),
``"rss"`` (resident memory of the watched programs, summed) and ``"rss:PID"``.

A saved recording is JSON (``format: "vramscope-recording"``, ``version: 1``); each sample is a
compact row, ``[t, ram_used_bytes, [[gpu_index, used_bytes, [[pid, used_bytes], ...] | null],
...], [[pid, rss_bytes], ...] | null]``, so a three-hour run at 20 Hz stays in tens of MB.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import math
import os
import re
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import psutil  # type: ignore[import-untyped,unused-ignore]

from .nvml import NvmlSession, NvmlUnavailableError, import_nvml
from .reading import GpuReading

__all__ = [
    "DEFAULT_INTERVAL_S",
    "RECORDING_FORMAT",
    "RECORDING_VERSION",
    "GpuInfo",
    "GpuSample",
    "HostMemory",
    "MemorySampler",
    "Peak",
    "ProcessInfo",
    "PsutilHost",
    "Recording",
    "RecordingFileError",
    "Sample",
    "load_recording",
    "peak_delta_bytes",
    "recording_from_json",
    "series",
]

RECORDING_FORMAT = "vramscope-recording"
RECORDING_VERSION = 1

# 20 Hz. llama.cpp, Ollama and vLLM allocate their weights, KV cache and compute buffers once and
# hold them, so their peak is a plateau that any rate catches; 50 ms also catches PyTorch's
# prefill activation peaks of long prompts (tens to hundreds of ms). measure.py sampled every
# 2 ms because it timed single short generate() calls on an H100, where peaks last milliseconds.
# source: shared/calibration/measure.py (Sampler, 2 ms); benchmarks/sampler_overhead.py (cost).
DEFAULT_INTERVAL_S = 0.05
# Below about 1 ms a sample (several NVML calls, a psutil read) costs more than the interval on a
# desktop CPU: the thread would spin. source: benchmarks/sampler_overhead.py.
_MIN_INTERVAL_S = 0.001
# Halving needs room for the pinned samples (baseline and peaks of each aggregate series).
_MIN_MAX_SAMPLES = 16
# Scanning every process (to find "llama-server" started after Measure was pressed, and children
# of a watched program such as Ollama's runner) reads /proc/*/stat: about 5-20 ms for 300-500
# processes, too much at 20 Hz. Once a second finds a new program before it has loaded much.
_PROCESS_RESCAN_S = 1.0
# "python" can match dozens of programs; the RSS of each is read every sample.
_MAX_WATCHED_PIDS = 64
# Names of watched programs kept for the recording (short-lived matches can churn through pids).
_MAX_PROCESS_NAMES = 4096
# A run that fails the same way every sample repeats one note; distinct notes are capped too.
_MAX_NOTES = 100
# stop() waits this long for a sample in flight (a first nvmlInit can take a second on Linux
# without persistence mode; a hung driver call never returns).
_JOIN_TIMEOUT_S = 5.0

# Hostile-file bounds. 200,000 one-GPU rows are about 10 MB; 8 GPUs with processes about 60 MB.
_MAX_FILE_BYTES = 128 << 20
_MAX_FILE_SAMPLES = 1_000_000
_MAX_FILE_GPUS = 64  # above any machine NVML can drive (NVML enumerates at most 64 devices)
_MAX_FILE_PROCESSES = 1024  # per GPU per sample, and watched programs per sample
_MAX_FILE_TEXT = 4096  # a note, a name, a label
_MAX_FILE_NOTES = 1000
# Any byte count above 2^62 (4 EiB) is corrupt; it also keeps sums far from overflow elsewhere.
_MAX_BYTES = 1 << 62
_MAX_PID = (1 << 32) - 1  # pids are 32-bit on Linux, macOS and Windows
_MAX_SECONDS = 1e10  # three centuries: any larger time or duration is corrupt
# to_json() hands tuples to json.dumps (written as arrays); a file read back has lists.
_SEQUENCES = (list, tuple)

_SAMPLE_LAYOUT = (
    "[t, ram_used_bytes, [[gpu_index, used_bytes, [[pid, used_bytes], ...] | null], ...], "
    "[[pid, rss_bytes], ...] | null]"
)
_KEY = re.compile(r"gpu|gpu:(\d+)|gpu:(\d+):watched|ram|rss|rss:(\d+)")
# Series that stay exact through downsampling: their first and highest samples are never dropped.
# Per-process RSS keys are left out: short-lived matching programs would pin samples forever.
_PINNED = re.compile(r"gpu|gpu:\d+|gpu:\d+:watched|ram|rss")


class RecordingFileError(ValueError):
    """A recording file that cannot be used; the message is one line naming the problem."""


# -- samples ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GpuSample:
    """One GPU at one moment.

    ``processes`` holds ``(pid, used_bytes)`` of the watched programs on this GPU; None when no
    program is watched or the driver cannot say (permission denied, Windows WDDM).
    """

    index: int
    used_bytes: int
    processes: tuple[tuple[int, int], ...] | None = None

    @property
    def watched_bytes(self) -> int | None:
        return None if self.processes is None else sum(b for _, b in self.processes)


@dataclass(frozen=True, slots=True)
class Sample:
    """Memory at ``t`` seconds after the first sample.

    ``ram_used_bytes`` is system RAM in use (total minus available), None when unreadable.
    ``rss_bytes`` holds ``(pid, rss)`` of the watched programs; None when none is watched.
    """

    t: float
    ram_used_bytes: int | None
    gpus: tuple[GpuSample, ...] = ()
    rss_bytes: tuple[tuple[int, int], ...] | None = None

    def gpu(self, index: int) -> GpuSample | None:
        for gpu in self.gpus:
            if gpu.index == index:
                return gpu
        return None

    @property
    def gpu_used_bytes(self) -> int | None:
        """Used bytes summed over GPUs (what nvidia-smi's rows add up to); None without GPUs."""
        return sum(g.used_bytes for g in self.gpus) if self.gpus else None

    @property
    def watched_rss_bytes(self) -> int | None:
        return None if self.rss_bytes is None else sum(b for _, b in self.rss_bytes)

    def values(self) -> dict[str, int]:
        """Every series value in this sample, by series key."""
        out: dict[str, int] = {}
        if self.gpus:
            out["gpu"] = sum(g.used_bytes for g in self.gpus)
        for g in self.gpus:
            out[f"gpu:{g.index}"] = g.used_bytes
            if g.processes is not None:
                out[f"gpu:{g.index}:watched"] = sum(b for _, b in g.processes)
        if self.ram_used_bytes is not None:
            out["ram"] = self.ram_used_bytes
        if self.rss_bytes is not None:
            out["rss"] = sum(b for _, b in self.rss_bytes)
            for pid, rss in self.rss_bytes:
                out[f"rss:{pid}"] = rss
        return out

    def value(self, key: str) -> int | None:
        """One series value without building :meth:`values` (the chart asks per point)."""
        match = _KEY.fullmatch(key)
        if match is None:
            return None
        gpu_index, watched_index, pid = match.groups()
        if key == "gpu":
            return self.gpu_used_bytes
        if key == "ram":
            return self.ram_used_bytes
        if key == "rss":
            return self.watched_rss_bytes
        if gpu_index is not None:
            gpu = self.gpu(int(gpu_index))
            return None if gpu is None else gpu.used_bytes
        if watched_index is not None:
            gpu = self.gpu(int(watched_index))
            return None if gpu is None else gpu.watched_bytes
        for p, rss in self.rss_bytes or ():
            if p == int(pid):
                return rss
        return None


@dataclass(frozen=True, slots=True)
class GpuInfo:
    """A GPU seen during the run (names and sizes are not repeated in every sample)."""

    index: int
    name: str
    uuid: str | None = None
    total_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class ProcessInfo:
    """A watched program seen during the run."""

    pid: int
    name: str | None


@dataclass(frozen=True, slots=True)
class Peak:
    """The highest value of one series, its first value (the baseline) and when it peaked."""

    key: str
    peak_bytes: int
    baseline_bytes: int
    t: float

    @property
    def delta_bytes(self) -> int:
        """What the run added on top of the baseline ("what the model added"); never negative."""
        return max(0, self.peak_bytes - self.baseline_bytes)


def _key_order(key: str) -> tuple[Any, ...]:
    # "gpu" < "gpu:0" < "gpu:0:watched" < "gpu:1" ... < "ram" < "rss" < "rss:12" < "rss:100"
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in key.split(":"))


def _peaks(samples: Sequence[Sample]) -> tuple[Peak, ...]:
    # The same keys as Sample.values(), unrolled: this runs over up to 200,000 samples when a
    # long run stops or a file loads, and building a dict per sample took three times as long.
    first: dict[str, int] = {}
    best: dict[str, tuple[int, float]] = {}
    gpu_keys: dict[int, tuple[str, str]] = {}

    def see(key: str, value: int, t: float) -> None:
        old = best.get(key)
        if old is None:
            first[key] = value
            best[key] = (value, t)
        elif value > old[0]:
            best[key] = (value, t)

    for sample in samples:
        t = sample.t
        if sample.gpus:
            total = 0
            for g in sample.gpus:
                keys = gpu_keys.get(g.index)
                if keys is None:
                    keys = gpu_keys[g.index] = (f"gpu:{g.index}", f"gpu:{g.index}:watched")
                total += g.used_bytes
                see(keys[0], g.used_bytes, t)
                if g.processes is not None:
                    see(keys[1], sum(b for _, b in g.processes), t)
            see("gpu", total, t)
        if sample.ram_used_bytes is not None:
            see("ram", sample.ram_used_bytes, t)
        if sample.rss_bytes is not None:
            see("rss", sum(b for _, b in sample.rss_bytes), t)
            for pid, rss in sample.rss_bytes:
                see(f"rss:{pid}", rss, t)
    return tuple(
        Peak(key=k, peak_bytes=best[k][0], baseline_bytes=first[k], t=best[k][1])
        for k in sorted(best, key=_key_order)
    )


@dataclass(frozen=True, slots=True)
class Recording:
    """A finished (or in-progress) measurement. ``peaks`` is computed from ``samples``.

    ``sample_count`` is how many samples were taken; ``samples`` may hold fewer after
    downsampling, but always the first sample (the baseline) and the highest sample of every
    aggregate series (``gpu``, ``gpu:N``, ``gpu:N:watched``, ``ram``, ``rss``).
    """

    samples: tuple[Sample, ...]
    gpus: tuple[GpuInfo, ...] = ()
    processes: tuple[ProcessInfo, ...] = ()
    notes: tuple[str, ...] = ()
    duration_s: float = 0.0
    interval_s: float = DEFAULT_INTERVAL_S
    sample_count: int = 0
    pids: tuple[int, ...] = ()
    process_name_filter: str | None = None
    started_at: str | None = None  # ISO 8601, UTC, wall clock: when the run was measured
    label: str = ""  # the setup the user names ("Llama-3.1-8B Q4_K_M, ctx 8192, llama.cpp")
    peaks: tuple[Peak, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        # Derived here, not stored by callers: a loaded file cannot claim a peak its samples lack.
        object.__setattr__(self, "peaks", _peaks(self.samples))

    @property
    def baseline(self) -> Sample | None:
        """The first sample: the machine before the measured program loaded its model."""
        return self.samples[0] if self.samples else None

    def peak(self, key: str) -> Peak | None:
        for p in self.peaks:
            if p.key == key:
                return p
        return None

    def gpu_peak(self, index: int | None = None) -> Peak | None:
        """GPU ``index``'s peak; None (the default) gives the peak of the sum over GPUs."""
        return self.peak("gpu" if index is None else f"gpu:{index}")

    @property
    def ram_peak(self) -> Peak | None:
        return self.peak("ram")

    @property
    def rss_peak(self) -> Peak | None:
        """Peak resident memory of the watched programs together (a CPU-only run's footprint)."""
        return self.peak("rss")

    @property
    def series_keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.peaks)

    def to_json(self) -> dict[str, Any]:
        """The file form (``save``). ``peaks`` is informational: it is recomputed when read."""
        return {
            "format": RECORDING_FORMAT,
            "version": RECORDING_VERSION,
            "started_at": self.started_at,
            "label": self.label,
            "duration_s": self.duration_s,
            "interval_s": self.interval_s,
            "sample_count": self.sample_count,
            "watch": {"pids": list(self.pids), "process_name_filter": self.process_name_filter},
            "gpus": [
                {"index": g.index, "name": g.name, "uuid": g.uuid, "total_bytes": g.total_bytes}
                for g in self.gpus
            ],
            "processes": [{"pid": p.pid, "name": p.name} for p in self.processes],
            "notes": list(self.notes),
            "peaks": {
                p.key: {
                    "peak_bytes": p.peak_bytes,
                    "baseline_bytes": p.baseline_bytes,
                    "delta_bytes": p.delta_bytes,
                    "t": p.t,
                }
                for p in self.peaks
            },
            "sample_layout": _SAMPLE_LAYOUT,
            "samples": [_sample_row(s) for s in self.samples],
        }

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the JSON file atomically (a crash mid-write leaves any old file intact)."""
        target = Path(path)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        text = json.dumps(self.to_json(), separators=(",", ":"), allow_nan=False)
        try:
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _sample_row(s: Sample) -> list[Any]:
    # Tuples are written as JSON arrays, and the reader accepts them too: no copying per pair.
    return [
        s.t,
        s.ram_used_bytes,
        [[g.index, g.used_bytes, g.processes] for g in s.gpus],
        s.rss_bytes,
    ]


# -- helpers for the window ------------------------------------------------------------------


def peak_delta_bytes(recording: Recording, gpu_index: int | None = None) -> int:
    """What the measured run added to GPU memory at its worst moment (peak minus baseline).

    ``gpu_index`` None sums over GPUs (peak of the sum, DESIGN.md's ``peak_gpu_bytes``); 0 when
    the recording has no GPU readings. Raises ValueError for a GPU the recording never saw.
    """
    if gpu_index is not None and all(g.index != gpu_index for g in recording.gpus):
        seen = ", ".join(str(g.index) for g in recording.gpus) or "none"
        raise ValueError(f"gpu_index {gpu_index} is not in this recording (GPUs: {seen})")
    peak = recording.gpu_peak(gpu_index)
    return 0 if peak is None else peak.delta_bytes


def series(recording: Recording, key: str) -> tuple[list[float], list[int]]:
    """``(times_s, bytes)`` of one series for plotting; samples without the value are skipped.

    Raises ValueError naming the keys the recording has when ``key`` is not one of them.
    """
    if key not in recording.series_keys:
        have = ", ".join(recording.series_keys) or "none"
        raise ValueError(f"series {key!r} is not in this recording (it has: {have})")
    times: list[float] = []
    values: list[int] = []
    for sample in recording.samples:
        value = sample.value(key)
        if value is not None:
            times.append(sample.t)
            values.append(value)
    return times, values


# -- the host seam ---------------------------------------------------------------------------


class HostMemory(Protocol):
    """What the sampler reads besides NVML; :class:`PsutilHost` is the real one."""

    def ram_used_bytes(self) -> int:
        """System RAM in use: total minus available."""
        ...

    def rss_bytes(self, pid: int) -> int | None:
        """Resident memory of ``pid``; None when it has exited. PermissionError when denied."""
        ...

    def processes(self) -> Iterable[tuple[int, int | None, str | None]]:
        """Every running process as ``(pid, parent pid, name)``; unknown fields None."""
        ...

    def process_name(self, pid: int) -> str | None: ...


class PsutilHost:
    """The machine through psutil. Keeps ``Process`` objects so each RSS read is one syscall."""

    def __init__(self) -> None:
        self._procs: dict[int, Any] = {}

    def ram_used_bytes(self) -> int:
        vm = psutil.virtual_memory()
        # "available" is what programs can still take without swapping on every OS; psutil's
        # "used" is defined differently on Linux, macOS and Windows.
        return int(vm.total) - int(vm.available)

    def rss_bytes(self, pid: int) -> int | None:
        try:
            proc = self._procs.get(pid)
            if proc is None:
                proc = self._procs[pid] = psutil.Process(pid)
            return int(proc.memory_info().rss)
        except psutil.NoSuchProcess:
            self._procs.pop(pid, None)
            return None
        except psutil.AccessDenied:
            raise PermissionError(f"permission denied reading process {pid}") from None

    def processes(self) -> list[tuple[int, int | None, str | None]]:
        # Fields psutil may not read (another user's process on Windows) come back as None.
        return [
            (int(p.info["pid"]), p.info.get("ppid"), p.info.get("name"))
            for p in psutil.process_iter(["pid", "ppid", "name"])
        ]

    def process_name(self, pid: int) -> str | None:
        try:
            return str(psutil.Process(pid).name()) or None
        except (psutil.Error, OSError):
            return None


def _normalise(name: str) -> str:
    # "LM Studio", "lm-studio" and "LM Studio.exe" all match "lmstudio".
    return "".join(c for c in name.casefold() if c.isalnum())


def _patterns(name_filter: str | None) -> tuple[str, ...]:
    if name_filter is None:
        return ()
    return tuple(p for p in (_normalise(part) for part in name_filter.split(",")) if p)


def _matches(name: str | None, patterns: tuple[str, ...]) -> bool:
    if not name or not patterns:
        return False
    normal = _normalise(name)
    return any(p in normal for p in patterns)


# The probe's NVML notes end in advice for planning; a measurement records RAM instead.
_PLANNING_ADVICE = re.compile(r"\s*[:;]\s*planning for CPU and RAM only\.$")


def _measuring(note: str) -> str:
    return _PLANNING_ADVICE.sub("; RAM is still measured.", note)


def _gpu_label(index: int, name: str | None) -> str:
    return f"GPU {index} ({name})" if name else f"GPU {index}"


# -- the collector: one sample at a time, no thread ------------------------------------------


class _Collector:
    """Takes samples and keeps them bounded. The thread is :class:`MemorySampler`'s business."""

    def __init__(
        self,
        *,
        nvml: object | None,
        host: HostMemory,
        interval_s: float,
        pids: tuple[int, ...],
        process_name_filter: str | None,
        clock: Callable[[], float],
        max_samples: int,
    ) -> None:
        self._nvml_module = nvml
        self._host = host
        self._interval_s = interval_s
        self._pids = pids
        self._name_filter = process_name_filter
        self._patterns = _patterns(process_name_filter)
        self._watching = bool(pids) or bool(self._patterns)
        self._clock = clock
        self._max = max_samples
        self._own_pid = os.getpid()
        self._lock = threading.Lock()
        # state below is touched by the sampling thread only, except where _lock is taken
        self._prepared = False
        self._session: NvmlSession | None = None
        self._readings: tuple[GpuReading, ...] = ()
        self._active: set[int] = set()
        self._watched: set[int] = set()
        self._gone: set[int] = set()
        self._last_scan: float | None = None
        # guarded by _lock
        self._t0: float | None = None
        self._started_at: str | None = None
        self._samples: list[Sample] = []
        self._latest: Sample | None = None
        self._count = 0
        self._stride = 1
        self._first: dict[str, Sample] = {}
        self._best: dict[str, tuple[int, Sample]] = {}
        self._notes: dict[str, None] = {}
        self._gpu_info: dict[int, GpuInfo] = {}
        self._names: dict[int, str | None] = {}

    # -- notes ------------------------------------------------------------------------------

    def note(self, text: str) -> None:
        with self._lock:
            if len(self._notes) < _MAX_NOTES:
                self._notes[text] = None
            elif len(self._notes) == _MAX_NOTES:
                self._notes["Further notes were left out."] = None

    # -- set-up -----------------------------------------------------------------------------

    def prepare(self) -> None:
        """Open NVML and list the GPUs (may take a second), before the first sample's clock."""
        if self._prepared:
            return
        self._prepared = True
        module = self._nvml_module
        if module is None:
            module, why = import_nvml()
            if module is None:
                why = _measuring(why or "NVML is not available.")
                self.note(f"GPU memory is not measured: {why}")
                return
        session = NvmlSession(module, process_name=self._host.process_name)
        try:
            readings, _ = session.read_gpus()
        except NvmlUnavailableError as err:
            session.close()
            self.note(f"GPU memory is not measured: {_measuring(str(err))}")
            return
        except Exception as err:  # a broken binding must not stop the RAM measurement
            session.close()
            self.note(f"GPU memory is not measured (NVML failed: {type(err).__name__}: {err}).")
            return
        self._session = session
        self._readings = readings
        self._track_gpus(readings, t=0.0)

    def close(self) -> None:
        if self._session is not None:
            # Nothing to release if the driver went away meanwhile; close() never raises.
            self._session.close()
            self._session = None

    # -- one sample -------------------------------------------------------------------------

    def sample_once(self) -> Sample:
        self.prepare()
        now = self._clock()
        with self._lock:
            if self._t0 is None:
                self._t0 = now
                self._started_at = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
            # 0.1 ms steps: finer than any interval allowed, and exact through JSON.
            t = round(max(0.0, now - self._t0), 4)
        gpus = self._read_gpus(t)
        ram = self._read_ram()
        rss = self._read_rss(now, t)
        sample = Sample(t=t, ram_used_bytes=ram, gpus=gpus, rss_bytes=rss)
        self._add(sample)
        return sample

    def _read_gpus(self, t: float) -> tuple[GpuSample, ...]:
        if self._session is None or not self._readings:
            return ()
        try:
            refreshed = self._session.refresh_gpus(self._readings)
            if refreshed is None:
                # The set of GPUs changed (one lost, hot-plugged or reordered): read them afresh.
                refreshed = self._session.read_gpus()
            readings = refreshed[0]
        except NvmlUnavailableError:
            readings = ()
            self.close()
            self.note(
                f"NVML stopped answering {t:.1f} s into the run: GPU readings stop there (the "
                "samples before are kept); RAM is still measured."
            )
        except Exception as err:  # the binding itself failed; try again next sample
            self.note(f"Reading the GPUs failed ({type(err).__name__}: {err}).")
            return ()
        self._track_gpus(readings, t)
        self._readings = readings
        return tuple(
            GpuSample(index=g.index, used_bytes=g.used_bytes, processes=self._gpu_processes(g))
            for g in readings
            if g.index is not None and g.used_bytes is not None
        )

    def _track_gpus(self, readings: Sequence[GpuReading], t: float) -> None:
        present = {g.index: g for g in readings if g.index is not None}
        for index in sorted(self._active - present.keys()):
            info = self._gpu_info.get(index)
            self.note(
                f"{_gpu_label(index, info.name if info else None)} stopped responding "
                f"{t:.1f} s into the run (lost, reset or removed); its earlier samples are kept."
            )
        self._active = set(present)
        for index, g in sorted(present.items()):
            label = _gpu_label(index, g.name)
            with self._lock:
                old = self._gpu_info.get(index)
                self._gpu_info[index] = GpuInfo(index, g.name, g.uuid, g.total_bytes)
            if old is None and t > 0:
                self.note(f"{label} appeared {t:.1f} s into the run.")
            elif old is not None and old.uuid != g.uuid:
                self.note(f"GPU {index} is a different card since {t:.1f} s into the run: {label}.")
            if g.used_bytes is None:
                self.note(f"{label}: its memory use cannot be read ({g.reason('used_bytes')}).")
            if g.display_active:
                self.note(
                    f"{label} drives a display: windows opening and closing change its memory "
                    "too, so the baseline subtraction is approximate."
                )
            if self._watching and g.processes is None:
                self.note(
                    f"{label}: the programs using its memory cannot be listed "
                    f"({g.reason('processes')}); only the GPU's total is measured."
                )

    def _gpu_processes(self, gpu: GpuReading) -> tuple[tuple[int, int], ...] | None:
        if not self._watching or gpu.processes is None:
            return None
        found: list[tuple[int, int]] = []
        for p in gpu.processes:
            own_match = p.pid != self._own_pid and _matches(p.name, self._patterns)
            if p.pid not in self._watched and p.pid not in self._pids and not own_match:
                continue
            if p.used_bytes is None:
                self.note(
                    f"{_gpu_label(gpu.index or 0, gpu.name)}: the driver does not say how much "
                    "memory each program holds (Windows does not report it); only the GPU's "
                    "total is measured."
                )
                return None
            self._remember(p.pid, p.name)
            found.append((p.pid, p.used_bytes))
        return tuple(sorted(found))

    def _read_ram(self) -> int | None:
        try:
            return int(self._host.ram_used_bytes())
        except Exception as err:
            self.note(f"System RAM cannot be read ({type(err).__name__}: {err}).")
            return None

    def _read_rss(self, now: float, t: float) -> tuple[tuple[int, int], ...] | None:
        if not self._watching:
            return None
        if self._last_scan is None or now - self._last_scan >= _PROCESS_RESCAN_S:
            self._last_scan = now
            self._rescan()
        out: list[tuple[int, int]] = []
        for pid in sorted(self._watched):
            try:
                rss = self._host.rss_bytes(pid)
            except PermissionError:
                self.note(
                    f"The memory of {self._describe(pid)} cannot be read (permission denied); "
                    "run VRAMScope as the same user or as administrator."
                )
                continue
            except Exception as err:
                self.note(f"The memory of {self._describe(pid)} cannot be read ({err}).")
                continue
            if rss is None:
                # Never watch this pid again: the system may hand it to an unrelated program.
                self._watched.discard(pid)
                self._gone.add(pid)
                self.note(f"{self._describe(pid)} exited {t:.1f} s into the run.")
                continue
            out.append((pid, int(rss)))
        return tuple(out)

    def _rescan(self) -> None:
        try:
            listed = list(self._host.processes())
        except Exception as err:
            self.note(
                f"The list of running programs cannot be read ({type(err).__name__}: {err}); "
                "only the given process ids are watched."
            )
            listed = []
        children: dict[int, list[int]] = {}
        names: dict[int, str | None] = {}
        roots = {pid for pid in self._pids if pid not in self._gone}
        for pid, ppid, name in listed:
            names[pid] = name
            if ppid is not None:
                children.setdefault(ppid, []).append(pid)
            # Our own process is left out of name matches: VRAMScope itself may be "python".
            if pid != self._own_pid and _matches(name, self._patterns):
                roots.add(pid)
        # Children count too: Ollama's server starts a runner process that holds the model.
        watched: set[int] = set()
        stack = sorted(roots)
        while stack:
            pid = stack.pop()
            if pid in watched or pid in self._gone:
                continue
            watched.add(pid)
            stack.extend(children.get(pid, ()))
        if len(watched) > _MAX_WATCHED_PIDS:
            self.note(
                f"{len(watched)} programs match; only the first {_MAX_WATCHED_PIDS} by process id "
                "are watched. Name the program more precisely."
            )
            watched = set(sorted(watched)[:_MAX_WATCHED_PIDS])
        self._watched = watched
        for pid in watched:
            self._remember(pid, names.get(pid))

    def _remember(self, pid: int, name: str | None) -> None:
        with self._lock:
            if pid in self._names:
                if name and not self._names[pid]:
                    self._names[pid] = name
            elif len(self._names) < _MAX_PROCESS_NAMES:
                self._names[pid] = name

    def _describe(self, pid: int) -> str:
        name = self._names.get(pid)
        return f"{name} (pid {pid})" if name else f"process {pid}"

    # -- bounded storage --------------------------------------------------------------------

    def _add(self, sample: Sample) -> None:
        with self._lock:
            self._count += 1
            self._latest = sample
            # After k halvings only every 2^k-th sample is stored, so density stays even.
            keep = (self._count - 1) % self._stride == 0
            for key, value in sample.values().items():
                if not _PINNED.fullmatch(key):
                    continue
                if key not in self._first:
                    self._first[key] = sample
                    keep = True
                best = self._best.get(key)
                if best is None or value > best[0]:
                    self._best[key] = (value, sample)
                    keep = True
            if keep:
                self._samples.append(sample)
            if len(self._samples) >= self._max:
                self._downsample()

    def _downsample(self) -> None:
        pinned = {id(s) for s in self._first.values()}
        pinned.update(id(s) for _, s in self._best.values())
        kept = [s for i, s in enumerate(self._samples) if i % 2 == 0 or id(s) in pinned]
        if len(kept) >= self._max:  # more pinned samples than room: keep only those
            kept = [s for i, s in enumerate(self._samples) if i == 0 or id(s) in pinned]
        self._samples = kept
        self._stride *= 2

    # -- results ----------------------------------------------------------------------------

    @property
    def latest(self) -> Sample | None:
        with self._lock:
            return self._latest

    def live_peaks(self) -> tuple[Peak, ...]:
        """Peaks of the aggregate series so far, from the running maxima: O(series), not O(n)."""
        with self._lock:
            return tuple(
                Peak(key=k, peak_bytes=v, baseline_bytes=self._first[k].values()[k], t=s.t)
                for k, (v, s) in sorted(self._best.items(), key=lambda kv: _key_order(kv[0]))
            )

    def recording(self) -> Recording:
        end = self._clock()
        with self._lock:
            duration = 0.0 if self._t0 is None else max(0.0, end - self._t0)
            if self._samples:
                duration = max(duration, self._samples[-1].t)
            return Recording(
                samples=tuple(self._samples),
                gpus=tuple(self._gpu_info[i] for i in sorted(self._gpu_info)),
                processes=tuple(ProcessInfo(p, n) for p, n in sorted(self._names.items())),
                notes=tuple(self._notes),
                duration_s=duration,
                interval_s=self._interval_s,
                sample_count=self._count,
                pids=self._pids,
                process_name_filter=self._name_filter,
                started_at=self._started_at,
            )


# -- the sampler -----------------------------------------------------------------------------


class MemorySampler:
    """Sample GPU memory, RAM and watched programs' RSS on a daemon thread until :meth:`stop`.

    Args:
        nvml: the NVML binding; None imports ``pynvml`` (a missing package becomes a note).
        interval_s: time between samples, at least 1 ms.
        pids: programs to watch (and their children).
        process_name_filter: watch programs whose name contains this, ignoring case, spaces and
            punctuation (``"llama-server"``, ``"ollama"``, ``"LM Studio"``); commas separate
            several names. VRAMScope's own process is never matched by name.
        clock: seconds, monotonic; tests pass a fake.
        max_samples: samples kept; beyond it every other one is dropped (peaks kept).
        host: RAM and process reads; None uses psutil (:class:`PsutilHost`).

    Thread-safe. One run per sampler: :meth:`start`, then :meth:`stop` (idempotent).

    Example:
        >>> with MemorySampler(process_name_filter="llama-server") as sampler:  # doctest: +SKIP
        ...     input("Load the model, run a prompt, then press Enter")
        >>> print(peak_delta_bytes(sampler.stop()))  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        nvml: object | None = None,
        interval_s: float = DEFAULT_INTERVAL_S,
        pids: Collection[int] | None = None,
        process_name_filter: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_samples: int = 200_000,
        host: HostMemory | None = None,
    ) -> None:
        if (
            isinstance(interval_s, bool)
            or not isinstance(interval_s, int | float)
            or not math.isfinite(interval_s)
            or interval_s < _MIN_INTERVAL_S
        ):
            raise ValueError(
                f"interval_s must be a number of seconds >= {_MIN_INTERVAL_S}, got {interval_s!r}"
            )
        if isinstance(max_samples, bool) or not isinstance(max_samples, int):
            raise ValueError(f"max_samples must be an integer, got {max_samples!r}")
        if max_samples < _MIN_MAX_SAMPLES:
            raise ValueError(f"max_samples must be at least {_MIN_MAX_SAMPLES}, got {max_samples}")
        pid_list = sorted(set(pids or ()))
        for pid in pid_list:
            if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= _MAX_PID:
                raise ValueError(f"pids must be positive process ids, got {pid!r}")
        if len(pid_list) > _MAX_WATCHED_PIDS:
            raise ValueError(f"pids: at most {_MAX_WATCHED_PIDS} processes, got {len(pid_list)}")
        if process_name_filter is not None and not _patterns(process_name_filter):
            raise ValueError(
                f"process_name_filter must contain a letter or digit, got {process_name_filter!r}"
            )
        self._clock = clock
        self._interval_s = float(interval_s)
        self._collector = _Collector(
            nvml=nvml,
            host=PsutilHost() if host is None else host,
            interval_s=self._interval_s,
            pids=tuple(pid_list),
            process_name_filter=process_name_filter,
            clock=clock,
            max_samples=max_samples,
        )
        self._state = threading.Lock()
        self._stop_event = threading.Event()
        self._thread: threading.Thread | None = None
        self._recording: Recording | None = None

    def start(self) -> None:
        """Start sampling on a daemon thread; returns at once (NVML opens on that thread)."""
        with self._state:
            if self._recording is not None:
                raise RuntimeError("this sampler has stopped; create a new MemorySampler")
            if self._thread is not None:
                raise RuntimeError("this sampler is already running")
            self._thread = threading.Thread(target=self._run, name="vramscope-sampler", daemon=True)
            self._thread.start()

    @property
    def is_running(self) -> bool:
        with self._state:
            thread = self._thread
            return thread is not None and thread.is_alive() and not self._stop_event.is_set()

    def snapshot(self) -> Sample | None:
        """The latest sample; None before the first one (NVML may still be opening)."""
        return self._collector.latest

    def live_peaks(self) -> tuple[Peak, ...]:
        """Peak and baseline of ``gpu``, ``gpu:N``, ``gpu:N:watched``, ``ram`` and ``rss`` so far.

        Cheap at any length (the sampler keeps running maxima): for a "+5.2 GiB so far" label.
        """
        return self._collector.live_peaks()

    def current_recording(self) -> Recording:
        """The run so far (for a live chart); :meth:`stop` gives the final one.

        Copies the samples and computes peaks: about 0.5 s at 200,000 samples on a slow CPU, so
        poll :meth:`snapshot` or :meth:`live_peaks` often and this rarely.
        """
        with self._state:
            if self._recording is not None:
                return self._recording
        return self._collector.recording()

    def stop(self) -> Recording:
        """Stop sampling and return the recording. Idempotent: later calls return the same one."""
        with self._state:
            if self._recording is not None:
                return self._recording
            self._stop_event.set()
            thread = self._thread
        if thread is not None:
            thread.join(_JOIN_TIMEOUT_S)
            if thread.is_alive():
                self._collector.note(
                    f"The sampling thread did not stop within {_JOIN_TIMEOUT_S:.0f} s (a driver "
                    "call hung); the recording ends at the last sample taken."
                )
        else:
            self._collector.close()  # samples taken by hand (_sample_once) opened NVML here
        recording = self._collector.recording()
        with self._state:
            if self._recording is None:
                self._recording = recording
            return self._recording

    def __enter__(self) -> MemorySampler:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _sample_once(self) -> Sample | None:
        """Take one sample now, on the calling thread (tests and benchmarks); never raises."""
        try:
            return self._collector.sample_once()
        except Exception as err:  # a bug or a fake gone wrong must not kill the thread
            self._collector.note(f"A sample failed ({type(err).__name__}: {err}).")
            return None

    def _run(self) -> None:
        try:
            self._collector.prepare()
            due = self._clock()
            while not self._stop_event.is_set():
                self._sample_once()
                due += self._interval_s
                now = self._clock()
                if due < now:
                    due = now  # fell behind (a slow driver call): carry on, do not burst
                # Event.wait, not sleep: stop() wakes the thread at once.
                if self._stop_event.wait(min(self._interval_s, max(0.0, due - now))):
                    break
            # One last reading, as measure.py takes max(peak, nvml_used()) after stopping.
            self._sample_once()
        except Exception as err:
            self._collector.note(f"Sampling stopped early ({type(err).__name__}: {err}).")
        finally:
            with contextlib.suppress(Exception):
                self._collector.close()


# -- reading a file --------------------------------------------------------------------------


def load_recording(path: str | os.PathLike[str]) -> Recording:
    """Read a recording saved by :meth:`Recording.save`.

    Raises:
        RecordingFileError: missing, too large, not JSON, or a field is wrong (one line).
    """
    where = str(path)
    try:
        with Path(path).open("rb") as f:
            raw = f.read(_MAX_FILE_BYTES + 1)
    except OSError as err:
        raise RecordingFileError(f"{where}: cannot read ({err.strerror or err})") from None
    if len(raw) > _MAX_FILE_BYTES:
        raise RecordingFileError(f"{where}: larger than {_MAX_FILE_BYTES} bytes; not a recording")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise RecordingFileError(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise RecordingFileError(
            f"{where}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except RecursionError:
        raise RecordingFileError(f"{where}: JSON nested too deeply") from None
    except ValueError as err:  # NaN/Infinity, or an integer with thousands of digits
        raise RecordingFileError(f"{where}: {str(err).splitlines()[0]}") from None
    return recording_from_json(data, where=where)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a recording can hold")


def recording_from_json(data: object, *, where: str = "recording") -> Recording:
    """Build a recording from parsed JSON; :class:`RecordingFileError` names the first bad field."""
    obj = _obj(data, where)
    if obj.get("format") != RECORDING_FORMAT:
        raise RecordingFileError(
            f"{where}: not a VRAMScope recording ('format' must be {RECORDING_FORMAT!r})"
        )
    version = obj.get("version")
    if version != RECORDING_VERSION or isinstance(version, bool):
        raise RecordingFileError(
            f"{where}: recording version {version!r} is not supported (this VRAMScope reads "
            f"version {RECORDING_VERSION}); update VRAMScope"
        )
    watch = _obj(obj.get("watch", {}), f"{where}.watch")
    pids = _list(watch.get("pids", []), f"{where}.watch.pids", _MAX_WATCHED_PIDS)
    gpus_data = _list(obj.get("gpus", []), f"{where}.gpus", _MAX_FILE_GPUS)
    procs_data = _list(obj.get("processes", []), f"{where}.processes", _MAX_PROCESS_NAMES)
    notes = _list(obj.get("notes", []), f"{where}.notes", _MAX_FILE_NOTES)
    rows = _list(obj.get("samples"), f"{where}.samples", _MAX_FILE_SAMPLES)
    gpus = []
    for i, g in enumerate(gpus_data):
        w = f"{where}.gpus[{i}]"
        gobj = _obj(g, w)
        name = _text(gobj.get("name"), f"{w}.name")
        if not name:
            raise RecordingFileError(f"{w}.name must be a non-empty string")
        gpus.append(
            GpuInfo(
                index=_int(gobj.get("index"), f"{w}.index", _MAX_FILE_GPUS - 1),
                name=name,
                uuid=_text(gobj.get("uuid"), f"{w}.uuid"),
                total_bytes=_opt_int(gobj.get("total_bytes"), f"{w}.total_bytes"),
            )
        )
    if len({g.index for g in gpus}) != len(gpus):
        raise RecordingFileError(f"{where}.gpus: the same GPU index appears twice")
    processes = tuple(
        ProcessInfo(
            pid=_int(_obj(p, f"{where}.processes[{i}]").get("pid"), f"{where}.processes[{i}].pid"),
            name=_text(p.get("name"), f"{where}.processes[{i}].name"),
        )
        for i, p in enumerate(procs_data)
    )
    samples = _samples(rows, f"{where}.samples", {g.index for g in gpus})
    sample_count = _int(obj.get("sample_count", len(samples)), f"{where}.sample_count")
    if sample_count < len(samples):
        raise RecordingFileError(
            f"{where}.sample_count ({sample_count}) is less than the samples stored "
            f"({len(samples)})"
        )
    label = _text(obj.get("label", ""), f"{where}.label") or ""
    name_filter = _text(watch.get("process_name_filter"), f"{where}.watch.process_name_filter")
    return Recording(
        samples=samples,
        gpus=tuple(gpus),
        processes=processes,
        notes=tuple(_text(n, f"{where}.notes[{i}]") or "" for i, n in enumerate(notes)),
        duration_s=_seconds(obj.get("duration_s", 0.0), f"{where}.duration_s"),
        interval_s=_seconds(obj.get("interval_s", DEFAULT_INTERVAL_S), f"{where}.interval_s"),
        sample_count=sample_count,
        pids=tuple(_int(p, f"{where}.watch.pids[{i}]", _MAX_PID) for i, p in enumerate(pids)),
        process_name_filter=name_filter,
        started_at=_text(obj.get("started_at"), f"{where}.started_at"),
        label=label,
    )


def _samples(rows: Sequence[Any], where: str, gpu_indexes: set[int]) -> tuple[Sample, ...]:
    out: list[Sample] = []
    last_t = 0.0
    for i, row in enumerate(rows):
        try:
            sample = _fast_sample(row, gpu_indexes)
        except _SlowPathError:
            # The careful reader names the bad field (or accepts an unusual but valid row).
            sample = _checked_sample(row, f"{where}[{i}]", gpu_indexes, last_t)
        if sample.t < last_t:
            sample = _checked_sample(row, f"{where}[{i}]", gpu_indexes, last_t)
        out.append(sample)
        last_t = sample.t
    return tuple(out)


class _SlowPathError(Exception):
    """A row the fast reader does not vouch for; :func:`_checked_sample` decides."""


def _fast_sample(row: Any, gpu_indexes: set[int]) -> Sample:
    # Checks everything _checked_sample checks, but builds no location strings: a 200,000-row
    # file loaded three times faster. Any doubt goes to the careful reader.
    if type(row) not in _SEQUENCES or len(row) != 4:
        raise _SlowPathError
    t, ram, gpus_raw, rss_raw = row
    if type(t) not in (int, float) or not 0 <= t <= _MAX_SECONDS:
        raise _SlowPathError
    if ram is not None and (type(ram) is not int or not 0 <= ram <= _MAX_BYTES):
        raise _SlowPathError
    if type(gpus_raw) not in _SEQUENCES or len(gpus_raw) > _MAX_FILE_GPUS:
        raise _SlowPathError
    gpus = []
    seen: set[int] = set()
    for g in gpus_raw:
        if type(g) not in _SEQUENCES or len(g) != 3:
            raise _SlowPathError
        index, used, procs = g
        # gpu_indexes holds only checked indexes; `type() is int` also rules out true/false.
        if type(index) is not int or index not in gpu_indexes or index in seen:
            raise _SlowPathError
        if type(used) is not int or not 0 <= used <= _MAX_BYTES:
            raise _SlowPathError
        seen.add(index)
        gpus.append(GpuSample(index, used, _fast_pairs(procs)))
    return Sample(float(t), ram, tuple(gpus), _fast_pairs(rss_raw))


def _fast_pairs(value: Any) -> tuple[tuple[int, int], ...] | None:
    if value is None:
        return None
    if type(value) not in _SEQUENCES or len(value) > _MAX_FILE_PROCESSES:
        raise _SlowPathError
    out = []
    pids: set[int] = set()
    for pair in value:
        if type(pair) not in _SEQUENCES or len(pair) != 2:
            raise _SlowPathError
        pid, size = pair
        if type(pid) is not int or not 0 <= pid <= _MAX_PID or pid in pids:
            raise _SlowPathError
        if type(size) is not int or not 0 <= size <= _MAX_BYTES:
            raise _SlowPathError
        pids.add(pid)
        out.append((pid, size))
    return tuple(out)


def _checked_sample(row: Any, w: str, gpu_indexes: set[int], last_t: float) -> Sample:
    """One row, checked field by field; :class:`RecordingFileError` names the first bad one."""
    if not isinstance(row, _SEQUENCES) or len(row) != 4:
        raise RecordingFileError(f"{w} must be a list of 4 items: {_SAMPLE_LAYOUT}")
    t = _seconds(row[0], f"{w}[0] (t)")
    if t < last_t:
        raise RecordingFileError(f"{w}[0] (t): times must not decrease, {t} after {last_t}")
    gpus = []
    for j, g in enumerate(_list(row[2], f"{w}[2] (gpus)", _MAX_FILE_GPUS)):
        gw = f"{w}[2][{j}]"
        if not isinstance(g, _SEQUENCES) or len(g) != 3:
            raise RecordingFileError(f"{gw} must be [gpu_index, used_bytes, processes|null]")
        index = _int(g[0], f"{gw} (gpu_index)", _MAX_FILE_GPUS - 1)
        if index not in gpu_indexes:
            raise RecordingFileError(f"{gw}: GPU {index} is not listed in 'gpus'")
        gpus.append(
            GpuSample(
                index=index,
                used_bytes=_int(g[1], f"{gw} (used_bytes)"),
                processes=_pairs(g[2], f"{gw} (processes)"),
            )
        )
    if len({g.index for g in gpus}) != len(gpus):
        raise RecordingFileError(f"{w}[2] (gpus): the same GPU index appears twice")
    return Sample(
        t=t,
        ram_used_bytes=_opt_int(row[1], f"{w}[1] (ram_used_bytes)"),
        gpus=tuple(gpus),
        rss_bytes=_pairs(row[3], f"{w}[3] (rss)"),
    )


def _pairs(value: object, where: str) -> tuple[tuple[int, int], ...] | None:
    if value is None:
        return None
    out = []
    for i, pair in enumerate(_list(value, where, _MAX_FILE_PROCESSES)):
        if not isinstance(pair, _SEQUENCES) or len(pair) != 2:
            raise RecordingFileError(f"{where}[{i}] must be [pid, bytes]")
        out.append((_int(pair[0], f"{where}[{i}] (pid)", _MAX_PID), _int(pair[1], f"{where}[{i}]")))
    if len({pid for pid, _ in out}) != len(out):
        raise RecordingFileError(f"{where}: the same pid appears twice")
    return tuple(out)


def _obj(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RecordingFileError(f"{where}: expected a JSON object, got {_kind(value)}")
    return value


def _list(value: object, where: str, limit: int) -> Sequence[Any]:
    if not isinstance(value, _SEQUENCES):
        raise RecordingFileError(f"{where} must be a list, got {_kind(value)}")
    if len(value) > limit:
        raise RecordingFileError(f"{where}: {len(value)} items, more than the {limit} allowed")
    return value


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), "null" if value is None else "a number"
    )


def _int(value: object, where: str, limit: int = _MAX_BYTES) -> int:
    # JSON true/false are ints in Python; a byte count of "true" is a mistake.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "..."
        raise RecordingFileError(f"{where} must be an integer from 0 to {limit}, got {shown}")
    return value


def _opt_int(value: object, where: str) -> int | None:
    return None if value is None else _int(value, where)


def _seconds(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordingFileError(f"{where} must be a number of seconds, got {_kind(value)}")
    if not 0 <= value <= _MAX_SECONDS:
        raise RecordingFileError(
            f"{where} must be between 0 and {_MAX_SECONDS:g} seconds, got {value!r}"
        )
    return float(value)


def _text(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordingFileError(f"{where} must be a string, got {_kind(value)}")
    if len(value) > _MAX_FILE_TEXT:
        raise RecordingFileError(f"{where}: longer than {_MAX_FILE_TEXT} characters")
    return value
