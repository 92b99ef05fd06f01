"""Events that are no events: the trigger names a thing, tells a state or is a word in another sense.

The coder finds an event where a trigger word stands in the parse. Some of those words, in their construction, do
not tell an act: an event hosted ("host the eighth summit") is no visitor received, a naming participle ("a group
called X") is no call, "leave aside NATO" is no departure, "a growing terrorist threat" is a danger and no threat
made, "in support of these efforts" is a purpose, "resumed operations" is an office's functioning, "the prospects
for strategic cooperation" tells a relationship and no act of it, "the Minsk agreements" names a document. The
classes and their word lists are data (``data/nonacts.yaml``, each with the cases that prompted it); ``drop`` reads
the parse around each event's trigger and leaves out the events a class matches.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import Event
from .factuality import infinitive

PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # entity labels of a party (the coder reads them too)
_OBJECTS = ("dobj", "obj", "nsubjpass")


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """``data/nonacts.yaml`` with its word lists as sets."""
    raw = yaml.safe_load(resources.files("attache.events").joinpath("data/nonacts.yaml").read_text("utf-8")) or {}

    def sets(d: Any, key: str = "") -> Any:
        if isinstance(d, dict):
            return {k: sets(v, k) for k, v in d.items()}
        if isinstance(d, list) and all(isinstance(x, str) for x in d):
            keep = key.endswith(("types", "prefixes"))  # PLOVER types and actor id prefixes keep their case
            return frozenset(x if keep else x.lower() for x in d)
        if isinstance(d, list):
            return tuple(sets(x) for x in d)
        return d

    return sets(raw)


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _word(tok, words: frozenset[str]) -> bool:
    return _lemma(tok) in words or tok.lower_ in words


def _is_party(tok) -> bool:
    """Does the phrase of ``tok`` name a party (a proper name, a person, an organisation, a place, a people)?"""
    return any(t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS for t in tok.subtree)


def _prep_children(tok, preps: frozenset[str]) -> list:
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]


def _pobjs(prep) -> list:
    return [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]


def _under(tok, top) -> bool:
    """Is ``tok`` ``top`` or inside its phrase without passing through a preposition or a clause?"""
    seen = 0
    while seen < 12:
        if tok.i == top.i:
            return True
        if tok.dep_ in ("prep", "relcl", "acl", "advcl", "ccomp", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        seen += 1
    return False


def _hosted_event(e: Event, tok, target_tok, r: Any) -> bool:
    """ "host the eighth OOC", "co-hosting the D-ISIS Ministerial": the object is an event, and the target is in
    that object's name, not in its "between"/"with" phrase."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]):
        return False
    if e.target is not None and (e.target.actor_id or "").startswith(tuple(r["body_prefixes"])):
        return False  # "hosted a UN Security Council meeting": the body that meets is the counterpart
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
        event_like = (
            _word(obj, r["event_nouns"])
            or obj.ent_type_ == "EVENT"
            or any(
                c.ent_type_ == "ORDINAL" or c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_.endswith("th") for c in obj.children
            )
        )
        if not event_like:
            continue
        if target_tok is None or _under(target_tok, obj):
            return not (e.source is not None and e.source.country and _paired(_party_token(e, tok)))
    return False


def _party_token(e: Event, trig):
    """The first word of the target's own mention in the trigger's parse (the target's phrase may start earlier: "the
    fourth U.S.-Kazakhstan ... Dialogue"), else None."""
    if e.target is None or e.target.start is None:
        return None
    base = e.trigger_start - trig.idx  # where the trigger's paragraph piece starts in the article
    return next((t for t in trig.doc if base + t.idx == e.target.start), None)


def _paired(tok) -> bool:
    """Is ``tok`` one half of a hyphenated pair of names ("the fourth U.S.-Kazakhstan Strategic Partnership Dialogue",
    "the Russia-Africa summit")? A bilateral meeting named after its two parties has the other party as its guest when
    one of them hosts it (h45paired)."""
    if tok is None:
        return False
    doc = tok.doc
    before = tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].pos_ == "PROPN"
    after = tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and doc[tok.i + 2].pos_ == "PROPN"
    return before or after


def _topic_modifier(e: Event, tok, target_tok, r: Any) -> bool:
    """ "begin the ceasefire negotiations", "withdrawal talks": an act noun that qualifies a noun of talks or plans is
    their topic, no act done."""
    if e.plover_type not in r["types"] or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("compound", "nmod", "amod"):
        return False
    if e.trigger.strip().lower() != tok.lower_:
        return False  # a phrase trigger ("reached a ceasefire deal") is read by its own words
    return tok.head.i != tok.i and _word(tok.head, r["heads"])


def _campaign_rally(e: Event, tok, target_tok, r: Any) -> bool:
    """ "an election rally", "a rally of his supporters": a campaign's or a party's own gathering, no protest."""
    if e.plover_type not in r["types"] or tok.pos_ != "NOUN" or not _word(tok, r["nouns"]):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and _word(c, r["modifiers"]) for c in tok.children):
        return True
    return any(_word(p, r["of"]) for c in _prep_children(tok, frozenset({"of"})) for p in c.children if p.dep_ == "pobj")


