"""The user's own catalog: import each kind of file, export round trip, bad entries refused one by
one, a corrupt file that never stops the app, id clashes, atomic writes, no network.

Every test runs with its own empty user data folder (tests/conftest.py sets
VRAMSCOPE_DATA_DIR), so nothing here touches the real one.
"""

from __future__ import annotations

import copy
import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from tests._support.model_files import LLAMA_CONFIG, write_llama_folder, write_llama_gguf

from vramscope.app import session
from vramscope.app.present.errors import error_text
from vramscope.app.table_cache import fit_rows
from vramscope.app.user_catalog import (
    export_catalog,
    import_path,
    import_summary,
    problem_lines,
    remember_model_file,
    remove_models,
)
from vramscope.catalog.models import find_model, load_models
from vramscope.catalog.schema import CatalogError, catalog_dir
from vramscope.catalog.user import (
    USER_FAMILY,
    add_entries,
    all_models,
    find_any_model,
    load_user_catalog,
    slugify,
    user_catalog_path,
)

# The tiny Llama of tests/_support/model_files.py (2 layers, hidden 64, 4 heads of 16 with 2 KV
# heads, MLP 128, vocabulary 256, untied output), counted by hand from its tensor shapes:
# embedding 256*64 + 2 * (q 64*64 + k 64*32 + v 64*32 + o 64*64 + gate/up/down 3*64*128 +
# two norms 2*64) + final norm 64 + output 256*64 = 16,384 + 73,984 + 64 + 16,384.
TINY_LLAMA_PARAMS = 106_816
# Llama 3.1 8B's Hugging Face safetensors total (the bundled entry's exact count; test_catalog).
LLAMA_31_8B_PARAMS = 8_030_261_248


def _bundled_entry(model_id: str) -> dict[str, Any]:
    for path in sorted((catalog_dir() / "models").glob("*.json")):
        for entry in json.loads(path.read_text())["models"]:
            if entry["id"] == model_id:
                return copy.deepcopy(entry)
    raise AssertionError(model_id)


def _own(entry: dict[str, Any], new_id: str) -> dict[str, Any]:
    """A bundled entry turned into a new model: new id, no names shared with the bundled one."""
    entry = copy.deepcopy(entry)
    entry["id"] = new_id
    entry["name"] = new_id
    entry["hf_repo"] = f"someone/{new_id}"
    entry["aliases"] = []
    return entry


def _catalog_file(path: Path, entries: list[Any], family: str = "newer") -> Path:
    doc = {"schema_version": 1, "family": family, "description": "test", "models": entries}
    path.write_text(json.dumps(doc))
    return path


def _config_folder(root: Path, name: str, config: dict[str, Any]) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps(config))
    return folder


# ----- import each kind ---------------------------------------------------------------------


def test_import_config_json_names_the_entry_after_its_folder(tmp_path: Path) -> None:
    config = _bundled_entry("llama-3.1-8b")["config"]
    folder = _config_folder(tmp_path, "My Llama_8B (finetune)", config)
    result = import_path(folder / "config.json")
    assert result.added == ("my-llama-8b-finetune",)
    model = find_any_model("my-llama-8b-finetune")
    assert model.origin == "user" and model.family == USER_FAMILY
    assert model.name == "My Llama_8B (finetune)"
    assert model.params_published == LLAMA_31_8B_PARAMS
    assert model.default_weights == "bf16"  # the config's torch_dtype, as `estimate PATH` uses
    assert model.sources["config"] == str((folder / "config.json").resolve())
    # the file's own architecture, exactly
    assert model.spec.n_layers == find_model("llama-3.1-8b").spec.n_layers


def test_import_model_folder_with_safetensors(tmp_path: Path) -> None:
    write_llama_folder(tmp_path / "tiny-llama-hf")
    result = import_path(tmp_path / "tiny-llama-hf")
    assert result.added == ("tiny-llama-hf",)
    model = find_any_model("tiny-llama-hf")
    assert model.params_published == TINY_LLAMA_PARAMS
    assert model.default_weights == "bf16"  # the dtype holding the tensors' bytes
    assert "safetensors" in model.tags


