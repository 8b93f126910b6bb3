"""Regression floors on real published pages (tests/fixtures/real: dev and check parts).

One extraction over both parts, scored by `kg eval` against each part's gold. The floors are
the F1 of the last measured run minus 0.05, rounded down: a change that loses ground on real
text fails here. The check part's errors are never read while tuning (only these totals);
raise a floor when kg improves, never lower one to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

REAL = Path(__file__).parent / "fixtures" / "real"

FLOORS = {
    # 1,263 pages (twenty-eighth round, 6 December: shared-scorer F1 now, the floors its F1 at their last raise
    # minus 0.05, rounded down, never lowered: the new pages took dev designations (lenient, `kg eval`) to 0.773
    # with the round's early code, and rules from dev pages brought it back above its floor; none rose by 0.05
    # more than before, so the floors stay; the code at the start of the round on these same pages:
    # tests/fixtures/real/README.md)
    "dev": [  # 864 pages
        ("officials", 0.93),  # 0.970
        ("other persons", 0.85),  # 0.873
        ("places", 0.91),  # 0.951
        ("organizations (lenient)", 0.83),  # 0.875
        ("projects (lenient)", 0.71),  # 0.714
        ("designations (lenient)", 0.78),  # 0.799
        ("positions", 0.91),  # 0.935
        ("relations", 0.85),  # 0.868
    ],
    "check": [  # 399 pages
        ("officials", 0.91),  # 0.960
        ("other persons", 0.81),  # 0.845
        ("places", 0.91),  # 0.960
        ("organizations (lenient)", 0.81),  # 0.868
        ("projects (lenient)", 0.64),  # 0.664
        ("designations (lenient)", 0.73),  # 0.774
        ("positions", 0.85),  # 0.907
        ("relations", 0.72),  # 0.791
    ],
}


@pytest.fixture(scope="session")  # session: made once per xdist worker
def real_scores() -> dict[str, dict[str, float]]:
    """F1 per part and category: one `kg eval` run with both golds (extraction done once)."""
    args = ["eval", "--json", "-q"]
    for part in FLOORS:
        args += ["--gold", str(REAL / f"{part}.json")]
    args += [str(REAL / "pages" / part) for part in FLOORS]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    return {part: {r["category"]: r["f1"] for r in scores[str(REAL / f"{part}.json")]} for part in FLOORS}


@pytest.mark.parametrize(("part", "category", "floor"), [(p, c, f) for p, rows in FLOORS.items() for c, f in rows])
def test_real_pages_f1_stays_above_floor(real_scores, part, category, floor):
    assert real_scores[part][category] >= floor, f"{part} {category}: F1 {real_scores[part][category]:.3f} < {floor}"


def test_real_pages_are_all_scored_and_split_by_name():
    """Every page has gold in its part, and the part is the one its file name decides."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("part", REAL / "annotation" / "part.py")
    part_of = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(part_of)
    for part in FLOORS:
        gold = json.loads((REAL / f"{part}.json").read_text(encoding="utf-8"))
        pages = sorted(p.name for p in (REAL / "pages" / part).glob("*.txt"))
        assert sorted(d["doc"] for d in gold["documents"]) == pages
        assert all(part_of.part(name) == part for name in pages)
    assert sum(len(list((REAL / "pages" / p).glob("*.txt"))) for p in FLOORS) >= 36
