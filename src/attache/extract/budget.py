"""A per-document budget for extraction: bounded parse size before parsing, and a time limit.

lxml and trafilatura cost memory per element and, for a tag with very many
attributes, time that grows with the square of their number. Before a page
is parsed, :func:`bound_html` cuts it after ``html_tags`` tags and strips the
attributes of any tag holding more than ``html_attributes``; each cut is
said in a warning. :func:`time_limit` stops one extraction after
``extract_seconds`` (on the main thread, where a timer signal can be used).
"""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager

from ..limits import Limits, env_name

_ATTRIBUTE = re.compile(r"\s+[^\s=>/\"']+")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9:_-]{0,40})")


class ExtractTimeout(BaseException):
    """Raised by the timer inside an extraction; a BaseException so that no ``except Exception`` in a library swallows it."""


def bound_html(html: str, limits: Limits) -> tuple[str, list[str]]:
    """The page cut down to the parse budget, with a warning for each cut (none for an ordinary page)."""
    max_tags, max_attrs = limits.html_tags, limits.html_attributes
    if html.count("<") <= max_tags and len(html) <= 2 * max_attrs:
        return html, []  # cannot exceed either limit
    warnings: list[str] = []
    pieces: list[str] = []
    copied = 0  # html[:copied] is in pieces
    pos = tags = stripped = 0
    worst = 0
    long_tag = 2 * max_attrs  # a tag with more attributes than that is at least this long
    size = len(html)
    while True:
        lt = html.find("<", pos)
        if lt < 0:
            break
        tags += 1
        if max_tags and tags > max_tags:
            pieces.append(html[copied:lt])
            copied = size
            warnings.append(
                f"HTML cut after {max_tags:,} tags ({env_name('html_tags')}): the rest of the page "
                f"({(size - lt) / 1e6:,.1f} MB) is not read"
            )
            break
        gt = html.find(">", lt + 1)
        end = size if gt < 0 else gt
        if end - lt > long_tag:
            tag = html[lt:end]
            count = sum(1 for _ in _ATTRIBUTE.finditer(tag))
            if count > max_attrs:
                name = _TAG_NAME.match(tag)
                pieces.append(html[copied:lt])
                pieces.append(f"<{name.group(1)}>" if name else "")
                copied = end + 1 if gt >= 0 else size
                stripped += 1
                worst = max(worst, count)
        if gt < 0:
            break
        pos = gt + 1
    if stripped:
        warnings.insert(
            0,
            f"dropped the attributes of {stripped} tag{'s' if stripped != 1 else ''} with more than "
            f"{max_attrs:,} ({worst:,} at most; {env_name('html_attributes')})",
        )
    if not warnings:
        return html, []
    pieces.append(html[copied:])
    return "".join(pieces), warnings


def bound_text(text: str, limits: Limits) -> tuple[str, list[str]]:
    """A plain-text page cut after ``text_lines`` lines or ``text_chars`` characters, with a warning when cut."""
    warnings = []
    most = limits.text_lines
    if most and text.count("\n") >= most:
        pos = -1
        for _ in range(most):
            pos = text.find("\n", pos + 1)
        warnings.append(
            f"text cut after {most:,} lines ({env_name('text_lines')}): the rest "
            f"({(len(text) - pos) / 1e6:,.1f} M characters) is not read"
        )
        text = text[:pos]
    chars = limits.text_chars
    if chars and len(text) > chars:
        cut = text.rfind("\n", 0, chars)
        cut = cut if cut > chars // 2 else chars
        warnings.append(
            f"text cut after {cut:,} characters ({env_name('text_chars')}): the rest "
            f"({(len(text) - cut) / 1e6:,.1f} M characters) is not read"
        )
        text = text[:cut]
    return text, warnings


@contextmanager
def time_limit(seconds: float, what: str = "extraction"):
    """Raise ExtractTimeout inside the block after ``seconds`` (main thread only; elsewhere, or with 0, no limit)."""
    if (
        not seconds
        or seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum, frame):
        raise ExtractTimeout(f"{what} took longer than {seconds:g} s ({env_name('extract_seconds')}): skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
