"""A smaller ICU data library for the Linux bundle (30 MB -> 5 MB, 12 MB -> 2 MB compressed).

PySide6's Linux wheels link Qt to ICU 73, whose ``libicudata.so.73`` holds the data for every
locale, converter and dictionary ICU has. Qt uses ICU for collation (QCollator), locale-aware
case mapping, time-zone display names and legacy text codecs; Qt's own CLDR tables do the rest
of QLocale. This module rewrites that library with the data VRAMScope can reach:

- kept: everything for the root locale and our four languages (en, ru, zh, pl: collation,
  time-zone and locale names), and every non-locale table (time zones, plural rules, likely
  subtags, normalisation);
- dropped: the data of other locales (they fall back to the root: e.g. Swedish sorts Ä with A),
  legacy codecs (``*.cnv``: QStringDecoder("GB18030") becomes invalid; the app reads UTF-8
  only), transliteration, word-break dictionaries, character names, StringPrep and spoof data,
  none of which Qt or the app call.

``python packaging/icu.py verify LIB`` compares collation, case mapping and time-zone names in
our four languages between the wheel's ICU and LIB (via LD_PRELOAD): the build runs it.

The library is rebuilt with binutils (``as`` + ``ld``, which PyInstaller needs on Linux anyway):
a .rodata section holding the package, exported as ``icudtNN_dat``, with the same soname.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["KEPT_LANGUAGES", "elf_symbol", "keep_item", "rebuild_library", "subset_package"]

KEPT_LANGUAGES = frozenset({"en", "ru", "zh", "pl"})

# Locale-keyed items are named like locales (af, zh_Hant_HK, yue); tables such as
# metaZones.res, zoneinfo64.res, plurals.res, root.res or pool.res are not.
_LOCALE_ITEM = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*")
_TABLES = frozenset({"res_index", "root", "pool"})  # the list of locales, the root, shared keys
_DROPPED_FOLDERS = frozenset({"translit"})
_DROPPED_FILES = frozenset({"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu"})
_DROPPED_SUFFIXES = (".cnv", ".spp", ".dict")
_DROPPED_NORMALIZATION = frozenset({"uts46.nrm"})  # IDNA: Qt has its own implementation


def keep_item(name: str) -> bool:
    """Whether a package item (``coll/ru.res``, without the ``icudt73l/`` prefix) is kept."""
    parts = name.split("/")
    leaf = parts[-1]
    if parts[0] in _DROPPED_FOLDERS and len(parts) > 1:
        return False
    if leaf in _DROPPED_FILES or leaf in _DROPPED_NORMALIZATION or leaf.endswith(_DROPPED_SUFFIXES):
        return False
    stem, _, suffix = leaf.rpartition(".")
    if suffix == "res" and stem not in _TABLES and _LOCALE_ITEM.fullmatch(stem):
        return stem.split("_", 1)[0] in KEPT_LANGUAGES
    return True


def subset_package(data: bytes, keep: Callable[[str], bool] = keep_item) -> bytes:
    """A copy of an ICU common-data package ("CmnD") holding only the items ``keep`` accepts.

    Layout (ICU's ``udata.cpp``/``ucmndata.h``): a data header (its size in the first two
    bytes), then the table of contents: a uint32 count and (name offset, data offset) pairs,
    both relative to the table's start, the NUL-terminated item names (sorted, which lookups
    rely on), then the items, each 16-byte aligned.
    """
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package")
    if data[8] != 0:
        raise ValueError("only little-endian ICU packages are handled")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [entries[i + 1][1] for i in range(count - 1)] + [len(toc)]

    def name_at(offset: int) -> str:
        return toc[offset : toc.index(b"\0", offset)].decode("ascii")

    kept: list[tuple[str, bytes]] = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        full_name = name_at(name_offset)
        if keep(full_name.split("/", 1)[1] if "/" in full_name else full_name):
            kept.append((full_name, toc[data_offset:end]))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    first_item = (table_size + len(names) + 15) // 16 * 16
    out = bytearray(struct.pack("<I", len(kept)))
    name_offset, data_offset = table_size, first_item
    blobs = []
    for name, blob in kept:
        out += struct.pack("<II", name_offset, data_offset)
        name_offset += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % 16)
        blobs.append(padded)
        data_offset += len(padded)
    out += names
    out += b"\0" * (first_item - len(out))
    out += b"".join(blobs)
    return data[:header_size] + bytes(out)


def elf_symbol(path: Path, symbol: str) -> tuple[int, int]:
    """(file offset, size) of a defined dynamic symbol of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for i in range(size // entsize):
            st_name, _st_info, _other, st_shndx, st_value, st_size = struct.unpack_from(
                "<IBBHQQ", data, offset + i * entsize
            )
            end = data.index(b"\0", strtab_offset + st_name)
            if data[strtab_offset + st_name : end].decode() == symbol and st_shndx != 0:
                # the section holding it gives the address -> file offset mapping
                sec = sections[st_shndx]
                return sec[4] + st_value - sec[3], st_size
    raise ValueError(f"{path}: no symbol {symbol}")


def rebuild_library(source: Path, out_dir: Path) -> Path:
    """Write a subset copy of ``libicudata.so.NN`` into ``out_dir`` and return its path."""
    match = re.match(r"libicudata\.so\.(\d+)", source.name)
    if not match:
        raise ValueError(f"{source}: not libicudata.so.NN")
    symbol = f"icudt{match[1]}_dat"
    offset, size = elf_symbol(source, symbol)
    with source.open("rb") as f:
        f.seek(offset)
        package = f.read(size)
    small = subset_package(package)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / source.name
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "icudata.dat").write_bytes(small)
        (work / "icudata.s").write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            '    .incbin "icudata.dat"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=work, check=True)
        subprocess.run(
            [
                "ld",
                "-shared",
                "-s",  # no static symbol table: the dynamic one exports the data
                "-soname",
                source.name,
                "-z",
                "noexecstack",
                "-o",
                str(target),
                "icudata.o",
            ],
            cwd=work,
            check=True,
        )
    return target