def _unknown_cargo(e: Event, tok, target_tok, r: Any) -> bool:
    """ "we sent them to the United States and NATO": a verb of giving whose object is a pronoun, in a sentence that
    names no aid (nor the sentence before it, where the pronoun's antecedent may be), gives nothing known to be aid."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objs or not all(o.lower_ in r["pronouns"] for o in objs):
        return False
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else None  # the pronoun's antecedent may be told just before
    words = list(sent) + (list(before) if before is not None else [])
    return not any(t.pos_ == "NOUN" and _word(t, r["aid_words"]) for t in words)


def _courtesy_thanks(e: Event, tok, target_tok, r: Any) -> bool:
    """ "Thank you, Mr President.": a thanks for nothing named, all its sentence says, is a courtesy of the turn."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]):
        return False
    cue = max((t.i for t in tok.sent if t.text == ":" and t.i < tok.i), default=-1)  # "Nikol Pashinyan: Thank you"
    if any(c.dep_ in ("prep", "ccomp", "xcomp", "advcl") or (c.dep_ == "nsubj" and c.i > cue) for c in tok.children):
        return False  # "thank you for the opportunity" is judged elsewhere; a reason or a thanker named makes it an act
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if [o.lower_ for o in objs] not in ([], ["you"]):
        return False  # "Sudan thanked Kenya": thanks to a party named, not the turn's "thank you"
    words = [t for t in tok.sent if not t.is_punct and t.i > cue]
    spoken = {t.i for t in words if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"}
    rest = [t for t in words if t.i not in spoken]
    return len(words) <= int(r["max_words"]) and all(_word(t, r["words"]) for t in rest)


def _naming(e: Event, tok, target_tok, r: Any) -> bool:
    """ "a country retreat for the mayor called X", "a group named Y": a name given, no call."""
    if not _word(tok, r["verbs"]):
        return False
    if tok.tag_ == "VBN" and tok.dep_ in r["deps"]:
        return True
    # "the mayor called Bryn Tirion" parsed as a clause of its own: a predicate name, no subject and no object
    kids = [c.dep_ for c in tok.children]
    return "oprd" in kids and not any(d in kids for d in ("nsubj", "nsubjpass", "dobj", "obj", "dative"))


def _particle(e: Event, tok, target_tok, r: Any) -> bool:
    """ "leave aside", "put aside": a particle that changes the verb's sense."""
    for rule in r:
        if _word(tok, rule["verbs"]) and any(c.lower_ in rule["words"] for c in tok.children if c.dep_ in ("prt", "advmod")):
            return True
    return False


def _wanting_particle(e: Event, tok, target_tok, r: Any) -> bool:
    """ "stepping up with more troops": a verb whose act needs a particle ("step down", "step back") without it."""
    if tok.pos_ != "VERB":
        return False
    for rule in r:
        if e.plover_type not in rule["types"] or not _word(tok, rule["verbs"]):
            continue
        if not any(c.lower_ in rule["words"] for c in tok.children if c.dep_ in ("prt", "advmod")):
            return True
    return False


def _danger(e: Event, tok, target_tok, r: Any) -> bool:
    """ "threat" as a danger: a kind of danger by its modifier, a danger met or faced by the verb it is the object of,
    the danger of or from a thing, the predicate of "be"."""
    if e.plover_type not in r["types"] or not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and _word(c, r["modifiers"]) for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in ("dobj", "obj", "attr", "nsubjpass") and _word(head, r["object_of"]):
        return True
    if tok.dep_ == "attr" and _word(head, r["copulas"]):
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "against") and _word(head.head, r["object_of"]):
        return True  # "respond to threats", "guard against the threat"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in r["from_preps"]:
            objs = _pobjs(c)
            if objs and not any(_word(o, r["acts_threatened"]) for o in objs):
                return True  # "the threat of terrorism", "threats from the DPRK"
        if c.dep_ == "acl" and c.lower_ in r["from_preps"]:
            return True  # "the threat posed by"
    return False


def _support_phrase(e: Event, tok, target_tok, r: Any) -> bool:
    """ "In support of these efforts, ...": a purpose, unless the "of" object is a party."""
    if e.plover_type not in r["types"] or not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in r["preps"]:
        return False
    ofs = [o for c in _prep_children(tok, frozenset({"of"})) for o in _pobjs(c)]
    return bool(ofs) and not any(_is_party(o) for o in ofs)


def _functioning(e: Event, tok, target_tok, r: Any) -> bool:
    """ "resumed operations", "the steady operation of our businesses": a thing's functioning."""
    if e.plover_type not in r["types"] or not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and _word(c, r["keep_modifiers"]) for c in tok.children):
        return False
    return not _prep_children(tok, r["keep_preps"])


