"""Text that is safe to show: one line, printable characters only, bounded length.

Error parameters can come from hostile files (a tensor name of 65,000 characters, an ESC
sequence that recolours the terminal, a lone surrogate that cannot be encoded). Every error
the window or the command line shows passes through :func:`one_line` (issue 17: one line of
at most 300 characters, printable characters only), and each string parameter through
:func:`clip_param` first, so a long value cannot push the field name out of the line.
"""

from __future__ import annotations

__all__ = ["MAX_MESSAGE_CHARS", "MAX_PARAM_CHARS", "clip_param", "one_line"]

# The longest error line shown (issue 17's acceptance bound). Real ones are under 200.
MAX_MESSAGE_CHARS = 300
# One parameter's share of a line: a file name or a clipped value, leaving room for the rest.
MAX_PARAM_CHARS = 120
_ELLIPSIS = "..."


def one_line(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` on one line: whitespace runs (newlines, tabs) become one space, other
    non-printable characters (ESC, NUL, lone surrogates) ``?``; cut to ``limit`` with ``...``."""
    limit = max(limit, len(_ELLIPSIS) + 1)
    # Only the head can be shown: the work stays bounded for a 65,000-character message.
    head = text[: 4 * limit]
    line = " ".join(head.split())
    if not line.isprintable():
        line = "".join(c if c.isprintable() else "?" for c in line)
    if len(line) > limit or len(head) < len(text):
        line = line[: limit - len(_ELLIPSIS)].rstrip() + _ELLIPSIS
    return line


def clip_param(value: str, limit: int = MAX_PARAM_CHARS) -> str:
    """A string parameter made safe for :func:`one_line`'s line, at most ``limit``."""
    if len(value) <= limit and value.isprintable():
        return value  # the common case, kept cheap
    return one_line(value, limit)
