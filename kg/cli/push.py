"""``kg push``: send the built graph to a SPARQL server (Graph Store Protocol)."""

from __future__ import annotations

import click

from kg.cli.app import main, output_path, quiet_option
from kg.push import push as run_push
from kg.vocab import DEFAULT_BASE_IRI


def _uses_default_base(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return DEFAULT_BASE_IRI.encode() in f.read(1 << 16)
    except OSError:
        return False  # push reports it


@main.command()
@click.argument("graph_file", required=False, type=click.Path())
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The server's Graph Store Protocol URL (Oxigraph: http://HOST:7878/store; Fuseki: http://HOST:3030/DS/data).",
)
@click.option(
    "--graph", "graph_iri", metavar="IRI", default=None, help="Named graph to write  [default: the default graph]."
)
@click.option("--append", is_flag=True, help="Add to the graph (HTTP POST) instead of replacing it (HTTP PUT).")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True, help="Seconds for the whole exchange."
)
@quiet_option
def push(
    graph_file: str | None, endpoint: str, graph_iri: str | None, append: bool, timeout: float, quiet: bool
) -> None:
    """Send GRAPH_FILE (default: graph.ttl in kg.toml's output folder, else output/) to a SPARQL server.

    \b
    PUT replaces the target graph, --append POSTs into it. The local file is
    only read; an unreachable server or a refusal (HTTP 4xx/5xx) is one line
    on stderr and exit code 3.

    \b
    Examples:
      oxigraph serve --location kg-store &      # pip install oxigraph
      kg push --endpoint http://127.0.0.1:7878/store
      kg push out/graph.ttl --endpoint http://127.0.0.1:3030/ds/data --graph https://example.org/kg/2021
      kg push --endpoint http://127.0.0.1:7878/store --append
    """
    result = run_push(
        str(output_path(graph_file, "graph.ttl")), endpoint, graph=graph_iri, append=append, timeout=timeout
    )
    if not quiet:
        verb = "appended to" if append else "replaced"
        target = f"graph <{graph_iri}>" if graph_iri else "the default graph"
        click.echo(f"{verb} {target} at {endpoint}: {result.bytes:,} bytes sent, HTTP {result.status}")
    if not quiet and _uses_default_base(graph_file):
        click.echo(
            f"kg: warning: {graph_file} uses kg's default base IRI {DEFAULT_BASE_IRI}, shared by every user; "
            "rebuild with --base-iri (an IRI you control) before publishing",
            err=True,
        )
