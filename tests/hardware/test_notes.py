"""Hardware notes are codes: each has an English sentence with exactly its parameters, and a
hardware file or a recording can only bring back notes the hardware layer writes."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from tests._support.messages import english

from vramscope.app.present import all_codes, template
from vramscope.core.notes import Note
from vramscope.hardware import Recording, load_fake_machine, load_recording, notes


@pytest.mark.parametrize("code", sorted(notes.CODES))
def test_every_code_has_a_template_with_its_parameters(code: str) -> None:
    assert code in all_codes()
    context, text = template(code)
    assert context == "Hardware"
    fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    assert fields == set(notes.PARAMS[code])


@pytest.mark.parametrize("code", sorted(notes.CODES))
def test_every_code_renders_in_english(code: str) -> None:
    note = Note.of(code, **dict.fromkeys(notes.PARAMS[code], "X"))
    (text,) = english([note])
    assert text and "{" not in text


def test_no_gpu_reasons_are_codes_with_a_sentence() -> None:
    assert notes.NO_GPU_CODES <= notes.CODES
    assert english([Note.of(notes.NVML_NO_USABLE_GPU)]) == [
        "No usable NVIDIA GPU: planning for CPU and RAM only."
    ]


@pytest.mark.parametrize(
    ("item", "ok"),
    [
        ({"code": "nvml.mig", "params": {"gpu": "GPU 0"}}, True),
        ({"code": "host.windows_spill", "params": {}}, True),
        ({"code": "host.windows_spill"}, True),
        ({"code": "nvml.mig", "params": {}}, False),  # a parameter missing
        ({"code": "nvml.mig", "params": {"gpu": "GPU 0", "x": 1}}, False),  # one too many
        ({"code": "plan.fits", "params": {}}, False),  # not a hardware code
        ({"code": "nvml.mig", "params": {"gpu": True}}, False),  # not a str, int or float
        ({"code": "nvml.mig", "params": ["GPU 0"]}, False),
        ("a sentence", False),
        (7, False),
    ],
)
def test_notes_read_from_files_are_only_known_codes(item: object, ok: bool) -> None:
    note = notes.file_note(item)
    assert (note is not None) == ok
    if note is not None:
        assert notes.file_note(notes.note_json(note)) == note


def test_a_hardware_file_keeps_coded_notes_and_the_cli_sentences(tmp_path: Path) -> None:
    path = tmp_path / "hw.json"
    mig = {"code": "nvml.mig", "params": {"gpu": "GPU 0 (A100)"}}
    cli_sentence = "Windows: when VRAM runs out ..."  # what `vramscope hardware --json` prints
    path.write_text(
        '{"ram": {"total_bytes": 1024}, "gpus": [{"name": "A100", "total_bytes": 1024}],'
        f' "notes": [{json.dumps(mig)}, {json.dumps(cli_sentence)}]}}'
    )
    reading = load_fake_machine(path)
    assert [n.code for n in reading.notes] == [notes.DESCRIBED, notes.GPU_MIG, notes.FILE_TEXT]
    assert english(reading.notes)[2] == cli_sentence
    assert reading.to_json()["notes"][1] == mig


def test_a_recording_saved_with_sentences_still_loads(tmp_path: Path) -> None:
    rec = Recording(samples=(), notes=(Note.of(notes.MEASURE_NVML_STOPPED, at_s=1.5),))
    path = tmp_path / "run.json"
    rec.save(path)
    assert load_recording(path) == rec
    data = json.loads(path.read_text())
    data["notes"] = ["GPU memory is not measured: old wording."]  # a file from before codes
    path.write_text(json.dumps(data))
    (note,) = load_recording(path).notes
    assert note.code == notes.MEASURE_TEXT
    assert english([note]) == ["GPU memory is not measured: old wording."]
