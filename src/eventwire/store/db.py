"""Opening a database: a file path or an SQLAlchemy URL; SQLite gets WAL and foreign keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from eventwire.errors import StoreError


def database_url(db: str) -> str:
    """A path becomes an SQLite URL; anything with '://' is taken as an SQLAlchemy URL."""
    if "://" in db:
        return db
    if db == ":memory:":
        return "sqlite://"
    path = Path(db).expanduser()
    if path.is_dir():
        raise StoreError(
            f"--db {db!r} is a folder.", fix="give a file path such as ./eventwire.db."
        )
    if not path.parent.exists():
        raise StoreError(
            f"the folder for the database, {str(path.parent)!r}, does not exist.",
            fix="create the folder first or choose another --db path.",
        )
    return f"sqlite:///{path}"


def make_engine(db: str) -> Engine:
    url = database_url(db)
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # SQLAlchemy raises several kinds for a bad URL or missing driver
        raise StoreError(
            f"cannot use database {db!r}: {exc}", fix="check the --db value or $EVENTWIRE_DB."
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
