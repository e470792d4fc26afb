"""Sentences for hostile or damaged user data: saved checks that do not read back, a driver that
does not answer, a recording too long for one file (issue 17)."""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

register(
    "HostileData",
    {
        # app.checks: a saved check that does not read back is skipped with one of these
        "checks.bad_field": QT_TRANSLATE_NOOP(
            "HostileData", "field {field} has the wrong type or value: {value}"
        ),
        "checks.lone_surrogate": QT_TRANSLATE_NOOP(
            "HostileData", "field {field} holds text that is not valid Unicode"
        ),
        "checks.unknown_format": QT_TRANSLATE_NOOP(
            "HostileData", "not a check this version can read (format {value})"
        ),
    },
)

# The hardware layer's notes keep the "Hardware" context of app.present.hardware.
register(
    "Hardware",
    {
        # hardware.probe: a hung NVML call is left behind after NVML_TIMEOUT_S
        "nvml.slow": QT_TRANSLATE_NOOP(
            "Hardware",
            "The NVIDIA driver did not answer within {wait_s} s: its GPUs are left out until "
            "it does (Refresh reads them again).",
        ),
        # hardware.recording: Recording.save thinned a run too long for one file
        "measure.thinned_on_save": QT_TRANSLATE_NOOP(
            "Hardware",
            "The run was too long to save whole: {kept} of {total} samples were kept, every "
            "peak among them.",
        ),
    },
)
