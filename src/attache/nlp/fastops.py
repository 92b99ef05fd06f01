"""Two steps of the loaded spaCy networks done with fewer passes over the arrays, the same values.

``nlp.load`` gives every layer of the pipeline's networks one ``FastOps`` (numpy's BLAS, as before) and
(``install``) the layer-normalisation layers a prediction-only forward. In the token-to-vector networks
(the shared ``tok2vec`` and the entity recognizer's own) these two steps took more time than their
arithmetic needs (cProfile, ``docs/benchmarks.md``, "Speed, sixth session"):

- ``maxout``: the largest of each unit's pieces. thinc walks every unit and also records which piece won
  (for training); here it is ``np.maximum`` over the pieces' slices, the same values (a maximum is exact),
  about 2.5x faster (a NaN, which finite weights and inputs never give, would spread here where thinc's
  loop skips it). Which piece won is not recorded: this pipeline is only ever used to predict, and a
  backward pass through these ops says so instead of computing a wrong gradient.
- ``LayerNorm``: thinc computes the row means twice (``X.mean`` and inside ``X.var``), the deviations twice,
  and allocates a new array for each of the three scalings. Here the mean is taken once and the deviations
  are squared into one new array and scaled in place: the same numpy operations on the same operands, in
  the same order (numpy's own ``_var``: sum, divide by the count as ``intp``, subtract, square, sum, divide),
  so the same bits.

Every other operation is thinc's own. ``tests/test_nlp_fastops.py`` compares both with thinc's on random
arrays and the pipeline's annotations with and without them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from thinc.api import NumpyOps


class InferenceOnly(RuntimeError):
    pass


class FastOps(NumpyOps):
    """``NumpyOps`` (numpy's BLAS) with ``maxout`` and ``seq2col`` as whole-array numpy operations."""

    name = "numpy"  # the same family to every layer that asks

    def maxout(self, X: Any) -> tuple[Any, Any]:
        if X.ndim != 3 or X.dtype != np.float32 or X.shape[2] < 1:
            return super().maxout(X)  # thinc's own on anything unusual
        best = np.maximum(X[:, :, 0], X[:, :, 1]) if X.shape[2] > 1 else X[:, :, 0].copy()
        for p in range(2, X.shape[2]):
            np.maximum(best, X[:, :, p], out=best)
        return best, None

    def backprop_maxout(self, dY: Any, which: Any, P: int) -> Any:
        if which is None:
            raise InferenceOnly("attache's spaCy pipeline is loaded to predict: FastOps.maxout keeps no argmax")
        return super().backprop_maxout(dY, which, P)


def _layernorm_predict(model: Any, X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's ``LayerNorm`` forward (``(X - mean) * var ** -0.5 * G + b``) with each value computed as thinc
    and numpy compute it, in fewer passes; prediction only."""
    if is_train or X.ndim != 2 or X.dtype != np.float32 or X.shape[1] == 0:
        return _THINC_LAYERNORM(model, X, is_train)
    n = np.intp(X.shape[1])  # numpy's mean and var divide by the count as an intp
    mu = np.add.reduce(X, axis=1, keepdims=True)
    np.true_divide(mu, n, out=mu, casting="unsafe")
    dist = np.subtract(X, mu)
    var = np.add.reduce(np.square(dist), axis=1, keepdims=True)
    np.true_divide(var, n, out=var, casting="unsafe")
    var = var + 1e-08
    np.multiply(dist, var ** (-1.0 / 2.0), out=dist)
    np.multiply(dist, model.get_param("G"), out=dist)
    dist += model.get_param("b")

    def backprop(dY: Any) -> Any:
        raise InferenceOnly("attache's spaCy pipeline is loaded to predict: its LayerNorm keeps no gradient state")

    return dist, backprop


def _thinc_layernorm():
    from thinc.layers import layernorm

    return layernorm.forward


_THINC_LAYERNORM = _thinc_layernorm()


def install(model: Any, ops: FastOps) -> None:
    """Every layer of ``model``: these ops; its LayerNorm layers: the prediction-only forward."""
    for node in model.walk():
        node.ops = ops
        if node.name == "layernorm" and getattr(node, "_func", None) is _THINC_LAYERNORM:
            node._func = _layernorm_predict
