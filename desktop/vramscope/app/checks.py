"""Checking an estimate against a real run, and the checks kept in the user data folder.

Checking: a load log is read (bounded: files are the user's and may be huge or hostile),
the setup it ran is re-estimated and lined up with the logged buffers (:func:`check_log`); a
recorded run's peak is compared with the estimate's band (:func:`measure_result`). This runs on
worker threads behind the "Check a real run" and "Measure" dialogs, and is tested without Qt.

Saved checks: each is one JSON file under ``user_data_dir() / "checks"``: when it was made,
where the log came from, the setup that was re-estimated and the comparison rows.
:func:`export_checks` writes them all as one JSON file or a Markdown report a user can attach
to a bug report. Saved files are the user's and may be damaged: a file that does not read back
is skipped with a note, never an exception.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vramscope.app.present import render
from vramscope.app.present.checks import SKIPPED_FILE, comparison_summary
from vramscope.app.present.errors import error_text
from vramscope.core import (
    Band,
    Comparison,
    ModelSpec,
    Note,
    Plan,
    WeightFormat,
    compare_buffers,
)
from vramscope.hardware import Recording, peak_delta_bytes
from vramscope.paths import user_data_dir
from vramscope.readers.runlog import (
    MAX_LOG_CHARS,
    RunLog,
    RunLogError,
    RunSetup,
    parse_load_log,
    runlog_setup,
)

__all__ = [
    "CHECK_FORMAT_VERSION",
    "MAX_CHECK_BYTES",
    "MAX_LOG_FILE_BYTES",
    "CheckResult",
    "MeasureResult",
    "SavedCheck",
    "check_log",
    "checks_dir",
    "context_from_label",
    "export_checks",
    "list_checks",
    "measure_result",
    "ollama_log_path",
    "read_log_file",
    "recording_label",
    "save_check",
]

CHECK_FORMAT_VERSION = 1
# A check is a few kB; anything much larger was not written by us.
MAX_CHECK_BYTES = 1 << 20
MIB = 1 << 20


@dataclass(frozen=True, slots=True)
class SavedCheck:
    """One saved check as read back."""

    path: Path
    created: str
    title: str
    source: str
    settings: Mapping[str, Any]
    rows: tuple[Mapping[str, Any], ...]
    summary: str
    notes: tuple[str, ...] = field(default=(), compare=False)


def checks_dir() -> Path:
    return user_data_dir() / "checks"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:60] or "check"


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def save_check(
    comparison: Comparison,
    *,
    title: str,
    source: str,
    settings: Mapping[str, Any],
    notes: Sequence[Note] = (),
    directory: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Write one check as JSON; returns its path. ``settings`` must be JSON-serialisable
    (model id, weight format, context, KV types, layers ...). The summary and the notes are
    saved as English sentences, so a file reads the same in a bug report and in older
    versions."""
    folder = directory if directory is not None else checks_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    record = {
        "format": CHECK_FORMAT_VERSION,
        "created": stamp.isoformat(timespec="seconds"),
        "title": title,
        "source": source,
        "settings": dict(settings),
        "summary": comparison_summary(comparison),
        "rows": [
            {
                "term": r.term,
                "device": r.device,
                "log_devices": list(r.log_devices),
                "estimated_bytes": r.estimated_bytes,
                "logged_bytes": r.logged_bytes,
                "difference_bytes": r.difference_bytes,
                "relative_error": _finite(r.relative_error),
            }
            for r in comparison.rows
        ],
        # a saved check is a file in English, like the CLI's output
        "notes": list(dict.fromkeys(render(note) for note in (*comparison.notes, *notes))),
    }
    base = f"{stamp.strftime('%Y%m%dT%H%M%SZ')}-{_slug(title)}"
    path = folder / f"{base}.json"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.json"
    # Write to a temporary file first so a crash never leaves half a check behind.
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(record, fh, indent=2, allow_nan=False)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _read(path: Path) -> SavedCheck:
    if path.stat().st_size > MAX_CHECK_BYTES:
        raise ValueError("larger than a check can be")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if data.get("format") != CHECK_FORMAT_VERSION:
        raise ValueError(f"unknown format {str(data.get('format'))[:20]!r}")
    rows = data.get("rows")
    settings = data.get("settings")
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("rows must be a list of objects")
    if not isinstance(settings, dict):
        raise ValueError("settings must be an object")
    for r in rows:
        for key in ("estimated_bytes", "logged_bytes"):
            v = r.get(key)
            if isinstance(v, bool) or not isinstance(v, int):
                raise ValueError(f"row {key} must be an integer")
    notes = data.get("notes", [])
    return SavedCheck(
        path=path,
        created=str(data.get("created", ""))[:40],
        title=str(data.get("title", ""))[:200],
        source=str(data.get("source", ""))[:40],
        settings=settings,
        rows=tuple(rows),
        summary=str(data.get("summary", ""))[:2000],
        notes=tuple(str(n)[:300] for n in notes) if isinstance(notes, list) else (),
    )