def _relation_state(e: Event, tok, target_tok, r: Any) -> bool:
    """ "the prospects for cooperation", "the durability of the partnership", "our cooperation is a partnership"."""
    if e.plover_type not in r["types"]:
        return False
    if r.get("of_adjectives") and tok.lower_ in r["of_adjectives"]:
        if tok.pos_ == "ADJ" and tok.dep_ == "amod":
            tok = tok.head  # "we have allied relations with X": the relation the adjective qualifies (h22relations)
        elif tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
            # "we have allied, even fraternal, relations with X" parsed as the perfect of "ally": "have" + the relation
            return any(c.dep_ in ("dobj", "obj") and _word(c, r["nouns"]) for c in tok.children)
    if not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and _word(head.head, r["aspect_heads"]) and head.head.pos_ == "NOUN":
        return True
    if tok.dep_ == "nsubj" and _word(head, r.get("copulas", frozenset())):
        return any(c.dep_ in ("attr", "acomp") for c in head.children)
    if tok.dep_ == "attr" and _word(head, r.get("copulas", frozenset())):
        return True  # "Ours is an overarching partnership of strategic nature" (h22relations)
    if tok.dep_ in ("nsubj", "nsubjpass") and _word(head, r.get("subject_of", frozenset())):
        return True  # "a strategic partnership with X serves both our interests", "our partnership is based on ..."
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "dative"):
        verb = head.head
        if _word(verb, r.get("giving", frozenset())) and any(
            c.dep_ in ("dobj", "obj") and _word(c, r["aspect_heads"]) for c in verb.children
        ):
            return True  # "will give a major boost to our partnership": the boost's object
        if head.lower_ in r.get("resting_preps", frozenset()) and _word(verb, r.get("resting_on", frozenset())):
            return True  # "building on our partnership": a base, no act of it
    return tok.dep_ in ("dobj", "obj") and _word(head, r.get("object_of", frozenset()))


def _belief(e: Event, tok, target_tok, r: Any) -> bool:
    """ "Putin's conviction that Ukraine does not deserve ...", "it is our conviction that ...": a belief held, no
    sentence passed. The noun has a "that" clause of its own, or is the predicate of "it is ... that"."""
    if not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    if any(
        c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.children
    ):
        return True
    head = tok.head
    return (
        tok.dep_ == "attr"
        and _word(head, frozenset({"be"}))
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
        and any(c.dep_ == "ccomp" for c in head.children)
    )


def _attempt(e: Event, tok, target_tok, r: Any) -> bool:
    """ "we have sought to rectify", "what Putin has sought to deny it": "seek to" is trying, no request made. Seeking
    a thing FROM a party ("sought assistance from the UN") is a request and stays."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return False
    if e.trigger.strip().lower() != tok.lower_:
        return False
    if _prep_children(tok, r["keep_preps"]):
        return False
    return any(c.dep_ == "xcomp" and infinitive(c) for c in tok.children)


def _shared_view(e: Event, tok, target_tok, r: Any) -> bool:
    """ "the President shares the chairman's view that ...", "we share their concerns": holding a view alike, no
    exchange with a partner. Sharing with a party ("shared our assessment with Japan") stays."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if any(_prep_children(t, r["keep_preps"]) for t in (tok, *objects)):
        return False  # "shared its assessment with Sweden": told to a partner; "shared views on X": exchanged
    return any(_word(c, r["objects"]) for c in objects)


def _discussed_topic(e: Event, tok, target_tok, r: Any) -> bool:
    """ "will discuss U.S.-EU cooperation on ..., assistance to Ukraine, and sanctions on Russia", "they discussed the
    enduring U.S. commitment to ...": the trigger is a topic of talks (their object, or their "about"/"on" phrase),
    not an act of the sentence. The talks are the event. A topic with a doer of its own (a possessor or a "by"
    phrase: "discussed Russia's sanctions", "we've talked about our commitment to X") stays: it tells the act as
    given, or restates a party's own stance."""
    if e.plover_type not in r["types"] or tok.pos_ not in ("NOUN", "VERB"):
        return False
    if e.trigger.strip().lower() != tok.lower_ and tok.pos_ == "NOUN":
        return False
    if tok.pos_ == "VERB" and (tok.tag_ != "VBG" or tok.dep_ not in ("dobj", "obj", "xcomp", "pobj", "conj")):
        return False  # a gerund topic ("discuss strengthening our partnership"), not a finite verb
    if any(c.dep_ in ("poss", "agent") for c in tok.children):
        return False  # "we've talked about our commitment to X": a party's own act restated, or one with its doer
    cur, seen = tok, 0
    while seen < 8 and cur.head.i != cur.i:
        head = cur.head
        if cur.dep_ in ("dobj", "obj", "xcomp") and head.pos_ == "VERB":
            if _word(head, r["verbs"]):
                return True
            if head.tag_ != "VBG" or head.dep_ not in ("xcomp", "dobj", "obj", "pobj"):
                return False
            cur = head  # "to discuss strengthening our partnership and U.S. support for X": inside a gerund topic
        elif cur.dep_ == "pobj":
            owner = head.head
            if head.lower_ in r["topic_preps"] and (_word(owner, r["verbs"]) or _word(owner, r["nouns"])):
                return True
            if not (head.lower_ in r["list_preps"] or head.lower_ in r["topic_preps"] or _word(owner, r["through_heads"])):
                return False
            cur = owner  # "including X", "the importance of X", "cooperation on X": in the phrase of a topic
        elif cur.dep_ in ("conj", "appos"):
            cur = head  # one of a list of topics
        else:
            return False
        seen += 1
    return False


def _document(e: Event, tok, target_tok, r: Any) -> bool:
    """A named agreement with no partner phrase and no target ("the Minsk agreements", "the Iran deal"), or a document
    that is the subject of its own content ("the treaty obliges Russia to ...")."""
    if e.plover_type not in r["types"] or not _word(tok, r["nouns"]) or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if _prep_children(tok, r["partner_preps"]) or any(c.dep_ == "poss" for c in tok.children):
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and _prep_children(c, r["partner_preps"]) for c in tok.children):
        return False  # "the agreement signed today between the Netherlands and Ecuador": its partners told (h21between)
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        return True
    if tok.dep_ == "attr" and _word(tok.head, frozenset({"be"})):
        return True  # "the baseline document is that 2015 deal": a document named
    named = any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC")) for c in tok.children)
    return named and e.target is None


