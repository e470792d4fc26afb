"""The machine panel picks its short note lines by code and shows them in the user's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vramscope.app.present import render
from vramscope.core import Note
from vramscope.hardware import notes
from vramscope.ui.app import install_language
from vramscope.ui.machine_panel import note_summary


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    assert install_language(qapp, "ru") == "ru"
    yield
    install_language(qapp, "en")


def test_known_codes_get_their_short_line(qapp) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, "en")
    spill = Note.of(notes.WINDOWS_SPILL)
    assert note_summary(spill) == (
        "Windows may spill into shared GPU memory when VRAM runs out (very slow)."
    )
    # every reason NVML gives for "no GPU" reads as the one short line
    for cause, params in notes.NVML_CAUSES.items():
        note = Note.of(f"nvml.{cause}", **dict.fromkeys(params, "x"))
        assert note_summary(note) == "No usable NVIDIA GPU found: planning for CPU and RAM only."


def test_other_codes_show_their_full_sentence(qapp) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, "en")
    described = Note.of(notes.DESCRIBED)
    assert note_summary(described) == render(described)
    text = Note.of(notes.FILE_TEXT, text="Saved on another PC.")
    assert note_summary(text) == "Saved on another PC."


def test_notes_are_translated(russian: None) -> None:
    short = note_summary(Note.of(notes.WINDOWS_SPILL))
    full = note_summary(Note.of(notes.DESCRIBED))
    for line in (short, full):
        assert line and not any("a" <= c <= "z" for c in line.replace("Windows", "")), line
