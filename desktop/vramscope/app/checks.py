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
from typing import Any, NoReturn

from vramscope.app.log_era import era_adjusted
from vramscope.app.log_match import match_catalog
from vramscope.app.present import render
from vramscope.app.present.checks import SKIPPED_FILE, comparison_summary
from vramscope.app.present.errors import error_text
from vramscope.core import (
    Band,
    Comparison,
    ModelSpec,
    Note,
    NotRegularFileError,
    Plan,
    SpecError,
    WeightFormat,
    compare_buffers,
    describe,
    parse_json,
    read_regular_file,
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


# Hostile-file bounds for a saved check: far above what save_check writes (a dozen rows, a
# dozen settings, sentences of ~100 characters), small enough that an export stays readable.
_MAX_ROWS = 1000
_MAX_SETTINGS = 100
_MAX_NOTES = 100
_MAX_TEXT = 2000
# Any byte count beyond 2^62 (4 EiB) is corrupt; it also keeps "/ MIB" inside a float.
_MAX_BYTES = 1 << 62


def _text(value: object, what: str, limit: int, *, optional: bool = True) -> str:
    """A string field as a saved check holds it: a string without lone surrogates (JSON's
    "\\ud800" reads as one and cannot be written back as UTF-8), clipped to ``limit``."""
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        _bad(what, value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SpecError("checks.lone_surrogate", field=what) from None
    return value[:limit]


def _bad(what: str, value: object) -> NoReturn:
    raise SpecError("checks.bad_field", field=what, value=describe(value))


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > _MAX_BYTES:
        _bad(what, value)
    return value


def _scalar(value: object, what: str) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _count(value, what)
    if isinstance(value, float):
        if not math.isfinite(value):
            _bad(what, value)
        return value
    return _text(value, what, _MAX_TEXT)


def _row(r: object, i: int) -> dict[str, Any]:
    if not isinstance(r, dict):
        _bad(f"rows[{i}]", r)
    devices = r.get("log_devices", [])
    if not isinstance(devices, list) or len(devices) > _MAX_SETTINGS:
        _bad(f"rows[{i}].log_devices", devices)
    rel = r.get("relative_error")
    if rel is not None and (
        isinstance(rel, bool) or not isinstance(rel, int | float) or not math.isfinite(rel)
        or abs(rel) > _MAX_BYTES
    ):  # fmt: skip
        _bad(f"rows[{i}].relative_error", rel)
    estimated = _count(r.get("estimated_bytes"), f"rows[{i}].estimated_bytes")
    logged = _count(r.get("logged_bytes"), f"rows[{i}].logged_bytes")
    return {
        "term": _text(r.get("term"), f"rows[{i}].term", 200),
        "device": _text(r.get("device"), f"rows[{i}].device", 200),
        "log_devices": [_text(d, f"rows[{i}].log_devices", 200) for d in devices],
        "estimated_bytes": estimated,
        "logged_bytes": logged,
        "difference_bytes": estimated - logged,
        "relative_error": None if rel is None else float(rel),
    }


def _read(path: Path) -> SavedCheck:
    # read_regular_file: a FIFO named *.json in the folder must not block the export forever
    try:
        raw = read_regular_file(path, MAX_CHECK_BYTES + 1)
    except NotRegularFileError:
        raise SpecError("file.not_regular", file=path.name) from None
    if len(raw) > MAX_CHECK_BYTES:
        raise SpecError("json.too_large", file=path.name, limit=MAX_CHECK_BYTES)
    # bounded depth, no NaN or Infinity, UTF-8: each refusal is a coded error naming the file
    data: dict[str, Any] = dict(parse_json(raw, file=path.name).raw)  # an object: parse_json
    if data.get("format") != CHECK_FORMAT_VERSION or isinstance(data.get("format"), bool):
        raise SpecError("checks.unknown_format", value=describe(data.get("format")))
    rows = data.get("rows")
    settings = data.get("settings")
    if not isinstance(rows, list) or len(rows) > _MAX_ROWS:
        _bad("rows", rows)
    if not isinstance(settings, dict) or len(settings) > _MAX_SETTINGS:
        _bad("settings", settings)
    clean_settings = {
        _text(k, "a settings name", 200): _scalar(v, f"settings.{str(k)[:40]}")
        for k, v in settings.items()
    }
    notes = data.get("notes", [])
    if not isinstance(notes, list) or len(notes) > _MAX_NOTES:
        _bad("notes", notes)
    return SavedCheck(
        path=path,
        created=_text(data.get("created"), "created", 40),
        title=_text(data.get("title"), "title", 200),
        source=_text(data.get("source"), "source", 200),
        settings=clean_settings,
        rows=tuple(_row(r, i) for i, r in enumerate(rows)),
        summary=_text(data.get("summary"), "summary", _MAX_TEXT),
        notes=tuple(_text(n, "notes", 300, optional=False) for n in notes),
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
            reason = _one_line(error_text(e), 100) or type(e).__name__
            skipped.append(Note.of(SKIPPED_FILE, file=_one_line(path.name, 100), reason=reason))
    return tuple(checks), tuple(skipped)


def _one_line(text: object, limit: int) -> str:
    """A value for one line of a report: printable characters only (control characters and
    lone surrogates escaped), blanks folded, clipped to ``limit``."""
    words = " ".join(str(text).split())
    clean = "".join(
        c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else ascii(c)[1:-1] for c in words
    )
    return clean if len(clean) <= limit else clean[: limit - 3] + "..."


def _cell(text: object) -> str:
    # a "|" inside a value would start a new column of the Markdown table
    return _one_line(text, 200).replace("|", "\\|")


def _markdown(checks: Sequence[SavedCheck], skipped: Sequence[Note]) -> str:
    out = ["# VRAMScope checks against real runs", ""]
    for c in checks:
        out += [f"## {_one_line(c.title, 200)}", "", f"- created: {_one_line(c.created, 40)}",
                f"- log from: {_one_line(c.source, 200)}"]  # fmt: skip
        out += [f"- {_one_line(k, 200)}: {_one_line(v, 200)}" for k, v in c.settings.items()]
        out += ["", _one_line(c.summary, 2000), "", "| term | device | log buffers "
                "| estimated MiB | logged MiB | difference MiB | error |",
                "|---|---|---|---:|---:|---:|---:|"]  # fmt: skip
        for r in c.rows:
            rel = r.get("relative_error")
            err = f"{rel * 100:+.1f}%" if isinstance(rel, (int, float)) else "n/a"
            est, got = r["estimated_bytes"] / MIB, r["logged_bytes"] / MIB
            logs = ", ".join(str(d) for d in r.get("log_devices", []))
            out.append(
                f"| {_cell(r.get('term'))} | {_cell(r.get('device'))} | {_cell(logs)} "
                f"| {est:.2f} | {got:.2f} | {est - got:+.2f} | {err} |"
            )
        out += [f"- note: {_one_line(n, 300)}" for n in c.notes]
        out.append("")
    out += [f"- {_one_line(render(s), 300)}" for s in skipped]
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
        # _read refused NaN, Infinity and lone surrogates: the file is strict JSON in UTF-8
        text = json.dumps(doc, indent=2, allow_nan=False)
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
    # vLLM logs have their own reader (imported here: vllm_check imports this module)
    from vramscope.app.vllm_check import check_vllm_result, is_vllm_text

    if is_vllm_text(text):
        return check_vllm_result(text, spec=spec, fmt=fmt)
    try:
        log = parse_load_log(text)
    except RunLogError as exc:
        return CheckResult(error=exc)
    read_notes = [*log.notes, *_origin_notes(log)]
    if spec is None and _lacks_model(log):
        # an excerpt: the catalog model with the log's name or shape stands in
        matched = match_catalog(log)
        if matched is None:
            return CheckResult(
                log=log,
                needs="model",
                error=RunLogError("runlog.no_model_shape"),
                notes=tuple(read_notes),
            )
        spec, note = matched
        read_notes.append(note)
    try:
        setup = runlog_setup(log, spec=spec, fmt=fmt)
    except RunLogError as exc:
        no_format = exc.note.code in ("runlog.no_file_type", "runlog.unknown_file_type")
        return CheckResult(
            log=log,
            needs="format" if fmt is None and no_format else "",
            error=exc,
            notes=tuple(read_notes),
        )
    try:
        # laid out as the log's llama.cpp build did (app.log_era)
        estimate, era_notes = era_adjusted(log, setup, setup.estimate())
        comparison = compare_buffers(estimate, log.buffers_mib)
    except (ValueError, ArithmeticError) as exc:  # the core's SpecError is a ValueError
        return CheckResult(log=log, setup=setup, error=exc, notes=tuple(read_notes))
    notes = tuple(
        dict.fromkeys(
            (*read_notes, *setup.notes, *era_notes, *_missing_notes(log), *comparison.notes)
        )
    )
    return CheckResult(log=log, setup=setup, comparison=comparison, notes=notes)


def _origin_notes(log: RunLog) -> list[Note]:
    """Which program and era wrote the log, and that old builds printed totals."""
    o = log.origin
    out: list[Note] = []
    if o is not None and o.era:
        first = o.date[:7] if o.date else o.first_month
        last = o.date[:7] if o.date else o.last_month
        code = "log.origin_build" if o.build is not None else "log.origin"
        if not last:
            code += "_since"  # a function name llama.cpp still prints bounds only the start
        params: dict[str, str | int] = {"family": o.family, "first": first}
        if o.build is not None:
            params["build"] = o.build
        if last:
            params["last"] = last
        out.append(Note.of(code, **params))
    if log.old_totals:
        out.append(Note.of("log.old_totals"))
    return out


def _missing_notes(log: RunLog) -> list[Note]:
    """What a partial log leaves out of the comparison (nothing when it shows no buffer at
    all: the comparison's own summary says so)."""
    if not log.buffers:
        return []
    kinds = {k for k, _, _ in log.buffers}
    return [Note.of(code) for kind, code in _MISSING.items() if kind not in kinds]


# A kind of buffer a partial log does not show -> the note saying so.
_MISSING = {
    "model": "log.missing_model",
    "kv": "log.missing_kv",
    "compute": "log.missing_compute",
}


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
