"""``kg validate``: check the graph's RDF against kg's SHACL shapes."""

from __future__ import annotations

import sys

import click

from kg.cli.app import main, output_path


@main.command()
@click.argument("data", required=False)
@click.option("--limit", default=50, show_default=True, help="Print at most this many violations.")
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "pyshacl"]),
    default="oxigraph",
    show_default=True,
    help="oxigraph: the shapes run as SPARQL (seconds); pyshacl: the reference SHACL engine (minutes on big graphs).",
)
def validate(data: str | None, limit: int, engine: str) -> None:
    """Validate DATA (an RDF file, or a build's folder: its graph.ttl) against kg's SHACL shapes (kg/shapes/kg.ttl).

    Without DATA, the graph.ttl in kg.toml's output folder (default output/).

    Exits 0 when the graph conforms, 1 when it does not (one line per violation).

    \b
    Examples:
      kg validate
      kg validate out/
      kg validate out/graph.ttl
      kg validate out/graph.jsonld --limit 10
      kg validate out/ --engine pyshacl
    """
    from kg.shapes import validate as run

    data = str(output_path(data, "graph.ttl"))
    report = run(data, engine=engine)
    click.echo(f"{data}: " + report.summary(limit))
    sys.exit(0 if report.conforms else 1)
