"""Sentences for the error codes of the core and the readers, and :func:`error_text`.

Every error names the field (or the file) and the value it got, on one line:
``n_layers must be a positive integer, got -3``, ``model.gguf: file is truncated: ...``.
Values arrive already written the way Python shows them (``'abc'``, ``-3``), so a template
never quotes them itself. ``{detail}`` is the sentence of a wrapped error (a bad field of a
named file), which :func:`error_text` renders first.
"""

from __future__ import annotations

from vramscope.core import Note, SpecError

from . import QT_TRANSLATE_NOOP, Translate, identity, register, render
from .safe_text import clip_param, one_line

__all__ = ["error_text"]

CONTEXT = "Errors"

register(
    CONTEXT,
    {
        # Messages not yet converted to codes carry their text as it is.
        "error.unconverted": QT_TRANSLATE_NOOP("Errors", "{text}"),
        # Field checks shared by the model, the workload, config.json and the weight layout: the
        # field is named as the user wrote it (a config.json key, a CLI option).
        "spec.active_over_total": QT_TRANSLATE_NOOP(
            "Errors", "active must not exceed total, got {active} > {total}"
        ),
        "spec.empty_string": QT_TRANSLATE_NOOP(
            "Errors", "{field} must be a non-empty string, got {value}"
        ),
        "spec.mla_incomplete": QT_TRANSLATE_NOOP(
            "Errors", "MLA needs qk_rope_head_dim and v_head_dim with kv_lora_rank"
        ),
        "spec.negative": QT_TRANSLATE_NOOP(
            "Errors", "{field} must be a non-negative integer, got {value}"
        ),
        "spec.not_bool": QT_TRANSLATE_NOOP("Errors", "{field} must be true or false, got {value}"),
        "spec.not_divisor": QT_TRANSLATE_NOOP(
            "Errors", "{divisor_field} must divide {field}: got {divisor} and {value}"
        ),
        "spec.not_int_in_range": QT_TRANSLATE_NOOP(
            "Errors", "{field} must be an integer from {low} to {high}, got {value}"
        ),
        "spec.not_integer": QT_TRANSLATE_NOOP("Errors", "{field} must be an integer, got {value}"),
        "spec.not_list": QT_TRANSLATE_NOOP("Errors", "{field} must be a list, got {value}"),
        "spec.not_object": QT_TRANSLATE_NOOP("Errors", "{field} must be an object, got {value}"),
        "spec.not_one_of": QT_TRANSLATE_NOOP(
            "Errors", "{field} must be one of {allowed}, got {value}"
        ),
        "spec.not_positive": QT_TRANSLATE_NOOP(
            "Errors", "{field} must be a positive integer, got {value}"
        ),
        "spec.not_string": QT_TRANSLATE_NOOP("Errors", "{field} must be a string, got {value}"),
        "spec.out_of_range": QT_TRANSLATE_NOOP(
            "Errors", "{field} must be between {low} and {high}, got {value}"
        ),
        "spec.per_layer_count": QT_TRANSLATE_NOOP(
            "Errors", "{field} must have one entry per layer: got {count} for {n_layers} layers"
        ),
        "spec.sliding_window_missing": QT_TRANSLATE_NOOP(
            "Errors", "sliding_window must be set when some layers use sliding attention"
        ),
        "spec.too_long": QT_TRANSLATE_NOOP(
            "Errors", "{field} has {count} entries, more than {limit}"
        ),
        "spec.unknown_linear_kind": QT_TRANSLATE_NOOP(
            "Errors", "linear-attention layers need a known linear_kind, got {value}"
        ),
        # core.hf_config: a config.json as a whole.
        "config.missing_key": QT_TRANSLATE_NOOP(
            "Errors", "config.json has no {key} (needed for {model_type})"
        ),
        "config.missing_key_untyped": QT_TRANSLATE_NOOP(
            "Errors", "config.json has no {key} (needed for an unnamed model)"
        ),
        "config.not_object": QT_TRANSLATE_NOOP(
            "Errors", "config.json must hold an object, got {value}"
        ),
        "config.unreadable": QT_TRANSLATE_NOOP(
            "Errors", "config.json could not be read as a model ({reason})"
        ),
        # core.formats: GGML types, weight format names, llama.cpp's mix rules.
        "format.awq_bits": QT_TRANSLATE_NOOP(
            "Errors", "weight format {value}: awq supports 4-bit weights only"
        ),
        "format.bad_shape": QT_TRANSLATE_NOOP(
            "Errors", "tensor shape must hold non-negative integers, got {value}"
        ),
        "format.group_size": QT_TRANSLATE_NOOP(
            "Errors", "{family} group size must be 16-65536 or per-channel, got {value}"
        ),
        "format.invalid": QT_TRANSLATE_NOOP("Errors", "weight format {value}: {detail}"),
        "format.moe_tensor_layer": QT_TRANSLATE_NOOP(
            "Errors", "cannot determine the layer of MoE tensor {tensor}"
        ),
        "format.no_fallback": QT_TRANSLATE_NOOP(
            "Errors", "no GGML type fallback for {ggml_type} with rows of {row} elements"
        ),
        "format.not_gguf_ftype": QT_TRANSLATE_NOOP(
            "Errors", "ftype must be a GGUF file type (e.g. q4_k_m, f16), got {value}"
        ),
        "format.row_not_in_blocks": QT_TRANSLATE_NOOP(
            "Errors",
            "tensor row length {row} is not a multiple of the {ggml_type} block of "
            "{block} elements (shape {shape})",
        ),
        "format.unknown": QT_TRANSLATE_NOOP(
            "Errors", "unknown weight format {value}; known: {known}"
        ),
        "format.unknown_file_type": QT_TRANSLATE_NOOP(
            "Errors", "unknown GGUF general.file_type {value}"
        ),
        "format.unknown_ggml_type": QT_TRANSLATE_NOOP(
            "Errors", "unknown GGML type {value}; known: {known}"
        ),
        "format.unknown_llama_ftype": QT_TRANSLATE_NOOP("Errors", "unknown llama ftype {value}"),
        # core.weights: the weight layout of a model or of a file's tensors.
        "weights.file_tensor": QT_TRANSLATE_NOOP(
            "Errors", "file tensor must be (name, shape, dtype), got {value}"
        ),
        "weights.gguf_file_format": QT_TRANSLATE_NOOP(
            "Errors", "gguf_file applies to float and GGUF formats, got {value}"
        ),
        "weights.layer_active": QT_TRANSLATE_NOOP(
            "Errors", "layer {layer} reads {active} B per token but holds only {whole} B"
        ),
        "weights.tensor_shape": QT_TRANSLATE_NOOP(
            "Errors", "tensor {tensor} has an invalid shape {value}"
        ),
        "weights.totals": QT_TRANSLATE_NOOP(
            "Errors",
            "tensor bytes ({total}) must equal the grouped total ({grouped}) and linear + "
            "non-linear ({split})",
        ),
        "weights.unaligned": QT_TRANSLATE_NOOP(
            "Errors",
            "tensor_names, tensor_types and tensor_bytes must align, got {names}, {types} "
            "and {sizes}",
        ),
        "weights.unknown_dtype": QT_TRANSLATE_NOOP(
            "Errors", "tensor {tensor} has unknown dtype {value}; known: {known}"
        ),
        # core.workload: the combination of options.
        "workload.kv_not_in_runtime": QT_TRANSLATE_NOOP(
            "Errors", "kv cache type {value} is not available in {runtime}; use one of {allowed}"
        ),
        "workload.lora_targets": QT_TRANSLATE_NOOP(
            "Errors", "lora targets must be module names, got {value}"
        ),
        "workload.training_runtime": QT_TRANSLATE_NOOP(
            "Errors", "mode {mode} (training) needs the transformers runtime, got {runtime}"
        ),
        # core.hardware: a machine to plan for.
        "hardware.gpu_bandwidth": QT_TRANSLATE_NOOP(
            "Errors", "GPU {gpu}: bandwidth cannot be negative"
        ),
        "hardware.gpu_free": QT_TRANSLATE_NOOP(
            "Errors", "GPU {gpu}: free memory must be between 0 and total ({total}), got {value}"
        ),
        "hardware.gpu_total": QT_TRANSLATE_NOOP(
            "Errors", "GPU {gpu}: total memory must be positive, got {value}"
        ),
        "hardware.cpu_kind": QT_TRANSLATE_NOOP(
            "Errors", "unknown CPU kind {value}; expected one of {kinds}"
        ),
        "hardware.ram_available": QT_TRANSLATE_NOOP(
            "Errors", "available RAM must be between 0 and total ({total}), got {value}"
        ),
        "hardware.ram_total": QT_TRANSLATE_NOOP(
            "Errors", "RAM total must be positive, got {value}"
        ),
        # readers: the user's model files; every sentence starts with the file.
        "file.alignment": QT_TRANSLATE_NOOP(
            "Errors", "{file}: general.alignment must be a power of two, got {value}"
        ),
        "file.alignment_too_large": QT_TRANSLATE_NOOP(
            "Errors", "{file}: general.alignment {value} is implausibly large"
        ),
        "file.array_past_end": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: {what} claims {count} elements at byte {pos} but only {left} bytes "
            "remain in the file",
        ),
        "file.arrays_too_deep": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {what} nests arrays deeper than {limit} levels"
        ),
        "file.bad_config": QT_TRANSLATE_NOOP("Errors", "{file}: {detail}"),
        "file.cannot_access": QT_TRANSLATE_NOOP("Errors", "{file}: cannot access ({reason})"),
        "file.cannot_open": QT_TRANSLATE_NOOP("Errors", "{file}: cannot open ({reason})"),
        "file.cannot_read": QT_TRANSLATE_NOOP("Errors", "{file}: cannot read ({reason})"),
        "file.config_missing_key": QT_TRANSLATE_NOOP(
            "Errors", "{file} has no {key} (needed for {model_type})"
        ),
        "file.config_missing_key_untyped": QT_TRANSLATE_NOOP(
            "Errors", "{file} has no {key} (needed for an unnamed model)"
        ),
        "file.config_not_object": QT_TRANSLATE_NOOP(
            "Errors", "{file} must hold a JSON object, got {value}"
        ),
        "file.duplicate_key": QT_TRANSLATE_NOOP("Errors", "{file}: duplicate metadata key {key}"),
        "file.duplicate_tensor": QT_TRANSLATE_NOOP("Errors", "{file}: duplicate tensor {tensor}"),
        "file.empty_folder": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the folder has no config.json or .gguf file"
        ),
        "file.gguf_missing_key": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: the config mapped from its metadata has no {key} (needed for {model_type})",
        ),
        "file.gguf_missing_key_untyped": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: the config mapped from its metadata has no {key} (needed for an "
            "unnamed model)",
        ),
        "file.gguf_too_short": QT_TRANSLATE_NOOP(
            "Errors", "{file}: not a GGUF file (only {size} bytes)"
        ),
        "file.gguf_v1": QT_TRANSLATE_NOOP(
            "Errors", "{file}: GGUF version 1 is obsolete (2023) and not supported; reconvert it"
        ),
        "file.gguf_version": QT_TRANSLATE_NOOP(
            "Errors", "{file}: unsupported GGUF version {version} (supported: 2 and 3)"
        ),
        "file.header_too_large": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: GGUF header is larger than {limit} ({what} at byte {pos}); refusing "
            "to read further",
        ),
        "file.header_json_invalid": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the safetensors header is not valid JSON ({reason})"
        ),
        "file.header_json_not_utf8": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the safetensors header is not UTF-8 text (bad byte at {pos})"
        ),
        "file.header_json_syntax": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: the safetensors header is not valid JSON (line {line}, column {column}: "
            "{reason})",
        ),
        "file.header_json_too_deep": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the safetensors header is not valid JSON (nested too deeply)"
        ),
        "file.json_invalid": QT_TRANSLATE_NOOP("Errors", "{file} is not valid JSON ({reason})"),
        "file.json_not_utf8": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not UTF-8 text (bad byte at {pos})"
        ),
        "file.json_syntax": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not valid JSON (line {line}, column {column}: {reason})"
        ),
        "file.json_too_deep": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not valid JSON (nested too deeply)"
        ),
        "file.json_too_large": QT_TRANSLATE_NOOP(
            "Errors", "{file} is {size}, larger than the {limit} limit for this file"
        ),
        "file.metadata_missing": QT_TRANSLATE_NOOP("Errors", "{file}: GGUF metadata has no {key}"),
        "file.metadata_not_integer": QT_TRANSLATE_NOOP(
            "Errors", "{file}: metadata {key} must be an integer, got {value}"
        ),
        "file.metadata_not_integers": QT_TRANSLATE_NOOP(
            "Errors", "{file}: metadata {key} must hold integers"
        ),
        "file.no_architecture": QT_TRANSLATE_NOOP(
            "Errors", "{file}: GGUF has no general.architecture"
        ),
        "file.no_tensor_data": QT_TRANSLATE_NOOP(
            "Errors", "{file}: file is truncated: the tensor data should start at byte {pos}"
        ),
        "file.no_vocabulary": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: GGUF has no token_embd.weight, {arch}.vocab_size or "
            "tokenizer.ggml.tokens to tell the vocabulary size",
        ),
        "file.no_weight_map": QT_TRANSLATE_NOOP("Errors", "{file}: has no weight_map object"),
        "file.not_a_model": QT_TRANSLATE_NOOP(
            "Errors", "{file}: not a config.json, model folder or .gguf file"
        ),
        "file.not_found": QT_TRANSLATE_NOOP("Errors", "{file}: no such file or folder"),
        "file.not_gguf": QT_TRANSLATE_NOOP(
            "Errors", "{file}: not a GGUF file (starts with {magic}, expected b'GGUF')"
        ),
        "file.not_regular": QT_TRANSLATE_NOOP("Errors", "{file}: not a regular file"),
        "file.not_safetensors": QT_TRANSLATE_NOOP(
            "Errors", "{file}: not a safetensors file (the header is not a JSON object)"
        ),
        "file.read_failed": QT_TRANSLATE_NOOP("Errors", "{file}: read failed ({reason})"),
        "file.safetensors_header_not_object": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the safetensors header is not a JSON object"
        ),
        "file.safetensors_header_size": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: safetensors header claims {count} bytes (limit {limit}); not a "
            "safetensors file?",
        ),
        "file.safetensors_shrank": QT_TRANSLATE_NOOP(
            "Errors", "{file}: file is truncated while reading the header"
        ),
        "file.safetensors_too_short": QT_TRANSLATE_NOOP(
            "Errors", "{file}: not a safetensors file (only {size} bytes)"
        ),
        "file.safetensors_truncated": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: file is truncated: the safetensors header claims {count} bytes but "
            "the file has {size}",
        ),
        "file.safetensors_without_config": QT_TRANSLATE_NOOP(
            "Errors", "{file}: a safetensors checkpoint needs its config.json beside it"
        ),
        "file.several_ggufs": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the folder holds {count} GGUF models ({names}); choose one file"
        ),
        "file.shards_missing": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {missing} of {count} shards are missing: {names}"
        ),
        "file.shrank": QT_TRANSLATE_NOOP(
            "Errors", "{file}: file is truncated: {what} at byte {pos}"
        ),
        "file.split_count": QT_TRANSLATE_NOOP(
            "Errors", "{file}: split.count is {value} but the file name says {count} parts"
        ),
        "file.split_duplicate": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} also appears in an earlier part"
        ),
        "file.split_missing": QT_TRANSLATE_NOOP(
            "Errors", "{file}: split GGUF is missing {missing} of {count} parts: {names}"
        ),
        "file.split_no": QT_TRANSLATE_NOOP(
            "Errors", "{file}: split.no is {value}, expected {part} from its name"
        ),
        "file.split_numbering": QT_TRANSLATE_NOOP(
            "Errors", "{file}: bad split numbering (part {part} of {count})"
        ),
        "file.split_tensor_count": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: split.tensors.count is {expected} but the {parts} parts hold {count} tensors",
        ),
        "file.string_past_end": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: a string in {what} at byte {pos} claims {count} bytes but {left} remain",
        ),
        "file.string_too_long": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {what} at byte {pos} claims {count} bytes (limit {limit})"
        ),
        "file.tensor_data_past_end": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: file is truncated: tensor {tensor} ends at byte {end} of the data "
            "but the file has {size} data bytes",
        ),
        "file.tensor_dim": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has a dimension of {value}"
        ),
        "file.tensor_dims": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has {count} dimensions (expected 1 to {limit})"
        ),
        "file.tensor_dtype": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has unknown dtype {value}"
        ),
        "file.tensor_in_two_shards": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} is also in {other}"
        ),
        "file.tensor_name_too_long": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: the name of tensor #{index} at byte {pos} claims {count} bytes "
            "(limit {limit})",
        ),
        "file.tensor_not_in_shard": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} is not in {other} as it says"
        ),
        "file.tensor_not_object": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} is not a JSON object"
        ),
        "file.tensor_offset": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: tensor {tensor} offset {offset} is not a multiple of the alignment "
            "{alignment}",
        ),
        "file.tensor_offsets": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has malformed data_offsets"
        ),
        "file.tensor_overflow": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has {count}+ elements (overflows 64 bits)"
        ),
        "file.tensor_overlap": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} at data offset {offset} overlaps tensor {other}"
        ),
        "file.tensor_past_end": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: file is truncated: tensor {tensor} ends at byte {end} but the file "
            "has {size} bytes",
        ),
        "file.tensor_row": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: tensor {tensor} has a row of {row} elements, not a multiple of the "
            "{ggml_type} block size {block}",
        ),
        "file.tensor_shape": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has a malformed shape"
        ),
        "file.tensor_span": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: tensor {tensor} spans {count} bytes but its shape {shape} of {dtype} "
            "needs {need}",
        ),
        "file.tensor_too_large": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has a shape too large to exist"
        ),
        "file.tensor_type": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} has unknown GGML type id {type_id}"
        ),
        "file.tensors_overlap": QT_TRANSLATE_NOOP(
            "Errors", "{file}: tensor {tensor} overlaps tensor {other}"
        ),
        "file.too_many_items": QT_TRANSLATE_NOOP(
            "Errors", "{file}: GGUF header needs more than {limit} items to read; giving up"
        ),
        "file.too_many_keys": QT_TRANSLATE_NOOP(
            "Errors", "{file}: GGUF header claims {count} metadata entries in a {size} file"
        ),
        "file.too_many_layers": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {key} {value} is implausibly large"
        ),
        "file.too_many_safetensors": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {count} safetensors files (limit {limit})"
        ),
        "file.too_many_shards": QT_TRANSLATE_NOOP(
            "Errors", "{file}: lists {count} shards (limit {limit})"
        ),
        "file.too_many_tensors": QT_TRANSLATE_NOOP(
            "Errors", "{file}: GGUF header claims {count} tensors in a {size} file"
        ),
        "file.truncated_at": QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: file is truncated: {what} at byte {pos} needs {need} bytes but the "
            "file has {size} bytes",
        ),
        "file.unknown_element_type": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {what} has unknown element type {type_id}"
        ),
        "file.unknown_value_type": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {what} has unknown value type {type_id}"
        ),
        "file.weight_map_entry": QT_TRANSLATE_NOOP(
            "Errors", "{file}: weight_map[{tensor}] is not a .safetensors name"
        ),
        "file.weight_map_outside": QT_TRANSLATE_NOOP(
            "Errors", "{file}: weight_map names a file outside the folder: {value}"
        ),
        # core.compare: logged buffers left out of a comparison (notes, not errors).
        "compare.bad_size": QT_TRANSLATE_NOOP(
            "Errors", "ignored {kind} on {device}: size {value} is not a size"
        ),
        "compare.unknown_device": QT_TRANSLATE_NOOP(
            "Errors", "ignored buffers on unknown device {device}"
        ),
        "compare.unknown_kind": QT_TRANSLATE_NOOP("Errors", "ignored logged buffer kind {kind}"),
    },
)


def error_text(exc: object, tr: Translate = identity) -> str:
    """The one-line sentence for ``exc``: a SpecError's note (any subclass) rendered through
    ``tr``, with the sentence of the error it wraps; ``str(exc)`` for any other exception.

    Always one line of at most MAX_MESSAGE_CHARS printable characters, each string parameter
    clipped first so the field it names stays in view (safe_text).
    """
    if not isinstance(exc, SpecError):
        return one_line(str(exc))
    params = tuple(
        (name, clip_param(value) if isinstance(value, str) else value)
        for name, value in exc.note.params
    )
    if exc.detail is not None:
        params = (*params, ("detail", error_text(exc.detail, tr)))
    return one_line(render(Note(exc.note.code, params), tr))
