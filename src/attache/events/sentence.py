"""Sentence-level back-off: one event for a sentence that names two parties but gave no event with both sides.

The coder emits an event only from a trigger it recognises, with sides its syntax (or ``fallback.py``, sides by
order for a found trigger) gives. Many news sentences name parties of two countries and tell an act between
them whose sides no rule linked; the issue's naive first-two-entities baseline finds many of those pairs. Here,
at the end of a sentence where the coder emitted no event with both sides (one call in ``EventCoder._sentence``),
cheap checks run first (not too long; at least two parties, i.e. two country codes or an IGO, among the resolved
mentions), then:

- the act word: a trigger the coder's own search finds there (``_find_trigger``, with its sense rules), verbs
  first, the shallowest first; not a modifier, not an act noun under a verb that does not tell it as done
  ("postponed their meeting"); (options of the yaml, off: a lexicon word read directly; the sentence's main verb
  when it is not a copula or a reporting verb, typed by the shipped PLOVER classifier on the sentence's lemmas);
- factuality from ``events/factuality.py`` on that word: a question, a negation or a hypothetical gives none;
- the type: the trigger's own (or the classifier's, ``type_from: classifier``);
- the sides: among the mentions ``fallback.candidates`` allows (its hard rules: topics and places are never
  sides, one mention never both sides, two different countries), by order, with parse checks (the by-agent of a
  passive act and the possessor of an act noun first; no speaker of "said", no place phrase further up, no
  currency prefix, no two parts of one noun phrase, conjuncts only as the joint subject of a reciprocal act; a
  topic verb's target only from its "with" phrase; one side an argument of the act word); or by
  ``fallback.features`` and its hand weights (``sides: score``);
- the date from ``events/dates.py`` (the act word's own clause, else ``fill_dates`` decides later).

The event's sides carry ``"how": "sentence"`` in their spans and its raw confidence is low (``confidence`` of
the yaml); ``events/calibration.py`` reads the mark (feature ``sentence_side``, its coefficient fitted by
``scripts/fit_sentence_confidence.py``). Rules and thresholds are data (``data/sentence.yaml``); figures in
``docs/benchmarks.md`` (branch h14sent).

The entity tier (the yaml's ``entity``, branch h14back8), tried when the country tier above gives nothing: the
parties are any named actors the resolver returns (persons, organisations, armed groups, companies, its ner-only
names of these kinds too; not its vague nouns, ``UNK.*``, nor a bare place name or demonym), so that a side may have
no country, or both sides one country (a domestic PLOVER event; the dyad index ignores such sides). Capitals are
countries for the resolver: an actor as a subject or counterpart ("Tehran said", "talks with Moscow"), never as the
object of a place preposition ("a bombing near Samarra", ``fallback.py``'s hard rules). The same act word
(the coder's trigger search, shared with the country tier), factuality and side rules, plus, because a name without
a country is a weaker cue: a state and an actor of its own are one side told twice ("Biden ... the United States"),
two actors of one country pair only across sectors (rebels and the government, not two offices of one government);
no side from "according to X", an instrument ("through X"), a name modifying another noun ("Pfizer vaccines") or a
programme or document name ("... Initiative", "... Accords"); the subject of a passive act word is its target; a verb
act word with a subject of its own (a pronoun, a relative pronoun's noun, the governing verb's for "to"-infinitives
and conjoined verbs) takes its source from that subject only; no side inside a clause of its own (relative,
adverbial, reported, a conjoined verb). Its events carry ``"tier": "entity"`` in their spans beside ``"how":
"sentence"``, a raw confidence below the country tier's, and the calibration's feature ``sentence_entity``.
An option (``entity.one_sided``, off as shipped: no gain measured) completes a coder event that has one side only
from the same candidates (the act word's counterpart, else the next actor; the agent, the possessor, else the
nearest actor before) in its own clause; its completed span carries ``"tier": "one_sided"``.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..model import Event, Mention
from ..nlp.repair import first_conjunct
from . import fallback
from .arguments import argument_rules, deployed_forces, led_group
from .calibration import marked_side

MARK = "sentence"  # the ``how`` of a side chosen here, in the event's source_span / target_span
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

# set to a list by a tuning script: one record per sentence that passed the cheap checks
recorder: list | None = None


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    data = yaml.safe_load(resources.files("attache.events").joinpath("data/sentence.yaml").read_text("utf-8")) or {}
    for key in (
        "skip_roots",
        "never_factuality",
        "never_types",
        "never_noun_types",
        "act_words",
        "never_entities",
        "never_act_deps",
        "carrying_verbs",
        "speech_types",
        "said_acts",
        "aim_nouns",
    ):
        data[key] = frozenset(data.get(key) or ())
    return data


def has_sentence_side(e: Event) -> bool:
    """Whether an event was made by the sentence back-off (the flag ``events/calibration.py`` reads)."""
    return marked_side(e, MARK)


def _party(m: Mention) -> str | None:
    """The party a mention stands for: its country, else (an IGO) its actor id."""
    if not m.actor_id:
        return None
    if m.country:
        return m.country
    return m.actor_id if (m.kind == "igo" or (m.sector or "") == "IGO") else None


def _mentions(coder, toks, by_token) -> dict[int, Mention]:
    """The sentence's tokens that belong to a resolved mention of a party (not a conference or a law)."""
    return {t.i: m for t in toks if (m := by_token.get(t.i)) is not None and _party(m) and not coder._gathering(m, t)}


def _actor(m: Mention) -> str | None:
    """The party a mention stands for in the entity tier: any resolved actor (its actor id); a name the resolver
    does not know (``NER.`` ids, a slug of the words) is one party however it is written ("the Crimson Brigade",
    "Crimson Brigade's")."""
    aid = m.actor_id
    if not aid or not aid.startswith("NER."):
        return aid
    slug = aid[4:]
    slug = slug[4:] if slug.startswith("the-") else slug
    slug = slug[:-2] if slug.endswith("-s") else slug
    return "NER." + slug


