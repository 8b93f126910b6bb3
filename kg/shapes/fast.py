"""kg's SHACL shapes compiled to SPARQL and run on pyoxigraph: the same results as pyshacl, in seconds.

pyshacl evaluates a shape focus node by focus node in Python (its ``sh:sparql`` constraint runs one
rdflib query per statement: minutes on a 200-page graph). Here every constraint of a shape becomes one
SPARQL query over all its focus nodes at once. Only the SHACL Core components kg's shapes use are
compiled (see ``_VALUE``); a shape with anything else, a property path that is not one IRI, or a
constraint without a message raises :class:`Unsupported`, and :func:`kg.shapes.validate` then runs
pyshacl instead, so the verdict never depends on this module knowing a component.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH, XSD

__all__ = ["Check", "Compiled", "Unsupported", "compile_shapes", "run"]

_CASTS = {XSD[t] for t in ("integer", "boolean", "date", "dateTime", "time", "decimal", "double", "float")} | {
    XSD.gYearMonth,
    XSD.gMonthDay,
    XSD.gYear,
}
"""Datatypes whose lexical forms oxigraph checks by casting (an ill-typed literal fails, as in pyshacl)."""
_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.property, SH.message, SH.severity, SH.sparql}
_IGNORED = {SH.name, SH.description, SH.order, SH.group, rdflib.RDFS.label, rdflib.RDFS.comment}


class Unsupported(Exception):
    """The shapes use something this compiler does not translate (pyshacl is used instead)."""


@dataclass(frozen=True)
class Check:
    """One SPARQL query whose rows are violations: ``?this`` (the focus) and, for messages, other variables."""

    query: str
    path: str  # the shortened property path, "" for a node-level constraint
    message: str
    severity: str
    shape: int  # index of the shape's focus-node query in :attr:`Compiled.targets`
    free: bool = False  # an sh:sparql query with $this unbound: its rows are kept for the shape's focus nodes


@dataclass(frozen=True)
class Compiled:
    """The focus-node query of each targeted shape, and every constraint's :class:`Check`."""

    targets: tuple[str, ...]
    checks: tuple[Check, ...]


_GRAPH = "urn:kg-shapes:focus-nodes"
"""The named graph :func:`run` writes each shape's focus nodes into (the data is in the default graph)."""


def _focus(shape: int) -> str:
    """The pattern binding ?this to the focus nodes of shape number ``shape`` (once each)."""
    return f"GRAPH <{_GRAPH}> {{ ?this <{_GRAPH}#of> <{_GRAPH}#{shape}> }}"


def _term(node: rdflib.term.Node) -> str:
    if isinstance(node, rdflib.URIRef):
        return f"<{node}>"
    if isinstance(node, rdflib.Literal):
        return node.n3()
    raise Unsupported(f"a blank node where a constant is expected: {node!r}")


def _list(g: rdflib.Graph, head: rdflib.term.Node) -> list[rdflib.term.Node]:
    return list(rdflib.collection.Collection(g, head))


def _one(g: rdflib.Graph, s: rdflib.term.Node, p: rdflib.URIRef) -> rdflib.term.Node | None:
    values = list(g.objects(s, p))
    if len(values) > 1:
        raise Unsupported(f"more than one {p} on a shape")
    return values[0] if values else None


def _value_condition(g: rdflib.Graph, p: rdflib.URIRef, o: rdflib.term.Node, v: str) -> str | None:
    """The FILTER expression every value node ``v`` must satisfy for the component ``p o`` (None: not a value one)."""
    if p == SH.datatype:
        if o == XSD.string:
            return f"(isLiteral({v}) && datatype({v}) = {_term(o)})"
        if o == RDF.langString:
            return f'(isLiteral({v}) && lang({v}) != "")'
        if o in _CASTS:
            return f"(isLiteral({v}) && datatype({v}) = {_term(o)} && COALESCE(isLiteral({_term(o)}(STR({v}))), false))"
        return f"(isLiteral({v}) && datatype({v}) = {_term(o)})"
    if p == SH["class"]:
        return f"EXISTS {{ {v} <{RDF.type}>/<{rdflib.RDFS.subClassOf}>* {_term(o)} }}"
    if p == SH.nodeKind:
        if o not in _NODE_KINDS:
            raise Unsupported(f"sh:nodeKind {o}")
        return _NODE_KINDS[o].format(v=v)
    if p == SH["in"]:
        alternatives = " || ".join(f"sameTerm({v}, {_term(x)})" for x in _list(g, o)) or "false"
        return f"({alternatives})"
    if p == SH.minLength:
        return f"(!isBlank({v}) && STRLEN(STR({v})) >= {int(o)})"
    if p == SH.maxLength:
        return f"(!isBlank({v}) && STRLEN(STR({v})) <= {int(o)})"
    if p == SH.pattern:
        return f"(!isBlank({v}) && REGEX(STR({v}), {rdflib.Literal(str(o)).n3()}))"
    if p == SH.languageIn:
        tags = " || ".join(f"langMatches(lang({v}), {rdflib.Literal(str(t)).n3()})" for t in _list(g, o)) or "false"
        return f'(isLiteral({v}) && lang({v}) != "" && ({tags}))'
    for key, op in ((SH.minInclusive, ">="), (SH.maxInclusive, "<="), (SH.minExclusive, ">"), (SH.maxExclusive, "<")):
        if p == key:
            return f"COALESCE({v} {op} {_term(o)}, false)"
    return None


