"""Who did what, when, where, why and how: the main event of an article or a story.

Read from the title and the lead, where news puts the main event: the
subject of the lead's main verb (who), the verb with its objects (what), the
first date or time phrase (when), the first place (where), a causal phrase
("because", "after", "due to", "in response to", ...) in the headline, a purpose
clause or a causal phrase in the lead (why) and a manner
phrase ("by ...", "with ...", "using ...") or, without one, the event's own
clause (how). Every answer keeps its offsets in the text it came from.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..events.ontology import NOT_HAPPENED

CAUSAL = (
    "because of",
    "because",
    "due to",
    "as a result of",
    "in response to",
    "in retaliation for",
    "following",
    "after",
    "amid",
    "over",
    "since",
    "caused by",
    "blamed on",
    "in protest against",
    "to protest",
)
MANNER = ("by", "using", "through", "via", "in a")
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


REPORTING = {"say", "tell", "declare", "show", "claim", "report", "announce", "reveal", "describe", "insist", "confirm"}


def _main_verb(sent):
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        verbs = [t for t in sent if t.pos_ == "VERB"]
        root = verbs[0] if verbs else root
    if root.lemma_.lower() in REPORTING:
        # "Obama says he and Trump met": the event is what is said
        comp = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is not None and comp.pos_ in ("VERB", "AUX"):
            return comp
    return root


def _count_start(verb) -> int | None:
    """Where a headline's count of people starts when its verb is a participle said of it ("At least 7 killed in ...",
    "Several dead and dozens injured after ..."), else None."""
    h = verb.head
    if verb.dep_ != "acl" or h.i >= verb.i:
        return None
    while h.dep_ == "conj" and h.head.i < h.i:
        h = h.head
    return h.left_edge.i if h.pos_ in ("NUM", "ADJ") or h.like_num else None


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    return None


def _subtree_span(tok, doc, stop_at: int | None = None, limit: int = 14):
    left, right = tok.left_edge.i, tok.right_edge.i
    cc = next((c.i for c in tok.children if c.dep_ == "cc" and c.i > tok.i), None)
    if cc is not None:  # "Donald Trump and Barack Obama": the first of them
        right = cc - 1
    if stop_at is not None and left < stop_at <= right:
        right = stop_at - 1
    right = min(right, left + limit - 1)
    right = _actor_end(tok, doc, right)
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1]


def _actor_end(tok, doc, right: int) -> int:
    """Where the noun phrase of an actor ends before what is said about it: a clause ("Hillary Clinton in the clear as
    FBI announces"), the place it is in ("Dozens of rescuers in China"), a phrase a name governs ("Hillary Clinton in the
    clear"), not "of" ("the Bank of England")."""
    for k in range(tok.i + 1, right + 1):
        t = doc[k]
        if (
            t.dep_ in ("relcl", "acl", "advcl", "mark")
            or (t.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in t.children))
            or (t.dep_ == "prep" and t.lower_ != "of" and t.head.pos_ == "PROPN")
        ):
            return k - 1
    return right


def _predicate(verb, doc, limit: int = 12):
    """The verb with its auxiliaries, particles and objects: "are trying to reach a five-year-old boy"."""
    parts = [verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt") and c.i < verb.i]
    has_object = False
    for c in verb.children:
        if has_object and c.dep_ in ("xcomp", "advcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            continue  # "defeat Cleveland Indians to win the title": the purpose after the object is why, not what
        if c.dep_ == "prep" and any(t.ent_type_ in TIME_LABELS for t in c.subtree):
            continue  # "for the first time in 108 years", "on Wednesday": when, not what
        if c.dep_ in ("dobj", "obj", "xcomp", "prt", "attr", "acomp", "dative", "oprd") or (
            c.dep_ == "prep" and c.i > verb.i and c.i - verb.i <= 3
        ):
            parts.extend(t.i for t in c.subtree if not _in_clause(t, c))
            has_object = has_object or c.dep_ in ("dobj", "obj")
    if not parts:
        return doc[verb.i : verb.i + 1]
    start, end = min(parts), max(parts)
    end = min(end, start + limit - 1)
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start : end + 1]


def _in_clause(tok, top) -> bool:
    """Whether ``tok`` lies in a relative clause inside the phrase headed by ``top`` ("victims ... that killed seven")."""
    while tok.i != top.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


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
            cut = next((t.i for t in span if t.is_punct and t.text in ",;:."), None)
            if cut is not None and cut > first.i:
                span = sent.doc[first.i : cut]
            if any(t.is_alpha for t in span) and not _BOILERPLATE.search(span.text):
                return span
    return None


_BOILERPLATE = re.compile(r"\b(share|window|click|subscribe|read more|newsletter|cookie)\b", re.I)


_DIRECTIONS = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
}


