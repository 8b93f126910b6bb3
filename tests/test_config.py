"""Settings: defaults < kg.toml < flags, each value with its source."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import load_settings
from kg.errors import ConfigError


def test_config_defaults_without_a_file(tmp_path):
    s = load_settings(cwd=tmp_path)
    assert s.value("output") == "output" and s.source("output") == "default"


def test_config_reads_kg_toml_and_resolves_lexicon_paths(tmp_path):
    (tmp_path / "kg.toml").write_text('[kg]\nhome_city = "衡阳市"\nlexicons = ["lex/a.tsv"]\n', encoding="utf-8")
    s = load_settings(cwd=tmp_path)
    assert s.value("home_city") == "衡阳市"
    assert s.source("home_city").endswith("kg.toml")
    assert s.value("lexicons") == [str((tmp_path / "lex" / "a.tsv").resolve())]


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ("[kg]\nhome_city = 3\n", "'home_city' should be a string"),
        ("[kg]\ncolour = 'red'\n", "unknown setting 'colour'"),
        ("[kg]\nformats = ['pdf']\n", "unknown output format 'pdf'"),
        ("[kg\n", "not valid TOML"),
        ("[kg]\nlexicons = [1]\n", "'lexicons' should be a list of file paths"),
    ],
)
def test_config_bad_file_is_a_clear_error(tmp_path, toml, problem):
    f = tmp_path / "kg.toml"
    f.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_settings(f)


def test_config_file_that_is_a_folder_is_a_clear_error(tmp_path):
    (tmp_path / "kg.toml").mkdir()
    with pytest.raises(ConfigError, match=r"kg\.toml: cannot read the configuration file"):
        load_settings(cwd=tmp_path)


def test_cli_config_shows_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kg.toml").write_text('[kg]\noutput = "out"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["config", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["output"]["value"] == "out" and data["output"]["source"].endswith("kg.toml")
    assert data["base_iri"]["source"] == "default"


def test_cli_build_uses_output_from_kg_toml(tmp_path, monkeypatch, seed_paths):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kg.toml").write_text('[kg]\noutput = "from-config"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(seed_paths[3]), "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-config" / "graph.ttl").exists()
    flag = CliRunner().invoke(main, ["build", str(seed_paths[3]), "-q", "-o", "from-flag"])
    assert flag.exit_code == 0 and (tmp_path / "from-flag" / "graph.ttl").exists()
