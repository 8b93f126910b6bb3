"""``kg sparql``: run a SPARQL query (a shipped one by name, a .rq file, or text) over the built graph."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path
from typing import Any

import click

from kg.cli.app import excel_option, main, output_path
from kg.sparql import ENGINES, RESULT_FORMATS, QueryError, project_away, query, query_results_bounded, shipped_queries


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\n", " ")


def format_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> str:
    """Rows as an aligned table (CJK characters count double), CSV or a JSON list of objects.

    >>> print(format_rows([{"name": "张三", "n": 2}], ["name", "n"], "table"))
    name  n
    ----  -
    张三  2
    """
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[_cell(r.get(c)) for c in columns] for r in rows])
        return out.getvalue().rstrip("\n")
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([_width(c), *(_width(row[i]) for row in cells)]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)])


@main.command()
@click.argument("query_arg", metavar="QUERY", required=False)
@click.option(
    "--data",
    "--graph",
    "data",
    help="The RDF file to query, or a build's folder (its graph.ttl)  [default: graph.ttl in kg.toml's output, "
    "else output/].",
)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (repeatable).")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", *RESULT_FORMATS, "records"]),
    default="table",
    show_default=True,
    help="table: aligned columns; json, xml, csv, tsv: the W3C SPARQL 1.1 results formats (application/"
    "sparql-results+json …); records: a JSON list of objects, one per row (as kg query --format json).",
)
@excel_option
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="oxigraph-disk",
    show_default=True,
    help="oxigraph-disk keeps a store next to the data (graph.oxigraph/), rebuilt when the file changes; "
    "oxigraph loads into memory; rdflib is slow but pure Python.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60,
    show_default=True,
    metavar="SECONDS",
    help="Stop a query that runs longer than this (0: no limit). SERVICE clauses are always refused.",
)
@click.option(
    "--limit-rows",
    type=click.IntRange(min=0),
    default=100_000,
    show_default=True,
    metavar="N",
    help="Print at most N rows (0: no limit); the rows beyond are never read, and a line on stderr says the "
    "result was cut. Add LIMIT to the query for fewer.",
)
@click.option("--list", "list_", is_flag=True, help="List the shipped example queries and their parameters.")
def sparql(
    query_arg: str | None,
    data: str | None,
    params: tuple[str, ...],
    fmt: str,
    excel: bool,
    engine: str,
    timeout: float,
    limit_rows: int,
    list_: bool,
) -> None:
    """Run a SPARQL SELECT QUERY over the graph: a shipped query's name, a .rq file, or the query text.

    Values given with -p are bound as parameters (never pasted into the
    query), so names with quotes are safe; a place may be given by its short
    name (-p place=株洲 finds 株洲市). kg's prefixes (kg:, schema:, org:,
    prov:, dcterms:, skos:, rdf:, xsd:) are predeclared. --format json, xml,
    csv and tsv are the W3C SPARQL 1.1 results formats; --excel starts CSV/TSV
    with a byte-order mark for Excel. A result longer than --limit-rows is
    cut there, with a line on stderr; the exit code is still 0.

    \b
    Examples:
      kg sparql --list
      kg sparql officials
      kg sparql holders -p post=市长 -p on=2021-03-14
      kg sparql evidence -p person=张三 -p post=市长 --format json
      kg sparql designations -p place=株洲 --format csv --excel > designations.csv
      kg sparql my-query.rq --data out/ --format csv
      kg sparql 'SELECT ?name WHERE { ?p a schema:Person ; skos:prefLabel ?name }'
    """
    queries = shipped_queries()
    if list_:
        for q in queries.values():
            click.echo(f"{q.name:<14}{q.title}")
            for name, desc in q.params.items():
                click.echo(f"{'':<16}-p {name}=…  {desc}")
        return
    if not query_arg:
        raise QueryError("give a QUERY (a shipped query's name, a .rq file or SPARQL text); see kg sparql --list")
    bindings: dict[str, str] = {}
    for p in params:
        name, eq, value = p.partition("=")
        if not eq or not name.isidentifier():
            raise QueryError(f"bad parameter {p!r}: expected NAME=VALUE (example: -p post=市长)")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # bytes of another encoding in argv, kept as surrogates
            raise QueryError(f"bad parameter {p!r}: the value is not valid UTF-8") from None
        bindings[name] = value
    hidden: set[str] = set()
    if query_arg in queries:
        q = queries[query_arg]
        if missing := [p for p in q.required if p not in bindings]:
            raise QueryError(f"query {q.name!r} needs " + ", ".join(f"-p {m}=…" for m in missing))
        if unknown := sorted(set(bindings) - set(q.params)):
            raise QueryError(f"query {q.name!r} has no parameter {unknown[0]!r} (it takes: {', '.join(q.params)})")
        text, hidden = project_away(q.text, q.params), set(q.params)
    elif query_arg.endswith(".rq") and "{" not in query_arg:
        path = Path(query_arg)
        if not path.is_file():
            raise QueryError(f"{query_arg}: no such query file, and no shipped query of that name (kg sparql --list)")
        text = path.read_text(encoding="utf-8")
    elif "{" in query_arg:
        text = query_arg
    else:
        raise QueryError(f"{query_arg!r} is not a shipped query (see kg sparql --list), a .rq file or SPARQL text")
    path = str(output_path(data, "graph.ttl"))
    bound = limit_rows or None
    if fmt in RESULT_FORMATS:
        out, cut = query_results_bounded(path, text, bindings, engine, fmt, timeout=timeout, max_rows=bound)
        stream = click.get_binary_stream("stdout")
        stream.write((b"\xef\xbb\xbf" if excel and fmt in {"csv", "tsv"} else b"") + out)
        if not out.endswith(b"\n"):
            stream.write(b"\n")
        stream.flush()
        _say_cut(cut, limit_rows)
        return
    rows = query(path, text, bindings, engine=engine, timeout=timeout, max_rows=bound and bound + 1)
    cut = bound is not None and len(rows) > bound
    columns = [c for c in (rows[0] if rows else {}) if c not in hidden]
    rows = [{c: r[c] for c in columns} for r in rows[:bound]]
    if fmt == "table" and not rows:
        click.echo("(no results)")
        return
    click.echo(format_rows(rows, columns, "json" if fmt == "records" else fmt))
    _say_cut(cut, limit_rows)


def _say_cut(cut: bool, limit: int) -> None:
    """One line on stderr when the result was cut at ``--limit-rows``."""
    if cut:
        click.echo(
            f"kg: warning: the result was cut at {limit:,} rows (--limit-rows); "
            "give a larger --limit-rows, 0 for none, or add LIMIT/filters to the query",
            err=True,
        )
