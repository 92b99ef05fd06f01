"""The remembering stand-in for the model's attribute ruler and lemmatizer leaves every token as the
stock components do (POS, tag, morphology, lemma, and the parse and entities untouched)."""

from __future__ import annotations

import json

import pytest

from conftest import DEMO, SEEDS

TRICKY = [
    "There is no deal yet, and there were no talks in 2024. I told him it was gonna fail; y'all knew it.",
    "Let's see: they ain't ready, c'mon. But what did she do? She did what she had to do, but slowly.",
    "It rained.   The minister's aides, who had been told, were leaving; the talks have been called off.",
    "U.S. Secretary of State Marco Rubio spoke with Pakistani Foreign Minister Ishaq Dar on Tuesday.",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    if SEEDS.exists():
        texts += [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if DEMO.exists():
        with (DEMO / "state_department_2021_2022.jsonl").open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 40 == 0:
                    texts.append(json.loads(line)["text"][:3000])
                if i > 1200:
                    break
    return texts


def _view(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_fast_attributes_equal_the_stock_components():
    from attache.nlp import load, load_stock

    fast, stock = load(), load_stock()
    assert "attache_fast_attributes" in fast.pipe_names and "attribute_ruler" in stock.pipe_names
    component = fast.get_pipe("attache_fast_attributes")

    class NoFallback:  # the fast path must do the work: the stock lemmatizer may answer single tokens only
        def __init__(self, real):
            self.real = real

        def lemmatize(self, token):
            return self.real.lemmatize(token)

        def __call__(self, doc):
            raise AssertionError("the stock components were used")

    real = component.lemmatizer
    component.lemmatizer = NoFallback(real)
    try:
        texts = _texts()
        for a, b in zip(fast.pipe(texts), stock.pipe(texts)):
            assert _view(a) == _view(b)
    finally:
        component.lemmatizer = real
    assert len(texts) > 20 or not DEMO.exists()


def test_lemmas_without_the_parse_equal_the_stock_components():
    """The event classifier tags and lemmatises without parsing: the same there too."""
    from attache.events.classifier import tagging_pipes
    from attache.nlp import load, load_stock

    fast, stock = load(), load_stock()
    texts = _texts()[:12]
    with fast.select_pipes(enable=tagging_pipes(fast)), stock.select_pipes(enable=tagging_pipes(stock)):
        got = [[(t.pos_, t.lemma_, str(t.morph)) for t in d] for d in fast.pipe(texts)]
        want = [[(t.pos_, t.lemma_, str(t.morph)) for t in d] for d in stock.pipe(texts)]
    assert got == want and any(lemma != "" for doc in got for _, lemma, _ in doc)


def test_unknown_rule_kinds_keep_the_stock_components():
    import spacy

    from attache.nlp.fastattrs import install

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}, {"TEXT": "y"}]], {"LEMMA": "z"})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert install(nlp) is False and "attribute_ruler" in nlp.pipe_names
