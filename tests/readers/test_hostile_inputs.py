"""Issue 17, the readers' part: hostile paths and files end in one clear line, never a hang, a
traceback or a raw MemoryError.

One test per kind: FIFOs, devices, sockets and folders where a file belongs; symlink loops;
folders and files without permission; a GGUF of millions of nested arrays; safetensors headers
and JSON files that would take gigabytes to parse; values nested 1,000 deep; messages with
control characters or tens of thousands of characters.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest
from tests._support.messages import message
from tests._support.model_files import LLAMA_CONFIG, write_llama_folder, write_llama_gguf

from vramscope.app.present.errors import error_text
from vramscope.app.present.safe_text import MAX_MESSAGE_CHARS, clip_param, one_line
from vramscope.core.errors import SpecError, clip_value
from vramscope.core.hf_config import spec_from_config
from vramscope.readers.gguf import (
    MAX_NESTED_ARRAYS,
    ModelFileError,
    read_gguf_header,
    read_gguf_model,
)
from vramscope.readers.local import load_local_model
from vramscope.readers.safetensors import (
    MAX_PARSE_BYTES,
    read_json_file,
    read_safetensors_folder,
    read_safetensors_header,
)

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
# Root passes every permission check, so chmod 000 proves nothing there.
not_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores file permissions"
)
# A hang guard, not a speed test: each read here returns in well under a second.
HANG_SECONDS = 10


@contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail instead of blocking forever (an open() of a FIFO waits for a writer)."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def refused(read: Callable[[], object]) -> ModelFileError:
    """The ModelFileError ``read`` raises (never anything else, never a hang)."""
    with no_hang(), pytest.raises(ModelFileError) as raised:
        read()
    text = message(raised.value)
    assert "\n" not in text and text.isprintable() and len(text) <= MAX_MESSAGE_CHARS, text
    return raised.value


def code(read: Callable[[], object]) -> str:
    return refused(read).note.code


# --- FIFOs, devices, sockets, folders: only regular files are opened -----------------------


@posix_only
@pytest.mark.skipif(sys.platform == "win32", reason="no SIGALRM")
def test_a_fifo_is_refused_by_every_reader_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "model.gguf"
    os.mkfifo(fifo)
    assert code(lambda: read_gguf_header(fifo)) == "file.is_fifo"
    assert code(lambda: read_gguf_model(fifo)) == "file.is_fifo"
    assert code(lambda: read_safetensors_header(fifo)) == "file.is_fifo"
    assert code(lambda: read_json_file(fifo, 1 << 20)) == "file.is_fifo"
    assert code(lambda: load_local_model(fifo)) == "file.is_fifo"
    assert message(refused(lambda: load_local_model(fifo))) == (
        "model.gguf is a named pipe (FIFO), not a regular file; it was not opened"
    )
    # Without a .gguf suffix the loader sniffs the first bytes: still never opened.
    other = tmp_path / "weights.bin"
    os.mkfifo(other)
    assert code(lambda: load_local_model(other)) == "file.is_fifo"


@posix_only
def test_a_fifo_inside_a_model_folder_is_named(tmp_path: Path) -> None:
    # The hang: a FIFO *.gguf in a folder without config.json.
    gguf_folder = tmp_path / "g"
    gguf_folder.mkdir()
    os.mkfifo(gguf_folder / "model.gguf")
    assert code(lambda: load_local_model(gguf_folder)) == "file.is_fifo"
    # config.json, the safetensors index and a shard as FIFOs.
    shard = "model-00002-of-00002.safetensors"
    for victim in ("config.json", "model.safetensors.index.json", shard):
        folder = tmp_path / victim.replace(".", "_")
        write_llama_folder(folder, shards=2)
        (folder / victim).unlink()
        os.mkfifo(folder / victim)
        assert code(partial(load_local_model, folder)) == "file.is_fifo", victim
    # Without an index every *.safetensors is a shard: a FIFO among them is named, not skipped.
    folder = tmp_path / "noindex"
    write_llama_folder(folder)
    os.mkfifo(folder / "extra.safetensors")
    assert code(lambda: read_safetensors_folder(folder)) == "file.is_fifo"


@posix_only
def test_a_fifo_shard_of_a_split_gguf_is_named(tmp_path: Path) -> None:
    parts = write_llama_gguf(tmp_path / "m.gguf", split_max_tensors=4)
    assert len(parts) > 1
    parts[-1].unlink()
    os.mkfifo(parts[-1])
    assert code(lambda: read_gguf_model(parts[0])) == "file.is_fifo"


def test_devices_sockets_and_folders_are_not_files(tmp_path: Path) -> None:
    if Path("/dev/null").exists():
        assert code(lambda: read_gguf_header("/dev/null")) == "file.is_device"
        assert code(lambda: load_local_model("/dev/null")) == "file.is_device"
    if hasattr(socket, "AF_UNIX"):
        path = tmp_path / "s.gguf"
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(str(path))
            assert code(lambda: read_gguf_header(path)) == "file.is_socket"
            assert code(lambda: load_local_model(path)) == "file.is_socket"
    folder = tmp_path / "dir.safetensors"
    folder.mkdir()
    assert code(lambda: read_safetensors_header(folder)) == "file.is_folder"
    assert message(refused(lambda: read_safetensors_header(folder))) == (
        "dir.safetensors is a folder, not a file"
    )


# --- symlink loops and permissions ---------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_symlink_loop_is_said_as_such_not_as_missing(tmp_path: Path) -> None:
    a, b = tmp_path / "a.gguf", tmp_path / "b.gguf"
    a.symlink_to(b)
    b.symlink_to(a)
    for read in (
        lambda: load_local_model(a),
        lambda: read_gguf_header(a),
        lambda: read_safetensors_header(a),
        lambda: read_json_file(a, 1 << 20),
    ):
        assert code(read) == "file.symlink_loop"
    assert message(refused(lambda: load_local_model(a))) == (
        "a.gguf: the symbolic links loop and never reach a file"
    )
    # A looping config.json inside a folder is not "no config.json".
    folder = tmp_path / "m"
    write_llama_folder(folder)
    (folder / "config.json").unlink()
    (folder / "config.json").symlink_to(folder / "config.json")
    assert code(lambda: load_local_model(folder)) == "file.symlink_loop"
    # Missing stays missing.
    assert code(lambda: load_local_model(tmp_path / "nope.gguf")) == "file.not_found"


@not_root
def test_a_folder_without_permission_is_said_as_such(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    write_llama_folder(folder)
    try:
        for mode in (0o000, 0o600, 0o300):  # nothing; no search (x); no listing (r)
            folder.chmod(mode)
            assert code(lambda: load_local_model(folder)) == "file.folder_no_permission", oct(mode)
        folder.chmod(0o000)
        # A file inside a folder one cannot enter.
        assert code(lambda: load_local_model(folder / "config.json")) == "file.no_permission"
    finally:
        folder.chmod(0o755)
    config = folder / "config.json"
    config.chmod(0o000)
    try:
        assert code(lambda: load_local_model(config)) == "file.no_permission"
    finally:
        config.chmod(0o644)


def test_permission_errors_are_said_as_such_where_root_cannot_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same paths as the chmod test above, for runs as root (CI containers): the checks the
    # readers make are made to fail the way they do for an ordinary user.
    folder = tmp_path / "locked"
    write_llama_folder(folder)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    assert code(lambda: load_local_model(folder)) == "file.folder_no_permission"
    monkeypatch.undo()

    real_glob = Path.glob

    def denied_glob(self: Path, pattern: str) -> Iterator[Path]:
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_glob(self, pattern)

    (folder / "config.json").unlink()
    monkeypatch.setattr(Path, "glob", denied_glob)
    # Permission lost between the check and the listing: still one line, naming the folder.
    err = refused(lambda: load_local_model(folder))
    assert err.note.code == "file.cannot_access"
    assert message(err) == "locked: cannot access (Permission denied)"


# --- bounded work and memory ---------------------------------------------------------------


def _gguf_nested_arrays(path: Path, count: int, *, sparse: bool) -> Path:
    """A GGUF whose one key holds ``count`` empty arrays (12 bytes each: type, length)."""
    key = b"x.arrays"
    head = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key
    head += struct.pack("<IIQ", 9, 9, count)
    empty = struct.pack("<IQ", 0, 0)  # an array of 0 uint8
    with path.open("wb") as f:
        f.write(head)
        if sparse:
            f.truncate(len(head) + 12 * count)  # holes read as zeros: the same empty arrays
        else:
            f.write(empty * count)
    return path


def test_millions_of_nested_arrays_are_refused_before_they_are_walked(tmp_path: Path) -> None:
    # The 11-second case: 4M empty arrays inside one array (48 MB, sparse here).
    path = _gguf_nested_arrays(tmp_path / "nested.gguf", 4 << 20, sparse=True)
    err = refused(lambda: read_gguf_header(path))
    assert err.note.code == "file.too_many_nested_arrays"
    assert message(err) == (
        "nested.gguf: metadata['x.arrays'] holds 4,194,304 arrays inside arrays; at most "
        "4,096 are read (llama.cpp reads none)"
    )
    # Up to the bound they are still read (the spec allows them).
    ok = _gguf_nested_arrays(tmp_path / "ok.gguf", MAX_NESTED_ARRAYS, sparse=False)
    value = read_gguf_header(ok).metadata["x.arrays"]
    assert value.length == MAX_NESTED_ARRAYS  # type: ignore[union-attr]
    over = _gguf_nested_arrays(tmp_path / "over.gguf", MAX_NESTED_ARRAYS + 1, sparse=False)
    assert code(lambda: read_gguf_header(over)) == "file.too_many_nested_arrays"


def _safetensors_with_header(path: Path, header: bytes, *, sparse_to: int = 0) -> Path:
    n = max(len(header), sparse_to)
    with path.open("wb") as f:
        f.write(struct.pack("<Q", n) + header)
        f.truncate(8 + n)
    return path


def test_a_safetensors_header_too_costly_to_parse_is_refused(tmp_path: Path) -> None:
    # The issue's 99 MB header (under safetensors' own 100 MB cap): sparse, so all zeros after
    # the brace; 8 bytes a byte estimated puts it over the budget before anything is parsed.
    big = _safetensors_with_header(tmp_path / "big.safetensors", b"{", sparse_to=99_000_000)
    assert code(lambda: read_safetensors_header(big)) == "file.json_too_costly"
    # 12 MB of empty lists: small on disk, ~400 MB as Python objects, ~1 GB estimated.
    dense = b'{"a":[' + b"[]," * (4 << 20) + b"[]]}"
    path = _safetensors_with_header(tmp_path / "dense.safetensors", dense)
    err = refused(lambda: read_safetensors_header(path))
    assert err.note.code == "file.json_too_costly"
    assert dict(err.note.params)["limit_bytes"] == MAX_PARSE_BYTES
    assert message(err).startswith("dense.safetensors: reading this JSON would take about ")


def test_json_files_too_costly_to_parse_are_refused(tmp_path: Path) -> None:
    # Under config.json's 16 MB size cap, but ~20x that as parsed objects.
    config = tmp_path / "config.json"
    config.write_bytes(b'{"model_type": "llama", "x": [' + b"{}," * (5 << 20) + b"{}]}")
    assert code(lambda: load_local_model(config)) == "file.json_too_costly"
    folder = tmp_path / "m"
    write_llama_folder(folder, shards=2)
    index = folder / "model.safetensors.index.json"
    index.write_bytes(b'{"weight_map": {}, "x": [' + b"[]," * (5 << 20) + b"[]]}")
    assert code(lambda: load_local_model(folder)) == "file.json_too_costly"


# --- deep nesting and bounded values -------------------------------------------------------


def _deep(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


def test_a_config_value_nested_a_thousand_deep_is_shown_clipped(tmp_path: Path) -> None:
    # repr() of such a value raised RecursionError in hf_config (_show, shown).
    for field in ("model_type", "torch_dtype", "hidden_size"):
        with pytest.raises(SpecError) as raised:
            spec_from_config(dict(LLAMA_CONFIG, **{field: _deep(100_000)}), model_id="d")
        assert dict(raised.value.note.params)["value"] == "[[[[[[[[[...]]]]]]]]]", field
    # From a file: the parser's own stack limit ends in one line, or the value is clipped.
    path = tmp_path / "config.json"
    text = json.dumps(dict(LLAMA_CONFIG, torch_dtype="@"))
    path.write_text(text.replace('"@"', "[" * 990 + "]" * 990))
    try:
        model = load_local_model(path)
    except ModelFileError as err:
        assert err.note.code == "file.json_too_deep"
    else:
        assert model.spec.warnings
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert code(lambda: load_local_model(path)) == "file.json_too_deep"


def test_a_dtype_nested_deep_in_a_safetensors_header_is_shown_clipped(tmp_path: Path) -> None:
    header = {"w": {"dtype": _deep(500), "shape": [1], "data_offsets": [0, 2]}}
    raw = json.dumps(header).encode()
    path = _safetensors_with_header(tmp_path / "d.safetensors", raw)
    with path.open("ab") as f:
        f.write(b"\0\0")
    err = refused(lambda: read_safetensors_header(path))
    assert err.note.code == "file.tensor_dtype"
    assert len(dict(err.note.params)["value"]) <= 40  # type: ignore[arg-type]


def test_clip_value_is_bounded_for_any_value() -> None:
    assert clip_value("abc") == "'abc'"
    assert clip_value(-3) == "-3"
    assert clip_value([1, {"a": (2,)}]) == "[1, {'a': (2,)}]"
    assert clip_value(_deep(100_000)) == "[[[[[[[[[...]]]]]]]]]"
    assert clip_value("\x1b[2J" * 100, 20) == "'\\x1b[2J\\x1b[2J\\x..."  # repr escapes
    assert clip_value(b"\x1b" * 100, 12) == "b'\\x1b\\x1..."
    assert clip_value(10**5000) == "~2**16609"  # repr() raises ValueError past 4,300 digits
    assert len(clip_value("x" * 10_000_000)) == 60
    assert len(clip_value(dict.fromkeys(range(100_000)))) == 60
    assert clip_value("\ud800") == "'\\ud800'"  # a lone surrogate is escaped by repr


# --- messages: one line, printable, at most 300 characters --------------------------------


def test_every_error_is_one_printable_line_of_at_most_300_characters() -> None:
    hostile = "\x1b[31mred\x1b[0m\nsecond line\r\x00" + "n" * 65_000
    err = ModelFileError("file.duplicate_key", file="model.gguf", key=hostile)
    text = error_text(err)
    assert len(text) <= MAX_MESSAGE_CHARS and text.isprintable()
    assert text.startswith("model.gguf: ") and "?[31mred?[0m second line" in text
    # A long parameter is clipped on its own, so what follows it stays in view.
    err = ModelFileError("file.tensor_dims", tensor="t" * 10_000, count="9", limit=4, file="x")
    assert error_text(err) == f"x: tensor {'t' * 117}... has 9 dimensions (expected 1 to 4)"
    # A wrapped error, and exceptions that are not SpecErrors.
    inner = SpecError("spec.empty_string", field="\x1b" * 5_000, value="''")
    wrapped = ModelFileError("file.bad_config", file="c.json", detail=inner)
    text = error_text(wrapped)
    assert len(text) <= MAX_MESSAGE_CHARS and text.isprintable() and text.startswith("c.json: ")
    os_error = OSError(5, "Input/output error\n" + "\x07" * 1_000)
    text = error_text(os_error)
    assert text.isprintable() and len(text) <= MAX_MESSAGE_CHARS


def test_one_line_and_clip_param() -> None:
    assert one_line("a\n\tb  c") == "a b c"
    assert one_line("x" * 400) == "x" * 297 + "..."
    assert one_line("\x1b[2J") == "?[2J"
    assert clip_param("ok") == "ok"
    assert clip_param("y" * 500) == "y" * 117 + "..."
    # Bounded work: only the head of a huge text is looked at.
    assert len(one_line(" " * 10_000_000 + "z")) <= MAX_MESSAGE_CHARS


def test_a_tensor_name_with_escape_codes_reaches_the_user_as_printable_text(
    tmp_path: Path,
) -> None:
    name = "\x1b]0;owned\x07" + "w" * 5_000
    header = {
        name: {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]},
        "b": {"dtype": "F16", "shape": [2], "data_offsets": [2, 6]},
    }
    path = _safetensors_with_header(tmp_path / "esc.safetensors", json.dumps(header).encode())
    with path.open("ab") as f:
        f.write(b"\0" * 6)
    text = message(refused(lambda: read_safetensors_header(path)))
    assert "\x1b" not in text and "\x07" not in text


def test_the_cli_reports_a_fifo_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX")
    from vramscope.cli import main

    fifo = tmp_path / "m.gguf"
    os.mkfifo(fifo)
    with no_hang(), pytest.raises(SystemExit) as exited:
        main(["estimate", str(fifo), "--gpu", "RTX 4090", "--ram", "64"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "named pipe (FIFO)" in err
