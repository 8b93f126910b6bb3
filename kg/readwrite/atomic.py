"""Atomic output: write to a temporary file beside the target, then rename.

An interrupted write leaves the previous file intact. :func:`write_all_atomic`
writes a set of files in two steps (every temporary file first, then every
rename), so an interrupted build leaves either no new file or, in the short
rename window, a mix that the build stamp does not call up to date.
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
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.errors import OutputError

__all__ = ["LOCK_NAME", "output_lock", "write_all_atomic", "write_atomic"]

LOCK_NAME = ".kg-build.lock"
"""The lock file a build holds in its output folder."""


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (str as UTF-8) to ``path`` atomically."""
    write_all_atomic({path: data})


def _stage(path: Path, payload: bytes) -> str:
    """Write ``payload`` to a synced temporary file beside ``path``; return its name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
        raise
    return tmp


def write_all_atomic(files: Mapping[str | os.PathLike[str], str | bytes]) -> None:
    """Write every file (path → data) atomically: all temporary files first, then all renames."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            payload = data.encode("utf-8") if isinstance(data, str) else data
            staged.append((_stage(Path(path), payload), Path(path)))
        while staged:
            tmp, path = staged[0]
            try:
                os.replace(tmp, path)
            except OSError as e:
                raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
            staged.pop(0)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)


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
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        for child in out.iterdir():
            if child.name.startswith(stale_prefixes) and child.name.endswith(".tmp") and child.is_file():
                child.unlink(missing_ok=True)
        yield
    finally:
        os.close(fd)