def _is_country(text: str) -> bool:
    import pycountry

    t = text.lower().removeprefix("the ").strip(". ")
    first, _, rest = t.partition(" ")
    if rest and first in _DIRECTIONS:  # "central China" is a part of a country, but as wide
        t = rest
    if t in ("us", "u.s", "usa", "uk", "u.k", "britain", "america", "europe", "asia", "africa", "the west"):
        return True
    try:
        pycountry.countries.lookup(t)
        return True
    except LookupError:
        return False


def _place_spans(sents, doc):
    """(sentence number, span) of each place named in ``sents``: "the" left out, a direction taken in ("south London"),
    the region after a comma too ("Cleveland, Ohio")."""
    for k, s in enumerate(sents):
        for e in s.ents:
            if e.label_ in PLACE_LABELS or (e.label_ == "ORG" and e.text.lower().endswith("house")):
                start = e.start + (1 if doc[e.start].lower_ == "the" else 0)
                if start > s.start and doc[start - 1].lower_ in _DIRECTIONS:
                    start -= 1  # "south London", "central China": the part of the place
                end = e.end
                # "Cleveland, Ohio": a place and the region it lies in
                if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
                    end = doc[end + 1].i + 1
                    while end < len(doc) and doc[end].ent_iob_ == "I":
                        end += 1
                yield k, doc[start:end]


def _place(sents, doc, base: int, every=None) -> Answer | None:
    """The place named most in the title and lead, any city, region or building before a country; named in full
    where the text (``every`` sentence) names it so ("Hebei" -> "Baoding, Hebei province")."""
    seen: dict[str, list] = {}
    for k, span in _place_spans(sents, doc):
        seen.setdefault(span.text.lower(), [0.0, k, span])[0] += 1.0 + (0.5 if k == 0 else 0.0)
    if not seen:
        return None
    best = max(
        seen.values(), key=lambda v: (not _is_country(v[2].text), v[0], -v[1])
    )  # the most precise place, then the most named
    name = best[2].text.lower()
    for _, span in _place_spans(every if every is not None else sents, doc):
        if span.text.lower() != name and re.search(rf"\b{re.escape(name)}\b", span.text.lower()):
            return _span_answer(span, base)  # the first fuller name
    return _span_answer(best[2], base)


