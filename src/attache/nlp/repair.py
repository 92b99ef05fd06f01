"""Repairs of parse errors of the small English model that every later stage would inherit.

"Secretary Blinken and Foreign Minister Kuleba met in Poland": ``en_core_web_sm`` often makes the title ("Minister")
the conjunct of the first name and hangs the second name ("Kuleba") on the first as its apposition, so the two people
read as one ("Blinken, Kuleba") and the meeting has no partner. ``title_conjuncts`` re-attaches such a name as the
conjunct and its title as the name's compound, when the name follows the title directly and both hang from the same
word. "On Monday Ukraine asked NATO for help" (no comma after the day): the model reads "Monday Ukraine" as one name
under "on" and the verb has no subject, so the clause borrows one from elsewhere; ``day_subjects`` makes the name the
verb's subject and the day the object of "on". "Biden and Xi hope to meet": the head verb tagged a noun (and a second
name hung on it as a compound) is made the verb again, so that the wish or plan is read as one (``control_verbs``,
nineteenth session, h19control). "pledged the United States’ continued support": after a plural the typographic
apostrophe is read as a quote mark; the owner is made the possessor again (``curly_possessives``, h23apos). "Secretary
Blinken, I would like to thank ...": the name addressed is no second subject (``vocatives``, h24vocative). A change
that would move a sentence boundary or make a cycle is undone. Eighteenth session
(h18titles, h18days); written for attache.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, ORTH
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function the stubs leave out

# heads of titles written before a name ("Foreign Minister", "President", "Crown Prince", "Secretary-General")
TITLE_HEADS = frozenset(
    {
        "minister", "president", "secretary", "secretary-general", "chancellor", "premier", "king", "queen", "prince",
        "princess", "emir", "sheikh", "sultan", "ambassador", "envoy", "general", "governor", "senator", "chairman",
        "chairwoman", "chair", "commissioner", "mayor", "spokesman", "spokeswoman", "spokesperson", "leader", "director",
        "representative", "counselor", "adviser", "advisor", "coordinator", "commander", "admiral", "marshal", "judge",
        "chief", "deputy", "vice-president", "speaker", "pope", "patriarch", "cardinal", "archbishop", "ayatollah",
    }
)  # fmt: skip


DAY_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }
)  # fmt: skip


# verbs that take a "to" infinitive, which the small model tags as nouns at the head of a sentence ("Biden and Xi
# hope to meet", "Secretary Blinken and Foreign Minister Tileuberdi plan to stay in contact")
CONTROL_VERBS = frozenset(
    {
        "plan", "plans", "hope", "hopes", "intend", "intends", "aim", "aims", "expect", "expects", "seek", "seeks",
        "wish", "wishes", "need", "needs", "want", "wants", "agree", "agrees", "promise", "promises", "pledge",
        "pledges", "vow", "vows", "decide", "decides", "continue", "continues", "refuse", "refuses", "threaten",
        "threatens", "try", "tries",
    }
)  # fmt: skip


def repair_parse(doc: Any) -> int:
    """Every repair of this module on one parsed Doc; returns how many arcs were changed."""
    return (
        title_conjuncts(doc) + day_subjects(doc) + control_verbs(doc) + portfolio_names(doc) + under_titles(doc)
        + lead_ups(doc)
        + curly_possessives(doc) + vocatives(doc) + channel_partners(doc) + passive_agents(doc)
        + day_ofs(doc) + striking_people(doc) + participle_objects(doc) + named_subjects(doc) + over_particles(doc)
        + subjunctive_subjects(doc) + joint_verb_lemmas(doc) + good_wishes(doc) + place_list_subjects(doc)
    )  # fmt: skip


def place_list_subjects(doc: Any) -> int:
    """ "In Paris, France, Assistant Secretary Lewis will co-chair ...": after a fronted place written with its
    country, the small model reads the person as a third place in the list ("Paris, France, Lewis") and the verb has
    no subject. A proper-noun conjunct of the object of a preposition hung on the verb, joined by a comma only (no
    "and"/"or"), named as a person, and followed directly by the verb (or its auxiliaries) of a clause with no subject
    is made that verb's subject (h45placelist)."""
    fixed = 0
    for name in _where(doc, DEP, ("conj",)):
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        first = first_conjunct(name)
        prep = first.head
        verb = prep.head
        if first.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i <= name.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(c.dep_ == "cc" for c in name.head.children):
            continue  # "in Paris and London": a list of places joined by "and"
        nxt = name.right_edge.i + 1
        while nxt < verb.i and doc[nxt].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[nxt].head.i == verb.i:
            nxt += 1
        if nxt != verb.i:
            continue
        fixed += _reattach(doc, [(name, verb, "nsubj")])
    return fixed


