"""``kg validate``: check the graph's RDF against kg's SHACL shapes."""

from __future__ import annotations

import sys

import click

from kg.cli.app import main


@main.command()
@click.argument("data", default="output/graph.ttl", required=False)
@click.option("--limit", default=50, show_default=True, help="Print at most this many violations.")
def validate(data: str, limit: int) -> None:
    """Validate DATA (default output/graph.ttl) against kg's SHACL shapes (kg/shapes/kg.ttl).

    Exits 0 when the graph conforms, 1 when it does not (one line per violation).

    \b
    Examples:
      kg validate
      kg validate out/graph.ttl
      kg validate out/graph.jsonld --limit 10
    """
    from kg.shapes import validate as run

    report = run(data)
    click.echo(f"{data}: " + report.summary(limit))
    sys.exit(0 if report.conforms else 1)
