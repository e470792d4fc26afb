"""What the frozen app leaves out, as data and pure functions (no Qt, no PyInstaller imports).

``vramscope.spec`` applies these rules to PyInstaller's tables of contents; ``tests/
test_packaging.py`` checks them without building anything. Everything dropped here was shown
unused by the frozen ``--self-check`` (window, estimate, hardware probe, every resource): when
the app starts using something new, widen the rule and let the self-check prove it.

A table-of-contents entry is PyInstaller's ``(dest_name, src_name, typecode)`` triple.
"""

from __future__ import annotations

import os
import posixpath
import re
import struct
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

__all__ = [
    "EXCLUDED_MODULES",
    "KEPT_QT_PLUGINS",
    "QT_TRANSLATION_LANGUAGES",
    "SYSTEM_LIBRARIES",
    "TocEntry",
    "drop_dangling_symlinks",
    "elf_needed",
    "is_strippable",
    "keep_binary",
    "keep_data",
    "prune_unreferenced_libraries",
]

TocEntry = tuple[str, str, str]

# Python modules never bundled. Other Qt bindings clash with PySide6 in PyInstaller's hooks; the
# rest are optional imports of our dependencies that the app never reaches (numpy.__config__ ->
# yaml, numpy.f2py -> charset_normalizer, pyqtgraph's optional back ends), or network and
# TLS support, which an offline app must not carry (ssl drags in libssl and libcrypto).
EXCLUDED_MODULES: tuple[str, ...] = (
    # other Qt bindings and toolkits
    "PyQt5",
    "PyQt6",
    "PySide2",
    "tkinter",
    "_tkinter",
    # Qt modules the app does not load (pyqtgraph imports QtTest only to add a helper; the
    # QtDBus binding comes with QtGui's hook, but only the library libQt6DBus is used)
    "PySide6.QtNetwork",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    # build tools, test runners and optional back ends that a developer's venv may hold
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "numpy._core._multiarray_tests",
    # never imported by the app (checked after a full --self-check); pyqtgraph calls it only in
    # pseudoScatter (beeswarm plots), which the app does not draw. 2.5 MB.
    "numpy.random",
    "yaml",
    "charset_normalizer",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "matplotlib",
    "PIL",
    "scipy",
    "pandas",
    "h5py",
    "cupy",
    "numba",
    "OpenGL",
    "setuptools",
    "pkg_resources",
    "distutils",
    "gguf",
    "importlinter",
    "grimp",
    "pyqtgraph.examples",
    "pyqtgraph.opengl",
    # no network or TLS at run time, ever (DESIGN.md); hashlib falls back to its built-ins
    "ssl",
    "_ssl",
    "_hashlib",
    # interactive-console line editing (pdb, code); drags in libreadline and libtinfo
    "readline",
    # the text of help("topic"); pydoc itself stays (pyqtgraph's parametertree imports it)
    "pydoc_data",
)

# The four languages VRAMScope ships; Qt's own catalogs are kept for these only.
QT_TRANSLATION_LANGUAGES: tuple[str, ...] = ("en", "ru", "zh_CN", "pl")
# qt_*.qm is a meta catalog that loads qtbase_*.qm; the other catalogs are for unused modules.
_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_(?P<lang>[A-Za-z_]+)\.qm$")

# Qt plugin folders -> the plugins kept (normalised names, see _plugin_name). Folders not listed
# are dropped whole: eglfs/linuxfb/vnc/evdev input (embedded devices), networkinformation and
# tls (QtNetwork), sqldrivers, printsupport, multimedia, qml tooling.
KEPT_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # None keeps every plugin of the folder
    "platforms": frozenset(
        {"qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qoffscreen", "qwindows", "qcocoa"}
    ),
    # the GTK theme drags in GTK's whole stack (cairo, pango, atk, gdk-pixbuf): Fusion is used
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": None,  # compose keys, IBus (Chinese input)
    "imageformats": frozenset({"qsvg", "qico"}),  # PNG is built into QtGui
    "iconengines": None,
    "styles": None,  # the native Windows and macOS styles
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
}

