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

from ..actors.kb import sovereign
from ..model import Event, Party
from ..nlp.repair import first_conjunct
from . import nonacts
from .lexicon import lexicon
from .ontology import FACTUALITIES, PLOVER_TYPES, SYMMETRIC_TYPES, coding

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
    set_factuality: str | None = None
    modes_by_type: tuple[tuple[str, str | None], ...] = ()
    place_target: frozenset[str] = frozenset()


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
    # fifth session (h14types)
    "factuality",
    "mode_now",
    "not_modal",
    "complement_acts",
    "complement_types",
    "complement_not",
    "target_in_complement",
    "conditional",
    "condition_verbs_not",
    "object_of",
    "sides_conjoined",
    "source_state",
    "target_entity",
    "light_verb",
    "sides_governed_by",
    "aim_of",
    "aim_modifier",
    "target_proper",
    "governor_modifier",
    # sixth session (h14types6)
    "done_object",
    "object_not",
    "from_object",
    "as_object_not",
    "topic",
    "supported",
    "supported_group",
    "adverb",
    "particle",
    "naming",
    "target_direct",
    "source_subject",
    "of_object",
    "complement_subject",
    "against_not",
    "as_not_negative",
    "as_negative",
    # twelfth session (h14sense13)
    "complement_with_not",
    # twentieth session (h20block)
    "source_sector",
    # twenty-seventh session (h27force)
    "solo",
    # thirty-eighth session (h38pledge)
    "no_clause",
)
# what a rule sets besides the type and mode
_OUTPUTS = ("name", "from", "to", "mode", "modes_by_word", "modes_by_type", "set_factuality", "place_target")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules of ``data/retype.yaml``; a rule naming an unknown type or condition is an error of the file."""
    raw = yaml.safe_load(resources.files("attache.events").joinpath("data/retype.yaml").read_text("utf-8"))
    out = []
    for r in raw.get("rules") or ():
        to = r["to"]
        if to not in PLOVER_TYPES or any(t not in PLOVER_TYPES for t in r["from"]):
            raise ValueError(f"retype.yaml: rule {r.get('name')!r}: unknown PLOVER type")
        extra = set(r) - set(_CONDITIONS) - set(_OUTPUTS)
        if extra:
            raise ValueError(f"retype.yaml: rule {r.get('name')!r}: unknown conditions {sorted(extra)}")
        if r.get("naming") not in (None, "negative", "positive"):
            raise ValueError(f"retype.yaml: rule {r.get('name')!r}: naming must be negative or positive, not {r['naming']!r}")
        if r.get("set_factuality") not in (None, *FACTUALITIES):
            raise ValueError(f"retype.yaml: rule {r.get('name')!r}: unknown factuality {r['set_factuality']!r}")
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
                set_factuality=r.get("set_factuality"),
                modes_by_type=tuple((str(k).upper(), v) for k, v in (r.get("modes_by_type") or {}).items()),
                place_target=frozenset(str(v).lower() for v in r.get("place_target") or ()),
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


def _singular(tok) -> str:
    """A proper noun's plural read as the common noun's lemma ("the Minsk Agreements" -> "agreement")."""
    w = tok.lower_
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


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
    """Adjectives and nouns modifying the trigger or its object; also a noun joined to the verb by a hyphen ("the
    missile was *test*-fired": the small parser makes it an adverbial noun)."""
    heads = [tok] + [o for o in _objects(tok) if o is not tok]
    out = {_lemma(c) for h in heads for c in h.children if c.dep_ in ("amod", "compound", "nmod")}
    doc = tok.doc
    out |= {_lemma(c) for c in tok.children if c.dep_ == "npadvmod" and c.i + 2 == tok.i and doc[c.i + 1].text == "-"}
    return out


#: words that make an exercise or a manoeuvre one held with others
_TOGETHER = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral", "multinational", "allied"})


def _solo(e: Event, tok) -> bool:
    """Is the act one side's alone: not told as symmetric, with no partner in a "with", "alongside" or "involving"
    phrase and no word of togetherness on it ("joint exercises")?"""
    if e.symmetric:
        return False
    heads = [tok] + [o for o in _objects(tok) if o is not tok]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "alongside", "involving", "between"):
                return False
            if c.dep_ in ("amod", "compound", "advmod") and _lemma(c) in _TOGETHER:
                return False
    return True


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
                return bool(objs) and all(
                    o.pos_ not in not_pos and _lemma(o) not in not_pos and _singular(o) not in not_pos for o in objs
                )
            return False
        if not (t.dep_ in _PARTY_PATH or (t.dep_ == "prep" and t.lower_ == "of")):
            path_ok = False
        if head.i == t.i:
            return False
        t, seen = head, seen + 1
    return False


