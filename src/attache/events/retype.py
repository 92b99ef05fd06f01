"""Type corrections after the trigger: constructions whose PLOVER type is not the trigger word's own.

The coder types an event by its trigger word ("support" is SUPPORT, "sent a message" CONSULT, "supplied"
AID). Some constructions say otherwise: "support for refugees" is aid, "a message of condolence" is
SUPPORT, "supplied gas to Germany" is trade (COOPERATE), "a hunger strike to demand X" is a PROTEST. The
rules are data (``data/retype.yaml``, each with the class of cases that prompted it); this module reads
the parse around each event's trigger and recodes the events a rule applies to (type, mode, CAMEO code,
QuadClass, intensity and symmetry follow the new type). Events coded from a PETRARCH verb dictionary are
left as the dictionary codes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import yaml
from spacy.attrs import IDX

from ..model import Event
from .lexicon import lexicon
from .ontology import PLOVER_TYPES, SYMMETRIC_TYPES, coding

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_MEANS_PREPS = ("with", "through", "by", "via")
# how a purpose, a participle or a complement hangs from the word it belongs to
_GOVERNED_DEPS = ("advcl", "xcomp", "acl", "ccomp", "pcomp", "relcl", "pobj", "prep", "conj")


@dataclass(frozen=True)
class Rule:
    name: str
    types: frozenset[str]
    to: str
    mode: str | None
    modes_by_word: tuple[tuple[str, str], ...]
    conditions: tuple[tuple[str, Any], ...]


_CONDITIONS = (
    "trigger",
    "trigger_not",
    "object",
    "object_phrase",
    "modifier",
    "not_modifier",
    "means",
    "target_words",
    "target_prep",
    "prep_object_not",
    "target_inside",
    "governor",
    "governor_type",
    "complement",
    "target_not_foreign",
    "not_sentence",
)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules of ``data/retype.yaml``; a rule naming an unknown type or condition is an error of the file."""
    raw = yaml.safe_load(resources.files("attache.events").joinpath("data/retype.yaml").read_text("utf-8"))
    out = []
    for r in raw.get("rules") or ():
        to = r["to"]
        if to not in PLOVER_TYPES or any(t not in PLOVER_TYPES for t in r["from"]):
            raise ValueError(f"retype.yaml: rule {r.get('name')!r}: unknown PLOVER type")
        extra = set(r) - set(_CONDITIONS) - {"name", "from", "to", "mode", "modes_by_word"}
        if extra:
            raise ValueError(f"retype.yaml: rule {r.get('name')!r}: unknown conditions {sorted(extra)}")
        conds: list[tuple[str, Any]] = []
        for key in _CONDITIONS:
            if key in r:
                value = r[key]
                if key == "prep_object_not":  # parts of speech in upper case, lemmas in lower case
                    conds.append((key, frozenset(str(v) for v in value)))
                elif isinstance(value, bool):
                    conds.append((key, value))
                else:
                    conds.append((key, value if isinstance(value, str) else frozenset(str(v).lower() for v in value)))
        out.append(
            Rule(
                name=str(r.get("name") or ""),
                types=frozenset(r["from"]),
                to=to,
                mode=r.get("mode"),
                modes_by_word=tuple((str(k).lower(), str(v)) for k, v in (r.get("modes_by_word") or {}).items()),
                conditions=tuple(conds),
            )
        )
    return tuple(out)


@lru_cache(maxsize=32)
def _type_lemmas(ptype: str) -> frozenset[str]:
    """The trigger lemmas (verbs and nouns of triggers.yaml) of one PLOVER type."""
    lex = lexicon()
    return frozenset(w for table in (lex.verbs, lex.nouns) for w, (t, _m) in table.items() if t == ptype)


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _objects(tok) -> list:
    """The trigger's object: a noun trigger itself; a verb's direct objects (with their conjuncts), else the
    object of its first "for"/"to" phrase ("called for sanctions")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [tok]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr")]
    objs += [cc for o in objs for cc in o.conjuncts]
    if not objs:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to"):
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs:
                    break
    return objs


def _phrase(tok) -> list:
    """The trigger's phrase without its subject: the words its object, complements and clauses bring."""
    skip: set[int] = set()
    for c in tok.children:
        if c.dep_ in _SUBJECTS:
            skip.update(t.i for t in c.subtree)
    return [t for t in tok.subtree if t.i not in skip and t.i != tok.i]