def _generic_commitment(e: Event, tok, target_tok, r: Any) -> bool:
    """ "our commitment to human rights", "our shared commitment to a rules-based order": a stance with no partner. A
    commitment to a named party ("commitment to Israel's security") is support for it, its side only missed: kept."""
    if e.plover_type not in r["types"] or e.target is not None or not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    content = [c for c in tok.children if (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ in ("acl", "xcomp", "relcl")]
    return not any(_is_party(c) for c in content)


def _in_prep(target_tok, tok, preps: frozenset[str]) -> bool:
    """Is ``target_tok`` inside the phrase of one of ``tok``'s prepositions ``preps``?"""
    return target_tok is not None and any(
        target_tok.i in {t.i for t in c.subtree} for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
    )


def _defended_thing(e: Event, tok, target_tok, r: Any) -> bool:
    """ "defend every inch of its territory", "defend the interests of their homeland": no party supported; "defending
    against its provocations": the target is the adversary, never the party supported."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]):
        return False
    if _in_prep(target_tok, tok, r["keep_preps"]):
        return True
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objs and _prep_children(tok, r["keep_preps"]) and target_tok is not None:
        return target_tok.i not in {t.i for t in tok.subtree}  # "defending against its provocations": no one defended
    if any(t.dep_ == "prep" and t.lower_ in r["keep_preps"] for t in tok.subtree):
        return False  # "defend the territory of the alliance against Russia": a fight, retype.yaml's
    return any(c.dep_ in ("dobj", "obj") and _word(c, r["objects"]) for c in tok.children)


def _strengthened_thing(e: Event, tok, target_tok, r: Any) -> bool:
    """ "strengthen the financial sector", "strengthening the socioeconomic potential of Crimea": no force moved; with
    ``force_objects`` (h40forces) any object that names no forces ("strengthen Haiti's democratic process") and is no
    object retype.yaml retypes, or no object and a clause told ("will reinforce and underscore to X that ...")."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(_word(c, r["objects"]) for c in objs):
        return True
    forces = r.get("force_objects")
    if not forces:
        return False
    if objs:  # (h40forces) a thing strengthened that names no forces, nor one retype.yaml gives another type
        return not any(_word(c, forces) or _word(c, _retyped_objects("MOBILIZE")) for c in objs)
    # no object: a verb that tells ("will reinforce and underscore to our allies that ..."), with its conjunct's clause
    told = [tok] + [c for c in tok.children if c.dep_ == "conj"]
    return any(c.dep_ == "ccomp" for t in told for c in t.children)


@lru_cache(maxsize=8)
def _retyped_objects(ptype: str) -> frozenset[str]:
    """The object words of the retype.yaml rules that take an event of ``ptype`` to another type ("reinforcing efforts
    is cooperation", "reinforcing a commitment is support"): such an event is retyped there, not dropped here."""
    from .retype import rules as retype_rules  # retype.py reads this module: imported when first needed

    out: set[str] = set()
    for rule in retype_rules():
        if ptype not in rule.types:
            continue
        for key, value in rule.conditions:
            if key == "object":
                out.update([value] if isinstance(value, str) else value)
    return frozenset(out)


def _capitalised(tok, r: dict) -> bool:
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.lower_ not in r["not_name_words"] and tok.is_alpha


def _title_case(sent, r: dict) -> bool:
    """Is the sentence written in title case (a headline): most of its longer words capitalised?"""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) >= r["headline_share"] * len(words)


def _programme_name(e: Event, tok, target_tok, r: Any) -> bool:
    """A capitalised trigger noun with a capitalised neighbour in its own phrase ("Caribbean Partnership to Address",
    "Office of Security Cooperation"): the name of a programme, an office or a title."""
    if e.plover_type in r["not_types"] or tok.pos_ not in ("NOUN", "PROPN") or not _capitalised(tok, r) or tok.is_upper:
        return False
    if e.trigger.strip().lower() != tok.lower_:
        return False  # a phrase trigger ("signed the Treaty") is the verb's act
    if _title_case(tok.sent, r):
        return False  # a headline ("$171 Million in USAID Humanitarian Assistance"): every word is capitalised
    # a capitalised modifier of its own, or the capitalised noun it modifies ("Security Cooperation Office")
    if any(c.dep_ in ("compound", "amod") and _capitalised(c, r) for c in tok.children):
        return True
    if tok.dep_ == "compound" and _capitalised(tok.head, r):
        return True
    # "Partnership to Address the Climate Crisis", "Agreement on Trade", "Office of Security Cooperation"
    for c in tok.children:
        if c.dep_ in ("prep", "acl") and c.i == tok.i + 1 and c.lower_ in r["joiners"]:
            nxt = tok.doc[c.i + 1] if c.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "the" and nxt.i + 1 < len(tok.doc):
                nxt = tok.doc[nxt.i + 1]
            if nxt is not None and _capitalised(nxt, r) and nxt.ent_type_ not in ("GPE", "NORP", "PERSON"):
                return True
    # "... of Security Cooperation": the trigger is the capitalised object of a name's joiner after a capitalised word
    if tok.dep_ == "pobj" and tok.head.lower_ in r["joiners"] and tok.head.head.i != tok.head.i:
        owner = tok.head.head
        if _capitalised(owner, r) and owner.ent_type_ not in ("GPE", "NORP", "PERSON") and owner.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _legal_appeal(e: Event, tok, target_tok, r: Any) -> bool:
    """ "ruled on the appeal of that decision", "an appeal against the verdict", "filed an appeal"."""
    if e.plover_type not in r["types"] or not _word(tok, r["nouns"]) or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and _word(c, r["modifiers"]) for c in tok.children):
        return True
    for c in _prep_children(tok, frozenset({"of", "against"})):
        if any(_word(o, r["of_objects"]) for o in _pobjs(c)):
            return True
    head = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass") and _word(head, r["governors"]):
        return not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in tok.children)  # "an appeal to X for Y"
    if tok.dep_ == "pobj" and head.lower_ == "on" and _word(head.head, r["governors"]):
        return True
    return False


