"""How the learned stages are measured: cross-validated predictions, or the shipped model's."""

from __future__ import annotations

from attache.evaluate.crossval import cross_validated, headline, predictions
from attache.linear import LinearModel

FEATS = [{"w:good": 1.0}, {"w:bad": 1.0}, {"w:so-so": 1.0}] * 4  # three classes: the model is multinomial
LABELS = ["positive", "negative", "neutral"] * 4


def _fit(rows: list[int]) -> LinearModel:
    return LinearModel.fit([FEATS[i] for i in rows], [LABELS[i] for i in rows], c=1.0, max_iter=200)


def test_no_row_is_predicted_by_a_model_that_saw_its_fold() -> None:
    fold = [i // 3 % 3 for i in range(len(FEATS))]  # each fold holds whole triples
    trained_on: list[list[int]] = []

    def fit(rows: list[int]) -> LinearModel:
        trained_on.append(rows)
        return _fit(rows)

    pred = cross_validated(fold, 4, fit, FEATS)  # fold 3 holds no row: no model for it
    assert len(trained_on) == 3
    for k, rows in enumerate(trained_on):
        assert rows and all(fold[i] != k for i in rows)
    assert pred == LABELS


def test_the_shipped_model_predicts_rows_it_never_saw() -> None:
    model = _fit(list(range(6)))
    model.trained_on = {"a", "b"}
    ids = [f"r{i}" for i in range(len(FEATS))]
    asked: list[str] = []

    def cv() -> list[str]:
        asked.append("cv")
        return ["x"] * len(FEATS)

    assert predictions("auto", model, ids, FEATS, cv, "cv") == (LABELS, "shipped model")
    assert predictions("cv", model, ids, FEATS, cv, "by fold") == (["x"] * len(FEATS), "by fold")
    assert predictions("auto", None, ids, FEATS, cv, "by fold")[1] == "by fold"
    model.trained_on = set(ids[:7])  # more than half of these rows: its own predictions would flatter it
    assert predictions("auto", model, ids, FEATS, cv, "by fold")[1] == "by fold"
    assert asked == ["cv"] * 3


def test_headline() -> None:
    got = headline("tone", 12, {"macro_f1": 0.123456, "accuracy": 0.5, "per_type": {}}, "shipped model")
    assert list(got) == ["task", "n", "macro_f1", "accuracy", "how"]
    assert got["macro_f1"] == 0.1235
