"""A measured run as data: samples, peaks, and the recording file format.

:class:`~.sampler.MemorySampler` produces a :class:`Recording`: the samples, the baseline (the
first sample, taken before the model loads) and the peak of every series, so "what the model
added" is the peak minus the baseline, as ``shared/calibration/measure.py`` computes
``nvml_peak - base``.

Series keys (:func:`series`, :meth:`Recording.peak`): ``"gpu"`` (used bytes summed over GPUs,
what DESIGN.md's ``peak_gpu_bytes`` is compared with), ``"gpu:N"`` (GPU N), ``"gpu:N:watched"``
(the watched programs' share of GPU N), ``"ram"`` (system RAM in use: total minus available),
``"rss"`` (resident memory of the watched programs, summed) and ``"rss:PID"``.

A saved recording is JSON (``format: "vramscope-recording"``, ``version: 1``); each sample is a
compact row, ``[t, ram_used_bytes, [[gpu_index, used_bytes, [[pid, used_bytes], ...] | null],
...], [[pid, rss_bytes], ...] | null]``, so a three-hour run at 20 Hz stays in tens of MB. Notes
are ``{"code", "params"}`` objects (``notes.py``); files from before notes were codes hold
sentences, which load as they are. Files are read through ``core.jsondata`` (bounded, no NaN);
a :class:`RecordingFileError` code names the file, the field and the value.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vramscope.core.errors import SpecError
from vramscope.core.jsondata import JsonData, describe, load_json
from vramscope.core.notes import Note

from .notes import MEASURE_TEXT, MEASURE_THINNED_ON_SAVE, file_note, note_json

__all__ = [
    "DEFAULT_INTERVAL_S",
    "MAX_RECORDING_BYTES",
    "MAX_WATCHED_PIDS",
    "RECORDING_FORMAT",
    "RECORDING_VERSION",
    "GpuInfo",
    "GpuSample",
    "Peak",
    "ProcessInfo",
    "Recording",
    "RecordingFileError",
    "Sample",
    "key_order",
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
# "python" can match dozens of programs; the sampler reads the RSS of each every sample.
MAX_WATCHED_PIDS = 64
# Names of watched programs kept for the recording (short-lived matches can churn through pids).
MAX_PROCESS_NAMES = 4096

# The largest recording file read or written. Measured here (Python 3.11): a 3-hour run at the
# sampler's defaults (20 Hz, 200,000 samples kept) is 17 MB with one GPU and one watched program
# and 70 MB with 8 GPUs; loading takes about 15 bytes of memory per file byte (70 MB -> 1.05 GB
# peak). 64 MiB keeps a load under 1 GiB, inside the 2 GiB address space the fuzz suite gives a
# case; a larger run is thinned on save (peaks kept, MEASURE_THINNED_ON_SAVE) so it still loads.
# source: measured here on synthetic 200,000-sample runs saved with Recording.save and read with
# load_recording (peak RSS); issue 17 (a 127 MB file hit a MemoryError at 2 GiB).
MAX_RECORDING_BYTES = 64 << 20
_MAX_FILE_BYTES = MAX_RECORDING_BYTES
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
# The aggregate series whose first and highest samples thinning keeps (as the sampler's).
_PINNED = re.compile(r"gpu|gpu:\d+|gpu:\d+:watched|ram|rss")


class RecordingFileError(SpecError):
    """A recording file that cannot be used; its code names the file, the field and the value."""


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


def key_order(key: str) -> tuple[Any, ...]:
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
        for k in sorted(best, key=key_order)
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
    notes: tuple[Note, ...] = ()
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
        """The file form (``save``). ``peaks`` is informational: it is recomputed when read.

        Values outside what :func:`load_recording` accepts (a driver's 2^64 - 1 "used", a
        4,096-character name, a NaN time) are clipped to its bounds here: what is saved loads.
        """
        rows = []
        last_t = 0.0
        for s in self.samples:
            row = _sample_row(s, last_t)
            last_t = row[0]
            rows.append(row)
        return {
            "format": RECORDING_FORMAT,
            "version": RECORDING_VERSION,
            "started_at": _clip_text(self.started_at),
            "label": _clip_text(self.label) or "",
            "duration_s": _clip_seconds(self.duration_s),
            "interval_s": _clip_seconds(self.interval_s),
            "sample_count": max(self.sample_count, len(self.samples)),
            "watch": {
                "pids": [p for p in self.pids if 0 <= p <= _MAX_PID][:MAX_WATCHED_PIDS],
                "process_name_filter": _clip_text(self.process_name_filter),
            },
            "gpus": [
                {
                    "index": g.index,
                    "name": _clip_text(g.name) or "?",
                    "uuid": _clip_text(g.uuid),
                    "total_bytes": None if g.total_bytes is None else _clip_bytes(g.total_bytes),
                }
                for g in self.gpus
            ],
            "processes": [
                {"pid": p.pid, "name": _clip_text(p.name)}
                for p in self.processes[:MAX_PROCESS_NAMES]
                if 0 <= p.pid <= _MAX_PID
            ],
            "notes": [note_json(n) for n in self.notes[:_MAX_FILE_NOTES]],
            "peaks": {
                p.key: {
                    "peak_bytes": p.peak_bytes,
                    "baseline_bytes": p.baseline_bytes,
                    "delta_bytes": p.delta_bytes,
                    "t": _clip_seconds(p.t),
                }
                for p in self.peaks
            },
            "sample_layout": _SAMPLE_LAYOUT,
            "samples": rows,
        }

    def thinned(self) -> Recording:
        """Every other sample dropped, but the first and the highest sample of every aggregate
        series kept (as the sampler downsamples), so the peaks stay exact."""
        pinned: set[int] = {0}
        best: dict[str, tuple[int, int]] = {}
        for i, sample in enumerate(self.samples):
            for key, value in sample.values().items():
                if _PINNED.fullmatch(key) and (key not in best or value > best[key][0]):
                    best[key] = (value, i)
        pinned.update(i for _, i in best.values())
        kept = tuple(s for i, s in enumerate(self.samples) if i % 2 == 0 or i in pinned)
        return replace(self, samples=kept, sample_count=max(self.sample_count, len(self.samples)))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the JSON file atomically (a crash mid-write leaves any old file intact).

        A file over :data:`MAX_RECORDING_BYTES` would not load again: the samples are thinned
        (peaks kept) until it fits, and a note says how many were kept.
        """
        target = Path(path)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        text = json.dumps(self.to_json(), separators=(",", ":"), allow_nan=False)
        rec = self
        while len(text) > MAX_RECORDING_BYTES and len(rec.samples) > 1:
            before, rec = len(rec.samples), rec.thinned()
            if len(rec.samples) == before:  # only pinned samples left: nothing more to drop
                break
            note = Note.of(MEASURE_THINNED_ON_SAVE, kept=len(rec.samples), total=len(self.samples))
            out = replace(rec, notes=(*self.notes[: _MAX_FILE_NOTES - 1], note))
            text = json.dumps(out.to_json(), separators=(",", ":"), allow_nan=False)
        try:
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _sample_row(s: Sample, last_t: float) -> list[Any]:
    # Tuples are written as JSON arrays, and the reader accepts them too: no copying per pair.
    # Values a driver can report but the reader refuses are clipped (see Recording.to_json);
    # the checks come first so that the common, valid row costs no copies.
    t, ram = s.t, s.ram_used_bytes
    if not last_t <= t <= _MAX_SECONDS:
        t = max(last_t, _clip_seconds(t))
    if ram is not None and not 0 <= ram <= _MAX_BYTES:
        ram = _clip_bytes(ram)
    gpus = [
        [
            g.index,
            g.used_bytes if 0 <= g.used_bytes <= _MAX_BYTES else _clip_bytes(g.used_bytes),
            g.processes
            if g.processes is None or _pairs_ok(g.processes)
            else _clip_pairs(g.processes),
        ]
        for g in s.gpus
    ]
    rss = s.rss_bytes
    return [t, ram, gpus, rss if rss is None or _pairs_ok(rss) else _clip_pairs(rss)]