def _rhetoric_talk(e: Event, tok, target_tok, r: Any) -> bool:
    """ "Russia's loose talk about its nuclear weapons": words, no consultation."""
    if e.plover_type not in r["types"] or tok.pos_ != "NOUN" or tok.lower_ not in r["nouns"]:
        return False  # "going to talk to Putin" (the verb) is a talk held
    if e.trigger.strip().lower() != tok.lower_:
        return False
    return not _prep_children(tok, r["keep_preps"])


def _deliver_sense(e: Event, tok, target_tok, r: Any) -> bool:
    """ "democracies can deliver for their citizens", "deliver the State of the Union": performing, no aid."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not objs:  # "the weapons delivered to Kyiv": the noun is the object; "deliver to Ukraine more tanks": a transfer
        return tok.dep_ not in ("acl", "relcl", "amod") and not _prep_children(tok, r["transfer_preps"])
    return all(o.ent_type_ in r["name_ents"] for o in objs)


def _object_sense(e: Event, tok, target_tok, r: Any) -> bool:
    """ "executed coordinated exercises", "we'll seize it" (an opportunity named before): a verb in another sense, by
    its object word; a pronoun object stands for a noun of the list named before it in the sentence (h40sense)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for rule in r:
        if e.plover_type not in rule["types"] or not _word(tok, rule["verbs"]):
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if rule.get("complements"):
            objs += [c for c in tok.children if c.dep_ in ("acomp", "oprd", "attr")]  # "pleaded guilty" (h43plea)
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            objs.append(tok.head)  # "the plan executed by ...", "seized opportunities"
        for o in objs:
            if _word(o, rule["objects"]):
                return True
            if o.pos_ == "PRON" and o.lower_ in ("it", "this", "that"):
                if any(t.i < o.i and t.pos_ == "NOUN" and _word(t, rule["objects"]) for t in tok.sent):
                    return True
    return False


def _own_return(e: Event, tok, target_tok, r: Any) -> bool:
    """ "Ambassador Sullivan returning to Moscow", "diplomats will return to Kyiv": one's own travel, no retreat;
    "return Burma to a path of democracy": a state restored. A thing or a people returned keeps its event."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return False
    places = [g for p in _prep_children(tok, frozenset({"to", "into"})) for g in _pobjs(p)]
    if any(c.dep_ in _OBJECTS for c in tok.children):
        return any(_word(g, r["states"]) for g in places)  # "return Tunisia to its democratic path"
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False  # "the islands returned to Argentina": the noun is what is returned
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ in ("xcomp", "ccomp"):  # "helped the refugees return"
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "dobj", "obj")]
    if any(_word(c, r["keep_subjects"]) for c in subjects):
        return False  # a displaced people going home
    return not any(_word(g, r["pullback_places"]) for g in places)  # "return to their previous positions": a pull-back


def _in_clause(tok, top) -> bool:
    """Is ``tok`` inside a relative or adverbial clause (or a participle) below ``top``?"""
    seen = 0
    while tok.i != top.i and tok.head.i != tok.i and seen < 24:
        if tok.dep_ in ("relcl", "advcl", "acl"):
            return True
        tok, seen = tok.head, seen + 1
    return False


def _allowed_thing(e: Event, tok, target_tok, r: Any) -> bool:
    """ "that will allow us to work with our partners", "allowed Hong Kong citizens more freedom": what is allowed is
    no access, entry, passage, aid or scrutiny, so no RETREAT; "allow consular access", "allowed the fighters to
    cross into Afghanistan", "let the inspectors in" keep it."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and _word(m, r["admission_marks"]) for m in c.children):
            return False  # "allowed that the town is no easy place to hold": an admission, left as it was coded
        if c.dep_ in ("xcomp", "ccomp", "advcl") and _word(c, r["moves"]):
            return False  # "allow the goods to reach Cuba"
        if c.dep_ in ("dobj", "obj", "dative", "nsubjpass", "xcomp", "ccomp", "prt", "advmod", "prep", "oprd"):
            phrase = [g for g in c.subtree if g.i != tok.i and not _in_clause(g, c)]
            if any(_word(g, r["access"]) for g in phrase):
                return False
    return True


