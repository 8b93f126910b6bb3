"""kg: a knowledge-graph builder for Chinese government news.

The query API is re-exported here: ``G = kg.load("output/")``, then
``kg.holders(G, "市长", at="2021-03-14")``, ``kg.posts_of(G, name)`` … (see
:mod:`kg.query`).
"""

__version__ = "0.1.0"

from kg.query import (  # after __version__, which kg.cli reads
    co_attendees,
    designations_of,
    evidence,
    find,
    flatten,
    holders,
    load,
    meetings_of,
    neighbourhood,
    officials,
    path_between,
    posts_of,
    projects_in,
    save,
    to_dataframe,
)

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
