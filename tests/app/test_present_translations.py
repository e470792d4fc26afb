"""Every code app.present knows (terms, verdicts, notes, errors) reads in ru, zh_CN and pl.

The English templates live in ``app/present``; their translations in the compiled .qm files
(``resources/translations/build.py``). A code whose template is missing from a language, or
whose translation lost a placeholder, would show English or a raw ``{name}`` to that user.
"""

from __future__ import annotations

import re
from string import Formatter

import pytest
from PySide6.QtCore import QTranslator

from vramscope.app.present import all_codes, render, template
from vramscope.core.notes import Note, ParamValue
from vramscope.paths import resources_dir

LANGS = ("ru", "zh_CN", "pl")
# Symbols some languages write as English does.
SAME_AS_ENGLISH = {
    "GB": {"pl", "zh_CN"},
    "GiB": {"pl", "zh_CN"},
    "MB": {"pl", "zh_CN"},
    "MiB": {"pl", "zh_CN"},
    "{value} GB/s": {"pl", "zh_CN"},
    # format names: type and library names are written the same in every language
    "{name} (GGUF)": {"ru", "pl", "zh_CN"},
    "FP4 (bitsandbytes)": {"ru", "pl", "zh_CN"},
    "INT8 (bitsandbytes LLM.int8)": {"ru", "pl", "zh_CN"},
    "EXL2 {bpw} bpw": {"pl"},
}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def _sample(name: str) -> ParamValue:
    """A value of the unit the parameter's name carries (see core.notes)."""
    if name.endswith(("_bytes", "_bps", "_tps")):
        return 5.0e9
    if name.endswith(("_tokens", "_count")) or name.startswith("n_"):
        return 4096
    if name.endswith("_fraction"):
        return 0.5
    return "X"


@pytest.fixture(scope="module", params=LANGS)
def translator(request: pytest.FixtureRequest, qapp) -> tuple[str, QTranslator]:  # type: ignore[no-untyped-def]
    t = QTranslator()
    lang = request.param
    assert t.load(str(resources_dir() / "translations" / f"vramscope_{lang}.qm")), lang
    return lang, t


def test_there_are_codes_to_walk() -> None:
    assert {"verdict.fits_gpu", "verdict.does_not_fit", "speed.ram"} <= set(all_codes())
    assert all(re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", code) for code in all_codes())


def test_every_code_is_translated_with_its_placeholders(
    translator: tuple[str, QTranslator],
) -> None:
    lang, t = translator
    problems = []
    for code in all_codes():
        context, english = template(code)
        text = t.translate(context, english) or ""
        if not text.strip():
            problems.append(f"{code}: no {lang} translation of {english!r}")
            continue
        if _placeholders(text) != _placeholders(english):
            problems.append(f"{code}: {lang} placeholders {text!r} vs {english!r}")
        letters = re.sub(r"\{\w*\}", "", english)
        same_ok = not re.search(r"[^\W\d_]", letters) or lang in SAME_AS_ENGLISH.get(english, ())
        if text == english and not same_ok:
            problems.append(f"{code}: {lang} translation is the English {english!r}")
    assert not problems, "\n".join(problems)


def test_every_code_renders_without_leftover_braces(translator: tuple[str, QTranslator]) -> None:
    lang, t = translator
    for code in all_codes():
        _, english = template(code)
        note = Note.of(code, **{name: _sample(name) for name in _placeholders(english)})
        text = render(note, lambda context, source: t.translate(context, source) or "")
        assert text and "{" not in text and "}" not in text, (lang, code, text)
