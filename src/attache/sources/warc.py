"""WARC and ARC files (web archives such as Common Crawl's CC-NEWS), gzip or not, read with warcio.

Each HTTP response record whose payload is HTML becomes a ``RawDocument``
with the record's target URI as its url and the WARC date kept as the
crawl date (``meta["crawled"]``; the page's own date still comes from the
page). Other records (requests, metadata, images, PDFs, redirects) are
skipped and counted; a truncated or corrupt record is reported with its
offset (in the file on disk, gzip or not) and the archive is left there,
since nothing after it can be trusted.

Reading is bounded: one header line, all header lines of a record, a page's
body and the expansion of gzip members are capped (see attache.limits), so
a hostile archive costs bounded memory whatever it holds.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..limits import Limits, env_name
from ..limits import current as current_limits
from ..model import Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex
from .streams import InputRefused, Readable, TooMuchData, open_regular

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Skipped:
    """Records read and left aside on purpose (not failures)."""

    uri: str
    count: int
    reason: str


class CorruptArchive(InputRefused):
    pass


def _capped_reader():
    """warcio's buffered reader with caps (built lazily: warcio loads only when a WARC is read)."""
    from warcio.bufferedreaders import DecompressingBufferedReader

    class CappedReader(DecompressingBufferedReader):
        """Header lines capped in length and in total per record; gzip expansion capped; corrupt gzip data raised
        (warcio itself writes the error to stderr and carries on with nothing)."""

        limits: Limits = Limits()
        decompressor: Any  # warcio's (a zlib decompressor, or None for data that is not gzip)

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.budget = self.limits.header_bytes
            self.compressed_in = 0
            self.expanded_out = 0

        def _decompress(self, data):
            if not (self.decompressor and data):
                return data
            if self.num_block_read == 0:
                try:  # warcio's own test: a first block that does not inflate means "not gzip"
                    probe = self.decompressor.copy()
                    out = probe.decompress(data)
                except Exception as exc:
                    if data[:2] == b"\x1f\x8b":  # it is gzip, and broken
                        raise CorruptArchive(f"corrupt gzip member: {exc}") from None
                    return super()._decompress(data)
                self.decompressor = probe
            else:
                try:
                    out = self.decompressor.decompress(data)
                except zlib.error as exc:
                    raise CorruptArchive(f"corrupt gzip data: {exc}") from None
            self.compressed_in += len(data)
            self.expanded_out += len(out)
            allowed = max(self.limits.gzip_floor_bytes, self.limits.gzip_ratio * self.compressed_in)
            if self.expanded_out > allowed:
                raise TooMuchData(
                    f"gzip data expands past {allowed / 1e6:,.0f} MB (over {self.limits.gzip_ratio}x its compressed size): "
                    f"stopped there as a likely gzip bomb (raise {env_name('gzip_ratio')} / {env_name('gzip_floor_bytes')})"
                )
            return out

        truncated = False

        def close_decompressor(self):
            if self.decompressor is not None and self.compressed_in and not getattr(self.decompressor, "eof", True):
                self.truncated = True  # the file ended inside a gzip member
            super().close_decompressor()

        def readline(self, length=None):
            cap = self.limits.header_line_bytes
            want = cap + 1 if length is None or length < 0 or length > cap + 1 else length
            parts, got = [], 0
            while got < want:
                self._fillbuff()
                if self.empty():
                    break
                piece = self.buff.readline(want - got)
                parts.append(piece)
                got += len(piece)
                if piece.endswith(b"\n"):
                    break
            line = b"".join(parts)
            if got > cap and not line.endswith(b"\n"):
                raise CorruptArchive(
                    f"header line over the {cap / 1000:,.0f} KB limit ({env_name('header_line_bytes')}): not a WARC header"
                )
            self.budget -= len(line)
            if self.budget < 0:
                raise CorruptArchive(
                    f"record headers over the {self.limits.header_bytes / 1e6:,.1f} MB limit ({env_name('header_bytes')})"
                )
            return line

    return CappedReader


