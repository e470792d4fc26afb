"""Read the whole machine: NVML for GPUs, the host readers for the rest, notes on what is unknown.

:func:`probe_machine` is the one-shot entry point; :class:`SystemProbe` keeps an NVML session open
so that :meth:`SystemProbe.refresh` only re-reads what changes (free memory, processes). Neither
raises: every failure becomes a note.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from vramscope.core.notes import Note

from . import host
from .constants import DEFAULT_RAM_BANDWIDTH_BYTES_PER_S
from .notes import DETECTION_FAILED, NVML_SLOW, RAM_SPEED_CHIP, RAM_SPEED_DEFAULT
from .nvml import NvmlSession, NvmlUnavailableError, import_nvml
from .ram_speed import RamSpeed, ram_speed_note
from .reading import GpuReading, MachineReading, MemoryReading

__all__ = [
    "NVML_TIMEOUT_S",
    "FakeProbe",
    "HardwareProbe",
    "SystemProbe",
    "probe_in_background",
    "probe_machine",
    "refresh_machine",
]


# How long a read waits for NVML before it shows the machine without its NVIDIA GPUs and a note
# (nvml.slow). A driver in a bad state can hang a call for minutes (issue 17); a healthy first
# nvmlInit takes up to about a second on Linux without persistence mode (probe_in_background),
# later calls milliseconds. The call goes on in a daemon thread; its GPUs are used when it returns.
NVML_TIMEOUT_S = 2.0


@dataclass(eq=False)
class _NvmlCall:
    """An NVML call on its own daemon thread: a hung driver call cannot be cancelled, only
    left behind; whoever comes next takes its outcome once it is done."""

    kind: str  # "read" or "refresh"
    done: threading.Event = field(default_factory=threading.Event)
    value: Any = None
    error: BaseException | None = None
    # set when a reader stopped waiting: the thread then calls the probe's on_late
    abandoned: bool = False

    def outcome(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value


class HardwareProbe(Protocol):
    """Anything that can read a machine: the real one (:class:`SystemProbe`) or a fake."""

    def read(self) -> MachineReading: ...

    def refresh(self, previous: MachineReading) -> MachineReading: ...


def probe_machine(*, nvml: object | None = None, models_dir: str | None = None) -> MachineReading:
    """Read this machine once. Never raises.

    Args:
        nvml: the NVML binding; None imports ``pynvml`` (a missing package becomes a note).
            Tests pass a fake module here.
        models_dir: the folder whose drive's free space is reported; None picks the first
            existing model folder (Ollama, Hugging Face, LM Studio), else the home folder.
    """
    probe = SystemProbe(nvml=nvml, models_dir=models_dir)
    try:
        return probe.read()
    finally:
        probe.close()


def refresh_machine(previous: MachineReading, *, nvml: object | None = None) -> MachineReading:
    """Re-read what changes while programs run (free VRAM and RAM, processes). Never raises."""
    probe = SystemProbe(nvml=nvml, models_dir=previous.disk.path)
    try:
        return probe.refresh(previous)
    finally:
        probe.close()


class SystemProbe:
    """The real machine. Thread-safe; keeps NVML open between reads until :meth:`close`."""

    def __init__(
        self,
        *,
        nvml: object | None = None,
        models_dir: str | None = None,
        timeout_s: float = NVML_TIMEOUT_S,
    ) -> None:
        self._module: Any = nvml
        self._models_dir = models_dir
        self._session: NvmlSession | None = None
        self._lock = threading.Lock()
        self._timeout_s = timeout_s
        self._pending: _NvmlCall | None = None
        # Called (on the NVML thread) when a call that a read stopped waiting for returns: the
        # window reads the machine again then, so the GPUs appear without a click.
        self.on_late: Callable[[], None] | None = None

    def read(self) -> MachineReading:
        with self._lock:
            try:
                return self._read()
            except Exception as err:  # the contract is "never raises": report instead
                return _failed(err)

    def refresh(self, previous: MachineReading) -> MachineReading:
        with self._lock:
            try:
                return self._refresh(previous)
            except Exception as err:
                return _failed(err)

    def close(self) -> None:
        with self._lock:
            if self._pending is not None and not self._pending.done.is_set():
                return  # a hung call still uses the session: leave it to its thread
            if self._session is not None:
                self._session.close()
                self._session = None

    def __enter__(self) -> SystemProbe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _nvml_session(self) -> NvmlSession:
        if self._session is None:
            module = self._module
            if module is None:
                module, why = import_nvml()
                if module is None:
                    raise why or NvmlUnavailableError("not_installed", reason="")
            self._session = NvmlSession(module, process_name=host.process_name)
        return self._session

    def _bounded(self, kind: str, work: Callable[[], Any]) -> _NvmlCall | None:
        """Run ``work`` (NVML calls) on a daemon thread, at most one at a time: a call still
        pending is waited for instead. The finished call (maybe of another kind), or None when
        it has not returned within the timeout (it goes on)."""
        call = self._pending
        if call is None:
            call = self._pending = _NvmlCall(kind)

            def run() -> None:
                try:
                    call.value = work()
                except BaseException as err:  # handed to the reader that takes the outcome
                    call.error = err
                call.done.set()
                late = self.on_late
                if call.abandoned and late is not None:
                    late()

            threading.Thread(target=run, name="vramscope-nvml", daemon=True).start()
        if not call.done.wait(self._timeout_s):
            call.abandoned = True
            return None
        self._pending = None
        return call

    def _slow_note(self) -> Note:
        return Note.of(NVML_SLOW, wait_s=round(self._timeout_s, 1))

    def _read_nvidia(self) -> tuple[tuple[GpuReading, ...], tuple[Note, ...]]:
        call = self._bounded("read", lambda: self._nvml_session().read_gpus())
        if call is not None and call.kind != "read":
            # an earlier refresh's call came back: now read every field
            call = self._bounded("read", lambda: self._nvml_session().read_gpus())
        if call is None:
            return (), (self._slow_note(),)
        try:
            gpus, notes = call.outcome()
            return tuple(gpus), tuple(notes)
        except NvmlUnavailableError as err:
            self._close_session()
            return (), (err.note,)

    def _close_session(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _read(self) -> MachineReading:
        facts = host.read_platform()
        ram = host.read_memory()
        cpu = host.read_cpu()
        gpus, gpu_notes = self._read_nvidia()
        unified = None
        if facts.apple_silicon:
            unified = host.apple_unified_gpu(cpu.model, ram)
            gpus = (*gpus, unified)
            # NVML's "no driver" is expected on a Mac; the unified-memory note replaces it.
            gpu_notes = ()
        has_nvidia = any(g.usable and g.source == "nvml" for g in gpus)
        others = host.find_other_gpus()
        ram_speed = None if facts.apple_silicon else host.read_ram_speed()
        notes = (
            *gpu_notes,
            *host.platform_notes(facts, has_nvidia=has_nvidia, unified=unified),
            *host.other_gpu_notes(others, has_nvidia=has_nvidia),
            _ram_speed_note(ram_speed, unified),
        )
        return MachineReading(
            gpus=gpus,
            ram=ram,
            swap=host.read_swap(),
            cpu=cpu,
            disk=host.read_disk(self._models_dir),
            platform=facts,
            notes=notes,
            ram_speed=ram_speed,
        )

    def _refresh(self, previous: MachineReading) -> MachineReading:
        if self._pending is not None or any(n.code == NVML_SLOW for n in previous.notes):
            return self._read()  # NVML was slow: its GPUs were never read, read them now
        ram = host.read_memory()
        nvidia = tuple(g for g in previous.gpus if g.source == "nvml")
        gpus: tuple[GpuReading, ...] = ()
        new_notes: tuple[Note, ...] = ()
        if nvidia:
            call = self._bounded("refresh", lambda: self._nvml_session().refresh_gpus(nvidia))
            if call is None:
                # the GPUs stay as last read, with a note; the next refresh reads them again
                refreshed: Any = (nvidia, (self._slow_note(),))
            else:
                try:
                    refreshed = call.outcome()
                except NvmlUnavailableError as err:
                    self._close_session()
                    refreshed = (), (err.note,)
            if refreshed is None:
                return self._read()  # the set of GPUs changed: start again
            gpus, new_notes = refreshed
        for gpu in previous.gpus:
            if gpu.source == "apple_unified":
                gpus = (
                    *gpus,
                    replace(gpu, free_bytes=min(gpu.total_bytes or 0, ram.available_bytes)),
                )
        notes = tuple(dict.fromkeys((*previous.notes, *new_notes)))
        return replace(
            previous,
            gpus=gpus,
            ram=ram,
            swap=host.read_swap(),
            disk=host.read_disk(previous.disk.path),
            notes=notes,
        )


class FakeProbe:
    """A fixed reading, for "what if I had this GPU" and for tests: refresh changes nothing."""

    def __init__(self, reading: MachineReading) -> None:
        self._reading = reading

    def read(self) -> MachineReading:
        return self._reading

    def refresh(self, previous: MachineReading) -> MachineReading:
        return self._reading


_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def probe_in_background(
    probe: HardwareProbe, previous: MachineReading | None = None
) -> Future[MachineReading]:
    """Run :meth:`~HardwareProbe.read` (or ``refresh(previous)``) on a worker thread.

    The window must not wait on NVML (a first ``nvmlInit`` can take a second on Linux without
    persistence mode), so it calls this and takes the result in a done-callback, hopping back
    to the GUI thread with a signal.
    """
    global _executor
    with _executor_lock:
        if _executor is None:
            # One worker: NVML sessions are cheap to share but two probes at once gain nothing.
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vramscope-probe")
    if previous is None:
        return _executor.submit(probe.read)
    return _executor.submit(probe.refresh, previous)


def _ram_speed_note(speed: RamSpeed | None, unified: GpuReading | None) -> Note:
    """Which RAM bandwidth the speed estimate will use: the hardware report says it."""
    if speed is not None:
        return ram_speed_note(speed)
    if unified is not None:
        return Note.of(RAM_SPEED_CHIP, chip=unified.name)
    return Note.of(RAM_SPEED_DEFAULT, bandwidth_bps=DEFAULT_RAM_BANDWIDTH_BYTES_PER_S)


def _failed(err: Exception) -> MachineReading:
    try:
        ram = host.read_memory()
    except Exception:
        ram = MemoryReading(total_bytes=0, available_bytes=0)
    return MachineReading(
        gpus=(),
        ram=ram,
        notes=(Note.of(DETECTION_FAILED, error=f"{type(err).__name__}: {err}"),),
    )