def _entity_ok(m: Mention, ecfg: dict[str, Any]) -> bool:
    """A mention the entity tier may take as a side: a named actor (a person, an organisation, an armed group, a
    company, a state's institution or people, a country or an IGO), not a vague noun the resolver knows nothing
    of ("officials", "the government": ``never_ids``) nor a bare place name (``kinds``)."""
    if not m.actor_id or any(m.actor_id.startswith(p) for p in ecfg["never_ids"]):
        return False
    if m.country or m.kind == "igo" or (m.sector or "") == "IGO":
        return (m.kind or "") not in ecfg["never_country_kinds"]
    words = (m.text or "").lower().split()
    if m.how == "ner-only" and words and words[-1] in ecfg["never_name_heads"]:
        return False  # "the Caribbean Basin Security Initiative", "the National Bison Range": a programme, a place
    return (m.kind or "") in ecfg["kinds"]


def _entity_mentions(coder, toks, by_token, ecfg: dict[str, Any]) -> dict[int, Mention]:
    """The sentence's tokens that belong to a mention the entity tier may take (not a conference or a law)."""
    return {t.i: m for t in toks if (m := by_token.get(t.i)) is not None and _entity_ok(m, ecfg) and not coder._gathering(m, t)}


def _entity_candidates(toks: list, trig, ok: dict[int, Mention], cfg: dict[str, Any]) -> list[tuple]:
    """(mention, head token) of the entity tier's actors that may be a side: ``fallback.candidates``'s hard rules
    (``fallback.near_mentions``: not the act word, not too far, not the object of a place or topic preposition)
    without its country test."""
    out = []
    for m, head in fallback.near_mentions(toks, trig, ok, cfg):
        top = fallback._phrase_head(head)
        ecfg = entity_rules()
        if top.dep_ == "pobj" and top.head.head.lower_ in ecfg["never_pobj_of"]:
            continue  # "according to NPR": who tells of the act
        if fallback._prep_of(head) in ecfg["never_preps"]:
            continue  # "collaborate through X": an instrument
        if (
            ecfg.get("no_modifier")
            and not m.country
            and head.dep_ in ("compound", "amod", "nmod")
            and head.head.pos_ == "NOUN"
            and head.head.i != trig.i
        ):
            continue  # "donating Pfizer vaccines": a name telling what the thing is, not a party
        out.append((m, head))
    return out


def _called_off(coder, tok, cfg: dict[str, Any]) -> bool:
    """An act noun that is the object of a verb which does not tell it as done ("postponed their meeting", "heard
    calls for ..."): the coder's light and carrying verbs, and the yaml's ``carrying_verbs``, do."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj"):
        return False
    if tok.lower_ in cfg.get("said_acts", ()) and tok.head.lemma_.lower() in fallback.rules()["reporting"]:
        return False  # '"Congratulations to X," Scholz wrote': the greeting is done by writing it (h21speech)
    return not coder._carried(tok) and tok.head.lemma_.lower() not in cfg["carrying_verbs"]


def _depth(tok) -> int:
    n = 0
    for _ in tok.ancestors:
        n += 1
    return n


def _unowned_act(t) -> bool:
    """(h28unowned) An act word whose doer the sentence does not give at its place, which a pairing by order would
    guess: a past participle hung on what it was done to with no "by" agent ("historic cities pounded into rubble",
    "thousands of civilians killed or wounded"; its conjuncts too), and an infinitive that states a noun's goal ("its
    goal to retake Crimea": an aim, no act done, and its doer is the noun's owner)."""
    head = t.head if t.dep_ == "conj" and t.head.i != t.i else t
    kids = {c.dep_ for c in [*head.children, *t.children]}
    if head.tag_ == "VBN" and head.dep_ == "acl" and not kids & {"agent", "aux", "auxpass", "nsubj", "nsubjpass", "mark"}:
        return True  # a reduced participle; not a that-clause of a noun ("confidence that ties will be strengthened")
    return (
        t.dep_ == "acl"
        and t.head.lemma_.lower() in rules()["aim_nouns"]
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    )


def _act(coder, toks, ok: dict[int, Mention], cfg: dict[str, Any], frames, seen: dict | None = None):
    """(token, (type, mode) or None, how): the act word of the sentence, or None; ``frames``: the coder's
    frames of the sentence (``EventCoder._frames``)."""
    lex, general = coder.lex, coder.general
    best = None
    if "coder" in cfg["act_words"]:
        # the coder's own trigger search, with its sense rules ("met the concerns" is no meeting), on the
        # words whose sides its syntax missed
        for t in toks:
            if t.i in ok or t.dep_ in cfg["never_act_deps"] or (t.i in frames.skip and t.i not in frames.governed):
                continue
            if _called_off(coder, t, cfg):
                continue
            if seen is not None and t.i in seen:
                found = seen[t.i]  # the country tier searched this word already
            else:
                found = coder._find_trigger(t, frames)
                if seen is not None:
                    seen[t.i] = found
            if found is None:
                continue
            (ptype, mode, _obj), _hit = found
            key = (0 if t.pos_ in ("VERB", "AUX") else 1, _depth(t), t.i)
            if best is None or key < best[0]:
                best = (key, t, (ptype, mode))
        if best is not None and _unowned_act(best[1]):
            return None  # the sentence's act word names no doer at its place: no guess from another word (h28unowned)
        if best is not None:
            return best[1], best[2], "trigger"
    if "lexicon" in cfg["act_words"]:
        for t in toks:
            if t.i in ok or t.pos_ not in ("VERB", "NOUN") or t.dep_ in cfg["never_act_deps"]:
                continue
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB":
                found = lex.verbs.get(lemma) or coder.extra_verbs.get(lemma) or (general.verbs.get(lemma) if general else None)
            else:
                found = lex.nouns.get(lemma) or coder.extra_nouns.get(lemma) or (general.nouns.get(lemma) if general else None)
            if found is None or coder._in_name(t):
                continue
            key = (0 if t.pos_ == "VERB" else 1, _depth(t), t.i)
            if best is None or key < best[0]:
                best = (key, t, found)
    if best is not None:
        return best[1], best[2], "lexicon"
    if "root" in cfg["act_words"]:
        root = next((t for t in toks if t.head.i == t.i), None)
        for _ in range(3):
            if root is None or root.pos_ != "VERB" and root.pos_ != "AUX":
                return None
            if root.lemma_.lower() not in cfg["skip_roots"]:
                return root, None, "root"
            # "X said Y did Z": the reported clause's verb
            root = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
    return None


