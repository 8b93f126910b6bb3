"""What the HTML view shows, computed from the graph: nodes, edges, tooltips, search keys.

Everything here is plain data (str, int, list, dict) in a stable order, so the
page is byte-identical for the same graph. Tooltips are lists of
``[kind, text]`` lines that the page turns into DOM text nodes: no markup is
ever built from the graph's text.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "a.txt"}])
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=["a.txt"], mentions=2)
>>> G.add_node("post/市长", type="Post", name="市长", aliases=[], docs=[], mentions=0)
>>> G.add_edge("person/张三", "post/市长", predicate="holds_position", doc="a.txt", date="2024-05-01",
...            evidence="市长张三出席。", title="市长", tense="current", start=0, end=4)
0
>>> search_keys("张三", [])
'张三\\nzhangsan\\nzs'
>>> for kind, text in node_tooltip(G, "person/张三"):
...     print(kind, text)
h 张三
m Person
k 职务 posts held
i 市长 · current · 2024-05-01 [a.txt]
k 证据 evidence
q “市长张三出席。” [a.txt]
k 文档 documents
i a.txt
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx
from pypinyin import Style, lazy_pinyin

from kg.pinyin import person_syllables
from kg.viz.style import predicate_label
from kg.vocab import NodeType, Predicate

__all__ = ["edge_tooltip", "node_docs", "node_size", "node_tooltip", "search_keys", "select_nodes"]

MAX_EVIDENCE = 4
"""Evidence sentences listed in a node's tooltip."""
MAX_RELATIONS = 12
"""Other relations listed in a node's tooltip."""
MAX_SENTENCE = 160
"""Characters of an evidence sentence shown (the rest is elided)."""

_SECTION_PREDICATES = {Predicate.HOLDS_POSITION, Predicate.DESIGNATED_AS}
_ATTRS = {
    NodeType.PERSON: ("official", "role"),
    NodeType.PLACE: ("code", "level"),
    NodeType.ORGANIZATION: ("kind",),
    NodeType.DESIGNATION: ("level", "batch", "year", "conferrer"),
    NodeType.MEETING: ("date",),
    NodeType.POST: ("title", "body", "jurisdiction"),
}


def select_nodes(G: nx.MultiDiGraph, max_nodes: int | None) -> tuple[list[str], int]:
    """The ``max_nodes`` nodes of highest degree (ties by id), sorted by id, and how many were left out.

    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("d", "a")])
    >>> select_nodes(G, 2)
    (['a', 'b'], 2)
    >>> select_nodes(G, None)
    (['a', 'b', 'c', 'd'], 0)
    """
    nodes = sorted(G.nodes)
    if max_nodes is None or len(nodes) <= max_nodes:
        return nodes, 0
    ranked = sorted(nodes, key=lambda n: (-G.degree(n), n))
    return sorted(ranked[: max(0, max_nodes)]), len(nodes) - max(0, max_nodes)


def node_size(degree: int) -> float:
    """Node radius in pixels, growing with the square root of the degree (8 to 40).

    >>> node_size(0), node_size(4), node_size(1000)
    (8.0, 16.0, 40.0)
    """
    return float(min(40.0, 8.0 + 4.0 * math.sqrt(degree)))


def search_keys(name: str, aliases: Iterable[str], person: bool = False) -> str:
    """What the search box matches a node on: names, full pinyin and pinyin initials, lower-cased.

    A person's surname is read as a surname (:mod:`kg.pinyin`: 单 → shan).

    >>> search_keys("株洲市", ["株洲"]).split("\\n")
    ['株洲市', '株洲', 'zhuzhoushi', 'zzs', 'zhuzhou', 'zz']
    >>> search_keys("单一", [], person=True).split("\\n")
    ['单一', 'shanyi', 'sy']
    """
    names = [name, *(a for a in aliases if a != name)]
    keys = [n.lower() for n in names]
    for n in names:
        if person:
            head, rest = person_syllables(n, style="plain")
            syllables = [s.lower() for s in (*head, *rest) if s.strip()]
        else:
            syllables = [s.lower() for s in lazy_pinyin(n, style=Style.NORMAL, errors="default") if s.strip()]
        full = "".join(syllables).replace(" ", "")
        if full and full not in keys:
            keys.append(full)
            initials = "".join(s[0] for s in syllables)
            if initials not in keys:
                keys.append(initials)
    return "\n".join(keys)


