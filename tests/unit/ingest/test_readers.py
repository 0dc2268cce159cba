"""Readers and bad input: every bad item gets one clear reason; good items around it survive."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_path, walk
from eventwire.records import PageInput, Rejection

MAX = 20 * 1024 * 1024
ARTICLE = "BAGHDAD - A rocket hit the airport perimeter on Monday night, officials said. " * 3


def read(path: Path) -> list[PageInput | Rejection]:
    return list(read_path(str(path), path, MAX))


def test_plain_text_and_html_pages(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (tmp_path / "c.txt").write_text(f"<!DOCTYPE html><html><body><p>{ARTICLE}</p></body></html>")
    a, b, c = (read(tmp_path / n)[0] for n in ("a.txt", "b.html", "c.txt"))
    assert isinstance(a, PageInput) and not a.is_html and a.content == ARTICLE
    assert isinstance(b, PageInput) and b.is_html
    assert isinstance(c, PageInput) and c.is_html, "HTML saved as .txt is still read as HTML"


def test_walk_is_recursive_sorted_and_keeps_the_given_spelling(tmp_path: Path):
    (tmp_path / "z").mkdir()
    for name in ("z/2.txt", "1.html", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    found, skipped = walk(str(tmp_path))
    assert [shown for shown, _ in found] == [f"{tmp_path}/1.html", f"{tmp_path}/z/2.txt"]
    assert skipped == [f"{tmp_path}/notes.pdf"]


def test_empty_binary_and_huge_files_are_rejected_with_a_reason(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n  \n")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 21 MB on paper, nothing on disk
        fh.seek(21 * 1024 * 1024)
        fh.write(b"x")
    reasons = {p.name: read(p)[0] for p in tmp_path.iterdir()}
    assert all(isinstance(r, Rejection) for r in reasons.values())
    assert reasons["empty.txt"].reason == "empty file"  # type: ignore[union-attr]
    assert reasons["blank.txt"].reason == "empty page"  # type: ignore[union-attr]
    assert "binary" in reasons["image.html"].reason  # type: ignore[union-attr]
    assert reasons["huge.txt"].reason == (  # type: ignore[union-attr]
        "too large: 21.0 MB, over the 20 MB limit for a page"
    )


def test_legacy_encodings_are_decoded_and_garbage_is_rejected(tmp_path: Path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Le ministère a confirmé l'attaque à Mossoul. " * 5).encode("cp1252"))
    page = read(latin)[0]
    assert isinstance(page, PageInput) and "ministère" in page.content
    declared = tmp_path / "declared.html"
    declared.write_bytes(
        b'<html><head><meta charset="windows-1256"></head><body><p>'
        + "بغداد ".encode("cp1256") * 20
        + b"</p></body></html>"
    )
    page = read(declared)[0]
    assert isinstance(page, PageInput) and "بغداد" in page.content


def test_jsonl_good_and_bad_lines(tmp_path: Path):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": ARTICLE,
                "url": "http://x/1",
                "published": "2024-02-03",
                "outlet": "Wire",
                "title": "T",
            }
        ),
        '{"id": "a2", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a4", "title": "video only"}),
        json.dumps({"id": "a5", "text": ARTICLE, "published": "yesterday"}),
        "",
        json.dumps({"content": ARTICLE + " more", "uri": "http://x/6", "dct": "2014-01-20"}),
        json.dumps({"id": 7, "html": f"<html><body><p>{ARTICLE}</p></body></html>"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert len(items) == 7
    good = [i for i in items if isinstance(i, PageInput)]
    bad = [i for i in items if isinstance(i, Rejection)]
    assert [g.external_id for g in good] == ["a1", None, "7"]
    assert good[0].published.isoformat() == "2024-02-03"  # type: ignore[union-attr]
    assert good[0].published_source == "the JSONL field 'published'"
    assert (good[0].outlet, good[0].title, good[0].url) == ("Wire", "T", "http://x/1")
    assert good[1].url == "http://x/6" and good[1].published_source == "the JSONL field 'dct'"
    assert good[2].is_html
    assert [b.reason.split(":")[0] for b in bad] == ["line 2", "line 3", "line 4", "line 5"]
    assert "invalid JSON" in bad[0].reason
    assert "no 'text' or 'html'" in bad[2].reason and bad[2].external_id == "a4"
    assert "'published' is not a date" in bad[3].reason


def _warc(records: list[tuple[str, str, bytes]], gz: bool) -> bytes:
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
        )
    return buf.getvalue()


def test_warc_html_records_are_read_and_others_ignored(tmp_path: Path):
    html = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    data = _warc(
        [
            ("http://a/1", "text/html; charset=utf-8", html),
            ("http://a/logo", "image/png", b"\x89PNG"),
            ("http://a/2", "text/html", html.replace(b"rocket", b"drone")),
        ],
        gz=True,
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["PageInput", "PageInput"]
    assert [i.url for i in items] == ["http://a/1", "http://a/2"]  # type: ignore[union-attr]
    assert all(i.external_id and i.external_id.startswith("<urn:uuid:") for i in items)  # type: ignore[union-attr]


@pytest.mark.parametrize("keep", [0.3, 0.5, 0.8, 0.95, 0.99])
def test_truncated_warc_keeps_what_was_read_and_says_where_it_broke(tmp_path: Path, keep: float):
    html = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    data = _warc(
        [(f"http://a/{n}", "text/html", html + bytes(str(n), "ascii")) for n in range(3)], gz=True
    )
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * keep)])
    items = read(path)
    assert isinstance(items[-1], Rejection)
    assert items[-1].reason.startswith("WARC file is truncated or malformed after")
    assert all(isinstance(i, PageInput) for i in items[:-1])


def test_gzip_that_is_not_a_warc_is_rejected(tmp_path: Path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"hello, this is not a WARC file\n" * 10))
    (item,) = read(path)
    assert isinstance(item, Rejection) and "WARC" in item.reason
