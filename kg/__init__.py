"""kg: a knowledge-graph builder for Chinese government news.

The query API is re-exported here: ``G = kg.load("output/")``, then
``kg.holders(G, "市长", at="2021-03-14")``, ``kg.posts_of(G, name)`` … (see
:mod:`kg.query`). The names are imported on first use (PEP 562), so
``import kg`` (and ``kg --help``) does not load the query stack.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "co_attendees",
    "designations_of",
    "evidence",
    "find",
    "flatten",
    "holders",
    "load",
    "meetings_of",
    "neighbourhood",
    "officials",
    "path_between",
    "posts_of",
    "projects_in",
    "save",
    "to_dataframe",
]

_QUERY_API = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    if name in _QUERY_API:
        import kg.query

        value = getattr(kg.query, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _QUERY_API)
