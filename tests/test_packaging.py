"""Packaging checks that need neither Qt nor a build (the frozen --self-check is the real test:
scripts/ci-package.sh). What the bundle drops, the ELF and ICU helpers, the icon containers,
the .deb control file, the Linux desktop data, the installer recipes, the licence notices, and
that the app imports no network module.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    """A packaging/ script as a module, under a name that cannot clash with installed ones."""
    spec = importlib.util.spec_from_file_location(
        f"_vramscope_packaging_{name}", PACKAGING / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


trim = _load("trim")
icu = _load("icu")
icons = _load("icons")
build = _load("build")


# --- what the bundle keeps -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),  # pyqtgraph imports QtOpenGL at load
        ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt6Network.dll", False),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("libfontconfig.so.1", False),  # from the system
        ("libxcb-cursor.so.0", True),  # often missing on desktops: bundled
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),
    ],
)
def test_keep_binary(dest: str, kept: bool) -> None:
    assert trim.keep_binary(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qt_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_pl.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_ru.qm", False),
        ("resources/translations/vramscope_ru.qm", True),
        ("resources/translations/vramscope_ru.ts", False),
        ("resources/translations/build.py", False),
        ("resources/translations/src/ru.json", False),
        ("resources/catalog/gpus.json", True),
        ("resources/licenses/README.txt", True),
        ("pyqtgraph/icons/peegee/peegee_512px@2x.png", False),
        ("pyqtgraph/colors/maps/viridis.csv", True),
    ],
)
def test_keep_data(dest: str, kept: bool) -> None:
    assert trim.keep_data(dest) is kept


def test_exclusions_keep_what_pyqtgraph_loads_dynamically() -> None:
    # DESIGN.md pitfalls: pyqtgraph imports these where PyInstaller cannot see it
    for needed in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "numpy.typing", "pydoc"):
        assert needed not in trim.EXCLUDED_MODULES
    for binding in ("PyQt5", "PyQt6", "PySide2", "tkinter"):
        assert binding in trim.EXCLUDED_MODULES
    assert {"ssl", "_ssl", "PySide6.QtNetwork"} <= set(trim.EXCLUDED_MODULES)


def test_prune_keeps_the_closure_of_what_roots_link() -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only the dropped GTK theme used it
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    graph = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
    }
    kept, dropped = trim.prune_unreferenced_libraries(toc, lambda src: graph.get(src, []))
    assert [e[0] for e in dropped] == ["libcairo.so.2"]
    assert len(kept) == len(toc) - 1


def test_dangling_symlinks_are_dropped() -> None:
    toc = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
    ]
    kept = trim.drop_dangling_symlinks(toc, {"PySide6/Qt/lib/libQt6Core.so.6"})
    assert [e[0] for e in kept] == ["libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]


def test_auditwheel_libraries_are_never_stripped() -> None:
    assert not trim.is_strippable("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert trim.is_strippable("libpython3.11.so.1.0")
    assert trim.is_strippable("python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF is Linux's format")
def test_elf_needed_reads_a_real_binary() -> None:
    needed = trim.elf_needed(Path("/bin/sh").resolve())
    assert needed is not None and any(name.startswith("libc.so") for name in needed)
    assert trim.elf_needed(ROOT / "pyproject.toml") is None


# --- ICU subset ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("pool.res", True),
        ("res_index.res", True),
        ("ru.res", True),
        ("zh_Hans_CN.res", True),
        ("pl_PL.res", True),
        ("en_GB.res", True),
        ("de.res", False),
        ("yue.res", False),
        ("coll/ru.res", True),
        ("coll/ucadata.icu", True),
        ("coll/sv.res", False),
        ("zone/zh.res", True),
        ("zoneinfo64.res", True),
        ("metaZones.res", True),
        ("plurals.res", True),
        ("icudt-gb18030.cnv", False),
        ("ibm-5348_P100-1997.cnv", False),
        ("cnvalias.icu", True),
        ("brkitr/cjdict.dict", False),
        ("brkitr/char.brk", True),
        ("translit/root.res", False),
        ("unames.icu", False),
        ("nfkc.nrm", True),
    ],
)
def test_icu_keep_item(item: str, kept: bool) -> None:
    assert icu.keep_item(item) is kept


def _package(items: dict[str, bytes]) -> bytes:
    """A tiny ICU common-data package laid out as ICU writes it."""
    header = bytearray(32)
    struct.pack_into("<HBB", header, 0, 32, 0xDA, 0x27)
    header[8] = 0  # little-endian
    header[12:16] = b"CmnD"
    names = sorted(items)
    table = 4 + 8 * len(names)
    blob_names = b"".join(f"icudt73l/{n}".encode() + b"\0" for n in names)
    offset = (table + len(blob_names) + 15) // 16 * 16
    entries, data, name_offset = b"", b"", table
    for n in names:
        entries += struct.pack("<II", name_offset, offset + len(data))
        name_offset += len(f"icudt73l/{n}") + 1
        data += items[n] + b"\0" * (-len(items[n]) % 16)
    toc = struct.pack("<I", len(names)) + entries + blob_names
    toc += b"\0" * (offset - len(toc))
    return bytes(header) + toc + data


def _unpack(package: bytes) -> dict[str, bytes]:
    toc = package[struct.unpack_from("<H", package)[0] :]
    count = struct.unpack_from("<I", toc)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [e[1] for e in entries[1:]] + [len(toc)]
    out = {}
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at : toc.index(b"\0", name_at)].decode()
        out[name.split("/", 1)[1]] = toc[data_at:end].rstrip(b"\0")
    return out


def test_icu_subset_keeps_items_and_layout() -> None:
    items = {
        "coll/root.res": b"collation",
        "de.res": b"german",
        "ibm-1.cnv": b"codec",
        "ru.res": b"russian",
        "zoneinfo64.res": b"zones",
    }
    small = icu.subset_package(_package(items))
    assert _unpack(small) == {
        k: v for k, v in items.items() if k in {"coll/root.res", "ru.res", "zoneinfo64.res"}
    }
    with pytest.raises(ValueError, match="not an ICU"):
        icu.subset_package(b"\0" * 64)


def test_icu_subset_of_the_wheels_data() -> None:
    spec = importlib.util.find_spec("PySide6")  # finds the folder without importing Qt
    libs = (
        list(Path(spec.origin).parent.glob("Qt/lib/libicudata.so.*"))
        if spec and spec.origin
        else []
    )
    if not libs:
        pytest.skip("no libicudata in this PySide6 (Windows/macOS wheels use the system's)")
    offset, size = icu.elf_symbol(libs[0], f"icudt{libs[0].name.rsplit('.', 1)[1]}_dat")
    with libs[0].open("rb") as f:
        f.seek(offset)
        package = f.read(size)
    small = icu.subset_package(package)
    kept = _unpack(small)
    assert "coll/ru.res" in kept and "zh.res" in kept and "root.res" in kept
    assert "de.res" not in kept
    assert len(small) < len(package) / 4


# --- icons -----------------------------------------------------------------------------------


def test_ico_and_icns_containers() -> None:
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * size for size in (16, 32, 256, 1024)}
    ico = icons.ico_bytes({s: pngs[s] for s in (16, 32, 256)})
    assert struct.unpack_from("<HHH", ico) == (0, 1, 3)
    width, height, *_, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 2 * 16)
    assert (width, height) == (0, 0)  # 256 px
    assert ico[offset : offset + length] == pngs[256]
    icns = icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns


# --- the spec, the data it bundles, the installers -------------------------------------------


def test_spec_refers_to_files_that_exist() -> None:
    spec = (PACKAGING / "vramscope.spec").read_text()
    for name in re.findall(r'HERE / "([\w.]+\.py)"', spec):
        assert (PACKAGING / name).is_file(), name
    assert '"resources"' in spec and "trim.EXCLUDED_MODULES" in spec
    assert "upx=False" in spec and "console=False" in spec
    assert f'BUNDLE_ID = "{build.APP_ID}"' in spec
    for needed in ("icons", "translations", "catalog", "licenses"):
        assert (ROOT / "resources" / needed).is_dir(), needed


def test_entry_scripts_compile() -> None:
    for name in ("entry.py", "bare_entry.py", "startup_probe.py"):
        compile((PACKAGING / name).read_text(), name, "exec")


def test_startup_probe_is_inert_without_its_variable() -> None:
    code = (
        f"import runpy, sys; runpy.run_path({str(PACKAGING / 'startup_probe.py')!r}); "
        "print('PySide6' in sys.modules)"
    )
    env = {"PATH": "/usr/bin:/bin", "SYSTEMROOT": "C:\\Windows"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "False", done.stderr


def test_linux_desktop_entry() -> None:
    path = ROOT / "resources" / "linux" / f"{build.APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == build.PACKAGE  # the /usr/bin link the .deb installs
    assert entry["Icon"] == build.APP_ID
    assert entry["Name"] and entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_linux_metainfo() -> None:
    path = ROOT / "resources" / "linux" / f"{build.APP_ID}.metainfo.xml"
    component = ET.parse(path).getroot()
    assert component.findtext("id") == build.APP_ID
    assert component.findtext("launchable") == f"{build.APP_ID}.desktop"
    assert component.findtext("provides/binary") == build.PACKAGE
    assert (ROOT / "resources" / "icons" / f"{build.APP_ID}.svg").is_file()
    if shutil.which("appstreamcli"):
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_deb_control_fields() -> None:
    control = build.deb_control("1.2.3", "amd64", "libc6 (>= 2.35), libgl1", 123456)
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" ")
    )
    assert fields["Package"] == "vramscope" and fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "123456"
    assert re.fullmatch(r".+ <[^@ ]+@[^@ ]+>", fields["Maintainer"])
    assert "libgl1" in fields["Depends"]
    assert len(fields["Description"]) <= 80
    body = [line for line in control.splitlines() if line.startswith(" ")]
    assert body and all(line.strip() for line in body)  # empty lines are written " ."
    assert control.endswith("\n")


def test_inno_setup_script_is_per_user_and_matches_the_build() -> None:
    iss = (PACKAGING / "windows" / "vramscope.iss").read_text()
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.MULTILINE)
    assert '#define AppExe "vramscope.exe"' in iss  # the spec's EXE name on Windows
    assert "{autoprograms}" in iss and "[Icons]" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.MULTILINE)
    assert "recursesubdirs" in iss and "{#SourceDir}" in iss


def test_ci_workflow_builds_every_platform_with_the_build_script() -> None:
    text = (ROOT / ".github" / "workflows" / "package.yml").read_text()
    for runner in ("windows-", "macos-", "ubuntu-"):
        assert runner in text
    assert text.count("packaging/build.py") >= 3 and "--self-check" in text


# --- licences --------------------------------------------------------------------------------


def test_every_bundled_component_has_a_notice() -> None:
    folder = ROOT / "resources" / "licenses"
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    for file, *_ in build.LICENSE_FILES:
        assert (folder / file).is_file(), file
        assert (folder / file).stat().st_size > 300, file
        assert file in readme, file
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = " ".join(f for f, *_ in build.LICENSE_FILES).lower()
    for requirement in project["dependencies"]:
        dist = re.split(r"[<>=;\s\[]", requirement, maxsplit=1)[0].lower()
        short = {"pyside6-essentials": "pyside6"}.get(dist, dist)
        assert short in names, f"no licence notice for {dist}"
    lgpl = (folder / "Qt-and-PySide6-LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl


# --- offline ---------------------------------------------------------------------------------

NETWORK_MODULES = {
    "socket", "ssl", "http", "urllib.request", "ftplib", "smtplib", "poplib", "imaplib",
    "xmlrpc", "requests", "httpx", "urllib3", "aiohttp", "websocket", "websockets",
    "PySide6.QtNetwork", "PySide6.QtWebSockets", "huggingface_hub",
}  # fmt: skip


def test_the_app_imports_no_network_module() -> None:
    offenders = []
    for path in sorted((ROOT / "desktop" / "vramscope").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert not offenders, offenders
