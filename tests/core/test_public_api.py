"""The core's public API: a curated ``__all__`` that the front ends import through (as httpx's)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import vramscope.core

PACKAGE = Path(vramscope.core.__file__).resolve().parents[1]
FRONT_ENDS = [PACKAGE / "cli.py", *(PACKAGE / "app").rglob("*.py"), *(PACKAGE / "ui").rglob("*.py")]


def _isort_key(name: str) -> tuple[int, str]:
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions
    group = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return group, name


def test_every_public_name_exists_and_comes_from_a_core_module() -> None:
    for name in vramscope.core.__all__:
        value = getattr(vramscope.core, name)
        module = getattr(value, "__module__", None)
        # constants have no module of their own, and type aliases the typing module's
        if module is not None and module not in ("typing", "types"):
            assert module.startswith("vramscope.core."), (name, module)


def test_the_public_api_is_sorted_and_unique() -> None:
    names = vramscope.core.__all__
    assert names == sorted(names, key=_isort_key)
    assert len(set(names)) == len(names)


def test_public_names_are_public_in_their_modules() -> None:
    # A name re-exported here is part of its module's own __all__ (no private helpers leak).
    exported: set[str] = set()
    for path in Path(vramscope.core.__file__).parent.glob("*.py"):
        if path.stem != "__init__":
            module = importlib.import_module(f"vramscope.core.{path.stem}")
            exported |= set(getattr(module, "__all__", ()))
    for package in ("formats", "runtimes"):
        exported |= set(importlib.import_module(f"vramscope.core.{package}").__all__)
    constants = importlib.import_module("vramscope.core.constants")
    exported |= {n for n in vars(constants) if n.isupper()}
    assert set(vramscope.core.__all__) <= exported


def _core_imports(path: Path) -> list[tuple[str, list[str]]]:
    """``(module, names)`` of every import of the core in ``path`` (relative ones resolved)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            if module == "vramscope.core" or module.startswith("vramscope.core."):
                found.append((module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("vramscope.core"):
                    found.append((alias.name, []))
    return found


def test_the_front_ends_import_the_core_only_through_its_public_api() -> None:
    public = set(vramscope.core.__all__)
    problems = []
    for path in FRONT_ENDS:
        for module, names in _core_imports(path):
            where = path.relative_to(PACKAGE)
            if module != "vramscope.core":
                problems.append(f"{where}: from {module} import {', '.join(names)}")
            else:
                problems += [f"{where}: {n} is not in __all__" for n in names if n not in public]
    assert not problems, "\n".join(problems)
