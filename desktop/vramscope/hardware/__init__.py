"""What this machine has: NVIDIA GPUs through NVML, RAM and disk through psutil, and a fake."""
