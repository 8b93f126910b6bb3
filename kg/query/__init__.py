"""Ask a built graph questions in a few lines: plain functions, graph first, that never mutate it.

>>> import kg, networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/李四", type="Person", name="李四", aliases=[], official=True)
>>> G.add_node("post/青山市市长", type="Post", name="青山市市长", title="市长", jurisdiction="place/青山市")
>>> G.add_node("place/青山市", type="Place", name="青山市", aliases=["青山"])
>>> G.add_edge("person/李四", "post/青山市市长", predicate="holds_position", title="市长",
...            jurisdiction="place/青山市", doc="a.txt", date="2020-05-01", evidence="市长李四调研。")
0
>>> kg.holders(G, "市长", jurisdiction="青山", at="2021")
[Holder('person/李四', name='李四', title='市长', jurisdiction='place/青山市', last_seen='2020-05-01')]
>>> kg.find(G, "lisi")[0].name
'李四'

Entities may be given by id (``person/李四``) or by name, alias or pinyin.
Results are frozen dataclasses (:mod:`kg.query.results`), sorted
deterministically; :func:`to_dataframe` turns a list into a DataFrame.
"""

from __future__ import annotations

from kg.query.explore import evidence, neighbourhood, path_between
from kg.query.loader import flatten, load, save
from kg.query.lookup import index
from kg.query.people import co_attendees, holders, meetings_of, multi_seat, officials, posts_of
from kg.query.places import designations_of, places_within, projects_in
from kg.query.results import (
    CoAttendee,
    Designated,
    Fact,
    Holder,
    Located,
    Match,
    MeetingRole,
    Observation,
    Official,
    records,
    to_dataframe,
)
from kg.query.search import find, node

__all__ = [
    "CoAttendee",
    "Designated",
    "Fact",
    "Holder",
    "Located",
    "Match",
    "MeetingRole",
    "Observation",
    "Official",
    "co_attendees",
    "designations_of",
    "evidence",
    "find",
    "flatten",
    "holders",
    "index",
    "load",
    "meetings_of",
    "multi_seat",
    "neighbourhood",
    "node",
    "officials",
    "path_between",
    "places_within",
    "posts_of",
    "projects_in",
    "records",
    "save",
    "to_dataframe",
]
