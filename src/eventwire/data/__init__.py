"""Data files shipped with eventwire: facts only (places, actors), extensible by users."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.errors import InputError


def read_table(
    path: Path, columns: Sequence[str], kind: str
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a tab-separated data file with a header row and '#' comments;
    a file without the expected columns is refused with the header to use."""
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        missing = set(columns) - set(rows.fieldnames or ())
        if missing:
            raise InputError(
                f"{kind} file {path} lacks column(s) {sorted(missing)}.",
                fix=f"use the header: {' '.join(columns)} (tab-separated).",
            )
        yield from enumerate(rows, start=2)
