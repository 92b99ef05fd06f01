"""Write the named bad inputs of issue 13 (and good neighbours) into a folder, small on disk.

    python scripts/make_bad_inputs.py OUT [--only NAME ...] [--list]

Each case is a few files; the huge ones are gzip made from one compressed block
repeated (a 2 GB line costs 2 MB on disk and a second to write), so nothing
large lives in git. tests/test_fuzz_inputs.py runs `attache ingest` over them.
Special files (a FIFO, a socket, a symlink loop, a link to /dev/zero, an
unreadable file) are made where the system allows.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import socket
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

GOOD_TEXT = (
    "Envoys meet in Geneva\n\nThe foreign ministers of two neighbouring countries met in Geneva on Tuesday "
    "to discuss the border dispute, officials said.\n"
)
MB = 1 << 20


def good_record(n: int) -> dict:
    return {
        "title": f"Trade talks round {n}",
        "url": f"https://example.org/good/{n}",
        "text": f"Negotiators from the two governments met for round {n} of the trade talks on Monday and agreed to meet again, officials said.",
    }


def good_line(n: int) -> bytes:
    return json.dumps(good_record(n)).encode() + b"\n"


def page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )


def gzip_repeat(prefix: bytes, block: bytes, count: int, suffix: bytes = b"") -> bytes:
    """One gzip member holding prefix + block * count + suffix, written from one compressed copy of the block."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    body = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)  # after a full flush the same input gives the same bytes
    tail = c.compress(suffix) + c.flush()
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(suffix, crc)
    size = (len(prefix) + len(block) * count + len(suffix)) & 0xFFFFFFFF
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + head + body * count + tail + struct.pack("<II", crc & 0xFFFFFFFF, size)