def _verb_held_prep(noun, preps: frozenset[str]) -> bool:
    """ "reaffirmed the U.S. commitments to the defense of X": the parser hangs the noun's own prepositional phrase on
    the verb whose object the noun is, right after it; read as the noun's (h19commit)."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.i == noun.i:
        return False
    nxt = noun.right_edge.i + 1
    return any(c.dep_ == "prep" and c.i == nxt and c.lower_ in preps for c in noun.head.children)


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


# -- fifth session (h14types): intent and conditions, objects' heads, the sides' own tokens -----------------------

_CLAUSE_DEPS = ("xcomp", "ccomp", "acl", "advcl")
_CONDITION_MARKS = ("if", "unless")
_INVERTED = ("should", "were", "had")  # "should it pursue ...", "were Russia to invade ..."


def _complement_heads(tok) -> list:
    """The verbs of the trigger's complement: "ready to impose ...", "readiness to impose ...", "vowed to
    retaliate", "committed to imposing ..."."""
    heads = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            heads += [p for p in c.children if p.dep_ == "pcomp" or (p.dep_ == "pobj" and p.pos_ == "VERB")]
    return heads


def _complement_acts(tok, light: frozenset[str], undo: frozenset[str] = frozenset()) -> list:
    """The act the complement names: its verb, the verb's objects (with their conjuncts) and what it is done
    with ("respond with force"), through light verbs ("continue to impose", "take measures")."""
    out: list = []
    todo = _complement_heads(tok)
    seen = 0
    while todo and seen < 6:
        h = todo.pop(0)
        seen += 1
        if _lemma(h) in undo:
            continue  # "prepared to *lift* the ban": the act undone is no act of force
        out.append(h)
        objs = [c for c in h.children if c.dep_ in ("dobj", "obj", "attr")]
        objs += [cc for o in objs for cc in o.conjuncts]
        objs += [p for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        out.extend(objs)
        if _lemma(h) in light:
            todo.extend(c for c in h.children if c.dep_ in ("xcomp", "ccomp"))
    return out


# verbs through which the complement's act is reached ("continue to impose", "take measures against")
_LIGHT = frozenset({"continue", "keep", "begin", "start", "take", "resort", "go", "move", "stand", "remain"})


def _clause_chain(tok, steps: int = 3) -> list:
    """The trigger and the words it hangs from, up to its clause's verb and a few steps on."""
    out = [tok]
    t = tok
    for _ in range(steps):
        if t.head.i == t.i:
            break
        t = t.head
        out.append(t)
    return out


def _condition_clause(tok):
    """A condition the trigger's clause is made under ("will impose sanctions if Russia invades", "should it
    pursue further aggression"), not one the trigger is inside of."""
    inside = {t.i for t in tok.ancestors} | {tok.i}
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and {m.lower_ for m in t.children if m.dep_ == "mark"} & set(_CONDITION_MARKS):
            return None  # "if Russia engages in an invasion of Ukraine, we will escalate": the act is the condition (h45ifthreat)
    for t in _clause_chain(tok):
        for c in t.children:
            if c.dep_ != "advcl" or c.i in inside:
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if marks & set(_CONDITION_MARKS):
                return c
            auxes = [a for a in c.children if a.dep_ in ("aux", "auxpass") and a.lower_ in _INVERTED]
            subj = [s for s in c.children if s.dep_ in _SUBJECTS]
            if auxes and subj and auxes[0].i < subj[0].i and auxes[0].i == c.left_edge.i:
                return c
    return None


def _in_span(tok, span: dict[str, Any] | None, base: int) -> bool:
    if tok is None or not span or span.get("start") is None or span.get("end") is None:
        return False
    return span["start"] <= base + tok.idx < span["end"]


def _object_heads(tok) -> set[str]:
    """The lemmas of the trigger's objects and of what their "of" phrases hold ("a team of inspectors")."""
    return _heads_of(_objects(tok))


def _heads_of(objs) -> set[str]:
    """The lemmas of these objects, of their compounds and of what their "of" phrases hold."""
    out = set()
    for o in objs:
        out.add(_lemma(o))
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.update(_lemma(p) for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "compound":
                out.add(_lemma(c))
    return out


def _phrase_head(t):
    """The head noun of the name a token starts ("United" -> "States" in "the United States")."""
    for _ in range(4):
        if t.dep_ not in ("compound", "flat", "amod", "nmod") or t.head.i == t.i:
            break
        t = t.head
    return t


def _conjoined(a, b) -> bool:
    """Are the two tokens (the names they are part of) conjuncts ("hosted by Palau and the United States")?"""
    if a is None or b is None:
        return False
    a, b = _phrase_head(a), _phrase_head(b)
    return a.i != b.i and b.i in {c.i for c in a.conjuncts}


# nouns that are an act of force only with a modifier that says so ("a *military* operation")
_NEEDS_MODIFIER = frozenset({"operation", "campaign", "mission", "action"})


def _aim_of(tok, nouns: frozenset[str]):
    """The noun whose aim the trigger states: "operation to defend X" read off the words ("operation", "to",
    the trigger), as the small parser often hangs the infinitive elsewhere, or from the parse."""
    i = tok.i
    doc = tok.doc
    if i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].pos_ in ("NOUN", "PROPN") and _lemma(doc[i - 2]) in nouns:
        return doc[i - 2]
    if tok.dep_ in ("acl", "relcl") and _lemma(tok.head) in nouns:
        return tok.head
    return None


def _sides_head(source_tok, target_tok, lemmas: frozenset[str]) -> bool:
    """Are the two sides conjuncts that together do the act of one of ``lemmas`` (its subject, or its agent:
    "Kenya and Norway co-hosted ...", "hosted by Palau and the United States")?"""
    if not (_conjoined(source_tok, target_tok) or _conjoined(target_tok, source_tok)):
        return False
    first = first_conjunct(min(source_tok, target_tok, key=lambda t: t.i))
    head = first.head
    if first.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    elif first.dep_ not in _SUBJECTS:
        return False
    return _lemma(head) in lemmas or head.lower_ in lemmas


def _state_side(e: Event, source_tok, base: int) -> bool:
    """Is the source the state itself or one of its organs ("China", "Beijing", "the Foreign Ministry", "Seoul's
    foreign minister"), not people of the country ("Kenyan teachers")?"""
    src = e.source
    if src is None:
        return False
    if (src.sector or "").upper() in _STATE_SECTORS:
        return True
    if source_tok is None or not src.country or (src.actor_id or "") != src.country:
        return False
    # the bare state: the side's phrase names it with proper nouns only (a common noun makes it its people)
    phrase = [t for t in source_tok.sent if _in_span(t, e.source_span, base)] or [source_tok]
    return not any(t.pos_ == "NOUN" for t in phrase)


# a government, a legislature or an organisation of states speaks for its side (a diplomatic protest)
_STATE_SECTORS = frozenset({"GOV", "LEG", "IGO"})


# -- sixth session (h14types6): what is done, where from, as what, on what ----------------------------------------


def _done_heads(tok) -> set[str]:
    """What the trigger verb does, whichever way the sentence puts it: its objects and their "of" phrases
    ("committed acts of terrorism"), the subject of its passive ("war crimes have been committed"), the noun it
    qualifies as a participle or relative clause ("the atrocities it is committing", "abuses committed by"), or
    the noun an adjectival trigger modifies ("shared values")."""
    # the direct objects only: "committed *to* the fight against X" commits to it, it does not do it
    objs = [tok] if tok.pos_ in ("NOUN", "PROPN") else [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr")]
    out = _heads_of(objs + [cc for x in objs if x is not tok for cc in x.conjuncts])
    nouns = [c for c in tok.children if c.dep_ in ("nsubjpass",)]
    if tok.dep_ in ("relcl", "acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(tok.head)
    for noun in nouns + [cc for x in nouns for cc in x.conjuncts]:
        out.add(_lemma(noun))
        out.update(
            _lemma(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        )
    return out


def _prep_objects(tok, preps: tuple[str, ...]) -> set[str]:
    """The lemmas of the objects of the trigger's own phrases under these prepositions ("returned *from* travel",
    "recognized X *as* an emerging market"; the object's conjuncts too); a phrase that hangs from the trigger's
    object is read as well ("recognized North Macedonia as ..." when the parser hangs "as" from the name)."""
    heads = [tok] + [o for o in _objects(tok) if o is not tok]
    out: set[str] = set()
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                out.update(_lemma(o) for o in objs + [cc for o in objs for cc in o.conjuncts])
    return out


_TOPIC_PREPS = ("on", "in", "regarding", "concerning", "over")


def _topic_words(tok) -> set[str]:
    """What a cooperation is in: the trigger's modifiers ("*security* cooperation"), the object of its on/in
    phrase and that object's own modifiers and conjuncts ("cooperation in security and defense", "cooperate on
    law enforcement", "in the field of energy")."""
    out = _modifiers(tok)
    heads = [tok] + [o for o in _objects(tok) if o is not tok]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            objs += [cc for o in objs for cc in o.conjuncts]
            for o in list(objs):  # "in the field of energy", "in the area of security"
                objs += [
                    p for cc in o.children if cc.dep_ == "prep" and cc.lower_ == "of" for p in cc.children if p.dep_ == "pobj"
                ]
            for o in objs:  # a name is no field ("cooperation in the UN Security Council")
                if o.pos_ == "PROPN":
                    continue
                out.add(_lemma(o))
                out.update(_lemma(m) for m in o.children if m.dep_ in ("amod", "compound", "nmod") and m.pos_ != "PROPN")
    return out


# nouns that name a body of people whose kind their modifier tells ("*security* forces", "*proxy* groups")
_GROUP_HEADS = frozenset(
    {
        "force",
        "forces",
        "group",
        "unit",
        "organization",
        "organisation",
        "actor",
        "element",
        "contingent",
        "formation",
        "network",
        "cell",
        "movement",
    }
)


def _supported(tok) -> tuple[set[str], set[str]]:
    """Who or what is supported: the objects of a noun trigger's for / of / to phrase ("support *for* terrorist
    groups", "its support *to* proxy forces"), a verb trigger's direct objects ("supporting terrorism"), with their
    conjuncts. Returns their lemmas, and the modifiers of those that are a body of people ("*proxy* forces")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        objs = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")
            for p in c.children
            if p.dep_ == "pobj"
        ]
    else:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [cc for o in objs for cc in o.conjuncts]
    heads = {_lemma(o) for o in objs} | {o.lower_ for o in objs}
    mods = {
        _lemma(m)
        for o in objs
        if _lemma(o) in _GROUP_HEADS or o.lower_ in _GROUP_HEADS
        for m in o.children
        if m.dep_ in ("amod", "compound", "nmod")
    }
    return heads, mods


def _predicate(tok):
    """What a verb of naming says its object is: "called Trump a *national embarrassment*", "called the agreement
    *null and void*" (a common noun or adjective as object predicate, or a second direct object), else None."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "oprd")]
    preds = [c for c in objs if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ")]
    if not preds and len([c for c in objs if c.dep_ in ("dobj", "obj")]) >= 2:
        preds = [c for c in [c for c in objs if c.dep_ in ("dobj", "obj")][1:] if c.pos_ in ("NOUN", "ADJ")]
    return preds[0] if preds and len(objs) >= 2 else None


def _valence(toks) -> float:
    """The summed VADER valence (vaderSentiment, MIT; the lexicon facts/tone.py reads) of these words, turned by a "not"."""
    from ..facts.tone import lexicon

    lex = lexicon()
    value = sum(lex.get(t.lower_, 0.0) for t in toks)
    return -value if any(t.dep_ == "neg" for t in toks) else value


def _as_negative(tok) -> bool:
    """Is what the trigger (or its object) names its object *as* something bad ("recognized Russia as a state
    sponsor of terrorism", "as an aggressor")?"""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    phrases = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    return any(_valence(list(p.subtree)) < 0 for p in phrases if p.dep_ == "pobj")


def _naming_valence(tok, want: str) -> bool:
    """Does the trigger name its object as something bad ("negative") or good ("positive")? The summed VADER
    valence (vaderSentiment, MIT; the lexicon facts/tone.py reads) of the predicate's words, turned by a "not"."""
    pred = _predicate(tok)
    if pred is None:
        return False
    value = _valence(list(pred.subtree))
    if any(c.dep_ == "neg" for c in tok.children):
        value = -value
    return value < 0 if want == "negative" else value > 0


def _direct_object(target_tok, tok) -> bool:
    """Is the target the trigger's direct object (through names, titles and appositions: "called *Pakistani
    Foreign Minister Dar*"), not the object of one of its prepositions ("called on Russia")?"""
    t = target_tok
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.head.i == tok.i:
            return t.dep_ in ("dobj", "obj", "oprd")
        if t.dep_ not in ("compound", "flat", "appos", "amod", "poss", "nmod", "conj"):
            return False
        t = t.head
    return False


def _subject_side(source_tok, tok) -> bool:
    """Is the source the one who does the act: inside the trigger's subject, or, for an infinitive with none of
    its own ("Ukraine's forces need *to defend* ..."), inside the subject of the verb it completes?"""
    t = tok
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent")]
        if subj:
            return any(source_tok.i in {x.i for x in s.subtree} for s in subj)
        if t.dep_ not in ("xcomp", "advcl", "acl", "relcl") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _check(rule: Rule, e: Event, tok, target_tok, base: int, source_tok=None) -> tuple[bool, list[str]]:
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
            ok = target_tok is not None and (
                _under_prep(target_tok, tok, words, frozenset(not_pos))
                or (_verb_held_prep(tok, words) and _under_prep(target_tok, tok.head, words, frozenset(not_pos)))
            )
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
            need = dict(rule.conditions).get("governor_modifier")
            if ok and need:  # the governing word must be of this kind ("a *military* operation")
                ok = bool({_lemma(c) for c in gov.children if c.dep_ in ("amod", "compound", "nmod")} & need)
            if gov is not None:
                matched.append(_lemma(gov))
        elif key == "complement":
            ok = {_lemma(c) for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")} & words
        elif key == "no_clause":
            # "committed $75 million in assistance": the object is the aid; "committed to provide Ukraine with
            # assistance": a pledge whose act its own clause tells (h38pledge)
            ok = not any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children)
        elif key == "target_not_foreign":
            src, tgt = e.source.country if e.source else None, e.target.country if e.target else None
            ok = e.target is not None and (tgt is None or tgt == src)
        elif key == "not_sentence":
            ok = not ({_lemma(t) for t in tok.sent} & words)
        elif key == "factuality":
            ok = (e.factuality or "").lower() in words
        elif key == "mode_now":
            ok = (e.plover_mode or "none").lower() in words
        elif key == "not_modal":
            ok = not any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for t in _clause_chain(tok, 2) for c in t.children)
        elif key == "complement_acts":
            conds = dict(rule.conditions)
            acts = _complement_acts(tok, _LIGHT, conds.get("complement_not") or frozenset())
            found = {_lemma(t) for t in acts} & words
            for ptype in sorted(conds.get("complement_types") or ()):
                if any(_lemma(t) in _type_lemmas(ptype.upper()) for t in acts):
                    found.add(ptype.lower())
            ok = bool(found)
            if ok and conds.get("target_in_complement"):
                heads = _complement_heads(tok)
                ok = target_tok is not None and any(target_tok in h.subtree for h in heads)
            if ok:
                matched.extend(sorted(found))
            ok = bool(ok)
        elif key in ("complement_types", "complement_not", "target_in_complement", "condition_verbs_not", "governor_modifier"):
            continue  # read with complement_acts, conditional, governor_type
        elif key == "conditional":
            clause = _condition_clause(tok)
            # "if it chooses to escalate": the verb chosen is the condition, not the choosing ("if elected" is)
            verb = clause
            if clause is not None and _lemma(clause) in (dict(rule.conditions).get("condition_verbs_not") or ()):
                verb = next((x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), clause)
            ok = clause is not None and _lemma(verb) not in (dict(rule.conditions).get("condition_verbs_not") or ())
            if ok:
                subj = [s for s in clause.children if s.dep_ in ("nsubj", "expl")]
                # a condition on the actor's own doing ("if it wins") is a plan, not a threat to the other side
                ok = not any(_in_span(s, e.source_span, base) or (source_tok is not None and s.i == source_tok.i) for s in subj)
        elif key == "object_of":
            ok = _object_heads(tok) & words
        elif key == "sides_conjoined":
            ok = _conjoined(source_tok, target_tok) or _conjoined(target_tok, source_tok)
        elif key == "source_state":
            ok = _state_side(e, source_tok, base)
        elif key == "solo":
            ok = _solo(e, tok) == bool(words)
        elif key == "source_sector":
            ok = e.source is not None and (e.source.sector or "").lower() in words
        elif key == "target_entity":
            ok = target_tok is not None and target_tok.ent_type_.lower() in words
        elif key == "light_verb":
            ok = tok.dep_ in ("dobj", "obj") and _lemma(tok.head) in words
        elif key == "aim_of":
            noun = _aim_of(tok, words)
            need = dict(rule.conditions).get("aim_modifier")
            ok = noun is not None and (not need or bool(_modifiers(noun) & need) or _lemma(noun) not in _NEEDS_MODIFIER)
            # the operation's own side acts ("*Russia's* operation to ..."), not whoever speaks of it
            ok = ok and source_tok is not None and source_tok in noun.subtree and source_tok.i != noun.i
        elif key == "aim_modifier":
            continue  # read with aim_of
        elif key == "target_proper":
            ok = target_tok is not None and target_tok.pos_ == "PROPN"
        elif key == "sides_governed_by":
            ok = _sides_head(source_tok, target_tok, words)
        elif key == "done_object":
            ok = _done_heads(tok) & words
        elif key == "object_not":
            ok = not (_done_heads(tok) & words)
        elif key == "from_object":
            ok = _prep_objects(tok, ("from",)) & words
        elif key == "as_object_not":
            found = _prep_objects(tok, ("as",))
            ok = bool(found) and not (found & words)
        elif key == "topic":
            ok = _topic_words(tok) & words
        elif key == "supported":
            ok = _supported(tok)[0] & words
        elif key == "supported_group":
            ok = _supported(tok)[1] & words
        elif key == "naming":
            ok = _naming_valence(tok, words)
        elif key == "target_direct":
            ok = target_tok is not None and _direct_object(target_tok, tok)
        elif key == "source_subject":
            ok = source_tok is not None and _subject_side(source_tok, tok)
        elif key == "as_not_negative":
            ok = not _as_negative(tok)
        elif key == "as_negative":
            ok = _as_negative(tok)
        elif key == "against_not":
            ok = not (_prep_objects(tok, ("against",)) & words)
        elif key == "of_object":
            ok = _prep_objects(tok, ("of", "about", "against")) & words
        elif key == "complement_subject":
            ok = {
                _lemma(x)
                for c in tok.children
                if c.dep_ == "ccomp"
                for x in c.children
                if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN")
            } & words
        elif key == "complement_with_not":
            ok = (
                not {
                    _lemma(g)
                    for c in tok.children
                    if c.dep_ == "ccomp"
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.subtree
                    if g.dep_ in ("pobj", "conj")
                }
                & words
            )
        elif key == "particle":
            ok = {c.lower_ for c in tok.children if c.dep_ == "prt"} & words
        elif key == "adverb":
            ok = {_lemma(c) for c in tok.children if c.dep_ == "advmod"} & words
        else:  # pragma: no cover - rules() refuses unknown conditions
            ok = False
        if not ok:
            return False, []
        if isinstance(ok, set):
            matched.extend(sorted(ok))
    return True, matched


def _recode(e: Event, rule: Rule, matched: Sequence[str]) -> None:
    mode = rule.mode
    # the mode the old type and mode give ("SANCTION" -> a threat of sanctions; "COERCE/ARREST" -> of arrest)
    old = (f"{e.plover_type}/{e.plover_mode}".upper(), (e.plover_type or "").upper())
    for key in old:
        hit = next((m for k, m in rule.modes_by_type if k == key), None)
        if hit is not None:
            mode = hit
            break
    for word, m in rule.modes_by_word:
        if word in matched:
            mode = m
            break
    c = coding(rule.to, mode)
    e.plover_type, e.plover_mode, e.cameo_code, e.cameo_root = c.plover_type, c.plover_mode, c.cameo_code, c.cameo_root
    e.quad_class, e.intensity = c.quad_class, c.intensity
    e.symmetric = rule.to in SYMMETRIC_TYPES and e.target is not None
    if rule.set_factuality and e.factuality in ("planned", "hypothetical"):
        # a threat made now of what would follow ("will impose costs if ...", "is ready to use force") is asserted
        e.factuality, e.factuality_cue = rule.set_factuality, None


def _place_target(e: Event, preps: frozenset[str], tok, tokens: _Tokens) -> None:
    """A recoded event with a source and no target whose trigger has a country in a phrase of ``preps`` ("Russia's
    military operation in Ukraine": read as a topic of the type it had) takes that country as its target, as the
    coder takes the place of an act done on a place (``place_targets`` in arguments.yaml)."""
    own = e.source.country if e.source is not None else None
    for i, p in enumerate(e.participants or []):
        country = p.get("country")
        if not country or country == own or p.get("role") not in ("topic", "location"):
            continue
        head, _ = tokens.at(p.get("start"))
        if head is None or head.head.lower_ not in preps or head.head.head.i != tok.i or head.dep_ != "pobj":
            continue
        e.target = Party(
            actor_id=p.get("actor_id"), name=p.get("text"), country=sovereign(country), start=p["start"], end=p["end"]
        )
        e.target_span = {"start": p["start"], "end": p["end"], "text": p.get("text"), "how": "place"}
        e.participants = [q for j, q in enumerate(e.participants) if j != i]
        return


class _Tokens:
    """The token at an article offset: the segment found by its character range, the token by a binary search
    over the segment's token offsets (read once per segment that needs them, as one array)."""

    def __init__(self, segments: Iterable) -> None:
        self.segments = list(segments)
        self._ends: list[int] | None = None
        self._offsets: dict[int, Any] = {}

    def _segment_ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [seg.end for seg in self.segments]  # nlp.Segment's end, read once (not Doc.text)
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
    """Recode the article's events that a rule of ``data/retype.yaml`` applies to (in place), then leave out the events
    that are no events (``nonacts.drop``, on the types as recoded); nothing when the coder reads a PETRARCH verb
    dictionary (``verbs``). Returns the events kept."""
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
        source_tok = None
        if e.source is not None and e.source.start is not None:
            source_tok, _ = tokens.at(e.source.start)
        for rule in candidates:
            ok, matched = _check(rule, e, tok, target_tok, base, source_tok)
            if ok:
                _recode(e, rule, matched)
                if rule.place_target and e.target is None and e.source is not None:
                    _place_target(e, rule.place_target, tok, tokens)
                break
    return nonacts.drop(events, tokens)  # names, states and words in another sense: no events (nonacts.yaml)


__all__ = ["Rule", "retype", "rules"]
