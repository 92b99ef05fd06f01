"""Who speaks a claim the comparison shows, when the claim's speaker is a pronoun ("I hope ...", "he said ...").

A comparison line "**I** hope: ..." tells the reader nothing, and two outlets' "I" are not one speaker. A pronoun
speaker is resolved, else left unnamed:

- in a transcript (turn cues "MR PRICE:", "Vladimir Putin:", "QUESTION:"; ``events.speakers.SpeakerTurns``), a
  first-person pronoun belongs to its turn's speaker ("we" of the issuer's own official: the issuing government);
- in a government's own release (the outlet is of kind ``government``), "we"/"us"/"our" is the issuer;
- "I"/"me", "he", "she" outside a transcript: the first person named in the claim's sentence before the pronoun,
  else in the nearest of the two sentences before it that names a person (English puts the subject first: "Putin
  congratulated Sharif. The message reads: 'I hope ...'");
- anything else ("you", "they", "who", a pronoun with no person before it) is left unnamed: the line shows no
  speaker rather than a wrong one.

Plain functions over the stored claim rows, mentions and article dicts of ``stories.compare``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

FIRST_SINGULAR = frozenset({"i", "me", "my"})
FIRST_PLURAL = frozenset({"we", "us", "our"})
THIRD_SINGULAR = frozenset({"he", "she", "him", "her"})
PRONOUNS = FIRST_SINGULAR | FIRST_PLURAL | THIRD_SINGULAR | frozenset({"you", "they", "them", "who", "it", "one"})
SENTENCES_BACK = 2


def is_pronoun(speaker: str | None) -> bool:
    return bool(speaker) and " ".join((speaker or "").lower().split()) in PRONOUNS


def _name(m: Any) -> str:
    return m.name or m.text


def _turns(art: dict, mentions: Sequence[Any]) -> Any:
    from ..events.speakers import SpeakerTurns
    from ..extract.outlets import outlet_info

    info = outlet_info(art.get("outlet"), art.get("url"))
    issuer = info.country if info.kind == "government" else ""
    turns = SpeakerTurns(art["text"], mentions, issuer or "", art.get("title"))
    return turns if turns.turns else None


def _person_before(mentions: Sequence[Any], sentence_start: int, offset: int) -> Any | None:
    """The first person named in the claim's sentence before ``offset``, else in the nearest of the sentences
    before it (at most ``SENTENCES_BACK``) that names one."""
    persons = [m for m in mentions if m.kind == "person" and m.actor_id and m.end <= offset]
    here = [m for m in persons if m.sentence_start == sentence_start]
    if here:
        return min(here, key=lambda m: m.start)
    starts = sorted({m.sentence_start for m in mentions if m.sentence_start < sentence_start}, reverse=True)
    for s in starts[:SENTENCES_BACK]:
        named = [m for m in persons if m.sentence_start == s]
        if named:
            return min(named, key=lambda m: m.start)
    return None


def resolve_speaker(claim: dict, art: dict, mentions: Sequence[Any], turns: Any = None) -> dict[str, Any]:
    """{"speaker": a name or None, "actor_id", "word": the pronoun or None, "how"} for one claim row; a named
    speaker is returned as it is."""
    word = " ".join((claim.get("speaker") or "").lower().split())
    if not is_pronoun(word):
        return {"speaker": claim.get("speaker"), "actor_id": claim.get("actor_id"), "word": None, "how": "named"}
    at = int(claim["speaker_start"] if claim.get("speaker_start") is not None else claim.get("start_char") or 0)
    unnamed = {"speaker": None, "actor_id": None, "word": word, "how": "unresolved"}
    if word in FIRST_SINGULAR | FIRST_PLURAL and turns is not None:
        turn = turns.at(at)
        if turn is not None:
            if turn.speaker is not None and (word in FIRST_SINGULAR or turn.role != "issuer"):
                return {"speaker": _name(turn.speaker), "actor_id": turn.speaker.actor_id, "word": word, "how": "turn"}
            if turn.role == "issuer" and word in FIRST_PLURAL:
                return {"speaker": art.get("outlet"), "actor_id": None, "word": word, "how": "issuer"}
            if turn.role == "issuer" and word in FIRST_SINGULAR and turn.cue not in ("question",):
                return {"speaker": turn.cue.title(), "actor_id": None, "word": word, "how": "turn"}
            return unnamed  # a journalist's turn, a stranger's: not a speaker the comparison can name
    if word in FIRST_PLURAL:
        from ..extract.outlets import outlet_info

        if outlet_info(art.get("outlet"), art.get("url")).kind == "government":
            return {"speaker": art.get("outlet"), "actor_id": None, "word": word, "how": "issuer"}
        return unnamed
    if word in FIRST_SINGULAR | THIRD_SINGULAR:
        m = _person_before(mentions, claim.get("sentence_start") or 0, at)
        if m is not None:
            return {"speaker": _name(m), "actor_id": m.actor_id, "word": word, "how": "person before"}
    return unnamed


def resolve_all(claims: list[dict], arts: dict[str, dict], mentions: Sequence[Any]) -> list[dict]:
    """The claims with ``speaker``/``actor_id`` resolved (``speaker_word``: the pronoun the text has), in order."""
    by_article: dict[str, list[Any]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    turns: dict[str, Any] = {}
    out = []
    for c in claims:
        art = arts.get(c["article_id"])
        if art is None:
            out.append(c)
            continue
        if not is_pronoun(c.get("speaker")):
            out.append(dict(c, speaker_word=None))
            continue
        ms = by_article.get(c["article_id"], [])
        if c["article_id"] not in turns:
            turns[c["article_id"]] = _turns(art, ms)
        who = resolve_speaker(c, art, ms, turns[c["article_id"]])
        out.append(dict(c, speaker=who["speaker"], actor_id=who["actor_id"], speaker_word=who["word"], speaker_how=who["how"]))
    return out
