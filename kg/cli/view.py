"""``kg view``: open the interactive graph view (``graph.html``) in the default browser."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from kg.cli.app import main, output_path
from kg.errors import InputError


def open_in_browser(path: Path) -> bool:
    """Open ``path`` in the default browser; False when there is none (headless machine, no display)."""
    try:
        return bool(webbrowser.get().open(path.resolve().as_uri()))
    except webbrowser.Error:
        return False


@main.command()
@click.argument("output_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--print", "print_only", is_flag=True, help="Print the path of the page instead of opening it.")
@click.option(
    "--focus",
    metavar="NAME",
    help="Write and open OUTPUT_DIR/focus-NAME.html: this entity (name, alias, pinyin or id) and its neighbours.",
)
@click.option(
    "--depth", type=click.IntRange(min=1, max=5), default=1, show_default=True, help="Steps from the --focus entity."
)
def view(output_dir: Path | None, print_only: bool, focus: str | None, depth: int) -> None:
    """Open OUTPUT_DIR/graph.html (default: kg.toml's output folder, else output/) in the default web browser.

    \b
    The page works offline: search by name, alias or pinyin, filter by type,
    document or date, click a node to highlight its neighbourhood. Prints the
    path instead with --print, or when no browser is available. With --focus,
    writes and opens a page of one entity's neighbourhood (an ego network).

    \b
    Examples:
      kg view
      kg view out/2021
      kg view --print
      kg view --focus 张三 --depth 2
    """
    folder = output_path(output_dir and str(output_dir))
    if focus is not None:
        from kg.query.loader import load
        from kg.viz.focus import write_focus_html

        page, H = write_focus_html(load(folder), focus, folder, depth=depth)
        click.echo(f"wrote {page} ({H.number_of_nodes()} nodes, {H.number_of_edges()} edges)")
    else:
        page = folder / "graph.html"
    if not page.is_file():
        raise InputError(str(page), "no such file; run `kg build` first (or pass the folder it wrote to)")
    if print_only or not open_in_browser(page):
        click.echo(str(page.resolve()))
        return
    click.echo(f"opened {page.resolve()}")
