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


def _chain(token, limit: int = 4):
    """The trigger and the verbs it hangs from (xcomp/ccomp/conj/acl), nearest first."""
    seen = [token]
    t = token
    while t.head.i != t.i and len(seen) <= limit:
        if t.dep_ in ("xcomp", "ccomp", "conj", "acl", "advcl", "relcl", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "appos", "compound"):
            t = t.head
            seen.append(t)
        else:
            break
    return seen


def factuality(trigger, sentence, published: str | None) -> tuple[str, str | None, str | None]:
    """(label, cue, attributed_to) for the event whose trigger is ``trigger``."""
    c = cues()["factuality"]
    chain = _chain(trigger)
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
    text = sentence.text.lower()
    root = chain[-1]
    if root.tag_ in ("VBZ", "VBP") or trigger.tag_ in ("VBZ", "VBP"):
        for phrase in c["future_time"]:
            if f" {phrase}" in f" {text}":
                return "planned", phrase, None
    # attributed: "officials said", "according to ..."
    for t in sentence:
        if t.lemma_ in c["reporting"] and t.i != trigger.i and t.pos_ == "VERB" and (t.i == sentence.root.i or t.dep_ in ("parataxis", "ccomp")):
            speaker = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if speaker is not None and t.i != root.i:
                return "reported", t.text, " ".join(w.text for w in speaker.subtree)
            if speaker is not None and t.i > trigger.i:
                return "reported", t.text, " ".join(w.text for w in speaker.subtree)
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            source = next((ch for ch in t.doc[t.i + 1].children if ch.dep_ == "pobj"), None)
            return "reported", "according to", " ".join(w.text for w in source.subtree) if source is not None else None
    return "asserted", None, None
