"""The estimator core: pure Python (standard library only), no I/O, no Qt, no hardware access."""
