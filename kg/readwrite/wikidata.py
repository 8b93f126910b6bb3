"""A Wikidata proposal: who held which position, where and when, in Wikidata's terms, for a person to review.

One record per person and post, named by Wikidata properties: the person
(``P31 = Q5`` human), ``P39`` *position held* (the post's name and English
label, to be matched to an item), ``P580`` *start time* and ``P582`` *end
time* where a page says the person was appointed or elected to the post
(start) or removed from it (end), ``P1001`` *applies to jurisdiction* with
the place's ``P442`` *China administrative division code* (which matches a
Wikidata place item exactly), and, as the reference, ``P1683`` *quote* (the
evidence sentence) and the page it comes from. Pages only *observe* a person in
a post: ``first_seen``/``last_seen`` are those observations, never a term's
start or end.

It is a proposal, not an upload: reconcile the ``person``, ``P39`` and
``P1001``/``P442`` columns against Wikidata (OpenRefine's Wikidata
reconciliation), check every row against its quote, then upload (OpenRefine's
Wikidata schema, or QuickStatements once the items are known). See
``docs/wikidata.md``.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/李四", type="Person", name="李四")
>>> G.add_node("place/衡阳市", type="Place", name="衡阳市", code="430400")
>>> G.add_node("post/衡阳市市长", type="Post", name="衡阳市市长", title="市长", jurisdiction="place/衡阳市",
...            label_en="Mayor of Hengyang")
>>> _ = G.add_edge("person/李四", "post/衡阳市市长", predicate="holds_position", title="市长", tense="appointed",
...                doc="a.txt", date="2021-03-14", evidence="任命李四为衡阳市市长。")
>>> r = wikidata_records(G)[0]
>>> r["person"], r["P39"], r["P39_en"], r["P580"], r["P442"], r["first_seen"]
('李四', '衡阳市市长', 'Mayor of Hengyang', '2021-03-14', '430400', '2021-03-14')
>>> wikidata_time("2021-03")
{'time': '+2021-03-00T00:00:00Z', 'precision': 10}
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.query.dates import sort_key
from kg.vocab import NodeType, Predicate

__all__ = ["COLUMNS", "wikidata_csv", "wikidata_json", "wikidata_records", "wikidata_time"]

COLUMNS = (
    "person",
    "person_en",
    "P31",
    "P39",
    "P39_en",
    "P580",
    "P582",
    "P1001",
    "P442",
    "first_seen",
    "last_seen",
    "P1683",
    "doc",
    "kg_person",
    "kg_post",
)
"""The proposal's columns: Wikidata property ids where there is one, kg's own ids last."""

_GROUP_TITLES = ("领导",)
"""Titles that name a group of leaders (市领导), not a position anyone holds: left out of the proposal."""
_STARTS = frozenset({"appointed", "elected"})
_ENDS = frozenset({"removed"})


def wikidata_records(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One record (:data:`COLUMNS`) per person and post held, sorted by person, then post."""
    from kg.pinyin import person_syllables

    held: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        is_person = G.nodes[u].get("type", NodeType.PERSON) == NodeType.PERSON
        if d.get("predicate") == Predicate.HOLDS_POSITION and is_person:
            held[(u, v)].append(d)
    out = []
    for (u, v), edges in sorted(held.items()):
        person, post = G.nodes[u], G.nodes[v]
        if str(post.get("title") or post.get("name") or v).endswith(_GROUP_TITLES):
            continue
        edges = sorted(edges, key=lambda d: (sort_key(d.get("date")), str(d.get("doc", "")), d.get("start", 0)))
        dated = [d for d in edges if _full(d.get("date"))]
        starts = [d["date"] for d in dated if d.get("tense") in _STARTS]
        ends = [d["date"] for d in dated if d.get("tense") in _ENDS]
        place = post.get("jurisdiction") or next((d.get("jurisdiction") for d in edges if d.get("jurisdiction")), None)
        place_attrs = G.nodes[place] if place in G else {}
        name = str(person.get("name") or u.partition("/")[2])
        head, rest = person_syllables(name, style="plain")
        quoted = next((d for d in edges if d.get("tense") in _STARTS | _ENDS), edges[-1])
        out.append(
            {
                "person": name,
                "person_en": " ".join("".join(p).capitalize() for p in (head, rest) if p),
                "P31": "Q5",
                "P39": str(post.get("name") or v.partition("/")[2]),
                "P39_en": post.get("label_en") or "",
                "P580": starts[0] if starts else "",
                "P582": ends[-1] if ends else "",
                "P1001": str(place_attrs.get("name") or (place or "").partition("/")[2]),
                "P442": str(place_attrs.get("code") or ""),
                "first_seen": dated[0]["date"] if dated else "",
                "last_seen": dated[-1]["date"] if dated else "",
                "P1683": quoted.get("evidence") or "",
                "doc": str(quoted.get("doc") or ""),
                "kg_person": u,
                "kg_post": v,
            }
        )
    return out


def _full(date: object) -> bool:
    """A date Wikidata can hold: it has a year (``--03-14`` has none)."""
    return isinstance(date, str) and date[:4].isdigit()


def wikidata_time(date: str) -> dict[str, Any]:
    """A date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as a Wikidata time value with its precision (9 year … 11 day)."""
    parts = date.split("-")
    y, m, d = parts[0], parts[1] if len(parts) > 1 else "00", parts[2] if len(parts) > 2 else "00"
    return {"time": f"+{y}-{m}-{d}T00:00:00Z", "precision": 8 + len(parts)}


def wikidata_csv(G: nx.MultiDiGraph) -> str:
    """The proposal as CSV (UTF-8, one header line, ``\\r\\n`` line ends as in RFC 4180)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(wikidata_records(G))
    return buf.getvalue()


def wikidata_json(G: nx.MultiDiGraph) -> str:
    """The proposal as a JSON list; dates as Wikidata time values (``{"time": "+2021-03-14T00:00:00Z", …}``)."""
    records = []
    for r in wikidata_records(G):
        r = dict(r)
        for key in ("P580", "P582"):
            r[key] = wikidata_time(r[key]) if r[key] else None
        r["P1683"] = {"text": r["P1683"], "language": "zh"} if r["P1683"] else None
        records.append(r)
    return json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
