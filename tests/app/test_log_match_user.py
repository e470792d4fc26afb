"""A load-log excerpt whose shape only the user's own catalog has is matched to that model
(app.log_match: the bundled catalog first, then the user's). Each test has its own empty user
data folder (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from tests._support.model_files import (
    HIDDEN,
    N_HEADS,
    N_KV_HEADS,
    N_LAYERS,
    VOCAB,
    write_llama_gguf,
)

from vramscope.app.log_match import agrees_with, match_catalog
from vramscope.app.user_catalog import import_path
from vramscope.readers.runlog import parse_load_log


def _excerpt() -> str:
    # the print_info lines llama.cpp writes for the tiny test model (no name, no n_ff: an
    # excerpt that cannot be planned from the log alone)
    return "\n".join(
        [
            "print_info: arch                  = llama",
            f"print_info: n_embd                = {HIDDEN}",
            f"print_info: n_layer               = {N_LAYERS}",
            f"print_info: n_head                = {N_HEADS}",
            f"print_info: n_head_kv             = {N_KV_HEADS}",
            f"print_info: n_vocab               = {VOCAB}",
        ]
    )


def test_a_shape_only_the_users_catalog_has_is_matched(tmp_path: Path) -> None:
    log = parse_load_log(_excerpt())
    assert match_catalog(log) is None  # no bundled model is this small
    (gguf,) = write_llama_gguf(tmp_path / "tiny-user.gguf")
    import_path(gguf)
    found = match_catalog(log)
    assert found is not None
    spec, note = found
    assert note.code == "log.model_matched_shape"
    assert dict(note.params)["model"] == "tiny-user"
    assert agrees_with(log, spec)


def test_a_log_without_numbers_agrees_with_no_model_in_particular() -> None:
    log = parse_load_log("llm_load_tensors:        CPU buffer size =  1000.00 MiB")
    from vramscope.catalog.models import load_models

    assert not any(agrees_with(log, m.spec) for m in load_models())