# the adjectives of a greeting's "wishes" ("Best wishes to the people of Belgium", "Warmest wishes to ...")
GOOD_WISH_WORDS = frozenset(
    {"best", "good", "warm", "warmest", "warmer", "sincere", "sincerest", "heartfelt", "kind", "kindest", "festive", "fond"}
)  # fmt: skip


def good_wishes(doc: Any) -> int:
    """ "Best wishes to the people of Belgium on the occasion of your National Day": a greeting with no verb, which the
    small model reads as a verb "wishes" with "Best" as its adverb (or subject). When the word before "wishes" opens
    the sentence (or follows only a possessive, "My warmest wishes") and is a good-wish adjective, and "wishes" has a
    "to" phrase and no other subject, "wishes" is made the plural noun it is and the adjective its modifier (h45wish)."""
    fixed = 0
    for tok in _where(doc, LOWER, ("wishes",)):
        if tok.lower_ != "wishes" or tok.pos_ != "VERB" or tok.i == 0:
            continue
        adj = doc[tok.i - 1]
        if adj.lower_ not in GOOD_WISH_WORDS or adj.head.i != tok.i:
            continue
        opening = adj.i == adj.sent.start or (adj.i - 1 == adj.sent.start and doc[adj.i - 1].tag_ == "PRP$")
        if not opening:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.i != adj.i and c.i != adj.i - 1 for c in tok.children):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            continue
        moves = [(adj, tok, "amod")]
        if adj.i - 1 == adj.sent.start and doc[adj.i - 1].tag_ == "PRP$":
            moves.append((doc[adj.i - 1], tok, "poss"))
        if _reattach(doc, moves):
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", "wish"
            adj.pos_, adj.tag_, adj.lemma_ = "ADJ", "JJS" if adj.lower_.endswith("est") else "JJ", adj.lower_
            fixed += 1
    return fixed


def joint_verb_lemmas(doc: Any) -> int:
    """ "co-hosted", "co-chairing" (one token since h44co): the lemmatizer's rules make "co-hoste", "co-chaire" of them;
    each form gets its verb's lemma ("co-host"). Returns how many were set (no arc is changed)."""
    from . import joint_verb_forms  # the package imports this module: read when the pass runs

    forms = joint_verb_forms()
    fixed = 0
    for tok in _where(doc, LOWER, forms):
        lemma = forms.get(tok.lower_)
        if lemma is not None and tok.lemma_ != lemma:
            tok.lemma_ = lemma
            fixed += 1
    return fixed


# the channels a call or a talk goes over ("by telephone", "via video link", "over the phone")
CHANNEL_NOUNS = frozenset(
    {"telephone", "phone", "videoconference", "video-conference", "teleconference", "link", "videolink", "conference", "call"}
)  # fmt: skip


# words after which an "of" phrase is the day's own ("on Friday of last week", "on the 3rd of May")
TIME_OF_WORDS = frozenset({"week", "month", "year", "weekend", "morning", "evening", "night", "day", "session", "term"})


def day_ofs(doc: Any) -> int:
    """ "Greece's condemnation on Friday of Turkey", "Russia's veto on Wednesday of a draft": wire copy puts the day
    between an act noun and its "of" phrase, and the model hangs "of Turkey" on the day. An "of" under a weekday that
    is the object of "on", whose own object is no time word, is made the noun's (thirty-first session, h31dayof)."""
    fixed = 0
    for of in _where(doc, LOWER, ("of",)):
        if of.lower_ != "of" or of.dep_ != "prep":
            continue
        day = of.head
        if day.lower_ not in DAY_WORDS or day.dep_ != "pobj" or day.head.lower_ != "on":
            continue
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        noun = day.head.head
        if obj is None or obj.lower_ in TIME_OF_WORDS or obj.like_num or obj.lower_ in DAY_WORDS or noun.pos_ != "NOUN":
            continue
        fixed += _reattach(doc, [(of, noun, "prep")])
    return fixed