def list_checks(directory: Path | None = None) -> tuple[tuple[SavedCheck, ...], tuple[Note, ...]]:
    """Saved checks, newest first, and a note for each file that could not be read."""
    folder = directory if directory is not None else checks_dir()
    if not folder.is_dir():
        return (), ()
    checks: list[SavedCheck] = []
    skipped: list[Note] = []
    for path in sorted(folder.glob("*.json"), reverse=True):
        try:
            checks.append(_read(path))
        except (OSError, ValueError, UnicodeDecodeError, RecursionError) as e:
            reason = " ".join(error_text(e).split())[:100] or type(e).__name__
            skipped.append(Note.of(SKIPPED_FILE, file=path.name, reason=reason))
    return tuple(checks), tuple(skipped)


def _markdown(checks: Sequence[SavedCheck], skipped: Sequence[Note]) -> str:
    out = ["# VRAMScope checks against real runs", ""]
    for c in checks:
        out += [f"## {c.title}", "", f"- created: {c.created}", f"- log from: {c.source}"]
        out += [f"- {k}: {v}" for k, v in c.settings.items()]
        out += ["", c.summary, "", "| term | device | log buffers | estimated MiB | logged MiB "
                "| difference MiB | error |", "|---|---|---|---:|---:|---:|---:|"]  # fmt: skip
        for r in c.rows:
            rel = r.get("relative_error")
            err = f"{rel * 100:+.1f}%" if isinstance(rel, (int, float)) else "n/a"
            est, got = r["estimated_bytes"] / MIB, r["logged_bytes"] / MIB
            logs = ", ".join(str(d) for d in r.get("log_devices", []))
            out.append(
                f"| {r.get('term')} | {r.get('device')} | {logs} | {est:.2f} | {got:.2f} "
                f"| {est - got:+.2f} | {err} |"
            )
        out += [f"- note: {n}" for n in c.notes]
        out.append("")
    out += [f"- {render(s)}" for s in skipped]
    return "\n".join(out) + "\n"


def export_checks(path: str | os.PathLike[str], directory: Path | None = None) -> Path:
    """Write every saved check to ``path``: Markdown for ``.md``, else one JSON document."""
    checks, skipped = list_checks(directory)
    target = Path(path)
    if target.suffix.lower() in (".md", ".markdown"):
        text = _markdown(checks, skipped)
    else:
        doc = {
            "format": CHECK_FORMAT_VERSION,
            "checks": [
                {
                    "file": c.path.name,
                    "created": c.created,
                    "title": c.title,
                    "source": c.source,
                    "settings": dict(c.settings),
                    "summary": c.summary,
                    "rows": list(c.rows),
                    "notes": list(c.notes),
                }
                for c in checks
            ],
            "skipped": [render(s) for s in skipped],
        }
        text = json.dumps(doc, indent=2)
    target.write_text(text, encoding="utf-8")
    return target


# --------------------------------------------------------------------------------------------
# checking a run
# --------------------------------------------------------------------------------------------

# A log file larger than the parser accepts is read from its end: the last model load is the
# one the user just ran (Ollama's server.log grows for months).
MAX_LOG_FILE_BYTES = MAX_LOG_CHARS
# The hparams a log must show for the model to be built from it alone (runlog's _REQUIRED).
_MODEL_FIELDS = ("arch", "n_layer", "n_embd", "n_head", "n_vocab")
_CTX_IN_LABEL = re.compile(r"\bctx (\d{1,9})\b")


def read_log_file(path: str | os.PathLike[str]) -> tuple[str, Note | None]:
    """The text of a log file, at most :data:`MAX_LOG_FILE_BYTES` of it; and a note
    (``log.read_end``) when only the end was read. Raises OSError (missing, unreadable, a
    folder) or RunLogError (not text)."""
    p = Path(path)
    with p.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        note = None
        if size > MAX_LOG_FILE_BYTES:
            fh.seek(size - MAX_LOG_FILE_BYTES)
            note = Note.of(
                "log.read_end", size=f"{size / 1e6:.0f}", limit=MAX_LOG_FILE_BYTES // 1_000_000
            )
        raw = fh.read(MAX_LOG_FILE_BYTES)
    text = raw.decode("utf-8", errors="replace")
    if note is not None:
        # start at a whole line, and at the last model load in what was read
        text = text[text.find("\n") + 1 :]
    if "\x00" in text[:4096]:
        raise RunLogError("runlog.not_text_file", file=p.name)
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
    user must pick one for the re-estimate; ``error`` is why it failed (``error_text`` makes it
    one line in the user's language)."""

    log: RunLog | None = None
    setup: RunSetup | None = None
    comparison: Comparison | None = None
    needs: str = ""
    error: Exception | None = None
    # the log's, the setup's and the comparison's notes, each once
    notes: tuple[Note, ...] = field(default=())


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
        return CheckResult(error=exc)
    if spec is None and _lacks_model(log):
        return CheckResult(log=log, needs="model", error=RunLogError("runlog.no_model_shape"))
    try:
        setup = runlog_setup(log, spec=spec, fmt=fmt)
    except RunLogError as exc:
        no_format = exc.note.code in ("runlog.no_file_type", "runlog.unknown_file_type")
        return CheckResult(log=log, needs="format" if fmt is None and no_format else "", error=exc)
    try:
        comparison = compare_buffers(setup.estimate(), log.buffers_mib)
    except (ValueError, ArithmeticError) as exc:  # the core's SpecError is a ValueError
        return CheckResult(log=log, setup=setup, error=exc)
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
