"""A per-document cache of extractions, so a rebuild only extracts what changed.

One file per document under ``<dir>/<rules>/``, named by a hash of the
document (id and text). ``<rules>`` is a fingerprint of everything that
decides what extraction yields: :data:`kg.extract.EXTRACTOR_VERSION`, the
sources of the extraction code and of the ``kg`` modules it reads (gazetteer,
text, lexicon …), the packaged lexicons (``kg/data``), and the tokenizer
backend and its version. Change any of them and the old entries are never
read again (:meth:`ExtractionCache.prune` removes them).

Entries are data, never code: JSON of the mentions' and relations' fields
(no source text beyond the spans and evidence sentences the outputs hold
anyway), with a format name and version, checked field by field on load. An
entry that is torn, foreign or malformed is a miss (reported through
``on_ignored``), and the next put replaces it. Folders are created readable
by their owner only; a cache folder that other users may write to is not used.

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
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import Document, EntityRef, Evidence, Mention, Relation
from kg.safeio import default_cache_dir, make_private_dir
from kg.vocab import EntityType, Predicate

if TYPE_CHECKING:  # kg.extract loads the tokenizer: an unchanged rebuild (OutputStamp) does without it
    from kg.extract import Extraction

__all__ = ["ExtractionCache", "OutputStamp", "default_cache_dir", "document_key", "rules_fingerprint"]

FORMAT = "kg-extraction"
"""The ``format`` field of a cache entry."""
FORMAT_VERSION = 1
"""Bump when the entry layout changes: entries of another version are misses."""

_SOURCES = ("kg.extract", "kg.data")
"""Packages whose files decide what extraction yields (code, then lexicons)."""
_MODULES = ("cache.py", "errors.py", "model.py", "safeio.py", "text.py", "vocab.py")
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
    from kg.extract.tokens import backend

    return _fingerprint(backend())


@cache
def _fingerprint(tokenizer: str) -> str:
    from kg.extract import EXTRACTOR_VERSION

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


Warn = Callable[[str], None]


class CacheEntryError(ValueError):
    """A cache entry that is not a valid entry of this format and version."""


def entry_path(directory: Path, document: Document | str) -> Path:
    """Where the entry of ``document`` (or of the document of that :func:`document_key`) lives in the
    cache folder of one set of rules, ``directory``."""
    key = document if isinstance(document, str) else document_key(document)
    return directory / key[:2] / f"{key}.json"


class ExtractionCache:
    """Extractions stored one JSON file per document under ``directory``, valid for the current rules."""

    def __init__(self, directory: str | os.PathLike[str], salt: str = "", on_ignored: Warn | None = None) -> None:
        """``salt`` names the user's settings that change extraction (home city, lexicon): entries made
        under other settings are misses. ``on_ignored`` is told, in one line, of every entry that was
        present but could not be used, and once of a cache it cannot write to (a full disk …)."""
        self.root = Path(directory)
        self.rules = rules_fingerprint()
        if salt:
            self.rules = hashlib.blake2b(f"{self.rules}\0{salt}".encode(), digest_size=len(self.rules) // 2).hexdigest()
        self.directory = self.root / self.rules
        self.on_ignored = on_ignored
        self.ignored = 0
        self.unwritable = False

    def path(self, document: Document) -> Path:
        """Where the entry of ``document`` lives (whether or not it exists)."""
        return entry_path(self.directory, document)

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of ``document``, or ``None`` (missing, stale or unreadable)."""
        p = self.path(document)
        try:
            with p.open("rb") as f:
                raw = f.read(_MAX_ENTRY_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as e:
            self._ignore(p, e.strerror or str(e))
            return None
        try:
            if len(raw) > _MAX_ENTRY_BYTES:
                raise CacheEntryError("too large")
            return decode_extraction(raw, document, p.stem)
        except CacheEntryError as e:
            self._ignore(p, str(e))
            return None
        except (UnicodeDecodeError, json.JSONDecodeError):
            self._ignore(p, "not a kg cache entry (not JSON text)")
            return None
        except (ValueError, TypeError, KeyError, IndexError, RecursionError) as e:
            self._ignore(p, f"malformed entry ({type(e).__name__})")
            return None

    def _ignore(self, path: Path, why: str) -> None:
        self.ignored += 1
        if self.on_ignored:
            self.on_ignored(f"ignored cache entry {path}: {why}; the page is extracted again")

    def put(self, extraction: Extraction) -> None:
        """Store ``extraction`` atomically (a concurrent reader sees the old entry or the new, never half).

        An extraction whose attributes are not plain data (str, int, float, bool, None, tuples) is not stored.
        When the cache cannot be written (a full disk, a read-only folder), ``on_ignored`` is told once
        and nothing more is stored: the build goes on without it.
        """
        if self.unwritable:
            return
        try:
            data = encode_extraction(extraction)
        except CacheEntryError:
            return
        p = self.path(extraction.document)
        try:
            make_private_dir(p.parent)
            fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=".json")
        except OSError as e:
            self._cannot_write(e)
            return
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, p)
        except BaseException as e:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if not isinstance(e, OSError):
                raise
            self._cannot_write(e)

    def _cannot_write(self, e: OSError) -> None:
        self.unwritable = True
        if self.on_ignored:
            self.on_ignored(f"cannot write to the cache folder {self.root} ({e.strerror or e}); no page is cached")

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