def _circumstance(verb):
    """An adverbial clause of the verb that is not a purpose ("... when a tram derailed", "..., beating the Indians")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            return c
    return None


# a wire dateline: "WASHINGTON, Nov 6 (Reuters) -", "LONDON (AP) —": the place the story was filed from
_DATELINE_PLACE = re.compile(
    r"(?:^|\n|\s)([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r" ?\((?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\) ?[-—–]"
)


def _dateline_place(text: str, base: int = 0) -> Answer | None:
    m = _DATELINE_PLACE.search(text)
    return Answer(m.group(1), base + m.start(1), base + m.end(1)) if m else None


def _purpose(sents, limit: int = 10):
    """A purpose clause after the main verb: "to meet Barack Obama at the White House"."""
    for s in sents:
        for t in s:
            if t.dep_ in ("advcl", "xcomp") and t.i > s.root.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                span = t.doc[t.left_edge.i : min(t.right_edge.i + 1, t.left_edge.i + limit)]
                if not _BOILERPLATE.search(span.text):
                    return span
    return None


_TIME_OF_DAY = {"morning", "afternoon", "evening", "night", "midnight", "noon"}


def _time_start(doc, first: int, floor: int) -> int:
    """Where a time phrase starts once a time of day it is the day of is taken in ("in the early hours of Thursday",
    "almost midnight on Wednesday")."""
    if first - 2 < floor or doc[first - 1].lower_ not in ("on", "of"):
        return first
    k = first - 2
    if doc[k].lower_ in _TIME_OF_DAY or doc[k].lower_ == "hours":
        while k > floor and doc[k - 1].lower_ in (
            "the",
            "early",
            "late",
            "small",
            "in",
            "at",
            "around",
            "about",
            "almost",
            "just",
        ):
            k -= 1
        return k
    return first


def _time_end(doc, end: int, limit: int = 6) -> int:
    """Where a time phrase ends once the words that complete it are taken in: a time of day ("Wednesday morning"),
    "local time", or the day or date a clock time falls on ("6.10am on Wednesday")."""
    stop = min(len(doc), end + limit)
    while end < stop:
        tok = doc[end]
        if tok.lower_ in _TIME_OF_DAY or (tok.lower_ == "local" and end + 1 < len(doc) and doc[end + 1].lower_ == "time"):
            end += 2 if tok.lower_ == "local" else 1
        elif (
            tok.lower_ in ("on", "of")
            and end + 1 < len(doc)
            and doc[end + 1].ent_type_ in TIME_LABELS
            and doc[end + 1].ent_iob_ == "B"
            and _is_time_phrase(doc[end + 1].text)
        ):
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            break
    return end


def extract(doc, base: int = 0, lead_sentences: int = 3, published: str | None = None) -> dict[str, Answer | None]:
    """5W1H of the main event of a parsed text (title and lead first). Without a time phrase,
    ``published`` (YYYY-MM-DD) answers when, as "Wednesday 9 November 2016" with no offsets."""
    every = [s for s in doc.sents if any(t.is_alpha for t in s)]
    # a kicker the parser took for a sentence ("BREAKING NEWS: Cubs win ..."): who and what are read from the headline after it
    kicker = (
        len(every) > 1 and every[0].text.rstrip().endswith(":") and "\n" not in doc.text[every[0].end_char : every[1].start_char]
    )
    sents = every[: max(lead_sentences, 1) + 2 + kicker]
    out: dict[str, Answer | None] = {q: None for q in QUESTIONS}
    if not sents:
        return out
    lead = sents[kicker : lead_sentences + kicker]
    out["who"], out["what"] = _who_what(lead, doc, base)
    out["when"] = _when(every, doc, base, published)
    out["where"] = _dateline_place(doc.text[: sents[-1].end_char], base) or _place(sents, doc, base, every)
    out["why"] = _why(lead, sents, base)
    out["how"] = _how(lead, doc, base)
    return out


def _who_what(lead: list, doc, base: int) -> tuple[Answer | None, Answer]:
    """Who and what: the first lead sentence whose main verb has a named subject, else any subject; a headline with a
    verb says what happened, whoever the lead names."""
    who: Answer | None = None
    what: Answer | None = None
    found: list[tuple[bool, int, Any, Any]] = []
    for s in lead:
        verb = _main_verb(s)
        subj = _subject(verb)
        if subj is not None and subj.pos_ != "PRON":
            named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in subj.subtree)
            found.append((not named, len(found), subj, verb))
    if found:
        _, _, subj, verb = min(found, key=lambda x: (x[0], x[1]))
        who = _span_answer(_subtree_span(subj, doc, stop_at=verb.i), base)
        what = _span_answer(_predicate(verb, doc), base)
    if what is None:
        verb = _main_verb(lead[0])
        what = _span_answer(_predicate(verb, doc), base)
        ents = [e for e in lead[0].ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
        if ents:
            who = _span_answer(ents[0], base)
    head_verb = _main_verb(lead[0])
    if head_verb.pos_ == "VERB":
        span = _predicate(head_verb, doc)
        count = _count_start(head_verb)
        if count is not None and count < span.start:  # "Seven killed as tram derails": the count is part of what happened
            span = doc[count : span.end]
        what = _span_answer(span, base)
        head_subj = _subject(head_verb)
        if (
            head_subj is not None
            and head_subj.pos_ == "PRON"
            and head_verb.dep_ in ("ccomp", "xcomp")
            and head_verb.head.lemma_.lower() in REPORTING
        ):
            head_subj = _subject(head_verb.head)  # "Obama says he and Trump had ...": who says it
        if head_subj is not None and head_subj.pos_ in ("PROPN", "NOUN"):
            who = _span_answer(_subtree_span(head_subj, doc, stop_at=head_verb.i), base)
    return who, what


def _when(every: list, doc, base: int, published: str | None) -> Answer | None:
    """The most precise early time phrase of the first sentences, else the publication day (no offsets)."""
    times = [
        (_time_rank(doc[e.start : _time_end(doc, e.end)].text) - _background(e), k, e, s)
        for k, s in enumerate(every[:12])
        for e in s.ents
        if e.label_ in TIME_LABELS and _is_time_phrase(e.text)
    ]
    if times:
        _, _, ent, s = max(times, key=lambda x: (x[0] * 2 - x[1], -x[1], -x[2].start))  # precise and early
        first = ent.start
        while first > s.start and doc[first - 1].lower_ in ("around", "about", "early", "late", "last", "almost"):
            first -= 1  # "around 6am" (not "at": the annotation leaves the preposition out)
        first = _time_start(doc, first, s.start)
        return _span_answer(doc[first : _time_end(doc, ent.end)], base)
    if published:
        try:
            day = _dt.date.fromisoformat(published[:10])
            return Answer(f"{day:%A} {day.day} {day:%B %Y}", -1, -1)
        except ValueError:
            pass
    return None


def _why(lead: list, sents: list, base: int) -> Answer | None:
    """A cause the headline gives ("... after review of additional emails"), else the lead's purpose clause ("to meet
    Barack Obama"), else a cause in the lead."""
    span = _marker_phrase(lead[0], CAUSAL)
    if span is not None:
        return _span_answer(span, base)
    purpose = _purpose(lead)
    if purpose is not None:
        return _span_answer(purpose, base)
    for s in sents:
        span = _marker_phrase(s, CAUSAL)
        if span is not None:
            return _span_answer(span, base)
    return None


