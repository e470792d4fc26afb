"""Sentences about the user's own catalog (``vramscope catalog``, File > Import, opened files).

Ids and file names inside ``{id}``, ``{new_id}`` and ``{value}`` arrive as Python writes them
(``'my-model'``), so templates never quote them; ``{file}`` is a plain file name or path.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__ = ["CONTEXT"]

CONTEXT = "UserCatalog"

# Literal contexts in every call below: lupdate reads them as written.
register(
    CONTEXT,
    {
        "catalog.entry_not_object": QT_TRANSLATE_NOOP(
            "UserCatalog", "{file}: models[{index}] must be an object, got {value}"
        ),
        "catalog.bad_entry": QT_TRANSLATE_NOOP("UserCatalog", "{file}: {detail}"),
        "catalog.in_bundled": QT_TRANSLATE_NOOP(
            "UserCatalog", "{file}: {id} is already in the bundled catalog"
        ),
        "catalog.in_user_catalog": QT_TRANSLATE_NOOP(
            "UserCatalog",
            "{file}: {id} is already in your catalog with other data; it was not replaced",
        ),
        "catalog.not_in_user_catalog": QT_TRANSLATE_NOOP(
            "UserCatalog", "{id} is not in your catalog"
        ),
        "catalog.user_file_unreadable": QT_TRANSLATE_NOOP(
            "UserCatalog",
            "your catalog {file} could not be read; only the bundled catalog is used: {detail}",
        ),
        "catalog.user_entry_skipped": QT_TRANSLATE_NOOP(
            "UserCatalog", "your catalog: entry skipped: {detail}"
        ),
        "catalog.cannot_write": QT_TRANSLATE_NOOP("UserCatalog", "cannot write {file}: {reason}"),
        "catalog.renamed": QT_TRANSLATE_NOOP(
            "UserCatalog", "{file}: the id {id} is taken; added as {new_id}"
        ),
        "catalog.user_file_kept": QT_TRANSLATE_NOOP(
            "UserCatalog", "your catalog file could not be read; it was kept as {file}"
        ),
        "catalog.import_bundled": QT_TRANSLATE_NOOP(
            "UserCatalog", "already in the bundled catalog, skipped ({count}): {ids}"
        ),
        "catalog.import_summary": QT_TRANSLATE_NOOP(
            "UserCatalog",
            "your catalog {file}: {added_count} added, {replaced_count} updated, "
            "{unchanged_count} unchanged, {refused_count} refused",
        ),
    },
)
