"""The speaker of a quote or a reported statement as the party its first-person words name (issue 14, h14news9,
h14we11).

News quotes a party's own words: 'The minister said, "Our condolences go to the families of the victims in X"',
'"I want to thank the people of Y for their help," the president said'. The condolence and the thanks are the
speaker's acts; the pronoun "our"/"I" names no actor by itself. This module finds the speaker:

- the pronoun inside quotation marks under a reporting verb (``say``, ``tell``, ``add`` ...) of its own sentence
  whose subject is a known actor, or the sentence's "according to X";
- a quote that runs across sentences of the same paragraph (segment): the speaker attributed in the sentence where
  the quote opens or where it closes ('Lavrov said: "We reject it. Our troops stay."'), or a new quote right after
  a sentence whose quote has one speaker ('"...," Lavrov said. "Our troops stay."');
- the speaker's own party told through a possessive ("our country", "my government"; "his country" in what a
  person is reported to have said: "Erdogan said his country would ...").

Unquoted first-person words are not read ("X said we ..."): on the demo corpus they were the writer's own as often
("Police told me that I had no one", "we believe", "according to American, and our, estimates"; h14we11).

Never when the speaker is the press (a journalist asks), is a person with no country, or when the sentence that
attributes the quote names two speakers. Word lists: ``quoted_speaker`` in data/arguments.yaml.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from .arguments import argument_rules


class _Rules(NamedTuple):
    pronouns: frozenset[str]
    verbs: frozenset[str]
    marks: tuple[str, ...]
    plural: frozenset[str]
    country_sectors: frozenset[str]
    own_nouns: frozenset[str]
    third: frozenset[str]
    press: frozenset[str]
    complements: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = argument_rules().get("quoted_speaker") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    return _Rules(
        words("pronouns"),
        words("verbs"),
        tuple(raw.get("marks") or ()),
        words("plural"),
        frozenset(str(w) for w in raw.get("country_sectors") or ()),
        words("own_nouns"),
        words("third_possessives"),
        words("press"),
        words("complements"),
    )


def plural_of_country(word: str, speaker: Any) -> bool:
    """Does ``word`` ("we", "our", "us") by ``speaker`` name the speaker's country (an official of its state), not
    the speaker's own body (a company, a party, an international organisation, a team: the speaker stands for it)?"""
    r = _rules()
    return word.lower() in r.plural and bool(speaker.country) and speaker.sector in r.country_sectors


def own_noun(tok) -> bool:
    """Is ``tok`` a noun that names a party by itself with a possessive ("country", "government")?"""
    return tok.lemma_.lower() in _rules().own_nouns or tok.lower_ in _rules().own_nouns


def _quoted(tok) -> bool:
    """Is ``tok`` between quotation marks in its sentence (an odd number of marks before it, or an opening mark
    before it and a closing one after it)?"""
    marks = _rules().marks
    sent = tok.sent
    before = [t.text for t in sent if t.i < tok.i and t.text in marks]
    if "\u201c" in before or "\u201d" in before:
        return bool(before) and before[-1] == "\u201c"
    if before:
        return len(before) % 2 == 1
    return False


def _open_quote(tok) -> tuple[int, int] | None:
    """(opening mark, closing mark or -1) of the quote that holds ``tok`` in its paragraph (the parsed segment),
    counting the marks from the segment's start; None when ``tok`` is not quoted."""
    doc = tok.doc
    opened = -1
    marks = _marks_of(doc)
    at = bisect.bisect_left(marks, (tok.i, ""))
    for i, text in marks[:at]:
        if text == "\u201c" or (text == '"' and opened < 0):
            opened = i
        else:
            opened = -1
    if opened < 0:
        return None
    for i, text in marks[at:]:
        if i == tok.i:
            continue
        if text != "\u201c":
            return opened, i
        break
    return opened, -1


_last_marks: tuple[Any, list[tuple[int, str]]] | None = None  # (doc, its quote marks): one paragraph's, reused


def _marks_of(doc) -> list[tuple[int, str]]:
    """(index, text) of the quote marks of a parsed paragraph, in order; kept for the last paragraph asked about
    (``_open_quote`` is asked for many tokens of one paragraph in a row)."""
    global _last_marks
    cached = _last_marks
    if cached is None or cached[0] is not doc:
        marks = _rules().marks
        cached = _last_marks = (doc, [(t.i, t.text) for t in doc if t.text in marks])
    return cached[1]


def in_quote(tok) -> bool:
    """Is ``tok`` inside a direct quote (of its sentence or running across sentences of its paragraph)?"""
    return _quoted(tok) or _open_quote(tok) is not None


def _known(m: Any, strict: bool = True) -> bool:
    """A speaker the quote can be given to: an actor of a country, or an international organisation; not
    ``strict`` (the sentence's own reporting verb, as h14news9 read it): any actor the resolver knows."""
    return m is not None and bool(m.actor_id) and (not strict or bool(m.country) or m.sector == "IGO")


def _press(subj) -> bool:
    return subj.lemma_.lower() in _rules().press or subj.lower_ in _rules().press


def _verb_speaker(
    verb, by_token: dict[int, Any], subject: Callable[[Any], Any], strict: bool = True
) -> tuple[Any, Any] | None | bool:
    """The speaker of a reporting verb: (mention, subject token); False when its subject is the press, a
    first-person word or an actor not known (the quote is nobody's the rules can name); None with no subject."""
    subj = subject(verb)
    if subj is None:
        return None
    if subj.lower_ in _rules().pronouns or _press(subj) or any(c.dep_ == "conj" for c in subj.children):
        return False  # a first-person or a press subject; two speakers ("X and Y said")
    m = by_token.get(subj.i)
    return (m, subj) if _known(m, strict) else False


