"""The bounded JSON loader: limits, NaN and Infinity, and every typed getter's error code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests._support.messages import message

from vramscope.core.errors import SpecError
from vramscope.core.jsondata import DEFAULT_MAX_DEPTH, JsonData, load_json, parse_json


def _data(obj: object) -> JsonData:
    return parse_json(json.dumps(obj).encode(), file="t.json")


def _code(exc: pytest.ExceptionInfo[SpecError]) -> tuple[str, dict[str, object]]:
    return exc.value.note.code, dict(exc.value.note.args)


class FileError(SpecError):
    """A caller's own error type: the loader raises it instead of SpecError."""


# -- the input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b'{"a": NaN}', b'{"a": [1, Infinity]}', b'{"a": {"b": -Infinity}}', b"[NaN]"],
)
def test_nan_and_infinity_are_refused_anywhere(raw: bytes) -> None:
    with pytest.raises(SpecError) as info:
        parse_json(raw, file="t.json")
    code, args = _code(info)
    assert code == "json.constant" and args["value"] in {"NaN", "Infinity", "-Infinity"}
    assert message(info.value).startswith("t.json: ")


def test_oversize_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b'{"a": "' + b"x" * 200 + b'"}')
    with pytest.raises(SpecError) as info:
        load_json(path, max_bytes=100)
    assert _code(info) == ("json.too_large", {"file": str(path), "limit": 100})
    assert load_json(path, max_bytes=300).str("a") == "x" * 200


def test_missing_file_names_the_reason(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as info:
        load_json(tmp_path / "none.json", max_bytes=100, file="none.json")
    code, args = _code(info)
    assert code == "json.unreadable" and args["file"] == "none.json" and args["reason"]


def test_depth_limit_counts_objects_and_lists(tmp_path: Path) -> None:
    # Depth 1 is the top object; each nested object or list adds one.
    ok = {"a": [[{"b": [1]}]]}  # depth 5
    assert parse_json(json.dumps(ok).encode(), file="t", max_depth=5).list("a")
    with pytest.raises(SpecError) as info:
        parse_json(json.dumps(ok).encode(), file="t", max_depth=4)
    assert _code(info) == ("json.too_deep", {"file": "t", "limit": 4})
    # brackets inside strings, and escaped quotes, are not nesting
    tricky = {"s": '[[[[[[{{{{"\\', "t": '\\"[[['}
    assert parse_json(json.dumps(tricky).encode(), file="t", max_depth=1).str("s")


def test_nesting_beyond_python_recursion_is_too_deep() -> None:
    with pytest.raises(SpecError) as info:
        parse_json(b"[" * 100_000 + b"]" * 100_000, file="t")
    assert _code(info) == ("json.too_deep", {"file": "t", "limit": DEFAULT_MAX_DEPTH})


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"\xff\xfe", "json.not_utf8"),
        (b"{nope", "json.invalid"),
        (b"[1, 2]", "json.top_level"),
        (b'"text"', "json.top_level"),
        (b'{"a": ' + b"9" * 5000 + b"}", "json.bad_number"),
    ],
)
def test_bad_input(raw: bytes, code: str) -> None:
    with pytest.raises(SpecError) as info:
        parse_json(raw, file="t.json")
    assert info.value.note.code == code
    assert "\n" not in message(info.value)


def test_the_callers_error_type_is_raised(tmp_path: Path) -> None:
    with pytest.raises(FileError):
        parse_json(b"{nope", file="t", error=FileError)
    data = parse_json(b'{"a": {"b": "x"}}', file="t", error=FileError)
    with pytest.raises(FileError):
        data.obj("a").int("b")


# -- the getters -------------------------------------------------------------------------------


def test_fields_are_named_by_their_path() -> None:
    data = _data({"gpus": [{"name": "x", "total": "24"}]})
    gpu = data.objects("gpus")[0]
    with pytest.raises(SpecError) as info:
        gpu.int("total")
    assert _code(info) == (
        "json.not_int",
        {"file": "t.json", "field": "gpus[0].total", "value": "'24'"},
    )
    assert message(info.value) == "t.json: field 'gpus[0].total' must be an integer, got '24'"
    assert gpu.at("t.json: entry 'x'").field("total") == "total"


