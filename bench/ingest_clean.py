"""Throughput of ingest + process (cleaning) on the GVA pages, and how often the publication
date found in the page agrees with the dataset's document creation time (dct).

    .venv/bin/python bench/ingest_clean.py [--limit N] [--shared ../shared]

Run by hand; prints figures measured in this run, never asserted in tests. The baseline beside
them is reading and JSON-decoding the same file in the same run: the floor any ingest pays.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from eventwire import Settings, Status, ingest, process
from eventwire.store.repository import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTWIRE_SHARED", "../shared"))
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    src = Path(args.shared) / "datasets/gva/articles.jsonl"
    rows = [json.loads(line) for line in src.open(encoding="utf-8")]
    if args.limit:
        rows = rows[: args.limit]
    gold = {r["id"]: r["dct"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        # The page text only: the dct field would be taken as the publication date.
        pages = Path(tmp) / "gva_pages.jsonl"
        with pages.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({"id": r["id"], "url": r["uri"], "text": r["content"]}) + "\n")
        t0 = time.perf_counter()
        baseline = sum(len(json.loads(line)["text"]) for line in pages.open(encoding="utf-8"))
        t_read = time.perf_counter() - t0
        settings = Settings()
        with Store.open(str(Path(tmp) / "bench.db")) as store:
            t0 = time.perf_counter()
            ing = ingest(store, [pages], settings=settings)
            t_ingest = time.perf_counter() - t0
            t0 = time.perf_counter()
            rep = process(store, settings=settings)
            t_process = time.perf_counter() - t0
            docs = list(store.iter_documents(Status.PROCESSED))
    n = len(rows)
    total = t_ingest + t_process
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")  # fmt: skip
    print(f"pages: {n} ({baseline / 1e6:.1f} M characters); stored {len(ing.added)}, "
          f"rejected at ingest {len(ing.rejected)}, at cleaning {len(rep.rejected)}, "
          f"articles {rep.articles} ({rep.split_pages} pages split)")  # fmt: skip
    print(f"ingest:  {t_ingest:6.2f} s  {n / t_ingest:8.1f} pages/s")
    print(f"process: {t_process:6.2f} s  {rep.pages / t_process:8.1f} pages/s")
    print(f"ingest+process: {total:6.2f} s  {n / total:8.1f} pages/s")
    print(f"ratio to reading+decoding the same JSONL: {t_read / total:.4f} "
          f"(ours takes {total / t_read:.0f}x the bare read)")  # fmt: skip
    agree = {"exact": 0, "within_1_day": 0, "other": 0}
    by_kind = {True: dict(agree), False: dict(agree)}
    found = 0
    for d in docs:
        if d.parent_id is not None or d.published is None or d.external_id not in gold:
            continue
        found += 1
        delta = abs((d.published - dt.date.fromisoformat(gold[d.external_id])).days)
        kind = "exact" if delta == 0 else "within_1_day" if delta == 1 else "other"
        by_kind[bool(d.published_explicit)][kind] += 1
    unsplit = sum(1 for d in docs if d.parent_id is None)
    print(f"publication date found in the page text: {found} of {unsplit} pages")
    for explicit, counts in by_kind.items():
        k = sum(counts.values()) or 1
        print(f"  {'stated' if explicit else 'inferred'}: {sum(counts.values())} pages; vs GVA dct: "
              f"exact {counts['exact'] / k:.1%}, off by one day {counts['within_1_day'] / k:.1%}, "
              f"other {counts['other'] / k:.1%}")  # fmt: skip


if __name__ == "__main__":
    main()
