"""Passive verbs of schedule and expectation: their subject does the infinitive ("Putin and Xi are expected to sign
an agreement"), which lies ahead (planned); "is likely to" weighs it (hypothetical). h14raise16; sentences written
for these tests. Also "the leaders of Russia and China": both countries are the group's (h14ofconj16); joint drills, a joint exercise (h14drills16); "said it would" of the speaker's own commitment is planned (h14would16)."""

from __future__ import annotations

import pytest

from eventkit import coded_events


def _events(analyzer, text):
    return [e for e in coded_events(analyzer, text, "2022-05-20") if e.source is not None and e.target is not None]


@pytest.mark.parametrize(
    "text, ptype, pair, factuality",
    [
        ("Putin and Xi are expected to sign an agreement.", "AGREE", {"RUS", "CHN"}, "planned"),
        ("Blinken and Lavrov are scheduled to hold talks.", "CONSULT", {"USA", "RUS"}, "planned"),
        ("The leaders of Russia and China discussed bilateral relations.", "CONSULT", {"RUS", "CHN"}, "asserted"),
        ("Leaders of Russia and China agreed to expand trade.", "AGREE", {"RUS", "CHN"}, "asserted"),
        ("The United States and South Korea held joint military drills.", "COOPERATE", {"USA", "KOR"}, "asserted"),
        ("India and France conducted a joint naval exercise.", "COOPERATE", {"IND", "FRA"}, "asserted"),
    ],
)
def test_both_parties_of_the_subject_are_the_sides(analyzer, text, ptype, pair, factuality):
    found = [e for e in _events(analyzer, text) if e.plover_type == ptype]
    assert found, text
    assert {found[0].source.country, found[0].target.country} == pair
    assert found[0].factuality == factuality


@pytest.mark.parametrize(
    "text, factuality",
    [
        ("Blinken was due to hold talks with Lavrov.", "planned"),
        ("Putin is slated to visit China.", "planned"),
        ("Putin is likely to meet Xi.", "hypothetical"),
        ("Putin met Xi in Beijing.", "asserted"),  # no such word: as before
        ("Thousands fled due to Russia's war against Ukraine.", "asserted"),  # "due to" a cause: no schedule
    ],
)
def test_schedule_and_likelihood_words_set_the_factuality(analyzer, text, factuality):
    found = _events(analyzer, text)
    assert found, text
    assert found[0].factuality == factuality


@pytest.mark.parametrize(
    "text, factuality",
    [
        ("The Pentagon said it would send more troops to Poland.", "planned"),  # its own commitment, told later
        ("Putin said he would meet Xi next month.", "planned"),
        ("Officials said Russia would attack Ukraine.", "hypothetical"),  # another's act: as before
    ],
)
def test_would_of_the_speakers_own_commitment_is_planned(analyzer, text, factuality):
    found = _events(analyzer, text)
    assert found and found[0].factuality == factuality, text