def test_import_gguf_takes_its_metadata_and_file_type(tmp_path: Path) -> None:
    (path,) = write_llama_gguf(tmp_path / "Tiny-Llama-Q4_0.gguf")
    result = import_path(path)
    assert result.added == ("tiny-llama-q4-0",)
    model = find_any_model("tiny-llama-q4-0")
    assert model.params_published == TINY_LLAMA_PARAMS
    assert model.default_weights == "q4_0"  # general.file_type MOSTLY_Q4_0
    assert model.context_tokens == 2048  # llama.context_length written by the helper
    assert model.licence == "unknown"


def test_import_catalog_file_adds_valid_entries_and_refuses_bad_ones_one_by_one(
    tmp_path: Path,
) -> None:
    good = _own(_bundled_entry("llama-3.1-8b"), "my-llama-a")
    good2 = _own(_bundled_entry("qwen3-8b"), "my-qwen-b")
    bad_date = _own(_bundled_entry("llama-3.1-8b"), "bad-date")
    bad_date["release_date"] = "2025-13-01"
    bad_config = _own(_bundled_entry("llama-3.1-8b"), "bad-config")
    bad_config["config"]["hidden_size"] = "4096"
    unknown_field = _own(_bundled_entry("llama-3.1-8b"), "unknown-field")
    unknown_field["licence_"] = "MIT"
    src = _catalog_file(
        tmp_path / "newer.json", [good, bad_date, 7, bad_config, good2, unknown_field]
    )
    result = import_path(src)
    assert result.added == ("my-llama-a", "my-qwen-b")
    messages = [error_text(e) for e in result.refused]
    assert len(messages) == 4
    assert all("\n" not in m and m.startswith("newer.json") for m in messages)
    assert "'bad-date'" in messages[0] and "release_date" in messages[0]
    assert "models[2] must be an object, got 7" in messages[1]
    assert "'bad-config'" in messages[2] and "hidden_size" in messages[2]
    assert "'unknown-field'" in messages[3] and "licence_" in messages[3]
    assert {m.model_id for m in load_user_catalog().models} == {"my-llama-a", "my-qwen-b"}
    # the summary names the counts, refusals first, one line each
    lines = import_summary(result)
    assert lines[:4] == messages
    assert "2 added" in lines[-1] and "4 refused" in lines[-1]


def test_a_whole_bad_catalog_file_is_one_error_and_changes_nothing(tmp_path: Path) -> None:
    import_path(_catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "kept")]))
    before = user_catalog_path().read_bytes()
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"schema_version": 99, "family": "x", "models": []}))
    with pytest.raises(CatalogError) as info:
        import_path(wrong)
    assert "schema_version" in error_text(info.value)
    assert user_catalog_path().read_bytes() == before


def test_bundled_entries_in_a_newer_catalog_are_skipped_not_duplicated(tmp_path: Path) -> None:
    newer = [_bundled_entry("llama-3.1-8b"), _own(_bundled_entry("qwen3-8b"), "brand-new")]
    result = import_path(_catalog_file(tmp_path / "release.json", newer))
    assert result.bundled == ("llama-3.1-8b",)
    assert result.added == ("brand-new",)
    assert not result.refused
    assert find_any_model("llama-3.1-8b").origin == "bundled"


# ----- export -------------------------------------------------------------------------------


def test_export_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_path(_catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "q-one")]))
    (gguf,) = write_llama_gguf(tmp_path / "tiny.gguf")
    import_path(gguf)
    out = tmp_path / "export.json"
    _text, count = export_catalog(out)
    assert count == 2
    exported = json.loads(out.read_text())
    assert exported["schema_version"] == 1 and exported["family"] == USER_FAMILY
    # into another user's (empty) catalog: the same models, the same entries
    monkeypatch.setenv("VRAMSCOPE_DATA_DIR", str(tmp_path / "other-user"))
    assert load_user_catalog().models == ()
    result = import_path(out)
    assert result.added == ("q-one", "tiny")
    again = json.loads(export_catalog()[0])
    assert again["models"] == exported["models"]