def _pairs_ok(pairs: tuple[tuple[int, int], ...]) -> bool:
    if len(pairs) > _MAX_FILE_PROCESSES:
        return False
    for pid, size in pairs:  # noqa: SIM110 - a loop, not a generator per pair: save speed
        if not (0 <= pid <= _MAX_PID and 0 <= size <= _MAX_BYTES):
            return False
    return True


def _clip_bytes(n: int) -> int:
    return n if 0 <= n <= _MAX_BYTES else (0 if n < 0 else _MAX_BYTES)


def _clip_seconds(t: float) -> float:
    # NaN fails both comparisons and becomes 0
    return t if 0 <= t <= _MAX_SECONDS else (_MAX_SECONDS if t > _MAX_SECONDS else 0.0)


def _clip_text(text: str | None) -> str | None:
    return text if text is None or len(text) <= _MAX_FILE_TEXT else text[:_MAX_FILE_TEXT]


def _clip_pairs(pairs: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    return [(p, _clip_bytes(b)) for p, b in pairs[:_MAX_FILE_PROCESSES] if 0 <= p <= _MAX_PID]


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


# -- reading a file ---------------------------------------------------------------------------


def load_recording(path: str | os.PathLike[str]) -> Recording:
    """Read a recording saved by :meth:`Recording.save`.

    Raises:
        RecordingFileError: missing, too large, not JSON, or a field is wrong (the code names it).
    """
    data = load_json(path, max_bytes=_MAX_FILE_BYTES, error=RecordingFileError)
    # the parsed rows are dropped as they become samples: less memory at the peak
    return _recording(data, consume=True)


def recording_from_json(data: JsonData | dict[str, Any], *, file: str = "recording") -> Recording:
    """Build a recording from parsed JSON; :class:`RecordingFileError` names the first bad field."""
    return _recording(data, file=file)


def _recording(
    data: JsonData | dict[str, Any], *, file: str = "recording", consume: bool = False
) -> Recording:
    if not isinstance(data, JsonData):
        data = JsonData(data, file, error=RecordingFileError)
    if data.get("format") != RECORDING_FORMAT:
        raise RecordingFileError(
            "recording.not_a_recording", file=data.file, expected=repr(RECORDING_FORMAT)
        )
    version = data.get("version")
    if version != RECORDING_VERSION or isinstance(version, bool):
        raise RecordingFileError(
            "recording.version",
            file=data.file,
            value=describe(version),
            supported=RECORDING_VERSION,
        )
    watch = data.obj("watch", optional=True)
    pids = watch.list("pids", max_items=MAX_WATCHED_PIDS, optional=True)
    gpus = tuple(
        _gpu_info(g) for g in data.objects("gpus", max_items=_MAX_FILE_GPUS, optional=True)
    )
    if len({g.index for g in gpus}) != len(gpus):
        data.fail("recording.duplicate_gpu", "gpus")
    processes = tuple(
        ProcessInfo(pid=p.int("pid", max=_MAX_PID), name=p.opt_str("name", max_len=_MAX_FILE_TEXT))
        for p in data.objects("processes", max_items=MAX_PROCESS_NAMES, optional=True)
    )
    notes = data.list("notes", max_items=_MAX_FILE_NOTES, optional=True)
    samples = _samples(
        data.list("samples", max_items=_MAX_FILE_SAMPLES), {g.index for g in gpus}, consume
    )
    sample_count = data.int("sample_count", len(samples))
    if sample_count < len(samples):
        data.fail(
            "recording.count_below_samples", "sample_count", value=sample_count, count=len(samples)
        )
    return Recording(
        samples=samples,
        gpus=gpus,
        processes=processes,
        notes=tuple(_note(notes, i) for i in notes.indexes()),
        duration_s=data.float("duration_s", 0.0, min=0, max=_MAX_SECONDS),
        interval_s=data.float("interval_s", DEFAULT_INTERVAL_S, min=0, max=_MAX_SECONDS),
        sample_count=sample_count,
        pids=tuple(pids.int(i, max=_MAX_PID) for i in pids.indexes()),
        process_name_filter=watch.opt_str("process_name_filter", max_len=_MAX_FILE_TEXT),
        started_at=data.opt_str("started_at", max_len=_MAX_FILE_TEXT),
        label=data.opt_str("label", max_len=_MAX_FILE_TEXT) or "",
    )


def _gpu_info(g: JsonData) -> GpuInfo:
    return GpuInfo(
        index=g.int("index", max=_MAX_FILE_GPUS - 1),
        name=g.str("name", max_len=_MAX_FILE_TEXT),
        uuid=g.opt_str("uuid", max_len=_MAX_FILE_TEXT),
        total_bytes=g.opt_int("total_bytes", max=_MAX_BYTES),
    )


def _note(notes: JsonData, index: int) -> Note:
    item = notes.get(index)
    if isinstance(item, str):
        return Note.of(MEASURE_TEXT, text=notes.str(index, empty=True, max_len=_MAX_FILE_TEXT))
    note = file_note(item)
    if note is None:
        notes.fail("hardware.file.bad_note", index, value=describe(item))
    return note


def _samples(rows: JsonData, gpu_indexes: set[int], consume: bool) -> tuple[Sample, ...]:
    out: list[Sample] = []
    last_t = 0.0
    raw = rows.raw
    for i, row in enumerate(raw):
        if consume and i and isinstance(raw, list):
            raw[i - 1] = None  # the previous row is a Sample now (its error path is behind us)
        try:
            sample = _fast_sample(row, gpu_indexes)
        except _SlowPathError:
            # The careful reader names the bad field (or accepts an unusual but valid row).
            sample = _checked_sample(rows, i, gpu_indexes, last_t)
        if sample.t < last_t:
            sample = _checked_sample(rows, i, gpu_indexes, last_t)
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


def _tuple(parent: JsonData, key: int, size: int, layout: str) -> JsonData:
    node = parent.list(key)
    if len(node) != size:
        parent.fail("recording.row_shape", key, count=size, layout=layout)
    return node


def _checked_sample(rows: JsonData, i: int, gpu_indexes: set[int], last_t: float) -> Sample:
    """One row, checked field by field; :class:`RecordingFileError` names the first bad one."""
    row = _tuple(rows, i, 4, _SAMPLE_LAYOUT)
    t = row.float(0, min=0, max=_MAX_SECONDS)
    if t < last_t:
        row.fail("recording.time_back", 0, value=t, previous=last_t)
    gpus_node = row.list(2, max_items=_MAX_FILE_GPUS)
    gpus = []
    for j in gpus_node.indexes():
        g = _tuple(gpus_node, j, 3, "[gpu_index, used_bytes, processes|null]")
        index = g.int(0, max=_MAX_FILE_GPUS - 1)
        if index not in gpu_indexes:
            g.fail("recording.unknown_gpu", 0, index=index)
        gpus.append(
            GpuSample(index=index, used_bytes=g.int(1, max=_MAX_BYTES), processes=_pairs(g, 2))
        )
    if len({g.index for g in gpus}) != len(gpus):
        row.fail("recording.duplicate_gpu", 2)
    return Sample(
        t=t,
        ram_used_bytes=row.opt_int(1, max=_MAX_BYTES),
        gpus=tuple(gpus),
        rss_bytes=_pairs(row, 3),
    )


def _pairs(parent: JsonData, key: int) -> tuple[tuple[int, int], ...] | None:
    if parent.get(key) is None:
        return None
    node = parent.list(key, max_items=_MAX_FILE_PROCESSES)
    out = []
    for i in node.indexes():
        pair = _tuple(node, i, 2, "[pid, bytes]")
        out.append((pair.int(0, max=_MAX_PID), pair.int(1, max=_MAX_BYTES)))
    if len({pid for pid, _ in out}) != len(out):
        parent.fail("recording.duplicate_pid", key)
    return tuple(out)
