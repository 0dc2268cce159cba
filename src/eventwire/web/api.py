"""The REST API: incidents, documents, statements, claims and statistics, read-only, with
server-side filtering and pagination so that it stays fast on large databases. Records have the
export schema (docs/schema.md). OpenAPI documentation is served at ``/docs``.
"""

from __future__ import annotations

import secrets
import time
from collections import defaultdict, deque
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Select, and_, func, or_, select

from eventwire import __version__
from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.export import (
    CLAIM_FIELDS,
    DOCUMENT_FIELDS,
    INCIDENT_FIELDS,
    STATEMENT_FIELDS,
    jsonable,
)
from eventwire.store.repository import Store
from eventwire.web.basemap import basemap
from eventwire.web.ingest import Uploads

STATIC = Path(__file__).parent / "static"

MAX_PAGE = 500
Sort = Literal["event_date", "-event_date", "fatalities", "-fatalities", "n_sources", "-n_sources"]


def _page(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def create_app(
    store: Store,
    *,
    settings: Settings | None = None,
    allow_ingest: bool = False,
    token: str | None = None,
    requests_per_minute: int = 600,
) -> FastAPI:
    """The API over ``store``: read-only unless ``allow_ingest`` (which needs a ``token``)."""
    settings = settings or Settings.load()
    if allow_ingest and not token:
        raise ConfigError(
            "uploads need a token.",
            fix="pass --token or set EVENTWIRE_TOKEN, or drop --allow-ingest.",
        )
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Violent incidents from news pages, every value with its source and evidence.",
    )
    hits: dict[str, deque[float]] = defaultdict(deque)

    @app.middleware("http")
    async def rate_limit(request: Request, call_next: Any) -> Any:
        """At most ``requests_per_minute`` requests per client address in any minute."""
        now = time.monotonic()
        seen = hits[request.client.host if request.client else "?"]
        while seen and now - seen[0] > 60:
            seen.popleft()
        if len(seen) >= requests_per_minute:
            return JSONResponse({"detail": "too many requests; try again in a minute"}, 429)
        seen.append(now)
        return await call_next(request)

    inc, st, cl, doc, men = (store.incidents, store.statements, store.claims, store.documents,
                             store.mentions)  # fmt: skip

    def run(q: Select[Any]) -> list[dict[str, Any]]:
        with store.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def count(q: Select[Any]) -> int:
        with store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar_one())

    @app.get("/api/incidents", summary="Incidents, filtered, sorted and paginated")
    def incidents(
        date_from: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        date_to: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
        country: str | None = None,
        admin1: str | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        actor: str | None = Query(None, description="actor1 or actor2"),
        outlet: str | None = Query(None, description="reported by this outlet"),
        min_fatalities: int | None = Query(None, ge=0),
        q: str | None = Query(None, max_length=200, description="words in place, actors or notes"),
        sort: Sort = "-event_date",
        limit: int = Query(50, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        where = []
        if date_from:
            where.append(inc.c.event_date >= date_from)
        if date_to:
            where.append(inc.c.event_date <= date_to)
        if bbox:
            try:
                x0, y0, x1, y1 = (float(v) for v in bbox.split(","))
            except ValueError:
                raise HTTPException(422, "bbox is min_lon,min_lat,max_lon,max_lat") from None
            where += [inc.c.longitude.between(x0, x1), inc.c.latitude.between(y0, y1)]
        for column, value in ((inc.c.country, country), (inc.c.admin1, admin1),
                              (inc.c.event_type, event_type),
                              (inc.c.sub_event_type, sub_event_type)):  # fmt: skip
            if value:
                where.append(column == value)
        if actor:
            where.append(or_(inc.c.actor1 == actor, inc.c.actor2 == actor))
        if outlet:
            reported = (
                select(men.c.incident_id)
                .join(doc, doc.c.document_id == men.c.document_id)
                .where(doc.c.outlet == outlet)
            )
            where.append(inc.c.incident_id.in_(reported))
        if min_fatalities is not None:
            where.append(inc.c.fatalities_best >= min_fatalities)
        if q:
            like = f"%{q}%"
            where.append(or_(inc.c.location.ilike(like), inc.c.actor1.ilike(like),
                             inc.c.actor2.ilike(like), inc.c.notes.ilike(like)))  # fmt: skip
        base = select(inc).where(and_(*where)) if where else select(inc)
        key = {"event_date": inc.c.event_date, "fatalities": inc.c.fatalities_best,
               "n_sources": inc.c.n_sources}[sort.lstrip("-")]  # fmt: skip
        order = key.desc().nulls_last() if sort.startswith("-") else key.asc().nulls_last()
        rows = run(base.order_by(order, inc.c.incident_id).limit(limit).offset(offset))
        return _page(count(base), limit, offset, [_only(r, INCIDENT_FIELDS) for r in rows])

    @app.get("/api/incidents/{incident_id}", summary="One incident, its sources and statements")
    def incident(incident_id: str) -> dict[str, Any]:
        rows = run(select(inc).where(inc.c.incident_id == incident_id))
        if not rows:
            raise HTTPException(404, f"no incident {incident_id}")
        said = run(
            select(st, doc.c.source_path, doc.c.external_id, doc.c.outlet)
            .join(doc, doc.c.document_id == st.c.document_id)
            .where(st.c.incident_id == incident_id)
            .order_by(st.c.statement_id)
        )
        record = _only(rows[0], INCIDENT_FIELDS)
        record["statements"] = [_only(s, STATEMENT_FIELDS) for s in said]
        return record

    @app.get("/api/documents/{document_id}", summary="A document's text and every annotation")
    def document(document_id: str) -> dict[str, Any]:
        found = store.get_document(document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id}")
        row = asdict(found)
        record = {f: jsonable(row[f]) for f in DOCUMENT_FIELDS}
        record["mentions"] = [
            {k: v for k, v in m.items() if k != "document_id"}
            for m in run(select(men).where(men.c.document_id == document_id).order_by(men.c.n))
        ]
        record["statements"] = run(
            select(st).where(st.c.document_id == document_id).order_by(st.c.n)
        )
        record["claims"] = run(select(cl).where(cl.c.document_id == document_id).order_by(cl.c.n))
        return record

    @app.get("/api/statements", summary="Statements, filtered and paginated")
    def statements(
        incident_id: str | None = None,
        document_id: str | None = None,
        speaker: str | None = None,
        stance: str | None = None,
        limit: int = Query(50, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        where = [c == v for c, v in ((st.c.incident_id, incident_id),
                                     (st.c.document_id, document_id), (st.c.speaker, speaker),
                                     (st.c.stance, stance)) if v]  # fmt: skip
        base = (
            select(st, doc.c.source_path, doc.c.external_id, doc.c.outlet)
            .join(doc, doc.c.document_id == st.c.document_id)
            .where(and_(*where))
        )
        rows = run(base.order_by(st.c.statement_id).limit(limit).offset(offset))
        return _page(count(base), limit, offset, [_only(r, STATEMENT_FIELDS) for r in rows])

    @app.get("/api/claims", summary="Numeric claims (tallies), filtered and paginated")
    def claims(
        what: str | None = None,
        document_id: str | None = None,
        limit: int = Query(50, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0),
    ) -> dict[str, Any]:
        where = [c == v for c, v in ((cl.c.what, what), (cl.c.document_id, document_id)) if v]
        base = (
            select(cl, doc.c.source_path, doc.c.external_id, doc.c.outlet)
            .join(doc, doc.c.document_id == cl.c.document_id)
            .where(and_(*where))
        )
        rows = run(base.order_by(cl.c.date, cl.c.claim_id).limit(limit).offset(offset))
        return _page(count(base), limit, offset, [_only(r, CLAIM_FIELDS) for r in rows])

    @app.get("/api/stats", summary="Incident counts by day, type and country")
    def stats() -> dict[str, Any]:
        def by(column: Any) -> list[dict[str, Any]]:
            q = select(column.label("key"), func.count().label("incidents"),
                       func.sum(inc.c.fatalities_best).label("fatalities"))  # fmt: skip
            return run(q.group_by(column).order_by(column))

        return {
            "incidents": count(select(inc)),
            "by_day": by(inc.c.event_date),
            "by_type": by(inc.c.sub_event_type),
            "by_country": by(inc.c.country),
        }

    if allow_ingest:
        uploads = Uploads(store, settings)

        @app.post("/api/ingest", status_code=202, summary="Upload one page file to ingest")
        async def upload(
            request: Request,
            name: str = Query(..., max_length=200, description="a label for the upload"),
            format: str = Query(..., pattern="^(txt|html|jsonl|warc|warc\\.gz)$"),
            authorization: str = Header(""),
        ) -> dict[str, Any]:
            if not secrets.compare_digest(authorization, f"Bearer {token}"):
                raise HTTPException(401, "a valid 'Authorization: Bearer <token>' is needed")
            body = bytearray()
            async for chunk in request.stream():
                body.extend(chunk)
                if len(body) > settings.max_page_bytes:
                    raise HTTPException(
                        413, f"uploads are limited to {settings.max_page_bytes} bytes"
                    )
            job = uploads.start(name, format, bytes(body))
            return {"job_id": job.job_id, "state": job.state}

        @app.get("/api/jobs/{job_id}", summary="Progress of an upload")
        def job(job_id: str) -> dict[str, Any]:
            found = uploads.jobs.get(job_id)
            if found is None:
                raise HTTPException(404, f"no job {job_id}")
            return asdict(found)

    @app.get("/api/basemap", summary="Coastlines and country borders (GeoJSON), offline")
    def basemap_lines() -> dict[str, Any]:
        return basemap()

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _only(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: row.get(f) for f in fields}
