"""Names that stand in a sentence without being a party of it (fourteenth session, h14voc15).

Briefing and interview transcripts (the State Department's, the Kremlin's) carry two kinds of them, which the
parser tags as persons and the event coder then took as sides ("Ned, until when will you keep talking to the
Iranians?" gave Ned -> Iran CONSULT; "QUESTION: How about the agreements with Mexico?" gave QUESTION -> Mexico):

1. ``labels``: the press's turn labels of a transcript, an all-capital word before a colon ("QUESTION:",
   "MODERATOR:"). They say whose turn begins (``events/speakers.py`` reads them from the text), they name nobody;
   nor do the transcriber's ``notes`` in brackets ("(Inaudible)", "(Laughter)").
2. vocatives: a person spoken to by name, a name of at most ``max_words`` words set off from its sentence: after
   "Thank you" / "Thanks" ("Thank you, Ned.", "Thank you so much Ned"), or at the start of the sentence or after a
   comma and followed by a comma, "?", "!" or "." ("Ned, ...", "If I may, Ned, ...", "..., Matt?"; after a comma, not
   before a full stop: "... a journalist, Ghufran Warasneh." is an appositive), in a sentence
   spoken to someone (``second_person``: it says "you"/"your", or it is a question). The comma-set name followed
   by a relative or a participle ("Khan, who ...", "Putin, speaking in ...") is the subject it looks like
   (``not_after``). An office is spoken to with an honorific ("Mr. Secretary, welcome back", ``honorifics``). A name addressed is the listener, not an actor of what is said about others.

Labels and notes are left out of the article's mentions, so that no side, antecedent or context count uses them.
A name spoken to is left out too when it has no country after every other pass of the resolver (a journalist or a
moderator addressed by the briefer); one with a country (a leader addressed by another: "Thank you very much, Mr
President") stays, marked ``ADDRESSED``: it may be the one thanked or welcomed, never an act's doer (the event
coder drops an event whose source it would be: "Mr. Secretary, welcome back to Fox News" is no act of the
Secretary's).
Rules are data (``context_rules.yaml``, ``addressed``). Written for attache (CC0).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from ..model import Mention

ADDRESSED = "spoken to by name (a vocative): never a side's doer"


def _compiled(rule: dict[str, Any]) -> tuple:
    labels = frozenset(w.upper() for w in rule.get("labels") or ()) | frozenset(w.casefold() for w in rule.get("notes") or ())
    thanks = re.compile(rule.get("thanks") or r"(?!)")
    second = re.compile(rule.get("second_person") or r"(?!)", re.I)
    not_after = frozenset(w.lower() for w in rule.get("not_after") or ())
    honorifics = frozenset(rule.get("honorifics") or ())
    return labels, thanks, second, not_after, int(rule.get("max_words", 2)), honorifics


def _sentence(starts: list[int], ends: list[int], at: int) -> tuple[int, int]:
    i = max(0, bisect.bisect_right(starts, at) - 1)
    return starts[i], ends[i]


def _label(m: Mention, text: str, labels: frozenset[str]) -> bool:
    """ "QUESTION:": a turn label of the press, written in capitals before a colon; "(Inaudible)": a transcriber's note
    in brackets."""
    if m.text.isupper() and m.text in labels and text[m.end : m.end + 2].lstrip(" ").startswith(":"):
        return True
    return m.text.casefold() in labels and text[m.start - 1 : m.start] in "([" and text[m.end : m.end + 1] in ")]"


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _vocative(m: Mention, text: str, span: tuple[int, int], rule: tuple, dep) -> bool:
    """``dep()``: the dependency label of the name's head word, as parsed (None: not found)."""
    _labels, thanks, second, not_after, max_words, honorifics = rule
    words = m.text.split()
    if not 0 < len(words) <= max_words:
        return False
    start, end = span
    before = text[start : m.start]
    said = before.split()
    k = len(said)
    while k and len(said) - k < 3 and said[k - 1][:1].isupper() and said[k - 1] not in honorifics:
        k -= 1  # "Dear Secretary Blinken": the title words between the honorific and the name (h24dear)
    at = k - 1 if k and said[k - 1] in honorifics else None
    honoured = words[0] in honorifics or at is not None
    if at is not None:  # "Mr. Secretary", "Dear Secretary Blinken": the honorific (and a title after it) is the name's
        before = before[: [w.start() for w in re.finditer(r"\S+", before)][at]]
    if m.kind != "person" and not (m.kind == "collective" and honoured):
        return False  # an office is spoken to with its honorific ("Mr. Secretary, welcome back")
    after = text[m.end : m.end + 40]
    follows = after.lstrip(" ")[:1]
    words = after.split()
    if thanks.search(before) and (follows in (",", ".", "?", "!", "", "—", "–") or (words and words[0].lower() == "and")):
        return True  # "Thank you, Ned." / "Thank you so much Ned and ..."
    opening = before.strip() == "" or before.rstrip().endswith(":")  # "Vladimir Putin: Mr Lukashenko, ..."
    if not (opening or before.rstrip().endswith(",")) or follows not in (",", "?", "!", "."):
        return False
    if not opening and follows != "," and follows != "?":
        return False  # "... shot a journalist, 31, Ghufran Warasneh.": a name closing a statement is an appositive
    if follows == ",":
        nxt = after.lstrip(" ")[1:].split()
        if nxt and (nxt[0].lower().strip(",") in not_after or nxt[0][:1].isdigit()):
            return False  # "Khan, who ...", "Mr. Smith, 45, ...": the subject named with a relative or an apposition
    sentence = _QUOTED.sub(" ", text[start:end])  # "you" in a quotation is the quoted speaker's
    if not (second.search(sentence) or sentence.rstrip().endswith("?") or (honoured and opening and follows == ",")):
        return False  # "Mr. Secretary, welcome back ...": an honorific opening a sentence addresses
    # "The prime minister, Boris Johnson, tweeted": an appositive after a comma names the subject (after a turn's
    # colon the parser may call the name an apposition of the speaker's: "Vladimir Putin: Mr Lukashenko, ...")
    return opening or dep() != "appos"