def _how(lead: list, doc, base: int) -> Answer:
    """A manner phrase of the lead, else the circumstance the lead gives its main verb, else what the second lead
    sentence says was done."""
    for s in lead:
        span = _marker_phrase(s, MANNER, limit=8)
        if span is not None:
            return _span_answer(span, base)
    for s in lead:
        # no manner phrase: the circumstance the lead gives its main verb ("killed when a tram ... derailed")
        clause = _circumstance(_main_verb(s))
        if clause is not None:
            return _span_answer(_predicate(clause, doc), base)
    # nor that: what the second lead sentence says was done ("vehicle tipped over at a bend")
    verb = _main_verb(lead[1] if len(lead) > 1 else lead[0])
    return _span_answer(_predicate(verb, doc), base)


NOT_HAPPENING = NOT_HAPPENED  # negated, hypothetical, question (events/data/plover.yaml)
CONFIDENT = 0.7  # the coder's confidence for a verbal trigger with both sides (nominal or split events score less)


def event_row(e) -> dict:
    """An ``Event`` of the events stage as the store's flat row (sides with their offsets when known)."""
    if isinstance(e, dict):
        return e
    row = {
        k: getattr(e, k)
        for k in (
            "id",
            "article_id",
            "sentence_start",
            "sentence_end",
            "trigger_start",
            "trigger_end",
            "plover_type",
            "cameo_code",
            "date_text",
            "date_precision",
            "location",
            "factuality",
            "confidence",
        )
    }
    row.update({"trigger_text": e.trigger, "event_date": e.date, "is_symmetric": e.symmetric})
    for side in ("source", "target"):
        p = getattr(e, side)
        span = getattr(e, f"{side}_span", None)  # the events stage's own side spans, where it gives them
        row.update(
            {
                f"{side}_actor": p.actor_id if p else None,
                f"{side}_name": p.name if p else None,
                f"{side}_country": p.country if p else None,
                f"{side}_span": span or ({"start": p.start, "end": p.end} if p is not None and p.start is not None else None),
            }
        )
    return row