def node_docs(G: nx.MultiDiGraph, node: str) -> list[str]:
    """Documents that mention ``node`` or state a fact about it, sorted.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", docs=["x.txt"]); G.add_node("b", docs=[])
    >>> _ = G.add_edge("a", "b", doc="y.txt")
    >>> node_docs(G, "b")
    ['y.txt']
    """
    docs = set(G.nodes[node].get("docs") or ())
    docs.update(d["doc"] for _, _, d in G.in_edges(node, data=True) if d.get("doc"))
    docs.update(d["doc"] for _, _, d in G.out_edges(node, data=True) if d.get("doc"))
    return sorted(docs)


def _name(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("name", node))


def _when(d: dict) -> str:
    parts = [d["date"]] if d.get("date") else []
    return " · ".join(parts) + (" " if parts else "") + f"[{d.get('doc', '?')}]"


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"


def _edges(G: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str, dict]]:
    """``(direction, other, key, data)`` of every edge at ``node``, in a stable order."""
    out = [("out", v, k, d) for _, v, k, d in G.out_edges(node, keys=True, data=True)]
    inc = [("in", u, k, d) for u, _, k, d in G.in_edges(node, keys=True, data=True)]
    return sorted(out + inc, key=lambda e: (e[3].get("date") or "", e[3].get("doc") or "", e[0], e[1], e[2]))


def _unique(lines: list[list[str]]) -> list[list[str]]:
    seen: set[tuple[str, str]] = set()
    return [x for x in lines if (t := (x[0], x[1])) not in seen and not seen.add(t)]


def node_tooltip(G: nx.MultiDiGraph, node: str) -> list[list[str]]:
    """The tooltip of ``node`` as ``[kind, text]`` lines (kinds: h heading, m meta, k section, i item, q quote)."""
    a = G.nodes[node]
    t = str(a.get("type", "Thing"))
    lines = [["h", _name(G, node)], ["m", t]]
    if a.get("aliases"):
        lines.append(["m", "别名 aliases: " + "、".join(map(str, a["aliases"]))])
    attrs = [f"{k}: {a[k]}" for k in _ATTRS.get(t, ()) if a.get(k) not in (None, "", [])]
    if attrs:
        lines.append(["m", " · ".join(attrs)])
    edges = _edges(G, node)
    posts = [
        ["i", " · ".join(x for x in (str(d.get("title", _name(G, o))), d.get("tense")) if x) + " · " + _when(d)]
        for direction, o, _, d in edges
        if d.get("predicate") == Predicate.HOLDS_POSITION and direction == "out"
    ]
    holders = [
        ["i", f"{_name(G, o)} · {d.get('title', '')} · {_when(d)}"]
        for direction, o, _, d in edges
        if d.get("predicate") == Predicate.HOLDS_POSITION and direction == "in"
    ]
    designations = [
        ["i", " · ".join(str(x) for x in (_name(G, o), *(d.get(k) for k in ("level", "status", "batch", "year"))) if x)
         + " · " + _when(d)]
        for direction, o, _, d in edges
        if d.get("predicate") == Predicate.DESIGNATED_AS
    ]  # fmt: skip
    for title, items in (("职务 posts held", posts), ("任职者 holders", holders), ("称号 designations", designations)):
        if items:
            lines += [["k", title], *_unique(items)]
    others = [
        ["i", f"{predicate_label(d)} {'→' if direction == 'out' else '←'} {_name(G, o)} {_when(d)}"]
        for direction, o, _, d in edges
        if d.get("predicate") not in _SECTION_PREDICATES
    ]
    others = _unique(others)
    if others:
        lines += [["k", "关系 relations"], *others[:MAX_RELATIONS]]
        if len(others) > MAX_RELATIONS:
            lines.append(["m", f"… {len(others) - MAX_RELATIONS} more"])
    evidence = _unique(
        [["q", f"“{_clip(d['evidence'])}” [{d.get('doc', '?')}]"] for *_, d in edges if d.get("evidence")]
    )
    if evidence:
        lines += [["k", "证据 evidence"], *evidence[:MAX_EVIDENCE]]
    docs = node_docs(G, node)
    if docs:
        lines += [["k", "文档 documents"], ["i", ", ".join(docs)]]
    return lines


def edge_tooltip(G: nx.MultiDiGraph, u: str, v: str, d: dict) -> list[list[str]]:
    """The tooltip of one edge: who → what, attributes, where and when, and the evidence sentence."""
    lines = [["h", f"{_name(G, u)} → {_name(G, v)}"], ["m", predicate_label(d)]]
    attrs = [f"{k}: {d[k]}" for k in ("tense", "status", "level", "batch", "year") if d.get(k)]
    if attrs:
        lines.append(["m", " · ".join(attrs)])
    lines.append(["i", _when(d)])
    if d.get("evidence"):
        lines.append(["q", f"“{_clip(d['evidence'])}”"])
    return lines
