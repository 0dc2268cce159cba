"""Bytes to text: UTF-8 first, then the page's declared charset, then a checked guess."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    reason: str


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: an image, archive, PDF..."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 50)


def _known(encoding: str) -> str | None:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_bytes(
    data: bytes, declared: str | None = None, html: bool = False
) -> str | DecodeFailure:
    """Decode a page. A guess is accepted only when it decodes cleanly and reads as text."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return DecodeFailure(f"starts with a {enc} byte-order mark but is not {enc}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    if declared:
        candidates.append(declared)
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            candidates.append(m.group(1).decode("ascii", "ignore"))
    for enc in candidates:
        name = _known(enc)
        if name and name != "utf-8":  # UTF-8 already failed above
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.chaos < 0.2 and best.encoding:
        try:
            return data.decode(best.encoding)
        except UnicodeDecodeError:
            pass
    return DecodeFailure(
        f"cannot decode: not UTF-8 (bad byte at offset {utf8_error.start}) and no reliable "
        "encoding declared or detected"
    )