def _classes():
    """warcio's reader, loader and iterator with caps (built lazily: warcio loads only when a WARC is read)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecordLoader

    CappedReader = _capped_reader()

    class Loader(ArcWarcRecordLoader):
        def _ensure_target_uri_format(self, rec_headers):
            return super()._ensure_target_uri_format(rec_headers) or ""  # warcio fails on a response without one

    class Iterator_(ArchiveIterator):
        def __init__(self, fileobj, limits: Limits, **kwargs) -> None:
            super().__init__(fileobj, **kwargs)
            reader_cls = type("Reader", (CappedReader,), {"limits": limits})
            self.capped = reader_cls(self.fh, block_size=self.reader.block_size)
            self.reader: Any = self.capped  # warcio's reader, capped
            self.loader = Loader(verify_http=False, arc2warc=kwargs.get("arc2warc", False))

        def _next_record(self, next_line):
            self.capped.budget = self.capped.limits.header_bytes
            return super()._next_record(next_line)

    return Iterator_


def _release(pending, skipped: dict[str, int]):
    """Pass on a record's outcome held back until the record was known whole."""
    if isinstance(pending, str):
        skipped[pending] = skipped.get(pending, 0) + 1
    elif pending is not None:
        yield pending


def _sniff(handle) -> bytes | None:
    """The first bytes of the archive's content (inflated if gzip), from a seekable file; None when it cannot be peeked."""
    try:
        if not handle.seekable():
            return None
        start = handle.tell()
        raw = handle.read(65536)
        handle.seek(start)
    except (OSError, ValueError, AttributeError):
        return None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, 4096)
        except zlib.error:
            return None  # reported when read
    return raw.lstrip()[:4096]


def _refused_head(head: bytes | None, uri: str) -> Problem | None:
    """The problem with an archive whose first bytes are not a WARC/ARC record (None: read it)."""
    if head == b"":
        return Problem(f"{uri}", "source", "empty file")
    if head is not None and not head.startswith((b"WARC/", b"filedesc://")):
        shown = head[:40].decode("latin-1").encode("unicode_escape").decode("ascii")
        return Problem(f"{uri}@0", "source", f"not a valid WARC/ARC record here: the file starts with {shown!r}, not 'WARC/'")
    return None


Page = tuple[bytes, str, str, list[str]]  # a page's bytes, text, encoding and decoding warnings


def _read_page(record: Any, max_bytes: int) -> tuple[str | None, Page | None]:
    """(problem, page) of an HTML response record's body: read up to ``max_bytes`` and decoded."""
    try:
        data = record.content_stream().read(max_bytes + 1)
    except (InputRefused, MemoryError):
        raise
    except Exception as exc:  # a body that ends early or does not decompress
        return f"WARC record body unreadable: {type(exc).__name__}: {str(exc)[:200]}", None
    if len(data) > max_bytes:
        return f"WARC record over the {max_bytes / 1e6:,.0f} MB limit for one page (raise it with --max-mb)", None
    try:
        text, encoding, warnings = decode_bytes(data, html=True)
    except DecodeError as exc:
        return str(exc), None
    return None, (data, text, encoding, warnings)


def _classify(record: Any, max_bytes: int) -> tuple[str | None, str | None, Page | None, str]:
    """What a record holds: (the reason it is skipped, a problem, the page, its target URI)."""
    http = record.http_headers
    target = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type != "response":
        return record.rec_type, None, None, target
    if not target and record.format != "arc":
        return None, "WARC response record without a WARC-Target-URI header: skipped", None, target
    status = http.get_statuscode() if http else None
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower() if http else ""
    if status and not status.startswith("2"):
        return f"HTTP {status}", None, None, target
    if ctype not in HTML_TYPES:
        return ctype or "no content type", None, None, target
    problem, page = _read_page(record, max_bytes)
    return None, problem, page, target


