"""What the HTML view shows, computed from the graph: nodes, edges, tooltips, search keys.

Everything here is plain data (str, int, list, dict) in a stable order, so the
page is byte-identical for the same graph. Tooltips are lists of
``[kind, text]`` lines that the page turns into DOM text nodes: no markup is
ever built from the graph's text.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "pages/a.txt"}])
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=["a.txt"], mentions=2, official=True)
>>> G.add_node("post/市长", type="Post", name="市长", aliases=[], docs=[], mentions=0)
>>> G.add_edge("person/张三", "post/市长", predicate="holds_position", doc="a.txt", date="2024-05-01",
...            evidence="市长张三出席。", title="市长", tense="current", start=0, end=4)
0
>>> search_keys("张三", [])
'张三\\nzhangsan\\nzs'
>>> for kind, text, *citation in node_tooltip(G, "person/张三"):
...     print(kind, text, *citation)
h 张三
m 人物 Person
m 官员 official: 是 yes
k 职务 posts held
i 市长 · 2024-05-01
k 证据 evidence
q “市长张三出席。” [2024-05-01 · pages/a.txt] “市长张三出席。” — 2024-05-01, pages/a.txt, chars 0–4
k 文档 documents
i 2024-05-01 · pages/a.txt
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable

import networkx as nx
from pypinyin import Style, lazy_pinyin

from kg.pinyin import person_syllables
from kg.viz.style import ATTR_LABELS, attr_value, predicate_label, type_style
from kg.vocab import NodeType, Predicate

__all__ = [
    "citation",
    "corpus_paths",
    "date_range",
    "documents",
    "edge_tooltip",
    "important",
    "node_docs",
    "node_size",
    "node_tooltip",
    "quote_line",
    "search_keys",
    "select_nodes",
]

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
    NodeType.POST: ("title", "body", "jurisdiction", "label_en"),
}
_KEY_TYPES = {NodeType.PLACE, NodeType.DESIGNATION}


HUB_DEGREE = 10
"""A node with this many edges (a meeting, a newspaper, a post many hold) is labelled at first sight too."""


def important(G: nx.MultiDiGraph, node: str) -> bool:
    """Whether ``node``'s label shows at first sight: officials, places a page names, designations, hubs.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person/甲", type="Person", official=True); G.add_node("person/乙", type="Person")
    >>> G.add_node("place/丙", type="Place", mentions=0)
    >>> [important(G, n) for n in G]
    [True, False, False]
    >>> _ = G.add_edges_from(("post/丁", f"person/{i}") for i in range(HUB_DEGREE))
    >>> important(G, "post/丁")
    True
    """
    if G.degree(node) >= HUB_DEGREE:
        return True
    a = G.nodes[node]
    if a.get("type") == NodeType.PERSON:
        return bool(a.get("official"))
    if a.get("type") == NodeType.PLACE:
        return bool(a.get("mentions"))
    return a.get("type") in _KEY_TYPES


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
    return str(G.nodes[node].get("name", node)) if node in G else str(node).split("/", 1)[-1]


def _date_key(date: str) -> tuple[bool, str]:
    return (date.startswith("--"), date)  # yearless dates (--MM-DD) after the dated ones


def date_range(dates: Iterable[str]) -> str:
    """The span of some observation dates: ``first → last``, one date, or ``""``.

    A date without a year (``--01-10``, a page that gave none) cannot be placed
    among dated ones, so it counts only when no date has a year.

    >>> date_range(["2021-03-14", "2021-03-13", "2021-03-14"]), date_range(["2020"]), date_range([])
    ('2021-03-13 → 2021-03-14', '2020', '')
    >>> date_range(["2021-03-14", "--01-10"]), date_range(["--01-10"])
    ('2021-03-14', '--01-10')
    """
    known = sorted({str(d) for d in dates if d}, key=_date_key)
    known = [d for d in known if not d.startswith("--")] or known
    if not known:
        return ""
    return known[0] if len(known) == 1 else f"{known[0]} → {known[-1]}"


def corpus_paths(paths: list[str]) -> list[str]:
    """Document paths as a reader cites them: relative to the folder that holds the corpus folder.

    >>> corpus_paths(["/data/archive/2021/a.txt", "/data/archive/2022/b.txt"])
    ['archive/2021/a.txt', 'archive/2022/b.txt']
    >>> corpus_paths(["seeds/a.txt", "seeds/b.txt"]), corpus_paths(["a.txt"]), corpus_paths([])
    (['seeds/a.txt', 'seeds/b.txt'], ['a.txt'], [])
    """
    if not paths:
        return []
    try:
        root = os.path.dirname(os.path.commonpath([os.path.dirname(p) or "." for p in paths]))
    except ValueError:  # absolute and relative paths mixed
        return list(paths)
    return [os.path.relpath(p, root) if root else p for p in paths]


def documents(G: nx.MultiDiGraph) -> dict[str, dict]:
    """Document id → its record, with ``path`` as :func:`corpus_paths` gives it (in the graph's order).

    Computed once per page and passed on (``docs=``): it walks every document.
    """
    docs = list(G.graph.get("documents", []))
    paths = corpus_paths([str(d.get("path") or d.get("id")) for d in docs])
    return {str(d.get("id")): dict(d, path=p) for d, p in zip(docs, paths, strict=True)}


def citation(G: nx.MultiDiGraph, d: dict, docs: dict[str, dict] | None = None) -> str:
    """A citation of one fact: the sentence, the paper, the date, the headline, the document's path and span.

    >>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "pages/a.txt"}])
    >>> citation(G, {"evidence": "市长张三出席。", "doc": "a.txt", "date": "2024-05-01", "start": 0, "end": 4})
    '“市长张三出席。” — 2024-05-01, pages/a.txt, chars 0–4'
    >>> G.graph["documents"][0].update(paper="青山日报", headline="县长出席会议")
    >>> citation(G, {"evidence": "市长张三出席。", "doc": "a.txt", "date": "2024-05-01", "start": 0, "end": 4})
    '“市长张三出席。” — 青山日报, 2024-05-01, 《县长出席会议》, pages/a.txt, chars 0–4'
    """
    doc = (documents(G) if docs is None else docs).get(str(d.get("doc")), {})
    headline = f"《{doc['headline']}》" if doc.get("headline") else ""
    where = [str(doc.get("paper") or ""), str(d.get("date") or doc.get("date") or ""), headline]
    where.append(str(doc.get("path") or d.get("doc") or ""))
    if d.get("start") is not None and d.get("end") is not None:
        where.append(f"chars {d['start']}–{d['end']}")
    return f"“{' '.join(str(d.get('evidence', '')).split())}” — " + ", ".join(w for w in where if w)


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"


def quote_line(G: nx.MultiDiGraph, d: dict, docs: dict[str, dict], where: bool = True) -> list:
    """A tooltip's evidence line: ``["q", "“sentence” [date · path]", citation]`` (``where=False``: no bracket).

    The page stores these compactly instead (:class:`kg.viz.compact.Quotes`) and rebuilds the same text.
    """
    doc = docs.get(str(d.get("doc")), {})
    at = f" [{_line(d.get('date') or doc.get('date'), doc.get('path') or d.get('doc'))}]" if where else ""
    return ["q", f"“{_clip(d['evidence'])}”{at}", citation(G, d, docs)]


def _edges(G: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str, dict]]:
    """``(direction, other, key, data)`` of every edge at ``node``, in a stable order."""
    out = [("out", v, k, d) for _, v, k, d in G.out_edges(node, keys=True, data=True)]
    inc = [("in", u, k, d) for u, _, k, d in G.in_edges(node, keys=True, data=True)]
    return sorted(out + inc, key=lambda e: (e[3].get("date") or "", e[3].get("doc") or "", e[0], e[1], e[2]))


def _grouped(items: list[tuple[tuple, dict]]) -> list[tuple[tuple, list[dict]]]:
    """Facts grouped by a key, in first-seen order."""
    groups: dict[tuple, list[dict]] = {}
    for key, d in items:
        groups.setdefault(key, []).append(d)
    return list(groups.items())


def _seen(ds: list[dict]) -> str:
    """``first → last · N docs`` of a group of facts."""
    docs = {d["doc"] for d in ds if d.get("doc")}
    parts = [date_range(d.get("date") for d in ds)]
    if len(docs) > 1:
        parts.append(f"{len(docs)} 篇 docs")
    return " · ".join(p for p in parts if p)


def _line(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _tense(d: dict) -> str:
    """The tense of a post observation when it is not the plain present (``原 former`` …)."""
    return attr_value("tense", d["tense"]) if d.get("tense", "current") != "current" else ""


def _attrs(G: nx.MultiDiGraph, a: dict, t: str) -> list[list[str]]:
    out = []
    for k in _ATTRS.get(t, ()):
        v = a.get(k)
        if v in (None, "", []):
            continue
        if k == "jurisdiction":
            v = _name(G, str(v))
        out.append(["m", f"{ATTR_LABELS.get(k, k)}: {attr_value(k, v)}"])
    return out


def node_tooltip(
    G: nx.MultiDiGraph,
    node: str,
    *,
    docs: dict[str, dict] | None = None,
    quote: Callable[[dict], list] | None = None,
    with_documents: bool = True,
) -> list[list]:
    """The tooltip of ``node`` as ``[kind, text]`` lines (kinds: h heading, m meta, k section, i item,
    q quote; a quote has a third element, its citation).

    ``docs`` is :func:`documents` of ``G`` (computed if not given); ``quote``
    makes an evidence line from an edge's data (default :func:`quote_line`);
    ``with_documents=False`` leaves out the list of documents (the page builds
    it from the node's documents)."""
    docs = documents(G) if docs is None else docs
    quote = quote or (lambda d: quote_line(G, d, docs))
    a = G.nodes[node]
    t = str(a.get("type", "Thing"))
    lines = [["h", _name(G, node)], ["m", f"{type_style(t)['label']} {t}"]]
    if a.get("aliases"):
        lines.append(["m", "别名 aliases: " + "、".join(map(str, a["aliases"]))])
    lines += _attrs(G, a, t)
    edges = _edges(G, node)
    held = [
        ((o,), d)
        for direction, o, _, d in edges
        if d.get("predicate") == Predicate.HOLDS_POSITION and direction == "out"
    ]
    posts = [
        ["i", _line(_name(G, o), "、".join(sorted({str(d["title"]) for d in ds if d.get("title")} - {_name(G, o)})),
                    _seen(ds), _tense(ds[-1]))]
        for (o,), ds in _grouped(held)
    ]  # fmt: skip
    holding = [((o,), d) for way, o, _, d in edges if d.get("predicate") == Predicate.HOLDS_POSITION and way == "in"]
    holders = [["i", _line(_name(G, o), _seen(ds))] for (o,), ds in _grouped(holding)]
    titled = [((o, d.get("status")), d) for _, o, _, d in edges if d.get("predicate") == Predicate.DESIGNATED_AS]
    designations = [
        ["i", _line(_name(G, o), attr_value("status", st) if st else "",
                    *(ds[-1].get(k) for k in ("level", "batch", "year")), _seen(ds))]
        for (o, st), ds in _grouped(titled)
    ]  # fmt: skip
    for title, items in (("职务 posts held", posts), ("任职者 holders", holders), ("称号 designations", designations)):
        if items:
            lines += [["k", title], *items]
    other = [
        ((d.get("predicate"), direction, o), d)
        for direction, o, _, d in edges
        if d.get("predicate") not in _SECTION_PREDICATES
    ]
    others = [
        ["i", _line(f"{predicate_label(ds[0])} {'→' if direction == 'out' else '←'} {_name(G, o)}", _seen(ds))]
        for (_, direction, o), ds in _grouped(other)
    ]
    if others:
        lines += [["k", "关系 relations"], *others[:MAX_RELATIONS]]
        if len(others) > MAX_RELATIONS:
            lines.append(["m", f"… {len(others) - MAX_RELATIONS} more"])
    quotes: dict[str, dict] = {}
    for *_, d in sorted(edges, key=lambda e: (_date_key(str(e[3].get("date") or "")), e[3].get("doc") or "")):
        if d.get("evidence") and _clip(d["evidence"]) not in quotes:
            quotes[_clip(d["evidence"])] = d
    if quotes:
        lines += [["k", "证据 evidence"], *(quote(d) for d in list(quotes.values())[:MAX_EVIDENCE])]
        if len(quotes) > MAX_EVIDENCE:
            lines.append(["m", f"… {len(quotes) - MAX_EVIDENCE} more"])
    mentioned = node_docs(G, node) if with_documents else []
    if mentioned:
        lines.append(["k", "文档 documents"])
        for doc_id in mentioned:
            doc = docs.get(doc_id, {})
            lines.append(["i", _line(doc.get("date"), doc.get("path") or doc_id)])
    return lines


def edge_tooltip(
    G: nx.MultiDiGraph,
    u: str,
    v: str,
    d: dict,
    *,
    docs: dict[str, dict] | None = None,
    quote: Callable[[dict], list] | None = None,
    full: bool = True,
) -> list[list]:
    """The tooltip of one edge: who → what, attributes, where and when, and the evidence sentence.

    ``docs`` and ``quote`` as for :func:`node_tooltip`; ``full=False`` leaves
    out what the page rebuilds from the edge's own fields: the names and the
    predicate (the first two lines) and the date and document (the line before
    the evidence; kept when it names a source instead)."""
    docs = documents(G) if docs is None else docs
    quote = quote or (lambda d: quote_line(G, d, docs, where=False))
    lines = [["h", f"{_name(G, u)} → {_name(G, v)}"], ["m", predicate_label(d)]] if full else []
    attrs = [f"{ATTR_LABELS.get(k, k)}: {attr_value(k, d[k])}" for k in ("tense", "status", "level", "batch", "year")
             if d.get(k)]  # fmt: skip
    if attrs:
        lines.append(["m", " · ".join(attrs)])
    doc = docs.get(str(d.get("doc")), {})
    where = _line(d.get("date"), doc.get("path") or d.get("doc"))
    if d.get("origin") and not d.get("doc"):
        where = _line(where, f"来源 source: {d['origin']}")
    elif not full:
        where = ""
    if where or full:
        lines.append(["i", where])
    if d.get("evidence"):
        lines.append(quote(d))
    return lines
