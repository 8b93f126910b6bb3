"""Shared fixtures: the shipped seed corpus and a built graph."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Test modules import kg (and so read jieba's caches, :mod:`kg.extract.tokens`) while they are collected, before
# any fixture runs: never from the user's ~/.cache/kg. Each test then gets a folder of its own (_private_cache_dir).
_COLLECTION_CACHE = tempfile.mkdtemp(prefix="kg-test-cache-")  # mode 0700
atexit.register(shutil.rmtree, _COLLECTION_CACHE, ignore_errors=True)
os.environ["KG_CACHE_DIR"] = _COLLECTION_CACHE


@pytest.fixture(scope="session")
def _jieba_folder(tmp_path_factory) -> Path:
    """One ``jieba-<version>/`` folder per test process, for every test's cache folder (:func:`_private_cache_dir`).

    It holds what is derived from jieba's packaged dictionary alone (``jieba.cache``, kg's ``word_tags.marshal``:
    :mod:`kg.extract.tokens`), made by the first process that needs it. Without it each test's fresh cache folder
    had every child process it starts (a ``kg`` command, a worker pool's fork server, a Dask worker) parse jieba's
    dictionary text again: ≈ 0.7 s of CPU each. The tests about jieba's cache use folders of their own.
    """
    import jieba

    folder = tmp_path_factory.mktemp("jieba-shared") / f"jieba-{jieba.__version__}"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory, monkeypatch, _jieba_folder):
    """CLI builds cache into a fresh folder per test, never into the user's ~/.cache/kg; its jieba folder is
    the test process's (:func:`_jieba_folder`)."""
    cache = tmp_path_factory.mktemp("kg-cache")
    (cache / _jieba_folder.name).symlink_to(_jieba_folder, target_is_directory=True)
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))


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


COSTLIEST_FIRST = (
    "tests/test_hostile_outputs.py",
    "tests/test_determinism.py",
    "tests/test_reliability.py",
    "tests/browser/test_view_browser.py",
    "tests/test_cache.py",
    "tests/test_hostile.py",
    "tests/test_sparql.py",
    "tests/test_fuzz.py",
    "tests/test_offline.py",
    "tests/test_build.py",
    "tests/test_parallel.py",
    "tests/cli/test_build.py",
    "tests/test_dask_build.py",
    "tests/cli/test_everyday.py",
    "tests/test_shapes.py",
    "tests/test_readme.py",
    "tests/readwrite/test_rdf.py",
    "tests/cli/test_sparql.py",
    "tests/test_dask_resolve.py",
)
"""The modules that take longest (3 December, s31-suite: 25–180 s each under load, the rest under 20 s), longest
first. They run first, every other module after them in collection order, so that on two workers the last modules
are short ones. ``scripts/test.sh`` runs ``--dist loadscope --no-loadscope-reorder``: xdist's default order (most
tests first) put the three-test modules last, and one worker built the hash-seed corpus of ``test_determinism.py``
(a minute) while the other had finished. A stale list costs balance only, never a result."""


def pytest_collection_modifyitems(config, items):
    import os

    rank = {module: i for i, module in enumerate(COSTLIEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # stable: module order kept
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
