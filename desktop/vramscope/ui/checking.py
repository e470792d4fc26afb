"""Qt-free work behind the "Check a real run" and "Measure" dialogs: bounded log reading, the
re-estimate of a logged setup, and how a measured peak compares with an estimate's band.

Everything here runs on worker threads (files are the user's and may be huge or hostile) and
is tested without Qt.
"""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from vramscope.core.band import Band
from vramscope.core.compare import Comparison, compare_buffers
from vramscope.core.formats import WeightFormat
from vramscope.core.model import ModelSpec
from vramscope.core.plan import Plan
from vramscope.hardware.sampler import Recording, peak_delta_bytes
from vramscope.readers.runlog import (
    MAX_LOG_CHARS,
    RunLog,
    RunLogError,
    RunSetup,
    parse_load_log,
    runlog_setup,
)

__all__ = [
    "MAX_LOG_FILE_BYTES",
    "CheckResult",
    "MeasureResult",
    "check_log",
    "context_from_label",
    "measure_result",
    "ollama_log_path",
    "read_log_file",
    "recording_label",
]

# A log file larger than the parser accepts is read from its end: the last model load is the
# one the user just ran (Ollama's server.log grows for months).
MAX_LOG_FILE_BYTES = MAX_LOG_CHARS
# The hparams a log must show for the model to be built from it alone (runlog's _REQUIRED).
_MODEL_FIELDS = ("arch", "n_layer", "n_embd", "n_head", "n_vocab")
_CTX_IN_LABEL = re.compile(r"\bctx (\d{1,9})\b")


def read_log_file(path: str | os.PathLike[str]) -> tuple[str, str]:
    """The text of a log file, at most :data:`MAX_LOG_FILE_BYTES` of it; and a note when only
    the end was read. Raises OSError (missing, unreadable, a folder)."""
    p = Path(path)
    with p.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        note = ""
        if size > MAX_LOG_FILE_BYTES:
            fh.seek(size - MAX_LOG_FILE_BYTES)
            note = f"the file is {size / 1e6:.0f} MB; its last {MAX_LOG_FILE_BYTES // 1_000_000} MB"
        raw = fh.read(MAX_LOG_FILE_BYTES)
    text = raw.decode("utf-8", errors="replace")
    if note:
        # start at a whole line, and at the last model load in what was read
        text = text[text.find("\n") + 1 :]
    if "\x00" in text[:4096]:
        raise OSError(f"{p.name} is not a text file")
    return text, note


def ollama_log_path() -> Path | None:
    """Where Ollama writes its server log on this system, if the file exists (Linux installs
    log to the systemd journal instead: ``journalctl -u ollama``)."""
    candidates: list[Path] = []
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        if base:
            candidates.append(Path(base) / "Ollama" / "server.log")
    else:
        candidates.append(Path.home() / ".ollama" / "logs" / "server.log")
    for c in candidates:
        if c.is_file():
            return c
    return None


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A log read and (when possible) re-estimated. ``needs`` is "model" or "format" when the
    user must pick one for the re-estimate; ``error`` is one line when it failed."""

    log: RunLog | None = None
    setup: RunSetup | None = None
    comparison: Comparison | None = None
    needs: str = ""
    error: str = ""
    notes: tuple[str, ...] = field(default=())


def _lacks_model(log: RunLog) -> bool:
    if any(getattr(log, k) is None for k in _MODEL_FIELDS):
        return True
    return not (log.n_ff or log.n_ff_exp)


def check_log(
    text: str, *, spec: ModelSpec | None = None, fmt: WeightFormat | None = None
) -> CheckResult:
    """Parse ``text``, re-estimate the setup it ran (``spec`` / ``fmt`` replace the log's model
    and weight format) and line the estimate up with the logged buffers. Never raises for bad
    text: the result carries the reason."""
    try:
        log = parse_load_log(text)
    except RunLogError as exc:
        return CheckResult(error=str(exc))
    if spec is None and _lacks_model(log):
        return CheckResult(log=log, needs="model", error="the log does not show the model's shape")
    try:
        setup = runlog_setup(log, spec=spec, fmt=fmt)
    except RunLogError as exc:
        needs = "format" if fmt is None and "file type" in str(exc) else ""
        return CheckResult(log=log, needs=needs, error=str(exc))
    try:
        comparison = compare_buffers(setup.estimate(), log.buffers_mib)
    except (ValueError, ArithmeticError) as exc:  # the core's SpecError is a ValueError
        return CheckResult(log=log, setup=setup, error=str(exc).splitlines()[0])
    notes = tuple(dict.fromkeys((*log.notes, *setup.notes, *comparison.notes)))
    return CheckResult(log=log, setup=setup, comparison=comparison, notes=notes)


# --------------------------------------------------------------------------------------------
# measuring
# --------------------------------------------------------------------------------------------


def recording_label(model: str, format_id: str, context_tokens: int, runtime: str) -> str:
    """The setup a recording is compared with, in words the file keeps."""
    return f"{model} {format_id.upper()}, ctx {context_tokens}, {runtime}"


def context_from_label(label: str) -> int | None:
    """The context a recording's label names (``ctx 8192``), if any."""
    m = _CTX_IN_LABEL.search(label)
    return int(m.group(1)) if m else None


@dataclass(frozen=True, slots=True)
class MeasureResult:
    """A measured peak beside the estimate for the same device kind ("gpu" or "ram")."""

    kind: str
    measured_bytes: int
    estimated_bytes: int
    band: Band

    @property
    def position(self) -> str:
        """ "inside", "above" or "below" the band."""
        if self.measured_bytes > self.band.high_bytes:
            return "above"
        if self.measured_bytes < self.band.low_bytes:
            return "below"
        return "inside"

    @property
    def relative_error(self) -> float:
        """(estimate - measured) / measured; inf when nothing was measured."""
        if self.measured_bytes == 0:
            return 0.0 if self.estimated_bytes == 0 else math.inf
        return (self.estimated_bytes - self.measured_bytes) / self.measured_bytes


def measure_result(recording: Recording, p: Plan) -> MeasureResult | None:
    """Compare what the run added with the estimate: GPU memory when both have GPUs, else the
    watched programs' resident memory (or, watching none, the RAM added). None when the
    recording holds nothing to compare."""
    est = p.estimate
    if recording.gpu_peak() is not None and est.n_gpus and est.peak_gpu_bytes:
        return MeasureResult("gpu", peak_delta_bytes(recording), est.peak_gpu_bytes, p.gpu_band)
    rss = recording.rss_peak
    if rss is not None and rss.peak_bytes:
        return MeasureResult("ram", rss.peak_bytes, est.peak_ram_bytes, p.ram_band)
    ram = recording.ram_peak
    if ram is not None:
        return MeasureResult("ram", ram.delta_bytes, est.peak_ram_bytes, p.ram_band)
    return None
