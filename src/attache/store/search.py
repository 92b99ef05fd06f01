"""Full-text search: attache's own BM25 index over titles and texts, the same on DuckDB and PostgreSQL.

Why not DuckDB's ``fts`` extension: its PyPI wheel (``duckdb-extension-fts``) must match the ``duckdb``
version exactly, and the newest (1.5.5) does not match the duckdb 2.x attache installs; PostgreSQL's
``tsvector`` would rank differently from DuckDB. So the store keeps two plain tables (migration 0014):
``search_docs`` (each article's title and text length in terms) and ``search_terms`` (term, article,
how often in the title, how often in the text), written when an article is stored, and one portable
SQL query ranks with BM25F (title terms count ``TITLE_WEIGHT`` times).

This module holds the pure parts: tokenising, index rows, snippets. Only the store runs SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 2.0
SNIPPET_CHARS = 240

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("attache.store").joinpath("data/search_stopwords.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Lower case, accents folded, a light plural stemmer (talks -> talk, tariffs -> tariff, policies -> policy)."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    if len(w) > 4 and w.endswith("ies") and not w.endswith(("eies", "aies")):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def tokens(text: str | None) -> list[str]:
    """The index terms of a text, in order (stop words and one-letter words left out)."""
    stop = stopwords()
    out = []
    for m in _WORD.finditer(text or ""):
        word = m.group(0)
        if len(word) < 2 and not word.isdigit():
            continue
        term = normalise(word)
        if term in stop or word.lower() in stop:
            continue
        out.append(term)
    return out


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, in order."""
    return list(dict.fromkeys(tokens(query)))


def term_counts(text: str | None) -> Counter[str]:
    """How often each index term occurs in a text (as :func:`tokens` would count, but each distinct word
    is normalised once)."""
    stop, out = stopwords(), Counter[str]()
    for word, n in Counter(_WORD.findall((text or "").lower())).items():
        if (len(word) < 2 and not word.isdigit()) or word in stop:
            continue
        term = normalise(word)
        if term not in stop:
            out[term] += n
    return out


def index_rows(article_id: str, title: str | None, text: str | None) -> tuple[list[Any], list[list[Any]]]:
    """One ``search_docs`` row and the ``search_terms`` rows of an article."""
    in_title, in_text = term_counts(title), term_counts(text)
    doc = [article_id, sum(in_title.values()), sum(in_text.values())]
    terms = [[term, article_id, in_title.get(term, 0), in_text.get(term, 0)] for term in sorted(set(in_title) | set(in_text))]
    return doc, terms


def hits_in(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """Where the query terms occur in a text: (start, end, term), offsets into the text. Words are found by
    the terms' stems (a term less its last letter: policy -> polic-, for policies), then checked whole."""
    if not terms:
        return []
    stems = "|".join(sorted((re.escape(t[:-1] if len(t) > 2 else t) for t in terms), key=len, reverse=True))
    found = re.finditer(rf"(?<!\w)(?:{stems})\w*", text or "", re.IGNORECASE)
    return [(m.start(), m.end(), term) for m in found if (term := normalise(m.group(0))) in terms]


def snippet(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> dict[str, Any]:
    """The passage of about ``width`` characters holding the most distinct query terms (the first such),
    cut at word boundaries, with the hits inside it. Offsets point into the article's text."""
    wanted = set(terms)
    hits = hits_in(text, wanted)
    if not hits:
        end = _cut_end(text, min(len(text), width))
        return {"text": text[:end], "start": 0, "end": end, "hits": []}
    best, best_key = 0, None
    for i, (start, _, _) in enumerate(hits):
        inside = [h for h in hits[i:] if h[1] <= start + width]
        key = (len({h[2] for h in inside}), len(inside))
        if best_key is None or key > best_key:
            best, best_key = i, key
    first = hits[best][0]
    start = max(0, first - width // 4)
    if start > 0:  # begin at a word boundary
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and first - space < width // 2 else start
    end = _cut_end(text, min(len(text), start + width))
    shown = [[s, e] for s, e, _ in hits if s >= start and e <= end]
    return {"text": text[start:end], "start": start, "end": end, "hits": shown}


def _cut_end(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.find(" ", end)
    return space if 0 <= space - end < 30 else end


def marked(snip: dict[str, Any], left: str = "[", right: str = "]") -> str:
    """The snippet's text with each hit between markers (for terminals and Markdown)."""
    text, base, out, at = snip["text"], snip["start"], [], 0
    for s, e in snip["hits"]:
        s, e = s - base, e - base
        out += [text[at:s], left, text[s:e], right]
        at = e
    out.append(text[at:])
    body = "".join(out).replace("\n", " ")
    return (
        ("…" if snip["start"] > 0 else "")
        + body
        + ("…" if snip.get("more", True) and snip["end"] < snip.get("length", snip["end"]) else "")
    )
