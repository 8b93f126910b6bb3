"""``kg export``: the graph in formats other tools take (a Wikidata proposal)."""

from __future__ import annotations

import click

from kg.cli.app import excel_option, main, output_path


@main.group()
def export() -> None:
    """Export the built graph for other tools.

    \b
    Examples:
      kg export wikidata > proposal.csv
      kg export wikidata --format json --graph out/
    """


@export.command()
@click.option(
    "--graph",
    "--data",
    "graph_path",
    type=click.Path(path_type=str),
    help="The build's output folder, or its graph.graphml / graph.ttl (default: kg.toml's output, else output/).",
)
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@excel_option
def wikidata(graph_path: str | None, fmt: str, excel: bool) -> None:
    """Positions held, as a Wikidata proposal to review: P39, P580/P582, P1001 + P442, P1683 quote.

    \b
    One row per person and post: the person (P31 Q5), P39 position held (name
    and English label), P580 start / P582 end time where a page says the
    person was appointed, elected or removed, P1001 jurisdiction with its
    P442 division code, the first and last page that observed it, and the
    evidence sentence as P1683 quote. Nothing is uploaded: reconcile the
    columns with Wikidata items (OpenRefine), check each row against its
    quote, then upload. See docs/wikidata.md.

    \b
    Examples:
      kg export wikidata > proposal.csv
      kg export wikidata --excel > proposal.csv      # for Excel
      kg export wikidata --format json --graph out/
    """
    from kg.query import load
    from kg.readwrite.wikidata import wikidata_csv, wikidata_json

    G = load(output_path(graph_path))
    text = wikidata_csv(G) if fmt == "csv" else wikidata_json(G)
    stream = click.get_binary_stream("stdout")
    stream.write((b"\xef\xbb\xbf" if excel and fmt == "csv" else b"") + text.encode("utf-8"))
    stream.flush()