# participles that wire copy puts before a plural of people as an adjective ("the demands of striking shipyard workers",
# "gave in to striking coal miners", "fired on protesting students")
PEOPLE_PARTICIPLES = frozenset({"striking", "protesting", "demonstrating", "rioting", "fleeing"})


def striking_people(doc: Any) -> int:
    """ "accepted the demands of striking shipyard workers": after a preposition the model reads the participle as a
    gerund with the people as its object ("of [striking the workers]"), so the workers are struck and the demands
    have no owner. A participle of ``PEOPLE_PARTICIPLES`` that is a preposition's clause, with a plural noun object
    right after it (only its compounds and adjectives between), is made that noun's adjective and the noun the
    preposition's object; the participle's own prepositional phrases go to the noun (thirty-second session,
    h32striking)."""
    fixed = 0
    for part in _where(doc, LOWER, PEOPLE_PARTICIPLES):
        if part.lower_ not in PEOPLE_PARTICIPLES or part.dep_ != "pcomp" or part.head.dep_ != "prep":
            continue
        obj = next((c for c in part.children if c.dep_ == "dobj"), None)
        if obj is None or obj.tag_ != "NNS" or any(c.dep_ not in ("dobj", "prep") for c in part.children):
            continue
        if any(doc[i].head.i != obj.i or doc[i].dep_ not in ("compound", "amod") for i in range(part.i + 1, obj.i)):
            continue
        preps = [(c, obj, "prep") for c in part.children if c.dep_ == "prep"]  # "in Gdansk": the workers' place
        fixed += _reattach(doc, [(obj, part.head, "pobj"), (part, obj, "amod"), *preps])
    return fixed


# verbs of perception and showing, whose "people doing something" is what is perceived, a clause of its own
PERCEPTION_VERBS = frozenset(
    {
        "show", "see", "hear", "watch", "find", "notice", "observe", "spot", "catch", "film", "photograph", "picture",
        "depict", "feel", "imagine", "remember", "describe", "report", "record", "capture", "leave", "keep", "get",
    }
)  # fmt: skip