def warc_record(rec_type: str, headers: dict[str, str], block: bytes) -> bytes:
    lines = [b"WARC/1.0"] + [
        f"{k}: {v}".encode() for k, v in {"WARC-Type": rec_type, **headers, "Content-Length": str(len(block))}.items()
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"


def http_response(html: str) -> bytes:
    body = html.encode()
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


def warc_response(url: str | None, html: str, n: int) -> bytes:
    headers = {
        "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>",
        "WARC-Date": "2025-04-08T10:00:00Z",
        "Content-Type": "application/http; msgtype=response",
    }
    if url:
        headers["WARC-Target-URI"] = url
    return warc_record("response", headers, http_response(html))


def good_warc_pages(k: int) -> list[tuple[str, str]]:
    return [
        (
            f"https://example.org/warc/{i}",
            page(
                f"Ministers meet in round {i}",
                f"The ministers of both countries met for round {i} of talks on Monday in Geneva and agreed on a new ceasefire plan, officials said.",
            ),
        )
        for i in range(k)
    ]


def write_warc(path: Path, records: list[bytes], gz: bool) -> None:
    with open(path, "wb") as fh:
        for rec in records:
            fh.write(gzip.compress(rec) if gz else rec)


# -- the cases -------------------------------------------------------------------------------------------


def case_good(d: Path) -> None:
    (d / "good.txt").write_text(GOOD_TEXT, "utf-8")
    (d / "good.jsonl").write_bytes(good_line(1) + good_line(2))


def case_deep_json(d: Path) -> None:
    (d / "deep.json").write_text("[" * 1000 + "]" * 1000)
    deep = json.dumps({"text": "x"})[:-1] + ', "extra": ' + "[" * 1000 + "]" * 1000 + "}"
    deep_ok = '{"text": "The talks went on.", "extra": ' + "[" * 100 + "]" * 100 + "}"
    (d / "deep.jsonl").write_bytes(good_line(10) + deep.encode() + b"\n" + deep_ok.encode() + b"\n" + good_line(11))


def case_huge_int(d: Path) -> None:
    rec = good_record(20)
    line = json.dumps(rec)[:-1] + ', "n": ' + "7" * 5000 + "}"
    (d / "bigint.jsonl").write_bytes(line.encode() + b"\n" + b'{"n": ' + b"9" * 5000 + b"}\n" + good_line(21))


def case_warc_no_target(d: Path) -> None:
    pages = good_warc_pages(3)
    recs = [
        warc_response(pages[0][0], pages[0][1], 1),
        warc_response(None, pages[1][1], 2),
        warc_response(pages[2][0], pages[2][1], 3),
    ]
    write_warc(d / "notarget.warc.gz", recs, gz=True)
    write_warc(d / "notarget.warc", recs, gz=False)


def case_symlink_loop(d: Path) -> None:
    os.symlink("loop.txt", d / "loop.txt")
    os.symlink("b.jsonl", d / "a.jsonl")
    os.symlink("a.jsonl", d / "b.jsonl")
    (d / "sub").mkdir()
    os.symlink("..", d / "sub" / "up")  # a folder loop: not followed


def case_fifo(d: Path) -> None:
    if hasattr(os, "mkfifo"):
        os.mkfifo(d / "x.txt")


def case_socket(d: Path) -> None:
    if hasattr(socket, "AF_UNIX"):
        s = socket.socket(socket.AF_UNIX)
        try:
            s.bind(str(d / "s.html"))
        except OSError:
            pass
        finally:
            s.close()


def case_device(d: Path) -> None:
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", d / "z.jsonl")
        os.symlink("/dev/zero", d / "z.txt")


def case_unreadable(d: Path) -> None:
    p = d / "locked.txt"
    p.write_text(GOOD_TEXT.replace("Geneva", "Vienna"), "utf-8")
    p.chmod(0)


def case_long_line_gz(d: Path) -> None:
    """A 2 GB line (no newline) between good lines, about 2 MB of gzip."""
    (d / "longline.jsonl.gz").write_bytes(
        gzip.compress(good_line(30)) + gzip_repeat(b'{"text": "', b"a" * MB, 2048, b'"}\n') + gzip.compress(good_line(31))
    )


def case_long_line_plain(d: Path) -> None:
    """A 21 MB line (over the 20 MB record limit) between good lines, plain."""
    with open(d / "longline.jsonl", "wb") as fh:
        fh.write(good_line(32))
        fh.write(b'{"text": "' + b"word " * (4 * MB + 100_000) + b'"}\n')
        fh.write(good_line(33))


def case_many_empty_objects(d: Path) -> None:
    """358 million `{}` lines in about 1 MB of gzip."""
    block = b"{}\n" * MB
    (d / "empties.jsonl.gz").write_bytes(gzip_repeat(b"", block, 358 * 1000 * 1000 // MB))


def case_warc_header_line(d: Path) -> None:
    """A WARC record whose header line is 2 GB long, one gzip member of about 2 MB."""
    good = gzip.compress(warc_response(*good_warc_pages(1)[0], 1))
    bomb = gzip_repeat(b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: ", b"b" * MB, 2048, b"\r\n\r\n")
    (d / "header.warc.gz").write_bytes(good + bomb)


def case_html_million_p(d: Path) -> None:
    (d / "million.html").write_bytes(b"<html><body>" + b"<p>x</p>" * 1_000_000 + b"</body></html>")
    (d / "deepdivs.html").write_bytes(
        b"<html><body>" + b"<div>" * 200_000 + b"The talks went on." + b"</div>" * 200_000 + b"</body></html>"
    )


def case_html_attributes(d: Path) -> None:
    attrs = " ".join(f'a{i}="{i}"' for i in range(200_000))
    text = "The ministers of both countries met on Monday in Geneva and agreed on a new ceasefire plan, officials said. " * 3
    (d / "attrs.html").write_text(f"<html><body><div {attrs}><p>{text}</p></div></body></html>", "utf-8")


def case_truncated_warc(d: Path) -> None:
    pages = good_warc_pages(3)
    recs = [warc_response(u, h, i) for i, (u, h) in enumerate(pages)]
    members = [gzip.compress(r) for r in recs]
    whole = b"".join(members)
    cut = len(members[0]) + len(members[1]) + len(members[2]) // 2  # inside the last record
    (d / "cut_last.warc.gz").write_bytes(whole[:cut])
    (d / "cut_trailer.warc.gz").write_bytes(whole[:-4])  # only the gzip trailer of the last member lost
    plain = b"".join(recs)
    (d / "cut_last.warc").write_bytes(plain[: len(recs[0]) + len(recs[1]) + len(recs[2]) // 2])
    corrupt = bytearray(whole)
    mid = len(members[0]) + len(members[1]) // 2
    corrupt[mid : mid + 16] = b"\x00" * 16
    (d / "corrupt.warc.gz").write_bytes(bytes(corrupt))


def case_nothing(d: Path) -> None:
    (d / "blank.jsonl").write_bytes(b"\n\n   \n")
    (d / "header_only.csv").write_text("title,text\n", "utf-8")
    (d / "zeros.warc").write_bytes(b"")


def case_bombs(d: Path) -> None:
    (d / "bomb.txt.gz").write_bytes(gzip_repeat(b"", b"the talks " * (MB // 10), 1024))  # ~1 GB of text
    (d / "bomb.json.gz").write_bytes(gzip_repeat(b"[", b"{}," * MB, 133, b"{}]"))  # 400 MB of empty objects
    (d / "bomb.csv.gz").write_bytes(gzip_repeat(b"title,text\n", b"a,b\n" * MB, 100))
    (d / "bomb.html.gz").write_bytes(gzip_repeat(b"<html><body>", b"<p>x</p>" * MB, 100))


def case_many_lines_text(d: Path) -> None:
    (d / "lines.txt").write_bytes(b"a\n" * (4 * MB))


def case_near_limits(d: Path) -> None:
    """Files of every format close to 10 MB, built to cost the most per byte."""
    ten = 10 * 1000 * 1000 - 1000
    (d / "lists.json").write_bytes(b"[" + b"[]," * (ten // 3 - 1) + b"[]]")
    (d / "open_quote.csv").write_bytes(b"title,text\n" + b'a,"' + b"x" * (ten - 20) + b"\n")
    (d / "many_rows.tsv").write_bytes(b"title\ttext\n" + b"t\tThe talks went on.\n" * (ten // 100))  # 2 MB: 100,000 rows
    (d / "soup.html").write_bytes(b"<html><body>" + b"<div><span><b>x" * (ten // 16))
    (d / "one_line.txt").write_bytes(b"The talks went on. " * (ten // 19))
    (d / "short_lines.jsonl").write_bytes(b"[]\n" * (ten // 3))


CASES: dict[str, Callable[[Path], None]] = {
    name[len("case_") :]: fn for name, fn in sorted(globals().items()) if name.startswith("case_") and callable(fn)
}


def make(out: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the cases (all, or those named) into OUT/NAME/; return name -> folder."""
    out.mkdir(parents=True, exist_ok=True)
    made = {}
    for name in names or list(CASES):
        folder = out / name
        folder.mkdir(exist_ok=True)
        CASES[name](folder)
        made[name] = folder
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("--only", nargs="*", choices=sorted(CASES))
    ap.add_argument("--list", action="store_true", help="List the cases and exit.")
    args = ap.parse_args(argv)
    if args.list or not args.out:
        for name, fn in CASES.items():
            print(f"{name}: {(fn.__doc__ or '').strip()}")
        return 0
    for name, folder in make(args.out, args.only).items():
        size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"{name}: {folder} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
