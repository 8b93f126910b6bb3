"""A per-document cache of extractions, so a rebuild only extracts what changed.

One file per document under ``<dir>/<rules>/``, named by a hash of the
document (id and text). ``<rules>`` is a fingerprint of everything that
decides what extraction yields: :data:`kg.extract.EXTRACTOR_VERSION`, the
sources of the extraction code, the packaged lexicons (``kg/data``), and the
tokenizer backend and its version. Change any of them and the old entries
are never read again (:meth:`ExtractionCache.prune` removes them).

Entries are pickles written atomically (temp file, then rename); an entry
that cannot be read is a miss, never an error. Only point the cache at a
folder you own: loading a pickle runs code.

>>> import tempfile
>>> from kg.model import Document
>>> from kg.extract import extract
>>> cache = ExtractionCache(tempfile.mkdtemp())
>>> doc = Document(id="a.txt", text="市长张三丰出席会议。")
>>> cache.get(doc) is None
True
>>> cache.put(extract(doc))
>>> cache.get(doc).mentions == extract(doc).mentions
True
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kg.extract import EXTRACTOR_VERSION, Extraction
from kg.extract.tokens import backend
from kg.model import Document

__all__ = ["ExtractionCache", "OutputStamp", "document_key", "rules_fingerprint"]

_SOURCES = ("kg.extract", "kg.data")
"""Packages whose files decide what extraction yields (code, then lexicons)."""
_MODULES = ("errors.py", "model.py", "text.py", "vocab.py")
"""Modules of ``kg`` itself that extraction reads (a test checks that every module an extraction loads is here)."""


def document_key(document: Document) -> str:
    """A hash of what extraction reads from a document: its id and text.

    >>> document_key(Document(id="a.txt", text="x")) == document_key(Document(id="a.txt", text="x", path="b/a.txt"))
    True
    """
    h = hashlib.blake2b(digest_size=20)
    h.update(document.id.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(document.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def rules_fingerprint() -> str:
    """A short hash of the extractor version, code, lexicons and tokenizer in use.

    >>> len(rules_fingerprint())
    16
    """
    return _fingerprint(backend())


@cache
def _fingerprint(tokenizer: str) -> str:
    h = hashlib.blake2b(digest_size=8)
    h.update(f"kg-extract {EXTRACTOR_VERSION}\0tokenizer {tokenizer} {_version(tokenizer)}\0".encode())
    h.update(f"jieba {_version('jieba')}\0".encode())
    root = resources.files("kg")
    files: list[tuple[str, Traversable]] = [(m, root.joinpath(m)) for m in _MODULES]
    for package in _SOURCES:
        files.extend(_walk(resources.files(package), package))
    for name, f in sorted(files, key=lambda nf: nf[0]):
        if name.endswith((".pyc", ".pyo")) or "__pycache__" in name:
            continue
        h.update(name.encode() + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _walk(node: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    out = []
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir():
            out.extend(_walk(child, name))
        else:
            out.append((name, child))
    return out


def _is_fingerprint(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "-"


class ExtractionCache:
    """Extractions stored one file per document under ``directory``, valid for the current rules."""

    def __init__(self, directory: str | os.PathLike[str], salt: str = "") -> None:
        """``salt`` names the user's settings that change extraction (home city, lexicon): entries made
        under other settings are misses."""
        self.root = Path(directory)
        self.rules = rules_fingerprint()
        if salt:
            self.rules = hashlib.blake2b(f"{self.rules}\0{salt}".encode(), digest_size=len(self.rules) // 2).hexdigest()
        self.directory = self.root / self.rules

    def path(self, document: Document) -> Path:
        """Where the entry of ``document`` lives (whether or not it exists)."""
        key = document_key(document)
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of ``document``, or ``None`` (missing, stale or unreadable)."""
        p = self.path(document)
        try:
            with p.open("rb") as f:
                x = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # a torn or foreign file is a miss; the next put replaces it
            return None
        if not isinstance(x, Extraction) or x.document.id != document.id or x.document.text != document.text:
            return None
        # path and encoding may differ between two files with the same name and text
        return x if x.document == document else dataclasses.replace(x, document=document)

    def put(self, extraction: Extraction) -> None:
        """Store ``extraction`` atomically (a concurrent reader sees the old entry or the new, never half)."""
        p = self.path(extraction.document)
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(extraction, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, p)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def prune(self) -> int:
        """Remove entries made under other rules; return how many rule folders were removed."""
        if not self.root.is_dir():
            return 0
        removed = 0
        for child in self.root.iterdir():
            if child.is_dir() and child.name != self.rules and _is_fingerprint(child.name):
                shutil.rmtree(child, ignore_errors=True)
                removed += 1
        return removed


