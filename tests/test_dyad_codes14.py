"""An organisation's or armed group's side answers to its gold code in `attache eval dyads` (h14codes14): the GSR
file codes organisations "IGO"/"NGO", the gold sets' guidelines by short names ("UN", "NATO", "EUR", "HAMAS");
section 7 of the eval README matches a side by "same code". Gold rows written for these tests."""

from __future__ import annotations

import json

import pytest

from attache.evaluate import dyads
from attache.model import Party


@pytest.mark.parametrize(
    ("party", "answers", "not_answers"),
    [
        (Party("IGO.un", "United Nations", None, "IGO"), {"UN", "IGO"}, {"NATO", "USA", "NGO"}),
        (Party("IGO.unsc", "UN Security Council", None, "IGO"), {"UN", "IGO"}, {"EUR"}),  # a UN body is the UN's
        (Party("IGO.eu", "European Union", None, "IGO"), {"EUR", "EU", "IGO"}, {"UN"}),  # EUR, as PLOVER writes it
        (Party("PSE.INS.hamas", "Hamas", "PSE", "INS"), {"HAMAS", "PSE"}, {"IGO"}),
        (Party("USA.GOV.state-dept", "U.S. Department of State", "USA", "GOV"), {"USA"}, {"IGO", "GOV"}),
        (Party("IGO.IGO.someone", "An Envoy", None, "IGO"), {"IGO"}, {"UN"}),  # an organisation's official
        (Party(None, "people", None, None), set(), {"IGO"}),
    ],
)
def test_a_side_answers_to_its_country_and_its_organisations_codes(party, answers, not_answers):
    codes = dyads.side_codes(party)
    assert answers <= codes and not (not_answers & codes)


def test_an_organisation_row_is_found_and_fully_right_by_its_code(cli, tmp_path):
    un = {"text": "the world body", "code": "UN"}  # no shared word with "United Nations": only the code can match
    row = {
        "id": "u1",
        "text": "The United Nations condemned Norway's decision on Monday.",
        "pub_date": "2022-03-09",
        "event_type": "ACCUSE",
        "source": [un],
        "target": [{"text": "Norway", "code": "NOR"}],
        "factuality": "asserted",
        "date": "2022-03-07",
    }
    path = tmp_path / "codes.jsonl"
    path.write_text(json.dumps(row) + "\n", "utf-8")
    result = cli("eval", "dyads", "--data", path).last_json
    assert result["dyad_recall"] == 1.0 and result["fully_right"] == 1.0
    # the same row coded as another organisation is not found
    path.write_text(json.dumps({**row, "source": [{"text": "the alliance", "code": "NATO"}]}) + "\n", "utf-8")
    assert cli("eval", "dyads", "--data", path).last_json["dyad_recall"] == 0.0
