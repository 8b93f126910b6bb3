"""Shared fixtures: the shipped seed corpus and a built graph."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, "seeds/ must hold the seed corpus"
    return paths


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of the seeds, shared by the tests that only read it."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed-build")
    return build([SEEDS], out)
