"""Which stored URLs may become links: only absolute http and https addresses.

A record's ``url`` is kept as the source gave it (it is data), but anything else
(``javascript:``, ``data:``, ``vbscript:``, a relative path, a string with control
characters) is never rendered as a link: the API gives ``link: null`` beside it, and
the dashboard checks again before it writes an ``href``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = ("http", "https")


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address with a host, else None."""
    if not url or not isinstance(url, str) or len(url) > 8192:
        return None
    if any(ord(c) < 33 or ord(c) == 127 for c in url):  # whitespace or control characters hide schemes
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.hostname:
        return None
    return url


def unsafe_url_warning(url: str | None) -> str | None:
    """The warning an article gets at ingest when its url cannot be a link (None when it can, or is absent)."""
    if not url or safe_link(url):
        return None
    scheme = url.split(":", 1)[0][:20] if ":" in url else ""
    why = f"scheme {scheme!r} is not http or https" if scheme else "not an absolute http(s) address"
    return f"url kept as data but never shown as a link: {why}"
