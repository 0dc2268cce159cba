"""The evaluation harness: ``eventwire eval DATASET`` runs eventwire and a baseline on the same
shared dataset documents and reports both. Tasks are registered here as they gain a system to
measure; each returns a JSON-ready result with a ``systems`` mapping."""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from eventwire.errors import InputError


class Dataset(StrEnum):
    TEMPEVAL3 = "tempeval3"
    GEO = "geo"
    GVA = "gva"
    QUOTES = "quotes"
    QUOTES_TRAIN = "quotes-train"  # the rules were written looking at dev: train checks them
    GVDB = "gvdb"


Task = Callable[[Path, int | None], dict[str, Any]]


def _tempeval(data: Path, limit: int | None) -> dict[str, Any]:
    from eventwire.eval import tempeval

    return tempeval.run(data, limit)


def _geo(data: Path, limit: int | None) -> dict[str, Any]:
    from eventwire.eval import geo

    return geo.run(data, limit)


def _gva(data: Path, limit: int | None) -> dict[str, Any]:
    from eventwire.eval import gva

    return gva.run(data, limit)


def _quotes(data: Path, limit: int | None) -> dict[str, Any]:
    from eventwire.eval import quotes

    return quotes.run(data, limit)


def _quotes_train(data: Path, limit: int | None) -> dict[str, Any]:
    from eventwire.eval import quotes

    return quotes.run(data, limit, split="train")


def _gvdb(data: Path, limit: int | None) -> dict[str, Any]:
    from eventwire.eval import gvdb

    return gvdb.run(data, limit)


TASKS: dict[Dataset, Task] = {
    Dataset.GVDB: _gvdb,
    Dataset.TEMPEVAL3: _tempeval,
    Dataset.GEO: _geo,
    Dataset.GVA: _gva,
    Dataset.QUOTES: _quotes,
    Dataset.QUOTES_TRAIN: _quotes_train,
}


def default_data_dir() -> Path:
    """``$EVENTWIRE_SHARED/datasets``, else ``../shared/datasets``."""
    shared = os.environ.get("EVENTWIRE_SHARED")
    return Path(shared) / "datasets" if shared else Path("../shared/datasets")


def evaluate(
    dataset: Dataset | str, data: Path | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Run one evaluation; raises InputError when the dataset folder is missing."""
    data = data or default_data_dir()
    if not data.is_dir():
        raise InputError(
            f"datasets folder {str(data)!r} not found.",
            fix="pass --data DIR or set EVENTWIRE_SHARED to the folder holding datasets/.",
        )
    result = TASKS[Dataset(dataset)](data, limit)
    result["limit"] = limit
    return result