def participle_objects(doc: Any) -> int:
    """ "settlers attacked Palestinian farmers harvesting olives": the model reads the people and their participle as
    the verb's clause ("attacked [farmers harvesting olives]"), so the attack has no object. A verb with no object
    whose clausal complement is an -ing participle, with no "that" or "whether", whose subject (a noun, not a pronoun)
    follows the verb directly (only its determiners, adjectives and compounds between): the subject is made the verb's
    object and the participle the object's modifier (thirty-second session, h32gerund)."""
    fixed = 0
    for verb in _heads_of(doc, "ccomp"):
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        if verb.lemma_.lower() in PERCEPTION_VERBS:
            continue  # "footage shows rescuers using diggers", "heard people shouting": what is seen is a clause
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i), None)
        if comp is None or any(c.dep_ in ("mark", "aux", "auxpass") for c in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > comp.i:
            continue
        left = min(t.i for t in subj.subtree)
        if left != verb.i + 1 or any(doc[i].head.i != subj.i for i in range(left, subj.i)):
            continue
        fixed += _reattach(doc, [(subj, verb, "dobj"), (comp, subj, "acl")])
    return fixed


# verbs that take a "that" clause with a bare (subjunctive) verb ("demanded that Eritrea stop")
DEMAND_THAT_VERBS = frozenset({"demand", "urge", "ask", "request", "insist", "require", "propose", "recommend"})


def subjunctive_subjects(doc: Any) -> int:
    """ "demanded that Eritrea stop bombing", "demanded that Prime Minister Khaleda Zia resign": after "that" the model
    reads the name and the bare verb as one noun phrase (the name a compound of the verb, the verb sometimes tagged a
    noun), so the demanded clause has no subject. In the "that" clause of a verb of demanding whose head has no
    subject and has proper-noun compounds before it, the last of them is made the clause's subject (the others its
    compounds) and the head a bare verb (thirty-second session, h32subjunctive)."""
    fixed = 0
    for verb in doc:
        if verb.lemma_.lower() not in DEMAND_THAT_VERBS or verb.pos_ != "VERB":
            continue
        for comp in verb.children:
            if comp.dep_ != "ccomp" or comp.i < verb.i:
                continue
            kids = list(comp.children)
            if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
                if comp.pos_ == "NOUN" and comp.tag_ == "NN" and not any(c.dep_ == "det" for c in kids):
                    comp.pos_, comp.tag_ = "VERB", "VB"  # "that Prime Minister Khaleda Zia resign": the verb tagged a noun
                    fixed += 1
                continue
            names = [c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < comp.i]
            if not names or names[-1].i != comp.i - 1:
                continue
            name = names[-1]
            moves = [(name, comp, "nsubj"), *((c, name, "compound") for c in names[:-1])]
            if _reattach(doc, moves):
                comp.pos_, comp.tag_ = "VERB", "VB"
                fixed += 1
    return fixed


def over_particles(doc: Any) -> int:
    """ "Taiwan handed over 20 fishing boats to X": right after "hand" or "turn", the model reads "over 20" as "more than
    20" and the verb loses its particle. An "over" that directly follows such a verb and modifies a number is made the
    verb's particle (thirty-second session, h32handover)."""
    fixed = 0
    for over in _where(doc, LOWER, ("over",)):
        if over.lower_ != "over" or over.dep_ != "quantmod" or over.i == 0:
            continue
        verb = doc[over.i - 1]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("hand", "turn"):
            continue
        fixed += _reattach(doc, [(over, verb, "prt")])
    return fixed


def named_subjects(doc: Any) -> int:
    """ "The militant group Hamas fired rockets at Israel": the model gives the verb two subjects, the description and
    the name right after it. A name (a proper noun) that is a verb's second subject and follows the first subject, a
    common noun, directly is made that noun's apposition (thirty-second session, h32named)."""
    fixed = 0
    for verb in _heads_of(doc, "nsubj"):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2:
            continue
        first, name = subjects
        if first.pos_ != "NOUN" or name.pos_ != "PROPN" or max(t.i for t in first.subtree) + 1 != min(t.i for t in name.subtree):
            continue
        fixed += _reattach(doc, [(name, first, "appos")])
    return fixed


def passive_agents(doc: Any) -> int:
    """ "Kosovo was recognised as an independent state by Japan": the model hangs "by Japan" on the "as" phrase's noun,
    so the passive has no agent and the act no doer. A "by" under the object of "as" of a passive verb with no agent
    of its own is made that verb's agent (thirty-first session, h31passive); so is a "by" with a name, hung on a noun
    that names its own owner ("was granted $40 million in aid for its fight against traffickers by the United States":
    "its fight" is no fight by the United States), up to three phrases below the verb (h39agent)."""
    fixed = 0
    for by in _where(doc, LOWER, ("by",)):
        if by.lower_ != "by" or by.dep_ != "prep":
            continue
        noun = by.head
        if noun.dep_ != "pobj":
            continue
        if noun.head.lower_ == "as":
            verb = noun.head.head
        elif _owned_noun(noun) and _party_word(by):
            # "Colombia was granted $40 million in military aid for its fight against drug traffickers by the United
            # States", "granted a loan for its budget by Japan": the noun has its own doer ("its"), so the "by" phrase
            # is the passive's, the verb the noun's phrase hangs from (h39agent)
            verb = _verb_above(noun)
            if verb is None:
                continue
        else:
            continue
        kids = {c.dep_ for c in verb.children}
        if verb.tag_ != "VBN" or "auxpass" not in kids or "agent" in kids:
            continue
        fixed += _reattach(doc, [(by, verb, "agent")])
    return fixed


def _owned_noun(noun: Any) -> bool:
    """Does the noun name its own owner or doer ("its fight", "Iraq's war")?"""
    return any(c.dep_ == "poss" for c in noun.children)


def _verb_above(noun: Any) -> Any:
    """The verb a noun's chain of prepositional phrases and objects hangs from, at most three phrases up; None."""
    t = noun
    for _ in range(3):
        if t.dep_ not in ("pobj", "dobj") or t.head.i == t.i:
            return None
        up = t.head
        if up.pos_ in ("VERB", "AUX"):
            return up
        if up.dep_ in ("prep", "dative"):
            up = up.head
            if up.pos_ in ("VERB", "AUX"):
                return up
        t = up
    return None


def _party_word(by: Any) -> bool:
    """Is the object of "by" a name (a party), not a thing or a way ("by phone", "by 2030")?"""
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


def channel_partners(doc: Any) -> int:
    """ "Yeltsin had spoken by telephone with Kohl": the model hangs "with Kohl" on the channel noun ("telephone"),
    so the verb has no partner and the call is lost. A "with" under a channel noun that is the object of "by", "via"
    or "over" is made the verb's own (thirty-first session, h31channel; a class of wire leads and readouts)."""
    fixed = 0
    for with_ in _where(doc, LOWER, ("with",)):
        if with_.lower_ != "with" or with_.dep_ != "prep":
            continue
        channel = with_.head
        if channel.lower_ not in CHANNEL_NOUNS or channel.dep_ != "pobj":
            continue
        prep = channel.head
        if prep.lower_ not in ("by", "via", "over") or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        fixed += _reattach(doc, [(with_, prep.head, "prep")])
    return fixed


# the pronouns whose clause a name opening the sentence before a comma may address ("Secretary Blinken, I would like")
VOCATIVE_SUBJECTS = frozenset({"i", "we", "you"})
# an imperative's verb ("let me convey ...") or the word that marks one ("please, send ...")
IMPERATIVE_WORDS = frozenset({"let", "please"})


def vocatives(doc: Any) -> int:
    """ "Secretary Blinken, in this context, I would like to thank the United States": the model makes the name that
    opens the sentence (or a transcript turn, after its cue's colon) and is set off by a comma a second subject of the
    verb beside the speaker's "I", and the one addressed became the thanker. The name is labelled ``vocative`` (no side
    of the verb; the actors stage marks it as spoken to) when its verb has a second subject "I", "we" or "you", or is
    an imperative ("let", or with "please": "Minister Lapid, colleagues, let me convey ...", "Tony, please, send
    ..."). Twenty-fourth session (h24vocative); about 40 sentences of the demo corpus open with a name addressed so,
    most of them in interview and meeting transcripts."""
    fixed = 0
    for verb in _heads_of(doc, "nsubj"):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        # "Minister Lapid, colleagues, let me convey ...", "Tony, please, send ...": an imperative has no subject
        # (not any base form: "I'll say this: Secretary Blinken, X and others speak with ..." is a subject)
        imperative = (
            verb.tag_ == "VB"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and (verb.lemma_.lower() in IMPERATIVE_WORDS or any(c.lower_ in IMPERATIVE_WORDS for c in verb.children))
        )
        if not imperative and (len(subjects) < 2 or subjects[-1].lower_ not in VOCATIVE_SUBJECTS):
            continue
        name = subjects[0]
        left = min([c.left_edge.i for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name.i])
        opens = left == name.sent.start or doc[left - 1].text == ":"  # also after a turn's cue ("SHOUKRY: Minister Lapid, ...")
        if name.pos_ != "PROPN" or not opens or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
            continue
        name.dep_ = "vocative"
        fixed += 1
    return fixed


# modifiers that may stand between a possessive and the noun it owns ("the United States’ continued strong support")
OWNED_MODIFIERS = frozenset({"amod", "compound", "advmod", "nummod", "npadvmod", "quantmod"})


def curly_possessives(doc: Any) -> int:
    """ "pledged the United States’ continued support for X": after a plural ending in "s" the small model reads the
    typographic apostrophe as a quote mark and makes the owner and the owned noun two objects of the verb, so the owner
    reads as the one supported (it parses the straight "States' continued support" right). The owner is made the
    possessor of the noun and the apostrophe its case marker, when both hang from the same word and only the noun's
    own modifiers stand between them; not after an opening quote mark of the sentence (a closing quote).
    Twenty-third session (h23apos); about 670 apostrophes after a word ending in "s" in the State Department demo texts."""
    fixed = 0
    for q in _where(doc, ORTH, ("\u2019",)):
        if q.text != "\u2019" or q.dep_ == "case" or q.i == 0 or q.i + 1 >= len(doc):
            continue
        owner = doc[q.i - 1]
        if not owner.lower_.endswith("s") or owner.pos_ not in ("NOUN", "PROPN") or owner.dep_ in ("poss", "compound"):
            continue
        if any(t.text == "\u2018" for t in doc[q.sent.start : q.i]):
            continue  # a closing quote: "‘the ... of abuses’ and"
        k = q.i + 1
        while k < len(doc) and doc[k].dep_ in OWNED_MODIFIERS and doc[k].pos_ != "PROPN":
            k += 1
        if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
            continue
        owned = doc[k]
        if any(doc[j].head.i != owned.i and doc[j].head.head.i != owned.i for j in range(q.i + 1, k)):
            continue  # what stands between is not the owned noun's own
        if owner.head.i != owned.head.i or owned.i == owned.head.i:
            continue
        fixed += _reattach(doc, [(owner, owned, "poss"), (q, owner, "case")])
    return fixed


# nouns of the time before something written with "up to" ("in the lead up to the NATO Summit", "the run-up to")
LEAD_UP_NOUNS = frozenset({"lead", "run", "build", "ramp"})


def lead_ups(doc: Any) -> int:
    """ "discussed NATO unity in the lead up to the NATO Summit": the model hangs "up" on the verb as its particle
    and "to the NATO Summit" on the verb, so the summit reads as whom it was discussed with. "up" and "to" are made
    the noun's ("the lead up to X": a time, not a party; 23 sentences of the demo corpus; h22leadup)."""
    fixed = 0
    for noun in _where(doc, LOWER, LEAD_UP_NOUNS):
        if noun.lower_ not in LEAD_UP_NOUNS or noun.pos_ != "NOUN" or noun.i + 2 >= len(doc):
            continue
        k = noun.i + 1
        if doc[k].text in ("-", "‑"):
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ != "up" or doc[k + 1].lower_ != "to":
            continue
        up, to = doc[k], doc[k + 1]
        if to.head.i == noun.i or to.head.i == up.i:
            continue
        fixed += _reattach(doc, [(up, noun, "advmod"), (to, noun, "prep")])
    return fixed


def under_titles(doc: Any) -> int:
    """ "Under Secretary Zeya will travel to Windhoek": the model reads the title's "Under" as a preposition, the name
    as its object and the verb has no subject (50 sentences of the State Department demo corpus open so). "Under" is
    made the compound of "Secretary" and the name the verb's subject when the verb has none; with a subject of its own
    ("Under Secretary Nuland met ...", parsed right but for "Under") only "Under" is re-attached (h21under)."""
    fixed = 0
    for under in _where(doc, ORTH, ("Under",)):
        if under.text != "Under" or under.dep_ != "prep" or under.i + 1 >= len(doc):
            continue
        title = doc[under.i + 1]
        if title.lower_ not in ("secretary", "secretary-general"):
            continue
        verb = under.head
        climbed = verb.pos_ not in ("VERB", "AUX") and under.i > 0 and doc[under.i - 1].text == ","
        if climbed:
            # "On behalf of Secretary Blinken, Under Secretary Nuland will join ...": hung on the name before the
            # comma; the clause's verb is the first verb above it (h44under)
            verb = next((a for a in under.ancestors if a.pos_ in ("VERB", "AUX")), verb)
        name = next((c for c in under.children if c.dep_ == "pobj"), None)
        if name is not None and title.head.i == name.i:
            if (
                verb.pos_ not in ("VERB", "AUX")
                or (climbed and verb.i < name.i)
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            ):
                continue
            fixed += _reattach(doc, [(name, verb, "nsubj"), (under, title, "compound")])
        elif name is None and title.head.dep_ in ("nsubj", "nsubjpass") and title.head.head.i == verb.i:
            fixed += _reattach(doc, [(under, title, "compound")])  # "Under Secretary Nuland met ...": the subject is right
    return fixed


def control_verbs(doc: Any) -> int:
    """ "Biden and Xi hope to meet", "X and Foreign Minister Y plan to stay in contact": a sentence's head tagged a
    noun that has a subject and a "to" infinitive is the verb it spells (``CONTROL_VERBS``: its tag, so that the
    wish or plan is read as one); a name hung on it as a compound after a subject that ends in "and" is that
    subject's conjunct (nineteenth session, h19control)."""
    fixed = 0
    for tok in _where(doc, DEP, ("ROOT",)):
        if tok.dep_ != "ROOT" or tok.tag_ not in ("NN", "NNS") or tok.lower_ not in CONTROL_VERBS:
            continue
        kids = list(tok.children)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        inf = next((c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)), None)
        if subj is None or inf is None:
            continue
        tok.tag_, tok.pos_ = ("VBZ" if tok.lower_.endswith("s") else "VBP"), "VERB"
        fixed += 1
        ends_and = any(c.dep_ == "cc" for c in subj.children) and not any(c.dep_ == "conj" for c in subj.children)
        name = next((c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > subj.i), None)
        if ends_and and name is not None:
            starts = [s.start for s in doc.sents]
            name.head, name.dep_ = subj, "conj"
            if _moved(doc, starts):
                name.head, name.dep_ = tok, "compound"
                continue
            fixed += 1
    return fixed


