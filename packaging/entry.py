"""PyInstaller's entry script: the frozen VRAMScope starts here (packaging/vramscope.spec).

PyInstaller starts from a script, not a module, and ``vramscope/__main__.py`` uses relative
imports, so this file only forwards to it: the window without arguments, the command line with
a subcommand, ``--self-check`` for the smoke test run on every build.
"""

from vramscope.__main__ import main

raise SystemExit(main())
