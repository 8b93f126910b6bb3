"""Imported by the fork server of kg's worker pool (:func:`kg.parallel._context`) before it forks any worker.

It loads what every worker reads before its first page, the tokenizer dictionaries and the gazetteer
(:func:`kg.parallel._warm`): packaged data, read once per process and never changed after. Forked from
here, each worker starts with them (shared copy-on-write) instead of reading its own copy, which took a
few seconds of CPU per worker for every ``kg build -j N``. Nothing else imports it (pytest's doctest
collection skips it: see ``addopts`` in ``pyproject.toml``).
"""

from __future__ import annotations

import contextlib

from kg.parallel import _warm

with contextlib.suppress(Exception):  # then a worker loads them at its first page and reports what fails there
    _warm()
