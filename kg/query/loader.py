"""Load a built graph: a build's output folder, its ``graph.graphml``, or a Turtle file.

>>> import tempfile, pathlib
>>> from kg.build import build
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("市长张三丰出席会议。", encoding="utf-8")
>>> _ = build([d], d / "out")
>>> G = load(d / "out")
>>> G.nodes["person/张三丰"]["name"], G.graph["documents"][0]["id"]
('张三丰', 'a.txt')
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.errors import ConfigError, NoInputError
from kg.query.lookup import index
from kg.readwrite.formats import RDF_FORMATS
from kg.readwrite.graphml import read_graphml
from kg.readwrite.rdf_read import read_rdf

__all__ = ["GRAPH_FILES", "load"]

GRAPH_FILES = ("graph.graphml", "graph.ttl")
"""What :func:`load` looks for in a folder, in this order (GraphML is lossless and fastest)."""

_GRAPHML = {".graphml", ".xml"}
_RDF = {s: f.name for f in RDF_FORMATS for s in f.suffixes}


def load(path: str | os.PathLike[str] = "output") -> nx.MultiDiGraph:
    """The graph a build wrote, as a NetworkX ``MultiDiGraph`` with its lookup index built.

    ``path`` is a build's output folder (``graph.graphml`` is read, else
    ``graph.ttl``), a ``.graphml`` file, or an RDF file (``.ttl`` …, read with
    ``kg.readwrite.rdf.read_rdf``). The graph is a plain networkx graph; the
    name index lives in ``G.graph`` (see :mod:`kg.query.lookup`).
    """
    p = Path(path)
    if p.is_dir():
        found = next((p / name for name in GRAPH_FILES if (p / name).is_file()), None)
        if found is None:
            raise NoInputError(f"{p}: no graph here ({' or '.join(GRAPH_FILES)}); run `kg build -o {p}` first")
        p = found
    elif not p.exists():
        raise NoInputError(f"{p}: no such file or folder; run `kg build` first (it writes output/)")
    suffix = p.suffix.lower()
    if suffix in _GRAPHML:
        G = read_graphml(p)
    elif suffix in _RDF:
        G = read_rdf(p, _RDF[suffix])
    else:
        raise ConfigError(f"{p}: cannot load a {suffix or 'suffix-less'} file; give a .graphml or .ttl file")
    index(G)
    return G
