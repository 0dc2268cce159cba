"""Readable summaries of what a run did and what the database holds."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from eventwire.records import Article, IngestReport, ProcessReport, Status
from eventwire.store.repository import Store


def print_ingest(out: Console, err: Console, report: IngestReport) -> None:
    for path in report.missing:
        err.print(f"error: path not found: {path}", markup=False, highlight=False)
    for rej in report.rejected:
        err.print(f"rejected: {rej.line()}", markup=False, highlight=False)
    for dup in report.duplicates:
        out.print(f"already ingested: {dup}", markup=False, highlight=False)
    parts = [
        f"{len(report.added)} new page(s)",
        f"{len(report.duplicates)} already ingested",
        f"{len(report.rejected)} rejected",
    ]
    if report.skipped:
        parts.append(f"{len(report.skipped)} file(s) of other types skipped")
    out.print("ingest: " + ", ".join(parts))


def print_process(out: Console, err: Console, report: ProcessReport) -> None:
    for rej in report.rejected:
        err.print(f"rejected: {rej.line()}", markup=False, highlight=False)
    out.print(
        f"process: {report.pages} page(s) -> {report.articles} article(s)"
        f" ({report.split_pages} page(s) split), {len(report.rejected)} rejected;"
        f" {report.mentions} incident mention(s) linked into {report.incidents} incident(s)"
    )


def print_summary(out: Console, store: Store) -> None:
    table = Table(title="Articles", show_lines=False)
    for col in ("id", "outlet", "published", "title / first words", "dateline", "chars"):
        table.add_column(col, overflow="fold")
    for doc in store.iter_documents(Status.PROCESSED):
        if doc.published is None:
            published = "unknown"
        else:
            published = doc.published.isoformat() + (
                "" if doc.published_explicit else " (inferred)"
            )
        heading = doc.title or ("“" + " ".join((doc.text or "").split()[:10]) + " …”")
        table.add_row(
            doc.document_id + (f" #{doc.part}" if doc.part else ""),
            doc.outlet or "-",
            published,
            heading[:90],
            doc.dateline or "-",
            str(doc.n_chars or 0),
        )
    out.print(table)
    print_incident_table(out, store)
    counts = store.counts()
    out.print(
        "database: "
        + ", ".join(f"{counts.get(s.value, 0)} {s.value}" for s in Status)
        + f" ({store.engine.url.render_as_string(hide_password=True)})"
    )
    rejected = list(store.iter_documents(Status.REJECTED))
    if rejected:
        out.print("rejected items:")
        for doc in rejected:
            where = doc.source_path + (f" [{doc.external_id}]" if doc.external_id else "")
            out.print(f"  {where}: {doc.reject_reason}", markup=False, highlight=False)


def print_incident_table(out: Console, store: Store, limit: int = 20) -> None:
    """The incidents most sources report, with their reconciled figures."""
    rows = sorted(
        store.iter_rows(store.incidents),
        key=lambda r: (-(r["n_sources"] or 0), r["event_date"] or "9999", r["incident_id"]),
    )
    if not rows:
        return
    by_incident: dict[str, int] = {}
    for st in store.iter_statement_rows():
        if st["incident_id"]:
            by_incident[st["incident_id"]] = by_incident.get(st["incident_id"], 0) + 1
    table = Table(title=f"Incidents ({len(rows)}; the {min(limit, len(rows))} most reported)")
    for col in ("id", "date", "type", "place", "killed low/best/high", "sources", "statements"):
        table.add_column(col, overflow="fold")
    for r in rows[:limit]:
        figures = (r["fatalities_low"], r["fatalities_best"], r["fatalities_high"])
        toll = "/".join("-" if v is None else str(v) for v in figures)
        table.add_row(
            r["incident_id"], r["event_date"] or "unknown", r["sub_event_type"] or "-",
            r["location"] or "unknown", toll, str(r["n_sources"] or 0),
            str(by_incident.get(r["incident_id"], 0)),
        )  # fmt: skip
    out.print(table)


def print_incidents(out: Console, article: Article) -> None:
    """One article's incidents, each field with the words it came from."""
    from eventwire.extract.coding import code

    head = article.title or article.text[:60].replace("\n", " ") + "…"
    when = article.published.isoformat() if article.published else "unknown"
    if article.published and article.published_explicit is False:
        when += " (inferred)"
    out.print(f"[bold]{head}[/bold]  published {when}", highlight=False)
    if not article.incidents:
        out.print("no incident reported")
    for m in article.incidents:
        c = code(m, article.text)
        table = Table(title=f"incident {m.n}" + (" (background)" if m.background else ""),
                      show_header=True, title_justify="left")  # fmt: skip
        for col in ("field", "value", "from the text"):
            table.add_column(col, overflow="fold")
        table.add_row("type", f"{m.event_type}: {m.sub_event_type}", m.trigger.text)
        table.add_row("date", c["event_date"] or "unknown", m.date.text if m.date else "")
        place = c["location"] or "unknown"
        if c["geo_precision"]:
            place += f" (precision {c['geo_precision']})"
        table.add_row("place", place, m.place.text if m.place else "")
        table.add_row("actor1", c["actor1"] or "-", m.actor1.text if m.actor1 else "")
        table.add_row("actor2", c["actor2"] or "-", m.actor2.text if m.actor2 else "")
        for name, count, best in (("killed", m.killed, c["fatalities_best"]),
                                  ("injured", m.injured, c["injuries_best"])):  # fmt: skip
            said = f" per {count.attributed_to}" if count and count.attributed_to else ""
            hedge = " (hedged)" if count and count.hedged else ""
            table.add_row(name, f"{best}{said}{hedge}" if best is not None else "unknown",
                          count.text if count else "")  # fmt: skip
        out.print(table)