def _node_condition(g: rdflib.Graph, shape: rdflib.term.Node, x: str, depth: int = 0) -> str:
    """A FILTER expression: node ``x`` conforms to ``shape`` (for the members of sh:or)."""
    if depth > 3:
        raise Unsupported("shapes nested too deep")
    path = _one(g, shape, SH.path)
    parts = []
    if path is not None:
        if not isinstance(path, rdflib.URIRef):
            raise Unsupported("a property path that is not one IRI")
        v = f"?v{depth}"
        for p, o in g.predicate_objects(shape):
            if p in (SH.path, RDF.type) or p in _IGNORED:
                continue
            if p == SH.minCount:
                if int(o) > 1:
                    raise Unsupported("sh:minCount above 1 inside sh:or")
                if int(o) == 1:
                    parts.append(f"EXISTS {{ {x} <{path}> {v} }}")
                continue
            cond = _value_condition(g, p, o, v)
            if cond is None:
                raise Unsupported(f"{p} inside sh:or")
            parts.append(f"NOT EXISTS {{ {x} <{path}> {v} FILTER(!({cond})) }}")
    else:
        for p, o in g.predicate_objects(shape):
            if p == RDF.type or p in _IGNORED:
                continue
            cond = _value_condition(g, p, o, x)
            if cond is None:
                raise Unsupported(f"{p} inside sh:or")
            parts.append(cond)
    return "(" + (" && ".join(parts) or "true") + ")"


def _targets(g: rdflib.Graph, shape: rdflib.term.Node) -> str | None:
    """A group pattern binding ?this to each focus node of ``shape`` (DISTINCT needed), None when it has no target."""
    unions = []
    classes = [_term(c) for c in g.objects(shape, SH.targetClass)]
    if classes:
        unions.append(f"{{ VALUES ?tc {{ {' '.join(classes)} }} ?this <{RDF.type}>/<{rdflib.RDFS.subClassOf}>* ?tc }}")
    predicates = [_term(p) for p in g.objects(shape, SH.targetSubjectsOf)]
    if predicates:
        unions.append(f"{{ VALUES ?tp {{ {' '.join(predicates)} }} ?this ?tp ?tv }}")
    return " UNION ".join(unions) if unions else None


def _message(g: rdflib.Graph, shape: rdflib.term.Node) -> str | None:
    messages = list(g.objects(shape, SH.message))
    if len(messages) > 1:
        raise Unsupported("more than one sh:message on a shape")
    return str(messages[0]) if messages else None


def compile_shapes(g: rdflib.Graph, short: Callable[[object], str]) -> Compiled:
    """Every constraint of every targeted shape in ``g`` as a :class:`Check` (raises :class:`Unsupported`)."""
    targets: list[str] = []
    checks: list[Check] = []
    for shape in sorted(set(g.subjects(SH.targetClass)) | set(g.subjects(SH.targetSubjectsOf)), key=str):
        unknown = set(g.predicates(shape)) - _SHAPE_KEYS - _IGNORED - {SH["or"]}
        if unknown:
            raise Unsupported(f"{sorted(unknown)} on a node shape")
        i = len(targets)
        targets.append(f"SELECT DISTINCT ?this WHERE {{ {_targets(g, shape)} }}")
        severity = short(g.value(shape, SH.severity) or SH.Violation).split("#")[-1]
        node_message = _message(g, shape)
        for alternatives in g.objects(shape, SH["or"]):
            if node_message is None:
                raise Unsupported("a node-level sh:or without sh:message")
            ok = " || ".join(_node_condition(g, s, "?this") for s in _list(g, alternatives)) or "false"
            query = f"SELECT ?this WHERE {{ {_focus(i)} FILTER(!({ok})) }}"
            checks.append(Check(query, "", node_message, severity, i))
        for constraint in g.objects(shape, SH.sparql):
            checks.append(_sparql_check(g, constraint, i, node_message, severity))
        for prop in g.objects(shape, SH.property):
            checks += _property_checks(g, prop, i, severity, short)
    return Compiled(tuple(targets), tuple(checks))