def _modifiers(tok) -> set[str]:
    heads = [tok] + [o for o in _objects(tok) if o is not tok]
    return {_lemma(c) for h in heads for c in h.children if c.dep_ in ("amod", "compound", "nmod")}


def _means(tok) -> set[str]:
    out = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _MEANS_PREPS:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.add(_lemma(p))
                    out.update(_lemma(x) for x in p.children if x.dep_ in ("dobj", "obj"))
    return out


# how a party hangs inside the object of a commitment: "to Ukraine", "to Ukraine's sovereignty", "to the people of
# Ukraine", "to the defense of the Republic of Korea" (never as the object of a verb: "to combat gangs")
_PARTY_PATH = ("pobj", "poss", "compound", "conj", "appos", "nmod", "amod", "case")


def _under_prep(target_tok, top, preps: frozenset[str], not_pos: frozenset[str] | None = None) -> bool:
    """Is the target below ``top`` inside a phrase of one of ``preps``? With ``not_pos``: only a preposition
    hanging from ``top`` itself, whose object is not of those parts of speech (upper case) or lemmas (lower
    case), the target reached from it through noun-phrase links only."""
    t = target_tok
    seen = 0
    path_ok = True
    while t is not None and t.i != top.i and seen < 12:
        head = t.head
        if t.dep_ == "prep" and t.lower_ in preps:
            if not_pos is None:
                return True
            if head.i == top.i and path_ok:
                objs = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
                return bool(objs) and all(o.pos_ not in not_pos and _lemma(o) not in not_pos for o in objs)
            return False
        if not (t.dep_ in _PARTY_PATH or (t.dep_ == "prep" and t.lower_ == "of")):
            path_ok = False
        if head.i == t.i:
            return False
        t, seen = head, seen + 1
    return False


def _governor(tok, lemmas: frozenset[str]):
    """The word ``tok`` hangs from as purpose, participle or complement, when its lemma (or, for "strike", its
    compound "hunger strike") is one of ``lemmas``; up to three steps, never past a sentence's root clause."""
    t = tok
    for _ in range(3):
        if t.dep_ not in _GOVERNED_DEPS or t.head.i == t.i:
            return None
        t = t.head
        # the governing word, or the noun a light verb takes ("continued their hunger strike to demand ...")
        light = [c for c in t.children if c.dep_ in ("dobj", "obj") and c.i < tok.i]
        light += [p for c in t.children if c.dep_ == "prep" and c.i < tok.i for p in c.children if p.dep_ == "pobj"]
        for g in [t] + light:
            if _lemma(g) in lemmas or g.lower_ in lemmas:
                return g
    return None


