"""Bounded reading: open only regular files, decompress gzip with a cap, read lines with a length cap.

Nothing here holds more than one capped line (or one capped read) in memory,
whatever the input: a 2 GB line is skipped as it streams past, a gzip bomb is
stopped once it expands past its allowance, and a FIFO or a device is refused
without being opened for blocking reads.
"""

from __future__ import annotations

import errno
import gzip
import os
import re
import stat
import zlib
from collections.abc import Iterator
from typing import BinaryIO, Protocol

from ..limits import Limits, env_name

CHUNK = 1 << 20

GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


class InputRefused(Exception):
    """The input is not read (or no further); the message is the one-line reason."""


class NotRegular(InputRefused):
    pass


class TooMuchData(InputRefused):
    pass


def file_type(mode: int) -> str | None:
    """A name for what is not a regular file, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def stat_problem(path: str | os.PathLike, *, allow_fifo: bool = False) -> str | None:
    """Why this path cannot be read as a file (without opening it), or None."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (too many levels of symbolic links)"
        try:
            os.lstat(path)
        except OSError:
            return "path does not exist"
        return f"broken symbolic link ({exc.strerror or exc})"
    kind = file_type(st.st_mode)
    if kind is None or (allow_fifo and stat.S_ISFIFO(st.st_mode)):
        return None
    return f"skipped: {kind}, not a regular file (never opened)"


def open_regular(path: str | os.PathLike, *, allow_fifo: bool = False) -> BinaryIO:
    """Open for reading without ever blocking on a FIFO or a device; refuse what is not a regular file."""
    why = stat_problem(path, allow_fifo=allow_fifo)
    if why:
        raise NotRegular(why)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode  # the file may have changed between stat and open
        kind = file_type(mode)
        if kind is not None and not (allow_fifo and stat.S_ISFIFO(mode)):
            raise NotRegular(f"skipped: {kind}, not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class Readable(Protocol):
    """What the readers need of a byte stream (a file, an upload, a stream with bytes put back in front)."""

    def read(self, n: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


class _Counting:
    """A read-only file object that counts the bytes read through it."""

    def __init__(self, raw: Readable) -> None:
        self.raw = raw
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n if n is not None and n >= 0 else CHUNK)
        self.count += len(data)
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        pass


class Capped:
    """Decompressed bytes of an input, read in bounded pieces, stopped past the cap.

    ``cap`` bounds plain data (None: unbounded); gzip data may expand to
    ``max(limits.gzip_floor_bytes, limits.gzip_ratio * compressed bytes read)``.
    """

    def __init__(self, raw: Readable, limits: Limits, *, gzipped: bool, cap: int | None = None, what: str = "input") -> None:
        self.limits = limits
        self.cap = cap
        self.what = what
        self.total = 0
        self.gzipped = gzipped
        self._counting = _Counting(raw)  # counts the compressed bytes read (gzip input only)
        self._stream: Readable = raw
        if gzipped:
            # GzipFile's stub asks for seek(), which reading never calls
            self._stream = gzip.GzipFile(fileobj=self._counting, mode="rb")  # type: ignore[call-overload]

    def allowance(self) -> int | None:
        if not self.gzipped:
            return self.cap
        bomb = max(self.limits.gzip_floor_bytes, self.limits.gzip_ratio * self._counting.count)
        return bomb if self.cap is None else min(bomb, self.cap)

    def read(self, n: int = CHUNK) -> bytes:
        """Up to ``n`` bytes (one chunk when n is negative: never everything at once)."""
        if n is None or n < 0:
            n = CHUNK
        data = self._stream.read(n)
        self.total += len(data)
        allowed = self.allowance()
        if allowed is not None and self.total > allowed:
            if self.gzipped and (self.cap is None or allowed < self.cap):
                raise TooMuchData(
                    f"gzip data expands past {allowed / 1e6:,.0f} MB (over {self.limits.gzip_ratio}x the "
                    f"{self._counting.count / 1e6:,.1f} MB read): stopped there as a likely gzip bomb "
                    f"(raise {env_name('gzip_ratio')} / {env_name('gzip_floor_bytes')})"
                )
            raise TooMuchData(f"over the {allowed / 1e6:,.0f} MB limit for one {self.what} after decompression")
        return data

    def read_all(self) -> bytes:
        """Everything up to the cap (a TooMuchData past it)."""
        parts: list[bytes] = []
        while True:
            data = self.read(CHUNK)
            if not data:
                return b"".join(parts)
            parts.append(data)

    def close(self) -> None:
        try:
            self._stream.close()
        except Exception:
            pass


_NEWLINES = re.compile(rb"\n+")


def iter_lines(stream, max_line: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, bytes or None when longer than max_line, length)`` for each line, without its newline.

    A line is never held whole past ``max_line``: the rest of an over-long
    line streams past and is only counted. Runs of blank lines are skipped
    in one step (their numbers still count). The last line may lack a newline.
    """
    parts: list[bytes] = []
    held = 0
    skipping = False
    number = 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        start = 0
        size = len(chunk)
        while start < size:
            nl = chunk.find(b"\n", start)
            if nl < 0:
                rest = size - start
                if not skipping and held + rest > max_line:
                    skipping, parts = True, []
                if not skipping:
                    parts.append(chunk[start:] if start else chunk)
                held += rest
                break
            number += 1
            length = held + nl - start
            if skipping or length > max_line:
                yield number, None, length
            else:
                if parts:
                    parts.append(chunk[start:nl])
                    line = b"".join(parts)
                else:
                    line = chunk[start:nl]
                yield number, line, length
            parts, held, skipping = [], 0, False
            m = _NEWLINES.match(chunk, nl)  # matches: chunk[nl] is a newline
            stop = m.end() if m else nl + 1
            number += stop - nl - 1  # blank lines after this one
            start = stop
    if held:
        number += 1
        if skipping or held > max_line:
            yield number, None, held
        else:
            yield number, b"".join(parts), held
