"""What the HTML and Markdown outputs share: the Jinja2 templates (``report/templates/``, one base), Markdown to
HTML through markdown-it-py, citations as links, plurals.

A citation links to the dashboard's article view at the cited sentence
(``{dashboard}/#/article/{id}?start=..&end=..``) and, when the article has one, to its original address.
The dashboard's address is ``$ATTACHE_DASHBOARD`` or ``http://127.0.0.1:8000`` (where ``attache serve`` listens).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from ..links import safe_link

DEFAULT_DASHBOARD = "http://127.0.0.1:8000"
_BASE: ContextVar[str | None] = ContextVar("attache_dashboard", default=None)


def dashboard() -> str:
    """The dashboard's address for links: the one set by :func:`linking_to`, else $ATTACHE_DASHBOARD, else the default."""
    return (_BASE.get() or os.environ.get("ATTACHE_DASHBOARD") or DEFAULT_DASHBOARD).rstrip("/")


@contextmanager
def linking_to(base: str | None):
    """Render with links to the dashboard at ``base`` (the server's own address when the API renders a page)."""
    token = _BASE.set(base.rstrip("/") if base else None)
    try:
        yield
    finally:
        _BASE.reset(token)


def plural(n: float | None, word: str, many: str | None = None) -> str:
    """``1 event``, ``2 events``, ``0 events``; ``many`` for irregular words (``1 story`` / ``3 stories``)."""
    n = n or 0
    if n == 1:
        return f"1 {word}"
    if many is None:
        many = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    return f"{n:,} {many}" if isinstance(n, int) else f"{n:g} {many}"


def article_link(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """The dashboard's article view, at the sentence ``start``-``end`` when given."""
    url = f"{dashboard()}/#/article/{quote(str(article_id), safe='')}"
    if start is not None and end is not None:
        url += f"?start={int(start)}&end={int(end)}"
    return url


def cite_md(c: dict[str, Any], urls: dict[str, str] | None = None) -> str:
    """A citation in Markdown: the outlet linked to the cited sentence in the dashboard, then the original."""
    label = (c.get("outlet") or "source").replace("[", "(").replace("]", ")")
    where = "" if c.get("start") is not None else " (title)"
    out = f"[{label}{where}]({article_link(c['article_id'], c.get('start'), c.get('end'))})"
    original = safe_link(c.get("url") or (urls or {}).get(c["article_id"]))
    if original:
        out += f" ([original]({original.replace(')', '%29').replace(' ', '%20')}))"
    return out


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def md_to_html(text: str) -> str:
    """Markdown (CommonMark + tables) to HTML; raw HTML in the text is escaped, not passed through."""
    return _markdown().render(text)


def md_inline(text: str) -> str:
    return _markdown().renderInline(text)


@lru_cache(maxsize=1)
def environment():
    from jinja2 import ChainableUndefined, Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("attache.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plural"] = plural
    env.filters["article_link"] = lambda c: article_link(c["article_id"], c.get("start"), c.get("end"))
    env.filters["original"] = lambda c, urls=None: safe_link(c.get("url") or (urls or {}).get(c.get("article_id") or c.get("id")))
    env.filters["md"] = md_to_html
    env.filters["md_inline"] = md_inline
    env.filters["signed"] = lambda v, d=2: "—" if v is None else f"{v:+.{d}f}"
    env.filters["coverage_line"] = _coverage_line
    env.globals["dashboard"] = dashboard
    env.globals["article_blocks"] = article_blocks
    return env


def article_blocks(a: dict[str, Any]) -> list[tuple[str, str]]:
    """The article as (kind, text) blocks: its section headings put back before the paragraph each opens."""
    heads = sorted(a.get("headings") or [], key=lambda h: h["at"])
    out: list[tuple[str, str]] = []
    i = 0
    for p in a["paragraphs"]:
        while i < len(heads) and heads[i]["at"] <= p["start"]:
            out.append(("heading", heads[i]["text"]))
            i += 1
        out.append((p.get("kind") or "body", a["text"][p["start"] : p["end"]]))
    out += [("heading", h["text"]) for h in heads[i:]]
    return out


def _coverage_line(cov: dict[str, int]) -> str:
    from .dyad import coverage_line

    return coverage_line(cov)


def render(template: str, **context: Any) -> str:
    from markupsafe import Markup

    context.setdefault("Markup", Markup)
    return environment().get_template(template).render(**context)
