"""Refresh the .ts sources from the window and the presenter and compile the .qm files.

    python resources/translations/build.py          # lupdate + fill from src/*.json + lrelease
    python resources/translations/build.py --check  # fail if a visible string lacks a translation

Translations live in ``src/<lang>.json`` and ``src/<lang>.<area>.json`` (English source text ->
translation, the same in every Qt context; one file per area keeps edits apart); the .ts files
are generated from them so translators can also use Qt Linguist.
``pyside6-lupdate`` and ``pyside6-lrelease`` ship with PySide6-Essentials.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# The window's code, and the Qt-free presenter whose templates are marked QT_TRANSLATE_NOOP.
SOURCES = (
    ROOT / "desktop" / "vramscope" / "ui",
    ROOT / "desktop" / "vramscope" / "app" / "present",
)
LANGUAGES = ("ru", "zh_CN", "pl")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def ts_path(lang: str) -> Path:
    return HERE / f"vramscope_{lang}.ts"


def update(lang: str) -> list[str]:
    """Run lupdate for ``lang``, fill every message from src/<lang>.json; returns the missing."""
    ts = ts_path(lang)
    sources = sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in d.glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    table = load_table(lang)
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", lang)
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        text = table.get(source)
        if text:
            tr.text = text
            tr.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def load_table(lang: str) -> dict[str, str]:
    """English -> translation for ``lang``, merged from src/<lang>.json and src/<lang>.*.json."""
    table: dict[str, str] = {}
    for path in [HERE / "src" / f"{lang}.json", *sorted((HERE / "src").glob(f"{lang}.*.json"))]:
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            if table.get(source, text) != text:
                sys.exit(f"{path.name}: {source!r} translated two ways")
            table[source] = text
    return table


def release(lang: str) -> None:
    qm = HERE / f"vramscope_{lang}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is missing")
    args = parser.parse_args()
    status = 0
    for lang in LANGUAGES:
        missing = update(lang)
        release(lang)
        for source in missing:
            print(f"{lang}: missing translation for {source!r}")
        if missing:
            status = 1
    return status if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
