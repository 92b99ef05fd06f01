"""Is the event asserted, reported, planned, negated, hypothetical, demanded or asked (a question)?

Reads the dependency parse around the trigger; returns the label and the cue
word that decided it. Cue words live in ``data/cues.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def cues() -> dict:
    raw = yaml.safe_load(resources.files("attache.events").joinpath("data/cues.yaml").read_text("utf-8"))
    return _with_typographic(raw)


def _with_typographic(value):
    """Every word of the cue lists with an apostrophe also in its typographic form: published prose writes "We’ll",
    "don’t", "I’d" (spaCy's token "’ll"), and the lists are written with "'" ("'ll", "n't", "'d")."""
    if isinstance(value, dict):
        return {k: _with_typographic(v) for k, v in value.items()}
    if isinstance(value, list):
        out = [_with_typographic(v) for v in value]
        return out + [v.replace("'", "’") for v in out if isinstance(v, str) and "'" in v]
    return value


@lru_cache(maxsize=1)
def domains() -> tuple[str, ...]:
    """The domains the event coder assigns: those of its cue lists and its two fall-backs (sorted)."""
    return tuple(sorted({*cues()["domains"], "diplomacy", "other"}))


def _before_colon(clause) -> bool:
    """Is ``clause`` a complement the parser hung under a clause that follows it after a colon ("X reflects a lesson:
    neither can go it alone")? The clause before a colon is the sentence's own statement, the one after it explains
    it; a complement that follows its verb ('he said: "we will sign"') is not one (h24colon)."""
    head = clause.head
    return clause.i < head.i and any(t.text == ":" for t in clause.doc[clause.right_edge.i + 1 : head.i + 1])


#: what a denial told after an accusation denies when the parser made it the subject ("Peru accused Chile of
#: violating its airspace, a charge Santiago denied": "charge" and "Santiago" both subjects of "denied"; h30denied)
CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "report"})


def _appended_denial(clause, verb) -> bool:
    """The parser hung a whole clause as the complement of a verb of denial told after it with an object of its own
    ("Kyiv accused Moscow of using chemical weapons, a charge the Kremlin denied": "accused" a ccomp of "denied", whose
    object is "charge"): the clause is told, what is denied is the object."""
    return (
        clause.dep_ == "ccomp"
        and clause.i < verb.i
        and any(
            clause.i < ch.i < verb.i and (ch.dep_ in ("dobj", "obj") or (ch.dep_ == "nsubj" and ch.lemma_.lower() in CLAIM_NOUNS))
            for ch in verb.children
        )
    )


def _dissuaded(trigger, c: dict) -> str | None:
    """The preposition ("against", "from") of a verb of warning or keeping (cues ``dissuading``) whose object the
    trigger is, or heads: "warned X against providing aid", "prevented Y from attacking"; else None."""
    table = c.get("dissuading") or {}
    t = trigger
    if t.dep_ == "dobj" and t.head.tag_ == "VBG" and t.head.dep_ == "pcomp":
        t = t.head  # "against providing military aid": the noun of the gerund's object
    prep = t.head
    if t.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in table:
        return None
    return prep.text if prep.head.lemma_.lower() in table[prep.lower_] else None


def _chain(token, limit: int = 4):
    """The trigger and the verbs it hangs from (xcomp/ccomp/conj/acl), nearest first. A relative clause is a
    statement about its noun, told as fact or with its own modal ("the journalists who are detained", "the
    country that could attack"): the plan, demand or condition of the clause around the noun does not reach into
    it ("we will press for the release of the journalists who are detained": the detention is asserted), so the
    chain stops at a finite relative clause's verb (an infinitive one, "reason for him to return", lies ahead)."""
    seen = [token]
    t = token
    while t.head.i != t.i and len(seen) <= limit:
        if _past_time_clause(t):
            break  # "... will bring costs since Russia launched its invasion": the time clause is told as fact
        if t.dep_ == "pcomp" and t.head.lower_ in cues()["factuality"].get("concessive_preps", ()):
            break  # "Despite commuting his sentence, Iran still refuses to ...": what "despite" names is given (h43despite)
        if t.dep_ == "ccomp" and _before_colon(t):
            break  # "X's pledge reflects a lesson: neither can go it alone": the clause before the colon is told
        if t.dep_ == "conj" and (outer := misjoined(t)) is not None:
            t = outer  # "agreed X must be respected, condemned ...": "condemned" goes with "agreed", not the modal
            seen.append(t)
        elif t.dep_ == "relcl" and infinitive(t):
            t = t.head  # "reason for him to return", "a plan to visit": an infinitive relative is prospective
            seen.append(t)
        elif t.dep_ == "dep" and infinitive(t) and t.head.dep_ == "xcomp":
            t = t.head  # "to honor its obligations, to immediately cease ...": a loose infinitive continues the one above
            seen.append(t)
        elif t.dep_ in (
            "xcomp",
            "ccomp",
            "conj",
            "acl",
            "advcl",
            "dobj",
            "pobj",
            "prep",
            "nsubj",
            "nsubjpass",
            "attr",
            "appos",
            "compound",
            "acomp",
            "oprd",
            "pcomp",
        ):
            t = t.head
            seen.append(t)
        else:
            break
    return seen


def _sibling(chain, k: int) -> bool:
    """Is ``chain[k]`` a verb the one before it in the chain is a finite conjunct of ("urged Russia to de-escalate and
    condemned the attack", "agreed on a ceasefire and condemned ...")? A conjunct with its own tense is told beside
    that verb, not under it: the verb's plan, demand or refusal is not its own (h17conj). An infinitive's conjunct
    ("agreed to withdraw and sign") has no tense of its own and stays under the verb."""
    prev = chain[k - 1]
    if prev.dep_ != "conj" or prev.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if prev.tag_ == "VBP" and infinitive(prev.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in prev.children):
        return False  # "to cease this bloodshed, withdraw its troops": a bare infinitive the parser tagged present (h27demand)
    outer = misjoined(prev)
    return prev.head.i == chain[k].i or (outer is not None and outer.i == chain[k].i)


def misjoined(verb):
    """The verb a past-tense conjunct belongs with when the parser joined it to a present-tense verb of a clause
    inside that verb's object or complement ("Blinken reiterated concerns that Russia has the capacity ... and
    emphasized the need ...": "emphasized" goes with "reiterated", not "has"); conjoined verbs share their tense. The
    same for a clause with a modal ("agreed X must be respected, condemned ...") and for an infinitive ("refused to
    withdraw and attacked the city": "attacked" goes with "refused"). None when the tenses agree or no past verb
    governs the clause."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" and infinitive(head):
        # "Russia refused to withdraw and attacked the city": a past verb is no conjunct of an infinitive
        outer = head.head
        return outer if outer.tag_ == "VBD" and outer.i < verb.i else None
    # a clause with a modal ("agreed Ukraine's sovereignty must be respected, condemned ...") has no past either
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or not (head.tag_ in ("VBZ", "VBP") or modal):
        return None
    if head.dep_ not in ("acl", "ccomp", "relcl"):
        return None
    if not modal and not any(c.dep_ == "mark" or c.tag_ == "WDT" for c in head.children):
        return None
    outer = head.head
    for _hop in range(3):
        if outer.pos_ in ("VERB", "AUX") or outer.head.i == outer.i:
            break
        outer = outer.head
    return outer if outer.tag_ == "VBD" and outer.i < verb.i else None


def _past_time_clause(verb) -> bool:
    """A clause of time told in the past ("since Russia launched its invasion on February 24", "after the army
    shelled the town", "when X has attacked Y"): it says when, as fact; the modal, plan or demand of the clause it
    hangs from does not reach into it (audit 2026-12-02f, n4: an invasion coded planned from "will bring")."""
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    marks = cues()["factuality"].get("past_clause_marks", ())
    mark = next((ch.lower_ for ch in verb.children if ch.dep_ == "mark" and ch.lower_ in marks), None)
    if mark is None:
        return False
    if verb.tag_ == "VBD":
        return not any(ch.dep_ in ("aux", "auxpass") and ch.tag_ == "MD" for ch in verb.children)
    # a perfect is past only after "since" ("since X has attacked Y"); "we will meet after X has signed" lies ahead
    perfect = cues()["factuality"]["told_by_speaker"]["perfect"]
    return mark == "since" and verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ in perfect for ch in verb.children)


TERMINAL = {".", "!", "?"}
CLOSERS = {'"', "”", "’", "'", ")", "»"}


def is_question(trigger, sentence) -> bool:
    """The trigger's clause is a question: the first sentence-ending mark after it is "?" ("Has the United
    States asked Pakistan for a base?", "'Will they strike?' he asked.")."""
    for t in sentence.doc[trigger.i + 1 : sentence.end]:
        if t.text in TERMINAL or (len(t.text) > 1 and set(t.text) <= TERMINAL):
            return "?" in t.text
        if t.text in CLOSERS and t.i + 1 < sentence.end and sentence.doc[t.i + 1].text in TERMINAL:
            continue
    return False


#: the tags of wh-words ("why", "how", "what", "which", "who", "whose")
WH_TAGS = {"WRB", "WP", "WDT", "WP$"}


def _wh_given(trigger, sentence) -> bool:
    """In a wh-question the asked part is the wh-word; the act of its clause is taken as given ("Why did X attack
    Y?", "How do you see the dialogue with X?", "When will the envoy visit X?": the attack happened, the dialogue
    exists, the visit is planned), as is an act told in a relative clause of a question ("... the journalists who
    were detained?"). Not "whether" or "if" (a yes/no question in disguise), nor "that", which opens a that-clause as often as a
    relative one ("concerns that X will attack Y?")."""
    from .dates import clause_head

    own = clause_head(trigger)
    for t in sentence:
        if t.tag_ in WH_TAGS and t.lower_ not in ("whether", "if", "that") and t.i <= own.i and clause_head(t).i == own.i:
            if t.i == trigger.i:
                continue
            return True
    return False


def _cut_question(trigger, sentence, c) -> bool:
    """A journalist's question cut off by the answer's turn label ("..., has the ambassador engaged with X — MR
    PRICE:"): no sentence-ending mark, but the clause opens with its auxiliary before its subject, in a question
    turn."""
    last = sentence.doc[sentence.end - 1].text
    if last in TERMINAL or last in CLOSERS or (len(last) > 1 and set(last) <= TERMINAL):
        return False  # the sentence ends as a sentence does: is_question has read it
    if any(
        t.text in TERMINAL or (len(t.text) > 1 and set(t.text) <= TERMINAL) for t in sentence.doc[trigger.i + 1 : sentence.end]
    ):
        return False
    if question_turn(trigger, set(c.get("question_turns", ()))) is None:
        return False
    from .dates import clause_head

    verb = clause_head(trigger)
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((ch for ch in verb.children if ch.dep_ in ("aux", "auxpass") and ch.tag_ != "TO"), None)
    return subj is not None and aux is not None and aux.i < subj.i and verb.dep_ in ("ROOT", "ccomp", "conj")


def _speaker(verb) -> str | None:
    """The subject of a reporting verb as written ("Ukrainian officials", "the U.S. State Department")."""
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    toks = list(subj.subtree)
    return verb.doc[toks[0].i : toks[-1].i + 1].text


def _no_saying(verb) -> bool:
    """ "All told, this is ...": a sum, not a saying (its subject is one of ``not_reporting_subjects``)."""
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in cues()["factuality"].get("not_reporting_subjects", ())


def saying_verb(trigger):
    """The verb of saying whose content the trigger's clause is ("said it will support ...", "..., officials said"),
    by the cues' ``reporting`` verbs; None when the trigger is not reported."""
    return _reported_by(trigger, set(cues()["factuality"]["reporting"]))


def _reported_by(trigger, reporting: set[str]):
    """A reporting verb the trigger's clause is the content of: "officials said [Russia attacked ...]",
    "[Russia attacked ...], officials said", "X claims that [...]"; None when the trigger is not reported."""
    t = trigger
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            break
        saying = head.lemma_ in reporting or _says(head, cues()["factuality"])
        if saying and head.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "xcomp"):
            return None if _no_saying(head) else head
        t = head
    # parataxis: "Russia attacked Ukraine overnight, officials said" (the reporting verb hangs from the event's verb)
    root = trigger
    for _ in range(8):
        if root.dep_ in ("ROOT", "ccomp") or root.head.i == root.i:
            break
        root = root.head
    for ch in root.children:
        if (
            ch.dep_ in ("parataxis", "advcl", "ccomp", "conj")
            and ch.lemma_ in reporting
            and ch.i > trigger.i
            and ch.pos_ == "VERB"
            and any(g.dep_ in ("nsubj",) for g in ch.children)
            and not any(g.dep_ in ("ccomp", "dobj") for g in ch.children)
            and not _aside(ch, cues()["factuality"])
        ):
            return ch
    return None


