"""``kg extract``: print what kg finds, as JSON lines (the scorer's format) or a table."""

from __future__ import annotations

import click

from kg.build import extract_corpus
from kg.cli.app import home_city_option, lexicon_option, main, progress_bar, quiet_option, settings, warn, warn_skip
from kg.readwrite.jsonl import iter_jsonl, jsonl_records
from kg.resolve import resolve


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line (entity, mention, relation); table: relations, readable.",
)
@click.option("--strict", is_flag=True, help="Stop at the first unreadable file instead of skipping it.")
@home_city_option
@lexicon_option
@quiet_option
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    strict: bool,
    home_city: str | None,
    lexicons: tuple[str, ...],
    quiet: bool,
) -> None:
    """Extract entities, mentions and relations from PATHS and print them.

    \b
    The jsonl format is the one documented in the README (and read by
    evaluation scorers): entity records once per entity, mention records
    with character offsets into the original file, relation records with
    the evidence sentence.

    \b
    Examples:
      kg extract seeds/*.txt --format jsonl > seeds.jsonl
      kg extract page.txt --format table
      kg extract saved-page.html epaper.pdf --format table
      kg extract page.txt --home-city 衡阳市
    """
    config = settings(ctx, lexicons=list(lexicons), home_city=home_city)
    kb = resolve(
        extract_corpus(
            paths,
            strict=strict,
            on_skip=warn_skip(quiet),
            progress=progress_bar(quiet, "extracting"),
            home_city=config.value("home_city"),
            on_warning=warn(quiet),
        )
    )
    if fmt == "jsonl":
        for line in iter_jsonl(kb):
            click.echo(line)
        return
    names = {e.id: e.name for e in kb.entities}
    for rec in jsonl_records(kb):
        if rec["record"] == "relation":
            obj = names.get(rec["object"], rec["object"])
            subject = names.get(rec["subject"], rec["subject"])
            click.echo(f"{rec['doc']}\t{subject}\t{rec['predicate']}\t{obj}\t{rec['evidence']}")
