from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.geo.gazetteer import (
    Gazetteer,
    load_gazetteer,
    read_country_names,
    read_curated,
    region_name,
)
from eventwire.geo.names import name_key, skeleton_key
from eventwire.records import Place


@pytest.mark.parametrize(
    ("a", "b"),
    [("Al-Qa'im", "Qaim"), ("Qā’im", "al Qaim"), ("Jurf al-Sakhar", "JURF AL SAKHAR")],
)
def test_spellings_meet_on_the_exact_key(a: str, b: str):
    assert name_key(a) == name_key(b)


def test_transliterations_meet_on_the_skeleton():
    assert skeleton_key("Deir ez-Zor") == skeleton_key("Dayr az Zawr")
    assert skeleton_key("Jurf al-Sakhar") == skeleton_key("Jurf al-Sakhr")
    assert name_key("Deir ez-Zor") != name_key("Dayr az Zawr")


def test_lookup_prefers_exact_keys_and_falls_back_to_skeletons():
    g = Gazetteer([
        (Place("Dayr az Zawr", "city", "SY", population=10), ["Deir ez-Zor"]),
        (Place("Kirkuk", "city", "IQ"), []),
        (Place("Karak", "city", "JO"), []),
    ])  # fmt: skip
    assert [p.name for p in g.lookup("Deir ez Zor")] == ["Dayr az Zawr"]
    assert [p.name for p in g.lookup("Dair al-Zour")] == ["Dayr az Zawr"], "skeleton fallback"
    assert [p.name for p in g.lookup("Kirkuk")] == ["Kirkuk"], "an exact hit is not widened"
    assert g.lookup("Krk") == [], "short names get no fuzzy fallback"


def test_an_abbreviated_saint_finds_every_town_of_the_full_name():
    g = Gazetteer([
        (Place("Saint Joseph", "city", "US", admin1="Missouri"), ["St. Joseph"]),
        (Place("Saint Joseph", "city", "US", admin1="Michigan"), []),
        (Place("Fort Myers", "city", "US", admin1="Florida"), []),
        (Place("Stockton", "city", "US", admin1="California"), []),
    ])  # fmt: skip
    assert [p.admin1 for p in g.lookup("St. Joseph")] == ["Missouri", "Michigan"]
    assert [p.name for p in g.lookup("Ft. Myers")] == ["Fort Myers"]
    assert [p.name for p in g.lookup("Stockton")] == ["Stockton"], "only a first word is read"


def test_curated_file_errors_name_the_line(tmp_path: Path):
    bad = tmp_path / "g.tsv"
    bad.write_text("name\taliases\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks column"):
        read_curated(bad)
    header = "name\taliases\tkind\tcountry_code\tadmin1\tadmin2\tlatitude\tlongitude\tgeonames_id\tpopulation\n"
    bad.write_text(header + "X\t\tsite\tIQ\t\t\tnorth\t44\t\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_curated(bad)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_curated_sites_and_geonames_towns(gazetteer: Gazetteer):
    (jurf,) = gazetteer.lookup("Jurf al-Sakhr")
    assert (jurf.name, jurf.kind, jurf.country_code, jurf.admin1) == (
        "Jurf al-Nasr",
        "site",
        "IQ",
        "Babil",
    )
    assert any(p.kind == "site" for p in gazetteer.lookup("Al-Asad Air Base"))
    assert any(p.geonames_id == 98182 for p in gazetteer.lookup("Baghdad"))
    (nd,) = [p for p in gazetteer.lookup("N.D.") if p.kind == "admin1"]
    assert nd.name == "North Dakota" and nd.source == "derived" and nd.latitude is not None


def test_the_district_of_columbia_is_the_city_of_washington(gazetteer: Gazetteer):
    (dc,) = gazetteer.lookup("D.C.")
    assert (dc.name, dc.kind, dc.admin1) == ("Washington", "city", "District of Columbia")
    assert dc in gazetteer.lookup("District of Columbia")
    assert not any(p.kind == "admin1" for p in gazetteer.lookup("District of Columbia"))


def test_airport_codes_are_no_town_names_but_initials_are(gazetteer: Gazetteer):
    assert gazetteer.lookup("The") == []  # "THE", Teresina's airport code
    assert "Manchester" not in {p.name for p in gazetteer.lookup("Man")}
    assert "Los Angeles" in {p.name for p in gazetteer.lookup("LA")}
    assert "New York City" in {p.name for p in gazetteer.lookup("NYC")}


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Britain", "GB"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("America", "US"),
        ("Burma", "MM"),
        ("DR Congo", "CD"),
        ("Netherlands", "NL"),
    ],
)
def test_the_short_names_news_writes_for_countries(gazetteer: Gazetteer, name: str, iso: str):
    countries = [p.country_code for p in gazetteer.lookup(name) if p.kind == "country"]
    assert countries == [iso], name


def test_a_countries_file_without_its_columns_is_refused(tmp_path: Path):
    bad = tmp_path / "countries.tsv"
    bad.write_text("code\tother\nGB\tBritain\n", encoding="utf-8")
    with pytest.raises(InputError, match="countries file"):
        read_country_names(bad)


def test_a_region_written_as_a_postal_code_or_ap_abbreviation_is_the_state():
    assert region_name("TN") == region_name("Tenn.") == "Tennessee"
    assert region_name("Mo.") == "Missouri"  # not the country code of Macao
    assert region_name("Bavaria") == "Bavaria"  # any other region as written