def _classify(toks) -> tuple[str | None, float]:
    """The shipped PLOVER classifier's type for the sentence (its lemmas as the headline) and its probability."""
    from .classifier import features, shipped_model

    model = shipped_model()
    if model is None:
        return None, 0.0
    words = [t.lemma_.lower() for t in toks if not t.is_punct and not t.is_space]
    p = model.proba([features(words, [])])[0]
    i = int(p.argmax())
    return model.classes[i], float(p[i])


def _under_place(head, trig, never_preps: frozenset, noun_governed: bool = False) -> bool:
    """Is the mention inside a place or topic phrase further up than its own preposition ("in a sector of
    eastern Beirut", "outside of the Iraqi city of Basra")? ``fallback.candidates`` checks the first one.
    ``noun_governed``: only a preposition a noun governs counts ("a meeting on the development of Crimea", "regular
    contact on Afghanistan"; h48ontopic): a verb's own "on" is left to the type the act ends with ("atrocities
    committed ... on the territory of Ukraine" is retyped from AGREE)."""
    for t in head.ancestors:
        if t.i == trig.i or t.pos_ in ("VERB", "AUX"):
            return False
        if (
            t.dep_ in ("prep", "agent")
            and t.lower_ in never_preps
            and (not noun_governed or (t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN")))
        ):
            return True
    return False


def _content_subject(tok, trig) -> bool:
    """Is the token (in) the subject of a clause that is the act word's content ("agreed that X ...", "a commitment
    that X will ...")?"""
    t = tok
    for _ in range(8):
        if t.dep_ in ("nsubj", "nsubjpass"):
            verb = t.head
            return verb.dep_ in ("ccomp", "acl") and verb.head.i == trig.i
        if t.dep_ not in ("compound", "amod", "poss", "conj", "cc", "det", "nmod", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _conjuncts(a, b) -> bool:
    """Are two heads conjuncts of one coordination ("Finland and Sweden", "Japan and the United States"), also far
    apart in a long list ("delivered to Antigua and Barbuda, The Bahamas, ..., St. Vincent and the Grenadines": the
    parser chains each item under the one before; h45list)?"""
    return a.i != b.i and first_conjunct(a).i == first_conjunct(b).i


def _joint_subject(head, trig, carried: bool) -> bool:
    """The coordination is the subject of the act word itself ("X and Y met"), or of the verb that tells the act
    noun as done (``carried``: "X and Y held talks"), not of one that calls it off ("postponed their meeting")."""
    t = first_conjunct(head)
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return t.head.i == trig.i or (carried and trig.head.i == t.head.i)


def _speaker(head, trig) -> bool:
    """The subject of a reporting verb other than the act word ("..., the Colombian navy said"): who tells of an
    act is not a side of it (``fallback.speaks``: also who believes or finds it)."""
    t = fallback._phrase_head(head)
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.i != trig.i and fallback.speaks(t.dep_, t.head, fallback.rules())


def _currency(head) -> bool:
    """A country's name as a currency prefix ("US $50 million"): the next token opens an amount."""
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return nxt is not None and (nxt.ent_type_ == "MONEY" or nxt.is_currency)


def _speakers_own(trig) -> bool:
    """An act noun with no owner but the first person, inside what someone says ("He said, 'our condolences to
    them'", "Sanders wrote, 'Congratulations to Bill de Blasio'"): the speaker does it by saying so (h21speech)."""
    if trig.pos_ != "NOUN":
        return False  # a verb's doer is its subject, or one the coder's clause rules give it
    if any(c.dep_ == "poss" and c.lower_ not in _FIRST_PERSON for c in trig.children):
        return False
    return any(a.lemma_.lower() in fallback.rules()["reporting"] for a in trig.ancestors)


def _pool(toks, trig, ok: dict[int, Mention], cfg: dict[str, Any], entity: bool = False) -> tuple[list, dict]:
    fcfg = dict(fallback.rules())
    fcfg["max_distance"] = cfg["max_distance"]
    found = _entity_candidates(toks, trig, ok, fcfg) if entity else fallback.candidates(toks, trig, ok, [], fcfg)
    pool = [
        (m, h)
        for m, h in found
        if h.ent_type_ not in cfg["never_entities"]
        and not _under_place(h, trig, fcfg["never_preps"])
        and not _currency(h)
        and not (_speaker(h, trig) and not cfg.get("_speech"))
    ]
    return pool, fcfg


def _nested(a, b) -> bool:
    """Is ``b`` part of ``a``'s noun phrase ("the G7 ministers of Canada") or are both possessors of one noun
    ("Estonia's and Latvia's efforts")?"""
    top = fallback._phrase_head(a)
    if b.dep_ == "poss" and a.dep_ == "poss" and fallback._phrase_head(b).head.i == top.head.i:
        return True
    return top.i != b.i and any(t.i == top.i for t in b.ancestors)


def _np_root(tok):
    """The noun a phrase hangs from, up through possessives, modifiers, conjuncts and prepositional phrases."""
    t = tok
    for _ in range(12):
        if t.dep_ in ("poss", "compound", "amod", "nmod", "conj", "appos", "pobj", "prep", "case") and t.head.i != t.i:
            t = t.head
            continue
        break
    return t


def _own_force(tok) -> bool:
    """Is the side the doer's own forces, owned by a pronoun ("our deterrence forces", "its troops")?"""
    return (
        tok is not None
        and tok.lemma_.lower() in deployed_forces()
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    )


def _pair_ok(a: tuple, b: tuple, trig, joint: bool, carried: bool = False, party=None) -> bool:
    """Two different parties; conjuncts only as the joint subject of a reciprocal act (``joint``); not one inside
    the other's phrase, nor two parts of one noun phrase other than the act noun's ("the ministers of X and Y");
    ``party``: what makes a side a party (``_party``: a country or an IGO; ``_actor``: any actor, entity tier)."""
    party = party or _party
    if a[0] is b[0] or party(a[0]) == party(b[0]):
        return False
    if led_group(a[1]) or led_group(b[1]):
        return False  # "the National Security Advisor led a delegation to meet ...": the delegation is the leader's own
    if party is _actor and a[0].country and b[0].country:
        if a[0].country != b[0].country:
            return False  # two countries: the country tier's pair, which it did not make
        if not entity_rules().get("own_country") and "country" in (a[0].kind, b[0].kind):
            return False  # "Biden ... the United States": a state and its own agent are one side told twice
        if entity_rules().get("domestic_sectors_differ") and (a[0].sector or "") == (b[0].sector or ""):
            return False  # "the Secretary will lead the U.S. delegation": one government, not a domestic event
        if any(_own_force(x[1]) for x in (a, b)):
            return False  # "put our deterrence forces on high alert": the doer's own forces are its means (h47ownforce)
    if _conjuncts(a[1], b[1]):
        return joint and _joint_subject(a[1], trig, carried)
    root = _np_root(a[1])
    if root.i == trig.i or fallback._phrase_head(a[1]).i == trig.i:
        return True  # "the U.S. commitment to Tajikistan's security": both in the act noun's own phrase
    if _nested(a[1], b[1]) or _nested(b[1], a[1]):
        return False
    return root.i != _np_root(b[1]).i


def _possessor(pool: list, trig):
    """The party owning a noun act ("Russia's invasion", "the Russian invasion", "U.S. sanctions"), else None."""
    if trig.pos_ != "NOUN":
        return None
    return next(
        (
            (m, h)
            for m, h in pool
            if h.head.i == trig.i and (h.dep_ == "poss" or h.dep_ in ("amod", "compound") and m.kind == "country")
        ),
        None,
    )


def _partners(pool: list, trig) -> list:
    """A topic verb's counterpart ("discussed the war with X"): only a party of its "with" phrase, never one in
    what is discussed."""
    out = []
    for m, h in pool:
        t = fallback._phrase_head(h)
        while t.dep_ == "poss" and t.head.i != t.i:  # "met with Peru's leader": the leader's party (h48with)
            t = fallback._phrase_head(t.head)
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.i == trig.i:
            out.append((m, h))
    return out


def _counterpart(head, trig, cfg: dict[str, Any]) -> bool:
    """Is the mention the object of a preposition the act word governs, other than a by-agent ("with X")?"""
    t = fallback._phrase_head(head)
    if t.dep_ == "conj":  # a later item of a long list ("to Antigua and Barbuda, ..., St. Vincent and the Grenadines")
        t = fallback._phrase_head(first_conjunct(t))
    return t.dep_ == "pobj" and t.head.head.i == trig.i and t.head.lower_ in cfg["counterpart_preps"]


def _agent(pool: list, trig):
    """The party of a passive act's by-phrase ("was released by X"), else None."""
    for m, h in pool:
        t = fallback._phrase_head(h)
        if (
            t.dep_ == "pobj"
            and t.head.dep_ == "agent"
            and (t.head.head.i == trig.i or t.head.head.i in {a.i for a in trig.ancestors})
        ):
            return (m, h)
    return None


def _active_subject(pool: list, trig):
    """The party that is the act word's own active subject, named ("we are confident that Iran conducted this attack":
    Iran, not the "we" named first; "he has asked for": the one "he" stands for), else None (h14relcl15). A first-person
    subject is not taken: "we talked about this" after "the Ukrainian foreign minister came to Berlin" is a joint "we"
    of the two, which the order rules pair."""
    if trig.pos_ not in ("VERB", "AUX"):
        return None
    return next(
        (
            (m, h)
            for m, h in pool
            if h.lower_ not in _FIRST_PERSON
            and fallback._phrase_head(h).dep_ == "nsubj"
            and fallback._phrase_head(h).head.i == trig.i
        ),
        None,
    )


def _in_condition(head, trig, cfg) -> bool:
    """Is the mention inside a condition ("if"/"unless" clause, ``condition_marks``) that does not hold the act word?
    ("If Russia chooses the path of diplomacy, we are fully prepared to engage": Russia sets the condition, the
    act is "we"'s)"""
    marks = cfg.get("condition_marks") or ()
    for a in [head, *head.ancestors]:
        if a.i == trig.i:
            return False
        if a.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in marks for ch in a.children):
            return not any(t.i == trig.i for t in a.subtree)
    return False


def _ancestor_subject(head, trig) -> bool:
    """Is the mention the subject of a verb whose complement holds the act word ("we" of "we are confident that Iran
    conducted ...")? Not of a verb the act word's relative clause hangs under ("X spoke about Y, which Z supported")."""
    top = fallback._phrase_head(head)
    if top.dep_ not in ("nsubj", "nsubjpass"):
        return False
    tellers, t = set(), trig
    while t.head.i != t.i:
        if t.dep_ in ("ccomp", "acomp", "xcomp"):  # the clause is what is said or thought
            t = t.head
        elif t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            # "made the assessment that Russia's forces have committed ...": the noun's verb tells it
            if t.head.dep_ not in ("dobj", "obj", "attr"):
                break
            t = t.head.head
        else:
            break
        tellers.add(t.i)
    return top.head.i in tellers


def _passive_subject(head, trig) -> bool:
    """Is the mention (in) the subject of the passive act word ("The former minister X has been accused")?"""
    top = fallback._phrase_head(head)
    if top.dep_ == "npadvmod" and top.head.dep_ == "amod":  # "474 Palestinian-owned homes": through the compound adjective
        top = fallback._phrase_head(top.head)
    return top.dep_ == "nsubjpass" and top.head.i == trig.i


def _own_subject(src_head, trig, pronouns: bool = False) -> bool:
    """A verb act word with a subject of its own: is the source that subject (or inside its phrase)? "A newspaper
    ... violated a ban by General Aoun": the subject is no actor here, so the act has no source among them.
    ``pronouns``: a personal pronoun subject counts too ("we welcome X's support": "we" is no candidate)."""
    if trig.pos_ not in ("VERB", "AUX"):
        return True
    verb, subj = _governing_subject(trig)
    if subj is not None and subj.dep_ == "nsubjpass":
        return True  # a passive verb's subject is acted upon (``passive_subject_target``)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "a ban, which angered X": the relative pronoun stands for the noun it hangs from
    elif subj is None or (subj.pos_ == "PRON" and not pronouns):
        return True
    return subj.i == src_head.i or any(a.i == subj.i for a in src_head.ancestors)


def _governing_subject(trig, through_objects: bool = True) -> tuple[Any, Any]:
    """(verb, subject) of a verb act word: its own subject, else the governing verb's through "to"-infinitives and
    conjoined verbs ("X responds ... and provides Y", "X will continue to hold Y"); subject None when none. Not
    ``through_objects``: not up from an infinitive whose governing verb has an object ("led the administration to
    designate": the object acts)."""
    verb, subj = trig, None
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("xcomp", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
            break
        if not through_objects and verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in verb.head.children):
            break
        verb = verb.head
    return verb, subj


def _relative_doer(src_head, trig) -> bool:
    """When the verb act word's subject is a relative pronoun ("militants who attack X", "groups, which thrive ... and
    threaten X"), its doer is the noun the clause hangs from: is the source that noun or in its phrase (not in the
    relative clause itself)? True when the subject is no relative pronoun (h36relative)."""
    if trig.pos_ not in ("VERB", "AUX"):
        return True
    verb, subj = _governing_subject(trig, through_objects=False)  # "who want to attack", "which thrive ... and threaten"
    if subj is None or subj.dep_ != "nsubj" or subj.tag_ not in ("WDT", "WP") or verb.dep_ != "relcl":
        return True
    noun, clause = verb.head, {t.i for t in verb.subtree}
    heads = [noun]
    if noun.dep_ == "attr":  # "Prigozhin is a Russian national who provided ...": the copula's subject is the noun
        heads += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(src_head.i == h.i or (src_head.i not in clause and any(a.i == h.i for a in src_head.ancestors)) for h in heads)


@lru_cache(maxsize=1)
def _undergone() -> frozenset[str]:
    """``arguments.yaml`` ``sides: undergone_participles``: participles whose by-agent acts upon the noun."""
    return frozenset(argument_rules()["sides"].get("undergone_participles") or ())


def _noun_subject(trig) -> bool:
    """Has the verb act word an active subject of its own that is a noun or a name ("The Dalai Lama thanked ...";
    not a pronoun, a relative pronoun or a borrowed subject)?"""
    if trig.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "csubj")), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN")