class OutputStamp:
    """Remembers what a build wrote into ``out_dir``, so an unchanged rebuild can keep those files.

    The stamp is a hash of the code of the whole ``kg`` package and its data,
    the tokenizer, the build's output options and every document (id, path,
    date, text); it lives in ``<cache>/builds/`` with the hash of each file
    written. The files are kept only if all of them are still there, unchanged.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> s = OutputStamp(d / "cache", d / "out", {"strict": False}, [Document(id="a.txt", text="x")])
    >>> s.kept() is None
    True
    >>> _ = (d / "out").mkdir(), (d / "out" / "g.ttl").write_text("<a> <b> <c> .")
    >>> s.record([d / "out" / "g.ttl"])
    >>> [p.name for p in s.kept()]
    ['g.ttl']
    """

    def __init__(
        self,
        cache_root: str | os.PathLike[str],
        out_dir: str | os.PathLike[str],
        options: dict[str, object],
        documents: list[Document],
    ) -> None:
        h = hashlib.blake2b(digest_size=20)
        h.update(f"{_package_fingerprint()}\0{rules_fingerprint()}\0".encode())
        h.update(repr(sorted((k, repr(v)) for k, v in options.items())).encode())
        for d in documents:
            h.update(repr((d.id, d.path, d.date, d.date_source, d.encoding, document_key(d))).encode())
        self.key = h.hexdigest()
        self.out_dir = Path(out_dir)
        where = hashlib.blake2b(str(self.out_dir.resolve()).encode(), digest_size=10).hexdigest()
        self.path = Path(cache_root) / "builds" / f"{where}.json"

    def kept(self) -> list[Path] | None:
        """The files the last build with this stamp wrote, if all are still there unchanged; else ``None``."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or record.get("key") != self.key or not record.get("outputs"):
            return None
        paths = []
        for name, digest in sorted(record["outputs"].items()):
            p = self.out_dir / name
            if _file_digest(p) != digest:
                return None
            paths.append(p)
        return paths

    @property
    def state_path(self) -> Path:
        return self.path.with_suffix(".pickle")

    def save_state(self, state: object) -> None:
        """Keep ``state`` (the build's knowledge base and graph) with this stamp, atomically."""
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.state_path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump((self.key, state), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.state_path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def load_state(self) -> object | None:
        """The state saved under this very stamp, or ``None`` (missing, stale or unreadable)."""
        try:
            with self.state_path.open("rb") as f:
                key, state = pickle.load(f)
        except Exception:  # missing, torn or foreign: rebuild
            return None
        return state if key == self.key else None

    def record(self, written: list[Path]) -> None:
        """Remember ``written`` (files in ``out_dir``) under this stamp."""
        outputs = {p.name: _file_digest(p) for p in written}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"key": self.key, "outputs": outputs}, f, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _file_digest(path: Path) -> str | None:
    h = hashlib.blake2b(digest_size=20)
    try:
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


@cache
def _package_fingerprint() -> str:
    """A hash of every file of the installed ``kg`` package (code and data)."""
    h = hashlib.blake2b(digest_size=16)
    for name, f in sorted(_walk(resources.files("kg"), "kg"), key=lambda nf: nf[0]):
        if "__pycache__" in name or name.endswith((".pyc", ".pyo")):
            continue
        h.update(name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()
