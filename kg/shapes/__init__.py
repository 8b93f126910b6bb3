"""SHACL shapes of kg's RDF, and :func:`validate` to check a graph against them with pyshacl.

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
from importlib import resources
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.errors import InputError
from kg.offline import forbid_remote_context
from kg.readwrite.rdf_model import PREFIXES

__all__ = ["Report", "Violation", "ontology", "ontology_path", "shapes", "validate"]


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


def validate(data: str | os.PathLike[str] | rdflib.Graph) -> Report:
    """Validate RDF (a file path, Turtle text, or an rdflib graph) against kg's shapes."""
    from pyshacl import validate as shacl

    if isinstance(data, rdflib.Graph):
        g = data
    elif isinstance(data, str) and "\n" in data:
        g = rdflib.Graph().parse(data=data, format="turtle")
    else:
        path = Path(data)
        if not path.is_file():
            raise InputError(str(path), "no such RDF file (run `kg build` first)")
        fmt = rdflib.util.guess_format(str(path)) or "turtle"
        if fmt == "json-ld":  # rdflib would fetch a remote @context
            forbid_remote_context(path.read_bytes(), str(path))
        try:
            g = rdflib.Graph().parse(path, format=fmt)
        except Exception as e:
            raise InputError(str(path), f"not valid RDF ({e})") from None
    conforms, results, _ = shacl(g, shacl_graph=shapes(), advanced=True, allow_warnings=True)
    out = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        path = results.value(r, SH.resultPath)
        out.append(
            Violation(
                focus=str(results.value(r, SH.focusNode)),
                path=_short(path) if path is not None else "",
                message=str(results.value(r, SH.resultMessage) or ""),
                severity=_short(results.value(r, SH.resultSeverity)).split("#")[-1],
            )
        )
    return Report(bool(conforms), tuple(sorted(set(out), key=lambda v: (v.focus, v.path, v.message))))
