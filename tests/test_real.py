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
    # 1,647 pages (thirty-first round, 6 December: shared-scorer F1 now, the floors its F1 at their last raise
    # minus 0.05, rounded down, never lowered but once: the twenty-ninth round's 120 new pages took projects
    # (lenient) under the floors 0.71 (dev) and 0.64 (check) with the code at that round's start, and those two
    # were lowered to 0.69 and 0.63. The thirtieth round's rules took check projects (lenient) to 0.672: its floor
    # is back at 0.64; check relations 0.808 raised its floor to 0.75. The thirty-first round's 144 new pages left
    # every floor met. The code at the start of each round on the same pages: tests/fixtures/real/README.md)
    "dev": [  # 1,118 pages
        ("officials", 0.93),  # 0.967
        ("other persons", 0.85),  # 0.870
        ("places", 0.91),  # 0.953
        ("organizations (lenient)", 0.83),  # 0.874
        ("projects (lenient)", 0.69),  # 0.697
        ("designations (lenient)", 0.78),  # 0.793
        ("positions", 0.91),  # 0.936
        ("relations", 0.85),  # 0.863
    ],
    "check": [  # 529 pages
        ("officials", 0.91),  # 0.960
        ("other persons", 0.81),  # 0.851
        ("places", 0.91),  # 0.957
        ("organizations (lenient)", 0.81),  # 0.866
        ("projects (lenient)", 0.64),  # 0.681
        ("designations (lenient)", 0.73),  # 0.768
        ("positions", 0.85),  # 0.911
        ("relations", 0.75),  # 0.808
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
