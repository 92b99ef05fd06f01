"""Threads keep an outlier story out; the 5W1H parse answers in the annotation's style (issue 15)."""

from __future__ import annotations

import math

import pytest

from attache.stories.cluster import Story
from attache.stories.threads import ThreadSettings, thread_assignments


class _Stories:
    """The one thing ``thread_assignments`` reads of a clusterer: its stories (plain data)."""

    def __init__(self, stories: dict[str, Story]) -> None:
        self._stories = stories

    def all_stories(self) -> dict[str, Story]:
        return self._stories


def _story(sid: str, article: dict[str, float], n: int) -> Story:
    """A story of ``n`` articles with the same unit vector ``article`` (the centre is their sum)."""
    norm = math.sqrt(sum(x * x for x in article.values()))
    unit = {t: x / norm for t, x in article.items()}
    centre = {t: n * x for t, x in unit.items()}
    return Story(sid, members=[f"{sid}-{i}" for i in range(n)], centroid=centre, norm2=sum(x * x for x in centre.values()))


def test_an_outlier_story_stays_out_of_a_thread():
    # a tight story about "x"; a neighbour that shares a little of it (centre cosine 0.2, above the thread bar) but
    # whose articles are far less like the thread's than these are like each other; a close relative (cosine 0.9)
    stories = {
        "s000000": _story("s000000", {"x": 1.0}, 3),
        "s000001": _story("s000001", {"x": 0.2, "z": math.sqrt(1 - 0.04)}, 3),
        "s000002": _story("s000002", {"x": 0.9, "q": math.sqrt(1 - 0.81)}, 2),
    }
    threads = thread_assignments(_Stories(stories))
    assert threads["s000002"] == threads["s000000"] == "t000000"
    assert threads["s000001"] == "t000001"
    # without the outlier rule the neighbour joins: the rule is what keeps it out
    loose = thread_assignments(_Stories(stories), ThreadSettings(outlier=0.0))
    assert loose["s000001"] == loose["s000000"]
    # a story of one article has no inside to compare with: the bar alone decides
    single = {"s000000": _story("s000000", {"x": 1.0}, 1), "s000001": _story("s000001", {"x": 0.2, "z": 0.98}, 1)}
    assert len(set(thread_assignments(_Stories(single)).values())) == 1


@pytest.fixture(scope="module")
def nlp():
    from attache.nlp import load

    return load()


def test_fivew1h_parse_answers_in_the_annotation_style(nlp):
    from attache.stories.fivew1h import extract

    text = "At least 7 killed in tram accident in south London.\nPolice said a tram derailed on Wednesday."
    out = extract(nlp(text))
    assert out["what"].text.startswith("At least 7 killed")  # the count is part of what happened
    assert out["where"].text.lower() == "south london"  # the direction belongs to the place
    # a clock time on a day says more than an earlier day alone; the annotation leaves "at" out
    text = "A tram derailed in Croydon on Wednesday. It overturned at 11am local time on Wednesday, police said."
    assert extract(nlp(text))["when"].text == "11am local time on Wednesday"
    # the place named in full where the text names it so
    text = "Boy trapped in well in Hebei.\nRescuers in Baoding, Hebei province worked through the night."
    assert extract(nlp(text))["where"].text == "Baoding, Hebei province"
    text = (
        "Trump meets Obama at the White House.\n"
        "President-elect Donald Trump met President Barack Obama at the White House on Thursday."
    )
    from attache.stories.fivew1h import answers

    found, _ = answers(nlp(text), text, [], [])
    assert found["who"].text == "Donald Trump"  # a surname alone: the lead's full name
    assert text[found["who"].start : found["who"].end] == "Donald Trump"