def first_conjunct(tok: Any) -> Any:
    """The first item of the coordination ``tok`` is an item of ("Paris, France" -> Paris; "delivered to Antigua and
    Barbuda, ..., St. Vincent": the parser chains each item under the one before), ``tok`` itself when it is none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _where(doc: Any, attr: int, values) -> list[Any]:
    """The tokens whose ``attr`` (spaCy's LOWER, ORTH or DEP) is one of ``values``, in order, found in the doc's
    arrays: each repair is about a few words or labels, and a Python loop over every token of every paragraph made
    the passes a seventh of the analysis (thirty-sixth session). Callers still test each token as before; the
    list is taken when the pass starts (a pass never gives a later token the word or label it looks for)."""
    if not len(doc):
        return []
    col = doc.to_array(attr)
    keys = np.fromiter((_key(doc, v) for v in values), dtype=np.uint64)
    return [doc[int(i)] for i in np.flatnonzero(np.isin(col, keys))]


def _key(doc: Any, value: str) -> int:
    """The number spaCy's arrays hold for a string: a symbol's id for its own labels ("nsubj", "ROOT"), else the
    string's hash."""
    try:
        return int(doc.vocab.strings[value])
    except KeyError:
        return int(hash_string(value))


def _heads_of(doc: Any, dep: str) -> list[Any]:
    """The tokens that head at least one token labelled ``dep``, in order (a pass over the verbs with a subject or
    a clause complement; the passes only take such labels away)."""
    if not len(doc):
        return []
    arr = doc.to_array([DEP, HEAD])
    rows = np.flatnonzero(arr[:, 0] == np.uint64(_key(doc, dep)))
    heads = sorted({int(i) + int(np.int64(arr[i, 1])) for i in rows})
    return [doc[i] for i in heads]


def _reattach(doc: Any, moves: list[tuple[Any, Any, str]]) -> bool:
    """Give each token of ``moves`` its new (head, dep); undo them all (in reverse) when they make a cycle or a
    sentence boundary moved. Returns whether the change stands."""
    starts = [s.start for s in doc.sents]
    before = [(tok, tok.head, tok.dep_) for tok, _head, _dep in moves]
    for tok, head, dep in moves:
        tok.head, tok.dep_ = head, dep
    # moves that make a cycle (a token above its own head: "in the lead-up to this meeting" once did) leave a tree
    # spaCy cannot read; they are undone as a moved sentence boundary is (checked first: ``doc.sents`` needs a tree)
    if not any(_in_cycle(tok) for tok, _head, _dep in moves) and not _moved(doc, starts):
        return True
    for tok, head, dep in reversed(before):
        tok.head, tok.dep_ = head, dep
    return False


def _in_cycle(tok: Any) -> bool:
    """Does following the heads up from ``tok`` come back to it before the root?"""
    t = tok
    for _ in range(len(tok.doc)):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == tok.i:
            return True
    return True


def _moved(doc: Any, starts: list[int]) -> bool:
    return [s.start for s in doc.sents] != starts


def day_subjects(doc: Any) -> int:
    """ "On Monday Ukraine asked ...": the name after the day, parsed as the object of "on" with the day as its
    compound, is the subject of the verb "on" hangs from, when that verb has no subject of its own."""
    fixed = 0
    for name in _where(doc, DEP, ("pobj",)):
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.lower_ in DAY_WORDS or name.ent_type_ in ("DATE", "TIME"):
            continue
        prep, day = name.head, doc[name.i - 1] if name.i > 0 else None
        verb = prep.head
        if day is None or day.head.i != name.i or day.dep_ != "compound" or day.lower_ not in DAY_WORDS:
            continue
        if (
            prep.lower_ != "on"
            or verb.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        if any(c.i < day.i for c in name.children):  # "on the Monday Ukraine ...": not a day and a name side by side
            continue
        fixed += _reattach(doc, [(day, prep, "pobj"), (name, verb, "nsubj")])
    return fixed


# words inside a title's portfolio before the holder's name ("Minister of State for Middle East, North Africa and North
# America James Cleverly"), besides capitalised ones
PORTFOLIO_WORDS = frozenset({"of", "for", "and", "the", ",", "&"})
PORTFOLIO_SPAN = 14  # at most this many words from the title to the name's last word


def portfolio_names(doc: Any) -> int:
    """ "spoke with ... and UK Minister of State for Middle East, North Africa and North America James Cleverly": the
    model reads the name as the last conjunct of the portfolio's list, under the title's "for" phrase, so the person is
    no party of the sentence. The name (the last word of a PERSON entity after the title, past a "for", over
    capitalised words, commas and joiners only) takes the title's place and the title becomes its compound, as the
    actor resolver reads the title zone (h37title). Returns how many were re-attached."""
    fixed = 0
    for title in _where(doc, LOWER, TITLE_HEADS):
        if title.pos_ != "PROPN" or title.dep_ in ("compound", "ROOT") or title.lower_ not in TITLE_HEADS:
            continue
        name = None
        linked = None  # the portfolio's "for"
        for k in range(title.i + 1, min(len(doc), title.i + PORTFOLIO_SPAN + 1)):
            t = doc[k]
            if t.lower_ in TITLE_HEADS and doc[k - 1].lower_ in ("and", ","):
                break  # "... and Special Envoy X": another person's title
            if t.lower_ == "for" and linked is None:
                linked = t  # a portfolio ("for Middle East, North Africa and North America"), not "President of
                # Russia and Head of the LPR Leonid Pasechnik" (two persons)
            if t.ent_type_ == "PERSON" and linked is not None and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I"):
                name = t
                break
            if not (t.is_title or t.is_upper or t.lower_ in PORTFOLIO_WORDS):
                break
        if name is None or linked is None or not any(a.i in (title.i, linked.i) for a in name.ancestors):
            continue  # no name after the portfolio, or the name already heads the phrase (under the title or its "for")
        fixed += _reattach(doc, [(name, title.head, title.dep_), (title, name, "compound")])
    return fixed


def title_conjuncts(doc: Any) -> int:
    """Re-attach the names parsed as appositions of the first conjunct after a title conjunct ("A and Title B");
    returns how many were re-attached."""
    fixed = 0
    for title in _where(doc, LOWER, TITLE_HEADS):
        if title.dep_ != "conj" or title.pos_ != "PROPN" or title.lower_ not in TITLE_HEADS:
            continue
        first = title.head
        name = next(
            (
                t
                for t in first.children
                if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > title.i and t.left_edge.i == title.i + 1
            ),
            None,
        )
        if name is None:
            continue
        fixed += _reattach(doc, [(name, first, "conj"), (title, name, "compound")])  # undone if a boundary moves
    return fixed
