"""Another party's act in the clause of a readout's verb of emphasis is the speaker's report (h35emphasis).

A readout tells what its leader said with verbs of emphasis as often as with "said": "Vladimir Putin emphasised that
Kiev continued to refuse to fulfil the Minsk agreements", "the President stressed that Ukrainian forces were shelling
Donbass". What another party did in such a clause is the speaker's account, ``reported`` and attributed to the
speaker (guidelines section 4), not the author's assertion. The speaker's own side stays as it is ("Sherman
emphasized that Ukraine continues to have the United States' support": the speaker's own state's act, her statement
of it): only an act whose doer is of another country than the speaker's is changed, and only in a clause that is the
verb's content (its ``ccomp``), not in its object ("stressed the importance of the agreements reached during a visit
by ...": presupposed, told as background). The verbs are data (cues.yaml ``emphasis_reporting``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Event, Mention
from .factuality import cues

MAX_UP = 8  # heads walked up from the trigger to its verb of emphasis


def _words() -> frozenset[str]:
    return frozenset(cues()["factuality"].get("emphasis_reporting") or ())


def _emphasis_verb(trigger, words: frozenset[str]):
    """The verb of emphasis whose content clause holds ``trigger`` ("emphasised that [Kiev refused ...]"), else None."""
    t = trigger
    for _ in range(MAX_UP):
        head = t.head
        if head.i == t.i:
            return None
        if head.lemma_.lower() in words and head.pos_ in ("VERB", "AUX") and t.dep_ == "ccomp":
            return head
        if t.dep_ in ("relcl", "acl", "advcl", "parataxis"):
            return None  # another clause's, not the content of the saying
        t = head
    return None


def reported_by_emphasis(events: list[Event], parsed, mentions: Sequence[Mention]) -> list[Event]:
    """``events`` with an asserted act of another country than its speaker's, told in the content clause of a verb
    of emphasis, made ``reported`` and attributed to the speaker."""
    words = _words()
    if not words or not events:
        return events
    out = []
    for e in events:
        if e.factuality != "asserted" or e.source is None or not e.source.country or e.trigger_start is None:
            out.append(e)
            continue
        seg, span = parsed.span_at(e.trigger_start, e.trigger_end)
        verb = _emphasis_verb(span.root, words) if span is not None else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        speaker = None
        if subj is not None:
            at = seg.start + subj.idx
            speaker = next((m for m in mentions if m.start <= at < m.end and m.country), None)
        if speaker is None or subj is None or verb is None or seg is None or speaker.country == e.source.country:
            out.append(e)
            continue
        who = seg.doc[subj.left_edge.i : subj.right_edge.i + 1].text
        out.append(replace(e, factuality="reported", factuality_cue=verb.text, attributed_to=who))
    return out