def _according(sent, by_token: dict[int, Any]) -> list[tuple[Any, Any] | bool]:
    """ "according to X" in the sentence: X's mention (or False when X is not a known actor)."""
    out: list[tuple[Any, Any] | bool] = []
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            obj = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            m = by_token.get(obj.i)
            out.append((m, obj) if _known(m) and not _press(obj) else False)
    return out


def _according_one(sent, by_token: dict[int, Any]) -> tuple[Any, Any] | None:
    """The one known actor of the sentence's "according to X" (None: none, two, or one not known)."""
    found = _according(sent, by_token)
    return found[0] if len(found) == 1 and isinstance(found[0], tuple) else None


def _attribution(sent, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """The one speaker a sentence attributes its quote to: the subjects of its reporting verbs outside the quote,
    and "according to X"; None when there is none, or two, or one the rules cannot name."""
    verbs = _rules().verbs
    found: list[tuple[Any, Any] | bool] = []
    for t in sent:
        if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and _open_quote(t) is None:
            who = _verb_speaker(t, by_token, subject)
            if who is not None:
                found.append(who)
    found += _according(sent, by_token)
    if not found or any(w is False for w in found):
        return None
    ids = {(w[0].actor_id, w[0].country) for w in found if isinstance(w, tuple)}
    return found[0] if len(ids) == 1 and isinstance(found[0], tuple) else None


def _in_sentence(tok, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """The reporting verb above the quoted pronoun in its own sentence, else the sentence's root (h14news9)."""
    verbs = _rules().verbs
    head = tok.head
    hops = 0
    while hops < 8:
        if head.lemma_.lower() in verbs and head.pos_ in ("VERB", "AUX") and head.i != tok.head.i:
            who = _verb_speaker(head, by_token, subject, strict=False)
            return who if isinstance(who, tuple) else None
        if head.head.i == head.i:
            break
        head, hops = head.head, hops + 1
    # '"..., " the president said.': the reporting clause may be the root the parser hung the quote under
    root = tok.sent.root
    if root.lemma_.lower() in verbs and root.pos_ in ("VERB", "AUX") and root.i != tok.head.i:
        who = _verb_speaker(root, by_token, subject, strict=False)
        if isinstance(who, tuple):
            return who
    return None


def _across(tok, quote: tuple[int, int], by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """A quote running across sentences of the paragraph: the speaker attributed where it opens or where it closes;
    a quote opening a sentence right after a sentence whose quote has one speaker: that speaker."""
    doc, sent = tok.doc, tok.sent
    opened, closed = quote
    if opened < sent.start:
        return _attribution(doc[opened].sent, by_token, subject)
    if closed >= sent.end:
        return _attribution(doc[closed].sent, by_token, subject)
    if opened == sent.start and sent.start > 0:
        before = doc[sent.start - 1].sent
        if any(t.text in _rules().marks for t in before):
            return _attribution(before, by_token, subject)
    return None


def _reported(tok, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """Unquoted reported speech: a reporting verb whose complement clause holds ``tok`` ("X said his country will
    ..."), or one hung under the clause of ``tok`` after it ("His country will ..., X said"); its subject a known
    actor."""
    r = _rules()
    if any(t.text in r.marks for t in tok.sent):
        return None  # a sentence with a quote: the quote decides
    head, hops = tok, 0
    while hops < 8 and head.head.i != head.i:
        if head.dep_ in r.complements and head.head.lemma_.lower() in r.verbs and head.head.pos_ in ("VERB", "AUX"):
            who = _verb_speaker(head.head, by_token, subject)
            return who if isinstance(who, tuple) else None
        head, hops = head.head, hops + 1
    # "We will never ..., Netanyahu said": the reporting verb hung under the clause it reports
    for c in head.children:
        if c.dep_ in r.complements and c.i > tok.i and c.lemma_.lower() in r.verbs and c.pos_ in ("VERB", "AUX"):
            who = _verb_speaker(c, by_token, subject)
            return who if isinstance(who, tuple) else None
    return None


def speaker_of(tok, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """(mention, token) of the speaker whose quote or reported statement holds the first-person word ``tok``, or
    None. ``subject`` gives a verb's subject token (the coder's own reading of subjects)."""
    if tok.lower_ not in _rules().pronouns or tok.i in by_token:
        return None
    return quote_speaker(tok, by_token, subject)


def quote_speaker(tok, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any] | None:
    """(mention, token) of the speaker of the direct quote that holds ``tok``, any word of it, or None when ``tok``
    is not quoted or the speaker is not named. Unquoted words are left out: "X told me that I ...", "we believe" are
    the writer's own words as often (h14we11)."""
    quote = _open_quote(tok)
    if quote is None and not _quoted(tok):
        return None
    found = _in_sentence(tok, by_token, subject) or _according_one(tok.sent, by_token)
    if found is None and quote is not None:
        found = _across(tok, quote, by_token, subject)
    return found


def possessor_speaker(noun, by_token: dict[int, Any], subject: Callable[[Any], Any]) -> tuple[Any, Any, str] | None:
    """The speaker behind a possessive of a party noun: "our country", "my government" (the speaker of the quote or
    statement), "his country" in a person's reported statement ("Erdogan said his country would ...");
    (speaker mention, its token, the possessive word) or None."""
    r = _rules()
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in r.pronouns:
        found = speaker_of(poss, by_token, subject)
        return (found[0], found[1], poss.lower_) if found is not None else None
    if poss.lower_ in r.third and noun.lemma_.lower() in r.own_nouns and _open_quote(noun) is None:
        found = _reported(noun, by_token, subject)
        if found is not None and found[0].kind == "person" and found[0].country:
            return found[0], found[1], "our"
    return None
