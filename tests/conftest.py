"""Shared fixtures: the shipped seed corpus and a built graph."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory, monkeypatch):
    """CLI builds cache into a fresh folder per test, never into the user's ~/.cache/kg."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("kg-cache")))


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


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow (CI always does)")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: minutes-long test; runs in CI or with --runslow")


def pytest_collection_modifyitems(config, items):
    import os

    if config.getoption("--runslow") or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="slow: runs in CI (CI=true) or with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="module")
def cluster():
    """A Dask ``LocalCluster`` on loopback, in this process (two workers, one thread each), for a test module."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=":0"
    ) as c:
        yield c


@pytest.fixture
def seed_folder(tmp_path, seed_paths) -> Path:
    """A folder ``pages`` holding a copy of every seed page (add pages to it in a test)."""
    import shutil

    folder = tmp_path / "pages"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder)
    return folder
