"""The main event type of a text: a linear model over words and trigger votes.

Features: TF-IDF weighted lemmas of the headline, plus, per PLOVER type, how
many trigger words of that type the headline and the lead hold
(``data/triggers.yaml``), which carries the model to verbs its training data
never saw. (Bigrams and the lead's own words were tried and lowered the
template-grouped cross-validated macro-F1.) The trained weights ship as JSON
(``data/plover_model.json``) and predict with numpy alone; scikit-learn is
needed only to train (``attache eval events --train``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..linear import LinearModel
from ..nlp import ACT_COMPOUNDS, joint_verb_forms, tagging_pipes
from .lexicon import lexicon
from .ontology import PLOVER_TYPES

LEAD_CHARS = 600
MODEL_FILE = "plover_model.json"
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}")


@lru_cache(maxsize=1)
def _lemmatizer():
    from ..nlp import load

    nlp = load()
    return nlp


def lemmas(texts: Sequence[str]) -> list[list[str]]:
    """Lower-case lemmas of each text (tagger and lemmatizer only: no parse, no entities). A hyphenated act noun the
    pipeline keeps whole for the coder ("cease-fire", ``nlp.ACT_COMPOUNDS``) gives its words, as the stock tokenizer
    did: the model was trained on them (h30ceasefire); so does a verb of a joint role ("co-hosted": "co", "host"; h44co)."""
    nlp = _lemmatizer()
    joint = joint_verb_forms()
    out = []
    with nlp.select_pipes(enable=tagging_pipes(nlp)):
        for doc in nlp.pipe(texts, batch_size=64):
            words: list[str] = []
            for t in doc:
                if t.is_punct or t.is_space:
                    continue
                if t.lower_ in ACT_COMPOUNDS:
                    first, _, last = t.lower_.partition("-")
                    words += [first, last[:-1] if last.endswith("s") else last]
                elif t.lower_ in joint:
                    words += ["co", joint[t.lower_].removeprefix("co-")]
                else:
                    words.append(t.lemma_.lower())
            out.append(words)
    return out


def split_text(title: str | None, text: str) -> tuple[str, str]:
    """Headline and lead: the title when there is one, else the first sentence."""
    text = _PLACEHOLDER.sub(lambda m: m.group(0).strip("{}").split("_")[0].upper(), text or "")
    title = _PLACEHOLDER.sub(lambda m: m.group(0).strip("{}").split("_")[0].upper(), title or "")
    if title:
        return title, text[:LEAD_CHARS]
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)
    return first[0], (first[1] if len(first) > 1 else "")[:LEAD_CHARS]


def trigger_votes(words: list[str]) -> Counter:
    lex = lexicon()
    votes: Counter = Counter()
    for w in words:
        for table in (lex.verbs, lex.nouns, lex.headline_only):
            if w in table:
                votes[table[w][0]] += 1
    return votes


def features(head: list[str], lead: list[str]) -> dict[str, float]:
    """Raw counts, before IDF weighting."""
    f: Counter = Counter()
    for w in head:  # the lead's own words added noise in template-grouped cross-validation; its trigger votes stay
        f[f"h:{w}"] += 1
    # trigger votes carry the model to verbs its training data never saw: weighted up
    for t, n in trigger_votes(head).items():
        f[f"vote:h:{t}"] += 9 * n
    for t, n in trigger_votes(lead).items():
        f[f"vote:b:{t}"] += 3 * n
    return dict(f)


PloverModel = LinearModel  # the PLOVER weights: a TF-IDF LinearModel (attache/linear.py)


def train(
    feats: Sequence[dict[str, float]], labels: Sequence[str], ids: Sequence[str] = (), min_df: int = 2, c: float = 4.0
) -> LinearModel:
    """TF-IDF weighted features seen in ``min_df`` texts (trigger votes always), balanced logistic regression."""
    return LinearModel.fit(feats, labels, ids, c=c, max_iter=2000, tfidf=True, min_df=min_df, keep=("vote:",))


@lru_cache(maxsize=1)
def shipped_model() -> LinearModel | None:
    return LinearModel.shipped("attache.events", f"data/{MODEL_FILE}")


save_model = LinearModel.save  # save_model(model, path)


__all__ = ["PLOVER_TYPES", "PloverModel", "features", "lemmas", "split_text", "train", "shipped_model", "save_model"]