def _question(e: Event, tok, target_tok, r: Any) -> bool:
    """ "asked Biden about the balloon", "asked the minister whether ...": a question, no request."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    if _prep_children(tok, r["request_preps"]) or any(c.dep_ == "xcomp" for c in kids):
        return False  # "asked Germany for tanks", "asked the UN to send peacekeepers"
    if any(c.dep_ == "dobj" and c.pos_ != "PRON" and c.ent_type_ not in PARTY_ENTS and not _is_party(c) for c in kids):
        return False  # "asked a favour", "asked permission": the thing asked for
    if _prep_children(tok, r["question_preps"]):
        return True
    return any(
        c.dep_ in ("ccomp", "advcl") and any(g.lower_ in r["question_marks"] and g.i < c.i for g in c.subtree) for c in kids
    )


def _described_talks(e: Event, tok, target_tok, r: Any) -> bool:
    """ "the most stringent verification regime ever negotiated": a participle that describes a thing, no talks told."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.tag_ != "VBN" or tok.dep_ not in r["deps"]:
        return False
    if any(c.dep_ == "agent" for c in tok.children) or _prep_children(tok, r["partner_preps"]):
        return False
    return tok.head.pos_ == "NOUN" and not _is_party(tok.head)


def _conj_top(tok):
    """The first conjunct of ``tok``'s coordination ("of violating ... and sending": "violating")."""
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 8:
        tok, seen = tok.head, seen + 1
    return tok


def _accusation_content(e: Event, tok, target_tok, r: Any) -> bool:
    """ "accused Biden of siding with criminals", "blamed Russia for shelling the town": the act alleged (the gerund or
    noun of the allegation verb's "of"/"for" phrase, or a conjunct of it) is no act of the sentence."""
    top = _conj_top(tok)
    if top.dep_ == "advcl" and top.tag_ == "VBG" and _word(top.head, r["verbs"]):
        # "accused X of violating A, ignoring B and sending C": the parser hangs the rest of the list on the verb
        return any(
            c.dep_ == "prep" and c.lower_ in r["preps"] and c.i < top.i and any(g.tag_ == "VBG" for g in _pobjs(c))
            for c in top.head.children
        )
    if top.dep_ not in ("pcomp", "pobj") or top.head.dep_ != "prep" or top.head.lower_ not in r["preps"]:
        return False
    verb = top.head.head
    return verb.i != top.head.i and verb.pos_ in ("VERB", "AUX") and _word(verb, r["verbs"])


def _advised_act(e: Event, tok, target_tok, r: Any, source_tok=None) -> bool:
    """ "advised her to kill her parents": the infinitive under a verb of advice with an object, coded with that verb's
    own subject as its doer."""
    if source_tok is None or tok.dep_ not in ("xcomp", "ccomp") or not infinitive(tok):
        return False
    verb = tok.head
    if verb.i == tok.i or not _word(verb, r["verbs"]) or not any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:  # "sent her videos and advised her to ...": the subject of the first conjunct
        subjects = [c for c in _conj_top(verb).children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(source_tok.i in {t.i for t in s.subtree} for s in subjects)


def _talked_about(e: Event, tok, target_tok, r: Any, source_tok=None) -> bool:
    """ "we talked about this in recent weeks", "has spoken to this", "talked of being cast": words about a thing, no
    talks with a partner."""
    if e.plover_type not in r["types"] or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return False
    if e.trigger.strip().lower() != tok.lower_:
        return False  # a phrase trigger ("had talks with") is coded as such
    if _prep_children(tok, r["partner_preps"]) or any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children):
        return False
    for c in _prep_children(tok, frozenset({"to"})):
        if any(not _word(o, r["topic_words"]) for o in _pobjs(c)):
            return False  # "spoke to Macron": a listener
    if not _prep_children(tok, r["topic_preps"]) and not _prep_children(tok, frozenset({"to"})):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if source_tok is not None and not any(source_tok.i in {t.i for t in s.subtree} for s in subjects):
        # the doer is not the verb's own subject: a joint "we"/"they" of two parties named before ("X came to Berlin,
        # and we talked about this issue", "They had an opportunity ... to talk about"): talks held
        return False
    if target_tok is None:
        return True
    return not any(target_tok.i in {t.i for t in s.subtree} for s in subjects)  # "Putin and Xi talked about trade"


def _comparison(e: Event, tok, target_tok, r: Any, source_tok=None) -> bool:
    """ "proceed similarly to the impeachment trial of Clinton in 1998": an act named in a comparison, coded with the
    one who compares as its doer."""
    if tok.pos_ not in ("NOUN", "PROPN") or source_tok is None or source_tok.i in {t.i for t in tok.subtree}:
        return False
    cur, seen = tok, 0
    while cur.dep_ in ("pobj", "conj", "compound", "appos") and cur.head.i != cur.i and seen < 4:
        if cur.dep_ == "pobj":
            prep = cur.head
            if prep.lower_ in r["preps"]:
                return True
            if prep.lower_ in r["head_preps"] and (
                _word(prep.head, r["heads"])
                or any(c.dep_ in ("advmod", "acomp") and c.i == prep.i - 1 and _word(c, r["heads"]) for c in prep.head.children)
            ):
                return True  # "similar to", "compared with", "proceed similarly to"
            return False
        cur, seen = cur.head, seen + 1
    return False