def main_event(events: list, lead_end: int) -> dict | None:
    """The article's main event: the first event of the lead (``text[:lead_end]``) that is said to happen or be
    planned, the one with both sides and the highest confidence when a sentence holds several."""
    rows = [event_row(e) for e in events]
    lead = [e for e in rows if e["sentence_start"] < lead_end and e.get("factuality") not in NOT_HAPPENING]
    if not lead:
        return None
    return min(
        lead,
        key=lambda e: (
            e["sentence_start"],
            not (e.get("source_actor") and e.get("target_actor")),
            -float(e.get("confidence") or 0.0),
            e["trigger_start"],
        ),
    )


def _side_span(e: dict, side: str, mentions: list) -> tuple[int, int] | None:
    span = e.get(f"{side}_span")
    if isinstance(span, str):  # a span stored as JSON
        try:
            span = json.loads(span)
        except ValueError:
            span = None
    if isinstance(span, dict) and span.get("start") is not None:
        return span["start"], span["end"]
    actor = e.get(f"{side}_actor")
    near = [m for m in mentions if m.actor_id == actor and e["sentence_start"] <= m.start < e["sentence_end"]]
    if not near:
        return None
    m = min(near, key=lambda m: abs(m.start - e["trigger_start"]))
    return m.start, m.end


def _find(text: str, phrase: str | None, start: int, end: int) -> tuple[int, int] | None:
    if not phrase:
        return None
    at = text.find(phrase, start, end)
    return (at, at + len(phrase)) if at >= 0 else None


_TITLE_WORDS = re.compile(r"(?:\s*(?:[A-Z][\w.'’-]*|of|the|and|for)\s*)*")


def from_event(e: dict, text: str, mentions: list, doc=None, base: int = 0) -> dict[str, Answer | None]:
    """Who, what, when and where of one event record: its source side, its trigger with what it governs (from the
    parse, when ``doc`` holds ``text`` from offset ``base``), its date phrase and its place; offsets into ``text``."""
    out: dict[str, Answer | None] = {q: None for q in QUESTIONS}
    who = _side_span(e, "source", mentions)
    if who:
        out["who"] = Answer(text[who[0] : who[1]], who[0], who[1])
    t0, t1 = e["trigger_start"], e["trigger_end"]
    what = (t0, t1)
    if doc is not None:
        tok = next((t for t in doc if base + t.idx <= t0 < base + t.idx + len(t)), None)
        if tok is not None and tok.pos_ in ("VERB", "AUX"):
            span = _predicate(tok, doc)
            what = (base + span.start_char, base + span.end_char)
    else:
        target = _side_span(e, "target", mentions)
        if target and t1 <= target[0] <= t1 + 60:
            what = (t0, target[1])
    out["what"] = Answer(text[what[0] : what[1]], what[0], what[1])
    when = _find(text, e.get("date_text"), e["sentence_start"], e["sentence_end"])
    if when:
        out["when"] = Answer(text[when[0] : when[1]], when[0], when[1])
    where = _find(text, e.get("location"), e["sentence_start"], e["sentence_end"])
    if where and text[where[0] : where[0] + 4].lower() == "the ":  # "the White House": the place without its article
        where = (where[0] + 4, where[1])
    for side in ("source", "target"):  # "U.S. Secretary of State Marco Rubio": a country in a side's title is no place
        span = _side_span(e, side, mentions)
        if where and span and 0 <= span[0] - where[1] <= 60 and _TITLE_WORDS.fullmatch(text[where[1] : span[0]]):
            where = None
    if where:
        out["where"] = Answer(text[where[0] : where[1]], where[0], where[1])
    return out


_TIME_WORDS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|"
    r"morning|afternoon|evening|night|noon|midnight|week|month|year|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|\d{1,2}[.:]\d\d|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|(?:19|20)\d\d)\b",
    re.I,
)


_PRECISE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[.:]\d\d|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2})\b",
    re.I,
)


_CLOCK = re.compile(r"\b(\d{1,2}[.:]\d\d|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|midnight|noon)", re.I)
_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2})\b",
    re.I,
)


