"""The factuality of one word's act in one sentence: the same-shape parametrised cases of the fifth and sixth
sessions' factuality tests, of test_factuality_question8.py and of test_factuality9.py (questions that ask or take
their act as given, possessed event nouns, prospective acts, "would like to", pending and needed acts, the speaker's
own statement, a noun's own modifier; allegations, conditions, needs, plans, hedges, "no", "yet to"), read from tests/data/factuality.yaml. Each case: (label, cue, attributed_to) of the word's token,
parsed by the session's nlp and read on the group's date, has the fields ``expect`` gives and not all those ``differ``
gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventkit import factuality_of


def _cases() -> list:
    with open(Path(__file__).parent / "data" / "factuality.yaml", encoding="utf-8") as fh:
        groups = yaml.safe_load(fh)
    out = []
    for name, g in groups.items():
        for c in g["classes"]:
            for i, (text, word, *own) in enumerate(c["cases"]):
                expect = {**(c.get("expect") or {}), **dict(zip(("label", "cue"), own))}  # the case's own label, cue
                out.append(pytest.param(text, word, g["published"], expect, c.get("differ"), id=f"{name}-{c['id']}-{i}"))
    return out


@pytest.mark.parametrize(("text", "word", "published", "expect", "differ"), _cases())
def test_the_factuality_of_a_words_act(nlp, text, word, published, expect, differ):
    got = dict(zip(("label", "cue", "attributed_to"), factuality_of(nlp, text, word, published)))
    assert {k: got[k] for k in expect} == expect, (text, got)
    if differ:
        assert {k: got[k] for k in differ} != differ, (text, got)