#: words before a time phrase that place it in the past ("earlier this year", "so far this month")
PAST_LEAD = {"earlier", "far", "since", "ago", "last", "previous", "past"}


def _future_time(trigger, sentence, phrases) -> str | None:
    """A phrase of future time ("next week", "this month", "soon") in the trigger's own clause, said of what
    lies ahead: a present tense with it is a plan ("the minister travels to Kyiv next week"). A phrase of another
    clause ("..., and talks resume next week") or one placed in the past ("earlier this year") is not."""
    from .dates import clause_head, frames_a_count

    own = clause_head(trigger).i
    words = [t.lower_ for t in sentence]
    for phrase in phrases:
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            if words[k : k + len(parts)] != parts:
                continue
            first = sentence[k]
            if k and words[k - 1] in PAST_LEAD:
                continue
            if len(parts) == 1 and first.pos_ in ("VERB", "AUX") and first.dep_ not in ("amod", "advmod", "npadvmod", "compound"):
                continue  # "forums are coming together": the verb, not "the coming days" (h21fact)
            if parts == ["next"] and first.head.pos_ not in ("NOUN", "PROPN"):
                continue  # "Next and finally, the United States is deeply concerned ...": the briefer's next item
            if len(parts) > 1 and frames_a_count(sentence[k + len(parts) - 1]):
                continue  # "the third visit this year": the period frames a count, it does not lie ahead
            if _of_another_noun(sentence[k : k + len(parts)], trigger):
                continue  # "my meeting earlier today and my meeting later today": the phrase is the other meeting's
            if clause_head(first).i == own or clause_head(sentence[k + len(parts) - 1]).i == own:
                return phrase
    return None


def _of_another_noun(phrase, trigger) -> bool:
    """The time phrase hangs from a noun event other than the trigger, one that does not hold it ("my meeting
    later today" for "my meeting earlier today ... and my meeting later today")."""
    t = phrase.root
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if phrase.start <= t.i < phrase.end or t.ent_type_ in ("DATE", "TIME"):
            continue  # the phrase's own words ("later [today]")
        if t.pos_ in ("NOUN", "PROPN") and t.i != trigger.i:
            return not (t.left_edge.i <= trigger.i <= t.right_edge.i)
        return False
    return False


#: dependency links along which a goal's content hangs from the word of aim or wish
GOAL_LINKS = {"xcomp", "advcl", "acl", "dobj", "pobj", "prep", "pcomp", "conj", "attr", "appos", "compound", "amod"}


def infinitive(tok) -> bool:
    """The verb has its own "to" ("to reach", "to create"); shared with the coder."""
    return any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in tok.children)


