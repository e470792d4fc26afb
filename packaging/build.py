"""Build VRAMScope's binaries and installers.

    python packaging/build.py [TARGET ...] [--self-check] [--clean]

Targets (default: onedir):
  onedir     dist/vramscope/ (+ dist/VRAMScope.app on macOS): the one-folder app, what the
             installers ship; Qt's libraries stay separate, replaceable files (LGPL)
  onefile    dist/vramscope-VERSION-OS-ARCH[.exe]: the portable single binary
  deb        dist/vramscope_VERSION_ARCH.deb (Linux): /opt/vramscope, /usr/bin/vramscope, menu
             entry, hicolor icons, AppStream metainfo; Depends computed by dpkg-shlibdeps
  appdir     build/AppDir (Linux): the folder an AppImage is made of
  appimage   dist/VRAMScope-VERSION-ARCH.AppImage: appdir + appimagetool (not packaged in
             Debian: set APPIMAGETOOL or put it on PATH; CI's Linux job downloads it)
  installer  Windows: Inno Setup per-user installer (iscc); macOS: .dmg (hdiutil)
  bare       dist/bench/bare-window/: a bare PySide6 + pyqtgraph window frozen by the same spec
  bare-onefile  its one-file twin (benchmarks/startup.py builds both when missing)
  icons      build/icons/ from resources/icons/ (every build target makes them first)
  licenses   regenerate resources/licenses/ from the installed distributions
  all        onedir onefile, then deb (Linux) or installer (Windows, macOS)

--self-check runs the frozen app's --self-check (and one CLI estimate) after building.
Needs the [packaging] extra: pip install -e ".[packaging]".
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import importlib.metadata as metadata
import importlib.util
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
LICENSES = ROOT / "resources" / "licenses"
LINUX_DATA = ROOT / "resources" / "linux"

APP_ID = "io.github.vramscope.VRAMScope"  # the .desktop/metainfo id in resources/linux/
APP_NAME = "VRAMScope"
PACKAGE = "vramscope"
ICON_SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
MAINTAINER = "VRAMScope developers <vramscope@users.noreply.github.com>"
SUMMARY = "Can this PC run that LLM? Memory, placement and speed estimates"
DESCRIPTION = """\
VRAMScope reads your GPUs and RAM and tells you which models and quantizations
run, how much context fits and how fast generation will be, before you
download anything. Every number is a named term with its formula, for
llama.cpp (Ollama, LM Studio), transformers and vLLM, inference and
LoRA/QLoRA fine-tuning. It works offline: the model catalog is bundled."""
# Text a user needs to read the window: any Latin/Cyrillic font; CJK fonts for Chinese.
DEB_FONT_DEPENDS = "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core | fonts-freefont-ttf"
DEB_RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei"

IS_LINUX = sys.platform.startswith("linux")
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"

TARGETS = (
    "icons",
    "licenses",
    "onedir",
    "onefile",
    "deb",
    "appdir",
    "appimage",
    "installer",
    "bare",
    "bare-onefile",
    "all",
)


def version() -> str:
    """The app's version, read from the package without importing it."""
    text = (ROOT / "desktop" / "vramscope" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if match is None:
        raise SystemExit("build: no __version__ in desktop/vramscope/__init__.py")
    return match[1]


def os_tag() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def arch_tag() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(
        machine, machine
    )


def run(cmd: Sequence[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command, echoing it; raise on failure."""
    args = [str(c) for c in cmd]
    print("+ " + shlex.join(args), flush=True)
    done: subprocess.CompletedProcess[str] = subprocess.run(args, check=True, text=True, **kwargs)
    return done


# ---------------------------------------------------------------------------------------------
# PyInstaller builds


def onedir_path(*, bare: bool = False) -> Path:
    return (DIST / "bench" / "bare-window") if bare else (DIST / PACKAGE)


def onefile_path(*, bare: bool = False) -> Path:
    stem = "bare-window" if bare else PACKAGE
    suffix = ".exe" if IS_WIN else ""
    folder = DIST / "bench" if bare else DIST
    return folder / f"{stem}-{version()}-{os_tag()}-{arch_tag()}{suffix}"


def app_executable(*, bare: bool = False, onefile: bool = False, console: bool = True) -> Path:
    """The frozen program to run. On Windows the windowed .exe has no stdout: checks use the
    console twin (``vramscope-cli.exe``); on macOS the program inside the .app."""
    if onefile:
        return onefile_path(bare=bare)
    name = "bare-window" if bare else PACKAGE
    if IS_MAC:
        bundle = DIST / ("bench/bare-window.app" if bare else f"{APP_NAME}.app")
        return bundle / "Contents" / "MacOS" / name
    if IS_WIN:
        cli = "" if bare or not console else "-cli"
        return onedir_path(bare=bare) / f"{name}{cli}.exe"
    return onedir_path(bare=bare) / name


def build_icons() -> None:
    if (ICONS / "app.ico").exists() and (ICONS / "app.ico").stat().st_mtime >= (
        ICON_SVG.stat().st_mtime
    ):
        return
    run([sys.executable, HERE / "icons.py", ICON_SVG, ICONS, "--name", APP_ID])


def pyinstaller(*, onefile: bool = False, bare: bool = False, clean: bool = False) -> Path:
    """Run the spec; returns the folder (one-folder) or file (one-file) it made."""
    variant = ("bare" if bare else "app") + ("-onefile" if onefile else "-onedir")
    spec_args = ["--icons", str(ICONS)]
    if onefile:
        spec_args.append("--onefile")
    if bare:
        spec_args.append("--bare")
    started = time.monotonic()
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            *(["--clean"] if clean else []),
            "--workpath", BUILD / "pyinstaller" / variant,
            "--distpath", (DIST / "bench") if bare else DIST,
            HERE / "vramscope.spec", "--", *spec_args,
        ]
    )  # fmt: skip
    out = onefile_path(bare=bare) if onefile else onedir_path(bare=bare)
    print(f"build: {variant} -> {out} in {time.monotonic() - started:.0f} s", flush=True)
    return out


def self_check(exe: Path) -> None:
    """The frozen --self-check, then one CLI estimate as JSON; raise SystemExit on failure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (["--self-check"], ["estimate", "llama-3.1-8b", "--json"]):
        print("+ " + shlex.join([str(exe), *args]), flush=True)
        done = subprocess.run(
            [str(exe), *args], env=env, capture_output=True, text=True, timeout=300
        )
        if done.returncode != 0:
            raise SystemExit(
                f"build: {exe.name} {' '.join(args)} failed (exit {done.returncode}):\n"
                f"{done.stdout[-3000:]}{done.stderr[-3000:]}"
            )
        if args[0] == "--self-check":
            lines = done.stdout.strip().splitlines()
            if not lines or not lines[-1].startswith("self-check ok"):
                raise SystemExit(f"build: --self-check printed no summary:\n{done.stderr}")
            print(lines[-1])
        else:
            result = json.loads(done.stdout)
            print(
                f"estimate llama-3.1-8b: verdict {result['verdict']}, "
                f"peak RAM {result['peak_ram_bytes']} bytes"
            )


# ---------------------------------------------------------------------------------------------
# Linux: .deb and AppDir


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def deb_depends(app_dir: Path) -> str:
    """What the bundle needs from the system, as Debian package relations: dpkg-shlibdeps over
    every ELF file, the bundle's own libraries counting as private (``app_dir`` must sit in a
    package tree with a DEBIAN folder). The libraries must be installed on the build machine."""
    elves = _elf_files(app_dir)
    lib_dirs = sorted({p.parent for p in elves})
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "debian").mkdir()
        (Path(tmp) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n"
        )
        done = subprocess.run(
            [
                "dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0",
                *(f"-l{d}" for d in lib_dirs), *map(str, elves),
            ],
            cwd=tmp, capture_output=True, text=True,
        )  # fmt: skip
    if done.returncode != 0:
        errors = [x for x in done.stderr.splitlines() if "error" in x]
        raise SystemExit(
            "build: dpkg-shlibdeps failed (install the libraries it cannot find, e.g. "
            "libwayland-client0 libwayland-cursor0 libwayland-egl1):\n" + "\n".join(errors[:10])
        )
    line = next(x for x in done.stdout.splitlines() if x.startswith("shlibs:Depends="))
    return line.split("=", 1)[1]


def _copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, symlinks=True)


def _normalise_modes(root: Path, executables: set[Path]) -> None:
    """Debian's rules: folders 755, programs 755, everything else (shared libraries too) 644."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = 0o755 if path.is_dir() or path in executables else 0o644
        path.chmod(mode)


def _debian_copyright() -> str:
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {APP_NAME}
Comment: The program in /opt/{PACKAGE} bundles Python, Qt 6 (through PySide6), pyqtgraph,
 NumPy, psutil and nvidia-ml-py. The full licence texts and notices of every bundled
 component are in /opt/{PACKAGE}/_internal/resources/licenses/ and in the About dialog.
 Qt and PySide6 are used under the LGPL-3.0: their libraries are separate files in
 /opt/{PACKAGE}/_internal/PySide6/ and can be replaced by a compatible build.

Files: *
Copyright: VRAMScope contributors
License: MIT

Files: opt/{PACKAGE}/_internal/PySide6/* opt/{PACKAGE}/_internal/shiboken6/*
 opt/{PACKAGE}/_internal/libpyside6* opt/{PACKAGE}/_internal/libshiboken6*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3
 On Debian systems the full text is in /usr/share/common-licenses/LGPL-3.

Files: opt/{PACKAGE}/_internal/python3.11/* opt/{PACKAGE}/_internal/libpython*
 opt/{PACKAGE}/_internal/base_library.zip
Copyright: Python Software Foundation
License: PSF-2.0
 See /opt/{PACKAGE}/_internal/resources/licenses/Python.txt.

Files: opt/{PACKAGE}/_internal/numpy/* opt/{PACKAGE}/_internal/numpy.libs/*
Copyright: NumPy Developers; OpenBLAS, LAPACK and GCC runtime authors
License: BSD-3-Clause and others
 See /opt/{PACKAGE}/_internal/resources/licenses/numpy.txt.

License: MIT
 See /opt/{PACKAGE}/_internal/resources/licenses/VRAMScope.txt.
"""


def deb_control(ver: str, arch: str, depends: str, installed_kib: int) -> str:
    """The DEBIAN/control file (Debian policy 5.3; the description's blank lines are " .")."""
    description = "\n".join(" " + (x if x.strip() else ".") for x in DESCRIPTION.splitlines())
    return (
        f"Package: {PACKAGE}\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\nDepends: {depends}\nRecommends: {DEB_RECOMMENDS}\n"
        f"Section: utils\nPriority: optional\nDescription: {SUMMARY}\n{description}\n"
    )


def _unbundle_debian_libraries(internal: Path) -> list[str]:
    """Remove the bundle's byte-identical copies of Debian's own libraries (PyInstaller copied
    them from /usr/lib): the package depends on them instead, so they get Debian's security
    updates. Returns the names removed."""
    multiarch = sysconfig.get_config_var("MULTIARCH") or f"{platform.machine()}-linux-gnu"
    system_dirs = [Path("/usr/lib") / multiarch, Path("/lib") / multiarch]
    removed = []
    for lib in sorted(internal.glob("*.so*")):
        if lib.is_symlink() or not lib.is_file():
            continue
        for folder in system_dirs:
            candidate = folder / lib.name
            if not candidate.exists() or not filecmp.cmp(candidate, lib, shallow=False):
                continue
            owner = subprocess.run(["dpkg-query", "-S", str(candidate)], capture_output=True)
            if owner.returncode == 0:
                lib.unlink()
                removed.append(lib.name)
                break
    return removed


def build_deb(app_dir: Path) -> Path:
    """dist/vramscope_VERSION_ARCH.deb from the one-folder build."""
    if not shutil.which("dpkg-deb") or not shutil.which("dpkg-shlibdeps"):
        raise SystemExit("build: deb needs dpkg-deb and dpkg-shlibdeps (apt-get install dpkg-dev)")
    ver = version()
    arch = run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()
    stage = BUILD / "deb" / "root"
    shutil.rmtree(stage.parent, ignore_errors=True)
    opt = stage / "opt" / PACKAGE
    _copy_tree(app_dir, opt)
    removed = _unbundle_debian_libraries(opt / "_internal")
    print(f"build: deb uses Debian's own {', '.join(removed) or 'nothing'}")
    (stage / "usr" / "bin").mkdir(parents=True)
    # absolute: the link crosses top-level folders (Debian policy 10.5)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = stage / "usr" / "share"
    for sub, name in (
        ("applications", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / sub).mkdir(parents=True)
        shutil.copy2(LINUX_DATA / name, share / sub / name)
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_debian_copyright(), encoding="utf-8")
    changelog = f"{PACKAGE} ({ver}) unstable; urgency=medium\n\n  * Release {ver}.\n\n"
    changelog += (
        f" -- {MAINTAINER}  {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as f:
        f.write(changelog.encode())
    _normalise_modes(stage, {opt / PACKAGE})
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    depends = ", ".join([deb_depends(opt), DEB_FONT_DEPENDS])
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    control.write_text(deb_control(ver, arch, depends, size_kib), encoding="utf-8")
    control.parent.chmod(0o755)
    control.chmod(0o644)
    out = DIST / f"{PACKAGE}_{ver}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", stage, out])
    print(f"build: {out} ({out.stat().st_size / 1e6:.1f} MB)\nDepends: {depends}")
    return out


