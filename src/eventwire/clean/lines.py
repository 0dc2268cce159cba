"""Plain-text page cleaning: classify every line, cut the page into articles, keep the body.

Scraped pages arrive as text dumps with the site's furniture left in: section labels, photo
captions, share buttons, date stamps, comment policies, and often the body printed twice. This
module decides the role of each line and groups lines into one or more articles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from eventwire.clean import patterns as P
from eventwire.clean.dates import find_dates


@dataclass(slots=True)
class RawArticle:
    """What the line cleaner found for one article, before dates and language are settled."""

    title: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    body: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (role, line)

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_STAMP_ANYWHERE = re.compile(r"\b(?:posted|published|updated|last updated)(?:\s+on)?\s*:?\s+", re.I)
_TERMINAL = (".", ",", ";", ":")
MIN_ARTICLE_BODY = 150  # characters of text a headed block needs to count as an article


def normalise(content: str) -> str:
    """NFC, one kind of newline, no invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", content).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs; hard-wrapped lines inside a blank-line block are joined back."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.split("\n") if ln]
        current = ""
        for ln in lines:
            if current and _continues(current, ln):
                current = current[:-1] + ln if current.endswith("-") else f"{current} {ln}"
            else:
                if current:
                    out.append(current)
                current = ln
        if current:
            out.append(current)
    return out


def _continues(prev: str, nxt: str) -> bool:
    """True when ``nxt`` is the rest of a hard-wrapped sentence begun on ``prev``."""
    if len(prev) < 40 or prev.endswith((".", "!", "?", '"', "”", "’", ":", ")")):
        return False
    return nxt[:1].islower() or prev.endswith((",", "-", "–"))


