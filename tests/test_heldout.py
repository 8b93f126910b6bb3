"""Regression floors on the held-out pages (text kg was never tuned on).

The floors are the F1 of the first baseline (tests/fixtures/heldout/BASELINE.txt)
minus 0.05, rounded down: a change that loses ground on unseen text fails here.
Raise a floor when kg improves; never lower one to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"

FLOORS = [
    ("officials", 0.65),  # baseline 0.709
    ("other persons", 0.76),  # baseline 0.816
    ("places", 0.78),  # baseline 0.832
    ("organizations", 0.43),  # baseline 0.481
    ("organizations (lenient)", 0.50),  # baseline 0.556
    ("projects", 0.39),  # baseline 0.444
    ("projects (lenient)", 0.45),  # baseline 0.500
    ("designations", 0.53),  # baseline 0.581
    ("designations (lenient)", 0.65),  # baseline 0.710
    ("positions", 0.66),  # baseline 0.718
    ("relations", 0.31),  # baseline 0.366
]


@pytest.fixture(scope="module")
def heldout_scores() -> dict[str, float]:
    """F1 per category of `kg eval --json` on the held-out pages (run once)."""
    result = CliRunner().invoke(
        main,
        ["eval", "--gold", str(HELDOUT / "gold.json"), str(HELDOUT / "pages"), "--json"],
    )
    assert result.exit_code == 0, result.output
    return {row["category"]: row["f1"] for row in json.loads(result.output)}


@pytest.mark.parametrize(("category", "floor"), FLOORS)
def test_heldout_f1_stays_above_floor(heldout_scores: dict[str, float], category: str, floor: float) -> None:
    assert heldout_scores[category] >= floor, f"{category}: F1 {heldout_scores[category]:.3f} < {floor}"