def _time_rank(text: str) -> int:
    """A clock time on a day says more than a day or a clock time alone, which say more than "this week"."""
    low = text.lower()
    if _CLOCK.search(low) and _DAY.search(low):
        return 3  # "6.10am on Wednesday"
    if _PRECISE.search(low):
        return 2
    return 1 if re.search(r"\b(today|yesterday|tonight|tomorrow|this (morning|afternoon|evening))\b", low) else 0


def _background(ent) -> int:
    """1 for a time phrase that dates something said in passing, not the main event: inside a relative clause ("Trump,
    who stormed to a shock election victory on Wednesday, said ...")."""
    t = ent.root
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            return 1
        t = t.head
    return 0


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


def confident(e: dict | None, first_sentence_end: int) -> bool:
    """An event the 5W1H can stand on: told in the title or first sentence, both sides, a verbal trigger."""
    return (
        e is not None
        and e["sentence_start"] < first_sentence_end
        and bool(e.get("source_actor") and e.get("target_actor"))
        and float(e.get("confidence") or 0.0) >= CONFIDENT
    )


def answers(
    doc, text: str, events: list, mentions: list, base: int = 0, published: str | None = None, lead_sentences: int = 3
) -> tuple[dict[str, Answer | None], dict | None]:
    """5W1H of the main event of ``text`` (parsed as ``doc``, which holds it from offset ``base``) and the event record
    it stands on (None when the parse alone answered). Who, what, when and where come from the events stage's main event when that event is told in the title
    or first sentence with both sides (``confident``); the parse of the lead answers otherwise, and always for why and
    how, and for a question the event leaves open."""
    parsed = extract(doc, base=base, lead_sentences=lead_sentences, published=published)
    sents = [s for s in doc.sents if any(t.is_alpha for t in s)]
    if not sents:
        return parsed, None
    lead_end = sents[min(lead_sentences, len(sents)) - 1].end_char + base
    e = main_event(events, lead_end)
    if e is None or not confident(e, sents[0].end_char + base):
        return _full_name(parsed, doc, base, lead_end), None
    from_e = from_event(e, text, mentions, doc, base)
    return _full_name({q: from_e.get(q) or parsed.get(q) for q in QUESTIONS}, doc, base, lead_end), e


def _full_name(out: dict[str, Answer | None], doc, base: int, lead_end: int) -> dict[str, Answer | None]:
    """Who named by a surname alone ("Trump meets with Obama") as the lead names the person in full ("Donald Trump"):
    the first longer name of a person in the title and lead that ends with it."""
    who = out.get("who")
    if who is None or not re.fullmatch(r"[A-Z][\w'’-]+", who.text):
        return out
    for ent in doc.ents:
        if base + ent.start_char >= lead_end:
            break
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == who.text:
            return {**out, "who": Answer(ent.text, base + ent.start_char, base + ent.end_char)}
    return out


# a sentence: up to a full stop that does not close an initial ("U.S.", "J. Smith") or open a decimal
_SENTENCE_END = re.compile(r"(?:[^.!?]|(?<=\b[A-Z])\.|\.(?=\d)){20,}?(?<!\b[A-Z])[.!?]+[\"”’]?(?=\s|$)", re.S)
LEAD_SENTENCES = 3


