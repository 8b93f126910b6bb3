"""The RDF formats kg writes and reads: one registry of name, file extension, media type and parser.

Every other table derives from it: the writer's formats (:data:`kg.readwrite.rdf_write.FORMATS`), the
reader's suffixes, what ``kg.load`` accepts, the ``Content-Type`` ``kg push`` sends, and the files
``kg build`` writes.

>>> rdf_format("ttl").name, rdf_format(".jsonld").media_type, rdf_format("nquads").extension
('turtle', 'application/ld+json', 'nq')
>>> [f.name for f in RDF_FORMATS]
['turtle', 'json-ld', 'nt', 'nquads']
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import ConfigError

__all__ = ["RDF_FORMATS", "RdfFormat", "rdf_format"]


@dataclass(frozen=True)
class RdfFormat:
    """One RDF serialisation: its name (rdflib's), file extension, media type, and the suffixes read as it."""

    name: str
    extension: str
    media_type: str
    oxigraph: str  # the member of pyoxigraph.RdfFormat that parses it
    also: tuple[str, ...] = ()  # other suffixes read as this format

    @property
    def suffixes(self) -> tuple[str, ...]:
        """Every file suffix read as this format, ``.ttl`` first."""
        return (f".{self.extension}", *self.also)


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "ttl", "text/turtle", "TURTLE", (".turtle",)),
    RdfFormat("json-ld", "jsonld", "application/ld+json", "JSON_LD", (".json",)),
    RdfFormat("nt", "nt", "application/n-triples", "N_TRIPLES"),
    RdfFormat("nquads", "nq", "application/n-quads", "N_QUADS"),
)
"""The formats of :func:`kg.readwrite.rdf.write_rdf` and :func:`~kg.readwrite.rdf.read_rdf`."""

_BY_KEY = {k: f for f in RDF_FORMATS for k in (f.name, f.extension, *f.suffixes)}


def rdf_format(key: str) -> RdfFormat:
    """The format named ``key``: a name (``turtle``), an extension (``ttl``) or a suffix (``.ttl``).

    >>> rdf_format("xml")
    Traceback (most recent call last):
    kg.errors.ConfigError: unknown RDF format 'xml'; choose one of turtle, json-ld, nt, nquads
    """
    found = _BY_KEY.get(key.lower())
    if found is None:
        raise ConfigError(f"unknown RDF format {key!r}; choose one of {', '.join(f.name for f in RDF_FORMATS)}")
    return found
