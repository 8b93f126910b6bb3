"""The ``kg`` command line: each command is a few lines over the Python API.

Commands live one per module in this package, listed in :data:`kg.cli.app.COMMANDS` and imported
when they run (``kg --help`` imports none of them).
"""

from __future__ import annotations

from kg.cli.app import main

__all__ = ["main"]