def _business_affairs(e: Event, tok, target_tok, r: Any, source_tok=None) -> bool:
    """ "UpGuard emailed Amazon Web Services informing them": two firms the sentence back-off paired by name."""
    if e.plover_type not in r["types"] or e.source is None or e.target is None:
        return False
    if e.source.country or e.target.country or source_tok is None or target_tok is None:
        return False
    spans = (e.source_span or {}, e.target_span or {})
    if any(s.get("tier") != r["tier"] for s in spans):
        return False
    if not all((p.actor_id or "").startswith(tuple(r["unresolved_prefixes"])) for p in (e.source, e.target)):
        return False
    ents = {x.upper() for x in r["ents"]}  # the tagger takes some firm names for people ("UpGuard"): one firm is enough
    return source_tok.ent_type_ in ents or target_tok.ent_type_ in ents


# -- classes that take a side out of an event (the event stays): (section, side, test) ------------------------------


def _quoted_description(e: Event, tok, side_tok, r: Any) -> str | None:
    """'X called the death "the senseless killing of a journalist"': the speaker outside the quote is not the doer of
    the act the quote names."""
    from .quoted import _quoted

    if e.plover_type not in r["types"] or tok.pos_ != "NOUN" or side_tok is None:
        return None
    if not _quoted(tok) or _quoted(side_tok) or side_tok.sent.start != tok.sent.start:
        return None
    if any(c.dep_ == "poss" for c in tok.children) or any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children):
        return None  # "Russia's killing of", "the killing by the soldiers": the act's own doer
    seen = 0  # up from the name to the head of the speaker's phrase ("Phil Chetwynd, director of ...", "Kenyan minister")
    while side_tok.dep_ in ("compound", "flat", "amod", "appos", "nmod", "poss") and side_tok.head.i != side_tok.i and seen < 6:
        side_tok, seen = side_tok.head, seen + 1
    if side_tok.dep_ != "nsubj":
        return None
    verb = side_tok.head
    return "speaker" if _word(verb, r["verbs"]) and tok.i not in {t.i for t in side_tok.subtree} else None


def _inside(side_tok, tok, preps: frozenset[str]) -> Any:
    """The preposition of ``tok`` (one of ``preps``) whose phrase holds ``side_tok`` with no other preposition between
    ("for Uganda's independence": yes; "for their country against Russia": Russia is the "against" phrase's), else None."""
    cur, seen = side_tok, 0
    while cur.head.i != cur.i and seen < 12:
        if cur.dep_ in ("prep", "agent"):
            return cur if cur.head.i == tok.i and cur.lower_ in preps else None
        cur, seen = cur.head, seen + 1
    return None


def _cause_phrase(e: Event, tok, side_tok, r: Any) -> str | None:
    """ "fought for Uganda's independence", "devoted his life to fight for South Sudan": a beneficiary, no side."""
    if e.plover_type not in r["types"] or side_tok is None or not _word(tok, r["verbs"]):
        return None
    return "beneficiary" if _inside(side_tok, tok, r["preps"]) is not None else None


def _people_carried(tok, r: Any) -> bool:
    """Are the ones the verb carries people ("Navalny was airlifted", "evacuated its diplomats"), not goods?"""
    ents = r["people_ents"]  # read lower-cased (nonacts.rules)
    for c in tok.children:
        if c.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        words = [c, *(g for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for g in g.children if g.dep_ == "pobj")]
        if any(w.pos_ == "PRON" or w.ent_type_.lower() in ents or _word(w, r["people"]) for w in words):
            return True  # "Hundreds of Afghans", "its diplomats", "him"
    return False


def _destination(e: Event, tok, side_tok, r: Any) -> str | None:
    """ "was airlifted from Omsk to Berlin, Germany", "were evacuated to Qatar": a place of arrival, no side."""
    if e.plover_type not in r["types"] or side_tok is None or not _word(tok, r["verbs"]) or tok.pos_ not in ("VERB", "AUX"):
        return None
    prep = _inside(side_tok, tok, r["preps"])
    if prep is None or not _people_carried(tok, r):
        return None
    places = [o for o in _pobjs(prep)]
    places += [a for o in places for a in o.children if a.dep_ in ("appos", "conj", "npadvmod")]
    ents = r["place_ents"]  # read lower-cased (nonacts.rules)
    return "location" if any(p.ent_type_.lower() in ents for p in [*places, side_tok]) else None


def _condemned_victim(e: Event, tok, side_tok, r: Any) -> str | None:
    """ "condemned the missile strikes on Erbil": the victim of the act condemned is no side of the condemnation."""
    if e.plover_type not in r["types"] or side_tok is None or not _word(tok, r["verbs"]):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [  # "concerned by the attacks on Marib" (the parser's "by" may be an agent)
        o for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in r["act_preps"] for o in _pobjs(c)
    ]
    for obj in objs:
        for noun in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
            if _word(noun, r["attack_nouns"]) and _inside(side_tok, noun, r["victim_preps"]) is not None:
                return "topic"
    return None


def _named_event_part(e: Event, tok, side_tok, r: Any) -> str | None:
    """ "welcomed the second Defense Cyber Dialogue", "lauded the Indo-Pacific Military Health Exchange": a word of
    the name of an event that a verb of judgement takes is no party judged; a country (or an international body) in
    the name stays ("welcomed the U.S.-India Dialogue", "welcomed the NATO Summit")."""
    if e.plover_type not in r["types"] or side_tok is None or not _word(tok, r["verbs"]):
        return None
    party = e.target
    state = party is not None and party.actor_id is not None and party.actor_id == party.country
    if party is None or state or (party.actor_id or "").startswith(tuple(r["body_prefixes"])):
        return None
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
        named = obj.pos_ == "PROPN" or obj.text[:1].isupper()
        if named and _word(obj, r["event_nouns"]) and side_tok.i < obj.i and _under(side_tok, obj):
            return "topic"
    return None


