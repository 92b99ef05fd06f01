"""Extraction: RawDocument -> Article.

Pure function of its input (no I/O, no global state but cached lexicons), so
it runs the same in one process, a pool or a Spark task.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..limits import Limits
from ..limits import current as current_limits
from ..model import Article, RawDocument
from .assemble import article_id, assemble
from .budget import ExtractTimeout, bound_html, bound_text, time_limit
from .dates import parse_date
from .html import HtmlExtractionError, extract_html
from .lang import identify
from .outlets import outlet_from_url
from .plaintext import classify_page, clean_line

__all__ = ["extract", "ExtractError", "ExtractTimeout", "bound_html", "time_limit"]

MAX_DROPPED_KEPT = 30


class ExtractError(ValueError):
    """The document holds no usable article; the message is the reason."""


def _first(*values: Any) -> Any:
    for v in values:
        if v not in (None, ""):
            return v
    return None


class _Read(NamedTuple):
    """What the page reader found: the blocks, the page's own fields, and how it was read."""

    blocks: list[tuple[str, str]]
    found: dict[str, Any]  # title, author, published, outlet, url as the page gives them
    subtitle: str | None
    extractor: str
    published_text: str | None
    dropped: list[tuple[str, str]]  # lines left out as furniture, with why


def _read_html(raw: RawDocument, given: dict[str, str], limits: Limits, warnings: list[str]) -> _Read:
    html, cuts = bound_html(raw.content, limits)
    warnings.extend(cuts)
    try:
        page = extract_html(html, url=given.get("url"))
    except HtmlExtractionError as exc:
        raise ExtractError(str(exc)) from None
    found = dict(title=page.title, author=page.author, published=page.published, outlet=page.outlet, url=page.url)
    return _Read(page.blocks, found, given.get("subtitle") or page.subtitle, page.extractor, page.published, [])


def _read_text(raw: RawDocument, given: dict[str, str], limits: Limits, warnings: list[str]) -> _Read:
    title_given = clean_line(given["title"]) if given.get("title") else None
    content, cuts = bound_text(raw.content, limits)
    warnings.extend(cuts)
    text_page = classify_page(content, title=title_given, author=given.get("author"))
    blocks = text_page.blocks
    found = dict(title=text_page.title, author=text_page.author, published=text_page.published, outlet=text_page.outlet, url=None)
    if given.get("subtitle") and not any(k == "dek" for k, _ in blocks):
        blocks = [("dek", clean_line(given["subtitle"]))] + blocks
    subtitle = given.get("subtitle") or text_page.subtitle
    return _Read(blocks, found, subtitle, "text-lines", text_page.published_text, text_page.dropped)


def _published(given: dict[str, str], read: _Read, warnings: list[str]) -> tuple[Any, str | None]:
    """(the publication date, its text as written): the record's date beats the page's."""
    published = None
    published_text = read.published_text
    if given.get("published"):
        published = parse_date(given["published"])
        if published is None:
            warnings.append(f"unreadable published date {given['published']!r}; left unknown")
        published_text = given["published"]
    if published is None and read.found.get("published"):
        published = parse_date(read.found["published"])
    return published, published_text


def extract(raw: RawDocument, overrides: dict[str, str] | None = None, limits: Limits | None = None) -> Article:
    """Turn one raw document into a clean Article.

    ``overrides`` (from the command line) beat what the record says, which
    beats what the page itself says. An HTML page is cut to the parse budget
    of ``limits`` first (see :mod:`attache.extract.budget`), with a warning.
    """
    given = {**raw.meta, **{k: v for k, v in (overrides or {}).items() if v}}
    warnings = list(raw.warnings)
    read = (_read_html if raw.content_type == "html" else _read_text)(raw, given, limits or current_limits(), warnings)
    text, paragraphs, headings = assemble(read.blocks)
    if not text.strip():
        raise ExtractError("no article text left after removing page furniture")
    published, published_text = _published(given, read, warnings)
    found = read.found
    url = _first(given.get("url"), found.get("url"))
    language, language_score = identify(text)
    meta: dict[str, Any] = dict(raw.extra)
    if published_text:
        meta["published_text"] = published_text
    if read.dropped:
        meta["dropped_lines"] = [{"line": line[:200], "why": why} for line, why in read.dropped[:MAX_DROPPED_KEPT]]
    if raw.encoding and raw.encoding != "utf-8":
        meta["encoding"] = raw.encoding
    if language != "en":
        warnings.append(f"language is {language or 'unknown'}, not English: stored, but analysis stages skip it")

    return Article(
        id=article_id(text, url),
        text=text,
        paragraphs=paragraphs,
        url=url,
        outlet=_first(given.get("outlet"), found.get("outlet"), outlet_from_url(url)),
        title=_first(clean_line(given["title"]) if given.get("title") else None, found.get("title")),
        subtitle=clean_line(read.subtitle) if read.subtitle else None,
        author=_first(given.get("author"), found.get("author")),
        published=published,
        language=language,
        language_score=language_score,
        headings=headings,
        meta=meta,
        source_uri=raw.uri,
        source_sha256=raw.sha256,
        extractor=read.extractor,
        warnings=warnings,
    )
