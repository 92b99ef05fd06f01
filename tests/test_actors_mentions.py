"""One sentence, one actor mention, the country (sector, kind, role, ...) it must have: the same-shape cases of the
actor tests of the fifth to seventh sessions (officials after a country's ministry and title, a government's own
offices; words between a country and a title, offices stated after the name, leaders by surname, forms of address;
people introduced by citizenship or a country's office), read from tests/data/mentions.yaml. Each group keeps the
publication date and article id its test file had; the outlet and URL of the U.S. Department of State where a case
is its own text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventkit import mention, mentions


def _cases() -> list:
    with open(Path(__file__).parent / "data" / "mentions.yaml", encoding="utf-8") as fh:
        groups = yaml.safe_load(fh)
    return [pytest.param(g, case, id=f"{name}-{case['id']}") for name, g in groups.items() for case in g["cases"]]


@pytest.mark.parametrize(("group", "case"), _cases())
def test_one_mention_of_a_sentence(analyzer, group, case):
    article = {"published": case.get("published", group["published"]), "article_id": group["article_id"]}
    if case.get("state"):
        article.update(outlet="U.S. Department of State", url=f"https://www.state.gov/readout-{group['article_id']}/")
    m = mention(mentions(analyzer, case["text"], **article), case["part"])
    assert {k: getattr(m, k) for k in case["expect"]} == case["expect"], (m.text, m.note)
