"""The ``kg`` command line: each command is a few lines over the Python API.

Commands live one per module in this package and are registered here.
"""

from __future__ import annotations

from kg.cli import build, config, eval, export, extract, push, query, sparql, validate, view  # noqa: F401  (register)
from kg.cli.app import main

__all__ = ["main"]