def _agentless_passive(trig) -> bool:
    """Is the act word a passive verb with no "by" agent ("the Americans are released")?"""
    kids = {c.dep_ for c in trig.children}
    return trig.pos_ in ("VERB", "AUX") and bool(kids & {"nsubjpass", "auxpass"}) and "agent" not in kids


def _reporting_body(side, trig) -> bool:
    """Is the side in the subject of the verb that reports the act word's clause ("X, a spokesperson for the Indonesian
    National Police, confirmed that two suspects were arrested": the police told of their own act)?"""
    if trig.dep_ != "ccomp":
        return False
    subj = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.left_edge.i <= side.i <= subj.right_edge.i


def _has_subject(verb) -> bool:
    """Has ``verb`` a subject of its own?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _same_clause(head, trig, clause_deps: frozenset) -> bool:
    """Is the side in the act word's own clause: no clause of its own (a relative, adverbial or reported
    clause: ``clause_deps``) between it and the act word's line ("met with entrepreneurs who will attend X")?"""
    line = {trig.i} | {a.i for a in trig.ancestors}
    t = head
    for _ in range(20):
        if t.i in line:
            return True
        if t.i != head.i and (
            t.dep_ in clause_deps
            or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and "verb conj" in clause_deps)
            or (t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX") and "verb pcomp" in clause_deps and _has_subject(t))
            or (
                t.dep_ == "acl"
                and "participle acl" in clause_deps
                and t.lemma_.lower() in _undergone()
                and not any((c.dep_ == "aux" and c.lower_ == "to") or c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            )  # a participle of an act done to the noun ("wanted by", "held by"): not "a message congratulating X", "the
            # offer announced by X", an infinitive or a noun's content clause ("concern that the Houthis continue")
        ):
            # a clause of its own ("verb conj": a verb conjoined with another, "..., and X protested"; "verb pcomp": a
            # clause with its own subject under a preposition, "..., with X calling the inquiry 'Soviet-style'", not
            # "accused of hiding funds by the government"; "participle acl": "a drug lord wanted by the United States",
            # not "an order to confer the title on X", h27clause)
            return False
        if t.head.i == t.i:
            return True
        t = t.head
    return True


def _sides(
    toks,
    trig,
    ok: dict[int, Mention],
    cfg: dict[str, Any],
    joint: bool = False,
    topic_verbs=frozenset(),
    carried: bool = False,
    entity: bool = False,
):
    """(source (mention, head), target (mention, head)) or None; ``joint``: the act is reciprocal; ``topic_verbs``:
    verbs whose object is what is talked about (the coder's ``topic_object_verbs``); ``entity``: the entity tier
    (any named actor is a party; the pair must be one the country tier does not make)."""
    pool, fcfg = _pool(toks, trig, ok, cfg, entity)
    party = _actor if entity else _party
    if len({party(m) for m, _h in pool}) < 2:
        return None
    if cfg["sides"] == "order":
        ranked = sorted(pool, key=lambda x: x[1].i)
        owner = _possessor(pool, trig)
        # the party of a phrase the act word governs ("share ... with X", "aid to X") is its counterpart
        doers = [x for x in ranked if not _counterpart(x[1], trig, cfg)]
        # "welcomed Secretary Blinken to Jerusalem": the act verb's own object is acted upon, never its doer (h20object)
        doers = [x for x in doers if not (x[1].dep_ in ("dobj", "obj") and x[1].head.i == trig.i)]
        # "If Russia chooses diplomacy, we are prepared to engage": the party of a condition is not the doer
        doers = [x for x in doers if not _in_condition(x[1], trig, cfg)] or doers
        if entity and entity_rules().get("passive_subject_target") and not cfg.get("_passive_doer"):
            # "X has been accused ... by Y": the subject of a passive act word is acted upon
            doers = [x for x in doers if not _passive_subject(x[1], trig)] or doers
        elif not entity and cfg.get("_passive") and _plain_passive(trig):
            # "Two Israeli soldiers were killed when ...": the country tier, for a passive act word of these types
            # (h26passive); the doer left must be the subject of a clause of its own ("when Hezbollah fighters attacked
            # their patrol"), not a party the act is about ("are urged not to travel to Uganda"); with none left the
            # doer is not named ("474 Palestinian-owned homes have been destroyed") and none is taken (below)
            doers = [x for x in doers if not _passive_subject(x[1], trig) and fallback._phrase_head(x[1]).dep_ == "nsubj"]
        own = _active_subject(pool, trig)
        src = _agent(pool, trig) or owner or own or (doers[0] if doers else None)
        if src is None:
            return None
        if not entity and cfg.get("subject_after") and src[1].i > trig.i and _noun_subject(trig):
            return None  # "The Dalai Lama thanked India for ... Tibetan refugees": the unnamed subject acts (h27subject)
        if not entity and cfg.get("relative_doer") and not _relative_doer(src[1], trig):
            return None  # "militants who attack Pakistan from Afghanistan": the militants act, no party of the sentence
        if own is not None and src is own:  # "we are confident that Iran conducted ...": "we" only tells it
            ranked = [x for x in ranked if not _ancestor_subject(x[1], trig)]
        if owner is not None:  # "Russia's invasion of ...": the target is named after the act noun
            ranked = [x for x in ranked if x[1].i > trig.i]
        if trig.lemma_.lower() in topic_verbs or cfg.get("_with_partner"):
            # "discussed ... Afghanistan": a topic, not a target; an act with a "with" partner of its own is with that
            # partner, not with a party of its purpose ("work with our partners to hold Russia accountable"; h48with)
            ranked = _partners(pool, trig)
        tgt = next((x for x in ranked if _pair_ok(src, x, trig, joint, carried, party)), None)
        subject_pronouns = cfg.get("subject_pronouns_not_targets") or ()
        if tgt is not None and tgt[1].lower_ in subject_pronouns and tgt[1].dep_ in ("nsubj", "nsubjpass"):
            return None  # "we honor the UN's blue helmets": "we" acts in its clause, no target; no other guessed (h40wetarget)
        if tgt is None or fallback._path(tgt[1], trig) > cfg["max_target_path"]:
            return None
        deps = frozenset(cfg.get("country_clause_deps") or ())
        if not entity and deps and not (_same_clause(tgt[1], trig, deps) and _same_clause(src[1], trig, deps)):
            return None  # "captured a drug lord wanted by the United States" (h27clause)
        if entity:
            ecfg = entity_rules()
            if ecfg.get("own_subject") and not _own_subject(src[1], trig, ecfg.get("pronoun_subject", False)):
                return None
            if (
                ecfg.get("agentless_passive_no_source")
                and _agentless_passive(trig)
                and src[1].i < trig.i
                and not (src[1].dep_ == "nsubjpass" and src[1].head.i == trig.i)
                and not (_reporting_body(src[1], trig) and src[0].sector != "MED")  # a newspaper reports, it does not act
            ):
                # "to see to it that the Americans are released": who releases them is not said; a passive's own
                # subject may still be its doer ("police were placed on alert"), and so may the body whose speaker
                # reports it ("a spokesperson for the police confirmed that two suspects were arrested") (h47agentless)
                return None
            if ecfg["clause_deps"] and not (
                _same_clause(tgt[1], trig, ecfg["clause_deps"]) and _same_clause(src[1], trig, ecfg["clause_deps"])
            ):
                return None
        if min(fallback._path(src[1], trig), fallback._path(tgt[1], trig)) > cfg["max_anchor_path"]:
            return None  # neither side is an argument of the act word: the act is seldom between them
        return src, tgt
    trig_line = {trig.i} | {a.i for a in trig.ancestors}
    before = [h.i for _m, h in pool if h.i < trig.i]
    after = [h.i for _m, h in pool if h.i > trig.i]
    near = (max(before) if before else None, min(after) if after else None)
    feats = {id(m): fallback.features(h, trig, trig_line, m.how == "issuer", fcfg, False, m, near) for m, h in pool}
    fcfg["threshold"] = dict(cfg["threshold"])
    chosen: dict[str, tuple] = {}
    for role in ("source", "target"):
        score, threshold = fallback.scorer(role, fcfg)
        other = chosen.get("source")
        scored = [
            (score(feats[id(m)]), -abs(h.i - trig.i), m, h)
            for m, h in pool
            if other is None or _pair_ok(other, (m, h), trig, joint, carried, party)
        ]
        if not scored:
            return None
        top = max(scored, key=lambda x: (x[0], x[1]))
        if top[0] < threshold:
            return None
        chosen[role] = (top[2], top[3])
    return chosen["source"], chosen["target"]


def back_off(coder, seg, sent, toks, by_token, article_id: str, date: str | None, out: list[Event], frames=None) -> list[Event]:
    """The back-off event of one sentence (a list of none or one), given the events ``out`` the coder found there
    and the coder's ``frames`` of the sentence (made here when not given): the country tier first, then (the
    yaml's ``entity``) a one-sided event of the coder completed, then the entity tier."""
    cfg = rules()
    if not cfg.get("enabled", True) or (coder.verbs is not None and not cfg.get("with_verb_dictionary")):
        return []
    if any(e.source is not None and e.target is not None for e in out) or len(toks) > cfg["max_tokens"]:
        return []
    ok = _mentions(coder, toks, by_token)
    seen: dict[int, Any] = {}  # the trigger search by token, shared by the tiers
    if len({_party(m) for m in ok.values()}) >= cfg["min_parties"]:
        frames = frames if frames is not None else coder._frames(toks, by_token)
        found = _tier(coder, seg, sent, toks, ok, cfg, frames, article_id, date, False, seen)
        if found:
            return found
    ecfg = entity_rules()
    if not ecfg.get("enabled"):
        return []
    eok = _entity_mentions(coder, toks, by_token, ecfg)
    if len({_actor(m) for m in eok.values()}) < 2:
        return []
    frames = frames if frames is not None else coder._frames(toks, by_token)
    if ecfg.get("one_sided"):
        found = _complete(coder, seg, sent, toks, eok, cfg, ecfg, out)
        if found:
            return found
    if not ecfg.get("sentences"):
        return []
    return _tier(coder, seg, sent, toks, eok, {**cfg, **ecfg["overrides"]}, frames, article_id, date, True, seen)


@lru_cache(maxsize=1)
def entity_rules() -> dict[str, Any]:
    """The yaml's ``entity`` part (the entity tier and the completion of one-sided events), lists as sets."""
    data = dict(rules().get("entity") or {})
    for key in (
        "never_ids",
        "kinds",
        "never_country_kinds",
        "never_types",
        "never_name_heads",
        "never_pobj_of",
        "clause_deps",
        "never_preps",
    ):
        data[key] = frozenset(data.get(key) or ())
    data["overrides"] = dict(data.get("overrides") or {})
    return data


def _tier(coder, seg, sent, toks, ok, cfg, frames, article_id, date, entity: bool, seen: dict | None = None) -> list[Event]:
    """One tier of the back-off: the act word, its type and factuality, the sides among ``ok``'s mentions."""
    act = _act(coder, toks, ok, cfg, frames, seen)
    if act is None:
        return _note(sent, "no act word")
    trig, typed, how = act
    if trig.i in coder._domestic:
        return _note(sent, "an act between one state's own sides", trig)  # the coder left it out (h14dom14)
    if trig.i in coder._no_visit:
        return _note(sent, "a visit verb whose goer visits nobody", trig)  # the coder left it out (h20arrive)
    if trig.pos_ in ("VERB", "AUX") and coder._asked_no_actor(trig, ok):
        return _note(sent, "an act asked of no party named", trig)  # "called on the international community to send aid to X"
    if typed is not None:  # as the coder types a noun trigger ("the withdrawal of the ambassador" is no retreat)
        typed = coder._noun_type(trig, typed[0], typed[1], None)
    from .ontology import SYMMETRIC_TYPES

    by_classifier = typed is None or cfg["type_from"] == "classifier"
    ptype, mode, prob = (None, None, 0.0) if by_classifier else (typed[0], typed[1], 1.0)
    if by_classifier:
        ptype, prob = _classify(toks)
        if ptype is None:
            return _note(sent, "no type", trig)
    # the coder's own reading of factuality (a request's demand and a governed refusal are asserted)
    label, cue, attributed = coder._factuality_of(trig, sent, date, ptype, None, frames)
    if label in cfg["never_factuality"]:
        return _note(sent, f"factuality {label}", trig)
    never = entity_rules()["never_types"] if entity else cfg["never_types"]
    if ptype in never or (by_classifier and prob < cfg["min_probability"]):
        return _note(sent, f"type {ptype} {prob:.2f}", trig)
    if trig.pos_ == "NOUN" and ptype in rules()["never_noun_types"]:
        return _note(sent, f"noun {ptype}", trig)  # the coder read the noun's own phrase (h14war12)
    carried = trig.pos_ == "NOUN" and coder._carried(trig)
    # "Germany and the United States have proposed measures": offered together, not to each other (h21offer)
    joint = ptype in SYMMETRIC_TYPES and not coder.offered_together(trig)
    if ptype in rules().get("speech_types", ()) and _speakers_own(trig):
        cfg = {**cfg, "_speech": True}  # the speaker of "... said" may be the side: the act is his saying (h21speech)
    if ptype in (cfg.get("passive_subject_types") or ()) and not _experienced(trig, cfg):
        cfg = {**cfg, "_passive": True}  # "Two Israeli soldiers were killed when ...": the killed are its target (h26passive)
    if ptype in (cfg.get("passive_doer_types") or ()):
        cfg = {**cfg, "_passive_doer": True}  # "Police have been stationed at train stations": the force is the doer's
    # "conducted a meeting on the development of Crimea": what a talk, an agreement or a cooperation is "on" is its
    # topic for this type (the coder's typed preposition roles), never a side, however deep the phrase (h48ontopic)
    topic_preps = frozenset(p for p in cfg.get("typed_topic_preps") or () if coder.prep_roles.get(ptype, {}).get(p) == "topic")
    if topic_preps:
        ok = {i: m for i, m in ok.items() if not _under_place(toks[0].doc[i], trig, topic_preps, noun_governed=True)}
    if ptype in (cfg.get("content_clause_types") or ()):
        # "made a commitment that Iran will never acquire ...": what is agreed names no counterpart (h48content)
        ok = {i: m for i, m in ok.items() if not _content_subject(toks[0].doc[i], trig)}
    if ptype in (cfg.get("with_partner_types") or ()) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children) for c in trig.children
    ):
        cfg = {**cfg, "_with_partner": True}  # "will work with our partners to hold Russia accountable" (h48with)
    sides = _sides(toks, trig, ok, cfg, joint, coder.topic_object_verbs, carried, entity)
    if sides is None:
        return _note(sent, "no sides", trig)
    if cfg.get("_speech") and label == "reported" and _speaker(sides[0][1], trig):
        label, cue, attributed = "asserted", None, None  # the speaker's own greeting, done by saying it (guidelines 4)
    record = {"sent": sent, "trigger": trig, "how": how, "type": ptype, "probability": prob, "factuality": label, "sides": sides}
    record["tier"] = "entity" if entity else "country"
    # "X and Y met": a reciprocal act of a joint subject is one event between them, in either order
    record["symmetric"] = ptype in SYMMETRIC_TYPES and _conjuncts(sides[0][1], sides[1][1])
    if recorder is not None:
        record["classifier"] = _classify(toks)
        recorder.append(record)
    return [_event(coder, seg, sent, ok, trig, (ptype, mode), sides, article_id, date, (label, cue, attributed), record)]


