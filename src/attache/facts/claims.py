"""Attributed claims: who says what, directly quoted or reported.

"Dar argued that the tariff hurts exporters", "'We are partners,' Rubio said",
"according to officials, ...". The speaker is resolved through the mentions
the actors stage found; the claim keeps its evaluative words (stance).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Mention
from .tone import stance_words
from .words import SAYING_VERBS

SAYING = SAYING_VERBS  # data/words.yaml
QUOTES = '"“”«»'
MAX_CLAIM = 400  # characters


def _in_quotes(text: str, start: int, end: int, sent_start: int, sent_text: str) -> bool:
    before = sent_text[: start - sent_start]
    return sum(before.count(q) for q in QUOTES) % 2 == 1 or (
        sent_text[max(0, start - sent_start - 1) : start - sent_start] in QUOTES
    )


def _speaker(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("conj",) and verb.head.i != verb.i:
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def extract(parsed, mentions: Sequence[Mention]) -> list[Claim]:
    out: list[Claim] = []
    article = parsed.article
    for seg in parsed.segments:
        for sent in seg.doc.sents:
            s0 = seg.start + sent.start_char
            for tok in sent:
                lemma = tok.lemma_.lower()
                content = None
                if lemma == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                    src = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                    if src is None:
                        continue
                    speaker = src
                    words = [
                        t
                        for t in sent
                        if not (tok.i <= t.i <= src.right_edge.i) and t.dep_ != "punct" or t.i > src.right_edge.i + 1
                    ]
                    content = (words[0], words[-1]) if words else None
                    verb_lemma = "according to"
                elif lemma in SAYING and tok.pos_ == "VERB":
                    speaker = _speaker(tok)
                    if speaker is None or speaker.pos_ == "PRON" and speaker.lower_ in ("it", "this", "that"):
                        continue
                    comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i != speaker.i), None)
                    if comp is not None and lemma not in ("call", "describe", "point"):
                        content = (comp.left_edge, comp.right_edge)
                    elif tok.dep_ in ("parataxis",) or (
                        tok.dep_ == "ROOT"
                        and tok.i > sent.start + 3
                        and any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children)
                    ):
                        # "..., Miller said." / "We are partners, Rubio said."
                        main = (
                            tok.head
                            if tok.dep_ == "parataxis"
                            else next(c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i)
                        )
                        content = (main.left_edge, tok.doc[min(speaker.left_edge.i, tok.i) - 1])
                    verb_lemma = lemma
                else:
                    continue
                if content is None:
                    continue
                first, last = content
                while first.i < last.i and (first.is_punct or first.lower_ in ("that",)):
                    first = first.doc[first.i + 1]
                while last.i > first.i and last.is_punct:
                    last = last.doc[last.i - 1]
                start, end = seg.start + first.idx, seg.start + last.idx + len(last.text)
                if end - start < 12:
                    continue
                end = min(end, start + MAX_CLAIM)
                sp0, sp1 = seg.start + speaker.left_edge.idx, seg.start + speaker.right_edge.idx + len(speaker.right_edge.text)
                who = next((m for m in mentions if sp0 <= m.start < sp1 and m.actor_id), None)
                text = article.text[start:end]
                direct = _in_quotes(article.text, start, end, s0, sent.text)
                out.append(
                    Claim(
                        article_id=article.id,
                        start=start,
                        end=end,
                        text=text,
                        speaker=article.text[sp0:sp1],
                        speaker_start=sp0,
                        speaker_end=sp1,
                        actor_id=who.actor_id if who else None,
                        country=who.country if who else None,
                        verb=verb_lemma,
                        direct=direct,
                        stance=stance_words(text),
                        sentence_start=s0,
                        sentence_end=seg.start + sent.end_char,
                    )
                )
    return out
