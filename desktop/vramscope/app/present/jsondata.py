"""Sentences for the JSON loader's codes (``core.jsondata``) and the catalog's checks on it.

Every sentence starts with the file (and entry) so that a broken file is found without a
traceback: ``gpus.json: field 'gpus[3].vram_gb' must be a number, got '24'``.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

# Literal contexts in every call below: lupdate reads them as written.
_C = "JsonData"

register(
    _C,
    {
        "json.unreadable": QT_TRANSLATE_NOOP("JsonData", "{file}: cannot read ({reason})"),
        "json.too_large": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: larger than {limit} bytes; not a file VRAMScope reads"
        ),
        "json.not_utf8": QT_TRANSLATE_NOOP("JsonData", "{file}: not UTF-8 text"),
        "json.invalid": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: not valid JSON (line {line}, column {column}: {reason})"
        ),
        "json.too_deep": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: JSON nested too deeply (more than {limit} levels)"
        ),
        "json.constant": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: {value} is not a number (JSON has no NaN or Infinity)"
        ),
        "json.bad_number": QT_TRANSLATE_NOOP("JsonData", "{file}: a number has too many digits"),
        "json.top_level": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: expected a JSON object, got {value}"
        ),
        "json.unknown_field": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' is not a known field (known: {known})"
        ),
        "json.missing": QT_TRANSLATE_NOOP("JsonData", "{file}: field '{field}' is missing"),
        "json.not_str": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be a string, got {value}"
        ),
        "json.empty_str": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be a non-empty string, got {value}"
        ),
        "json.too_long": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' is longer than {limit} characters"
        ),
        "json.not_int": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be an integer, got {value}"
        ),
        "json.too_small": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be at least {minimum}, got {value}"
        ),
        "json.too_big": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be at most {maximum}, got {value}"
        ),
        "json.not_number": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be a number, got {value}"
        ),
        "json.not_finite": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be a finite number, got {value}"
        ),
        "json.not_positive": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be positive, got {value}"
        ),
        "json.not_bool": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be true or false, got {value}"
        ),
        "json.not_one_of": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be one of {allowed}, got {value}"
        ),
        "json.not_object": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be an object, got {value}"
        ),
        "json.not_list": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' must be a list, got {value}"
        ),
        "json.too_many": QT_TRANSLATE_NOOP(
            "JsonData", "{file}: field '{field}' holds {count} items, more than the {limit} allowed"
        ),
    },
)

_CATALOG = "Catalog"

register(
    _CATALOG,
    {
        "catalog.schema_version": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' must be {expected}, got {value}"
        ),
        "catalog.bad_slug": QT_TRANSLATE_NOOP(
            "Catalog",
            "{file}: field '{field}' must be lower-case letters, digits, '.' and '-', got {value}",
        ),
        "catalog.bad_date": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' must be an ISO date (YYYY-MM-DD), got {value}"
        ),
        "catalog.no_source": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' is missing (every number needs a source)"
        ),
        "catalog.bad_config": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field 'config' is wrong: {detail}"
        ),
        "catalog.active_above_total": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' exceeds params_published ({total}), got {value}"
        ),
        "catalog.name_clash": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: {name} names both {first} and {second}"
        ),
        "catalog.tolerance_needs_note": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' needs a params_note saying why the counts differ"
        ),
        "catalog.duplicate_id": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: the model id {name} is used by two entries"
        ),
        "catalog.no_model_files": QT_TRANSLATE_NOOP(
            "Catalog", "models: no catalog files found in {folder}"
        ),
        "catalog.duplicate_preset": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: duplicate preset id {value}"
        ),
        "catalog.unknown_model_id": QT_TRANSLATE_NOOP("Catalog", "unknown model {query}"),
        "catalog.unknown_model_near": QT_TRANSLATE_NOOP(
            "Catalog", "unknown model {query}; did you mean {near}?"
        ),
        "catalog.unknown_gpu": QT_TRANSLATE_NOOP("Catalog", "unknown GPU {query}"),
        "catalog.unknown_gpu_near": QT_TRANSLATE_NOOP(
            "Catalog", "unknown GPU {query}; did you mean {near}?"
        ),
        "catalog.gpu_ambiguous": QT_TRANSLATE_NOOP(
            "Catalog", "GPU {query} is ambiguous: it could be {candidates}"
        ),
        "catalog.unknown_model": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' must name a catalog model id, got {value}"
        ),
        "catalog.bad_weights": QT_TRANSLATE_NOOP(
            "Catalog",
            "{file}: field '{field}' must be a weight format {runtime} loads, got {value}",
        ),
        "catalog.kind_mismatch": QT_TRANSLATE_NOOP(
            "Catalog", "{file}: field '{field}' is {value} but {model} is {model_kind}"
        ),
    },
)
