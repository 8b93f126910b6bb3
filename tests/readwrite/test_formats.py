"""One registry of RDF formats: writer, reader, loader, build and push agree on it."""

from __future__ import annotations

import networkx as nx
import pytest

import kg
from kg.push import media_type
from kg.readwrite.formats import RDF_FORMATS, rdf_format
from kg.readwrite.rdf import FORMATS, read_rdf, write_rdf


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "a.txt"}])
    G.add_node("place/长沙市", type="Place", name="长沙市", aliases=["长沙"], docs=["a.txt"], mentions=1)
    return G


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.name)
def test_formats_write_read_load_round_trip_by_extension(tmp_path, fmt):
    path = tmp_path / f"graph.{fmt.extension}"
    path.write_text(write_rdf(_graph(), fmt.name), encoding="utf-8")
    assert dict(read_rdf(path).nodes["place/长沙市"]) == dict(_graph().nodes["place/长沙市"])
    assert "place/长沙市" in kg.load(path)
    assert FORMATS[fmt.name] == fmt.extension
    assert rdf_format(fmt.extension) is rdf_format(f".{fmt.extension}") is rdf_format(fmt.name) is fmt


@pytest.mark.parametrize("fmt", [f for f in RDF_FORMATS if f.name != "nquads"], ids=lambda f: f.name)
def test_formats_push_sends_the_registered_media_type(fmt):
    assert media_type(f"graph.{fmt.extension}") == fmt.media_type
