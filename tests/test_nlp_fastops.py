"""The networks' steps taken in fewer passes (nlp/fastops.py) give thinc's values bit for bit: maxout and the
layer normalisation on random arrays, and the token vectors of the loaded pipeline against the same model
run with thinc's own steps."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import LayerNorm, NumpyOps


def test_maxout_equals_thincs():
    from attache.nlp.fastops import FastOps, InferenceOnly

    thinc, fast = NumpyOps(use_blis=False), FastOps(use_blis=False)
    rng = np.random.default_rng(7)
    for pieces in (1, 2, 3, 5):
        for rows in (0, 1, 9, 300):
            X = ((rng.random((rows, 13, pieces)) - 0.5) * 40).astype("f")
            X[:, ::4, :] = X[:, ::4, :1]  # ties between pieces: the value is the same whichever piece wins
            best, which = fast.maxout(X)
            assert best.dtype == np.float32 and best.shape == (rows, 13)
            assert np.array_equal(best, thinc.maxout(X)[0])
    with pytest.raises(InferenceOnly):  # nothing was kept for a gradient: a training pass must not run on these ops
        fast.backprop_maxout(best, which, 5)


def test_layer_norm_equals_thincs():
    from attache.nlp.fastops import FastOps, InferenceOnly, install

    rng = np.random.default_rng(11)
    stock, fast = LayerNorm(24), LayerNorm(24)
    for m in (stock, fast):
        m.initialize(X=np.zeros((2, 24), dtype="f"))
    G, b = (rng.random(24) * 3).astype("f"), (rng.random(24) - 0.5).astype("f")
    for m in (stock, fast):
        m.set_param("G", G)
        m.set_param("b", b)
    install(fast, FastOps(use_blis=False))
    assert fast._func is not stock._func  # the prediction-only forward is in place
    for scale in (1e-3, 1.0, 250.0):
        for rows in (1, 7, 500):
            X = ((rng.random((rows, 24)) - 0.4) * scale).astype("f")
            X[0] = 3.0  # a constant row: zero variance
            assert np.array_equal(fast.predict(X), stock.predict(X))
    Y, backprop = fast(X, is_train=False)
    with pytest.raises(InferenceOnly):
        backprop(Y)
    # a training call takes thinc's own forward (its gradient state)
    assert np.array_equal(fast(X, is_train=True)[0], stock(X, is_train=True)[0])


def test_token_vectors_equal_thincs_steps():
    """The pipeline of ``nlp.load`` (fast steps) and the stock model with thinc's numpy ops give the same token
    vectors, the same entities and the same parse."""
    from attache.nlp import load, load_stock
    from attache.nlp.fastops import FastOps

    fast = load()
    tok2vec = fast.get_pipe("tok2vec").model
    assert any(isinstance(n.ops, FastOps) for n in tok2vec.walk())
    assert any(n.name == "layernorm" and n._func.__module__ == "attache.nlp.fastops" for n in tok2vec.walk())
    stock = load_stock()
    ops = NumpyOps(use_blis=False)
    for _, component in stock.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    texts = [
        "U.S. Secretary of State Marco Rubio spoke with Pakistani Foreign Minister Ishaq Dar on Tuesday.",
        "The European Union and the United Nations Security Council met in New York; talks ended late.",
        "It rained.",
        "Russia's foreign ministry summoned the ambassador of Lithuania over the transit ban, officials said. " * 3,
    ]
    for a, b in zip(fast.pipe(texts), stock.pipe(texts)):
        assert a.tensor.shape == b.tensor.shape and np.array_equal(a.tensor, b.tensor)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        assert [(t.dep_, t.head.i, t.tag_) for t in a] == [(t.dep_, t.head.i, t.tag_) for t in b]