# ----- the merged catalog -------------------------------------------------------------------


def test_user_entries_appear_in_every_model_list(tmp_path: Path) -> None:
    import_path(_catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "mine")]))
    assert [m.model_id for m in all_models()][-1] == "mine"
    assert len(all_models()) == len(load_models()) + 1
    choice = session.catalog_choice("mine")
    assert choice.key == "catalog:mine" and choice.group == USER_FAMILY
    assert "catalog:mine" in {c.key for c in session.catalog_choices()}
    assert "mine" in {c.model_id for c in fit_rows()}
    # an unknown id near a user id suggests it
    with pytest.raises(CatalogError) as info:
        session.catalog_choice("minee")
    assert "'mine'" in error_text(info.value)


def test_corrupt_user_file_never_stops_the_app(tmp_path: Path) -> None:
    path = user_catalog_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"schema_version": 1, "models": [')  # cut short
    found = load_user_catalog()
    assert found.models == () and not found.readable
    (line,) = problem_lines()
    assert "\n" not in line and str(path) in line and "only the bundled catalog" in line
    assert len(all_models()) == len(load_models())
    assert len(session.catalog_choices()) == len(load_models())
    # importing keeps the unreadable file under its own name: nothing is lost
    result = import_path(
        _catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "fresh")])
    )
    assert result.added == ("fresh",)
    kept = [p for p in path.parent.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_text() == '{"schema_version": 1, "models": ['
    assert [m.model_id for m in load_user_catalog().models] == ["fresh"]


def test_a_bad_entry_in_the_user_file_is_skipped_and_kept(tmp_path: Path) -> None:
    good = _own(_bundled_entry("qwen3-8b"), "good-one")
    broken = _own(_bundled_entry("qwen3-8b"), "broken-one")
    broken["params_published"] = "lots"
    path = user_catalog_path()
    path.parent.mkdir(parents=True)
    _catalog_file(path, [good, broken], family=USER_FAMILY)
    found = load_user_catalog()
    assert [m.model_id for m in found.models] == ["good-one"]
    (line,) = problem_lines()
    assert "'broken-one'" in line and "params_published" in line
    # adding another model rewrites the file with the skipped entry still in it
    import_path(_catalog_file(tmp_path / "b.json", [_own(_bundled_entry("qwen3-8b"), "third")]))
    ids = [e["id"] for e in json.loads(path.read_text())["models"]]
    assert ids == ["good-one", "broken-one", "third"]


# ----- id clashes ---------------------------------------------------------------------------


def test_a_file_named_like_a_bundled_model_gets_a_suffix(tmp_path: Path) -> None:
    folder = _config_folder(tmp_path, "Llama-3.1-8B", _bundled_entry("llama-3.1-8b")["config"])
    result = remember_model_file(folder)
    assert result.added == ("llama-3.1-8b-2",)
    (note,) = result.notes
    assert note.code == "catalog.renamed"
    assert find_any_model("llama-3.1-8b").origin == "bundled"
    assert find_any_model("llama-3.1-8b-2").origin == "user"


def test_the_same_file_again_replaces_its_entry_another_file_gets_a_suffix(
    tmp_path: Path,
) -> None:
    write_llama_folder(tmp_path / "a" / "tiny")
    write_llama_folder(tmp_path / "b" / "tiny")
    assert remember_model_file(tmp_path / "a" / "tiny").added == ("tiny",)
    # the same model again: unchanged; by its config.json alone: the same entry, updated
    assert remember_model_file(tmp_path / "a" / "tiny").unchanged == ("tiny",)
    assert remember_model_file(tmp_path / "a" / "tiny" / "config.json").replaced == ("tiny",)
    assert [m.model_id for m in load_user_catalog().models] == ["tiny"]
    config = dict(LLAMA_CONFIG, max_position_embeddings=4096)
    (tmp_path / "a" / "tiny" / "config.json").write_text(json.dumps(config))
    assert remember_model_file(tmp_path / "a" / "tiny").replaced == ("tiny",)
    assert find_any_model("tiny").context_tokens == 4096
    # a different file with the same name
    assert remember_model_file(tmp_path / "b" / "tiny").added == ("tiny-2",)


def test_catalog_import_clashes(tmp_path: Path) -> None:
    mine = _own(_bundled_entry("qwen3-8b"), "mine")
    import_path(_catalog_file(tmp_path / "a.json", [mine]))
    # identical: unchanged; different: refused unless replacing
    changed = copy.deepcopy(mine)
    changed["context_tokens"] = 1024
    assert import_path(_catalog_file(tmp_path / "b.json", [mine])).unchanged == ("mine",)
    refused = import_path(_catalog_file(tmp_path / "c.json", [changed])).refused
    assert "already in your catalog" in error_text(refused[0])
    assert find_any_model("mine").context_tokens != 1024
    assert import_path(tmp_path / "c.json", replace_existing=True).replaced == ("mine",)
    assert find_any_model("mine").context_tokens == 1024
    # an alias the bundled catalog uses is refused, naming both
    alias = _own(_bundled_entry("qwen3-8b"), "alias-thief")
    alias["aliases"] = ["llama3.1:8b"]
    (error,) = import_path(_catalog_file(tmp_path / "d.json", [alias])).refused
    assert "'llama3.1:8b' names both 'llama-3.1-8b' and 'alias-thief'" in error_text(error)


def test_slugify() -> None:
    assert slugify("Qwen2.5-7B-Instruct-Q4_K_M") == "qwen2.5-7b-instruct-q4-k-m"
    assert slugify("  --Weird  Name!!  ") == "weird-name"
    assert slugify("模型") == "model"
    assert len(slugify("x" * 500)) == 64


def test_remove(tmp_path: Path) -> None:
    import_path(_catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "gone")]))
    assert remove_models(["gone"]) == ("gone",)
    assert load_user_catalog().models == ()
    with pytest.raises(CatalogError):
        remove_models(["never-there"])


