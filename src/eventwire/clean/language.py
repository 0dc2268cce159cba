"""Language of an article's text (ISO 639-1), from py3langid's offline model."""

from __future__ import annotations

import py3langid

MIN_CHARS = 40


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:3000]
    if len(sample.strip()) < MIN_CHARS:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
