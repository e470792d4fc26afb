"""Measure a run live: GPU memory (per GPU and per program), RAM and process RSS over time.

The user presses Measure, loads a model in another program (llama-server, Ollama, LM Studio, a
Python script) and uses it. :class:`MemorySampler` reads NVML and the host every ``interval_s``
on a daemon thread; :meth:`MemorySampler.stop` returns a :class:`~.recording.Recording` (the
data and its file format live in ``recording.py``).

NVML is read through :class:`~.nvml.NvmlSession` (the one chokepoint), the host through the
:class:`HostMemory` seam (:class:`~.host.PsutilHost` is the real one), so tests hand in fakes for
both. Nothing raises out of the sampling thread: a missing driver, a GPU lost mid-run or a
process list that is not ours to read become notes (codes, ``notes.py``) in the recording.
"""

from __future__ import annotations

import contextlib
import datetime
import math
import os
import re
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Protocol

from vramscope.core.notes import Note, ParamValue

from . import notes as notes_
from .host import PsutilHost
from .notes import gpu_label
from .nvml import NvmlSession, NvmlUnavailableError, import_nvml
from .reading import GpuReading
from .recording import (
    DEFAULT_INTERVAL_S,
    MAX_PROCESS_NAMES,
    MAX_WATCHED_PIDS,
    GpuInfo,
    GpuSample,
    Peak,
    ProcessInfo,
    Recording,
    Sample,
    key_order,
)

__all__ = [
    "DEFAULT_INTERVAL_S",
    "HostMemory",
    "MemorySampler",
]

# Below about 1 ms a sample (several NVML calls, a psutil read) costs more than the interval on a
# desktop CPU: the thread would spin. source: benchmarks/sampler_overhead.py.
_MIN_INTERVAL_S = 0.001
# Halving needs room for the pinned samples (baseline and peaks of each aggregate series).
_MIN_MAX_SAMPLES = 16
# Scanning every process (to find "llama-server" started after Measure was pressed, and children
# of a watched program such as Ollama's runner) reads /proc/*/stat: about 5-20 ms for 300-500
# processes, too much at 20 Hz. Once a second finds a new program before it has loaded much.
_PROCESS_RESCAN_S = 1.0
# A run that fails the same way every sample repeats one note; distinct notes are capped too.
_MAX_NOTES = 100
# stop() waits this long for a sample in flight (a first nvmlInit can take a second on Linux
# without persistence mode; a hung driver call never returns).
_JOIN_TIMEOUT_S = 5.0
_MAX_PID = (1 << 32) - 1  # pids are 32-bit on Linux, macOS and Windows
# Series that stay exact through downsampling: their first and highest samples are never dropped.
# Per-process RSS keys are left out: short-lived matching programs would pin samples forever.
_PINNED = re.compile(r"gpu|gpu:\d+|gpu:\d+:watched|ram|rss")


# -- the host seam ---------------------------------------------------------------------------


class HostMemory(Protocol):
    """What the sampler reads besides NVML; :class:`~.host.PsutilHost` is the real one."""

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


