"""Bundled data only: the model, GPU and size-preset catalogs."""
