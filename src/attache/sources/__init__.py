"""Sources: turn command-line inputs into RawDocuments (or Problems).

An input is a file, a directory (walked recursively), a glob pattern, or
``-`` for standard input. Supported items: ``.txt``, ``.html``/``.htm``,
``.json``, ``.jsonl``, ``.csv``/``.tsv``, each optionally gzip-compressed.
Nothing here raises for bad input: every unusable item becomes a
:class:`~attache.model.Problem` with its path and a one-line reason, and the
stream goes on.
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeAlias

from ..limits import Limits, env_name
from ..limits import current as current_limits
from ..model import Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex
from .records import iter_csv, iter_json, iter_jsonl
from .streams import GZIP_ERRORS, Capped, InputRefused, Readable, TooMuchData, open_regular, stat_problem

if TYPE_CHECKING:
    from .warc import Skipped

# what the readers yield: a document, a problem with one input item, or records left aside on purpose (a WARC's requests)
Item: TypeAlias = "RawDocument | Problem | Skipped"

__all__ = ["InputPlan", "plan_inputs", "read_inputs", "read_path", "read_stream", "from_upload", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = Limits().document_bytes  # per document (one page or one record)

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".warc": "warc",
    ".arc": "warc",
}
KIND_NAMES = {"text": "text", "html": "HTML", "jsonl": "JSONL", "json": "JSON", "csv": "CSV", "tsv": "TSV", "warc": "WARC"}


def display(path: str | os.PathLike) -> str:
    """A path as storable, printable text (undecodable bytes in a file name become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


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
    named: set[Path] = field(default_factory=set)  # files named on the command line (a FIFO there is read)

    @property
    def total_bytes(self) -> int:
        total = 0
        for path in self.files:
            try:
                st = path.stat()
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                total += st.st_size
        return total


def plan_inputs(inputs: Iterable[str]) -> InputPlan:
    """Expand paths, directories and globs; report what cannot be read (never opening anything)."""
    plan = InputPlan()
    seen: set[Path] = set()

    def add(path: Path, *, named: bool = False) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
            key = path.absolute()
        if key in seen:
            return
        seen.add(key)
        why = stat_problem(path, allow_fifo=named)
        if why:
            plan.problems.append(Problem(display(path), "source", why))
            return
        plan.files.append(path)
        if named:
            plan.named.add(path)

    for item in inputs:
        if item == "-":
            plan.stdin = True
            continue
        path = Path(item)
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except OSError:
            exists = is_dir = False
        if not exists and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                plan.problems.append(Problem(display(item), "source", "glob pattern matched no files"))
            for match in matches:
                m = Path(match)
                if m.is_dir():
                    _walk(m, plan, add)
                elif kind_of(m) is not None or os.path.isfile(m):
                    add(m)
                else:
                    plan.skipped += 1
            continue
        if not exists:
            plan.problems.append(Problem(display(item), "source", stat_problem(path) or "path does not exist"))
        elif is_dir:
            _walk(path, plan, add)
        else:
            add(path, named=True)
    return plan


def _walk(root: Path, plan: InputPlan, add) -> None:
    def onerror(exc: OSError) -> None:
        where = exc.filename or str(root)
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        plan.problems.append(Problem(display(where), "source", f"cannot read directory: {reason}"))

    if not os.access(root, os.R_OK | os.X_OK):
        plan.problems.append(Problem(display(root), "source", "cannot read directory: permission denied"))
        return
    before = (len(plan.files), len(plan.problems), plan.skipped)
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
    if (len(plan.files), len(plan.problems)) == before[:2]:  # say so rather than a bare "0 new, 0 failed"
        others = plan.skipped - before[2]
        plan.problems.append(
            Problem(
                display(root),
                "source",
                "0 files to read in this folder (supported: .txt, .html, .json, .jsonl, "
                ".csv, .tsv, .warc, .arc, and these .gz)"
                + (f"; {others} other file{'s' if others != 1 else ''} skipped" if others else ""),
            )
        )


def read_inputs(
    plan: InputPlan, *, max_bytes: int | None = None, stdin: BinaryIO | None = None, limits: Limits | None = None
) -> Iterator[Item]:
    """Yield every document of the plan in order, problems included."""
    limits = _limits(limits, max_bytes)
    yield from plan.problems
    for path in plan.files:
        yield from read_path(path, limits=limits, allow_fifo=path in plan.named)
    if plan.stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from read_stream(stream, "<stdin>", limits=limits)


def _limits(limits: Limits | None, max_bytes: int | None) -> Limits:
    limits = limits or current_limits()
    return limits.with_(document_bytes=max_bytes) if max_bytes else limits


def _bounded(items: Iterator[Item], uri: str, kind: str | None, limits: Limits) -> Iterator[Item]:
    """One input's items, with its problems capped (then one summary line), abandoned after a long run of
    failures with nothing good, any exception turned into a problem, and silence turned into a line."""
    kept = extra = bad_run = good = 0
    anything = False
    try:
        for item in items:
            anything = True
            if isinstance(item, Problem):
                bad_run += item.count
                if kept < limits.problems_kept:
                    kept += 1
                    yield item
                else:
                    extra += item.count
                if not good and limits.give_up_after and bad_run >= limits.give_up_after:
                    yield Problem(
                        uri,
                        "source",
                        f"gave up after {bad_run:,} bad items and no good one "
                        f"({env_name('give_up_after')}): not a {KIND_NAMES.get(kind or '', 'supported')} file?",
                    )
                    break
                continue
            if isinstance(item, RawDocument):
                good += 1
                bad_run = 0
            yield item
    except Exception as exc:  # a reader's bug or an unforeseen input must not stop the run
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        yield Problem(uri, "source", f"internal error while reading: {type(exc).__name__}: {first}")
    finally:
        close = getattr(items, "close", None)
        if close:
            close()
    if extra:
        yield Problem(
            uri,
            "source",
            f"{extra:,} more problems in this input, not listed one by one (the first {kept} are; {env_name('problems_kept')})",
            count=extra,
        )
    if not anything:
        what = KIND_NAMES.get(kind or "")
        hint = f"not a {what} file?" if what and what not in ("text", "HTML") else "not a WARC/JSONL/CSV file?"
        yield Problem(uri, "source", f"0 records found in {uri}: {hint}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, InputRefused):
        return str(exc)
    if isinstance(exc, EOFError):
        return "truncated gzip file (compressed data ends early)"
    if isinstance(exc, gzip.BadGzipFile):
        return f"not a valid gzip file ({exc})"
    if isinstance(exc, zlib.error):
        return f"corrupt gzip data ({exc})"
    if isinstance(exc, OSError):
        if exc.errno == errno.ELOOP:
            return "symlink loop (too many levels of symbolic links)"
        return f"cannot read file: {exc.strerror or exc}"
    if isinstance(exc, MemoryError):
        return "too large for the memory available"
    return f"{type(exc).__name__}: {str(exc)[:200]}"


_READ_ERRORS = (OSError, InputRefused, MemoryError) + GZIP_ERRORS


def read_path(
    path: Path, *, max_bytes: int | None = None, uri: str | None = None, limits: Limits | None = None, allow_fifo: bool = False
) -> Iterator[Item]:
    """Read one file; never raises for bad content. ``uri`` names it in records and problems (default: the path),
    e.g. its original location when ``path`` is a local copy of a remote file."""
    uri = uri or display(path)
    limits = _limits(limits, max_bytes)
    kind = kind_of(path)
    yield from _bounded(_read_path(path, uri, kind, limits, allow_fifo), uri, kind, limits)


def _read_path(path: Path, uri: str, kind: str | None, limits: Limits, allow_fifo: bool) -> Iterator[Item]:
    try:
        if kind == "warc":  # warcio reads gzip members itself
            from .warc import iter_warc

            yield from iter_warc(path, uri=uri, limits=limits, allow_fifo=allow_fifo)
            return
        gz = path.suffix.lower() == ".gz"
        limit = _whole_limit(kind, limits)
        with open_regular(path, allow_fifo=allow_fifo) as handle:
            stream = Capped(handle, limits, gzipped=gz, cap=None if kind == "jsonl" else limit, what=kind or "document")
            try:
                if kind == "jsonl":
                    yield from iter_jsonl(stream, uri, limits)
                    return
                data = stream.read_all()
            finally:
                stream.close()
    except TooMuchData as exc:
        yield Problem(uri, "source", _too_large(path, kind, limit, exc))
        return
    except _READ_ERRORS as exc:
        yield Problem(uri, "source", _reason(exc))
        return
    yield from _from_bytes(data, uri, kind, limits)


def _whole_limit(kind: str | None, limits: Limits) -> int:
    """Bytes a whole-file kind may hold after decompression."""
    if kind in ("json", "csv", "tsv"):
        return max(limits.file_bytes, limits.document_bytes)
    return limits.document_bytes


def _too_large(path: Path | None, kind: str | None, limit: int, exc: TooMuchData) -> str:
    if "gzip bomb" in str(exc):
        return str(exc)
    flag = env_name("file_bytes") if kind in ("json", "csv", "tsv") else "--max-mb"
    size = ""
    if path is not None and path.suffix.lower() != ".gz":
        try:
            size = f"{path.stat().st_size / 1e6:.1f} MB on disk, "
        except OSError:
            pass
    return f"too large: {size}over the {limit / 1e6:.0f} MB limit for one {kind or 'document'} (raise it with {flag}); not read"


class _Prefixed:
    """A stream with some bytes already read put back in front."""

    def __init__(self, head: bytes, raw: Readable) -> None:
        self.head, self.raw = head, raw

    def read(self, n: int = -1) -> bytes:
        if self.head:
            if n is None or n < 0 or n >= len(self.head):
                data, self.head = self.head, b""
                return data
            data, self.head = self.head[:n], self.head[n:]
            return data
        return self.raw.read(n)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        pass


SNIFF_BYTES = 1 << 16


def read_stream(
    stream: BinaryIO, uri: str, *, max_bytes: int | None = None, limits: Limits | None = None, name: str | None = None
) -> Iterator[Item]:
    """Standard input, an upload or any byte stream: the name (if any) or else the content decides the kind."""
    limits = _limits(limits, max_bytes)
    yield from _bounded(_read_stream(stream, uri, limits, name), uri, kind_of(Path(name)) if name else None, limits)


def _read_stream(stream: BinaryIO, uri: str, limits: Limits, name: str | None) -> Iterator[Item]:
    kind = None
    try:
        head = stream.read(2)
        gz = head == b"\x1f\x8b" or bool(name and name.lower().endswith(".gz"))
        raw = _Prefixed(head, stream)
        if name:
            kind = kind_of(Path(name))
            if kind is None and Path(name[:-3] if name.lower().endswith(".gz") else name).suffix:
                suffix = Path(name[:-3] if name.lower().endswith(".gz") else name).suffix
                yield Problem(
                    uri, "source", f"unsupported file type {suffix!r}: send .txt, .html, .json, .jsonl, .csv, .tsv or .warc"
                )
                return
        if kind == "warc":
            from .warc import iter_warc

            yield from iter_warc(raw, uri=uri, limits=limits)
            return
        capped = Capped(raw, limits, gzipped=gz, cap=None)
        first = b""
        while len(first) < SNIFF_BYTES:
            piece = capped.read(SNIFF_BYTES - len(first))
            if not piece:
                break
            first += piece
        if kind is None:
            start = first.lstrip()[:1]
            if start == b"{" and b"\n{" in first.strip():
                kind = "jsonl"
            elif start in (b"{", b"["):
                kind = "json"
        body = _Prefixed(first, capped)
        if kind == "jsonl":
            yield from iter_jsonl(body, uri, limits)
            return
        limit = _whole_limit(kind, limits)
        capped.cap = limit
        if len(first) > limit:
            raise TooMuchData("over the limit")
        data = _read_all(body)
    except TooMuchData as exc:
        yield Problem(uri, "source", _too_large(None, kind, _whole_limit(kind, limits), exc))
        return
    except _READ_ERRORS as exc:
        yield Problem(uri, "source", _reason(exc))
        return
    yield from _from_bytes(data, uri, kind, limits)


def _read_all(stream: Readable) -> bytes:
    parts: list[bytes] = []
    while True:
        piece = stream.read(1 << 20)
        if not piece:
            return b"".join(parts)
        parts.append(piece)


def _from_bytes(data: bytes, uri: str, kind: str | None, limits: Limits) -> Iterator[Item]:
    if kind == "json":
        yield from iter_json(data, uri, limits)
        return
    try:
        text, encoding, warnings = decode_bytes(data, html=kind in ("html", None))
    except DecodeError as exc:
        yield Problem(uri, "source", str(exc))
        return
    if kind in ("csv", "tsv"):
        del data
        yield from iter_csv(text, uri, "\t" if kind == "tsv" else ",", limits)
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


def from_upload(
    data: bytes | BinaryIO, name: str, *, max_bytes: int | None = None, limits: Limits | None = None
) -> Iterator[Item]:
    """A file sent over HTTP (bytes or a binary file object): read by its name like a file on disk, through the
    same capped readers (gzip expansion, line length, whole-file size); never raises."""
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
    yield from read_stream(stream, f"upload:{name}", max_bytes=max_bytes, limits=limits, name=name)
