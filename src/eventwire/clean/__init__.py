"""Cleaning: a raw page in, one or more clean articles (or a rejection that says why) out."""

from __future__ import annotations

from eventwire.clean.html import extract_html
from eventwire.clean.lines import captions_as_text, clean_lines
from eventwire.records import Article, PageInput, Rejection

__all__ = ["split_page"]


def split_page(page: PageInput, min_chars: int = 80) -> list[Article] | Rejection:
    """Clean one page into articles: body text, title, dateline, outlet, captions, date stamps.

    A page that carries several articles gives several, numbered from 1 in ``part``.
    """
    html_date = None
    known_title = page.title
    outlet = page.outlet
    text = page.content
    if page.is_html:
        extracted = extract_html(page.content, page.url)
        if extracted is None:
            return Rejection(page.source_path, "HTML page holds no article text", page.external_id)
        text = extracted.text
        known_title = known_title or extracted.title
        outlet = outlet or extracted.sitename
        html_date = extracted.date
    cleaned = clean_lines(text, known_title)
    raws = [r for r in cleaned if len(r.text) >= min_chars]
    gallery = captions_as_text([c for r in cleaned for c in r.captions]) if not raws else ""
    if not raws and len(gallery) >= min_chars:
        # A photo gallery: the captions are the only report on the page.
        first = cleaned[0]
        return [Article(text=gallery, title=first.title or known_title, dateline=first.dateline,
                        outlet=outlet or first.outlet, meta_lines=tuple(first.meta),
                        html_date=html_date, text_from="captions")]  # fmt: skip
    if not raws:
        return Rejection(
            page.source_path,
            f"no article text after cleaning (under {min_chars} characters of body)",
            page.external_id,
        )
    many = len(raws) > 1
    return [
        Article(
            text=raw.text,
            part=n + 1 if many else None,
            title=raw.title,
            dateline=raw.dateline,
            outlet=outlet or raw.outlet,
            captions=tuple(raw.captions),
            meta_lines=tuple(raw.meta),
            html_date=html_date,
        )
        for n, raw in enumerate(raws)
    ]
