"""Figures issue 11 holds the code to: comment density and public docstrings in ui/, and the
longest function in core/.

Run: python benchmarks/code_health.py
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop" / "vramscope"
_NOT_CODE = {
    tokenize.COMMENT,
    tokenize.NL,
    tokenize.NEWLINE,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.ENDMARKER,
    tokenize.STRING,  # docstrings are counted apart, not as code
}


def comment_density(folder: Path) -> tuple[int, int]:
    """(comment lines, code lines) over the folder's modules."""
    comments = code = 0
    for path in sorted(folder.glob("*.py")):
        tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline))
        comments += len({t.start[0] for t in tokens if t.type == tokenize.COMMENT})
        code += len({t.start[0] for t in tokens if t.type not in _NOT_CODE})
    return comments, code


def public_docstrings(folder: Path) -> tuple[int, int]:
    """(public functions, classes and methods with a docstring, all of them)."""
    documented = total = 0

    def walk(node: ast.AST, public: bool) -> None:
        nonlocal documented, total
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                is_public = public and not child.name.startswith("_")
                if is_public:
                    total += 1
                    documented += ast.get_docstring(child) is not None
                if isinstance(child, ast.ClassDef):
                    walk(child, is_public)

    for path in sorted(folder.glob("*.py")):
        walk(ast.parse(path.read_text("utf-8")), True)
    return documented, total


def longest_functions(folder: Path, top: int = 3) -> list[tuple[int, str]]:
    """The ``top`` longest functions under ``folder``, as (lines, 'module:function')."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                found.append((lines, f"{path.relative_to(PACKAGE)}:{node.name}"))
    return sorted(found, reverse=True)[:top]


def main() -> None:
    comments, code = comment_density(PACKAGE / "ui")
    documented, total = public_docstrings(PACKAGE / "ui")
    print(
        f"ui/: {comments} comment lines per {code} code lines = "
        f"{100 * comments / code:.1f} per 100 (bar: 5)"
    )
    print(
        f"ui/: {documented} of {total} public functions, classes and methods documented = "
        f"{100 * documented / total:.0f}% (bar: 60%)"
    )
    for lines, name in longest_functions(PACKAGE / "core"):
        print(f"core/ longest: {lines:3d} lines  {name} (bar: 80)")


if __name__ == "__main__":
    main()
