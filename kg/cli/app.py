"""The ``kg`` click group, shared options, and error reporting."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import click

from kg import __version__
from kg.errors import InputError, KGError

__all__ = ["Context", "KGGroup", "main", "progress_bar", "quiet_option", "warn_skip"]


class KGGroup(click.Group):
    """A group that reports a :class:`KGError` as one line and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"kg: error: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted; outputs already written are intact", err=True)
            sys.exit(130)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph from Chinese government news.

    \b
    kg reads OCR'd newspaper pages (UTF-8 or GB18030 .txt files) and extracts
    officials and their posts, other persons, places (with division codes),
    organisations, projects, pilot/demonstration-city designations and
    meetings, every fact traceable to the sentence it came from.

    \b
    Start here:
      kg build                      # seeds/ -> output/graph.ttl, .html, .graphml, .jsonl
      kg build pages/ -o out/       # your own pages
      kg extract seeds/*.txt        # JSON lines of entities, mentions, relations

    Run `kg COMMAND --help` for each command's options and examples.
    """


def quiet_option(f):
    return click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")(f)


def warn_skip(quiet: bool):
    """A callback that prints one warning line for a skipped input file."""

    def on_skip(e: InputError) -> None:
        click.echo(f"kg: warning: skipped {e}", err=True)

    return on_skip


def progress_bar(quiet: bool, label: str):
    """A tqdm progress bar on stderr after the first second (hidden with --quiet or when stderr is not a terminal)."""

    def wrap(items: Iterable) -> Iterable:
        if quiet:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=label, unit="doc", file=sys.stderr, disable=None, leave=False, delay=1.0)

    return wrap


Context = click.Context
