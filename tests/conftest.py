"""Shared fixtures. The shared datasets and seeds are used in place, never copied."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    env = os.environ.get("EVENTWIRE_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "seeds").is_dir():
        pytest.fail(
            f"shared data not found at {path}: clone eventwire next to shared/ or set "
            "EVENTWIRE_SHARED. These tests do not skip, so a missing corpus cannot pass unseen."
        )
    return path


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    return shared / "seeds"
