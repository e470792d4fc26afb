"""Sentences for the hardware layer's notes (codes in ``vramscope.hardware.notes``) and errors.

``{gpu}`` is a label such as ``GPU 0 (RTX 4090)``; ``{reason}`` and ``{error}`` are what the
driver or the operating system said, in its own words.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, register

__all__: list[str] = []

# Literal contexts in every call below: lupdate reads them as written.
_C = "Hardware"

register(
    _C,
    {
        # planning for hardware the user describes
        "hardware.described": QT_TRANSLATE_NOOP(
            "Hardware", "Planning for hardware you described, not for this machine."
        ),
        "hardware.no_gpu_given": QT_TRANSLATE_NOOP(
            "Hardware", "No GPU given: planning for CPU and RAM only."
        ),
        "hardware.gpus_given": QT_TRANSLATE_NOOP(
            "Hardware", "GPUs given on the command line (assumed fully free)."
        ),
        "hardware.gpus_given_free": QT_TRANSLATE_NOOP(
            "Hardware", "GPUs given on the command line, with the free VRAM given (--free-vram)."
        ),
        "hardware.gpu_variant_chosen": QT_TRANSLATE_NOOP(
            "Hardware",
            "“{query}” fits several GPUs; planning for the most common, {gpu} (others: "
            "{others}). Give the full name or NAME:GB to choose another.",
        ),
        "hardware.gpu_not_in_catalog": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu} is not in the GPU catalog: planned with the memory size given; its memory "
            "bandwidth is unknown, so speeds assume {bandwidth_bps}.",
        ),
        "hardware.file_text": QT_TRANSLATE_NOOP("Hardware", "{text}"),
        "option.free_vram_count": QT_TRANSLATE_NOOP(
            "Hardware",
            "--free-vram was given {count} times for {gpus} GPU(s): give it once (the same for"
            " every GPU) or once per GPU.",
        ),
        # which RAM bandwidth the speed estimate reads CPU layers at
        "hardware.ram_speed_from_type": QT_TRANSLATE_NOOP(
            "Hardware",
            "RAM speed from the memory type: {memory_type}-{speed_mts}, {channels} channel(s),"
            " {bandwidth_bps} theoretical.",
        ),
        "hardware.ram_speed_chip": QT_TRANSLATE_NOOP(
            "Hardware", "RAM speed: the published memory bandwidth of the {chip}."
        ),
        "hardware.ram_speed_measured": QT_TRANSLATE_NOOP(
            "Hardware", "RAM speed measured on this machine: {measured_bps} copy speed."
        ),
        "hardware.ram_speed_given": QT_TRANSLATE_NOOP(
            "Hardware", "RAM speed as given: {bandwidth_bps}."
        ),
        "hardware.ram_speed_default": QT_TRANSLATE_NOOP(
            "Hardware",
            "RAM speed unknown: assumed {bandwidth_bps} (dual-channel DDR4-3200). Measure it, or"
            " give --ram-bandwidth.",
        ),
        "hardware.detection_failed": QT_TRANSLATE_NOOP(
            "Hardware", "Hardware detection failed ({error}); plan with --gpu and --ram instead."
        ),
        # NVML cannot be used: the plan has no GPU
        "nvml.not_installed": QT_TRANSLATE_NOOP(
            "Hardware",
            "NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}): planning "
            "for CPU and RAM only.",
        ),
        "nvml.no_driver": QT_TRANSLATE_NOOP(
            "Hardware",
            "No NVIDIA driver found (NVML library not installed): planning for CPU and RAM only.",
        ),
        "nvml.driver_not_loaded": QT_TRANSLATE_NOOP(
            "Hardware",
            "An NVIDIA driver is installed but not running (NVML: driver not loaded); planning "
            "for CPU and RAM only.",
        ),
        "nvml.version_mismatch": QT_TRANSLATE_NOOP(
            "Hardware",
            "The NVIDIA driver and its NVML library have different versions, usually after a "
            "driver update without a reboot (restart to fix): planning for CPU and RAM only.",
        ),
        "nvml.no_permission": QT_TRANSLATE_NOOP(
            "Hardware",
            "Not allowed to query the NVIDIA driver (permission denied): planning for CPU and "
            "RAM only.",
        ),
        "nvml.query_failed": QT_TRANSLATE_NOOP(
            "Hardware",
            "The NVIDIA driver could not be queried ({reason}): planning for CPU and RAM only.",
        ),
        "nvml.no_gpus": QT_TRANSLATE_NOOP(
            "Hardware",
            "The NVIDIA driver is running but reports no GPUs: planning for CPU and RAM only.",
        ),
        "nvml.no_usable_gpu": QT_TRANSLATE_NOOP(
            "Hardware", "No usable NVIDIA GPU: planning for CPU and RAM only."
        ),
        "nvml.no_usable_gpu_left": QT_TRANSLATE_NOOP(
            "Hardware", "No usable NVIDIA GPU left: planning for CPU and RAM only."
        ),
        # NVML: one GPU
        "nvml.gpu_lost": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu} stopped responding while being read ({reason}); it is left out of the plan. "
            "Restarting the computer usually brings it back.",
        ),
        "nvml.no_memory_size": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu}: the driver does not report its memory size ({reason}); it is left out of "
            'the plan. Use --gpu "NAME:GB" to plan for it.',
        ),
        "nvml.mig": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu} is split into MIG instances: one program sees only its instance's memory, so "
            "the card's total overstates what one model can use.",
        ),
        "nvml.display": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu} drives a display: the desktop holds some of its memory, and free VRAM changes "
            "as windows open and close.",
        ),
        "nvml.processes_denied": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu}: the programs using its memory cannot be listed (permission denied); run as "
            "administrator or root to see them.",
        ),
        # the host
        "host.integrated_gpu": QT_TRANSLATE_NOOP(
            "Hardware",
            "Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), "
            "so it is counted as RAM, not as a GPU.",
        ),
        "host.integrated_gpu_beside_nvidia": QT_TRANSLATE_NOOP(
            "Hardware",
            "Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), "
            "so it is counted as RAM, not as a GPU. The NVIDIA GPU is the one planned for.",
        ),
        "host.other_gpu": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU ignored: {device} is not an NVIDIA GPU; VRAMScope reads NVIDIA GPUs only "
            '(through NVML). Use --gpu "NAME:GB" to plan for it.',
        ),
        "host.windows_spill": QT_TRANSLATE_NOOP(
            "Hardware",
            "Windows: when VRAM runs out the NVIDIA driver may silently use system RAM as "
            "'shared GPU memory', which is very slow.",
        ),
        "host.wsl": QT_TRANSLATE_NOOP(
            "Hardware",
            "WSL2: RAM is the WSL virtual machine's limit (set in .wslconfig), not the whole "
            "PC's; the GPU is shared with Windows programs, and the NVIDIA driver may spill VRAM "
            "into shared GPU memory as on Windows.",
        ),
        "host.apple_unified": QT_TRANSLATE_NOOP(
            "Hardware",
            "Apple Silicon: the GPU shares system RAM (unified memory); macOS lets it use about "
            "{share_gib} GiB of it, which is planned as GPU memory.",
        ),
        # measuring a run: NVML cannot be used, RAM still is
        "measure.nvml.not_installed": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: NVIDIA GPU detection is off (nvidia-ml-py is not "
            "installed: {reason}); RAM is still measured.",
        ),
        "measure.nvml.no_driver": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: No NVIDIA driver found (NVML library not installed); "
            "RAM is still measured.",
        ),
        "measure.nvml.driver_not_loaded": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: An NVIDIA driver is installed but not running (NVML: "
            "driver not loaded); RAM is still measured.",
        ),
        "measure.nvml.version_mismatch": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: The NVIDIA driver and its NVML library have different "
            "versions, usually after a driver update without a reboot (restart to fix); RAM is "
            "still measured.",
        ),
        "measure.nvml.no_permission": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: Not allowed to query the NVIDIA driver (permission "
            "denied); RAM is still measured.",
        ),
        "measure.nvml.query_failed": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: The NVIDIA driver could not be queried ({reason}); RAM "
            "is still measured.",
        ),
        "measure.nvml.no_gpus": QT_TRANSLATE_NOOP(
            "Hardware",
            "GPU memory is not measured: The NVIDIA driver is running but reports no GPUs; RAM "
            "is still measured.",
        ),
        "measure.nvml_failed": QT_TRANSLATE_NOOP(
            "Hardware", "GPU memory is not measured (NVML failed: {error})."
        ),
        "measure.nvml_stopped": QT_TRANSLATE_NOOP(
            "Hardware",
            "NVML stopped answering {at_s} s into the run: GPU readings stop there (the samples "
            "before are kept); RAM is still measured.",
        ),
        "measure.gpu_read_failed": QT_TRANSLATE_NOOP(
            "Hardware", "Reading the GPUs failed ({error})."
        ),
        "measure.gpu_gone": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu} stopped responding {at_s} s into the run (lost, reset or removed); its "
            "earlier samples are kept.",
        ),
        "measure.gpu_appeared": QT_TRANSLATE_NOOP(
            "Hardware", "{gpu} appeared {at_s} s into the run."
        ),
        "measure.gpu_changed": QT_TRANSLATE_NOOP(
            "Hardware", "GPU {index} is a different card since {at_s} s into the run: {gpu}."
        ),
        "measure.gpu_used_unknown": QT_TRANSLATE_NOOP(
            "Hardware", "{gpu}: its memory use cannot be read ({reason})."
        ),
        "measure.gpu_display": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu} drives a display: windows opening and closing change its memory too, so the "
            "baseline subtraction is approximate.",
        ),
        "measure.gpu_processes_unknown": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu}: the programs using its memory cannot be listed ({reason}); only the GPU's "
            "total is measured.",
        ),
        "measure.gpu_process_bytes_unknown": QT_TRANSLATE_NOOP(
            "Hardware",
            "{gpu}: the driver does not say how much memory each program holds (Windows does "
            "not report it); only the GPU's total is measured.",
        ),
        "measure.ram_failed": QT_TRANSLATE_NOOP("Hardware", "System RAM cannot be read ({error})."),
        "measure.rss_denied": QT_TRANSLATE_NOOP(
            "Hardware",
            "The memory of {process} cannot be read (permission denied); run VRAMScope as the "
            "same user or as administrator.",
        ),
        "measure.rss_failed": QT_TRANSLATE_NOOP(
            "Hardware", "The memory of {process} cannot be read ({error})."
        ),
        "measure.process_exited": QT_TRANSLATE_NOOP(
            "Hardware", "{process} exited {at_s} s into the run."
        ),
        "measure.process_list_failed": QT_TRANSLATE_NOOP(
            "Hardware",
            "The list of running programs cannot be read ({error}); only the given process ids "
            "are watched.",
        ),
        "measure.too_many_processes": QT_TRANSLATE_NOOP(
            "Hardware",
            "{count} programs match; only the first {limit} by process id are watched. Name the "
            "program more precisely.",
        ),
        "measure.more_notes": QT_TRANSLATE_NOOP("Hardware", "Further notes were left out."),
        "measure.thread_hung": QT_TRANSLATE_NOOP(
            "Hardware",
            "The sampling thread did not stop within {wait_s} s (a driver call hung); the "
            "recording ends at the last sample taken.",
        ),
        "measure.sample_failed": QT_TRANSLATE_NOOP("Hardware", "A sample failed ({error})."),
        "measure.stopped_early": QT_TRANSLATE_NOOP("Hardware", "Sampling stopped early ({error})."),
        "measure.file_text": QT_TRANSLATE_NOOP("Hardware", "{text}"),
        # hardware files and recordings that cannot be used
        "hardware.file.free_above_total": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}' ({value}) is larger than {total_field} ({total})"
        ),
        "hardware.file.bad_note": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}' must be a note or a string, got {value}"
        ),
        "recording.not_a_recording": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: not a VRAMScope recording ('format' must be {expected})"
        ),
        "recording.version": QT_TRANSLATE_NOOP(
            "Hardware",
            "{file}: recording version {value} is not supported (this VRAMScope reads version "
            "{supported}); update VRAMScope",
        ),
        "recording.row_shape": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}' must be a list of {count} items: {layout}"
        ),
        "recording.duplicate_gpu": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}': the same GPU index appears twice"
        ),
        "recording.duplicate_pid": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}': the same pid appears twice"
        ),
        "recording.unknown_gpu": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}': GPU {index} is not listed in 'gpus'"
        ),
        "recording.time_back": QT_TRANSLATE_NOOP(
            "Hardware", "{file}: field '{field}': times must not decrease, {value} after {previous}"
        ),
        "recording.count_below_samples": QT_TRANSLATE_NOOP(
            "Hardware",
            "{file}: field '{field}' ({value}) is less than the samples stored ({count})",
        ),
    },
)
