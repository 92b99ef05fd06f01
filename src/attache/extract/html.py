"""HTML pages to article blocks and metadata, with trafilatura and htmldate."""

from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura
from htmldate import find_date
from trafilatura.settings import Document

from .plaintext import clean_line, comparable


class HtmlExtractionError(ValueError):
    pass


@dataclass
class HtmlResult:
    blocks: list[tuple[str, str]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    subtitle: str | None = None
    url: str | None = None
    extractor: str = "trafilatura"


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    try:
        # favor_precision and no comments: measured best on the extraction benchmark (docs/benchmarks.md)
        doc = trafilatura.bare_extraction(html, url=url, favor_precision=True, include_comments=False, with_metadata=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise HtmlExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    result = HtmlResult()
    text = ""
    if isinstance(doc, Document):  # None when nothing was found (a dict only with as_dict, not asked for)
        text = doc.text or ""
        result.title = doc.title or None
        result.author = doc.author or None
        result.published = doc.date or None
        result.outlet = doc.sitename or None
        result.subtitle = doc.description or None
        result.url = doc.url or None
    if not text.strip():
        # trafilatura found no main content: fall back to its baseline extractor
        try:
            _, text, _ = trafilatura.baseline(html)
        except Exception:
            text = ""
        result.extractor = "trafilatura-baseline"
    if not text.strip():
        raise HtmlExtractionError("no article text found in the HTML")
    lines = [line for line in (clean_line(x) for x in text.split("\n")) if line]
    # the headline often opens the extracted text: it is the title, not body
    if lines and result.title and len(lines) > 1:
        head, title = comparable(lines[0]), comparable(result.title)
        if head and (head == title or (title.startswith(head) and len(head) >= 0.6 * len(title))):
            lines = lines[1:]
    result.blocks = [("body", line) for line in lines]
    if not result.published:
        try:
            result.published = find_date(html, url=url, original_date=True, extensive_search=True)
        except Exception:
            result.published = None
    return result
