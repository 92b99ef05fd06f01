"""People of news at large still without a country after every other pass (ninth session, h14country10).

Wikinews-like reporting names most people without a title or a country of their own ("Crusius", "Matthew Falder",
"then-U.S.-president Jimmy Carter", "Ohio man James Alex Fields ... Fields"). Three kinds of evidence, most
specific first (words in ``context_rules.yaml``, ``unplaced``):

1. ``phrase``: a country named in the person's own noun phrase, just before the name: a country, place or
   people mention with a country followed only by lower-case words ("Ohio man James Alex Fields", "Libyan leader
   Muammar Gaddafi"), or a country's name inside the hyphenated word before the name ("then-U.S.-president
   Jimmy Carter");
2. ``surname``: a bare surname (or the family's plural, "the Turpins") of a person the article names in full with a
   country, when the people of that surname it names are all of one country;
3. ``article``: the article's clearly dominant country (else the only country it names, when it is named as a
   place or a place inside it is named) for a person named without any foreign cue: no mention of another country in the person's sentence. Not in a government's own text (its
   officials and its hosts are named alike there), nor by a place named as a destination ("will travel to
   Vilnius": where the person goes, not where they are from).

A country given where the person is of another country is worse than none: every rule stays silent when its
evidence names two countries.

Written for attache (CC0).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Mention
from .context import only_country, story_is_in
from .kb import capitalised_names, person_id

_LOWER = re.compile(r"^(?:['’]s)?(?:\s+[a-z][a-z'’-]*){0,4}\s+$")  # "Ohio man ", "Libyan leader ", "'s police chief "
_NOT_PHRASE = frozenset({"of", "to", "by", "and", "or", "with", "for", "in", "at", "from", "on", "against", "than", "as"})
_BODY = "-"  # the person's phrase names an international body: no country to give
_NAME_KINDS = ("person", "org", "gpe")  # the parser calls some people ORG or GPE ("Mendez", "Fields")


def _loose(m: Mention, kinds: tuple[str, ...] = ("person",)) -> bool:
    """A name with no country that a rule here may place: a person, not of an international body."""
    return m.country is None and m.kind in kinds and m.sector != "IGO" and m.how in ("ner-only", "role-pattern", "context")


def _placed(m: Mention, country: str, why: str, conf: float) -> Mention:
    sector = m.sector or ("CVL" if m.kind == "person" else None)
    return replace(
        m,
        country=country,
        sector=sector,
        actor_id=person_id(m.name or m.text, country, sector)
        if m.kind == "person"
        else m.actor_id or f"{country}.{sector or 'UNK'}",
        confidence=min(m.confidence, conf) if m.how != "ner-only" else m.confidence,
        note=why,
    )


def _phrase_country(r: Any, m: Mention, mentions: list[Mention], text: str) -> str | None:
    """The country of the person's own noun phrase, just before the name (rule 1)."""
    before = [n for n in mentions if n.end <= m.start and n.sentence_start == m.sentence_start and n is not m]
    n = max(before, key=lambda x: x.end, default=None)
    between = text[n.end : m.start] if n is not None else ""
    if n is not None and m.start - n.end <= 40 and _LOWER.match(between) and not (set(between.lower().split()) & _NOT_PHRASE):
        if n.sector == "IGO" or n.kind == "igo":
            return _BODY  # "U.N. mediator Diego Cordovez": of an international body, of no country
        if n.country and n.kind in ("country", "region", "collective", "norp"):
            return n.country
    # "then-U.S.-president Jimmy Carter": the country inside the hyphenated word before the name
    head = text[max(m.sentence_start, m.start - 40) : m.start].split()
    if not head or "-" not in head[-1]:
        return None
    found = set()
    for part in head[-1].strip("-").split("-"):
        if len(part) < 2 or not part[:1].isupper():
            continue
        for actor, _how in r.kb.lookup(part):
            if actor.kind == "country" and actor.country:
                found.add(actor.country)
    return next(iter(found)) if len(found) == 1 else None


def _surname_key(word: str) -> str:
    word = word.removesuffix("'s").removesuffix("’s")
    return word


def title_countries(title: str | None) -> set[str]:
    """The countries an article's title names by a country's or a region's name, alias or adjective ("Arrests made in
    theft of gold toilet in England": GBR; "California court sentences parents ...": USA; "Former U.S. intelligence
    agent Tony Mendez ... dies": USA), the longest run of up to three words first."""
    if not title:
        return set()
    names = capitalised_names(("country", "region"))
    words = re.findall(r"[\w.'’-]+", title)
    words = [w.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in words]
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            iso = names.get(" ".join(words[i : i + n]).removesuffix("'s").removesuffix("’s"))
            if iso is not None:
                found.add(iso)
                i += n
                break
        else:
            i += 1
    return found