def build_appdir(app_dir: Path) -> Path:
    """build/AppDir: AppRun, the .desktop entry, icon and metainfo, the app in usr/lib."""
    appdir = BUILD / "AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    _copy_tree(app_dir, appdir / "usr" / "lib" / PACKAGE)
    apprun = appdir / "AppRun"
    apprun.write_text(
        '#!/bin/sh\nHERE="$(dirname "$(readlink -f "$0")")"\n'
        f'exec "$HERE/usr/lib/{PACKAGE}/{PACKAGE}" "$@"\n'
    )
    apprun.chmod(0o755)
    shutil.copy2(LINUX_DATA / f"{APP_ID}.desktop", appdir / f"{APP_ID}.desktop")
    shutil.copy2(ICONS / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png", appdir / f"{APP_ID}.png")
    (appdir / ".DirIcon").symlink_to(f"{APP_ID}.png")
    (appdir / "usr" / "share" / "metainfo").mkdir(parents=True)
    shutil.copy2(
        LINUX_DATA / f"{APP_ID}.metainfo.xml",
        appdir / "usr" / "share" / "metainfo" / f"{APP_ID}.appdata.xml",
    )
    shutil.copytree(ICONS / "hicolor", appdir / "usr" / "share" / "icons" / "hicolor")
    print(f"build: {appdir}")
    return appdir


def build_appimage(appdir: Path) -> Path:
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if not tool:
        raise SystemExit(
            "build: appimage needs appimagetool (not packaged in Debian or PyPI): set "
            "APPIMAGETOOL=/path/to/appimagetool-x86_64.AppImage; build/AppDir is ready"
        )
    out = DIST / f"{APP_NAME}-{version()}-{arch_tag()}.AppImage"
    run([tool, "--no-appstream", appdir, out], env={**os.environ, "ARCH": arch_tag()})
    return out


# ---------------------------------------------------------------------------------------------
# Windows and macOS installers


def build_installer() -> Path:
    ver = version()
    if IS_WIN:
        iscc = os.environ.get("ISCC") or shutil.which("iscc")
        if not iscc:
            default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
            candidate = default / "Inno Setup 6" / "ISCC.exe"
            iscc = str(candidate) if candidate.exists() else None
        if not iscc:
            raise SystemExit("build: installer needs Inno Setup 6 (iscc) on PATH or in ISCC")
        run([
            iscc, f"/DAppVersion={ver}", f"/DSourceDir={onedir_path()}",
            f"/DIconFile={ICONS / 'app.ico'}", f"/DOutputDir={DIST}",
            HERE / "windows" / "vramscope.iss",
        ])  # fmt: skip
        return DIST / f"{APP_NAME}-{ver}-windows-{arch_tag()}-setup.exe"
    if IS_MAC:
        app = DIST / f"{APP_NAME}.app"
        # PyInstaller signs each binary ad hoc; sign the bundle as a whole too (Apple silicon
        # refuses unsigned code). Notarisation needs a Developer ID: see packaging/README.md.
        run(["codesign", "--force", "--deep", "--sign", os.environ.get("MACOS_SIGN_ID", "-"), app])
        stage = BUILD / "dmg"
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        _copy_tree(app, stage / app.name)
        (stage / "Applications").symlink_to("/Applications")
        out = DIST / f"{APP_NAME}-{ver}-macos-{arch_tag()}.dmg"
        run([
            "hdiutil", "create", "-volname", f"{APP_NAME} {ver}", "-srcfolder", stage, "-ov",
            "-format", "UDZO", out,
        ])  # fmt: skip
        return out
    raise SystemExit("build: installer is for Windows and macOS; on Linux build deb")


# ---------------------------------------------------------------------------------------------
# Licence notices (resources/licenses/)

_MIT = """\
MIT License

Copyright (c) VRAMScope contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

# (file in resources/licenses, component, licence, where the text comes from)
LICENSE_FILES: tuple[tuple[str, str, str, str], ...] = (
    ("VRAMScope.txt", "VRAMScope", "MIT", "text:mit"),
    ("Python.txt", "Python 3.11 (interpreter and standard library)", "PSF-2.0", "python"),
    ("Qt-and-PySide6-LGPL-3.0.txt", "Qt 6, PySide6, Shiboken6", "LGPL-3.0-only", "common:LGPL-3"),
    ("GPL-3.0.txt", "GNU GPL 3.0 (incorporated by the LGPL 3.0)", "GPL-3.0", "common:GPL-3"),
    ("Qt-third-party.txt", "Third-party code inside Qt's libraries", "various", "static"),
    ("ICU.txt", "ICU (Unicode support used by Qt)", "Unicode-3.0 (MIT-style)", "debian:libicu72"),
    ("pyqtgraph.txt", "pyqtgraph", "MIT", "dist:pyqtgraph"),
    ("numpy.txt", "NumPy, with OpenBLAS, LAPACK and the GCC runtime", "BSD-3-Clause and others",
     "dist:numpy"),
    ("psutil.txt", "psutil", "BSD-3-Clause", "dist:psutil"),
    ("nvidia-ml-py.txt", "nvidia-ml-py (pynvml)", "BSD-3-Clause", "header:pynvml"),
    ("PyInstaller.txt", "PyInstaller bootloader", "GPL-2.0-or-later WITH Bootloader-exception",
     "dist:pyinstaller"),
)  # fmt: skip


def _license_text(source: str) -> str | None:
    kind, _, name = source.partition(":")
    if kind == "text":
        return _MIT
    if kind == "python":
        path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
        return path.read_text(encoding="utf-8") if path.exists() else None
    if kind == "common":
        path = Path("/usr/share/common-licenses") / name
        return path.read_text(encoding="utf-8") if path.exists() else None
    if kind == "debian":
        path = Path("/usr/share/doc") / name / "copyright"
        return path.read_text(encoding="utf-8") if path.exists() else None
    if kind == "header":
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            return None
        lines = []
        for line in Path(spec.origin).read_text(encoding="utf-8").splitlines()[1:]:
            if not line.startswith("#") or line.startswith("#####"):
                break
            lines.append(line[2:])
        return "\n".join(lines) + "\n"
    if kind == "dist":
        try:
            files = metadata.files(name) or []
        except metadata.PackageNotFoundError:
            return None
        texts = [
            f"----- {f} -----\n{f.read_text(encoding='utf-8')}"
            for f in files
            if re.search(r"(LICEN[CS]E|COPYING)[^/]*$", str(f), re.IGNORECASE)
        ]
        return "\n".join(texts) if texts else None
    return None


def _licenses_readme() -> str:
    rows = "\n".join(
        f"  {file:<30} {comp}\n  {'':<30} licence: {lic}" for file, comp, lic, _ in LICENSE_FILES
    )
    return f"""\
VRAMScope: licences of the program and of the components it bundles
===================================================================

VRAMScope itself is free software under the MIT licence (VRAMScope.txt).

The packaged program (installers, .deb, portable binary) also contains:

{rows}

On Linux the packages also bundle a few system libraries from Debian (the xcb helpers, GLib,
libffi ...); their Debian copyright files are in the debian/ folder next to this file. The
Linux builds carry a reduced copy of ICU's data library (libicudata: the root locale and the
app's four languages; packaging/icu.py in the source tree makes it), as ICU's licence allows.

Qt and PySide6 (LGPL-3.0)
-------------------------
Qt for Python (PySide6, Shiboken6) and the Qt 6 libraries are used unmodified under the GNU
Lesser General Public License 3.0 (Qt-and-PySide6-LGPL-3.0.txt, which incorporates
GPL-3.0.txt). In the one-folder build (what the Windows installer, the macOS app and the Linux
.deb install) every Qt library is a separate file that you may replace with your own build of
the same Qt version:
  Linux    _internal/PySide6/Qt/lib/ and _internal/PySide6/Qt/plugins/
  Windows  _internal/PySide6/ (Qt6*.dll) and _internal/PySide6/plugins/
  macOS    VRAMScope.app/Contents/Frameworks/PySide6/Qt/lib/ (Qt*.framework)
The one-file portable binary unpacks the same files into a temporary folder at start; to use
modified Qt libraries, use the one-folder build. The sources of Qt and of Qt for Python are
available from https://download.qt.io/official_releases/ (qt/6.11 and QtForPython/pyside6);
the exact versions are shown in VRAMScope's About dialog.
"""


def write_licenses() -> None:
    """Regenerate resources/licenses/ (committed, so source runs show the same About text)."""
    LICENSES.mkdir(parents=True, exist_ok=True)
    for file, component, _licence, source in LICENSE_FILES:
        target = LICENSES / file
        if source == "static":
            continue  # written by hand: see the file
        text = _license_text(source)
        if text is None:
            print(f"licenses: no source for {component} ({source}); keeping {target.name}")
            continue
        target.write_text(text.rstrip() + "\n", encoding="utf-8")
    (LICENSES / "README.txt").write_text(_licenses_readme(), encoding="utf-8")
    print(f"licenses: wrote {LICENSES}")


# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n", 1)[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("targets", nargs="*", default=["onedir"], choices=TARGETS, metavar="TARGET")
    parser.add_argument("--self-check", action="store_true", help="run the frozen self-check")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    args = parser.parse_args(argv)
    targets = list(dict.fromkeys(args.targets))
    if "all" in targets:
        native = ["deb"] if IS_LINUX else ["installer"]
        targets = ["onedir", "onefile", *native] + [t for t in targets if t != "all"]
    if "licenses" in targets:
        write_licenses()
    if set(targets) - {"licenses"}:
        build_icons()
    app_dir = onedir_path()
    if {"onedir", "deb", "appdir", "appimage", "installer"} & set(targets):
        app_dir = pyinstaller(clean=args.clean)
        if args.self_check:
            self_check(app_executable())
    if "onefile" in targets:
        pyinstaller(onefile=True, clean=args.clean)
        if args.self_check:
            self_check(app_executable(onefile=True))
    if "bare" in targets:
        pyinstaller(bare=True, clean=args.clean)
    if "bare-onefile" in targets:
        pyinstaller(onefile=True, bare=True, clean=args.clean)
    if "deb" in targets:
        build_deb(app_dir)
    if {"appdir", "appimage"} & set(targets):
        appdir = build_appdir(app_dir)
        if "appimage" in targets:
            build_appimage(appdir)
    if "installer" in targets:
        print(f"build: {build_installer()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
