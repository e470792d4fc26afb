"""VRAMScope: can this PC run that LLM, with which weights, how much context, how fast."""

__version__ = "0.1.0"
__all__ = ["__version__"]