def _check(rule: Rule, e: Event, tok, target_tok, base: int) -> tuple[bool, list[str]]:
    """Do all the rule's conditions hold? With the words they matched (for ``modes_by_word``)."""
    matched: list[str] = []
    for key, words in rule.conditions:
        if key == "trigger":
            ok = {_lemma(tok), tok.lower_} & words
        elif key == "trigger_not":
            ok = not ({_lemma(tok), tok.lower_} & words)
        elif key == "object":
            ok = {_lemma(o) for o in _objects(tok)} & words
        elif key == "object_phrase":
            ok = {_lemma(t) for t in _phrase(tok)} & words
        elif key == "modifier":
            ok = _modifiers(tok) & words
        elif key == "not_modifier":
            ok = not (_modifiers(tok) & words)
        elif key == "means":
            ok = _means(tok) & words
        elif key == "target_words":
            if target_tok is None or e.target_span is None:
                return False, []
            lo, hi = e.target_span.get("start"), e.target_span.get("end")
            if lo is None or hi is None:
                return False, []
            ok = {_lemma(t) for t in target_tok.sent if lo <= base + t.idx < hi} & words
        elif key == "target_prep":
            not_pos = dict(rule.conditions).get("prep_object_not") or frozenset()
            ok = target_tok is not None and _under_prep(target_tok, tok, words, frozenset(not_pos))
        elif key == "prep_object_not":
            continue  # read with target_prep
        elif key == "target_inside":
            ok = target_tok is not None and _under_prep(target_tok, tok, words)
        elif key == "governor":
            continue  # read with governor_type
        elif key == "governor_type":
            lemmas = _type_lemmas(str(words).upper() if isinstance(words, str) else "") | (
                dict(rule.conditions).get("governor") or frozenset()
            )
            gov = _governor(tok, lemmas)
            ok = gov is not None
            if gov is not None:
                matched.append(_lemma(gov))
        elif key == "complement":
            ok = {_lemma(c) for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")} & words
        elif key == "target_not_foreign":
            src, tgt = e.source.country if e.source else None, e.target.country if e.target else None
            ok = e.target is not None and (tgt is None or tgt == src)
        elif key == "not_sentence":
            ok = not ({_lemma(t) for t in tok.sent} & words)
        else:  # pragma: no cover - rules() refuses unknown conditions
            ok = False
        if not ok:
            return False, []
        if isinstance(ok, set):
            matched.extend(sorted(ok))
    return True, matched


def _recode(e: Event, rule: Rule, matched: Sequence[str]) -> None:
    mode = rule.mode
    for word, m in rule.modes_by_word:
        if word in matched:
            mode = m
            break
    c = coding(rule.to, mode)
    e.plover_type, e.plover_mode, e.cameo_code, e.cameo_root = c.plover_type, c.plover_mode, c.cameo_code, c.cameo_root
    e.quad_class, e.intensity = c.quad_class, c.intensity
    e.symmetric = rule.to in SYMMETRIC_TYPES and e.target is not None


class _Tokens:
    """The token at an article offset: the segment found by its character range, the token by a binary search
    over the segment's token offsets (read once per segment that needs them, as one array)."""

    def __init__(self, segments: Iterable) -> None:
        self.segments = list(segments)
        self._ends: list[int] | None = None
        self._offsets: dict[int, Any] = {}

    def _segment_ends(self) -> list[int]:
        if self._ends is None:  # Doc.text is rebuilt on every access: the last token's end instead
            self._ends = [
                seg.start + (seg.doc[-1].idx + len(seg.doc[-1].text_with_ws) if len(seg.doc) else 0) for seg in self.segments
            ]
        return self._ends

    def at(self, offset: int | None):
        if offset is None:
            return None, 0
        for k, (seg, end) in enumerate(zip(self.segments, self._segment_ends())):
            if not seg.start <= offset < end:
                continue
            starts = self._offsets.get(k)
            if starts is None:
                starts = self._offsets[k] = seg.doc.to_array(IDX)
            i = int(np.searchsorted(starts, offset - seg.start, side="right")) - 1
            return (seg.doc[i] if i >= 0 else None), seg.start
        return None, 0


def retype(events: list[Event], parsed, verbs: object | None = None) -> list[Event]:
    """Recode the article's events that a rule of ``data/retype.yaml`` applies to (in place); nothing when
    the coder reads a PETRARCH verb dictionary (``verbs``)."""
    if verbs is not None or not events:
        return events
    table = rules()
    tokens = _Tokens(parsed.segments)
    for e in events:
        candidates = [r for r in table if e.plover_type in r.types]
        if not candidates:
            continue
        tok, base = tokens.at(e.trigger_start)
        if tok is None:
            continue
        target_tok = None
        if e.target_span is not None:
            target_tok, _ = tokens.at(e.target_span.get("start"))
            if target_tok is not None and e.target is not None and e.target.start is not None:
                # the side's own actor, not the first word of its phrase ("the people of Afghanistan")
                actor_tok, _ = tokens.at(e.target.start)
                target_tok = actor_tok or target_tok
        for rule in candidates:
            ok, matched = _check(rule, e, tok, target_tok, base)
            if ok:
                _recode(e, rule, matched)
                break
    return events


__all__ = ["Rule", "retype", "rules"]
