"""Is the event asserted, reported, planned, negated, hypothetical or demanded?

Reads the dependency parse around the trigger; returns the label and the cue
word that decided it. Cue words live in ``data/cues.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def cues() -> dict:
    raw = yaml.safe_load(resources.files("attache.events").joinpath("data/cues.yaml").read_text("utf-8"))
    return raw


@lru_cache(maxsize=1)
def domains() -> tuple[str, ...]:
    """The domains the event coder assigns: those of its cue lists and its two fall-backs (sorted)."""
    return tuple(sorted({*cues()["domains"], "diplomacy", "other"}))


def _chain(token, limit: int = 4):
    """The trigger and the verbs it hangs from (xcomp/ccomp/conj/acl), nearest first."""
    seen = [token]
    t = token
    while t.head.i != t.i and len(seen) <= limit:
        if t.dep_ in (
            "xcomp",
            "ccomp",
            "conj",
            "acl",
            "advcl",
            "relcl",
            "dobj",
            "pobj",
            "prep",
            "nsubj",
            "nsubjpass",
            "attr",
            "appos",
            "compound",
        ):
            t = t.head
            seen.append(t)
        else:
            break
    return seen


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


def _speaker(verb) -> str | None:
    """The subject of a reporting verb as written ("Ukrainian officials", "the U.S. State Department")."""
    subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    toks = list(subj.subtree)
    return verb.doc[toks[0].i : toks[-1].i + 1].text


def _reported_by(trigger, reporting: set[str]):
    """A reporting verb the trigger's clause is the content of: "officials said [Russia attacked ...]",
    "[Russia attacked ...], officials said", "X claims that [...]"; None when the trigger is not reported."""
    t = trigger
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            break
        if head.lemma_ in reporting and head.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "xcomp"):
            return head
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
        ):
            return ch
    return None


#: words before a time phrase that place it in the past ("earlier this year", "so far this month")
PAST_LEAD = {"earlier", "far", "since", "ago", "last", "previous", "past"}


def _future_time(trigger, sentence, phrases) -> str | None:
    """A phrase of future time ("next week", "this month", "soon") in the trigger's own clause, said of what
    lies ahead: a present tense with it is a plan ("the minister travels to Kyiv next week"). A phrase of another
    clause ("..., and talks resume next week") or one placed in the past ("earlier this year") is not."""
    from .dates import clause_head

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
            if clause_head(first).i == own or clause_head(sentence[k + len(parts) - 1]).i == own:
                return phrase
    return None


def factuality(trigger, sentence, published: str | None) -> tuple[str, str | None, str | None]:
    """(label, cue, attributed_to) for the event whose trigger is ``trigger``.

    A question is never asserted: it is "hypothetical" with the cue "?" (it asks whether the event
    happened); statements told as someone's words are "reported", ``attributed_to`` the speaker as written."""
    c = cues()["factuality"]
    chain = _chain(trigger)
    if is_question(trigger, sentence):
        return "hypothetical", "?", None
    # negation on the trigger or the verb it belongs to
    for t in chain[:2]:
        for child in t.children:
            if child.dep_ == "neg" or child.lower_ in c["negation"] and child.dep_ in ("neg", "det", "advmod"):
                return "negated", child.text, None
    for t in chain[1:]:
        if t.lemma_ in c["negating_verbs"] and t.lemma_ != trigger.lemma_:
            return "negated", t.text, None
    # a request about the event: "urged Pakistan to release ..."
    for t in chain[1:]:
        if t.lemma_ in c["demanding"] and t.pos_ == "VERB":
            return "demanded", t.text, None
    # conditional and hypothetical
    for t in chain:
        for child in t.children:
            if child.lower_ in c["hypothetical"] and child.dep_ in ("mark", "aux", "advmod"):
                return "hypothetical", child.text, None
    # planned / future
    for t in chain[:3]:
        for child in t.children:
            if child.dep_ == "aux" and child.lower_ in c["future_aux"]:
                return "planned", child.text, None
            if child.dep_ == "aux" and child.lower_ == "going":
                return "planned", child.text, None
    for t in chain[1:]:
        if t.lemma_ in c["planning"] and t.lemma_ != trigger.lemma_:
            return "planned", t.text, None
    # readiness stated ("we are prepared to engage", "ready to meet"): the offered act lies ahead, whether the
    # readiness word is the trigger (a governing AGREE) or governs the trigger
    for t in chain[:3]:
        if t.lower_ in c.get("readiness", ()) and t.tag_ in ("JJ", "VBN") and any(ch.dep_ == "xcomp" for ch in t.children):
            return "planned", t.text, None
    root = chain[-1]
    if root.tag_ in ("VBZ", "VBP") or trigger.tag_ in ("VBZ", "VBP"):
        phrase = _future_time(trigger, sentence, c["future_time"])
        if phrase is not None:
            return "planned", phrase, None
    # attributed: "officials said", "according to ..."
    reporter = _reported_by(trigger, set(c["reporting"]))
    if reporter is not None and reporter.i != trigger.i:
        return "reported", reporter.text, _speaker(reporter)
    for t in sentence:
        if (
            t.lemma_ in c["reporting"]
            and t.i != trigger.i
            and t.pos_ == "VERB"
            and (t.i == sentence.root.i or t.dep_ in ("parataxis", "ccomp"))
        ):
            speaker = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if speaker is not None and t.i != root.i:
                return "reported", t.text, _speaker(t)
            if speaker is not None and t.i > trigger.i:
                return "reported", t.text, _speaker(t)
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            source = next((ch for ch in t.doc[t.i + 1].children if ch.dep_ == "pobj"), None)
            if source is not None:
                toks = list(source.subtree)
                return "reported", "according to", t.doc[toks[0].i : toks[-1].i + 1].text
            return "reported", "according to", None
    return "asserted", None, None
