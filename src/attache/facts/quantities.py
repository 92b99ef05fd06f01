"""Quantities: numbers with their unit, kind and the thing they measure.

"a 29% tariff on Pakistani exports" -> value 29, unit percent, kind tariff_rate,
subject "tariff on Pakistani exports", actors of the subject and of the clause.
Reads the one spaCy pass (number entities and the dependency tree); dates and
times are not quantities. Kind words live in ``data/quantity_kinds.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import yaml

from ..model import Mention, Quantity
from .words import CURRENCIES, NUMBER_WORDS, SCALE_WORDS

NUMBER_LABELS = ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")
WORDS, SCALE, CURRENCY = NUMBER_WORDS, SCALE_WORDS, CURRENCIES  # data/words.yaml


@lru_cache(maxsize=1)
def kinds() -> dict:
    return yaml.safe_load(resources.files("attache.facts").joinpath("data/quantity_kinds.yaml").read_text("utf-8"))


def parse_number(text: str) -> float | None:
    """The value of "29%", "1.5 billion", "eight", "46", "$3.2bn", "twenty-five"."""
    t = text.lower().replace(",", "").replace("per cent", "").replace("percent", "").replace("%", " ")
    t = re.sub(r"[$€£¥]|us\$|rs\.?|usd|eur|gbp|pkr|inr", " ", t)
    m = re.search(r"(\d+(?:\.\d+)?)\s*([a-z]+)?", t)
    if m:
        value = float(m.group(1))
        scale = SCALE.get(m.group(2) or "")
        if scale is None:
            following = re.search(r"\d(?:\.\d+)?\s*(?:[a-z]+\s+)?(thousand|million|billion|trillion|lakh|crore)\b", t)
            scale = SCALE[following.group(1)] if following else 1
        return value * scale
    total, current, seen = 0.0, 0.0, False
    for w in re.split(r"[\s-]+", t):
        if w in WORDS:
            value = WORDS[w]
            current = (current or 1) * value if w == "hundred" else current + value
            seen = True
        elif w in SCALE and seen:
            total += (current or 1) * SCALE[w]
            current = 0
    return total + current if seen else None


def _unit(ent_label: str, text: str, head_word: str) -> str:
    low = text.lower()
    if ent_label == "PERCENT" or "%" in text or "percent" in low or "per cent" in low:
        return "percent"
    for sym, code in CURRENCY.items():
        if sym in ("$", "€", "£", "¥") and sym in text or re.search(rf"(?<![a-z]){re.escape(sym)}(?![a-z])", low):
            return code
    if ent_label == "MONEY":
        return "money"
    return head_word or "count"


def _kind(unit: str, words: set[str]) -> str:
    table = kinds()
    if unit == "percent":
        for kind, cue in table["percent"].items():
            if words & set(cue):
                return kind
        return "share"
    if unit not in ("count",) and unit.isupper() or unit == "money":
        for kind, cue in table["money"].items():
            if words & set(cue):
                return kind
        return "money"
    for kind, cue in table["count"].items():
        if words & set(cue):
            return kind
    return "count"


def _is_year(ent) -> bool:
    return (
        len(ent) == 1
        and re.fullmatch(r"(1[89]|20)\d\d", ent.text) is not None
        and ent.root.head.lower_ in ("since", "in", "of", "by", "until", "before", "after", "from", "to")
    )


def _measured(ent):
    """The noun the number measures and the phrase that names it."""
    root = ent.root
    head = root
    # "a 29% tariff": the number modifies the noun; "29% of exports": the noun is in the "of" phrase
    while (
        head.dep_ in ("nummod", "compound", "amod", "quantmod", "npadvmod", "nmod")
        and head.head.i != head.i
        and head.head.i >= root.i
    ):
        head = head.head
    if head.i == root.i:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            head = pobj
    if head.i == root.i or head.pos_ not in ("NOUN", "PROPN"):
        return root if root.pos_ == "NOUN" else None, None
    # the head noun and what hangs after it: "tariff on Pakistani exports"
    right = [
        t for t in head.subtree if t.i >= head.i and not any(a.dep_ in ("relcl", "acl", "punct") and a.i > head.i for a in [t])
    ]
    end = head.i
    for t in right:
        if t.i == end + 1 and t.dep_ not in ("punct", "cc", "relcl") and t.tag_ not in ("WDT", "WP"):
            end = t.i
    first = head.i
    while first - 1 > root.i and head.doc[first - 1].dep_ in ("compound", "amod") and head.doc[first - 1].head.i == head.i:
        first -= 1  # "eight UNSC terms": the noun's own modifiers, after the number
    return head, head.doc[first : min(end + 1, head.i + 12)]


def extract(parsed, mentions: Sequence[Mention]) -> list[Quantity]:
    """Every quantity in the article, with offsets into the article text."""
    out: list[Quantity] = []
    article = parsed.article
    for seg in parsed.segments:
        for ent in seg.doc.ents:
            if ent.label_ not in NUMBER_LABELS or _is_year(ent) or re.search(r"\d[/:]\d", ent.text):
                continue  # years, dates and times written as numbers ("9/11", "6:10")
            value = parse_number(ent.text)
            if value is None or (ent.label_ == "CARDINAL" and value < 2 and not re.search(r"\d", ent.text)):
                continue  # "one" is mostly an article or a pronoun
            head, phrase = _measured(ent)
            start, end = seg.start + ent.start_char, seg.start + ent.end_char
            subject = phrase.text if phrase is not None else (head.text if head is not None else None)
            sent = ent.sent
            words = {t.lemma_.lower() for t in sent if abs(t.i - ent.root.i) <= 8} | (
                {t.lemma_.lower() for t in phrase} if phrase is not None else set()
            )
            unit = _unit(
                ent.label_, ent.text, head.lemma_.lower() if head is not None and ent.label_ in ("CARDINAL", "QUANTITY") else ""
            )
            if unit not in ("percent",) and unit.isupper():
                pass
            elif ent.label_ == "QUANTITY":
                m = re.search(r"[a-zA-Z]+$", ent.text)
                unit = m.group(0).lower() if m else unit
            own = {t.lemma_.lower() for t in phrase} if phrase is not None else set()
            kind = _kind(unit, own) if _kind(unit, own) not in ("count", "share", "money") else _kind(unit, words)
            s0, s1 = seg.start + sent.start_char, seg.start + sent.end_char
            sub0 = seg.start + phrase.start_char if phrase is not None else None
            sub1 = seg.start + phrase.end_char if phrase is not None else None
            actors = []
            for mention in mentions:
                if not mention.country or not (s0 <= mention.start < s1):
                    continue
                in_subject = sub0 is not None and sub1 is not None and sub0 <= mention.start < sub1
                if (in_subject or _subject_of_clause(seg, ent, mention)) and mention.country not in actors:
                    actors.append(mention.country)
            out.append(
                Quantity(
                    article_id=article.id,
                    start=start,
                    end=end,
                    text=ent.text,
                    value=value,
                    unit=unit,
                    kind=kind,
                    subject=subject,
                    subject_start=sub0,
                    subject_end=sub1,
                    actors=sorted(actors),
                    sentence_start=s0,
                    sentence_end=s1,
                )
            )
    return out


def _subject_of_clause(seg, ent, m: Mention) -> bool:
    """Is the mention the subject of the verb the quantity belongs to ("the US slapped a 29% tariff")?"""
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for t in c.subtree:
                if seg.start + t.idx <= m.start < seg.start + t.idx + len(t.text) + 1:
                    return True
    return False
