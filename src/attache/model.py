"""Plain data that flows between the stages.

Every stage takes and returns these dataclasses; nothing here touches a
database, a model or the file system, so records pickle cleanly into worker
processes or Spark tasks. Later stages add their own records (Actor, Mention,
Event, ...) beside these.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Metadata keys a source may fill in for a document; anything else a record
#: carries goes to ``RawDocument.extra``.
META_KEYS = ("url", "title", "subtitle", "published", "outlet", "author")


@dataclass(frozen=True)
class Problem:
    """One input item that could not be used, and why (one line)."""

    uri: str
    stage: str  # "source" | "extract" | "store"
    reason: str

    def line(self) -> str:
        return f"{self.uri}: {self.reason}"


@dataclass
class RawDocument:
    """One item read from a source, before extraction.

    ``content`` is already decoded to ``str``; ``content_type`` says whether it
    is an HTML page or plain text. ``meta`` holds what the source itself says
    about the document (url, title, published, outlet, author, subtitle), as
    given (strings, not yet normalised).
    """

    uri: str  # path, "path:LINE" for a record, "<stdin>", or a URL
    content: str
    content_type: str  # "html" | "text"
    meta: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # 1-based line (JSONL) or row (CSV) number
    size: int = 0  # bytes of the item as read
    sha256: str = ""  # of those bytes
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Paragraph:
    """A block of the clean text: ``text[start:end]``."""

    start: int
    end: int
    kind: str = "body"  # "dek" (standfirst) | "body"


@dataclass(frozen=True)
class Heading:
    """A section heading, kept as structure outside the clean text.

    ``at`` is the offset in the clean text where the section starts.
    """

    text: str
    at: int


@dataclass
class Article:
    """A clean article. All later offsets point into ``text``."""

    id: str
    text: str
    paragraphs: list[Paragraph]
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, or None when unknown
    language: str | None = None  # ISO 639-1
    language_score: float | None = None
    genre: str | None = None  # filled by the genre stage
    headings: list[Heading] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    source_uri: str = ""
    source_sha256: str = ""
    extractor: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def is_english(self) -> bool:
        return self.language == "en"

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        d["paragraphs"] = [Paragraph(**p) for p in d.get("paragraphs") or []]
        d["headings"] = [Heading(**h) for h in d.get("headings") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})
