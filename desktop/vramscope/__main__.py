"""``python -m vramscope``: the window; with a subcommand, the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

CLI_COMMANDS = frozenset(
    {"estimate", "fit", "hardware", "catalog", "check", "-h", "--help", "--version"}
)


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI for subcommands, otherwise start the desktop window."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CLI_COMMANDS:
        from .cli import main as cli_main

        return cli_main(args)
    from .app.display import has_display

    # --self-check and --screenshot render offscreen; everything else needs a window
    offscreen = any(a == "--self-check" or a.startswith("--screenshot") for a in args)
    if not offscreen and not has_display() and not {"-h", "--help"} & set(args):
        print(
            "vramscope: no display found (DISPLAY/WAYLAND_DISPLAY unset); showing the "
            "command-line fit table instead. Use --screenshot PATH to render the window."
        )
        from .cli import main as cli_main

        return cli_main(["fit"])
    from .ui.launch import main as ui_main

    return ui_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
