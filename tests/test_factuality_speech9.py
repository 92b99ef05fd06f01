"""A speaker's own speech act told through what it says is asserted (guidelines section 4), eighth session: "X said
the government is breaking the law" is X accusing; what the content says another party did stays reported."""

from __future__ import annotations

import pytest

from eventkit import coded_events


def _facts(analyzer, text):
    return {
        (e.plover_type, e.source.name if e.source else None, e.factuality) for e in coded_events(analyzer, text, "2024-05-02")
    }


@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        ("Senator Maria Lopez said the Chinese government is breaking the law.", "ACCUSE", "Maria Lopez"),
        ("Foreign Minister Sergey Lavrov said Ukraine must withdraw its troops.", "REQUEST", "Sergey Lavrov"),
    ],
)
def test_the_speakers_own_act_is_asserted(analyzer, text, kind, speaker):
    found = _facts(analyzer, text)
    mine = [f for f in found if f[0] == kind and f[1] and speaker.split()[-1] in f[1]]
    assert mine and all(f[2] == "asserted" for f in mine), found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Russia accused Ukraine of shelling the plant.",
        "Foreign Minister Sergey Lavrov said Ukraine attacked Russian positions overnight.",
    ],
)
def test_another_partys_act_in_the_content_stays_reported(analyzer, text):
    found = _facts(analyzer, text)
    others = [f for f in found if f[1] and "Lavrov" not in f[1] and "Officials" not in f[1]]
    assert others and all(f[2] == "reported" for f in others), found
