"""Questions about persons: officials, the posts a person holds, who holds a post when, meetings.

An observation is a point in time: a ``holds_position`` edge says a person
held a post on its ``date`` (the page date). :func:`holders` answers "who
held this post at date D" from those points (see its docstring for the rule).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/李四", type="Person", name="李四", official=True)
>>> G.add_node("post/青山市市长", type="Post", name="青山市市长", title="市长")
>>> G.add_edge("person/李四", "post/青山市市长", predicate="holds_position", title="市长", doc="a.txt",
...            date="2020-05-01", evidence="市长李四调研。")
0
>>> posts_of(G, "李四")
[Observation('person/李四', title='市长', date='2020-05-01', doc='a.txt')]
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.data.lexicon import words
from kg.errors import EntityNotFoundError
from kg.query.dates import observed_on, query_date, recency_key, sort_key
from kg.query.lookup import display_name, index, normalise
from kg.query.results import CoAttendee, Holder, MeetingRole, Observation, Official
from kg.query.search import node
from kg.vocab import NodeType, Predicate, Tense

__all__ = ["co_attendees", "holders", "meetings_of", "officials", "posts_of"]

_HOLDS = Predicate.HOLDS_POSITION.value
_MEETING_ROLES = (Predicate.CHAIRS.value, Predicate.ATTENDS.value)
_NOT_HOLDING = frozenset(t for t in Tense if not t.holding)  # tenses that say the person no longer holds the post


def _observation(G: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> Observation:
    post = G.nodes[v]
    return Observation(
        person=u,
        name=display_name(G, u),
        post=v,
        title=str(d.get("title") or post.get("title") or post.get("name") or v),
        body=d.get("body") or post.get("body"),
        jurisdiction=d.get("jurisdiction") or post.get("jurisdiction"),
        tense=d.get("tense"),
        date=d.get("date"),
        doc=str(d.get("doc", "")),
        start=d.get("start"),
        end=d.get("end"),
        evidence=d.get("evidence"),
    )


def _order(o: Observation) -> tuple:
    return (sort_key(o.date), o.doc, o.start if o.start is not None else -1, o.title)


def posts_of(G: nx.MultiDiGraph, person: str) -> list[Observation]:
    """Every observation of ``person`` (id or name) holding a post, in date order, with evidence.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("person/王五", "post/县长", predicate="holds_position", title="县长", doc="b.txt", date="2019")
    0
    >>> G.add_edge("person/王五", "post/县委书记", predicate="holds_position", title="县委书记", doc="c.txt",
    ...            date="2022-01-03")
    0
    >>> [(o.title, o.date) for o in posts_of(G, "person/王五")]
    [('县长', '2019'), ('县委书记', '2022-01-03')]
    """
    p = node(G, person, types=(NodeType.PERSON.value,))
    obs = [_observation(G, p, v, d) for _, v, d in G.out_edges(p, data=True) if d.get("predicate") == _HOLDS]
    return sorted(obs, key=_order)


def officials(G: nx.MultiDiGraph, jurisdiction: str | None = None) -> list[Official]:
    """Persons who hold a public post (optionally one in ``jurisdiction``), by name, with their titles.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person/赵六", type="Person", name="赵六", official=True)
    >>> G.add_node("person/记者甲", type="Person", name="记者甲", official=False)
    >>> G.add_edge("person/赵六", "post/镇长", predicate="holds_position", title="镇长", doc="a.txt")
    0
    >>> officials(G)
    [Official('person/赵六', titles=('镇长',))]
    """
    place = _place(G, jurisdiction)
    out = []
    for n, a in G.nodes(data=True):
        if a.get("type", NodeType.PERSON.value) != NodeType.PERSON:
            continue
        obs = [_observation(G, n, v, d) for _, v, d in G.out_edges(n, data=True) if d.get("predicate") == _HOLDS]
        if place:
            obs = [o for o in obs if _in_jurisdiction(G, o, place)]
            if not obs:
                continue
        elif not (a.get("official") or obs):
            continue
        obs.sort(key=_order)
        titles = tuple(dict.fromkeys(o.title for o in obs))
        dates = sorted((o.date for o in obs if o.date), key=sort_key)
        placed = [d for d in dates if observed_on(d) is not None]
        dates = placed or dates  # a yearless date (--01-10) is no end of a dated range
        out.append(Official(n, display_name(G, n), titles, dates[0] if dates else None, dates[-1] if dates else None))
    return sorted(out, key=lambda o: (o.name, o.id))


def _place(G: nx.MultiDiGraph, place: str | None) -> tuple[str, frozenset[str]] | None:
    """``(place id, its normalised names)`` for a jurisdiction filter."""
    if not place:
        return None
    p = node(G, place, types=(NodeType.PLACE.value,))
    a = G.nodes[p]
    return p, frozenset(normalise(str(s)) for s in [a.get("name") or p, *(a.get("aliases") or ())] if s)


def _in_jurisdiction(G: nx.MultiDiGraph, o: Observation, place: tuple[str, frozenset[str]]) -> bool:
    """The observation's jurisdiction is ``place``; without one, its title or body names the place."""
    if o.jurisdiction:
        return o.jurisdiction == place[0]
    texts = [normalise(t) for t in (o.title, o.body or "", display_name(G, o.post)) if t]
    return any(t.startswith(s) for t in texts for s in place[1])


