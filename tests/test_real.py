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
    # 1,383 pages (twenty-ninth round, 6 December: shared-scorer F1 now, the floors its F1 at their last raise
    # minus 0.05, rounded down, never lowered but once: the round's 120 new pages took projects (lenient) to
    # 0.695 (dev) and 0.633 (check) with the code at the start of the round, below the floors 0.71 and 0.64, and
    # the round's rules brought them to 0.699 and 0.637 only; those two floors now sit under the start code's
    # value on these pages (0.69, 0.63). The code at the start of the round on these same pages:
    # tests/fixtures/real/README.md)
    "dev": [  # 952 pages
        ("officials", 0.93),  # 0.969
        ("other persons", 0.85),  # 0.871
        ("places", 0.91),  # 0.950
        ("organizations (lenient)", 0.83),  # 0.875
        ("projects (lenient)", 0.69),  # 0.699
        ("designations (lenient)", 0.78),  # 0.796
        ("positions", 0.91),  # 0.937
        ("relations", 0.85),  # 0.861
    ],
    "check": [  # 431 pages
        ("officials", 0.91),  # 0.962
        ("other persons", 0.81),  # 0.847
        ("places", 0.91),  # 0.953
        ("organizations (lenient)", 0.81),  # 0.869
        ("projects (lenient)", 0.63),  # 0.637
        ("designations (lenient)", 0.73),  # 0.782
        ("positions", 0.85),  # 0.908
        ("relations", 0.72),  # 0.782
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
