"""The store: documents in and out of the database, one transaction per unit of work.

Every page's processing commits atomically (its articles and its new status together), so a
process killed at any moment leaves each page either untouched and pending, or fully done.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, select

from eventwire.extract.coding import code, statement_values
from eventwire.records import Article, Document, PageInput, Rejection, Status
from eventwire.store.db import make_engine
from eventwire.store.migrations import migrate


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """Identity of a page: its decoded text with line endings normalised."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def rejection_hash(rej: Rejection) -> str:
    key = "\0".join(["rejected", rej.source_path, rej.external_id or "", rej.reason])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def doc_id(hash_hex: str) -> str:
    return f"doc_{hash_hex[:16]}"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class Store:
    """A database of documents (and, later, incidents and statements)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        migrate(engine)
        md = MetaData()
        md.reflect(
            engine,
            only=["documents", "raw_pages", "incidents", "statements", "mentions", "claims"],
        )
        self.documents: Table = md.tables["documents"]
        self.raw_pages: Table = md.tables["raw_pages"]
        self.incidents: Table = md.tables["incidents"]
        self.statements: Table = md.tables["statements"]
        self.mentions: Table = md.tables["mentions"]
        self.claims: Table = md.tables["claims"]

    @classmethod
    def open(cls, db: str) -> Store:
        """Open (creating and migrating as needed) the database at a path or SQLAlchemy URL."""
        return cls(make_engine(db))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------------------

    def find_by_hash(self, conn: Connection, hash_hex: str) -> str | None:
        d = self.documents
        return conn.execute(select(d.c.document_id).where(d.c.content_hash == hash_hex)).scalar()

    def add_page(
        self,
        conn: Connection,
        page: PageInput,
        *,
        outlet: str | None = None,
        published: dt.date | None = None,
    ) -> tuple[str, bool]:
        """Store a page as pending. Returns its id and whether it is new."""
        h = content_hash(page.content)
        existing = self.find_by_hash(conn, h)
        if existing:
            return existing, False
        did = doc_id(h)
        given_published = published or page.published
        source = "--published" if published else page.published_source
        conn.execute(
            self.documents.insert().values(
                document_id=did,
                content_hash=h,
                source_path=page.source_path,
                external_id=page.external_id,
                url=page.url,
                format=page.format,
                status=Status.PENDING.value,
                given_outlet=outlet or page.outlet,
                given_published=_iso(given_published),
                given_published_source=source if given_published else None,
                given_title=page.title,
                ingested_at=_now(),
            )
        )
        conn.execute(
            self.raw_pages.insert().values(
                document_id=did, is_html=page.is_html, content=page.content.encode("utf-8")
            )
        )
        return did, True

    def add_rejection(self, conn: Connection, rej: Rejection) -> tuple[str, bool]:
        h = rejection_hash(rej)
        existing = self.find_by_hash(conn, h)
        if existing:
            return existing, False
        did = doc_id(h)
        conn.execute(
            self.documents.insert().values(
                document_id=did,
                content_hash=h,
                source_path=rej.source_path,
                external_id=rej.external_id,
                format="-",
                status=Status.REJECTED.value,
                reject_reason=rej.reason,
                ingested_at=_now(),
            )
        )
        return did, True

    # -- process --------------------------------------------------------------------------

    def pending_ids(self) -> list[str]:
        d = self.documents
        with self.engine.connect() as conn:
            q = select(d.c.document_id).where(d.c.status == Status.PENDING.value)
            return list(conn.execute(q.order_by(d.c.ingested_at, d.c.document_id)).scalars())

    def is_pending(self, conn: Connection, document_id: str) -> bool:
        d = self.documents
        status = conn.execute(
            select(d.c.status).where(d.c.document_id == document_id)
        ).scalar_one_or_none()
        return bool(status == Status.PENDING.value)

    def load_page(self, conn: Connection, document_id: str) -> PageInput:
        d, r = self.documents, self.raw_pages
        row = conn.execute(
            select(d, r.c.is_html, r.c.content)
            .join(r, r.c.document_id == d.c.document_id)
            .where(d.c.document_id == document_id)
        ).one()
        given = row.given_published
        return PageInput(
            source_path=row.source_path,
            format=row.format,
            content=row.content.decode("utf-8"),
            is_html=bool(row.is_html),
            external_id=row.external_id,
            url=row.url,
            title=row.given_title,
            outlet=row.given_outlet,
            published=dt.date.fromisoformat(given) if given else None,
            published_source=row.given_published_source,
        )

    def save_result(
        self, conn: Connection, document_id: str, result: list[Article] | Rejection
    ) -> None:
        """Write one page's outcome. Call inside the transaction that read the page."""
        d = self.documents
        now = _now()
        where = d.c.document_id == document_id
        if isinstance(result, Rejection):
            conn.execute(
                d.update()
                .where(where)
                .values(status=Status.REJECTED.value, reject_reason=result.reason, processed_at=now)
            )
            return
        conn.execute(self.mentions.delete().where(self.mentions.c.document_id == document_id))
        conn.execute(self.statements.delete().where(self.statements.c.document_id == document_id))
        conn.execute(self.claims.delete().where(self.claims.c.document_id == document_id))
        if len(result) == 1:
            conn.execute(
                d.update().where(where).values(**_article_values(result[0]), processed_at=now)
            )
            self._save_mentions(conn, document_id, result[0])
            self._save_statements(conn, document_id, result[0])
            self._save_claims(conn, document_id, result[0])
            return
        parent = conn.execute(select(d).where(where)).one()
        conn.execute(
            d.update()
            .where(where)
            .values(
                status=Status.SPLIT.value,
                n_chars=sum(len(a.text) for a in result),
                processed_at=now,
            )
        )
        for article in result:
            h = hashlib.sha256(f"{parent.content_hash}:part{article.part}".encode()).hexdigest()
            conn.execute(
                d.insert().values(
                    document_id=doc_id(h),
                    content_hash=h,
                    source_path=parent.source_path,
                    external_id=parent.external_id,
                    url=parent.url,
                    parent_id=document_id,
                    format=parent.format,
                    ingested_at=parent.ingested_at,
                    processed_at=now,
                    **_article_values(article),
                )
            )
            self._save_mentions(conn, doc_id(h), article)
            self._save_statements(conn, doc_id(h), article)
            self._save_claims(conn, doc_id(h), article)

    def _save_claims(self, conn: Connection, document_id: str, article: Article) -> None:
        for c in article.claims:
            conn.execute(self.claims.insert().values(
                claim_id=f"{document_id}:c{c.n}", document_id=document_id, n=c.n, what=c.what,
                value_low=c.low, value=c.best, value_high=c.high, period=c.period,
                since=c.since.date_start.isoformat() if c.since and c.since.date_start else None,
                place=c.place, attributed_to=c.attributed_to, part_of=c.part_of,
                text=c.evidence.text, start=c.evidence.start, end=c.evidence.end,
                date=_iso(article.published),
            ))  # fmt: skip

    def _save_statements(self, conn: Connection, document_id: str, article: Article) -> None:
        published = _iso(article.published)
        _insert_many(conn, self.statements, [
            {"statement_id": f"{document_id}:s{st.n}", "document_id": document_id, "n": st.n,
             **statement_values(st), "date": published}
            for st in article.statements
        ])  # fmt: skip

    def _save_mentions(self, conn: Connection, document_id: str, article: Article) -> None:
        _insert_many(conn, self.mentions, [
            {"mention_id": f"{document_id}:{m.n}", "document_id": document_id, "n": m.n,
             **code(m, article.text)}
            for m in article.incidents
        ])  # fmt: skip

    # -- queries --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        d = self.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(d.c.status, func.count()).group_by(d.c.status)).all()
        return {status: n for status, n in rows}

    def iter_documents(
        self, status: Status | str | None = None, order: str = "ingested"
    ) -> Iterator[Document]:
        d = self.documents
        q = select(d)
        if status is not None:
            q = q.where(d.c.status == str(status))
        q = q.order_by(d.c.ingested_at, d.c.source_path, d.c.part, d.c.document_id)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield _document(row._mapping)

    def get_document(self, document_id: str) -> Document | None:
        d = self.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(d).where(d.c.document_id == document_id)).first()
        return _document(row._mapping) if row else None

    def iter_statement_rows(self, table: Table | None = None) -> Iterator[dict[str, Any]]:
        """Statements (or another per-document table) with the source_path, external_id and
        outlet of their document."""
        st, d = self.statements if table is None else table, self.documents
        q = (
            select(st, d.c.source_path, d.c.external_id, d.c.outlet)
            .join(d, d.c.document_id == st.c.document_id)
            .order_by(*st.primary_key.columns)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield dict(row._mapping)

    def iter_mentions(self, conn: Connection) -> Iterator[dict[str, Any]]:
        """Every incident mention with what linking needs of its document."""
        mt, d = self.mentions, self.documents
        q = (
            select(
                mt, d.c.source_path, d.c.external_id, d.c.url, d.c.outlet, d.c.title, d.c.published
            )
            .join(d, d.c.document_id == mt.c.document_id)
            .order_by(mt.c.mention_id)
        )
        for row in conn.execute(q):
            yield dict(row._mapping)

    def document_texts(self, conn: Connection, ids: set[str]) -> dict[str, str]:
        """The clean text of each of these documents."""
        d = self.documents
        rows = conn.execute(select(d.c.document_id, d.c.text).where(d.c.text.is_not(None)))
        return {r.document_id: r.text for r in rows if r.document_id in ids}

    def iter_rows(self, table: Table) -> Iterator[dict[str, Any]]:
        pk = next(iter(table.primary_key.columns))
        with self.engine.connect() as conn:
            for row in conn.execute(select(table).order_by(pk)):
                yield dict(row._mapping)


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT executed for all rows (each row given every column any row has)."""
    if not rows:
        return
    keys = list(dict.fromkeys(k for r in rows for k in r))
    conn.execute(table.insert(), [{k: r.get(k) for k in keys} for r in rows])


def _article_values(a: Article) -> dict[str, Any]:
    return {
        "part": a.part,
        "outlet": a.outlet,
        "title": a.title,
        "dateline": a.dateline,
        "published": _iso(a.published),
        "published_explicit": a.published_explicit,
        "published_evidence": a.published_evidence,
        "language": a.language,
        "status": Status.PROCESSED.value,
        "reject_reason": None,
        "n_chars": len(a.text),
        "text": a.text,
        "captions": list(a.captions),
        "text_from": a.text_from,
    }


def _document(m: Any) -> Document:
    published = m["published"]
    return Document(
        document_id=m["document_id"],
        source_path=m["source_path"],
        external_id=m["external_id"],
        url=m["url"],
        parent_id=m["parent_id"],
        part=m["part"],
        outlet=m["outlet"],
        title=m["title"],
        dateline=m["dateline"],
        published=dt.date.fromisoformat(published) if published else None,
        published_explicit=m["published_explicit"],
        published_evidence=m["published_evidence"],
        language=m["language"],
        status=Status(m["status"]),
        reject_reason=m["reject_reason"],
        n_chars=m["n_chars"],
        text=m["text"],
        format=m["format"],
        content_hash=m["content_hash"],
        text_from=m["text_from"],
    )
