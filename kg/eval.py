"""Score kg's extraction against a hand-made gold standard (``kg eval``).

The gold format is documented in ``docs/eval-format.md``: a JSON object with
``entities`` (each with ``type``, ``name``, ``aliases``, ``docs``; persons with
``official`` and ``positions``) and ``relations``. Facts are compared per
document; names after Unicode NFKC with white space removed; an entity's
aliases count as its names, and so do the system's aliases and the surfaces of its mentions in the
document (as in the shared scorer). Organisations, projects and designations also get
a *lenient* score (one name containing the other, the shorter covering ≥ 60%).
Matching is one-to-one (a maximum bipartite matching).

>>> gold = {"entities": [{"type": "Person", "name": "张三", "official": True, "docs": ["a.txt"],
...                       "positions": [{"title": "县长", "doc": "a.txt"}]}]}
>>> system = [
...     {"record": "entity", "id": "person/张三", "type": "Person", "name": "张三", "official": True},
...     {"record": "mention", "entity": "person/张三", "doc": "a.txt", "start": 2, "end": 4, "text": "张三"},
...     {"record": "relation", "subject": "person/张三", "predicate": "holds_position", "object": "县长",
...      "doc": "a.txt"},
... ]
>>> [(s.category, s.tp, round(s.f1, 2)) for s in score(gold, system)][:2]
[('officials', 1, 1.0), ('other persons', 0, 0.0)]
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import KGError
from kg.vocab import NodeType, Predicate

__all__ = ["CATEGORIES", "Score", "format_table", "from_category_layout", "load_gold", "score"]

# category -> (entity type, person official flag or None, has a lenient score)
CATEGORIES: dict[str, tuple[str, bool | None, bool]] = {
    "officials": (NodeType.PERSON.value, True, False),
    "other persons": (NodeType.PERSON.value, False, False),
    "places": (NodeType.PLACE.value, None, False),
    "organizations": (NodeType.ORGANIZATION.value, None, True),
    "projects": (NodeType.PROJECT.value, None, True),
    "designations": (NodeType.DESIGNATION.value, None, True),
}
RELATIONS = tuple(p.value for p in Predicate if not p.literal_object)  # member_of, part_of … meets_with
_NO_OBJECT = {Predicate.CHAIRS, Predicate.ATTENDS}  # meetings have no agreed names


@dataclass(frozen=True)
class Fact:
    doc: str
    names: tuple[str, ...]  # any of these names matches
    extra: tuple[str, ...] = ()  # position titles, or (predicate, *object names)


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one category, with the errors behind them."""

    category: str
    gold: int
    system: int
    tp: int
    misses: tuple[Fact, ...] = field(default=(), repr=False)
    false_alarms: tuple[Fact, ...] = field(default=(), repr=False)

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm(name: str) -> str:
    """Names compare after NFKC with white space removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(name)))


def _lenient(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return a == b or (bool(short) and short in long_ and len(short) >= 0.6 * len(long_))


_CATEGORY_TYPES = {
    "officials": NodeType.PERSON.value,
    "persons_other": NodeType.PERSON.value,
    "places": NodeType.PLACE.value,
    "organizations": NodeType.ORGANIZATION.value,
    "projects": NodeType.PROJECT.value,
    "designations": NodeType.DESIGNATION.value,
    "meetings_events": NodeType.MEETING.value,
}


def _docs_of(item: dict) -> list[str]:
    return sorted(set(item.get("docs") or []) | ({item["doc"]} if item.get("doc") else set()))


def from_category_layout(src: dict) -> dict:
    """A gold in the category layout of the shared scorer (``officials``, ``places``, …) in kg's format.

    >>> g = from_category_layout({"documents": [{"doc": "a.txt"}],
    ...     "places": [{"name": "青山县", "aliases": ["青山"], "docs": ["a.txt"]}]})
    >>> g["documents"], g["entities"][0]["type"], g["entities"][0]["aliases"]
    (['a.txt'], 'Place', ['青山'])
    """
    entities = []
    for section, optional in ((src, False), (src.get("optional") or {}, True)):
        for key, etype in _CATEGORY_TYPES.items():
            for item in section.get(key, []):
                ent = {
                    "type": etype,
                    "name": item["name"],
                    "aliases": item.get("aliases") or [],
                    "docs": _docs_of(item),
                }
                if etype == NodeType.PERSON:
                    ent["official"] = key == "officials"
                    ent["positions"] = [
                        {"title": p["title"], "doc": p["doc"], "alternatives": p.get("title_alternatives") or []}
                        for p in item.get("positions", [])
                    ]
                if optional:
                    ent["optional"] = True
                entities.append(ent)
                if not optional and item.get("docs_optional"):
                    entities.append({**ent, "docs": sorted(item["docs_optional"]), "positions": [], "optional": True})
    relations = [{**r, "optional": False} for r in src.get("relations", [])]
    relations += [{**r, "optional": True} for r in (src.get("optional") or {}).get("relations", [])]
    keep = ("subject", "predicate", "object", "doc", "optional")
    return {
        "documents": [d["doc"] for d in src.get("documents", [])],
        "entities": entities,
        "relations": [{k: r[k] for k in keep if k in r} for r in relations],
    }


def load_gold(path: str | os.PathLike[str]) -> dict:
    """Read a gold file, with a clear error for a missing file or bad JSON."""
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KGError(f"{p}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise KGError(f"{p}: not a JSON gold file ({e})") from None
    if isinstance(gold, dict) and "entities" not in gold and any(k in gold for k in _CATEGORY_TYPES):
        return from_category_layout(gold)
    if not isinstance(gold, dict) or "entities" not in gold:
        raise KGError(
            f"{p}: a gold file is a JSON object with an 'entities' list, or the shared scorer's category layout"
            " (see docs/eval-format.md)"
        )
    return gold


def _gold_facts(gold: dict, optional: bool = False) -> dict[str, list[Fact]]:
    """Required facts, or (``optional=True``) the facts that count neither right nor wrong."""
    facts: dict[str, list[Fact]] = {c: [] for c in [*CATEGORIES, "positions", "relations"]}
    names_of: dict[str, tuple[str, ...]] = {}
    for ent in gold.get("entities", []):
        for n in [ent["name"], *(ent.get("aliases") or [])]:
            names_of.setdefault(norm(n), tuple(norm(x) for x in [ent["name"], *(ent.get("aliases") or [])]))
    for ent in gold.get("entities", []):
        if bool(ent.get("optional")) != optional:
            continue
        names = names_of[norm(ent["name"])]
        for category, (etype, official, _) in CATEGORIES.items():
            # an optional person is optional both as an official and as another person
            if ent.get("type") == etype and (optional or official is None or bool(ent.get("official")) == official):
                facts[category] += [Fact(doc, names) for doc in sorted(set(ent.get("docs") or []))]
        for pos in ent.get("positions") or []:
            titles = tuple(sorted({norm(t) for t in [pos["title"], *(pos.get("alternatives") or [])]}))
            facts["positions"].append(Fact(pos["doc"], names, titles))
    for rel in gold.get("relations", []):
        if rel["predicate"] in RELATIONS and bool(rel.get("optional")) == optional:
            subject = names_of.get(norm(rel["subject"]), (norm(rel["subject"]),))
            obj = () if rel["predicate"] in _NO_OBJECT else names_of.get(norm(rel["object"]), (norm(rel["object"]),))
            facts["relations"].append(Fact(rel["doc"], subject, (rel["predicate"], *obj)))
    return {k: list(dict.fromkeys(v)) for k, v in facts.items()}


def _system_facts(records: Iterable[dict]) -> dict[str, set[Fact]]:
    records = list(records)
    entities = {r["id"]: r for r in records if r.get("record") == "entity"}

    def name(ref: str) -> str:
        return norm(entities[ref]["name"]) if ref in entities else norm(ref)

    # an entity's other names in a document: its aliases and the surfaces of its mentions there (as the
    # shared scorer reads them: 中共深圳市委 is found when the gold writes 深圳市委 or the page's 市委)
    alts: dict[tuple[str, str], set[str]] = {}
    for r in records:
        if r.get("record") == "mention" and r.get("entity") in entities:
            names = alts.setdefault((r["doc"], r["entity"]), set())
            names.update(norm(a) for a in entities[r["entity"]].get("aliases") or [])
            if r.get("text"):
                names.add(norm(r["text"]))

    def names_in(doc: str, ref: str) -> tuple[str, ...]:
        first = name(ref)
        return (first, *sorted(alts.get((doc, ref), set()) - {first}))

    facts: dict[str, set[Fact]] = {c: set() for c in [*CATEGORIES, "positions", "relations"]}
    for r in records:
        if r.get("record") == "mention" and r.get("entity") in entities:
            ent = entities[r["entity"]]
            for category, (etype, official, _) in CATEGORIES.items():
                if ent.get("type") == etype and (official is None or bool(ent.get("official")) == official):
                    facts[category].add(Fact(r["doc"], names_in(r["doc"], r["entity"])))
        elif r.get("record") == "relation":
            pred = r.get("predicate")
            doc = r["doc"]
            if pred == Predicate.HOLDS_POSITION:
                facts["positions"].add(Fact(doc, names_in(doc, r["subject"]), (norm(r["object"]),)))
            elif pred in RELATIONS:
                obj = () if pred in _NO_OBJECT else names_in(doc, r["object"])
                facts["relations"].add(Fact(doc, names_in(doc, r["subject"]), (pred, *obj)))
    return facts


def _matches(g: Fact, s: Fact, category: str, lenient: bool) -> bool:
    if g.doc != s.doc:
        return False
    eq = _lenient if lenient else str.__eq__
    if not any(eq(n, m) for n in g.names for m in s.names):
        return False
    if category == "positions":  # the title is one of the gold's spellings
        return s.extra[0] in g.extra
    if category == "relations":
        if g.extra[0] != s.extra[0]:
            return False
        if len(g.extra) == 1:  # chairs / attends: any meeting
            return True
        return len(s.extra) > 1 and any(eq(n, m) for n in g.extra[1:] for m in s.extra[1:])
    return True


def _match(gold: list[Fact], system: set[Fact], category: str, lenient: bool) -> tuple[int, list[Fact], list[Fact]]:
    """Maximum one-to-one matching of gold to system facts (Hopcroft–Karp)."""
    sys_list = sorted(system, key=repr)
    B = nx.Graph()
    B.add_nodes_from(("g", i) for i in range(len(gold)))
    B.add_nodes_from(("s", j) for j in range(len(sys_list)))
    for i, g in enumerate(gold):
        for j, s in enumerate(sys_list):
            if _matches(g, s, category, lenient):
                B.add_edge(("g", i), ("s", j))
    matching = nx.bipartite.hopcroft_karp_matching(B, top_nodes=[("g", i) for i in range(len(gold))])
    matched_g = {i for (side, i) in matching if side == "g"}
    matched_s = {j for (side, j) in matching if side == "s"}
    misses = [g for i, g in enumerate(gold) if i not in matched_g]
    false_alarms = [s for j, s in enumerate(sys_list) if j not in matched_s]
    return len(matched_g), misses, false_alarms


def score(gold: dict, system_records: Iterable[dict]) -> list[Score]:
    """Scores per category (lenient rows after their strict row), over the gold's documents."""
    gold_facts, optional = _gold_facts(gold), _gold_facts(gold, optional=True)
    system = _system_facts(system_records)
    docs = set(gold.get("documents") or []) or {f.doc for fs in gold_facts.values() for f in fs}
    out = []
    for category in [*CATEGORIES, "positions", "relations"]:
        lenient_too = CATEGORIES.get(category, ("", None, False))[2]
        for lenient in (False, True) if lenient_too else (False,):
            s = {f for f in system[category] if f.doc in docs}
            # a system fact that matches only an optional gold fact is neither right nor wrong
            s = {
                f
                for f in s
                if not any(_matches(o, f, category, True) for o in optional[category])
                or any(_matches(g, f, category, lenient) for g in gold_facts[category])
            }
            tp, misses, fas = _match(gold_facts[category], s, category, lenient)
            if category == "positions":
                # a second spelling of a post already matched (副市长 beside 常务副市长) is no error
                matched = [g for g in gold_facts[category] if g not in misses]
                extra = {f for f in fas if any(f.doc == g.doc and f.names[0] in g.names for g in matched)}
                fas = [f for f in fas if f not in extra]
                s -= extra
            label = category + (" (lenient)" if lenient else "")
            out.append(Score(label, len(gold_facts[category]), len(s), tp, tuple(misses), tuple(fas)))
    return out


def format_table(scores: list[Score], errors: bool = False) -> str:
    """The scores as a fixed-width table (and, with ``errors``, every miss and false alarm)."""
    lines = [f"{'category':<26}{'gold':>6}{'sys':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for s in scores:
        lines.append(
            f"{s.category:<26}{s.gold:>6}{s.system:>6}{s.tp:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
        )
    if errors:
        for s in scores:
            if s.misses or s.false_alarms:
                lines.append(f"\n## {s.category}")
                lines += [f"  MISS  {f.doc}  {f.names[0]}  {' '.join(f.extra)}".rstrip() for f in s.misses]
                lines += [f"  FALSE {f.doc}  {f.names[0]}  {' '.join(f.extra[:2])}".rstrip() for f in s.false_alarms]
    return "\n".join(lines)