def _error(err: Exception) -> str:
    # What a failed call said, for a note's {error}: the exception's type and text.
    return f"{type(err).__name__}: {err}"


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
        self._notes: dict[Note, None] = {}
        self._gpu_info: dict[int, GpuInfo] = {}
        self._names: dict[int, str | None] = {}

    # -- notes ------------------------------------------------------------------------------

    def note(self, code: str, **params: ParamValue) -> None:
        note = Note.of(code, **params)
        with self._lock:
            if len(self._notes) < _MAX_NOTES:
                self._notes[note] = None
            elif len(self._notes) == _MAX_NOTES:
                self._notes[Note.of(notes_.MEASURE_MORE_NOTES)] = None

    def _add_note(self, note: Note) -> None:
        self.note(note.code, **note.args)

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
                why = why or NvmlUnavailableError("not_installed", reason="")
                self._add_note(why.measure_note)
                return
        session = NvmlSession(module, process_name=self._host.process_name)
        try:
            readings, _ = session.read_gpus()
        except NvmlUnavailableError as err:
            session.close()
            self._add_note(err.measure_note)
            return
        except Exception as err:  # a broken binding must not stop the RAM measurement
            session.close()
            self.note(notes_.MEASURE_NVML_FAILED, error=_error(err))
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
            self.note(notes_.MEASURE_NVML_STOPPED, at_s=round(t, 1))
        except Exception as err:  # the binding itself failed; try again next sample
            self.note(notes_.MEASURE_GPU_READ_FAILED, error=_error(err))
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
            label = gpu_label(index, info.name if info else None)
            self.note(notes_.MEASURE_GPU_GONE, gpu=label, at_s=round(t, 1))
        self._active = set(present)
        for index, g in sorted(present.items()):
            label = gpu_label(index, g.name)
            with self._lock:
                old = self._gpu_info.get(index)
                self._gpu_info[index] = GpuInfo(index, g.name, g.uuid, g.total_bytes)
            if old is None and t > 0:
                self.note(notes_.MEASURE_GPU_APPEARED, gpu=label, at_s=round(t, 1))
            elif old is not None and old.uuid != g.uuid:
                self.note(notes_.MEASURE_GPU_CHANGED, index=index, gpu=label, at_s=round(t, 1))
            if g.used_bytes is None:
                reason = g.reason("used_bytes") or ""
                self.note(notes_.MEASURE_GPU_USED_UNKNOWN, gpu=label, reason=reason)
            if g.display_active:
                self.note(notes_.MEASURE_GPU_DISPLAY, gpu=label)
            if self._watching and g.processes is None:
                reason = g.reason("processes") or ""
                self.note(notes_.MEASURE_GPU_PROCESSES_UNKNOWN, gpu=label, reason=reason)

    def _gpu_processes(self, gpu: GpuReading) -> tuple[tuple[int, int], ...] | None:
        if not self._watching or gpu.processes is None:
            return None
        found: list[tuple[int, int]] = []
        for p in gpu.processes:
            own_match = p.pid != self._own_pid and _matches(p.name, self._patterns)
            if p.pid not in self._watched and p.pid not in self._pids and not own_match:
                continue
            if p.used_bytes is None:
                label = gpu_label(gpu.index or 0, gpu.name)
                self.note(notes_.MEASURE_GPU_PROCESS_BYTES_UNKNOWN, gpu=label)
                return None
            self._remember(p.pid, p.name)
            found.append((p.pid, p.used_bytes))
        return tuple(sorted(found))

    def _read_ram(self) -> int | None:
        try:
            return int(self._host.ram_used_bytes())
        except Exception as err:
            self.note(notes_.MEASURE_RAM_FAILED, error=_error(err))
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
                self.note(notes_.MEASURE_RSS_DENIED, process=self._describe(pid))
                continue
            except Exception as err:
                self.note(notes_.MEASURE_RSS_FAILED, process=self._describe(pid), error=str(err))
                continue
            if rss is None:
                # Never watch this pid again: the system may hand it to an unrelated program.
                self._watched.discard(pid)
                self._gone.add(pid)
                self.note(
                    notes_.MEASURE_PROCESS_EXITED, process=self._describe(pid), at_s=round(t, 1)
                )
                continue
            out.append((pid, int(rss)))
        return tuple(out)

    def _rescan(self) -> None:
        try:
            listed = list(self._host.processes())
        except Exception as err:
            self.note(notes_.MEASURE_PROCESS_LIST_FAILED, error=_error(err))
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
        if len(watched) > MAX_WATCHED_PIDS:
            self.note(notes_.MEASURE_TOO_MANY_PROCESSES, count=len(watched), limit=MAX_WATCHED_PIDS)
            watched = set(sorted(watched)[:MAX_WATCHED_PIDS])
        self._watched = watched
        for pid in watched:
            self._remember(pid, names.get(pid))

    def _remember(self, pid: int, name: str | None) -> None:
        with self._lock:
            if pid in self._names:
                if name and not self._names[pid]:
                    self._names[pid] = name
            elif len(self._names) < MAX_PROCESS_NAMES:
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
                for k, (v, s) in sorted(self._best.items(), key=lambda kv: key_order(kv[0]))
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
        host: RAM and process reads; None uses psutil (:class:`~.host.PsutilHost`).

    Thread-safe. One run per sampler: :meth:`start`, then :meth:`stop` (idempotent).

    Example:
        >>> with MemorySampler(process_name_filter="llama-server") as sampler:  # doctest: +SKIP
        ...     input("Load the model, run a prompt, then press Enter")
        >>> print(recording.peak_delta_bytes(sampler.stop()))  # doctest: +SKIP
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
        if len(pid_list) > MAX_WATCHED_PIDS:
            raise ValueError(f"pids: at most {MAX_WATCHED_PIDS} processes, got {len(pid_list)}")
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
                self._collector.note(notes_.MEASURE_THREAD_HUNG, wait_s=round(_JOIN_TIMEOUT_S))
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
            self._collector.note(notes_.MEASURE_SAMPLE_FAILED, error=_error(err))
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
            self._collector.note(notes_.MEASURE_STOPPED_EARLY, error=_error(err))
        finally:
            with contextlib.suppress(Exception):
                self._collector.close()