def _plain_passive(trig) -> bool:
    """A passive act word whose "be" is written out: "He's asked for more help" is "has asked" as often as "is asked"."""
    return fallback._passive(trig) and not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in trig.children)


def _experienced(trig, cfg: dict[str, Any]) -> bool:
    """A participle of feeling ("we are deeply concerned", "we've been very disturbed by", "we are encouraged to see"):
    passive in form, its subject is who feels, the doer of the act it tells (arguments.yaml experiencer_verbs and
    sentence.yaml passive_experiencers)."""
    lemma = trig.lemma_.lower()
    return lemma in (cfg.get("passive_experiencers") or ()) or lemma in argument_rules()["sides"]["experiencer_verbs"]


def _trigger_token(toks, seg, e: Event):
    return next((t for t in toks if seg.start + t.idx == e.trigger_start), None)


def _side_head(toks, seg, span: dict | None):
    """The head token of a side's span in this sentence (the token whose head lies outside the span), else None."""
    if not span:
        return None
    own = [t for t in toks if span["start"] <= seg.start + t.idx < span["end"]]
    ids = {t.i for t in own}
    return next((t for t in own if t.head.i not in ids or t.head.i == t.i), None)


def _complete(coder, seg, sent, toks, ok, cfg, ecfg, out: list[Event]) -> list[Event]:
    """A coder event with one side ("the Houthi offensive", "X imposed a ban"), completed by order from the
    entity tier's candidates: the missing target is the act word's counterpart (the object of a preposition it
    governs, its object), else the next actor after it; a missing source the by-agent, the act noun's possessor,
    else the nearest actor before it. Not for a negated, hypothetical or reciprocal event."""
    from dataclasses import replace

    from .coder import Arg

    for e in out:
        if (e.source is None) == (e.target is None) or e.symmetric or e.factuality in cfg["never_factuality"]:
            continue
        if e.plover_type in ecfg["never_types"]:
            continue
        trig = _trigger_token(toks, seg, e)
        kept_span = e.source_span if e.source is not None else e.target_span
        kept = e.source if e.source is not None else e.target
        head = _side_head(toks, seg, kept_span)
        if trig is None or head is None or kept is None or kept_span is None:
            continue
        pool, _fcfg = _pool(toks, trig, ok, cfg, True)
        pool = [(m, h) for m, h in pool if m.actor_id != kept.actor_id and not (kept_span["start"] <= m.start < kept_span["end"])]
        pool = [x for x in pool if _distinct(head, x[1])]
        if e.target is None:
            counter = [
                x for x in pool if _counterpart(x[1], trig, cfg) or (x[1].dep_ in ("dobj", "obj") and x[1].head.i == trig.i)
            ]
            later = sorted((x for x in pool if x[1].i > trig.i), key=lambda x: x[1].i)
            pick = (counter or later or [None])[0]
        else:
            owner = _possessor(pool, trig) if trig.pos_ == "NOUN" else None
            doers = sorted((x for x in pool if x[1].i < trig.i and not _counterpart(x[1], trig, cfg)), key=lambda x: -x[1].i)
            pick = _agent(pool, trig) or owner or (doers[0] if doers else None)
        if pick is None or fallback._path(pick[1], trig) > ecfg["max_path"]:
            continue
        if ecfg["clause_deps"] and not _same_clause(pick[1], trig, ecfg["clause_deps"]):
            continue  # "the offensive had stalled, although X held the pass": X is in a clause of its own
        arg = Arg(pick[0], pick[1])
        span = dict(coder._span_dict(arg, seg))
        span["how"], span["tier"] = MARK, "one_sided"
        party = coder.party(pick[0])
        fill = {"target": party, "target_span": span} if e.target is None else {"source": party, "source_span": span}
        eid = hashlib.sha256(f"{e.id}:{pick[0].actor_id}:{pick[0].start}".encode()).hexdigest()[:16]
        done = replace(e, id=eid, confidence=float(ecfg["confidence"]), **fill)
        if recorder is not None:
            recorder.append({"sent": sent, "trigger": trig, "tier": "one_sided", "event": done})
        return [done]
    return []