def _sparql_check(g: rdflib.Graph, constraint: rdflib.term.Node, shape: int, message: str | None, sev: str) -> Check:
    """An ``sh:sparql`` SELECT run once for all focus nodes: $this left free, its rows kept for the shape's."""
    if set(g.predicates(constraint)) - {SH.select, SH.message, RDF.type}:
        raise Unsupported("sh:sparql with more than sh:select and sh:message")
    text = str(g.value(constraint, SH.select))
    own = _message(g, constraint)
    if own is None and message is None:
        raise Unsupported("an sh:sparql constraint without sh:message")
    if re.search(r"\$(?!this\b)\w", text) or re.search(r"(?i)\b(SERVICE|MINUS|GRAPH)\b", text):
        raise Unsupported("an sh:sparql query with pre-bound variables other than $this, or MINUS/SERVICE/GRAPH")
    return Check(text, "", own or message or "", sev, shape, free=True)


def _property_checks(
    g: rdflib.Graph, prop: rdflib.term.Node, shape: int, severity: str, short: Callable[[object], str]
) -> list[Check]:
    path = _one(g, prop, SH.path)
    if not isinstance(path, rdflib.URIRef):
        raise Unsupported("a property path that is not one IRI")
    message = _message(g, prop)
    if message is None:
        raise Unsupported(f"a property shape on {path} without sh:message")
    if g.value(prop, SH.severity) is not None:
        severity = short(g.value(prop, SH.severity)).split("#")[-1]
    focus, name = _focus(shape), short(path)
    checks, counts = [], []
    for p, o in g.predicate_objects(prop):
        if p in (SH.path, SH.message, SH.severity, RDF.type) or p in _IGNORED:
            continue
        if p in (SH.minCount, SH.maxCount):  # one query counts the values for both (same path, same message)
            counts.append(f"?n {'<' if p == SH.minCount else '>'} {int(o)}")
            continue
        if p in (SH.lessThan, SH.lessThanOrEquals):
            op = "<" if p == SH.lessThan else "<="
            query = (
                f"SELECT DISTINCT ?this WHERE {{ {focus} ?this <{path}> ?v . ?this {_term(o)} ?w "
                f"FILTER(!COALESCE(?v {op} ?w, false)) }}"
            )
        elif p == SH["or"]:
            ok = " || ".join(_node_condition(g, s, "?v", 1) for s in _list(g, o)) or "false"
            query = f"SELECT DISTINCT ?this WHERE {{ {focus} ?this <{path}> ?v FILTER(!({ok})) }}"
        else:
            cond = _value_condition(g, p, o, "?v")
            if cond is None:
                raise Unsupported(f"{p} on a property shape")
            query = f"SELECT DISTINCT ?this WHERE {{ {focus} ?this <{path}> ?v FILTER(!({cond})) }}"
        checks.append(Check(query, name, message, severity, shape))
    if counts:
        query = (
            f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(?v) AS ?n) WHERE {{ {focus} "
            f"OPTIONAL {{ ?this <{path}> ?v }} }} GROUP BY ?this }} FILTER({' || '.join(counts)}) }}"
        )
        checks.append(Check(query, name, message, severity, shape))
    return checks


def _value(term: object) -> str:
    return str(getattr(term, "value", term))


def _format(message: str, bindings: dict[str, str]) -> str:
    """Fill ``{?var}`` / ``{$var}`` as pyshacl does (the bound value's string)."""
    for var, value in bindings.items():
        message = re.sub("{[?$]" + re.escape(var) + "}", lambda _m, value=value: value, message)
    return message


def run(store: ox.Store, compiled: Compiled) -> Iterator[tuple[str, str, str, str]]:
    """(focus, path, message, severity) of every violation of the data in ``store``'s default graph.

    Each shape's focus nodes are found once and written into a named graph the checks join on.
    """
    graph = ox.NamedNode(_GRAPH)
    of = ox.NamedNode(f"{_GRAPH}#of")
    focus: list[set[str]] = []
    for i, query in enumerate(compiled.targets):
        shape = ox.NamedNode(f"{_GRAPH}#{i}")
        nodes = [row[0] for row in store.query(query)]
        store.extend(ox.Quad(node, of, shape, graph) for node in nodes)
        focus.append({_value(node) for node in nodes})
    try:
        for check in compiled.checks:
            solutions = store.query(check.query)
            variables = [v.value for v in solutions.variables]
            for row in solutions:
                values = dict(zip(variables, row, strict=True))
                if values.get("this") is None:
                    raise Unsupported("an sh:sparql query whose rows do not bind $this")
                if values.get("path") is not None:
                    raise Unsupported("an sh:sparql query that binds ?path")
                this = _value(values["this"])
                if not check.free:
                    yield this, check.path, check.message, check.severity
                elif this in focus[check.shape]:
                    bound = {k: _value(v) for k, v in values.items() if v is not None and k not in ("this", "value")}
                    bound |= {"this": this, "value": _value(values.get("value") or values["this"])}
                    yield this, check.path, _format(check.message, bound), check.severity
    finally:
        store.clear_graph(graph)
