"""The command line: thin typed wrappers around the library functions in ``eventwire.api``.

User errors become one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire import api
from eventwire.cli.summary import print_ingest, print_process, print_summary
from eventwire.config import Settings
from eventwire.errors import EventwireError, InputError
from eventwire.export import Format, What, export
from eventwire.store.repository import Store

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="eventwire: news pages in, a source-attributed incident database out.",
)
# Pipes and CI logs get a wide, fixed width instead of rich's 80-column fallback.
# Message lines are never wrapped (one line per item, greppable).
out = Console(width=None if sys.stdout.isatty() else 160, soft_wrap=True)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 160, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database file path or SQLAlchemy URL [default: $EVENTWIRE_DB, else ./eventwire.db].",
    ),
]
OutletOption = Annotated[str | None, typer.Option(help="Outlet name for every page read now.")]
PublishedOption = Annotated[
    str | None, typer.Option(help="Publication date YYYY-MM-DD for every page read now.")
]
PathsArg = Annotated[
    list[str], typer.Argument(help="Files or folders (.txt .html .htm .jsonl .warc .warc.gz).")
]


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"--published {value!r} is not a date.", fix="write it as YYYY-MM-DD."
        ) from None


@contextmanager
def _progress(label: str) -> Iterator[api.Progress]:
    """A rich progress bar on a terminal; silent otherwise (CI logs, pipes)."""
    if not err.is_terminal:
        yield lambda done, total: None
        return
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _ingest(
    store: Store, paths: list[str], outlet: str | None, published: str | None, settings: Settings
) -> int:
    with _progress("ingest") as progress:
        report = api.ingest(
            store,
            paths,
            outlet=outlet,
            published=_date(published),
            settings=settings,
            progress=progress,
        )
    print_ingest(out, err, report)
    return 1 if report.missing else 0


def _process(store: Store, settings: Settings, workers: int = 1) -> None:
    with _progress("process") as progress:
        report = api.process(store, settings=settings, progress=progress, workers=workers)
    print_process(out, err, report)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
) -> None:
    """Read pages into the database (same content twice is stored once)."""
    settings = Settings.load(db=db)
    with api.open_store(settings=settings) as store:
        code = _ingest(store, paths, outlet, published, settings)
    raise typer.Exit(code)


@app.command()
def process(
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (each loads the model: ~1 GB).")
    ] = 1,
) -> None:
    """Run the pipeline on everything not yet processed (safe to interrupt and re-run)."""
    settings = Settings.load(db=db)
    with api.open_store(settings=settings) as store:
        _process(store, settings, workers)


@app.command()
def run(
    paths: PathsArg,
    db: DbOption = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
) -> None:
    """Ingest, then process."""
    settings = Settings.load(db=db)
    with api.open_store(settings=settings) as store:
        code = _ingest(store, paths, outlet, published, settings)
        _process(store, settings)
        print_summary(out, store)
    raise typer.Exit(code)


@app.command("export")
def export_cmd(
    what: Annotated[What, typer.Option(help="Which records.")] = What.DOCUMENTS,
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.JSONL,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="File to write [default: stdout].")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write documents, incidents, statements or numeric claims as JSONL, CSV or GeoJSON."""
    settings = Settings.load(db=db)
    with api.open_store(settings=settings) as store:
        if out_file is None:
            export(store, what, format, sys.stdout)
            return
        tmp = out_file.with_name(out_file.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = export(store, what, format, fh)
            tmp.replace(out_file)
        except OSError as exc:
            raise InputError(f"cannot write {out_file}: {exc.strerror}.") from None
        finally:
            tmp.unlink(missing_ok=True)
        err.print(f"wrote {n} {what.value} to {out_file}")


@app.command("extract")
def extract_cmd(
    source: Annotated[
        str, typer.Argument(help="A page file (.txt, .html, .jsonl, .warc), or - for stdin.")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, when the page lacks one.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON in the export schema.")] = False,
) -> None:
    """Clean one article and show its incidents, storing nothing."""
    import json

    from eventwire.cli.summary import print_incidents
    from eventwire.extract.coding import code

    day = _date(published)
    data = sys.stdin.buffer.read() if source == "-" else None
    # One article given on purpose: even a single sentence is worth a look.
    articles = api.extract(source, data, published=day, settings=Settings.load(min_article_chars=1))
    if as_json:
        docs = [{"part": a.part, "title": a.title, "dateline": a.dateline, "outlet": a.outlet,
                 "published": a.published.isoformat() if a.published else None,
                 "published_explicit": a.published_explicit,
                 "incidents": [{"n": m.n, **code(m, a.text)} for m in a.incidents]}
                for a in articles]  # fmt: skip
        sys.stdout.write(json.dumps(docs, indent=2, ensure_ascii=False) + "\n")
        return
    for a in articles:
        print_incidents(out, a)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept uploads at POST /api/ingest.")
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(envvar="EVENTWIRE_TOKEN", help="Bearer token uploads must carry."),
    ] = None,
) -> None:
    """Serve the web page and the REST API over the database (read-only unless --allow-ingest)."""
    import uvicorn

    from eventwire.web.api import create_app

    settings = Settings.load(db=db)
    store = api.open_store(settings=settings)
    app_ = create_app(store, settings=settings, allow_ingest=allow_ingest, token=token)
    err.print(f"eventwire on http://{host}:{port}/ (API docs: /docs)")
    uvicorn.run(app_, host=host, port=port, log_level="warning")