def _document(record: Any, target: str, where: str, page: Page) -> RawDocument:
    data, text, encoding, warnings = page
    date = record.rec_headers.get_header("WARC-Date")
    extra = {"warc": where, "crawled": date} if date else {"warc": where}
    return RawDocument(
        uri=target or where,
        content=text,
        content_type="html",
        meta={"url": target} if target else {},
        extra=extra,
        size=len(data),
        sha256=sha256_hex(data),
        encoding=encoding,
        warnings=warnings,
    )


def _failure(exc: Exception) -> str:
    """The one line for an archive that cannot be read on (the ones ``iter_warc`` catches)."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, ArchiveLoadFailed):
        first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
        first = first[:80].encode("ascii", "backslashreplace").decode("ascii")
        return f"not a valid WARC/ARC record here: {first}"
    if isinstance(exc, InputRefused):
        return f"{exc}; the rest of the archive is not read"
    return f"truncated or corrupt archive: {type(exc).__name__}: {str(exc)[:200]}"


def iter_warc(
    source: Path | Readable,
    max_bytes: int | None = None,
    uri: str | None = None,
    *,
    limits: Limits | None = None,
    allow_fifo: bool = False,
) -> Iterator[RawDocument | Problem | Skipped]:
    """Every HTML page of a WARC/ARC file (a path, or an open binary file such as an upload)."""
    import logging

    from warcio.exceptions import ArchiveLoadFailed

    logging.getLogger("warcio").setLevel(logging.ERROR)  # its complaints about damaged records become our Problems
    limits = limits or current_limits()
    if max_bytes is not None:
        limits = limits.with_(document_bytes=max_bytes)
    max_bytes = limits.document_bytes
    uri = uri or str(source)
    skipped: dict[str, int] = {}
    offset = 0  # where the record being read starts (on disk)
    records = None
    handle = open_regular(source, allow_fifo=allow_fifo) if isinstance(source, (str, Path)) else source
    last_start = 0
    pending: RawDocument | Problem | str | None = None  # the last record's outcome, held until it is known whole
    try:
        refused = _refused_head(_sniff(handle), uri)
        if refused is not None:
            yield refused
            return
        records = _classes()(handle, limits, arc2warc=True)
        for record in records:
            yield from _release(pending, skipped)
            pending = None
            reason, problem, page, target = _classify(record, max_bytes)
            records.read_to_end()  # the whole record, so that its length and any truncation are known
            start, length = records.member_info
            offset = last_start = start  # warcio knows best (blank lines between records)
            where = f"{uri}@{offset}"
            limit = getattr(record.raw_stream, "limit", 0)
            if limit and limit > 0:  # the archive ends inside this record
                yield Problem(
                    where,
                    "source",
                    f"truncated WARC record: the file ends {limit:,} bytes before the record's end; "
                    "the rest of the archive is not read",
                )
                break
            if problem is not None:
                pending = Problem(where, "source", problem)
            elif page is not None:
                pending = _document(record, target, where, page)
            elif reason:
                pending = reason
            offset = start + length
        else:
            capped = records.capped
            if capped.decompressor is not None:
                capped.close_decompressor()
            if capped.truncated:
                yield Problem(
                    f"{uri}@{last_start if pending is not None else offset}",
                    "source",
                    "truncated gzip member: the file ends inside this compressed record, which is not used",
                )
                pending = None
    except (ArchiveLoadFailed, InputRefused, EOFError, OSError, ValueError, zlib.error) as exc:
        yield from _release(pending, skipped)
        pending = None
        yield Problem(f"{uri}@{offset}", "source", _failure(exc))
    finally:
        if isinstance(source, (str, Path)):
            handle.close()
    yield from _release(pending, skipped)
    for reason, n in sorted(skipped.items()):
        yield Skipped(uri, n, f"{reason} record{'s' if n != 1 else ''}")
