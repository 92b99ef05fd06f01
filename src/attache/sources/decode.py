"""Bytes to text: BOMs, UTF-8, a declared charset, Windows-1252, then
replacement characters with a warning. Binary content is refused."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The bytes are not usable text; the message is the one-line reason."""


def storable(text: str) -> str:
    """Text that can be stored and printed: lone surrogates (legal in JSON escapes and odd file names, not in
    UTF-8) become '?'."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text lacking a BOM shows NUL in every other byte."""
    if len(head) < 8:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / len(head[1::2])
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, warnings)`` or raise DecodeError."""
    if not data or not data.strip():
        raise DecodeError("empty file")
    warnings: list[str] = []
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason}") from None
            break
    if text is None:
        guess = _utf16_without_bom(data[:4096])
        if guess:
            try:
                text, encoding = data.decode(guess), guess
            except UnicodeDecodeError:
                text = None
    if text is None and b"\x00" in data[:65536]:
        raise DecodeError("binary content (NUL bytes), not text or HTML")
    if text is None:
        candidates = ["utf-8"]
        if html:
            declared = declared_charset(data)
            if declared and declared not in candidates:
                candidates.append(declared)
        candidates.append("cp1252")
        for name in candidates:
            try:
                text, encoding = data.decode(name), name
                break
            except (UnicodeDecodeError, LookupError):
                continue
        if text is None:
            text, encoding = data.decode("utf-8", errors="replace"), "utf-8"
            bad = text.count("\ufffd")
            if bad > max(16, len(text) // 10):
                raise DecodeError(f"undecodable bytes: {bad} of {len(data)} bytes are not valid UTF-8 or Windows-1252")
            warnings.append(f"{bad} undecodable byte(s) replaced with U+FFFD")
        elif encoding not in ("utf-8",):
            warnings.append(f"decoded as {encoding}")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 20):
        raise DecodeError("binary content (control characters), not text or HTML")
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding, warnings
