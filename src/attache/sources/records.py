"""Structured record inputs: JSON Lines, JSON (object or list) and CSV/TSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import META_KEYS, Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex


def _norm_key(key: str) -> str:
    return "".join(ch for ch in str(key).lower() if ch.isalnum())


@lru_cache(maxsize=1)
def field_aliases() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("attache.sources").joinpath("data/fields.yaml").read_text("utf-8"))
    return {field: tuple(_norm_key(a) for a in aliases) for field, aliases in raw.items()}


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        parts = [_as_text(v.get("name") if isinstance(v, dict) else v) for v in value]
        return ", ".join(p for p in parts if p)
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("value") or "")
    return str(value).strip()


def record_to_raw(record: dict[str, Any], uri: str, line: int | None, size: int, digest: str) -> RawDocument | Problem:
    """Map one record's keys onto a RawDocument, keeping unknown keys as extras."""
    if not isinstance(record, dict):
        return Problem(uri, "source", f"expected a JSON object, got {type(record).__name__}")
    by_norm: dict[str, str] = {}
    for key in record:
        by_norm.setdefault(_norm_key(key), key)
    used: set[str] = set()
    found: dict[str, str] = {}
    for field, aliases in field_aliases().items():
        for alias in aliases:
            key = by_norm.get(alias)
            if key is None or key in used:
                continue
            value = _as_text(record[key])
            if value:
                found[field] = value
                used.add(key)
                break
    html, text = found.pop("html", ""), found.pop("text", "")
    if not html and not text:
        keys = ", ".join(sorted(map(str, record))[:8]) or "none"
        return Problem(uri, "source", f"record has no text or html field (keys: {keys})")
    meta = {k: v for k, v in found.items() if k in META_KEYS}
    extra = {str(k): v for k, v in record.items() if k not in used and v not in (None, "")}
    content = html if html else text
    return RawDocument(
        uri=uri,
        content=content.replace("\r\n", "\n").replace("\r", "\n"),
        content_type="html" if html else "text",
        meta=meta,
        extra=extra,
        line=line,
        size=size,
        sha256=digest,
    )


def iter_jsonl(lines: Iterable[bytes], path: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    """One JSON object per line; a bad line is reported and the rest go on."""
    for number, raw_line in enumerate(lines, start=1):
        uri = f"{path}:{number}"
        if not raw_line.strip():
            continue
        if len(raw_line) > max_bytes:
            yield Problem(uri, "source", f"record too large ({len(raw_line) / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
            continue
        try:
            text, _, _ = decode_bytes(raw_line)
            record = json.loads(text)
        except DecodeError as exc:
            yield Problem(uri, "source", str(exc))
            continue
        except json.JSONDecodeError as exc:
            yield Problem(uri, "source", f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        item = record_to_raw(record, uri, number, len(raw_line), sha256_hex(raw_line))
        yield item


def iter_json(data: bytes, path: str) -> Iterator[RawDocument | Problem]:
    """A JSON file: one object, a list of objects, or an object holding such a list."""
    try:
        text, _, _ = decode_bytes(data)
        doc = json.loads(text)
    except DecodeError as exc:
        yield Problem(path, "source", str(exc))
        return
    except json.JSONDecodeError as exc:
        yield Problem(path, "source", f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(doc, dict):
        for key in ("articles", "items", "records", "data", "results", "documents"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    if isinstance(doc, dict):
        yield record_to_raw(doc, path, None, len(data), sha256_hex(data))
        return
    if not isinstance(doc, list):
        yield Problem(path, "source", f"expected a JSON object or list, got {type(doc).__name__}")
        return
    for index, record in enumerate(doc, start=1):
        blob = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
        yield record_to_raw(record, f"{path}#{index}", index, len(blob), sha256_hex(blob))


def iter_csv(text: str, path: str, delimiter: str = ",") -> Iterator[RawDocument | Problem]:
    """CSV/TSV with a header row; columns are matched through the aliases."""
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield Problem(path, "source", "empty CSV (no header row)")
        return
    except csv.Error as exc:
        yield Problem(path, "source", f"unreadable CSV header: {exc}")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(f"{path}:{reader.line_num}", "source", f"malformed CSV row: {exc}")
            return
        row_number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        uri = f"{path}:{row_number}"
        if len(row) != len(header):
            yield Problem(uri, "source", f"row has {len(row)} fields, header has {len(header)}")
            continue
        record = dict(zip(header, row))
        blob = "\x1f".join(row).encode("utf-8")
        yield record_to_raw(record, uri, row_number, len(blob), sha256_hex(blob))
