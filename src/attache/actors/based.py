"""Where a group, an outlet or a firm is based tells its country (issue 14, eighth session, branch h14place9).

Wire copy and sanctions notices place the parties they name: "a Pakistan-based militant group", "the
Uzbekistan-based Promcomplektlogistic Private Company", "World Human Care, an Indonesia-based organization",
"UK-based retailer Tesco", "a terror group based in Trinidad", "a newspaper based in east Beirut". The GSR
convention, and the project's guidelines ("non-state actors inside a country without a group name get the
country code"), code such a party by that country. One pass over the resolved mentions (``Resolver.resolve``):

- "<Place>-based N" and "N based in <Place>" (``data/based.yaml``: the participles and prepositions), the place a
  mention the knowledge base puts in a country;
- the mentions that N names (N itself, its modifiers: "militant group", the name it is in apposition with, or
  that is in apposition with it: "entity, Truong Phat Loc ...", "World Human Care, an ... organization", the name
  N modifies: "retailer Tesco") take that country, when they have none and are not a known actor, a person or a
  place of their own;
- N itself, when no mention covers it and the yaml's ``nouns`` lists it ("group", "newspaper", "company"), becomes a
  collective mention of that country, its sector from the noun or a modifier before it ("terror group": REB).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import Mention
from ..nlp import Parsed
from .kb import person_id, slug

HYPHENS = ("-", "–", "‑")


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    data = yaml.safe_load(resources.files("attache.actors").joinpath("data/based.yaml").read_text("utf-8")) or {}
    for key in ("participles", "preps", "place_kinds", "never_kinds", "never_how"):
        data[key] = frozenset(data.get(key) or ())
    text = resources.files("attache.actors").joinpath("data/context_rules.yaml").read_text("utf-8")
    listed = (yaml.safe_load(text) or {}).get("listed_places") or {}
    # where international bodies sit ("the Hague-based court") places no one: context_rules' listed_places ``not``
    data["never_places"] = frozenset(p.casefold() for p in list(listed.get("not") or ()) + list(data.get("never_places") or ()))
    data["never_sectors"] = frozenset(data.get("never_sectors") or ())
    data["nouns"] = dict(data.get("nouns") or {})
    data["sector_modifiers"] = dict(data.get("sector_modifiers") or {})
    return data


def _at(mentions: list[Mention], start: int, end: int) -> int | None:
    """The index of the mention covering the characters [start, end), else None."""
    for i, m in enumerate(mentions):
        if m.start <= start and end <= m.end:
            return i
    return None


def _country_at(t, seg_start: int, mentions: list[Mention], cfg: dict[str, Any]) -> str | None:
    """The country of the place mention covering token ``t``, else None (not a seat of international bodies)."""
    j = _at(mentions, seg_start + t.idx, seg_start + t.idx + len(t.text))
    if j is None or mentions[j].kind not in cfg["place_kinds"] or not mentions[j].country:
        return None
    name = mentions[j].text.removeprefix("the ").removeprefix("The ")
    if name.casefold() in cfg["never_places"] or mentions[j].text.casefold() in cfg["never_places"]:
        return None
    return mentions[j].country


def _place(tok, seg_start: int, mentions: list[Mention], cfg: dict[str, Any]):
    """(token of the noun placed, country) of a "based" participle, else None."""
    doc = tok.doc
    country = None
    if tok.i >= 2 and doc[tok.i - 1].text in HYPHENS and doc[tok.i - 1].idx + 1 == tok.idx:
        country = _country_at(doc[tok.i - 2], seg_start, mentions, cfg)  # "Pakistan-based": the place's last word
        noun = tok.head if tok.head.i > tok.i else None
    else:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in cfg["preps"]), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None:
            country = _country_at(pobj, seg_start, mentions, cfg)
        noun = tok.head if tok.dep_ == "acl" and tok.head.i < tok.i else None
    if country is None or noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun, country


def _named_by(noun) -> list:
    """The tokens whose mentions the placed noun names: itself, its modifiers before it ("militant group"), the
    name in apposition either way, and the name it modifies as a title ("retailer Tesco")."""
    toks = [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    toks += [c for c in noun.children if c.dep_ == "appos"]
    head = noun.head
    if noun.dep_ == "appos":
        toks.append(head)
    elif noun.dep_ == "compound" and head.pos_ == "PROPN" and head.i > noun.i:
        # "retailer Tesco": only a name right after the noun, all of it one name ("UK-based retailer Tesco and
        # Denmark-based retailer Salling Group" is two)
        if all(t.head.i == head.i and t.dep_ == "compound" for t in noun.doc[noun.i + 1 : head.i]):
            toks.append(head)
    return toks


def _sector(noun, cfg: dict[str, Any]) -> str | None:
    for c in sorted(noun.children, key=lambda c: -c.i):
        if c.i < noun.i and c.lower_ in cfg["sector_modifiers"]:
            return cfg["sector_modifiers"][c.lower_]
    return cfg["nouns"].get(noun.lower_)


def _placed(m: Mention, country: str) -> Mention:
    sector = m.sector
    if m.kind == "person":
        aid = person_id(m.name or m.text, country, sector)
    elif m.actor_id and m.actor_id.startswith(("NER.", "UNK.")) or not m.actor_id:
        tail = slug(m.name or m.text) if m.how == "ner-only" else ""
        aid = f"{country}.{sector or 'UNK'}" + (f".{tail}" if tail else "")
    else:
        aid = m.actor_id
    return replace(m, country=country, actor_id=aid, note=f"based in {country}")


def place_based(parsed: Parsed, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the country of the place their party is said to be based in, and the new mentions of
    placed group, outlet and firm nouns; sorted as given."""
    cfg = rules()
    if not cfg.get("participles"):
        return mentions
    out = list(mentions)
    added: list[Mention] = []
    for seg in parsed.segments:
        doc = seg.doc
        if not any(t.lower_ in cfg["participles"] for t in doc):
            continue
        for tok in doc:
            if tok.lower_ not in cfg["participles"]:
                continue
            found = _place(tok, seg.start, out, cfg)
            if found is None:
                continue
            noun, country = found
            hit = False
            for t in _named_by(noun):
                j = _at(out, seg.start + t.idx, seg.start + t.idx + len(t.text))
                if j is None:
                    continue
                hit = True
                m = out[j]
                if m.country or m.kind in cfg["never_kinds"] or m.how in cfg["never_how"] or m.sector in cfg["never_sectors"]:
                    continue
                out[j] = _placed(m, country)
            sector = _sector(noun, cfg)
            if hit or noun.lower_ not in cfg["nouns"] or sector is None:
                continue
            lo = noun.i
            while lo - 1 > tok.i and doc[lo - 1].dep_ in ("amod", "compound") and doc[lo - 1].head.i == noun.i:
                lo -= 1
            start, end = seg.start + doc[lo].idx, seg.start + noun.idx + len(noun.text)
            if any(m.start < end and start < m.end for m in out + added):
                continue
            sent = noun.sent
            added.append(
                Mention(
                    article_id=parsed.article.id,
                    start=start,
                    end=end,
                    text=parsed.article.text[start:end],
                    actor_id=f"{country}.{sector}",
                    name=parsed.article.text[start:end],
                    country=country,
                    sector=sector,
                    role=noun.lower_,
                    confidence=0.8,
                    how="role-pattern",
                    kind="collective",
                    sentence_start=seg.start + sent.start_char,
                    sentence_end=seg.start + sent.end_char,
                    note=f"based in {country}",
                )
            )
    if not added:
        return out
    return sorted(out + added, key=lambda m: (m.start, -m.end))
