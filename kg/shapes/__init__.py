"""SHACL shapes of kg's RDF, and :func:`validate` to check a graph against them (SPARQL on pyoxigraph, or pyshacl).

>>> import networkx as nx
>>> from kg.readwrite.rdf import write_rdf
>>> G = nx.MultiDiGraph(documents=[])
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=[], mentions=1)
>>> validate(write_rdf(G)).conforms
True
>>> G.nodes["person/张三"]["name"] = ""
>>> print(validate(write_rdf(G)).summary())  # doctest: +ELLIPSIS
1 violation:
  <https://w3id.org/kg-cn/person/张三> skos:prefLabel: an entity needs exactly one non-empty skos:prefLabel ...
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.errors import InputError
from kg.offline import forbid_remote_context
from kg.readwrite.rdf_model import PREFIXES

__all__ = ["ENGINES", "Report", "Violation", "ontology", "ontology_path", "shapes", "validate"]


def shapes() -> rdflib.Graph:
    """The shapes graph shipped in ``kg/shapes/kg.ttl``."""
    text = resources.files("kg.shapes").joinpath("kg.ttl").read_text(encoding="utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


def ontology_path() -> Path:
    """The ontology of kg's own terms (``kg/shapes/ontology.ttl``): labels, comments, domains, ranges."""
    return Path(str(resources.files("kg.shapes").joinpath("ontology.ttl")))


def ontology() -> rdflib.Graph:
    """The ontology of kg's own terms as an rdflib graph (one resource per :class:`kg.vocab.KG` term)."""
    return rdflib.Graph().parse(ontology_path(), format="turtle")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the focus node, the property path, the message."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"


@dataclass(frozen=True)
class Report:
    """Whether the data conforms, and every violation, sorted."""

    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, limit: int = 50) -> str:
        """A readable report: one line per violation (the first ``limit``)."""
        if self.conforms:
            return "conforms: no violations of kg's SHACL shapes"
        n = len(self.violations)
        lines = [f"{n} violation{'s' if n != 1 else ''}:"]
        lines += [f"  <{v.focus}> {v.path}: {v.message}" for v in self.violations[:limit]]
        if n > limit:
            lines.append(f"  … and {n - limit} more")
        return "\n".join(lines)


def _short(term: object) -> str:
    value = str(term)
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns):
            return f"{prefix}:{value[len(ns) :]}"
    return value


_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "xml": "RDF_XML",
    "n3": "N3",
    "json-ld": "JSON_LD",
}
"""rdflib's format names (as guessed from a file's extension) → pyoxigraph's: triples only (datasets go to pyshacl)."""
ENGINES = ("oxigraph", "pyshacl")
"""``oxigraph``: the shapes compiled to SPARQL (:mod:`kg.shapes.fast`), pyshacl's verdicts in seconds;
``pyshacl``: the reference SHACL engine (minutes on a 200-page graph)."""


def _parse(data: str | os.PathLike[str] | rdflib.Graph) -> rdflib.Graph:
    if isinstance(data, rdflib.Graph):
        return data
    if isinstance(data, str) and "\n" in data:
        return rdflib.Graph().parse(data=data, format="turtle")
    path = Path(data)
    fmt = rdflib.util.guess_format(str(path)) or "turtle"
    try:
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as e:
        raise InputError(str(path), f"not valid RDF ({e})") from None


def _store(data: str | os.PathLike[str] | rdflib.Graph):  # -> pyoxigraph.Store | None
    """The data in a pyoxigraph store, or None when pyoxigraph cannot read it (then rdflib does)."""
    import pyoxigraph as ox

    store = ox.Store()
    try:
        if isinstance(data, rdflib.Graph):
            store.bulk_load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        elif isinstance(data, str) and "\n" in data:
            store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.TURTLE)
        else:
            name = _FORMATS.get(rdflib.util.guess_format(str(data)) or "turtle")
            if name is None:
                return None
            store.bulk_load(path=str(data), format=getattr(ox.RdfFormat, name))
    except (SyntaxError, ValueError, OSError):
        return None
    return None if any(True for _ in store.named_graphs()) else store  # JSON-LD may name graphs


@cache
def _checks():  # -> fast.Compiled; raises fast.Unsupported
    from kg.shapes import fast

    return fast.compile_shapes(shapes(), _short)


def validate(data: str | os.PathLike[str] | rdflib.Graph, engine: str = "oxigraph") -> Report:
    """Validate RDF (a file path, Turtle text, or an rdflib graph) against kg's shapes.

    ``engine="oxigraph"`` (default) runs the shapes as SPARQL on pyoxigraph and falls back to pyshacl
    when the shapes use a component it does not compile or pyoxigraph cannot read the data;
    ``engine="pyshacl"`` always runs pyshacl. Both give the same report.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    is_file = not isinstance(data, rdflib.Graph) and not (isinstance(data, str) and "\n" in data)
    if is_file and not Path(data).is_file():
        raise InputError(str(data), "no such RDF file (run `kg build` first)")
    if is_file and rdflib.util.guess_format(str(data)) == "json-ld":  # a parser would fetch a remote @context
        forbid_remote_context(Path(data).read_bytes(), str(data))
    if engine == "oxigraph":
        from kg.shapes import fast

        try:
            checks, store = _checks(), _store(data)
            if store is not None:
                found = {Violation(*v) for v in fast.run(store, checks)}
                return _report(found)
        except fast.Unsupported:
            pass
    return _report(_pyshacl(_parse(data)))


def _report(found: set[Violation]) -> Report:
    violation = _short(SH.Violation).split("#")[-1]
    conforms = not any(v.severity == violation for v in found)
    return Report(conforms, tuple(sorted(found, key=lambda v: (v.focus, v.path, v.message))))


def _pyshacl(g: rdflib.Graph) -> set[Violation]:
    from pyshacl import validate as shacl

    _, results, _ = shacl(g, shacl_graph=shapes(), advanced=True, allow_warnings=True)
    out = set()
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        path = results.value(r, SH.resultPath)
        out.add(
            Violation(
                focus=str(results.value(r, SH.focusNode)),
                path=_short(path) if path is not None else "",
                message=str(results.value(r, SH.resultMessage) or ""),
                severity=_short(results.value(r, SH.resultSeverity)).split("#")[-1],
            )
        )
    return out
