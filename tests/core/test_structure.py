"""The core's shape: short functions, and errors raised as codes, never as English sentences.

Both are read off the source with ``ast``, so they hold for code no test runs.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import vramscope.core

CORE = Path(vramscope.core.__file__).resolve().parent
PACKAGE = CORE.parent
MAX_FUNCTION_LINES = 80


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(CORE.rglob("*.py")):
        where = str(path.relative_to(PACKAGE))
        yield where, ast.parse(path.read_text(encoding="utf-8"), filename=where)


def test_no_function_in_the_core_is_longer_than_80_lines() -> None:
    # From the def line to the last line of the body (docstring and comments included): a
    # function that needs more says several things and is split along them.
    long = []
    for where, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{where}:{node.lineno} {node.name}() is {lines} lines")
    assert not long, "\n".join(long)


def _english_raises(tree: ast.Module) -> Iterator[ast.Call]:
    """``SpecError(...)`` calls whose first argument is a sentence (a string with a space, or
    an f-string) rather than a message code."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name != "SpecError":
            continue
        first = node.args[0]
        if isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str) and " " in first.value
        ):
            yield node


def test_the_core_raises_codes_not_english() -> None:
    # The front ends render a code in the user's language (app/present); an English sentence
    # would reach every user in English (errors.UNCONVERTED).
    found = [
        f"{where}:{call.lineno}" for where, tree in _modules() for call in _english_raises(tree)
    ]
    assert not found, "SpecError raised with an English sentence at " + ", ".join(found)
