"""The library's front door: open a store, ingest, process, export. The CLI is a thin layer on
these functions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.ingest import read_path, walk
from eventwire.ingest.readers import page_from_bytes
from eventwire.link import link
from eventwire.pipeline import Pipeline
from eventwire.records import Article, IngestReport, PageInput, ProcessReport, Rejection
from eventwire.store.repository import Store

# progress(done, total): called after each unit of work; total may grow while files are read.
BATCH = 16  # pages parsed together by `process`
Progress = Callable[[int, int], None]


def open_store(db: str | None = None, settings: Settings | None = None) -> Store:
    """Open the database named by ``db``, else by the settings (``$EVENTWIRE_DB``)."""
    settings = settings or Settings.load()
    return Store.open(db or settings.db)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read files and folders into the store as pending pages; bad items are recorded as rejected.

    Idempotent: a page whose content is already stored is reported as a duplicate, not added.
    Each file is committed on its own, so an interrupted ingest can simply be run again.
    """
    settings = settings or Settings.load()
    report = IngestReport()
    files: list[tuple[str, Path]] = []
    for given in paths:
        given = str(given)
        if not Path(given).exists():
            report.missing.append(given)
            continue
        found, skipped = walk(given)
        files.extend(found)
        report.skipped.extend(skipped)
    for n, (shown, path) in enumerate(files, start=1):
        with store.engine.begin() as conn:
            for item in read_path(shown, path, settings.max_page_bytes):
                if isinstance(item, Rejection):
                    did, new = store.add_rejection(conn, item)
                    if new:
                        report.rejected.append(item)
                    else:
                        report.duplicates.append(f"{item.line()} (recorded before as {did})")
                    continue
                did, new = store.add_page(conn, item, outlet=outlet, published=published)
                if new:
                    report.added.append(did)
                else:
                    report.duplicates.append(f"{_label(item)} (same content as {did})")
        if progress:
            progress(n, len(files))
    return report


def _label(page: PageInput) -> str:
    return page.source_path + (f" [{page.external_id}]" if page.external_id else "")


def process(
    store: Store,
    *,
    settings: Settings | None = None,
    progress: Progress | None = None,
    limit: int | None = None,
    link_after: bool = True,
    workers: int = 1,
) -> ProcessReport:
    """Run the pipeline on every pending page, each page in its own transaction (resumable),
    then link the incident mentions of all documents into incidents (unless ``link_after`` is
    false: call ``eventwire.link.link`` yourself).

    ``workers`` > 1 runs that many worker processes on a database file, each with its own model
    (about 1 GB of memory each); pages are handed out in batches, so a crash still loses at
    most the page being written."""
    settings = settings or Settings.load()
    pending = store.pending_ids()[:limit] if limit else store.pending_ids()
    report = ProcessReport()
    chunks = [pending[at : at + BATCH] for at in range(0, len(pending), BATCH)]
    done = 0
    if workers > 1 and store.engine.dialect.name == "sqlite" and len(chunks) > 1:
        from concurrent.futures import ProcessPoolExecutor, as_completed
        from multiprocessing import get_context

        url = store.engine.url.render_as_string(hide_password=False)
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            futures = [pool.submit(_process_in_worker, url, settings, chunk) for chunk in chunks]
            for future in as_completed(futures):
                part = future.result()
                _merge(report, part)
                done += part.pages
                if progress:
                    progress(done, len(pending))
    else:
        pipeline = Pipeline.from_settings(settings)
        for chunk in chunks:
            part = _process_chunk(store, pipeline, chunk)
            _merge(report, part)
            done += part.pages
            if progress:
                progress(done, len(pending))
    if link_after:
        linked = link(store)
        report.incidents = linked.incidents
        report.mentions = linked.mentions
    return report


def _merge(report: ProcessReport, part: ProcessReport) -> None:
    report.pages += part.pages
    report.articles += part.articles
    report.split_pages += part.split_pages
    report.rejected.extend(part.rejected)


def _process_chunk(store: Store, pipeline: Pipeline, chunk: Sequence[str]) -> ProcessReport:
    report = ProcessReport()
    with store.engine.connect() as conn:
        pages = [store.load_page(conn, document_id) for document_id in chunk]
    # Pages are parsed together (a model is faster on batches) but each is written in a
    # transaction of its own: a crash loses at most the page being written.
    for document_id, result in zip(chunk, pipeline.run_many(pages), strict=True):
        with store.engine.begin() as conn:
            if not store.is_pending(conn, document_id):
                continue  # written meanwhile by another run
            store.save_result(conn, document_id, result)
        report.pages += 1
        if isinstance(result, Rejection):
            report.rejected.append(result)
        else:
            report.articles += len(result)
            report.split_pages += len(result) > 1
    return report


_WORKER: dict[str, tuple[Store, Pipeline]] = {}


def _process_in_worker(url: str, settings: Settings, chunk: Sequence[str]) -> ProcessReport:
    """One batch in a worker process; the store and pipeline are made once per process."""
    if url not in _WORKER:
        _WORKER[url] = (Store.open(url), Pipeline.from_settings(settings))
    store, pipeline = _WORKER[url]
    return _process_chunk(store, pipeline, chunk)


def extract(
    source: str | Path,
    data: bytes | None = None,
    *,
    published: dt.date | None = None,
    settings: Settings | None = None,
) -> list[Article]:
    """Clean one page and find its incidents, storing nothing: the articles it holds, each with
    its ``incidents``. ``data`` gives the page's bytes (e.g. from stdin); otherwise ``source``
    is read. A JSONL or WARC file gives its first page."""
    settings = settings or Settings.load()
    shown = str(source)
    if data is None:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{shown}: no such file.")
        items = list(read_path(shown, path, settings.max_page_bytes))
        page_or_rej = items[0] if items else Rejection(shown, "no page in this file")
    else:
        page_or_rej = page_from_bytes(shown, data, "txt", html=False)
    if isinstance(page_or_rej, Rejection):
        raise InputError(page_or_rej.line())
    page = page_or_rej
    if published is not None:
        page = dataclasses.replace(page, published=published, published_source="given by the user")
    result = Pipeline.from_settings(settings).run(page)
    if isinstance(result, Rejection):
        raise InputError(result.line())
    return result