def multi_seat(title: str) -> bool:
    """Whether a post has several seats at once (deputies, committee members …): see ``kg/data``.

    >>> multi_seat("副市长"), multi_seat("市委常委"), multi_seat("市长")
    (True, True, False)
    """
    return any(m in title for m in words("multi_seat_titles"))


def holders(
    G: nx.MultiDiGraph,
    title_or_post: str,
    jurisdiction: str | None = None,
    at: str | dt.date | None = None,
) -> list[Holder]:
    """Who holds a post (a title as written, ``市长``, or a post id), optionally in a place and at a date.

    Without ``at``: everyone ever observed in the post, first seen first.
    With ``at``: an observation is a point in time; the holder at ``at`` is
    the person whose latest observation in the post on or before ``at`` is
    the latest of all — a later observation of someone else (before ``at``)
    supersedes an earlier holder. Posts with several seats (``副市长``,
    ``市委常委``, see :func:`multi_seat`) keep every person observed by
    then. A person whose latest observation says ``former`` (原, 时任) or
    ``removed`` (免去) no longer holds the post. Observations without a
    placeable date (``--03-14``) are ignored when ``at`` is given; a
    partial date counts from its first day, and ``at`` ("2021") to its last.

    Observations are grouped by post and jurisdiction, so two cities' mayors
    never unseat each other. An observation without a ``jurisdiction`` is
    in a place when its title or body starts with the place's name.

    >>> G = nx.MultiDiGraph()
    >>> for person, date in [("甲", "2019-01-05"), ("乙", "2021-06-01"), ("甲", "2018-03-01")]:
    ...     _ = G.add_edge(f"person/{person}", "post/青山市市长", predicate="holds_position", title="市长",
    ...                    jurisdiction="place/青山市", doc=f"{date}.txt", date=date)
    >>> [h.name for h in holders(G, "市长", at="2020-12-31")], [h.name for h in holders(G, "市长", at="2021-06")]
    (['甲'], ['乙'])
    >>> [(h.name, h.first_seen, h.last_seen) for h in holders(G, "市长")]
    [('甲', '2018-03-01', '2019-01-05'), ('乙', '2021-06-01', '2021-06-01')]
    """
    ix = index(G)
    edges = ix.titles.get(normalise(title_or_post))
    if edges is None:
        if title_or_post in G:
            edges = ()
        else:
            from difflib import get_close_matches

            close = get_close_matches(normalise(title_or_post), list(ix.titles), n=5, cutoff=0.5)
            raise EntityNotFoundError(title_or_post, close, ("post or title",))
    place = _place(G, jurisdiction)
    day = query_date(at) if at is not None else None
    groups: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    succ = G.succ
    for u, v, k in edges:
        d = succ[u][v][k]
        if day is not None and ((seen := observed_on(d.get("date"))) is None or seen > day):
            continue  # cheap filters first: a title may have tens of thousands of observations
        juris = d.get("jurisdiction") or G.nodes[v].get("jurisdiction")
        if place and juris and juris != place[0]:
            continue
        o = _observation(G, u, v, d)
        if place and not _in_jurisdiction(G, o, place):
            continue
        groups[(o.post, o.jurisdiction or "")].append(o)
    out: list[Holder] = []
    for (post, _), obs in sorted(groups.items()):
        out.extend(_holders_of_post(G, post, obs, at_date=day is not None))
    return sorted(out, key=lambda h: (sort_key(h.first_seen), h.post, h.person))


