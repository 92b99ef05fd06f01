"""Sides named only in earlier sentences: who "he", "they", "the two leaders", "the Deputy Secretary" are.

A small salience model over what each sentence of the article leaves behind (a ``Frame``: its main subject's
actors, the persons in subject position of any of its clauses, the persons it names, its two-sided events with
their types). The coder (``EventCoder._antecedents``) asks it, newest sentence first, for the actor a pronoun or
a definite description stands for; the rules are data (``data/coref.yaml``). A candidate is returned only when
one stands out; otherwise None, and the side stays empty. Frames are kept per article only: nothing is resolved
across a document boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..model import Mention
from .lexicon import lexicon

CORE = ("nsubj", "nsubjpass", "dobj")  # a clause's own arguments (a group in a prepositional phrase is in the background)


@lru_cache(maxsize=1)
def rules() -> dict:
    return yaml.safe_load(resources.files("attache.events").joinpath("data/coref.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    r = rules()
    return {
        "subject_deps": frozenset((r.get("person") or {}).get("subject_deps") or ("nsubj", "nsubjpass")),
        "pair_types": frozenset((r.get("pair") or {}).get("types") or ()),
        "hostile_types": frozenset((r.get("pair") or {}).get("hostile_types") or ()),
        "not_exchange_types": frozenset((r.get("pair") or {}).get("not_exchange_types") or ()),
        "group_nouns": frozenset((r.get("pair") or {}).get("group_nouns") or ()),
        "person_heads": frozenset((r.get("pair") or {}).get("person_heads") or ()),
        "title_dets": frozenset((r.get("titles") or {}).get("determiners") or ()),
        "title_mods": frozenset((r.get("titles") or {}).get("modifiers") or ()),
        "title_heads": frozenset((r.get("titles") or {}).get("heads") or ()),
        "title_ranks": frozenset((r.get("titles") or {}).get("ranks") or ()),
        "generic_singular": frozenset((r.get("person") or {}).get("generic_singular") or ()),
    }


def generic_person(m: Mention) -> bool:
    """One unnamed person named by a common noun in the singular ("a man", "the gunman"; ``person.generic_singular``
    in data/coref.yaml): a "he" or "she" after it may be that person (h42generic)."""
    words = (m.text or "").lower().split()
    return m.kind == "collective" and bool(words) and words[-1] in _words()["generic_singular"]


def person_heads() -> frozenset:
    """Plural heads that name a pair of persons ("the two leaders")."""
    return _words()["person_heads"]


@dataclass
class Frame:
    """What one sentence leaves for the sentences after it."""

    subjects: list[Mention]  # the actors of its main clause's subject
    clause_subjects: list[Mention]  # persons in subject position of any clause, in order
    persons: list[Mention]  # persons named (distinct actors), in order
    pairs: list[tuple[Mention, Mention, str, bool]]  # two-sided events: (source, target, PLOVER type, symmetric)
    plural_group: bool = False  # its main subject is a plural group that names no two parties ("The ministers ...")
    other_group: bool = False  # it names a plural group of persons outside its pairs ("I contacted my colleagues")
    collective: bool = False  # its main subject is a group named in the singular ("The delegation included ...")
    visits: tuple = field(default_factory=tuple)  # read by the coder's ``_hosts``
    plural_subject: bool = False  # its main subject is a plural noun naming no two parties ("The refugees said ...")
    spoken: frozenset = frozenset()  # actors it names only as "I", "we", "you" (never "he" or "she" after it; h22he)


def main_subject(toks):
    """The first subject of the sentence when it is that of its main clause (or of a verb conjoined with it, or
    of a clause fronted before the verb that reports it: "They agreed ..., officials said"), else None. A clause
    fronted before a colon is a preface ("The below is attributable to Spokesperson X: Secretary Y spoke with
    Z"): the subject is the main verb's."""
    for tok in toks:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = tok.head
        for _ in range(4):
            if head.dep_ == "conj" or (head.dep_ == "ccomp" and head.i < head.head.i):
                if head.dep_ == "ccomp" and _colon_between(head, head.head):
                    break
                head = head.head
            else:
                break
        if head.dep_ == "ROOT" or head.head.i == head.i:
            return tok
        if head.dep_ == "ccomp" and _colon_between(head, head.head):
            continue  # a preface: the main verb's own subject comes later
        return None
    return None


def _colon_between(clause, verb) -> bool:
    return any(t.text == ":" for t in clause.doc[clause.right_edge.i : verb.i])


def frame(toks, main, subjects: list[Mention], by_token: dict[int, Mention], person_like, events) -> Frame:
    """The frame of one coded sentence; ``events``: the events coded from it."""
    deps = _words()["subject_deps"]
    clause_subjects: list[Mention] = []
    persons: list[Mention] = []
    # one person named by a common noun ("a man") stands for "he" only in a sentence that names no person otherwise
    # ("spoke with Anne Sacoolas as a suspect. She ...": Sacoolas; h42generic)
    named = any((m := by_token.get(t.i)) is not None and person_like(m) and not generic_person(m) for t in toks)
    for t in toks:
        m = by_token.get(t.i)
        if m is None or not person_like(m) or (named and generic_person(m)):
            continue
        if not any(p.actor_id == m.actor_id for p in persons):
            persons.append(m)
        if _in_subject(t, deps) and not any(p.actor_id == m.actor_id for p in clause_subjects):
            clause_subjects.append(m)
    pairs = []
    for e in events:
        if e.source is None or e.target is None:
            continue
        src = _mention_of(e.source, e.source_span, by_token, toks)
        tgt = _mention_of(e.target, e.target_span, by_token, toks)
        if src is not None and tgt is not None:
            pairs.append((src, tgt, e.plover_type, bool(e.symmetric)))
    plural = collective = False
    if main is not None and len({m.country for m in subjects if m.country}) < 2 and main.pos_ in ("NOUN", "PROPN"):
        m = by_token.get(main.i)
        # not "reforms"; not an office held by one person ("The Secretary condemned ...": no group named in the singular)
        group = main.lower_ in _words()["group_nouns"] or (m is not None and m.kind == "collective" and not person_like(m))
        plural = main.tag_ in ("NNS", "NNPS") and group
        collective = main.tag_ not in ("NNS", "NNPS") and group
    in_pairs = {m.actor_id for a, b, _t, _s in pairs for m in (a, b)} | {m.actor_id for m in subjects}
    other = any(
        t.tag_ in ("NNS", "NNPS")
        and t.lower_ in _words()["group_nouns"]
        and (t.dep_ in CORE or (t.dep_ == "conj" and t.head.dep_ in CORE))
        and (by_token.get(t.i) is None or by_token[t.i].actor_id not in in_pairs)
        and t is not main
        and not _in_relative(t)
        for t in toks
    )
    plural_subject = main is not None and main.tag_ in ("NNS", "NNPS") and len({m.country for m in subjects if m.country}) < 2
    spoken = frozenset(
        m.actor_id for t in toks if t.lower_ in SPOKEN_PERSONS and (m := by_token.get(t.i)) is not None and m.actor_id
    )
    return Frame(
        subjects, clause_subjects, persons, pairs, plural, other, collective, plural_subject=plural_subject, spoken=spoken
    )


def _in_relative(tok) -> bool:
    """Is ``tok`` inside a relative clause ("the support the Government and its citizens have shown to Ukraine"): a
    group named there describes a thing of the sentence; it is not what a "they" after it means (h38they)."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _in_subject(tok, deps) -> bool:
    """Is ``tok`` the subject of a clause (or inside the subject's name: "Secretary Blinken")?"""
    for _ in range(3):
        if tok.dep_ in deps:
            return True
        if tok.dep_ not in ("compound", "appos", "flat") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def in_subject(tok) -> bool:
    """Is ``tok`` (in) the subject of a clause (``person.subject_deps``)?"""
    return _in_subject(tok, _words()["subject_deps"])


def _mention_of(party, span, by_token: dict[int, Mention], toks) -> Mention | None:
    """The mention an event's side came from (the actor of that id in the sentence)."""
    if party is None:
        return None
    start = (span or {}).get("start")
    best = None
    for t in toks:
        m = by_token.get(t.i)
        if m is not None and m.actor_id == party.actor_id:
            if start is None or m.start >= start:
                return m
            best = best or m
    return best


def back_person(history: list[Frame], person_like) -> Mention | None:
    """ "he"/"she" with no person before it in its own sentence: newest sentence first, its main subject when one
    person, else its first person in subject position, else the one person it names; two or more persons named
    and none a subject: ambiguous, None. The speaker ("I", "we", "you" read as a person) is never "he" or "she" ("I
    received explanations from President Putin. He reassured us ...": Putin; blind audit 2026-12-04e n35, h22he)."""
    for h in reversed(history):
        subjects = [m for m in h.subjects if not _spoken_person(m, h)]
        persons = [m for m in h.persons if not _spoken_person(m, h)]
        clause_subjects = [m for m in h.clause_subjects if not _spoken_person(m, h)]
        if len(subjects) == 1 and person_like(subjects[0]):
            return subjects[0]
        if subjects and any(m.country for m in subjects):
            return None  # the sentence was about another actor (a country, a government): not a person's
        if clause_subjects:
            return clause_subjects[0]
        if len(persons) == 1:
            return persons[0]
        if len(persons) > 1:
            return None
    return None


#: pronouns of the one speaking or spoken to: a mention told by one of them is never "he" or "she"
SPOKEN_PERSONS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def _spoken_person(m: Mention, h: Frame) -> bool:
    """Did the sentence of ``h`` name this person only as "I", "we" or "you" (the speaker or the one spoken to)?"""
    return (m.text or "").lower() in SPOKEN_PERSONS or (m.actor_id is not None and m.actor_id in h.spoken)


def encounter(ptype: str, symmetric: bool, persons: bool) -> bool:
    """Did the two sides of a told event meet: a meeting, call or accord (the pair types, or symmetric), or an act
    between two persons (``persons``) that is not hostile ("Modi welcomed Scholz", not "Blinken condemned Putin's
    tactics")?"""
    words = _words()
    if symmetric or ptype in words["pair_types"]:
        return True
    return persons and ptype not in words["hostile_types"]


def exchange(ptype: str) -> bool:
    """Can an event of this type be an exchange between its two sides ("his counterpart" is its other side): not
    a hostile act nor a transfer (``pair.hostile_types``, ``pair.not_exchange_types``)."""
    words = _words()
    return ptype not in words["hostile_types"] and ptype not in words["not_exchange_types"]


def back_pair(
    history: list[Frame], person, persons_only: bool = False, pronoun: bool = False, meetings: list | tuple = ()
) -> list[Mention]:
    """ "they"/"the two leaders": newest sentence first, its main subject naming two parties of different
    countries, else the sides of the first encounter told there (``encounter``: a meeting, call or accord, or a
    friendly act between two persons; ``person``: is a mention a person; ``persons_only``, for "the two leaders":
    only two persons, or the only two persons of two countries a sentence named); a sentence about another plural
    group stops the search, and for the pronoun "they" (``pronoun``) one naming another plural group of persons too
    ("I contacted my colleagues") or a group named in the singular ("The delegation included ..."). A noun phrase
    ("the delegations", "both sides") that found nothing in the sentences just before: the parties of the first
    meeting the article told (``meetings``), the encounter the article is about, when both have a country."""
    for h in reversed(history):
        subj = [m for m in h.subjects if m.country]
        if len(subj) >= 2 and len({m.country for m in subj}) >= 2:
            return subj[:2]
        if pronoun and (h.other_group or h.collective):
            return []
        for a, b, ptype, symmetric in h.pairs:
            if not (a.country and b.country and a.country != b.country):
                continue
            persons = person(a) and person(b)
            if encounter(ptype, symmetric, persons) and (not persons_only or persons):
                return [a, b]
        named = [m for m in h.persons if m.country]
        if persons_only and len(named) == 2 and named[0].country != named[1].country:
            return named  # "Putin and Aliyev shared opinions ...": the two persons the sentence named
        if h.plural_group:
            return []
    if pronoun:
        return []
    # "the delegations", "both sides" further on: the parties of the first meeting the article told (its lead's)
    for a, b in meetings[:1]:
        if a.country and b.country and a.country != b.country and (not persons_only or (person(a) and person(b))):
            return [a, b]
    return []


def meetings_of(h: Frame) -> list[tuple[Mention, Mention]]:
    """The meetings, calls and accords a sentence told between two parties (countries known or not)."""
    types = _words()["pair_types"]
    return [(a, b) for a, b, ptype, symmetric in h.pairs if (symmetric or ptype in types) and a.actor_id != b.actor_id]


def title_phrase(tok) -> str | None:
    """ "the Deputy Secretary": the title's words (lower case) when ``tok`` heads a bare title with "the" and no
    name, country or owner of its own; else None."""
    w = _words()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in w["title_heads"]:
        return None
    kids = list(tok.children)
    shared = tok.dep_ == "conj" and tok.head.lower_ in w["title_heads"]  # "the Secretary and Foreign Minister"
    if not any(c.dep_ == "det" and c.lower_ in w["title_dets"] for c in (*kids, *(tok.head.children if shared else ()))):
        return None
    if any(c.dep_ in ("prep", "poss", "appos", "nummod") for c in kids):
        return None  # "the President of France", "his minister", "the Secretary, Antony Blinken"
    mods = [c for c in kids if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if any(c.lower_ not in w["title_mods"] for c in mods):
        return None  # "the French Foreign Minister", "the new minister": another's, or not bare
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return None  # "the Secretary Blinken"
    return " ".join([c.lower_ for c in sorted(mods, key=lambda c: c.i)] + [tok.lower_])


def back_title(phrase: str, titled: list[tuple[str, Mention]]) -> Mention | None:
    """The person last named with the title ``phrase`` stands for; two different persons: None. A title matches
    when its head is the phrase's ("the minister": "interior minister"; "the Secretary": "secretary of state"),
    every word of the phrase is in it before the head or in its "of" phrase ("the Foreign Minister": "minister of
    foreign affairs"), and it has the same rank words ("the Secretary" is not the "deputy secretary of state")."""
    words = phrase.split()
    head, mods = words[-1], set(words[:-1])
    ranks = _words()["title_ranks"]
    found = []
    for title, m in titled:
        tw = title.split()
        cut = next((k for k, x in enumerate(tw) if x in ("of", "for", "to", "at", "on")), len(tw))
        before = tw[:cut]
        if not before or before[-1] != head:
            continue
        # "minister of foreign affairs" is a "foreign minister": the words of its "of" phrase qualify it too (h18titleof)
        of = set(tw[cut + 1 :]) - {"the", "and"} if cut < len(tw) and tw[cut] == "of" else set()
        if not mods <= set(before[:-1]) | of or (set(before[:-1]) & ranks) != (mods & ranks):
            continue
        found.append(m)
    if not found or len({m.actor_id for m in found}) > 1:
        return None
    return found[-1]


def person_titles(m: Mention, tok_of_name) -> list[str]:
    """The titles a person was named with: the words before the name in its phrase, from the first title word
    ("U.S. Deputy Secretary of State Wendy Sherman": "deputy secretary of state"), and the office the knowledge
    base gives."""
    out = []
    w = _words()
    if tok_of_name is not None:
        head = tok_of_name
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.i > head.i:
            head = head.head
        words = [t.lower_ for t in tok_of_name.doc[head.left_edge.i : tok_of_name.i]]
        first = next((k for k, x in enumerate(words) if x in w["title_mods"] or x in w["title_heads"]), None)
        if first is not None:
            words = words[first:]
            if words and words[-1] not in ("of", "for", "and", ",", "the"):
                out.append(" ".join(words))
    if m.role:
        out.append(" ".join(m.role.lower().split()))
    return out


@lru_cache(maxsize=1)
def object_rules() -> tuple[dict[str, str], frozenset, frozenset]:
    """(pronoun -> kind, the pronoun's dependencies to its verb, the prepositions of an object pronoun)."""
    r = rules().get("objects") or {}
    yaml_words = {True: "on", False: "off"}  # YAML 1.1 reads a bare on as true
    preps = frozenset(yaml_words.get(p, p) for p in (r.get("preps") or ()))
    return dict(r.get("pronouns") or {}), frozenset(r.get("deps") or ()), preps


def _distinct(ms) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        if m.actor_id and not any(o.actor_id == m.actor_id for o in out):
            out.append(m)
    return out


def back_object(kind: str, before: list[Mention], history: list[Frame], subject: list[Mention], person_like) -> list[Mention]:
    """The actors an object pronoun stands for (``kind``: "person" for him/her, "group" for them, "party" for it),
    never its clause's ``subject``: those named before it in its sentence, else the other side of an event the
    subject took part in in the sentences before (newest first), else for a person the one other person named
    there; [] when none or more than one stands out (see ``objects`` in data/coref.yaml)."""
    own = {m.actor_id for m in subject if m.actor_id}
    if not own:
        return []
    home = {m.country for m in subject if m.country}

    def fits(m: Mention) -> bool:
        if not m.actor_id or m.actor_id in own:
            return False
        if kind == "person":
            return person_like(m)
        if kind == "party":
            plural = m.kind == "collective" and m.text.lower().endswith("s")  # "Indian diplomats" are no "it"
            return (bool(m.country) or m.kind in ("igo", "group")) and not person_like(m) and not plural
        return True

    def one(cands: list[Mention]) -> list[Mention] | None:
        """The one candidate (any number for "them"); None when ambiguous."""
        cands = _distinct(cands)
        if kind == "group" or len(cands) <= 1:
            return cands
        foreign = [m for m in cands if m.country and m.country not in home]
        return foreign if len(foreign) == 1 else None

    here = one([m for m in before if fits(m) and (m.country or m.kind in ("igo", "group") or kind == "person")])
    if here is None:
        return []
    if kind == "group" and len(here) == 1:
        here = []  # one party before "them" in its sentence: "them" may be a plural group that is no actor ("volunteers")
    if here:
        return here
    for h in reversed(history):
        others = [b if a.actor_id in own else a for a, b, _t, _s in h.pairs if own & {a.actor_id, b.actor_id}]
        found = one([m for m in others if fits(m)])
        if found is None:
            return []
        if found:
            return found
        if kind == "person":
            found = one([m for m in h.persons if fits(m)])
            if found is None:
                return []
            if found:
                return found
        elif kind == "group":
            subj = _distinct([m for m in h.subjects if fits(m)])
            if len(subj) >= 2:
                return subj
        if any(m.actor_id and m.actor_id not in own for m in h.subjects):
            return []  # the sentence was about another actor: the search stops there
    return []


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset]:
    g = rules().get("groups") or {}
    imp = rules().get("impersonal") or {}
    return {k: frozenset(g.get(k) or ()) for k in ("of_heads", "of_pair_nouns", "of_bare_nouns", "numerals", "attendees")} | {
        "imp_pronouns": frozenset(imp.get("pronouns") or ()),
        "imp_verbs": frozenset(imp.get("verbs") or ()),
    }


def group_phrase(tok, determiners, has_country) -> bool:
    """A group subject that names the parties told before without naming them (see ``groups`` in
    data/coref.yaml): "the leaders of the two countries", "the heads of state", "the two", "the participants".
    ``determiners``: the pair determiners ("the", "both", "two"); ``has_country(tok)``: is an actor with a
    country found at that token (then the phrase names its own parties: "the leaders of Russia and China")."""
    g = _groups()
    if bare_attendees(tok) or possessed_group(tok, has_country) is not None:
        return True  # "Participants discussed ...", "The three countries' leaders ..." (h14group8)
    kids = list(tok.children)
    det = any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in determiners for c in kids)
    if not det or has_country(tok) or any(c.dep_ in ("poss", "compound", "amod", "appos") for c in kids):
        return False
    preps = [c for c in kids if c.dep_ == "prep"]
    if tok.lower_ in g["numerals"] and tok.pos_ in ("NUM", "NOUN", "PRON"):
        return not preps and not any(c.dep_ == "nummod" for c in kids)  # "the two", not "the two of them"
    if tok.pos_ != "NOUN":
        return False
    if tok.lower_ in g["attendees"]:
        return not preps  # "the participants", not "the participants of the forum"
    if tok.lower_ not in g["of_heads"] or len(preps) != 1 or preps[0].lower_ != "of":
        return False
    objs = [c for c in preps[0].children if c.dep_ == "pobj"]
    if len(objs) != 1 or has_country(objs[0]) or any(c.dep_ == "conj" for c in objs[0].children):
        return False
    obj = objs[0]
    okids = list(obj.children)
    if obj.lower_ in g["of_bare_nouns"]:
        return not okids  # "the heads of state"
    if obj.lower_ in g["of_pair_nouns"]:
        return any(c.lower_ in ("two", "both") for c in okids) and not any(
            c.dep_ in ("amod", "compound", "poss") for c in okids
        )  # "of the two countries", not "of the two African countries"
    return False


def impersonal(tok) -> bool:
    """ "It was agreed to ...", "it was noted that ...": ``tok`` is the pronoun subject of an agentless passive of a
    verb of saying or agreeing (see ``impersonal`` in data/coref.yaml)."""
    g = _groups()
    if tok.lower_ not in g["imp_pronouns"] or tok.dep_ not in ("nsubjpass", "expl"):
        return False
    verb = tok.head
    if verb.lemma_.lower() not in g["imp_verbs"] or verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    return not any(c.dep_ == "agent" for c in kids)  # "it was agreed by the cabinet": its own agent


@lru_cache(maxsize=1)
def lone_discussant_words() -> tuple[frozenset, frozenset, frozenset]:
    """``lone_discussant`` of data/coref.yaml: (verbs of talking, verbs of an act addressed to someone, objects of a
    light verb that make it such an act: "expressed his condolences"), which take a lone party's partner (h35addressed)."""
    r = rules().get("lone_discussant") or {}
    return tuple(frozenset(r.get(k) or ()) for k in ("verbs", "addressed_verbs", "addressed_objects"))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def audience_words() -> tuple[frozenset, frozenset, frozenset]:
    """(nouns, modifiers, military nouns) of a speech's opening vocative (``audience`` in data/coref.yaml)."""
    a = rules().get("audience") or {}
    return tuple(frozenset(str(w).lower() for w in a.get(k) or ()) for k in ("nouns", "modifiers", "military"))  # type: ignore[return-value]


def partner_of(me: Mention, history: list[Frame]) -> Mention | None:
    """The other side of the newest meeting, call or accord ``me`` took part in (see ``lone_discussant`` in
    data/coref.yaml); None when none, or when that sentence gives two different partners."""
    types = _words()["pair_types"]
    for h in reversed(history):
        others = _distinct(
            b if a.actor_id == me.actor_id else a
            for a, b, ptype, symmetric in h.pairs
            if (symmetric or ptype in types) and a.actor_id != b.actor_id and me.actor_id in (a.actor_id, b.actor_id)
        )
        if not others and me.country and me.actor_id == me.country:
            # the state itself ("Russia proposed ...") after its leader's meeting ("Putin met Biden"): the partner of
            # its one party there (h35addressed)
            others = _distinct(
                b if a.country == me.country else a
                for a, b, ptype, symmetric in h.pairs
                if (symmetric or ptype in types) and a.country != b.country and me.country in (a.country, b.country)
            )
        if len(others) == 1:
            return others[0]
        if others:
            return None
    return None


# -- group and collective sides (seventh session, h14group8) ---------------------------------------------------------
@lru_cache(maxsize=1)
def _collective() -> dict:
    c = rules().get("collective") or {}
    j = rules().get("joint_we") or {}
    return {
        "bare_attendees": frozenset(c.get("bare_attendees") or ()),
        "possessor_nouns": frozenset(c.get("possessor_nouns") or ()),
        "numbers": {str(k).lower(): int(v) for k, v in (c.get("numbers") or {}).items()},
        "hyphen_heads": frozenset(c.get("hyphen_heads") or ()),
        "hyphens": tuple(c.get("hyphens") or ("-",)),
        "we": frozenset(j.get("pronouns") or ()),
        "adverbs": frozenset(j.get("adverbs") or ()),
        "prep_nouns": frozenset(j.get("prep_nouns") or ()),
        "our_nouns": frozenset(j.get("our_nouns") or ()),
        "reciprocal": tuple(tuple(p.split()) for p in (j.get("reciprocal") or ())),
        "our_verbs": frozenset(j.get("our_verbs") or ()),
        "title_topic_words": frozenset(w.lower() for w in (c.get("title_topic_words") or ())),
    }


def bare_attendees(tok) -> bool:
    """ "Participants discussed ...": a bare plural attendee noun (no determiner, owner, modifier or phrase of its
    own) as a subject."""
    c = _collective()
    if tok.pos_ != "NOUN" or tok.lower_ not in c["bare_attendees"] or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(t.dep_ in ("det", "poss", "compound", "amod", "prep", "nummod", "relcl", "acl", "appos") for t in tok.children)


def possessed_group(tok, has_country) -> int | None:
    """ "the three countries' leaders", "both sides' delegations": the number of parties a possessor naming N parties
    gives a head of the ``groups`` list; None when ``tok`` is no such phrase (a named or qualified possessor: "the
    two African countries' leaders", "Russia's leaders")."""
    c, g = _collective(), _groups()
    if tok.pos_ != "NOUN" or tok.lower_ not in g["of_heads"] or has_country(tok):
        return None
    poss = [t for t in tok.children if t.dep_ == "poss"]
    if len(poss) != 1 or any(t.dep_ in ("amod", "compound", "prep", "appos") for t in tok.children):
        return None
    p = poss[0]
    if p.lower_ not in c["possessor_nouns"] or has_country(p):
        return None
    kids = list(p.children)
    if any(k.dep_ in ("amod", "compound", "poss", "conj") for k in kids):
        return None
    nums = [c["numbers"].get(k.lower_) for k in kids if k.dep_ in ("nummod", "det", "predet") and k.lower_ in c["numbers"]]
    return nums[0] if nums else None


def group_size(tok) -> int | None:
    """How many parties a group phrase names ("the three countries' leaders": 3, "the two sides": 2); None: not said."""
    c = _collective()
    for t in [tok, *[k for k in tok.children if k.dep_ == "poss"]]:
        for k in t.children:
            if k.dep_ in ("nummod", "det", "predet") and k.lower_ in c["numbers"]:
                return c["numbers"][k.lower_]
    for prep in (k for k in tok.children if k.dep_ == "prep" and k.lower_ == "of"):
        for obj in (k for k in prep.children if k.dep_ == "pobj"):
            for k in obj.children:
                if k.dep_ in ("nummod", "det", "predet") and k.lower_ in c["numbers"]:
                    return c["numbers"][k.lower_]
    if tok.lower_ in c["numbers"]:
        return c["numbers"][tok.lower_]  # "the two"
    return None


def back_group(history: list[Frame], n: int | None, meetings: list | tuple = ()) -> list[Mention]:
    """A group of ``n`` parties (any number from two when None: "the participants"): newest sentence first, its main
    subject naming parties of different countries, else every party of the meetings, calls and accords told there
    ("Sherman spoke with Delattre, Michaelis and Cleverly": four parties); a number of parties other than ``n`` or
    a sentence about another plural group stops the search; nothing before: the parties of the article's first
    meeting (its lead's) when they are ``n``."""
    types = _words()["pair_types"]

    def fits(ms: list[Mention]) -> bool:
        return len(ms) >= 2 and len({m.country for m in ms}) >= 2 and (n is None or len(ms) == n)

    for h in reversed(history):
        subj = _distinct(m for m in h.subjects if m.country)
        if len(subj) >= 2 and len({m.country for m in subj}) >= 2:
            return subj if fits(subj) else []
        told = _distinct(
            m
            for a, b, ptype, symmetric in h.pairs
            if (symmetric or ptype in types) and a.country and b.country and a.country != b.country
            for m in (a, b)
        )
        if told:
            return told if fits(told) else []
        if h.plural_group:
            return []
    first = _distinct(m for m in meetings[:1] for m in m if m.country) if meetings else []
    return first if fits(first) else []


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """A country's name, alias or adjective (as written, capitalised) -> its ISO code, from the shipped knowledge base
    (read only; for the halves of a hyphenated pair the resolver reads as one name: "U.S.-Thailand")."""
    from ..actors.kb import capitalised_names

    return capitalised_names(("country",))


@lru_cache(maxsize=1)
def country_titles() -> dict[str, str]:
    """ISO code -> the country's name in the shipped knowledge base."""
    from ..actors.kb import shipped

    return {a.country: a.name for a in shipped() if a.kind == "country" and a.country}


def _relation_head(tok):
    """The noun a modifier stands before ("Russia" in "Russia-Kazakhstan allied relations": "relations")."""
    head = tok
    for _ in range(4):
        if head.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.head.i > head.i:
            head = head.head
        else:
            break
    return head


def hyphen_pair(toks, by_token, offset: int = 0, article_id: str = "") -> list[Mention]:
    """ "the next U.S.-Thailand Strategic Dialogue", "Russia-Kazakhstan relations": the two countries of a
    hyphenated pair before a noun of relations (``collective.hyphen_heads``), as mentions (the resolver's where it
    gave each half a country, else made here from the halves' names, at ``offset`` + the token's place in its
    segment); [] when none, or when two different pairs."""
    c = _collective()
    names = country_names()
    found: list[list[Mention]] = []
    for t in toks:
        pair: list[Mention] = []
        if t.text in c["hyphens"] and 0 < t.i and t.i + 1 < len(t.doc):
            a, b = by_token.get(t.i - 1), by_token.get(t.i + 1)
            if a is not None and b is not None and a.country and b.country and a.country != b.country:
                if t.doc[t.i - 1].whitespace_ == "" and t.whitespace_ == "":
                    pair, head = [a, b], _relation_head(t.doc[t.i + 1])
        elif any(h in t.text for h in c["hyphens"]) and (t.i not in by_token or not by_token[t.i].country):
            for h in c["hyphens"]:
                parts = t.text.split(h)
                if len(parts) == 2 and parts[0] in names and parts[1] in names and names[parts[0]] != names[parts[1]]:
                    at = offset + t.idx
                    pair = []
                    for k, part in enumerate(parts):
                        start = at if k == 0 else at + len(parts[0]) + len(h)
                        pair.append(country_mention(names[part], start, part, article_id, "hyphen-pair", 0.6))
                    head = _relation_head(t)
                    break
        if pair and head.lower_ in c["hyphen_heads"]:
            if not any({m.country for m in f} == {m.country for m in pair} for f in found):
                found.append(pair)
    return found[0] if len(found) == 1 else []


def joint_clause(tok) -> bool:
    """Does the clause of the subject ``tok`` say its act is joint: "work together", "work in partnership", "support
    each other", "boost our cooperation" (``joint_we`` in data/coref.yaml)? A partner named in the clause ("together
    with Japan", "in partnership with Japan") makes it a one-sided act of the subject's."""
    c = _collective()
    verb = tok.head
    verbs = [verb]
    for v in verbs:  # the verb and the verbs it governs in its clause ("continue to work", "done a great deal to boost")
        verbs.extend(k for k in v.children if k.dep_ in ("xcomp", "advcl", "ccomp", "conj") and k.pos_ in ("VERB", "AUX"))
        if len(verbs) > 6:
            break
    joint = False
    for v in verbs:
        for k in v.children:
            low = k.lower_
            if k.dep_ == "advmod" and low in c["adverbs"]:
                joint = True
                if any(p.dep_ == "prep" and p.lower_ == "with" for p in k.children):
                    return False
            elif k.dep_ == "prep" and low == "with":
                if v is verb or v.dep_ == "xcomp":
                    return False  # "we work with Japan": the partner is named, "we" is one side
            elif k.dep_ == "prep" and low == "in":
                for obj in (o for o in k.children if o.dep_ == "pobj"):
                    if obj.lower_ in c["prep_nouns"]:
                        if any(p.dep_ == "prep" and p.lower_ == "with" for p in obj.children):
                            return False
                        joint = True
            elif k.dep_ in ("dobj", "obj") and low in c["our_nouns"] and v.lemma_.lower() in c["our_verbs"]:
                if any(p.dep_ == "poss" and p.lower_ == "our" for p in k.children):
                    if any(p.dep_ == "prep" and p.lower_ == "with" for p in k.subtree):
                        return False  # "strengthen our cooperation with Japan": "we" is one side
                    joint = True
        words = tuple(t.lower_ for t in v.subtree if t.i > v.i)
        for rec in c["reciprocal"]:
            if any(words[i : i + len(rec)] == rec for i in range(len(words))):
                joint = True
    return joint


def is_we(tok) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in _collective()["we"] and tok.dep_ in ("nsubj", "nsubjpass")


def partner_country(me: Mention, history: list[Frame], meetings: list | tuple = ()) -> Mention | None:
    """The other party, of another country than ``me``'s, of the newest meeting, call, accord or friendly act
    (``joint_we.partner_types``: a congratulation, support) of ``me``'s country told in the sentences before; else
    the one party of another country a main subject named together with ``me``'s; else the first such act of the
    article (``meetings``, in order); None when none, or two different parties in the sentence that decides."""
    if not me.country:
        return None
    types = frozenset(_words()["pair_types"]) | frozenset((rules().get("joint_we") or {}).get("partner_types") or ())

    def others(ms) -> list[Mention]:
        """The distinct parties of other countries than ``me``'s (two or more countries: ambiguous)."""
        return [m for m in _distinct(ms) if m.country and m.country != me.country]

    for h in reversed(history):
        found = others(
            b if a.country == me.country else a
            for a, b, ptype, symmetric in h.pairs
            if (symmetric or ptype in types) and me.country in (a.country, b.country)
        )
        if not found:
            subj = [m for m in h.subjects if m.country]
            found = others(subj) if any(m.country == me.country for m in subj) else []
        if found:
            return found[0] if len({m.country for m in found}) == 1 else None
    for a, b in meetings:  # the article's first encounter or friendly act of ``me``'s country with another
        if me.country in (a.country, b.country) and a.country != b.country:
            return b if a.country == me.country else a
    return None


def country_mention(iso: str, start: int, text: str, article_id: str, how: str, confidence: float) -> Mention:
    """A country as a mention over ``text`` at ``start`` (a half of a hyphenated pair, a party named by the title)."""
    return Mention(
        article_id=article_id,
        start=start,
        end=start + len(text),
        text=text,
        actor_id=iso,
        name=country_titles().get(iso, text),
        country=iso,
        sector=None,
        role=None,
        confidence=confidence,
        how=how,
        kind="country",
    )


def title_countries(title: str | None) -> list[str]:
    """The countries a title names, in order ("Joint Statement on the Meeting of the U.S.-Spain Working Group":
    USA, ESP; "Meeting with President of Belarus Alexander Lukashenko": BLR): the longest run of words (up to five,
    a hyphen splitting words) that is a country's name, alias or adjective in the knowledge base."""
    return _title_codes(title, country_names())


def _title_codes(title: str | None, names: dict[str, str]) -> list[str]:
    """The codes of the names of ``names`` a title holds, in order (``title_countries``' reading)."""
    if not title:
        return []
    unsure = _ambiguous_names()
    words = re.findall(r"[\w.'’]+", title)
    words = [w.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in words]  # "U.S." kept, "Moscow." not
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            iso = names.get(" ".join(words[i : i + n]))
            if iso is None and n == 1 and words[i].endswith(("'s", "’s")):
                iso = names.get(words[i][:-2])  # "Russia's"
            before = i - 2 if i > 1 and words[i - 1].lower() == "the" else i - 1  # "Special Representative for the DPRK"
            if iso is not None and before >= 0 and words[before].lower() in _collective()["title_topic_words"]:
                i += n  # "Joint Statement on Support for North Macedonia ...": the topic, not a party
                break
            if iso is not None and " ".join(words[i : i + n]) in unsure:
                i += n  # "Meeting with Georgia Governor Brian Kemp": a name of two readings says nothing here
                break
            if iso is not None:
                if iso not in out:
                    out.append(iso)
                i += n
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _ambiguous_names() -> frozenset:
    """The names the actor resolver reads by context (actors/data/ambiguous.yaml: "Georgia", "Congo"), read only."""
    raw = yaml.safe_load(resources.files("attache.actors").joinpath("data/ambiguous.yaml").read_text("utf-8")) or {}
    return frozenset(n for entry in raw.get("names") or () for n in entry.get("names") or ())


def friendly_of(h: Frame) -> list[tuple[Mention, Mention]]:
    """The friendly acts (``joint_we.partner_types``: support, aid) a sentence told between parties of two countries."""
    types = frozenset((rules().get("joint_we") or {}).get("partner_types") or ())
    return [(a, b) for a, b, ptype, _s in h.pairs if ptype in types and a.country and b.country and a.country != b.country]


@lru_cache(maxsize=1)
def joint_verbs() -> frozenset:
    return frozenset((rules().get("readout_they") or {}).get("verbs") or ())


def readout_they(tok, history: list[Frame]) -> bool:
    """ "They agreed ...", "They reaffirmed ...", "They reflected together ..." in a government's readout whose
    sentences before name no pair and no plural group (``readout_they`` in data/coref.yaml): the parties the title
    names may be meant."""
    if tok.pos_ != "PRON" or tok.lower_ != "they" or tok.dep_ != "nsubj":
        return False
    if tok.head.lemma_.lower() not in joint_verbs() and not joint_clause(tok):
        return False
    return not any(h.plural_subject or h.plural_group or h.other_group or h.collective for h in history)


@lru_cache(maxsize=1)
def _joint_possessive() -> dict[str, frozenset]:
    j = rules().get("joint_possessive") or {}
    return {
        k: frozenset(str(w).lower() for w in (j.get(k) or ()))
        for k in ("pronouns", "plural_pronouns", "nouns", "partner_preps", "partner_verbs", "travel_words")
    }


def joint_possessive(tok) -> str | None:
    """ "our partnership", "their recent meeting" (``joint_possessive`` in data/coref.yaml; h14coref9): "our" or "their"
    as the possessor of a noun of a relation or an encounter that names no partner of its own ("our cooperation with
    Japan" does): "our" or "their" (the word's kind), else None."""
    j = _joint_possessive()
    low = tok.lower_
    if tok.pos_ != "PRON" or tok.dep_ != "poss" or (low not in j["pronouns"] and low not in j["plural_pronouns"]):
        return None
    noun = tok.head
    if noun.lower_ not in j["nouns"] or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(k.dep_ == "prep" and k.lower_ in j["partner_preps"] for k in noun.children):
        return None
    return "our" if low in j["pronouns"] else "their"


def sentence_partner(toks, me: Mention, by_token) -> Mention | None:
    """The one party of another country than ``me``'s that a verb of meeting or talking of the sentence takes with
    "with" ("will meet with UK partners to discuss our cooperation": the UK's); None when none or two countries."""
    verbs = _joint_possessive()["partner_verbs"]
    found: list[Mention] = []
    for t in toks:
        if t.dep_ != "pobj" or t.head.lower_ != "with" or t.head.head.lemma_.lower() not in verbs:
            continue
        for u in [t, *t.conjuncts]:
            inner = [u, *(k for k in u.children if k.dep_ in ("compound", "amod", "poss", "nmod"))]
            ms = [m for k in inner if (m := by_token.get(k.i)) is not None and m.actor_id]
            if not any(m.country for m in ms):
                return None  # "meet with NATO Allies and EU partners": a partner with no country, or none known
            found += [m for m in ms if m.country and m.country != me.country]
    found = _distinct(found)
    return found[0] if len({m.country for m in found}) == 1 else None


def travel_title(title: str | None) -> bool:
    """Does the title announce a trip ("Deputy Secretary Sherman's Travel to Belgium")? Its country is where the
    traveller goes, not the party of every relation the text names (``joint_possessive.travel_words``)."""
    words = set(re.findall(r"[a-z]+", (title or "").lower()))
    return bool(words & _joint_possessive()["travel_words"])


def clause_pair(noun, coordinated) -> list:
    """ "Modi and Biden had a conversation in their virtual summit": the subject of the clause a noun sits in (the first
    verb up its heads), when it coordinates parties of two countries or more (``coordinated``: the coder's reading of
    an "X and Y" subject, each an Arg with a country); [] otherwise."""
    head = noun.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    subj = next((k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > noun.i:
        return []
    found = coordinated(subj)
    return found if len({a.m.country for a in found}) >= 2 else []


@lru_cache(maxsize=1)
def _joint_verbs() -> dict[str, frozenset]:
    j = rules().get("joint_verbs") or {}
    return {
        k: frozenset(str(w).lower() for w in (j.get(k) or ()))
        for k in ("verbs", "light_verbs", "encounter_nouns", "opinion_verbs")
    }


@lru_cache(maxsize=1)
def _together_verbs() -> dict[str, frozenset]:
    """Verb -> the adverbs with which it is an act two parties do together (triggers.yaml's verb + object rules with
    ``pair_subject`` and ``adverbs``: "work together", "work jointly"): a joint "we" of such a verb is both sides."""
    out: dict[str, frozenset] = {}
    for rule in lexicon().verb_object:
        if rule.get("pair_subject") and rule.get("adverbs"):
            for v in rule["verbs"]:
                out[v] = out.get(v, frozenset()) | frozenset(rule["adverbs"])
    return out


def joint_verb(tok, is_actor) -> bool:
    """ "We discussed ...", "we agreed to ...", "we will be able to meet", "We had a long discussion" (``joint_verbs`` in
    data/coref.yaml): is ``tok`` a first-person plural subject of a verb of meeting, talking or agreeing, or of
    "have"/"hold" + a noun of an encounter, whose clause names no partner ("with" phrase; an actor as object:
    ``is_actor``)?"""
    if not is_we(tok):
        return False
    j = _joint_verbs()
    verbs = [tok.head]
    for v in verbs:  # "will be able to meet": the verbs of the clause's chain of complements
        verbs.extend(k for k in v.children if k.dep_ in ("xcomp", "acomp") and len(verbs) < 5)
    joint = False
    for v in verbs:
        lemma = v.lemma_.lower()
        kids = list(v.children)
        if any(k.dep_ == "prep" and k.lower_ == "with" for k in kids):
            return False  # "we agreed with Japan": the partner is named, "we" is one side
        objs = [k for k in kids if k.dep_ in ("dobj", "obj")]
        if any(is_actor(o) for o in objs):
            return False  # "we met the President": one side meets the other
        if any(k.dep_ == "neg" for k in kids):
            return False  # "We don't always agree": no joint act told
        if lemma in j["opinion_verbs"] and any(k.dep_ == "ccomp" for k in kids):
            return False  # "we would all agree it is a disaster": an opinion shared, not an accord
        if lemma in j["verbs"] and v.pos_ in ("VERB", "AUX"):
            joint = True
        elif any(k.dep_ == "advmod" and k.lower_ in _together_verbs().get(lemma, ()) for k in kids):
            joint = True  # "we are working together on ...", "we will work jointly to ..." (h37pair)
        elif lemma in j["light_verbs"] and any(o.lower_ in j["encounter_nouns"] for o in objs):
            if any(p.dep_ == "prep" and p.lower_ == "with" for o in objs for p in o.children):
                return False  # "we had a discussion with X"
            joint = True
    return joint


@lru_cache(maxsize=1)
def _organisations() -> dict[str, Mention]:
    """An organisation's or armed group's name or acronym (``title_parties.kinds`` of the shipped knowledge base:
    "NATO", "EU", "European Union", "Taliban") -> its actor as a mention template (read only)."""
    from ..actors.kb import shipped

    kinds = _title_parties_rules()["kinds"]
    out: dict[str, Mention] = {}
    for a in shipped():
        if a.kind not in kinds:
            continue
        names = [a.name, *(n for n in a.aliases if n.isupper() and len(n) >= 2)]
        for name in names:
            if name and name[:1].isupper() and name not in country_names():
                out.setdefault(
                    name,
                    Mention(
                        article_id="",
                        start=0,
                        end=0,
                        text=name,
                        actor_id=a.id,
                        name=a.name,
                        country=a.country,
                        sector=a.sector,
                        role=None,
                        confidence=0.5,
                        how="title",
                        kind=a.kind,
                    ),
                )
    return out


@lru_cache(maxsize=1)
def _title_parties_rules() -> dict[str, frozenset]:
    j = rules().get("title_parties") or {}
    return {k: frozenset(str(w).lower() for w in (j.get(k) or ())) for k in ("kinds", "encounter_words", "partner_words")}


def title_encounter(title: str | None) -> bool:
    """Does the title announce an encounter with another party ("Secretary Blinken's Call with Haitian Prime Minister
    Henry", "Meeting with President of Belarus ..."): a word of an encounter and a partner word ("with", "and",
    "between") after it (``title_parties`` in data/coref.yaml)?"""
    j = _title_parties_rules()
    words = [w.lower() for w in re.findall(r"[\w’']+", title or "")]
    at = next((i for i, w in enumerate(words) if w in j["encounter_words"]), None)
    return at is not None and any(w in j["partner_words"] for w in words[at + 1 :])


def title_organisations(title: str | None) -> list[Mention]:
    """The organisations and armed groups a title names as a party of an encounter ("Secretary Blinken's Call with EU
    High Representative Borrell", "U.S. Delegation Meeting with Taliban Representatives"; ``title_parties`` in
    data/coref.yaml): only in a title with a word of an encounter (call, meeting, talks ...) and after "with", "and"
    or "between" (the other party of the encounter), never after a topic word ("Statement on NATO Enlargement"); as
    mention templates, in order."""
    j = _title_parties_rules()
    words = re.findall(r"[\w’']+", title or "")
    if not {w.lower() for w in words} & j["encounter_words"]:
        return []
    at = next((i for i, w in enumerate(words) if w.lower() in j["partner_words"]), None)
    if at is None:
        return []  # "On the ECOWAS Summit", "UN Consultations on Yemen": the organisation hosts or is the topic
    orgs = _organisations()
    return [orgs[n] for n in _title_codes(" ".join(words[at + 1 :]), {n: n for n in orgs})]