def place_unplaced(
    r: Any,
    mentions: list[Mention],
    text: str,
    issuer: str | None,
    rule: dict,
    conf: float,
    sentences: list[int] | None = None,
    title: str | None = None,
) -> list[Mention]:
    """The three passes of this module over an article's resolved mentions (``issuer``: the country of a
    government publisher, else None; ``sentences``: where the article's sentences start, else those of the
    mentions; ``title``: the article's title, whose one country says where the story is when the text alone does
    not: h19title)."""
    if not rule or not any(_loose(m, _NAME_KINDS) for m in mentions):
        return mentions
    out = list(mentions)
    # 1. the person's own noun phrase
    bodies: set[int] = set()  # people of an international body: the article's country is not theirs
    for i, m in enumerate(out):
        if _loose(m):
            country = _phrase_country(r, m, out, text)
            if country == _BODY:
                bodies.add(i)
            elif country:
                out[i] = _placed(m, country, "a country in the person's own phrase", conf)
    # 3. the article's country, for people named without a foreign cue (before 2, so that a full name placed by
    # the article gives its surname too)
    if rule.get("article", True) and issuer is None:
        bound = re.compile(rule["destination"]) if rule.get("destination") else None
        voters = [m for m in out if _votes(m) and not (bound and bound.search(text[max(0, m.start - 30) : m.start]))]
        clear = r._clear_country(voters)
        top = clear or only_country(voters)
        if clear is None and not story_is_in(out, top, text):
            # named once, the only country may be what people speak of ("Senator X said China is breaking the law"),
            # as in resolve.py's context pass: a place inside it, or the country named as a place ("floods across
            # Kenya"), must say the story is there
            top = None
        titled = title_countries(title)
        by_title = top is None and len(titled) == 1
        if by_title:
            top = next(iter(titled))  # the text names several countries or none clearly: the title's one says (h19title)
        if top is not None:
            foreign = {m.sentence_start for m in voters if m.country != top}
            cues = re.compile(rule["foreign_cue"]) if rule.get("foreign_cue") else None
            near = int(rule.get("near_sentences", 0))  # 0: the whole article speaks for the person
            starts = sorted({*(sentences or ()), *(m.sentence_start for m in out)})
            said = {m.sentence_start for m in voters if m.country == top}
            kinds = tuple(rule.get("loose_kinds") or ("person",))
            # the first words of the organisations named in several words ("Ford" of "Ford Motor Company"): a short
            # form of a body, not a person the parser misread
            firsts = {m.text.split()[0] for m in out if m.kind == "org" and len(m.text.split()) > 1}
            for i, m in enumerate(out):
                if m.sentence_start in foreign or i in bodies or not _homeless(m, kinds, firsts):
                    continue
                if near and not by_title:  # the title is near every sentence
                    k = starts.index(m.sentence_start)
                    if not said & set(starts[max(0, k - near) : k + 1]):
                        continue  # the article's country is not named near the person ("Kasparov" in a chess report)
                if cues is not None and cues.search(text[max(m.sentence_start, m.start - 40) : m.start]):
                    continue
                out[i] = _placed(m, top, f"a person named without a foreign cue in an article about {top}", conf)
    # 2. bare surnames (and the family's plural) of people named in full with a country
    by_surname: dict[str, list[Mention]] = {}
    for m in out:
        parts = m.text.split()
        if m.kind == "person" and m.country and len(parts) > 1 and parts[-1][:1].isupper():
            by_surname.setdefault(_surname_key(parts[-1]), []).append(m)
    if by_surname:
        for i, m in enumerate(out):
            if not _loose(m, _NAME_KINDS) or len(m.text.split()) != 1:
                continue
            word = _surname_key(m.text)
            named = by_surname.get(word) or (by_surname.get(word[:-1], []) if word.endswith("s") else [])
            if not named or len({n.country for n in named}) != 1 or not any(n.start < m.start for n in named):
                continue
            n = [n for n in named if n.start < m.start][-1]
            out[i] = replace(
                m,
                kind="person",
                country=n.country,
                sector=n.sector,
                actor_id=n.actor_id,
                name=n.name or n.text,
                note=f"the surname of {n.text}, named before",
            )
    return out


_NAME = re.compile(r"^[A-Z][a-z'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|bin|al|el|la|le|di|du|dos|der|ibn))*$")


def _homeless(m: Mention, kinds: tuple[str, ...], firsts: set[str]) -> bool:
    """May the article's country be given to this name (rule 3)? A person named like one; a one-word name of another
    kind of ``kinds`` that only the parser found ("Mendez" tagged an organisation, h44home), not the first word of a
    body named in full (``firsts``: "Ford" of "Ford Motor Company"). Group words ("people", "police") were tried and
    left out: docs/benchmarks.md, forty-fourth session."""
    if not _loose(m, kinds) or not _name_like(m.text):
        return False
    return m.kind == "person" or (m.how == "ner-only" and len(m.text.split()) == 1 and m.text not in firsts)


def _name_like(text: str) -> bool:
    """Does the mention read like a person's name ("Jane Roe", "Bill de Blasio"), not "COVID-19" or "ISIS"?"""
    return bool(_NAME.match(text)) and not any(ch.isdigit() for ch in text)


def _votes(m: Mention) -> bool:
    """Does this mention say what country the article is about? Not an international body, and not a news outlet
    ("told Reuters": the agency's home is not the story's)."""
    return bool(m.country) and m.kind != "igo" and m.sector not in ("IGO", "MED")
