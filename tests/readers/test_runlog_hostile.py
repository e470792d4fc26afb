"""Hostile load logs (issue 16 and 17): each input that took seconds or minutes with the old
regular expressions, and garbage of every kind, must end with a result or a one-line message.

Each case runs in a child process under a generous 5 s timeout and a 2 GiB address-space limit:
the assertion is on what comes back (a parse or a clear message), the timeout only keeps a
regression from hanging the suite. The old patterns took 28 s (a 4 KB "print_info:" line of
blanks), 15 s (800 KB of logfmt lines) and 17 s (19 MB of newlines).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 5.0
ADDRESS_SPACE_BYTES = 2 << 30

# The child builds the text itself (no 20 MB argument), parses it and prints one JSON line.
_CHILD = r"""
import json, os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
sys.path.insert(0, {src!r})
from vramscope.app.present.errors import error_text
from vramscope.readers.runlog import RunLogError, parse_load_log
text = {expr}
try:
    log = parse_load_log(text)
    print(json.dumps({{"ok": True, "buffers": len(log.buffers), "notes": len(log.notes)}}))
except RunLogError as e:
    print(json.dumps({{"ok": False, "message": error_text(e)}}))
"""

CASES = {
    # the inputs issue 17 timed
    "print_info_blanks": '"print_info:" + " " * 4000 + "\\n"',
    "logfmt_800kb": '("time=2024 level=INFO source=x.go:1 msg=offload " + "a" * 100 + "\\n")'
    " * 8000",
    "newlines_19mb": '"\\n" * 19_000_000',
    # more shapes that make backtracking explode
    "logfmt_long_words": '("level=INFO msg=offload " + "a=" * 1500 + "\\n") * 200',
    "logfmt_unclosed_quotes": '("level=INFO source=x.go:1 msg=offload " + \'a=" \' * 1000'
    ' + "\\n") * 190',
    "key_value_no_equals": '("llama_context: " + "a " * 2000 + "\\n") * 400',
    "buffer_words": '("load_tensors: " + " buffer size" * 330 + "\\n") * 400',
    "kv_cells_blanks": '("llama_kv_cache: (" + " " * 4000 + "\\n") * 4000',
    "device_no_comma": '("  Device 0: " + "x" * 4000 + "\\n") * 4000',
    "many_short_lines": '"x\\n" * 600_000',
    "many_tagged_lines": '"print_info: n_layer = 32\\n" * 150_000',
    "blank_lines": '"   \\n" * 1_000_000',
    # garbage and absurd input
    "one_100mb_line": '"y" * 100_000_000',
    "one_19mb_line": '"y" * 19_000_000',
    "binary_garbage": "os.urandom(5_000_000)",
    "nul_bytes": 'b"\\x00" * 19_000_000',
    "absurd_numbers": '"llama_context: n_ctx = " + "9" * 4000 + "\\n"',
    "absurd_buffer": '"load_tensors: CUDA0 model buffer size = 999999999999,99 MiB\\n"',
}


def _run(expr: str) -> dict[str, object]:
    code = _CHILD.format(limit=ADDRESS_SPACE_BYTES, src=str(ROOT / "desktop"), expr=expr)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_log_ends_with_a_result_or_one_line(name: str) -> None:
    result = _run(CASES[name])
    if not result["ok"]:
        message = str(result["message"])
        assert message and "\n" not in message and len(message) <= 300
        assert message.isprintable()


def test_what_the_old_inputs_give() -> None:
    blanks = _run(CASES["print_info_blanks"])
    assert blanks == {
        "ok": False,
        "message": "no llama.cpp load lines found in 1 lines (is this a llama.cpp / Ollama "
        "log?); not recognised: print_info:",
    }
    assert _run(CASES["logfmt_800kb"]) == {"ok": True, "buffers": 0, "notes": 0}
    assert _run(CASES["newlines_19mb"]) == {
        "ok": False,
        "message": "no llama.cpp load lines found (is this a llama.cpp / Ollama log?)",
    }
    long = _run(CASES["one_19mb_line"])
    assert long["message"] == (
        "no llama.cpp load lines found in 1 lines (is this a llama.cpp / Ollama log?); 1 "
        "longer than 4096 characters were skipped; not recognised: -"
    )
    assert _run(CASES["one_100mb_line"])["message"] == (
        "the log is 100.0 MB; VRAMScope reads up to 20 MB (paste the part from the model load on)"
    )
    assert "n_ctx" in str(_run(CASES["absurd_numbers"])["message"])
    assert "implausible" in str(_run(CASES["absurd_buffer"])["message"])


def test_truncation_at_every_line_never_raises_anything_else() -> None:
    from vramscope.readers.runlog import RunLogError, parse_load_log

    text = ROOT / "tests" / "data" / "logs" / "llamacpp-2024-03-multigpu-full-offload.log"
    lines = text.read_text(encoding="utf-8").splitlines(keepends=True)
    for i in range(len(lines) + 1):
        for cut in ("".join(lines[:i]), "".join(lines[:i]) + lines[i][: len(lines[i]) // 2]
                    if i < len(lines) else ""):  # fmt: skip
            try:
                parse_load_log(cut)
            except RunLogError as e:
                assert e.note.code.startswith("runlog.")
