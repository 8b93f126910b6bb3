"""Names to nodes: :func:`find` searches by name, alias or pinyin (exact, containing, similar), :func:`node`
resolves one name to one node id (suggesting what was meant when nothing fits).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/张三丰", type="Person", name="张三丰", aliases=[])
>>> find(G, "张三")
[Match('person/张三丰', type='Person', how='substring', score=0.83)]
>>> G.add_node("place/长沙市", type="Place", name="长沙市", aliases=["长沙"])
>>> node(G, "张三丰"), node(G, "长沙"), node(G, "changsha"), node(G, "place/长沙市")
('person/张三丰', 'place/长沙市', 'place/长沙市', 'place/长沙市')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from difflib import SequenceMatcher, get_close_matches

import networkx as nx

from kg.errors import AmbiguousEntityError, EntityNotFoundError
from kg.query.lookup import display_name, index, normalise
from kg.query.results import Match

__all__ = ["find", "node"]

_FUZZY_POOL = 500  # candidates (most shared characters first) scored by difflib for a fuzzy search


def _surfaces(G: nx.MultiDiGraph, n: str) -> list[str]:
    a = G.nodes[n]
    return [display_name(G, n), *(str(s) for s in a.get("aliases") or ())]


def _ok(G: nx.MultiDiGraph, n: str, types: Collection[str]) -> bool:
    return not types or G.nodes[n].get("type") in types


def find(
    G: nx.MultiDiGraph, text: str, types: Collection[str] = (), limit: int = 10, cutoff: float = 0.4
) -> list[Match]:
    """Entities whose name, alias or pinyin match ``text``: exact first, then containing it, then similar.

    Scores: 1.0 for an exact id, name, alias or pinyin; 0.5 to 0.99 for a
    name containing the text (the larger the share it covers); 0.8 × the
    difflib similarity ratio for the others. At least ``cutoff``; best
    first, then shorter names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("place/青山市", type="Place", name="青山市", aliases=["青山"])
    >>> G.add_node("org/青山市人民政府", type="Organization", name="青山市人民政府", aliases=["市政府"])
    >>> [(m.name, m.how) for m in find(G, "qingshan")]
    [('青山市', 'pinyin'), ('青山市人民政府', 'substring')]
    >>> [(m.name, m.how) for m in find(G, "青山县", types=["Place"])]
    [('青山市', 'fuzzy')]
    """
    q = normalise(text)
    if not q:
        return []
    ix = index(G)
    best: dict[str, Match] = {}

    def offer(m: Match) -> None:
        if _ok(G, m.id, types) and (m.id not in best or m.score > best[m.id].score):
            best[m.id] = m

    if text in G:
        offer(Match(text, str(G.nodes[text].get("type", "")), display_name(G, text), text, "id", 1.0))
    exact = [("name", ix.names), ("alias", ix.aliases)] + ([("pinyin", ix.pinyin)] if q.isascii() else [])
    for how, table in exact:
        for n in table.get(q, ()):
            offer(Match(n, str(G.nodes[n].get("type", "")), display_name(G, n), text, how, 1.0))
    if q.isascii():
        keys = [k for k in ix.pinyin if q in k and k != q]
        if len(keys) < limit:
            keys += get_close_matches(q, [k for k in ix.pinyin if k[:1] == q[:1]], n=limit, cutoff=cutoff)
        for k in keys:
            score = _score(q, k)
            for n in ix.pinyin[k]:
                offer(Match(n, str(G.nodes[n].get("type", "")), display_name(G, n), k, _how(q, k), score))
    else:
        # names containing every character of the text (shortest posting list first); if too few, similar ones
        lists = sorted((ix.chars.get(c, ()) for c in set(q)), key=len)
        containing = set(lists[0]).intersection(*lists[1:]) if lists else set()
        for n in containing:
            _offer_surfaces(G, n, q, cutoff, offer)
        if len(best) < limit:
            shared = Counter(n for ids in lists for n in ids)
            for n, _ in sorted(shared.items(), key=lambda x: (-x[1], x[0]))[: max(_FUZZY_POOL, limit)]:
                _offer_surfaces(G, n, q, cutoff, offer)
    found = [m for m in best.values() if m.score >= cutoff]
    return sorted(found, key=lambda m: (-m.score, len(m.name), m.name, m.id))[:limit]


def _offer_surfaces(G: nx.MultiDiGraph, n: str, q: str, cutoff: float, offer: Callable[[Match], None]) -> None:
    for s in _surfaces(G, n):
        key = normalise(s)
        score = _score(q, key)
        if score >= cutoff:
            offer(Match(n, str(G.nodes[n].get("type", "")), display_name(G, n), s, _how(q, key), score))


def _score(q: str, s: str) -> float:
    if q in s:
        return round(0.5 + 0.49 * len(q) / len(s), 2)
    return round(0.8 * SequenceMatcher(None, q, s, autojunk=False).ratio(), 2)


def _how(q: str, s: str) -> str:
    return "substring" if q in s else "fuzzy"


def node(G: nx.MultiDiGraph, entity: str, types: Collection[str] = ()) -> str:
    """The node id ``entity`` stands for: an id, or a name, alias or pinyin (optionally of ``types``).

    A node without a ``type`` attribute (a hand-built graph) fits any ``types``.

    An exact name wins over an alias, an alias over pinyin. Raises
    :class:`~kg.errors.EntityNotFoundError` (with suggestions) or
    :class:`~kg.errors.AmbiguousEntityError` (with the candidate ids).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person/王伟@430100", type="Person", name="王伟")
    >>> G.add_node("person/王伟@430200", type="Person", name="王伟")
    >>> node(G, "王伟")
    Traceback (most recent call last):
    kg.errors.AmbiguousEntityError: '王伟' names 2 entities: person/王伟@430100, person/王伟@430200; give an id
    """
    if entity in G and _of_types(G, (entity,), types):
        return entity
    ix = index(G)
    key = normalise(entity)
    for table in (ix.names, ix.aliases, ix.pinyin) if key.isascii() else (ix.names, ix.aliases):
        ids = _of_types(G, table.get(key, ()), types)
        if len(ids) == 1:
            return ids[0]
        if ids:
            raise AmbiguousEntityError(entity, ids)
    suggestions = [m.name for m in find(G, entity, types=types, limit=5)]
    raise EntityNotFoundError(entity, suggestions, types)


def _of_types(G: nx.MultiDiGraph, ids: Iterable[str], types: Collection[str]) -> tuple[str, ...]:
    """The ids whose ``type`` is one of ``types`` (a node without a type fits any)."""
    return tuple(i for i in ids if not types or G.nodes[i].get("type", next(iter(types))) in types)
