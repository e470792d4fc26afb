"""The QApplication: names, icons, translations, pyqtgraph options, light/dark palette."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QCoreApplication, QDir, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from vramscope import __version__
from vramscope.paths import resources_dir

__all__ = [
    "LANGUAGES",
    "create_app",
    "icon",
    "install_language",
    "is_dark",
    "translations_dir",
]

# (code, name in its own language): names are never translated, so a user can always find theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("zh_CN", "简体中文"),
    ("pl", "Polski"),
)

# Installed translators stay referenced here: Qt does not own them, and a collected one would
# silently turn the window back to English.
_translators: list[QTranslator] = []
_pg_configured = False


def translations_dir() -> Path:
    """Where the compiled .qm translations are (inside the bundle when frozen)."""
    return resources_dir() / "translations"


def icons_dir() -> Path:
    """Where the window's icons are."""
    return resources_dir() / "icons"


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` (registered as the ``icons:`` search path)."""
    return QIcon(f"icons:{name}")


def system_language() -> str:
    """The first supported language in the user's UI languages, else English."""
    codes = {code for code, _ in LANGUAGES}
    for name in QLocale.system().uiLanguages():
        tag = name.replace("-", "_")
        if tag in codes:
            return tag
        if tag.startswith("zh") and ("Hans" in tag or tag in ("zh", "zh_CN", "zh_SG")):
            return "zh_CN"
        base = tag.split("_")[0]
        if base in codes:
            return base
    return "en"


def install_language(app: QCoreApplication, code: str) -> str:
    """Load ``vramscope_<code>.qm`` (and Qt's own strings when Qt ships them); returns the code
    in use. An empty code follows the system language."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    lang = code or system_language()
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"vramscope_{lang}.qm")):
        return "en"
    app.installTranslator(ours)
    _translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    # Qt's own dialogs (file chooser) use qtbase_*.qm when Qt ships them; optional.
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        _translators.append(qtbase)
    return lang


def is_dark() -> bool:
    """True when the window text is lighter than the window (works for every style)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    pal = app.palette()
    return (
        pal.color(QPalette.ColorRole.WindowText).lightness()
        > pal.color(QPalette.ColorRole.Window).lightness()
    )


def configure_pyqtgraph() -> None:
    """Once per process, before any plot exists (pyqtgraph reads options at item creation)."""
    global _pg_configured
    if _pg_configured:
        return
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, useOpenGL=False, exitCleanup=False)
    _pg_configured = True


def create_app(argv: Sequence[str] = (), theme: str = "") -> QApplication:
    """The application object (reused when one exists, as under pytest-qt)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName("VRAMScope")
    app.setApplicationName("VRAMScope")
    app.setApplicationDisplayName("VRAMScope")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.vramscope.VRAMScope")
    QDir.addSearchPath("icons", str(icons_dir()))
    app.setWindowIcon(icon("vramscope.svg"))
    # Fusion draws the same on every platform and follows the system colour scheme in Qt 6.
    app.setStyle("Fusion")
    if theme in ("light", "dark"):
        scheme = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
        app.styleHints().setColorScheme(scheme)
        # offscreen and some desktops ignore the hint: set the palette explicitly as well
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    # pyqtgraph is configured by the chart when it is built, after the first paint: importing it
    # here would cost the start-up the time the lazy chart saves (issue 14)
    return app


def dark_palette() -> QPalette:
    """A dark Fusion palette (Qt's own dark scheme colours)."""
    pal = QPalette()
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2f2f2f"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#f0f0f0"),
        (role.Text, "#e8e8e8"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e8e8e8"),
        (role.BrightText, "#ff6b6b"),
        (role.Highlight, "#3d7fd9"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#a0a0a0"),
        (role.Mid, "#555555"),
        (role.Light, "#505050"),
        (role.Dark, "#1a1a1a"),
    ):
        pal.setColor(r, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    return pal


def font_families() -> list[str]:
    """Font families Qt found; empty means every glyph renders as a box."""
    return list(QFontDatabase.families())
