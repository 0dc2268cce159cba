"""The quality gate: a small fixed subset of each shared dataset against recorded floors.

A figure below its floor fails CI. When ../shared is missing the gate fails (the `shared`
fixture), it never skips. Floors are raised when results improve (tests/eval/floors.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval import evaluate

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))
DATASETS = [name for name in FLOORS if not name.startswith("_")]


@pytest.fixture(scope="module", params=DATASETS)
def run(request: pytest.FixtureRequest, shared: Path) -> tuple[str, dict[str, Any]]:
    dataset = request.param
    return dataset, evaluate(dataset, shared / "datasets", FLOORS[dataset]["limit"])


def _figure(system: dict[str, Any], figure: str) -> float:
    value: Any = system
    for key in figure.split("/"):
        value = value[key]
    return float(value)


def test_figures_stay_above_their_floors(run: tuple[str, dict[str, Any]]):
    dataset, result = run
    ours = result["systems"]["eventwire"]
    below = {
        figure: (_figure(ours, figure), floor)
        for figure, floor in FLOORS[dataset]["floors"].items()
        if _figure(ours, figure) < floor
    }
    assert not below, f"{dataset}: below the floor (figure: (now, floor)): {below}"


def test_eventwire_beats_every_baseline(run: tuple[str, dict[str, Any]]):
    dataset, result = run
    ours = result["systems"]["eventwire"]
    baselines = {n: s for n, s in result["systems"].items() if n != "eventwire"}
    assert bool(baselines) == bool(FLOORS[dataset]["beats_baseline"]), (
        f"{dataset}: the figures to compare and the baselines measured do not go together"
    )
    for name, base in baselines.items():
        for figure in FLOORS[dataset]["beats_baseline"]:
            assert _figure(ours, figure) > _figure(base, figure), f"{figure} vs {name}"