def _distinct(a, b) -> bool:
    """Two heads that name two sides, not one phrase nor one coordination ("the Houthi offensive on Marib")."""
    return a.i != b.i and not _conjuncts(a, b) and not _nested(a, b) and not _nested(b, a)


def _note(sent, why: str, trig=None) -> list:
    """No event: the reason goes to the recorder (a tuning script's), if any."""
    if recorder is not None:
        recorder.append({"sent": sent, "trigger": trig, "stop": why})
    return []


def _event(coder, seg, sent, ok, trig, typed, sides, article_id, date, fact, record) -> Event:
    from .coder import Arg, _when
    from .ontology import coding

    (sm, sh), (tm, th) = sides
    ents = [e for e in coder._ents if sent.start <= e.start < sent.end]
    country_toks = {i for i, m in ok.items() if m.kind == "country"}
    start, end = seg.start + trig.idx, seg.start + trig.idx + len(trig.text)
    common = {
        "sentence_start": seg.start + sent.start_char,
        "sentence_end": seg.start + sent.end_char,
        "location": coder._location(trig, [], ents, country_toks),
        "participants": [],
        "nominal": trig.pos_ in ("NOUN", "PROPN"),
        "n_pairs": 1,
        "symmetric": record["symmetric"],
    }
    when = _when(trig, sent, date, fact)
    e = coder._event(article_id, seg, sent, (start, end), coding(*typed), Arg(sm, sh), Arg(tm, th), common, when)
    entity = record.get("tier") == "entity"
    for span in (e.source_span, e.target_span):
        if span is not None:
            span["how"] = MARK
            if entity:
                span["tier"] = "entity"
    e.confidence = float(entity_rules()["confidence"] if entity else rules()["confidence"])
    record["event"] = e
    record["paths"] = (fallback._path(sh, trig), fallback._path(th, trig))
    return e
