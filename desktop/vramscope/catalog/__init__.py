"""Bundled model, GPU and format data, and importers for the user's own model files."""
