"""What an article's context says about its country: read by the context passes of ``resolve.py`` (bare state
bodies and office holders, a government's own offices) and by ``unplaced.py`` (people still without a country).

- ``publisher``: what the outlet registry knows of the article's publisher, looked up once an article;
- ``issuer_country``: the country of a government publisher (state.gov, kremlin.ru), else None;
- ``only_country``: the one country the mentions name, else None;
- ``story_is_in``: whether the article tells its story as happening in a country (a place inside it is named, or,
  where the caller asks, the country itself as a place), not only speaks of it.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Mention

# "floods across Kenya", "in the United States": the country named as where things happen
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|around|near|inside|within|all over)\s+(?:the\s+)?$", re.I)

#: the note of a side placed in the country the article names clearly most (``Resolver._context_groups``,
#: ``Resolver._dominant``): a guess that more specific evidence of the sentence may overrule
CONTEXT_NOTE = "country of the article's context"


def publisher(article: Any) -> Any:
    """The article's outlet as the registry knows it (``extract.outlets.outlet_info``), None when the article
    names neither an outlet nor a URL."""
    if not (article.url or article.outlet):
        return None
    from ..extract.outlets import outlet_info

    return outlet_info(article.outlet, article.url)


def issuer_country(info: Any) -> str | None:
    """The country of a publisher (``publisher()``) that is a government (state.gov, kremlin.ru), else None."""
    return info.country if info is not None and info.kind == "government" else None


def only_country(mentions: list[Mention], leave_out: str | None = None) -> str | None:
    """The one country an article names (once is enough: "police in Kerala arrested a man"), when every mention with a
    country (other than ``leave_out``) has that one; None when it names several or none. Eighth session (h14domestic9)."""
    countries = {m.country for m in mentions if m.country and m.country != leave_out}
    return next(iter(countries)) if len(countries) == 1 else None


def a_place(m: Mention, text: str, country_as_place: bool = True) -> bool:
    """Is the mention a place where the story happens: a region, or (``country_as_place``) a country after a place
    preposition ("across Kenya"), not a state acting or spoken of ("the Chinese government")?"""
    if m.kind == "region":
        return True
    return country_as_place and m.kind == "country" and bool(_LOCATIVE.search(text[max(0, m.start - 25) : m.start]))


def story_is_in(mentions: list[Mention], country: str | None, text: str, country_as_place: bool = True) -> bool:
    """Does the article tell its story as happening in ``country``, the one country it names? Named once, that
    country may be only what people speak of ("Senator X said China is breaking the law"); a place inside it
    ("schools across Ohio", "police in Kerala") or, with ``country_as_place``, the country named as a place ("floods
    across Kenya") says the story is there. ``resolve.py``'s context pass for office holders reads regions only
    (``country_as_place=False``), ``unplaced.py`` both."""
    return country is not None and any(x.country == country and a_place(x, text, country_as_place) for x in mentions)
