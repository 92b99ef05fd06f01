"""What one input item may cost: bytes, lines, nesting, problems kept, parse size and time.

Every limit is a named default here, can be changed through an environment
variable (``ATTACHE_...``), and some through a command-line flag (``--max-mb``).
An item over a limit is skipped or cut with a line that says which limit and how
to raise it; the run goes on. docs/limits.md lists them for users.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

MB = 1_000_000

# name of the field -> (environment variable, unit multiplier)
_ENV = {
    "document_bytes": ("ATTACHE_MAX_MB", MB),
    "file_bytes": ("ATTACHE_MAX_FILE_MB", MB),
    "gzip_floor_bytes": ("ATTACHE_GZIP_FLOOR_MB", MB),
    "gzip_ratio": ("ATTACHE_GZIP_RATIO", 1),
    "header_line_bytes": ("ATTACHE_MAX_HEADER_LINE_KB", 1000),
    "header_bytes": ("ATTACHE_MAX_HEADER_KB", 1000),
    "json_depth": ("ATTACHE_MAX_JSON_DEPTH", 1),
    "json_nodes": ("ATTACHE_MAX_JSON_NODES", 1),
    "problems_kept": ("ATTACHE_MAX_PROBLEMS", 1),
    "give_up_after": ("ATTACHE_GIVE_UP_AFTER", 1),
    "html_tags": ("ATTACHE_MAX_HTML_TAGS", 1),
    "html_attributes": ("ATTACHE_MAX_HTML_ATTRIBUTES", 1),
    "text_lines": ("ATTACHE_MAX_TEXT_LINES", 1),
    "text_chars": ("ATTACHE_MAX_TEXT_CHARS", 1),
    "extract_seconds": ("ATTACHE_EXTRACT_SECONDS", 1),
}


class LimitError(ValueError):
    """An environment variable holds no usable limit."""


@dataclass(frozen=True)
class Limits:
    # one page, record, JSONL line, CSV file row or WARC record body, after decompression (--max-mb)
    document_bytes: int = 20 * MB
    # a .json, .csv or .tsv file, which is parsed whole, after decompression
    file_bytes: int = 100 * MB
    # gzip input may expand to max(gzip_floor_bytes, gzip_ratio x compressed bytes read); past that it is a bomb
    gzip_floor_bytes: int = 512 * MB
    gzip_ratio: int = 200
    # one WARC or HTTP header line, and all header lines of one WARC record
    header_line_bytes: int = 64_000
    header_bytes: int = 1 * MB
    # JSON nesting depth of one record, and values (objects, arrays, items) in one .json file
    json_depth: int = 64
    json_nodes: int = 5_000_000
    # problems listed per input (the rest are counted on one line)
    problems_kept: int = 50
    # bad items in a row, with no good one yet, before an input is abandoned
    give_up_after: int = 10_000
    # tags parsed in one HTML page (the rest is cut off), attributes of one tag (more: the tag's attributes are dropped)
    html_tags: int = 50_000
    html_attributes: int = 1_000
    # lines and characters read from one plain-text page (the rest is cut off; spaCy's own limit is 1,000,000 characters)
    text_lines: int = 50_000
    text_chars: int = 1_000_000
    # seconds to extract one document (main thread only; 0 switches it off)
    extract_seconds: float = 30.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> Limits:
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            name, unit = _ENV[f.name]
            raw = env.get(name)
            if raw in (None, ""):
                continue
            try:
                number = float(raw)
            except ValueError:
                raise LimitError(f"{name} must be a number, got {raw!r}") from None
            if number < 0 or number != number:
                raise LimitError(f"{name} must be zero or more, got {raw!r}")
            values[f.name] = number * unit if f.type == "float" else int(number * unit)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes) -> Limits:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def env_name(field: str) -> str:
    """The environment variable that sets a limit, for messages."""
    return _ENV[field][0]


def current(**overrides) -> Limits:
    """The defaults with the environment's overrides (read at each call: cheap, and tests may change it)."""
    return Limits.from_env(**overrides)
