"""RDF export and import of the knowledge graph: the public surface of ``kg.readwrite.rdf_*``.

:func:`write_rdf` writes Turtle, JSON-LD, N-Triples or N-Quads (deterministic
bytes); :func:`read_rdf` reads any of them back into the NetworkX graph it
came from. The model is documented in ``docs/rdf.md``.

>>> from kg.model import Document
>>> from kg.extract import extract
>>> from kg.resolve import resolve
>>> from kg.graph import build_graph
>>> G = build_graph(resolve([extract(Document(id="a.txt", text="市长张三丰出席会议。"))]))
>>> H = read_rdf_text(write_rdf(G))
>>> sorted(H.nodes) == sorted(G.nodes) and H.nodes["person/张三丰"] == G.nodes["person/张三丰"]
True
"""

from __future__ import annotations

from kg.readwrite.rdf_model import check_base, iri, node_id_of
from kg.readwrite.rdf_read import read_rdf, read_rdf_text
from kg.readwrite.rdf_stream import stream_rdf, write_rdf, write_rdf_formats
from kg.readwrite.rdf_write import FORMATS, pinyin_labels, to_rdf, triples

__all__ = [
    "FORMATS",
    "check_base",
    "iri",
    "node_id_of",
    "pinyin_labels",
    "read_rdf",
    "read_rdf_text",
    "stream_rdf",
    "to_rdf",
    "triples",
    "write_rdf",
    "write_rdf_formats",
]
