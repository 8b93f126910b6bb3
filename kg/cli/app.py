"""The ``kg`` click group, shared options, and error reporting."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

import click

from kg import __version__, lexicon
from kg.config import Settings, load_settings
from kg.errors import InputError, KGError

__all__ = [
    "KGGroup",
    "home_city_option",
    "lexicon_option",
    "main",
    "progress_bar",
    "quiet_option",
    "settings",
    "warn",
    "warn_skip",
]


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
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Settings file (default: ./kg.toml when present). See `kg config`.",
)
@click.pass_context
def main(ctx: click.Context, config_path: str | None) -> None:
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
    ctx.obj = config_path


def settings(ctx: click.Context, **flags: Any) -> Settings:
    """Effective settings: defaults < kg.toml (or --config) < this command's flags; user lexicons activated."""
    result = load_settings(ctx.find_root().obj)
    for key, value in flags.items():
        result = result.override({key: value}, "--" + key.replace("_", "-"))
    lexicon.activate(lexicon.load_user_lexicon(result.value("lexicons")))
    return result


def lexicon_option(f):
    return click.option(
        "--lexicon",
        "lexicons",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=str),
        help="A user lexicon file (ENTRY<TAB>TYPE lines; repeatable). See docs/lexicons.md.",
    )(f)


def home_city_option(f):
    return click.option(
        "--home-city",
        "home_city",
        metavar="CITY",
        help="The city a bare 市委/市长/我市 refers to, for every page (e.g. 株洲市; default: kg.toml's "
        "home_city, else the masthead XX日报, else the page's most-mentioned city).",
    )(f)


def quiet_option(f):
    return click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")(f)


def warn_skip(quiet: bool):
    """A callback that prints one warning line for a skipped input file."""

    def on_skip(e: InputError) -> None:
        click.echo(f"kg: warning: skipped {e}", err=True)

    return on_skip


def warn(quiet: bool):
    """A callback that prints one warning line (cache entries ignored, …)."""

    def on_warning(message: str) -> None:
        click.echo(f"kg: warning: {message}", err=True)

    return on_warning


def progress_bar(quiet: bool, label: str):
    """A tqdm progress bar on stderr after the first second (hidden with --quiet or when stderr is not a terminal)."""

    def wrap(items: Iterable) -> Iterable:
        if quiet:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=label, unit="doc", file=sys.stderr, disable=None, leave=False, delay=1.0)

    return wrap
