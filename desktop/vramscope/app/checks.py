"""Past checks of an estimate against a real run, kept in the user data folder.

Each check is one JSON file under ``user_data_dir() / "checks"``: when it was made, where the
log came from, the setup that was re-estimated and the comparison rows. :func:`export_checks`
writes them all as one JSON file or a Markdown report a user can attach to a bug report.
Saved files are the user's and may be damaged: a file that does not read back is skipped with
a note, never an exception.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vramscope.core.compare import Comparison
from vramscope.paths import user_data_dir

__all__ = [
    "CHECK_FORMAT_VERSION",
    "MAX_CHECK_BYTES",
    "SavedCheck",
    "checks_dir",
    "export_checks",
    "list_checks",
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
    notes: Sequence[str] = (),
    directory: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Write one check as JSON; returns its path. ``settings`` must be JSON-serialisable
    (model id, weight format, context, KV types, layers ...)."""
    folder = directory if directory is not None else checks_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    record = {
        "format": CHECK_FORMAT_VERSION,
        "created": stamp.isoformat(timespec="seconds"),
        "title": title,
        "source": source,
        "settings": dict(settings),
        "summary": comparison.summary,
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
        "notes": [*comparison.notes, *notes],
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


def list_checks(directory: Path | None = None) -> tuple[tuple[SavedCheck, ...], tuple[str, ...]]:
    """Saved checks, newest first, and a note for each file that could not be read."""
    folder = directory if directory is not None else checks_dir()
    if not folder.is_dir():
        return (), ()
    checks: list[SavedCheck] = []
    skipped: list[str] = []
    for path in sorted(folder.glob("*.json"), reverse=True):
        try:
            checks.append(_read(path))
        except (OSError, ValueError, UnicodeDecodeError, RecursionError) as e:
            skipped.append(f"skipped {path.name}: {str(e)[:100] or type(e).__name__}")
    return tuple(checks), tuple(skipped)


def _markdown(checks: Sequence[SavedCheck], skipped: Sequence[str]) -> str:
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
    out += [f"- {s}" for s in skipped]
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
            "skipped": list(skipped),
        }
        text = json.dumps(doc, indent=2)
    target.write_text(text, encoding="utf-8")
    return target
