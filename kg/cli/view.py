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
@click.option("--print", "print_only", is_flag=True, help="Print the path of graph.html instead of opening it.")
def view(output_dir: Path | None, print_only: bool) -> None:
    """Open OUTPUT_DIR/graph.html (default: kg.toml's output folder, else output/) in the default web browser.

    \b
    The page works offline: search by name, alias or pinyin, filter by type,
    document or date, click a node to highlight its neighbourhood. Prints the
    path instead with --print, or when no browser is available.

    \b
    Examples:
      kg view
      kg view out/2021
      kg view --print
    """
    page = output_path(output_dir and str(output_dir)) / "graph.html"
    if not page.is_file():
        raise InputError(str(page), "no such file; run `kg build` first (or pass the folder it wrote to)")
    if print_only or not open_in_browser(page):
        click.echo(str(page.resolve()))
        return
    click.echo(f"opened {page.resolve()}")
