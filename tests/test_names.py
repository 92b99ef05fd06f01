"""Names anywhere a code is taken (issue 17 item 2): countries, actors and outlets by name, alias or code."""

import pytest

from attache.actors.kb import KnowledgeBase, load_kb
from attache.actors.names import (
    AmbiguousName,
    NameError_,
    Names,
    UnknownName,
    default,
    fold,
    resolve_actor,
    resolve_country,
    resolve_outlet,
)
from attache.model import Actor


@pytest.mark.parametrize("name", ["United States", "US", "USA", "usa", "U.S.", "U.S.A", "the United States", "America"])
def test_united_states_by_any_name(name):
    assert resolve_country(name) == "USA"


@pytest.mark.parametrize(
    "name,code",
    [
        ("Pakistan", "PAK"),
        ("pakistan", "PAK"),
        ("PAK", "PAK"),
        ("PK", "PAK"),
        ("Türkiye", "TUR"),
        ("turkiye", "TUR"),
        ("India", "IND"),
        ("Pakistani", "PAK"),
    ],
)
def test_countries(name, code):
    assert resolve_country(name) == code


def test_fold_drops_case_accents_dots_and_the():
    assert fold("The U.S.") == "us"
    assert fold("  Côte   d'Ivoire ") == fold("cote divoire")
    assert fold("Nawa-i-Waqt") == "nawa i waqt"


def test_actors_by_code_name_alias_and_accents():
    assert resolve_actor("Pakistan") == "PAK"
    assert resolve_actor("igo.UN") == "IGO.un"
    assert resolve_actor("pk") == "PAK" and resolve_actor("US") == "USA"
    assert resolve_actor("United Nations Security Council") == "IGO.unsc"
    rubio = resolve_actor("Marco Rubio")
    assert rubio.startswith("USA.") and resolve_actor(rubio) == rubio
    # an office holder of the open dataset by full name, accents optional
    maduro = resolve_actor("Nicolás Maduro")
    assert maduro.startswith("VEN.") and resolve_actor("nicolas maduro") == maduro


def test_outlets_by_name_alias_domain_and_url():
    assert resolve_outlet("Dawn") == "Dawn"
    assert resolve_outlet("dawn.com") == "Dawn"
    assert resolve_outlet("https://www.dawn.com/news/123") == "Dawn"
    assert resolve_outlet("Nawa-i-Waqt") == resolve_outlet("nawaiwaqt") == "Nawaiwaqt"


def test_outlet_resolves_to_the_stores_spelling():
    names = Names(default().kb, outlets=["DAWN", "example.org"])
    assert names.outlet("dawn.com") == "DAWN"
    assert names.outlet("Example.org") == "example.org"


def test_unknown_name_has_a_message_and_candidates():
    with pytest.raises(UnknownName) as err:
        resolve_country("Pakistn")
    e = err.value
    assert isinstance(e, NameError_) and isinstance(e, ValueError)
    assert e.kind == "country" and e.name == "Pakistn"
    assert ("PAK", "Pakistan (PAK)") in e.candidates
    assert "\n" not in e.message and "Pakistan (PAK)" in e.message
    assert e.to_dict()["candidates"][0]["code"] == "PAK"


def test_unknown_name_without_candidates():
    with pytest.raises(UnknownName) as err:
        resolve_outlet("zzqx nothing here")
    assert err.value.candidates == [] and err.value.message == "unknown outlet 'zzqx nothing here'"


def test_partial_name_offers_the_actors_that_contain_it():
    with pytest.raises(UnknownName) as err:
        resolve_country("Virgin")  # "Korea", the example before, is now a name of both Koreas (h23korea)
    assert {c for c, _ in err.value.candidates} >= {"VIR", "VGB"}


def test_korea_typed_alone_is_ambiguous_between_the_two_koreas():
    with pytest.raises(AmbiguousName) as err:
        resolve_country("Korea")
    assert "KOR" in err.value.message and "PRK" in err.value.message


def test_ambiguous_name_lists_every_reading():
    kb = KnowledgeBase(
        [
            Actor(id="XAA.GOV.smith-john", name="John Smith", kind="person", country="XAA", aliases=["John Smith"]),
            Actor(id="XBB.GOV.smith-john", name="John Smith", kind="person", country="XBB", aliases=["John Smith"]),
        ]
    )
    names = Names(kb)
    with pytest.raises(AmbiguousName) as err:
        names.actor("john smith")
    assert [c for c, _ in err.value.candidates] == ["XAA.GOV.smith-john", "XBB.GOV.smith-john"]
    assert "ambiguous" in err.value.message and "XBB.GOV.smith-john" in err.value.message
    assert names.actor("XBB.GOV.smith-john") == "XBB.GOV.smith-john"  # the code settles it


def test_imported_actors_resolve_by_name():
    kb = load_kb([Actor(id="ZZZ.GOV.doe-jane", name="Jane Doe", kind="person", country="ZZZ", aliases=["Jane Doe", "J. Doe"])])
    names = Names(kb)
    assert names.actor("J. Doe") == "ZZZ.GOV.doe-jane"
    assert names.resolve("actor", "jane doe") == "ZZZ.GOV.doe-jane"
    with pytest.raises(ValueError):
        names.resolve("planet", "Mars")


def test_a_stores_resolver_knows_its_outlets_and_imported_actors(tmp_path):
    from attache.actors.names import for_store
    from attache.model import Article
    from attache.store import open_store

    with open_store(str(tmp_path / "n.duckdb")) as store:
        store.save_actors(
            [
                Actor(
                    id="ZZZ.GOV.roe-rita",
                    name="Rita Roe",
                    kind="person",
                    country="ZZZ",
                    aliases=["Rita Roe"],
                    source="import:test",
                )
            ]
        )
        store.add_articles(
            [Article(id="a1", url="https://www.dawn.com/x", outlet="DAWN", title="t", text="Some text.", paragraphs=[])]
        )
        names = for_store(store)
    assert names.actor("rita roe") == "ZZZ.GOV.roe-rita"
    assert names.outlet("dawn.com") == "DAWN" and names.outlet("Dawn News") == "DAWN"
