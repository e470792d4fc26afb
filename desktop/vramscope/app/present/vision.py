"""Texts of the image encoder (core.vision): term labels, formulas and notes."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

register(
    "Terms",
    {
        "term.vision_weights": QT_TRANSLATE_NOOP("Terms", "Vision encoder weights"),
        "term.vision_compute": QT_TRANSLATE_NOOP("Terms", "Vision encoder compute"),
    },
)

register(
    "Formulas",
    {
        "formula.vision.mmproj": QT_TRANSLATE_NOOP(
            "Formulas",
            "mmproj file: {params} parameters of the image encoder and projector in {type}",
        ),
        "formula.vision.clip_compute": QT_TRANSLATE_NOOP(
            "Formulas",
            "encoder graph for one {px} px image, F32: {patches} patches x (5 x {hidden} + "
            "{ff}) + {heads} heads x {patches}² attention scores",
        ),
        "formula.vision.clip_compute_flash": QT_TRANSLATE_NOOP(
            "Formulas",
            "encoder graph for one {px} px image, F32, flash attention: {patches} patches x "
            "(5 x {hidden} + {ff})",
        ),
        "formula.vision.weights": QT_TRANSLATE_NOOP(
            "Formulas", "{params} encoder and projector parameters in {dtype}"
        ),
        "formula.vision.activations": QT_TRANSLATE_NOOP(
            "Formulas",
            "images per prompt: {images} of {px} px in one forward, {patches} patches x "
            "(5 x {hidden} + {ff}) each",
        ),
        "formula.vision.vllm_weights": QT_TRANSLATE_NOOP(
            "Formulas", "{params} encoder and projector parameters in bf16 / {gpus} GPUs"
        ),
        "formula.vision.vllm_profile": QT_TRANSLATE_NOOP(
            "Formulas",
            "profiling encodes {items} images of {px} px at once ({images} per prompt, capped by "
            "the encoder budget): {patches} patches each + {tokens} embeddings kept per image",
        ),
    },
)

register(
    "EstimateNotes",
    {
        "estimate.image_tokens": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Images per prompt: {images} x {tokens_per_image} tokens ({px} px each) add "
            "{tokens} tokens to the context the KV cache holds.",
        ),
        "estimate.images_without_tower": QT_TRANSLATE_NOOP(
            "EstimateNotes",
            "Images per prompt: {images}, but this model has no vision encoder the estimate "
            "knows: images are not counted.",
        ),
    },
)

register(
    "Errors",
    {
        "file.mmproj_missing_key": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the vision projector has no {key}"
        ),
        "file.mmproj_bad_key": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {key} must be an integer from {low} to {high}, got {value}"
        ),
        "file.mmproj_not_text": QT_TRANSLATE_NOOP(
            "Errors", "{file}: {key} must be a string, got {value}"
        ),
        "file.mmproj_not_clip": QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a vision projector (mmproj): its general.architecture is {value}, "
            "not clip",
        ),
        "file.mmproj_no_vision": QT_TRANSLATE_NOOP(
            "Errors", "{file}: this projector has no vision encoder (an audio mmproj?)"
        ),
        "file.mmproj_no_tensors": QT_TRANSLATE_NOOP(
            "Errors", "{file}: the projector has no tensors"
        ),
        "file.mmproj_is_projector": QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is a vision projector (mmproj), not a model: give the model file and this "
            "one with --mmproj",
        ),
        "mmproj.width_mismatch": QT_TRANSLATE_NOOP(
            "Errors",
            "{file} projects images to width {value}, but {model} has hidden size {hidden}: "
            "it belongs to another model",
        ),
    },
)
