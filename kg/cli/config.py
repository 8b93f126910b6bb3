"""``kg config``: the effective settings and where each value came from."""

from __future__ import annotations

import json

import click

from kg.cli.app import main, settings


@main.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print the settings as JSON.")
@click.pass_context
def config_command(ctx: click.Context, as_json: bool) -> None:
    """Print the effective configuration and the source of each value.

    Settings come from built-in defaults, then ./kg.toml (or `kg --config
    FILE`), then each command's flags. A kg.toml looks like:

    \b
      [kg]
      home_city = "衡阳市"
      base_iri = "https://example.org/kg/"
      lexicons = ["lexicon/local.tsv"]
      output = "output"

    \b
    Examples:
      kg config
      kg --config other.toml config --json
    """
    s = settings(ctx)
    if as_json:
        click.echo(
            json.dumps({k: {"value": v, "source": s.source(k)} for k, v in s.values}, ensure_ascii=False, indent=1)
        )
        return
    width = max(len(k) for k, _ in s.values)
    for key, value in s.values:
        shown = json.dumps(value, ensure_ascii=False)
        click.echo(f"{key:<{width}}  {shown}  ({s.source(key)})")
