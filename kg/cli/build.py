"""``kg build``: the whole pipeline, from pages to graph files."""

from __future__ import annotations

import click

from kg.build import build as run_build
from kg.cache import default_cache_dir
from kg.cli.app import home_city_option, lexicon_option, main, progress_bar, quiet_option, settings, warn, warn_skip
from kg.readwrite.outputs import DEFAULT_OUTPUTS, OUTPUT_NAMES, OUTPUTS
from kg.vocab import DEFAULT_BASE_IRI, DEFAULT_MAX_NODES


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Folder to write the graph files into (created if missing; default: output/, or kg.toml's output).",
)
@click.option(
    "--base-iri",
    help=f"Base IRI of the RDF's entities and documents (absolute, ending in / or #; default: {DEFAULT_BASE_IRI}).",
)
@click.option("--strict", is_flag=True, help="Stop at the first unreadable file instead of skipping it.")
@click.option(
    "--html-max-nodes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    help="Draw at most N nodes in graph.html (the best-connected; the page says how many were left out).",
)
@click.option(
    "--html-focus",
    "html_focus",
    metavar="NAME",
    multiple=True,
    help="Also write focus-NAME.html: the view of this entity and its neighbours (repeatable; see `kg view --focus`).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction  [default: all cores, when the corpus is large enough to gain].",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Keep per-document extractions here; unchanged pages are not extracted again  "
    "[default: $KG_CACHE_DIR, else ~/.cache/kg].",
)
@click.option("--no-cache", is_flag=True, help="Extract every page again; neither read nor write the cache.")
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    default=None,
    help="Extract on a Dask distributed cluster (scheduler address, e.g. tcp://10.0.0.5:8786); needs kg-cn[dask].",
)
@click.option(
    "--formats",
    metavar="LIST",
    help=f"Comma-separated files to write: {', '.join(OUTPUT_NAMES)}  [default: {','.join(DEFAULT_OUTPUTS)}].",
)
@home_city_option
@lexicon_option
@quiet_option
@click.pass_context
def build(
    ctx: click.Context,
    paths: tuple[str, ...],
    out_dir: str | None,
    base_iri: str | None,
    strict: bool,
    html_max_nodes: int,
    html_focus: tuple[str, ...],
    jobs: int | None,
    cache_dir: str | None,
    no_cache: bool,
    dask_address: str | None,
    formats: str | None,
    home_city: str | None,
    lexicons: tuple[str, ...],
    quiet: bool,
) -> None:
    """Build the knowledge graph from PATHS (files, folders or globs; default: seeds/).

    A folder contributes its .txt, .md, .html/.htm and .pdf files (web pages: their
    main text, title and date; PDFs: their text layer).

    \b
    Writes into the output folder (atomically; an interrupted build keeps the previous files):
    {outputs}

    \b
    Examples:
      kg build
      kg build pages/2021/ -o out/2021
      kg build saved-pages/ epaper/2024-05-16.pdf
      kg build 'archive/**/*.txt' --strict
      kg build big-archive/ --html-max-nodes 500
      kg build --html-focus 张三                # also output/focus-张三.html
      kg build --base-iri https://example.org/kg/
      kg build other-paper/ --home-city 衡阳市
      kg build archive/ -j 4                    # four worker processes
      kg build archive/ --dask tcp://10.0.0.5:8786
    """
    config = settings(
        ctx,
        output=out_dir,
        base_iri=base_iri,
        lexicons=list(lexicons),
        home_city=home_city,
        formats=[f.strip() for f in formats.split(",") if f.strip()] if formats else None,
    )
    result = run_build(
        list(paths) or ["seeds"],
        config.value("output"),
        strict=strict,
        on_skip=warn_skip(quiet),
        progress=progress_bar(quiet, "extracting"),
        html_max_nodes=html_max_nodes,
        base=config.value("base_iri"),
        home_city=config.value("home_city"),
        formats=config.value("formats"),
        jobs=jobs,
        cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
        dask=dask_address,
        on_warning=warn(quiet),
    )
    focus_pages = []
    if html_focus:
        from kg.viz import write_focus_html

        focus_pages = [write_focus_html(result.graph, name, config.value("output"))[0] for name in html_focus]
    if quiet:
        return
    summary = result.summary
    if not summary:  # a stamp of an older kg: count from the graph
        from kg.build import summarise

        summary = summarise(result.kb, result.graph)
    click.echo(
        f"{summary['documents']} documents"
        + (f" ({len(result.skipped)} skipped)" if result.skipped else "")
        + (f" ({result.cached} from cache)" if result.cached else "")
        + f" → {summary['entities']} entities, {summary['relations']} relations in {result.seconds:.1f} s"
    )
    click.echo("  " + ", ".join(f"{t} {n}" for t, n in sorted(summary["types"].items())))
    for p in result.outputs:
        click.echo(f"  {'up to date' if result.kept else 'wrote'} {p}")
    for p in focus_pages:
        click.echo(f"  wrote {p}")


def _outputs_help() -> str:
    """The lines of ``kg build --help`` that list the files written by default (from :data:`OUTPUTS`)."""
    return "\n".join(f"  {o.filename:<14} {o.description}" for o in OUTPUTS if o.default)


build.help = (build.help or "").replace("{outputs}", _outputs_help().replace("\n", "\n    "), 1)