_MAX_ENTRY_BYTES = 512 * 1024 * 1024
_PLAIN = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """``value`` as JSON (tuples as lists); raise :class:`CacheEntryError` for anything else."""
    if type(value) in _PLAIN:
        return value
    if type(value) is tuple:
        return [_plain(v) for v in value]
    raise CacheEntryError(f"not plain data: {type(value).__name__}")


def _unplain(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_unplain(v) for v in value)
    if type(value) in _PLAIN:
        return value
    raise CacheEntryError(f"not plain data: {type(value).__name__}")


def _props(props: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((_str(k), _unplain(v)) for k, v in props)


def _str(x: Any) -> str:
    if type(x) is not str:
        raise CacheEntryError(f"expected a string, got {type(x).__name__}")
    return x


def _int(x: Any) -> int:
    if type(x) is not int:
        raise CacheEntryError(f"expected an integer, got {type(x).__name__}")
    return x


def _opt_str(x: Any) -> str | None:
    return None if x is None else _str(x)


def _ref(x: Any) -> EntityRef:
    t, name, qualifier = x
    return EntityRef(EntityType(_str(t)), _str(name), _str(qualifier))


def encode_extraction(x: Extraction) -> bytes:
    """One cache entry: the extraction's mentions and relations as JSON (the document is only named)."""
    mentions = [
        [m.doc_id, m.start, m.end, m.text, m.type.value, m.name, m.qualifier, _plain(m.props)] for m in x.mentions
    ]
    relations = []
    for r in x.relations:
        obj = r.object
        e = r.evidence
        relations.append(
            [
                [r.subject.type.value, r.subject.name, r.subject.qualifier],
                r.predicate.value,
                [obj.type.value, obj.name, obj.qualifier] if isinstance(obj, EntityRef) else _str(obj),
                [e.doc_id, e.start, e.end, e.sentence, e.date],
                _plain(r.props),
            ]
        )
    entry = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "key": document_key(x.document),
        "doc_id": x.document.id,
        "mentions": mentions,
        "relations": relations,
    }
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def decode_extraction(data: bytes, document: Document, key: str | None = None) -> Extraction:
    """The extraction of ``document`` held in ``data``; raise ``ValueError`` (or a subclass) when it is not one."""
    return extraction_of(json.loads(data.decode("utf-8", "surrogatepass")), document, key)


def extraction_of(entry: Any, document: Document, key: str | None = None, *, whole: bool = True) -> Extraction:
    """:func:`decode_extraction` of a parsed entry; ``whole=False``: ``document`` holds only the page's opening
    (a Dask build's client), so spans are not checked against its text nor the key against it."""
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        raise CacheEntryError("not a kg extraction entry")
    if entry.get("version") != FORMAT_VERSION:
        raise CacheEntryError(f"entry format version {entry.get('version')!r}, expected {FORMAT_VERSION}")
    if (whole and entry.get("key") != (key or document_key(document))) or entry.get("doc_id") != document.id:
        raise CacheEntryError("entry of another document")
    text = document.text
    mentions = []
    for doc_id, start, end, surface, t, name, qualifier, props in entry["mentions"]:
        start, end, surface = _int(start), _int(end), _str(surface)
        if _str(doc_id) != document.id or not 0 <= start <= end or (whole and not _spans(text, start, end, surface)):
            raise CacheEntryError("a mention does not match the document")
        mentions.append(
            Mention(doc_id, start, end, surface, EntityType(_str(t)), _str(name), _str(qualifier), _props(props))
        )
    relations = []
    for subject, predicate, obj, evidence, props in entry["relations"]:
        doc_id, start, end, sentence, date = evidence
        ev = Evidence(_str(doc_id), _int(start), _int(end), _str(sentence), _opt_str(date))
        o = _str(obj) if isinstance(obj, str) else _ref(obj)
        relations.append(Relation(_ref(subject), Predicate(_str(predicate)), o, ev, _props(props)))
    from kg.extract import Extraction

    return Extraction(document, tuple(mentions), tuple(relations))


