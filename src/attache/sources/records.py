"""Structured record inputs: JSON Lines, JSON (object or list) and CSV/TSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..limits import Limits, env_name
from ..limits import current as current_limits
from ..model import META_KEYS, Problem, RawDocument
from .decode import DecodeError, decode_bytes, storable
from .hashing import sha256_hex
from .streams import iter_lines


def _norm_key(key: str) -> str:
    return "".join(ch for ch in str(key).lower() if ch.isalnum())


@lru_cache(maxsize=1)
def field_aliases() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("attache.sources").joinpath("data/fields.yaml").read_text("utf-8"))
    return {field: tuple(_norm_key(a) for a in aliases) for field, aliases in raw.items()}


@lru_cache(maxsize=1)
def _field_names() -> tuple[str, ...]:
    return tuple(field_aliases())


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[tuple[int, int], ...]]:
    """Normalised alias -> ((field order, alias rank), ...)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for order, aliases in enumerate(field_aliases().values()):
        for rank, alias in enumerate(aliases):
            index.setdefault(alias, []).append((order, rank))
    return {k: tuple(v) for k, v in index.items()}


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


def _valid_json(value: dict[str, Any]) -> dict[str, Any]:
    if not value:
        return value
    dumped = json.dumps(value, ensure_ascii=False, default=str)
    try:
        dumped.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return json.loads(dumped.encode("utf-8", "replace").decode("utf-8"))


def record_to_raw(record: dict[str, Any], uri: str, line: int | None, size: int, digest: str) -> RawDocument | Problem:
    """Map one record's keys onto a RawDocument, keeping unknown keys as extras."""
    if not isinstance(record, dict):
        return Problem(uri, "source", f"expected a JSON object, got {type(record).__name__}")
    # the fields each key may fill, by the rank of its alias (work per key, not per alias)
    index = _alias_index()
    candidates: dict[int, list[tuple[int, Any]]] = {}
    norms: set[str] = set()
    for key in record:
        norm = _norm_key(key)
        if norm in norms:  # the first key of a spelling counts
            continue
        norms.add(norm)
        for order, rank in index.get(norm, ()):
            candidates.setdefault(order, []).append((rank, key))
    used: set = set()
    found: dict[str, str] = {}
    names = _field_names()
    for order in sorted(candidates):
        for _, key in sorted(candidates[order], key=lambda c: c[0]):
            if key in used:
                continue
            value = _as_text(record[key])
            if value:
                found[names[order]] = value
                used.add(key)
                break
    html, text = found.pop("html", ""), found.pop("text", "")
    if not html and not text:
        keys = ", ".join(sorted(map(str, record))[:8]) or "none"
        return Problem(uri, "source", f"record has no text or html field (keys: {keys})")
    meta = {k: storable(v) for k, v in found.items() if k in META_KEYS}
    extra = _valid_json({str(k): v for k, v in record.items() if k not in used and v not in (None, "")})
    content = storable(html if html else text)
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


def _parse_int(text: str) -> int | str:
    """JSON integers past Python's digit limit stay as their digits (data, not a failure)."""
    return int(text) if len(text) <= 4000 else text


def _parse_constant(name: str) -> str:
    return name  # NaN and Infinity are not JSON; keep the word