def _head_dep(parsed: Any, m: Mention) -> str | None:
    """The dependency label of the last word of the mention's span in the parse (None: not found)."""
    for seg in parsed.segments:
        if seg.start <= m.start and m.end <= seg.end:
            span = seg.doc.char_span(m.start - seg.start, m.end - seg.start, alignment_mode="expand")
            return span.root.dep_ if span is not None and len(span) else None
    return None


def leave_out_labels(mentions: list[Mention], text: str, rule: dict[str, Any]) -> list[Mention]:
    """``mentions`` without the transcript labels and the transcriber's notes (1. of the module docstring)."""
    if not rule or not mentions:
        return mentions
    labels = _compiled(rule)[0]
    return [m for m in mentions if not _label(m, text, labels)]


def addressed(mentions: list[Mention], text: str, parsed: Any, rule: dict[str, Any]) -> list[Mention]:
    """The names spoken to (2. of the module docstring): left out when they have no country (a journalist, a
    moderator: "Ned, ...", "Thank you, Alexandra."), else kept marked ``note=ADDRESSED``: the listener may be the
    one thanked or welcomed ("Thank you very much, Mr President"), never the doer the parser may make of it ("Mr.
    Secretary, welcome back to ...": the event coder takes no source from such a mention). ``parsed``: the
    article's parse (its segments), for the sentences and the words' dependencies."""
    if not rule or not mentions:
        return mentions
    compiled = _compiled(rule)
    sentences = [(seg.start + s.start_char, seg.start + s.end_char) for seg in parsed.segments for s in seg.doc.sents]
    if not sentences:
        return mentions
    starts = [s for s, _e in sentences]
    ends = [e for _s, e in sentences]
    out = []
    for m in mentions:
        if m.kind in ("person", "collective") and (
            _vocative(m, text, _sentence(starts, ends, m.start), compiled, lambda m=m: _head_dep(parsed, m))
            or (text[m.end : m.end + 1] == "," and _head_dep(parsed, m) == "vocative")
        ):  # the parse repair's vocative: "Secretary Blinken, in this context, I would like ..." (h24vocative)
            if m.country is None:
                continue
            m = replace(m, note=ADDRESSED)
        out.append(m)
    return out
