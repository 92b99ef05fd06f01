"""Wider antecedents for sides told by a pronoun or a pair phrase (h14pron10): "the last pair named".

``coref.back_pair`` reads the two sentences before and stops at a sentence about another group; a pair phrase ("both
countries", "the two sides") or "they" after a sentence about ONE of the two parties ("Blinken met Lipavsky. Blinken
thanked the Czech Republic ... They agreed ...") is then left empty. Here the last parties of two different countries
named in a wider window of sentences (``coref.Frame``s, newest first) are taken, with the guards of data/coref.yaml
``last_pair``. Hand rules (see coref.yaml for why not a learned ranker); a candidate only when one pair stands out.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Mention
from .coref import Frame, rules


@lru_cache(maxsize=1)
def settings() -> dict:
    r = rules()
    last = r.get("last_pair") or {}
    clause = r.get("clause_pronouns") or {}
    return {
        "window": int(last.get("sentences_back") or 0),
        "determiners": frozenset(last.get("determiners") or ()),
        "pronouns": frozenset(last.get("pronouns") or ()),
        "clause_deps": frozenset(clause.get("deps") or ()),
        "clause_pronouns": frozenset(clause.get("pronouns") or ()),
        "clause_plural": frozenset(clause.get("plural") or ()),
    }


def window() -> int:
    """How many sentences back the last pair is looked for (0: off)."""
    return settings()["window"]


def dual_phrase(tok) -> bool:
    """Does the pair phrase headed by ``tok`` say it is two ("both sides", "the two countries", "the two")?"""
    dets = settings()["determiners"]
    return tok.lower_ in dets or any(c.lower_ in dets for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj"))


def clause_words() -> frozenset:
    """Every pronoun a clause's subject is resolved for ("he", "she", "they"): the coder's cheap first test."""
    s = settings()
    return s["clause_pronouns"] | s["clause_plural"] | s["pronouns"]


def between_words() -> frozenset:
    """The prepositions a pair phrase is resolved after ("talks between the two sides")."""
    return frozenset((rules().get("last_pair") or {}).get("between") or ())


def object_preps() -> frozenset:
    """The prepositions a dual pair phrase that an act is done to is resolved after ("called on both sides", "our
    partnership with the two countries"; h25dual)."""
    return frozenset((rules().get("last_pair") or {}).get("object_preps") or ())


def pair_pronoun(tok) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in settings()["pronouns"]


def clause_pronoun(tok, main) -> bool:
    """ "he"/"she" as the subject of a clause other than the main one."""
    s = settings()
    return tok is not main and tok.pos_ == "PRON" and tok.lower_ in s["clause_pronouns"] and tok.dep_ in s["clause_deps"]


def clause_they(tok, main) -> bool:
    """ "they" as the subject of a clause other than the main one."""
    s = settings()
    return tok is not main and tok.pos_ == "PRON" and tok.lower_ in s["clause_plural"] and tok.dep_ in s["clause_deps"]


def _actors(h: Frame, person_like, persons_only: bool) -> list[Mention]:
    """The parties a sentence named, in the order they stand out: its main subject, the sides of its two-sided events,
    the persons it names."""
    out = list(h.subjects)
    for a, b, _t, _s in h.pairs:
        out += [a, b]
    out += h.persons
    return [m for m in out if m.actor_id and m.country and (person_like(m) or not persons_only)]


def last_pair(frames: list[Frame], person_like, persons_only: bool = False, pronoun: bool = False) -> list[Mention]:
    """The last two parties of two different countries named in ``frames`` (oldest first), newest sentence first;
    [] when the sentence that gives the second country also gives a third (ambiguous). ``pronoun`` ("they"): the
    window must name exactly two countries, no sentence in it be about a plural group (its main subject), and both
    parties be persons (or offices held
    by one)."""
    if pronoun and any(h.plural_group or h.collective or h.plural_subject for h in frames):
        return []
    chosen: dict[str, Mention] = {}
    for h in reversed(frames):
        new: dict[str, Mention] = {}
        for m in _actors(h, person_like, persons_only or pronoun):
            c = m.country or ""  # every actor here has a country (``_actors``)
            if c not in chosen and c not in new:
                new[c] = m
        if len(chosen) + len(new) > 2:
            return []  # a third country: the sentence that gives the second party gives a third (or, for "they", any)
        chosen.update(new)
        if len(chosen) == 2 and not pronoun:
            break
    return list(chosen.values()) if len(chosen) == 2 else []
