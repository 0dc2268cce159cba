from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from eventwire import ingest, process
from eventwire.errors import StoreError
from eventwire.records import PageInput, Rejection, Status
from eventwire.store.migrations import MIGRATIONS, applied
from eventwire.store.repository import Store

BODY = "MOSUL: A car bomb exploded near a market on Monday, killing four people, police said. " * 2


def test_migrations_run_once_and_are_recorded(tmp_path: Path):
    db = str(tmp_path / "m.db")
    with Store.open(db) as store:
        assert applied(store.engine) == [m[0] for m in MIGRATIONS]
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    with Store.open(db) as store:  # reopening applies nothing new
        assert applied(store.engine) == [m[0] for m in MIGRATIONS]


def test_a_database_from_a_newer_eventwire_is_refused(tmp_path: Path):
    db = str(tmp_path / "n.db")
    with Store.open(db) as store, store.engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"))
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db)


def test_a_missing_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "nope" / "x.db"))


def test_same_content_is_stored_once_and_rejections_once(tmp_path: Path):
    with Store.open(":memory:") as store, store.engine.begin() as conn:
        page = PageInput("a.txt", "txt", BODY, False)
        first = store.add_page(conn, page)
        again = store.add_page(conn, PageInput("copy/b.txt", "txt", BODY + "\r\n", False))
        assert first[1] is True and again == (first[0], False)
        rej = Rejection("bad.txt", "empty file")
        assert store.add_rejection(conn, rej)[1] is True
        assert store.add_rejection(conn, rej)[1] is False


def test_split_pages_keep_their_parts_and_parent(tmp_path: Path):
    page = tmp_path / "two.txt"
    page.write_text(
        "First headline about a car bomb in Mosul\n\nUpdated 4 March 2024\n\n"
        + BODY
        + "\n\nSecond headline about talks held in Riyadh\n\nUpdated 5 March 2024\n\n"
        + BODY.replace("MOSUL", "RIYADH").replace("car bomb exploded", "meeting was held"),
        encoding="utf-8",
    )
    with Store.open(str(tmp_path / "s.db")) as store:
        ingest(store, [page], outlet="Wire")
        report = process(store)
        assert (report.pages, report.articles, report.split_pages) == (1, 2, 1)
        (parent,) = store.iter_documents(Status.SPLIT)
        parts = list(store.iter_documents(Status.PROCESSED))
        assert [p.part for p in parts] == [1, 2]
        assert {p.parent_id for p in parts} == {parent.document_id}
        assert [p.published for p in parts] == [dt.date(2024, 3, 4), dt.date(2024, 3, 5)]
        assert {p.outlet for p in parts} == {"Wire"}
        assert process(store).pages == 0, "nothing left to do"
        assert store.get_document(parts[1].document_id) == parts[1]
        assert store.get_document("doc_missing") is None


def test_where_an_articles_text_came_from_is_stored(tmp_path: Path):
    caption = (
        "Image {n} of 2 A 40-year-old man died Thursday after being shot inside a home on Elm "
        "Street in Dayton. Photo: Staff"
    )
    (tmp_path / "gallery.txt").write_text(
        "\n\n".join(caption.format(n=n) for n in (1, 2)), encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text(BODY, encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        ingest(store, [tmp_path])
        assert process(store).rejected == []
        found = {
            d.source_path.rsplit("/", 1)[-1]: d for d in store.iter_documents(Status.PROCESSED)
        }
        assert found["gallery.txt"].text_from == "captions"
        assert found["gallery.txt"].text and found["gallery.txt"].text.startswith("A 40-year-old")
        assert found["story.txt"].text_from == "body"
