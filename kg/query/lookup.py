"""The lookup index of a graph: name, alias and pinyin → node ids, built once and cached.

:func:`index` builds it on first use and keeps it beside the graph, in a
weak cache keyed by the graph object (not in ``G.graph``, so networkx's
writers see only data; rebuilt when the number of nodes changes), so lookups by name
are dict lookups (call ``index(G, refresh=True)`` after changing edges or
names of a graph already queried). :func:`kg.query.search.node` reads it to turn what a
user typed (an id, a name, an alias or pinyin) into one node id.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("place/长沙市", type="Place", name="长沙市", aliases=["长沙"])
>>> G.add_node("org/长沙日报", type="Organization", name="长沙日报", aliases=[])
>>> index(G).names["长沙市"], index(G).aliases["长沙"]
(('place/长沙市',), ('place/长沙市',))
>>> index(G).pinyin["changsharibao"]
('org/长沙日报',)
>>> G.add_node("person/单一", type="Person", name="单一")
>>> index(G).pinyin["shanyi"], index(G).pinyin["danyi"]
(('person/单一',), ('person/单一',))
"""

from __future__ import annotations

import unicodedata
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from pypinyin import lazy_pinyin

from kg.pinyin import person_key
from kg.vocab import NodeType, Predicate

__all__ = ["INDEX_KEY", "Index", "build_index", "cached_index", "display_name", "index", "normalise", "pinyin_key"]

INDEX_KEY = "kg_query_index"
"""The ``G.graph`` key where kg ≤ 0.1 cached the :class:`Index`; :func:`index` drops it when it finds it."""

_INDEXES: weakref.WeakKeyDictionary[nx.MultiDiGraph, Index] = weakref.WeakKeyDictionary()


def normalise(text: str) -> str:
    """The form names are indexed under: NFKC (full-width → half-width), no spaces, lower case.

    >>> normalise(" 株洲 市 "), normalise("ＩＰｖ６")
    ('株洲市', 'ipv6')
    """
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def pinyin_key(text: str) -> str:
    """Toneless pinyin without spaces, for latin-letter search: ``株洲`` → ``zhuzhou``.

    >>> pinyin_key("株洲市"), pinyin_key("Zhu Zhou")
    ('zhuzhoushi', 'zhuzhou')
    """
    return normalise("".join(lazy_pinyin(normalise(text), errors="default")))


def display_name(G: nx.MultiDiGraph, n: str) -> str:
    """A node's ``name``, else its id without the type prefix and qualifier.

    >>> display_name(nx.MultiDiGraph([("person/王伟@430100", "x")]), "person/王伟@430100")
    '王伟'
    """
    name = G.nodes[n].get("name")
    if name:
        return str(name)
    return str(n).partition("/")[2].partition("@")[0] or str(n)


@dataclass
class Index:
    """Lookup tables over a graph's nodes and ``holds_position`` edges (pinyin built lazily)."""

    size: int  # number of nodes indexed
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # canonical name → ids
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # alias → ids
    chars: dict[str, tuple[str, ...]] = field(default_factory=dict)  # character → ids whose names contain it
    titles: dict[str, tuple[tuple[str, str, Any], ...]] = field(default_factory=dict)  # title/post → edges
    persons: frozenset[str] = frozenset()  # ids of Person nodes (their surnames are read as surnames in pinyin)
    _pinyin: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)

    @property
    def pinyin(self) -> dict[str, tuple[str, ...]]:
        """Pinyin of every name and alias → ids; built on first use (pinyin is the slow part of indexing)."""
        if self._pinyin is None:
            table: dict[str, list[str]] = defaultdict(list)
            for surfaces in (self.names, self.aliases):
                for key, ids in surfaces.items():
                    p = pinyin_key(key) if not key.isascii() else key
                    if p != key:
                        table[p].extend(ids)
                    people = [i for i in ids if i in self.persons]
                    if people and not key.isascii() and (s := person_key(key)) != p:  # 单 read as Shan, and as Dan
                        table[s].extend(people)
            self._pinyin = _freeze(table)
        return self._pinyin

    def lookup(self, text: str) -> tuple[str, tuple[str, ...]]:
        """``(how, ids)`` for an exact name, alias or pinyin; ``("", ())`` when none."""
        key = normalise(text)
        for how, table in (("name", self.names), ("alias", self.aliases)):
            if key in table:
                return how, table[key]
        if key.isascii() and key in self.pinyin:
            return "pinyin", self.pinyin[key]
        return "", ()


def _freeze(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(sorted(set(v))) for k, v in table.items()}


def build_index(G: nx.MultiDiGraph) -> Index:
    """A fresh :class:`Index` of ``G`` (use :func:`index`, which caches it)."""
    names: dict[str, list[str]] = defaultdict(list)
    aliases: dict[str, list[str]] = defaultdict(list)
    chars: dict[str, list[str]] = defaultdict(list)
    for n, a in G.nodes(data=True):
        name = display_name(G, n)
        surfaces = [name, *(str(s) for s in a.get("aliases") or ())]
        names[normalise(name)].append(n)
        for s in surfaces[1:]:
            aliases[normalise(s)].append(n)
        for s in surfaces:
            for c in set(normalise(s)):
                chars[c].append(n)
    titles: dict[str, list[tuple[str, str, Any]]] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("predicate") != Predicate.HOLDS_POSITION:
            continue
        post = G.nodes[v]
        for t in {d.get("title"), post.get("title"), post.get("name"), v}:
            if t:
                titles[normalise(str(t))].append((u, v, k))
    return Index(
        size=G.number_of_nodes(),
        names=_freeze(names),
        aliases=_freeze(aliases),
        chars={c: tuple(ids) for c, ids in chars.items()},
        titles={t: tuple(sorted(set(es), key=lambda e: (e[0], e[1], str(e[2])))) for t, es in titles.items()},
        persons=frozenset(n for n, a in G.nodes(data=True) if a.get("type") == NodeType.PERSON),
    )


def index(G: nx.MultiDiGraph, refresh: bool = False) -> Index:
    """The cached :class:`Index` of ``G``, (re)built when missing, when the number of nodes changed, or on ``refresh``.

    The check is O(1) (networkx counts edges in O(nodes)), so after adding
    only edges, or renaming nodes, call ``index(G, refresh=True)``.
    """
    G.graph.pop(INDEX_KEY, None)
    ix = _INDEXES.get(G)
    if refresh or ix is None or ix.size != G.number_of_nodes():
        ix = _INDEXES[G] = build_index(G)
    return ix


def cached_index(G: nx.MultiDiGraph) -> Index | None:
    """The :class:`Index` :func:`index` keeps for ``G``, or ``None`` when it has not built one."""
    return _INDEXES.get(G)