@app.command()
def status(db: DbOption = None) -> None:
    """Show what the database holds."""
    settings = Settings.load(db=db)
    with api.open_store(settings=settings) as store:
        print_summary(out, store)


@app.command()
def demo(
    db: Annotated[
        str, typer.Option("--db", help="Where to build the demo database (replaced).")
    ] = "eventwire-demo.db",
) -> None:
    """Build a fresh database from the bundled demo corpus and print the summary."""
    from eventwire.demo import corpus_path

    path = Path(db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    settings = Settings.load(db=db)
    with api.open_store(settings=settings) as store:
        _ingest(store, [str(corpus_path())], None, None, settings)
        _process(store, settings)
        print_summary(out, store)
    out.print(
        f"\nDemo database: {path.resolve()}\n"
        f"Explore it: eventwire serve --db {db}  then open http://127.0.0.1:8000/\n"
        f"Export it:  eventwire export --db {db} --what incidents --format geojson"
    )


@app.command("eval")
def eval_cmd(
    dataset: Annotated[
        str, typer.Argument(help="Dataset: tempeval3, geo, gva, quotes, quotes-train or gvdb.")
    ],
    data: Annotated[
        Path | None,
        typer.Option(
            help="Datasets folder [default: $EVENTWIRE_SHARED/datasets, else ../shared/datasets]."
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the result as JSON.")
    ] = None,
) -> None:
    """Measure eventwire against a baseline on a shared research dataset."""
    import json

    from eventwire.eval import Dataset, evaluate
    from eventwire.eval.report import table

    try:
        chosen = Dataset(dataset)
    except ValueError:
        known = ", ".join(d.value for d in Dataset)
        raise InputError(f"unknown dataset {dataset!r}.", fix=f"choose one of: {known}.") from None
    result = evaluate(chosen, data, limit)
    out.print(table(result))
    if json_out:
        json_out.write_text(
            json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        err.print(f"wrote {json_out}")


@app.command()
def version() -> None:
    """Print the version and the spaCy model that EVENTWIRE_SPACY_MODEL resolves to."""
    from eventwire import __version__
    from eventwire.nlp import resolve_model

    name = Settings.load().spacy_model
    out.print(f"eventwire {__version__}; spaCy model {name} -> {resolve_model(name)}")


def main() -> None:
    """Entry point: run the app, turning eventwire's errors into one line and an exit code."""
    try:
        app()
    except EventwireError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted: what was committed is kept; run the same command again to go on.")
        sys.exit(130)
