"""A response promised under another party's act is a threat to that party (forty-fifth session, h45ifthreat).

"If Russia invades Ukraine, the United States will impose severe costs" (the gold guidelines' worked example 8:
THREATEN USA -> RUS, asserted), "Should Russia attack Ukraine, the allies will respond with severe sanctions": the
condition tells the other party's hostile act (an event the coder found, hypothetical), the main clause the speaker's
answer to it, a verb of response (``conditional_threat: responses`` in arguments.yaml) with a modal of the future.
The coder read the condition's act, and the response as a planned act with no target (or none at all: "we will
respond"); the threat itself, made now, was missing. It is added: the main clause's subject threatens the
condition's doer, asserted, on the response verb.

Only a doer named with its country in the condition and a subject of another country in the main clause; "if it
invades" with "it" unresolved gives nothing. Written for attache (CC0).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from ..model import Event
from .ontology import coding
from .sentence import _trigger_token


def _condition_verb(tok, marks: frozenset[str]):
    """The verb of the conditional clause ``tok`` is in ("If Russia invades", "if Russia engages in an invasion",
    "Should Russia attack"), else None."""
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl":
            kids = list(t.children)
            if any(c.dep_ == "mark" and c.lower_ in marks for c in kids):
                return t
            first = min((c for c in kids), key=lambda c: c.i, default=None)
            if first is not None and first.dep_ == "aux" and first.lower_ in marks and first.i < t.i:
                return t  # "Should Russia attack Ukraine, ...": the inverted condition
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def threats(coder: Any, out: list[Event], seg, by_token: dict, rules: dict) -> list[Event]:
    """The threats the sentence's conditional acts make (none when the sentence has none); ``rules``:
    ``conditional_threat`` of arguments.yaml, as frozensets."""
    if not rules or not out:
        return []
    made: list[Event] = []
    have = {(e.source.country, e.target.country) for e in out if e.plover_type == "THREATEN" and e.source and e.target}
    for e in out:
        if e.plover_type not in rules["conditions"] or e.factuality != "hypothetical":
            continue
        if e.source is None or not e.source.country:
            continue
        tok = _trigger_token(seg.doc, seg, e)
        verb = _condition_verb(tok, rules["marks"]) if tok is not None else None
        if verb is None:
            continue
        main = verb.head
        if main.lemma_.lower() not in rules["responses"] or any(c.dep_ == "neg" for c in main.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in rules["modals"] for c in main.children):
            continue
        subject = coder._subject(main, by_token)
        sides = coder._side(subject, by_token) if subject is not None else []
        speaker = next((a for a in sides if a.m.country and a.m.country != e.source.country), None)
        if speaker is None or (coder.party(speaker.m).country, e.source.country) in have:
            continue
        start = seg.start + main.idx
        end = start + len(main.text)
        c = coding("THREATEN")
        eid = hashlib.sha256(f"{e.article_id}:{start}:THREATEN:{speaker.m.start}:{e.source.start}".encode()).hexdigest()[:16]
        made.append(
            replace(
                e,
                id=eid,
                trigger_start=start,
                trigger_end=end,
                trigger=main.text,
                **c.event_fields(),
                source=coder.party(speaker.m),
                target=e.source,
                factuality="asserted",
                factuality_cue=None,
                attributed_to=None,
                symmetric=False,
                source_span=coder._span_dict(speaker, seg),
                target_span=e.source_span,
                participants=[],
            )
        )
        have.add((coder.party(speaker.m).country, e.source.country))
    return made