def is_title_like(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 220:
        return False
    if line.endswith(_TERMINAL) or P.BULLET.match(line) or P.DATELINE.match(line):
        return False
    if line.endswith(("(", "[", "-", "—")) or not any(c.islower() for c in line):
        return False  # a cut-off caption, or a shouted label such as "FOR IMMEDIATE RELEASE"
    first = line[:1]
    return first.isupper() or first.isdigit() or first in "\"“‘'"


def _is_stamp(line: str) -> bool:
    if P.RELATIVE_STAMP.match(line):
        return True
    dates = find_dates(line)
    if not dates:
        return False
    if P.STAMP_PREFIX.match(line):
        return True
    # A line that is nothing but a date (and perhaps a clock time): "Wednesday, 11/22/2023".
    rest = line
    for d in dates:
        rest = rest.replace(d.text, " ")
    rest = P.CLOCK.sub(" ", rest)
    return not re.sub(r"[\s,|•·-]+", "", rest)


def _split_stamp(line: str) -> tuple[str, str] | None:
    """'Headline Posted: Friday, January 31, 2014 ...' -> ('Headline', 'Posted: ...')."""
    m = _STAMP_ANYWHERE.search(line)
    if not m or m.start() == 0 or not find_dates(line[m.start() : m.start() + 80]):
        return None
    return line[: m.start()].strip(), line[m.start() :].strip()


def classify(line: str) -> str:
    """The role a line plays on its own: boilerplate, meta, caption or text."""
    if P.BOILERPLATE_LINE.match(line) or (
        len(line) < 120 and any(p.search(line) for p in P.OUTLET_NAMED)
    ):
        return "boilerplate"
    if _is_stamp(line):
        return "meta"
    if P.CAPTION.search(line):
        return "caption"
    if P.BYLINE.match(line):
        return "byline"
    return "text"


_GALLERY_NOISE = re.compile(
    r"(?i)\bImage \d+ of /?\s*\d+\s*(?:Caption\s*)?(?:Close)?|"
    r"\b(?:Photo|Image|Credit)\s*:\s*[^.]*$|\bCaption Close\b|\bPhoto\s*:\s*[\w .,'-]{0,40}$"
)


def captions_as_text(captions: list[str]) -> str:
    """The text of a photo gallery: its captions without the "Image 3 of 10" counters and the
    photo credits, each sentence once (galleries print every caption twice and repeat it on
    every picture), a paragraph per caption that adds something."""
    seen: set[str] = set()
    paras = []
    for caption in captions:
        clean = _GALLERY_NOISE.sub(" ", caption)
        fresh = []
        for sentence in re.split(r"(?<=[.!?])\s+", clean):
            sentence = sentence.strip()
            key = _norm_key(sentence)
            if len(sentence.split()) >= 4 and key not in seen:
                seen.add(key)
                fresh.append(sentence)
        if fresh:
            paras.append(" ".join(fresh))
    return "\n\n".join(paras)


def _norm_key(line: str) -> str:
    """Comparison key: case, punctuation and a leading dateline do not make a line new."""
    return re.sub(r"\W+", " ", P.DATELINE.sub("", line, count=1).casefold()).strip()


def _header_starts(paras: list[str], roles: list[str]) -> list[int]:
    """Indices of lines that open an article: a headline repeated a few lines on, or followed
    by a date stamp with only page furniture in between."""
    starts: list[int] = []
    for i, line in enumerate(paras):
        if roles[i] != "text" or not is_title_like(line):
            continue
        key = _norm_key(line)
        for j in range(i + 1, min(i + 9, len(paras))):
            if _norm_key(paras[j]) == key:
                starts.append(i)
                break
            if roles[j] == "meta" and j - i <= 4:
                starts.append(i)
                break
            if roles[j] == "text" and not (len(paras[j].split()) <= 3):
                break
    return starts


def _substantial(starts: list[int], paras: list[str], roles: list[str]) -> list[int]:
    """Keep only starts whose article has real text before the next start; a 'headline'
    followed by a stamp and little else is page furniture, and its lines stay where they are."""
    kept: list[int] = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(paras)
        body = sum(len(paras[i]) for i in range(s + 1, end) if roles[i] == "text")
        if body >= MIN_ARTICLE_BODY:
            kept.append(s)
    return kept


def _comment_block(paras: list[str]) -> tuple[set[int], str | None]:
    """Indices of comment-policy lines and the outlet the policy names."""
    dropped: set[int] = set()
    outlet = None
    i = 0
    while i < len(paras):
        m = P.COMMENT_POLICY_START.match(paras[i])
        if not m:
            i += 1
            continue
        outlet = outlet or (m.group("outlet") or None)
        j = i
        while j < len(paras) and (j == i or P.COMMENT_POLICY_LINE.search(paras[j])):
            dropped.add(j)
            j += 1
        i = j
    return dropped, outlet


def _outlet_from_copyright(paras: list[str]) -> str | None:
    for line in paras[-8:]:
        for pattern in P.OUTLET_NAMED:
            m = pattern.search(line)
            if m and len(line) < 120:
                return m.group("outlet").strip()
    return None


def clean_lines(content: str, known_title: str | None = None) -> list[RawArticle]:
    """Cut a text page into articles and sort each line into body or furniture."""
    paras = paragraphs(normalise(content))
    # Headlines with a date stamp glued on ("... killed Posted: Friday, January 31, 2014").
    expanded: list[str] = []
    for k, line in enumerate(paras):
        split = _split_stamp(line) if k < 4 else None
        expanded.extend(part for part in (split or (line,)) if part)
    paras = expanded
    roles = [classify(p) for p in paras]
    policy, outlet = _comment_block(paras)
    for i in policy:
        roles[i] = "boilerplate"
    outlet = outlet or _outlet_from_copyright(paras)

    starts = _substantial(_header_starts(paras, roles), paras, roles)
    if known_title:
        key = _norm_key(known_title)
        starts = sorted(set(starts) | {i for i, p in enumerate(paras[:6]) if _norm_key(p) == key})
    bounds = starts[:] if starts else [0]
    bounds[0] = 0  # lines before the first headline belong to the first article
    segments = [(s, e) for s, e in zip(bounds, [*bounds[1:], len(paras)], strict=True)]

    articles = []
    for n, (s, e) in enumerate(segments):
        title_idx = starts[n] if starts else None
        article = _build(paras, roles, s, e, title_idx, known_title if n == 0 else None)
        article.outlet = outlet
        if article.body or article.captions:  # a gallery: captions only
            articles.append(article)
    return articles


def _build(
    paras: list[str],
    roles: list[str],
    start: int,
    end: int,
    title_idx: int | None,
    known_title: str | None,
) -> RawArticle:
    art = RawArticle()
    title = paras[title_idx] if title_idx is not None else known_title
    art.title = title
    title_key = _norm_key(title) if title else None
    seen: set[str] = set()
    in_body = False
    for i in range(start, end):
        line, role = paras[i], roles[i]
        if i == title_idx:
            continue
        if title_key and _norm_key(line) == title_key:
            art.dropped.append(("repeat", line))
            continue
        if role == "meta":
            art.meta.append(line)
            continue
        if role == "caption" or (
            not in_body
            and title_idx is not None
            and i < title_idx
            and P.CAPTION_DATE_END.search(line)
        ):
            art.captions.append(line)
            continue
        if role in ("boilerplate", "byline"):
            art.dropped.append((role, line))
            continue
        if not in_body and len(line.split()) <= 3 and not line.endswith((".", "!", "?")):
            art.dropped.append(("section", line))  # "Iraq": a section label above the story
            continue
        key = _norm_key(line)
        if len(key) >= 20 and key in seen:
            m = P.DATELINE.match(line) if art.dateline is None else None
            if m:
                # A teaser repeated as the dated first paragraph: keep the paragraph that
                # carries the dateline, in the teaser's place.
                at = next(i for i, b in enumerate(art.body) if _norm_key(b) == key)
                art.dropped.append(("repeat", art.body[at]))
                art.body[at] = line
                art.dateline = m.group("dateline").strip()
            else:
                art.dropped.append(("repeat", line))
            continue
        seen.add(key)
        if art.dateline is None and len(art.body) < 3:
            # the first paragraphs: a headline or a teaser may come before the dated one
            m = P.DATELINE.match(line)
            if m and not P.NOT_A_DATELINE.search(m.group("dateline")):
                art.dateline = m.group("dateline").strip()
        if not P.BULLET.match(line):
            in_body = True
        art.body.append(line)
    return art
