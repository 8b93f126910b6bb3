"""The ``kg`` click group, shared options, and error reporting."""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.config import Settings, load_settings
from kg.data import lexicon
from kg.errors import InputError, KGError, OutputError

__all__ = [
    "KGGroup",
    "excel_option",
    "home_city_option",
    "lexicon_option",
    "main",
    "output_path",
    "progress_bar",
    "quiet_option",
    "settings",
    "warn",
    "warn_skip",
]


COMMANDS: dict[str, str] = {
    "build": "Build the knowledge graph from PATHS (files, folders or globs; default: seeds/).",
    "config": "Print the effective configuration and the source of each value.",
    "eval": "Extract from PATHS (default: seeds/) and score the result against a gold file.",
    "export": "Export the built graph for other tools.",
    "extract": "Extract entities, mentions and relations from PATHS and print them.",
    "push": "Send GRAPH_FILE (default: graph.ttl in kg.toml's output folder, else output/) to a SPARQL server.",
    "query": "Ask the built graph questions: who holds a post, a place's designations, a person's posts.",
    "sparql": "Run a SPARQL SELECT QUERY over the graph: a shipped query's name, a .rq file, or the query text.",
    "validate": "Validate DATA (an RDF file, or a build's folder: its graph.ttl) against kg's SHACL shapes "
    "(kg/shapes/kg.ttl).",
    "view": "Open OUTPUT_DIR/graph.html (default: kg.toml's output folder, else output/) in the default web browser.",
}
"""Command name → its one-line help. Each command lives in ``kg.cli.<name>`` and is imported when it runs,
so ``kg --help`` and ``kg --version`` load neither jieba nor the extractors (a test keeps the lines equal
to the commands' docstrings)."""


class KGGroup(click.Group):
    """A group that reports a :class:`KGError` as one line and an exit code, never a traceback.

    Commands are loaded lazily from :data:`COMMANDS` (``kg.cli.<name>`` registers itself on ``main``).
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"kg.cli.{cmd_name}")
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.commands.get(name) or click.Command(name, help=COMMANDS[name])
            rows.append((name, cmd.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def load_all(self) -> dict[str, click.Command]:
        """Every command, imported: ``{name: command}``."""
        for name in COMMANDS:
            self.get_command(click.Context(self), name)
        return dict(self.commands)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"kg: error: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted; outputs already written are intact", err=True)
            sys.exit(130)
        except OSError as e:
            if e.filename is not None or e.errno not in _STDOUT_FULL:
                raise  # a broken pipe (click ends quietly), or an error naming a file
            _silence_stdout()
            click.echo(f"kg: error: cannot write the output ({e.strerror or e})", err=True)
            sys.exit(OutputError.exit_code)


_STDOUT_FULL = frozenset({errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT})
"""Write errors without a file name (standard output ``> /dev/full``, or a full disk under another
write) that get one error line, not a traceback."""


def _silence_stdout() -> None:
    """Point standard output at the null device: the interpreter's last flush must not fail again."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


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
    kg reads newspaper pages (OCR'd .txt or .md in UTF-8 or GB18030, saved
    web pages .html/.htm, e-paper PDFs with a text layer) and extracts
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
    if "home_city" in flags:
        _check_home_city(result.value("home_city"))
    return result


def _check_home_city(city: str | None) -> None:
    """One warning when the home city is no division kg knows (a typo: 株州市 for 株洲市)."""
    if not city:
        return
    from kg.data.gazetteer import Gazetteer

    if not Gazetteer.load().lookup(city):
        click.echo(
            f"kg: warning: home city {city} is no division kg knows (a typo?); "
            f"bare 市委/市长 are read as {city}'s all the same",
            err=True,
        )


def output_path(given: str | None, file: str | None = None) -> Path:
    """What a command that reads a build reads: ``given`` if any, else the output folder of the settings.

    A folder stands for its ``file`` (``graph.ttl`` …) when ``file`` is given, so ``--data out/`` and
    ``--data out/graph.ttl`` are the same; without ``given``, kg.toml's ``output`` (default ``output``) is used.
    """
    if given is None:
        ctx = click.get_current_context()
        given = load_settings(ctx.find_root().obj).value("output")
    path = Path(str(given))
    return path / file if file and path.is_dir() else path


def excel_option(f):
    return click.option(
        "--excel",
        is_flag=True,
        help="Start CSV/TSV with a UTF-8 byte-order mark, so Excel shows Chinese correctly (default: plain UTF-8).",
    )(f)


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
