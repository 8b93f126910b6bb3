"""The files ``kg build`` writes: one registry of name, media type, writer and reader.

``kg build --formats``, its help and defaults, ``kg.toml``'s ``formats``,
and the ``Content-Type`` ``kg push`` sends all derive from :data:`OUTPUTS`;
RDF outputs take their media type from :data:`kg.readwrite.formats.RDF_FORMATS`.
Each output is written by :func:`write_output` and read back by
:func:`read_output` (networkx style: ``write_*``/``read_*``).

>>> [o.name for o in OUTPUTS]
['ttl', 'jsonld', 'nt', 'nq', 'html', 'graphml', 'jsonl']
>>> output_format("jsonld").media_type, output_format("graphml").filename
('application/ld+json', 'graph.graphml')
>>> DEFAULT_OUTPUTS
('ttl', 'jsonld', 'html', 'graphml', 'jsonl')
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from kg.errors import ConfigError
from kg.readwrite.formats import RdfFormat, rdf_format

__all__ = ["DEFAULT_OUTPUTS", "OUTPUTS", "OUTPUT_NAMES", "OutputFormat", "output_format", "read_output", "write_output"]


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output file ``graph.<name>``: what it holds, its media type, whether it is written by default."""

    name: str
    media_type: str
    description: str
    default: bool = True
    rdf: RdfFormat | None = None  # the RDF serialisation, for RDF outputs
    readable: bool = True  # read_output reads it back

    @property
    def extension(self) -> str:
        """The file extension (the name itself)."""
        return self.name

    @property
    def filename(self) -> str:
        """The file ``kg build`` writes in the output folder."""
        return f"graph.{self.name}"


def _rdf(extension: str, description: str, default: bool = True) -> OutputFormat:
    f = rdf_format(extension)
    return OutputFormat(f.extension, f.media_type, description, default, f)


OUTPUTS: tuple[OutputFormat, ...] = (
    _rdf("ttl", "RDF Turtle (open with any RDF tool; query with `kg sparql`)"),
    _rdf("jsonld", "the same RDF as JSON-LD"),
    _rdf("nt", "the same RDF as N-Triples (one triple a line)", default=False),
    _rdf("nq", "the same RDF as N-Quads, in the named graph <BASE>graph", default=False),
    OutputFormat("html", "text/html", "interactive view, works offline (open in a browser)", readable=False),
    OutputFormat("graphml", "application/graphml+xml", "for Gephi, Cytoscape, networkx"),
    OutputFormat("jsonl", "application/jsonl", "entities, mentions and relations as JSON lines"),
)
"""Every file ``kg build`` can write, in the order of ``kg build --help``."""

OUTPUT_NAMES: tuple[str, ...] = tuple(o.name for o in OUTPUTS)
DEFAULT_OUTPUTS: tuple[str, ...] = tuple(o.name for o in OUTPUTS if o.default)
_BY_NAME = {o.name: o for o in OUTPUTS}


def output_format(name: str) -> OutputFormat:
    """The output named ``name``; :class:`~kg.errors.ConfigError` naming the known ones otherwise.

    >>> output_format("xml")
    Traceback (most recent call last):
    kg.errors.ConfigError: unknown output format 'xml' (known: ttl, jsonld, nt, nq, html, graphml, jsonl)
    """
    found = _BY_NAME.get(name)
    if found is None:
        raise ConfigError(f"unknown output format {name!r} (known: {', '.join(OUTPUT_NAMES)})")
    return found


def write_output(
    name: str, G: Any, kb: Any = None, *, base: str | None = None, html_max_nodes: int | None = None
) -> str:
    """The text of output ``name`` for graph ``G`` (``jsonl`` writes the knowledge base ``kb``)."""
    fmt = output_format(name)
    if fmt.rdf is not None:
        from kg.readwrite.rdf import write_rdf
        from kg.vocab import DEFAULT_BASE_IRI

        return write_rdf(G, fmt.rdf.name, base or DEFAULT_BASE_IRI)
    if name == "graphml":
        from kg.readwrite.graphml import graphml_text

        return graphml_text(G)
    if name == "html":
        from kg.viz import render_html

        return render_html(G, max_nodes=html_max_nodes) if html_max_nodes is not None else render_html(G)
    from kg.readwrite.jsonl import iter_jsonl

    return "".join(line + "\n" for line in iter_jsonl(kb))


def read_output(path: str | os.PathLike[str]) -> Any:
    """What an output file holds: a graph (RDF, GraphML) or the JSON-lines records (``jsonl``)."""
    fmt = output_format(os.fspath(path).rpartition(".")[2].lower())
    if not fmt.readable:
        raise ConfigError(f"{os.fspath(path)}: kg does not read {fmt.name} files back")
    if fmt.rdf is not None:
        from kg.readwrite.rdf import read_rdf

        return read_rdf(path)
    if fmt.name == "graphml":
        from kg.readwrite.graphml import read_graphml

        return read_graphml(path)
    from kg.readwrite.jsonl import read_jsonl

    return read_jsonl(path)
