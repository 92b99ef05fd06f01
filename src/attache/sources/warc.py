"""WARC and ARC files (web archives such as Common Crawl's CC-NEWS), gzip or not, read with warcio.

Each HTTP response record whose payload is HTML becomes a ``RawDocument``
with the record's target URI as its url and the WARC date kept as the
crawl date (``meta["crawled"]``; the page's own date still comes from the
page). Other records (requests, metadata, images, PDFs, redirects) are
skipped and counted; a truncated or corrupt record is reported with its
offset and the archive is left there, since nothing after it can be trusted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .hashing import sha256_hex

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Skipped:
    """Records read and left aside on purpose (not failures)."""

    uri: str
    count: int
    reason: str


def iter_warc(path: Path, max_bytes: int, uri: str | None = None) -> Iterator[RawDocument | Problem | Skipped]:
    import logging

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    logging.getLogger("warcio").setLevel(logging.ERROR)  # its complaints about damaged records become our Problems

    uri = uri or str(path)
    skipped: dict[str, int] = {}
    offset = 0
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for record in records:
                where = f"{uri}@{offset}"  # the record before's offset until this one is read
                if record.rec_type != "response":
                    skipped[record.rec_type] = skipped.get(record.rec_type, 0) + 1
                    continue
                http = record.http_headers
                status = http.get_statuscode() if http else None
                ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower() if http else ""
                if status and not status.startswith("2"):
                    skipped[f"HTTP {status}"] = skipped.get(f"HTTP {status}", 0) + 1
                    continue
                if ctype not in HTML_TYPES:
                    skipped[ctype or "no content type"] = skipped.get(ctype or "no content type", 0) + 1
                    continue
                try:
                    data = record.content_stream().read(max_bytes + 1)
                except Exception as exc:  # a body that ends early or does not decompress
                    yield Problem(where, "source", f"WARC record body unreadable: {type(exc).__name__}: {exc}")
                    continue
                offset = records.get_record_offset()  # known once the body is read (warcio reads lazily)
                where = f"{uri}@{offset}"
                if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ends inside this record
                    yield Problem(where, "source", f"truncated WARC record: the file ends {record.raw_stream.limit} bytes early")
                    break
                if len(data) > max_bytes:
                    yield Problem(where, "source", f"WARC record over the {max_bytes / 1e6:.0f} MB limit for one page")
                    continue
                try:
                    text, encoding, warnings = decode_bytes(data, html=True)
                except DecodeError as exc:
                    yield Problem(where, "source", str(exc))
                    continue
                target = record.rec_headers.get_header("WARC-Target-URI") or ""
                meta = {"url": target} if target else {}
                date = record.rec_headers.get_header("WARC-Date")
                yield RawDocument(uri=target or where, content=text, content_type="html", meta=meta,
                                  extra={"crawled": date, "warc": where} if date else {"warc": where},
                                  size=len(data), sha256=sha256_hex(data), encoding=encoding, warnings=warnings)
    except ArchiveLoadFailed as exc:
        yield Problem(f"{uri}@{offset}", "source", f"not a valid WARC/ARC record here: {str(exc).splitlines()[0][:160]}")
    except (EOFError, OSError, ValueError) as exc:
        yield Problem(f"{uri}@{offset}", "source", f"truncated or corrupt archive: {type(exc).__name__}: {exc}")
    for reason, n in sorted(skipped.items()):
        yield Skipped(uri, n, f"{reason} record{'s' if n != 1 else ''}")
