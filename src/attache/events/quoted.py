"""The speaker of a quote as the doer of the first-person acts told inside it (issue 14, h14news9).

News quotes a party's own words: 'The minister said, "Our condolences go to the families of the victims in X"',
'"I want to thank the people of Y for their help," the president said'. The condolence and the thanks are the
speaker's acts; the pronoun "our"/"I" names no actor by itself. This module finds the speaker: the pronoun must sit
inside quotation marks in its sentence, under a reporting verb (``say``, ``tell``, ``add`` ...) whose subject is a
known actor. Unquoted indirect speech ("the minister said we should ...") is not read: there "we" may be anyone.
Word lists: ``quoted_speaker`` in data/arguments.yaml.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .arguments import argument_rules


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    raw = argument_rules().get("quoted_speaker") or {}
    return frozenset(raw.get("pronouns") or ()), frozenset(raw.get("verbs") or ()), tuple(raw.get("marks") or ())


def _quoted(tok) -> bool:
    """Is ``tok`` between quotation marks in its sentence (an odd number of marks before it, or an opening mark
    before it and a closing one after it)?"""
    _, _, marks = _rules()
    sent = tok.sent
    before = [t.text for t in sent if t.i < tok.i and t.text in marks]
    if "\u201c" in before or "\u201d" in before:
        return bool(before) and before[-1] == "\u201c"
    if before:
        return len(before) % 2 == 1
    return False


def speaker_of(tok, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """(mention, token) of the speaker whose quote holds the first-person pronoun ``tok``, or None. ``subject``
    gives a verb's subject token (the coder's own reading of subjects)."""
    pronouns, verbs, _ = _rules()
    if tok.lower_ not in pronouns or tok.i in by_token or not _quoted(tok):
        return None
    head = tok.head
    hops = 0
    while hops < 8:
        if head.lemma_.lower() in verbs and head.pos_ in ("VERB", "AUX") and head.i != tok.head.i:
            subj = subject(head)
            if subj is None or subj.lower_ in pronouns:
                return None
            m = by_token.get(subj.i)
            if m is None or not m.actor_id:
                return None
            return m, subj
        if head.head.i == head.i:
            break
        head, hops = head.head, hops + 1
    # '"..., " the president said.': the reporting clause may be the root the parser hung the quote under
    root = tok.sent.root
    if root.lemma_.lower() in verbs and root.pos_ in ("VERB", "AUX") and root.i != tok.head.i:
        subj = subject(root)
        m = by_token.get(subj.i) if subj is not None and subj.lower_ not in pronouns else None
        if m is not None and m.actor_id:
            return m, subj
    return None