# Qt shared libraries dropped by name (needed on Windows and macOS, where the ELF pruning below
# does not run): those of the excluded Python modules and of the dropped plugins. Names:
# libQt6Network.so.6 (Linux), Qt6Network.dll (Windows), QtNetwork.framework (macOS).
_DROPPED_QT_LIBRARIES = re.compile(
    r"Qt6?(Network|Test|EglFSDeviceIntegration|EglFsKmsSupport|WlShellIntegration|Pdf|Qml\w*"
    r"|Quick\w*|VirtualKeyboard\w*|Multimedia\w*|WebEngine\w*|3D\w*)\b"
)


# Under resources/: translation sources (.ts, src/*.json) and the scripts that compile them.
_RESOURCE_SOURCE_SUFFIXES = (".ts", ".py", ".pyc")

# Linux libraries taken from the running system instead of the bundle: the desktop's display,
# font and IPC stack (X11, Wayland, fontconfig, FreeType, D-Bus, GLib's main loop) must match
# the system's configuration, drivers and daemons (a bundled fontconfig misreads a newer
# fonts.conf; a bundled libstdc++ older than the one Mesa was built with stops OpenGL from
# loading), and every desktop Linux has them, ABI-stable for decades. The .deb depends on them;
# the xcb helper libraries, often missing (libxcb-cursor0), stay bundled.
SYSTEM_LIBRARIES: frozenset[str] = frozenset(
    {
        "libX11.so.6",
        "libX11-xcb.so.1",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libharfbuzz.so.0",
        "libexpat.so.1",
        "libdbus-1.so.3",
        "libz.so.1",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libgpg-error.so.0",
        "libglib-2.0.so.0",
        "libgthread-2.0.so.0",
        "libwayland-client.so.0",
        "libwayland-cursor.so.0",
        "libwayland-egl.so.1",
    }
)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _plugin_name(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` -> ``qxcb`` / ``qwindows`` / ..."""
    name = filename.split(".", 1)[0]
    return name.removeprefix("lib")


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (by its destination path in the bundle) is kept."""
    parts = _parts(dest)
    if "plugins" in parts[:-2]:
        # .../plugins/<folder>/<plugin file>
        folder = parts[parts.index("plugins") + 1]
        if folder not in KEPT_QT_PLUGINS:
            return False
        kept = KEPT_QT_PLUGINS[folder]
        return kept is None or _plugin_name(parts[-1]) in kept
    if parts[-1] in SYSTEM_LIBRARIES and len(parts) == 1:
        return False  # collected from /usr/lib into the top folder: the system provides it
    # a library file, or any file inside a macOS framework folder
    return not any(
        _DROPPED_QT_LIBRARIES.search(p) for p in parts if p == parts[-1] or p.endswith(".framework")
    )


def keep_data(dest: str) -> bool:
    """Whether a collected data file is kept: Qt's translations for our four languages only, and
    none of the build-time sources that sit beside our own resources."""
    parts = _parts(dest)
    if not parts:
        return True
    if parts[0] == "resources":
        return not (
            parts[-1].endswith(_RESOURCE_SOURCE_SUFFIXES)
            or "__pycache__" in parts
            or parts[:3] == ("resources", "translations", "src")
        )
    if parts[:3] == ("pyqtgraph", "icons", "peegee"):
        return False  # pyqtgraph's logo, only set by pg.mkQApp(), which the app does not call
    if parts[-1].endswith(".qm") and "translations" in parts:
        match = _QT_TRANSLATION.match(parts[-1])
        return match is not None and match["lang"] in QT_TRANSLATION_LANGUAGES
    return True


# ---------------------------------------------------------------------------------------------
# Linux: unused shared libraries and debug symbols


def elf_needed(path: str | os.PathLike[str]) -> list[str] | None:
    """The DT_NEEDED names of an ELF file, or None when the file is not ELF.

    A small reader of the dynamic section (the ELF specification, "Dynamic Section"), enough for
    the files PyInstaller collects: 32/64-bit, either byte order.
    """
    with Path(path).open("rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF":
            return None
        is64 = ident[4] == 2
        endian = "<" if ident[5] == 1 else ">"
        header = f.read(48 if is64 else 36)
        fields = struct.unpack(endian + ("HHIQQQIHHHHHH" if is64 else "HHIIIIIHHHHHH"), header)
        phoff, phentsize, phnum = fields[4], fields[8], fields[9]
        loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
        dynamic: tuple[int, int] | None = None
        for i in range(phnum):
            f.seek(phoff + i * phentsize)
            if is64:
                p_type, _, p_offset, p_vaddr, _, p_filesz, _, _ = struct.unpack(
                    endian + "IIQQQQQQ", f.read(56)
                )
            else:
                p_type, p_offset, p_vaddr, _, p_filesz, _, _, _ = struct.unpack(
                    endian + "IIIIIIII", f.read(32)
                )
            if p_type == 1:  # PT_LOAD
                loads.append((p_vaddr, p_offset, p_filesz))
            elif p_type == 2:  # PT_DYNAMIC
                dynamic = (p_offset, p_filesz)
        if dynamic is None:
            return []  # statically linked
        f.seek(dynamic[0])
        table = f.read(dynamic[1])
        entry_size, entry_format = (16, endian + "qQ") if is64 else (8, endian + "iI")
        needed: list[int] = []
        strtab_addr: int | None = None
        for offset in range(0, len(table) - entry_size + 1, entry_size):
            tag, value = struct.unpack_from(entry_format, table, offset)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                needed.append(value)
            elif tag == 5:  # DT_STRTAB (a virtual address)
                strtab_addr = value
        if strtab_addr is None:
            return []
        strtab = next(
            (off + strtab_addr - va for va, off, size in loads if va <= strtab_addr < va + size),
            None,
        )
        if strtab is None:
            return []
        names = []
        for name_offset in needed:
            f.seek(strtab + name_offset)
            names.append(f.read(256).split(b"\0", 1)[0].decode("ascii", "replace"))
        return names


def _is_root(entry: TocEntry) -> bool:
    """Binaries loaded by something other than the dynamic linker: they anchor the pruning."""
    dest, _, typecode = entry
    parts = _parts(dest)
    return (
        typecode == "EXTENSION"  # Python extension modules
        or "plugins" in parts  # Qt plugins (dlopen)
        or parts[-1].startswith("libpython")
        or ".so" not in parts[-1]  # executables and anything unusual
    )


def prune_unreferenced_libraries(
    binaries: Sequence[TocEntry],
    needed: Callable[[str], Iterable[str] | None] = elf_needed,
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop shared libraries that no kept extension, plugin or library links to.

    PyInstaller collects a library when something links it; once plugins were dropped, the
    libraries only they needed (libQt6EglFS*, GTK's stack, krb5 ...) stay behind. Keeps the
    closure of DT_NEEDED from the roots (symlinks are left to drop_dangling_symlinks). Returns
    (kept, dropped).
    """
    libs: dict[str, TocEntry] = {}
    roots: list[TocEntry] = []
    symlinks: list[TocEntry] = []
    for entry in binaries:
        if entry[2] == "SYMLINK":
            symlinks.append(entry)
        elif _is_root(entry):
            roots.append(entry)
        else:
            libs.setdefault(_parts(entry[0])[-1], entry)
    reached: set[str] = set()
    todo = [entry[1] for entry in roots]
    while todo:
        for name in needed(todo.pop()) or ():
            if name in libs and name not in reached:
                reached.add(name)
                todo.append(libs[name][1])
    kept_names = {libs[name][0] for name in reached}
    kept: list[TocEntry] = []
    dropped: list[TocEntry] = []
    for entry in binaries:
        keep = entry[2] == "SYMLINK" or entry in roots or entry[0] in kept_names
        (kept if keep else dropped).append(entry)
    return kept, dropped


def drop_dangling_symlinks(entries: Sequence[TocEntry], present: Iterable[str]) -> list[TocEntry]:
    """Drop symlink entries whose target is not in the bundle any more.

    PyInstaller adds links such as ``libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6`` to the
    data table; a dropped library would leave its link dangling.
    """
    names = {"/".join(_parts(name)) for name in present}
    kept = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            folder = _parts(entry[0])[:-1]
            target = posixpath.normpath("/".join((*folder, entry[1].replace("\\", "/"))))
            if target not in names:
                continue
        kept.append(entry)
    return kept


def is_strippable(dest: str) -> bool:
    """Whether stripping debug symbols is safe for this binary.

    Not for auditwheel's vendored libraries (``numpy.libs/`` ...): patchelf rewrote their
    headers and strip corrupts them (DESIGN.md pitfalls).
    """
    parts = _parts(dest)
    return not any(p.endswith(".libs") for p in parts[:-1])
