"""Download and disk size of what VRAMScope ships: one-folder build, one-file binary, .deb.

    python benchmarks/size.py [--build] [--top 10]

Prints the size of each artefact against its aim, what the one-folder build is made of and its
largest files, raw and as zlib compresses them (what the one-file binary stores). Artefacts
come from packaging/build.py (``onedir onefile deb``); --build makes the missing ones (the .deb
only on Linux with dpkg-deb).

Reference, a small PySide6 + pyqtgraph app measured here with PyInstaller's defaults and light
trimming: one-folder 172-228 MB, one-file 65-87 MB, .deb 46 MB (xz).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import zlib
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _load_build() -> ModuleType:
    # packaging/ is not a package (its name would shadow the PyPI "packaging" distribution), so
    # build.py is loaded from its path; registering it lets dataclasses and pickling find it.
    spec = importlib.util.spec_from_file_location("build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build", module)
    spec.loader.exec_module(module)
    return module


build = _load_build()  # packaging/build.py: where the artefacts are

MB = 1_000_000
AIMS_MB = {"one-folder": 130, "one-file": 50, ".deb": 40}


def folder_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def deb_path() -> Path | None:
    found = sorted(build.DIST.glob(f"{build.PACKAGE}_{build.version()}_*.deb"))
    return found[-1] if found else None


def group_of(relative: Path) -> str:
    """Coarse parts of the bundle, for the breakdown."""
    parts = relative.parts
    if parts[0] != "_internal":
        return "program (+ Python modules archive)"
    rest = parts[1:]
    if rest[:3] == ("PySide6", "Qt", "lib"):
        return "Qt libraries (ICU included)" if "icu" not in rest[-1] else "ICU"
    if rest[:3] == ("PySide6", "Qt", "plugins"):
        return "Qt plugins"
    if rest[0] in {"PySide6", "shiboken6"} or rest[0].startswith(("libpyside6", "libshiboken6")):
        return "PySide6 bindings"
    if rest[0] in {"numpy", "numpy.libs"}:
        return "NumPy (+ OpenBLAS)"
    if rest[0] in {"python3.11", "base_library.zip"} or rest[0].startswith("libpython"):
        return "Python"
    if rest[0] == "resources":
        return "VRAMScope resources"
    if rest[0] == "pyqtgraph":
        return "pyqtgraph data"
    if rest[0].startswith("lib"):
        return "system libraries"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--build", action="store_true", help="build the missing artefacts")
    parser.add_argument("--top", type=int, default=10, help="how many largest files to list")
    args = parser.parse_args(argv)
    onedir, onefile, deb = build.onedir_path(), build.onefile_path(), deb_path()
    if args.build:
        targets = [] if onedir.exists() else ["onedir"]
        targets += [] if onefile.exists() else ["onefile"]
        if deb is None and build.IS_LINUX and shutil.which("dpkg-deb"):
            targets.append("deb")
        if targets:
            subprocess.run([sys.executable, str(PACKAGING / "build.py"), *targets], check=True)
        deb = deb_path()
    files = folder_files(onedir) if onedir.exists() else []
    sizes = {
        "one-folder": sum(p.stat().st_size for p in files) if files else None,
        "one-file": onefile.stat().st_size if onefile.exists() else None,
        ".deb": deb.stat().st_size if deb else None,
    }
    print(f"VRAMScope {build.version()} ({build.os_tag()}-{build.arch_tag()}):")
    for name, size in sizes.items():
        if size is None:
            print(f"  {name:<11} not built (python packaging/build.py, or --build here)")
            continue
        aim = AIMS_MB[name]
        verdict = "within aim" if size <= aim * MB else "OVER aim"
        print(
            f"  {name:<11} {size / MB:7.1f} MB ({size / 2**20:6.1f} MiB)   aim <= {aim} MB: "
            f"{verdict}"
        )
    if not files:
        return 0
    print(f"  ({len(files)} files in {onedir})")
    compressed = {p: len(zlib.compress(p.read_bytes(), 6)) for p in files}
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in files:
        group = groups[group_of(p.relative_to(onedir))]
        group[0] += p.stat().st_size
        group[1] += compressed[p]
    print("\nOne-folder build by part (raw MB / zlib MB):")
    for name, (raw, packed) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        print(f"  {raw / MB:7.1f} {packed / MB:7.1f}  {name}")
    print(f"\nThe {args.top} largest files (raw MB / zlib MB):")
    for p in sorted(files, key=lambda p: -p.stat().st_size)[: args.top]:
        print(f"  {p.stat().st_size / MB:7.1f} {compressed[p] / MB:7.1f}  {p.relative_to(onedir)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
