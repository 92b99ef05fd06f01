"""What one input item may cost: bytes, lines, nesting, problems kept, parse size and time.

Every limit is a named default here, can be changed through an environment
variable (``ATTACHE_...``), and some through a command-line flag (``--max-mb``).
An item over a limit is skipped or cut with a line that says which limit and how
to raise it; the run goes on. docs/limits.md lists them for users.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

MB = 1_000_000

T = TypeVar("T", int, float)


def _limit(default: T, env: str, unit: int = 1) -> T:
    """A limit's default and the environment variable that changes it, counted in ``unit`` (MB: ``MB``, KB: 1000)."""
    return field(default=default, metadata={"env": env, "unit": unit})


class LimitError(ValueError):
    """An environment variable holds no usable limit."""


@dataclass(frozen=True)
class Limits:
    # one page, record, JSONL line, CSV file row or WARC record body, after decompression (--max-mb)
    document_bytes: int = _limit(20 * MB, "ATTACHE_MAX_MB", MB)
    # a .json, .csv or .tsv file, which is parsed whole, after decompression
    file_bytes: int = _limit(100 * MB, "ATTACHE_MAX_FILE_MB", MB)
    # gzip input may expand to max(gzip_floor_bytes, gzip_ratio x compressed bytes read); past that it is a bomb
    gzip_floor_bytes: int = _limit(512 * MB, "ATTACHE_GZIP_FLOOR_MB", MB)
    gzip_ratio: int = _limit(200, "ATTACHE_GZIP_RATIO")
    # one WARC or HTTP header line, and all header lines of one WARC record
    header_line_bytes: int = _limit(64_000, "ATTACHE_MAX_HEADER_LINE_KB", 1000)
    header_bytes: int = _limit(1 * MB, "ATTACHE_MAX_HEADER_KB", 1000)
    # JSON nesting depth of one record, and values (objects, arrays, items) in one .json file
    json_depth: int = _limit(64, "ATTACHE_MAX_JSON_DEPTH")
    json_nodes: int = _limit(5_000_000, "ATTACHE_MAX_JSON_NODES")
    # problems listed per input (the rest are counted on one line)
    problems_kept: int = _limit(50, "ATTACHE_MAX_PROBLEMS")
    # bad items in a row, with no good one yet, before an input is abandoned
    give_up_after: int = _limit(10_000, "ATTACHE_GIVE_UP_AFTER")
    # tags parsed in one HTML page (the rest is cut off), attributes of one tag (more: the tag's attributes are dropped)
    html_tags: int = _limit(50_000, "ATTACHE_MAX_HTML_TAGS")
    html_attributes: int = _limit(1_000, "ATTACHE_MAX_HTML_ATTRIBUTES")
    # lines and characters read from one plain-text page (the rest is cut off; spaCy's own limit is 1,000,000 characters)
    text_lines: int = _limit(50_000, "ATTACHE_MAX_TEXT_LINES")
    text_chars: int = _limit(1_000_000, "ATTACHE_MAX_TEXT_CHARS")
    # seconds to extract one document (main thread only; 0 switches it off)
    extract_seconds: float = _limit(30.0, "ATTACHE_EXTRACT_SECONDS")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> Limits:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            name, unit = f.metadata["env"], f.metadata["unit"]
            raw = env.get(name)
            if not raw:
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


def env_name(name: str) -> str:
    """The environment variable that sets a limit, for messages."""
    return {f.name: f.metadata["env"] for f in fields(Limits)}[name]


def current(**overrides) -> Limits:
    """The defaults with the environment's overrides (read at each call: cheap, and tests may change it)."""
    return Limits.from_env(**overrides)
