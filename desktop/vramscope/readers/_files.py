"""Opening the user's files safely: regular files only, never a blocking open, clear errors.

Every reader opens a user's file through :func:`open_regular` and looks at a path through
:func:`path_kind`. A named pipe (FIFO) would block ``open()`` until some other program writes
to it, a device can stream forever, a socket cannot be opened at all; each is refused with an
error saying what the path is. The kind is checked with ``stat`` before the open, and the
open itself is non-blocking and checked again on the open descriptor, so a path swapped for a
FIFO between the two cannot hang the reader either. A symlink loop and a missing permission
are said as such (``Path.is_file()`` reports both as "no such file", or raises).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO, Literal

from vramscope.core.errors import SpecError
from vramscope.core.jsondata import NotRegularFileError, open_regular_fd

__all__ = ["ModelFileError", "clip_text", "is_regular_file", "open_regular", "path_kind"]


class ModelFileError(SpecError):
    """A user's model file (config.json, GGUF, safetensors) cannot be read.

    Its code's template is one line naming the file (the ``file`` parameter) and the problem,
    e.g. ``model.gguf: GGUF header claims 1,000,000,000,000 tensors in a 2.00 MB file``.
    """


def clip_text(text: str, limit: int = 80) -> str:
    """A hostile name made safe for a one-line message: no control characters, bounded length."""
    if len(text) <= limit and text.isprintable():
        return text  # the common case, kept cheap: labels are built for every record
    safe = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    return safe if len(safe) <= limit else safe[: limit - 3] + "..."


def _label(path: Path, label: str | None) -> str:
    return clip_text(label if label is not None else (path.name or str(path)))


def _os_error(e: OSError, file: str, *, opening: bool) -> ModelFileError:
    """The error for a failed stat or open, by what went wrong rather than the bare errno."""
    if e.errno == errno.ELOOP:
        return ModelFileError("file.symlink_loop", file=file)
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        return ModelFileError("file.not_found", file=file)
    if e.errno in (errno.EACCES, errno.EPERM):
        return ModelFileError("file.no_permission", file=file)
    reason = str(e.strerror or e)  # the operating system's words, often in the user's language
    return ModelFileError(
        "file.cannot_open" if opening else "file.cannot_access", file=file, reason=reason
    )


def _not_regular(mode: int, file: str) -> ModelFileError:
    if stat.S_ISDIR(mode):
        return ModelFileError("file.is_folder", file=file)
    if stat.S_ISFIFO(mode):
        return ModelFileError("file.is_fifo", file=file)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return ModelFileError("file.is_device", file=file)
    if stat.S_ISSOCK(mode):
        return ModelFileError("file.is_socket", file=file)
    return ModelFileError("file.not_regular", file=file)


def path_kind(path: str | os.PathLike[str], label: str | None = None) -> Literal["file", "folder"]:
    """Whether ``path`` (symlinks followed) is a regular file or a folder.

    Raises ModelFileError for anything else: missing, a symlink loop, no permission to look,
    a FIFO, device or socket.
    """
    p = Path(path)
    try:
        mode = p.stat().st_mode
    except OSError as e:
        raise _os_error(e, _label(p, label), opening=False) from e
    except ValueError as e:  # an embedded NUL: no such path can exist
        raise ModelFileError("file.not_found", file=_label(p, label)) from e
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    raise _not_regular(mode, _label(p, label))


def is_regular_file(path: str | os.PathLike[str], label: str | None = None) -> bool:
    """True for a regular file, False for a missing path or a folder (for probes like "is
    there a config.json?"); raises ModelFileError for a symlink loop, no permission, a FIFO,
    device or socket, which ``Path.is_file`` would report as missing (or raise for)."""
    try:
        return path_kind(path, label) == "file"
    except ModelFileError as e:
        if e.note.code == "file.not_found":
            return False
        raise


def open_regular(path: str | os.PathLike[str], label: str | None = None) -> tuple[BinaryIO, int]:
    """Open a regular file for reading; return it and its size.

    Checked before the open (so a FIFO is never opened) and again on the open descriptor (so a
    path replaced in between is caught); the open does not block either way.
    """
    p = Path(path)
    file = _label(p, label)
    if path_kind(p, label) != "file":
        raise ModelFileError("file.is_folder", file=file)
    try:
        fd, st = open_regular_fd(p)
    except NotRegularFileError as e:
        raise _not_regular(e.mode, file) from e
    except OSError as e:
        raise _os_error(e, file, opening=True) from e
    try:
        f = os.fdopen(fd, "rb")
    except OSError as e:
        os.close(fd)
        raise ModelFileError("file.cannot_read", file=file, reason=str(e.strerror or e)) from e
    except BaseException:
        os.close(fd)
        raise
    return f, st.st_size