def can_rebuild() -> bool:
    """Linux with binutils' assembler and linker on PATH."""
    return sys.platform.startswith("linux") and bool(shutil.which("as") and shutil.which("ld"))


# What verify compares: collation, case mapping, number formatting and time-zone names in the
# four languages the app ships, which must not change.
_VERIFY_SCRIPT = r"""
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTimeZone
app = QCoreApplication([])
words = ["яблоко", "Ёж", "ель", "Zebra", "apple", "Äpfel", "中文", "汉字", "zażółć", "łódź",
         "Łukasz", "ćma", "éclair", "10", "9", "Llama 3.1 8B", "llama-3.2-1b", "Qwen2.5 7B"]
tz = QTimeZone(b"Europe/Warsaw")
for name in ("en_US", "ru_RU", "zh_CN", "pl_PL"):
    loc = QLocale(name)
    c = QCollator(loc)
    c.setNumericMode(True)
    print(name, sorted(words, key=c.sortKey))
    print(name, loc.toUpper("istanbul ß"), loc.toLower("ÆØÅ İ"), loc.toString(1234567.891, "f", 2))
    print(name, tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, loc))
"""


def verify(library: Path) -> int:
    """Run the comparison with the wheel's ICU and with ``library``; 0 when they agree."""
    outputs = []
    for preload in (None, library):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload is not None:
            env["LD_PRELOAD"] = str(preload.resolve())
        done = subprocess.run(
            [sys.executable, "-c", _VERIFY_SCRIPT], env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        outputs.append(done.stdout)
    if outputs[0] != outputs[1]:
        print("ICU subset changes results:\n--- full\n" + outputs[0] + "--- subset\n" + outputs[1])
        return 1
    print(f"ICU subset {library}: collation, case and time-zone names unchanged in en/ru/zh/pl")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="write a subset copy of libicudata.so.NN")
    build.add_argument("library", type=Path)
    build.add_argument("out_dir", type=Path)
    check = sub.add_parser("verify", help="compare Qt's results with the subset library")
    check.add_argument("library", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        print(rebuild_library(args.library, args.out_dir))
        return 0
    return verify(args.library)


if __name__ == "__main__":
    raise SystemExit(main())
