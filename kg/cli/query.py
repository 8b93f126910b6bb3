"""``kg query``: ask a built graph the common questions from the shell (a few lines over :mod:`kg.query`)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import click

import kg.query as q
from kg.cli.app import excel_option, main, output_path
from kg.query.results import Result, records
from kg.vocab import DesignationStatus

__all__ = ["query"]

# Table columns per result type (json and csv carry every field).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "Holder": ("name", "title", "jurisdiction", "first_seen", "last_seen", "doc", "evidence"),
    "Observation": ("title", "body", "jurisdiction", "tense", "date", "doc", "evidence"),
    "Designated": ("name", "status", "level", "batch", "year", "place", "date", "doc", "evidence"),
    "Located": ("name", "place", "via", "doc", "evidence"),
    "Match": ("id", "type", "name", "matched", "how", "score"),
    "Official": ("name", "titles", "first_seen", "last_seen", "id"),
    "MeetingRole": ("name", "role", "date", "doc", "evidence"),
    "CoAttendee": ("name", "meetings", "person"),
    "Fact": ("subject", "predicate", "object", "date", "doc", "evidence"),
}


@main.group()
def query() -> None:
    """Ask the built graph questions: who holds a post, a place's designations, a person's posts.

    \b
    Every command reads the graph `kg build` wrote (default: kg.toml's
    output folder, else output/; give another folder, a graph.graphml or a
    graph.ttl with --graph), and prints a table, JSON or CSV (--format; add
    --excel for a CSV that Excel opens with the right characters). Entities
    may be given by name, alias, pinyin or id.

    \b
    Examples:
      kg query holders 市长 --at 2021-03-14
      kg query designations 株洲 --status awarded
      kg query posts 张三 --format json            # 张三: a person's name as written
      kg query find 毛
    """


def _common(f: Callable) -> Callable:
    f = excel_option(f)
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="table: aligned columns; json: a list of objects with every field; csv: every field.",
    )(f)
    return click.option(
        "--graph",
        "--data",
        "graph_path",
        type=click.Path(path_type=str),
        help="The build's output folder, or its graph.graphml / graph.ttl (default: kg.toml's output, else output/).",
    )(f)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: Any, limit: int = 40) -> str:
    if value is None:
        return ""
    text = "、".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out, used = [], 1  # room for the ellipsis
    for c in text:
        used += _width(c)
        if used > limit:
            break
        out.append(c)
    return "".join(out) + "…"


def render(results: Sequence[Result], fmt: str) -> str:
    """``results`` as a table, JSON or CSV text (what the commands print)."""
    rows = records(results)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows({k: _cell(v, 10**9) for k, v in r.items()} for r in rows)
        return buf.getvalue().rstrip("\n")
    if not rows:
        return ""
    cols = _COLUMNS.get(type(results[0]).__name__, tuple(rows[0]))
    table = [list(cols), *([_cell(r[c]) for c in cols] for r in rows)]
    widths = [max(_width(line[i]) for line in table) for i in range(len(cols))]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    )


def _emit(results: Sequence[Result], fmt: str, what: str, excel: bool = False) -> None:
    text = render(results, fmt)
    if text:
        click.echo(("\ufeff" if excel and fmt == "csv" else "") + text)
    if not results:
        click.echo(f"kg: no {what} found", err=True)


@query.command()
@click.argument("title_or_post")
@click.option("--at", help="A date (YYYY-MM-DD, YYYY-MM or YYYY): who held the post then.")
@click.option("--jurisdiction", "-j", help="Only the post in this place (name or id).")
@_common
def holders(
    title_or_post: str, at: str | None, jurisdiction: str | None, graph_path: str | None, fmt: str, excel: bool
) -> None:
    """Who holds (or held) a post: TITLE_OR_POST as written (市长) or a post id.

    \b
    Without --at, everyone ever observed in the post. With --at, the holder
    at that date: the person observed latest on or before it (a later
    observation of someone else unseats an earlier holder; deputies and
    committee members share a post).

    \b
    Examples:
      kg query holders 市长 --at 2021-03-14
      kg query holders 市委书记 -j 株洲市 --format csv
    """
    G = q.load(output_path(graph_path))
    _emit(q.holders(G, title_or_post, jurisdiction=jurisdiction, at=at), fmt, "holders", excel)


@query.command()
@click.argument("person")
@_common
def posts(person: str, graph_path: str | None, fmt: str, excel: bool) -> None:
    """The posts PERSON holds, every observation with its date and sentence.

    \b
    Examples:
      kg query posts 张三                           # a person's name as written
      kg query posts person/张三 --format json
    """
    G = q.load(output_path(graph_path))
    _emit(q.posts_of(G, person), fmt, "posts", excel)


@query.command()
@click.argument("place")
@click.option(
    "--status", type=click.Choice([s.value for s in DesignationStatus]), help="Only titles won, or only sought."
)
@click.option("--level", help="Only this level (national, provincial …).")
@click.option("--recursive", "-r", is_flag=True, help="Include the designations of places inside PLACE.")
@_common
def designations(
    place: str, status: str | None, level: str | None, recursive: bool, graph_path: str | None, fmt: str, excel: bool
) -> None:
    """The designations PLACE has won (awarded) or works toward (aspiring).

    \b
    Examples:
      kg query designations 株洲
      kg query designations 株洲 --status aspiring --level national
    """
    G = q.load(output_path(graph_path))
    _emit(q.designations_of(G, place, status=status, level=level, recursive=recursive), fmt, "designations", excel)


@query.command()
@click.argument("place")
@click.option("--direct", is_flag=True, help="Only projects located in PLACE itself, not in places inside it.")
@_common
def projects(place: str, direct: bool, graph_path: str | None, fmt: str, excel: bool) -> None:
    """The projects in PLACE, and in the districts and towns inside it.

    \b
    Examples:
      kg query projects 株洲
      kg query projects 天元区 --direct
    """
    G = q.load(output_path(graph_path))
    _emit(q.projects_in(G, place, recursive=not direct), fmt, "projects", excel)


@query.command()
@click.option("--jurisdiction", "-j", help="Only officials holding a post in this place.")
@_common
def officials(jurisdiction: str | None, graph_path: str | None, fmt: str, excel: bool) -> None:
    """Every official in the graph, with the titles seen.

    \b
    Examples:
      kg query officials
      kg query officials -j 株洲市 --format csv > officials.csv
    """
    G = q.load(output_path(graph_path))
    _emit(q.officials(G, jurisdiction=jurisdiction), fmt, "officials", excel)


@query.command()
@click.argument("person")
@_common
def meetings(person: str, graph_path: str | None, fmt: str, excel: bool) -> None:
    """The meetings PERSON chairs or attends.

    \b
    Examples:
      kg query meetings 张三
    """
    G = q.load(output_path(graph_path))
    _emit(q.meetings_of(G, person), fmt, "meetings", excel)


@query.command()
@click.argument("text")
@click.option("--type", "types", multiple=True, help="Only entities of this type (Person, Place …); repeatable.")
@click.option("--limit", default=10, show_default=True, help="At most this many matches.")
@_common
def find(text: str, types: tuple[str, ...], limit: int, graph_path: str | None, fmt: str, excel: bool) -> None:
    """Entities whose name, alias or pinyin matches TEXT (exactly, containing it, or close).

    \b
    Examples:
      kg query find 毛
      kg query find zhuzhou --type Place
    """
    G = q.load(output_path(graph_path))
    _emit(q.find(G, text, types=types, limit=limit), fmt, "matches", excel)


@query.command()
@click.argument("a")
@click.argument("b")
@_common
def path(a: str, b: str, graph_path: str | None, fmt: str, excel: bool) -> None:
    """How A and B are linked: a shortest chain of facts, each with its sentence.

    \b
    Examples:
      kg query path 张三 株洲市
    """
    G = q.load(output_path(graph_path))
    _emit(q.path_between(G, a, b), fmt, "path", excel)
