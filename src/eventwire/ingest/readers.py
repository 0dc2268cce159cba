"""Reading pages from files: .txt, .html/.htm, .jsonl and .warc/.warc.gz.

Every reader yields a ``PageInput`` per usable page and a ``Rejection`` per unusable one, with
a one-line reason; a bad item never stops the batch.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.ingest.decode import DecodeFailure, decode_bytes, looks_binary
from eventwire.records import PageInput, Rejection

Item = PageInput | Rejection

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz")
TEXT_FIELDS = ("text", "content", "body")
URL_FIELDS = ("url", "uri", "link")
DATE_FIELDS = ("published", "date", "dct", "publish_date")


def looks_like_html(text: str) -> bool:
    """A page that starts as an HTML document, whatever its file name says."""
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if path.suffix.lower() in JSONL_SUFFIXES:
        return "jsonl"
    return TEXT_SUFFIXES.get(path.suffix.lower())


def walk(given: str) -> tuple[list[tuple[str, Path]], list[str]]:
    """Files under a path as the user named them, and files skipped for their type.

    Paths keep the spelling the user gave (``source_path`` is 'as given to ingest'), with the
    part below a given folder appended.
    """
    root = Path(given)
    if root.is_file():
        return ([(given, root)], []) if kind_of(root) else ([], [given])
    found: list[tuple[str, Path]] = []
    skipped: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            shown = os.path.join(given, os.path.relpath(path, root))
            (found.append((shown, path)) if kind_of(path) else skipped.append(shown))
    return found, skipped


def read_path(shown: str, path: Path, max_bytes: int) -> Iterator[Item]:
    kind = kind_of(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(shown, f"cannot read file: {exc.strerror}")
        return
    if size == 0:
        yield Rejection(shown, "empty file")
        return
    if kind == "jsonl":
        yield from read_jsonl(shown, path, max_bytes)
    elif kind == "warc":
        yield from read_warc(shown, path, max_bytes)
    else:
        yield read_page_file(shown, path, size, max_bytes, html=(kind == "html"))


def _too_large(size: int, max_bytes: int) -> str:
    mb = 1024 * 1024
    return f"too large: {size / mb:.1f} MB, over the {max_bytes / mb:.0f} MB limit for a page"


def read_page_file(shown: str, path: Path, size: int, max_bytes: int, html: bool) -> Item:
    if size > max_bytes:
        return Rejection(shown, _too_large(size, max_bytes))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(shown, f"cannot read file: {exc.strerror}")
    return page_from_bytes(shown, data, "html" if html else "txt", html=html)


def page_from_bytes(
    shown: str,
    data: bytes,
    fmt: str,
    *,
    html: bool,
    external_id: str | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> Item:
    if not data.strip():
        return Rejection(shown, "empty page", external_id)
    if looks_binary(data):
        return Rejection(shown, "binary data, not a text or HTML page", external_id)
    decoded = decode_bytes(data, declared=charset, html=html)
    if isinstance(decoded, DecodeFailure):
        return Rejection(shown, decoded.reason, external_id)
    if not decoded.strip():
        return Rejection(shown, "empty page", external_id)
    is_html = html or looks_like_html(decoded)
    return PageInput(
        source_path=shown,
        format=fmt,  # type: ignore[arg-type]
        content=decoded,
        is_html=is_html,
        external_id=external_id,
        url=url,
    )


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        value = obj.get(name)
        if value not in (None, ""):
            return name, value
    return None, None


def _parse_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def read_jsonl(shown: str, path: Path, max_bytes: int) -> Iterator[Item]:
    """One article per line: ``text`` (or ``content``/``body``) or ``html``; optional ``id``,
    ``url`` (``uri``/``link``), ``title``, ``published`` (``date``/``dct``), ``outlet``."""
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            where = f"line {n}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield Rejection(shown, f"{where}: {_too_large(len(raw), max_bytes)}", where)
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Rejection(shown, f"{where}: not UTF-8 (JSON Lines must be UTF-8)", where)
                continue
            except json.JSONDecodeError as exc:
                yield Rejection(
                    shown, f"{where}: invalid JSON ({exc.msg} at column {exc.colno})", where
                )
                continue
            if not isinstance(obj, dict):
                yield Rejection(shown, f"{where}: a JSON object was expected", where)
                continue
            yield _page_from_json(shown, obj, where)


def _page_from_json(shown: str, obj: dict[str, Any], where: str) -> Item:
    ext_id = str(obj["id"]) if obj.get("id") not in (None, "") else None
    label = ext_id or where
    _, text = _first(obj, TEXT_FIELDS)
    html = obj.get("html")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        return Rejection(shown, f"{where}: no 'text' or 'html' field with content", label)
    date_field, date_value = _first(obj, DATE_FIELDS)
    published = None
    if date_value is not None:
        published = _parse_date(date_value)
        if published is None:
            return Rejection(
                shown, f"{where}: '{date_field}' is not a date (YYYY-MM-DD): {date_value!r}", label
            )
    _, url = _first(obj, URL_FIELDS)
    is_html = body is html or looks_like_html(body)
    return PageInput(
        source_path=shown,
        format="jsonl",
        content=body,
        is_html=bool(is_html),
        external_id=ext_id,
        url=str(url) if url else None,
        title=str(obj["title"]).strip() if obj.get("title") else None,
        outlet=str(obj["outlet"]).strip() if obj.get("outlet") else None,
        published=published,
        published_source=f"the JSONL field '{date_field}'" if published else None,
    )


def read_warc(shown: str, path: Path, max_bytes: int) -> Iterator[Item]:
    """HTML response records of a WARC file; a truncated file keeps the records read before."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode() or ""
                if "html" not in ctype.lower() or not status.startswith("2"):
                    continue
                rec_id = record.rec_headers.get_header("WARC-Record-ID")
                url = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read(max_bytes + 1)
                count += 1
                expected = (record.length or 0) - record.http_headers.total_len
                if len(data) < expected:
                    raise EOFError(f"record {rec_id} ends after {len(data)} of {expected} bytes")
                if len(data) > max_bytes:
                    yield Rejection(shown, _too_large(len(data), max_bytes), rec_id)
                    continue
                charset = None
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
                yield page_from_bytes(
                    shown, data, "warc", html=True, external_id=rec_id, url=url, charset=charset
                )
        if path.name.lower().endswith(".gz") and not _gzip_complete(path):
            raise EOFError("the gzip stream ends in the middle of a record")
    # warcio raises AttributeError/KeyError on some damaged headers, not only its own errors.
    except (
        ArchiveLoadFailed,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        AttributeError,
        KeyError,
    ) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield Rejection(
            shown, f"WARC file is truncated or malformed after {count} page(s): {detail[:160]}"
        )


def _gzip_complete(path: Path) -> bool:
    """Whether every gzip member of the file is whole (warcio stops quietly at a cut member)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    fed = False
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            while chunk:
                fed = True
                inflater.decompress(chunk)
                chunk = inflater.unused_data if inflater.eof else b""
                if inflater.eof:
                    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    fed = False
    return inflater.eof or not fed
