"""The stores SPARQL runs on: pyoxigraph in memory, an on-disk store kept beside the data, or rdflib.

The on-disk store (``graph.ttl`` → ``graph.oxigraph/``) is built atomically under a lock and
rebuilt when the data's digest changes, so concurrent readers never see half a store.

>>> store_dir("out/graph.ttl").name
'graph.oxigraph'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import ConfigError, InputError
from kg.offline import forbid_remote_context
from kg.readwrite.rdf_stream import write_rdf

__all__ = ["ENGINES", "open_store", "store_dir"]

ENGINES = ("oxigraph", "oxigraph-disk", "rdflib")
"""``oxigraph``: in-memory store; ``oxigraph-disk``: on-disk store cached next to the data; ``rdflib``."""
_STAMP = "kg-source.json"


def store_dir(data: str | os.PathLike[str]) -> Path:
    """Where the on-disk store of ``data`` lives: ``graph.ttl`` → ``graph.oxigraph/`` beside it."""
    p = Path(data)
    return p.with_name(p.stem + ".oxigraph")


def _format(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl")
    if fmt is None:
        raise InputError(str(path), "unknown RDF format; use .ttl, .nt, .nq or .jsonld")
    return fmt


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _disk_store(path: Path) -> ox.Store:
    """The on-disk store of ``path``, built once and reused while the file's content is unchanged.

    ``graph.oxigraph/`` holds one complete store per source content, in a folder named by its
    hash, and ``kg-source.json`` naming the current one. A store is built in a temporary folder
    and renamed into place only when complete, under a lock (``graph.oxigraph/.lock``), so
    concurrent queries never see a half-built store and never build the same one twice; a store
    that cannot be opened is built again.
    """
    target = store_dir(path)
    try:
        target.mkdir(exist_ok=True)
        lock = os.open(target / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        problem = f"cannot create the query store ({e.strerror or e}); use --engine oxigraph"
        raise InputError(str(target), problem) from None
    try:
        _lock(lock)
        return _current_store(path, target)
    finally:
        os.close(lock)  # releases the lock


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


def _current_store(path: Path, target: Path) -> ox.Store:
    stamp_file = target / _STAMP
    st = path.stat()
    seen = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
    try:
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
        name = stamp.get("store") if isinstance(stamp, dict) else None
    except (OSError, ValueError):
        stamp, name = {}, None
    if isinstance(name, str) and re.fullmatch(r"[0-9a-f]{16}", name) and (target / name).is_dir():
        # size and mtime unchanged: the same file; else compare the content hash (a rebuild may write equal bytes)
        same = {k: stamp.get(k) for k in seen} == seen
        digest = None if same else _digest(path)
        if same or stamp.get("sha256") == digest:
            try:
                store = ox.Store.read_only(str(target / name))
            except (OSError, ValueError, RuntimeError):
                store = None  # damaged: built again below
            if store is not None:
                if not same:
                    _write_json(stamp_file, {**stamp, **seen})
                return store
    digest = _digest(path)
    name = digest[:16]
    tmp = target / f".tmp-{name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    store = ox.Store(str(tmp))
    try:
        store.bulk_load(path=str(path), format=_format(path))
        store.flush()
    except SyntaxError as e:
        del store
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError(str(path), f"not valid RDF ({e})") from None
    del store  # closes the database before it moves
    shutil.rmtree(target / name, ignore_errors=True)
    os.replace(tmp, target / name)
    _write_json(stamp_file, {**seen, "sha256": digest, "store": name})
    for child in target.iterdir():  # older stores, torn temporary folders, the files of kg < 0.5's layout
        if child.name not in (name, _STAMP, ".lock"):
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
    return ox.Store.read_only(str(target / name))


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def open_store(data: Any, engine: str = "oxigraph") -> Any:
    """A store for ``data``: an RDF file path, Turtle text, a NetworkX graph, or an open store/graph.

    Returns a ``pyoxigraph.Store`` (``oxigraph``, ``oxigraph-disk``) or an ``rdflib.Graph`` (``rdflib``).
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown SPARQL engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if isinstance(data, ox.Store) or type(data).__name__ in {"Graph", "ConjunctiveGraph", "Dataset"}:
        return data
    if isinstance(data, nx.MultiDiGraph):
        data = write_rdf(data, "nt").encode()
        fmt = ox.RdfFormat.N_TRIPLES
    elif (isinstance(data, str) and "\n" in data) or isinstance(data, bytes):
        fmt = ox.RdfFormat.TURTLE
    else:
        path = Path(data)
        if not path.is_file():
            raise InputError(str(path), "no such RDF file (run `kg build` first, or pass --data)")
        if engine == "oxigraph-disk":
            return _disk_store(path)
        fmt = _format(path)
        data = path
    if engine == "rdflib":
        import rdflib

        names = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "nt", ox.RdfFormat.N_QUADS: "nquads"}
        from rdflib.exceptions import ParserError

        g = rdflib.Dataset(default_union=True) if fmt == ox.RdfFormat.N_QUADS else rdflib.Graph()
        if isinstance(data, Path) and fmt not in names:  # rdflib would fetch a remote @context
            forbid_remote_context(data.read_bytes(), str(data))
        try:
            if isinstance(data, Path):
                g.parse(data, format=names.get(fmt, "json-ld"))
            else:
                g.parse(data=data, format=names[fmt])
        except (SyntaxError, ValueError, ParserError) as e:
            where = str(data) if isinstance(data, Path) else "<data>"
            raise InputError(where, f"not valid RDF ({' '.join(str(e).split())[:300]})") from None
        return g
    store = ox.Store()
    try:
        if isinstance(data, Path):
            store.load(path=str(data), format=fmt)
        else:
            store.load(data if isinstance(data, bytes) else data.encode(), format=fmt)
    except SyntaxError as e:
        raise InputError(str(data) if isinstance(data, Path) else "<data>", f"not valid RDF ({e})") from None
    return store