def _holders_of_post(G: nx.MultiDiGraph, post: str, obs: list[Observation], at_date: bool) -> list[Holder]:
    by_person: dict[str, list[Observation]] = defaultdict(list)
    for o in obs:
        by_person[o.person].append(o)
    latest: dict[str, Observation] = {}
    first: dict[str, str | None] = {}
    for person, os_ in by_person.items():
        os_.sort(key=lambda o: (recency_key(o.date), o.tense not in _NOT_HOLDING, *_order(o)[1:]))
        latest[person] = os_[-1]
        dates = sorted((o.date for o in os_ if o.date), key=sort_key)
        first[person] = dates[0] if dates else None
    if at_date:
        latest = {p: o for p, o in latest.items() if o.tense not in _NOT_HOLDING}
        title = str(G.nodes[post].get("title") or G.nodes[post].get("name") or post)
        if latest and not multi_seat(title) and not any(multi_seat(o.title) for o in latest.values()):
            newest = max(recency_key(o.date) for o in latest.values())
            latest = {p: o for p, o in latest.items() if recency_key(o.date) == newest}
    return [
        Holder(p, o.name, o.post, o.title, o.jurisdiction, first[p], o.date, o.doc, o.evidence)
        for p, o in latest.items()
    ]


def meetings_of(G: nx.MultiDiGraph, person: str) -> list[MeetingRole]:
    """The meetings ``person`` chairs or attends, in date order (one record per meeting and role).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("meeting/县委常委会", type="Meeting", name="县委常委会", date="2022-04-02")
    >>> G.add_edge("person/钱七", "meeting/县委常委会", predicate="chairs", doc="a.txt", evidence="钱七主持会议。")
    0
    >>> meetings_of(G, "person/钱七")
    [MeetingRole('meeting/县委常委会', role='chairs', date='2022-04-02')]
    """
    p = node(G, person, types=(NodeType.PERSON.value,))
    seen: dict[tuple[str, str], MeetingRole] = {}
    edges = sorted(
        ((v, d) for _, v, d in G.out_edges(p, data=True) if d.get("predicate") in _MEETING_ROLES),
        key=lambda e: (str(e[1].get("doc", "")), e[1].get("start") or 0),
    )
    for v, d in edges:
        key = (v, d["predicate"])
        if key not in seen:
            date = G.nodes[v].get("date") or d.get("date")
            seen[key] = MeetingRole(
                v, display_name(G, v), d["predicate"], date, str(d.get("doc", "")), d.get("evidence")
            )
    return sorted(seen.values(), key=lambda m: (sort_key(m.date), m.meeting, m.role))


def co_attendees(G: nx.MultiDiGraph, person: str) -> list[CoAttendee]:
    """Persons who chair or attend the same meetings as ``person``: most shared meetings first.

    >>> G = nx.MultiDiGraph()
    >>> for who, m in [("甲", "m1"), ("乙", "m1"), ("乙", "m2"), ("甲", "m2"), ("丙", "m2")]:
    ...     _ = G.add_edge(f"person/{who}", f"meeting/{m}", predicate="attends", doc="a.txt")
    >>> co_attendees(G, "person/甲")
    [CoAttendee('person/乙', meetings=('meeting/m1', 'meeting/m2')), CoAttendee('person/丙', meetings=('meeting/m2',))]
    """
    p = node(G, person, types=(NodeType.PERSON.value,))
    shared: dict[str, set[str]] = defaultdict(set)
    meetings = {v for _, v, d in G.out_edges(p, data=True) if d.get("predicate") in _MEETING_ROLES}
    for m in meetings:
        for u, _, d in G.in_edges(m, data=True):
            if u != p and d.get("predicate") in _MEETING_ROLES:
                shared[u].add(m)
    out = [CoAttendee(u, display_name(G, u), tuple(sorted(ms))) for u, ms in shared.items()]
    return sorted(out, key=lambda c: (-len(c.meetings), c.name, c.person))
