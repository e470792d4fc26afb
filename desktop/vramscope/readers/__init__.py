"""The user's own files: GGUF and safetensors headers, config.json, model folders, load logs.

Every reader treats its file as hostile: bounded reads, checked lengths, one-line errors."""
