"""Language identification with py3langid (its model ships in the package).

Each paragraph votes with its length, so a quoted passage in another language
or a paragraph full of names does not decide the language of the article.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

MIN_CHARS = 20
MAX_PARAGRAPHS = 40
CHUNK = 1000  # characters of one paragraph that vote
BUDGET = 6000  # characters of one article that vote


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # Two-letter (ISO 639-1) languages only: the model's rarer three-letter
    # languages (Nigerian Pidgin, Central Bikol, ...) capture English lists of
    # foreign names far more often than they occur in news.
    ident.set_languages(sorted({lang for lang in ident.nb_classes if len(lang) == 2}))
    return ident


def identify(text: str) -> tuple[str | None, float | None]:
    """ISO 639 code and the share of text voting for it, or (None, None)."""
    if len(text.strip()) < MIN_CHARS:
        return None, None
    ident = _identifier()
    chunks = [p for p in text.split("\n") if len(p.strip()) >= MIN_CHARS][:MAX_PARAGRAPHS] or [text]
    votes: dict[str, float] = defaultdict(float)
    spent = 0
    for chunk in chunks:
        piece = chunk[:CHUNK]
        lang, prob = ident.classify(piece)
        votes[str(lang)] += len(piece) * float(prob)
        spent += len(piece)
        if spent >= BUDGET:
            break
    best = max(sorted(votes), key=votes.__getitem__)
    return best, round(votes[best] / sum(votes.values()), 4)
