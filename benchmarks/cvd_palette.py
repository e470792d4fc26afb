"""The fit table's verdict colours under simulated colour-vision deficiency (issue 14 item 7).

Prints, for the light and the dark palette (vramscope.ui.texts), the closest pair of verdict
fills in normal vision and under deuteranopia and protanopia, as CIELAB delta E; with
``--png IN OUT`` it also writes a deuteranopia rendering of a screenshot, to look at.

The simulation is Machado, Oliveira & Fernandes 2009, "A Physiologically-based Model for
Simulation of Color Vision Deficiency" (IEEE TVCG 15(6)), severity 1.0, applied to linear RGB;
matrices from the paper's supplementary table
(https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html).

Run: PYTHONPATH=desktop python benchmarks/cvd_palette.py [--png screenshot.png out.png]
"""

from __future__ import annotations

import argparse
import itertools

import numpy as np

# source: Machado et al. 2009, severity 1.0 (see the module docstring)
DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)
PROTANOPIA = np.array(
    [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ]
)
VISIONS = {"normal": np.eye(3), "deuteranopia": DEUTERANOPIA, "protanopia": PROTANOPIA}


def to_linear(srgb: np.ndarray) -> np.ndarray:
    """sRGB 0-255 -> linear 0-1 (IEC 61966-2-1)."""
    c = srgb / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    """Linear 0-1 -> sRGB 0-255."""
    c = np.clip(linear, 0.0, 1.0)
    return np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055) * 255.0


def simulate(srgb: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Colours (..., 3) in sRGB 0-255 as seen with the deficiency ``matrix``."""
    return to_srgb(to_linear(srgb.astype(float)) @ matrix.T)


def to_lab(srgb: np.ndarray) -> np.ndarray:
    """sRGB 0-255 -> CIELAB (D65)."""
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = to_linear(srgb) @ m.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1
    )


def closest_pair(colors: dict[str, str], matrix: np.ndarray) -> tuple[float, str, str]:
    """The two verdict fills that look most alike with ``matrix``: (delta E, name, name)."""
    rgb = {
        k: np.array([int(v[i : i + 2], 16) for i in (1, 3, 5)], float) for k, v in colors.items()
    }
    lab = {k: to_lab(simulate(v, matrix)) for k, v in rgb.items()}
    return min(
        (float(np.linalg.norm(lab[a] - lab[b])), a, b) for a, b in itertools.combinations(lab, 2)
    )


def _render(src: str, dst: str) -> None:
    from PySide6.QtGui import QImage

    image = QImage(src).convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(h, stride)[:, : w * 3]
    out = simulate(raw.reshape(h, w, 3), DEUTERANOPIA).round().astype(np.uint8)
    data = np.ascontiguousarray(out).tobytes()
    QImage(data, w, h, w * 3, QImage.Format.Format_RGB888).save(dst)
    print(f"wrote {dst} (deuteranopia)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", nargs=2, metavar=("IN", "OUT"))
    args = parser.parse_args()
    from vramscope.ui import texts

    for theme, dark in (("light", False), ("dark", True)):
        colors = {k: c.name() for k, (c, _fg) in texts.verdict_colors(dark).items()}
        for vision, matrix in VISIONS.items():
            d, a, b = closest_pair(colors, matrix)
            ft = closest_pair({k: colors[k] for k in ("fits_gpu", "tight")}, matrix)[0]
            print(f"{theme:5} {vision:12} closest pair dE {d:5.1f} ({a} / {b}); "
                  f"all-on-GPU vs tight dE {ft:5.1f}")  # fmt: skip
    if args.png:
        _render(*args.png)


if __name__ == "__main__":
    main()
