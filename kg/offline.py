"""Queries and data never reach the network, and a query cannot run forever.

kg reads nothing from the internet at run time: a SPARQL ``SERVICE`` clause
(federation) is refused before the query runs, and a JSON-LD document whose
``@context`` names a remote (or any non-inline) context is refused before a
parser could fetch it. :func:`call_with_deadline` runs a call in a child
process and stops it after a number of seconds.

>>> forbid_service("SELECT ?s WHERE { ?s ?p ?service }  # SERVICE in a comment")
>>> forbid_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
  ...
kg.offline.OfflineError: SPARQL SERVICE (remote federation) is off: kg never sends a query to another endpoint
>>> forbid_remote_context(b'{"@context": {"name": "http://schema.org/name"}, "name": "x"}', "a.jsonld")
>>> forbid_remote_context(b'{"@context": "https://x.org/c"}', "a.jsonld")
Traceback (most recent call last):
  ...
kg.errors.InputError: a.jsonld: JSON-LD @context 'https://x.org/c' is remote: kg never fetches one (inline it)
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import re
import threading
from collections.abc import Callable
from typing import Any

from kg.errors import InputError, KGError

__all__ = ["OfflineError", "call_with_deadline", "forbid_remote_context", "forbid_service"]


class OfflineError(KGError):
    """A query or a file asked kg to reach the network, or a query ran out of time."""

    exit_code = 2


_NOT_CODE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'
)
"""String literals, IRIs and comments: the parts of a SPARQL text where ``SERVICE`` is not a keyword."""
_SERVICE = re.compile(r"(?<![?$:\w])SERVICE(?![\w:])", re.IGNORECASE)


def forbid_service(sparql: str) -> None:
    """Raise :class:`OfflineError` when ``sparql`` has a ``SERVICE`` clause (strings, IRIs, comments ignored)."""
    if _SERVICE.search(_NOT_CODE.sub(" ", sparql)):
        raise OfflineError("SPARQL SERVICE (remote federation) is off: kg never sends a query to another endpoint")


def _contexts(node: Any) -> list[Any]:
    """Every ``@context`` value in a JSON-LD tree."""
    found: list[Any] = []
    todo = [node]
    while todo:
        n = todo.pop()
        if isinstance(n, dict):
            if "@context" in n:
                found.append(n["@context"])
            todo.extend(n.values())
        elif isinstance(n, list):
            todo.extend(n)
    return found


def _remote(context: Any) -> str | None:
    """The first context reference in ``context`` that a processor would load (a string, or ``@import``)."""
    for c in context if isinstance(context, list) else [context]:
        if isinstance(c, str):
            return c
        if isinstance(c, dict) and isinstance(c.get("@import"), str):
            return c["@import"]
    return None


def forbid_remote_context(data: bytes | str, where: str) -> None:
    """Raise :class:`~kg.errors.InputError` when a JSON-LD document names a context to load instead of inlining it."""
    try:
        tree = json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:
        raise InputError(where, f"not valid JSON-LD ({e})") from None
    for context in _contexts(tree):
        if (ref := _remote(context)) is not None:
            raise InputError(
                where,
                f"JSON-LD @context {ref!r} is remote: kg never fetches one (inline it)",
            )


def _child(conn: Any, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
    try:
        out: tuple[bool, Any] = (True, fn(*args, **kwargs))
    except BaseException as e:  # sent back to the parent, raised there
        try:
            pickle.loads(pickle.dumps(e))
            out = (False, e)
        except Exception:
            out = (False, KGError(f"{type(e).__name__}: {e}"))
    conn.send(out)
    conn.close()


def _single_threaded() -> bool:
    """Whether this process runs one thread: counted by the OS where it can tell (``/proc/self/task``), since
    native code starts threads Python does not see (an on-disk query store's background workers), and a
    fork copies their locks too."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return threading.active_count() == 1


def _context(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """``fork`` in a single-threaded process; else ``spawn`` when the call can be pickled; else ``None``.

    A fork copies locks other threads may hold (a child could wait on them forever), so a process
    with threads (a test runner, an application) starts a fresh interpreter instead.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _single_threaded():
        return multiprocessing.get_context("fork")
    try:
        pickle.dumps((fn, args, kwargs))
    except Exception:
        return None
    return multiprocessing.get_context("spawn")


def call_with_deadline(fn: Callable[..., Any], *args: Any, seconds: float | None, what: str, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)``, stopped with :class:`OfflineError` when it takes longer than ``seconds``.

    The call runs in a child process (native code such as a query engine
    cannot be interrupted otherwise), so its memory is returned when it is
    stopped: forked from a single-threaded process, else spawned
    (:func:`_context`). ``seconds`` of ``None`` or ``0``, or a call that can
    neither be forked safely nor pickled, runs here without a deadline.

    >>> call_with_deadline(sum, [1, 2], seconds=10, what="a sum")
    3
    >>> import time
    >>> call_with_deadline(time.sleep, 5, seconds=0.2, what="a nap")
    Traceback (most recent call last):
      ...
    kg.offline.OfflineError: a nap did not finish within 0.2 s (give a larger --timeout, or --timeout 0 for none)
    """
    ctx = _context(fn, args, kwargs) if seconds else None
    if ctx is None:
        return fn(*args, **kwargs)
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, fn, args, kwargs), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(seconds):
            raise OfflineError(
                f"{what} did not finish within {seconds:g} s (give a larger --timeout, or --timeout 0 for none)"
            )
        ok, value = recv.recv()
    except EOFError:
        proc.join()
        raise OfflineError(f"{what} stopped without an answer (exit code {proc.exitcode}; out of memory?)") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()
    if ok:
        return value
    raise value