_SIDE_CLASSES = (
    ("named_event_parts", "target", _named_event_part),
    ("quoted_descriptions", "source", _quoted_description),
    ("cause_phrases", "target", _cause_phrase),
    ("destinations", "target", _destination),
    ("condemned_victims", "target", _condemned_victim),
)


def _demote(e: Event, side: str, role: str) -> None:
    """Take ``side`` out of ``e``: a beneficiary or a location is kept among the participants, a speaker is left out."""
    party = getattr(e, side)
    span = getattr(e, f"{side}_span")
    if role != "speaker" and party is not None:
        kept = {"role": role, "start": party.start, "end": party.end, "text": (span or {}).get("text") or party.name}
        if party.actor_id:
            kept["actor_id"] = party.actor_id
        if party.country:
            kept["country"] = party.country
        e.participants = [*e.participants, kept]
    setattr(e, side, None)
    setattr(e, f"{side}_span", None)


# the classes of data/nonacts.yaml, in the order they are tried: (section, test(event, trigger, target token, section))
_CLASSES = (
    ("hosted_events", _hosted_event),
    ("naming_participles", _naming),
    ("topic_modifiers", _topic_modifier),
    ("particles", _particle),
    ("needed_particles", _wanting_particle),
    ("campaign_rallies", _campaign_rally),
    ("courtesy_thanks", _courtesy_thanks),
    ("unknown_cargo", _unknown_cargo),
    ("danger_nouns", _danger),
    ("support_phrases", _support_phrase),
    ("functioning", _functioning),
    ("relation_states", _relation_state),
    ("dialogue_states", _relation_state),
    ("beliefs", _belief),
    ("attempts", _attempt),
    ("shared_views", _shared_view),
    ("discussed_topics", _discussed_topic),
    ("documents", _document),
    ("generic_commitments", _generic_commitment),
    ("defended_things", _defended_thing),
    ("strengthened_things", _strengthened_thing),
    ("programme_names", _programme_name),
    ("legal_appeals", _legal_appeal),
    ("rhetoric_talk", _rhetoric_talk),
    ("deliver_sense", _deliver_sense),
    ("object_senses", _object_sense),
    ("own_returns", _own_return),
    ("allowed_things", _allowed_thing),
    ("questions_asked", _question),
    ("described_talks", _described_talks),
    ("accusation_content", _accusation_content),
)
# classes that also read the source's token
_SOURCE_CLASSES = (
    ("advised_acts", _advised_act),
    ("talked_about", _talked_about),
    ("comparisons", _comparison),
    ("business_affairs", _business_affairs),
)


def matches(e: Event, tok, target_tok=None, source_tok=None) -> str | None:
    """The name of the class that makes ``e`` (trigger token ``tok``) no event, or None."""
    r = rules()
    found = next((name for name, test in _CLASSES if name in r and test(e, tok, target_tok, r[name])), None)
    if found is None:
        found = next((n for n, test in _SOURCE_CLASSES if n in r and test(e, tok, target_tok, r[n], source_tok)), None)
    return found


def side_out(e: Event, tok, source_tok=None, target_tok=None) -> tuple[str, str, str] | None:
    """(class, side, role) of the class that takes a side out of ``e``, or None."""
    r = rules()
    for name, side, test in _SIDE_CLASSES:
        if name in r and getattr(e, side) is not None:
            role = test(e, tok, source_tok if side == "source" else target_tok, r[name])
            if role:
                return name, side, role
    return None


def drop(events: list[Event], tokens) -> list[Event]:
    """The events no class of ``data/nonacts.yaml`` matches; ``tokens.at(offset)`` gives (token, segment start)."""
    out = []
    demoted: set[int] = set()
    for e in events:
        tok, _ = tokens.at(e.trigger_start)
        if tok is None:
            out.append(e)
            continue
        target_tok = None  # the first word of the target's phrase as written ("its" in "its provocations"), else its actor
        if e.target_span is not None and e.target_span.get("start") is not None:
            target_tok, _ = tokens.at(e.target_span["start"])
        if target_tok is None and e.target is not None and e.target.start is not None:
            target_tok, _ = tokens.at(e.target.start)
        source_tok = None
        if e.source is not None and e.source.start is not None:
            source_tok, _ = tokens.at(e.source.start)
        if matches(e, tok, target_tok, source_tok) is not None:
            continue
        actor_tok = target_tok  # the side's own actor ("Germany" in "Berlin, Germany"), for the side classes
        if e.target is not None and e.target.start is not None:
            actor_tok = tokens.at(e.target.start)[0] or target_tok
        out_side = side_out(e, tok, source_tok, actor_tok)
        if out_side is not None:
            _demote(e, out_side[1], out_side[2])
            demoted.add(id(e))
        out.append(e)
    # a side taken out may leave a copy of an event the trigger also gives with a side kept ("Afghans were evacuated
    # to Qatar": the Afghans' event stays, Qatar's goes)
    kept = {
        (x.trigger_start, x.plover_type) for x in out if id(x) not in demoted and x.target is not None and x.source is not None
    }
    return [x for x in out if id(x) not in demoted or (x.trigger_start, x.plover_type) not in kept]


__all__ = ["drop", "matches", "rules", "side_out"]
