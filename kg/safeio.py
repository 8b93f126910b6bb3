r"""Reading untrusted files safely: regular files only, never more bytes than a cap, names shown escaped.

A FIFO, a device (``/dev/zero``), a socket or a symbolic link to one is
refused without reading from it (opening uses ``O_NONBLOCK``, so a FIFO
with no writer never blocks), and the byte cap counts the bytes actually
read, not the size the file system reports.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_bytes(b"abc")
>>> read_bytes_capped(p, 10)
b'abc'
>>> read_bytes_capped(p, 2)
Traceback (most recent call last):
...
kg.safeio.TooLargeError: more than 2 bytes
>>> read_bytes_capped("/dev/null", 10)
Traceback (most recent call last):
...
kg.safeio.NotRegularFileError: a character device, not a regular file
>>> shown("a\x1b[31m\nb.txt")
"'a\\x1b[31m\\nb.txt'"
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = [
    "NotRegularFileError",
    "TooLargeError",
    "default_cache_dir",
    "make_private_dir",
    "read_bytes_capped",
    "shared_problem",
    "shown",
    "text_name",
]


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a folder: nothing is read from it."""


class TooLargeError(OSError):
    """The file holds more bytes than the cap (counted while reading)."""


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words (``"a regular file"`` for a regular one)."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def read_bytes_capped(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``; raise when it is not one or holds more than ``max_bytes``.

    Raises :class:`NotRegularFileError`, :class:`TooLargeError` or the
    ``OSError`` of opening (``FileNotFoundError``, ``PermissionError`` …).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(f"{kind(mode)}, not a regular file")
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            block = os.read(fd, min(left, 1 << 20))
            if not block:
                break
            chunks.append(block)
            left -= len(block)
        if left <= 0:
            raise TooLargeError(f"more than {max_bytes:,} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_capped(path: str | os.PathLike[str], max_bytes: int, encoding: str = "utf-8") -> str:
    """:func:`read_bytes_capped`, decoded strictly (``UnicodeDecodeError`` on bad bytes)."""
    return read_bytes_capped(path, max_bytes).decode(encoding)


def shown(name: object) -> str:
    """A file name as it is safe to print: control characters, format characters and bad bytes escaped.

    Plain names print as they are; any other is shown as a quoted Python literal.

    >>> shown("seeds/株洲.txt")
    'seeds/株洲.txt'
    """
    s = os.fsdecode(name) if isinstance(name, bytes | os.PathLike) else str(name)
    if all(c.isprintable() and not ("\ud800" <= c <= "\udfff") for c in s):
        return s
    return repr(s)


def text_name(name: str) -> str:
    r"""``name`` as text that outputs can hold: bytes that are not UTF-8 (which the file system hands
    over as lone surrogates) written as ``\xNN``; other names unchanged.

    >>> text_name(os.fsdecode(b"bad\xff.txt")), text_name("株洲.txt")
    ('bad\\xff.txt', '株洲.txt')
    """
    if not any("\ud800" <= c <= "\udfff" for c in name):
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte became: keep its UTF-8 form
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def default_cache_dir() -> Path:
    """The per-user cache folder: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``.

    >>> default_cache_dir().name in ("kg", os.environ.get("KG_CACHE_DIR", "kg").rstrip("/").rsplit("/", 1)[-1])
    True
    """
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def make_private_dir(path: Path) -> None:
    """Create ``path`` and its missing parents, each readable and writable by the owner only."""
    missing = []
    while not path.is_dir():
        missing.append(path)
        if path.parent == path:
            break
        path = path.parent
    for d in reversed(missing):
        d.mkdir(mode=0o700, exist_ok=True)


def shared_problem(path: Path) -> str | None:
    """Why the folder at ``path`` is unsafe to load cached data from (others may write to it), or ``None``."""
    try:
        st = path.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return "it belongs to another user"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not st.st_mode & stat.S_ISVTX:
        return "other users may write to it"
    return None
