"""Build the clean text, its paragraph offsets and its headings from blocks."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..model import Heading, Paragraph

PARAGRAPH_SEP = "\n\n"


def assemble(blocks: list[tuple[str, str]]) -> tuple[str, list[Paragraph], list[Heading]]:
    """``blocks`` are (kind, text) with kind dek|heading|body, in page order."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    headings: list[Heading] = []
    offset = 0
    for kind, text in blocks:
        text = text.strip()
        if not text:
            continue
        if kind == "heading":
            headings.append(Heading(text=text, at=offset + (len(PARAGRAPH_SEP) if parts else 0)))
            continue
        if parts:
            offset += len(PARAGRAPH_SEP)
        paragraphs.append(Paragraph(start=offset, end=offset + len(text), kind=kind))
        parts.append(text)
        offset += len(text)
    text = PARAGRAPH_SEP.join(parts)
    # a heading after the last paragraph points at the end of the text
    headings = [Heading(h.text, min(h.at, len(text))) for h in headings]
    return text, paragraphs, headings


def normalise_for_id(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", s).strip()


def article_id(text: str, url: str | None) -> str:
    """Content hash of the normalised clean text and the URL (16 hex digits)."""
    h = hashlib.sha256()
    h.update((url or "").strip().encode("utf-8"))
    h.update(b"\x00")
    h.update(normalise_for_id(text).encode("utf-8"))
    return h.hexdigest()[:16]
