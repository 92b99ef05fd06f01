"""Tone: of a whole article (GDELT-like) and toward each actor in it.

Document tone counts the words of the VADER lexicon (vaderSentiment, MIT):
``positive`` and ``negative`` are the shares of words (in percent) that carry
positive or negative valence, ``tone`` is their difference and ``polarity``
their sum, as in GDELT's tone fields.

Tone toward a target (a person, a country) is target-dependent: a linear
model reads the words around the mention, on which side they sit, the
valence of nearby words with negation, the clause the mention belongs to, its
grammatical role and the verb it hangs from. Its weights are JSON
(``data/tone_model.json``, trained on the NewsMTSC dev rows with
``attache eval tone --train``) and predict with numpy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from ..linear import LinearModel
from .words import NEGATORS

MODEL_FILE = "tone_model.json"
QUOTES = '"“”'
CLASSES = ("negative", "neutral", "positive")
DENSE = ("s_comp", "s_pos", "s_neg", "w3", "w6", "w12", "clause", "headval_subj", "headval_other")
DENSE_WEIGHT = 3.0


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=4096)
def _scores(sentence: str) -> dict[str, float]:
    """VADER's scores of a sentence; a press office's set sentences come back in release after release."""
    return _vader().polarity_scores(sentence)


def lexicon() -> dict[str, float]:
    return _vader().lexicon


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def stance_words(text: str, threshold: float = 1.5) -> list[str]:
    """The strongly evaluative words of a text, in order, once each."""
    lex = lexicon()
    out: list[str] = []
    for w in _WORD.findall(text):
        low = w.lower()
        if abs(lex.get(low, 0.0)) >= threshold and low not in out:
            out.append(low)
    return out


def document_tone(text: str) -> dict[str, float]:
    """GDELT-like tone fields: tone, positive, negative, polarity (percent of words), and words."""
    lex = lexicon()
    words = _WORD.findall(text)
    if not words:
        return {"tone": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "words": 0}
    pos = sum(1 for w in words if lex.get(w.lower(), 0.0) > 0)
    neg = sum(1 for w in words if lex.get(w.lower(), 0.0) < 0)
    p, n = 100.0 * pos / len(words), 100.0 * neg / len(words)
    return {
        "tone": round(p - n, 3),
        "positive": round(p, 3),
        "negative": round(n, 3),
        "polarity": round(p + n, 3),
        "words": len(words),
    }


def _valence(tok, lex) -> float:
    return lex.get(tok.lower_, lex.get(tok.lemma_.lower(), 0.0))


class _Sentence:
    """What target_features reads of one sentence, taken from spaCy once and kept as plain lists."""

    __slots__ = ("start", "start_char", "text", "scores", "valence", "negated", "lemma", "skip", "left", "right", "wide")

    def __init__(self, sent, lex) -> None:
        self.start, self.start_char, self.text = sent.start, sent.start_char, sent.text
        self.scores = _scores(self.text)  # read only
        toks = list(sent)
        lower = [t.lower_ for t in toks]
        self.lemma = [t.lemma_.lower() for t in toks]
        self.valence = [_valence(t, lex) for t in toks]
        # a negator among the three tokens before (within the sentence) flips and damps the valence
        self.negated = [any(x in NEGATORS for x in lower[max(0, k - 3) : k]) for k in range(len(toks))]
        self.skip = [t.is_punct or t.is_stop for t in toks]
        # the word features' names, made once per sentence ("" for punctuation and stop words)
        self.left = ["" if skip else f"L5_{lemma}" for skip, lemma in zip(self.skip, self.lemma)]
        self.right = ["" if skip else f"R5_{lemma}" for skip, lemma in zip(self.skip, self.lemma)]
        self.wide = ["" if skip else f"w_{lemma}" for skip, lemma in zip(self.skip, self.lemma)]


def target_features(doc, first: int, last: int, cache: dict | None = None) -> dict[str, float]:
    """Features of the target tokens ``doc[first..last]`` in their sentence (``doc`` may be a Span's doc).
    ``cache`` keeps what is read of a sentence between targets of the same sentence."""
    lex = lexicon()
    sent = doc[first].sent
    key = (id(doc), sent.start)
    info = cache.get(key) if cache is not None else None
    if info is None:
        info = _Sentence(sent, lex)
        if cache is not None:
            cache[key] = info
    f: dict[str, float] = {}
    scores = info.scores
    f["s_comp"], f["s_pos"], f["s_neg"] = scores["compound"], scores["pos"], scores["neg"]
    base, n = info.start, len(info.valence)
    lo, hi = first - base, last - base  # the target, as positions in the sentence
    for w in (3, 6, 12):
        total = 0.0
        for k in range(max(0, lo - w), min(n, hi + w + 1)):
            if lo <= k <= hi:
                continue
            v = info.valence[k]
            if v and info.negated[k]:
                v = -0.7 * v
            total += v
        f[f"w{w}"] = math.tanh(total / 4)
    head = doc[last]
    while head.dep_ != "ROOT" and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    valence = info.valence  # the sentence's tokens' valences, read once (a subtree lies within its sentence)
    f["clause"] = math.tanh(
        sum(valence[t.i - base] if 0 <= t.i - base < n else _valence(t, lex) for t in head.subtree if not first <= t.i <= last)
        / 4
    )
    dep = doc[last].dep_
    f["dep_" + dep] = 1.0
    f["headverb_" + head.lemma_.lower()] = 1.0
    f["headval_subj" if dep.startswith("nsubj") else "headval_other"] = _valence(head, lex) / 4
    before = info.text[: doc[first].idx - info.start_char]
    f["inquote"] = float(sum(before.count(q) for q in QUOTES) % 2 == 1)
    for name in DENSE:  # the valence features weigh more than any single word (tuned by grouped cross-validation)
        if name in f:
            f[name] *= DENSE_WEIGHT
    left, right, wide = info.left, info.right, info.wide
    for k in range(n):
        name = wide[k]
        if not name or lo <= k <= hi:
            continue
        if k < lo:
            if lo - k <= 5:  # the nearer end of the target is within five tokens
                f[left[k]] = 1.0
        elif k - hi <= 5:
            f[right[k]] = 1.0
        f[name] = 0.5
    return f


class ToneModel(LinearModel):
    """The tone weights: a LinearModel over ``target_features`` (raw values), classes negative / neutral /
    positive. Only its training defaults and ``score`` are its own."""

    @classmethod
    def train(
        cls, feats: Sequence[dict[str, float]], labels: Sequence[str], ids: Sequence[str] = (), c: float = 0.3
    ) -> ToneModel:
        return cls.fit(feats, labels, ids, c=c, max_iter=3000)

    def score(self, feats: Sequence[dict[str, float]]) -> list[float]:
        """P(positive) - P(negative), in -1..1, per row."""
        return self.contrast(feats, "positive", "negative")


@lru_cache(maxsize=1)
def shipped_model() -> ToneModel | None:
    return ToneModel.shipped("attache.facts", f"data/{MODEL_FILE}")


save_model = LinearModel.save  # save_model(model, path)


def actor_tone(parsed, mentions, model: ToneModel | None = None) -> dict[str, float]:
    """Mean tone (-1..1) toward each actor over the sentences that mention it."""
    model = model or shipped_model()
    if model is None:
        return {}
    feats, who = [], []
    cache: dict = {}
    for seg in parsed.segments:
        doc = seg.doc
        end = seg.end
        for m in mentions:
            if not m.actor_id or m.start < seg.start or m.end > end:
                continue
            span = doc.char_span(m.start - seg.start, m.end - seg.start, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            feats.append(target_features(doc, span.start, span.end - 1, cache))
            who.append(m.actor_id)
    totals: dict[str, list[float]] = {}
    for actor, s in zip(who, model.score(feats)):
        totals.setdefault(actor, []).append(s)
    return {a: round(sum(v) / len(v), 3) for a, v in totals.items()}