def _spans(text: str, start: int, end: int, surface: str) -> bool:
    return end <= len(text) and text[start:end] == surface


class OutputStamp:
    """Remembers what a build wrote into ``out_dir``, so an unchanged rebuild can keep those files.

    The stamp is a hash of the code of the whole ``kg`` package and its data,
    the tokenizer, the build's output options and every document (id, path,
    date, text); it lives in ``<cache>/builds/`` as JSON, with the hash of each
    file as the build produced it (not as read back, so a file another
    process replaced meanwhile never counts as this build's). The files are
    kept only if all of them are still there, unchanged. ``documents`` are read once, one at a time;
    only each page's id and :func:`document_key` are kept (:attr:`pages`).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> s = OutputStamp(d / "cache", d / "out", {"strict": False}, [Document(id="a.txt", text="x")])
    >>> s.kept() is None
    True
    >>> _ = (d / "out").mkdir(), (d / "out" / "g.ttl").write_text("<a> <b> <c> .")
    >>> s.record({"g.ttl": content_digest(b"<a> <b> <c> .")})
    >>> [p.name for p in s.kept()]
    ['g.ttl']
    """

    def __init__(
        self,
        cache_root: str | os.PathLike[str],
        out_dir: str | os.PathLike[str],
        options: dict[str, object],
        documents: Iterable[Document],
    ) -> None:
        h = hashlib.blake2b(digest_size=20)
        h.update(f"{_package_fingerprint()}\0{_tokenizer_versions()}\0".encode())
        h.update(repr(sorted((k, repr(v)) for k, v in options.items())).encode())
        self.pages: list[tuple[str, str]] = []  # (id, document_key) of each page, in order: no text is kept
        for d in documents:  # read one at a time: a build's pages may be many
            key = document_key(d)
            self.pages.append((d.id, key))
            h.update(repr((d.id, d.path, d.date, d.date_source, d.encoding, key)).encode())
        self.key = h.hexdigest()
        self.out_dir = Path(out_dir)
        where = hashlib.blake2b(str(self.out_dir.resolve()).encode(), digest_size=10).hexdigest()
        self.path = Path(cache_root) / "builds" / f"{where}.json"
        self.notes: dict[str, Any] = {}  # what the recorded build noted (counts, cache folder …), once kept

    def kept(self) -> list[Path] | None:
        """The files the last build with this stamp wrote, if all are still there unchanged; else ``None``."""
        try:
            with self.path.open("rb") as f:
                record = json.loads(f.read(1 << 20).decode("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or record.get("key") != self.key:
            return None
        outputs = record.get("outputs")
        if not isinstance(outputs, dict) or not outputs:
            return None
        paths = []
        for name, digest in sorted(outputs.items()):
            if not isinstance(digest, str) or not _is_plain_name(name):
                return None
            p = self.out_dir / name
            if _file_digest(p) != digest:
                return None
            paths.append(p)
        notes = record.get("notes")
        self.notes = notes if isinstance(notes, dict) else {}
        return paths

    def forget(self) -> None:
        """Remove the record (before a build starts replacing the files it names)."""
        with contextlib.suppress(OSError):
            self.path.unlink()

    def record(self, written: dict[str, str], notes: dict[str, Any] | None = None) -> None:
        """Remember ``written`` (file name in ``out_dir`` → :func:`content_digest` of what was written).

        ``notes`` (plain JSON data) are given back as :attr:`notes` by the build that keeps the files.
        """
        make_private_dir(self.path.parent)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"key": self.key, "outputs": written, "notes": notes or {}}, f, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _is_plain_name(name: object) -> bool:
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name and "\\" not in name


def content_digest(data: bytes) -> str:
    """The hash :class:`OutputStamp` records for a file holding ``data``."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _file_digest(path: Path) -> str | None:
    h = hashlib.blake2b(digest_size=20)
    try:
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _tokenizer_versions() -> str:
    """The tokenizer backend and the versions of it and of jieba, without loading them.

    (:func:`rules_fingerprint` holds the same, but loads the tokenizer; the package
    fingerprint already covers kg's own code, :data:`kg.extract.EXTRACTOR_VERSION` included.)
    """
    name = os.environ.get("KG_TOKENIZER", "").strip().lower()
    if not name:
        name = "rjieba" if _version("rjieba") != "-" else "jieba"
    return f"{name} {_version(name)} jieba {_version('jieba')}"


@cache
def _package_fingerprint() -> str:
    """A hash of every file of the installed ``kg`` package (code and data)."""
    h = hashlib.blake2b(digest_size=16)
    for name, f in sorted(_walk(resources.files("kg"), "kg"), key=lambda nf: nf[0]):
        if "__pycache__" in name or name.endswith((".pyc", ".pyo")):
            continue
        h.update(name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()
