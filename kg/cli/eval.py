"""``kg eval``: score kg's extraction against a gold file."""

from __future__ import annotations

import json

import click

from kg.build import extract_corpus
from kg.cli.app import home_city_option, lexicon_option, main, progress_bar, quiet_option, settings, warn_skip
from kg.eval import Score, format_table, load_gold, score
from kg.readwrite.jsonl import jsonl_records, read_jsonl
from kg.resolve import resolve


@main.command("eval")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--gold",
    "gold_paths",
    required=True,
    multiple=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="Gold standard JSON (format: docs/eval-format.md). Repeat to score one extraction against "
    "several golds (e.g. the dev and check parts of a corpus): one table each.",
)
@click.option(
    "--system",
    "system_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Score this `kg extract --format jsonl` output instead of extracting from PATHS.",
)
@click.option("--errors", is_flag=True, help="Also list every miss and false alarm.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@home_city_option
@lexicon_option
@quiet_option
@click.pass_context
def eval_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    gold_paths: tuple[str, ...],
    system_path: str | None,
    errors: bool,
    as_json: bool,
    home_city: str | None,
    lexicons: tuple[str, ...],
    quiet: bool,
) -> None:
    """Extract from PATHS (default: seeds/) and score the result against a gold file.

    Prints precision, recall and F1 per category: officials, other persons,
    places, organisations, projects, designations (the last three also
    leniently), positions and relations.

    \b
    Examples:
      kg eval --gold tests/fixtures/other_paper/gold.json tests/fixtures/other_paper/pages
      kg eval --gold gold.json pages/ --errors
      kg eval --gold gold.json --system extracted.jsonl
      kg eval --gold real/dev.json --gold real/check.json real/pages/dev real/pages/check
    """
    config = settings(ctx, lexicons=list(lexicons), home_city=home_city)
    golds = [(path, load_gold(path)) for path in gold_paths]
    if system_path:
        records = read_jsonl(system_path)
    else:
        kb = resolve(
            extract_corpus(
                list(paths) or ["seeds"],
                on_skip=warn_skip(quiet),
                progress=progress_bar(quiet, "extracting"),
                home_city=config.value("home_city"),
            )
        )
        records = list(jsonl_records(kb))
    tables = [(path, score(gold, records)) for path, gold in golds]
    if as_json:
        payload = {path: [_row(s) for s in scores] for path, scores in tables}
        # one gold: the list of rows, as before; several: {gold path: rows}
        click.echo(
            json.dumps(next(iter(payload.values())) if len(tables) == 1 else payload, ensure_ascii=False, indent=1)
        )
        return
    for i, (path, scores) in enumerate(tables):
        if len(tables) > 1:
            click.echo(("\n" if i else "") + f"== {path}")
        click.echo(format_table(scores, errors=errors))


def _row(s: Score) -> dict:
    return {
        "category": s.category,
        "gold": s.gold,
        "system": s.system,
        "tp": s.tp,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
    }
