"""Sentences for the readers' refusals of hostile paths and files (readers/_files.py, the GGUF
nesting bound and the JSON parse budget). Each names the file; the ``*_bytes`` parameters are
formatted in the user's size unit by :func:`render`."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

register(
    "Errors",
    {
        "file.symlink_loop": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the symbolic links loop and never reach a file"
        ),
        "file.no_permission": QT_TRANSLATE_NOOP(
            "Errors", "{file}: permission denied (no right to read it or to enter its folder)"
        ),
        "file.folder_no_permission": QT_TRANSLATE_NOOP(
            "Errors", "{file}: permission denied (no right to list or enter this folder)"
        ),
        "file.is_folder": QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file"),
        "file.is_fifo": QT_TRANSLATE_NOOP(
            "Errors", "{file} is a named pipe (FIFO), not a regular file; it was not opened"
        ),
        "file.is_device": QT_TRANSLATE_NOOP(
            "Errors", "{file} is a device, not a regular file; it was not opened"
        ),
        "file.is_socket": QT_TRANSLATE_NOOP(
            "Errors", "{file} is a socket, not a regular file; it was not opened"
        ),
        "file.too_many_nested_arrays": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: {what} holds {count} arrays inside arrays; at most {limit} are read "
            "(llama.cpp reads none)",
        ),
        "file.json_too_costly": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: reading this JSON would take about {need_bytes} of memory, more than the "
            "{limit_bytes} allowed; real files need far less",
        ),
        "file.out_of_memory": QT_TRANSLATE_NOOP(
            "Errors", "{file}: not enough memory to read this file"
        ),
    },
)