def json_depth(value: Any, stop: int) -> int:
    """Nesting depth of a parsed JSON value, counted without recursion (stops counting past ``stop``)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > deepest:
                deepest = depth
                if deepest > stop:
                    return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def loads(text: str, limits: Limits) -> Any:
    """json.loads that reports depth and recursion as a ValueError with a one-line reason."""
    try:
        value = json.loads(text, parse_int=_parse_int, parse_constant=_parse_constant)
    except RecursionError:
        raise JsonTooDeep(
            f"JSON nested too deep to read (over the limit of {limits.json_depth} levels, {env_name('json_depth')})"
        ) from None
    depth = json_depth(value, limits.json_depth)
    if depth > limits.json_depth:
        raise JsonTooDeep(f"JSON nested more than {limits.json_depth} levels deep ({env_name('json_depth')})")
    return value


class JsonTooDeep(ValueError):
    pass


def _record_problem(uri: str, exc: BaseException) -> Problem:
    if isinstance(exc, DecodeError | JsonTooDeep):
        return Problem(uri, "source", str(exc))
    if isinstance(exc, json.JSONDecodeError):
        return Problem(uri, "source", f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
    if isinstance(exc, RecursionError):
        return Problem(uri, "source", "record nested too deep to read")
    if isinstance(exc, MemoryError):
        return Problem(uri, "source", "record too large for the memory available")
    first = str(exc).splitlines()[0][:200] if str(exc) else ""
    return Problem(uri, "source", f"unreadable record: {type(exc).__name__}: {first}")


def iter_jsonl(stream, path: str, limits: Limits | None = None) -> Iterator[RawDocument | Problem]:
    """One JSON object per line, read as a stream with a length cap per line; a bad line is reported and the rest go on.

    ``stream`` is a binary file object (read in bounded chunks) or an iterable of byte lines.
    """
    limits = limits or current_limits()
    max_bytes = limits.document_bytes
    lines = (
        iter_lines(stream, max_bytes)
        if hasattr(stream, "read")
        else ((n, (ln if len(ln) <= max_bytes else None), len(ln)) for n, ln in enumerate(stream, start=1))
    )
    for number, raw_line, length in lines:
        uri = f"{path}:{number}"
        if raw_line is None:
            yield Problem(
                uri,
                "source",
                f"line too long: {length / 1e6:,.1f} MB, over the {max_bytes / 1e6:,.0f} MB limit for one record (raise it with --max-mb); skipped without reading it whole",
            )
            continue
        if not raw_line.strip():
            continue
        try:
            text, _, _ = decode_bytes(raw_line)
            record = loads(text, limits)
            item = record_to_raw(record, uri, number, len(raw_line), sha256_hex(raw_line))
        except Exception as exc:  # any one line's failure is that line's problem
            yield _record_problem(uri, exc)
            continue
        yield item


def estimate_json_values(data: bytes) -> int:
    """An upper bound, cheap to count, on the objects, arrays and items a JSON text holds."""
    return data.count(b"{") + data.count(b"[") + data.count(b",")


def iter_json(data: bytes, path: str, limits: Limits | None = None) -> Iterator[RawDocument | Problem]:
    """A JSON file: one object, a list of objects, or an object holding such a list."""
    limits = limits or current_limits()
    values = estimate_json_values(data)
    if values > limits.json_nodes:
        yield Problem(
            path,
            "source",
            f"JSON file with about {values:,} values, over the limit of {limits.json_nodes:,} for one file "
            f"({env_name('json_nodes')}); split it into JSON Lines (one record per line)",
        )
        return
    try:
        text, _, _ = decode_bytes(data)
        del data
        doc = loads(text, limits)
    except Exception as exc:
        yield _record_problem(path, exc)
        return
    del text
    if isinstance(doc, dict):
        for key in ("articles", "items", "records", "data", "results", "documents"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    if isinstance(doc, dict):
        try:
            blob = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "replace")
            yield record_to_raw(doc, path, None, len(blob), sha256_hex(blob))
        except Exception as exc:
            yield _record_problem(path, exc)
        return
    if not isinstance(doc, list):
        yield Problem(path, "source", f"expected a JSON object or list, got {type(doc).__name__}")
        return
    for index, record in enumerate(doc, start=1):
        uri = f"{path}#{index}"
        try:
            blob = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "replace")
            item = record_to_raw(record, uri, index, len(blob), sha256_hex(blob))
        except Exception as exc:
            item = _record_problem(uri, exc)
        yield item


def _text_lines(text: str) -> Iterator[str]:
    """The lines of a text with their ends, one at a time (no second copy of the whole text)."""
    start, size = 0, len(text)
    while start < size:
        nl = text.find("\n", start)
        end = size if nl < 0 else nl + 1
        yield text[start:end]
        start = end


def iter_csv(text: str, path: str, delimiter: str = ",", limits: Limits | None = None) -> Iterator[RawDocument | Problem]:
    """CSV/TSV with a header row; columns are matched through the aliases."""
    limits = limits or current_limits()
    csv.field_size_limit(max(limits.document_bytes, 1024))
    reader = csv.reader(_text_lines(text), delimiter=delimiter)
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
        try:
            record = dict(zip(header, row))
            blob = "\x1f".join(row).encode("utf-8", "replace")
            item = record_to_raw(record, uri, row_number, len(blob), sha256_hex(blob))
        except Exception as exc:
            item = _record_problem(uri, exc)
        yield item
