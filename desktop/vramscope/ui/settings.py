"""Typed QSettings wrapper: one table of keys, every read typed and validated.

A settings file that cannot be read (a crash mid-write, a hand edit, an unknown version) is
copied aside with a timestamp, then reset, and the window says so once and where the copy is,
instead of starting with half-applied values. A file written by a newer VRAMScope (a higher
``settings/version``) is read as far as its keys are understood and never written over.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from vramscope.app.table_filter import SORT_KEYS
from vramscope.core import MAX_IMAGES

__all__ = ["KEYS", "SETTINGS_VERSION", "Key", "Settings", "open_user_settings"]

# Bumped when a key changes meaning; a file with an unknown version is copied aside and reset,
# not half-read; a higher version (a newer VRAMScope's file) is read but never written.
SETTINGS_VERSION = 1
ORGANIZATION = "VRAMScope"
APPLICATION = "VRAMScope"


@dataclass(frozen=True, slots=True)
class Key:
    """One setting: its name, default and type, and the values or range it accepts."""

    name: str
    default: Any
    type: type
    choices: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key("settings/version", SETTINGS_VERSION, int),
        Key("window/geometry", QByteArray(), QByteArray),
        Key("window/state", QByteArray(), QByteArray),
        Key("window/splitter", QByteArray(), QByteArray),
        Key("window/right_splitter", QByteArray(), QByteArray),
        # GiB (what nvidia-smi and the OS show, app.present.DEFAULT_BINARY) unless the user
        # chose GB; a new key, because older versions stored their False default
        Key("prefs/gib_units", True, bool),
        Key("prefs/language", "", str, ("", "en", "ru", "zh_CN", "pl")),
        # the usable decode speed of the best pick and the suggestions (app.advice; the CLI's
        # --min-speed, default DEFAULT_MIN_SPEED_TPS)
        Key("prefs/min_speed_tps", 10.0, float, (), 0.1, 10_000.0),
        Key("run/model", "catalog:llama-3.1-8b", str),
        Key("run/runtime", "llama.cpp", str, ("llama.cpp", "transformers", "vllm")),
        Key("run/format", "", str),
        Key("run/mode", "inference", str, ("inference", "lora", "qlora", "full")),
        Key("run/context", 4096, int, (), 512, 16 * 1024 * 1024),
        Key("run/batch", 1, int, (), 1, 256),
        Key("run/kv_cache", "f16", str),
        Key("run/flash_attention", "auto", str, ("auto", "on", "off")),
        Key("run/optimizer", "adamw", str, ("adamw", "adamw-8bit", "sgd", "adafactor")),
        Key("run/lora_rank", 16, int, (), 1, 4096),
        # on by default, as PEFT and Unsloth set training up (app.session.RunSettings)
        Key("run/grad_checkpointing", True, bool),
        # llama.cpp -ctv ("": as K), -nkvo, -ts ("": by free memory) and vLLM's utilization:
        # no widgets, but settings the launcher or a settings file gave are kept
        Key("run/kv_cache_v", "", str),
        Key("run/kv_offload", True, bool),
        Key("run/tensor_split", "", str),
        # llama.cpp -sm over several GPUs (no widget either; --split-mode sets it)
        Key("run/split_mode", "layer", str, ("layer", "row")),
        Key("run/gpu_memory_utilization", 0.9, float, (), 0.05, 1.0),
        # images per prompt the user chose; -1: follow the model (1 for a vision model, else 0)
        Key("run/images", -1, int, (), -1, MAX_IMAGES),
        # the prompt a request brings, for the speed (0: half the context, as --prompt-tokens)
        Key("run/prompt_tokens", 0, int, (), 0, 16 * 1024 * 1024),
        Key("table/rows", "presets", str, ("presets", "catalog", "model")),
        # the fit table's sort, filters and classics (app.table_filter.TableFilter; sizes in
        # billions of parameters, 0: no bound); the search text is not kept
        Key("table/sort", "size", str, SORT_KEYS),
        Key("table/fits_gpu_only", False, bool),
        Key("table/min_tps", 0.0, float, (), 0.0, 1000.0),
        Key("table/family", "", str),
        Key("table/min_params_b", 0.0, float, (), 0.0, 2000.0),
        Key("table/max_params_b", 0.0, float, (), 0.0, 2000.0),
        Key("table/runtime_compatible_only", False, bool),
        Key("table/classics", False, bool),
        Key("chart/overlay", "", str),
        # File > Recent files: a JSON list of paths, newest first (ui/recent_files.py)
        Key("files/recent", "", str),
        # "id:bytes;id:bytes" (HardwareOptions.encode) and the RAM size of "other hardware"
        Key("hardware/override_gpus", "", str),
        Key("hardware/override_ram_gib", 0.0, float, (), 0.0, 65536.0),
        # the free VRAM of each described GPU (0: all of it, as --free-vram), and the custom
        # GPU's name and bandwidth (the encoded GPUs name it; 0: unknown)
        Key("hardware/override_free_gib", 0.0, float, (), 0.0, 65536.0),
        Key("hardware/custom_gpu", "", str),
        Key("hardware/custom_gpu_bandwidth_gbs", 0.0, float, (), 0.0, 20000.0),
        # "Measure RAM speed": the copy rate measured on this machine (GB/s; 0: not measured)
        Key("hardware/ram_measured_gbs", 0.0, float, (), 0.0, 2000.0),
    )
}


class Settings:
    """Reads and writes the keys in :data:`KEYS` on a QSettings instance.

    Tests pass ``QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)`` so the user's
    own file is never touched.
    """

    def __init__(self, qsettings: QSettings, *, now: datetime | None = None) -> None:
        self._qs = qsettings
        self._now = now
        self.was_reset = False
        # where the unreadable file was copied before the reset ("" when nothing was copied)
        self.backup_path = ""
        # a newer version's file, or one that could not be copied: read, never written
        self.read_only = False
        self.newer_version: int | None = None
        self._check()

    @property
    def path(self) -> str:
        """Where the settings live (shown in the preferences)."""
        return self._qs.fileName()

    def _check(self) -> None:
        # QSettings reports a file it cannot parse only through status(); reading it anyway
        # would silently give defaults for some keys and garbage for others.
        status = self._qs.status()
        version = self._raw("settings/version")
        text = str(version).strip() if version is not None else str(SETTINGS_VERSION)
        if status == QSettings.Status.NoError and text == str(SETTINGS_VERSION):
            return
        readable = status == QSettings.Status.NoError
        if readable and text.isascii() and text.isdigit() and int(text[:9]) > SETTINGS_VERSION:
            # a newer VRAMScope's file: its keys that this version knows are read (each is
            # checked by get()), the rest are left alone, and nothing is written back
            self.newer_version = int(text[:9])
            self.read_only = True
            return
        if not self._back_up():
            # no copy could be made: use the defaults for this run, but keep the file as it is
            self.read_only = True
            return
        self.reset()
        self.was_reset = True

    def _back_up(self) -> bool:
        """Copy the settings file next to itself with a timestamp; True when the copy exists
        (or there is no file on disk to lose)."""
        path = Path(self._qs.fileName())
        if self._qs.format() != QSettings.Format.IniFormat or not path.is_file():
            return True
        stamp = (self._now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}-unreadable-{stamp}{path.suffix}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.stem}-unreadable-{stamp}-{n}{path.suffix}")
        try:
            shutil.copy2(path, target)
        except OSError:
            return False
        self.backup_path = str(target)
        return True

    def reset(self) -> None:
        """Forget every setting: the next start uses the defaults."""
        self._qs.clear()
        path = Path(self._qs.fileName())
        if self._qs.format() == QSettings.Format.IniFormat and path.is_file():
            # a read-only file: defaults apply for this run anyway
            with contextlib.suppress(OSError):
                path.write_text("", encoding="utf-8")
        self._qs.sync()
        self._qs.setValue("settings/version", SETTINGS_VERSION)

    def _raw(self, name: str) -> Any:
        try:
            return self._qs.value(name)
        except Exception:
            return None

    def get(self, name: str) -> Any:
        """The value of ``name``, or its default when the stored one is missing or invalid."""
        key = KEYS[name]
        try:
            value = self._qs.value(name, key.default, type=key.type)
        except Exception:  # PySide raises on values it cannot convert to the asked type
            return key.default
        # INI files store text: a hand edit can leave a type QSettings converts without error
        # (a float for an int key) or a value outside the key's choices or range.
        if not isinstance(value, key.type):
            return key.default
        if key.choices and value not in key.choices:
            return key.default
        if key.low is not None and isinstance(value, int | float):
            high = key.high if key.high is not None else float("inf")
            if not key.low <= value <= high:
                return key.default
        return value

    def set(self, name: str, value: Any) -> None:
        """Store ``value``; a wrong type is a programming error, so it raises."""
        key = KEYS[name]
        if not isinstance(value, key.type):
            raise TypeError(f"setting {name} must be {key.type.__name__}, got {value!r}")
        if self.read_only:
            return  # a newer version's file (or one that could not be copied) is not ours
        self._qs.setValue(name, value)

    def sync(self) -> None:
        """Write pending changes to disk now (QSettings otherwise writes when it likes)."""
        if not self.read_only:
            self._qs.sync()


def open_user_settings() -> Settings:
    """The user's settings file (an INI file in the platform's config folder)."""
    qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    return Settings(qs)
