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

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from ..model import Event, Mention
from .dates import event_date
from .factuality import cues
from .ontology import coding_for_cameo

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


def _charge_words() -> frozenset[str]:
    return frozenset(cues()["factuality"].get("charge_verbs") or ())


def _charged_act(verb, words: frozenset[str]):
    """The verb of wrongdoing the clause verb ``verb`` is or leads to through its infinitives ("continued to refuse
    to fulfil": refuse), else None."""
    t = verb
    for _ in range(3):
        if t.lemma_.lower() in words:
            return t
        nxt = next((c for c in t.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            return None
        t = nxt
    return None


def _mention_at(mentions: Sequence[Mention], at: int) -> Mention | None:
    return next((m for m in mentions if m.start <= at < m.end and m.country and m.actor_id), None)


def charges(coder, events: list[Event], parsed, mentions: Sequence[Mention], published: str | None) -> list[Event]:
    """``events`` with, for each verb of emphasis whose content clause tells another country's wrongdoing ("Putin
    emphasised that Kiev continued to refuse to fulfil the Minsk agreements", "that Poland was systematically violating
    its international commitments"), an ACCUSE by the speaker against that country's party (h35charge): the speaker
    charges it, asserted, dated by the verb of emphasis. The wrongdoing verbs are data (cues.yaml ``charge_verbs``);
    none when the sentence already has an ACCUSE between the two."""
    emph, wrong = _words(), _charge_words()
    if not emph or not wrong:
        return events
    accused = {
        (e.sentence_start, e.source.country, e.target.country)
        for e in events
        if e.plover_type == "ACCUSE" and e.source and e.target
    }
    added: list[Event] = []
    for seg in parsed.segments:
        for verb in seg.doc:
            if verb.lemma_.lower() not in emph or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaker = _mention_at(mentions, seg.start + subj.idx) if subj is not None else None
            if speaker is None:
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            clauses += [g for c in clauses for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]
            for clause in clauses:
                act = _charged_act(clause, wrong)
                doer_tok = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                doer = _mention_at(mentions, seg.start + doer_tok.idx) if doer_tok is not None else None
                if act is None or doer is None or doer.country == speaker.country:
                    continue
                sent = verb.sent
                key = (seg.start + sent.start_char, speaker.country, doer.country)
                if key in accused:
                    continue
                accused.add(key)
                start, end = seg.start + verb.idx, seg.start + verb.idx + len(verb.text)
                date_text, day, precision = event_date(verb, sent, published)
                c = coding_for_cameo("112")
                added.append(
                    Event(
                        id=hashlib.sha256(
                            f"{speaker.article_id}:{start}:charge:{speaker.actor_id}:{doer.actor_id}".encode()
                        ).hexdigest()[:16],
                        article_id=speaker.article_id,
                        sentence_start=seg.start + sent.start_char,
                        sentence_end=seg.start + sent.end_char,
                        trigger_start=start,
                        trigger_end=end,
                        trigger=verb.text,
                        **c.event_fields(),
                        source=coder.party(speaker),
                        target=coder.party(doer),
                        date=day,
                        date_text=date_text,
                        date_precision=precision or "unknown",
                        location=None,
                        domain=coder.domain(c.plover_type, sent.text, [speaker, doer]),
                        factuality="asserted",
                        factuality_cue=None,
                        attributed_to=None,
                        confidence=0.6,
                        source_span={"start": speaker.start, "end": speaker.end, "text": speaker.text},
                        target_span={"start": doer.start, "end": doer.end, "text": doer.text},
                    )
                )
    return events + added
