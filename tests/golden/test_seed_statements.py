"""Who said what on the seed pages: every named official's quote with the right speaker, role,
organisation, channel and stance, linked to the right strike."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import api
from eventwire.config import Settings
from eventwire.records import Article, Statement


@pytest.fixture(scope="module")
def articles(seeds: Path) -> dict[str, Article]:
    out = {}
    for path in sorted(seeds.glob("*.txt")):
        for a in api.extract(path, settings=Settings()):
            out[path.stem[:3] + (f"#{a.part}" if a.part else "")] = a
    return out


def _by(article: Article, name: str) -> list[Statement]:
    return [s for s in article.statements if s.speaker_name == name]


def test_awadi_condemns_the_jurf_al_nasr_strike(articles):
    a = articles["001"]
    (first, *rest) = _by(a, "Basem al-Awadi")
    assert first.kind == "direct" and first.content.text.startswith("“We vehemently condemn")
    assert (first.speaker_role, first.speaker_org) == ("spokesperson", "the Iraqi government")
    assert first.channel == "statement" and first.stance == "condemn"
    main = next(m for m in a.incidents if m.n == first.incident_n)
    assert main.place and main.place.place and main.place.place.name == "Jurf al-Nasr"
    # "the government statement said", "the statement added", "he said": resolved to him
    assert {s.speaker.text for s in rest if s.speaker} >= {"the statement", "he"}


def test_titles_before_names_give_role_and_organisation(articles):
    (singh,) = _by(articles["001"], "Sabrina Singh")
    assert (singh.speaker_role, singh.speaker_org) == ("Deputy Press Secretary", "Pentagon")
    assert singh.channel == "press briefing"
    patel = _by(articles["004"], "Vedant Patel")
    assert len(patel) >= 3, "the surname alone ('Patel said') is resolved to the full name"
    assert (patel[0].speaker_role, patel[0].speaker_org) == (
        "deputy spokesperson",
        "US State Department",
    )
    assert patel[0].stance == "justify"  # "a direct response"
    (araji_x,) = [s for s in _by(articles["004"], "Qasim al-Araji") if s.channel == "social media"]
    assert araji_x.kind == "statement" and araji_x.stance == "condemn"
    assert araji_x.speaker_role == "National Security Advisor"


def test_rasool_and_the_prime_ministers_statement(articles):
    rasool = _by(articles["002"], "Yehia Rasool")
    assert rasool[0].speaker_role == "military spokesperson"
    assert rasool[0].speaker_org == "Iraqi Prime Minister Mohammed Shia' al-Sudani"
    assert rasool[0].stance == "condemn" and rasool[0].incident_n == 1


def test_anonymous_sources_stay_anonymous(articles):
    officials = [s for s in articles["000#1"].statements if s.anonymous]
    assert officials and all("officials" in (s.speaker_name or "") for s in officials)


def test_spans_point_into_the_text(articles):
    for a in articles.values():
        for s in a.statements:
            assert a.text[s.content.start : s.content.end] == s.content.text
            if s.speaker:
                assert a.text[s.speaker.start : s.speaker.end] == s.speaker.text
