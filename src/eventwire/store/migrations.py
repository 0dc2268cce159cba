"""Ordered schema migrations, each applied in its own transaction and recorded in a table.

Migrations are the one definition of the schema: the repository reflects the tables they make.
Never edit a migration that has shipped; add the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
)

from eventwire.errors import StoreError

Migration = Callable[[Connection], None]


def _m001_documents(conn: Connection) -> None:
    md = MetaData()
    Table(
        "documents",
        md,
        Column("document_id", String(64), primary_key=True),
        Column("content_hash", String(64), nullable=False, unique=True),
        Column("source_path", Text, nullable=False),
        Column("external_id", Text),
        Column("url", Text),
        Column("parent_id", String(64), ForeignKey("documents.document_id"), index=True),
        Column("part", Integer),
        Column("format", String(8), nullable=False),
        Column("outlet", Text),
        Column("title", Text),
        Column("dateline", Text),
        Column("published", String(10)),
        Column("published_explicit", Boolean),
        Column("published_evidence", Text),
        Column("language", String(8)),
        Column("status", String(16), nullable=False, index=True),
        Column("reject_reason", Text),
        Column("n_chars", Integer),
        Column("text", Text),
        Column("captions", JSON),
        Column("given_outlet", Text),
        Column("given_published", String(10)),
        Column("given_title", Text),
        Column("given_published_source", Text),
        Column("ingested_at", String(32), nullable=False),
        Column("processed_at", String(32)),
    )
    Table(
        "raw_pages",
        md,
        Column(
            "document_id",
            String(64),
            ForeignKey("documents.document_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("is_html", Boolean, nullable=False),
        Column("content", LargeBinary, nullable=False),
    )
    md.create_all(conn)


def _m002_incidents_statements(conn: Connection) -> None:
    md = MetaData()
    md.reflect(conn, only=["documents"])
    Table(
        "incidents",
        md,
        Column("incident_id", String(64), primary_key=True),
        Column("event_type", Text),
        Column("sub_event_type", Text),
        Column("event_date", String(10), index=True),
        Column("date_start", String(10)),
        Column("date_end", String(10)),
        Column("time_precision", Integer),
        Column("actor1", Text),
        Column("assoc_actor_1", Text),
        Column("actor2", Text),
        Column("assoc_actor_2", Text),
        Column("country", Text),
        Column("admin1", Text),
        Column("admin2", Text),
        Column("location", Text),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geonames_id", Integer),
        Column("geo_precision", Integer),
        Column("fatalities", Integer),
        Column("fatalities_low", Integer),
        Column("fatalities_best", Integer),
        Column("fatalities_high", Integer),
        Column("injuries_low", Integer),
        Column("injuries_best", Integer),
        Column("injuries_high", Integer),
        Column("notes", Text),
        Column("sources", JSON),
        Column("conflicts", JSON),
    )
    Table(
        "statements",
        md,
        Column("statement_id", String(64), primary_key=True),
        Column(
            "document_id",
            String(64),
            ForeignKey("documents.document_id", ondelete="CASCADE"),
            index=True,
        ),
        Column("kind", String(16)),
        Column("speaker", Text),
        Column("speaker_role", Text),
        Column("speaker_org", Text),
        Column("cue", Text),
        Column("channel", Text),
        Column("stance", Text),
        Column("quote", Text),
        Column("start", Integer),
        Column("end", Integer),
        Column("incident_id", String(64), ForeignKey("incidents.incident_id"), index=True),
        Column("date", String(10)),
    )
    md.create_all(conn)


def _m003_mentions(conn: Connection) -> None:
    md = MetaData()
    md.reflect(conn, only=["documents", "incidents"])
    Table(
        "mentions",
        md,
        Column("mention_id", String(80), primary_key=True),
        Column(
            "document_id",
            String(64),
            ForeignKey("documents.document_id", ondelete="CASCADE"),
            index=True,
            nullable=False,
        ),
        Column("n", Integer, nullable=False),
        Column("incident_id", String(64), index=True),
        Column("event_type", Text),
        Column("sub_event_type", Text),
        Column("plover", Text),
        Column("event_date", String(10), index=True),
        Column("date_start", String(10)),
        Column("date_end", String(10)),
        Column("time_precision", Integer),
        Column("actor1", Text),
        Column("inter1", Integer),
        Column("actor2", Text),
        Column("inter2", Integer),
        Column("country", Text),
        Column("country_code", String(2)),
        Column("admin1", Text),
        Column("admin2", Text),
        Column("location", Text),
        Column("location_key", Text),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geonames_id", Integer),
        Column("geo_precision", Integer),
        Column("fatalities_low", Integer),
        Column("fatalities_best", Integer),
        Column("fatalities_high", Integer),
        Column("injuries_low", Integer),
        Column("injuries_best", Integer),
        Column("injuries_high", Integer),
        Column("background", Boolean),
        Column("record", JSON),
    )
    md.create_all(conn)
    # Linking rewrites incidents wholesale; event_type and geography are the blocking keys.
    conn.exec_driver_sql("ALTER TABLE incidents ADD COLUMN plover TEXT")
    conn.exec_driver_sql("ALTER TABLE incidents ADD COLUMN n_sources INTEGER")


def _m004_statement_details(conn: Connection) -> None:
    # The incident a statement is about is known first within its document (mention_n) and
    # gets its incident_id when linking runs; the record holds every span.
    for ddl in (
        "ALTER TABLE statements ADD COLUMN n INTEGER",
        "ALTER TABLE statements ADD COLUMN mention_n INTEGER",
        "ALTER TABLE statements ADD COLUMN speaker_text TEXT",
        "ALTER TABLE statements ADD COLUMN anonymous BOOLEAN",
        "ALTER TABLE statements ADD COLUMN record JSON",
    ):
        conn.exec_driver_sql(ddl)


def _m005_claims(conn: Connection) -> None:
    md = MetaData()
    md.reflect(conn, only=["documents"])
    Table(
        "claims",
        md,
        Column("claim_id", String(80), primary_key=True),
        Column(
            "document_id",
            String(64),
            ForeignKey("documents.document_id", ondelete="CASCADE"),
            index=True,
            nullable=False,
        ),
        Column("n", Integer, nullable=False),
        Column("what", Text),
        Column("value_low", Integer),
        Column("value", Integer),
        Column("value_high", Integer),
        Column("period", Text),
        Column("since", String(10)),
        Column("place", Text),
        Column("attributed_to", Text),
        Column("part_of", Integer),
        Column("text", Text),
        Column("start", Integer),
        Column("end", Integer),
        Column("date", String(10)),
    )
    md.create_all(conn)


def _m006_text_from(conn: Connection) -> None:
    # Where an article's text came from: its body, or (a photo gallery) its captions.
    conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN text_from TEXT")


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "documents and raw pages", _m001_documents),
    (2, "incidents and statements", _m002_incidents_statements),
    (3, "incident mentions", _m003_mentions),
    (4, "statement details", _m004_statement_details),
    (5, "numeric claims", _m005_claims),
    (6, "where an article's text came from", _m006_text_from),
]


def _ledger(md: MetaData) -> Table:
    return Table(
        "schema_migrations",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("applied_at", String(32), nullable=False),
    )


def applied(engine: Engine) -> list[int]:
    if not inspect(engine).has_table("schema_migrations"):
        return []
    ledger = _ledger(MetaData())
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(select(ledger.c.id).order_by(ledger.c.id))]


def migrate(engine: Engine) -> list[int]:
    """Apply every migration not yet recorded; return the ids applied now."""
    md = MetaData()
    ledger = _ledger(md)
    with engine.begin() as conn:
        ledger.create(conn, checkfirst=True)
    done = set(applied(engine))
    known = {mid for mid, _, _ in MIGRATIONS}
    newer = done - known
    if newer:
        raise StoreError(
            f"the database has schema migration(s) {sorted(newer)} that this eventwire does not "
            "know: it was written by a newer version.",
            fix="upgrade eventwire, or use another --db.",
        )
    ran = []
    for mid, name, fn in MIGRATIONS:
        if mid in done:
            continue
        with engine.begin() as conn:
            fn(conn)
            conn.execute(
                ledger.insert().values(
                    id=mid, name=name, applied_at=dt.datetime.now(dt.UTC).isoformat()
                )
            )
        ran.append(mid)
    return ran
