"""HTML pages: trafilatura finds the main text and the page's metadata; the line cleaner then
treats the text like any other page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    sitename: str | None
    date: dt.date | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlExtract | None:
    """Main text and metadata of an HTML page, or None when it holds no article text."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            # Only dates the page states in its markup; no guessing from the text or the URL.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError):
        return None
    if doc is None:
        return None
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    if not text.strip():
        return None
    date = None
    if meta.get("date"):
        try:
            date = dt.date.fromisoformat(str(meta["date"])[:10])
        except ValueError:
            date = None
    return HtmlExtract(
        text=text,
        title=meta.get("title") or None,
        sitename=meta.get("sitename") or None,
        date=date,
        url=meta.get("url") or url,
    )
