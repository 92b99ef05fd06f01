"""A cooperative act its doer says it will do is, besides the act ahead, a statement of intent done today.

CAMEO's root 03 ("express intent to cooperate") codes what a party says it will do: "Hungary said it will support
the resolution" (032, intent to give policy support), "the United Nations will provide food aid" (033, intent to
give aid), "Israel will evacuate the settlements" (035, intent to yield), "the rebel leaders said they would meet
the mediator" (036, intent to meet). PLOVER files root 03 under AGREE ("agree to, promise to, offer to"), and the
PLOVER gold-standard records (``shared/eval`` section 7) code such sentences AGREE. attache keeps the act itself as
the guidelines want it (its type, factuality ``planned``, dated by its own time phrase, out of the indexes, which
count only what happened) and adds the statement beside it: an AGREE event, asserted, with the intent code of the
act's type (``intent_statements`` in data/arguments.yaml), the same sides and evidence, dated by the clause of
saying when that has a time of its own ("announced on Sunday that ..."), else as ``fill_dates`` decides.

Only announcements of the doer's own act: the factuality cue is a future auxiliary ("will", "shall", the "would"
of a past saying) or a verb of intent ("plans to", "pledged to"); a schedule ("is set to", "the upcoming visit"),
a condition, a question, a demand or a refusal makes none. An act of conflict announced is a threat, which the
threat rules code already (CAMEO 13, retype.yaml); the intent types here are the cooperative ones only.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import lru_cache

from ..model import Event
from .arguments import argument_rules
from .dates import event_date
from .factuality import cues, saying_verb
from .ontology import coding_for_cameo


@lru_cache(maxsize=1)
def _rules() -> dict:
    raw = argument_rules().get("intent_statements") or {}
    codes = {str(k): str(v) for k, v in (raw.get("codes") or {}).items()}
    future = cues()["factuality"]["future_aux"]  # "will", "shall", "'ll" in both apostrophes (cues.yaml)
    return {
        "aux": frozenset(str(w).lower() for w in (*future, *(raw.get("also_future") or ()))),
        "stems": tuple(str(w).lower() for w in raw.get("intent_stems") or ()),
        "conditions": frozenset(str(w).lower() for w in raw.get("condition_words") or ()),
        "codes": codes,
    }


@lru_cache(maxsize=1)
def statement_codes() -> frozenset[str]:
    """The CAMEO codes a statement of intent is given (the calibration's feature ``intent`` reads them)."""
    return frozenset(_rules()["codes"].values())


def _intent_cue(cue: str | None) -> bool:
    """Is the planned event's cue a future auxiliary or a verb of intent ("plans", "pledged")?"""
    if not cue:
        return False
    word = cue.lower()
    r = _rules()
    return word in r["aux"] or any(word.startswith(s) and len(word) - len(s) <= 3 for s in r["stems"])


def _future_aux(verb) -> bool:
    """Does the verb carry a future auxiliary of its own ("will provide", "would meet")?"""
    return any(c.dep_ == "aux" and c.lower_ in _rules()["aux"] for c in verb.children)


def intent_code(e: Event) -> str | None:
    """The CAMEO intent code of a planned act's type and mode ("AID/HUMANITARIAN": 0333; "CONSULT": 036); None
    for a type that states no intent to cooperate."""
    codes = _rules()["codes"]
    return codes.get(f"{e.plover_type}/{e.plover_mode}") or codes.get(e.plover_type)


def _act_verb(tok):
    """The verb that tells the act: the trigger itself, or the verb a noun trigger is the object of ("will hold
    talks", "will provide aid to"); None for a noun event no verb of its own carries ("the upcoming talks")."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return tok.head
    return None


def _future_on(verb) -> bool:
    """A future auxiliary or a verb of intent on the act's verb or on a verb it is the infinitive of ("will continue to
    provide", "plans to collaborate", "pledged to send"), up to two verbs up; never on a clause around it ("you'll
    remember, when he met ...")."""
    v = verb
    for _ in range(3):
        if _future_aux(v):
            return True
        if v is not verb and any(v.lower_.startswith(s) for s in _rules()["stems"]):
            return True
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
    return False


def _announced(verb, factuality: str) -> bool:
    """Is the act's verb announced: with a future auxiliary or a verb of intent over it ("ties will be further
    strengthened", said with confidence by one of the two, is his intent too); under a condition ("would meet the
    mediator if ...", a conditional offer) only with a future auxiliary of its own ("could ease sanctions if ..."
    weighs a possibility and offers nothing)?"""
    return _future_aux(verb) if factuality == "hypothetical" else _future_on(verb)


def _arranged(verb) -> bool:
    """ "will be hosting", "will be traveling": the future progressive tells an arrangement, not a will."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def intent_events(events: list[Event], parsed, published: str | None) -> list[Event]:
    """``events`` with, after each planned cooperative act with both sides, its statement of intent: an AGREE,
    unless the act's sentence already gives an AGREE between the same two parties ("ready to", "promised to",
    "agreed to" are read as AGREE by the lexicon). Read on the final types, after ``retype``."""
    agreed = {
        (e.sentence_start, frozenset((e.source.actor_id, e.target.actor_id)))
        for e in events
        if e.plover_type == "AGREE" and e.source is not None and e.target is not None
    }
    stated: list[Event] = []
    for e in events:
        if e.source is None or e.target is None or e.factuality not in ("planned", "hypothetical"):
            continue
        if e.factuality == "planned" and not _intent_cue(e.factuality_cue):
            continue
        if e.factuality == "hypothetical" and (e.factuality_cue or "").lower() not in _rules()["conditions"]:
            continue
        code = intent_code(e)
        key = (e.sentence_start, frozenset((e.source.actor_id, e.target.actor_id)))
        if code is None or key in agreed:
            continue
        span = parsed.span_at(e.trigger_start, e.trigger_end)[1]
        tok = span.root if span is not None else None
        verb = _act_verb(tok) if tok is not None else None
        if tok is None or verb is None or _arranged(verb) or not _announced(verb, e.factuality):
            continue
        agreed.add(key)
        saying = saying_verb(tok)
        date_text, day, precision = event_date(saying, tok.sent, published) if saying is not None else (None, None, None)
        stated.append(_statement(e, code, date_text, day, precision))
    return events + stated  # after the article's own events: an agreement the text tells wins the merge


def _statement(e: Event, code: str, date_text: str | None, day: str | None, precision: str | None) -> Event:
    """The AGREE of intent ``code`` stated for the planned act ``e``: its sides, words and evidence."""
    c = coding_for_cameo(code)
    return replace(
        e,
        id=hashlib.sha256(f"{e.id}:intent:{code}".encode()).hexdigest()[:16],
        **c.event_fields(),
        factuality="reported" if e.attributed_to else "asserted",
        date=day,
        date_text=date_text,
        date_precision=precision or "unknown",
        confidence=round(max(0.05, e.confidence - 0.05), 2),
        evidence=[list(x) for x in e.evidence],
        source_span=dict(e.source_span) if e.source_span else None,
        target_span=dict(e.target_span) if e.target_span else None,
        participants=[dict(p) for p in e.participants],
    )
