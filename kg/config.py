"""Settings: built-in defaults, overridden by ``kg.toml``, overridden by command-line flags.

``kg.toml`` lives in the working folder (or is named with ``--config FILE``)::

    [kg]
    home_city = "衡阳市"          # the paper's home city (default: inferred per page)
    base_iri = "https://example.org/kg/"
    formats = ["ttl", "jsonld", "html", "graphml", "jsonl"]
    lexicons = ["lexicon/local.tsv"]   # user lexicons, relative to kg.toml
    output = "output"

Every value remembers where it came from, for ``kg config``.

>>> s = Settings.defaults()
>>> s.value("home_city") is None, s.source("home_city")
(True, 'default')
>>> s2 = s.override({"home_city": "衡阳市"}, "--home-city")
>>> s2.value("home_city"), s2.source("home_city")
('衡阳市', '--home-city')
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.readwrite.outputs import DEFAULT_OUTPUTS, OUTPUT_NAMES

__all__ = ["CONFIG_FILE", "Settings", "defaults", "load_settings"]

CONFIG_FILE = "kg.toml"


@cache
def _defaults() -> dict[str, Any]:
    from kg.vocab import DEFAULT_BASE_IRI

    return {
        "home_city": None,
        "base_iri": DEFAULT_BASE_IRI,
        "formats": list(DEFAULT_OUTPUTS),
        "lexicons": [],
        "output": "output",
    }


def defaults() -> dict[str, Any]:
    """The built-in settings, made on first use (the vocabulary loads rdflib, which ``kg --help`` does not need).

    >>> defaults()["output"]
    'output'
    """
    return dict(_defaults())


_TYPES: dict[str, type | tuple[type, ...]] = {
    "home_city": (str, type(None)),
    "base_iri": str,
    "formats": list,
    "lexicons": list,
    "output": str,
}


@dataclass(frozen=True)
class Settings:
    """Effective settings: ``values`` and, for each key, where it came from."""

    values: tuple[tuple[str, Any], ...]
    sources: tuple[tuple[str, str], ...]

    @classmethod
    def defaults(cls) -> Settings:
        defaults = _defaults()
        return cls(tuple(sorted(defaults.items())), tuple(sorted((k, "default") for k in defaults)))

    def value(self, key: str) -> Any:
        return dict(self.values)[key]

    def source(self, key: str) -> str:
        return dict(self.sources)[key]

    def override(self, values: dict[str, Any], source: str) -> Settings:
        """New settings with ``values`` (``None`` values are ignored) coming from ``source``."""
        v, s = dict(self.values), dict(self.sources)
        for key, value in values.items():
            if value is None or value == () or value == []:
                continue
            if key not in _defaults():
                raise ConfigError(f"{source}: unknown setting '{key}' (known: {', '.join(sorted(_defaults()))})")
            if not isinstance(value, _TYPES[key]):
                raise ConfigError(f"{source}: '{key}' should be {_type_name(_TYPES[key])}, not {value!r}")
            v[key], s[key] = (list(value) if isinstance(value, list | tuple) else value), source
        if values.get("formats"):
            bad = [f for f in v["formats"] if f not in OUTPUT_NAMES]
            if bad:
                raise ConfigError(f"{source}: unknown output format {bad[0]!r} (known: {', '.join(OUTPUT_NAMES)})")
        return Settings(tuple(sorted(v.items())), tuple(sorted(s.items())))


def _type_name(t: type | tuple[type, ...]) -> str:
    names = [x.__name__ for x in (t if isinstance(t, tuple) else (t,)) if x is not type(None)]
    return " or ".join({"str": "a string", "list": "a list"}.get(n, n) for n in names)


def load_settings(config: str | os.PathLike[str] | None = None, cwd: str | os.PathLike[str] = ".") -> Settings:
    """Defaults, then ``config`` (or ``./kg.toml`` if present). Lexicon paths resolve relative to the file."""
    settings = Settings.defaults()
    path = Path(config) if config else Path(cwd) / CONFIG_FILE
    if config is None and not path.exists():
        return settings
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except OSError as e:  # a folder, unreadable …
        raise ConfigError(f"{path}: cannot read the configuration file ({e.strerror or e})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    table = data.get("kg", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: expected a [kg] table")
    if "lexicons" in table and isinstance(table["lexicons"], list):
        if bad := [p for p in table["lexicons"] if not isinstance(p, str)]:
            raise ConfigError(f"{path}: 'lexicons' should be a list of file paths (strings), not {bad[0]!r}")
        table = {**table, "lexicons": [str((path.parent / p).resolve()) for p in table["lexicons"]]}
    return settings.override(table, str(path))
