"""The state an article's places agree on, and a town of another state read against it."""

from __future__ import annotations

import pytest

from eventwire.extract.focus import article_focus, refocus, refocus_dateline
from eventwire.geo.gazetteer import Gazetteer, load_gazetteer
from eventwire.records import Place, PlaceRef


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _ref(text: str, name: str, gazetteer: Gazetteer, state: str) -> PlaceRef:
    """The toponym ``name`` (its first occurrence in ``text``) resolved to the town of that
    name in ``state``, as the resolver may have read it."""
    candidates = gazetteer.lookup(name)
    place = max(
        (p for p in candidates if p.admin1 == state and p.kind == "city"),
        key=lambda p: p.population,
    )
    start = text.index(name)
    return PlaceRef(start, start + len(name), name, place, "test", len(candidates))


def _story(gazetteer: Gazetteer, text: str, far: str, state: str) -> list[PlaceRef]:
    rochester = text.index("Rochester")
    second = text.index("Rochester", rochester + 1)
    refs = [_ref(text, "Rochester", gazetteer, "New York")]
    refs.append(PlaceRef(second, second + 9, "Rochester", refs[0].place, "test", 30))
    refs.append(_ref(text, far, gazetteer, state))
    return refs


def test_a_town_of_another_state_is_the_town_of_that_name_in_the_articles_state(gazetteer):
    text = (
        "Rochester police said a woman was fatally shot in a hunting accident in Caledonia on "
        "Sunday. Rochester deputies were called."
    )
    refs = _story(gazetteer, text, "Caledonia", "Minnesota")
    assert article_focus(text, refs, None).state == "New York"
    place = refocus(text, refs, None, gazetteer)[2].place
    assert isinstance(place, Place)
    assert (place.name, place.admin1) == ("Caledonia", "New York")
    assert "New York" in (refocus(text, refs, None, gazetteer)[2].reasoning or "")


def test_a_region_named_beside_it_or_a_big_city_keeps_its_state(gazetteer):
    text = (
        "Rochester police said the man moved from Caledonia, Minn. on Sunday. Rochester "
        "deputies were called."
    )
    refs = _story(gazetteer, text, "Caledonia", "Minnesota")
    assert refocus(text, refs, None, gazetteer)[2] == refs[2]
    # "five officers killed in Dallas": a city this big is the one its name means
    text = "Rochester police spoke of the officers killed in Dallas. Rochester deputies agreed."
    refs = _story(gazetteer, text, "Dallas", "Texas")
    assert refocus(text, refs, None, gazetteer)[2] == refs[2]


def test_no_state_agreed_on_changes_nothing(gazetteer):
    text = "A woman was shot in Caledonia on Sunday."
    refs = [_ref(text, "Caledonia", gazetteer, "Minnesota")]
    assert article_focus(text, refs, None).state is None
    assert refocus(text, refs, None, gazetteer) == refs


def test_one_big_city_alone_sets_the_state(gazetteer):
    text = "Cincinnati police said a man was shot in Madisonville on Sunday."
    refs = [
        _ref(text, "Cincinnati", gazetteer, "Ohio"),
        _ref(text, "Madisonville", gazetteer, "Kentucky"),
    ]
    focus = article_focus(text, refs, None)
    assert focus.state == "Ohio"
    # the Kentucky town is a misreading of the city's neighbourhood
    assert not focus.fits(text, refs[1]) and focus.fits(text, refs[0])
    # a small town alone sets nothing
    assert article_focus(text, refs[1:], None).state is None


def test_the_city_of_the_hospital_sets_no_state(gazetteer):
    text = (
        "A Silver City man shot himself, Silver City police said. He was flown to the El Paso "
        "Trauma Center and is in an El Paso hospital."
    )
    refs = [
        _ref(text, "Silver City", gazetteer, "New Mexico"),
        _ref(text, "El Paso", gazetteer, "Texas"),
    ]
    focus = article_focus(text, refs, None)
    assert focus.state is None and focus.fits(text, refs[0])
    text = text.replace("the El Paso Trauma Center and is in an El Paso hospital", "El Paso")
    refs[1] = _ref(text, "El Paso", gazetteer, "Texas")
    assert article_focus(text, refs, None).state == "Texas", "told as a place, the city counts"


def test_a_dateline_against_the_articles_state_is_the_place_of_that_name_there(gazetteer):
    text = (
        "WOODLAWN — A man was shot on the South Side early Sunday.\n\n"
        "Chicago police said the man was hit in the leg. Chicago officers found casings."
    )
    candidates = gazetteer.lookup("Woodlawn")
    maryland = max((p for p in candidates if p.admin1 == "Maryland"), key=lambda p: p.population)
    dateline = PlaceRef(0, 8, "WOODLAWN", maryland, "test", len(candidates), "dateline")
    chicago = [_ref(text, "Chicago", gazetteer, "Illinois")]
    second = text.index("Chicago", chicago[0].end)
    chicago.append(PlaceRef(second, second + 7, "Chicago", chicago[0].place, "test", 5))
    read = refocus_dateline(text, chicago, dateline, gazetteer)
    assert read is not None and read.place is not None
    assert (read.place.name, read.place.admin1) == ("Woodlawn", "Illinois")
    assert "Illinois" in (read.reasoning or "")
    # a region beside it keeps it where it says
    text_md = text.replace("WOODLAWN —", "WOODLAWN, Md. —")
    assert refocus_dateline(text_md, chicago, dateline, gazetteer) == dateline
    # nothing agreed on: as it was
    assert refocus_dateline(text, [], dateline, gazetteer) == dateline