def _goal(trigger, c) -> tuple[str, str] | None:
    """The trigger is the content of a wish, an aim or a purpose, not an act done: "(we hope / seek / keep
    working) to reach a deal", "efforts to create conditions for talks", "the goal is to negotiate", "in order
    to meet", "looking for cooperation" (hypothetical: guidelines section 4, "hoped for"); "I look forward to
    the talks" (planned). A noun with a possessor is an act that exists ("its war") and an adjective stops
    the walk ("accountable for its war"): those keep their own factuality."""
    if trigger.pos_ in ("NOUN", "PROPN") and any(ch.dep_ == "poss" for ch in trigger.children):
        return None
    need = _needed(trigger, c)
    if need is not None:
        return "hypothetical", need
    t = trigger
    for _ in range(6):
        head = t.head
        if head.i == t.i or head.pos_ == "ADJ":
            return None
        low, lemma = head.lower_, head.lemma_
        if lemma in c.get("hoping", ()) and head.pos_ == "VERB" and t.dep_ == "ccomp":
            return "hypothetical", head.text
        if t.dep_ not in GOAL_LINKS and not (t.dep_ == "relcl" and infinitive(t)):
            return None
        if lemma == "look" and (any(ch.lower_ == "forward" for ch in head.children) or (t.dep_ == "prep" and t.lower_ == "for")):
            forward = any(ch.lower_ == "forward" for ch in head.children)
            return ("planned", "look forward") if forward else ("hypothetical", "look for")
        if lemma in c.get("desiring", ()) and head.pos_ == "VERB":
            if _performed_wish(head, t, c):
                return None  # "I want to thank our ally ...": the thanks are given as they are said (h19want)
            if (t.dep_ in ("xcomp", "advcl") and infinitive(t)) or (t.dep_ == "dobj" and lemma != "work"):
                return "hypothetical", head.text
        if head.pos_ == "NOUN" and lemma in c.get("goal_nouns", ()):
            if head.dep_ == "dobj" and head.head.lemma_ in c.get("stating", ()):
                return None  # "confirmed their intention to ...": the stated commitment is the act
            if t.dep_ in ("acl", "relcl") and infinitive(t) or (t.dep_ == "prep" and t.lower_ in ("of", "toward", "towards")):
                return "hypothetical", head.text
        if low in c.get("purpose_marks", ()) and t.dep_ in ("acl", "xcomp") and infinitive(t):
            prev = head.doc[head.i - 1] if head.i else None
            if prev is not None and prev.lower_ in ("in", "so"):
                return "hypothetical", f"{prev.text} {head.text} to"
        if lemma == "be" and t.dep_ in ("xcomp", "attr") and infinitive(t):
            subj = next((ch for ch in head.children if ch.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_ in c.get("goal_nouns", ()):
                return "hypothetical", subj.text
        if t.dep_ in ("xcomp", "advcl", "acl") and head.pos_ in ("VERB", "AUX"):
            # a clause boundary without a word of aim: the trigger's own verb governs no further
            if not (lemma in ("continue", "keep", "do", "can") or t.dep_ == "xcomp"):
                return None
        t = head
    return None


def _pending(trigger, c) -> str | None:
    """A noun event weighed, not decided: "a meeting between X and Y is under consideration", "a visit is being
    discussed", "talks are possible" (hypothetical: guidelines section 4, "possible"); the cue word, else None."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = trigger.head
    if trigger.dep_ == "nsubjpass" and head.lemma_ in c.get("pending_verbs", ()):
        return head.text
    if head.lemma_ != "be":
        return None
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ == "under":
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_ in c.get("pending_states", ()):
                return f"under {obj.text}"
        if ch.dep_ == "acomp" and ch.lower_ in c.get("pending_adjectives", ()):
            return ch.text
    return None


def _needed(trigger, c) -> str | None:
    """The complement of a noun of need: "the need for continued support", "the necessity of talks" (needed,
    not done: hypothetical); the noun, else None."""
    t = trigger
    for _ in range(10):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ == "prep" and t.lower_ in ("for", "of") and head.lemma_ in c.get("need_nouns", ()):
            return head.text
        # (h46need) down the noun phrase of the complement at any depth: "the need for full implementation of the
        # ceasefire agreement, including the immediate withdrawal of all foreign forces" (not through a clause)
        if t.dep_ not in ("pobj", "compound", "amod", "prep", "conj", "appos"):
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":
            return None  # a clause of its own; "including", "regarding" are prepositions the tagger calls verbs
        t = head
    return None


def _not_in_position(trigger, c) -> bool:
    """ "I'm not in a position to provide details", "we are in no position to judge": the infinitive hangs from a noun
    of ability (``ability_nouns``) in an "in" phrase of a negated verb (or with "no"): not done, not offered."""
    host = trigger.head
    if trigger.dep_ not in ("acl", "relcl") or host.lemma_ not in c.get("ability_nouns", ()) or host.dep_ != "pobj":
        return False
    prep = host.head
    if prep.lower_ != "in":
        return False
    if any(ch.lower_ == "no" and ch.dep_ == "det" for ch in host.children):
        return True
    return any(ch.dep_ == "neg" for ch in prep.head.children)


def _predicate_negation(trigger, verb, c) -> bool:
    """The noun event is the subject of a negated verb that says something about it, not that it did not take
    place: "the aid does not empower the militia" (the aid is given), "the sanctions have not changed its course";
    "the meeting did not take place", "the talks did not happen" do negate it (``occurrence_verbs``)."""
    return (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.head.i == verb.i
        and verb.lemma_ not in c.get("occurrence_verbs", ())
    )


#: pronoun subjects of a that-clause and what kind of speaker each can stand for
_SELF_PRONOUNS = {"i": "any", "we": "any", "he": "person", "she": "person", "it": "body", "they": "many"}


def _subject_of(verb):
    """The subject of a verb, or of the verb it hangs from when it has none of its own ("..., telling X that")."""
    for _ in range(3):
        subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.head.i == verb.i or verb.dep_ not in ("advcl", "xcomp", "conj"):
            return subj
        verb = verb.head
    return None


def _stated_now(trigger, c):
    """(verb of saying, subject of the content, speaker) when the trigger (or the verb whose object it is) is the
    content of a saying in the simple present with no auxiliary ("X said [Y supports ...]"); None otherwise."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ != "dobj":
            return None
        verb = trigger.head
    if verb.tag_ not in ("VBZ", "VBP") or any(ch.dep_ == "aux" for ch in verb.children) or verb.dep_ != "ccomp":
        return None
    reporter = _reported_by(verb, set(c["reporting"]))
    if reporter is None or reporter.head.i == verb.i:
        return None
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    speaker = _subject_of(reporter)
    if subj is None or speaker is None:
        return None
    return reporter, subj, speaker


def _own_would(verb, c) -> bool:
    """Is ``verb`` (with "would") the speaker's own commitment in reported speech, the future of a past saying: "the
    Pentagon said it would send more troops", "Putin told Xi he would visit" (the clause's subject a pronoun of the
    speaker's, no condition in it)? Its direct form "we will send" is planned (guidelines section 4)."""
    if verb.dep_ != "ccomp" or any(ch.dep_ == "mark" and ch.lower_ in ("if", "unless", "whether") for ch in verb.subtree):
        return False
    if any(ch.dep_ == "advcl" for ch in verb.children):
        return False  # "would send troops if asked", "would retaliate should X attack": a condition
    reporter = _reported_by(verb, set(c["reporting"]))
    if reporter is None or reporter.tag_ != "VBD" or reporter.head.i == verb.i:
        return False
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _SELF_PRONOUNS and _subject_of(reporter) is not None


def own_statement(trigger, c=None):
    """The reporting verb when the trigger is the speaker's own act stated in the present in the clause of saying:
    "Putin said he supports the plan", "the ministry said it condemns ...", "Boeing told X the company extends its
    condolences" (guidelines section 4: a speaker's own speech act is asserted, his statement is the act); None
    otherwise (what the speaker says someone else did, or did in the past, stays reported)."""
    c = c or cues()["factuality"]
    stated = _stated_now(trigger, c)
    if stated is None:
        return None
    reporter, subj, speaker = stated
    kind = _SELF_PRONOUNS.get(subj.lower_)
    sp_ent = speaker.ent_type_
    plural = speaker.tag_ in ("NNS", "NNPS") or any(ch.dep_ == "conj" for ch in speaker.children)
    if kind == "any":
        return reporter
    if kind == "person":
        return reporter if sp_ent in ("PERSON", "") and not plural and speaker.pos_ != "PRON" else None
    if kind == "body":
        return (
            reporter if sp_ent in ("ORG", "GPE", "NORP") or (speaker.lemma_ in c.get("self_nouns", ()) and not plural) else None
        )
    if kind == "many":
        return reporter if plural else None
    if subj.lemma_ in c.get("self_nouns", ()) and any(ch.lower_ == "the" for ch in subj.children):
        return reporter if sp_ent in ("ORG", "GPE") or speaker.lemma_ == subj.lemma_ else None  # "the company"
    return None


def _invited_to(trigger, c):
    """The word of inviting when the trigger is what it invites to: "invited X to visit Y", "an invitation to
    visit", "invited X to the summit"; None for an act the invitation is made at ("at the meeting, we invited")."""
    head = trigger.head
    if head.i == trigger.i:
        return None
    if trigger.dep_ in ("xcomp", "acl") and infinitive(trigger) and head.lemma_ in c.get("inviting", ()):
        return head
    if trigger.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in c.get("inviting", ()):
        return head.head
    return None


def _habitual(verb, c) -> bool:
    """ "we would routinely brief": "would" with an adverb of habit tells a past habit, not a condition."""
    return any(ch.dep_ == "advmod" and ch.lower_ in c.get("habitual", ()) for ch in verb.children)


def _through_time_prep(trigger, verb, c) -> bool:
    """The trigger hangs from ``verb`` through a preposition of time ("agreed during my visit"): it is when
    the verb's act took place, not what was agreed or planned."""
    t = trigger
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in c.get("time_preps", ()):
            return True
        t = t.head
    return False


#: a speaker's turn label in a transcript: one to five words in capitals and a colon ("MR PRICE:", "QUESTION:")
TURN_LABEL = re.compile(r"(?<![\w.])((?:[A-Z][A-Z.'\-]* ){0,4}[A-Z][A-Z.'\-]*):(?=\s)")


def _turns(doc) -> list[tuple[int, str]]:
    """(start offset, label) of each speaker turn of the document, computed once per document."""
    cached = doc.user_data.get("attache_turns") if isinstance(doc.user_data, dict) else None
    if cached is None:
        text = doc.text  # spaCy rebuilds Doc.text on every access: once here
        cached = [(m.start(), m.group(1)) for m in TURN_LABEL.finditer(text)] if ":" in text else []
        if isinstance(doc.user_data, dict):
            doc.user_data["attache_turns"] = cached
    return cached


def question_turn(token, labels) -> str | None:
    """The label as written when the token lies in a journalist's turn of a briefing transcript: the last
    turn label before it is one of ``labels`` ("QUESTION"); else None."""
    turns = _turns(token.doc)
    if not turns:
        return None
    last = None
    for start, label in turns:
        if start > token.idx:
            break
        last = label
    return last if last is not None and last.rstrip(".") in labels else None


def _presupposed(trigger, c) -> bool:
    """In a question, the trigger's act is taken as given, not asked: it sits in a time adjunct ("after the
    call between X and Y, do you expect ...?", "since the envoy met the families, is there ...?") or is what a
    reaction, comment or purpose is asked about ("your reaction to Ruritania blaming ...?", "the purpose of
    the envoy's visit?"). The question is about something else; the act keeps its own factuality."""
    t = trigger
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ in c.get("presupposing_preps", ()):
            return True
        if t.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in c.get("presupposing_marks", ()) for ch in t.children):
            return t.tag_ in ("VBD", "VBN")
        if t.dep_ == "prep" and head.pos_ == "NOUN" and head.lemma_ in c.get("question_topic_nouns", ()):
            return True
        if t.dep_ not in ("pobj", "pcomp", "prep", "compound", "nsubj", "dobj", "acl", "appos", "conj"):
            return False
        t = head
    return False


def _present(verb, c) -> bool:
    """A verb in the present tense, simple or progressive ("travels", "is arriving"): with a phrase of future time in
    its clause it tells a plan ("Next week, the delegation is arriving in Los Angeles"; h21fact)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    progressive = c.get("progressive_be", ())
    return verb.tag_ == "VBG" and any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in progressive for ch in verb.children)


def _attended(trigger, sentence, published, c) -> tuple[str, str] | None:
    """A gathering (``gatherings``: a meeting, talks, a summit, a dialogue) that someone goes to, joins or takes
    part in through a preposition of its frame ("will join the AG for meetings of ...", "will travel ... to represent
    the United States in the dialogue", "is arriving next week for the bilateral meeting"): the gathering lies ahead
    when the going does, and is called off when the going is ("will not travel to Russia for meetings of the Arctic
    Council"); (label, cue) of the governing verb, else None (h21fact). Not a reason or a topic ("will punish them for
    the attack", "will discuss the meeting": not a gathering, or not through these prepositions)."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in c.get("gatherings", ()):
        return None
    if any(ch.dep_ in ("relcl", "acl") for ch in trigger.children):
        return None  # "to take part in the ministerial meeting that we had": its own clause tells when it was
    phrase = trigger
    while phrase.dep_ == "conj" and phrase.head.pos_ == "NOUN" and phrase.head.i != phrase.i:
        phrase = phrase.head  # "will participate in panels and discussions with ...": the conjunct's phrase
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in c.get("gathering_preps", ()):
        return None
    verb = phrase.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == trigger.i:
        return None
    if trigger.lemma_.lower() in c.get("talk_gatherings", ()) and verb.lemma_.lower() not in c.get("attending_verbs", ()):
        return None  # "like I said in our previous discussion", "we have been in discussions with X": no going to it
    label, cue, _who = factuality(verb, sentence, published)
    return (label, cue) if label in ("planned", "negated") and cue else None


def _background_act(trigger, c) -> bool:
    """A possessed event noun told as fact ("for its aggression", "as Ruritania's war goes on"): a presupposed
    act (guidelines section 3), not what a governing verb plans, demands or supposes ("committed to impose costs
    on Ruritania for its aggression", "we will remain focused as its war continues"). It keeps the
    negation and the future words of its own phrase ("its planned visit next week")."""
    if trigger.pos_ != "NOUN":
        return False
    if any(w.lower_ in c.get("prospective_modifiers", ()) or w.lower_ in c["future_time"] for w in trigger.subtree):
        return False
    if _reason_for(trigger, c):
        return True
    if not any(ch.dep_ == "poss" for ch in trigger.children):
        return False
    if trigger.dep_ == "pobj":
        # the act is a reason, a target or a topic ("for its aggression", "against its war"), not the time or
        # the frame of the governing act ("will accompany him on his trip", "will meet them during her visit")
        return trigger.head.lower_ in c.get("background_preps", ())
    head = trigger.head
    return (
        trigger.dep_ in ("nsubj", "nsubjpass")
        and head.tag_ in ("VBZ", "VBP", "VBD")
        and not any(ch.dep_ == "aux" for ch in head.children)
    )


def _reason_for(trigger, c) -> bool:
    """The act a reward or a penalty is for ("will punish Russia for the attack on Ukraine", "will hold X accountable
    for the invasion", "thanked Japan for its support"): done before, told as fact, whatever the tense of the verb
    that answers it (h21fact)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return False
    verb = trigger.head.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "oprd"):
        verb = verb.head  # "hold X accountable for ..."
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in c.get("answering_verbs", ())


def _conveyed_greeting(trigger, c) -> bool:
    """ "I asked our guest to convey our warmest greetings to X", "I would like to ask you to pass on my best wishes
    to Y": greetings a speaker asks someone to pass on are sent by the asking (the SUPPORT is done, not demanded).
    The trigger is the verb of passing on (or its greeting object) and the verb hangs from a verb of asking."""
    g = c.get("conveyed_greetings") or {}
    verb = trigger.head if trigger.lemma_.lower() in g.get("nouns", ()) and trigger.dep_ in ("dobj", "obj") else trigger
    if verb.lemma_.lower() not in g.get("verbs", ()) or verb.dep_ not in ("xcomp", "ccomp"):
        return False
    if verb.head.lemma_.lower() not in c["demanding"]:
        return False
    objs = [ch for ch in verb.children if ch.dep_ in ("dobj", "obj")]
    greeting = next((o for o in objs if o.lemma_.lower() in g.get("nouns", ()) or o.lower_ in g.get("nouns", ())), None)
    if greeting is None:
        return False
    return not any(ch.dep_ == "poss" and ch.lower_ in g.get("not_owners", ()) for ch in greeting.children)


def _done_modifier(trigger, c) -> bool:
    """A noun event its own modifier places in the past ("the recent meeting", "last week's talks"; ``done_modifiers``):
    an example of what is asked for, not the thing asked (h29encourage)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    done = c.get("done_modifiers", ())
    return any(ch.dep_ in ("amod", "poss", "compound") and ch.lower_ in done for ch in trigger.children)


def prospective(trigger) -> tuple[str, str] | None:
    """(label, cue) when a noun event's own modifier places it ahead or leaves it possible (``_prospective``)."""
    return _prospective(trigger, cues()["factuality"])


def _prospective(trigger, c) -> tuple[str, str] | None:
    """A noun event whose own modifier places it ahead ("its planned visit", "the upcoming summit": planned) or
    leaves it possible only ("a potential attack", "possible sanctions": hypothetical); None otherwise."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for ch in trigger.children:
        if ch.dep_ not in ("amod", "compound", "advmod") or ch.i > trigger.i:
            continue
        if ch.lower_ in c.get("planned_modifiers", ()):
            return "planned", ch.text
        if ch.lower_ in c.get("possible_modifiers", ()):
            return "hypothetical", ch.text
    return None


def phoned(verb) -> bool:
    """Is "call" the telephone here ("Putin called Erdogan to congratulate him", "called Macron on Monday to discuss
    ...")? Its object is the one phoned (or a name the parser makes its predicate, "called Kuleba to ..."), not a
    naming ("called the war a tragedy"), and no "on", "upon" or "for" phrase asks anything ("called on X to ...",
    "called for talks"; "on Tuesday" is a day) (h33phoned)."""
    if verb.lemma_ != "call":
        return False
    kids = list(verb.children)
    objects = [
        k
        for k in kids
        if k.dep_ in ("dobj", "obj") and (k.pos_ in ("PROPN", "NOUN") or k.lower_ in ("him", "her", "them", "me", "us"))
    ]  # "called it a tragedy", "called it like a tragedy": a thing is named, nobody phoned
    named = [k for k in kids if k.dep_ in ("oprd", "attr")]
    if objects and named:
        return False  # "called the invasion a crime": a naming
    if not objects and not any(k.pos_ == "PROPN" for k in named):
        return False
    return not any(
        k.dep_ == "prep"
        and k.lower_ in ("on", "upon", "for")
        and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in k.children)
        for k in kids
    )


def _demanded_by_noun(trigger, c):
    """The noun of demand whose "for" complement the trigger is ("the call for a withdrawal of X", "demands for
    the release of Y"): what is demanded is not done; None otherwise."""
    t = trigger
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ == "prep" and t.lower_ == "for" and head.lemma_ in c.get("demand_nouns", ()) and head.pos_ == "NOUN":
            return head
        if t.dep_ not in ("pobj", "compound", "amod"):
            return None
        t = head
    return None


def infinitive_host(verb):
    """The infinitive a bare verb belongs to when the small parser hung it as a conjunct of the finite verb above
    ("discussed the need for X to cease its aggression, allow ... and withdraw from Y": "allow" and "withdraw" parsed
    as conjuncts of "discussed", not of "cease"): a base-form conjunct (no "to", no modal of its own) of a past,
    third-person or participle verb cannot share that verb's tense, so it continues the nearest "to" infinitive
    between the two. That infinitive, else None."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or any(ch.dep_ == "aux" for ch in verb.children):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VB" and not any(ch.dep_ == "aux" for ch in head.children):
        head = head.head
    if head.tag_ not in ("VBD", "VBZ", "VBN", "VBG") or head.i > verb.i:
        return None
    between = [
        t
        for t in verb.doc[head.i + 1 : verb.i]
        if t.tag_ == "VB" and t.dep_ != "conj" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in t.children)
    ]
    return between[-1] if between else None


def _clause_of_noun(trigger, c) -> tuple[str, str] | None:
    """ "the need for Russia to withdraw", "a call for X to end ...", "it is time for X to leave": the infinitive
    clause (with its "for" subject) of a noun of demand or need is not done: (label, the noun), else None. The label
    is the noun's in ``clause_nouns`` (demanded for a call or a demand, hypothetical for a need, as a noun of need's
    "for" complement); a conjunct of the infinitive is under the same noun."""
    verb = infinitive_host(trigger) or trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in ("advcl", "acl", "relcl", "xcomp", "ccomp") or not any(
        ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children
    ):
        return None
    head = verb.head
    if head.pos_ != "NOUN":
        return None
    for label, nouns in (c.get("clause_nouns") or {}).items():
        if head.lemma_.lower() in nouns:
            return label, head.text
    return None


def _courtesy(cue, c) -> bool:
    """ "if I may", "if you will", "if I could": a modal with only "if" and a pronoun subject of the speaker or
    the listener, a courteous formula, not a condition ("And then, if I may, where does X stand on Y?")."""
    if cue.lower_ not in ("may", "might", "could", "can", "will"):
        return False
    kids = list(cue.children)
    subj = [k for k in kids if k.dep_ == "nsubj"]
    mark = [k for k in kids if k.dep_ == "mark" and k.lower_ == "if"]
    rest = [k for k in kids if k.dep_ not in ("nsubj", "mark", "punct")]
    if len(subj) == 1 and subj[0].lower_ in c.get("courtesy_subjects", ()) and mark and not rest:
        return True
    # the parse may hang "if" and "I" from the main verb with the modal as its auxiliary ("if I may, where does ...")
    head = cue.head
    prev = cue.doc[cue.i - 1] if cue.i >= 2 else None
    before = cue.doc[cue.i - 2] if cue.i >= 2 else None
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return (
        cue.dep_ == "aux"
        and prev is not None
        and prev.lower_ in c.get("courtesy_subjects", ())
        and before is not None
        and before.lower_ == "if"
        and nxt is not None
        and nxt.is_punct
        and head.i != cue.i
    )


def _performed_wish(verb, act, c) -> bool:
    """ "I want to thank X", "we wish to congratulate Y": a speaker's present wish to perform a speech act of
    ``polite_acts`` performs it (not negated; "I wanted to thank" or "they want to thank" tell a wish only)."""
    if verb.lemma_ not in ("want", "wish") or act.dep_ != "xcomp" or act.lemma_ not in c.get("polite_acts", ()):
        return False
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return (
        subj is not None
        and subj.lower_ in ("i", "we")
        and verb.tag_ == "VBP"
        and not any(ch.dep_ in ("neg", "aux") for ch in verb.children)
    )


def _polite_would(verb, c) -> bool:
    """ "I would like to thank / note / welcome ...": a courteous form of the speaker's own speech act, done as
    it is said, not a condition (unlike "we would like to see them withdraw")."""
    if verb.lemma_ not in ("like", "love"):
        return False
    return any(ch.dep_ == "xcomp" and ch.lemma_ in c.get("polite_acts", ()) for ch in verb.children)


def _inverted_condition(verb, aux) -> bool:
    """ "should it pursue ...", "were they to attack ...": a condition by inversion (the subject after the
    auxiliary, no question mark needed); it covers the words after it, not the clause before it (a parse may hang
    "They reaffirmed their support ..." from the conditional verb)."""
    if aux.lower_ not in ("should", "were", "had"):
        return False
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.i > aux.i for ch in verb.children)


def _alleged_by(trigger, c):
    """The verb of accusing whose charge the trigger is: "Ruritania accuses Freedonia of shelling X", "the
    militant whom Sylvania blames for the attack", "he was charged with attacking ..."; None otherwise."""
    t = trigger
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in c.get("accusing_preps", ()):
            verb = head.head
            if verb.dep_ in ("dobj", "obj") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
                verb = verb.head  # "blamed militants for the attacks": the parser hangs "for" on the accused (h27blame)
            if verb.lemma_ in c.get("accusing", ()) and verb.pos_ == "VERB" and verb.i != trigger.i:
                return None if any(ch.dep_ == "neg" for ch in verb.children) else verb
            return None
        if t.dep_ not in ("compound", "amod", "conj"):
            return None
        t = head
    return None


#: links by which a clause or phrase is the circumstance of a verb, not its content ("While exchanging views, the
#: presidents noted ...", "During the talks, the minister said ...")
CIRCUMSTANCE_LINKS = {"advcl", "prep", "npadvmod"}


def _circumstance_of(trigger, verb) -> bool:
    """The trigger lies in a circumstance of the verb of saying (a time or manner clause, a prepositional phrase),
    not in what is said: the author tells it ("While exchanging opinions on X, the two presidents noted they
    were satisfied ...": the exchange is the author's account, not the presidents' words)."""
    t = trigger
    for _ in range(12):
        if t.head.i == t.i:
            return False
        if t.head.i == verb.i:
            return t.dep_ in CIRCUMSTANCE_LINKS
        t = t.head
    return False


def _scoped_away(word, trigger) -> bool:
    """An attribution inside a relative clause that does not hold the trigger ("X apologized during the hearing,
    which the President accepted according to a statement by Y": the statement tells the acceptance only)."""
    t = word
    for _ in range(12):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return not (t.left_edge.i <= trigger.i <= t.right_edge.i)
    return False


def _attribution(trigger, sentence, root, c) -> tuple[str, str, str | None] | None:
    """("reported", cue, speaker) when the event is told as someone's words: "officials said", "according to
    ..."; ``root`` is the top of the trigger's chain. None when the sentence attributes it to nobody."""
    reporter = _reported_by(trigger, set(c["reporting"]))
    if reporter is not None and reporter.i != trigger.i:
        return "reported", reporter.text, _speaker(reporter)
    for t in sentence:
        if _says(t, c) and t.i != trigger.i and t.pos_ == "VERB" and (t.i == sentence.root.i or t.dep_ in ("parataxis", "ccomp")):
            if _aside(t, c):
                continue  # "as I said before": the speaker's own words, not another's report
            speaker = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if _no_saying(t):
                continue  # "All told, we have provided ...": a sum, not a saying
            if _circumstance_of(trigger, t):
                continue  # "While exchanging views, the presidents noted ...": the exchange is the author's account
            if speaker is not None and speaker.left_edge.i <= trigger.i <= speaker.right_edge.i:
                continue  # "Kenyatta, who visited Uganda last week, said ...": the speaker's description is the author's (h30relwho)
            if speaker is not None and t.i != root.i:
                return "reported", t.text, _speaker(t)
            if speaker is not None and t.i > trigger.i:
                return "reported", t.text, _speaker(t)
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to" and not _scoped_away(t, trigger):
            source = next((ch for ch in t.doc[t.i + 1].children if ch.dep_ == "pobj"), None)
            if source is not None and source.tag_ in ("WDT", "WP"):
                continue  # "signed an agreement, according to which X would ...": a relative clause on the agreement, no
                # attribution of the signing (h30accwhich)
            if source is not None:
                toks = list(source.subtree)
                return "reported", "according to", t.doc[toks[0].i : toks[-1].i + 1].text
            return "reported", "according to", None
    return None


# --- eighth session (h14fact9): classes of the audits' factuality errors -----------------------------------------


def _evidential(trigger, chain, c) -> str | None:
    """The act told as someone's claim by an adverb of its own verb ("troops reportedly shelled the village",
    "Chile allegedly expelled two diplomats") or a modifier of the noun ("the alleged attack"): the cue word, else
    None (guidelines section 4: told by someone cited, not the author; issue 14: an allegation is not the act)."""
    adverbs = set(c.get("evidential_adverbs", ()))
    for t in chain[:2]:
        for ch in t.children:
            if ch.dep_ == "advmod" and ch.lower_ in adverbs:
                return ch.text
    if trigger.pos_ in ("NOUN", "PROPN"):
        mods = set(c.get("evidential_modifiers", ()))
        for ch in trigger.children:
            if ch.dep_ in ("amod", "compound", "advmod") and ch.i < trigger.i and ch.lower_ in mods:
                return ch.text
    return None


def _talk_adjunct(trigger, chain, k: int, c, preps: tuple[str, ...] = ("in", "during")) -> bool:
    """Is the trigger a talk noun in a phrase of ``preps`` right on the verb ``chain[k]`` ("In his call with Zelensky,
    Macron pledged more aid", "In a phone call on Tuesday, Biden urged Netanyahu to ..."): the talk the pledge or the
    request was made in took place; the verb's intent or demand is its own (h29adjunct for a verb of asking, "in" only;
    h39adjunct for a verb of planning)."""
    return (
        k == 2
        and trigger.dep_ == "pobj"
        and chain[1].lower_ in preps
        and trigger.lemma_.lower() in c.get("adjunct_talk_nouns", ())
    )


def _charged_act(trigger, c) -> str | None:
    """The verb of holding, trying or punishing whose "for"/"with"/"of" gerund the trigger is ("arrested in Lebanon for
    collaborating with Israel", "jailed for cooperating with X", "convicted of aiding Hamas"): the act is the charge
    (h39charged; the verbs of accusing are the allegation rules'). The verb, else None."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp":
        return None
    prep = trigger.head
    if prep.lower_ not in ("for", "with", "of"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.get("charging_verbs", ()):
        return None
    if any(ch.dep_ == "neg" for ch in verb.children):
        return None  # "was not arrested for ...": no charge told
    return verb.text


def _allegation_content(chain, c) -> str | None:
    """The trigger's clause is the content of a noun of allegation ("allegations [that] the minister tried to
    pressure the court", "the accusation against him is that he asked X to ..."): the act is the allegation's
    claim, told as someone's, not the author's (reported; guidelines section 4). Only a finite clause of the noun
    (or of "is" with the noun as subject) is its content; a noun's prepositional phrase is not ("the charge of
    assault" is the charge's topic, read elsewhere). The noun, else None."""
    nouns = set(c.get("allegation_nouns", ()))
    for below, t in zip(chain, chain[1:]):
        if below.dep_ not in ("acl", "ccomp") or not _finite(below):
            continue
        if t.pos_ == "NOUN" and t.lemma_ in nouns:
            return t.text
        if t.lemma_ == "be" and below.dep_ == "ccomp":
            subj = next((ch for ch in t.children if ch.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "NOUN" and subj.lemma_ in nouns:
                return subj.text
    return None


def _finite(verb) -> bool:
    """A finite verb: a tense of its own, or an auxiliary that carries one (not an infinitive or a gerund)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("VBD", "VBZ", "VBP", "MD") for ch in verb.children
    )


def _condition_phrase(trigger, c) -> str | None:
    """A noun event under "in the event of" or "in case of" ("in the event of an attack, Norway will respond"): a
    condition (hypothetical); "in the case of Ukraine" (a topic, with "the" before "case") is not read."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    of = trigger.head
    noun = of.head
    if of.lower_ != "of" or noun.i == of.i or noun.lower_ not in c.get("condition_nouns", ()) or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ != "in":
        return None
    dets = [ch.lower_ for ch in noun.children if ch.dep_ == "det"]
    if noun.lower_ == "case" and dets:
        return None  # "in the case of X": which one, not whether
    if noun.lower_ == "event" and dets != ["the"]:
        return None
    return f"in {' '.join(dets + [noun.text])} of"


#: links by which an act hangs in the clause that a condition governs: its object or phrase ("impose *sanctions*
#: on X if ..."), an infinitive or conjunct of the clause's verb ("ready to *impose* ...", "impose X and *expel* Y")
_CONSEQUENT_LINKS = {"dobj", "pobj", "prep", "compound", "amod", "xcomp", "acomp", "oprd", "conj"}


def governing_condition(trigger, c=None) -> str | None:
    """The condition a clause holding the trigger is made under, the trigger outside it: "will impose costs on X
    if it escalates", "willingness to impose consequences on X if it chooses to escalate", "will expel diplomats
    unless Y explains", "..., should it pursue further aggression", "will deploy troops in case X attacks"
    (guidelines section 4: conditional, "if Russia invades, we will impose sanctions: the SANCTION is
    hypothetical"). The walk goes up from the trigger through objects, infinitives and subjectless conjuncts to
    its clause's verb, not into a verb of saying or a subject's verb ("the sanctions will be lifted if ...": the
    sanctions exist). Not a concession ("even if"), a manner ("as if"), nor a clause told in the past ("if X
    attacked Y in 2014, it also seized Z"). The cue ("if", "unless", "should", "in case"), else None."""
    c = c or cues()["factuality"]
    if trigger.lower_ in c.get("readiness", ()) or trigger.lower_ in c.get("readiness_nouns", ()):
        return None  # "he's willing to hand over X if ...": the offer itself is made now; its content is conditional
    marks = set(c.get("condition_marks", ()))
    inverted = set(c.get("inverted_condition", ()))
    t = trigger
    held = [t]
    for _ in range(5):
        own_subject = any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in t.children)
        link_up = t.dep_ in _CONSEQUENT_LINKS or (t.dep_ in ("acl", "advcl") and infinitive(t))
        if own_subject or t.head.i == t.i or not link_up or (t.dep_ == "conj" and t.pos_ not in ("VERB", "AUX")):
            break
        t = t.head
        held.append(t)
    inside = {h.i for h in held}
    for h in held:
        if h.tag_ == "VBD" and not any(ch.dep_ == "aux" for ch in h.children):
            continue  # a clause told in the past
        for cl in h.children:
            if cl.dep_ != "advcl" or cl.i in inside or cl.pos_ not in ("VERB", "AUX"):
                continue
            mark = next((m for m in cl.children if m.dep_ == "mark"), None)
            if _in_case(cl):
                return "in case"
            if mark is not None and mark.lower_ in marks:
                ahead = [w.lower_ for w in cl.doc[max(mark.i - 2, 0) : mark.i]]
                not_after = set(c.get("condition_not_after", ()))
                if (ahead and ahead[-1] in not_after) or " ".join(ahead) in not_after:
                    continue  # "even if", "as if", "wonder if" (whether), "until and unless"
                if any(_courtesy(x, c) for x in (cl, *cl.children)):
                    continue  # "if I may, ...": a courteous formula
                if cl.tag_ == "VBD" and not any(a.dep_ == "aux" and a.tag_ == "MD" for v in held for a in v.children):
                    continue  # "my apologies if I offended you": a past "if" with no modal consequent, no condition
                return mark.text
            aux = next((a for a in cl.children if a.dep_ in ("aux", "auxpass") and a.lower_ in inverted), None)
            subj = next((s for s in cl.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if aux is not None and subj is not None and aux.i < subj.i and aux.i == cl.left_edge.i:
                return aux.text  # "should it pursue ...", "were Russia to invade ..."
    return None


def offered_on(trigger) -> set[str]:
    """The cues that make the trigger's act offered, not done: a condition that governs its clause, a noun of
    readiness over it ("if", "willingness"). A threat is made by offering the act (guidelines section 4: "a threat
    is a THREATEN asserted"), so a THREATEN with one of these cues is asserted (EventCoder._factuality_of)."""
    c = cues()["factuality"]
    return {w for w in (governing_condition(trigger, c), _readiness_noun(trigger, c)) if w is not None}


def _readiness_noun(trigger, c) -> str | None:
    """A noun of readiness whose infinitive the trigger is ("expressed his readiness to visit X", "U.S. willingness
    to impose costs"), also when the parse hangs the infinitive from the verb whose object the noun is ("made clear
    its willingness, with its partners, to impose ..."): the act is offered, not done (planned, as "ready to");
    the noun, else None."""
    nouns = set(c.get("readiness_nouns", ()))
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        verb = trigger.head  # "readiness to hold talks"
    if verb.dep_ not in ("acl", "advcl") or not infinitive(verb) or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.pos_ == "NOUN" and head.lower_ in nouns and verb.dep_ == "acl":
        if head.dep_ == "pobj" and head.head.lower_ in c.get("background_preps", ()):
            return None  # "thanked X for its willingness to accept refugees": a reason told as fact
        return head.text
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        obj = next((ch for ch in head.children if ch.dep_ == "dobj" and ch.i < verb.i and ch.lower_ in nouns), None)
        return obj.text if obj is not None else None
    return None


def _in_case(clause) -> bool:
    """The clause opens with "in case" ("in case X attacks": the parse hangs "in case" as a phrase of the clause's
    verb, or just before it)."""
    doc, left = clause.doc, clause.left_edge.i
    if left + 1 < len(doc) and doc[left].lower_ == "in" and doc[left + 1].lower_ == "case":
        return True
    return left >= 2 and doc[left - 2].lower_ == "in" and doc[left - 1].lower_ == "case"


def _necessary(trigger, c) -> str | None:
    """The trigger's clause is what an adjective of necessity governs ("it is imperative that we work with X", "it
    is essential to resume talks with Y"): needed, not done (hypothetical, as a noun of need); the adjective, else
    None. A clause told in the past ("it is important that X signed the treaty") is an act done."""
    words = set(c.get("need_adjectives", ()))
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.dep_ not in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound"):
            return None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ccomp", "xcomp", "csubj"):
        return None
    if verb.tag_ == "VBD" or any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children):
        return None
    head = verb.head
    if head.pos_ == "ADJ" and head.lower_ in words:
        return head.text
    if head.lemma_ == "be":
        adj = next((ch for ch in head.children if ch.dep_ == "acomp" and ch.lower_ in words), None)
        if adj is not None and any(ch.dep_ in ("nsubj", "expl") and ch.lower_ == "it" for ch in head.children):
            return adj.text
    return None


def _going_to(verb, c) -> bool:
    """ "is going to travel", "we're going to impose": an infinitive under "going" with a present "be" lies ahead
    ("was going to" is left as it is: what was to happen may or may not have)."""
    if verb.dep_ != "xcomp" or not infinitive(verb):
        return False
    going = verb.head
    return going.lower_ == "going" and going.tag_ == "VBG" and going.i < verb.i and _present(going, c)


def _be_to(trigger, c) -> str | None:
    """ "The presidents are to discuss ...", "the minister is to visit ...": "be" with an infinitive of the act is
    a plan (planned; guidelines section 4, "scheduled"); "X is to blame" is not. The cue ("are to"), else None."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ != "dobj":
            return None
        verb = trigger.head
    if verb.lemma_ in c.get("be_to_not", ()) or not infinitive(verb) or verb.dep_ not in ("xcomp", "ccomp", "attr"):
        return None
    be = verb.head
    if be.lemma_ != "be" or be.tag_ not in ("VBZ", "VBP", "VBD") or be.i > verb.i:
        return None
    if any(ch.dep_ in ("aux", "neg") or ch.lower_ == "yet" for ch in be.children):
        return None  # "will be to", "is not to", "is yet to"
    subj = next((ch for ch in be.children if ch.dep_ in ("nsubj", "csubj")), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "there"):
        return None  # "it is my pleasure to congratulate ...": a courtesy, the act is done as it is said
    if any(ch.dep_ in ("attr", "acomp") and ch.i != verb.i for ch in be.children):
        return None  # "the honour is mine to ...", "he is happy to ..."
    return f"{be.text} to"


def _future_says_of(trigger, c) -> bool:
    """A possessed noun event, subject of a verb with a future or modal auxiliary that says something about it
    ("Russia's aggression will end through diplomacy", "today's authorization will bring the total to ..."): the
    act exists; the future is the predicate's. Not with a verb of taking place ("his visit will take place")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(ch.dep_ == "poss" for ch in trigger.children):
        return False
    if any(w.lower_ in c.get("prospective_modifiers", ()) or w.lower_ in c["future_time"] for w in trigger.subtree):
        return False
    head = trigger.head
    if head.lemma_ in c.get("starting_verbs", ()) or head.pos_ not in ("VERB", "AUX"):
        return False
    return any(ch.dep_ == "aux" and (ch.lower_ in c["future_aux"] or ch.tag_ == "MD") for ch in head.children)


def _hedge(verb, modal, c) -> bool:
    """ "I would say", "I should say", "we must stress": a first-person verb of saying with a modal hedges the
    speaker's own statement; it sets no condition on what is said."""
    if verb.lemma_ not in {*c.get("hedged_saying", ()), *c.get("hedged_requests", ())} or modal.tag_ != "MD":
        return False
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in c.get("first_person", ())


def _not_ruled_out(chain, c) -> str | None:
    """A verb of ruling out above the trigger, itself negated or refused ("did not rule out sanctions", "refused
    to exclude a military response", "would not hesitate to impose"): the act stays possible; the cue, else None."""
    words = set(c.get("ruling_out", ()))
    for k, t in enumerate(chain[1:4], 1):
        if t.lemma_ not in words or t.pos_ != "VERB":
            continue
        if t.lemma_ == "rule" and not any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in t.children):
            continue
        if any(ch.dep_ == "neg" for ch in t.children):
            return f"not {t.text}"
        above = chain[k + 1] if k + 1 < len(chain) else None
        if above is not None and above.lemma_ in c["negating_verbs"]:
            return f"{above.text} to {t.text}"
    return None


def _ruled_out(chain) -> str | None:
    """ "Germany ruled out sending ground troops", "Britain ruled out a military strike on Iran": the act a party
    rules out, as the verb's object or its gerund, is said not to happen; the cue, else None. Only "rule out": other
    verbs of exclusion take parties as objects ("excluded Russia from the talks"). A negated "rule out" is read
    before, by ``_not_ruled_out`` (h27ruled)."""
    for k, t in enumerate(chain[1:3], 1):
        if t.lemma_ != "rule" or t.pos_ != "VERB" or not any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in t.children):
            continue
        if chain[k - 1].dep_ in ("dobj", "obj", "xcomp", "advcl", "pcomp") and chain[k - 1].i > t.i:
            return f"{t.text} out"
        return None
    return None


def _polite_can(verb, modal) -> bool:
    """ "Can you bring us up to date on ...": "can" with "you" asks the listener for something; it leaves the acts
    it names as they are (unlike "Kazakhstan and Russia can break new ground": possible, not done)."""
    if modal.lower_ not in ("can", "could"):
        return False
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ == "you"


def _aside(verb, c) -> bool:
    """ "as I said before", "as we have said": the speaker's own earlier words cited in passing; what the clause
    around it tells is the speaker's statement now, not a report of another's words."""
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    marked = any(ch.dep_ in ("mark", "advmod") and ch.lower_ == "as" for ch in verb.children)
    return marked and subj is not None and subj.lower_ in c.get("first_person", ())


def _says(verb, c) -> bool:
    """A verb of saying: a reporting verb, or "read" with a document as subject and no object ("the statement
    read: ...")."""
    if verb.lemma_ in c["reporting"]:
        # "Russia and the Holy See maintained a constructive dialogue", "added new sanctions": a verb with a thing as
        # its object in its other sense, no saying (h29maintain)
        return not (verb.lemma_ in c.get("object_senses", ()) and any(ch.dep_ in ("dobj", "obj") for ch in verb.children))
    if verb.lemma_ not in c.get("reading", ()) or any(ch.dep_ == "dobj" for ch in verb.children):
        return False
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in c.get("document_subjects", ())


def speaker_participle(trigger, c=None):
    """The verb of saying when the trigger is a speech-act participle hung on it or on the clause it governs
    ("Kenya said its troops had withdrawn, accusing Somalia of provocation", "..., urging Peru to return"): the
    speaker's own act told by the author; None otherwise ("..., killing ten civilians" stays in what was said)."""
    c = c or cues()["factuality"]
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    if trigger.lemma_ not in c.get("speech_participles", ()):
        return None
    if any(ch.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "neg") for ch in trigger.children):
        return None
    head = trigger.head
    if head.pos_ in ("VERB", "AUX") and _says(head, c) and not _no_saying(head):
        return head
    if head.dep_ == "ccomp" and head.i < trigger.i:
        above = head.head
        if above.pos_ in ("VERB", "AUX") and _says(above, c) and above.i < head.i and not _no_saying(above):
            return above
    return None


def _asked_modal(trigger) -> bool:
    """A wh-question whose act has a modal of its own ("What guarantees can you offer X?", "Why would Y attack
    Z?"): the act itself is asked about, not taken as given."""
    from .dates import clause_head

    c = cues()["factuality"]
    own = clause_head(trigger)
    if own.i != trigger.i:
        return False  # a noun in the question ("what can you tell us about the talks?"): the modal is the asking's
    subj = next((ch for ch in own.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    asked = set(c.get("asked_modals", ()))
    return subj is not None and any(
        ch.dep_ == "aux" and ch.lower_ in asked and ch.i < subj.i and not _courtesy(ch, c) for ch in own.children
    )  # inverted: "can you offer", not "if I may"


def _own_stance(trigger, country: str, by_token: dict):
    """The verb of saying when the trigger is its own party's present stance: the content verb is in the simple
    present with no auxiliary, its subject and the speaker resolve to ``country`` (the event's source); None
    otherwise."""
    stated = _stated_now(trigger, cues()["factuality"])
    if stated is None:
        return None
    reporter, subj, speaker = stated

    def country_of(tok):
        for t in [tok, *sorted(tok.subtree, key=lambda x: abs(x.i - tok.i))]:
            m = by_token.get(t.i)
            if m is not None and m.country:
                return m.country
        return None

    return reporter if country_of(subj) == country and country_of(speaker) == country else None


def _speakers_own_act(e, trigger, offset: int):
    """The verb of saying when the event is the speaker's own speech act told through its content: "Senator X said
    the government is breaking the law" (an ACCUSE by X), "the minister said Y must withdraw" (a REQUEST by X): the
    event's type is one of saying (``speech_act_types`` of cues.yaml) and its source is the subject of the verb of
    saying (its span covers the subject's head). Guidelines section 4: the speaker's own speech act is asserted;
    what the content says another party did stays reported (another event)."""
    c = cues()["factuality"]
    if e.plover_type not in set(c.get("speech_act_types") or ()) or not e.source_span:
        return None
    reporter = _reported_by(trigger, set(c["reporting"]))
    speaker = _subject_of(reporter) if reporter is not None else None
    if speaker is None:
        return None
    at = speaker.idx + offset
    # the source's own words, or the speaker a quoted "we"/"I" was resolved from (events/quoted.py, h14we11; not a
    # "he" resolved to the reporting verb's subject: "X announced he had asked for ..." is X's past act, reported)
    spoken = e.source_span.get("resolved_from") if e.source_span.get("how") == "speaker" else None
    for span in (e.source_span, spoken or {}):
        start, end = span.get("start"), span.get("end")
        if start is not None and end is not None and start <= at < end:
            return reporter
    return None


def own_party(events: list, sent, offset: int, by_token: dict, published: str | None) -> list:
    """The sentence's events, with a party's own statement of its present stance made asserted: "Lavrov said
    Russia supports the plan", "the Kenyan ministry said Kenya condemns the attack" (guidelines section 4: the
    speaker's own speech act is asserted, his statement is the act; a minister or a ministry speaks for its
    state), dated by the saying when it has no date of its own. ``offset`` is where the sentence's document starts
    in the article; ``by_token`` maps token index to mention. What the speaker says another party did, or his own
    party did in the past, stays reported."""
    for e in events:
        if e.factuality != "reported" or e.source is None:
            continue
        span = sent.doc.char_span(e.trigger_start - offset, e.trigger_end - offset, alignment_mode="expand")
        if span is None:
            continue
        trigger = span.root
        own = _own_stance(trigger, e.source.country, by_token) if e.source.country else None
        reporter = own or _speakers_own_act(e, trigger, offset)
        if reporter is None:
            continue
        e.factuality, e.factuality_cue, e.attributed_to = "asserted", None, None
        if e.date_precision in (None, "unknown"):
            from .dates import event_date

            date_text, day, precision = event_date(reporter, sent, published)
            if day is not None:
                e.date, e.date_text, e.date_precision = day, date_text, precision or "unknown"
    return events


_JOINING = frozenset({"with", "alongside", "between", "among"})


def _joined_side(e, sent, offset: int) -> bool:
    """A mutual act (a reciprocal type) whose target is told as joined with the source, in a "with", "alongside" or
    "between" phrase ("ties between our defense industrial bases", "coordinated sanctions alongside the United
    States", "worked closely with successive American administrations"): read from the target's own name and from
    the phrase it was found in (whose head may be the thing coordinated: "sanctions alongside ...")."""
    from .ontology import SYMMETRIC_TYPES

    if e.plover_type not in SYMMETRIC_TYPES:
        return False
    spans = [e.target_span or {}]
    if e.target is not None and e.target.start is not None and e.target.end is not None:
        spans.append({"start": e.target.start, "end": e.target.end})
    for span in spans:
        if span.get("start") is None or span.get("end") is None:
            continue
        toks = sent.doc.char_span(span["start"] - offset, span["end"] - offset, alignment_mode="expand")
        if toks is None:
            continue
        head = toks.root
        for _ in range(3):
            if head.dep_ == "pobj" and head.head.lower_ in _JOINING:
                return True
            if head.dep_ not in ("conj", "pobj", "compound", "poss", "amod") or head.head.i == head.i:
                break
            head = head.head
    return False


def told_by_speaker(events: list, sent, offset: int, turns, issuer_country: str | None) -> list:
    """The sentence's events, with what a transcript's speaker says ANOTHER party did made ``reported``, attributed
    to the speaker (guidelines, "Transcripts": "what the speaker says others did is reported with attributed_to =
    the speaker's name even when the name is outside the sentence"): "MR PRICE: in 2014 the Russians went into
    Ukraine", "Vladimir Putin: the Ukrainian army shelled Donetsk". Only an act told by a past verb of its own
    clause, in the turn of a government's official or of a foreign speaker (not the press), whose source is of
    another country than the speaker's; since h20now also one told as going on ("Iran is unjustly detaining innocent
    Americans", "Qatar stands with us"). The speaker's own party's acts (a mutual act with it included), presupposed
    noun phrases ("Russia's war") and acts to come stay as they are."""
    from .speakers import ISSUER, SPEAKER

    if turns is None:
        return events
    c = cues()["factuality"].get("told_by_speaker") or {}
    for e in events:
        if e.factuality != "asserted" or e.source is None or not e.source.country:
            continue
        turn = turns.at(e.trigger_start)
        if turn is None or turn.role not in (ISSUER, SPEAKER) or turn.cue in c.get("not_speakers", ()):
            continue
        speaker_country = turn.speaker.country if turn.role == SPEAKER and turn.speaker is not None else issuer_country
        if not speaker_country or e.source.country == speaker_country:
            continue
        if e.target is not None and e.target.country == speaker_country and (e.symmetric or _joined_side(e, sent, offset)):
            # "Denmark and the United States stand together", "India ... is forging ties between our defense industrial
            # bases", "Korea has coordinated sanctions alongside the United States": the speaker's side is one of the
            # two of a mutual act (h21fact, blind audit 2026-12-04c n49)
            continue
        span = sent.doc.char_span(e.trigger_start - offset, e.trigger_end - offset, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root
        if verb.pos_ != "VERB" or verb.dep_ in ("amod", "acl", "xcomp", "pcomp", "advcl"):
            continue  # a participle describing a thing, an infinitive, a clause of another verb: not told here
        auxes = [a.lower_ for a in verb.children if a.dep_ in ("aux", "auxpass")]
        past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a in c.get("perfect", ()) for a in auxes))
        # "Iran is unjustly detaining innocent Americans", "Russia continues to shell ...": told as going on (h20now)
        now = _present(verb, cues()["factuality"])
        if not (past or now) or any(a in c.get("not_told", ()) for a in auxes):
            continue
        head = verb
        while (
            head.dep_ == "conj" and head.head.i != head.i and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in head.children)
        ):
            head = head.head  # "the Russians went into Ukraine, sent their forces ...": the first conjunct's subject
        subj = next((ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        own = c.get("own_subjects", ())
        if subj is None or any(t.lower_ in own for t in (subj, *subj.conjuncts)):
            continue  # "we sanctioned ...", "President X and I have agreed ...": the speaker's side
        if any(t.lower_ in own and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == subj.i for t in subj.subtree):
            continue  # "the two of us are having numerous talks", "both of us": the speaker among them (h21fact, n42)
        who = turn.speaker.text if turn.speaker is not None else turn.cue.upper()
        e.factuality, e.factuality_cue, e.attributed_to = "reported", turn.cue, who
    return events


def factuality(trigger, sentence, published: str | None) -> tuple[str, str | None, str | None]:
    """(label, cue, attributed_to) for the event whose trigger is ``trigger``.

    A question is never asserted: the act a question asks about is "question" with the cue "?" (guidelines
    section 4: asked, not told; an act the question takes as given keeps its own label); statements told as
    someone's words are "reported", ``attributed_to`` the speaker as written."""
    c = cues()["factuality"]
    chain = _chain(trigger)
    given = False
    if is_question(trigger, sentence) or _cut_question(trigger, sentence, c):
        if not (_presupposed(trigger, c) or (_wh_given(trigger, sentence) and not _asked_modal(trigger))):
            return "question", "?", None
        given = True  # taken as given by the question: its own words decide, and a future tense it frames
        ahead = next(
            (ch for a in trigger.ancestors for ch in a.children if ch.dep_ == "aux" and ch.lower_ in c["future_aux"]), None
        )
        if ahead is not None:
            return "planned", ahead.text, None  # "... will they respond only after the call between X and Y?"
    if not given and speaker_participle(trigger, c) is not None:
        return "asserted", None, None  # "X said ..., urging Y to ...": the speaker's own act, told by the author
    ruled = _not_ruled_out(chain, c)
    if ruled is not None:
        return "hypothetical", ruled, None  # "did not rule out sanctions": possible, not denied
    ruled = _ruled_out(chain)
    if ruled is not None:
        return "negated", ruled, None  # "ruled out sending ground troops": said not to happen (h27ruled)
    # negation on the trigger or the verb it belongs to; an adjective's copula or verb of seeming is that verb too
    # ("we are not ready to sign", "they do not appear ready to consider": the act is not offered)
    near = chain[:3] if len(chain) > 2 and chain[1].dep_ in ("acomp", "oprd") and chain[0].dep_ == "xcomp" else chain[:2]
    if _not_in_position(trigger, c):
        return "negated", "not", None  # "I'm not in a position to provide details"
    kept = _dissuaded(trigger, c)
    if kept is not None:
        return "negated", kept, None  # "warned Beijing against providing military aid to Moscow" (h26against)
    for k, t in enumerate(near):
        if k and _predicate_negation(trigger, t, c):
            continue  # "the aid does not empower X": the negation is the predicate's
        for child in t.children:
            if child.dep_ == "neg" or child.lower_ in c["negation"] and child.dep_ in ("neg", "det", "advmod"):
                if k and child.lower_ == "no" and child.dep_ == "det" and t.lemma_ not in c.get("no_governors", ()):
                    continue  # "there is no doubt that X attacked Y": the doubt is denied, not the act
                return "negated", child.text, None
    # "has yet to recognise", "is yet to sign", "we have yet to see any pullback": what lies under "yet to" is not done
    # so far
    for t in chain[1:4]:
        yet = next((ch for ch in t.children if ch.dep_ == "advmod" and ch.lower_ in c.get("not_yet", ())), None)
        if (
            yet is not None
            and yet.i + 1 < len(yet.doc)
            and yet.nbor().lower_ == "to"
            and any(x.dep_ == "xcomp" for x in t.children)
        ):
            return "negated", yet.text, None
    for k, t in enumerate(chain[1:], 1):
        if t.lemma_ in c["negating_verbs"] and t.lemma_ != trigger.lemma_ and not _sibling(chain, k):
            if _appended_denial(chain[k - 1], t):
                break  # "Kyiv accused Moscow of ..., a charge the Kremlin denied": the charge is denied (h26denied)
            return "negated", t.text, None
        if (
            t.lemma_ in c.get("object_negating_verbs", ())
            and t.lemma_ != trigger.lemma_
            and chain[k - 1].dep_ in ("xcomp", "dobj", "obj", "nsubjpass")
        ):
            return "negated", t.text, None  # "the talks were postponed", "the offer was declined" too (h27postpone)
    # "its planned visit", "a potential attack": the noun's own modifier places the act ahead or leaves it possible
    prospect = _prospective(trigger, c)
    if prospect is not None:
        return prospect[0], prospect[1], None
    demand = _demanded_by_noun(trigger, c)
    if demand is not None:  # "Iraq's call for a withdrawal of Turkish forces": demanded, given the call or not
        return "demanded", demand.text, None
    clause = _clause_of_noun(trigger, c)
    if clause is not None:  # "the urgent need for Russia to withdraw its forces": needed or demanded, not done
        return clause[0], clause[1], None
    background = _background_act(trigger, c) or _future_says_of(trigger, c)
    if not given and _conveyed_greeting(trigger, c):
        return "asserted", None, None  # "I asked our guest to convey our greetings to X": sent by saying so
    # a request about the event: "urged Pakistan to release ..." (not an act a question takes as given)
    for k, t in enumerate([] if background or given else chain[1:], 1):
        if t.lemma_ in c["demanding"] and t.pos_ == "VERB" and not _sibling(chain, k):
            if phoned(t):
                break  # "Putin called Erdogan to congratulate him": a telephone call and its purpose (h33phoned)
            if any(x.dep_ == "prt" and x.lower_ in c.get("demanding_not_particles", ()) for x in t.children):
                break  # "called off their march, easing a standoff": nothing asked (h39calloff)
            if chain[k - 1].dep_ in ("agent", "prep") and chain[k - 1].lower_ == "by":
                break  # "we are encouraged by the talks": what moves the speaker, not what is asked (h29encourage)
            if chain[k - 1].dep_ == "conj" and chain[k - 1].tag_ == "VBG" and t.tag_ == "VBG":
                break  # "encouraging the strengthening of ..., and collaborating on ...": a gerund beside it (h29encourage)
            if _done_modifier(trigger, c):
                break  # "encouraged continued dialogue, such as the recent meeting between X and Y": it took place
            if trigger.dep_ == "pobj" and len(chain) > 1 and chain[1].lower_ in c.get("circumstance_preps", ()):
                break  # "called for a European army during a visit to Paris": the visit is where it was asked (h26during)
            if _talk_adjunct(trigger, chain, k, c, ("in",)):
                break  # "In a phone call on Tuesday, Biden urged Netanyahu to ...": the call took place (h29adjunct)
            return "demanded", t.text, None
    charged = None if given else _charged_act(trigger, c)
    if charged is not None:  # "arrested ... for collaborating with Israel": the charge, not a deed told as done
        return "reported", charged, None
    alleged = None if given else _allegation_content(chain, c)
    if alleged is not None:  # "allegations the minister tried to pressure X", "the charge is that he asked Y"
        return "reported", alleged, None
    # a condition ("in the event of an attack", "will impose costs if it escalates"), a necessity ("it is
    # imperative that we work with X")
    cond = (
        _condition_phrase(trigger, c)
        or (None if given or background else governing_condition(trigger, c))
        or (None if given else _necessary(trigger, c))
    )
    if cond is not None:
        return "hypothetical", cond, None
    # weighed, not decided: "a meeting ... is under consideration"
    pending = None if given else _pending(trigger, c)
    if pending is not None:
        return "hypothetical", pending, None
    # hoped for, aimed at, looked forward to
    goal = _goal(trigger, c)
    if goal is not None:
        return goal[0], goal[1], None
    # conditional and hypothetical ("would" with an adverb of habit is a past habit: asserted)
    for t in chain[:1] if background else chain:
        if t.dep_ == "advcl" and _in_case(t):
            return "hypothetical", "in case", None  # "..., in case X attacks Y": the act of the condition
        for child in t.children:
            if child.lower_ in c["hypothetical"] and child.dep_ in ("mark", "aux", "advmod"):
                if child.lower_ == "would" and (_habitual(t, c) or _polite_would(t, c)):
                    continue
                if child.lower_ == "would" and _own_would(t, c):
                    return "planned", child.text, None  # "the Pentagon said it would send troops" (h14would16)
                if _courtesy(child, c) or (child.lower_ == "if" and _courtesy(t, c)):
                    continue  # "if I may, ...": a courteous formula, no condition
                if _hedge(t, child, c) or _polite_can(t, child):
                    continue  # "I would say ...", "can you tell us ...": a hedge or a polite request, no condition
                if _inverted_condition(t, child) and trigger.i < child.i:
                    continue  # "..., should it pursue further aggression": the condition covers what follows
                return "hypothetical", child.text, None
    # "is likely to meet", "are unlikely to sign": weighed, not done (h14raise16)
    for t in [] if background else chain[1:3]:
        if t.lower_ in c.get("pending_adjectives", ()) and t.pos_ == "ADJ" and any(ch.dep_ == "xcomp" for ch in t.children):
            return "hypothetical", t.text, None
    # a gathering one goes to: planned or called off as the going is ("she will join U.S. officials for meetings of
    # ...", "our representatives will not travel to Russia for meetings of the Arctic Council")
    attended = None if background or given else _attended(trigger, sentence, published, c)
    if attended is not None:
        return attended[0], attended[1], None
    # planned / future
    for t in chain[:1] if background else chain[:3]:
        for child in t.children:
            if child.dep_ == "aux" and child.lower_ in c["future_aux"]:
                return "planned", child.text, None
            if child.dep_ == "aux" and child.lower_ == "going":
                return "planned", child.text, None
        if _going_to(t, c):
            return "planned", "going to", None  # "Secretary Blinken is going to travel to Israel" (h22going)
    # a budget request's provisions are proposed, not spent ("The Budget provides $7.8 billion for sub-Saharan
    # Africa", "the Budget includes $1.4 billion to support ..."; blind audit 2026-12-04c n5, n45, 2026-12-04d n60)
    for t in [] if background or given else chain[:4]:
        subj = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if t.pos_ in ("VERB", "AUX") and subj is not None and subj.lemma_.lower() in c.get("proposal_subjects", ()):
            return "planned", subj.text, None
    be_to = None if background or given else _be_to(trigger, c)
    if be_to is not None:
        return "planned", be_to, None  # "the presidents are to discuss ..."
    for k, t in enumerate([] if background else chain[1:], 1):
        if (
            t.lemma_ in c["planning"]
            and t.lemma_ != trigger.lemma_
            and not _through_time_prep(trigger, t, c)
            and not _sibling(chain, k)
            and not _talk_adjunct(trigger, chain, k, c)
        ):
            return "planned", t.text, None
    inviting = None if background else _invited_to(trigger, c)
    if inviting is not None:
        return "planned", inviting.text, None
    # readiness stated ("we are prepared to engage", "ready to meet"): the offered act lies ahead, whether the
    # readiness word is the trigger (a governing AGREE) or governs the trigger
    for t in chain[:3]:
        if t.lower_ in c.get("readiness", ()) and t.tag_ in ("JJ", "VBN") and any(ch.dep_ == "xcomp" for ch in t.children):
            return "planned", t.text, None
    ready_noun = None if background or given else _readiness_noun(trigger, c)
    if ready_noun is not None:
        return "planned", ready_noun, None  # "expressed his readiness to visit Moscow": offered, not done
    # the tense of the clause the trigger is told in: not of a copula an adjective hangs on ("we're pleased to have
    # launched the partnership in April this year" is no plan)
    root = next((t for t in chain if t.dep_ in ("acomp", "oprd", "pcomp")), chain[-1])
    if not (background or given) and (_present(root, c) or _present(trigger, c)):
        phrase = _future_time(trigger, sentence, c["future_time"])
        if phrase is not None:
            return "planned", phrase, None
    # attributed: "officials said", "according to ..."; the speaker's own act stated in the present is his
    # statement itself ("Putin said he supports ..."): asserted
    if given:
        # a given act in a question: the question's own verbs of saying ("what can you tell us about the talks?")
        # are asked, not told; only a journalist's turn makes it the questioner's claim
        turn = question_turn(trigger, set(c.get("question_turns", ())))
        return ("reported", turn, turn) if turn is not None else ("asserted", None, None)
    accuser = _alleged_by(trigger, c)
    if accuser is not None:  # the charge of an accusation: the accuser's claim
        return "reported", accuser.text, _speaker(accuser) or (_speaker(accuser.head) if accuser.dep_ == "relcl" else None)
    told = _attribution(trigger, sentence, root, c)
    if told is not None:
        if own_statement(trigger, c) is not None:
            return "asserted", None, None
        return told
    evidential = _evidential(trigger, chain, c)
    if evidential is not None:  # "troops reportedly shelled ...", "the alleged attack": someone's claim
        return "reported", evidential, None
    turn = question_turn(trigger, set(c.get("question_turns", ())))
    if turn is not None:
        return "reported", turn, turn
    return "asserted", None, None