def lead_records(events: list, mentions: list, text: str) -> list[dict]:
    """The events of an article's lead (its first three sentences) with both sides, main event first (``main_event``'s
    order), each with the offsets of its sides and ``first_sentence``: what a story keeps of an article to find its own
    main event and answer who, what, when and where without the article's mentions."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text[:3000])][:LEAD_SENTENCES]
    lead_end = ends[-1] if ends else len(text)
    rows = [event_row(x) for x in events]
    rows = [
        e
        for e in rows
        if e.get("source_actor")
        and e.get("target_actor")
        and e["sentence_start"] < lead_end
        and e.get("factuality") not in NOT_HAPPENING
    ]
    rows.sort(key=lambda e: (e["sentence_start"], -float(e.get("confidence") or 0.0), e["trigger_start"]))
    out = []
    for e in rows:
        e = dict(e)
        for side in ("source", "target"):
            span = _side_span(e, side, mentions)
            e[f"{side}_span"] = {"start": span[0], "end": span[1]} if span else None
        e["first_sentence"] = e["sentence_start"] < (ends[0] if ends else len(text))
        out.append(e)
    return out


def _key(e: dict) -> tuple:
    return (e.get("cameo_code") or "")[:3], tuple(sorted(filter(None, (e.get("source_country"), e.get("target_country")))))


def story_main(members: dict[str, Any], lead_id: str) -> tuple[str, dict] | None:
    """The main event of a story: the happening (CAMEO code and dyad) that the leads of the most outlets tell, when at least
    two do; else the lead article's own main event, when it opens the text with a verbal trigger (``CONFIDENT``)."""
    groups: dict[tuple, list[tuple[str, dict]]] = {}
    for a, m in members.items():
        for e in getattr(m, "main", None) or ():
            groups.setdefault(_key(e), []).append((a, e))

    def outlets(g: list) -> int:
        return len({members[a].outlet or a for a, _ in g})

    best = max(
        groups.values(),
        key=lambda g: (outlets(g), any(a == lead_id for a, _ in g), -min(e["sentence_start"] for _, e in g)),
        default=None,
    )
    if best and outlets(best) >= 2:
        return min(best, key=lambda r: (not r[1].get("date_text"), -float(r[1].get("confidence") or 0.0), r[0] != lead_id, r[0]))
    own = (getattr(members.get(lead_id), "main", None) or [None])[0]
    if own and own.get("first_sentence") and float(own.get("confidence") or 0.0) >= CONFIDENT:
        return lead_id, own
    return None


def with_story_event(fivew: dict[str, dict | None], members: dict[str, Any], lead_id: str, texts: dict[str, str]) -> dict:
    """A story's 5W1H (``describe``'s answers, cited) with who, what, when and where taken from the story's main event
    (``story_main``) where it answers them, cited in the article that tells it."""
    found = story_main(members, lead_id)
    if found is None:
        return fivew
    a, e = found
    text = texts.get(a) or ""
    if e["sentence_end"] > len(text):
        return fivew
    ev = from_event(e, text, [])
    out = dict(fivew)
    for q in ("who", "what", "when", "where"):
        ans = ev.get(q)
        if ans is not None:
            out[q] = {"text": ans.text, "article_id": a, "start": ans.start, "end": ans.end, "event_id": e.get("id")}
    return out


# -- without a parse: the story pass reads the events stage's records and the text (issue 16 item 3) ---------------

_TIME_PHRASE = re.compile(
    r"\b(?:(?:(?:in )?the (?:early |small )?hours of|(?:almost |around |about )?(?:midnight|noon) on|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)"
    r"(?: local time)? on)\s+)?"
    r"(?:(?:early|late|on|last|this|at|around|about)\s+)?(?:"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?"
    r"|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)"
    r"|today|yesterday|tonight|tomorrow|this (?:morning|afternoon|evening|week)|last (?:night|week|month|year))\b",
    re.I,
)
PLACE_KINDS = ("gpe", "loc", "fac", "country")


class Spot(NamedTuple):
    """What the 5W1H needs of an actor mention (a ``Mention`` answers too): kept per article by the story pass."""

    start: int
    end: int
    kind: str | None
    actor_id: str | None


def sentence_spans(text: str, limit: int = 3000) -> list[tuple[int, int]]:
    """(start, end) of the sentences in the first ``limit`` characters (a title line counts as one)."""
    out = []
    for m in _SENTENCE_END.finditer(text[:limit]):
        start = m.start()
        for part in re.finditer(r"[^\n]+", m.group(0)):  # a line break ends a sentence too (titles, datelines)
            s, e = start + part.start(), start + part.end()
            while s < e and text[s].isspace():
                s += 1
            if e - s >= 3:
                out.append((s, e))
    if not out and (
        line := re.search(r"\S[^\n]{2,}", text[:limit])
    ):  # no full stop anywhere: the first line stands for a sentence
        out.append((line.start(), line.end()))
    return out