GOOD = {
    "s": "text",
    "blank": " ",
    "i": 7,
    "f": 1.5,
    "b": True,
    "o": {"k": "v"},
    "l": [1, 2, 3],
    "n": None,
}


def test_each_getter_returns_its_type() -> None:
    data = _data(GOOD)
    assert data.str("s") == "text" and data.str("blank", empty=True) == " "
    assert data.int("i", min=7, max=7) == 7
    assert data.float("f", min=1.5, positive=True) == 1.5 and data.float("i") == 7.0
    assert data.bool("b") is True
    assert data.obj("o").str("k") == "v" and data.str_map("o") == {"k": "v"}
    assert len(data.list("l", max_items=3)) == 3
    assert data.one_of("s", frozenset({"text", "other"})) == "text"
    # missing or null: the default, or None from the opt_ getters
    assert data.str("n", "d") == "d" and data.int("missing", 3) == 3
    assert data.opt_str("n") is None and data.opt_int("missing") is None
    assert data.opt_bool("n") is None and data.bool("missing", False) is False
    assert len(data.obj("n", optional=True)) == 0 and len(data.list("n", optional=True)) == 0
    assert data.str_list("missing") == ()


@pytest.mark.parametrize(
    ("call", "code", "value"),
    [
        (lambda d: d.str("i"), "json.not_str", "7"),
        (lambda d: d.str("blank"), "json.empty_str", "' '"),
        (lambda d: d.str("s", max_len=2), "json.too_long", None),
        (lambda d: d.int("s"), "json.not_int", "'text'"),
        (lambda d: d.int("b"), "json.not_int", "True"),
        (lambda d: d.int("f"), "json.not_int", "1.5"),
        (lambda d: d.int("i", min=8), "json.too_small", "7"),
        (lambda d: d.int("i", max=6), "json.too_big", "7"),
        (lambda d: d.float("s"), "json.not_number", "'text'"),
        (lambda d: d.float("b"), "json.not_number", "True"),
        (lambda d: d.float("f", max=1.0), "json.too_big", "1.5"),
        (lambda d: d.float("f", min=2.0), "json.too_small", "1.5"),
        (lambda d: d.bool("i"), "json.not_bool", "7"),
        (lambda d: d.obj("l"), "json.not_object", "a list"),
        (lambda d: d.list("o"), "json.not_list", "an object"),
        (lambda d: d.list("l", max_items=2), "json.too_many", None),
        (lambda d: d.one_of("s", frozenset({"a"})), "json.not_one_of", "'text'"),
        (lambda d: d.str("missing"), "json.missing", None),
        (lambda d: d.int("n"), "json.missing", None),
        (lambda d: d.only(frozenset({"s"})), "json.unknown_field", None),
        (lambda d: d.str_list("l"), "json.not_str", "1"),
    ],
)
def test_each_getter_names_field_and_value(call: object, code: str, value: str | None) -> None:
    assert callable(call)
    with pytest.raises(SpecError) as info:
        call(_data(GOOD))
    got_code, args = _code(info)
    assert got_code == code
    assert args["file"] == "t.json" and args["field"]
    if value is not None:
        assert args["value"] == value
    text = message(info.value)
    assert text.startswith("t.json: field '") and "\n" not in text


def test_non_positive_and_non_finite_numbers() -> None:
    data = JsonData({"z": 0, "inf": float("inf")}, "t.json")
    with pytest.raises(SpecError) as info:
        data.float("z", positive=True)
    assert _code(info)[0] == "json.not_positive"
    # built in code (not parsed), a float can still be infinite: the getter refuses it too
    with pytest.raises(SpecError) as info:
        data.float("inf")
    assert _code(info)[0] == "json.not_finite"


def test_long_values_are_clipped_in_errors() -> None:
    with pytest.raises(SpecError) as info:
        _data({"a": "x" * 1000}).int("a")
    assert len(str(info.value.note.args["value"])) <= 60
