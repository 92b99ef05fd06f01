"""The stand-ins for the model's components leave every token as the stock pipeline does: the
remembering attribute ruler and lemmatizer (POS, tag, morphology, lemma) and the batch decoder of the
entity recognizer (every token's entity IOB and type), with the parse untouched."""

from __future__ import annotations

import json

from conftest import BUNDLED_SEEDS, DEMO, SEEDS

TRICKY = [
    "There is no deal yet, and there were no talks in 2024. I told him it was gonna fail; y'all knew it.",
    "Let's see: they ain't ready, c'mon. But what did she do? She did what she had to do, but slowly.",
    "It rained.   The minister's aides, who had been told, were leaving; the talks have been called off.",
    "U.S. Secretary of State Marco Rubio spoke with Pakistani Foreign Minister Ishaq Dar on Tuesday.",
    "Talks  in   Geneva\n\nended. The European Union and the United Nations Security Council met in New York",
    "",
    "Apple",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    texts += [p.read_text("utf-8") for p in sorted((SEEDS if SEEDS.exists() else BUNDLED_SEEDS).glob("*.txt"))]
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
    from attache.nlp import keep_act_compounds, load, load_stock, split_abbreviation_hyphens

    fast, stock = load(), load_stock()
    split_abbreviation_hyphens(stock)  # the same tokens: the tokenizer changes of load() (h20hyphen, h30ceasefire)
    keep_act_compounds(stock)
    assert "attache_fast_attributes" in fast.pipe_names and "attribute_ruler" in stock.pipe_names
    component = fast.get_pipe("attache_fast_attributes")

    class NoFallback:  # the fast path must do the work: the stock lemmatizer may answer single tokens only
        def __init__(self, real):
            self.real = real

        def lemmatize(self, token):
            return self.real.lemmatize(token)

        def __call__(self, doc):
            raise AssertionError("the stock components were used")

    class NoStockNER:
        def pipe(self, docs, **kwargs):
            raise AssertionError("the stock entity recognizer was used")

    real = component.lemmatizer
    component.lemmatizer = NoFallback(real)
    ner = fast.get_pipe("attache_fast_ner")
    real_ner, ner.stock = ner.stock, NoStockNER()
    try:
        texts = _texts()
        entities = 0
        for a, b in zip(fast.pipe(texts), stock.pipe(texts)):
            assert _view(a) == _view(b)
            entities += len(b.ents)
        # batches of one document and of many decode alike
        assert [_view(d) for d in fast.pipe(texts[:12], batch_size=1)] == [_view(d) for d in fast.pipe(texts[:12], batch_size=64)]
    finally:
        component.lemmatizer = real
        ner.stock = real_ner
    assert len(texts) > 20 or not DEMO.exists()
    # with the demo corpus (../shared) many entities; without it the tricky sentences and the two seeds
    assert entities > (50 if DEMO.exists() else 20)


def test_lemmas_without_the_parse_equal_the_stock_components():
    """The event classifier tags and lemmatises without parsing: the same there too."""
    from attache.events.classifier import tagging_pipes
    from attache.nlp import keep_act_compounds, load, load_stock, split_abbreviation_hyphens

    fast, stock = load(), load_stock()
    split_abbreviation_hyphens(stock)  # the same tokens (h20hyphen, h30ceasefire)
    keep_act_compounds(stock)
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


def test_preset_entities_go_to_the_stock_recognizer():
    """Entities set before the recognizer (an entity ruler, say) follow the stock rules for them."""
    from spacy.tokens import Span

    from attache.nlp import load_stock
    from attache.nlp.fastner import FastNER

    stock = load_stock()
    ner = stock.get_pipe("ner")
    fast = FastNER(ner)
    text = "Acme Widgets signed a deal with the government of Pakistan in Islamabad on Tuesday."
    with stock.select_pipes(disable=["ner"]):
        a, b = stock(text), stock(text)
    for doc in (a, b):
        doc.ents = [Span(doc, 0, 2, label="ORG")]
    fast(a)
    ner(b)
    assert _view(a) == _view(b) and a.ents[0].text == "Acme Widgets" and len(a.ents) > 1


def test_recognizers_of_another_kind_keep_the_stock_component():
    import spacy

    from attache.nlp.fastner import install

    nlp = spacy.blank("en")
    nlp.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "hidden_width": 8,
                "maxout_pieces": 2,
                "use_upper": False,
                "tok2vec": {
                    "@architectures": "spacy.HashEmbedCNN.v2",
                    "width": 8,
                    "depth": 1,
                    "embed_size": 100,
                    "window_size": 1,
                    "maxout_pieces": 2,
                    "subword_features": False,
                    "pretrained_vectors": None,
                },
            }
        },
    )
    nlp.get_pipe("ner").add_label("ORG")
    nlp.initialize()
    assert install(nlp) is False and "ner" in nlp.pipe_names and "attache_fast_ner" not in nlp.pipe_names


def test_a_failing_fast_path_warns_once_and_gives_the_stock_result(caplog):
    """No silent fallback: the first document the fast path cannot do is said in the log (once), and every
    such document still gets the stock components' annotation."""
    import logging

    from attache.nlp import load_stock
    from attache.nlp.fastattrs import FastAttributes

    stock = load_stock()
    component = FastAttributes(stock.get_pipe("attribute_ruler"), stock.get_pipe("lemmatizer"))

    def broken(doc):
        raise RuntimeError("a case not foreseen")

    component._fast = broken
    texts = [t for t in TRICKY if t][:3]
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(texts))
    with caplog.at_level(logging.WARNING, logger="attache.nlp.fastattrs"):
        got = [_view(component(doc)) for doc in docs]
    with stock.select_pipes(disable=["ner"]):
        want = [_view(doc) for doc in stock.pipe(texts)]
    assert got == want
    assert len([r for r in caplog.records if "fast path failed" in r.getMessage()]) == 1


def test_the_fast_components_are_declared_factories():
    """Registered by name with their config and what they assign, as spaCy components are."""
    from spacy.language import Language

    from attache.nlp import load

    nlp = load()
    for name, assigns in (("attache_fast_ner", "doc.ents"), ("attache_fast_attributes", "token.lemma")):
        assert Language.has_factory(name) and assigns in Language.get_factory_meta(name).assigns
        assert nlp.config["components"][name]["factory"] == name
