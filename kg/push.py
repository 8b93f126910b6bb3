"""Send a graph file to a SPARQL server over the SPARQL 1.1 Graph Store Protocol.

The endpoint is the server's Graph Store Protocol URL: ``http://host:7878/store``
for Oxigraph, ``http://host:3030/DATASET/data`` for Fuseki, ``…/rdf-graph-store``
for GraphDB. ``PUT`` replaces the target graph, ``POST`` (``append=True``)
adds to it; the target is the default graph unless ``graph`` names one. The
local file is only read.

>>> target_url("http://127.0.0.1:7878/store")
'http://127.0.0.1:7878/store?default'
>>> target_url("http://127.0.0.1:3030/ds/data", "https://example.org/g/2021")
'http://127.0.0.1:3030/ds/data?graph=https%3A%2F%2Fexample.org%2Fg%2F2021'
>>> media_type("output/graph.ttl")
'text/turtle'
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError
from kg.readwrite.outputs import OUTPUTS

__all__ = ["MEDIA_TYPES", "PushError", "PushResult", "media_type", "push", "target_url"]

MEDIA_TYPES = {
    **{s: o.media_type for o in OUTPUTS if o.rdf is not None for s in o.rdf.suffixes},
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".xml": "application/rdf+xml",
    ".n3": "text/n3",
}
"""Graph file suffix → media type sent as ``Content-Type`` (triples formats: GSP stores one graph): kg's own
RDF outputs (:data:`kg.readwrite.outputs.OUTPUTS`) and RDF/XML, N3."""


class PushError(KGError):
    """The graph could not be sent, or the server refused it."""

    exit_code = 3


@dataclass(frozen=True)
class PushResult:
    """What was sent where, and the server's answer."""

    url: str
    method: str
    status: int
    bytes: int


def target_url(endpoint: str, graph: str | None = None) -> str:
    """The Graph Store Protocol URL of the default graph, or of the named ``graph``."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(
            f"{endpoint}: not an http(s) URL; give the server's Graph Store endpoint, e.g. http://host:7878/store"
        )
    if "@" in parts.netloc:  # never echo a password; urllib would not send it anyway
        bare = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        raise PushError(
            f"{bare}: the endpoint URL holds a user name or password (shown here without them); "
            "kg push does not send credentials: give the URL without user:password@"
        )
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return urllib.parse.urlunsplit(parts._replace(query=(parts.query + "&" if parts.query else "") + query))


def media_type(path: str | os.PathLike[str]) -> str:
    """The media type of a graph file, from its suffix."""
    suffix = Path(path).suffix.lower()
    try:
        return MEDIA_TYPES[suffix]
    except KeyError:
        known = ", ".join(sorted(MEDIA_TYPES))
        raise PushError(f"{path}: unknown graph format {suffix or '(no suffix)'!r}; use one of {known}") from None


def push(
    path: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    append: bool = False,
    timeout: float = 60.0,
) -> PushResult:
    """PUT (replace) or POST (``append``) the graph file at ``path`` to ``endpoint``.

    Raises :class:`PushError` when the file cannot be read, the server cannot be reached or refuses.
    """
    url = target_url(endpoint, graph)
    ctype = media_type(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        f = p.open("rb")
    except FileNotFoundError:
        raise PushError(f"{p}: no such file; run `kg build` first or name the graph file") from None
    except OSError as e:
        raise PushError(f"{p}: cannot be read: {e.strerror or e}") from None
    method = "POST" if append else "PUT"
    headers = {"Content-Type": f"{ctype}; charset=utf-8", "Content-Length": str(size)}
    with f:
        status = _exchange(url, method, f, headers, timeout)
    return PushResult(url, method, status, size)


_MAX_REPLY = 1 << 20


def _exchange(url: str, method: str, body: BinaryIO, headers: dict[str, str], timeout: float) -> int:
    """Send ``body`` and read a bounded reply, all within ``timeout`` seconds; the reply's status.

    A timer shuts the connection's socket down at the deadline, so a server
    that answers a byte at a time cannot stretch the exchange (a socket
    timeout alone bounds only each read).
    """
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = connection(parts.hostname or "", parts.port, timeout=timeout)
    expired = threading.Event()

    def stop() -> None:
        expired.set()
        if conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(timeout, stop)
    timer.daemon = True
    timer.start()
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    try:
        conn.request(method, target, body=body, headers=headers)
        response = conn.getresponse()
        reply = response.read(_MAX_REPLY)  # the reply is not used: a bounded part of it, never all of a huge one
        if expired.is_set():
            raise TimeoutError
        if response.status >= 300:
            detail = _first_line(reply)
            raise PushError(f"{url}: the server refused the graph: HTTP {response.status} {response.reason}{detail}")
        return response.status
    except PushError:
        raise
    except TimeoutError:
        raise PushError(f"{url}: no complete answer within {timeout:g} s") from None
    except (ConnectionRefusedError, socket.gaierror) as e:
        raise PushError(f"{url}: cannot reach the server: {_reason(e)}") from None
    except (http.client.HTTPException, OSError) as e:
        if expired.is_set():
            raise PushError(f"{url}: no complete answer within {timeout:g} s") from None
        raise PushError(f"{url}: connection failed: {_reason(e)}") from None
    finally:
        timer.cancel()
        conn.close()


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


def _first_line(body: bytes) -> str:
    """The first line of the server's error body, if it sent one."""
    text = body[:2000].decode("utf-8", "replace").strip()
    first = text.splitlines()[0].strip() if text else ""
    return f" ({first[:200]})" if first else ""
