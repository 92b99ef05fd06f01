"""Who did what, when, where, why and how: the main event of an article or a story.

Read from the title and the lead, where news puts the main event: the
subject of the lead's main verb (who), the verb with its objects (what), the
first date or time phrase (when), the first place (where), a causal phrase
("because", "after", "due to", "in response to", ...) (why) and a manner
phrase ("by ...", "with ...", "using ...") or, without one, the event's own
clause (how). Every answer keeps its offsets in the text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CAUSAL = ("because of", "because", "due to", "as a result of", "in response to", "in retaliation for", "following", "after",
          "amid", "over", "since", "caused by", "blamed on", "in protest against", "to protest")
MANNER = ("by", "with", "using", "through", "via", "in a")
PLACE_LABELS = ("GPE", "LOC", "FAC")
TIME_LABELS = ("DATE", "TIME")
QUESTIONS = ("who", "what", "when", "where", "why", "how")


@dataclass
class Answer:
    text: str
    start: int  # offsets in the source text handed to ``extract``
    end: int


def _span_answer(span, base: int = 0) -> Answer:
    return Answer(span.text, base + span.start_char, base + span.end_char)


def _main_verb(sent):
    root = sent.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    verbs = [t for t in sent if t.pos_ == "VERB"]
    return verbs[0] if verbs else root


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    return None


def _subtree_span(tok, doc, stop_at: int | None = None, limit: int = 14):
    left, right = tok.left_edge.i, tok.right_edge.i
    if stop_at is not None and left < stop_at <= right:
        right = stop_at - 1
    right = min(right, left + limit - 1)
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1]


def _predicate(verb, doc, limit: int = 12):
    """The verb with its auxiliaries, particles and objects: "are trying to reach a five-year-old boy"."""
    parts = [verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt") and c.i < verb.i]
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "xcomp", "prt", "attr", "acomp", "dative", "oprd") or (c.dep_ == "prep" and c.i > verb.i and c.i - verb.i <= 3):
            parts.extend(t.i for t in c.subtree)
    if not parts:
        return doc[verb.i : verb.i + 1]
    start, end = min(parts), max(parts)
    end = min(end, start + limit - 1)
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start : end + 1]


def _marker_phrase(sent, markers, limit: int = 12):
    low = sent.text.lower()
    for m in markers:
        for found in re.finditer(rf"\b{re.escape(m)}\b", low):
            at = sent.start_char + found.end()
            toks = [t for t in sent if t.idx >= at]
            if len(toks) < 2:
                continue
            first = toks[0]
            span = sent.doc[first.i : min(sent.end, first.i + limit)]
            cut = next((t.i for t in span if t.is_punct and t.text in ",;:.") , None)
            if cut is not None and cut > first.i:
                span = sent.doc[first.i : cut]
            if len(span) >= 1:
                return span
    return None


def _purpose(sents, limit: int = 10):
    """A purpose clause after the main verb: "to meet Barack Obama at the White House"."""
    for s in sents:
        for t in s:
            if t.dep_ in ("advcl", "xcomp") and t.i > s.root.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return t.doc[t.left_edge.i : min(t.right_edge.i + 1, t.left_edge.i + limit)]
    return None


def extract(doc, base: int = 0, lead_sentences: int = 3) -> dict[str, Answer | None]:
    """5W1H of the main event of a parsed text (title and lead first)."""
    sents = [s for s in doc.sents if any(t.is_alpha for t in s)][: max(lead_sentences, 1) + 2]
    out: dict[str, Answer | None] = {q: None for q in QUESTIONS}
    if not sents:
        return out
    lead = sents[: lead_sentences]
    # who and what: the first lead sentence whose main verb has a subject
    for s in lead:
        verb = _main_verb(s)
        subj = _subject(verb)
        if subj is not None and subj.pos_ != "PRON":
            out["who"] = _span_answer(_subtree_span(subj, doc, stop_at=verb.i), base)
            out["what"] = _span_answer(_predicate(verb, doc), base)
            break
    if out["what"] is None:
        verb = _main_verb(lead[0])
        out["what"] = _span_answer(_predicate(verb, doc), base)
        ents = [e for e in lead[0].ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
        if ents:
            out["who"] = _span_answer(ents[0], base)
    for s in sents:
        ents = [e for e in s.ents if e.label_ in TIME_LABELS and _is_time_phrase(e.text)]
        if ents and out["when"] is None:
            ent = ents[0]
            first = ent.start
            while first > s.start and doc[first - 1].lower_ in ("at", "around", "about", "on", "early", "late", "last"):
                first -= 1  # "at around 6am"
            out["when"] = _span_answer(doc[first : ent.end], base)
        places = [e for e in s.ents if e.label_ in PLACE_LABELS]
        if places and out["where"] is None:
            out["where"] = _span_answer(places[0], base)
    for s in sents:
        span = _marker_phrase(s, CAUSAL)
        if span is not None:
            out["why"] = _span_answer(span, base)
            break
    if out["why"] is None:
        purpose = _purpose(sents)
        if purpose is not None:
            out["why"] = _span_answer(purpose, base)
    for s in lead:
        span = _marker_phrase(s, MANNER, limit=8)
        if span is not None:
            out["how"] = _span_answer(span, base)
            break
    if out["how"] is None and out["what"] is not None:
        # no manner phrase: what the second lead sentence says was done ("vehicle tipped over at a bend")
        verb = _main_verb(lead[1] if len(lead) > 1 else lead[0])
        out["how"] = _span_answer(_predicate(verb, doc), base)
    return out


_TIME_WORDS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|"
                         r"morning|afternoon|evening|night|noon|midnight|week|month|year|january|february|march|april|may|"
                         r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
                         r"nov|dec|\d{1,2}[.:]\d\d|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|(?:19|20)\d\d)\b", re.I)


def _is_time_phrase(text: str) -> bool:
    """A date or time, not an age or a duration ("62", "five-year-old", "10-week")."""
    low = text.lower()
    if "-old" in low or re.search(r"\d+-(?:week|day|month|year)\b", low) or re.fullmatch(r"\d+", low):
        return False
    return _TIME_WORDS.search(low) is not None


def token_f1(answer: str, gold: str) -> float:
    a = re.findall(r"\w+", answer.lower())
    g = re.findall(r"\w+", gold.lower())
    if not a or not g:
        return 0.0
    common = sum(min(a.count(w), g.count(w)) for w in set(a))
    if not common:
        return 0.0
    p, r = common / len(a), common / len(g)
    return 2 * p * r / (p + r)
