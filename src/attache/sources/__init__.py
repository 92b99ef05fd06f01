"""Sources: turn command-line inputs into RawDocuments (or Problems).

An input is a file, a directory (walked recursively), a glob pattern, or
``-`` for standard input. Supported items: ``.txt``, ``.html``/``.htm``,
``.json``, ``.jsonl``, ``.csv``/``.tsv``, each optionally gzip-compressed.
Nothing here raises for bad input: every unusable item becomes a
:class:`~attache.model.Problem` with its path and a one-line reason, and the
stream goes on.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..model import Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex
from .records import iter_csv, iter_json, iter_jsonl

__all__ = ["InputPlan", "plan_inputs", "read_inputs", "read_path", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20_000_000  # per document (one page or one record)

KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc", ".arc": "warc",
}


def kind_of(path: Path) -> str | None:
    """The input kind from the file name (``.gz`` looked through), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return KINDS.get(suffixes[-1]) if suffixes else None


@dataclass
class InputPlan:
    """The files an invocation will read, with the problems found on the way."""

    files: list[Path] = field(default_factory=list)
    stdin: bool = False
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0  # files in walked directories with unsupported types

    @property
    def total_bytes(self) -> int:
        total = 0
        for path in self.files:
            try:
                total += path.stat().st_size
            except OSError:
                pass
        return total


def plan_inputs(inputs: Iterable[str]) -> InputPlan:
    """Expand paths, directories and globs; report what cannot be read."""
    plan = InputPlan()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            plan.files.append(path)

    for item in inputs:
        if item == "-":
            plan.stdin = True
            continue
        path = Path(item)
        if not path.exists() and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                plan.problems.append(Problem(item, "source", "glob pattern matched no files"))
            for match in matches:
                m = Path(match)
                if m.is_dir():
                    _walk(m, plan, add)
                else:
                    add(m)
            continue
        if not path.exists():
            plan.problems.append(Problem(item, "source", "path does not exist"))
        elif path.is_dir():
            _walk(path, plan, add)
        else:
            add(path)
    return plan


def _walk(root: Path, plan: InputPlan, add) -> None:
    def onerror(exc: OSError) -> None:
        where = exc.filename or str(root)
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        plan.problems.append(Problem(str(where), "source", f"cannot read directory: {reason}"))

    if not os.access(root, os.R_OK | os.X_OK):
        plan.problems.append(Problem(str(root), "source", "cannot read directory: permission denied"))
        return
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if kind_of(path) is None:
                plan.skipped += 1
                continue
            add(path)


def read_inputs(plan: InputPlan, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> Iterator[RawDocument | Problem]:
    """Yield every document of the plan in order, problems included."""
    yield from plan.problems
    for path in plan.files:
        yield from read_path(path, max_bytes=max_bytes)
    if plan.stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from read_stream(stream, "<stdin>", max_bytes=max_bytes)


def _open(path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_capped(handle: BinaryIO, limit: int) -> bytes:
    data = handle.read(limit + 1)
    return data


_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def _gzip_reason(exc: Exception) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip file (compressed data ends early)"
    if isinstance(exc, gzip.BadGzipFile):
        return f"not a valid gzip file ({exc})"
    return f"corrupt gzip data ({exc})"


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, uri: str | None = None) -> Iterator[RawDocument | Problem]:
    """Read one file; never raises for bad content. ``uri`` names it in records and problems (default: the path),
    e.g. its original location when ``path`` is a local copy of a remote file."""
    uri = uri or str(path)
    kind = kind_of(path)
    try:
        if kind == "jsonl":
            with _open(path) as handle:
                yield from iter_jsonl(handle, uri, max_bytes)
            return
        if kind == "warc":  # warcio reads gzip members itself
            from .warc import iter_warc

            yield from iter_warc(path, max_bytes, uri)
            return
        with _open(path) as handle:
            limit = max_bytes * 20 if kind in ("json", "csv", "tsv") else max_bytes
            data = _read_capped(handle, limit)
    except PermissionError:
        yield Problem(uri, "source", "permission denied")
        return
    except IsADirectoryError:
        yield Problem(uri, "source", "is a directory")
        return
    except _GZIP_ERRORS as exc:
        yield Problem(uri, "source", _gzip_reason(exc))
        return
    except OSError as exc:
        yield Problem(uri, "source", f"cannot read file: {exc.strerror or exc}")
        return
    if len(data) > limit:
        size = path.stat().st_size
        yield Problem(uri, "source", f"too large: {size / 1e6:.1f} MB on disk, over the {limit / 1e6:.0f} MB limit for one {kind or 'document'} (raise it with --max-mb)")
        return
    yield from _from_bytes(data, uri, kind)


def read_stream(stream: BinaryIO, uri: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Problem]:
    """Standard input or any byte stream: the content decides the kind."""
    try:
        data = stream.read(max_bytes * 20 + 1)
    except OSError as exc:
        yield Problem(uri, "source", f"cannot read: {exc}")
        return
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except _GZIP_ERRORS as exc:
            yield Problem(uri, "source", _gzip_reason(exc))
            return
    head = data.lstrip()[:1]
    if head == b"{" and b"\n{" in data.strip():
        yield from iter_jsonl(data.splitlines(), uri, max_bytes)
    elif head in (b"{", b"["):
        yield from iter_json(data, uri)
    else:
        yield from _from_bytes(data, uri, None)


def _from_bytes(data: bytes, uri: str, kind: str | None) -> Iterator[RawDocument | Problem]:
    if kind == "json":
        yield from iter_json(data, uri)
        return
    try:
        text, encoding, warnings = decode_bytes(data, html=kind in ("html", None))
    except DecodeError as exc:
        yield Problem(uri, "source", str(exc))
        return
    if kind in ("csv", "tsv"):
        yield from iter_csv(text, uri, "\t" if kind == "tsv" else ",")
        return
    if kind is None:
        kind = "html" if _looks_like_html(text) else "text"
    yield RawDocument(
        uri=uri,
        content=text,
        content_type="html" if kind == "html" else "text",
        size=len(data),
        sha256=sha256_hex(data),
        encoding=encoding,
        warnings=warnings,
    )


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith("<") and any(tag in head for tag in ("<html", "<!doctype", "<head", "<body", "<div", "<p"))


def from_upload(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Problem]:
    """A file sent over HTTP: read by its name like a file on disk (gzip included); never raises."""
    uri = f"upload:{name}"
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except _GZIP_ERRORS as exc:
            yield Problem(uri, "source", _gzip_reason(exc))
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
    kind = kind_of(Path(name))
    if kind == "jsonl":
        yield from iter_jsonl(data.splitlines(), uri, max_bytes)
    elif kind is None and Path(name).suffix:
        yield Problem(uri, "source", f"unsupported file type {Path(name).suffix!r}: send .txt, .html, .json, .jsonl, .csv or .tsv")
    else:
        yield from _from_bytes(data, uri, kind)