def _marker_span(text: str, start: int, end: int, markers, limit: int = 12) -> tuple[int, int] | None:
    """The words after the first marker of ``markers`` in ``text[start:end]``, up to ``limit`` words or a comma."""
    low = text[start:end].lower()
    for m in markers:
        for found in re.finditer(rf"\b{re.escape(m)}\b", low):
            words = list(re.finditer(r"[\w'’%$.-]+|[,;:.!?()\"”]", text[start + found.end() : end]))
            took = []
            for w in words[:limit]:
                if w.group(0) in ',;:.!?()"”':
                    break
                took.append(w)
            if not took or not any(ch.isalpha() for w in took for ch in w.group(0)):
                continue
            s, e = start + found.end() + took[0].start(), start + found.end() + took[-1].end()
            e -= len(text[s:e]) - len(text[s:e].rstrip(".-"))
            if not _BOILERPLATE.search(text[s:e]):
                return s, e
    return None


def record_answers(
    text: str, events: list, mentions: list, published: str | None = None, lead_sentences: int = LEAD_SENTENCES
) -> tuple[dict[str, Answer | None], dict | None]:
    """5W1H of the main event of ``text`` without a parse: who, what, when and where from the events stage's main event
    of the lead (``main_event``), else the first named actor of the first sentence, its first time phrase, the place
    named most in the lead; why and how from causal and manner phrases ("because", "after", "by", "using"). Offsets
    into ``text``; the publication date standing in for when has none. Returns the answers and the event used."""
    out: dict[str, Answer | None] = {q: None for q in QUESTIONS}
    sents = sentence_spans(text)
    if not sents:
        return out, None
    lead = sents[:lead_sentences]
    e = main_event(events, lead[-1][1])
    if e is not None:
        out.update({q: a for q, a in from_event(e, text, mentions).items() if a is not None})
    first = [
        m
        for m in sorted(mentions, key=lambda m: m.start)
        if sents[0][0] <= m.start < sents[0][1] and (m.kind or "") not in PLACE_KINDS[:3]
    ]
    if out["who"] is None and first:
        out["who"] = Answer(text[first[0].start : first[0].end], first[0].start, first[0].end)
    if out["what"] is None:
        s, t = sents[0]
        if first:  # what the first sentence says its first actor did
            s = max(s, first[0].end)
        while s < t and not text[s].isalnum():
            s += 1
        words = list(re.finditer(r"\S+", text[s:t]))[:12]
        if words:
            out["what"] = Answer(
                text[s : s + words[-1].end()].rstrip(".,;:"), s, s + len(text[s : s + words[-1].end()].rstrip(".,;:"))
            )
    if out["when"] is None:
        times = [(_time_rank(m.group(0)), k, m) for k, (s, t) in enumerate(sents[:12]) for m in _TIME_PHRASE.finditer(text, s, t)]
        if times:
            _, _, m = max(times, key=lambda x: (x[0] * 2 - x[1], -x[1], -x[2].start()))
            out["when"] = Answer(m.group(0), m.start(), m.end())
        elif published:
            try:
                day = _dt.date.fromisoformat(published[:10])
                out["when"] = Answer(f"{day:%A} {day.day} {day:%B %Y}", -1, -1)
            except ValueError:
                pass
    if out["where"] is None:
        out["where"] = _dateline_place(text[: lead[-1][1]])
    if out["where"] is None:
        seen: dict[str, list] = {}
        for m in mentions:
            if (m.kind or "") in PLACE_KINDS and m.start < lead[-1][1]:
                name = text[m.start : m.end]
                k = next(i for i, (s, t) in enumerate(lead + [(0, 10**9)]) if s <= m.start < t)
                seen.setdefault(name.lower(), [0.0, m.start, name, m])[0] += 1.0 + (0.5 if k == 0 else 0.0)
        if seen:
            best = max(seen.values(), key=lambda v: (v[0] + (0.0 if _is_country(v[2]) else 1.0), -v[1]))
            out["where"] = Answer(best[2], best[3].start, best[3].end)
    for s, t in [sents[0]] + lead:  # why: a cause the title gives, else one in the lead
        span = _marker_span(text, s, t, CAUSAL)
        if span:
            out["why"] = Answer(text[span[0] : span[1]], *span)
            break
    for s, t in lead:
        span = _marker_span(text, s, t, MANNER, limit=8)
        if span:
            out["how"] = Answer(text[span[0] : span[1]], *span)
            break
    return out, e
