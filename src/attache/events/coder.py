"""The event coder: triggers, arguments, coding, factuality, date, domain.

Reads the one spaCy pass (``nlp.Parsed``) and the actor mentions already
resolved for the article; never re-parses. For each sentence:

1. triggers: verbs and nouns from ``data/triggers.yaml`` by lemma, and verb +
   object pairs ("slapped a tariff", "held talks"), which decide over the
   words alone; the coder's own additions, governing verbs ("threatened to",
   "refused to", "offered to"), allegations ("claims that X did Y": ACCUSE by
   the speaker), "X said Y must ..." (REQUEST) and attitude adjectives
   ("concerned by") come from ``data/arguments.yaml``; a trigger word inside a
   name or title ("Test Ban Treaty") is not an event;
2. arguments from the syntax, by rules in ``data/arguments.yaml``: subject
   (through "said it would", reduced relatives), object, prepositions read by
   event type (a topic, place, beneficiary or instrument becomes a
   participant with its role, never a side), possessives ("Pakistan's arrest
   of ..."), passive agents, act nouns ("rejected an offer from X"); each side
   keeps the phrase it came from (``source_span``/``target_span``); a subject
   of two ("Rubio and Dar's pledge") makes a symmetric event between them; a
   side the sentence does not name stays empty (a noun event is then kept
   one-sided, a verb event is not coded); a side the syntax did not link but
   the sentence names with a country is chosen by order (``fallback.py``,
   marked ``"how": "order"`` in its span, lower confidence);
3. coding through the ontology (CAMEO code, root, QuadClass, Goldstein);
4. factuality, date and domain;
5. one record per event: the same event told twice in an article is merged,
   keeping both sentences as evidence.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

import numpy as np

from ..actors.addressed import ADDRESSED
from ..actors.context import CONTEXT_NOTE, issuer_country, publisher
from ..actors.kb import person_id, sovereign
from ..actors.resolve import GATHERED
from ..model import Event, Mention, Party
from ..nlp import Parsed
from ..nlp.repair import DAY_WORDS, first_conjunct
from . import antecedents, conditional, coref, fallback, messages, places
from .arguments import Arg, _side_rules, _side_words, argument_rules, behind_against, deployed_forces, led_group, own_delegation
from .calibration import calibrate, document_context
from .dates import event_date as own_date
from .dates import fill_dates
from .dates import resolve as resolve_date
from .detect import detect  # learned detection over pairs of parties (events/detect.py, h14detect10)
from .emphasis import charges, reported_by_emphasis
from .factuality import (
    cues,
    factuality,
    infinitive,
    infinitive_host,
    misjoined,
    offered_on,
    own_party,
    phoned,
    prospective,
    told_by_speaker,
)
from .intent import intent_events
from .jurisdiction import place_by_jurisdiction
from .lexicon import general_lexicon, lexicon
from .nonacts import PARTY_ENTS
from .ontology import SYMMETRIC_TYPES, coding, coding_for_cameo
from .quoted import in_quote, own_noun, plural_of_country, possessor_speaker, quote_speaker, speaker_of
from .retype import retype
from .sentence import _side_head, _trigger_token, has_sentence_side
from .speakers import ISSUER, PRESS, SPEAKER, UNKNOWN, SpeakerTurns
from .verbdict import VerbDictionary, VerbMatch

SYMMETRIC = SYMMETRIC_TYPES  # reciprocal types, from plover.yaml (symmetric: true)
ATTITUDE = {"SUPPORT", "ACCUSE", "REJECT"}  # types that judge a party through what it does or has
JUDGING = ("ACCUSE", "REJECT", "PROTEST")  # types aimed at the doer of the thing they are against (h43judged)
MAX_SENT_TOKENS = 300  # longer "sentences" (tables, lists) are cut: bounded time per sentence
MAX_SIDES = 4  # at most 4 x 4 events from one trigger with listed sides
MAX_LISTED = 8  # one doer's act on a list: up to 8 ("delivered to A, B, C, D, E, and to F"; h46listed)


# the coder's word lists, from data/arguments.yaml ``words`` (see the comments there)
_WORDS = argument_rules()["words"]
ARG_PREPS = tuple(_WORDS["arg_preps"])
VERB_PREPS = tuple(_WORDS["verb_preps"])
LIGHT_VERBS = frozenset(_WORDS["light_verbs"])
PRONOUN_TAGS = ("PRP$", "PRP", "WP$")  # a pronoun as possessor or modifier names no party of its own
PATIENT_POSS_NOUNS = frozenset(_WORDS["patient_poss_nouns"])
PATIENT_POSS_TYPES = frozenset(_WORDS["patient_poss_types"])  # PETRARCH-style path only
OF_AGENT_NOUNS = frozenset(_WORDS["of_agent_nouns"])
NOUN_VERBS = frozenset(_WORDS["noun_verbs"])
NAME_ENTS = frozenset(_WORDS["name_ents"])
QUANTIFIERS = frozenset(_WORDS["quantifiers"])
LOCATION_PREPS = frozenset(_WORDS["location_preps"])
FIRST_PERSON = frozenset(_WORDS["first_person"])
FIRST_PERSON_ANY = FIRST_PERSON | {"my", "our"}  # (h40talkof)
MEASURE_NOUNS = frozenset(_WORDS["measure_nouns"])
MESSAGE_NOUNS = frozenset(("message", "letter", "telegram", "note", "word", "expression", "gesture", "statement", "address"))


JOINT = "joint"  # the object mark of a verb told of a joint subject together ("X and Y stand together"; h17joint)
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})  # what a talk noun's talk is about
JOINT_ONLY = "joint-only"  # ... of a position two parties state together, no event when one states it (h19joint)


def _token_at(doc, offset: int, seg_start: int):
    """The token of ``doc`` (a segment's parse starting at ``seg_start``) where the article offset ``offset`` falls."""
    span = doc.char_span(offset - seg_start, offset - seg_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _same_actor(m: Mention | None, other: Mention | None) -> bool:
    """Do two mentions name the same actor (its id, else its name)?"""
    if m is None or other is None:
        return False
    if m.actor_id and other.actor_id:
        return m.actor_id == other.actor_id
    return (m.name or m.text) == (other.name or other.text)


#: how a mention of a generic group of people is read (a role noun, a crowd or attackers told by their place)
_GENERIC_HOW = frozenset({"role-pattern", "place"})


def _two_groups(m: Mention, other: Mention, new_one: bool = False) -> bool:
    """Are two mentions with one actor id two different groups of a country's people ("A man stabbed five people in
    London": GBR.CVL both, two parties)? Only generic groups (an id of country and sector alone, read from a role
    noun) named by different nouns in different places; a pronoun or name resolved to the other is the same. The
    same noun names another group when the later mention brings someone new (``new_one``: "a man", "two women" after
    "he", who was "a man" before; h42generic)."""
    hows = _GENERIC_HOW | {"antecedent"} if new_one else _GENERIC_HOW  # someone new is no pronoun's antecedent
    generic = (m.country and m.actor_id == f"{m.country}.{m.sector}") and m.how in hows and other.how in hows
    named = (m.role or m.text).lower() != (other.role or other.text).lower() or new_one
    return bool(generic) and m.start != other.start and named


#: words that bring a new one of a kind into the text ("a man", "another woman", "two women")
_NEW_ONE = frozenset({"a", "an", "another", "one", "two", "three", "four", "five", "several", "some"})


def _introduced(m: Mention, seg) -> bool:
    """Is the mention ``m`` (in ``seg``) brought in as someone new: an indefinite article or a number before it?"""
    before = seg.doc.text[max(0, m.start - seg.start - 12) : max(0, m.start - seg.start)].split()
    return bool(before) and (before[-1].lower() in _NEW_ONE or before[-1].isdigit())


#: an office spoken to with an honorific and no name ("Mr President", "Madam Prime Minister"; h35guest)
_OFFICE_ONLY = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister|Dear)\.?\s+)*(?:(?:Vice|Deputy|Prime|Federal|Foreign|General)\s+)*"
    r"(?:President|Minister|Chancellor|Secretary|Premier|Chairman|Speaker|Secretary-General|Ambassador)",
)


def _office_only(text: str) -> bool:
    return bool(_OFFICE_ONLY.fullmatch(" ".join(text.split())))


def _glued_cue_colon(sent, before: int | None = None) -> int | None:
    """The colon of a transcript's turn cue glued to a heading, which the speaker turns could not read ("*** Speech
    at ... President of Russia Vladimir Putin: Comrade officers, ..."): the last ":" among the sentence's first 30
    tokens or the 3 before it (the splitter may end a sentence at the cue's colon), before the character offset
    ``before`` of the sentence's doc if given; else None (h35guest, h35audience)."""
    doc = sent.doc
    for t in reversed(doc[max(0, sent.start - 3) : min(sent.end, sent.start + 30)]):
        if t.text == ":" and (before is None or t.idx < before):
            return t.i
    return None


#: the prepositions of a topic told to someone: a noun event in such a phrase of a party's noun is not its act
ABOUT_PREPS = frozenset({"about", "regarding", "concerning"})

#: the parts of speech ``EventCoder._trigger`` reads (besides any verb tag): verbs, nouns, names and adjectives
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
#: the keys of a verb + object rule that add a condition beyond the verb and its object (``_verb_object_rule``)
CONDITION_KEYS = (
    "particle",
    "subjects",
    "adverbs",
    "preps",
    "joint",
    "invert",
    "accused_subject",
    "with_preps",
    "time_limit",
    "to_border",
    "to_country",
    "pair_subject",
    "of_objects",
)


def time_limit(verb, nouns) -> Any:
    """The infinitive a verb of giving sets a time limit for ("gave Ukraine until Friday to withdraw", "gave Hamas 48
    hours to release the hostages", "gave Maduro a deadline to step down"): the verb (or its object noun) has an
    infinitive clause, and the verb an "until"/"till" phrase or an object among ``nouns``; else None (h26ultimatum)."""
    limit = any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children) or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in verb.children
    )
    if not limit:
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return next(
        (
            c
            for h in heads
            for c in h.children
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _owner_only(obj, targets: list, seg) -> list:
    """A judgement of a thing or act a party owns ("opposed the U.S. arms sale to Taiwan", "criticized Washington's
    military aid to Taipei", "condemned Iran's support for the Houthis") is aimed at its owner (the object's possessor
    or a name before it), not at the parties of the thing's own phrases ("to Taiwan": who receives the sale). The
    targets outside the object's prepositional phrases, when one of them is such an owner; else all of them."""
    owners = {t.i for c in obj.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree}
    inner = {t.i for c in obj.children if c.dep_ == "prep" for t in c.subtree}

    where = [t.i if (t := _token_at(obj.doc, a.m.start, seg.start)) is not None else None for a in targets]
    if not any(i in owners for i in where):
        return targets
    return [a for a, i in zip(targets, where) if i not in inner]


def _act_owner_out(obj, sources: list, targets: list, seg, by_token, judged: bool = False) -> list:
    """The act noun a verb carries ("expressed U.S. support for X", "pledged the United States' continued support for
    the Kingdom", "reinforce the close U.S. partnership with India") is owned by its doer: the party of its possessor
    or modifier is no target when it is the source's country or the source has none. A pair of modifiers ("the
    U.S.-Japan partnership") names both parties and is kept (h23owner). ``judged``: an act judged or turned down
    (ACCUSE, REJECT), whose owning body is its target ("blocked EU sanctions")."""
    owners = {t.i for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod") for t in c.subtree}
    if not owners:
        return targets

    owned = [a for a in targets if (t := _token_at(obj.doc, a.m.start, seg.start)) is not None and t.i in owners]
    named = {a.m.country for a in owned} | {by_token[i].country for i in owners if i in by_token}
    if not owned or len(named) > 1:
        return targets  # "the U.S.-India Strategic Partnership": both parties
    own = {s.m.country for s in sources} - {None}
    mine = {s.m.actor_id for s in sources}
    return [
        a
        for a in targets
        if a not in owned
        or (own and a.m.country is not None and a.m.country not in own)
        # a body's act judged is not the doer's ("Hungary blocked EU sanctions on Russian oil": the EU's; h26block)
        or (judged and own and a.m.country is None and a.m.kind == "igo" and a.m.actor_id not in mine)
    ]


class _Frames(NamedTuple):
    """Clauses of a sentence that frame another act: governing verbs ("threatened to"), allegations ("claims
    that"), obligations ("said X must"); ``skip``: complement words they take over."""

    governed: dict
    allegations: dict
    obligations: dict
    skip: set
    bare: dict  # "Russia must end its attacks" in a government's own text: the author's demand


@lru_cache(maxsize=1)
def _actor_heads() -> frozenset[str]:
    """Head words of titles and group nouns ("minister", "officials", "troops"): phrases that name actors."""
    from ..actors.kb import load_roles

    roles = load_roles()
    words = {phrase.split()[-1] for phrase in list(roles.titles) + list(roles.groups)}
    return frozenset(words | set(argument_rules().get("actor_nouns") or []))


def _from_names_doer(ptype: str, lemma: str) -> bool:
    """Does a noun event's (or its verb of undergoing's) "from" phrase name its doer ("protests from Belgrade", "cyber
    attacks from Russia"; arguments.yaml ``noun_from_sources``), the noun being no weapon whose "from" is its origin
    (``noun_from_not``: "drones from Iran"; h40from)?"""
    rules = _side_rules()
    return ptype in rules["noun_from_sources"] and lemma not in rules.get("noun_from_not", ())


def issuer_of(article) -> tuple[str, str] | None:
    """(country, name) of the government that publishes ``article`` (its publisher, as actors/context.py reads it,
    is a government of a known country), else None."""
    info = publisher(article) if article is not None else None
    if info is None or not issuer_country(info):
        return None
    return (info.country, info.name)


def _infinitive_advcl(verb) -> bool:
    """A "to" infinitive the parser hangs as an adverbial clause ("called on Egypt on Monday to free a blogger": the
    day between makes it a purpose clause; h33appeal)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _as_participle(verb) -> bool:
    """A past participle hung on the clause above by "as" ("..., as discussed by X and Y", "as agreed by the leaders"):
    what it tells of is the clause above, whose subject neither does nor undergoes it."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _loose_infinitive(verb) -> bool:
    """An infinitive the small parser left loose under another ("to honor its obligations, to immediately cease this
    bloodshed, withdraw its troops": "cease" hangs as ``dep`` of "honor"): it continues the infinitive above, whose
    subject it shares (h27demand)."""
    return verb.dep_ == "dep" and verb.head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# the coder's word lists of the thirty-second session, from data/arguments.yaml ``words`` (comments there)
IRREGULAR_PAST = dict(_WORDS["irregular_past"])  # (h32forgive)
NOMINAL_VERBS = dict(_WORDS["nominal_verbs"])  # (h32nominal)
# the keys of a plain verb + object rule (no condition beyond its words)
PLAIN_RULE_KEYS = frozenset({"verbs", "objects", "type", "mode", "particle", "direct"})
GROUP_HEADS = frozenset(_WORDS["group_heads"])  # (h32named)
DEMAND_VERBS = frozenset(_WORDS["demand_verbs"])  # (h32demanding)
# the spans' "how" of a side not read by the syntax: the MARKs of fallback.py, sentence.py, detect.py and rerank.py
GUESSED_SIDES = frozenset({"order", "sentence", "detect", "rerank"})
GENERIC_VICTIMS = frozenset(_WORDS["generic_victims"])  # (h32seat)
ATTACKED_SEATS = frozenset(_WORDS["attacked_seats"])  # (h32seat)
EXERCISE_WORDS = frozenset(_WORDS["exercise_words"])  # (h32aimed)
OWNER_SECTORS = frozenset(_WORDS["owner_sectors"])  # (h32owner)
PROTESTER_WORDS = frozenset(_WORDS["protester_words"])  # (h33riot)
PROTEST_PARTICIPLES = frozenset(_WORDS["protest_participles"])  # (h33riot)
NO_RIOT_SECTORS = frozenset(_WORDS["no_riot_sectors"])  # (h33riot)
# the prepositions whose object is the one asked to act ("called on X to ..."; h33appeal). Not "to": "appealed to the
# United States and Britain to share intelligence" made one of the two asked the other's partner (gold11 dev)
ASKED_PREPS = frozenset({"on", "upon"})
RIOT_CLAUSE_VERBS = DEMAND_VERBS | {"protest"}  # a clause of demanding or protesting makes a crowd's violence a riot
TOLD_VERBS = frozenset(_WORDS["told_verbs"])  # (h33told)
INTENT_MODALS = frozenset(_WORDS["intent_modals"])  # (h33told)


_PERSON_OF = {"i": 1, "me": 1, "we": 1, "us": 1, "you": 2, "he": 3, "him": 3, "she": 3, "her": 3, "it": 3, "they": 3, "them": 3}
_NUMBER_OF = {"i": 1, "me": 1, "he": 1, "him": 1, "she": 1, "her": 1, "it": 1, "we": 2, "us": 2, "they": 2, "them": 2}


def _pronoun_agrees(pron, up) -> bool:
    """May the subject ``up`` of the clause above be what the pronoun ``pron`` stands for? Not when both are personal
    pronouns of another person or number ("if they choose ..." under "we are prepared"; "he" under "they"), nor a
    third-person singular under a plural noun subject ("if it invades ..." under "the allies will respond")."""
    a, b = pron.lower_, up.lower_
    if a not in _PERSON_OF:
        return True
    if b in _PERSON_OF:
        return _PERSON_OF[a] == _PERSON_OF[b] and _NUMBER_OF.get(a) == _NUMBER_OF.get(b)  # "you": no number
    if up.pos_ == "PRON":
        return True
    # (a plural common noun only: "The United States said it ...", "the Philippines said it ..." are one party)
    return not (_PERSON_OF[a] == 3 and _NUMBER_OF.get(a) == 1 and up.tag_ == "NNS" and up.pos_ != "PROPN")


class EventCoder:
    """Codes events from the lexicon; with ``verbs`` (a PETRARCH verb-pattern dictionary), verbs the
    dictionary knows are coded as it says, and a verb it knows but codes nothing for yields no event."""

    _visits: tuple = ()  # (visitor, place) of the visits told in the sentence being coded (``_hosts``)
    # (the article's history list, sender, addressee) of the newest message told in the article (events/messages.py)
    _message: tuple = ()

    def __init__(self, verbs: VerbDictionary | None = None) -> None:
        self.verbs = verbs
        self.lex = lexicon()
        # the broad fallback lexicon (triggers_general.yaml); not with a user's verb dictionary, which then
        # decides alone over the verbs it knows, and the main lexicon over the rest, as before
        self.general = general_lexicon() if verbs is None else None
        self.domain_words = {d: tuple(w.lower() for w in words) for d, words in cues()["domains"].items()}
        rules = argument_rules()
        self.governing = {k: (v[0], v[1]) for k, v in rules["governing"].items()}
        self.cooperative = set(rules["cooperative_complement"])
        kept = rules.get("offered_acts") or {}
        self.offered_words = frozenset(kept.get("governing") or ())
        self.offered_types = frozenset(kept.get("types") or ())
        self.offered_infinitive = frozenset(kept.get("infinitive_only") or ())  # h42agreedto
        self.extra_verbs = {k: (v[0], v[1]) for k, v in rules["verbs"].items()}
        self.particle_required = {k: set(v) for k, v in (rules.get("particle_required") or {}).items()}
        self.object_required = set(rules.get("object_required") or ())
        self.no_object = frozenset(rules.get("no_object") or ())
        self.prep_required = {k: set(v) for k, v in (rules.get("prep_required") or {}).items()}
        self.joint_words = {k: frozenset(v) for k, v in (rules.get("joint_words") or {}).items()}
        self.joint_documents = frozenset(rules.get("joint_documents") or ())
        self.noun_party_required = frozenset(rules.get("noun_party_required") or ())
        self.noun_not_objects = {k: frozenset(v) for k, v in (rules.get("noun_not_objects") or {}).items()}
        self.adjectives = {k: (v[0], v[1]) for k, v in (rules.get("adjectives") or {}).items()}
        self.actor_object = frozenset(rules.get("actor_object") or ())
        self.statehood_nouns = frozenset(rules.get("statehood_nouns") or ())
        self.party_targets_only = frozenset(rules.get("party_targets_only") or ())
        self.mediator_verbs = frozenset(rules.get("mediator_verbs") or ())
        fact = cues()["factuality"]
        self.gatherings = frozenset(fact.get("gatherings") or ())
        self.gathering_preps = frozenset(fact.get("gathering_preps") or ())
        self.body_gathering_verbs = frozenset(fact.get("body_gathering_verbs") or ())
        self.thing_place_preps = frozenset(_side_rules()["place_preps"]) - {"from"}  # where a thing acted on is
        self.thing_place_kinds = places.rules()["local_doers"]["place_kinds"]
        self.topic_object_verbs = frozenset(rules.get("topic_object_verbs") or ())
        self.governing_fronted = frozenset(rules.get("governing_fronted") or ())
        # "Russia's threat to cut gas supplies to Belarus": a governing verb's noun (h32govnoun)
        self.governing_nouns = {n: v for n, v in (rules.get("governing_nouns") or {}).items() if v in self.governing}
        channel = rules.get("channels") or {}
        self.channel_verbs = frozenset(channel.get("verbs") or ())
        self.channel_nouns = frozenset(channel.get("nouns") or ())
        self.channel_preps = frozenset(channel.get("preps") or ())
        self.channel_sectors = frozenset(channel.get("sectors") or ())
        self.symmetric_verbs = frozenset(rules.get("symmetric_verbs") or ())
        self.mutual_objects = frozenset(rules.get("mutual_objects") or ())
        self.offering_verbs = frozenset(rules.get("offering_verbs") or ())
        self.offering_mutual = frozenset(rules.get("offering_mutual_objects") or ())
        self.offering_mutual_verbs = frozenset(rules.get("offering_mutual_verbs") or ())
        self.one_sided_verb_types = frozenset(rules.get("one_sided_verb_types") or ())
        self.one_sided_clause_deps = frozenset(rules.get("one_sided_clause_deps") or ())
        self.one_sided_passive_deps = frozenset(rules.get("one_sided_passive_deps") or ())
        self.own_state_types = frozenset(rules.get("own_state_types") or ())
        self.non_party_conjuncts = frozenset(rules.get("non_party_conjuncts") or ())
        self.non_party_markers = frozenset(rules.get("non_party_conjunct_markers") or ())
        self.own_state_sectors = frozenset(rules.get("own_state_sectors") or ())
        self.topic_object_types = frozenset(rules.get("topic_object_types") or ())
        self.honour_nouns = frozenset(rules.get("honour_nouns") or ())
        self.verdict_adjectives = frozenset(rules.get("verdict_adjectives") or ())
        yaml_on = {True: "on", False: "off"}  # YAML 1.1 reads a bare on/off as a boolean
        self.behest_preps = frozenset(yaml_on.get(p, p) for p in rules.get("behest_preps") or ())
        self.circumstance_preps = frozenset(rules.get("circumstance_preps") or ())
        self.behest_nouns = frozenset(rules.get("behest_nouns") or ())
        self.gathering_heads = frozenset(rules.get("gathering_heads") or ())
        self.document_words = frozenset(rules.get("document_words") or ())
        self.extra_nouns = {k: (v[0], v[1]) for k, v in (rules.get("nouns") or {}).items() if " " not in k}
        self.phrase_nouns = {k: (v[0], v[1]) for k, v in (rules.get("nouns") or {}).items() if " " in k}
        givers = rules.get("givers") or {}
        self.giver_nouns = frozenset(givers.get("nouns") or ())
        self.giver_copulas = frozenset(givers.get("copulas") or ())
        self.giver_preps = frozenset(givers.get("preps") or ())
        changes = rules.get("relation_changes") or {}
        self.relation_change_nouns = {w: tuple(k.split("/")) for k, ws in (changes.get("nouns") or {}).items() for w in ws}
        self.relation_words = frozenset(changes.get("relations") or ())
        self.relation_words_not_after = frozenset(changes.get("not_under") or ())
        self.noun_modifiers = {k: set(v) for k, v in (rules.get("noun_modifier_required") or {}).items()}
        self.noun_of = {k: set(v) for k, v in (rules.get("noun_of_required") or {}).items()}  # h45exchange
        self.noun_addressed = frozenset(rules.get("noun_addressed_required") or ())  # h46thoughts
        self.allegation_verbs = set(rules["allegation_verbs"])
        yaml_words = {True: "on", False: "off"}  # YAML 1.1 reads a bare on/off as a boolean
        self.prep_roles = {k: {yaml_words.get(p, p): r for p, r in v.items()} for k, v in rules["preps"].items()}
        self.verb_prep_roles = {
            k: {yaml_words.get(p, p): r for p, r in (v or {}).items()} for k, v in (rules.get("verb_preps") or {}).items()
        }
        self.non_visitors = frozenset(rules.get("non_visitors") or ())
        self.adjective_preps = {k: frozenset(v or ()) for k, v in (rules.get("adjective_preps") or {}).items()}
        asylum = rules.get("asylum") or {}
        self.asylum_types = frozenset(asylum.get("types") or ())
        self.asylum_words = frozenset(asylum.get("words") or ())
        harm_in = rules.get("harm_in") or {}
        self.harm_in_types = frozenset(harm_in.get("types") or ())
        self.harm_in_preps = frozenset(harm_in.get("preps") or ())
        self.harm_in_verbs = frozenset(harm_in.get("verbs") or ())
        self.harm_in_dying = frozenset(harm_in.get("dying") or ())
        self.place_targets = set(rules["place_targets"])
        self.own_place_people = frozenset(rules.get("own_place_people") or ())
        self.imposing_verbs = frozenset(rules.get("imposing_verbs") or ())
        self.carrying_participles = frozenset(rules.get("carrying_participles") or ())
        self.carrying_preps = frozenset(rules.get("carrying_preps") or ())
        self.acted_on_preps = frozenset(rules.get("acted_on_preps") or ())
        offers = rules.get("offers") or {}
        self.offer_answers = frozenset(offers.get("types") or ())
        self.offer_nouns = frozenset(offers.get("nouns") or ())
        self.offer_receivers = frozenset(offers.get("receivers") or ())
        self.offer_senders = frozenset(offers.get("senders") or ())
        hostile = rules.get("hostile_purpose") or {}
        self.hostile_purpose = {k: frozenset(hostile.get(k) or ()) for k in ("types", "verbs")}
        self.agreeing_verbs = frozenset(rules.get("agreeing_verbs") or ())
        self.border_nouns = frozenset(rules.get("border_nouns") or ())
        self.leading_verbs = own_delegation()[0]  # (h47lead)
        self.border_adjectives = frozenset(rules.get("border_adjectives") or ())  # h39close
        self.captive_participles = frozenset(rules.get("captive_participles") or ())  # h39held
        self.permitting_verbs = frozenset(rules.get("permitting_verbs") or ())
        self.effort_verbs = frozenset(rules.get("effort_verbs") or ())
        self.decision_verbs = frozenset(_side_rules().get("decision_verbs") or ())
        self.aimed_participles = {k: frozenset(v) for k, v in (rules.get("aimed_participles") or {}).items()}
        self.relative_doers = frozenset(rules.get("relative_doers") or ())
        danger = rules.get("danger_verbs") or {}
        self.danger_verbs = {k: frozenset(danger.get(k) or ()) for k in ("types", "verbs", "acts", "issued")}
        self.addressed_types = frozenset(rules.get("addressed_types") or ())
        self.listener_pronouns = frozenset(rules.get("listener_pronouns") or ())
        thing = rules.get("thing_clauses") or {}
        self.doing_verbs = frozenset(thing.get("doing_verbs") or ())
        self.stance_verbs = frozenset(thing.get("stance_verbs") or ())
        talk = rules.get("harm_talk") or {}  # h40talkof
        self.harm_talk_types = frozenset(talk.get("types") or ())
        self.harm_talk_verbs = frozenset(talk.get("stance_verbs") or ()) | self.stance_verbs
        self.harm_means_preps = frozenset(talk.get("means_preps") or ())
        self.owner_judged = frozenset(rules.get("owner_judged_types") or ())  # h22owner
        self.against_opposed = frozenset(rules.get("against_opposed_types") or ())  # h23against
        self.owned_act_types = frozenset(rules.get("owned_act_types") or ())  # h23owner
        self.feeling_passives = frozenset(rules.get("feeling_passives") or ())  # h29encourage
        presup = rules.get("presupposed") or {}
        self.presupposing_verbs = frozenset(presup.get("verbs") or ())  # h29presup
        self.between_judged_types = frozenset(presup.get("between_types") or ())
        self.presupposed_not = frozenset(presup.get("not_nouns") or ())
        self.judged_act_types = frozenset(presup.get("judged_act_types") or ())  # h29judged
        self.topic_nouns = frozenset(rules["topic_nouns"])
        self.name_heads = frozenset(rules["name_heads"])
        self.noun_object = tuple(rules.get("noun_object") or ())
        self.expelling_nouns = frozenset(rules["words"].get("expelling_nouns", ()))
        self.separation_nouns = frozenset(rules["words"].get("separation_nouns", ()))
        self.deployed_forces = deployed_forces()
        sides = rules["sides"]
        self.held_places = frozenset(sides["held_places"])  # h31held
        self.owned_acts = frozenset(sides.get("owned_acts") or ())  # h32owned
        self.harm_nouns = frozenset(sides.get("harm_nouns") or ())  # h32inquiry
        self.inquiry_openers = frozenset(sides.get("inquiry_openers") or ())  # h39inquiry
        self.inquiry_nouns = frozenset(sides.get("inquiry_nouns") or ())
        self.protested_preps = frozenset(sides["protested_preps"])  # h31protested
        self.protest_frame_nouns = frozenset(sides["protest_frame_nouns"])
        self.posture_nouns = frozenset(sides["posture_nouns"])  # h31posture
        self.actor_heads = _actor_heads()
        self._text = ""  # the segment being coded
        self._seg_start = 0  # its offset in the article
        self._ents: tuple[Any, ...] = ()
        self._issuer: tuple[str, str] | None = None  # the government publishing the article being coded
        self.act_nouns = frozenset(rules.get("act_nouns") or ()) | frozenset(self.lex.nouns)
        self.place_nouns = frozenset(rules.get("place_nouns") or ())
        self.mission_nouns = frozenset(rules.get("mission_nouns") or ())  # "opened an embassy in X" (h14detect9)
        self.protest_seats = frozenset(rules.get("protest_seats") or ())  # "outside X's headquarters" (h32seat)
        self.mission_protest_types = frozenset(rules.get("mission_protest_types") or ())  # (h18embassy)
        self.obligation_verbs = frozenset(rules["obligation"]["verbs"])
        self.clause_words = (
            frozenset(self.governing) | frozenset(self.governing_nouns) | frozenset(self.allegation_verbs) | self.obligation_verbs
        )
        self.obligation_modals = frozenset(rules["obligation"]["modals"])
        self.intent_nouns = frozenset(rules.get("intent_nouns") or ())
        self.greeting_nouns = frozenset(rules.get("greeting_nouns") or ())  # h43greeting
        self.court_verbs = frozenset(rules["unnamed_court"]["verbs"])  # h43court: verbs of convicting
        self.court_name = str(rules["unnamed_court"]["name"])  # ... and the name of the court no phrase names
        self.joined_hosting = {k: frozenset(v) for k, v in rules["joined_hosting"].items()}  # h43cohost
        self.discussed_before_verbs = frozenset(rules["discussed_before"]["verbs"])  # h43discuss
        self.urged_after = {k: frozenset(v) for k, v in rules["urged_after"].items()}  # h45urged
        self.conditional_threat = {k: frozenset(v) for k, v in (rules.get("conditional_threat") or {}).items()}  # h45ifthreat
        self.intent_types = frozenset(rules.get("intent_types") or ())
        self.reporting_passives = frozenset(rules["words"]["reporting_passives"])
        self.demanded_doer_verbs = frozenset(rules["words"].get("demanded_doer_verbs", ()))
        self.raising_passives = frozenset(rules["words"].get("raising_passives", ()))
        self.owned_places = frozenset(rules.get("place_nouns", ())) | frozenset(rules.get("owned_place_nouns", ()))
        self.victim_types = frozenset(rules.get("victim_types") or ())
        self.judging_adjectives = frozenset(rules.get("judging_adjectives") or ())
        self.judged_nouns = frozenset(rules.get("judged_nouns") or ())
        self.verdict_nouns = frozenset(rules.get("verdict_nouns") or ())
        self.verdict_verbs = frozenset(rules.get("verdict_verbs") or ())
        self.act_of_act_types = frozenset(rules.get("act_of_act_types") or ())
        self.weak_verbs = {k: dict(v or {}) for k, v in rules["weak_verbs"].items()}
        self.phone_words = frozenset(rules["words"]["phone_words"])
        self.purpose_verbs = frozenset(rules["words"]["purpose_verbs"])
        self.denounce_verbs = frozenset(rules["words"].get("denounce_verbs") or ())
        back = rules.get("antecedents") or {}
        self.back_sentences = int(back.get("sentences_back") or 0)
        self.back_singular = frozenset(back.get("singular") or ())
        self.back_plural = frozenset(back.get("plural") or ())
        self.pair_heads = frozenset(back.get("pair_heads") or ())
        self.pair_determiners = frozenset(back.get("pair_determiners") or ())
        self.counterparts = frozenset(back.get("counterparts") or ())
        self._history: list[coref.Frame] = []  # the sentences coded before, newest last (antecedents)
        self._titles_seen: list[tuple[str, Mention]] = []  # (title, person) named so far in the article
        self._meetings: list[tuple[Mention, Mention]] = []  # meetings, calls and accords told so far
        self._title: str | None = None  # the article's title (``_title_parties``)
        self._friends: list[tuple[Mention, Mention]] = []  # parties told as friends so far (h14group8)
        self._addressed: set[tuple[int, int]] = set()  # the article's names spoken to, by offsets (h14voc15)
        self._impersonal: set[int] = set()  # "It was agreed": the sentence's agentless pronouns that stand for a pair
        self._objects: dict[int, Mention] = {}  # the sentence's object pronouns' actors, kept out of by_token
        self._group: dict[int, list[Mention]] = {}  # a plural pronoun's further actors, by token
        # id(antecedent mention) -> (that mention, the mention it was resolved to); the mention is kept so that its id
        # cannot be reused by another object while the article is coded (a freed object's id is given out again)
        self._resolved: dict[int, tuple[Mention, Mention]] = {}
        self._pairs: list[tuple[Mention, Mention]] = []  # two-sided events of the sentence being coded
        self._domestic: set[int] = set()  # its triggers whose only other party is the source's own state (h14dom14)
        # the sentence's factuality readings by trigger (``_factuality_of``, asked by the side filler and by the event)
        self._factuality_memo: dict[tuple[int, str], tuple[Any, tuple]] = {}
        self._no_visit: set[int] = set()  # its visit verbs whose goer visits nobody: refugees, troops (h20arrive)
        voice = rules.get("issuer_voice") or {}
        self.issuer_pronouns = frozenset(voice.get("pronouns") or ())
        self.issuer_offices = frozenset(voice.get("offices") or ())
        self.issuer_units = frozenset(voice.get("units") or ())
        passive = voice.get("passive_acts") or {}
        self.issuer_passive_verbs = frozenset(passive.get("verbs") or ())
        self.issuer_passive_types = frozenset(passive.get("types") or ())
        self.singular_pronouns = frozenset(voice.get("singular") or ())
        self._turns: SpeakerTurns | None = None  # the speaker turns of a government's transcript

    # -- public -------------------------------------------------------------------
    def code(self, parsed: Parsed, mentions: Sequence[Mention], date: str | None) -> list[Event]:
        return self.code_in_context(parsed, mentions, date)[0]

    def code_in_context(
        self, parsed: Parsed, mentions: Sequence[Mention], date: str | None
    ) -> tuple[list[Event], dict[str, Any]]:
        """The article's events, and what the calibration reads of the article (events/calibration.py
        ``document_context``): the entry point of evaluate/calibration.py and the fitting scripts."""
        article = parsed.article
        events: list[Event] = []
        issuer = issuer_of(article)
        self._issuer = issuer
        self._turns = None
        if issuer is not None:
            mentions = [self._issuer_office(m, issuer) for m in mentions]
            self._turns = SpeakerTurns(getattr(article, "text", "") or "", mentions, issuer[0], getattr(article, "title", None))
        self._history, self._resolved, self._titles_seen, self._meetings = [], {}, [], []
        self._addressed = {(m.start, m.end) for m in mentions if m.note == ADDRESSED}  # names spoken to (h14voc15)
        self._gathered = {(m.start, m.end) for m in mentions if m.note == GATHERED}  # a gathering's people (h45guests)
        self._article_id = article.id
        self._audiences: dict[int, Mention] = {}  # the audiences a speech addresses, by sentence start (h35audience)
        self._window: list[coref.Frame] = []  # the wider window of the last pair named (events/antecedents.py)
        self._title, self._friends = getattr(article, "title", None), []  # h14group8
        for seg in parsed.segments:
            # spaCy rebuilds Doc.text and Doc.ents on every access: once per segment here
            self._text, self._ents = seg.doc.text, tuple(seg.doc.ents)
            self._seg_start = seg.start  # the segment's offset in the article (``_spoken``)
            by_token = self._mention_index(seg, mentions, len(self._text))
            if self._addressed or issuer is not None:
                self._listener_pronouns(seg, by_token)  # before the issuer's: "you" is never the author
            if issuer is not None:
                self._issuer_pronouns(seg, by_token, issuer, article.id)
            for sent in seg.doc.sents:
                if len(sent) > MAX_SENT_TOKENS:
                    sent = sent.doc[sent.start : sent.start + MAX_SENT_TOKENS]
                self._group, self._pairs = {}, []
                toks = list(sent)  # Token objects made once per sentence (spaCy builds a new one on every access)
                main = self._main_subject(toks)
                if self.back_sentences:
                    self._antecedents(seg, toks, main, by_token)
                told = self._sentence(seg, sent, by_token, article.id, date, toks)
                events.extend(told)
                if self.back_sentences:  # a back-off guess is no antecedent for "the two sides" later on
                    self._remember(toks, main, by_token, [e for e in told if not has_sentence_side(e)])
        doc = document_context(mentions, issuer)  # what the calibration reads of the document (DOC_FEATURES)
        events = place_by_jurisdiction(events, mentions, issuer)  # a state's legal act places whom it is done to
        events = places.place_hosts(events, mentions, self._title, issuer)  # those met on a trip are the host's
        events = reported_by_emphasis(events, parsed, mentions)  # "Putin emphasised that Kiev refused ..." (h35emphasis)
        events = charges(self, events, parsed, mentions, date)  # ... is also Putin's charge against Kiev (h35charge)
        events = self._not_opposed(retype(events, parsed, self.verbs), parsed)
        events = intent_events(events, parsed, date)  # "X will support Y": also X's intent, stated now (h34intent)
        return fallback.discount(calibrate(self._merge(fill_dates(events, date, parsed)), doc)), doc

    def _not_opposed(self, events: list[Event], parsed) -> list[Event]:
        """The events without a friendly act aimed at a party its sentence names in an "against" phrase of another
        phrase (``against_opposed_types``; "stands with the United States and the international community against
        Russia's illegal actions", "support Ukraine's defense of its sovereignty against Russia's aggression",
        "backed sanctions against Iran": no support for Russia or Iran). Read on the final types, after ``retype``
        ("defend the territory of the alliance against Russia" is a fight by then) (h23against)."""
        out = []
        for e in events:
            if e.plover_type in self.against_opposed and e.target is not None and e.target.start is not None:
                seg, trig = parsed.span_at(e.trigger_start, e.trigger_end)
                if seg is not None and trig is not None:
                    tgt = _token_at(seg.doc, e.target.start, seg.start)
                    if tgt is not None and behind_against(trig.root, tgt):
                        continue
            out.append(e)
        return out

    # -- the issuing government's voice ---------------------------------------------
    def _issuer_office(self, m: Mention, issuer: tuple[str, str]) -> Mention:
        """A bare office with no country ("the Department", "the Secretary") in a government's own text is
        that government."""
        if m.country is None and " ".join(m.text.lower().split()) in self.issuer_offices:
            country = issuer[0]
            return replace(m, actor_id=f"{country}.GOV", country=country, sector=m.sector or "GOV", how="issuer")
        words = m.text.lower().split()
        if m.country is None and m.kind == "org" and m.sector in (None, "MIL") and words and words[-1] in self.issuer_units:
            country = issuer[0]  # "the 126th Separate Guards Coastal Defence Brigade" in a Kremlin text (h35units)
            return replace(m, actor_id=f"{country}.MIL", country=country, sector="MIL", how="issuer")
        return m

    def _issuer_passive(self, tok) -> bool:
        """A government's own act told in the passive with no agent in its own text ("Three officials were designated
        today pursuant to E.O. 14024", "doses will be delivered to X as part of this donation"; arguments.yaml
        ``issuer_voice: passive_acts``): the issuing government did it, as the gold guidelines code a sentence of a
        government's voice that names no doer (h46passive). Not inside quotation marks, not under a verb that reports
        another's words."""
        if self._issuer is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in self.issuer_passive_verbs:
            return False
        kids = list(tok.children)
        if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in kids) or in_quote(tok):
            return False  # "delivered from NATO countries": the giver is named
        if tok.dep_ not in ("ROOT", "conj", "ccomp"):
            return False  # "we saw weaponry being delivered": a thing seen or described, not the author's act
        head = tok
        while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in cues()["factuality"]["reporting"]:
                return False  # "officials said the aid was delivered": their report, not the author's act
        return True

    def _author(self, tok, seg=None) -> Arg:
        """The issuing government as the implicit author of a sentence, at the word that carries its act (called only
        while an issuer is set); ``seg``: the word's segment (default: the segment being coded)."""
        if self._issuer is None:
            raise ValueError("no issuing government for this article")
        start = (seg.start if seg is not None else self._seg_start) + tok.idx
        turn = self._turns.at(start) if self._turns is not None else None
        if turn is not None and turn.role in (PRESS, UNKNOWN):  # a journalist's question, a speaker not known: no
            # government's act
            return Arg(_nobody(start, tok.text), None)
        if turn is not None and turn.role == SPEAKER and turn.speaker is not None:
            return Arg(_speaker_mention(turn.speaker, start, tok.text, text="", plural=True, confidence=0.6), None)
        return Arg(_issuer_mention(self._issuer, start, tok.text, text="", confidence=0.6), None)

    def _issuer_pronouns(self, seg, by_token: dict[int, Mention], issuer: tuple[str, str], article_id: str) -> None:
        """The author's first-person pronouns ("we condemn", "our assistance") in a government's own text."""
        doc = seg.doc
        quotes = any(q in self._text for q in ('"', "\u201c"))
        wanted = np.array([doc.vocab.strings[w] for w in self.issuer_pronouns], dtype=np.uint64)  # the pronouns' hashes
        for i in np.flatnonzero(np.isin(doc.to_array("LOWER"), wanted)).tolist():  # no Token made for the other words
            tok = doc[i]
            if tok.pos_ == "PRON" and tok.lower_ in self.issuer_pronouns and tok.i not in by_token:
                start = seg.start + tok.idx
                turn = self._turns.at(start) if self._turns is not None else None
                if turn is not None and turn.role in (PRESS, UNKNOWN):
                    continue  # a journalist's or an unknown speaker's "we"/"I" is not the issuer
                if turn is not None and turn.role == SPEAKER and turn.speaker is not None:
                    plural = tok.lower_ not in self.singular_pronouns
                    by_token[tok.i] = _speaker_mention(
                        turn.speaker, start, tok.text, text=tok.text, plural=plural, confidence=0.7
                    )
                    continue
                quoted = self._foreign_quote(tok, by_token, issuer[0]) if quotes else None
                if quoted is not None:  # 'Foreign Minister X said, "We ..."' in a government's text (h14we11)
                    by_token[tok.i] = quoted
                    continue
                by_token[tok.i] = _issuer_mention(issuer, start, tok.text, text=tok.text, confidence=0.7, article_id=article_id)

    def _listener_pronouns(self, seg, by_token: dict[int, Mention]) -> None:
        """ "Mr Lukashenko, thank you for coming", "Mr President, I would like to thank you": in a sentence that names
        its one listener (a name spoken to, with a country: ``actors/addressed.py``), "you" and "your" outside
        quotation marks are that listener (h14voc15)."""
        for sent in seg.doc.sents:
            listeners = {
                by_token[t.i].actor_id: by_token[t.i] for t in sent if t.i in by_token and by_token[t.i].note == ADDRESSED
            }
            if not listeners and self._issuer is not None:
                audience = self._audience(seg, sent)  # "Comrade officers, veterans, ..." (h35audience)
                if audience is not None:
                    # "you" of the sentence is the audience, its greetings are said to it; the vocative itself is no
                    # side of the sentence's other acts ("Ladies and gentlemen, this visit reaffirms ...")
                    listeners = {audience.actor_id: audience}
                    self._audiences[seg.start + sent.start_char] = audience
            if len(listeners) != 1:
                continue  # none, or two names spoken to: whom "you" means is not told
            listener = self._not_self_addressed(next(iter(listeners.values())), sent, seg, by_token)
            if listener is None:
                continue
            for t in sent:  # "Mr President" spoken to by the issuer's own leader: the guest (h35guest)
                if t.i in by_token and by_token[t.i].note == ADDRESSED and by_token[t.i] is not listener:
                    m = by_token[t.i]
                    by_token[t.i] = replace(listener, start=m.start, end=m.end, text=m.text, how="listener")
            quoted = False
            for t in sent:
                if t.text in ('"', "\u201c", "\u201d"):
                    quoted = not quoted if t.text == '"' else t.text == "\u201c"
                if quoted or t.lower_ not in self.listener_pronouns or t.i in by_token:
                    continue
                start = seg.start + t.idx
                by_token[t.i] = replace(listener, start=start, end=start + len(t.text), text=t.text, how="listener", note=None)

    def _audience(self, seg, sent) -> Mention | None:
        """The audience a speech's sentence opens by addressing with common nouns ("Comrade officers, veterans, Please
        accept ...", "President of Russia Vladimir Putin: Friends, I congratulate you"), after the turn's cue if the
        sentence carries it: of the speaker's country (the issuer's, or the guest's in a guest's turn); else None."""
        nouns, mods, military = coref.audience_words()
        doc = sent.doc
        # after the turn's cue when the sentence carries one ("*** Speech at ... President of Russia Vladimir Putin:")
        s0, s1 = seg.start + sent.start_char, seg.start + sent.end_char
        cue_end = self._turns.cue_end_within(s0, s1) if self._turns is not None else None
        after = next((t.i for t in sent if seg.start + t.idx >= cue_end), None) if cue_end is not None else None
        if after is None:  # a cue glued to a heading the splitter kept in the sentence: after its colon
            colon = _glued_cue_colon(sent)
            after = max(colon + 1, sent.start) if colon is not None else None
        first = after if after is not None else sent.start
        last, j = None, first
        while j < sent.end and (doc[j].lower_ in nouns or doc[j].lower_ in mods or doc[j].text in (",", "and")):
            if doc[j].lower_ in nouns:
                last = j
            j += 1
        if last is None or doc[j - 1].text != ",":
            return None  # not set off as a vocative ("Officers and veterans attended ...")
        start = seg.start + doc[first].idx
        end = seg.start + doc[last].idx + len(doc[last].text)
        turn = self._turns.at(start) if self._turns is not None else None
        if self._issuer is None or (turn is not None and turn.role in (PRESS, UNKNOWN)):
            return None
        country = (
            turn.speaker.country if turn is not None and turn.role == SPEAKER and turn.speaker is not None else self._issuer[0]
        )
        if not country:
            return None
        words = {t.lower_ for t in doc[first : last + 1]}
        sector = "MIL" if words & military else "CVL"
        text = self._text[start - seg.start : end - seg.start]
        return Mention(
            article_id=self._article_id,
            start=start,
            end=end,
            text=text,
            actor_id=f"{country}.{sector}",
            name=text,
            country=country,
            sector=sector,
            role=doc[last].lower_,
            confidence=0.6,
            how="listener",
            kind="collective",
            sentence_start=seg.start + sent.start_char,
            sentence_end=seg.start + sent.end_char,
            note=ADDRESSED,
        )

    def _not_self_addressed(self, listener: Mention, sent=None, seg=None, by_token=None) -> Mention | None:
        """The listener a name spoken to stands for. "Mr President, I would like to thank you" said in the turn of the
        very person the office resolves to ("Vladimir Putin: Mr President, ...": the knowledge base gives Putin for an
        office of the issuer's country) is not that person, a leader never speaks to himself: it is the one other
        country the article's title names ("Meeting with President of Kazakhstan ..."), else nobody; in a guest's
        turn, an office of the guest's own country is the host, the issuer. A turn with no speaker named (a host's or a
        moderator's "Mr. Secretary") keeps the listener (h35guest)."""
        issuer = self._issuer
        if issuer is None or not _office_only(listener.text):
            return listener
        turn = self._turns.at(listener.start) if self._turns is not None else None
        if turn is not None and turn.role == SPEAKER and turn.speaker is not None:
            if listener.country != turn.speaker.country or listener.country == issuer[0]:
                return listener
            # a guest's own turn ("President of Kazakhstan Kassym-Jomart Tokayev: Mr President, ..."): the host
            return coref.country_mention(issuer[0], listener.start, listener.text, listener.article_id, "issuer", 0.5)
        speaker = turn.speaker if turn is not None and turn.role == ISSUER else None
        if turn is None and sent is not None and seg is not None and by_token:
            # a cue glued to a heading, that no turn was read from ("*** Beginning of talks President of Russia Vladimir
            # Putin: Mr President, ..."): the person named just before its colon
            colon = _glued_cue_colon(sent, listener.start - seg.start)
            named = by_token.get(colon - 1) if colon is not None else None
            speaker = named if named is not None and named.kind == "person" else None
        if speaker is None or speaker.actor_id != listener.actor_id:
            return listener  # only where the cue names the very person the office resolved to (a host, a moderator: kept)
        others = [c for c in coref.title_countries(self._title) if c != issuer[0]]
        if len(others) != 1:
            return None
        return coref.country_mention(others[0], listener.start, listener.text, listener.article_id, "title", 0.5)

    def _foreign_quote(self, tok, by_token: dict[int, Mention], country: str) -> Mention | None:
        """A first-person word quoted from a speaker of another country than the issuing government's (its
        foreign minister quoted in a briefing): that speaker's side, not the issuer's (events/quoted.py)."""
        found = speaker_of(tok, by_token, lambda verb: self._subject(verb, by_token))
        if found is None or not found[0].country or found[0].country == country:
            return None
        return self._spoken(found[0], tok, tok.lower_)

    # -- sides named in the sentences before ------------------------------------------
    @staticmethod
    def _person_like(m: Mention | None) -> bool:
        """A person (one named by a common noun too: "a man", h42generic), or an office held by one person of a known
        country ("the President of Russia")."""
        if m is None or not m.actor_id:
            return False
        if m.kind == "person" or coref.generic_person(m):
            return True
        return m.kind == "collective" and m.sector == "GOV" and bool(m.country) and not m.text.lower().endswith("s")

    @staticmethod
    def _main_subject(toks):
        """The subject of the sentence's main verb (``coref.main_subject``)."""
        return coref.main_subject(toks)

    def _remember(self, toks, main, by_token, told=()) -> None:
        """What the next sentences may refer back to (``coref.Frame``): the main clause's subject actors, the
        persons in subject position and named, the two-sided events told; and the titles persons were named with."""
        subjects = [a.m for a in self._side(main, by_token)] if main is not None else []
        h = coref.frame(toks, main, subjects, by_token, self._person_like, told)
        h.visits = self._visits
        self._history.append(h)
        self._meetings.extend(coref.meetings_of(h))
        self._friends.extend(coref.friendly_of(h))
        self._visits = ()
        del self._history[: -max(self.back_sentences, 1)]
        self._window.append(h)  # the wider window of the last pair named (events/antecedents.py; h14pron10)
        del self._window[: -max(antecedents.window(), 1)]
        first: dict[int, Any] = {}
        for t in toks:
            m = by_token.get(t.i)
            if m is not None and m.kind == "person" and not m.how.startswith("antecedent") and id(m) not in first:
                first[id(m)] = (t, m)
        for t, m in first.values():
            self._titles_seen.extend((title, m) for title in coref.person_titles(m, t))

    def _back_person(self, tok, toks, by_token) -> Mention | None:
        """ "he"/"she": a person named before it in its sentence, else the person the sentences before were
        about (``coref.back_person``)."""
        speaker = self._quoting(tok, by_token)
        before = [
            by_token[t.i]
            for t in toks
            if t.i < tok.i and t.i in by_token and self._person_like(by_token[t.i]) and not _same_actor(by_token[t.i], speaker)
        ]
        if before:
            return before[-1]
        if not self.back_sentences:
            return None
        found = coref.back_person(self._history, self._person_like)
        return None if _same_actor(found, speaker) else found

    def _quoting(self, tok, by_token) -> Mention | None:
        """The speaker of the direct quote that holds the third-person pronoun ``tok``: never the one "he" or "she"
        stands for, as a speaker names himself "I" ('Lavrov told reporters: "He has threatened Russia ..."'; h24quote)."""
        found = quote_speaker(tok, by_token, lambda verb: self._subject(verb, by_token))
        return found[0] if found is not None else None

    def _back_pair(self, tok=None) -> list[Mention]:
        """ "they", "the two leaders": the parties the sentences before told together (``coref.back_pair``); a
        pair of persons for "the two leaders"."""
        persons = tok is not None and tok.lower_ in coref.person_heads()
        if tok is not None and coref.impersonal(tok):
            # "It was agreed to ...": said in the readout of the call or meeting the article is about (its first one),
            # not of a third pair the readout mentioned on the way ("told him about the Russian-Ukrainian talks")
            return coref.back_pair([], self._person_like, False, False, self._meetings) or coref.back_pair(
                self._history, self._person_like, False, False, self._meetings
            )
        pronoun = tok is not None and tok.pos_ == "PRON"
        pair = coref.back_pair(self._history, self._person_like, persons, pronoun, self._meetings)
        if pair or tok is None or not (antecedents.pair_pronoun(tok) or (not pronoun and antecedents.dual_phrase(tok))):
            return pair
        # none just before: the last pair named in the wider window ("both countries", "they"; h14pron10)
        found = antecedents.last_pair(self._window, self._person_like, persons, pronoun)
        return [replace(m, how="last_pair") for m in found]

    def _counterpart(self, tok, main, by_token) -> Mention | None:
        """ "his counterpart": the other side of the last two-sided event the sentence's subject took part in."""
        if tok.lower_ not in self.counterparts or (tok.i in by_token and by_token[tok.i].country):
            return None
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return None
        at = self._actor_token(main, by_token) if main is not None else None
        if at is None:
            return None
        me = by_token[at.i]
        # an exchange between the two: not the party of a hostile act or of a transfer ("provide assistance to
        # Ukraine. ... met with his E3 counterparts"; h37pair)
        encounters = [(a, b) for h in self._history for a, b, ptype, _s in h.pairs if coref.exchange(ptype)]
        for a, b in reversed(encounters):
            if me.actor_id in (a.actor_id, b.actor_id) and a.actor_id != b.actor_id:
                return b if a.actor_id == me.actor_id else a
        if not me.country:
            return None
        for a, b in reversed(encounters):  # "The President of Russia informed his counterpart": Putin's (h35addressed)
            if me.country in (a.country, b.country) and a.country != b.country and a.country and b.country:
                return b if a.country == me.country else a
        return None

    def _pair_phrase(self, tok, by_token) -> bool:
        """ "the two leaders", "both sides", "the leaders": a pair named by a plural head with no country; also "the
        leaders of the two countries", "the heads of state", "the two", "the participants" (``coref.group_phrase``)."""
        if coref.group_phrase(tok, self.pair_determiners, lambda t: t.i in by_token and bool(by_token[t.i].country)):
            return True
        # a capitalised head is tagged a name ("The Ministers reviewed ...", "The Foreign Ministers" of a joint
        # statement's style; h37pair)
        if not (tok.pos_ == "NOUN" or tok.tag_ == "NNPS") or tok.lower_ not in self.pair_heads:
            return False
        if tok.i in by_token and by_token[tok.i].country:
            return False
        kids = list(tok.children)
        if any(c.dep_ in ("prep", "poss", "compound", "amod", "appos") for c in kids):
            return False  # "the leaders of Russia and China", "our countries", "Russian officials"
        return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in self.pair_determiners for c in kids)

    def _antecedent(self, tok, seg, orig: Mention, text: str | None = None, how: str = "antecedent") -> Mention:
        """The pronoun or phrase at ``tok`` resolved to ``orig``; ``how``: "antecedent", "antecedent_clause" (a clause's
        "he"/"she"), "antecedent_pair" (the last pair named: ``orig`` came from ``antecedents.last_pair``)."""
        start = seg.start + tok.idx
        how = "antecedent_pair" if orig.how == "last_pair" else how
        m = replace(
            orig,
            start=start,
            end=start + len(tok.text),
            text=text or tok.text,
            how=how,
            confidence=round(orig.confidence * 0.8, 2),
            note=f"resolved to {orig.text!r} at {orig.start}",
        )
        self._resolved[id(m)] = (m, orig)
        return m

    def _antecedents(self, seg, toks, main, by_token) -> None:
        """Give the main clause's pronoun or pair subject the actors it stands for (see ``antecedents`` in
        arguments.yaml)."""
        self._impersonal = set()  # "It was agreed": the pronoun of an agentless passive that stands for a pair
        for tok in toks:
            if tok.lower_ in self.counterparts and tok is not main:
                other = self._counterpart(tok, main, by_token)
                if other is not None:
                    by_token[tok.i] = self._antecedent(tok, seg, other)
            elif self._titles_seen and (tok.i not in by_token or by_token[tok.i].country is None):
                self._back_title(tok, seg, by_token)
        tok = main
        if tok is not None:
            low = tok.lower_
            if tok.pos_ == "PRON" and low in self.back_singular and tok.i not in by_token:
                m = self._back_person(tok, toks, by_token)
                if m is not None:
                    by_token[tok.i] = self._antecedent(tok, seg, m)
            elif (
                (tok.pos_ == "PRON" and low in self.back_plural and tok.i not in by_token)
                or self._pair_phrase(tok, by_token)
                or (tok.i not in by_token and coref.impersonal(tok))  # "It was agreed to ...": the parties told before
            ):
                pair = self._back_pair(tok)
                if tok.pos_ != "PRON":
                    pair = self._collective_sides(tok, toks, seg, by_token, pair)
                elif not pair and self._issuer is not None and tok.i not in by_token and coref.readout_they(tok, self._history):
                    titled = self._title_parties(tok, seg)  # "They agreed ..." in a readout: the title's parties
                    pair = titled if len(titled) >= 2 else []
                if pair:
                    if coref.impersonal(tok):
                        self._impersonal.add(tok.i)
                    by_token[tok.i] = self._antecedent(tok, seg, pair[0])
                    self._group[tok.i] = [self._antecedent(tok, seg, m) for m in pair[1:]]
            elif coref.is_we(tok) and coref.joint_clause(tok):
                self._joint_we(tok, toks, seg, by_token)
        self._clause_pronouns(seg, toks, main, by_token)
        self._pair_phrases(toks, main, seg, by_token)
        self._pair_possessors(toks, main, seg, by_token)
        self._joint_possessives(toks, seg, by_token)
        self._joint_we_verbs(toks, seg, by_token)
        self._object_pronouns(seg, toks, by_token)

    def _clause_pronouns(self, seg, toks, main, by_token) -> None:
        """ "after he attended a summit with ...", "where he will meet ...": "he"/"she" as the subject of a clause other
        than the main one: the last person before it in its sentence that is the subject of a clause ("Kamian will travel to
        Riga, where he will meet ..."); when persons stand before it only as objects ("sent a message to Merkel, in
        which he ..."), none; with no person before it, the person the sentences before were about (``_back_person``;
        h14pron10)."""
        words = antecedents.clause_words()
        for tok in toks:
            if tok.lower_ not in words or tok.i in by_token:
                continue
            if antecedents.clause_they(tok, main):
                self._clause_they(tok, toks, seg, by_token)
                continue
            if not antecedents.clause_pronoun(tok, main):
                continue
            speaker = self._quoting(tok, by_token)
            before = [
                t
                for t in toks
                if t.i < tok.i
                and t.i in by_token
                and self._person_like(by_token[t.i])
                and not _same_actor(by_token[t.i], speaker)
            ]
            subjects = [t for t in before if coref.in_subject(t)]
            if before and not subjects:
                continue  # only objects before it ("sent a message to Merkel, in which he ..."): not told which
            m = by_token[subjects[-1].i] if subjects else self._back_person(tok, toks, by_token)
            if m is not None:
                by_token[tok.i] = self._antecedent(tok, seg, m, how="antecedent_clause")

    def _clause_they(self, tok, toks, seg, by_token) -> None:
        """ "Putin and Erdogan met in Sochi, where they discussed ...", "Russian officials said they would ...": "they" as
        the subject of a clause other than the main one is the last subject before it in its sentence when that names
        two actors or more; a subject before it that is one group, person or country: left to the coder's carried
        subject; no subject before it: the parties told before (``_back_pair``; h14pron10)."""
        subj = next(
            (t for t in reversed(toks[: tok.i - toks[0].i]) if coref.in_subject(t) and t.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subj is not None:
            found = [a.m for a in self._side(subj, by_token)]
            found = [m for i, m in enumerate(found) if m.actor_id and all(o.actor_id != m.actor_id for o in found[:i])]
            if len(found) < 2:  # one plural group ("militia leaders said they would ...") is the coder's own carried
                return  # subject already, with its own phrase as the span (test_events_sides); one person or country: none
        else:
            found = self._back_pair(tok)
        if found:
            by_token[tok.i] = self._antecedent(tok, seg, found[0], how="antecedent_clause")
            self._group[tok.i] = [self._antecedent(tok, seg, m, how="antecedent_clause") for m in found[1:]]

    def _pair_phrases(self, toks, main, seg, by_token) -> None:
        """A dual pair phrase ("both sides", "the two countries") after "between" ("talks between the two sides";
        h14pron10) or that an act is done to (an object, or the object of one of ``antecedents.object_preps``: "urged
        both sides to exercise restraint", "called on the two countries", "our partnership with both countries";
        h25dual) stands for the pair told before: coordinated earlier in its own sentence, else ``_back_pair``. A pair
        acted upon that includes the doer's own country is not it ("Blinken met Lavrov. He thanked both sides")."""
        between, preps = antecedents.between_words(), antecedents.object_preps()
        for tok in toks:
            if tok.i in by_token:
                continue
            after_between = tok.dep_ == "pobj" and tok.head.lower_ in between
            acted_on = (
                tok is not main
                and tok.pos_ == "NOUN"
                and (tok.dep_ in ("dobj", "obj", "dative") or (tok.dep_ == "pobj" and tok.head.lower_ in preps))
            )
            if not (after_between or acted_on) or not (antecedents.dual_phrase(tok) and self._pair_phrase(tok, by_token)):
                continue
            pair = self._coordinated_before(toks, tok, by_token) or self._back_pair(tok)
            if len(pair) < 2 or (not after_between and self._doer_in_pair(tok, main, by_token, pair)):
                continue
            by_token[tok.i] = self._antecedent(tok, seg, pair[0])
            self._group[tok.i] = [self._antecedent(tok, seg, m) for m in pair[1:]]

    def _doer_in_pair(self, tok, main, by_token, pair: list[Mention]) -> bool:
        """Is the country of the doer of the act done to the pair phrase ``tok`` one of the pair's?"""
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        while verb.dep_ in ("conj", "xcomp") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = self._subject(verb, by_token) if verb.pos_ in ("VERB", "AUX") else main
        doers = {a.m.country for a in self._side(subj, by_token)} if subj is not None else set()
        return bool(doers & {m.country for m in pair})

    @staticmethod
    def _coordinated_before(toks, tok, by_token) -> list[Mention]:
        """Two parties of two countries coordinated earlier in the same sentence ("The leaders of Eritrea and Israel
        broke ground ..., heralding a new era in cooperation between the two neighbors"): the last such pair before
        ``tok``, else none (h21pair)."""
        found: list[Mention] = []
        for t in toks:
            if t.i >= tok.i:
                break
            if t.dep_ != "conj" or t.i not in by_token or t.head.i not in by_token:
                continue
            a, b = by_token[t.head.i], by_token[t.i]
            if a.country and b.country and a.country != b.country:
                found = [a, b]
        return found

    def _pair_possessors(self, toks, main, seg, by_token) -> None:
        """ "the two countries' cooperation", "both sides' positions": a pair phrase as the possessor of a noun (not the
        main subject) stands for the parties told before, as the subject would (h14group8)."""
        for tok in toks:
            if tok is main or tok.dep_ != "poss" or tok.pos_ != "NOUN" or tok.i in by_token:
                continue
            if tok.head is main and coref.possessed_group(main, lambda t: t.i in by_token and bool(by_token[t.i].country)):
                continue  # "the three countries' leaders": the phrase is the subject's, resolved with it
            if not self._pair_phrase(tok, by_token):
                continue
            pair = self._collective_sides(tok, toks, seg, by_token, self._back_pair(tok))
            if len(pair) >= 2:
                by_token[tok.i] = self._antecedent(tok, seg, pair[0])
                self._group[tok.i] = [self._antecedent(tok, seg, m) for m in pair[1:]]

    def _collective_sides(self, tok, toks, seg, by_token, pair: list[Mention]) -> list[Mention]:
        """A group subject's parties (h14group8): all the parties of the meeting told before for "the participants"
        or "the three countries' leaders" (``coref.back_group``: as many as the phrase says); the pair ``pair`` found
        before otherwise; nothing found before: a hyphenated pair of its own sentence ("The presidents are to discuss
        Russia-Kazakhstan relations", ``coref.hyphen_pair``)."""
        n = coref.group_size(tok)
        if (n is not None and n > 2) or (n is None and (tok.lower_ in coref._groups()["attendees"] or coref.bare_attendees(tok))):
            group = coref.back_group(self._history, n, self._meetings)
            if group:
                return group
            if n is not None:
                return []  # "the three countries' leaders" with two parties told before: not them
        if pair:
            return pair
        found = coref.hyphen_pair(toks, by_token, seg.start, next((m.article_id for m in by_token.values()), ""))
        if found:
            return found if n in (None, 2) else []
        titled = self._title_parties(tok, seg)
        return titled if len(titled) == (n or 2) else []

    def _title_parties(self, tok, seg, leave_out: str | None = None) -> list[Mention]:
        """The parties the article's title names (``coref.title_countries``: "Meeting with President of Belarus
        Alexander Lukashenko"), the issuing government's country first when it publishes the article; as mentions
        over ``tok``; ``leave_out``: a country not wanted (the side already known)."""
        title = self._title
        codes = coref.title_countries(title)
        orgs = [o for o in coref.title_organisations(title) if o.country is None or o.country not in codes]
        if not codes and not orgs:
            return []
        if self._issuer is not None and self._issuer[0] not in codes:
            codes = [self._issuer[0], *codes]
        start = seg.start + tok.idx
        found = [coref.country_mention(c, start, tok.text, "", "title", 0.5) for c in codes if c != leave_out]
        # organisations and armed groups the title names as parties ("Call with EU High Representative ..."; h14coref9)
        return found + [replace(o, start=start, end=start + len(tok.text), text=tok.text) for o in orgs]

    def _joint_we(self, tok, toks, seg, by_token) -> None:
        """ "We work together to ...", "We will continue to work in partnership ...": a first-person plural subject of
        a joint act stands for both parties (``coref.joint_clause``; h14group8): in a government's text the issuer (or
        the speaker's country) and its partner told before (``coref.partner_country``); in other text the parties the
        sentences before told together. A journalist's or an unknown speaker's "we" (left out of ``by_token`` in a
        government's text) is no party; no partner known: nothing."""
        me = by_token.get(tok.i)
        if me is None:
            if self._issuer is not None:
                return  # a press turn or an unknown speaker: not the government, not a party
            pair = coref.back_pair(self._history, self._person_like, False, False, self._meetings)
            pair = pair or coref.hyphen_pair(toks, by_token, seg.start, next((m.article_id for m in by_token.values()), ""))
            if not pair:
                titled = self._title_parties(tok, seg)
                pair = titled if len(titled) == 2 else []
            if len(pair) >= 2:
                by_token[tok.i] = self._antecedent(tok, seg, pair[0])
                self._group[tok.i] = [self._antecedent(tok, seg, m) for m in pair[1:]]
            return
        if not me.country:
            return
        partner = self._partner_for(me, tok, toks, seg, by_token, self._meetings + self._friends)
        if partner is not None:
            self._group[tok.i] = [self._antecedent(tok, seg, partner)]

    def _partner_for(self, me: Mention, tok, toks, seg, by_token, encounters, titled: bool = True) -> Mention | None:
        """The partner of the issuer's (or the speaker's) joint "we"/"our" at ``tok``: the other side of its country's
        meeting, call, accord or friendly act told before (``coref.partner_country``; ``encounters``: the article's,
        in order, when the sentences before give none), else the other half of a hyphenated pair of the sentence,
        else (``titled``) the one other party of the article's title; None when none."""
        partner = coref.partner_country(me, self._history, encounters)
        if partner is None:
            hy = coref.hyphen_pair(toks, by_token, seg.start, next((m.article_id for m in by_token.values()), ""))
            others = [m for m in hy if m.country != me.country]
            partner = others[0] if len(hy) == 2 and len(others) == 1 else None
        if partner is None and titled:
            named = self._title_parties(tok, seg, leave_out=me.country)
            partner = named[0] if len(named) == 1 else None
        return partner

    def _joint_we_verbs(self, toks, seg, by_token) -> None:
        """ "We discussed ...", "We agreed to ...", "we will be able to meet" in a government's text: the issuer's or
        the speaker's "we" of a verb of meeting, talking or agreeing with no partner in its clause stands for both sides,
        the partner found as for "our partnership" (``coref.joint_verb``; h14coref9)."""
        for tok in toks:
            if tok.i in self._group or not coref.joint_verb(tok, lambda o: self._actor_token(o, by_token) is not None):
                continue
            me = by_token.get(tok.i)
            if me is not None and me.country:
                partner = self._possessive_partner(me, tok, toks, seg, by_token)
                if partner is not None:
                    self._group[tok.i] = [self._antecedent(tok, seg, partner)]

    def _possessive_partner(self, me: Mention, tok, toks, seg, by_token) -> Mention | None:
        """The partner of a joint "our"/"we" at ``tok``: the sentence's own "meet with X", else as a joint "we"'s
        (``_partner_for``) without the article's encounters further back and without a trip title's country; one from
        before must be among the parties the sentence names, when it names any."""
        partner = coref.sentence_partner(toks, me, by_token)
        if partner is None:
            trip = coref.travel_title(self._title)
            partner = self._partner_for(me, tok, toks, seg, by_token, (), titled=not trip)
            others = {m.country for t in toks if (m := by_token.get(t.i)) is not None and m.actor_id and m.country != me.country}
            if partner is not None and others and partner.country not in others:
                partner = None  # the sentence names other parties ("our partnership with ASEAN"): not a partner told before
        return partner if partner is not None and partner.country != me.country else None

    def _joint_possessives(self, toks, seg, by_token) -> None:
        """ "our partnership", "our meeting" (the issuer's or the speaker's "our"): both parties of the relation, the
        partner from the sentence's own "meet with X", else as a joint "we"'s (``_partner_for``) but never from the
        article's encounters further back; "their recent meeting" in a clause whose subject is "X and Y": X and Y
        (``coref.joint_possessive``; h14coref9)."""
        for tok in toks:
            kind = coref.joint_possessive(tok)
            if kind is None or tok.i in self._group:
                continue
            if kind == "their":
                if tok.head.dep_ in ("dobj", "obj") and not self._carried(tok.head):
                    continue  # "X and Y postponed their meeting": no meeting of the two (as `_carried` says)
                if tok.i not in by_token:
                    pair = [a.m for a in coref.clause_pair(tok.head, lambda s: self._coordinated_actors(s, by_token))]
                    if pair:
                        by_token[tok.i] = self._antecedent(tok, seg, pair[0])
                        self._group[tok.i] = [self._antecedent(tok, seg, m) for m in pair[1:]]
                continue
            me = by_token.get(tok.i)
            partner = self._possessive_partner(me, tok, toks, seg, by_token) if me is not None and me.country else None
            if partner is not None:
                self._group[tok.i] = [self._antecedent(tok, seg, partner)]

    def _object_pronouns(self, seg, toks, by_token) -> None:
        """ "the Secretary urged him to ...", "thanked them", "accused it of ...": an object pronoun stands for an
        actor other than its clause's subject, named before it in the sentence or the other side of an event of the
        subject's in the sentences before (``coref.back_object``; the subject must be known)."""
        kinds, deps, preps = coref.object_rules()
        self._objects = {}  # kept out of by_token: read as a side only where the pronoun is an object
        for tok in toks:
            if tok.lower_ in self.back_plural and tok.dep_ == "nsubj" and tok.i not in by_token:
                self._conjoined_they(tok, seg, by_token)
                continue
            kind = kinds.get(tok.lower_)
            if kind is None or tok.pos_ != "PRON" or tok.i in by_token:
                continue
            if tok.dep_ in deps:
                verb = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.pos_ in ("VERB", "AUX"):
                verb = tok.head.head
            else:
                continue
            if not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
                continue
            subj = self._subject(verb, by_token)
            subject = [a.m for a in self._side(subj, by_token)] if subj is not None else []
            if kind == "party":
                # "it" in its own sentence only for the object of a verb conjoined with its own ("criticised India and
                # accused it of ..."); any other actor before it may be a thing's owner ("calls by Belarus for aid,
                # saying it was withholding it")
                verbs = [verb.head] if verb.dep_ == "conj" else []
                verbs += [v for v in verb.conjuncts if v.i < verb.i]
                objs = [o for v in verbs for o in v.children if o.dep_ in ("dobj", "obj")]
                found_at = [self._actor_token(o, by_token) for o in objs]
                before = [by_token[t.i] for t in found_at if t is not None]
            else:
                named = [t for t in toks if t.i < tok.i and t.i in by_token and (subj is None or t.i != subj.i)]
                if kind == "group":
                    named = _told_together(named)
                before = [by_token[t.i] for t in named]
            found = coref.back_object(kind, before, self._history, subject, self._person_like)
            if found:
                self._objects[tok.i] = self._antecedent(tok, seg, found[0])
                self._group[tok.i] = [self._antecedent(tok, seg, m) for m in found[1:]]

    def _conjoined_they(self, tok, seg, by_token) -> None:
        """ "The Secretary thanked the Prime Minister for ..., and they discussed ...": "they" as the subject of a clause
        conjoined after one whose subject and object are two persons (or offices held by one) stands for those two."""
        verb = tok.head
        if verb.dep_ != "conj" or verb.head.i > verb.i:
            return
        first = verb.head
        subj = self._subject(first, by_token)
        obj = next((c for c in first.children if c.dep_ in ("dobj", "obj")), None)
        if subj is None or obj is None or subj.i >= tok.i:
            return
        a, b = self._side(subj, by_token), self._side(obj, by_token)
        if len(a) != 1 or len(b) != 1 or a[0].m.actor_id == b[0].m.actor_id:
            return
        if not (self._person_like(a[0].m) and self._person_like(b[0].m)):
            return  # "Blinken condemned Russia, and they ...": never a person and the object of a one-way act
        by_token[tok.i] = self._antecedent(tok, seg, a[0].m)
        self._group[tok.i] = [self._antecedent(tok, seg, b[0].m)]

    def _lone_discussant(self, tok, source: Arg) -> list[Arg]:
        """ "Blinken met Kuleba. The Secretary also discussed ...": a verb of talking with one party as its subject
        and no partner talks with the other side of that party's meeting just before (``coref.partner_of``)."""
        if tok.pos_ != "VERB" or source.tok is None or source.tok.dep_ not in ("nsubj",) or not self.back_sentences:
            return []
        other = coref.partner_of(source.m, self._history)
        if other is None and source.m.country and coref.title_encounter(self._title):
            # "Secretary Blinken's Call with Haitian Prime Minister Henry": the one other party the readout's title
            # names is the partner when no meeting is told just before (h19partner)
            others = [c for c in coref.title_countries(self._title) if c != source.m.country]
            start = self._seg_start + tok.idx
            other = coref.country_mention(others[0], start, tok.text, "", "title", 0.5) if len(others) == 1 else None
        if other is None or not other.country or other.country == source.m.country:
            return []
        m = replace(other, how="antecedent", confidence=round(other.confidence * 0.8, 2), note=f"partner at {other.start}")
        self._resolved[id(m)] = (m, other)
        return [Arg(m, None)]

    def _back_title(self, tok, seg, by_token) -> None:
        """ "the Deputy Secretary": the person the article named with that title before (``coref.back_title``);
        the title's words stand for that person."""
        phrase = coref.title_phrase(tok)
        if phrase is None:
            return
        m = coref.back_title(phrase, self._titles_seen)
        if m is None:
            return
        if self._issuer is not None and m.country != self._issuer[0] and phrase in self.issuer_offices:
            return  # "the President" in a State Department briefing is not the foreign president it named (h14issuertitle16)
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        first = min([tok.i] + [c.i for c in words])
        text = tok.doc[first : tok.i + 1].text
        resolved = self._antecedent(tok.doc[first], seg, m, text=text)
        resolved = replace(resolved, end=resolved.start + len(text))
        self._resolved[id(resolved)] = (resolved, m)
        for i in range(first, tok.i + 1):
            by_token[i] = resolved

    # -- helpers ------------------------------------------------------------------
    @staticmethod
    def _mention_index(seg, mentions: Sequence[Mention], length: int | None = None) -> dict[int, Mention]:
        index: dict[int, Mention] = {}
        doc = seg.doc
        end = seg.start + (seg.length if length is None else length)
        for m in mentions:
            if m.start < seg.start or m.end > end:
                continue
            span = doc.char_span(m.start - seg.start, m.end - seg.start, alignment_mode="expand")
            if span is not None:
                for t in span:
                    index[t.i] = m
        return index

    def _trigger(self, tok) -> tuple[str, str | None, Any] | None:
        """(type, mode, object token) when ``tok`` triggers an event: a verb, an attitude adjective or a noun."""
        if tok.pos_ not in TRIGGER_POS and not tok.tag_.startswith("VB"):
            return None  # a determiner, a preposition, a pronoun ...: no branch below reads one (spared the lemma)
        lemma = tok.lemma_.lower()
        if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.lower_ in NOUN_VERBS and any(c.dep_ == "prep" for c in tok.children):
            entry = self.lex.verbs.get(tok.lower_[:-1])
            return (entry[0], entry[1], "root-noun") if entry else None
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("acomp", "conj")
            and tok.lower_ in self.adjectives
            and tok.lower_ not in self._verb_words
            and any(c.dep_ in ("prep", "agent") for c in tok.children)
        ):
            participle = self.adjectives[tok.lower_]  # "remains gravely concerned by X's ...": the tagger's participle
            return participle[0], participle[1], "adjective"
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if self._message and self._message[0] is self._history and messages.body_trigger(tok):
                return "SUPPORT", "PRAISE", messages.BODY  # "The message reads, in part: ..." (the sender's act)
            found = self._verb_trigger(tok, lemma)
            if found is not None and found[0] in self.threat_frame["types"] and self._threat_frame(tok):
                return "THREATEN", None, found[2]  # "reaffirmed their readiness to impose severe costs on X"
            return found
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and lemma in self.judging_adjectives and self._judged_party(tok.head):
            return "ACCUSE", "DISAPPROVE", "judged"
        if tok.pos_ == "NOUN" and lemma in self.verdict_nouns and self._verdict_party(tok) is not None:
            return "ACCUSE", "DISAPPROVE", "verdict"  # "X's aggression is a violation of international law" (h19verdict)
        adjective = self.adjectives.get(lemma) or (self.general.adjectives.get(lemma) if self.general is not None else None)
        if (
            tok.pos_ == "ADJ"
            and adjective is not None
            and tok.dep_ in ("acomp", "ROOT", "conj", "amod")
            and not (tok.dep_ == "amod" and tok.i > tok.head.i)  # "forces loyal to X": who they are (h28loyal)
            and any(
                c.dep_ in ("prep", "agent") and c.lower_ in self.adjective_preps.get(lemma, (c.lower_,)) for c in tok.children
            )
        ):
            return adjective[0], adjective[1], "adjective"
        if tok.pos_ == "PROPN" and self._joint_document(tok):
            return self._phrase_noun_trigger(tok, lemma)  # "the Joint Statement of X and Y" (h17jointof)
        if tok.pos_ in ("NOUN", "PROPN") and (self._modifier_only(tok) or self._document_noun(tok, lemma)):
            return None  # "aid worker", "attack helicopter", "war crimes tribunal": the noun qualifies another
        if tok.pos_ == "NOUN" and self._kind_of_outer(tok):
            return None  # "a war of aggression against X": one act, told by the outer noun (h14war12)
        if tok.pos_ == "NOUN" and lemma in self.giver_nouns and self._giver_told(tok):
            return "AID", None, "giver"  # "X is the largest donor to Y" (h39donor)
        if tok.pos_ == "NOUN" and lemma in self.relation_change_nouns and self._relation_change_told(tok):
            ptype, mode = self.relation_change_nouns[lemma]  # "the normalization of relations between X and Y" (h30relnoun)
            return ptype, mode, None
        if tok.pos_ == "NOUN":
            misparsed = self._misparsed_verb_rule(tok, lemma)
            if misparsed is not None:
                return misparsed
            phrase = self._phrase_noun_trigger(tok, lemma)
            if phrase is not None:
                return phrase
        if tok.pos_ == "NOUN" and (lemma in NOMINAL_VERBS or tok.lower_ in NOMINAL_VERBS):
            nominal = self._nominal_rule(tok, NOMINAL_VERBS.get(lemma) or NOMINAL_VERBS[tok.lower_])
            if nominal is not None:
                return nominal  # "Denmark's suspension of development aid to Nicaragua" (h32nominal)
        if tok.pos_ == "NOUN" and lemma not in self.lex.nouns and (lemma in self.extra_nouns or tok.lower_ in self.extra_nouns):
            return self._extra_noun_trigger(tok, lemma)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in self.lex.nouns:
            return self._noun_trigger(tok, lemma)
        if tok.pos_ == "NOUN" and self.general is not None and lemma in self.general.nouns:
            if (
                tok.dep_ in ("dobj", "obj")
                and self._trigger_word(tok.head)
                and not self._intensifier(tok.head)
                and not self._presupposed(tok)
            ):
                return None  # the object of a verb trigger is coded with that verb
            ptype, mode = self.general.nouns[lemma]
            return ptype, mode, None
        return None

    def _nominal_rule(self, tok, verb: str) -> tuple[str, str | None, Any] | None:
        """The act a noun of a rule verb names with its "of" object, as the verb + object rules of triggers.yaml read the
        verb ("Denmark's suspension of development aid" as "suspended aid", "Nigeria's handover of the peninsula" as
        "handed over", "Turkey's recognition of Azerbaijan's independence" as "recognised"); else None. Only plain
        rules (verbs, objects, a particle), and a recognition only of a party or its statehood (h32nominal)."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = self._pobj(of) if of is not None else None
        if obj is None:
            return None
        base, _, particle = verb.partition(" ")
        words = {obj.lemma_.lower(), *(w.lemma_.lower() for w in self._object_words([obj]))}
        for rule in self.lex.rules_for(base):
            if not rule["objects"] or set(rule) - PLAIN_RULE_KEYS:
                continue
            if rule.get("particle") and rule["particle"] != particle:
                continue
            if words & set(rule["objects"]):
                return rule["type"], rule.get("mode"), obj
        if particle == "over" and base in self.lex.verbs:
            return (*self.lex.verbs[base], obj)  # "the handover of the peninsula to Cameroon"
        if base in self.actor_object and base in self.lex.verbs and (obj.ent_type_ in PARTY_ENTS or self._statehood(obj)):
            return (*self.lex.verbs[base], obj)
        return None

    def _relation_change_told(self, tok) -> bool:
        """Is a noun of change of relations told as a change that took place: the subject of its clause ("the
        downgrading of ties between X and Y prompted ..."), owned by its doer ("Chile's severing of ties"), or a
        presupposed act a verb judges ("welcomed the normalization of relations")? Not an aim ("opportunities for the
        normalisation of relations"), a topic, nor what an anniversary is of (h30relnoun)."""
        if self._relations_of(tok) is None:
            return False
        t = tok
        for _ in range(6):
            if t.lemma_.lower() in self.relation_words_not_after:
                return False  # "the 30th anniversary of the establishment of diplomatic relations"
            if t.head.i == t.i:
                break
            t = t.head
        if tok.dep_ in ("nsubj", "nsubjpass") or self._presupposed(tok):
            return True
        return any(c.dep_ == "poss" and c.tag_ not in PRONOUN_TAGS for c in tok.children)

    def _relations_of(self, tok):
        """The "relations" or "ties" a noun of change takes in its "of" phrase ("the restoration of diplomatic relations",
        "the severing of ties"), else None (arguments.yaml ``relation_changes``, h30relnoun)."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        rel = self._pobj(of) if of is not None else None
        return rel if rel is not None and rel.lemma_.lower() in self.relation_words else None

    def _misparsed_verb_rule(self, tok, lemma: str) -> tuple[str, str | None, Any] | None:
        """A past-tense verb the parser hung on its object noun as an adjective ("ECOWAS lifted sanctions on Guinea":
        "lifted" an amod of "sanctions", tagged VBD): the verb + object rule of the pair, as if it were parsed as the
        verb it is (h26vbd); plain rules only (no particle, subject, adverb or preposition conditions)."""
        verb = next((c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i < tok.i), None)
        if verb is None:
            return None
        vlemma = verb.lemma_.lower()
        for rule in self.lex.rules_for(vlemma):
            if lemma in rule["objects"] and not any(rule.get(k) for k in CONDITION_KEYS):
                return rule["type"], rule.get("mode"), tok
        return None

    def _plain_noun_type(self, tok) -> str | None:
        """The PLOVER type a noun has in the trigger lists, before any context (None for other nouns)."""
        lemma = tok.lemma_.lower()
        for table in (self.lex.nouns, self.extra_nouns, self.general.nouns if self.general is not None else {}):
            entry = table.get(lemma) or table.get(tok.lower_)
            if entry is not None:
                return entry[0]
        return None

    def _kind_of_outer(self, tok) -> bool:
        """Is the noun the "of" phrase of a noun of its own type ("war of aggression", "campaign of attacks"): the
        same act named twice, which the outer noun tells with its sides (arguments.yaml ``act_of_act_types``)."""
        head = tok.head
        if tok.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN" or head.head.i == tok.i:
            return False
        kind = self._plain_noun_type(tok)
        return kind is not None and kind in self.act_of_act_types and self._plain_noun_type(head.head) == kind

    def _kind_phrases(self, tok) -> list:
        """The prepositions of the noun of its own kind in the noun's "of" phrase ("a war of aggression against
        Ukraine": "against Ukraine" hangs on "aggression"), which tell the outer noun's sides (h39warof)."""
        return [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and self._kind_of_outer(o)
            for g in o.children
            if g.dep_ == "prep" and self._pobj(g) is not None
        ]

    def _modifier_only(self, tok) -> bool:
        """An event noun that only qualifies the noun it modifies (triggers_phrases.yaml ``modifier_heads``): a person,
        a body, a place or an instrument named by the act ("aid worker", "protest leaders", "attack drone"), not the act
        itself; "an aid package", "a sanctions package" keep theirs."""
        if tok.dep_ != "compound" or tok.head.i == tok.i:
            return False
        head = tok.head
        while head.dep_ == "compound" and head.head.i != head.i:  # "war crimes tribunal": the last noun decides
            head = head.head
        heads = self.lex.modifier_heads
        return head.lemma_.lower() in heads or head.lower_ in heads

    def _document_noun(self, tok, lemma: str) -> bool:
        """An event noun a compound modifier makes a document or a medium (triggers_phrases.yaml
        ``document_modifiers``): "the Treasury's press release" releases nobody."""
        words = self.lex.document_modifiers.get(lemma) or frozenset()
        return any(c.dep_ == "compound" and c.lower_ in words for c in tok.children)

    def _intensifier(self, verb) -> bool:
        """A trigger verb with a particle that makes it an intensifier of its object ("stepped up its attacks":
        arguments.yaml weak_verbs ``not_particles``): its object is its own event (h20stepup)."""
        rule = self.weak_verbs.get(verb.lemma_.lower()) or {}
        return any(c.dep_ == "prt" and c.lower_ in rule.get("not_particles", ()) for c in verb.children)

    def _trigger_word(self, tok) -> bool:
        """Is ``tok``'s lemma a verb of one of the trigger lexicons?"""
        lemma = tok.lemma_.lower()
        return lemma in self.lex.verbs or lemma in self.extra_verbs or (self.general is not None and lemma in self.general.verbs)

    @cached_property
    def threat_frame(self) -> dict[str, frozenset[str]]:
        raw = argument_rules().get("threat_frame") or {}
        return {k: frozenset(raw.get(k) or ()) for k in ("types", "nouns", "adjectives")}

    def _threat_frame(self, tok) -> bool:
        """Is a coercive act only the content of a readiness ("their readiness to impose severe costs on X", "stands
        ready to impose sanctions")? Then it is a threat (PLOVER THREATEN), not the act (arguments.yaml ``threat_frame``)."""
        if tok.dep_ not in ("acl", "xcomp", "advcl") or not infinitive(tok):
            return False
        head = tok.head
        word = head.lemma_.lower()
        if head.pos_ == "NOUN":
            return word in self.threat_frame["nouns"] or head.lower_ in self.threat_frame["nouns"]
        if tok.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
            # "made clear U.S. willingness, alongside our Allies, to impose ...": the parse hangs the noun's infinitive
            # from the verb whose object the noun is (h14cond12)
            nouns = self.threat_frame["nouns"]
            return any(
                c.dep_ == "dobj" and c.i < tok.i and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in head.children
            )
        return head.pos_ == "ADJ" and (word in self.threat_frame["adjectives"] or head.lower_ in self.threat_frame["adjectives"])

    def _phrase_noun_trigger(self, tok, lemma: str) -> tuple[str, str | None, Any] | None:
        """A noun of two words, its modifier before it ("hunger strike", "air strike"): the pair decides over
        the head alone ("strike"); from triggers.yaml, arguments.yaml or the general lexicon."""
        for c in tok.children:
            if c.dep_ not in ("compound", "amod") or c.i != tok.i - 1:
                continue
            key = f"{c.lower_} {lemma}"
            for table in (self.lex.nouns, self.phrase_nouns, self.general.nouns if self.general is not None else {}):
                if key in table:
                    ptype, mode = table[key]
                    return ptype, mode, None
        return None

    def _verb_lemma(self, tok, lemma: str) -> str:
        """The lemma, or the base form a trigger lexicon knows when the tagger's lemma is no word of them
        ("staged" lemmatised as "stag"): the text with its -s, -es, -d, -ed, -ing (and -ied as -y) taken off."""
        known = self._verb_words
        if lemma in known:
            return lemma
        w = tok.lower_
        if lemma != w and lemma.isalpha() and any(c.dep_ == "prt" for c in tok.children):
            return lemma  # "he wound up going to ...": "wind up", a phrasal verb of another lemma, not "to wound" (h47windup)
        forms = [w, IRREGULAR_PAST.get(w, w)]
        if w.endswith("ied"):
            forms.append(w[:-3] + "y")
        if w.endswith("ed"):
            forms += [w[:-1], w[:-2]]
        if w.endswith("ing"):
            forms += [w[:-3], w[:-3] + "e"]
        if w.endswith("s"):
            forms += [w[:-1], w[:-2]]
        return next((f for f in forms if f in known), lemma)

    @cached_property
    def _told_done_verbs(self) -> frozenset[str]:
        """Verbs whose possessed or definite act-noun object is an act told as done: the verbs of judgement
        (``presupposed``) and those whose object is what is talked about (``topic_object_verbs``; h37pair)."""
        return self.presupposing_verbs | self.topic_object_verbs

    @cached_property
    def _verb_words(self) -> frozenset[str]:
        words = frozenset(self.lex.verbs) | frozenset(self.extra_verbs) | frozenset(self.governing)
        words |= frozenset(v for rule in self.lex.verb_object for v in rule["verbs"])
        return words | (frozenset(self.general.verbs) if self.general is not None else frozenset())

    def _verb_trigger(self, tok, lemma: str) -> tuple[str, str | None, Any] | None:
        """A verb: verb + object rules first, then the coder's own verbs, then the lexicon's."""
        lemma = self._verb_lemma(tok, lemma)
        prt = self._particles(tok)
        found = self._verb_object_rule(tok, lemma, prt)
        if found is not None:
            return found
        if lemma in self.lex.senses.get("verbs", ()):
            sense = self._other_sense(tok, lemma)
            if sense is not None:
                return sense or None  # () : the verb in a sense that is no event ("fire" a person)
        if lemma not in self.lex.verbs and lemma in self.extra_verbs and lemma not in self.allegation_verbs:
            return self._extra_verb_trigger(tok, lemma, prt)
        if (
            lemma in self.feeling_passives
            and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
        ):
            return None  # "we are encouraged by the progress": a feeling, no one asked to do anything (h29encourage)
        dobj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if dobj is None and lemma in self.actor_object and any(c.dep_ == "agent" for c in tok.children):
            # "Montenegro was recognised as an independent state by Germany": the passive's subject is what is
            # recognised (h31passive)
            dobj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if lemma in self.no_object and (dobj is not None or any(c.dep_ == "ccomp" for c in tok.children)):
            return None  # "demonstrated its commitment", "demonstrated that we do not stand aside" show, not protest
        if lemma in self.actor_object and (
            dobj is None or not (dobj.pos_ == "PROPN" or dobj.ent_type_ in PARTY_ENTS or self._statehood(dobj))
        ):
            return None  # "recognised the desire for peace" is no diplomatic recognition
        if lemma in self.lex.verbs:
            ptype, mode = self.lex.verbs[lemma]
            if lemma in self.weak_verbs:
                return self._weak_verb(tok, self.weak_verbs[lemma], ptype, mode)
            return ptype, mode, None
        found = self._general_verb_trigger(tok, lemma)
        if found is None and self._joint_act(tok):
            return "COOPERATE", None, "weak"  # "The United States and Germany jointly developed the program" (h38jointly)
        return found

    def _joint_act(self, tok) -> bool:
        """Is a verb that is no trigger of its own done together by two parties: "jointly" (arguments.yaml
        ``joint_act.adverbs``) with a subject of two parties named ("X and Y jointly developed ...", "we" of a pair told
        before) or a partner in its "with" phrase ("we are doing this jointly with German Chancellor Olaf Scholz")?
        Material cooperation between them (PLOVER COOPERATE); their countries are checked with the sides (h38jointly). A
        trigger verb is read as its own type before this is asked ("jointly condemned", "jointly funded")."""
        if tok.pos_ != "VERB":
            return False
        joint = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in self.joint_act_adverbs), None)
        if joint is None:
            # "Thailand and Laos began operating a joint customs checkpoint", "will build a joint pipeline with China":
            # a thing made or run jointly, itself no event (``joint_act.adjectives``; h39joint)
            joint = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("dobj", "obj")
                    and any(a.dep_ == "amod" and a.lower_ in self.joint_act_adjectives for a in c.children)
                    and self._trigger(c) is None
                ),
                None,
            )
        if joint is None:
            return False
        if self._joint_subject(tok, names_only=True) or self._joint_agent(tok):
            return True
        return any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and (o := self._pobj(c)) is not None
            and (o.pos_ == "PROPN" or o.ent_type_ in PARTY_ENTS)
            for n in (tok, joint)
            for c in n.children
        )

    def _joint_agent(self, tok) -> bool:
        """Is the "by" phrase of a passive verb two parties coordinated ("a program jointly offered by the U.S. and
        German governments", "the fund was jointly established by Japan and India"; h43jointby)?"""
        agents = [self._pobj(c) for c in tok.children if c.dep_ == "agent"]
        # the parser may hang the pair on a modifier of the noun ("the U.S. and German governments")
        return any(a is not None and any(t.dep_ == "conj" for t in a.subtree) for a in agents)

    @cached_property
    def joint_act_adverbs(self) -> frozenset[str]:
        return frozenset((argument_rules().get("joint_act") or {}).get("adverbs") or ())

    @cached_property
    def joint_act_adjectives(self) -> frozenset[str]:
        return frozenset((argument_rules().get("joint_act") or {}).get("adjectives") or ())

    def _statehood(self, obj) -> bool:
        """A state's standing named as what is recognised ("recognised Kosovo's independence", "Palestinian
        statehood", "the independence of the Donetsk and Luhansk regions", "Israel's sovereignty over the Golan"):
        a noun of ``statehood_nouns`` with a party of its own (possessor, adjective or "of" phrase; h25recognise)."""
        if obj.lemma_.lower() not in self.statehood_nouns:
            return False
        return any(
            c.dep_ in ("poss", "amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children
        )

    def _other_sense(self, tok, lemma: str) -> tuple | None:
        """A trigger verb read in its other sense (triggers_phrases.yaml ``senses``): a trigger of that sense, ``()``
        for no event, or None when the verb is in its usual sense."""
        senses = self.lex.senses
        label = senses.get("labelling")
        if label and lemma in label["verbs"]:
            found = self._labelling(tok, label)
            if found is not None:
                return found
        verbal = senses.get("verbal")
        if verbal and lemma in verbal["verbs"] and self._verbal(tok, verbal):
            return verbal["type"][0], verbal["type"][1], None
        if any(lemma in rule["verbs"] and self._not_act(tok, rule) for rule in senses.get("not_acts", ())):
            return ()
        return None

    @staticmethod
    def _labelling(tok, rule: dict) -> tuple | None:
        """ "called Biden a decent man", "calling it an aggression", "branded the vote illegal": a verb of naming with
        an object and a predicate is no call; the predicate's tone makes it blame or praise of a named party."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        preds = [c for c in tok.children if c.dep_ == "oprd" or (c.dep_ in ("dobj", "obj") and c.i != objs[0].i)] if objs else []
        if not preds:
            return None
        if any(c.dep_ == "xcomp" or (c.lower_ == "to" and c.i > tok.i) for c in tok.children) or any(
            c.lower_ == "to" for p in preds for c in p.children
        ):
            return None  # "called Russia to de-escalate", "called the Party faithful to combat": a call on a party to act
        obj = objs[0]
        named = any(t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS for t in obj.subtree)  # "the Polish decision" too
        if not named:
            return ()
        from ..facts.tone import lexicon as tone_words  # VADER's word valences, loaded on first use

        words = tone_words()
        score = 0.0
        for pred in preds:
            flip = -1.0 if any(c.dep_ == "neg" for c in list(pred.children) + list(tok.children)) else 1.0
            score += flip * sum(words.get(t.lower_, 0.0) for t in pred.subtree)
        if score <= -rule["threshold"]:
            return rule["blame"][0], rule["blame"][1], None
        if score >= rule["threshold"]:
            return rule["praise"][0], rule["praise"][1], None
        return ()

    @staticmethod
    def _verbal(tok, rule: dict) -> bool:
        """ "attacked X as a consistent opponent", "attacked X for failing to ...", "attacked the ruling": words, not force."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                if any(g.dep_ == "pobj" and g.lemma_.lower() not in rule["as_not"] for g in c.children):
                    return True
            elif c.dep_ == "prep" and c.lower_ in rule["gerund_preps"]:
                if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                    return True
            elif c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in rule["objects"]:
                return True
        return False

    @staticmethod
    def _not_act(tok, rule: dict) -> bool:
        """Is ``tok`` (a verb of ``rule``) in a sense that is no act of its type, by its object (``not_acts``)?"""
        # "he's met with him" is "has met": the clitic read as a passive auxiliary is left out
        if "passive_preps" in rule and any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in tok.children):
            if any(c.dep_ == "prep" and c.lower_ in rule["passive_preps"] for c in tok.children):
                return True  # "will be met with a swift response": a reception, no meeting
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objs += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in rule.get("through_preps", ())
            for g in c.children
            if g.dep_ == "pobj"
        ]  # "fight against corruption"
        if "objects" in rule:
            objs += [c for o in objs for c in o.children if c.dep_ == "conj"]  # "the CPC and ... determinations"
            # "share any number of interests", "a range of concerns": what the quantity is of is the object (h38number)
            objs += [
                g
                for o in objs
                if o.lemma_.lower() in MEASURE_NOUNS or o.lower_ in MEASURE_NOUNS
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            if rule.get("described") and tok.dep_ == "acl" and tok.tag_ == "VBN":
                objs.append(tok.head)  # "a report released yesterday"
            if rule.get("titles"):  # "the 2021 Trafficking in Persons Report": a proper noun of the list in the phrase
                objs += [g for o in objs for g in o.subtree if g.pos_ == "PROPN" and g.dep_ in ("pobj", "compound", "conj")]
            if any(o.lemma_.lower() in rule["objects"] or o.lower_ in rule["objects"] for o in objs):
                return True
        if rule.get("person_object") and not any(
            c.dep_ == "prep" and c.lower_ in rule.get("unless_preps", ()) for c in tok.children
        ):
            people = rule.get("person_words", frozenset())
            if any(
                o.ent_type_ == "PERSON"
                or (o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "PRODUCT"))
                or o.lower_ in ("him", "her")
                or o.lemma_.lower() in people
                for o in objs
            ):
                return True
        if "except_objects" in rule:
            direct = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if direct and not any(
                o.lemma_.lower() in rule["except_objects"] or o.like_num or o.ent_type_ in ("CARDINAL", "QUANTITY")
                for o in direct
            ):
                return True
        if "subjects" in rule:
            for c in tok.children:
                if c.dep_ != "nsubj":
                    continue
                subj = tok.head if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else c  # "centres that will support"
                if subj.pos_ == "NOUN" and subj.lemma_.lower() in rule["subjects"]:
                    return True
        if "as_objects" in rule:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    for g in c.children:
                        if g.dep_ == "pobj" and (
                            g.lemma_.lower() in rule["as_objects"]
                            or any(m.lower_ in rule["as_objects"] for m in g.children if m.dep_ in ("compound", "amod"))
                        ):
                            return True
        return False

    def _particles(self, tok) -> set[str]:
        """The verb's particles ("turned down", "rounded up"), with an adverb the parser gives for one ("sent back
        the migrants", parsed ``advmod``)."""
        found = {
            c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in self.lex.particle_adverbs)
        }
        objects = [c.i for c in tok.children if c.dep_ in ("dobj", "obj")]
        if objects and any(  # "ordered the Red Cross out of the region": "out" after the object, parsed a preposition (h32expel)
            c.dep_ == "prep" and c.lower_ == "out" and c.i > max(objects) and any(g.lower_ == "of" for g in c.children)
            for c in tok.children
        ):
            found.add("out")
        if any(  # "handed in their weapons": "in" right after the verb before an owned object, parsed a preposition (h39handin)
            c.dep_ == "prep"
            and c.lower_ == "in"
            and c.i == tok.i + 1
            and any(g.dep_ == "pobj" and any(x.dep_ == "poss" for x in g.children) for g in c.children)
            for c in tok.children
        ):
            found.add("in")
        if any(c.dep_ == "prep" and c.lower_ == "off" and c.i == tok.i + 1 for c in tok.children):
            found.add("off")  # "sealed off the town of Jenin": "off" right after the verb, parsed a preposition (h47sealoff)
        return found

    def _general_verb_trigger(self, tok, lemma: str) -> tuple[str, str | None, Any] | None:
        """A verb only the general lexicon knows (triggers_general.yaml); a verb of the coder's own lists
        (governing, allegation) is theirs; a participle modifying a noun ("the occupied territories") is no act."""
        if self.general is None or lemma not in self.general.verbs:
            return None
        if lemma in self.extra_verbs or lemma in self.governing or lemma in self.allegation_verbs:
            return None
        if tok.dep_ in ("amod", "compound") or not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")):
            return None
        ptype, mode = self.general.verbs[lemma]
        return ptype, mode, None

    def _verb_object_rule(self, tok, lemma: str, prt: set[str]) -> tuple[str, str | None, Any] | None:
        """Verb + object pairs of triggers.yaml ("slapped a tariff", "held talks"), which decide over the words alone."""
        if lemma not in self.lex.rule_verbs:
            return None  # no rule for this verb: spare the objects' walk
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass", "oprd")]  # oprd: "took X hostage"
        objs += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.lemma_.lower() in self.verdict_adjectives]
        direct = objs + self._object_words(objs)  # for rules with ``direct``: the object itself, no preposition's
        # a preposition's object, and the object the small parser hangs on a particle ("handed in their weapons": h39handin)
        objs += [g for c in tok.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
        objs += [  # "walked out of the talks": the parser's "out" as a preposition, with "of" under it (h14detect9)
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "out"
            for p in c.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        clause = tok.head if tok.dep_ == "xcomp" else tok  # "the messages that we tried to send"
        if (
            clause.dep_ == "relcl"
            and clause.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("dobj", "obj") and c.tag_ not in ("PRP", "WDT", "WP", "IN") for c in tok.children)
        ):
            objs.append(clause.head)  # "the response that we provided": the noun the clause describes is its object
            direct.append(clause.head)  # "the military operation that we launched" (h26direct)
        if any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in tok.children):  # "drafted an answer and sent it": the
            objs += [
                next(
                    (
                        t
                        for t in reversed(tok.sent[: tok.i - tok.sent.start])
                        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
                    ),
                    tok,
                )
            ]
        objs += self._object_words(objs)
        for rule in self.lex.rules_for(lemma):
            if rule.get("particle") and rule["particle"] in prt:
                if not rule["objects"]:
                    return rule["type"], rule.get("mode"), None
                hit = next((o for o in objs if o.lemma_.lower() in rule["objects"]), None)
                if hit is not None:  # "called off the talks": the particle and the object together (h14detect9)
                    return rule["type"], rule.get("mode"), hit
                continue
            if rule.get("particle"):
                continue  # "called for talks", "walked into the meeting": the particle makes the act, without it none (h21particle)
            if rule.get("subjects"):
                preps_ok = not rule.get("preps") or any(c.dep_ == "prep" and c.lower_ in rule["preps"] for c in tok.children)
                object_ok = not rule.get("direct") or any(c.dep_ in ("dobj", "obj") for c in tok.children)
                if preps_ok and object_ok and self._weapon_subject(tok, rule["subjects"]):
                    # "Russian missiles hit the city"; "troops crossed into Iraq" needs its "into" (h27cross)
                    return rule["type"], rule.get("mode"), "weak"
                continue
            if rule.get("time_limit"):
                if time_limit(tok, rule["objects"]) is not None:
                    return rule["type"], rule.get("mode"), "weak"  # "gave Ukraine until Friday to withdraw" (h26ultimatum)
                continue
            if rule.get("adverbs") and any(c.dep_ == "advmod" and c.lower_ in rule["adverbs"] for c in tok.children):
                if rule.get("pair_subject") and not self._joint_subject(tok, names_only=True):
                    continue  # "we work together to counter Iran's behavior": no partner known (h37pair)
                return rule["type"], rule.get("mode"), "weak"  # "spoke highly of X"
            if rule.get("preps") and any(c.dep_ == "prep" and c.lower_ in rule["preps"] for c in tok.children):
                return rule["type"], rule.get("mode"), "weak"
            if rule.get("invert") and any(
                o.lemma_.lower() in rule["objects"] and self._rule_preps_ok(rule, tok, o) for o in objs
            ):
                return rule["type"], rule.get("mode"), "inverted"
            if rule.get("accused_subject"):
                if any(o.lemma_.lower() in rule["objects"] for o in direct):
                    return rule["type"], rule.get("mode"), "lawbreak"  # "X is breaking the law", said Y (h14news9)
                continue
            if rule.get("joint"):
                first = [c for c in tok.children if c.dep_ in ("dobj", "obj")]  # not a conjunct: "their support ...,
                # as well as the readiness of Allies to impose costs" is not the parties' own position
                if self._joint_subject(tok) and any(o.lemma_.lower() in rule["objects"] for o in first):
                    return rule["type"], rule.get("mode"), JOINT_ONLY  # "Both sides highlighted the importance of"
                continue
            if rule.get("to_border") and not self._to_border(tok):
                continue
            if rule.get("to_country") and not self._to_country(tok):
                continue
            for o in direct if rule.get("direct") else objs + (self._second_objects(tok) if rule.get("second_objects") else []):
                if o.lemma_.lower() in rule["objects"] and self._rule_preps_ok(rule, tok, o):
                    phrase = self._phrase_noun_trigger(o, o.lemma_.lower())
                    if phrase is not None and phrase[0] != rule["type"]:
                        return (
                            phrase  # "staged a general strike", "staged a hunger strike": the pair names another act (h31strike)
                        )
                    mode = rule.get("mode")
                    if rule["type"] == "CONSULT" and any(
                        c.dep_ in ("compound", "amod") and c.lower_ in self.phone_words for c in o.children
                    ):
                        mode = "PHONE"  # "had a telephone conversation"
                    return rule["type"], mode, o
        return None

    @staticmethod
    def _second_objects(tok) -> list:
        """The second object of a verb of two objects, which the parser hangs elsewhere: "wishes the people of Peru a
        joyous Independence Day" (the day an adverbial noun), "wish the people of The Bahamas every success over the
        year to come" (the success the subject of a clause); for rules with ``second_objects`` (h45wish)."""
        if not any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children):
            return []  # the one wished is named first: without it there is no second object
        out = [c for c in tok.children if c.dep_ == "npadvmod" and c.i > tok.i]
        out += [g for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i for g in c.children if g.dep_ == "nsubj"]
        return out

    def _border_phrases(self, tok) -> list:
        """The border nouns in the phrases of the verb or of its direct objects ("massed troops near the Ukrainian
        border", "moved three divisions to the Rajasthan border"; a dative "to" too; ``border_nouns``)."""
        # the verb, its objects, and an adverb or particle carrying the phrase ("pull its troops back from the valley")
        heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj", "advmod", "prt"))]
        # "moved tens of thousands of troops close to the border": "close" (or "near") an adjective of the object (h39close)
        heads += [a for h in heads[1:] for a in h.children if a.dep_ in ("amod", "advmod") and a.lower_ in self.border_adjectives]
        nouns = [self._pobj(p) for h in heads for p in h.children if p.dep_ in ("prep", "dative")]
        # one phrase deeper: "massed troops near the disputed temple on its border with Thailand" (h32border)
        nouns += [self._pobj(p) for n in list(nouns) if n is not None for p in n.children if p.dep_ == "prep"]
        return [n for n in nouns if n is not None and n.lemma_.lower() in self.border_nouns]

    def _to_border(self, tok) -> bool:
        """Are forces moved to a border ("ordered battalions to its border with Colombia"; h31moved)?"""
        return bool(self._border_phrases(tok))

    def _to_country(self, tok) -> bool:
        """Does the verb's "to" phrase name a country or a city ("return U.S. forces to Somalia"), not a base or a home
        ("returned the troops to their bases"; h38return)?"""
        held = self.captive_participles
        if any(a.dep_ == "amod" and a.lower_ in held for o in tok.children if o.dep_ in ("dobj", "obj") for a in o.children):
            return False  # "returned four detained Georgian soldiers to Georgia": captives released, no deployment (h39held)
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and (o := self._pobj(c)) is not None and o.ent_type_ == "GPE"
            for c in tok.children
        )

    def _is_force(self, tok) -> bool:
        """Is the word one of the forces a MOBILIZE act moves (``deployed_forces``)?"""
        return tok.lemma_.lower() in self.deployed_forces or tok.lower_ in self.deployed_forces

    def _joint_subject(self, tok, names_only: bool = False) -> bool:
        """Is the subject of the verb ``tok`` (or of the verb it is coordinated with: "They reaffirmed ... and committed
        to ...") more than one party: a pair or group phrase resolved to the parties told before ("both sides", "they",
        "the leaders", "The Ministers"), or parties coordinated ("X and Y")? Whether they are of two countries is
        settled with the sides (h19joint). ``names_only``: the coordinated parties must be names or pronouns ("X and
        Y spoke", "Mr Draghi and I"; not "the federal government and regional governments": h29spoke, h37pair)."""
        subj = self._clause_subject(tok)[0]
        if subj is None:
            return False
        if subj.i in self._group:
            return True
        conjuncts = [c for c in subj.children if c.dep_ == "conj"]
        return bool(conjuncts) and (not names_only or all(t.pos_ in ("PROPN", "PRON") for t in (subj, *conjuncts)))

    @staticmethod
    def _weapon_subject(tok, words) -> bool:
        """Is the doer of ``tok`` one of ``words`` (a verb + subject rule: "missiles hit the city"): its subject, or the
        agent of its passive ("the city was hit by missiles")?"""
        for c in tok.children:
            if c.dep_ == "nsubj" and c.lemma_.lower() in words:
                return True
            if c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children):
                return True
        return False

    def _rule_preps_ok(self, rule: dict, tok, obj) -> bool:
        """A verb + object rule with ``with_preps`` holds only with one of them on the verb, the object or the
        object's head ("fired rockets at X"); the parser's "dative" is a "to" phrase too ("delivered costs to X"). One
        with ``of_objects`` only when the object's "of" phrase names one of them ("an exchange of views")."""
        of_objects = rule.get("of_objects")
        if of_objects and not self._of_object(obj, of_objects):
            return False  # "held an exchange of views", not "an exchange of prisoners" (h37pair)
        need = rule.get("with_preps")
        if not need:
            return True
        heads = (tok, obj, obj.head)
        if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.lemma_.lower() in self.aimed_participles for c in obj.children):
            return True  # "launched missiles targeting US troops" (h30aimed)
        return any(
            c.dep_ in ("prep", "dative")
            and c.lower_ in need
            and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "at 1922 UTC"
            for h in heads
            for c in h.children
        )

    def _inner_object_targets(self, tok, obj, by_token, ptype: str | None = None) -> list[Arg]:
        """The party in the phrase of an object word found inside the verb's object ("announced $50 million in
        assistance to Ukraine", "sent a message of condolences to X"): its to/for/against/on/with phrase; a direct
        object's phrases are read by the verb's own arguments. For an act done on a place (``place_targets``) whose
        phrase names a thing there ("launched missile strikes on nine sites in Pakistan"), the country that thing is
        placed in (h25sites)."""
        if obj.i < tok.i:
            return []
        direct = obj.head.i == tok.i  # its actors are the verb's own arguments: only a thing's place is read here
        out: list[Arg] = []
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "for", "against", "on", "with") and self._pobj(p) is not None:
                found = self._side(self._pobj(p), by_token)
                if found:
                    out += [] if direct else found
                elif ptype in self.place_targets and p.lower_ in ("on", "against"):
                    out += self._placed_thing(self._pobj(p), by_token)
        return out

    def origin_preps(self, tok) -> frozenset[str]:
        """The prepositions the act word's own ``verb_preps`` make a place it is done from, not a party ("fired
        rockets from Gaza": ``from``; h25origin)."""
        return frozenset(p for p, r in self.verb_prep_roles.get(tok.lemma_.lower(), {}).items() if r == "location")

    def _placed_modifier(self, t: Arg, trig, by_token) -> Arg:
        """A target with no country named only as the modifier of a thing placed in a country ("shelled Kurdish
        positions in Syria", "struck Houthi-held areas in Yemen"): the country the thing is in (h25sites); else the
        target as it is."""
        if t.m.country is not None or (t.m.kind == "collective" and t.m.how == "role-pattern"):
            return t  # "bombed Kurdish rebel camps in northern Iraq": a group word names the holder itself (h32held)
        at = self._mention_head(t.m, trig)
        if at is None or at.dep_ not in ("amod", "compound", "nmod") or trig.pos_ != "VERB":
            return t
        if not (at.head.dep_ in ("dobj", "obj") and at.head.head.i == trig.i):
            return t  # only the verb's own object ("shelled Kurdish positions in Syria"), not a noun act's phrase
        placed = self._placed_thing(at.head, by_token)
        return placed[0] if len(placed) == 1 else t

    def _placed_thing(self, thing, by_token) -> list[Arg]:
        """The country a thing acted on is placed in by its own "in" phrase ("sites in Pakistan and Pakistani Kashmir",
        "positions inside Syria"): that country's or region's mention, else none."""
        kinds = self.thing_place_kinds
        out: list[Arg] = []
        for c in thing.children:
            if c.dep_ != "prep" or c.lower_ not in self.thing_place_preps or self._pobj(c) is None:
                continue
            obj = self._pobj(c)
            named = [obj, *obj.conjuncts] + [g for g in obj.children if g.dep_ in ("nmod", "compound", "amod")]
            for g in named + [k for n in named if n is not obj for k in n.conjuncts]:
                m = by_token.get(g.i)
                if m is not None and m.country and m.kind in kinds:
                    out.append(Arg(m, g))
            break
        return self._dedupe(out)

    def _object_words(self, objs: list) -> list:
        """Words inside an object that say what it is: its compound ("the sanction measures", "an aid package"),
        the content of a message ("a message of congratulations") and what an amount is of ("$2 billion in
        humanitarian assistance"); read after the object itself."""
        out = []
        for o in objs:
            out += [c for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            out += [c for c in o.conjuncts if c.pos_ == "NOUN" and c.i > o.i]  # "artillery, mortar and rocket fire"
            amount = o.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or o.lower_ in MEASURE_NOUNS or o.like_num
            contents = ("of",) if o.lemma_.lower() in MESSAGE_NOUNS else ()
            preps = ("in", "of", "worth") if amount else contents
            for p in (c for c in o.children if c.dep_ == "prep" and c.lower_ in preps):
                out += [g for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            inner = self.lex.object_inner.get(o.lemma_.lower())
            if inner:  # "a state of emergency", "martial law": the word that names the measure (h14detect9)
                out += [c for c in o.children if c.dep_ == "amod" and "amod" in inner]
                out += [g for c in o.children if c.dep_ == "prep" and c.lower_ in inner for g in c.children if g.dep_ == "pobj"]
        return out

    def _extra_verb_trigger(self, tok, lemma: str, prt: set[str]) -> tuple[str, str | None, Any] | None:
        """The coder's own verbs (arguments.yaml ``verbs``), with the particle, object or preposition they need."""
        need = self.particle_required.get(lemma)
        if need and not need & prt:
            return None
        if lemma in self.object_required and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
            if not (lemma in self.issuer_passive_verbs and self._issuer_passive(tok)):
                return None  # (the passive subject of "were designated" in a government's text is its object; h46passive)
        if lemma in self.prep_required and not any(
            c.dep_ == "prep" and c.lower_ in self.prep_required[lemma] for c in tok.children
        ):
            if self._stood_together(tok, self.joint_words.get(lemma) or frozenset()):
                ptype, mode = self.extra_verbs[lemma]
                return ptype, mode, JOINT  # "the United States and the Netherlands stand together": each with the other
            return None
        ptype, mode = self.extra_verbs[lemma]
        return ptype, mode, "weak"

    def _stood_together(self, tok, joint: frozenset[str]) -> bool:
        """Is the verb told with one of its ``joint`` words and two parties: the party stood with under the word ("stand
        united with Ukraine"), or two named as the subject ("X and Y will keep standing together": the subject of
        "keep")? A lone "we stand together" says with whom only through the sentences before (h17joint)."""
        word = next((c for c in tok.children if c.dep_ in ("advmod", "acomp", "oprd", "prt") and c.lower_ in joint), None)
        if word is None:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in word.children):
            return True
        subject = self._clause_subject(tok)[0]
        return subject is not None and any(t.dep_ == "conj" for t in subject.subtree)

    def _weak_verb(self, tok, rule: dict, ptype: str, mode: str | None) -> tuple[str, str | None, Any] | None:
        """A verb that means an event only with the right complement (arguments.yaml ``weak_verbs``)."""
        if any(c.dep_ == "prt" and c.lower_ in rule.get("not_particles", ()) for c in tok.children):
            # "stepped up its attacks": an intensifier, the object's own event stands (h20stepup); "called off their
            # march on Bucharest": a cancellation, no call on anyone (h39calloff)
            return None
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        # a lone named object is sometimes parsed as an object predicate ("called Foreign Minister *Dar* on Monday")
        has_object = any(c.dep_ == "dobj" for c in tok.children) or any(
            c.dep_ == "oprd" and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS) for c in tok.children
        )
        redirect = rule.get("redirect")
        # a time phrase is no addressee ("called Macron on Tuesday" is a call, not a call on Macron)
        if redirect and any(
            c.dep_ == "prep" and c.lower_ in redirect["preps"] and not EventCoder._time_phrase(c) for c in tok.children
        ):
            return redirect["type"], None, None  # "called on X to ...": a request
        if rule.get("objects") and not any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in rule["objects"] or c.lemma_.lower() in rule["objects"])
            for c in tok.children
        ):
            return None  # "compared notes", "recalled its ambassador"; not "recalled the summit" (h37pair)
        if rule.get("pair_only"):
            if not self._joint_subject(tok, names_only=True):
                return None  # "the court will review the case": one party reviewing is no meeting (h37pair)
            if rule.get("preps") and not preps & set(rule["preps"]):
                return None  # "reflecting the hopes of the people": mirrors, no talk ("reflected on ...")
            return ptype, mode, "weak"
        if rule.get("preps") and not preps & set(rule["preps"]):
            if rule.get("pair_subject") and self._joint_subject(tok, names_only=True):
                return ptype, mode, "weak"  # "the President and Prime Minister Modi spoke via videoconference" (h29spoke)
            return None
        if rule.get("object") and not has_object:
            return None
        objects = [c for c in tok.children if c.dep_ == "dobj"] + ([tok.head] if tok.dep_ == "relcl" else [])
        if rule.get("not_objects") and any(o.lemma_.lower() in rule["not_objects"] for o in objects):
            return None  # "sending a permissive signal to X", "the letter he sent to X": nothing is given
        if not preps and not has_object:
            return None
        return ptype, mode, "weak"

    @staticmethod
    def _time_phrase(prep) -> bool:
        """Is this preposition's object a date or a time ("on Tuesday", "for two hours")?"""
        return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)

    def _extra_noun_trigger(self, tok, lemma: str) -> tuple[str, str | None, Any] | None:
        """The coder's own nouns (arguments.yaml ``nouns``), with the modifier or party they need."""
        key = lemma if lemma in self.extra_nouns else tok.lower_
        need = self.noun_modifiers.get(key)
        if need and not any(c.dep_ in ("amod", "compound") and c.lower_ in need for c in tok.children):
            return None
        if key in self.noun_of and not self._of_object(tok, self.noun_of[key]):
            return None  # "an exchange of views", not "an exchange of prisoners" (h45exchange)
        if key in self.noun_addressed and not self._addressed_feeling(tok):
            return None  # "our thoughts are with X", not "his thoughts on the matter" (h46thoughts)
        if key in self.noun_party_required and not any(
            c.dep_ == "poss"
            or (c.dep_ == "prep" and c.lower_ in ("against", "on", "in"))
            or (c.dep_ == "prep" and c.lower_ == "between" and self._two_parties(c))  # "the war between X and Y"
            or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
            for c in [*tok.children, *self._kind_phrases(tok)]
        ):
            return None
        ptype, mode = self.extra_nouns[key]
        return ptype, mode, None

    @staticmethod
    def _of_object(tok, words) -> bool:
        """Does the noun's "of" phrase hold one of ``words`` ("an exchange of views")?"""
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children)
            for c in tok.children
        )

    @staticmethod
    def _pair_between(tok):
        """The "between" phrase of ``tok`` that names two parties ("talks between Israel and Hamas"), else None."""
        return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" and EventCoder._two_parties(c)), None)

    @staticmethod
    def _two_parties(prep) -> bool:
        """Does a "between" phrase name two parties ("between Israel and Hamas"), not a span of time ("between 2014
        and 2016") or things?"""
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or not pobj.conjuncts:
            return False
        return all(t.ent_type_ in PARTY_ENTS or t.pos_ == "PROPN" for t in [pobj, *pobj.conjuncts])

    def _presupposed(self, tok, verbs: frozenset | None = None) -> bool:
        """Is the noun the definite or possessed object of a verb of judgement (or of ``verbs``) that names its own
        doer or its two parties ("welcomed the agreement between Israel and Lebanon", "condemned Russia's attack on
        Ukraine"): an act told as done, an event of its own (arguments.yaml ``presupposed``, h29presup)?"""
        verbs = self.presupposing_verbs if verbs is None else verbs
        if tok.dep_ not in ("dobj", "obj") or tok.head.lemma_.lower() not in verbs:
            return False
        if tok.lemma_.lower() in self.presupposed_not or tok.lower_ in self.presupposed_not:
            return False
        own = False
        definite = False
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"):
                definite = True
            elif c.dep_ == "poss":
                if c.tag_ in PRONOUN_TAGS:
                    return False  # "welcomed their agreement": whose is read by the verb's own sides
                definite, own = True, own or c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS  # possessed: definite
            elif c.dep_ in ("amod", "compound") and c.i < tok.i and c.ent_type_ in ("NORP", "GPE", "ORG"):
                own = True  # "condemned the Russian attack on Kyiv"
            elif c.dep_ == "prep" and c.lower_ == "between" and self._two_parties(c):
                own = True
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by" and (o := self._pobj(c)) is not None:
                own = own or o.pos_ == "PROPN" or o.ent_type_ in PARTY_ENTS
        return definite and own

    def _judged_act_doers(self, verb, by_token, sources: list[Arg]) -> list[Arg]:
        """The doer an act noun names by its possessor or its adjective, when a verb of judgement takes that act as its
        object ("condemn Russia's war of aggression against Ukraine", "denounced the Russian war in Ukraine"): whom the
        judging is aimed at (guidelines: a condemnation targets the act's doer), never the party the act is done to;
        "war" is a topic word for the other readings, so its possessor was lost (h29judged). Its "by" or "from" phrase
        names the doer too ("condemned the shelling of Donetsk by Ukrainian forces", h40judgedby). None named: none."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.pos_ != "NOUN" or self._plain_noun_type(obj) not in self.judged_act_types:
            return []
        mine = {a.m.actor_id for a in sources}
        out: list[Arg] = []
        of = next((self._pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
        if of is not None:  # the small parser hangs the "by" phrase on the "of" noun ("the shelling of Luhansk by ...")
            preps += [c for c in of.children if c.dep_ == "prep" and c.lower_ == "by"]
        for c in obj.children:
            if c.dep_ in ("poss", "amod", "compound") and c.tag_ not in PRONOUN_TAGS:
                out += [a for a in self._side(c, by_token) if a.m.actor_id not in mine]
        for c in preps:  # "condemned the shelling of Donetsk by Ukrainian forces", "... attacks from Gaza" (h40judgedby)
            if self._pobj(c) is not None:
                out += [a for a in self._side(self._pobj(c), by_token) if a.m.actor_id not in mine]
        return self._dedupe(out)

    def _between_parties(self, verb, by_token, sources: list[Arg]) -> list[Arg]:
        """The two parties of the act a verb of judgement takes as its object, named in the act noun's "between" phrase
        ("welcomed the talks between Serbia and Kosovo", "condemned the clashes between X and Y"), other than the
        judge; else none (h29presup)."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or not self._presupposed(obj):
            return []
        between = self._pair_between(obj)
        if between is None:
            return []
        mine = {a.m.actor_id for a in sources}
        return [a for a in self._side(self._pobj(between), by_token) if a.m.actor_id not in mine]

    def _asked_pair(self, verb, obj, by_token, sources: list[Arg]) -> list[Arg]:
        """The two parties of a demanded act (the rule's object, else the verb's direct object or its "for" phrase)
        that names them in its "between" phrase ("called for a ceasefire between Armenia and Azerbaijan", "urged talks
        between Kyiv and Moscow"): it is they who are asked, other than the one who asks (h30askedpair)."""
        acts = [obj] if obj is not None and not isinstance(obj, str) else []
        acts += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        acts += [self._pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and self._pobj(c) is not None]
        between = next((b for a in acts if (b := self._pair_between(a)) is not None), None)
        if between is None:
            return []
        pair = self._side(self._pobj(between), by_token)
        own = {a.m.country for a in sources if a.m.country} | {a.m.actor_id for a in sources}
        if any(a.m.country in own or a.m.actor_id in own for a in pair):
            return []  # "we are seeking a conversation between Secretary Blinken and Lavrov": a party's own proposal
        return pair

    def _noun_trigger(self, tok, lemma: str) -> tuple[str, str | None, Any] | None:
        """A noun of the lexicon; one that is only the object of a verb trigger is coded with that verb."""
        if (
            tok.dep_ in ("dobj", "obj")
            and tok.head.lemma_.lower() not in LIGHT_VERBS
            and tok.head.lemma_.lower() in self.lex.verbs
            and not self._intensifier(tok.head)
            # also "reviewed the Foreign Minister's recent visits to Indonesia": a past act with its own doer talked
            # about is told as done (h37pair)
            and not self._presupposed(tok, self._told_done_verbs)
            # "Please accept my warmest greetings": the verb is no act with this object, the noun is (h35audience)
            and lemma not in (self.weak_verbs.get(tok.head.lemma_.lower()) or {}).get("not_objects", ())
        ):
            return None
        things = self.noun_not_objects.get(lemma)
        if things and any(
            c.dep_ == "prep" and c.lower_ == "of" and (o := self._pobj(c)) is not None and o.lemma_.lower() in things
            for c in tok.children
        ):
            return None  # "the release of a business advisory": a thing made public, no prisoner freed (h17release)
        ptype, mode = self.lex.nouns[lemma]
        by_phone = any(c.dep_ in ("compound", "amod") and c.lower_ in self.phone_words for c in tok.children)
        if ptype == "CONSULT" and by_phone:
            mode = "PHONE"  # "a telephone conversation", "phone talks"
        elif lemma == "call" and not by_phone:
            mode = None  # "the call" alone may be any kind of call
            if self._call_on(tok):
                return "REQUEST", None, None  # "our call on Russia to withdraw", "its call for X to": a demand (h29callon)
        return ptype, mode, None

    @staticmethod
    def _call_on(tok) -> bool:
        """Is the noun "call" a demand: "on"/"upon" a named party ("our strong call upon Kosovo and Serbia to refrain"),
        or "for" a party "to" act ("its call for Russia to withdraw")? It was a phone call (h29callon)."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                o = next((g for g in c.children if g.dep_ == "pobj"), None)
                if o is not None and (o.pos_ == "PROPN" or o.ent_type_ in PARTY_ENTS) and o.ent_type_ not in ("DATE", "TIME"):
                    return True
            if EventCoder._for_clause(c):
                return any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        return False

    @staticmethod
    def _for_clause(c) -> bool:
        """Is this dependent of a noun its "for X to V" clause ("the need for X to V", "its call for Russia to
        withdraw")?"""
        return c.dep_ in ("advcl", "acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)

    # -- sides ---------------------------------------------------------------------
    def _actor_like(self, tok) -> bool:
        return tok.lower_ in self.actor_heads or tok.lemma_.lower() in self.actor_heads

    def _place_noun(self, tok) -> bool:
        return tok.lemma_.lower() in self.place_nouns or tok.lower_ in self.place_nouns

    def _named_place_of(self, tok, by_token) -> bool:
        """ "the breakaway region of South Ossetia": a place noun with the name of the place in its "of" phrase names
        that place, no topic ("the situation in the region" stays one; h28regionof)."""
        if not self._place_noun(tok):
            return False
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = self._pobj(c)
                if (
                    pobj is not None
                    and pobj.pos_ == "PROPN"
                    and (pobj.i in by_token or any(g.i in by_token for g in pobj.children if g.dep_ == "compound"))
                ):
                    return True
        return False

    def _is_topic(self, tok) -> bool:
        return tok.pos_ == "NOUN" and (tok.lower_ in self.topic_nouns or tok.lemma_.lower() in self.topic_nouns)

    def _actor_token(self, tok, by_token: dict[int, Mention], depth: int = 0):
        """The token of the actor that ``tok``'s noun phrase names, or None: the head itself, its possessor,
        compound or adjective ("Israeli army bulldozers", "Turkey's efforts"), or the "of" phrase of a title,
        a group or a number ("the president of Armenia", "two of its nationals"); never an actor inside a
        topic ("the situation in Afghanistan") and never one in a clause or another phrase hanging from it."""
        if tok.i in by_token:
            return tok
        if depth > 3 or (self._is_topic(tok) and not self._named_place_of(tok, by_token)):
            return None
        if tok.lemma_.lower() in GROUP_HEADS:
            # "the Basque separatist group ETA": the group's own name in apposition, before its people's adjective (h32named)
            for c in tok.children:
                if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN":
                    found = self._actor_token(c, by_token, depth + 1)
                    if found is not None:
                        return found
        plain = not self._actor_like(tok) and tok.pos_ != "PROPN"
        deps: tuple[str, ...] = ("poss", "compound", "amod", "nmod", "nummod")
        if tok.dep_ == "amod" and tok.lemma_.lower() in _side_rules()["leader_participles"]:
            deps += ("npadvmod",)  # "Saudi-led airstrikes": the leader named before the participle
        other_side = self._other_side_noun(tok)
        order = sorted(tok.children, key=lambda c: -c.i)  # nearest modifier first
        if tok.lemma_.lower() in _side_rules().get("applicant_nouns", ()):
            order.sort(key=lambda c: c.dep_ != "poss")  # "Sweden's NATO bid": the applicant (h26bid)
        for c in order:
            if c.dep_ == "amod" and c.i not in by_token and c.lemma_.lower() in _side_rules()["backer_participles"]:
                continue  # "Iranian-backed militias" are not Iran
            if c.dep_ == "poss" and other_side:
                continue  # "our strategic ally, the Russian Federation", "his counterpart": the possessor is the other party (h19ally)
            if c.dep_ in deps and c.i < tok.i:
                found = self._actor_token(c, by_token, depth + 1)
                if found is not None and places.in_city_named_document(found, by_token):
                    continue  # "the Paris climate agreement", "the Minsk agreements": where it was made (h27named)
                if (
                    found is not None
                    and plain
                    and c.dep_ != "poss"
                    and by_token[found.i].country is None
                    and by_token[found.i].kind == "collective"
                ):
                    continue  # "joint military exercises", "military intelligence": a kind of thing, not an actor
                if found is not None:
                    return found
        is_place = self._place_noun(tok)
        if self._actor_like(tok) or tok.pos_ in ("NUM", "PRON", "PROPN") or tok.lower_ in QUANTIFIERS or is_place or other_side:
            for c in tok.children:
                # "the president of Armenia", "a camp for refugees", "observers from the OSCE"
                if c.dep_ == "prep" and (
                    c.lower_ == "of"
                    or (is_place and c.lower_ == "for")
                    or (c.lower_ == "from" and self._actor_like(tok))
                    or (c.lower_ == "in" and other_side)  # "his counterpart in Peru": the Peruvian one (h30counterpartin)
                    or (c.lower_ == "for" and tok.lemma_.lower() in _side_rules()["speaker_for_heads"])
                ):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    found = self._actor_token(pobj, by_token, depth + 1) if pobj is not None else None
                    if found is not None and c.lower_ == "in" and not self._state_named(found, by_token):
                        continue  # "met his counterparts in Alaska / in Rome", "partners in the Indo-Pacific": a place
                    if found is not None:
                        return found
        for c in tok.children:
            if c.dep_ == "appos":
                found = self._actor_token(c, by_token, depth + 1)
                if found is not None:
                    return found
        if plain and tok.pos_ == "NOUN":
            # "the efforts undertaken by Oman", "the attacks carried out by Hamas": the by-agent of a participle on a
            # thing owns it, as a possessor does ("Oman's efforts"; h18agent)
            for c in tok.children:
                undergone = c.lemma_.lower() in _side_rules().get("undergone_participles", ())  # h27clause
                agent = (
                    next((a for a in c.children if a.dep_ == "agent"), None)
                    if c.dep_ == "acl" and c.tag_ == "VBN" and not undergone
                    else None
                )
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                found = self._actor_token(pobj, by_token, depth + 1) if pobj is not None else None
                if found is not None:
                    return found
        return None

    @staticmethod
    def _state_named(tok, by_token) -> bool:
        """Is the party at ``tok`` a state named by its own name (not a city, not its capital, not a region): "his
        counterparts in the ROK" (h30counterpartin)? A body is not: "its ally in the CSTO" is a fellow member (audit
        2026-12-05g), and "our partners in the EU" its member states."""
        m = by_token.get(tok.i)
        return m is not None and m.kind == "country" and not places.is_city(tok, m)

    @staticmethod
    def _other_side_noun(tok) -> bool:
        """ "ally", "partner", "counterpart" ... (``owned_groups.other_side``): a noun whose possessor is the other
        party ("our ally", "his counterpart"), never the side the noun names."""
        return tok.lemma_.lower() in _side_words("owned_groups", "other_side")

    def _deep_actor(self, tok, by_token):
        """Last resort for an argument whose head names no actor: the nearest actor with a country deeper in
        its phrase ("a camp for Congolese refugees", "part of an aid programme for Bosnia"), never inside a
        clause, a topic ("the situation in X") or a place phrase ("in", "at", "near" ...)."""
        best = None
        lemma = tok.lemma_.lower()
        if lemma in self.held_places or lemma in self.owned_acts:
            # "bombed hideouts of Kurdish rebels", "raided the bases of the militia": the party the place is held by,
            # with a country or not (a group named by a people's adjective has none; h31held); so the party whose
            # demand or offer it is ("accepted the demands of striking workers"; h32owned)
            for c in tok.children:
                held = self._pobj(c) if c.dep_ == "prep" and c.lower_ == "of" else None
                at = self._actor_token(held, by_token) if held is not None else None
                if at is not None and by_token.get(at.i) is not None and by_token[at.i].actor_id:
                    return at
            if lemma in self.held_places:
                # "bombed Kurdish rebel camps in northern Iraq", "shelled Taliban positions": the holder named by a
                # compound before the place, not the country the place is in (h32held)
                for c in tok.children:
                    m = by_token.get(c.i)
                    if c.dep_ == "compound" and c.i < tok.i and m is not None and m.actor_id and m.kind != "country":
                        return c
        if lemma in self.act_nouns or lemma in self.owned_acts:
            # "rejected a government offer", "condemned a police raid", "a government peace plan": the body a compound
            # of the act noun names is whose act it is, with a country or not (h32owner); not a kind ("joint military
            # exercises")
            for c in tok.children:
                m = by_token.get(c.i)
                if c.dep_ == "compound" and c.i < tok.i and m is not None and m.actor_id and m.sector in OWNER_SECTORS:
                    return c
        other_side = self._other_side_noun(tok)
        stack = [(c, 1) for c in tok.children if not (other_side and c.dep_ == "poss")]  # "our ally": not us (h19ally)
        while stack:
            t, depth = stack.pop()
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct", "parataxis") or depth > 4:
                continue
            if places.in_city_named_document(t, by_token):
                continue  # "the Minsk agreements": the city it was made in (h27named)
            if t.dep_ == "prep" and (t.lower_ in LOCATION_PREPS or self._border_with(t)):
                continue
            if t.dep_ == "amod" and t.i not in by_token and t.lemma_.lower() in _side_rules()["backer_participles"]:
                continue  # "Iranian-backed militias": the backer is not the group
            m = by_token.get(t.i)
            if m is not None and m.country and m.actor_id:
                if best is None or abs(t.i - tok.i) < abs(best.i - tok.i):
                    best = t
                continue
            if self._is_topic(t):
                continue
            stack.extend((c, depth + 1) for c in t.children)
        return best

    def _span(self, tok) -> tuple[int, int]:
        """Token range [start, end) of the noun phrase headed by ``tok``: its modifiers, without clauses,
        appositions, coordinated phrases and prepositional phrases other than "of"."""
        lo = hi = tok.i
        stack = [tok]
        while stack:
            t = stack.pop()
            lo, hi = min(lo, t.i), max(hi, t.i)
            for c in t.children:
                if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "conj", "cc", "punct", "parataxis") or (
                    c.dep_ == "prep" and c.lower_ != "of"
                ):
                    continue
                stack.append(c)
        return lo, hi + 1

    def _side(self, tok, by_token) -> list[Arg]:
        """The actors of a noun phrase and of those coordinated with it, also when the list sits deeper in
        the phrase ("the resumption of ties with Mordor, Rohan and Bree"), each with the phrase it came from."""
        found: list[Arg] = []
        seen: set[int] = set()
        objects = self._objects
        for t in [tok] + list(tok.conjuncts):
            if t.i in objects:  # "urged him", "thanked them": the actors an object pronoun stands for
                for told in [objects[t.i]] + list(self._group.get(t.i, ())):
                    if id(told) not in seen:
                        seen.add(id(told))
                        found.append(Arg(told, t))
                continue
            spoken = self._quote_speaker(t, by_token)
            if spoken is None and t.pos_ in ("NOUN", "PROPN"):
                own = self._speakers_party(t, by_token.get(t.i), by_token)  # "our country", "our troops" (h14we11)
                spoken = Arg(own, t) if own is not None else None
            if spoken is not None:  # 'X said, "We thank ..."': the quote's speaker (h14news9)
                if id(spoken.m) not in seen:
                    seen.add(id(spoken.m))
                    found.append(spoken)
                continue
            if t.i != tok.i and (self._unlike_conjunct(tok, t) or self._act_conjunct(t, by_token)):
                continue
            at = self._actor_token(t, by_token)
            if at is None and not self._is_topic(t):
                at = self._deep_actor(t, by_token)
            if at is None:
                continue
            for u in [at] + (list(at.conjuncts) if at.i != t.i else []):
                if u.i != at.i and (self._unlike_conjunct(at, u) or self._act_conjunct(u, by_token)):
                    continue
                m = by_token.get(u.i)
                phrase = t if u.i == at.i else u
                if m is None:
                    inner = self._actor_token(u, by_token)
                    m = by_token[inner.i] if inner is not None else None
                if m is not None and m.country is None:
                    m = (
                        self._people_of(u, by_token)
                        or self._titled(u, m, by_token)
                        or self._led_by(u, m, by_token)
                        or self._located(u, m, by_token)
                        or self._shared_of(u, m, by_token)
                        or self._modified(u, m, by_token)
                        or self._appos_title(u, m, by_token)
                        or self._speaker_for(u, m, by_token)
                        or m
                    )
                elif m is not None and m.how == "issuer":
                    m = self._titled(u, m, by_token) or m  # "President of the Republic of Turkey ..." is not the issuer's
                if m is not None and id(m) not in seen:
                    seen.add(id(m))
                    found.append(Arg(m, phrase, self._reach(u, m, by_token)))
                    found += [Arg(o, phrase) for o in self._coordinated_modifiers(u, m, by_token) if id(o) not in seen]
                    found += [Arg(o, phrase) for o in self._coordinated_owners(u, m, by_token) if id(o) not in seen]
                for g in self._group.get(u.i, ()):  # "they": the further actors the pronoun stands for
                    if id(g) not in seen:
                        seen.add(id(g))
                        found.append(Arg(g, phrase))
        return found

    def _act_conjunct(self, conj, by_token) -> bool:
        """A conjunct "other B" whose head B is an act or a programme, no actor itself ("... against Ukraine and other
        State Department efforts"): a list hung on the wrong noun; B's actor is no party of the phrase
        (``non_party_conjuncts``, ``non_party_conjunct_markers``)."""
        if conj.i in by_token or conj.pos_ != "NOUN" or conj.lemma_.lower() not in self.non_party_conjuncts:
            return False
        return any(c.dep_ == "amod" and c.lower_ in self.non_party_markers for c in conj.children)

    @staticmethod
    def _unlike_conjunct(tok, conj) -> bool:
        """A conjunct marked as a possessor whose owned noun the parse hangs elsewhere ("the war against Mordor and
        Rohan's enabling role in it": "Rohan" conjoined with "Mordor", "role" an apposition of "war") owns a thing;
        it is no party of the phrase, unless ``tok`` modifies a noun too ("talks between Mordor and Rohan's envoys":
        both own the envoys). A plain noun coordinated with a party ("against Mordor and other Gondor efforts") is
        left as it is: the resolver's party nouns are too few to tell "efforts" from "members" or "authority"
        (tried on the demo corpus: as many right sides lost as wrong ones removed); the narrower "A and other
        B-efforts" is ``_act_conjunct``."""
        if any(c.dep_ == "case" for c in conj.children):
            return tok.dep_ not in ("poss", "nmod", "compound")
        return False

    @staticmethod
    def _coordinated_owners(tok, m: Mention, by_token) -> list[Mention]:
        """ "the leaders of Russia and China", "troops from India and France": a group of a country's people or
        officials whose "of" (or "from") country is coordinated with further countries is theirs too; the group's
        mention covers the first country only (h14ofconj16; "from", h20from)."""
        if m.kind not in ("collective", "group") or not m.country or tok.pos_ != "NOUN":
            return []
        out = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for pobj in prep.children:
                first = by_token.get(pobj.i)
                if pobj.dep_ != "pobj" or first is None:
                    continue
                if first is not m and not (first.kind == "country" and first.country == m.country):
                    continue  # the group's mention spans its country ("the leaders of Russia"), or takes it from there
                for c in pobj.conjuncts:
                    o = by_token.get(c.i)
                    if o is not None and o is not m and o.kind == "country" and o.country and o.country != m.country:
                        out.append(o)
        return out

    @staticmethod
    def _coordinated_modifiers(tok, m: Mention, by_token) -> list[Mention]:
        """ "Peruvian and Chilean leaders", "Israeli and Palestinian negotiators": a group whose modifier coordinates
        parties of several countries is a group of each; the further countries' groups (the first is ``m``)."""
        if m.kind not in ("collective", None) or not m.country:
            return []
        out: list[Mention] = []
        countries = {m.country}
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > tok.i or not c.conjuncts:
                continue
            for u in [c] + list(c.conjuncts):
                party = by_token.get(u.i)
                if party is None or party is m or not party.country or party.kind not in ("country", "norp", None):
                    continue
                if party.country not in countries:
                    countries.add(party.country)
                    # named by its own modifier: "Israeli and Palestinian leaders" are "Israeli leaders" and
                    # "Palestinian leaders", not twice the latter (h28names)
                    name = f"{party.text} {tok.text}" if m.name == m.text else m.name
                    out.append(replace(m, country=party.country, actor_id=f"{party.country}.{m.sector or 'GOV'}", name=name))
        return out

    def _people_of(self, tok, by_token) -> Mention | None:
        """ "its people", "their citizens": a group with no country of its own, owned by a pronoun, is the
        people of the party the pronoun stands for ("an assault on Ukraine and its people"); "his delegation",
        "their troops": a group of the person or party the pronoun stands for, of that country (never "his
        counterpart", "its allies": the other side)."""
        poss = next(
            (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their", "his", "her")),
            None,
        )
        found = self._poss_pronoun(poss, by_token) if poss is not None else []
        if poss is None or not found or not found[0].m.country:
            return None
        if poss.lower_ in ("its", "their") and tok.lower_ in _side_words("owned_groups", "people"):
            return found[0].m
        m = by_token.get(tok.i)
        if m is None or m.kind not in ("collective", None) or self._other_side_noun(tok):
            return None
        if tok.lower_ in self.counterparts or tok.lemma_.lower() in self.counterparts:
            return None
        country = found[0].m.country
        return replace(m, country=country, actor_id=f"{country}.{m.sector or 'GOV'}")

    def _titled(self, tok, m: Mention, by_token) -> Mention | None:
        """A title with no country followed by its holder or its state ("President of the Republic of Turkey
        Recep Tayyip Erdogan"): the holder named in apposition, else the state of its "of" phrase."""
        if m.kind not in ("collective", None) or m.sector != "GOV":
            return None
        for c in tok.children:
            if c.dep_ == "appos" and c.i in by_token and by_token[c.i].country:
                return by_token[c.i]
        t = tok
        for _ in range(3):  # "of the Republic of Turkey"
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            t = self._pobj(prep) if prep is not None else None
            if t is None:
                return None
            found = by_token.get(t.i)
            if found is not None and found.country and found.kind == "country":
                return replace(m, country=found.country, actor_id=f"{found.country}.GOV")
        return None

    def _led_by(self, tok, m: Mention, by_token) -> Mention | None:
        """Forces or a coalition with no country "led" by one ("Saudi-led coalition", "Vietnamese-led forces")
        are the leader's."""
        if m.kind not in ("collective", None):
            return None
        for c in tok.children:
            if c.dep_ == "amod" and c.lemma_.lower() == "lead":
                for g in c.children:
                    leader = by_token.get(g.i)
                    if leader is not None and leader.country and g.i < c.i:
                        return replace(m, country=leader.country, actor_id=f"{leader.country}.{m.sector or 'MIL'}")
            if c.dep_ == "amod" and c.lemma_.lower() == "loyal" and c.i > tok.i:
                # "troops loyal to Gbagbo": the forces of the one they are loyal to (h28loyal)
                to = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), None)
                pobj = self._pobj(to) if to is not None else None
                at = self._actor_token(pobj, by_token) if pobj is not None else None
                leader = by_token.get(at.i) if at is not None else None
                if leader is not None and leader.country:
                    return replace(m, country=leader.country, actor_id=f"{leader.country}.{m.sector or 'MIL'}")
        return None

    def _shared_of(self, tok, m: Mention, by_token) -> Mention | None:
        """A group noun with no country coordinated with another noun under one "of" phrase that names a country ("the
        people and government of Ghana", "the people, government and parliament of X"; the parser hangs the phrase on
        the first noun after the last conjunct, or on the last conjunct): the phrase is every noun's (h47sharedof)."""
        if m.kind not in ("collective", None) or m.sector in ("IGO",) or tok.pos_ != "NOUN":
            return None
        joined = [
            c for c in tok.conjuncts if c.i > tok.i and c.pos_ == "NOUN" and not any(g.dep_ == "det" for g in c.children)
        ]  # "the people and the government of X" may be two groups: only one noun phrase shares its phrase
        if not joined:
            return None
        own = [c for c in tok.children if c.dep_ == "prep"]
        # the parser hangs the shared phrase on the first noun, after the others, or on the last one
        ofs = (
            [c for c in own if c.lower_ == "of" and c.i > joined[-1].i]
            if own
            else [c for c in joined[-1].children if c.dep_ == "prep" and c.lower_ == "of"]
        )
        for of in ofs:
            pobj = self._pobj(of)
            place = by_token.get(pobj.i) if pobj is not None else None
            # the country's own mention, or the conjunct's that holds it ("government of Ghana")
            if place is not None and place.country and place.kind != "person" and place.sector != "IGO":
                return replace(m, country=place.country, actor_id=f"{place.country}.{m.sector or 'CVL'}")
        return None

    def _located(self, tok, m: Mention, by_token) -> Mention | None:
        """A group or institution with no country, placed in one ("authorities in Croatia", "rebels in the Ivory
        Coast", "students throughout Indonesia"), is of that country."""
        if m.kind not in ("collective", None) or m.sector in ("IGO",):
            return None
        found = self._place_of_group(tok, by_token)
        if found is None or places.not_placed(tok, found):
            return None  # "the embassy in Kabul", "the delegation in Geneva": not the place's
        place = by_token[found.i]
        return replace(m, country=place.country, actor_id=f"{place.country}.{m.sector or 'CVL'}")

    def _place_of_group(self, tok, by_token):
        """The token of the country a group is placed in ("authorities in Croatia"), through one phrase of state or
        condition ("people in need in Afghanistan") or, for a group noun, of what it belongs to ("parties to the
        conflict in Iraq"), else None."""
        rules = _side_rules()
        preps = frozenset(rules["place_preps"])
        through = preps | (frozenset(rules["group_preps"]) if self._actor_like(tok) else frozenset())
        heads = [tok]
        for _ in range(2):
            nxt = []
            for h in heads:
                for c in h.children:
                    if c.dep_ != "prep" or self._pobj(c) is None or c.lower_ not in (preps if h is not tok else through):
                        continue
                    place = by_token.get(self._pobj(c).i)
                    if c.lower_ in preps and place is not None and place.country and place.kind == "country":
                        return self._pobj(c)
                    nxt.append(self._pobj(c))
            heads = nxt
        return None

    def _modified(self, tok, m: Mention, by_token) -> Mention | None:
        """A group or office with no country whose own modifier names a party with one ("Afghan rebel leaders",
        "Kurdish party officials"): that party's (a country's group, or the modified party itself)."""
        if m.kind not in ("collective", None):
            return None
        for c in sorted(tok.children, key=lambda c: -c.i):
            if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.i > tok.i:
                continue
            at = self._actor_token(c, by_token)
            party = by_token.get(at.i) if at is not None else None
            if party is None or party is m or not party.country or not party.actor_id or party.how == "issuer":
                continue  # "senior government officials" in a government's text: the bare word says no country
            # a modifier placed by the article's context only ("senior government officials" in an article most about
            # Yemen) stays such a guess: the hosts of a trip told in the sentence or before overrule it (``_hosts``)
            note = CONTEXT_NOTE if party.note == CONTEXT_NOTE else m.note
            if party.kind in ("country", "norp", None):
                return replace(m, country=party.country, actor_id=f"{party.country}.{m.sector or 'CVL'}", note=note)
            return replace(m, country=party.country, actor_id=party.actor_id, sector=party.sector or m.sector, note=note)
        return None

    def _appos_title(self, tok, m: Mention, by_token) -> Mention | None:
        """Someone with no country named with a title in apposition whose phrase names a party with one ("Kenzo
        Oshima, Japan's envoy to the UN", "Sheikh Hamad, Qatar's emir"): that party's country."""
        if m.kind in ("country",):
            return None
        for c in tok.children:
            if c.dep_ != "appos" or c.i < tok.i or c.ent_type_ in ("GPE", "LOC", "FAC"):
                continue  # "Atlanta, Georgia": a place's place is no title
            at = self._actor_token(c, by_token)
            party = by_token.get(at.i) if at is not None else None
            if party is not None and party is not m and party.country:
                return replace(m, country=party.country, actor_id=m.actor_id or f"{party.country}.{party.sector or 'GOV'}")
        return None

    def _speaker_for(self, tok, m: Mention, by_token) -> Mention | None:
        """ "a spokesman for the Chinese foreign ministry": a spokesperson with no country speaks for the party of
        the "for" phrase (its country and sector)."""
        if tok.lemma_.lower() not in _side_rules()["speaker_for_heads"] and tok.lower_ not in _side_rules()["speaker_for_heads"]:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "for" and self._pobj(c) is not None:
                at = self._actor_token(self._pobj(c), by_token)
                party = by_token.get(at.i) if at is not None else None
                if party is not None and party is not m and party.country:
                    sector = party.sector or m.sector or "GOV"
                    return replace(
                        m, country=party.country, actor_id=party.actor_id or f"{party.country}.{sector}", sector=sector
                    )
        return None

    def _quote_speaker(self, tok, by_token) -> Arg | None:
        """The speaker of the quote or reported statement a first-person pronoun sits in, as a side at the pronoun
        (events/quoted.py)."""
        if tok.pos_ != "PRON" or tok.i in by_token:
            return None
        found = speaker_of(tok, by_token, lambda verb: self._subject(verb, by_token))
        return Arg(self._spoken(found[0], tok, tok.lower_), tok) if found is not None else None

    def _speakers_party(self, tok, m: Mention | None, by_token) -> Mention | None:
        """ "our country", "my government", "our troops" in a quote or a reported statement, "his country" in what a
        person is reported to have said: the speaker's country (its sector for a group noun: "our troops") (h14we11)."""
        if (m is not None and m.country) or self._other_side_noun(tok):
            return None  # "our ally", "our partners": the other party, never the speaker's (h19ally)
        found = possessor_speaker(tok, by_token, lambda verb: self._subject(verb, by_token))
        if found is None or not found[0].country:
            return None
        speaker, _, word = found
        if m is None:  # the side's words: "his country", from the possessive on
            poss = next(c for c in tok.children if c.dep_ == "poss")
            return self._spoken(speaker, tok, word, first=poss) if own_noun(tok) else None
        country, sector = speaker.country, m.sector or "GOV"
        return replace(m, country=country, actor_id=m.actor_id if m.actor_id and "." in m.actor_id else f"{country}.{sector}")

    def _spoken(self, speaker: Mention, tok, word: str, first=None) -> Mention:
        """The side a speaker's first-person word names, at that word (from ``first`` on: "his country"): "we"/"our"/
        "us" of a state's official is the speaker's country (its government), "I"/"my" and the "we" of another
        body's official the speaker."""
        first = tok if first is None or first.i > tok.i else first
        start = self._seg_start + first.idx
        words = tok.doc.text[first.idx : tok.idx + len(tok.text)]
        plural = plural_of_country(word, speaker)
        m = _speaker_mention(speaker, start, words, text=words, plural=plural, confidence=speaker.confidence)
        self._resolved[id(m)] = (m, speaker)  # the side's span: the word, resolved from the speaker's name
        return m

    def _reach(self, tok, m: Mention, by_token) -> int | None:
        """The last token of a side's evidence past its noun phrase: a title in apposition ("Kenzo Oshima, the UN
        Emergency Relief Coordinator") and the place a group is in, when it gave the group its country ("parties
        to the conflict in Iraq"); None when the noun phrase is all."""
        last = None
        for c in tok.children:
            if (
                c.dep_ == "appos"
                and c.i > tok.i
                and c.ent_type_ not in ("GPE", "LOC", "FAC")
                and (self._actor_like(c) or self._actor_token(c, by_token) is not None)
            ):
                last = max(last or 0, self._span(c)[1] - 1)
        if m.country:
            place = self._place_of_group(tok, by_token)
            if place is not None and by_token[place.i].country == m.country:
                last = max(last or 0, self._span(place)[1] - 1)
        if tok.lemma_.lower() in _side_rules()["speaker_for_heads"]:
            for c in tok.children:  # "a spokesman for the Chinese foreign ministry"
                if c.dep_ == "prep" and c.lower_ == "for" and self._pobj(c) is not None:
                    last = max(last or 0, self._span(self._pobj(c))[1] - 1)
        return last

    def _pobj(self, prep):
        return next((g for g in prep.children if g.dep_ == "pobj"), None)

    def _prep_role(self, ptype: str, prep: str) -> str | None:
        return self.prep_roles.get(ptype, {}).get(prep) or self.prep_roles["default"].get(prep)

    def _participant(self, role: str, tok, seg, by_token, m: Mention | None = None) -> dict:
        lo, hi = self._span(tok)
        doc = tok.doc
        start, end = seg.start + doc[lo].idx, seg.start + doc[hi - 1].idx + len(doc[hi - 1].text)
        out = {"role": role, "start": start, "end": end, "text": doc[lo:hi].text}
        m = m or (by_token.get(self._actor_token(tok, by_token).i) if self._actor_token(tok, by_token) is not None else None)
        if m is None and role == "location" and (tok.lemma_.lower() in self.owned_places or tok.lower_ in self.owned_places):
            # "in Ukraine's Lviv region": a place noun owned by a country is in that country (h14region16)
            owner = next((by_token.get(c.i) for c in tok.children if c.dep_ == "poss" and c.i in by_token), None)
            m = owner if owner is not None and owner.kind == "country" and owner.country else None
        if m is not None:
            out.update(actor_id=m.actor_id, country=m.country)
        return out

    def _by_role(self, role: str | None, pobj, by_token, seg, sources, targets, parts) -> None:
        if pobj is None or role is None or pobj.ent_type_ in ("DATE", "TIME"):
            return  # "in 2008" is a time, the dates stage reads it
        if role == "instrument":
            named = self._side(pobj, by_token)
            if named and (all(a.m.country for a in named) or self._actor_like(pobj)):
                # "closed its borders with Iran": a country is a party, not an instrument; "clashed with rebels":
                # people are the other side, never the weapon
                targets += named
                return
        if (
            role == "target"
            and pobj.head.lower_ == "into"
            and (
                pobj.lemma_.lower() in self.harm_nouns
                or (self._ownerless_noun(pobj.head.head) and not self._opened_inquiry(pobj.head.head))
            )
        ):
            # "an investigation into the death of a Turkish student": the one harmed is no party investigated; "X
            # interfered with an investigation into Burisma": an inquiry of nobody named is no one's act on it (h32inquiry)
            role = "topic"
        if role == "target":
            targets += self._side(pobj, by_token)
        elif role == "source":
            sources += self._side(pobj, by_token)
        else:
            parts.append(self._participant(role, pobj, seg, by_token))

    def _opened_inquiry(self, noun) -> bool:
        """Is the noun the object of a verb that opens it ("opened an investigation into X"): its subject's (h39inquiry)?"""
        return noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in self.inquiry_openers

    @staticmethod
    def _ownerless_noun(word) -> bool:
        """A noun with no possessor and no "by" phrase of its own ("an investigation into X" with nobody named as its
        doer); a verb or a noun whose doer is named is not."""
        if word.pos_ not in ("NOUN", "PROPN"):
            return False
        return not any(
            c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") or c.dep_ == "compound" and c.ent_type_
            for c in word.children
        )

    def _clause_subject(self, trig):
        """(subject, its verb) of the trigger's clause, through "is about to", "agreed to", conjoined verbs; the
        small parser sometimes hangs the subject as a compound ("A U.S. delegation heads to"). A passive clause with
        its own subject ("the atrocities being committed against X", "... and was shelled") has no doer but its "by"
        phrase: no subject is borrowed from the clause above. The act someone is urged, pressed or required to do is
        done by the one urged ("urged Iran to release ...": Iran; ``demanded_doer_verbs``); a bare verb the parser
        hung on the finite verb above continues the infinitive before it (``infinitive_host``)."""
        subj = next((c for c in trig.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is None and any(c.dep_ == "nsubjpass" for c in trig.children):
            return None, trig
        if subj is None and _as_participle(trig):
            return None, trig  # "..., as discussed by X and Y": the clause above is what was discussed, not a party (h41asby)
        verb = trig
        host = infinitive_host(trig) if subj is None else None
        if host is not None:
            verb = host
            subj = next((c for c in host.children if c.dep_ in ("nsubj", "csubj")), None)
        while (
            subj is None
            and (verb.dep_ in ("xcomp", "conj", "advcl", "acomp") or _loose_infinitive(verb))
            and verb.head.i != verb.i
        ):
            outer = misjoined(verb)
            if outer is not None:  # "X reiterated concerns that Russia has ... and emphasized the need": X emphasized
                verb = outer
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                break
            asked = self._asked_doer(verb) if verb.dep_ == "xcomp" or _infinitive_advcl(verb) else None
            raised = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.raising_passives
            verb = verb.head
            subj = asked or next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None and raised:  # "Putin and Xi are expected to sign ...": the passive's subject does it
                subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None and self._offered(verb):
            # "accepted an invitation to visit Moscow", "declined an offer to mediate": the one who answers the
            # offer (a verb of ``offers: receivers``, not "sent an invitation to visit X to Y") is the one it asks to
            # act (h17offer)
            noun = verb.head
            if noun.dep_ in ("dobj", "obj"):
                answer = noun.head
                found = next((c for c in answer.children if c.dep_ == "nsubj"), None)
                if found is not None and answer.lemma_.lower() in self.offer_receivers:
                    subj, verb = found, answer
                elif answer.lemma_.lower() in self.offer_senders:
                    # "Putin extended an invitation to Modi to visit Moscow": the one it is sent to
                    subj = next((c for c in answer.children if c.dep_ == "dative"), None) or next(
                        (self._pobj(c) for c in answer.children if c.dep_ == "prep" and c.lower_ == "to"), None
                    )
                    if subj is not None:
                        verb = answer
        if subj is None:
            subj = next((c for c in trig.children if c.dep_ == "compound" and c.i < trig.i), None)
        return subj, verb

    def _asked_doer(self, comp):
        """The one asked to do the infinitive ``comp`` of a verb of request: the verb's object ("urged Iran to
        release", "required Moscow to engage") or the object of its "on" ("called on Serbia to withdraw"); else
        None."""
        verb = comp.head
        if verb.lemma_.lower() not in self.demanded_doer_verbs or comp.i < verb.i:
            return None
        if phoned(verb):
            return None  # "called Erdogan to congratulate him": the caller's purpose, nobody asked (h33phoned)
        for c in verb.children:
            if c.dep_ in ("dobj", "obj") and c.i < comp.i:
                return c
            if c.dep_ == "prep" and c.lower_ in ASKED_PREPS and c.i < comp.i:
                # "called on Serbia to withdraw", "called on Egypt on Monday to free a blogger" (h33appeal)
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _subject(self, trig, by_token):
        """The subject of the trigger's clause (``_clause_subject``); a pronoun subject ("Hungary said it will
        support ...") is the subject of the clause that reports it."""
        subj, verb = self._clause_subject(trig)
        if subj is None:
            convicted = self._convicted_doer(trig)  # "were found guilty of raping", "convicted X of killing" (h43court)
            if convicted is not None:
                return convicted
        if (
            subj is None
            and trig.dep_ == "pcomp"
            and trig.head.dep_ == "prep"
            and trig.head.head.pos_ in ("VERB", "AUX")
            and not (trig.head.lower_ in ("in", "for") and any(c.dep_ in ("dobj", "obj") for c in trig.head.head.children))
            and trig.head.lower_ not in self.circumstance_preps
        ):
            # "After meeting Iraqi officials, the minister said ...": the adjunct's doer is the main clause's subject
            # (not in "thanked X for its stance in condemning ...", "supports X in calling on ...": X's act)
            subj, verb = self._clause_subject(trig.head.head)
        if subj is not None and subj.pos_ == "VERB":
            # "The Red Cross operating in Iraq said ...": a reduced relative parsed as the subject
            subj = next((c for c in subj.children if c.dep_ == "nsubj"), subj)
        hops = 0
        while (
            subj is not None and subj.pos_ == "PRON" and subj.lower_ not in FIRST_PERSON and subj.i not in by_token and hops < 4
        ):
            # walk up to the clause that says or frames it: "X said they would ...", "X affirmed ... when he deployed",
            # "X was quoted as saying he would ..." (through "as", to the passive subject of the reporting verb)
            if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp", "pcomp", "prep") or verb.head.i == verb.i:
                break
            if in_quote(subj) and not in_quote(verb.head):
                break  # 'X told reporters: "He has threatened ..."': a speaker names himself "I", never "he" (h24quote)
            verb = verb.head
            up = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if up is None and verb.lemma_.lower() in self.reporting_passives:
                up = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if up is not None and not _pronoun_agrees(subj, up):
                break  # "We are prepared if they choose to renew aggression": "they" is never "we" (h46agree)
            if up is not None:
                subj = up
            hops += 1
        return subj

    def _convicted_doer(self, trig):
        """The doer of the act a party is convicted or found guilty of: the gerund of "of"/"for" under a verb of
        convicting (``unnamed_court: verbs``) or under "guilty", done by who is convicted ("two officers were found
        guilty of raping", "the court convicted X of killing", "found X guilty of"). The token, else None (h43court)."""
        if trig.tag_ != "VBG" or trig.dep_ != "pcomp" or trig.head.lower_ not in ("of", "for"):
            return None
        head = trig.head.head
        if head.pos_ == "ADJ" and head.lemma_.lower() in self.verdict_adjectives:
            inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is not None:
                return inner  # "found X guilty of": the parser makes X the adjective's subject
            head = head.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in self.court_verbs:
            return None
        kids = list(head.children)
        if any(c.dep_ == "neg" for c in kids):
            return None
        return next((c for c in kids if c.dep_ == "nsubjpass"), None) or next(
            (c for c in kids if c.dep_ in ("dobj", "obj")), None
        )

    @staticmethod
    def _carrier_of(trig):
        """The noun that carries the noun event in its "of" phrase ("a message of congratulations", "a letter of
        protest"; arguments.yaml ``carriers``), else None."""
        if (
            trig.dep_ == "pobj"
            and trig.head.lower_ == "of"
            and trig.head.head.lemma_.lower() in _side_rules()["carriers"]["nouns"]
        ):
            return trig.head.head
        return None

    @staticmethod
    def _light_verb_head(trig):
        """The verb whose object the noun event is when that verb only carries it ("held talks", "launched 10
        days of war games"), else None."""
        carrier = False
        if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in MEASURE_NOUNS:
            trig = trig.head.head  # a measure of the event: its place in the clause is the event's
        elif (message := EventCoder._carrier_of(trig)) is not None:
            trig, carrier = message, True  # "sent a message of congratulations": the message carries the event
        head = trig.head
        if carrier and trig.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
            return head.head  # "In a message of greetings to X, Putin stressed ...": the message is the speaker's (h29carrier)
        verbs = LIGHT_VERBS | frozenset(_side_rules()["carriers"]["verbs"]) if carrier else LIGHT_VERBS
        return head if trig.dep_ in ("dobj", "obj") and head.lemma_.lower() in verbs else None

    def _doer_of_judged(self, trig, by_token) -> list[Arg]:
        """A lawsuit, a protest or a condemnation of a thing that a party did, told by a clause on the thing ("filed a
        lawsuit against the state of emergency President Trump declared", "protests over the policy announced by the
        government"): the party that did it, as the gold guidelines code an act condemned by its doer (h43judged)."""
        out: list[Arg] = []
        light = list(trig.head.children) if trig.dep_ in ("dobj", "obj") else []  # "filed a lawsuit against ..."
        for c in [*trig.children, *light]:
            thing = self._pobj(c) if c.dep_ == "prep" and c.lower_ in ("against", "over", "about", "of", "on") else None
            if thing is None or thing.i in by_token:
                continue
            for r in thing.children:
                if r.dep_ == "relcl":
                    doers = [g for g in r.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")]
                elif r.dep_ == "acl" and r.tag_ == "VBN":
                    doers = [self._pobj(g) for g in r.children if g.dep_ == "agent" and self._pobj(g) is not None]
                else:
                    continue
                out += [a for d in doers for a in self._side(d, by_token) if a.m.actor_id]
        return out

    def _attitude_targets(self, trig, by_token) -> list[Arg]:
        """An attitude aims at the possessor of what it judges: "their support for Ukraine's sovereignty",
        "concern over Kiev's actions"."""
        out: list[Arg] = []
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "over", "about", "of", "at", "with") and self._pobj(c) is not None:
                out += [a for g in self._pobj(c).children if g.dep_ == "poss" for a in self._side(g, by_token)]
        return out

    def _arguments(
        self, trig, obj, ptype: str, by_token, seg, mode: str | None = None
    ) -> tuple[list[Arg], list[Arg], list[dict]]:
        """(sources, targets, other participants) of a trigger, by its kind."""
        if obj == "adjective":
            return self._adjective_arguments(trig, by_token, seg)
        if obj == "judged":
            return self._judged_arguments(trig, by_token, seg)
        if obj == "verdict":
            party = self._verdict_party(trig)
            targets = self._side(party, by_token) if party is not None else []
            return (self._judge_of(trig, by_token, seg) if targets else []), targets, []
        if obj == "root-noun":
            return self._root_noun_arguments(trig, ptype, by_token, seg)
        if obj == "giver":
            return self._giver_arguments(trig, ptype, by_token, seg)
        if trig.pos_ in ("NOUN", "PROPN") and not trig.tag_.startswith("VB"):
            return self._noun_arguments(trig, ptype, by_token, seg, mode)
        return self._verb_arguments(trig, ptype, by_token, seg)

    def _giver_told(self, tok) -> bool:
        """Is the noun of giving what a party is, with whom it gives to ("the United States is the largest donor to
        Ukraine", "... the largest single donor of humanitarian assistance to Afghanistan")? Not when the gift noun
        of its "of" phrase names the recipient itself: that noun is the event (h39donor)."""
        if tok.dep_ != "attr" or tok.head.lemma_.lower() not in self.giver_copulas:
            return False
        if any(g.lemma_.lower() in self.lex.nouns and self._recipient_preps(g) for g in self._gifts(tok)):
            return False
        return bool(self._recipient_preps(tok))

    def _gifts(self, tok) -> list:
        """What a noun of giving gives: the objects of its "of" phrases ("donor of humanitarian assistance")."""
        return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and (o := self._pobj(c)) is not None]

    def _recipient_preps(self, tok) -> list:
        """The "to"/"for"/"in" phrases of a noun of giving or of its gift, with an object."""
        return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.giver_preps and self._pobj(c) is not None]

    def _giver_arguments(self, trig, ptype: str, by_token, seg) -> tuple[list[Arg], list[Arg], list[dict]]:
        """ "X is the largest donor (of aid) to Y": the copula's subject gives; the phrase's party receives (h39donor)."""
        sources: list[Arg] = []
        targets: list[Arg] = []
        parts: list[dict] = []
        subj = self._subject(trig.head, by_token)
        if subj is not None:
            sources += self._side(subj, by_token)
        for c in [p for n in (trig, *self._gifts(trig)) for p in self._recipient_preps(n)]:
            self._by_role(self._prep_role(ptype, c.lower_), self._pobj(c), by_token, seg, sources, targets, parts)
        if not targets and not any(p.get("actor_id") for p in parts):
            return [], [], parts  # "a big food supplier in the world market": what a party is, no gift to anyone
        return sources, targets, parts

    def _adjective_arguments(self, trig, by_token, seg) -> tuple[list[Arg], list[Arg], list[dict]]:
        """ "the United States is deeply concerned by the Tunisian president's decision"."""
        sources: list[Arg] = []
        targets: list[Arg] = []
        parts: list[dict] = []
        subj = self._subject(trig, by_token)
        if subj is not None:
            sources += self._side(subj, by_token)
        for c in trig.children:
            if c.dep_ in ("prep", "agent") and self._pobj(c) is not None:
                role = self.prep_roles["ADJ"].get(c.lower_)
                pobj = self._pobj(c)
                if role == "target":
                    targets += self._side(pobj, by_token) or [
                        a for g in pobj.children if g.dep_ == "poss" for a in self._side(g, by_token)
                    ]
                elif role:
                    parts.append(self._participant(role, pobj, seg, by_token))
        return sources, targets, parts

    def _judged_party(self, noun):
        """The "of" phrase or possessor of an act noun ("the provocative actions of the Kiev leadership",
        "Kiev's destructive policy"), else None."""
        if not (noun.pos_ == "NOUN" and (noun.lemma_.lower() in self.judged_nouns or noun.lower_ in self.judged_nouns)):
            return None
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ == "of" and self._pobj(c) is not None:
                return self._pobj(c)
        for c in noun.conjuncts:  # "the provocative statements and actions of X"
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ == "of" and self._pobj(g) is not None:
                    return self._pobj(g)
        return None

    def _verdict_party(self, noun):
        """The party whose act a verdict noun judges: "X's aggression is a violation of ...", the subject of the copula
        the noun is the predicate of (``verdict_verbs``): its possessor, its "by" agent, or the "of" phrase of an act
        noun ("the actions of X"); else None (h19verdict)."""
        verb = noun.head
        if noun.dep_ not in ("attr", "dobj") or verb.lemma_.lower() not in self.verdict_verbs:
            return None
        act = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if act is None or act.pos_ not in ("NOUN", "PROPN") or act.tag_ in ("PRP", "WDT", "WP"):
            return None
        if any(c.dep_ == "neg" for c in verb.children) or any(
            c.lower_ in ("every", "any", "no", "each", "all", "some", "not") for c in act.children if c.i < act.i
        ):
            return None  # "not every corrupt act by officials is a crime", "is not a violation": no verdict on a party
        of_objects = [g for p in act.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for head in (act, *of_objects):  # "North Korea's series of tests", "the series of North Korea's tests"
            for c in head.children:
                if c.dep_ == "poss" and c.tag_ not in PRONOUN_TAGS:
                    return c
                if c.dep_ in ("prep", "agent") and c.lower_ == "by" and self._pobj(c) is not None:
                    return self._pobj(c)
        return self._judged_party(act)

    def _judged_arguments(self, trig, by_token, seg) -> tuple[list[Arg], list[Arg], list[dict]]:
        """ "Putin emphasised the provocative actions of the Kiev leadership": who speaks of an act in words of
        blame accuses its doer; the speaker is the subject of the clause that says it (in a government's own
        text with no subject: the author)."""
        noun = trig.head
        party = self._judged_party(noun)
        targets = self._side(party, by_token)
        if not targets and party is not None and party.dep_ == "poss" and party.tag_ in PRONOUN_TAGS:
            targets = self._poss_pronoun(party, by_token)  # "Kiev has continued its destructive policy" (h47judge)
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = self._subject(verb, by_token) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i == noun.i:
            return [], targets, []  # the judged act is the subject itself: no speaker in the sentence
        sources = self._side(subj, by_token) if subj is not None else []
        judged = {t.m.country for t in targets if t.m.country} | {t.m.actor_id for t in targets if t.m.actor_id}
        while sources and any(s_.m.country in judged or s_.m.actor_id in judged for s_ in sources):
            # "underscored that Kiev has continued its destructive policy": the doer of the judged act does not judge
            # it; the speaker is the subject of the clause that reports it (h47judge)
            if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head.i == verb.i:
                subj, sources = None, []
                break
            verb = verb.head
            subj = self._subject(verb, by_token) if verb.pos_ in ("VERB", "AUX") else None
            sources = self._side(subj, by_token) if subj is not None else []
            if subj is None:
                break
        if not sources and subj is None and self._issuer is not None:
            sources = [self._author(trig, seg)]
        return sources, targets, []

    def _root_noun_arguments(self, trig, ptype: str, by_token, seg) -> tuple[list[Arg], list[Arg], list[dict]]:
        """A verb parsed as a plural noun at the head of the sentence ("A U.S. delegation heads to ...")."""
        sources: list[Arg] = []
        targets: list[Arg] = []
        parts: list[dict] = []
        for c in trig.children:
            if c.dep_ in ("compound", "nsubj", "amod"):
                sources += self._side(c, by_token)
            elif c.dep_ == "prep":
                self._by_role(self._prep_role(ptype, c.lower_), self._pobj(c), by_token, seg, sources, targets, parts)
        return sources, targets, parts

    @staticmethod
    def _named_place(tok, by_token) -> bool:
        """A city named as the noun of a compound ("the Mumbai attacks", "the Madrid train bombings", "the Moscow
        theatre siege"): a place of one country or a capital, where an attack happened, not who made it (a country's
        name or adjective is: "the Russian attack", "Israel strikes")."""
        return places.is_city(tok, by_token.get(tok.i))

    def _names_party(self, tok, by_token) -> bool:
        """A modifier that names a party, not a kind of thing ("military aid", "terrorist activities")."""
        return tok.i in by_token and not (by_token[tok.i].country is None and by_token[tok.i].kind == "collective")

    def _noun_arguments(self, trig, ptype: str, by_token, seg, mode: str | None) -> tuple[list[Arg], list[Arg], list[dict]]:
        """A noun event: its possessor, modifiers and prepositions, then the phrase around it."""
        sources: list[Arg] = []
        targets: list[Arg] = []
        parts: list[dict] = []
        lemma = trig.lemma_.lower()
        has_of = any(x.dep_ == "prep" and x.lower_ == "of" for x in trig.children)
        rel = self._relations_of(trig) if lemma in self.relation_change_nouns else None
        between = self._pair_between(rel) if rel is not None else None
        for c in rel.children if rel is not None else ():
            # "the normalization of relations between X and Y", "the severing of ties with Y" (h30relnoun)
            if between is not None and c.i == between.i:
                pair = self._side(self._pobj(c), by_token)
                sources, targets = sources + pair[:1], targets + pair[1:]
            elif c.dep_ == "prep" and c.lower_ == "with" and self._pobj(c) is not None:
                targets += self._side(self._pobj(c), by_token)
        for c in trig.children:
            if c.dep_ == "poss":
                found = self._shared_possessor(trig, c, by_token) + (self._side(c, by_token) or self._poss_pronoun(c, by_token))
                if lemma in PATIENT_POSS_NOUNS and not has_of and found and all(a.m.kind == "person" for a in found):
                    targets += found  # "Sharifullah's arrest": the person arrested
                else:
                    sources += found
            elif c.dep_ == "amod" and c.lemma_.lower() in _side_rules()["leader_participles"]:
                sources += self._side(c, by_token)  # "Saudi-led airstrikes": the leader does the act
            elif places.in_city_named_document(c, by_token):
                continue  # "the Minsk agreements", "the Oslo Accords": the city they were made in (h27named)
            elif c.dep_ == "compound" and ptype == "ASSAULT" and self._named_place(c, by_token):
                targets += self._side(c, by_token)  # "the Mumbai attacks", "the Madrid train bombings" (h27placed)
            elif c.dep_ in ("compound", "amod", "nmod") and self._names_party(c, by_token):
                # "the Rubio-Dar call", "US-Pakistan talks": every actor of the compound is a side
                # ("U.S. Special Envoy Lenderking's discussions": a country in a title is the holder's own, no second side)
                pair = self._side(c, by_token) + [
                    Arg(by_token[t.i], t)
                    for t in c.subtree
                    if t.i in by_token
                    and by_token[t.i] is not by_token[c.i]
                    and t.dep_ in ("compound", "nmod", "amod")
                    and not (by_token[c.i].kind == "person" and by_token[t.i].country == by_token[c.i].country)
                ]
                # in the order written: "the U.S.-Pakistan commitment" is the United States' first (the parser makes
                # the second name the head; h39pairorder)
                sources += sorted(pair, key=lambda a: a.tok.i if a.tok is not None else c.i)
            elif c.dep_ == "prep" and self._pobj(c) is not None:
                self._noun_prep(trig, c, ptype, mode, by_token, seg, sources, targets, parts)
                if c.lower_ == "of" and not targets:
                    for g in self._kind_phrases(trig):  # "a war of aggression against Ukraine" (h39warof)
                        self._noun_prep(trig, g, ptype, mode, by_token, seg, sources, targets, parts)
            elif c.dep_ == "acl":
                # "the demonstration staged by students": the agent of the participle is the doer
                sources += [
                    a
                    for g in c.children
                    if g.dep_ == "agent" and self._pobj(g) is not None
                    for a in self._side(self._pobj(g), by_token)
                ]
                # "the cultural exchange agreement signed today between the Netherlands and Ecuador", "the talks held
                # between X and Y": the participle's "between" names the noun's two parties, as the noun's own would (h21between)
                if c.tag_ == "VBN" and not sources:
                    between = self._pair_between(c)
                    if between is not None:
                        self._noun_prep(trig, between, ptype, mode, by_token, seg, sources, targets, parts)
                if c.tag_ == "VBN" and not targets and c.lemma_.lower() in self.carrying_participles:
                    # "the sanctions imposed by the EU on Russia": the participle's phrase names whom the act is on (h39carried)
                    # (the small parser may hang the phrase on the agent's name: "imposed by the EU on Russia")
                    agents = [self._pobj(g) for g in c.children if g.dep_ == "agent" and self._pobj(g) is not None]
                    for g in [*c.children, *(x for a in agents for x in a.children)]:
                        if g.dep_ == "prep" and g.lower_ in self.carrying_preps and self._pobj(g) is not None:
                            self._noun_prep(trig, g, ptype, mode, by_token, seg, sources, targets, parts)
        if not targets and ptype in ATTITUDE:
            targets += self._attitude_targets(trig, by_token)
        if not targets and ptype in JUDGING:
            targets += self._doer_of_judged(trig, by_token)
        if not targets and ptype in self.harm_in_types:
            targets += self._harmed_in(trig, by_token)
        if not targets and trig.dep_ in ("dobj", "obj"):
            targets += self._talk_partners(trig.head, ptype, by_token, sources)
        if not sources:
            sources += self._claimant(trig, ptype, by_token)
        if not sources and ptype == "SUPPORT":
            sources += self._greeting_author(trig, by_token)
        return self._noun_context(trig, ptype, by_token, seg, mode, sources, targets, parts)

    def _greeting_author(self, trig, by_token) -> list[Arg]:
        """A greeting with no verb and no owner, heading its own sentence ("Congratulations to Mayor Adams on a
        hard-fought race", 'X wrote, "Congratulations to ..."'; ``greeting_nouns`` in arguments.yaml): the act of who
        says it, the quote's speaker, else the author of a government's own text (h43greeting)."""
        if trig.dep_ != "ROOT" or trig.lower_ not in self.greeting_nouns:
            return []
        if any(c.dep_ in ("poss", "det", "nsubj", "cop") for c in trig.children):
            return []  # "the congratulations", "his congratulations": owned or told about
        found = quote_speaker(trig, by_token, lambda verb: self._subject(verb, by_token))
        if found is not None:
            return [Arg(self._spoken(found[0], trig, "i"), trig)]
        if self._issuer is not None and not in_quote(trig):
            return [self._author(trig)]
        return []

    def _harmed_in(self, trig, by_token) -> list[Arg]:
        """The victims of an attack told by the harm they came to in it: "two soldiers were wounded in a Hezbollah
        attack", "ten civilians were killed in a Russian airstrike", "three police officers died in the bombing"
        (arguments.yaml ``harm_in``): the harm verb's passive subject, or the subject of a verb of dying (h20harmin)."""
        prep = trig.head
        if trig.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.harm_in_preps:
            return []
        verb = prep.head
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            return []
        deps = ("nsubjpass",) if lemma in self.harm_in_verbs else ("nsubj",) if lemma in self.harm_in_dying else ()
        return [a for c in verb.children if c.dep_ in deps for a in self._side(c, by_token)]

    def _claimant(self, trig, ptype: str, by_token) -> list[Arg]:
        """ "Hamas claimed responsibility for the attack on X", "the group claimed the bombing": the party that
        claims a violent act as its own is its doer (``claims`` in arguments.yaml; h14detect9). Denying or being
        blamed for it is not claiming it."""
        rules = _side_rules()["claims"]
        if ptype not in rules["types"]:
            return []
        verb = None
        head = trig.head
        if trig.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
            noun = head.head
            if noun.lemma_.lower() in rules["nouns"] and noun.dep_ in ("dobj", "obj"):
                verb = noun.head if noun.head.lemma_.lower() in rules["verbs"] else None
        elif trig.dep_ in ("dobj", "obj") and head.lemma_.lower() in rules["direct_verbs"]:
            verb = head
        if verb is None or any(c.dep_ == "neg" for c in verb.children):
            return []
        return [a for c in verb.children if c.dep_ == "nsubj" for a in self._side(c, by_token)]

    def _shared_possessor(self, trig, poss, by_token) -> list[Arg]:
        """ "Russia and China's close coordination": the small parser joins the first party to the noun, not to the
        possessor; a party followed only by "and" and the possessor shares it."""
        head = trig.head
        if trig.dep_ != "conj" or head.i not in by_token or not by_token[head.i].actor_id:
            return []
        first = self._span(poss)[0]
        last = max(t.i for t in head.doc[head.i : first] if by_token.get(t.i) is by_token[head.i])
        between = head.doc[last + 1 : first]
        if len(between) != 1 or between[0].dep_ != "cc" or between[0].lower_ not in ("and", "&"):
            return []
        return self._side(head, by_token)

    def _talk_partners(self, verb, ptype: str, by_token, sources: list[Arg]) -> list[Arg]:
        """The partner of the talk an act is told in ("reaffirmed its commitment in a joint statement with X",
        "agreed during a call with Y"): the other side of a cooperative act."""
        rules = _side_rules()
        if ptype not in rules["talk_partner_types"]:
            return []
        nouns = frozenset(rules["talk_nouns"])
        out: list[Arg] = []
        for c in verb.children:
            pobj = self._pobj(c) if c.dep_ == "prep" and c.lower_ in rules["talk_preps"] else None
            if pobj is None or not (pobj.lemma_.lower() in nouns or pobj.lower_ in nouns):
                continue
            for g in pobj.children:
                if g.dep_ == "prep" and g.lower_ == "with" and self._pobj(g) is not None:
                    out += [a for a in self._side(self._pobj(g), by_token) if all(a.m is not s_.m for s_ in sources)]
        return out

    def _noun_prep(self, trig, prep, ptype: str, mode: str | None, by_token, seg, sources, targets, parts) -> None:
        """A preposition of a noun event: "by X" and the doer's "of X" ("the visit of a U.S. delegation"), the
        patient's "of X" ("the arrest of X"), "between X and Y", else read by event type."""
        pobj = self._pobj(prep)
        has_poss = any(x.dep_ == "poss" for x in trig.children)
        lemma = trig.lemma_.lower()
        if prep.lower_ == "against" and ptype in _side_rules()["benefit_types"]:
            return  # "support for X against Y's war": the party helped against is no side of the help
        if prep.lower_ == "of" and self._in_idiom(trig):
            targets += self._side(pobj, by_token)  # "rallied in support of X": X is supported, not the supporter
        elif lemma in self.expelling_nouns and prep.lower_ in ("of", "from"):
            # "the expulsion of Cuban diplomats from Washington": the expelled, then the country that sends them out
            # (the "from" phrase hangs on the noun or on the expelled); h27expel
            if prep.lower_ == "of":
                targets += self._side(pobj, by_token)
                out = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "from"), None)
                if out is not None and self._pobj(out) is not None:
                    sources += self._side(self._pobj(out), by_token)
            elif not has_poss:
                sources += self._side(pobj, by_token)
        elif prep.lower_ == "from" and not has_poss and _from_names_doer(ptype, lemma):
            sources += self._side(pobj, by_token)  # "protests from Belgrade", "criticism from Beijing"
        elif prep.lower_ == "by" or (
            prep.lower_ == "of" and not has_poss and (lemma in OF_AGENT_NOUNS or self._noun_object(trig) is not None)
        ):
            sources += self._side(pobj, by_token)
        elif prep.lower_ == "of":
            found = self._side(pobj, by_token)
            if not found and pobj is not None and pobj.pos_ == "NOUN" and ptype not in _side_rules()["benefit_types"]:
                # "his war of aggression against Ukraine", "a campaign of violence against X": the act the noun is made
                # of names whom it is against (h47warof)
                found = [
                    a
                    for c in pobj.children
                    if c.dep_ == "prep" and c.lower_ == "against" and self._pobj(c) is not None
                    for a in self._side(self._pobj(c), by_token)
                ]
            targets += found
        elif prep.lower_ == "between":
            # "talks between X and Y" are theirs; "mediation between X and Y" is the mediator's, towards both
            sides = self._side(pobj, by_token)
            if len(sides) == 1:
                # the small parser hangs the first of the two on the second's name ("between Alexander Lukashenko and
                # Acting Federal Chancellor of Germany Angela Merkel": Lukashenko an nmod of Merkel; h35between)
                sides += [
                    Arg(by_token[t.i], t)
                    for t in pobj.subtree
                    if t.dep_ == "nmod"
                    and t.i < pobj.i
                    and t.i in by_token
                    and by_token[t.i].actor_id
                    and by_token[t.i].actor_id != sides[0].m.actor_id
                    and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)
                ][:1]
            if (
                mode != "MEDIATE"
                and ptype not in SYMMETRIC
                and lemma not in self.symmetric_verbs
                and len(sides) >= 2
                and not sources
            ):
                # "the war between X and Y": a one-way act between two named parties, the first does it to the second
                sources.append(sides[0])
                targets.extend(sides[1:])
            else:
                (targets if mode == "MEDIATE" else sources).extend(sides)
        elif (
            prep.lower_ == "for" and ptype in _side_rules()["noun_for_targets"] and self._actor_token(pobj, by_token) is not None
        ):
            targets += self._side(pobj, by_token)  # "support for Afghan refugees": the party supported, not a topic
        else:
            self._by_role(self._prep_role(ptype, prep.lower_), pobj, by_token, seg, sources, targets, parts)

    @staticmethod
    def _in_idiom(trig) -> bool:
        """Is the noun the head of an idiom like "in support of", "in defence of" (no article, no possessor)?"""
        rules = _side_rules()
        return (
            trig.dep_ == "pobj"
            and trig.head.lower_ in rules["in_idiom_preps"]
            and trig.lower_ in rules["in_idiom_nouns"]
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in trig.children)
        )

    def _noun_context(
        self, trig, ptype: str, by_token, seg, mode, sources, targets, parts
    ) -> tuple[list[Arg], list[Arg], list[dict]]:
        """Sides a noun event takes from the phrase around it: the subject of a light verb ("Pakistan held
        talks with X"), the partner of a subject noun, the head of a compound, "a call between X and Y"."""
        head = trig.head
        own = bool(sources)  # sides the noun names itself (possessor, "of"/"by" phrase), before the clause's
        light = self._light_verb_head(trig)
        if not sources and light is not None:
            subj = self._subject(light, by_token)
            if subj is not None:
                sources += self._side(subj, by_token)
            for c in light.children:
                if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and not targets:  # "sent ... to X"
                    self._by_role(self._prep_role(ptype, c.lower_), self._pobj(c), by_token, seg, sources, targets, parts)
        carrier = self._carrier_of(trig) if not targets else None
        if carrier is not None:  # "a message of greetings (sent / addressed) to X": whom it is addressed to (h29carrier)
            phrases = list(carrier.children) + [
                g for n in (carrier, trig) for c in n.children if c.dep_ == "acl" for g in c.children
            ]
            for c in phrases:
                if c.dep_ in ("prep", "dative") and c.lower_ == "to" and self._pobj(c) is not None:
                    targets += self._side(self._pobj(c), by_token)
        if trig.dep_ in ("dobj", "obj") and head.lemma_.lower() in _side_rules()["from_doer_verbs"]:
            sources, targets = self._undergone(trig, ptype, by_token, sources, targets)
        elif own and not targets:
            targets += self._holder(trig, ptype, by_token, sources) or self._grateful(trig, ptype, by_token, sources)
        if not targets and sources:
            targets += self._requested_by(trig, ptype, by_token, sources)
        if not targets and sources:
            targets += self._behest_doers(trig, by_token, sources)
        if not sources and trig.dep_ in ("nsubj", "nsubjpass"):
            # "talks with X took place"; "talks will be held in Moscow between X and Y" (h29held: "between" only)
            preps = ("with", "between") if trig.dep_ == "nsubj" else ("between",)
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    sources += self._side(self._pobj(c), by_token) if self._pobj(c) is not None else []
        if (
            not targets
            and trig.dep_ == "nsubj"
            and ptype in self.victim_types
            and head.lemma_.lower() in _side_rules()["effect_verbs"]
        ):
            # "Saudi-led airstrikes hit Yemeni villages": what the act, as the subject of its effect, touches
            targets += [a for c in head.children if c.dep_ in ("dobj", "obj") for a in self._side(c, by_token)]
        if not targets and sources and trig.dep_ == "nsubj" and ptype in _side_rules()["benefit_types"]:
            targets += self._beneficiaries(head, by_token, sources)
        if not targets and sources and trig.dep_ == "nsubj":
            targets += self._addressees_of(trig, ptype, by_token, sources)
        if not targets and sources and ptype in self.victim_types:
            targets += self._defenders(trig, by_token, sources)
        if trig.dep_ == "compound" and trig.head.pos_ == "NOUN" and not (sources and targets):
            # "a mediation effort between X and Y", "peace talks with X": the phrase's head carries the arguments
            hs, ht, hp = self._arguments(trig.head, None, ptype, by_token, seg, mode)
            sources, targets, parts = sources or hs, targets or ht, parts + hp
        if not sources and trig.dep_ == "pobj":
            # "a call between Dar and Rubio"
            if trig.head.lower_ == "between":
                sources += self._side(trig, by_token)
            elif trig.head.head.i in by_token and trig.head.lower_ not in ABOUT_PREPS:
                # not the party a topic is told to ("informed his counterpart about the talks with X"; h35addressed)
                sources.append(Arg(by_token[trig.head.head.i], trig.head.head))
            elif trig.head.head.pos_ == "VERB" and (
                trig.head.lower_ == "in"
                or (
                    (
                        trig.head.lower_ in _side_rules()["clause_talk_preps"]
                        or (trig.head.lower_ == "for" and trig.head.head.lemma_.lower() in _side_rules().get("going_verbs", ()))
                    )
                    and (trig.lemma_.lower() in _side_rules()["talk_nouns"] or trig.lower_ in _side_rules()["talk_nouns"])
                )
            ):
                # "staged a hunger strike in protest against X", "rallied in support of Y": who does the verb;
                # "said during a meeting with X": who speaks holds the meeting
                subj = self._subject(trig.head.head, by_token)
                sources += self._side(subj, by_token) if subj is not None else []
                if sources and not targets and ptype == "CONSULT":
                    # "In a phone call on Tuesday, Biden urged Netanyahu to ...": the one spoken to is the partner
                    # of the call (h29adjunct): the verb's object when it is itself a named party with a country (not
                    # "discussed the DPRK's missile test", "instructed banks")
                    mine = {a.m.actor_id for a in sources}
                    targets += [
                        Arg(by_token[c.i], c)
                        for c in trig.head.head.children
                        if c.dep_ in ("dobj", "dative")
                        and c.i in by_token
                        and by_token[c.i].country
                        and by_token[c.i].actor_id not in mine
                    ]
        if not targets and ptype == "REQUEST" and trig.lemma_.lower() == "call":
            # "its call for Russia to withdraw": the one called on is the clause's subject (h29callon)
            targets += [
                a
                for c in trig.children
                if self._for_clause(c)
                for g in c.children
                if g.dep_ == "nsubj"
                for a in self._side(g, by_token)
            ]
        if not targets and ptype == "PROTEST" and light is not None:
            # "staged demonstrations to demand reforms by X's government": whom the purpose clause asks
            targets += self._purpose_targets(trig, by_token, sources, seg)
        if not targets and ptype == "PROTEST":
            targets += self._protested_owner(trig, by_token, sources)
        if not sources and not targets:
            sources, targets = self._restated_meeting(trig, ptype, seg)
        return sources, targets, parts

    def _behest_doers(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """ "withdrawn by the defence minister at the request of President X", "the army acted at the government's
        urging": whom the requester asks is the doer of the act the phrase modifies, its passive agent or active
        subject (arguments.yaml ``behest_nouns``, ``behest_preps``; h14news9)."""
        if trig.dep_ != "pobj" or trig.lemma_.lower() not in self.behest_nouns or trig.head.lower_ not in self.behest_preps:
            return []
        verb = trig.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        mine = {id(a.m) for a in sources}
        doers = [
            a
            for c in verb.children
            if c.dep_ == "agent" and self._pobj(c) is not None
            for a in self._side(self._pobj(c), by_token)
        ]
        if not doers and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            subj = self._subject(verb, by_token)
            doers = self._side(subj, by_token) if subj is not None else []
        return [a for a in doers if id(a.m) not in mine]

    def _holder(self, trig, ptype: str, by_token, sources: list[Arg]) -> list[Arg]:
        """ "Ukraine continues to have the United States' support", "Kyiv enjoys the backing of Washington": the
        subject of a verb of holding whose object is a noun event with its own doer is the party it is done to."""
        rules = _side_rules()
        verb = trig.head
        if trig.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in rules["holder_verbs"]:
            return []
        if ptype not in rules["holder_types"]:
            return []
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "to")
            and (o := self._pobj(c)) is not None
            and not any(g.dep_ == "poss" for g in o.children)
            for c in trig.children
        ):
            # "we welcome the UAE support for a truce": it is for the truce, not for the holder; "Ukraine has the
            # United States' support for its sovereignty" keeps it (h29judged)
            return []
        subj = self._subject(verb, by_token)
        if subj is None:
            return []
        own = {s_.m.country for s_ in sources} - {None}
        # "We welcome the U.S. assistance to Ukraine" in a State Department text: the holder is the doer's own state,
        # not whom the act is done to (h29judged)
        return [a for a in self._side(subj, by_token) if all(a.m is not s_.m for s_ in sources) and a.m.country not in own]

    def _grateful(self, trig, ptype: str, by_token, sources: list[Arg]) -> list[Arg]:
        """ "X expressed gratitude for the assistance provided by Russia", "thanked Russia for its help": a help noun
        with its own doer in the "for" phrase of a word of thanks (arguments.yaml ``gratitude_words``) is done to the
        one who thanks, the subject of the thanking clause (h35grateful)."""
        if ptype not in _side_rules().get("gratitude_types", ()):
            return []
        word = self._thanks_word(trig)
        if word is None:
            return []
        verb = word
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "obj", "acomp", "attr") and verb.head.i != verb.i:
            verb = verb.head  # "expressed gratitude", "was grateful"
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            return []
        subj = self._subject(verb, by_token)
        if subj is None:
            return []
        thankers = [a for a in self._side(subj, by_token) if all(a.m.actor_id != s_.m.actor_id for s_ in sources)]
        mine = {a.m.country for a in thankers}
        for t in trig.sent:  # "thanked X for Kazakhstan's assistance, ..., to the people of Ukraine": given to another
            o = self._pobj(t) if t.i > trig.i and t.dep_ in ("prep", "dative") and t.lower_ in ("to", "for") else None
            if o is not None and o.i in by_token and by_token[o.i].country and by_token[o.i].country not in mine:
                return []
        return thankers

    def _beneficiaries(self, verb, by_token, sources: list[Arg]) -> list[Arg]:
        """ "The assistance offered by Germany will help Moldova": a help noun that is the subject of a verb of
        benefit reaches that verb's object."""
        if verb.lemma_.lower() not in _side_rules()["benefit_verbs"]:
            return []
        return [
            a
            for c in verb.children
            if c.dep_ in ("dobj", "obj")
            for a in self._side(c, by_token)
            if all(a.m is not s_.m for s_ in sources)
        ]

    @staticmethod
    def _addressed_feeling(tok) -> bool:
        """Is the noun of feeling (or the first of its conjuncts: "thoughts and prayers") the subject of a verb of
        ``addressed`` with its "with"/"to" phrase (h46thoughts)?"""
        rule = argument_rules().get("addressed") or {}
        head = first_conjunct(tok)
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in (rule.get("verbs") or ()):
            return False
        if not any(c.dep_ == "poss" and (c.tag_ == "PRP$" or c.pos_ == "PROPN") for c in head.children):
            return False  # "our thoughts", "Russia's sympathies": someone's; "everybody's sympathies" name no one
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        preps = rule.get("preps") or ()
        return any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)

    def _addressees_of(self, trig, ptype: str, by_token, sources: list[Arg]) -> list[Arg]:
        """ "Our condolences go to the families of X", "our thoughts are with Y": the party a SUPPORT noun, as the
        subject of "go"/"be", is addressed to (arguments.yaml ``addressed``; h14news9)."""
        rule = argument_rules().get("addressed") or {}
        verb = first_conjunct(trig).head if trig.dep_ == "conj" else trig.head  # "thoughts and prayers are with"
        if ptype not in (rule.get("types") or ()) or verb.lemma_.lower() not in (rule.get("verbs") or ()):
            return []
        preps = rule.get("preps") or ()
        mine = {id(a.m) for a in sources}
        return [
            a
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in preps and self._pobj(c) is not None
            for a in self._side(self._pobj(c), by_token)
            if id(a.m) not in mine
        ]

    def _defenders(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """ "Ukraine's ability to defend itself against Russia's invasion", "support for the people of X against Y's
        war": an attack noun in an "against" phrase, or in a frame of facing ("in the face of Y's war"), is done to
        whoever is defended or helped against it (``_defended``), never to its own doer."""
        prep = self._defence_prep(trig)
        if prep is None:
            return []
        return [a for a in self._defended(prep.head, by_token, sources) if all(a.m is not s_.m for s_ in sources)]

    def _defended(self, host, by_token, sources: list[Arg]) -> list[Arg]:
        """The party defended or helped, read from the word the "against" (or facing) phrase hangs on, in this order:
        1. a verb of defence: who defends (``_defending``), a pronoun standing for the last fitting party before it
           (``_defending_pronoun``); with nobody defending, the possessor of the noun the infinitive hangs on
           ("Ukraine's ability to defend itself");
        2. another verb: the help it states as its object ("reiterated their support for X in the face of Y's war"),
           read as 4;
        3. a party after "for"/"to" of a help noun ("support for the people of X against Y's war", the parser's
           "against" on "people"): that party;
        4. a help noun ("mutual support for the people of Ukraine against X's war"): the party it is for, to or of."""
        rules = _side_rules()
        if host.pos_ in ("VERB", "AUX", "ADJ") and host.lemma_.lower() in rules.get("solidarity_verbs", ()):
            # "we stand (with Ukraine) against Russia's attack", "are united in the face of Russian aggression": who
            # stands or unites opposes the attack and is not its target; the party stood with is
            return [
                a
                for c in host.children
                if c.dep_ == "prep" and c.lower_ in rules.get("solidarity_preps", ()) and self._pobj(c) is not None
                for a in self._side(self._pobj(c), by_token)
            ]
        if host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in rules["defend_verbs"]:
            subj = self._defending(host)
            if subj is not None:
                return self._side(subj, by_token) or self._defending_pronoun(subj, by_token, sources)
            if host.dep_ in ("acl", "xcomp") and host.head.pos_ == "NOUN":
                return [a for c in host.head.children if c.dep_ == "poss" for a in self._side(c, by_token)]
            return []
        if host.pos_ in ("VERB", "AUX"):  # (h14reach12)
            help_ = next(
                (c for c in host.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in rules["defend_nouns"]), None
            )
            return self._helped(help_, by_token) if help_ is not None else []
        if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "pobj" and host.head.lower_ in ("for", "to"):
            helped = host.head.head
            if helped.pos_ == "NOUN" and helped.lemma_.lower() in rules["defend_nouns"]:
                return self._side(host, by_token)
        return self._helped(host, by_token)

    def _helped(self, noun, by_token) -> list[Arg]:
        """The parties a help noun ("support", "assistance"; arguments.yaml ``sides: defend_nouns``) is for, to or of;
        none for any other word."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _side_rules()["defend_nouns"]:
            return []
        return [
            a
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "of") and self._pobj(c) is not None
            for a in self._side(self._pobj(c), by_token)
        ]

    @staticmethod
    def _defence_prep(trig):
        """The preposition that sets an attack noun against the party defended or helped: "against Y's war", or the
        "in" of a frame of facing (arguments.yaml ``sides: defend_frames``: "in the face of Y's war"); None otherwise."""
        if trig.dep_ != "pobj":
            return None
        prep = trig.head
        if prep.lower_ == "against":
            return prep
        frame = prep.head
        outer = frame.head
        frames = _side_rules()["defend_frames"]
        if prep.lower_ == "of" and frame.dep_ == "pobj" and outer.lower_ in frames and frame.lower_ in frames[outer.lower_]:
            return outer
        return None

    @staticmethod
    def _defending(verb):
        """Who does a verb of defence ("X defends itself", "helps X defend", "enable them to defend", "support X in
        defending", "X continues to defend"): its own subject, the object of the verb that makes it do so, or the
        subject of the verb it continues; never the subject of a clause it is only an adverbial of ("the Secretary
        previewed aid as it defends itself": "it", not the Secretary; h14war12)."""
        rules = _side_rules()["defender"]
        for _hop in range(4):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return EventCoder._next_to_verb(subj)
            head = verb.head
            if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in rules["in_preps"]:
                head = head.head  # "support Ukraine in defending itself": the supported party defends
            elif verb.dep_ not in ("xcomp", "ccomp", "conj"):
                return None
            if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
                return None
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
            if head.lemma_.lower() in rules["object_verbs"] and verb.dep_ != "conj":
                # "helping the UAE defend itself", "enable them to defend": the object defends
                return EventCoder._next_to_verb(obj) if obj is not None else None
            verb = head
        return None

    @staticmethod
    def _next_to_verb(word):
        """Of the subjects of ``word``'s verb from ``word`` up to the verb, the last: a byline glued to the sentence
        ("Antony J. Blinken, Secretary of State The Ukrainian people continue to defend ...") gives one verb two
        subjects, and the one next to it is the clause's own (h14reach12)."""
        verb = word.head
        return max((c for c in verb.children if c.dep_ == "nsubj" and word.i <= c.i < verb.i), key=lambda c: c.i, default=word)

    def _defending_pronoun(self, pron, by_token, sources: list[Arg]) -> list[Arg]:
        """An unresolved pronoun that defends ("as it defends itself"): the last party of the sentence before it of
        a kind the pronoun can stand for (a country for "it"; a country or a people for "they"), other than the
        attacker; none when there is no such party (arguments.yaml ``defender``; h14war12)."""
        rules = _side_rules()["defender"]
        kinds = rules["pronoun_kinds"].get(pron.lower_)
        if pron.pos_ != "PRON" or not kinds:
            return []
        mine = {id(a.m) for a in sources}
        for t in reversed(pron.doc[pron.sent.start : pron.i]):
            m = by_token.get(t.i)
            if m is not None and m.actor_id and m.country and m.kind in kinds and id(m) not in mine:
                return [Arg(m, t)]
        return []

    def _requested_by(self, trig, ptype: str, by_token, sources: list[Arg]) -> list[Arg]:
        """ "At the request of X, Y sent ...", "at the urging of X": the request is X's, made to the subject of the
        clause the phrase belongs to."""
        rules = _side_rules()
        prep = trig.head
        if (
            ptype != "REQUEST"
            or trig.dep_ != "pobj"
            or prep.lower_ not in rules["request_frame_preps"]
            or trig.lemma_.lower() not in rules["request_frame_nouns"]
            or prep.head.pos_ not in ("VERB", "AUX")
        ):
            return []
        subj = self._subject(prep.head, by_token)
        if subj is None:
            return []
        return [a for a in self._side(subj, by_token) if all(a.m is not s_.m for s_ in sources)]

    def _restated_meeting(self, trig, ptype: str, seg) -> tuple[list[Arg], list[Arg]]:
        """ "The conversation touched on ...", "The talks focused on ...": a definite talk noun that is its clause's
        subject and names no party restates the meeting or call the sentences before told; its parties are that
        meeting's (``coref.back_pair``: the newest meeting there, else the article's first one), else none."""
        rules = _side_rules()
        during = self._restating_verb(trig) if trig.dep_ == "pobj" else None  # "During the conversation, it was noted"
        told = self._told_exchange(trig)  # "There was an exchange of views on ...", "An exchange of views took place"
        if (
            ptype != "CONSULT"
            or not (during is not None or told or trig.dep_ in ("nsubj", "nsubjpass"))
            or not self.back_sentences
        ):
            return [], []
        if not (trig.lemma_.lower() in rules["talk_nouns"] or trig.lower_ in rules["talk_nouns"]):
            return [], []
        kids = list(trig.children)
        views = self.noun_of.get(trig.lower_) or self.noun_of.get(trig.lemma_.lower()) or set()
        if not (told or any(c.dep_ == "det" and c.lower_ in rules["restated_determiners"] for c in kids)) or any(
            c.dep_ in ("poss", "appos", "relcl", "acl")
            or (c.dep_ == "prep" and c.lower_ not in TOPIC_PREPS and not (c.lower_ == "of" and self._of_object(trig, views)))
            for c in kids
        ):
            return [], []  # "a meeting", "their talks", "talks with X", "the meeting that ...": not a restatement
        head = trig.head  # (a topic may be named: "the dialogue on the situation around Ukraine was continued")
        if told:
            return self._restated_pair(trig, seg)
        if during is not None:
            head = during
            if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in head.children):
                return [], []
        elif head.lemma_.lower() not in rules["restated_verbs"] or any(c.dep_ == "neg" for c in head.children):
            return [], []  # "The call was not just a courtesy", "the conversation laid bare ...": said of it, not told again
        return self._restated_pair(trig, seg)

    def _told_exchange(self, trig) -> bool:
        """Is the talk noun told as having taken place, with no party ("There was a further exchange of views on ...",
        "An exchange of views took place on ...": an existential "there be" or "take place"; h45exchange)? Only a noun
        of ``noun_of_required`` with its "of" phrase, as the readouts write it."""
        views = self.noun_of.get(trig.lower_) or self.noun_of.get(trig.lemma_.lower())
        if not views or not self._of_object(trig, views):
            return False
        head = trig.head
        if any(c.dep_ == "neg" for c in head.children):
            return False
        if trig.dep_ == "attr" and head.lemma_.lower() == "be":
            return any(c.dep_ == "expl" and c.lower_ == "there" for c in head.children)
        if trig.dep_ == "nsubj" and head.lemma_.lower() == "take":
            return any(c.dep_ in ("dobj", "obj") and c.lower_ == "place" for c in head.children)
        return False

    @staticmethod
    def _restating_verb(noun):
        """The word the phrase of a talk noun after "during" (``restated_preps``) or "in the course of" hangs on;
        None after any other preposition."""
        prep = noun.head
        if prep.lower_ in _side_rules()["restated_preps"]:
            return prep.head
        course = prep.head
        if prep.lower_ == "of" and course.lower_ == "course" and course.dep_ == "pobj" and course.head.lower_ == "in":
            return course.head.head
        return None

    def _restated_pair(self, tok, seg) -> tuple[list[Arg], list[Arg]]:
        """The parties of the meeting or call the sentences before told (``coref.back_pair``), as sides over ``tok``."""
        pair = coref.back_pair(self._history, self._person_like, False, False, self._meetings)
        if len(pair) < 2:
            return [], []
        return [Arg(self._antecedent(tok, seg, pair[0]), None)], [Arg(self._antecedent(tok, seg, pair[1]), None)]

    def _restated_passive(self, trig, ptype: str, seg) -> tuple[list[Arg], list[Arg]]:
        """ "Bilateral trade was also discussed", "It was agreed to expand cooperation": a verb of talk (or "agree") in
        the passive, with no agent and not negated, restates the meeting or call told before (h19restated)."""
        if ptype not in ("CONSULT", "AGREE") or not self.back_sentences:
            return [], []
        if trig.lemma_.lower() not in _side_rules()["restated_passive_verbs"]:
            return [], []
        kids = list(trig.children)
        if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("agent", "neg") for c in kids):
            return [], []
        main = trig
        while main.dep_ == "conj":
            main = main.head
        if main.dep_ != "ROOT":
            return [], []  # "share what was discussed", "when unification was discussed": not the readout's own telling
        return self._restated_pair(trig, seg)

    def _undergone(self, trig, ptype: str, by_token, sources: list[Arg], targets: list[Arg]) -> tuple[list[Arg], list[Arg]]:
        """ "Kenya faced criticism from Uganda", "the plan drew protests from Belgrade": the noun event's doer is in the
        verb's "from" phrase (when the noun has none of its own), the verb's subject undergoes it."""
        verb = trig.head
        if not sources and _from_names_doer(ptype, trig.lemma_.lower()):
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "from" and self._pobj(c) is not None:
                    sources = sources + self._side(self._pobj(c), by_token)
        if sources and not targets:
            subj = self._subject(verb, by_token)
            if subj is not None:
                targets = [a for a in self._side(subj, by_token) if all(a.m is not s_.m for s_ in sources)]
        return sources, targets

    def _verb_arguments(self, trig, ptype: str, by_token, seg) -> tuple[list[Arg], list[Arg], list[dict]]:
        """A verb: its subject, its dependents one by one, then the partner, act-noun and purpose fallbacks."""
        felt = self._experiencer_arguments(trig, by_token)
        if felt is not None:
            return felt
        sources: list[Arg] = []
        targets: list[Arg] = []
        parts: list[dict] = []
        subj = self._subject(trig, by_token)
        if subj is None and trig.dep_ in ("acl", "relcl") and trig.head.i in by_token:
            antecedent = Arg(by_token[trig.head.i], trig.head)
            (targets if trig.tag_ == "VBN" else sources).append(antecedent)  # "refugees ordered out" / "troops crossing"
        relative = (
            subj is not None
            and trig.dep_ == "relcl"
            and subj.dep_ == "nsubj"
            and subj.head.i == trig.i
            and subj.tag_ in ("WP", "WDT")
            and subj.i > 0
            and subj.doc[subj.i - 1].text == ","  # "Kenyatta, who visited Uganda": a known party described; "people
            # who assisted us", "companies that support X" only say which ones are meant (audit 2026-12-05g)
        )
        if relative and (trig.head.i in by_token or self._actor_like(trig.head) or trig.head.pos_ == "PROPN"):
            # "Kenyan President Kenyatta, who visited Uganda", "Kenya, which signed a deal with Uganda": the relative
            # pronoun stands for the party the clause describes, one of a state or a body ("businesses that provide
            # services" name none; a thing's clause keeps _claimant's reading; h30relwho)
            sources += [
                a
                for a in self._side(trig.head, by_token)
                if (a.m.country or a.m.kind == "igo") and a.m.kind not in ("region", "gpe", "place", "city")
            ]  # "the attack in Hadera, which killed ...", "a cluster in Khabarovsk, which will supply": no place acts
        elif subj is not None:
            sources += self._side(subj, by_token)
            if (
                trig.dep_ == "relcl"
                and trig.head.i in by_token
                and not any(
                    c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ not in ("whom", "which", "that", "who")
                    for c in trig.children
                )
            ):
                targets.append(Arg(by_token[trig.head.i], trig.head))  # "Sharifullah, whom the U.S. blames"
        for c in trig.children:
            self._verb_dependent(trig, c, ptype, by_token, seg, sources, targets, parts)
        if not sources and trig.dep_ == "relcl" and subj is not None and subj.lower_ in ("that", "which"):
            sources += self._claimant(trig.head, ptype, by_token)  # "claimed the bombing that killed five police"
        if not sources:
            sources += self._stray_agent(trig, by_token)
        if not sources:
            sources += self._verb_role_holder(trig, by_token)
        if not sources:
            sources += self._verb_topic_doer(trig, by_token)
        if subj is not None and not targets and ptype in SYMMETRIC | {"CONSULT"}:
            sources = self._verb_group_parties(subj, by_token) or sources
        if not sources and (ptype not in self.intent_types or self._own_effort(trig)):
            # an intention to cooperate is an agreement (``_noun_type``); an effort or a plan to restore ties that its
            # holder makes or announces is its own act, attempted or planned (h30effort)
            sources += self._verb_intent_holder(trig, by_token)
        if not sources:
            sources += self._decided_act_holder(trig, by_token)
        if not sources and ptype in self.issuer_passive_types and self._issuer_passive(trig):
            sources = [self._author(trig, seg)]  # "nearly 569,000 doses will be delivered to X" in the donor's text (h46passive)
        if not targets and ptype in SYMMETRIC | {"CONSULT"}:
            targets += self._nested_partner(trig, by_token)
        asked_unnamed = not targets and trig.lemma_.lower() in self.demanded_doer_verbs and self._asked_no_actor(trig, by_token)
        if not targets and trig.lemma_.lower() not in self.topic_object_verbs and not asked_unnamed:
            # (not "called on the international community to send aid to X": X benefits, the asked are no party; h38asked)
            targets += self._act_targets(trig, by_token, {id(a.m) for a in sources})
        if not targets:
            targets += self._shared_object(trig, by_token, sources)
        if not targets and ptype == "PROTEST":
            targets += self._purpose_targets(trig, by_token, sources, seg)
        if not targets and ptype == "PROTEST":
            targets += self._protested_owner(trig, by_token, sources)
        if not targets:
            targets += self._talk_partners(trig, ptype, by_token, sources)
        receivers = self._custody_receivers(trig, by_token, sources)
        if receivers:
            targets = receivers
        if not sources and not targets:
            sources, targets = self._restated_passive(trig, ptype, seg)
        return sources, targets, parts

    def _shared_object(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The object a verb shares with the verb conjoined after it ("Russia invaded and occupied Ukraine", "police
        arrested and charged two diplomats", "condemned and rejected the ultimatum"): the parser hangs it on the second
        verb only, and the first lost its party (h40shared). Only for a first verb with a subject of its own; not when
        it has an object or a complement of its own, when the second has its own subject, or when either takes its
        object as a topic ("met and discussed Ukraine")."""
        if trig.pos_ != "VERB" or trig.lemma_.lower() in self.topic_object_verbs:
            return []
        # "arrested, tortured, and committed abuses against X"; "laid waste to villages, killing and driving out X"
        subject_of = trig.head if trig.dep_ == "conj" or (trig.dep_ == "advcl" and trig.tag_ == "VBG") else trig
        if not any(c.dep_ == "nsubj" for c in subject_of.children):
            return []  # an infinitive or a gerund ("to reinforce and deepen our commitment"): whose act is unsure
        if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "dative", "attr") for c in trig.children):
            return []
        second = next((c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if (
            second is None
            or second.lemma_.lower() in self.topic_object_verbs
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)
        ):
            return []
        mine = {a.m.actor_id for a in sources}
        obj = next((c for c in second.children if c.dep_ in ("dobj", "obj")), None)
        return [a for a in self._side(obj, by_token) if a.m.actor_id not in mine] if obj is not None else []

    def _custody_receivers(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """ "Spain extradited the businessman to the United States", "handed him over to Ugandan authorities": the
        state that receives the person (gold guidelines: extradition is judicial cooperation with it), when the "to"
        phrase names a party of another country than the giver's; else [] (the person stays the target)."""
        if trig.lemma_.lower() not in _side_rules()["custody_verbs"]:
            return []
        handed = [c for c in trig.children if c.dep_ in ("dobj", "obj", "nsubjpass")]  # "was extradited to X by Y" (h31held)
        people = _side_rules()["custody_persons"]
        if not any(self._side(c, by_token) or self._actor_like(c) or c.lemma_.lower() in people for c in handed):
            return []  # "hand them over to the units": weapons, documents, not a person in custody
        home = {a.m.country for a in sources if a.m.country}
        out: list[Arg] = []
        for c in trig.children:
            if c.lower_ == "to" and (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and self._pobj(c) is not None:
                out += [a for a in self._side(self._pobj(c), by_token) if a.m.country and a.m.kind != "person"]
        return [a for a in out if a.m.country not in home] if home else out

    def _verb_counterparts(self, trig, obj, by_token, sources: list[Arg]) -> list[Arg] | None:
        """The party asked when a verb of emphasis stresses the importance of, the need for or cooperation on something
        ("Rubio emphasised cooperation on law enforcement", the issue's own REQUEST): the object's "with" phrase, the
        verb's "to" phrase, the doer of "the need for X to V", else the partner of the call or meeting it was said in;
        [] when the sentence names none (the object's topic is never the one asked); None when ``trig`` is no such verb."""
        rules = _side_rules()
        if (
            obj is None
            or isinstance(obj, str)
            or trig.lemma_.lower() not in rules["emphasis_verbs"]
            or obj.lemma_.lower() not in rules["emphasis_objects"]
        ):
            return None
        own = {id(s_.m) for s_ in sources}
        found: list[Arg] = []
        home = {s_.m.country for s_ in sources if s_.m.country}
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "for") and self._pobj(c) is not None:
                found += self._side(self._pobj(c), by_token)  # "cooperation with X", "the need for X"
                if c.lower_ == "for" and not found:
                    found += self._needed_owner(self._pobj(c), by_token, home)
            elif c.dep_ == "prep" and c.lower_ == "of" and self._pobj(c) is not None and obj.lemma_.lower() != "cooperation":
                found += self._needed_owner(self._pobj(c), by_token, home)
            elif self._for_clause(c):
                doer = next((g for g in c.children if g.dep_ == "nsubj"), None)  # "the need for X to V"
                found += self._side(doer, by_token) if doer is not None else []
        for c in trig.children:
            if c.lower_ == "to" and c.dep_ in ("prep", "dative") and self._pobj(c) is not None:
                found += self._side(self._pobj(c), by_token)  # "stressed to X the importance of"
        if not found:
            found = self._talk_partners(trig, "REQUEST", by_token, sources)
        if not found and len(sources) == 1:
            found = self._lone_discussant(trig, sources[0])  # "X spoke with Y. X emphasised ...": Y, the partner just before
        return [a for a in found if id(a.m) not in own]

    def _needed_owner(self, thing, by_token, home: set) -> list[Arg]:
        """The party whose own thing a verb of emphasis calls important or needed ("underscored the importance of free
        and fair Kenyan elections", "stressed the importance of Pakistan's cooperation"): the thing's possessor or a
        state's adjective before it, of another country than the speaker's; [] for a party's thing named by the party
        itself (a mention: read by the caller) or a thing of no one (h46needed)."""
        if thing.i in by_token or thing.pos_ != "NOUN":
            return []
        named = {by_token[t.i].country for g in thing.lefts for t in g.subtree if t.i in by_token}
        if named & home:
            return []  # "the importance of the U.S.-Kenya partnership": a thing of both, no one asked
        return [a for a in self._thing_owner(thing, by_token, phrases=False) if a.m.country and a.m.kind != "person"]

    def _verb_topic_doer(self, trig, by_token) -> list[Arg]:
        """An act nested in the topic of a discussion ("X and Y discussed their efforts to urge Russia to de-escalate",
        "spoke with Z about U.S. efforts to support Ukraine"): the infinitive under a noun of effort or intent
        (arguments.yaml ``sides: topic_act_nouns``) that is what a verb of talking is about; its doer is the noun's
        own party ("U.S. efforts", "Germany's plans"), else, for "their"/"our" or no possessor, the discussants."""
        if trig.dep_ not in ("acl", "relcl") or trig.tag_ != "VB":
            return []
        noun = trig.head
        rules = _side_rules()
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules["topic_act_nouns"]:
            return []
        talk = noun.head
        if talk.dep_ == "prep" and talk.lower_ in ("about", "on", "regarding"):
            talk = talk.head
        elif noun.dep_ not in ("dobj", "obj"):
            return []
        if talk.pos_ not in ("VERB", "AUX") or talk.lemma_.lower() not in rules["topic_act_verbs"]:
            return []
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod") and c.lower_ not in FIRST_PERSON and c.lower_ not in ("their", "its"):
                own = self._side(c, by_token)
                if own:
                    return own  # "U.S. efforts", "Germany's plans"
        subj = self._subject(talk, by_token)
        found = self._side(subj, by_token) if subj is not None else []
        if any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in noun.children):
            for c in talk.children:  # "discussed with Y their efforts": the partner's too
                if c.dep_ == "prep" and c.lower_ == "with" and self._pobj(c) is not None:
                    found += self._side(self._pobj(c), by_token)
        return found

    def _verb_group_parties(self, subj, by_token) -> list[Arg]:
        """ "Leaders from Kenya and Uganda held a summit", "Delegations of Chile and Peru met": a group subject whose
        "from"/"of" phrase coordinates two or more countries stands for each of them (a reciprocal act between them);
        [] otherwise (a named subject, one country, or no such phrase)."""
        if subj.pos_ != "NOUN":
            return []  # a named subject is its own party
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of") and self._pobj(c) is not None and self._pobj(c).conjuncts:
                found = self._side(self._pobj(c), by_token)
                countries = {a.m.country for a in found if a.m.country}
                if len(countries) >= 2 and all(a.m.kind == "country" for a in found):
                    return found
        return []

    def _verb_intent_holder(self, trig, by_token) -> list[Arg]:
        """ "the readiness of NATO to impose costs on X", "reaffirmed their readiness to impose costs on X", "Germany's
        plan to send tanks": the infinitive under a noun of effort or intent (``sides: topic_act_nouns``) is done by the
        noun's party: the subject of the verb that states it ("they reaffirmed the readiness of ... to"), else its "of"
        phrase or possessor ("Germany's plan to send tanks was announced")."""
        if trig.dep_ != "acl" or trig.tag_ != "VB" or not infinitive(trig):
            return []
        noun = trig.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _side_rules()["topic_act_nouns"]:
            return []
        first = first_conjunct(noun)  # "reaffirmed their support ... and the readiness of"
        if first.dep_ in ("dobj", "obj") and first.head.pos_ in ("VERB", "AUX"):
            subj = self._subject(first.head, by_token)
            stated = self._side(subj, by_token) if subj is not None else []
            if stated:
                return stated
        return self._noun_owner(noun, by_token, ("of",), ("PRP$",)) or []

    def _noun_owner(self, noun, by_token, preps: tuple[str, ...], pronoun_tags: tuple[str, ...] = PRONOUN_TAGS):
        """The party a noun names as its own, the first in its phrase: its possessor (not a pronoun of
        ``pronoun_tags``) or the object of one of ``preps`` ("Germany's plan", "the readiness of NATO", "the decision by
        Moscow"); None when it names none (h38decision, shared with the intent nouns)."""
        for c in noun.children:
            if c.dep_ == "poss" and c.tag_ not in pronoun_tags:
                return self._side(c, by_token)
            if c.dep_ in ("prep", "agent") and c.lower_ in preps and (o := self._pobj(c)) is not None:
                return self._side(o, by_token)
        return None

    def _decided_act_holder(self, trig, by_token) -> list[Arg]:
        """ "criticized Moscow's decision to expel ten Polish diplomats", "the decision by Moscow to expel", "Iran's
        attempt to seize a tanker", "Russia announced its decision to expel": the infinitive under a noun of decision
        or attempt (arguments.yaml ``sides: decision_nouns``) is done by the noun's possessor or its "by" phrase, else
        (a pronoun's or no possessor) by the subject of the verb that takes, announces or defends it; a decision no
        party is named for has no doer here (h38decision)."""
        noun = self._decision_noun(trig)
        if noun is None or not infinitive(trig):
            return []
        owner = self._noun_owner(noun, by_token, ("by",))
        if owner is not None:
            return owner
        verb = noun.head
        if noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in self.effort_verbs | self.decision_verbs:
            subj = self._subject(verb, by_token)
            return self._side(subj, by_token) if subj is not None else []
        return []

    def _asked_no_actor(self, trig, by_token) -> bool:
        """Is the verb an act someone is asked to do ("called on the international community to send humanitarian aid
        to X", "urge all donors to provide assistance") whose asked doer names no party (no mention in its phrase)?
        The doer is said, as no actor: none is guessed by order, least of all the one who asks (h38asked)."""
        if trig.lemma_.lower() in self.demanded_doer_verbs:
            # the asking itself: "calling on the international community to send aid to X" asks no party named
            comp = next((c for c in trig.children if c.dep_ == "xcomp" or _infinitive_advcl(c)), None)
            asked = self._asked_doer(comp) if comp is not None else None
        elif trig.dep_ == "xcomp" or _infinitive_advcl(trig):
            asked = self._asked_doer(trig)
        else:
            return False
        return asked is not None and not any(t.i in by_token for t in asked.subtree)

    def _judged_decision(self, trig) -> bool:
        """Is the verb the act of a decision or attempt (``decision_nouns``) that a verb of judgement or talk takes
        (``stance_verbs``: "criticized the decision to expel", "welcomed the move to lift")? Its doer is not the judge
        (h38decision)."""
        noun = self._decision_noun(trig)
        return noun is not None and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in self.stance_verbs

    @staticmethod
    def _decision_noun(trig):
        """The noun of decision or attempt (arguments.yaml ``sides: decision_nouns``) whose clause the verb is ("the
        decision to expel", "Iran's attempt to seize"), else None (h38decision)."""
        noun = trig.head
        if trig.dep_ == "acl" and noun.pos_ == "NOUN" and noun.lemma_.lower() in _side_rules()["decision_nouns"]:
            return noun
        return None

    def _own_effort(self, trig) -> bool:
        """Is the infinitive under a noun of effort or plan (not of intent) that a verb of making or announcing takes
        ("made an effort to restore ties with X", "announced a plan to expand cooperation"), or one its possessor owns?
        Supporting or opposing others' efforts ("we do not support efforts to normalize relations with X") is not
        (arguments.yaml ``effort_verbs``, h30effort)."""
        noun = trig.head
        if trig.dep_ != "acl" or noun.lemma_.lower() in self.intent_nouns:
            return False
        if any(c.dep_ == "poss" for c in noun.children):
            return True
        return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in self.effort_verbs

    def _verb_role_holder(self, trig, by_token) -> list[Arg]:
        """ "Qatar played a key role in bringing about a ceasefire", "Egypt's efforts in brokering the truce": the act told
        by a gerund under a noun of part-taking (arguments.yaml ``sides: role_nouns``) is done by that noun's holder,
        the subject of the verb that takes it or its possessor."""
        if trig.tag_ != "VBG" or trig.dep_ != "pcomp" or trig.head.dep_ != "prep" or trig.head.lower_ not in ("in", "at"):
            return []
        noun = trig.head.head
        if noun.pos_ in ("VERB", "AUX"):  # "played a role in bringing ...", the phrase hung on the verb
            noun = next((c for c in noun.children if c.dep_ in ("dobj", "obj")), noun)
        if noun.lemma_.lower() not in _side_rules()["role_nouns"]:
            return []
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None:
            # "our gratitude to Turkey for its efforts in hosting refugees": "its" is the one thanked (h38thanked)
            return self._side(poss, by_token) or (self._thanked(noun, by_token) if poss.tag_ in PRONOUN_TAGS else [])
        verb = noun.head if noun.dep_ in ("dobj", "obj") else None
        subj = self._subject(verb, by_token) if verb is not None else None
        return self._side(subj, by_token) if subj is not None else []

    @staticmethod
    def _thanks_word(noun):
        """The word of thanks (arguments.yaml ``gratitude_words``) whose "for" phrase the noun is ("thanked Qatar for its
        role", "our gratitude to Turkey for its efforts", "grateful for the assistance"), else None."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        word = noun.head.head
        words = _side_rules().get("gratitude_words", ())
        return word if word.lemma_.lower() in words or word.lower_ in words else None

    def _thanked(self, noun, by_token) -> list[Arg]:
        """The party thanked for ``noun`` ("thanked Qatar for its role", "our gratitude to Turkey for its efforts", "grateful
        to Jordan for its role"): the thanking verb's object or the "to" phrase of the word of thanks (arguments.yaml
        ``gratitude_words``) or of the verb that takes it; else [] (h38thanked)."""
        word = self._thanks_word(noun)
        if word is None:
            return []
        hosts = [word] + ([word.head] if word.dep_ in ("dobj", "obj", "acomp") else [])
        found = [c for c in word.children if c.dep_ in ("dobj", "obj")] if word.pos_ == "VERB" else []
        found += [self._pobj(c) for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
        for t in found:
            side = self._side(t, by_token) if t is not None else []
            if side:
                return side
        return []

    def _stray_agent(self, trig, by_token) -> list[Arg]:
        """The agent of a passive that the small parser hangs on the noun before it ("was accused of corruption by
        Haitian officials", "was arrested in Tehran by the police"): the "by" phrase of one of the verb's own
        prepositional phrases, never one inside a clause."""
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children):
            return []
        for c in trig.children:
            pobj = self._pobj(c) if c.dep_ == "prep" and c.lower_ != "by" else None
            for g in pobj.children if pobj is not None else ():
                if g.dep_ in ("prep", "agent") and g.lower_ == "by" and self._pobj(g) is not None:
                    found = self._side(self._pobj(g), by_token)
                    if found:
                        return found
        return []

    def _verb_dependent(self, trig, c, ptype: str, by_token, seg, sources, targets, parts) -> None:
        """One dependent of a verb trigger: passive subject and agent, objects, prepositions."""
        if c.dep_ == "nsubjpass":
            targets += self._side(c, by_token)
        elif c.dep_ == "agent":
            pobj = self._pobj(c)
            givers = self._side(pobj, by_token) if pobj is not None else []
            if givers:
                sources[:] = givers + [s for s in sources if s not in targets]
        elif c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.lemma_.lower() in self.verdict_adjectives:
            # "the court found two men guilty": the small parser makes the party the adjective's subject (h14news9)
            targets += [a for g in c.children if g.dep_ == "nsubj" for a in self._side(g, by_token)]
        elif c.dep_ == "dative" and c.pos_ == "ADP":  # "send a delegation to Washington", parsed as a dative
            self._by_role(self._prep_role(ptype, c.lower_), self._pobj(c), by_token, seg, sources, targets, parts)
        elif c.dep_ in ("dobj", "obj", "dative", "attr", "oprd"):
            self._object_arguments(trig, c, ptype, by_token, seg, sources, targets, parts)
        elif c.dep_ in ("prep", "prt") and c.lower_ == "up" and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children):
            # "kidnapped up to 16 advisers": an approximate number parsed as a preposition; its object is the verb's
            inner = next(g for g in c.children if g.dep_ == "prep" and g.lower_ == "to")
            if self._pobj(inner) is not None:
                targets += self._side(self._pobj(inner), by_token)
        elif c.dep_ == "prep" and c.lower_ == "at" and self._retort(trig):
            targets += self._side(self._pobj(c), by_token) if self._pobj(c) is not None else []
        elif c.dep_ == "prep" and c.lower_ == "against" and self._opposed_party(trig, ptype):
            # "we stand with Ukraine against Russia's attack", "supporting the government against the Houthi rebellion":
            # who is stood against is no one stood with
            self._by_role("topic", self._pobj(c), by_token, seg, sources, targets, parts)
        elif c.dep_ in ("prep", "prt") and c.lower_ == "out" and self._pobj(c) is None and (of := self._out_of(c)) is not None:
            # "troops pulled out of Lebanon", "pulled its forces out of Gaza": "out of" is a "from" (h27outof)
            role = self._verb_prep_role(trig, ptype, "from")
            self._by_role(role, of, by_token, seg, sources, targets, parts)
        elif c.dep_ == "prep":
            role = self._verb_prep_role(trig, ptype, c.lower_)
            if role == "target" and ptype == "ASSAULT" and c.lower_ in ("on", "upon") and self._party_object(trig, by_token):
                role = "location"  # "injured a man on the High Road": the party is the object; "on" says where (h42onplace)
            self._by_role(role, self._pobj(c), by_token, seg, sources, targets, parts)
        elif c.dep_ == "conj" and c.pos_ == "ADP" and self._pobj(c) is not None:
            self._joined_prep(trig, c, ptype, by_token, seg, sources, targets, parts)
        if c.dep_ in ("prep", "dative") and c.pos_ == "ADP":
            for g in c.children:
                if g.dep_ == "conj" and g.pos_ == "ADP" and self._pobj(g) is not None:
                    self._joined_prep(trig, g, ptype, by_token, seg, sources, targets, parts)

    def _verb_prep_role(self, trig, ptype: str, word: str) -> str | None:
        """The role of a preposition's object after this verb: the verb's own (arguments.yaml ``verb_preps``), else the
        type's."""
        return self.verb_prep_roles.get(trig.lemma_.lower(), {}).get(word) or self._prep_role(ptype, word)

    def _joined_prep(self, trig, prep, ptype: str, by_token, seg, sources, targets, parts) -> None:
        """A prepositional phrase joined to one of the verb's ("delivered to Antigua today, and to Barbados tomorrow",
        "sent wheat to Egypt and to Syria"): the parser hangs the second on the first or on the verb as a conjunct,
        and its party was lost; it has the role its preposition has after the verb (h46conjprep)."""
        role = self._verb_prep_role(trig, ptype, prep.lower_)
        if role != "target":
            return  # a second place, time or topic adds no party ("at Kyiv and at Lviv": where)
        more: list[Arg] = []
        self._by_role(role, self._pobj(prep), by_token, seg, sources, more, parts)
        # one party once: "to Kyiv and to Lviv" are one country's places, one target
        known = {a.m.country or a.m.actor_id for a in targets}
        targets += [a for a in more if (a.m.country or a.m.actor_id) not in known]

    def _party_object(self, trig, by_token) -> bool:
        """Does the verb have a direct object that names a party ("injured a man", not "fired missiles")?"""
        return any(c.dep_ in ("dobj", "obj") and self._side(c, by_token) for c in trig.children)

    def _out_of(self, out):
        """The object of the "of" that follows "out" ("out of Lebanon"), else None."""
        of = next((g for g in out.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        if of is None and out.i + 1 < len(out.doc) and out.nbor().lower_ == "of" and out.nbor().head.i == out.head.i:
            of = out.nbor()  # "out" a particle, "of" a preposition of the verb
        return self._pobj(of) if of is not None else None

    @staticmethod
    def _opposed_party(trig, ptype: str) -> bool:
        """Is the "against" phrase of this verb the party opposed, not the one acted on: after a verb of solidarity, or
        of support that is no verb of defence ("defended itself against X" is fighting X, retyped later)?"""
        rules = _side_rules()
        lemma = trig.lemma_.lower()
        if ptype == "PROTEST":
            return False  # "Tens of thousands rallied against President Vucic": a protest's "against" is its target (h26rally)
        return lemma in rules.get("solidarity_verbs", ()) or (ptype == "SUPPORT" and lemma not in rules["defend_verbs"])

    def _retort(self, trig) -> bool:
        """ "lashed out at X", "hit back at X": a verb of criticism or retort whose "at" phrase is the party aimed at."""
        rules = _side_rules()
        if trig.lemma_.lower() in rules["at_target_verbs"]:
            return True
        return any(c.dep_ == "prt" and c.lower_ in rules["at_target_particles"] for c in trig.children)

    def _experiencer_arguments(self, trig, by_token) -> tuple[list[Arg], list[Arg], list[dict]] | None:
        """ "Japan is dismayed by China's decision", "China's decision dismayed Japan": who is dismayed disapproves of
        the party of what dismays (arguments.yaml ``sides.experiencer_verbs``); None for other verbs."""
        rules = _side_rules()
        if (
            trig.lemma_.lower() not in rules["experiencer_verbs"]
            and self._verb_lemma(trig, trig.lemma_.lower()) not in rules["experiencer_verbs"]
        ):
            return None
        kids = list(trig.children)
        cause = [
            self._pobj(c)
            for c in kids
            if c.dep_ in ("prep", "agent") and c.lower_ in rules["experiencer_preps"] and self._pobj(c) is not None
        ]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or (trig.tag_ == "VBN" and bool(cause))
        if passive:
            subj = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), None) or self._subject(trig, by_token)
            sources = self._side(subj, by_token) if subj is not None else []
            causes = cause
        else:
            obj = next((c for c in kids if c.dep_ in ("dobj", "obj")), None)
            sources = self._side(obj, by_token) if obj is not None else []
            causes = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
        targets: list[Arg] = []
        for c in causes:
            targets += self._side(c, by_token) or [a for g in c.children if g.dep_ == "poss" for a in self._side(g, by_token)]
        return sources, targets, []

    def _object_arguments(self, trig, c, ptype: str, by_token, seg, sources, targets, parts) -> None:
        """A verb's object: a topic ("discussed the situation in X"), the actor's own force ("deployed its
        troops"), else a target; then the object's own prepositions ("slapped a tariff on Pakistani exports")."""
        sent_force = False
        if (self._is_topic(c) and c.i not in by_token) or trig.lemma_.lower() in self.topic_object_verbs:
            # "the situation in X" (its "with" phrase still counts); what is discussed is never the partner
            parts.append(self._participant("topic", c, seg, by_token))
        elif ptype == "SUPPORT" and c.lemma_.lower() in self.honour_nouns:
            parts.append(self._participant("instrument", c, seg, by_token))  # "awarded the Intelligence Star" (h14news9)
        elif self._thing_object(c, ptype, by_token):
            parts.append(self._participant("topic", c, seg, by_token))  # "protested the results of the US election"
        elif (
            ptype in ("MOBILIZE", "RETREAT")
            and trig.lemma_.lower() not in self.permitting_verbs  # "allowed OSCE monitors into X": the one let in (h33let)
            and self._own_force(c, by_token, sources)
        ):
            parts.append(self._participant("instrument", c, seg, by_token))  # "deployed its troops": what is sent
            sent_force = True
        elif (
            ptype == "AID"
            and c.dep_ in ("dobj", "obj")
            and any(g.dep_ in ("prep", "dative") and g.lower_ in ("to", "for") for g in trig.children)
        ):
            # "providing intelligence to Macedonia": what is given is no party; the recipient is the target
            parts.append(self._participant("instrument", c, seg, by_token))
        elif c.i not in by_token and any(places.in_city_named_document(g, by_token) for g in c.children):
            # "refused to fulfil the Minsk agreements": a document named by a city is no party, nor its city (h35minsk)
            parts.append(self._participant("topic", c, seg, by_token))
        else:
            targets += self._side(c, by_token)
        for g in c.children:  # "arrested X of Y", "slapped a tariff on Pakistani exports", "sanctions against X"
            if g.dep_ == "prep" and g.lower_ == "into" and c.lemma_.lower() in self.inquiry_nouns:
                # "opened an investigation into X": the party investigated, by the type's prepositions (h39inquiry)
                self._by_role(self._prep_role(ptype, g.lower_), self._pobj(g), by_token, seg, sources, targets, parts)
            elif (
                g.dep_ == "prep"
                and g.lower_ in ("in", "into", "at", "near", "inside", "throughout")
                and (c.i not in by_token or sent_force)
            ):
                self._by_role("location", self._pobj(g), by_token, seg, sources, targets, parts)  # "roads in Algiers"
            elif (
                g.dep_ == "acl"
                and g.tag_ == "VBN"
                and g.lemma_.lower() in self.imposing_verbs
                and ptype in self.place_targets
                and c.i not in by_token
            ):
                # "shortened the curfew imposed in Sudan": where the measure was put is where the act is done (h28domestic)
                for p in g.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "on", "throughout"):
                        self._by_role("location", self._pobj(p), by_token, seg, sources, targets, parts)
            elif (
                g.dep_ == "prep"
                and g.lower_ == "between"
                and trig.lemma_.lower() in _side_rules()["host_verbs"]
                and self._pobj(g) is not None
            ):
                targets += self._side(self._pobj(g), by_token)  # "hosted talks between X and Y": the host meets both
            elif (
                g.dep_ == "prep"
                and trig.lemma_.lower() in self.topic_object_verbs
                and any(x.dep_ == "poss" for x in c.children)
                and self._pobj(g) is not None
            ):
                # "shared with the minister his recent engagement with Russian counterparts": the phrase of an owned
                # topic is the topic's ("discussed the situation with Russia" keeps its partner)
                self._by_role("topic", self._pobj(g), by_token, seg, sources, targets, parts)
            elif g.dep_ == "prep" and g.lower_ in ("on", "against", "to", "of", "for", "with"):
                role = "target" if g.lower_ in ("against", "to") or (g.lower_ == "for" and ptype == "AID") else None
                if g.lower_ == "on":  # "a tariff on Pakistani exports"; not "exchanged views on Ukraine" (a topic)
                    role = self.prep_roles.get(ptype, {}).get("on", "target")
                    # "stabbed a woman on the High Road": the "on" of a party acted on says where (h42onplace)
                    if role == "target" and c.i in by_token:
                        role = "location"
                if g.lower_ == "of" and self._actor_like(c) and c.i not in by_token:
                    role = "target"  # "expelled inspectors of the IAEA"; not "Sharifullah of ISIS-K"
                pobj = self._pobj(g)
                if role is None and pobj is not None:
                    role = "topic" if g.lower_ in ("of", "for") else self._prep_role(ptype, g.lower_)
                self._by_role(role, pobj, by_token, seg, sources, targets, parts)

    def _thing_object(self, c, ptype: str, by_token) -> bool:
        """Is the object ``c`` of an act of ``topic_object_types`` (arguments.yaml) a thing it is about, no party:
        a common noun that names no actor itself nor by its possessor ("protested the new tax", "the results of
        the US election"; not "protested Beijing's policy") (h14news9)."""
        if ptype not in self.topic_object_types or c.dep_ not in ("dobj", "obj") or c.pos_ != "NOUN":
            return False
        if c.i in by_token or self._actor_like(c):
            return False
        return not any(g.dep_ == "poss" and self._actor_token(g, by_token) is not None for g in c.children)

    def _nested_partner(self, trig, by_token) -> list[Arg]:
        """ "discussed the situation in X with Y": the small parser often hangs the partner's "with" phrase
        inside the object; the partner of talks is still the target. So is the "with" phrase inside what is agreed
        "to" or "on" ("agreed to the normalization of relations with Israel", h30agreeto)."""
        out: list[Arg] = []
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") and self._pobj(c) is not None:
                if trig.lemma_.lower() not in self.agreeing_verbs:
                    continue  # "brief you on the outcome of my talks with X", "speak to engagements with Y": a topic
                c = self._pobj(c)
            elif c.dep_ not in ("dobj", "obj"):
                continue
            for t in c.subtree:
                if t.dep_ == "prep" and t.lower_ == "with" and t.head.i != trig.i and self._pobj(t) is not None:
                    if t.head.pos_ in ("VERB", "AUX") and t.head.tag_ != "VBN":
                        continue  # "the Dialogue, a new forum to strengthen trade with one of America's Allies": the
                        # "with" of another verb's clause inside the object is that verb's partner; a participle
                        # describing the thing keeps it ("the accords signed with the Soviet Union") (h45nested)
                    if self._border_with(t):
                        continue  # "funding for a wall along the border with Mexico": where the thing is (h48along)
                    out += self._side(self._pobj(t), by_token)
                    break
        return out

    def _border_with(self, prep) -> bool:
        """Is the preposition the "with" of a border ("the border with Mexico"; the parser may hang it on the noun
        before the border's phrase: "a fence along the border with X")? Where a thing is, no partner (h48along)."""
        return prep.lower_ == "with" and (
            prep.head.lemma_.lower() in self.border_nouns
            or (prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in self.border_nouns)
        )

    def _purpose_targets(self, trig, by_token, sources: list[Arg], seg) -> list[Arg]:
        """A protest aims at whom its purpose clause asks ("demonstrated ... demanding the release of X",
        "staged a strike to demand the resignation of X")."""
        for c in list(trig.children) + ([trig.head] if trig.dep_ in ("dobj", "obj") else []):
            verbs = [c] if c is trig.head else [c] if c.dep_ in ("advcl", "xcomp", "conj", "acl") else []
            if c is trig.head:
                verbs = [g for g in trig.head.children if g.dep_ in ("advcl", "xcomp", "conj", "acl")]
            for v in verbs:
                if v.lemma_.lower() in self.purpose_verbs:
                    # "to protest the results of the election": a protest verb's thing object is a topic (h14news9)
                    kind = "PROTEST" if self._trigger_type(v) == "PROTEST" else "REQUEST"
                    _, t, _ = self._arguments(v, None, kind, by_token, seg)
                    found = [a for a in t if all(a.m is not s_.m for s_ in sources)]
                    if not found and v.lemma_.lower() in self.denounce_verbs:
                        # "rallied in Baghdad to denounce the American occupation": the party of the thing denounced
                        found = [
                            a
                            for o in v.children
                            if o.dep_ in ("dobj", "obj") and o.i not in by_token
                            for a in self._thing_owner(o, by_token)
                            if all(a.m is not s_.m and a.m.country != s_.m.country for s_ in sources)
                        ]
                    if found:
                        return found
        return []

    def _protested_owner(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The party whose thing a protest is against ("protested against the government's tax plans", "a general
        strike against the labour laws of President Kim", "a sit-in in protest at curbs imposed by the military
        government", "in defiance of Chinese authorities"): the thing's possessor, its "of" phrase or the agent of the
        participle that describes it; [] when the thing names no party (h31protested)."""
        phrases = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in self.protested_preps]
        for c in trig.children:  # "... in protest at X", "in defiance of X"
            inner = self._pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
            if inner is not None and inner.lemma_.lower() in self.protest_frame_nouns:
                phrases += [
                    g for g in inner.children if g.dep_ == "prep" and (g.lower_ in self.protested_preps or g.lower_ == "of")
                ]
        own = {s_.m.actor_id for s_ in sources}
        out: list[Arg] = []
        for p in phrases:
            thing = self._pobj(p)
            if thing is None:
                continue
            if p.head.i != trig.i and thing.i in by_token:
                out += self._side(thing, by_token)  # "in defiance of Chinese authorities", "in protest at Israel"
                continue
            if thing.i in by_token or thing.pos_ != "NOUN":
                continue  # the verb's own "against X": its side rules have read it
            out += self._thing_owner(thing, by_token)
        return [a for a in out if a.m.actor_id not in own]

    def _thing_owner(self, thing, by_token, phrases: bool = True) -> list[Arg]:
        """The party a thing protested or denounced is of: its possessor ("the government's tax plans"), a state's
        adjective before it ("the American occupation", h46denounce), and with ``phrases`` its "of" phrase ("the labour
        laws of President Kim") and the agent of the participle that describes it ("curbs imposed by the military
        government")."""
        out: list[Arg] = []
        for g in thing.children:
            if g.dep_ == "poss" and g.tag_ != "PRP$":
                out += self._side(g, by_token)
            elif g.dep_ in ("amod", "compound") and g.i in by_token and g.ent_type_ in ("NORP", "GPE"):
                out += [a for a in self._side(g, by_token) if a.m.country and a.m.kind != "person"]
            elif phrases and g.dep_ == "prep" and g.lower_ == "of" and self._pobj(g) is not None:
                out += self._side(self._pobj(g), by_token)
            elif phrases and g.dep_ == "acl" and g.tag_ == "VBN":
                for a in g.children:
                    if a.dep_ == "agent" and self._pobj(a) is not None:
                        out += self._side(self._pobj(a), by_token)
        return out

    def _offer_targets(self, trig, obj, by_token, sources: list[Arg], seg) -> list[Arg]:
        """The other party of an answer to an offer when the offer names none of its own ("accepted an invitation to
        visit Moscow": Russia; "declined an invitation to join the talks with the United States": the United States): the
        other party of the act offered, the infinitive of an ``offers: nouns`` object (h17offer)."""
        noun = obj if obj is not None and not isinstance(obj, str) else None
        if noun is None:
            noun = next((c for c in trig.children if c.dep_ in ("dobj", "obj")), None)
        if noun is None or noun.lemma_.lower() not in self.offer_nouns:
            return []
        for v in noun.children:
            if v.pos_ != "VERB" or not self._offered(v):
                continue
            kind = self._trigger_type(v)
            if kind is None:
                continue
            _, found, _ = self._arguments(v, None, kind, by_token, seg)
            found = [a for a in found if all(a.m is not s_.m and a.m.actor_id != s_.m.actor_id for s_ in sources)]
            if found:
                return found
        return []

    def _gathering_body(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The organisation whose gathering the act word attends, hosts or is ("attended the NATO summit", "will host
        the BRICS summit", "a meeting of the OSCE Permanent Council"): the body named as the gathering's modifier or
        in its "of" phrase, an international organisation (kind ``igo``) that is not a source (h25body). The
        gathering is the act word itself or the object of one of ``body_gathering_verbs`` (or the object of one of
        ``gathering_preps`` under it: "participate in the G7 summit")."""
        gatherings, preps = self.gatherings, self.gathering_preps
        found = [trig] if trig.lemma_.lower() in gatherings else []
        for ch in trig.children if trig.lemma_.lower() in self.body_gathering_verbs else ():  # not "discussed the G20 meetings"
            if ch.dep_ in ("dobj", "obj") and ch.lemma_.lower() in gatherings:
                found.append(ch)
            elif ch.dep_ == "prep" and ch.lower_ in preps:
                found += [g for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() in gatherings]
        mine = {id(s.m) for s in sources} | {s.m.actor_id for s in sources if s.m.actor_id}
        out: list[Arg] = []
        for g in found:
            names = [ch for ch in g.children if ch.dep_ in ("compound", "nmod", "poss") and ch.i < g.i]
            names += [o for ch in g.children if ch.dep_ == "prep" and ch.lower_ == "of" for o in ch.children if o.dep_ == "pobj"]
            for n in names:
                at = self._actor_token(n, by_token)
                m = by_token.get(at.i) if at is not None else None
                if m is not None and m.kind == "igo" and id(m) not in mine and m.actor_id not in mine:
                    out.append(Arg(m, at))
        return self._dedupe(out)

    def _hostile_purpose_targets(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The party a conflictual act with no target of its own is done to remove ("blocked transport into Abidjan as
        they continued their effort to overthrow the government of President X", "seized the town in a bid to topple
        the government"): the object of an infinitive of ``hostile_purpose: verbs`` in the act's own purpose phrases
        (adverbial clauses, infinitives, objects and their "to" clauses; not a reported or relative clause, nor a clause
        with a doer of its own other than a pronoun; h17oust)."""
        frontier, links = [trig], ("advcl", "xcomp", "dobj", "obj", "acl", "prep", "pobj", "pcomp")
        for _depth in range(4):
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ not in links:
                        continue
                    if any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for g in c.children):
                        continue  # a clause of another doer ("with X calling the process a coup to unseat Y")
                    if c.pos_ == "VERB" and c.lemma_.lower() in self.hostile_purpose["verbs"] and infinitive(c):
                        obj = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
                        found = self._side(obj, by_token) if obj is not None else []
                        found = [a for a in found if all(a.m is not s_.m for s_ in sources)]
                        if found:
                            return found
                    nxt.append(c)
            frontier = nxt
        return []

    def _posture_faced(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The party a show of force is aimed at when the verb's "in" phrase names the stand-off ("massed two divisions
        in a show of force against Kuwait", "put the navy on full alert in a stand-off with Turkey"): the party of
        that noun's "with"/"against"/"towards" phrase (or its "of" phrase's), never the doer's own (h31posture)."""
        own = {a.m.country for a in sources if a.m.country}
        for p in trig.children:
            noun = self._pobj(p) if p.dep_ == "prep" and p.lower_ in ("in", "amid", "during") else None
            if noun is None:
                continue
            words = {noun.lemma_.lower(), *(f"{c.lower_}-{noun.lower_}" for c in noun.children if c.dep_ == "compound")}
            if not words & self.posture_nouns:  # "stand-off": the tokenizer's "stand - off", "off" its noun
                continue
            phrases = [c for c in noun.children if c.dep_ == "prep"]
            phrases += [
                g
                for c in phrases
                if c.lower_ == "of" and self._pobj(c) is not None
                for g in self._pobj(c).children
                if g.dep_ == "prep"
            ]
            # "a show of force aimed at Taiwan", "directed at Taipei": the "at" phrase of an aiming participle (h32aimed)
            holders = [noun, *(self._pobj(c) for c in phrases if c.lower_ == "of" and self._pobj(c) is not None)]
            aimed = [
                g
                for h in holders
                for a in h.children
                if a.dep_ == "acl" and a.lemma_.lower() in ("aim", "direct", "target")
                for g in a.children
                if g.dep_ == "prep" and g.lower_ == "at"
            ]
            found = [
                a
                for c in phrases + aimed
                if c.lower_ in ("with", "against", "toward", "towards", "to", "at") and self._pobj(c) is not None
                for a in self._side(self._pobj(c), by_token)
                if a.m.country and a.m.country not in own
            ]
            if found:
                return self._dedupe(found)
        return []

    def _border_faced(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The country whose border forces are moved to (CAMEO 15, exhibit force posture): "massed troops near the
        Ukrainian border", "deployed troops along its border with Iraq", "on Russia's border"; a preposition of the verb
        or of its object whose noun is a border (arguments.yaml ``border_nouns``), the country named on it or in its
        "with"/"of" phrase, never the doer's own (h30border)."""
        own = {a.m.country for a in sources if a.m.country}
        moved = [c for c in trig.children if c.dep_ in ("dobj", "obj")]
        if moved and not any(self._is_force(m) or self._measure_of_force(m) for m in moved):
            return []  # "stationed support teams near the Ukrainian border": no force posture towards Ukraine
        for noun in self._border_phrases(trig):
            named = [
                a
                for c in noun.children
                if c.dep_ in ("amod", "compound", "poss") and c.tag_ not in PRONOUN_TAGS
                for a in self._side(c, by_token)
            ]
            named += [
                a
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("with", "of") and self._pobj(c) is not None
                for a in self._side(self._pobj(c), by_token)
            ]
            found = [a for a in named if a.m.country and a.m.country not in own and a.m.kind == "country"]
            if found:
                return self._dedupe(found)
        return []

    def _aimed_targets(self, trig, obj, by_token, sources: list[Arg]) -> list[Arg]:
        """The party a hostile act with no target of its own is aimed at by a participle of aiming on the act or on its
        object ("launched missiles targeting US troops", "airstrikes targeting rebel positions", "an attack aimed at
        Israeli forces"; ``aimed_participles``: the object of "targeting", the "at"/"against" phrase of "aimed"), never
        a source's own party (h30aimed)."""
        heads = [trig] + ([obj] if obj is not None and not isinstance(obj, str) and obj.i != trig.i else [])
        for h in heads:
            for c in h.children:
                if c.dep_ not in ("acl", "advcl", "xcomp") or c.tag_ not in ("VBG", "VBN"):
                    continue
                ways = self.aimed_participles.get(c.lemma_.lower())
                if not ways:
                    continue
                found: list[Arg] = []
                for g in c.children:
                    if g.dep_ in ("dobj", "obj") and "object" in ways:
                        found += self._side(g, by_token)
                    elif g.dep_ == "prep" and g.lower_ in ways and self._pobj(g) is not None:
                        found += self._side(self._pobj(g), by_token)
                found = [a for a in found if all(a.m.actor_id != s_.m.actor_id for s_ in sources)]
                if found:
                    return self._dedupe(found)
        return []

    def _harm_victims(self, trig, by_token, sources: list[Arg]) -> list[Arg]:
        """The victims an attack with no target of its own harmed, told by a participle of harm on its verb ("fired
        machine guns at a patrol, killing two soldiers"; on the light verb of a noun: "launched an attack, wounding
        three soldiers"), never a source's own party; that participle is no second event (``_harm_of_attack``, h39harm)."""
        verb = trig.head if trig.dep_ in ("dobj", "obj") and trig.head.lemma_.lower() in LIGHT_VERBS else trig
        found = [
            a
            for c in verb.children
            if self._harm_participle(c)
            for g in c.children
            if g.dep_ in ("dobj", "obj")
            for a in self._side(g, by_token)
            if all(a.m.actor_id != s_.m.actor_id for s_ in sources)
        ]
        return self._dedupe(found)

    def _trigger_type(self, tok) -> str | None:
        found = self._trigger(tok)
        return found[0] if found else None

    def _poss_pronoun(self, tok, by_token) -> list[Arg]:
        """ "its", "his", "her", "their" before a noun event: the nearest actor before it in the same sentence of a
        fitting kind ("hold Russia accountable for its war", "Putin ... his war of aggression")."""
        word = tok.lower_
        spoken = self._quote_speaker(tok, by_token)
        if spoken is not None:
            return [spoken]  # 'X said, "Our condolences go to ..."' (h14news9)
        if tok.pos_ != "PRON" or word not in ("its", "his", "her", "their"):
            return []
        for t in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
            m = by_token.get(t.i)
            if m is None or not m.actor_id or not m.country:
                continue
            person = m.kind == "person"
            if word == "their" and self._carried(tok.head):
                group = self._coordinated_actors(t, by_token)
                if len(group) >= 2:
                    return group  # "Chile and Bolivia announced their agreement": "their" is both
            if (word in ("his", "her") and person) or (word in ("its", "their") and not person):
                return [Arg(m, t)]
        return []

    @staticmethod
    def _carried(noun) -> bool:
        """Is the noun event the object of a verb that tells it as done ("held their talks", "signed their agreement",
        "announced their agreement"), not one that calls it off or judges it ("postponed their meeting")?"""
        return noun.dep_ in ("dobj", "obj") and (
            noun.head.lemma_.lower() in LIGHT_VERBS or noun.head.lemma_.lower() in _side_rules()["carrying_verbs"]
        )

    @staticmethod
    def _coordinated_actors(tok, by_token) -> list[Arg]:
        """The actors of the "X and Y" coordination ``tok`` belongs to, in order (each with a country), else []."""
        root = tok
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        members = [root] + list(root.conjuncts)
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in root.children):
            return []
        out = [Arg(by_token[u.i], u) for u in sorted(members, key=lambda u: u.i) if u.i in by_token]
        if len(out) != len(members) or not all(a.m.actor_id and a.m.country for a in out):
            return []
        return out

    def _act_targets(self, trig, by_token, exclude: set[int]) -> list[Arg]:
        """The party of an act noun the verb takes ("rejected an offer from X", "called for sanctions against X",
        "demanded the resignation of X"), directly or through a preposition."""
        nouns = []
        for c in trig.children:
            if c.dep_ in ("dobj", "obj"):
                nouns.append(c)
                # "expressed concern over Kiev's actions", "gratitude for Pakistan's arrest of X"
                nouns += [
                    g
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in ("about", "over", "at", "for", "regarding", "with")
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
            elif c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "as"):
                nouns += [g for g in c.children if g.dep_ == "pobj"]
        nouns += [
            a for n in list(nouns) for a in n.children if a.dep_ == "appos"
        ]  # "denounced as a crime X's suppression of ..."
        out: list[Arg] = []
        found_trigger = self._trigger(trig)
        attitude = found_trigger is not None and found_trigger[0] in ATTITUDE
        phrase_object = found_trigger[2] if found_trigger is not None and attitude else None  # "reiterated [concerns]"
        for n in nouns:
            if not (n.lemma_.lower() in self.act_nouns or n.lower_ in self.act_nouns or attitude):
                continue  # "welcomed France's leadership role": an attitude is towards the possessor of what it judges
            doer = self._patient_noun_doer(n, by_token)
            if doer:
                # "protested the expulsion of Cuban diplomats from Washington", "condemned the arrest of X by Y": the
                # act's doer, not the one it is done to (h27expel)
                out += [a for a in doer if id(a.m) not in exclude]
                continue
            # "reiterated our concerns", "expressed Pakistan's gratitude": the possessor of a feeling is who holds it
            feeling = attitude and (self._trigger_type(n) in ATTITUDE or getattr(phrase_object, "i", None) == n.i)
            owned = attitude and not feeling and any(g.dep_ == "poss" and self._side(g, by_token) for g in n.children)
            for g in n.children:
                if owned and g.dep_ == "prep":
                    continue  # "concern about Kiev's actions against Donbass": the attitude is towards Kiev only
                if feeling and g.dep_ == "poss":
                    continue
                if places.in_city_named_document(g, by_token):
                    continue  # "violated the Minsk agreements": no act of Minsk's (h27named)
                found: list[Arg] = []
                if (
                    g.dep_ == "poss"
                    or g.dep_ in ("compound", "amod")
                    and g.i in by_token
                    and not (by_token[g.i].country is None and by_token[g.i].kind == "collective")
                ):
                    found = self._side(g, by_token)
                elif (
                    g.dep_ == "prep"
                    and g.lower_ in ("from", "by", "of", "against", "on", "to", "with")
                    and self._pobj(g) is not None
                    and not (g.lower_ == "on" and self._trigger_type(n) == "CONSULT")
                ):
                    # "met for talks on the enclave of Nagorno-Karabakh": what talks are on is their topic (h27talks)
                    found = self._side(self._pobj(g), by_token)
                elif g.dep_ == "acl":
                    for a in g.children:
                        if a.dep_ == "agent" and self._pobj(a) is not None:
                            found += self._side(self._pobj(a), by_token)
                out += [a for a in found if id(a.m) not in exclude]
        return out

    def _patient_noun_doer(self, n, by_token) -> list[Arg]:
        """The doer a noun of ``patient_poss_nouns`` names besides the one it is done to: its "by" phrase ("the arrest
        of X by Y"), or the "from" phrase of a noun of expelling ("the expulsion of X from Y"), on the noun or on its
        "of" object; [] when it names none."""
        lemma = n.lemma_.lower()
        if lemma not in PATIENT_POSS_NOUNS:
            return []
        heads = [n] + [self._pobj(c) for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and self._pobj(c) is not None]
        for h in heads:
            for c in h.children:
                if (
                    c.dep_ == "agent"
                    or c.dep_ == "prep"
                    and (c.lower_ == "by" or c.lower_ == "from" and lemma in self.expelling_nouns)
                ):
                    pobj = self._pobj(c)
                    found = self._side(pobj, by_token) if pobj is not None else []
                    if found:
                        return found
        return []

    @staticmethod
    def _owned_by_source(t: Arg, sources: list[Arg]) -> bool:
        """Is the side ``t`` the sources' own, by a possessive pronoun and its country ("its ambassador", "their
        troops")?"""
        if t.tok is None or not t.m.country or any(s.m.country != t.m.country for s in sources):
            return False
        return any(
            c.dep_ == "poss"
            and ((c.pos_ == "PRON" and c.lower_ in ("its", "their")) or (c.pos_ == "PROPN" and c.ent_type_ == "GPE"))
            for c in t.tok.children
        )  # "recalled Lima's ambassador from Chile": the source's own capital or state owns the envoy (h31owncapital)

    def _own_force(self, tok, by_token, sources: list[Arg]) -> bool:
        """Is the object the actor's own force ("its troops", "forces", "peacekeepers"), sent rather than acted upon?"""
        m = by_token.get(tok.i)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return True
        if m is not None:
            return m.sector == "MIL" and (m.country is None or any(m.country == s.m.country for s in sources))
        at = self._actor_token(tok, by_token)
        named = by_token.get(at.i) if at is not None else None
        if named is not None and named.country and sources and all(named.country != s.m.country for s in sources):
            return False  # "released 200 Eritrean prisoners": people of another party, acted upon
        return self._actor_like(tok)

    def _intended(self, tok) -> bool:
        """Is the noun event what a noun of intent governs ("their intention to improve the partnership")?
        Up through its phrase and the intent's infinitive, never into another clause with its own subject."""
        t = tok
        for _ in range(8):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ == "NOUN" and (t.lemma_.lower() in self.intent_nouns or t.lower_ in self.intent_nouns):
                return True
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return False
        return False

    def _noun_type(self, tok, ptype: str, mode: str | None, hit) -> tuple[str, str | None]:
        """The type of a noun trigger as its phrase decides it: its "of" phrase ("the withdrawal of the ambassador"
        reduces relations) and an intention ("the intention to cooperate" is an agreement)."""
        if tok.pos_ in ("NOUN", "PROPN"):
            ptype, mode = self._noun_object(tok) or (ptype, mode)
            if ptype in self.intent_types and hit is None and self._intended(tok):
                ptype, mode = "AGREE", None
        return ptype, mode

    def _noun_object(self, trig):
        """A noun event whose "of" phrase decides its type ("the withdrawal of the ambassador")."""
        lemma = trig.lemma_.lower()
        for rule in self.noun_object:
            if lemma in rule["nouns"]:
                for c in trig.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        pobj = self._pobj(c)
                        if pobj is not None and (pobj.lemma_.lower() in rule["objects"] or pobj.lower_ in rule["objects"]):
                            return rule["type"], rule.get("mode")
        return None

    # -- PETRARCH-style arguments, for coding with a PETRARCH verb dictionary: its patterns assume PETRARCH's
    #    attachments (any actor of the verb phrase, places included), so they keep them ----------------------
    @staticmethod
    def _p_actor_token(tok, by_token: dict[int, Mention]):
        """The token of the actor that ``tok``'s noun phrase names, or None."""
        if tok.i in by_token:
            return tok
        # the noun phrase's own words only, not clauses hanging from it
        for t in tok.subtree:
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp") or (
                t.dep_ == "prep" and t.head.i == tok.i and t.lower_ not in ("of",)
            ):
                continue
            if (
                t.i in by_token
                and t.head.i != tok.i
                or (t.i in by_token and t.dep_ in ("poss", "compound", "amod", "nmod", "pobj"))
            ):
                return t
        return None

    def _p_actor_at(self, tok, by_token: dict[int, Mention]) -> Mention | None:
        found = self._p_actor_token(tok, by_token)
        return by_token[found.i] if found is not None else None

    def _p_with_conjuncts(self, tok, by_token) -> list[Mention]:
        """The actors of a noun phrase and of those coordinated with it, also when the list sits
        deeper in the phrase ("the resumption of ties with Mordor, Rohan and Bree")."""
        found: list[Mention] = []
        for t in [tok] + [c for c in tok.conjuncts]:
            at = self._p_actor_token(t, by_token)
            if at is None:
                continue
            for u in [at] + ([c for c in at.conjuncts] if at.i != t.i else []):
                m = by_token.get(u.i) if u.i != at.i else by_token[at.i]
                if m is None:
                    m = self._p_actor_at(u, by_token)
                if m is not None and m not in found:
                    found.append(m)
        return found

    def _p_pobj_actors(self, prep, by_token) -> list[Mention]:
        """The actors of a preposition's object: "with Gondor", "on Pakistani exports"."""
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return self._p_with_conjuncts(pobj, by_token) if pobj is not None else []

    def _p_arguments(self, trig, obj, by_token) -> tuple[list[Mention], list[Mention]]:
        """(sources, targets) as PETRARCH attaches them: every actor of the verb phrase (places included)
        behind a side preposition; the subject, light-verb, attitude and "between" readings are shared
        with ``_arguments`` (``_clause_subject``, ``_light_verb_head``, ``_attitude_targets``)."""
        if obj == "root-noun":
            sources = [
                m for c in trig.children if c.dep_ in ("compound", "nsubj", "amod") for m in self._p_with_conjuncts(c, by_token)
            ]
            targets = [
                m for c in trig.children if c.dep_ == "prep" and c.lower_ in ARG_PREPS for m in self._p_pobj_actors(c, by_token)
            ]
            return sources, targets
        if trig.pos_ in ("NOUN", "PROPN") and not (trig.tag_.startswith("VB")):
            return self._p_noun_arguments(trig, by_token)
        return self._p_verb_arguments(trig, by_token)

    def _p_noun_arguments(self, trig, by_token) -> tuple[list[Mention], list[Mention]]:
        sources: list[Mention] = []
        targets: list[Mention] = []
        has_of = any(x.dep_ == "prep" and x.lower_ == "of" for x in trig.children)
        patient_type = self.lex.nouns.get(trig.lemma_.lower(), ("",))[0] in PATIENT_POSS_TYPES
        for c in trig.children:
            if c.dep_ == "poss":
                found = self._p_with_conjuncts(c, by_token)
                # "Sharifullah's arrest": the person arrested
                (targets if patient_type and not has_of and all(m.kind == "person" for m in found) else sources).extend(found)
            elif c.dep_ in ("compound", "amod", "nmod") and c.i in by_token:
                sources += self._p_with_conjuncts(c, by_token)
            elif c.dep_ == "prep":
                found = self._p_pobj_actors(c, by_token)
                if c.lower_ == "by" or (c.lower_ == "of" and trig.lemma_.lower() in OF_AGENT_NOUNS):
                    sources += found
                elif c.lower_ in ARG_PREPS:
                    targets += found
        if not targets and self._trigger_type(trig) in ATTITUDE:  # this path has no ptype of its own
            targets += [a.m for a in self._attitude_targets(trig, by_token)]
        light = self._light_verb_head(trig)
        if not sources and light is not None:
            for c in light.children:
                if c.dep_ in ("nsubj",):
                    sources += self._p_with_conjuncts(c, by_token)
                elif c.dep_ == "prep" and not targets and c.lower_ in ARG_PREPS:
                    targets += self._p_pobj_actors(c, by_token)
        if not sources and trig.dep_ == "nsubj":
            sources += [
                m
                for c in trig.head.children
                if c.dep_ == "prep" and c.lower_ in ("with", "between")
                for m in self._p_pobj_actors(c, by_token)
            ]
        if not sources and trig.dep_ == "pobj":
            # "gratitude for Pakistan's arrest" / "a call between Dar and Rubio"
            gov = trig.head.head
            if trig.head.lower_ == "between":
                sources += self._p_with_conjuncts(trig, by_token)
            elif gov.i in by_token:
                sources.append(by_token[gov.i])
        sources += [
            m for c in trig.children if c.dep_ == "prep" and c.lower_ == "between" for m in self._p_pobj_actors(c, by_token)
        ]
        return sources, targets

    def _p_verb_arguments(self, trig, by_token) -> tuple[list[Mention], list[Mention]]:
        sources: list[Mention] = []
        targets: list[Mention] = []
        subj_tok, _ = self._clause_subject(trig)
        if subj_tok is None and trig.dep_ in ("acl", "relcl") and trig.head.i in by_token:
            sources.append(by_token[trig.head.i])
        if subj_tok is not None:
            sources += self._p_with_conjuncts(subj_tok, by_token)
        for c in trig.children:
            if c.dep_ == "nsubjpass":
                targets += self._p_with_conjuncts(c, by_token)
            elif c.dep_ == "agent":
                givers = self._p_pobj_actors(c, by_token)
                if givers:
                    sources = givers + [s for s in sources if s not in targets]
            elif c.dep_ in ("dobj", "obj", "dative", "attr"):
                targets += self._p_with_conjuncts(c, by_token)
                for g in c.children:  # "arrested X of Y", "slapped a tariff on Pakistani exports"
                    if g.dep_ == "prep" and g.lower_ in ("on", "against", "to", "of", "for", "with"):
                        targets += self._p_pobj_actors(g, by_token)
            elif c.dep_ == "prep" and c.lower_ in VERB_PREPS:
                targets += self._p_pobj_actors(c, by_token)
        return sources, targets

    @staticmethod
    def party(m: Mention | None) -> Party | None:
        if m is None:
            return None
        # a territory's side is its sovereign's ("Hong Kong's authorities": CHN; actors/kb.py sovereign, h42territory)
        country = sovereign(m.country)
        return Party(actor_id=m.actor_id, name=m.name, country=country, sector=m.sector, start=m.start, end=m.end)

    def domain(self, ptype: str, sentence_text: str, parties: list[Mention]) -> str:
        text = f" {sentence_text.lower()} "
        scores = {}
        for domain, words in self.domain_words.items():
            scores[domain] = sum(text.count(f" {w}") for w in words)
        if any(p.sector == "IGO" for p in parties):
            scores["multilateral"] = scores.get("multilateral", 0) + 2
        if ptype in ("ASSAULT", "MOBILIZE"):
            scores["military"] = scores.get("military", 0) + 1
        if ptype in ("SANCTION",):
            scores["trade"] = scores.get("trade", 0) + 1
        best = max(scores.items(), key=lambda kv: (kv[1], kv[0] == "security"))
        if best[1] > 0:
            return best[0]
        return "diplomacy" if ptype in ("CONSULT", "SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "CONCEDE") else "other"

    def _in_name(self, tok) -> bool:
        """A trigger word inside a proper name or a title ("Test Ban Treaty", "Company Limited", "the
        Ministry of Defence") is not an event; a joint document's name is its parties' act ("the Joint Statement of
        the United States and Germany"; arguments.yaml ``joint_documents``)."""
        if self._joint_document(tok):
            return False
        if tok.ent_type_ in NAME_ENTS and tok.ent_iob_ in ("B", "I") and tok.pos_ != "VERB":
            return True
        if tok.i > tok.sent.start and tok.text[:1].isupper() and not tok.text.isupper():
            head = tok
            while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
                head = head.head
                if head.lemma_.lower() in self.name_heads or head.lower_ in self.name_heads:
                    return head.text[:1].isupper()
        return False

    def _complement(self, tok):
        """The complement clause of a governing verb or adjective ("offered to hand over", "ready to host"); it follows
        the word, except the fronted words of a verb of warning or promise ("Any attack would be met with severe
        consequences, Japan warned"): a clause before any other is said beside it, not refused or offered ("We've
        talked about this, but ... the ruble has declined": the parser's ccomp of a plain fall)."""
        fronted = tok.lemma_.lower() in self.governing_fronted
        return next(
            (
                c
                for c in tok.children
                if c.dep_ in ("xcomp", "ccomp")
                and (c.i > tok.i or fronted)
                and (c.pos_ in ("VERB", "AUX") or c.tag_.startswith("VB"))
            ),
            None,
        )

    def _governed(self, toks) -> dict[int, tuple[str, str | None, Any]]:
        """Governing words of the sentence: token index -> (type, mode, complement verb)."""
        out = {}
        for tok in toks:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in self.governing_nouns:
                comp = self._noun_complement(tok)
                if comp is not None and not self._declines_to_speak(tok, comp):
                    ptype, mode = self.governing[self.governing_nouns[lemma]]
                    out[tok.i] = (ptype, mode, comp)
                continue
            if lemma not in self.governing:
                continue
            comp = self._complement(tok)
            if comp is None and tok.dep_ == "acomp":  # "is ready to", parsed with the adjective under "be"
                comp = None
            if comp is None:
                comp = self._to_clause(tok)
            if comp is None or self._declines_to_speak(tok, comp):
                continue
            ptype, mode = self.governing[lemma]
            if ptype == "REQUEST":
                continue  # "urged X to Y" keeps both: the request and the demanded act (factuality demanded)
            if ptype == "AGREE" and self._agreed_view(tok, comp):
                continue  # "X and Y agreed that Russia's violation demands a response": a view agreed on, between X and Y
            inner = self._trigger(comp)
            if ptype in ("THREATEN",) and inner is not None and inner[0] in self.cooperative and lemma in ("vow", "swear"):
                ptype, mode = "AGREE", None
            out[tok.i] = (ptype, mode, comp)
        return out

    @staticmethod
    def _noun_complement(noun):
        """The "to" infinitive of a governing noun ("its threat to cut supplies", "the refusal to extradite"), parsed
        as the noun's clause modifier, right after it; else None."""
        return next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl"
                and c.i > noun.i
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
            ),
            None,
        )

    @staticmethod
    def _day_between(tok, end: int) -> bool:
        """Are the words between ``tok`` and ``end`` one time phrase of ``tok`` ("on Thursday", "Monday", "on 3
        May", "again on Friday")? A phrase of the verb whose object is a day, a date or a time word."""
        between = range(tok.i + 1, end)
        if not between:
            return False
        doc = tok.doc
        phrases = [c for c in tok.children if tok.i < c.i < end and c.dep_ in ("prep", "npadvmod", "advmod")]
        covered = {t.i for c in phrases for t in c.subtree}
        if not all(i in covered for i in between):
            return False
        return any(doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ in DAY_WORDS for i in between)

    def _declines_to_speak(self, tok, comp=None) -> bool:
        """ "declined to comment", "refused to say whether ...": keeping silent, no rejection of a party."""
        if tok.lemma_.lower() not in self.lex.silence_verbs:
            return False
        comp = comp if comp is not None else (self._complement(tok) or self._to_clause(tok))
        return comp is not None and comp.lemma_.lower() in self.lex.silence_complements

    @staticmethod
    def _to_clause(tok):
        """The infinitive right after a governing verb that the parser hung as an adverbial clause ("have sworn to
        fight", "vowed to retaliate" parsed ``advcl``): "to" and the verb follow the word directly, or after the
        day wire copy puts between them ("threatened on Thursday to cut ties with Syria", "agreed on Monday to
        resume talks": h32dayto)."""
        for c in tok.children:
            if (
                c.dep_ == "advcl"
                and (c.i == tok.i + 2 or EventCoder._day_between(tok, c.i - 1))
                and (c.pos_ == "VERB" or c.tag_ == "VB")
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
            ):
                return c
        return None

    def _allegations(self, toks) -> dict[int, Any]:
        """Allegation verbs with a complement clause: token index -> the complement ("claims that X did Y")."""
        out = {}
        for tok in toks:
            if tok.lemma_.lower() in self.allegation_verbs and tok.pos_ == "VERB":
                comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
                if comp is not None:
                    out[tok.i] = comp
        return out

    def _obligations(self, toks) -> dict[int, Any]:
        """Statements of what another party must do: token index of the reporting verb -> the complement verb."""
        out = {}
        for tok in toks:
            if tok.lemma_.lower() in self.obligation_verbs and tok.pos_ == "VERB":
                for comp in tok.children:
                    if comp.dep_ == "ccomp" and any(
                        c.dep_ == "aux" and c.lower_ in self.obligation_modals for c in comp.children
                    ):
                        out[tok.i] = comp
                        break
        return out

    def _complement_actors(self, comp, by_token, exclude: set[int]) -> list[Arg]:
        """The first actor in a complement clause other than its doer, outside topics: the party a threatened,
        refused or promised act would touch ("threatened to resume attacks in Israel")."""
        for t in comp.subtree:
            if t.i in by_token and id(by_token[t.i]) not in exclude and by_token[t.i].actor_id:
                if any(
                    a.i != t.i and self._is_topic(a) and a.i not in by_token
                    for a in t.ancestors
                    if a.i > comp.i or a.i in {x.i for x in comp.subtree}
                ):
                    continue
                if t.dep_ in ("nsubj",) and t.head.i == comp.i:
                    continue
                if places.in_city_named_document(t, by_token):
                    continue  # "refuse to fulfil the Minsk agreements": the city names the document (h35minsk)
                m = by_token[t.i]
                if m.country is None and m.kind == "collective" and t.dep_ in ("amod", "compound"):
                    continue  # "terrorist activities", "joint military exercises": a kind of thing
                if (
                    m.country is None
                    and m.kind == "collective"
                    and m.sector == "MIL"
                    and all(
                        k.dep_ in ("det", "nummod", "quantmod") or (k.dep_ == "poss" and k.pos_ == "PRON") for k in t.children
                    )
                ):
                    continue  # "agreed to withdraw troops", "pledged to send their forces": the doers' own (h14ownforce16)
                return [Arg(m, t)]
        return []

    def _frames(self, toks, by_token) -> _Frames:
        """The sentence's governing verbs, allegations and obligations, and the complement words they take over."""
        cands = [t for t in toks if t.lemma_.lower() in self.clause_words] if self.verbs is None else []
        bare = self._bare_obligations(toks, by_token) if self._issuer is not None and self.verbs is None else {}
        governed = self._governed(cands) if cands else {}
        allegations = self._allegations(cands) if cands else {}
        obligations = self._obligations(cands) if cands else {}
        if cands:
            obligations.update({k: v for k, v in self._subjunctive_demands(cands).items() if k not in obligations})
        skip = {comp.i for i, (_, _, comp) in governed.items() if not self._offered_act(toks[0].doc[i], comp)}
        skip |= self._ultimatum_acts(toks)  # "gave Hamas 48 hours to release the hostages": asked for, not done
        skip |= {
            t.i
            for comp in list(allegations.values()) + list(obligations.values())
            for t in comp.subtree
            if t.pos_ in ("VERB", "AUX", "NOUN")
        }  # the alleged or demanded act is not asserted
        return _Frames(governed, allegations, obligations, skip, bare)

    def _offered_act(self, word, comp) -> bool:
        """Is ``comp`` a cooperative act offered, promised or pledged (``offered_acts`` in arguments.yaml: "is prepared
        to supply Colombia with helicopters", "pledged to send tents to Pakistan")? It is coded too, as planned, beside
        the offer's AGREE (h34offered), as a request keeps the act it asks for."""
        if word.pos_ == "NOUN" or (word.lemma_.lower() not in self.offered_words and word.lower_ not in self.offered_words):
            return False  # an offer named by a noun is talked about, maybe turned down ("turned down an offer by X to host")
        if word.lemma_.lower() in self.offered_infinitive and comp.dep_ != "xcomp":
            return False  # "agreed to meet" plans a meeting; "it was agreed that X would visit" tells the agreement (h42agreedto)
        inner = self._trigger(comp)
        return inner is not None and inner[0] in self.offered_types

    @cached_property
    def _time_limit_verbs(self) -> frozenset[str]:
        """The verbs of the verb + object rules with a time limit (h26ultimatum), gathered once."""
        return frozenset(v for r in self.lex.verb_object if r.get("time_limit") for v in r["verbs"])

    def _ultimatum_acts(self, toks) -> set[int]:
        """The acts an ultimatum asks for ("gave Hamas 48 hours to release the hostages", "gave Ukraine until Friday to
        withdraw"): the infinitive of a verb + object rule with a time limit (h26ultimatum), not told as done (their
        words a party became a side of since h32captives)."""
        out: set[int] = set()
        for tok in toks:
            lemma = tok.lemma_.lower()
            if lemma not in self._time_limit_verbs:
                continue
            for rule in self.lex.rules_for(lemma):  # the lexicon's order, as before
                comp = time_limit(tok, rule["objects"]) if rule.get("time_limit") else None
                if comp is not None:
                    out.add(comp.i)
        return out

    @staticmethod
    def _subjunctive_demands(cands) -> dict[int, Any]:
        """ "Argentina demanded that Britain return the islands": a demand verb whose "that" clause has its own
        subject and a bare (subjunctive) verb, no modal: token index of the demand -> the demanded clause's verb."""
        words = frozenset(_side_rules()["subjunctive_verbs"])
        out: dict[int, Any] = {}
        for tok in cands:
            if tok.lemma_.lower() not in words or tok.pos_ != "VERB":
                continue
            for comp in tok.children:
                if comp.dep_ != "ccomp" or not any(c.dep_ == "nsubj" or c.dep_ == "nsubjpass" for c in comp.children):
                    continue
                aux = [c for c in comp.children if c.dep_ in ("aux", "auxpass")]
                subj = next(c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass"))
                # "demanded on Monday that Paris cancel the tests": the tagger reads the bare verb after a singular
                # name as a present (VBP), which a singular third person never takes (h31subjunctive)
                singular = subj.tag_ in ("NNP", "NN") and not any(c.dep_ == "conj" for c in subj.children)
                # after a past demand a present verb is no report of the present ("demanded that student leaders end
                # their occupation": the tenses would agree, "ended"), so a plural's VBP is the bare verb too (h32subjunctive)
                bare = (comp.tag_ == "VB" or (comp.tag_ == "VBP" and (singular or tok.tag_ == "VBD"))) and not aux
                bare_passive = comp.tag_ == "VBN" and [a.lower_ for a in aux] == ["be"]  # "that the ban be lifted"
                if (bare or bare_passive) and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
                    out[tok.i] = comp
                    break
        return out

    def _bare_obligations(self, toks, by_token) -> dict[int, Any]:
        """Main verbs with "must"/"should" whose subject is another party, in a government's own text ("Russia
        must end its attacks"): the author demands it (gold guidelines: the implicit author as source)."""
        out: dict[int, Any] = {}
        if not toks or toks[-1].text == "?":
            return out  # asked, not demanded
        for tok in toks:
            if (
                tok.dep_ != "ROOT"
                or tok.pos_ != "VERB"
                or tok.lemma_.lower() == "be"
                or not any(c.dep_ == "aux" and c.lower_ in self.obligation_modals for c in tok.children)
            ):
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue  # "X should not ..." is advice or a warning, not a demand
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            parties = [by_token.get(t.i) for t in ([subj] + list(subj.conjuncts) if subj is not None else [])]
            issuer = self._issuer[0] if self._issuer else None
            if parties and all(m is not None and m.country and m.country != issuer and m.how != "issuer" for m in parties):
                out[tok.i] = subj  # "Japan and the United States should work together" is no demand on others
        return out

    @staticmethod
    def _agreed_view(tok, comp) -> bool:
        """ "The Secretary and the High Representative agreed that Russia's violation demands a response": a joint
        subject agreeing on a "that" clause agrees with each other on a view; the clause's parties are no side. One
        party agreeing that something be done ("Russia agreed that Ukraine could export grain") keeps the frame."""
        if comp.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
            return False
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and any(c.dep_ == "conj" for c in subj.children)

    def _find_trigger(self, tok, frames: _Frames) -> tuple[tuple[str, str | None, Any], VerbMatch | None] | None:
        """((type, mode, object), dictionary match) of a trigger at ``tok``, else None: a PETRARCH verb
        pattern, a governing verb, an allegation, an obligation, or a trigger of the lexicon outside names."""
        if self.verbs is not None and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")) and self.verbs.blocks_for(tok):
            hit = self.verbs.match(tok)
            if hit is None:
                return None  # the dictionary knows this verb and codes nothing here
            return (coding_for_cameo(hit.code or hit.reverse or "").plover_type, None, "weak"), hit
        if tok.i in frames.bare:
            return ("REQUEST", None, "weak"), None
        if tok.i in frames.governed:
            ptype, mode, _ = frames.governed[tok.i]
            if ptype in self.offer_answers and self._answered_offer(tok):
                return None  # "rejected an offer by Norway to mediate": the rejection is the event (h39offer)
            return (ptype, mode, "weak"), None
        if tok.i in frames.allegations:
            return ("ACCUSE", "ALLEGE", "weak"), None
        if tok.i in frames.obligations:
            return ("REQUEST", None, "weak"), None
        found = self._trigger(tok)
        if found is None or self._in_name(tok) or self._declines_to_speak(tok):
            return None
        if found[0] in self.harm_in_types and self._harm_of_attack(tok):
            return None
        if found[0] in self.offer_answers and self._answered_offer(tok):
            return None
        return found, None

    def _answered_offer(self, tok) -> bool:
        """Is the noun an offer the sentence tells answered by its object's verb, itself an event ("Bogota turned down
        an offer by Chavez to mediate between the government and the ELN", "Frei accepted an offer from Argentina to set
        up a joint commission")? The answer (REJECT, AGREE) is the one event between the two: the offer's own sides
        were the act offered's ("Chavez -> ELN"), or none (h39offer)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.offer_nouns or tok.dep_ not in ("dobj", "obj"):
            return False
        head = tok.head
        if head.lemma_.lower() not in self.offer_receivers:
            return False
        answer = self._trigger(head)
        return answer is not None and answer[0] in self.offer_answers

    def _harm_participle(self, tok) -> bool:
        """Is the word a participle of harm hung on the clause's verb ("..., killing two soldiers"; ``harm_in`` verbs)?"""
        return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in self.harm_in_verbs

    def _harm_of_attack(self, tok) -> bool:
        """Is the verb the harm an attack told by the verb it hangs on did ("shelled the town, killing 11 civilians",
        "launched a rocket attack on a NATO base, wounding three soldiers")? A participle of harm (``harm_in`` verbs)
        under an ASSAULT trigger, or under a light verb whose object is one: the victims are that attack's, not a
        second attack (h39harm)."""
        if not self._harm_participle(tok):
            return False
        head = tok.head
        acts = [head]
        if head.lemma_.lower() in LIGHT_VERBS:
            acts += [c for c in head.children if c.dep_ in ("dobj", "obj")]
        return any((found := self._trigger(a)) is not None and found[0] in self.harm_in_types for a in acts)

    def _frame_sides(self, tok, ptype: str, frames: _Frames, by_token, seg, sent, sources, targets, parts) -> list[Arg]:
        """Targets of a governing verb, an allegation or an obligation, from its complement clause."""
        if tok.i in frames.governed:
            # the target is the party the complement acts on ("offered to hand over X to Britain")
            comp = frames.governed[tok.i][2]
            inner = self._trigger(comp)
            _, ctgt, cparts = self._arguments(comp, None, inner[0] if inner else ptype, by_token, seg)
            targets = [a for a in targets if a.tok is not None and a.tok.dep_ != "nsubj"] + ctgt
            if not targets:
                targets += [a for a in self._part_actors(cparts, by_token, seg, ("beneficiary", "location"), sent)]
            if not targets:
                targets += self._complement_actors(comp, by_token, {id(a.m) for a in sources})
            parts += cparts
        elif tok.i in frames.allegations:
            # "X claims that Y did Z": X accuses Y; the alleged act is not coded as asserted
            comp = frames.allegations[tok.i]
            csubj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            targets = [a for a in targets if a.tok is not None and a.tok.dep_ in ("dobj", "obj")]
            if csubj is not None and not targets:
                targets = self._side(csubj, by_token)
            parts.append(self._participant("topic", comp, seg, by_token))
        elif tok.i in frames.obligations:
            # "X said that Y must do Z": X asks Y
            comp = frames.obligations[tok.i]
            csubj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            asked = self._side(csubj, by_token) if csubj is not None else []
            targets = asked or self._addressees(tok, targets)
            parts.append(self._participant("topic", comp, seg, by_token))
        return targets

    @staticmethod
    def _addressees(tok, targets: list[Arg]) -> list[Arg]:
        """ "told his counterpart that the corridor must stay open": when the demanded clause names no party, the
        one told (the reporting verb's object) is asked."""
        if tok.lemma_.lower() not in _side_rules()["addressee_verbs"]:
            return []
        return [a for a in targets if a.tok is not None and a.tok.dep_ in ("dobj", "obj", "dative") and a.tok.head.i == tok.i]

    def _trigger_sides(self, tok, found, hit: VerbMatch | None, frames: _Frames, by_token, seg, sent):
        """(sources, targets, participants) of a trigger before filtering: its arguments, the complement of a
        frame, a giver in "from", a dictionary pattern's swap, a visitor object, a place that stands for its party."""
        ptype, mode, obj = found
        if obj == messages.BODY:  # the quoted body of the message told before: its sender and addressee
            return [Arg(self._message[1], None)], [Arg(self._message[2], None)], []
        if hit is not None:
            ms, mt = self._p_arguments(tok, None, by_token)
            parts: list[dict] = []
            sources, targets = [Arg(m, None) for m in ms], [Arg(m, None) for m in mt]
        else:
            sources, targets, parts = self._arguments(
                tok, obj if obj not in ("weak", "inverted", "lawbreak") else None, ptype, by_token, seg, mode
            )
        targets = self._frame_sides(tok, ptype, frames, by_token, seg, sent, sources, targets, parts)
        if (
            ptype in self.owned_act_types
            and targets
            and obj is not None
            and not isinstance(obj, str)
            and obj.i != tok.i
            and obj.i not in by_token  # "join the European Union": the object is a party itself, no act it owns
            and obj.lemma_.lower() not in PATIENT_POSS_NOUNS
        ):
            targets = _act_owner_out(
                obj, sources, targets, seg, by_token, ptype in self.owner_judged
            )  # "expressed U.S. support for X" (h23owner)
        if ptype in self.owner_judged and len(targets) > 1:
            judged = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            if judged is not None:
                targets = _owner_only(judged, targets, seg)  # "opposed the U.S. arms sale to Taiwan": the U.S. (h22owner)
        if mode == "MEDIATE" and not targets and obj is not None and not isinstance(obj, str):
            targets = (
                [  # "brokered a ceasefire between X and Y": the mediator consults both warring parties
                    a
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ == "between"
                    for a in self._side(self._pobj(c), by_token)
                ]
                if any(c.dep_ == "prep" and c.lower_ == "between" and self._pobj(c) is not None for c in obj.children)
                else []
            )
            if not targets and sources:  # "... a war between X and Y, and Z helped bring about a truce": the warring sides
                wars = _side_rules()["conflict_nouns"]
                for t in sent:
                    if t.lemma_.lower() in wars:
                        between = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "between"), None)
                        if between is not None and self._two_parties(between):
                            targets = self._side(self._pobj(between), by_token)
                            break
        if ptype in self.owner_judged and sources and tok.pos_ == "VERB":
            doers = self._judged_act_doers(tok, by_token, sources)
            if doers:
                targets = doers  # "condemn Russia's war of aggression against Ukraine": Russia, not Ukraine (h29judged)
        if ptype in self.between_judged_types and sources and not targets and tok.pos_ == "VERB":
            targets = self._between_parties(tok, by_token, sources)  # "welcomed the talks between X and Y" (h29presup)
        if not sources and not targets and tok.pos_ == "VERB":
            # "diplomatic ties between X and Y were downgraded": the passive's subject names the pair whose act it is;
            # "a memorandum was signed between X and Y": the passive verb's own "between" phrase does (h30passivepair)
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            agent = any(c.dep_ == "agent" for c in tok.children)
            between = None if subj is None or agent else (self._pair_between(subj) or self._pair_between(tok))
            if between is not None:
                pair = self._side(self._pobj(between), by_token)
                sources, targets = pair[:1], pair[1:]
        if ptype == "REQUEST" and sources and not targets and tok.pos_ == "VERB":
            targets = self._asked_pair(tok, obj, by_token, sources)  # "called for a ceasefire between X and Y" (h30askedpair)
        asked = self._verb_counterparts(tok, obj, by_token, sources) if ptype == "REQUEST" and hit is None else None
        if asked is not None:
            targets = asked  # "emphasised cooperation on X": the counterpart, never the topic
            lo, hi = obj.left_edge, obj.right_edge  # what is stressed is the topic: no side is guessed from it
            start, end = seg.start + lo.idx, seg.start + hi.idx + len(hi.text)
            parts.append({"role": "topic", "start": start, "end": end, "text": self._text[start - seg.start : end - seg.start]})
        if tok.i in frames.bare:
            sources, targets, parts = [self._author(tok, seg)], self._side(frames.bare[tok.i], by_token), []
        if obj == "inverted":
            # "Eriador received money from Osgiliath": the giver is in the "from" phrase
            received = [tok] + [
                c for c in tok.children if c.dep_ in ("dobj", "obj")
            ]  # "an invitation from X to ..." (h30receive)
            # "came under rocket attack from Hezbollah": the "from" phrase of what the party came under (h47under)
            received += [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"
            ]
            givers = [
                a
                for h in received
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by") and self._pobj(c) is not None
                for a in self._side(self._pobj(c), by_token)
            ]
            sources, targets = givers, sources
        if obj == "lawbreak":
            sources, targets = self._judge_of(tok, by_token, seg), sources  # the speaker accuses the clause's subject
        if hit is not None and hit.swap:
            sources, targets = targets, sources  # the dictionary's pattern puts the target before the verb
        if obj is not None and not isinstance(obj, str) and ptype == "CONSULT" and obj.i in by_token and not sources:
            # "plans to send a Pakistani delegation to Washington": the delegation is the visitor
            visitor = (self._side(obj, by_token) or [Arg(by_token[obj.i], obj)])[0]  # "his delegation": of his country
            sources = [visitor]
            targets = [t for t in targets if t.m is not visitor.m and (t.tok is None or t.tok.i != obj.i)]
        elif obj is not None and not isinstance(obj, str) and ptype == "CONSULT" and sources:
            # "he deployed his delegation to X": the delegation the trigger names is the one sent, not the other side
            targets = [t for t in targets if t.tok is None or t.tok.i != obj.i]
        if obj is not None and not isinstance(obj, str) and obj.lemma_.lower() in self.mission_nouns:
            targets = self._mission_host(tok, obj, by_token, sources, targets)
        sources, targets = places.place_sides(self, tok, ptype, sources, targets, by_token, seg)  # missions, weapons
        if not targets and sources and ptype in self.offer_answers:
            targets = self._offer_targets(tok, obj, by_token, sources, seg)  # "declined an invitation to visit Moscow"
        if not targets and sources and ptype in self.hostile_purpose["types"]:
            targets = self._hostile_purpose_targets(tok, by_token, sources)  # "... in a bid to topple X": X
        if not targets and sources and ptype in self.victim_types:
            targets = self._aimed_targets(tok, obj, by_token, sources)  # "launched missiles targeting US troops" (h30aimed)
        if not targets and sources and ptype in self.harm_in_types and tok.lemma_.lower() not in self.symmetric_verbs:
            targets = self._harm_victims(tok, by_token, sources)  # "fired at a patrol, killing two soldiers" (h39harm)
        demanded = tok.dep_ in ("xcomp", "ccomp", "advcl") and self.governing.get(tok.head.lemma_.lower(), ("",))[0] == "REQUEST"
        if not targets and sources and tok.lemma_.lower() in self.permitting_verbs and not demanded:
            # "Iraq allowed Kuwaiti officials to visit the prisoners": the parser makes the one allowed the subject of
            # the complement clause; it is the one the permission is given to (h30allow)
            targets = [
                a
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp")
                for g in c.children
                if g.dep_ == "nsubj" and g.tag_ not in PRONOUN_TAGS and self._actor_token(g, by_token) is not None
                for a in self._side(g, by_token)
                if all(a.m.actor_id != s_.m.actor_id and a.m.country != s_.m.country for s_ in sources)
            ]  # a thing allowed ("allow a corridor from Ukraine", "the differences we have with Russia") names nobody
        if sources and ptype == "MOBILIZE" and (not targets or all(self._moved_force(tok, t) for t in targets)):
            # the party faced, over the doer's own forces named as what is moved ("massed two Republican Guard
            # divisions", "China's build-up of troops"): at the border moved to ("massed troops near the Ukrainian
            # border", h30border), in a stand-off ("in a show of force against Kuwait", h31posture), or aimed at by a
            # participle ("build-up of troops on the coast, aimed at Taiwan", h31buildup)
            targets = (
                self._border_faced(tok, by_token, sources)
                or self._posture_faced(tok, by_token, sources)
                or self._aimed_targets(tok, obj, by_token, sources)
                # the doer's own forces moved are no party it acts on ("each moved tens of thousands of troops"; h39close)
                or [t for t in targets if not self._moved_force(tok, t)]
            )
        if not targets and sources and ptype == "COOPERATE" and tok.lemma_.lower() in EXERCISE_WORDS:
            # "staged live-fire exercises ... in a show of force aimed at Taiwan": exercises held alone facing a party
            # (retyped a show of force, MOBILIZE, by retype.yaml's solo rule; h32aimed)
            light = self._light_verb_head(tok)
            targets = self._posture_faced(light if light is not None else tok, by_token, sources)
        if sources and ptype == "RETREAT" and tok.pos_ == "VERB" and not any(t.m.country for t in targets):
            # "would pull its troops back from the disputed valley on the border with Peru": the party faced (h32border)
            targets = self._border_faced(tok, by_token, sources) or targets
        if ptype == "CONSULT":
            joined = self._joined_host(tok, by_token)  # "will join X in co-hosting the Ministerial" (h43cohost)
            if joined is not None:  # the partner joined, not the meeting hosted (nor the meeting as its doer: h44co)
                sources, targets = joined
        if not targets and sources and ptype == "CONSULT":
            targets = self._gathering_body(tok, by_token, sources)  # "attended the NATO summit": NATO (h25body)
        if not targets and sources and ptype == "CONSULT":
            targets = self._partner_met_before(tok, sources, seg)  # "He will also discuss ..." after a meeting (h43discuss)
        if not targets and ptype in self.place_targets and sources:
            # "strengthened its forces in Lebanon": the place the act is done on stands for its party
            targets = self._part_actors(parts, by_token, seg, ("location",), sent, places_only=True)
            origin = self.origin_preps(tok)
            if origin:  # "fired rockets from Gaza at Israel": where it is fired from is not hit (h25origin)
                targets = [
                    t for t in targets if not (t.tok is not None and t.tok.head.lower_ in origin and t.tok.head.head.i == tok.i)
                ]
        if ptype in self.victim_types and targets:
            targets = [self._victims_of_place(t, parts, by_token, sent, sources) for t in targets]
        if ptype == "CONSULT" and targets and sources:
            targets = [h for t in targets for h in self._hosts(t, sources, sent, by_token)]
            self._visits += tuple(
                (s_.m, t.m) for s_ in sources for t in targets if t.m.kind in _side_words("hosts", "place_kinds")
            )
        if not sources:
            sources = self._on_behalf(tok, sent, by_token)
        if messages.is_sending(tok, ptype, obj):
            sent_by = [a.m for a in sources if a.m.actor_id]
            sent_to = [a.m for a in targets if a.m.actor_id and all(a.m is not m for m in sent_by)]
            if sent_by and sent_to:
                self._message = (self._history, sent_by[0], sent_to[0])  # for "The message reads: ..." later on
        if ptype in self.asylum_types:
            sources, targets = self._asylum_host(tok, sources, targets, by_token)  # "granted asylum in X" (h20asylum)
        if not sources and targets and ptype == "SANCTION":
            sources = self._unnamed_court(tok, targets, by_token)  # "was sentenced to ten years in prison" (h43court)
        if not targets and sources and ptype in JUDGING:
            targets = self._doer_of_judged(tok, by_token)  # "sued against the policy X announced" (h43judged)
        if ptype in self.place_targets and any(t.m.country is None for t in targets):
            targets = [self._placed_modifier(t, tok, by_token) for t in targets]  # "shelled Kurdish positions in Syria"
        if tok.lemma_.lower() in self.party_targets_only:
            # "invested in training judges", "in our people": what is invested in is a party only when it is a state or
            # a body ("invest in Pakistan", "in NATO", "in Morocco's pandemic response"; h25invest)
            targets = [t for t in targets if t.m.kind in ("country", "igo")]
        return sources, targets, parts

    def _judge_of(self, tok, by_token, seg=None) -> list[Arg]:
        """Who says that the act of ``tok`` breaks the law: the subject of the reporting verb whose quote or
        complement holds it ('X said, "The ministry is breaking the law"'), else the author of a government's own
        text (``seg`` given; h19verdict), else nobody (h14news9)."""
        verbs = frozenset((argument_rules().get("quoted_speaker") or {}).get("verbs") or ())
        verb, hops = tok, 0
        while verb.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and verb.head.i != verb.i and hops < 4:
            verb, hops = verb.head, hops + 1
            if verb.lemma_.lower() in verbs:
                subj = self._subject(verb, by_token)
                return self._side(subj, by_token) if subj is not None else []
        root = tok.sent.root
        if root.i != tok.i and root.lemma_.lower() in verbs and any(c.i == tok.i for c in root.subtree):
            subj = self._subject(root, by_token)
            return self._side(subj, by_token) if subj is not None else []
        if seg is not None and self._issuer is not None and "?" not in tok.sent.text:
            return [self._author(tok, seg)]  # the government's own words: it gives the verdict
        return []

    def _mission_host(self, tok, obj, by_token, sources: list[Arg], targets: list[Arg]) -> list[Arg]:
        """The other side of an embassy or consulate opened or closed: the country it is in ("opened an embassy in
        Kenya", "will open a consulate in Herat": the "in" phrase of the mission or of the verb), else the country
        the mission belongs to when it is named on it and is not the doer's ("closed the British embassy"); the
        doer's own mission ("reopened its embassy", "our embassy") is never the other side."""
        own = {s.m.country for s in sources if s.m.country} | {s.m.actor_id for s in sources}
        for head in (obj, tok):
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ == "in" and self._pobj(p) is not None:
                    hosts = [a for a in self._side(self._pobj(p), by_token) if a.m.country and a.m.country not in own]
                    if hosts:
                        return hosts
        named = self._named_on(obj, by_token)  # "closed the British embassy", "Russia's consulate": named on it
        inside = {t.i for t in obj.subtree}  # the mission's own phrase is no other side, but what the verb names is
        rest = [t for t in targets if t.tok is not None and t.tok.i not in inside]
        return [a for a in named + rest if a.m.country and a.m.country not in own and a.m.actor_id not in own]

    def _named_on(self, noun, by_token) -> list[Arg]:
        """The actors named on a noun by its modifiers ("the British embassy", "Russia's consulate"), not a pronoun."""
        return [
            a
            for c in noun.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.tag_ not in ("PRP$", "PRP")
            for a in self._side(c, by_token)
        ]

    def _protested_mission(self, tok, by_token, sources: list[Arg]) -> list[Arg]:
        """The country whose embassy or consulate a protest is held at ("protested outside the British embassy",
        "demonstrated in front of the U.S. embassy in Belgrade", "rallied at the embassy of Israel"): the protest is
        aimed at it (arguments.yaml ``mission_protest_types``). The mission is the object of a preposition of the
        trigger (through "in front of"); its country is named on it (an adjective, a compound, a possessor or its
        "of" phrase), not the city it is in; never the protesters' own country. A protest told by a light verb
        ("held a protest outside the U.S. embassy") has the preposition on the verb or on the noun. The seat of a named party
        ("outside the European Commission's headquarters", "in front of the offices of Xinhua"; ``protest_seats``)
        is read so too, the party named on it being the one protested at, with or without a country (h32seat)."""
        own = {s.m.country for s in sources if s.m.country}
        # the trigger, the verb carrying a noun trigger, and the noun object of a verb trigger ("held a protest")
        carriers = [tok, self._light_verb_head(tok), *(c for c in tok.children if c.dep_ == "dobj")]
        preps = [p for t in carriers if t is not None for p in t.children if p.dep_ == "prep"]
        for p in preps:
            noun = self._building(p)
            lemma = noun.lemma_.lower() if noun is not None else ""
            seat = lemma in self.protest_seats or (noun is not None and noun.lower_ in self.protest_seats)
            if noun is None or not (lemma in self.mission_nouns or seat):
                continue
            named = self._building_owner(noun, by_token)
            if seat:  # the seat's owner may be the protesters' own government ("outside the offices of the premier")
                found = [a for a in named if a.m.country or a.m.actor_id]
            else:
                found = [a for a in named if a.m.country and a.m.country not in own]
            if found:
                return found
        return []

    def _protest_addressee(self, tok, by_token, sources: list[Arg]) -> list[Arg]:
        """The party a protest's demand is made of: a clause of the protest (or of the verb carrying it) led by a verb of
        demanding or pressing ("demanding that the government legalise Solidarity", "to force President Kim to scrap a
        law", "to press for the departure of President Eyadema", "calling for Milosevic to resign"): the first party
        named in that clause that is a state, a government or a person, not a modifier of a thing and not the
        protesters' own mention (h32demanding)."""
        mine = {id(a.m) for a in sources}
        for clause in self._demand_clauses(tok):
            if clause.lemma_.lower() in DEMAND_VERBS:
                for t in clause.subtree:
                    m = by_token.get(t.i)
                    if m is None or not m.actor_id or id(m) in mine:
                        continue
                    if t.dep_ in ("amod", "compound") and t.head.i not in by_token and t.head.pos_ == "NOUN":
                        if not self._actor_like(t.head):
                            continue  # "an Albanian-language university": a kind of thing
                    if m.role == "adjective" and t.dep_ == "pobj" and t.head.lower_ == "in":
                        continue  # "the right to study in Albanian": a language (h33riot)
                    if m.kind in ("person", "country") or m.sector in ("GOV", "MIL", "COP", "LEG", "JUD"):
                        return self._side(t, by_token) or [Arg(m, t)]
        return []

    def _conjunct_addressee(self, tok, by_token, sources: list[Arg]) -> list[Arg]:
        """The party a request joined to a verb of address is made of: "The Secretary thanked Oman for its support ...
        and encouraged further efforts to strengthen the truce", "welcomed Kenya's leadership and urged further steps":
        a verb of asking (``urged_after: verbs``) conjoined, with the same subject, to a verb of address (``after``)
        whose object is a party (or a party's thing), and asking no party of its own, asks that party (h45urged)."""
        if tok.lemma_.lower() not in self.urged_after["verbs"] or tok.dep_ != "conj":
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return []  # "thanked Oman, and Oman urged ...": another clause with its own doer
        head = tok.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in self.urged_after["after"]:
            return []
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:  # "met with X and urged ...": the partner met
            obj = next((self._pobj(c) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if obj is None:
            return []
        found = self._side(obj, by_token)
        if not found:  # "welcomed Kenya's leadership": the owner of the thing welcomed
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            found = self._side(owner, by_token) if owner is not None else []
        mine = {a.m.actor_id or id(a.m) for a in sources}
        return [a for a in found if (a.m.actor_id or id(a.m)) not in mine]

    def _told_intent_addressee(self, tok, by_token, sources: list[Arg]) -> list[Arg]:
        """The one told of an act the speaker says he will do (h33told): the trigger heads (or is joined to the head of)
        a "that" clause of a verb of telling (``told_verbs``) with a modal of intent ("would", "will"), whose doer is
        the speaker (a pronoun, or a side of the speaker's own country); the verb's object or dative, a party other
        than the doer, is the target ("North Korea told the IAEA that it would allow inspectors back", "Blinken told
        Kuleba that the United States would provide additional security assistance"). Only an act with no target of its
        own ("would release political prisoners" keeps the prisoners); a past act told ("told X that troops had shelled
        ...") is none."""
        clause = tok
        while clause.dep_ in ("conj", "xcomp") and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in TOLD_VERBS:
            return []
        verb = clause.head
        if not any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in clause.children):
            return []
        speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        speakers = self._side(speaker, by_token) if speaker is not None else []
        doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = doer is not None and doer.tag_ == "PRP"
        if not own:
            countries = {a.m.country for a in speakers if a.m.country}
            own = bool(countries) and all(a.m.country in countries for a in sources)
        if not own:
            return []
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj") and c.i < clause.i), None)
        if told is None:
            return []
        mine = {a.m.actor_id or id(a.m) for a in sources}
        return [a for a in self._side(told, by_token) if (a.m.actor_id or id(a.m)) not in mine]

    def _demand_clauses(self, tok) -> list:
        """The clauses of a protest that may carry its demand: those of the trigger, of the verb carrying it ("went on
        strike demanding ..."), and of the verbs it is joined to ("stoned police and burned cars, demanding ...";
        h33riot)."""
        carriers = [tok, self._light_verb_head(tok)]
        if tok.dep_ in ("pobj", "dobj") and tok.head.pos_ in ("VERB", "ADP"):
            carriers.append(tok.head if tok.head.pos_ == "VERB" else tok.head.head)  # "went on strike demanding ..."
        if tok.pos_ == "VERB":
            if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
                carriers.append(tok.head)
            carriers += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return [
            clause
            for carrier in dict.fromkeys(c for c in carriers if c is not None)
            for clause in carrier.children
            if clause.dep_ in ("advcl", "xcomp", "acl", "ccomp")
        ]

    def _riot(self, tok, sources: list[Arg]) -> bool:
        """Is this assault a riot (h33riot)? Its doers are crowds of no state and no armed group (``no_riot_sectors``),
        named as protesters ("protesters", "striking miners") or making a demand as they fight (a clause of demanding
        or protesting: "fought police with stones, demanding the right to ...")."""
        if any(a.m.kind == "country" or a.m.sector in NO_RIOT_SECTORS for a in sources):
            return False
        named = all(
            a.tok is not None
            and (
                a.tok.lemma_.lower() in PROTESTER_WORDS
                or any(c.dep_ in ("amod", "compound") and c.lower_ in PROTEST_PARTICIPLES for c in a.tok.children)
            )
            for a in sources
        )
        if named:
            return True
        if any(  # "torched buses ... in protest against a rise in fees"
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in c.children)
            for c in tok.children
        ):
            return True
        return any(c.lemma_.lower() in RIOT_CLAUSE_VERBS for c in self._demand_clauses(tok))

    def _attacked_seat(self, tok, by_token) -> list[Arg]:
        """The party whose building an attack is made at ("set off a car bomb outside a Civil Guard barracks", "a bomb
        exploded near the U.S. embassy"): a phrase (outside, near, at, in front of) of the trigger, of the verb
        carrying it, of its object or of the verb it is the subject of, whose noun is a seat, a mission or a held
        place, the party named on it (a compound, an adjective, a possessor or its "of" phrase; h32seat)."""
        carriers = [tok, self._light_verb_head(tok), *(c for c in tok.children if c.dep_ == "dobj")]
        if tok.dep_ in ("nsubj", "advcl"):
            carriers.append(tok.head)  # "a car bomb exploded outside ...", "set off a bomb outside X, wounding six"
            carriers += [c for c in tok.head.children if c.dep_ == "dobj"]
        seats = self.protest_seats | self.mission_nouns | self.held_places | ATTACKED_SEATS
        for p in (p for t in carriers if t is not None for p in t.children if p.dep_ == "prep"):
            if p.lower_ not in ("outside", "near", "at", "in"):
                continue
            noun = self._building(p)
            if noun is None or noun.lemma_.lower() not in seats:
                continue
            named = self._building_owner(noun, by_token)
            if named:
                return named
        return []

    def _building(self, prep):
        """The noun a place preposition names, through "in front of" ("in front of the embassy": the embassy)."""
        noun = self._pobj(prep)
        if noun is not None and noun.lower_ == "front":
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = self._pobj(of) if of is not None else None
        return noun

    def _building_owner(self, noun, by_token) -> list[Arg]:
        """The parties named on a building (an adjective, a compound, a possessor: "the British embassy", "a Civil
        Guard barracks"), else in its "of" phrase ("the embassy of Israel", "the offices of Xinhua")."""
        named = self._named_on(noun, by_token)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if not named and of is not None and self._pobj(of) is not None:
            named = self._side(self._pobj(of), by_token)
        return named

    def _on_behalf(self, tok, sent, by_token) -> list[Arg]:
        """ "On behalf of the United States, it is my pleasure to congratulate ...": who the speaker acts for,
        when the clause names no one else."""
        for t in sent:
            if t.i >= tok.i:
                break
            if t.lower_ == "behalf" and t.head.lower_ == "on":
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = self._pobj(of) if of is not None else None
                if pobj is not None:
                    return self._side(pobj, by_token)
        return []

    def _hosts(self, arg: Arg, sources: list[Arg], sent=None, by_token=None) -> list[Arg]:
        """Hosts named with no country ("he will meet with senior government officials") are of the countries the
        visitor was just said to go to ("will travel to Tallinn, Estonia, and Riga, Latvia"): the places of the
        visitor's visits told before in the sentence or in the sentences before; else the side as it is. A host named
        by an office title and a name the knowledge base does not hold ("Deputy Prime Minister and Foreign Minister
        Don Pramudwinai") is of the one country of that kind (``_host_person``; h41hostperson)."""
        m = arg.m
        guessed = m.country is not None and m.note == CONTEXT_NOTE  # by the article's context only: a trip's hosts overrule it
        if m.kind == "person" and m.country is None and sent is not None:
            return [self._host_person(arg, sources, sent, by_token)]
        if (m.country is not None and not guessed) or m.kind not in ("collective", None):
            return [arg]
        if m.sector not in _side_words("hosts", "sectors"):
            return [arg]
        places = self._visited(sources)
        if not places or len(places) > MAX_SIDES:
            return [arg]
        sector = m.sector or "GOV"
        return [Arg(replace(m, country=c, actor_id=f"{c}.{sector}", note=None), arg.tok, arg.reach) for c in places]

    def _host_person(self, arg: Arg, sources: list[Arg], sent, by_token) -> Arg:
        """A titled official met on a trip, whom the knowledge base does not place: of the one foreign country the
        sentence names ("In Bangkok, Thailand, the Secretary will meet with ... Foreign Minister Don Pramudwinai"),
        else of the one place the visitor was just said to go to; never when the sentence names another country (a
        third party's official may be met anywhere) or the person has no office title."""
        m = arg.m
        if m.how != "role-pattern" or not m.role or m.sector not in ("GOV", "MIL", "LEG"):
            return arg
        own = {s.m.country for s in sources if s.m.country}
        if not own:
            return arg
        named = [x for t in sent if (x := by_token.get(t.i)) is not None and x.country and x.country not in own and x is not m]
        kinds = _side_words("hosts", "place_kinds")
        here = {x.country for x in named if x.kind in kinds}
        if {x.country for x in named} - here:
            return arg  # "... Chinese Foreign Minister Wang Yi and Foreign Minister X": another country's people are there
        places = here or set(self._visited(sources))
        if len(places) != 1:
            return arg
        (country,) = places
        sector = m.sector or "GOV"
        return Arg(
            replace(m, country=country, actor_id=person_id(m.name or m.text, country, sector), note=None), arg.tok, arg.reach
        )

    def _visited(self, sources: list[Arg]) -> dict[str, Mention]:
        """The countries of the places the sources were said to go to, in this sentence or the ones before."""
        visitor = {s.m.actor_id for s in sources}
        places: dict[str, Mention] = {}
        for visits in [h.visits for h in self._history] + [self._visits]:
            for a, b in visits:
                if (
                    a.actor_id in visitor
                    and b.country
                    and b.kind in _side_words("hosts", "place_kinds")
                    and b.country != a.country
                ):
                    places.setdefault(b.country, b)
        return places

    def _own_place_people(self, arg: Arg, sources: list[Arg]) -> Arg:
        """A place of the doer's own country that a measure or an attack is done on stands for the people there, not
        for its state ("Sudan lifted the curfew in Khartoum", "Bashir shortened the curfew imposed in Sudan": the
        government's act on its own population, a domestic event; h28domestic). Without it the place resolves to the
        state itself, one party with the doer, and the event is lost."""
        m, tok = arg.m, arg.tok
        if m.country is None or m.sector not in (None, "GOV") or m.kind not in ("country", "region"):
            return arg  # only a place of a known country ("Trump" is no place)
        if not sources or any(s.m.country != m.country for s in sources):
            return arg  # "Russia's aggression against Ukraine": a foreign place is its state, as before
        if m.role == "adjective" or tok is None or tok.pos_ != "PROPN" or tok.text not in m.text:
            return arg  # "in the current Palestinian uprising", "sent U.S. scholars": no place named as the side
        if m.kind == "country" and m.role is None and any(s.m.actor_id == m.actor_id for s in sources):
            return arg  # "Ukraine ... its aggression against Ukraine": a state does nothing to itself
        if not (tok.dep_ in ("dobj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ in self.acted_on_preps)):
            return arg  # "Tehran's prosecution office", "the ambassador to Greece": no place acted on
        return Arg(replace(m, actor_id=f"{m.country}.CVL", sector="CVL", name=f"people of {m.text}"), arg.tok, arg.reach)

    def _victims_of_place(self, arg: Arg, parts: list[dict], by_token, sent, sources: list[Arg]) -> Arg:
        """Victims named with no country ("killed 23 people", "civilians") are people of the place where it
        happened: the act's location, else the one place of the sentence with a country that is no side."""
        m = arg.m
        # (h47police) "two policemen were killed in Karachi" too; not armed groups ("bombed rebel camps in northern
        # Iraq": the rebels, not Iraq's; h32held)
        if m.country is not None or m.kind not in ("collective", None) or m.sector not in ("CVL", "COP", None):
            return arg
        where = self._part_actors(parts, by_token, None, ("location",), sent, places_only=True)
        if not where:
            # the place that named unidentified attackers is where their victims are too ("A bomb blast at a market in
            # Jerusalem killed three people": people of Israel, by the attackers' place; h47blast)
            side_countries = {s.m.country for s in sources if s.m.how != "place"}
            found = {
                by_token[t.i].country: by_token[t.i]
                for t in sent
                if t.i in by_token
                and t.ent_type_ in ("GPE", "LOC")
                and by_token[t.i].country
                and by_token[t.i].country not in side_countries
            }
            where = [Arg(p, None) for p in found.values()] if len(found) == 1 else []
        if not where:
            return arg
        country = where[0].m.country
        sector = m.sector or "CVL"
        return Arg(replace(m, country=country, actor_id=f"{country}.{sector}", sector=sector), arg.tok)

    def _one_sided_verb(self, tok) -> bool:
        """May a verb event of ``one_sided_verb_types`` keep its source alone (h14sides11): "thousands marched in
        London", not "claimed that ..." (a clause complement) nor a passive with no agent of its own ("was condemned in
        a statement by ...", "Tarrant, charged with murder"), whose subject is the one the act is aimed at."""
        kids = {c.dep_ for c in tok.children}
        if kids & self.one_sided_clause_deps:
            return False
        passive = bool(kids & self.one_sided_passive_deps) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
        return not passive or "agent" in kids

    def _settle_sides(self, tok, obj, ptype: str, sources: list[Arg], targets: list[Arg]):
        """(sources, targets, symmetric) with non-actors, gatherings and a visitor's own places left out; None
        when the event has not both sides (a noun event keeps its one side with a country)."""
        if ptype in self.own_place_people and sources and targets:
            # "Syrian forces shelled Homs" (h28domestic); a place found twice (by two phrases) is the one people
            people = [self._own_place_people(t, sources) for t in targets]
            changed = {(a.m.start, a.m.end) for a, b in zip(people, targets) if a is not b}
            targets = [a for a, b in zip(people, targets) if a is not b or (b.m.start, b.m.end) not in changed]
        if not sources and targets and all(t.tok is not None and t.tok.i in self._impersonal for t in targets):
            sources, targets = targets, []  # "It was agreed to ...": the parties told before agreed (together, below)
        if len(sources) == 1 and not targets:
            # "The Secretary also discussed ...": with the partner; "Russia proposed resetting ...": to it (h35addressed)
            talking, addressed, objects = coref.lone_discussant_words()
            lemma = tok.lemma_.lower()
            if (
                (ptype == "CONSULT" and lemma in talking)
                or lemma in addressed
                or (obj is not None and not isinstance(obj, str) and obj.lower_ in objects)
            ):
                targets = self._lone_discussant(tok, sources[0])
        if self._turns is not None and self._turns.cues:
            # "President of Russia Vladimir Putin: Comrade officers, ...": the cue's name says who speaks (h35audience)
            targets = [t for t in targets if t.m.start is None or not self._turns.in_cue(t.m.start)]
        audience = self._audiences.get(self._seg_start + tok.sent.start_char) if ptype == "SUPPORT" and not targets else None
        if audience is not None:
            if not sources and tok.pos_ == "NOUN" and self._issuer is not None:
                sources = [self._author(tok)]  # "Comrade officers, Greetings and congratulations on ..." (h35audience)
            if sources and all(s_.m.actor_id != audience.actor_id for s_ in sources):
                targets = [Arg(audience, None)]  # "Comrade officers, Please accept my warmest greetings" (h35audience)
        if self._mediated(tok):  # "a ceasefire brokered by the United States": the broker is no party (h25broker)
            sources = [s for s in sources if not self._mediator(self._mention_head(s.m, tok), tok)]
            targets = [t for t in targets if not self._mediator(self._mention_head(t.m, tok), tok)]
            if len(sources) >= 2 and not targets and tok.lemma_.lower() in self.mediator_verbs and tok.dep_ in ("acl", "relcl"):
                return None  # "a deal mediated by Qatar and Egypt": co-mediators, no act between them
        sources = self._dedupe([s for s in sources if s.m.actor_id and not self._gathering(s.m, s.tok)])
        src_ids = {id(s.m) for s in sources}
        targets = self._dedupe(
            [
                t
                for t in targets
                if t.m.actor_id and id(t.m) not in src_ids and not self._gathering(t.m, t.tok) and not self._own_quote(t, sources)
            ]
        )
        if len(sources) >= 2 and targets and ptype not in SYMMETRIC | {"CONSULT"}:
            # "They [Blinken and Kuleba] discussed efforts to provide assistance to Ukraine": of a group acting on a
            # state, its member of that state does not act on its own state (h38ownstate); a pair's own meeting or
            # accord is between its members, whatever else the sentence names
            states = {t.m.country for t in targets if t.m.kind == "country" and t.m.country}
            others = [s_ for s_ in sources if s_.m.country not in states]
            if states and others and len(others) < len(sources):
                sources = others
        if ptype == "CONSULT" and sources:
            # "travelling to New York": a place of the visitor's own country is no other party
            home = {s.m.country for s in sources if s.m.country}
            # a place with no known country is not a party either ("travel to Atlanta and Clarkston")
            targets = [
                t
                for t in targets
                if not (
                    t.tok is not None
                    and t.tok.ent_type_ in ("GPE", "LOC", "FAC")
                    and (t.m.country in home or t.m.country is None)
                )
            ]
        if obj == JOINT_ONLY:  # a position stated together: the parties of the subject with each other (h19joint)
            parties = [s for i, s in enumerate(sources) if s.m.country and all(o.m.country != s.m.country for o in sources[:i])]
            return (parties[:1], parties[1:], True) if len(parties) >= 2 else None
        nominal = tok.pos_ in ("NOUN", "PROPN") and obj != "root-noun"
        if not sources and len(targets) >= 2 and nominal and ptype in SYMMETRIC and self._joint_of(tok, targets):
            return targets[:1], targets[1:2], True  # "the joint statement of X and Y": theirs, together (h17jointof)
        if len(sources) >= 2 and targets and ptype in SYMMETRIC and self._nested_in_topic(tok, targets):
            targets = []  # "The parties discussed the crisis on the border with EU countries": the parties' own talk (h20topic)
        if (
            len(sources) >= 2
            and not targets
            and (
                ptype in SYMMETRIC
                or tok.lemma_.lower() in self.symmetric_verbs
                or obj == JOINT
                or self._reciprocal(tok)
                or self._mutual_object(tok)
            )
        ):
            if obj != JOINT and self.offered_together(tok):
                return None  # "Germany and the United States have proposed measures": offered together, to a third (h21offer)
            if ptype in self.own_state_types and self._own_state(sources[0].m, sources[1].m):
                return None  # "the Pentagon and the State Department cooperated": one state's organs
            return sources[:1], sources[1:2], True  # "Rubio and Dar's pledge"
        if ptype in self.own_state_types:
            targets = [t for t in targets if not any(self._own_state(s.m, t.m) and s.m.actor_id != t.m.actor_id for s in sources)]
        # "signed a contract for the supply of gas from Russia to Hungary" (Gazprom): the source's own country in a
        # "from" phrase is where its goods or people come from, no other party (h20origin)
        targets = [t for t in targets if not self._own_origin(t, sources)]
        if len(targets) >= 2 and sources:  # h14owned16
            # "France recalled its ambassador to Australia": the source's own envoy or force is what it acts with,
            # the other party is the target (h14owned16)
            own = [t for t in targets if self._owned_by_source(t, sources)]
            if own and len(own) < len(targets):
                targets = [t for t in targets if t not in own]
        elif len(targets) == 1 and sources and self._owned_by_source(targets[0], sources):
            if targets[0].m.sector in ("GOV", "MIL"):
                targets = []  # "China recalled its ambassador": its own envoy; the other party is not named
        if not (sources and targets):
            one_sided = nominal or (ptype in self.one_sided_verb_types and self._one_sided_verb(tok))
            if not (one_sided and sources and sources[0].m.country):
                return None
            # a noun event whose other side the sentence does not name ("the visit of a U.S. delegation"):
            # kept with that side empty rather than guessed
            return sources, targets, False
        # go-betweens mediate with each party, not as one side ("Egypt, Qatar and the United States are mediating
        # between Israel and Hamas": each of them with each; h26mediate)
        mediating = tok.lemma_.lower() in self.mediator_verbs
        if (
            ptype in SYMMETRIC
            and not mediating
            and len({s.m.country for s in sources if s.m.country}) >= 2
            and all(self._in_complement(tok, t) for t in targets)
        ):
            # "Nigeria and Cameroon agreed to withdraw their troops from the Bakassi peninsula": what the parties agree
            # on names no third party of the agreement; the agreement is between them (h27agreed)
            return sources[:1], sources[1:2], True
        return sources, targets, ptype in SYMMETRIC and len(sources) >= 2 and not mediating

    def _own_delegation(self, tok, by_token, seg, sources: list[Arg], targets: list[Arg], parts: list[dict]):
        """ "X will lead the U.S. delegation to ...": the delegation led is the leader's own party, no side met (a
        participant, ``own_group``, that the order fallback never takes; the leader is placed by the delegation's
        country upstream, ``actors/resolve._delegation_leaders``; h47lead). (sources, targets)."""
        led = [c for c in tok.children if led_group(c)]
        own = [by_token.get(c.i) for c in led]
        own = [m for m in own if m is not None and m.country and m.sector != "IGO"]
        if not own:
            return sources, targets
        for c in led:
            lo, hi = self._span(c)
            start, end = seg.start + c.doc[lo].idx, seg.start + c.doc[hi - 1].idx + len(c.doc[hi - 1].text)
            parts.append({"role": "own_group", "start": start, "end": end, "text": c.doc[lo:hi].text})
        spans = {(m.start, m.end) for m in own}
        return sources, [t for t in targets if (t.m.start, t.m.end) not in spans]

    @staticmethod
    def _withdrawn_state(tok, arg: Arg) -> bool:
        """Is the side the direct object of the withdrawal verb, a state or people named as withdrawn from something
        ("withdrew the United States from the treaty", "pulled Britain out of the EU")?"""
        t = arg.tok
        if t is None or t.dep_ not in ("dobj", "obj") or t.head.i != tok.i:
            return False
        return arg.m.kind in ("country", "government") and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in tok.children
        )

    def _moved_force(self, tok, arg: Arg) -> bool:
        """Is the side named inside the forces the act moves ("massed two Republican Guard divisions", "China's
        build-up of troops")?"""
        moved = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if tok.pos_ == "NOUN":  # "China's build-up of troops": the noun's "of" phrase
            moved += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        forces = [c for c in moved if self._is_force(c) or self._measure_of_force(c)]

        def last(f) -> int:  # "tens of thousands of troops": the measure's "of" noun is the force too (h39close)
            return max(
                [f.i] + [g.i for c in f.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            )

        return arg.tok is not None and any(f.left_edge.i <= arg.tok.i <= last(f) for f in forces)

    def _measure_of_force(self, noun) -> bool:
        """ "thousands of troops", "a division of soldiers": a measure whose "of" phrase is a force (h32border)."""
        return any(
            self._is_force(g)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        )

    def _deployed(self, tok, arg: Arg) -> bool:
        """Is the side the forces the verb moves: its direct object, a noun of ``deployed_forces``?"""
        t = arg.tok
        if t is None or t.dep_ not in ("dobj", "obj") or t.head.i != tok.i:
            return False
        return self._is_force(t)

    @staticmethod
    def _in_complement(tok, arg: Arg) -> bool:
        """Is the side found inside the trigger verb's complement clause (what is agreed, offered or decided), not on
        the trigger itself ("agreed with X")?"""
        if arg.tok is None or tok.pos_ not in ("VERB", "AUX"):
            return False
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        return any(arg.tok.i in {x.i for x in c.subtree} for c in comps)

    def _mediated(self, tok) -> bool:
        """Does the trigger's sentence hold a word of mediation at all (a cheap test on its text before the side checks
        of ``_mediator``)?"""
        if not self.mediator_verbs:
            return False
        text = tok.sent.text.lower()
        return any(stem in text for stem in self._mediator_stems)

    @cached_property
    def _mediator_stems(self) -> tuple[str, ...]:
        return tuple(v[:-1] if v.endswith("e") else v for v in self.mediator_verbs)  # "broker", "mediat"

    def _mention_head(self, m: Mention, tok):
        """The head token of mention ``m`` in the sentence of ``tok`` (an argument's own token may be the head of the
        phrase it was reached through): the mention's word whose head lies outside it, else None."""
        if m.start is None or m.end is None:
            return None
        own = [x for x in tok.sent if m.start <= self._seg_start + x.idx < m.end]  # the mention's own words
        return next((x for x in own if not (m.start <= self._seg_start + x.head.idx < m.end) or x.head.i == x.i), None)

    def _mediator(self, at, trig) -> bool:
        """Is the side at token ``at`` the by-agent of a participle of mediation that describes a noun ("a ceasefire
        brokered by the United States and France", "a deal mediated by Qatar"), of another word than the act word
        itself (``fallback.mediator_agent``)? A mediator is neither party of the act the noun names nor of the verb it
        is the object of."""
        return at is not None and fallback.mediator_agent(at, trig, self.mediator_verbs)

    def offered_together(self, tok) -> bool:
        """A verb of offering (``offering_verbs``: "propose", "pledge") whose object is not itself mutual: what a
        conjoined subject offers together goes to a third party, it is no act between them ("Germany and the United
        States have proposed measures"; "pledged closer cooperation", "proposed to each other" stay mutual; h21offer).
        Read by the sentence back-off too."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.offering_verbs or self._reciprocal(tok):
            return False
        mutual = self.offering_mutual
        for c in tok.children:
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in mutual:
                return False  # "pledged closer cooperation"
            if c.dep_ == "xcomp" and (
                c.lemma_.lower() in self.offering_mutual_verbs
                or any(g.lemma_.lower() in mutual and g.pos_ == "NOUN" for g in c.subtree)
                or any(g.dep_ == "advmod" and g.lower_ in ("together", "jointly") for g in c.children)
            ):
                # "pledged to agree to a global compact", "promised to deepen ties", "to fight crime together", "pledged
                # to remain in close contact"
                return False
        return True

    def _asylum_host(self, tok, sources: list[Arg], targets: list[Arg], by_token) -> tuple[list[Arg], list[Arg]]:
        """Asylum, refuge or a visa "in" a country (arguments.yaml ``asylum``): that country is the host, who grants
        it ("four dissidents were granted asylum in the Czech Republic": the source of a passive grant with no agent of
        its own) or from whom it is sought ("sought asylum in Germany": the target of the request) (h20asylum)."""
        words = self.asylum_words
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in words]
        if not objs and tok.lemma_.lower() not in words:
            return sources, targets
        preps = [c for h in (tok, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
        host = [
            a
            for p in preps
            if (o := self._pobj(p)) is not None
            for a in self._side(o, by_token)
            if a.m.kind == "country" and a.m.country
        ][:1]
        if not host:
            return sources, targets
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if passive and not any(c.dep_ == "agent" for c in tok.children):
            return host, [t for t in targets if t.m.country != host[0].m.country]
        if not passive and not any(t.m.country == host[0].m.country for t in targets):
            return sources, targets + host
        return sources, targets

    def _partner_met_before(self, tok, sources: list[Arg], seg) -> list[Arg]:
        """ "Smith will travel to Estonia and Latvia to meet with government officials. He will also discuss ...": a verb
        of talk (``discussed_before: verbs``) whose doer met parties in the sentences just before, and which names no
        partner, is talked with them (the gold guidelines: "discussed X" is a consultation when the context makes
        clear who was met); the newest sentence with such a meeting of the doer gives all its partners (h43discuss)."""
        if tok.lemma_.lower() not in self.discussed_before_verbs or tok.pos_ != "VERB":
            return []
        if any(c.dep_ == "neg" for c in tok.children) or "?" in tok.sent.text:
            return []
        if not (tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")):
            return []  # "will meet with X to discuss ...": the sentence's own meeting has the partner
        doers = {a.m.actor_id for a in sources if a.m.actor_id}
        if len(doers) != 1:
            return []  # "X and Y discussed ...": a pair talking together, no partner to borrow
        if any(t.i != tok.i and t.pos_ == "VERB" and self._trigger_type(t) == "CONSULT" for t in tok.sent):
            return []  # "will travel to Windhoek, where she will meet ... and discuss ...": the sentence's own meeting
        for h in reversed(self._history):
            met = [
                b
                for a, b, ptype, _ in h.pairs
                if ptype == "CONSULT" and a.actor_id in doers and b.actor_id not in doers and (b.country or b.sector == "IGO")
            ]
            if met:
                seen: dict[str, Mention] = {}
                for b in met:
                    seen.setdefault(b.actor_id or b.text, b)
                return [Arg(self._antecedent(tok, seg, b), None) for b in seen.values()]
        return []

    def _joined_host(self, tok, by_token) -> tuple[list[Arg], list[Arg]] | None:
        """ "Nuland will join Moroccan Foreign Minister Bourita in co-hosting the D-ISIS Ministerial": who joins and whom
        they join host it together, a meeting of the two (``joined_hosting`` in arguments.yaml); (sources, targets) or
        None (h43cohost)."""
        rules = self.joined_hosting
        if tok.lemma_.lower() not in rules["verbs"] or tok.dep_ != "pcomp" or tok.head.lower_ != "in":
            return None
        join = tok.head.head
        if join.lemma_.lower() not in rules["joining"] or any(c.dep_ == "neg" for c in join.children):
            return None
        subj = self._subject(join, by_token)
        sources = self._side(subj, by_token) if subj is not None else []
        targets = [a for c in join.children if c.dep_ in ("dobj", "obj") for a in self._side(c, by_token)]
        return (sources, targets) if sources and targets else None

    def _unnamed_court(self, tok, targets: list[Arg], by_token) -> list[Arg]:
        """The court of a conviction told in the passive with no court named ("X was sentenced to ten years in prison",
        "was found guilty of fraud"; ``unnamed_court`` in arguments.yaml): a court of the country the verb's "in"
        phrase names ("was jailed in Iran"), else of the one country of those convicted, unless that is the country of a
        government's own text (its citizens sentenced abroad); the gold guidelines code a conviction's source as the
        court's country (h43court). None when neither tells it."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.court_verbs:
            return []
        kids = list(tok.children)
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) or any(c.dep_ in ("agent", "neg") for c in kids):
            return []
        country = None
        for c in kids:
            o = self._pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
            if o is None:
                continue
            placed = [a.m.country for a in self._side(o, by_token) if a.m.country and a.m.kind in ("country", "region")]
            country = placed[0] if placed else country
        if country is None:
            found = {t.m.country for t in targets if t.m.country}
            country = next(iter(found)) if len(found) == 1 else None
            if self._issuer is not None and country == self._issuer[0]:
                country = None  # a government tells of its own citizens sentenced abroad ("an American who was sentenced")
        if country is None:
            return []
        court = _state_body(
            country, self.court_name, "JUD", self._seg_start + tok.idx, tok.text, text="", confidence=0.5, how="court"
        )
        return [Arg(court, None)]

    def _nested_in_topic(self, tok, targets: list[Arg]) -> bool:
        """Is every target of a verb of discussion found inside what is discussed ("discussed the outcome of Aliyev's
        talks with Pashinyan", "the refugee crisis on the border with EU countries"), not as the verb's own partner?"""
        if tok.lemma_.lower() not in self.topic_object_verbs:
            return False
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        return bool(objs) and all(
            t.tok is not None and any(o.left_edge.i <= t.tok.i <= o.right_edge.i for o in objs) for t in targets
        )

    @staticmethod
    def _reciprocal(tok) -> bool:
        """Does the act word take "each other" or "one another" as its object or in one of its prepositional phrases
        ("Russia and Ukraine accused each other of ...", "imposed sanctions on one another"): each party of its subject
        acts on the other, a mutual act (h20mutual)."""
        for c in tok.children:
            for x in [c, *(g for g in c.children if g.dep_ == "pobj")] if c.dep_ == "prep" else [c]:
                kids = {g.lower_ for g in x.children}
                if (x.lower_ == "other" and "each" in kids) or (x.lower_ == "one" and "another" in kids):
                    return True
                if x.lower_ == "another" and x.i > 0 and x.doc[x.i - 1].lower_ == "one":
                    return True
        return False

    def _mutual_object(self, tok) -> bool:
        """Is the act word, or its direct object, an act two parties can only do with each other (``mutual_objects``:
        "declared a ceasefire", "broke off diplomatic relations"; h31mutual)?"""
        words = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
        return any(w.lemma_.lower() in self.mutual_objects or w.lower_ in self.mutual_objects for w in words)

    def _own_origin(self, target: Arg, sources: list[Arg]) -> bool:
        """Is ``target`` the country itself of one of the sources, named as the origin in a "from" phrase ("gas from
        Russia" in Gazprom's contract, "troops from the United States" in a U.S. act)?"""
        m = target.m
        if target.tok is None or m.kind != "country":
            return False
        if not any(s.m.country and s.m.country == m.country and s.m.actor_id != m.actor_id for s in sources):
            return False
        head = self._mention_head(m, target.tok)
        if head is None or head.dep_ != "pobj" or head.head.lower_ != "from":
            return False
        # "Iraqi Kurds ... calling for independence from Iraq": the state a people would part from is a party (h27people)
        return head.head.head.lemma_.lower() not in self.separation_nouns

    def _joint_document(self, tok) -> bool:
        """Is ``tok`` the head of a joint document ("joint statement", "Joint Declaration")?"""
        return tok.lower_ in self.joint_documents and any(
            c.dep_ in ("compound", "amod") and c.lower_ == "joint" for c in tok.children
        )

    @staticmethod
    def _joint_of(tok, targets: list[Arg]) -> bool:
        """Are the targets of a noun of a symmetric act the parties its one "of" phrase lists ("the joint statement of
        the United States and Germany", "the meeting of the foreign ministers of X and Y")?"""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return False
        inside = {t.i for t in of.subtree}
        return len({t.m.actor_id for t in targets}) >= 2 and all(t.tok is not None and t.tok.i in inside for t in targets)

    def _state_side(self, m: Mention | Party) -> bool:
        return m.sector in self.own_state_sectors or (m.sector is None and m.actor_id == m.country)  # or the state

    def _own_state(self, a: Mention | Party, b: Mention | Party) -> bool:
        """Are both sides the one state's own (its organs, officials, forces or the state itself; h14dom14)?"""
        return a.country is not None and a.country == b.country and self._state_side(a) and self._state_side(b)

    @staticmethod
    def _own_possessive(t: Arg, source: Arg) -> bool:
        """Is the target a first-person possessive ("our", "my") that stands for the source's own country?"""
        return (
            t.tok is not None
            and t.m.text.lower() in ("our", "my")
            and t.m.country is not None
            and t.m.country == source.m.country
        )

    def _own_state_only(self, ptype: str, sources: list[Arg], targets: list[Arg]) -> bool:
        """Is every other party the syntax found for the trigger the source's own state ("consulted with Congress",
        "the Pentagon and the State Department cooperated")?"""
        if ptype not in self.own_state_types or not sources:
            return False
        me = sources[0].m
        # the source itself told again ("we consulted with our allies": "our" is the speaker) is no other party
        others = [t.m for t in targets if t.m.actor_id] or [s.m for s in sources[1:] if s.m.actor_id]
        others = [m for m in others if m.actor_id != me.actor_id]
        return bool(others) and all(self._own_state(me, m) for m in others)

    def _gathering_side(self, e: Event) -> bool:
        """Does the event make the people of a gathering (``GATHERED``: "the participants and guests of the forum") a
        doer, or the target of anything but praise (SUPPORT: the greetings, thanks and wishes sent to them)? They are
        addressed, not parties: "the participants held a discussion of Russia's policy" is no consultation of Russia
        (h45guests)."""
        if not self._gathered:
            return False
        source = e.source is not None and (e.source.start, e.source.end) in self._gathered
        target = e.target is not None and (e.target.start, e.target.end) in self._gathered
        return source or (target and e.plover_type != "SUPPORT")

    def _by_addressed(self, e: Event) -> bool:
        """Is the event's source a name spoken to ("Mr. Secretary, welcome back to ...", ``actors/addressed.py``)? The
        listener is not the doer of what the speaker says; the parser makes it the subject (h14voc15)."""
        if e.source is None or e.source.start is None:
            return False
        return (e.source.start, e.source.end) in self._addressed

    def _readdressed(self, e: Event) -> Event | None:
        """An event the parser gave a name spoken to as its source (h14voc15): thanks, a greeting or a welcome
        (``addressed_types`` in arguments.yaml: "Mr Lukashenko, thank you for coming", "Mr Japarov, I am happy to meet
        you") is the speaker's to that listener: the turn's speaker (the issuing government's own official, or
        another country's speaker the cue names) becomes the source and the listener the target; any other act, or
        no speaker known, is no event ("Mr. Secretary, welcome back to Fox News": a journalist's turn)."""
        if e.plover_type not in self.addressed_types or self._turns is None or e.source is None:
            return None
        turn = self._turns.at(e.trigger_start)
        if turn is None or turn.role not in (SPEAKER, ISSUER):
            return None
        speaker = turn.speaker
        if speaker is None and turn.role == ISSUER and self._issuer is not None:
            speaker = _issuer_mention(self._issuer, e.trigger_start, "", text="", confidence=0.6, article_id=e.article_id)
        if speaker is None or not speaker.country or speaker.actor_id == e.source.actor_id:
            return None
        listener, span = e.source, e.source_span  # the act's other side, if any ("the Russian Far East"), is not kept
        return replace(
            e,
            source=self.party(speaker),
            target=listener,
            source_span={"start": speaker.start, "end": speaker.end, "text": speaker.text, "how": "speaker"},
            target_span=span,
        )

    def _own_state_event(self, e: Event) -> bool:
        """An event of ``own_state_types`` between one state's own sides, as the sentence back-off and the learned
        detector may pair them (the trigger's own sides are settled in ``_settle_sides``)."""
        return (
            e.plover_type in self.own_state_types
            and e.source is not None
            and e.target is not None
            and self._own_state(e.source, e.target)
        )

    def _own_quote(self, target: Arg, sources: list[Arg]) -> bool:
        """Is the target a quoted "we" of the event's own source (h14we11: 'He said ... "we must keep ..."' is no act
        of the speaker toward his government)?"""
        kept = self._resolved.get(id(target.m))
        if kept is None or kept[0] is not target.m or target.m.how != "speaker":
            return False
        return any(s.m.actor_id == kept[1].actor_id for s in sources)

    def _factuality_of(self, tok, sent, date, ptype: str, hit: VerbMatch | None, frames: _Frames):
        """(label, cue, attributed_to): a request's demand and a refusal are asserted; a dictionary pattern
        that holds the negation codes for it. Read once per trigger, type and dictionary match of a sentence."""
        key = (tok.i, ptype)
        known = self._factuality_memo.get(key)
        if known is not None and known[0] is hit:
            return known[1]
        found = self._read_factuality(tok, sent, date, ptype, hit, frames)
        self._factuality_memo[key] = (hit, found)
        return found

    def _read_factuality(self, tok, sent, date, ptype: str, hit: VerbMatch | None, frames: _Frames):
        label, cue, attributed = factuality(tok, sent, date)
        if label in ("planned", "hypothetical", "negated", "question", "demanded") and self._presupposed(tok):
            # "why not condemn Russia's invasion?", "pledged to support Russia's invasion": the invasion judged is
            # told as done, whatever is said of the judging; its own modifier still decides ("the proposed ban")
            label, cue = prospective(tok) or ("asserted", None)  # h29presup
        if label == "asserted" and self._scheduled(tok):
            label, cue = "planned", "schedule"  # "Secretary Blinken meets with ..." in a day's public schedule (h25schedule)
        if hit is not None and label == "negated" and any(sent.doc[i].text == cue for i in hit.words):
            label, cue = "asserted", None  # the pattern itself holds the negation and codes for it
        if label in ("demanded",) and ptype == "REQUEST":
            label, cue = "asserted", None
        if label in ("hypothetical", "planned") and ptype in set(cues()["factuality"].get("threat_types") or ()):
            if cue in offered_on(tok):
                label, cue = "asserted", None  # "readiness to impose costs on X should it escalate": the threat is made
        if tok.i in frames.governed and label in ("negated",) and ptype == "REJECT":
            label, cue = "asserted", None  # "refused to deploy": the refusal is asserted
        return label, cue, attributed

    def _scheduled(self, tok) -> bool:
        """An act told in the present simple in an article whose title says it is a schedule (``schedule_titles``:
        "Public Schedule – July 15, 2022"): the day's programme, issued before it happens ("Secretary Blinken
        participates in President Biden's bilateral meeting with ...", "meets with ..."): planned, not done."""
        titles = cues()["factuality"].get("schedule_titles") or ()
        title = (self._title or "").casefold()
        if not title or not any(t in title for t in titles):
            return False
        verb = tok
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb.tag_ in ("VBZ", "VBP") and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)

    def _location(self, tok, parts: list[dict], ents, country_toks: set[int]) -> str | None:
        """Where: a location participant, else the first place named in the sentence outside the trigger and countries."""
        return next((p["text"] for p in parts if p["role"] == "location"), None) or next(
            (
                e.text
                for e in ents
                if e.label_ in ("GPE", "LOC", "FAC")
                and not (e.start <= tok.i < e.end)
                and not any(e.start <= i < e.end for i in country_toks)
            ),
            None,
        )

    @staticmethod
    def _codings(c, hit: VerbMatch | None, sources: list[Arg], targets: list[Arg], symmetric: bool, trig=None):
        """(source, target, coding) per pair of sides: "Arnor and Gondor welcomed ... with Osgiliath" is two
        events; a dictionary pattern may code only the reverse event or one each way."""
        mine = {a.m.actor_id for a in sources}
        if symmetric and targets and len(mine) >= 2 and targets[0].m.actor_id in mine:
            # "Canada and Mexico expanded their partnership", "we ... boost our cooperation": the subject's own pair
            other = next(s_ for s_ in sources if s_.m.actor_id != sources[0].m.actor_id)
            targets = [other]
        each = symmetric and bool(targets) and EventCoder._direct_partner(targets[0], trig)
        pairs: list[tuple[Arg, Arg | None]] = (
            [(s_, t_) for s_ in sources[:MAX_SIDES] for t_ in targets[: MAX_SIDES if len(sources) > 1 else MAX_LISTED]]
            if not symmetric
            # "Morocco and Spain met with Italian officials": each party of the subject with the partner the act
            # itself names (was the first one only, h30eachwith); one per country ("the President and the Secretary
            # met with X" once); a target found elsewhere ("X and Y discussed plans to expand U.S. cooperation with
            # Z": inside the topic) keeps the first party only
            else [(s_, targets[0]) for s_ in EventCoder._one_per_country(sources)[:MAX_SIDES]]
            if each
            else [(sources[0], targets[0])]
            if targets
            else []
        )
        if not targets:
            pairs = [(s_, None) for s_ in sources[:MAX_SIDES]]
        codings: list[tuple[Arg | None, Arg | None, Any]] = [(src, tgt, c) for src, tgt in pairs]
        if hit is not None and hit.code is None:
            codings = [(tgt, src, c) for src, tgt in pairs]  # "[:173]": only the reverse event
        elif hit is not None and hit.reverse:
            back = coding_for_cameo(hit.reverse)  # "[032:033]": one event each way
            codings += [(tgt, src, back) for src, tgt in pairs]
        return codings, len(pairs)

    @staticmethod
    def _direct_partner(arg: Arg, trig) -> bool:
        """Is the side the act's own partner: the verb's object, or the object of a "with"/"to" phrase of the verb
        ("met with X", "consulted closely with X") or of its object ("signed a deal with X")?"""
        t = arg.tok
        if t is None or trig is None or not any(c.dep_ == "nsubj" for c in trig.children):
            return False  # the parties are the verb's own subject ("X and Y met with Z"), not a clause's holders
        if t.dep_ in ("dobj", "obj") and t.head.i == trig.i:
            return True
        roles = argument_rules()["verb_preps"].get(trig.lemma_.lower()) or {}
        if (
            t.dep_ != "pobj"
            or t.head.dep_ != "prep"
            or not (t.head.lower_ in ("with", "to") or roles.get(t.head.lower_) == "target")
        ):
            return False  # "will arrive in Ethiopia" (arguments.yaml verb_preps: the place arrived in is the host)
        owner = t.head.head
        return owner.i == trig.i or (owner.dep_ in ("dobj", "obj") and owner.head.i == trig.i)

    @staticmethod
    def _one_per_country(sides: list[Arg]) -> list[Arg]:
        """The sides, the first one of each country (a side with no country only when it comes first)."""
        seen: set[str] = set()
        out: list[Arg] = []
        for a in sides:
            if (a.m.country and a.m.country in seen) or (out and not a.m.country):
                continue  # "the Chilean envoy and his deputy": a further side with no country adds nothing
            seen.add(a.m.country or "")
            out.append(a)
        return out

    def _sentence(self, seg, sent, by_token, article_id: str, date: str | None, toks=None) -> list[Event]:
        """The events of one sentence: each trigger, its sides, then one event per pair of sides."""
        out: list[Event] = []
        used_objects: set[int] = set()
        toks = toks if toks is not None else list(sent)  # Token objects made once per sentence
        ents = [e for e in self._ents if sent.start <= e.start < sent.end]
        channels = self._channels(toks, by_token)
        if channels:  # "told Reuters", "in an interview with CNN": the outlet spoken to is no party of the sentence
            by_token = {i: m for i, m in by_token.items() if id(m) not in channels}
        frames = self._frames(toks, by_token)
        country_toks = {t.i for t in toks if t.i in by_token and by_token[t.i].kind == "country"}
        self._domestic = set()  # the sentence's triggers whose only other party is the source's own state
        self._factuality_memo = {}
        self._no_visit = set()  # its visit verbs whose goer visits nobody (h20arrive)
        for tok in toks:
            if tok.i in used_objects or (tok.i in frames.skip and tok.i not in frames.governed):
                continue
            trigger = self._find_trigger(tok, frames)
            if trigger is None:
                continue
            (ptype, mode, obj), hit = trigger
            obj_tok = obj if obj is not None and not isinstance(obj, str) else None
            ptype, mode = self._noun_type(tok, ptype, mode, hit)
            if self._endangers(tok, ptype, by_token):
                continue  # "weapons systems that threaten Russia": a danger, no threat made (h18danger)
            sources, targets, parts = self._trigger_sides(tok, (ptype, mode, obj), hit, frames, by_token, seg, sent)
            if (
                obj_tok is not None
                and obj_tok.i in by_token
                and by_token[obj_tok.i].kind == "collective"
                and (
                    ptype in ("COOPERATE", "CONSULT", "AID")
                    # "swapped prisoners with Russia": the people exchanged are no side beside the partner (h32captives)
                    or (not by_token[obj_tok.i].country and any(t.m.country for t in targets))
                )
            ):
                # "passed intelligence to X": the thing handed over that makes the act (a group word too, as
                # "intelligence" is) is no side; a body joined ("join the European Union") or a person expelled or
                # summoned stays one (h32intel)
                targets = [t for t in targets if t.tok is None or t.tok.i != obj_tok.i]
            if obj_tok is not None and tok.pos_ == "NOUN" and targets:
                # "the handover of the Bakassi peninsula to Cameroon": the thing's own name is no party (h32nominal)
                targets = [
                    t
                    for t in targets
                    if t.m.country
                    or t.tok is None
                    or not (t.tok.i == obj_tok.i or (t.tok.head.i == obj_tok.i and t.tok.dep_ == "compound"))
                ]
            if obj_tok is not None and sources and not targets and obj_tok.lemma_.lower() == "mediation":
                # "ended its mediation between X and Y": both, named by the phrase's actors (h32mediation)
                between = next((c for c in obj_tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
                pair = self._pobj(between) if between is not None else None
                targets = self._side(pair, by_token) if pair is not None else []
            if obj_tok is not None and sources and not targets:
                targets = self._inner_object_targets(tok, obj_tok, by_token, ptype)
            if ptype in self.mission_protest_types and not targets:
                targets = self._protested_mission(tok, by_token, sources)  # "protested outside the British embassy"
            if sources and not targets and tok.pos_ in ("VERB", "AUX"):
                # "told the IAEA that it would allow inspectors back", "told Vietnam it would withdraw its oil rig":
                # an act the speaker says he will do is aimed at the one told (h33told)
                targets = self._told_intent_addressee(tok, by_token, sources)
            if ptype == "REQUEST" and sources and not targets and tok.pos_ == "VERB":
                # "thanked Oman for its support and encouraged further efforts to ...": the one thanked is urged (h45urged)
                targets = self._conjunct_addressee(tok, by_token, sources)
            if ptype == "ASSAULT" and sources and self._riot(tok, sources):
                # "demonstrators stoned police and torched cars, demanding that the prime minister resign": a riot
                # (CAMEO 145), aimed at the party the demand is made of, else at the party fought (h33riot)
                ptype, mode = "PROTEST", "RIOT"
                targets = self._protest_addressee(tok, by_token, sources) or targets
            if ptype == "PROTEST" and sources and not targets:
                # "went on strike demanding that the government legalise ...", "began a hunger strike to press for the
                # departure of President X": the protest is aimed at the party its demand is made of (h32demanding)
                targets = self._protest_addressee(tok, by_token, sources)
            if (
                ptype == "ASSAULT"
                and sources
                and all(t.tok is not None and t.tok.lemma_.lower() in GENERIC_VICTIMS for t in targets)
            ):
                # "set off a car bomb outside a Civil Guard barracks, wounding six people": the barracks' force (h32seat)
                targets = self._attacked_seat(tok, by_token) or targets
            if ptype == "MOBILIZE" and tok.pos_ == "VERB":
                # "deploy NATO response forces": the forces moved are the doer's means, their owner the doer (h27deploy)
                moved = [t for t in targets if self._deployed(tok, t)]
                if moved:
                    targets = [t for t in targets if t not in moved]
                    sources = sources or moved[:1]
            if ptype == "CONSULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in self.leading_verbs:
                sources, targets = self._own_delegation(tok, by_token, seg, sources, targets, parts)
            if ptype == "RETREAT" and tok.pos_ == "VERB":
                # "Trump withdrew the United States from the agreement with Iran": the state withdrawn is the doer's own,
                # the mover, never the side it retreats from (h48ownwithdrawn)
                own = {s.m.country for s in sources if s.m.country}
                targets = [t for t in targets if not (self._withdrawn_state(tok, t) and t.m.country in own)]
            settled = self._settle_sides(tok, obj, ptype, sources, targets)
            if settled is None and obj == JOINT_ONLY:
                continue  # said by one party, or by two of one country: no agreement, and no side guessed
            if (settled is None or not settled[1]) and (
                self._own_state_only(ptype, sources, targets)
                or (len(sources) < 2 and self._reciprocal(tok))  # "support one another": the other is not named (h20mutual)
            ):
                if settled is None:  # a verb's: the back-off takes no other pair for this act word either
                    self._domestic.add(tok.i)
                if obj_tok is not None:
                    used_objects.add(obj_tok.i)
                continue  # its only other party is the source's own state: a domestic act, no side guessed by order
            settled, filled = self._fill_sides(
                tok, sent, toks, (ptype, hit, frames, date), (sources, targets, parts), by_token, settled
            )
            if (
                settled is not None
                and mode == "VISIT"
                and (
                    (bool(settled[0]) and all(self._non_visitor(s.tok) for s in settled[0]))
                    or any(self._non_visitor(c) for c in tok.children if c.dep_ == "nsubj")
                )
            ):
                self._no_visit.add(tok.i)  # nor a pair by the back-off for this act word
                continue  # "refugees travelled to Poland", "troops arrived in X": nobody visited (h20arrive)
            if obj_tok is not None and (settled is not None or sources):
                used_objects.add(obj_tok.i)  # a verb with no actor of its own ("intention to improve the partnership")
            if settled is None:  # does not take its object's own event
                continue
            sources, targets, symmetric = settled
            c = coding_for_cameo(hit.code or hit.reverse or "") if hit is not None else coding(ptype, mode)
            start, end = seg.start + tok.idx, seg.start + tok.idx + len(tok.text)
            if obj_tok is not None:
                end = max(end, seg.start + obj_tok.idx + len(obj_tok.text))
            location = self._location(tok, parts, ents, country_toks)
            parts = [
                p for p in parts if not (p.get("actor_id") and any(p["start"] <= a.m.start < p["end"] for a in sources + targets))
            ]
            codings, n_pairs = self._codings(c, hit, sources, targets, symmetric, tok)
            common = {
                "sentence_start": seg.start + sent.start_char,
                "sentence_end": seg.start + sent.end_char,
                "location": location,
                "participants": [dict(p) for p in parts],
                "nominal": tok.pos_ in ("NOUN", "PROPN") and obj != "root-noun",
                "n_pairs": n_pairs,
                "symmetric": symmetric,
            }
            when = _when(tok, sent, date, self._factuality_of(tok, sent, date, ptype, hit, frames), obj_tok)
            for src, tgt, coded in codings:
                later = max(src.m, tgt.m, key=lambda x: x.start) if tgt is not None else None
                new_one = later is not None and seg.start <= later.start and _introduced(later, seg)
                if tgt is not None and src.m.actor_id == tgt.m.actor_id and not _two_groups(src.m, tgt.m, new_one):
                    continue
                if tgt is not None and self._own_possessive(tgt, src):
                    # "The United States values our partnership with X and our shared commitment", "is grateful to our
                    # allies": the speaker's own "our" is no party its act is aimed at, nor is a pair guessed (h44ours)
                    self._domestic.add(tok.i)
                    continue
                if tgt is not None and not filled:
                    self._pairs.append((src.m, tgt.m))
                out.append(
                    self._event(article_id, seg, sent, (start, end), coded, src, tgt, common, _joined_when(tgt, when, date))
                )
                if filled:
                    _mark_order(out[-1], filled, src, tgt)
        from .rerank import rerank  # the sides of the triggers' events re-ranked by a learned model (events/rerank.py)

        out = rerank(self, seg, sent, toks, by_token, out)
        from .sentence import back_off  # no event with both sides: the sentence-level back-off (events/sentence.py)

        guess = back_off(self, seg, sent, toks, by_token, article_id, date, out, frames)
        # a guess whose doer only talks of the harm is no guess, nor is the detector asked for another: the coder's own
        # reading stays (h40talkof)
        judged = bool(guess)
        guess = [g for g in guess if self._untalked(g, seg, toks) is g]
        if guess:  # a one-sided event of the same trigger whose side the guess keeps is told by it: one act, one event
            g = guess[0]
            kept = {p.actor_id for p in (g.source, g.target) if p is not None}
            out = [
                e
                for e in out
                if e.trigger_start != g.trigger_start
                or any(p is not None and p.actor_id not in kept for p in (e.source, e.target))
            ]
        if not judged:  # learned (h14detect10)
            guess = [
                g
                for g in detect(self, seg, sent, toks, by_token, article_id, date, out, frames)
                if self._untalked(g, seg, toks) is g
            ]
        # the coder's own events without a doer who only talks of their harm (h40talkof; the guesses were read above)
        out = [self._untalked(e, seg, toks) for e in out if not self._own_state_event(e)]
        out += [g for g in guess if not self._own_state_event(g)]
        out = [r for r in (self._readdressed(e) if self._by_addressed(e) else e for e in out) if r is not None]
        out = [e for e in out if not self._gathering_side(e)]
        out += conditional.threats(self, out, seg, by_token, self.conditional_threat)  # "If X invades, we will ..." (h45ifthreat)
        out = own_party(out, sent, seg.start, by_token, date)  # a party's own stance (h14fact9)
        issuer_country = self._issuer[0] if self._issuer else None
        return told_by_speaker(out, sent, seg.start, self._turns, issuer_country)  # others' acts a speaker tells

    def _non_visitor(self, tok) -> bool:
        """Is the phrase headed by ``tok`` a group or a thing that goes somewhere without visiting anyone
        (arguments.yaml ``non_visitors``: refugees, troops, a shipment)? Its head word, or the word an amount is "of"
        ("thousands of refugees", "a first batch of troops", "1 million doses of the vaccine")."""
        t = tok
        for _ in range(3):
            if t is None:
                return False
            if t.lemma_.lower() in self.non_visitors or t.lower_ in self.non_visitors:
                return True
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            t = self._pobj(of) if of is not None else None
        return False

    def _channels(self, toks, by_token) -> set[int]:
        """The news outlets a speaker talks to in the sentence ("told Reuters", "said to AFP", "in an interview with
        CNN"; arguments.yaml ``channels``): ids of their mentions. An outlet spoken to carries what is said; it is no
        party of the acts told (not the target of "demobilized" in "..., two commanders told AFP"), nor of the talk."""
        found: set[int] = set()
        for t in toks:
            m = by_token.get(t.i)
            if m is None or m.sector not in self.channel_sectors or t.dep_ not in ("dobj", "dative", "pobj"):
                continue
            head = t.head
            if t.dep_ == "pobj":
                if head.lower_ not in self.channel_preps:
                    continue
                head = head.head
                ok = head.lemma_.lower() in self.channel_verbs or head.lemma_.lower() in self.channel_nouns
            else:
                ok = head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.channel_verbs
            if ok:
                found.add(id(m))
        return found

    def _fill_sides(self, tok, sent, toks, trig: tuple, found: tuple, by_token, settled):
        """(settled sides, roles filled by order): a trigger whose syntax left a side empty takes it from the
        sentence's actors by ``events/fallback.py``, unless it is negated or a question."""
        cfg = fallback.rules()
        if settled is not None and (settled[1] or not cfg.get("fill_nominal_target")):
            return settled, set()
        ptype, hit, frames, date = trig
        sources, targets, parts = found
        if self._factuality_of(tok, sent, date, ptype, hit, frames)[0] in ("negated", "hypothetical", "question"):
            return settled, set()
        if tok.lemma_.lower() in self.party_targets_only:
            return settled, set()  # "invested in infrastructure": no party named, none taken by order (h25invest)
        if not found[0] and tok.pos_ in ("VERB", "AUX") and fallback.agentless_passive(tok, by_token):
            return settled, set()  # "the atrocities being committed against X": no doer named, none guessed by order
        if not found[0] and self._relative_no_actor(tok, by_token):
            return settled, set()  # "those who support X": the doer is named, as no actor; none guessed by order
        if not found[0] and self._offered(tok):
            return settled, set()  # "sent an invitation to visit Lima to X": whoever is invited, not who is named first
        if not found[0] and self._asked_no_actor(tok, by_token):
            return settled, set()  # "called on the international community to send aid to X": they act, no party named
        if not found[0] and self._judged_decision(tok):
            return settled, set()  # "Washington criticized the decision to expel ...": the judge did not decide it
        if not found[0] and self._participle_of_thing(tok, by_token):
            return settled, set()  # "entities operating ... in collaboration with Russia": they do it; no actor
        if settled is None and not found[0]:
            doer = self._thing_clause_doer(tok, by_token)
            if doer is None:
                return settled, set()  # "we condemn the attack, which killed ...": the attack's doer is not said
            if doer:  # "Iran conducted this attack, which killed two people": Iran, by the syntax
                found, sources = (doer, found[1], found[2]), doer
        if settled is not None:
            sources, targets = settled[0], []
        else:
            sources = self._dedupe([s for s in sources if s.m.actor_id and not self._gathering(s.m, s.tok)])
            targets = [] if sources else self._dedupe([t for t in targets if t.m.actor_id and not self._gathering(t.m, t.tok)])
        ok = {t.i: by_token[t.i] for t in toks if t.i in by_token and not self._gathering(by_token[t.i], t)}
        coded = frozenset(m.actor_id for pair in self._pairs for m in pair if m.actor_id)
        case = "nominal" if settled is not None else "verb"
        chosen = fallback.choose(toks, tok, ok, parts, sources, targets, Arg, coded, case)
        if chosen is None:
            return settled, set()
        return (chosen[0], chosen[1], False), chosen[2]

    def _untalked(self, e: Event, seg, toks) -> Event:
        """``e`` without a source guessed (by order, the back-off, the detector or the re-ranker) among those who only
        talk of its harm noun or agentless passive (``_doerless_harm``, ``_talkers_of``, h40talkof): "I expressed my
        shock at the assassination of Abe", "I raised cases of Americans who are detained" are no acts of mine; nor is
        a guessed first-person "we"/"our" ever the doer of such a word. The event keeps its target alone."""
        span = e.source_span
        if e.plover_type not in self.harm_talk_types or span is None or span.get("how") not in GUESSED_SIDES:
            return e
        trig = _trigger_token(toks, seg, e)
        head = _side_head(toks, seg, span)
        if trig is None or head is None or not self._doerless_harm(trig):
            return e
        # the speaker's own "we"/"our"/"I" is never guessed as the doer of a harm it names without a doer: its own act
        # it tells as its own ("we struck", "our strikes"), found by the syntax
        if head.i not in self._talkers_of(trig) and head.lower_ not in FIRST_PERSON_ANY:
            return e
        return replace(e, source=None, source_span=None, symmetric=False)

    @staticmethod
    def _doerless_harm(tok) -> bool:
        """Is ``tok`` a harm word that names no doer of its own by its form: a noun ("the assassination of X") or a
        passive participle with no by-agent ("Americans who are detained", "wrongfully detained Americans")?"""
        if tok.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
            return False
        return tok.dep_ in ("amod", "acl") or any(c.dep_ == "auxpass" for c in tok.children)

    def _talkers_of(self, tok) -> set[int]:
        """The tokens of the subjects of the verbs above the harm word ``tok`` that do not do it (arguments.yaml
        ``harm_talk``, h40talkof): up the tree to the root, every verb (or adjective with a subject: "is concerned by")
        gives its subject and the subject's conjuncts (and the possessor of its object: "expressing my shock at"), a
        noun the harm word hangs from its possessor ("our condemnation of the attack"), until a verb that is no verb
        of stance and takes the word as its object (through conjuncts, compounds, appositions and a measure's "of":
        "launched a wave of attacks", "initiating its invasion") or as its means ("forfeited with this aggression"):
        that verb's subject may be the doer."""
        out: set[int] = set()
        t, direct, means = tok, True, False
        while t.head.i != t.i:
            head, dep = t.head, t.dep_
            verb = head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in head.children))
            if verb:
                doing = (direct and dep in ("dobj", "obj")) or means
                if doing and head.lemma_.lower() not in self.harm_talk_verbs:
                    return out
                for c in head.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                        out.update(x.i for x in c.subtree if x.i == c.i or (x.dep_ in ("conj", "compound") and x.head.i == c.i))
                    elif c.dep_ in ("dobj", "obj") and c.i != t.i:  # "expressing my shock at the assassination": the feeler
                        out.update(x.i for x in c.children if x.dep_ == "poss")
                direct, means = False, False
            elif dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_NOUNS:
                pass  # "a wave of attacks": the measure carries the act
            elif dep == "prep" and t.lower_ == "of" and head.lemma_.lower() in MEASURE_NOUNS:
                pass
            elif dep not in ("conj", "compound", "appos"):
                # the harm word as a means ("with this aggression"), also when the parser hangs the phrase on the verb's
                # object ("He's forfeited that with this aggression")
                if dep == "pobj":
                    means = direct and head.lower_ in self.harm_means_preps
                elif not (means and dep == "prep" and head.dep_ in ("dobj", "obj")):
                    means = False
                direct = False
                if head.pos_ in ("NOUN", "PROPN") and head.i != tok.i:
                    # "our condemnation of the attack", "my shock at ...": the noun's possessor only feels or judges it
                    out.update(x.i for x in head.children if x.dep_ == "poss")
            t = head
        return out

    def _thing_clause_doer(self, tok, by_token) -> list[Arg] | None:
        """The doer of a relative clause on a thing ("that", "which") that is the object of a verb (h14relcl15): the
        verb's subject when the verb does the thing ("Iran conducted this attack, which killed two people": Iran);
        None (no doer to guess) when the verb only judges or tells of it (``stance_verbs``: "we condemn the attack,
        which killed ..."); [] otherwise (the sides by order may still guess: "built the frigates that shelled")."""
        if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children):
            return []
        ante = tok.head
        if ante.i in by_token or ante.lemma_.lower() in self.relative_doers:
            return []
        if ante.dep_ in ("dobj", "obj") and ante.head.lemma_.lower() in self.doing_verbs:
            subj = self._subject(ante.head, by_token)
            return self._side(subj, by_token) if subj is not None else []
        # up the phrase that holds the thing ("the attack committed on a vessel ... on 29 July, which killed ..."): a
        # stance verb's object names no doer, unless a noun on the way has one ("Russia's strike, which killed ...")
        t = ante
        while t.head.i != t.i and t.dep_ in ("pobj", "prep", "acl", "dobj", "obj", "appos", "conj", "npadvmod"):
            owner = next((c for c in t.children if c.dep_ == "poss" and c.i in by_token), None)
            if owner is not None:
                return []  # the possessor may be the doer: the sides by order choose as before
            t = t.head
            if t.pos_ == "VERB" and t.dep_ != "acl":
                return None if t.lemma_.lower() in self.stance_verbs else []
        return []

    def _endangers(self, tok, ptype: str, by_token) -> bool:
        """Is ``tok`` a verb of threat whose subject is a thing ("the base could threaten Cambodia's autonomy",
        "weapons systems that threaten Russia", "Russia's aggression threatens Europe")? A thing endangers; only an
        actor makes a threat (arguments.yaml ``danger_verbs``): not when the threatened act is named ("threatens X
        with sanctions", "threatened to strike", "threatened military action") or the thing is a document carrying
        its issuer's threat ("the resolution threatens Iraq"). The subject: the clause's (``_clause_subject``), a
        relative pronoun standing for its noun; a thing is a common noun that names no
        actor of the resolver's and is no actor noun ("officials", "the army", "the regime")."""
        danger = self.danger_verbs
        if ptype not in danger["types"] or tok.pos_ != "VERB" or tok.lemma_.lower() not in danger["verbs"]:
            return False
        for c in tok.children:  # the threatened act named: "threatens X with sanctions", "threatened to strike"
            if (c.dep_ == "prep" and c.lower_ == "with") or c.dep_ == "xcomp":
                return False
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in danger["acts"]:
                return False
        subj, verb = self._clause_subject(tok)
        if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
            subj = verb.head  # "systems that threaten": the relative pronoun stands for the noun it hangs from
        if subj is None or subj.dep_ == "csubj":
            return subj is not None  # "deploying missiles there threatens X": an act told as a clause endangers
        lemma = subj.lemma_.lower()
        if lemma in danger["issued"]:
            return False  # "the resolution threatens Iraq": a body's document carries its threat
        return not (subj.pos_ != "NOUN" or subj.i in by_token or self._actor_like(subj) or lemma in self.relative_doers)

    def _offered(self, tok) -> bool:
        """Is ``tok`` the act an offer noun asks for ("an invitation to visit Lima")? Its doer is the one offered it,
        found by the syntax or not at all (h17offer)."""
        return tok.dep_ == "acl" and tok.head.lemma_.lower() in self.offer_nouns and infinitive(tok)

    def _participle_of_thing(self, tok, by_token) -> bool:
        """Is ``tok`` a participle modifying a noun that names no actor, or a noun in its phrases ("designating four
        individuals and one entity operating in Ukraine's territory in collaboration with Russia")? The noun it
        modifies does the act; it is named, as no actor, so no other actor of the sentence is the doer (h17acl)."""
        t, steps = tok, 0
        while (t.dep_ in ("pobj", "prep") or (t.dep_ == "conj" and t.pos_ == "NOUN")) and t.head.i != t.i and steps < 6:
            t, steps = t.head, steps + 1
        if t.dep_ != "acl" or t.pos_ != "VERB" or t.tag_ != "VBG":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in t.children):
            return False
        noun = t.head
        return noun.pos_ in ("NOUN", "PRON") and noun.i not in by_token and self._actor_token(noun, by_token) is None

    def _relative_no_actor(self, tok, by_token) -> bool:
        """Is the verb ``tok`` a relative clause whose subject is its relative pronoun standing for people or bodies
        that are no actor ("actions against those who support President Putin's war", "four entities that support
        Iran's ...": "who", or "that"/"which" after a pronoun or a noun of ``relative_doers`` in arguments.yaml)? Its
        doer is named there, so no other actor of the sentence is its source (h14relcl15). A thing's clause ("the
        frigates that shelled ...") still takes a source by order: whose the thing is."""
        if tok.dep_ != "relcl" or tok.head.i in by_token:
            return False
        ante = tok.head
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.tag_ == "WP":
                return True
            if c.tag_ == "WDT" and (ante.pos_ == "PRON" or ante.lemma_.lower() in self.relative_doers):
                return True
        return False

    def _event(
        self, article_id: str, seg, sent, trigger_span: tuple[int, int], c, src: Arg, tgt: Arg | None, common: dict, when: dict
    ) -> Event:
        """One event record: a hand-set confidence (calibrated later), a content-hash id, the sides' spans."""
        start, end = trigger_span
        confidence = (
            0.7 - (0.1 if common["nominal"] else 0.0) - (0.05 if common["n_pairs"] > 1 else 0.0) - (0.2 if tgt is None else 0.0)
        )
        eid = hashlib.sha256(
            # the actors too: "the two countries" stands for both sides of an earlier event, one span for two actors
            f"{article_id}:{start}:{c.plover_type}:{src.m.start}:{tgt.m.start if tgt else None}"
            f":{src.m.actor_id}:{tgt.m.actor_id if tgt else None}".encode()
        ).hexdigest()[:16]
        return Event(
            id=eid,
            article_id=article_id,
            sentence_start=common["sentence_start"],
            sentence_end=common["sentence_end"],
            trigger_start=start,
            trigger_end=end,
            trigger=self._text[start - seg.start : end - seg.start],
            **c.event_fields(),
            source=self.party(src.m),
            target=self.party(tgt.m if tgt else None),
            location=common["location"],
            domain=self.domain(c.plover_type, sent.text, [src.m] + ([tgt.m] if tgt else [])),
            confidence=round(confidence, 2),
            symmetric=common["symmetric"],
            source_span=self._span_dict(src, seg),
            target_span=self._span_dict(tgt, seg) if tgt else None,
            participants=[dict(p) for p in common["participants"]],
            **when,
        )

    def _gathering(self, m: Mention, tok=None) -> bool:
        """A conference, summit or games named like an organisation is an event or a place, not a side; nor is a
        law, a treaty or a work named as an entity ("Federal Law On Amendments")."""
        if (
            tok is not None
            and tok.ent_type_ in ("LAW", "EVENT", "WORK_OF_ART", "PRODUCT")
            and m.kind not in ("country", "person")
        ):
            return True
        # a side resolved from an antecedent stands at the word that refers back ("The dialogue ... was continued": the
        # talk noun); what it is is the name it was resolved to (h43restated)
        told = m.name if (m.how or "").startswith("antecedent") and m.name else m.text
        words = (told or "").lower().replace("-", " ").split()
        if m.kind in ("country", "person") or not words:
            return False
        return words[-1] in self.gathering_heads or (m.country is None and any(w in self.document_words for w in words))

    @staticmethod
    def _dedupe(args: list[Arg]) -> list[Arg]:
        seen, out = set(), []
        for a in args:
            if id(a.m) not in seen:
                seen.add(id(a.m))
                out.append(a)
        return out

    def _span_dict(self, arg: Arg, seg) -> dict:
        """The words a side came from: its noun phrase, stretched to cover the mention."""
        m = arg.m
        kept = self._resolved.get(id(m))
        if kept is not None and kept[0] is m:  # a pronoun: its own words, and the actor it was resolved to
            orig = kept[1]
            return {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "resolved_from": {"start": orig.start, "end": orig.end, "text": orig.text},
                **({"how": m.how} if m.how != "antecedent" else {}),  # how it was resolved (h14pron10)
            }
        if arg.tok is None:
            return {"start": m.start, "end": m.end, "text": m.text}
        lo, hi = self._span(arg.tok)
        if arg.reach is not None and arg.reach >= hi:
            hi = arg.reach + 1  # a title in apposition, the place a group is in
        doc = arg.tok.doc
        start = min(seg.start + doc[lo].idx, m.start)
        end = max(seg.start + doc[hi - 1].idx + len(doc[hi - 1].text), m.end)
        if not (seg.start <= start and end <= seg.start + len(self._text)):
            return {"start": m.start, "end": m.end, "text": m.text}
        return {"start": start, "end": end, "text": self._text[start - seg.start : end - seg.start]}

    def _part_actors(self, parts: list[dict], by_token, seg, roles, sent, places_only: bool = False) -> list[Arg]:
        """Actors named in participants of the given roles (a place stands for its party)."""
        out = []
        for p in parts:
            if p["role"] not in roles or not p.get("actor_id"):
                continue
            for t in sent:
                m = by_token.get(t.i)
                if m is not None and m.actor_id == p["actor_id"] and p["start"] <= m.start < p["end"]:
                    if places_only and not (m.kind in ("country", "region") or t.ent_type_ in ("GPE", "LOC")):
                        # (h28region) a place of the knowledge base is a place whatever the tagger calls it ("rolled
                        # into Bethlehem on Tuesday": no GPE there)
                        break
                    out.append(Arg(m, t))
                    break
        return out

    @staticmethod
    def _merge(events: list[Event]) -> list[Event]:
        """The same event told twice in an article is one record with several evidence spans."""
        merged: dict[tuple, Event] = {}
        out = []
        for e in events:
            pair = (e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            key = (
                e.plover_type,
                tuple(sorted(pair, key=str)) if e.symmetric else pair,
                e.factuality,
                e.date if e.date_precision == "day" else e.date_text,
            )
            if e.source is None or e.target is None:
                out.append(e)
                continue
            if key in merged:
                first = merged[key]
                if has_sentence_side(first) and not has_sentence_side(e):  # the syntax's record carries the event
                    out[next(i for i, x in enumerate(out) if x is first)] = merged[key] = e
                    for span in ([first.sentence_start, first.sentence_end], *first.evidence):
                        if span != [e.sentence_start, e.sentence_end] and span not in e.evidence:
                            e.evidence.append(span)
                    first, e = e, first
                span = [e.sentence_start, e.sentence_end]
                if span != [first.sentence_start, first.sentence_end] and span not in first.evidence:
                    first.evidence.append(span)
                first.confidence = round(min(0.95, first.confidence + 0.05), 2)
                continue
            merged[key] = e
            out.append(e)
        return out


def _joined_when(tgt, when: dict, date: str | None) -> dict:
    """The date of a target named in a preposition joined to the verb's, with a time phrase of its own ("delivered to
    Antigua today, and to Barbados tomorrow": Barbados's is tomorrow; h46conjprep); else the verb's ``when``."""
    tok = getattr(tgt, "tok", None)
    if tok is None or tok.dep_ != "pobj" or tok.head.dep_ != "conj" or tok.head.pos_ != "ADP":
        return when
    for c in tok.head.children:
        if c.i == tok.i or c.ent_type_ not in ("DATE", "TIME"):
            continue
        phrase = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
        if phrase is None:
            continue
        found, precision = resolve_date(phrase.text, date, future=when.get("factuality") == "planned")
        if found is not None:
            return {**when, "date": found, "date_text": phrase.text, "date_precision": precision}
    return when


def _when(tok, sent, date: str | None, fact: tuple, obj=None) -> dict:
    """An event's date and factuality fields: a time expression of the trigger's own clause (none: fill_dates
    decides after the article), and ``fact`` = (label, cue, attributed_to)."""
    label, cue, attributed = fact
    date_text, event_date, precision = own_date(tok, sent, date, future=(label == "planned"), obj=obj)
    return {
        "date": event_date,
        "date_text": date_text,
        "date_precision": precision or "unknown",
        "factuality": label,
        "factuality_cue": cue,
        "attributed_to": attributed,
    }


def _mark_order(e: Event, filled: set[str], src: Arg, tgt: Arg | None) -> None:
    """A side chosen by order (events/fallback.py) says so in its span, and the event's raw score is lower."""
    for role, span in (("source", e.source_span), ("target", e.target_span)):
        if role in filled and span is not None:
            span["how"] = fallback.MARK
    e.confidence = round(max(0.05, e.confidence - fallback.rules()["penalty"] * len(filled)), 2)


def _told_together(named: list) -> list:
    """The tokens of the actors named before a "them": when some of them are conjoined ("the leaders of France and
    Germany"), those alone, the group a plural pronoun takes up, not a place named singly in another phrase ("... to
    protect Donbass, Putin informed them"; h48them); else all of them."""
    at = {t.i for t in named}
    joined = [t for t in named if any(c.i in at for c in t.conjuncts)]
    return joined or named


def _speaker_mention(speaker: Mention, start: int, word: str, *, text: str, plural: bool, confidence: float) -> Mention:
    """A turn's speaker over a first-person pronoun: "I"/"my" is the speaker, "we"/"our" the speaker's government."""
    if not plural or not speaker.country:  # "we" of an international organisation's official: the official's side
        return replace(speaker, start=start, end=start + len(word), text=text, confidence=confidence, how="speaker")
    country = speaker.country or ""
    mention = _issuer_mention((country, f"Government of {country}"), start, word, text=text, confidence=confidence)
    return replace(mention, article_id=speaker.article_id, how="speaker")


def _nobody(start: int, word: str) -> Mention:
    """No actor (a journalist's turn): an author side that names nobody."""
    return Mention(
        article_id="",
        start=start,
        end=start + len(word),
        text="",
        actor_id=None,
        name=None,
        country=None,
        sector=None,
        role=None,
        confidence=0.0,
        how="press",
    )


def _issuer_mention(
    issuer: tuple[str, str], start: int, word: str, *, text: str, confidence: float, article_id: str = ""
) -> Mention:
    """The issuing government (``issuer`` = country, name) as a collective mention over ``word`` at ``start``."""
    country, name = issuer
    return _state_body(country, name, "GOV", start, word, text=text, confidence=confidence, how="issuer", article_id=article_id)


def _state_body(
    country: str, name: str, sector: str, start: int, word: str, *, text: str, confidence: float, how: str, article_id: str = ""
) -> Mention:
    """A body of a state no phrase names (the issuing government, the court of an unnamed conviction) as a collective
    mention over ``word`` at ``start``."""
    return Mention(
        article_id=article_id,
        start=start,
        end=start + len(word),
        text=text,
        actor_id=f"{country}.{sector}",
        name=name,
        country=country,
        sector=sector,
        role=None,
        confidence=confidence,
        how=how,
        kind="collective",
    )