# ----- writing ------------------------------------------------------------------------------


def test_writes_are_atomic_and_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_path(_catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "first")]))
    path = user_catalog_path()
    first = path.read_bytes()
    import_path(_catalog_file(tmp_path / "b.json", [_own(_bundled_entry("qwen3-8b"), "second")]))
    # the version before the last write stays next to the file
    assert path.with_name(path.name + ".bak").read_bytes() == first
    second = path.read_bytes()

    def crash(self: Path, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", crash)
    with pytest.raises(CatalogError) as info:
        add_entries([_own(_bundled_entry("qwen3-8b"), "third")], where="c.json")
    assert "No space left on device" in error_text(info.value)
    # the file is whole and unchanged, and no temporary file is left behind
    assert path.read_bytes() == second
    assert sorted(p.name for p in path.parent.iterdir()) == ["models.json", "models.json.bak"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o644


def test_import_never_opens_a_network_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    (gguf,) = write_llama_gguf(tmp_path / "tiny.gguf")
    write_llama_folder(tmp_path / "hf")
    assert import_path(gguf).added
    assert import_path(tmp_path / "hf").added
    assert import_path(
        _catalog_file(tmp_path / "a.json", [_own(_bundled_entry("qwen3-8b"), "net")])
    ).added
    export_catalog(tmp_path / "out.json")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"schema_version": 1, "family": "x", "models": {}}', "models"),
        ('{"schema_version": 1, "family": "x", "models": [], "extra": 1}', "extra"),
        (
            '{"schema_version": 1, "family": "x", "models": [' + ", ".join(["{}"] * 5001) + "]}",
            "5000",
        ),
    ],
)
def test_hostile_catalog_files_are_one_line_errors(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text)
    with pytest.raises(CatalogError) as info:
        import_path(path)
    message = error_text(info.value)
    assert "\n" not in message and message.startswith("hostile.json") and expected in message
    assert not user_catalog_path().exists()
