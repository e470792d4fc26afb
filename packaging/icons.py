"""Render the app icon (an SVG) into what each platform wants: hicolor PNGs, .ico and .icns.

    python packaging/icons.py resources/icons/io.github.vramscope.VRAMScope.svg build/icons

Writes ``hicolor/<n>x<n>/apps/<name>.png`` (Linux menus), ``app.ico`` (Windows: the .exe and the
installer) and ``app.icns`` (macOS). Qt renders the SVG (offscreen, no display needed); the .ico
and .icns containers are written here, with PNG-compressed images, which Windows Vista+ and
macOS 10.7+ read. packaging/build.py runs this before PyInstaller.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

__all__ = ["HICOLOR_SIZES", "ICNS_TYPES", "ICO_SIZES", "icns_bytes", "ico_bytes", "main"]

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icns element types holding PNG data, by pixel size (several types share a size: the
# @2x variants of the smaller point size).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given square PNGs (size -> PNG bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the given square PNGs (size -> PNG bytes)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _render(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data.data())
    del app
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("svg", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--name", default=None, help="icon name (default: the SVG's stem)")
    args = parser.parse_args(argv)
    name = args.name or args.svg.stem
    wanted = set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = _render(args.svg, wanted)
    for size in HICOLOR_SIZES:
        target = args.out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = args.out_dir / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(args.svg.read_bytes())
    (args.out_dir / "app.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (args.out_dir / "app.icns").write_bytes(icns_bytes(pngs))
    (args.out_dir / "app.png").write_bytes(pngs[256])
    print(f"icons: wrote {args.out_dir} from {args.svg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
