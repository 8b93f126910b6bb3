"""Atomic output: write to a temporary file beside the target, then rename.

An interrupted write leaves the previous file intact. :func:`write_all_atomic`
writes a set of files in two steps (every temporary file first, then every
rename), so an interrupted build leaves either no new file or, in the short
rename window, a mix that the build stamp does not call up to date; a rename
that fails (a locked or immutable target) puts back the files already replaced.
:func:`staged_files` does the same for files written as streams, piece by piece.
:func:`output_lock` keeps two builds from writing into one folder at once,
and removes the temporary files an earlier, killed build left there.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
>>> write_atomic(p, "你好")
>>> p.read_text(encoding="utf-8")
'你好'
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from kg.errors import OutputError

__all__ = ["LOCK_NAME", "StagedFile", "output_lock", "staged_files", "write_all_atomic", "write_atomic"]

LOCK_NAME = ".kg-build.lock"
"""The lock file a build holds in its output folder."""


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (str as UTF-8) to ``path`` atomically."""
    write_all_atomic({path: data})


def _cannot(path: Path, e: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({e.strerror or e})")


class StagedFile:
    """A temporary file beside ``path`` that becomes ``path`` when its set is committed (:func:`staged_files`).

    ``write`` takes text (UTF-8) or bytes, through a buffer; ``digest`` is the
    blake2b (20 bytes) of everything written, as :func:`kg.cache.content_digest` would give.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError as e:
            raise _cannot(path, e) from None
        self._file = os.fdopen(fd, "wb", buffering=1 << 20)
        self._hash = hashlib.blake2b(digest_size=20)

    def write(self, data: str | bytes) -> None:
        """Append ``data`` (str as UTF-8)."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        self._hash.update(payload)
        try:
            self._file.write(payload)
        except OSError as e:
            raise _cannot(self.path, e) from None

    @property
    def digest(self) -> str:
        """The hex digest of what was written so far."""
        return self._hash.hexdigest()

    def _finish(self) -> None:
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.chmod(self.tmp, 0o644)
        except OSError as e:
            raise _cannot(self.path, e) from None

    def _discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        Path(self.tmp).unlink(missing_ok=True)


@contextlib.contextmanager
def staged_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[dict[Path, StagedFile]]:
    """Open a :class:`StagedFile` per path; on a clean exit sync them all, then rename them all; else remove them.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with staged_files([d / "a.txt"]) as files:
    ...     files[d / "a.txt"].write("你")
    ...     files[d / "a.txt"].write("好")
    >>> (d / "a.txt").read_text(encoding="utf-8")
    '你好'
    """
    staged: dict[Path, StagedFile] = {}
    try:
        for path in paths:
            staged[Path(path)] = StagedFile(Path(path))
        yield staged
        for f in staged.values():
            f._finish()
        _replace_all(staged)
    finally:
        for f in staged.values():
            f._discard()


def _replace_all(staged: dict[Path, StagedFile]) -> None:
    """Rename every staged file over its target; when one rename fails, put back the targets already
    replaced (from hard links to the old files made first), so the set is all new or all old.

    A target on a file system without hard links cannot be put back (it is replaced like the rest).
    """
    old: dict[Path, str | None] = {}  # target -> link to its previous content (None: there was none)
    done: list[Path] = []
    try:
        for path, f in staged.items():
            if path.exists():
                link = f.tmp.removesuffix(".tmp") + ".old.tmp"  # a killed build's link goes with its .tmp files
                with contextlib.suppress(OSError):
                    os.link(path, link)
                    old[path] = link
            else:
                old[path] = None
        for path, f in list(staged.items()):
            try:
                os.replace(f.tmp, path)
            except OSError as e:
                _put_back(done, old)
                raise _cannot(path, e) from None
            except BaseException:  # an interrupt between two renames: all old again, then stop
                _put_back(done, old)
                raise
            done.append(path)
            del staged[path]
    finally:
        for link in old.values():
            if link is not None:
                Path(link).unlink(missing_ok=True)


def _put_back(done: list[Path], old: dict[Path, str | None]) -> None:
    """Restore the targets in ``done`` to what they were before (their ``old`` link, or absence)."""
    for path in done:
        with contextlib.suppress(OSError):
            if path in old and old[path] is None:
                path.unlink()
            elif path in old:
                os.replace(old[path], path)  # type: ignore[arg-type]


def write_all_atomic(files: Mapping[str | os.PathLike[str], str | bytes]) -> None:
    """Write every file (path → data) atomically: all temporary files first, then all renames."""
    with staged_files(files) as staged:
        for path, data in files.items():
            staged[Path(path)].write(data)


@contextlib.contextmanager
def output_lock(out_dir: str | os.PathLike[str], stale_prefixes: tuple[str, ...] = (".graph.",)) -> Iterator[None]:
    """Hold the build lock of ``out_dir`` (created if missing), or raise :class:`OutputError` naming the holder.

    The lock is an ``flock`` on ``out_dir/.kg-build.lock``: the system releases it when
    its process ends, even by ``kill -9``, so a dead build never blocks the next one.
    While it is held, temporary files (``.graph.*.tmp``) left by a killed build are removed.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise OutputError(f"{out}: cannot write ({e.strerror or e})") from None
    try:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                raise OutputError(
                    f"another kg build is writing to {out} (pid {holder}); wait for it, or choose another -o folder"
                ) from None
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            for child in out.iterdir():
                if child.name.startswith(stale_prefixes) and child.name.endswith(".tmp") and child.is_file():
                    child.unlink(missing_ok=True)
        except OSError as e:  # a full disk, or a folder whose files may not be removed
            raise OutputError(f"{out}: cannot write ({e.strerror or e})") from None
        yield
    finally:
        os.close(fd)
