from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.link import assign_ids, cluster, incidents_of, leads, place_fit, text_index
from eventwire.link.reconcile import reconcile
from eventwire.link.similarity import TextIndex

JURF = {"location": "Jurf al-Nasr", "location_key": "jurf nasr", "country_code": "IQ",
        "admin1": "Babil", "latitude": 32.87, "longitude": 44.17, "geo_precision": 1}  # fmt: skip
BAGHDAD_NEAR = {"location": "Baghdad", "location_key": "baghdad", "country_code": "IQ",
                "admin1": None, "latitude": 33.34, "longitude": 44.40, "geo_precision": 2}  # fmt: skip
QAIM = {"location": "Al-Qaim", "location_key": "qaim", "country_code": "IQ", "admin1": "Anbar",
        "latitude": 34.38, "longitude": 41.0, "geo_precision": 1}  # fmt: skip


def mention(doc: str, day: str | None, place: dict[str, Any], killed: int | None = None,
            n: int = 1, hedged: bool = False, who: str | None = None) -> dict[str, Any]:  # fmt: skip
    claims = [] if killed is None else [{"field": "killed", "value": killed, "low": killed,
              "high": killed, "attributed_to": who, "hedged": hedged}]  # fmt: skip
    return {
        "mention_id": f"{doc}:{n}", "document_id": doc, "outlet": doc.upper(),
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "event_date": day, "date_start": day, "date_end": day,
        "time_precision": 1 if day else None, "actor1": "Military Forces of the United States",
        "fatalities_low": killed, "fatalities_best": killed, "fatalities_high": killed,
        "injuries_low": None, "injuries_best": None, "injuries_high": None,
        "record": {"claims": claims, "evidence": []}, **place,
    }  # fmt: skip


def test_same_strike_from_three_outlets_is_one_incident_and_other_strikes_stay_apart():
    ms = [
        mention("a", "2023-11-22", JURF, 8),
        mention("b", "2023-11-22", JURF, 8),
        mention("c", "2023-11-21", BAGHDAD_NEAR, 8),  # "south of Baghdad", a day's slack
        mention("d", "2024-01-24", JURF, 1),  # the same place, two months later
        mention("e", None, JURF, 4),  # same place, no date: never merged
        mention("a", "2023-11-22", QAIM, None, n=2),  # another site the same night
    ]
    groups = sorted(sorted(m["mention_id"] for m in c.mentions) for c in cluster(ms))
    assert groups == [["a:1", "b:1", "c:1"], ["a:2"], ["d:1"], ["e:1"]]


def test_a_gunfight_and_a_shooting_are_one_kind_a_protest_is_not():
    def as_(kind: str, sub: str, doc: str) -> dict[str, Any]:
        return {**mention(doc, "2016-07-07", QAIM, 1), "event_type": kind, "sub_event_type": sub}

    ms = [as_("Battles", "Armed clash", "a"), as_("Violence against civilians", "Attack", "b"),
          as_("Protests", "Peaceful protest", "c")]  # fmt: skip
    groups = sorted(sorted(m["mention_id"] for m in c.mentions) for c in cluster(ms))
    assert groups == [["a:1", "b:1"], ["c:1"]]


def test_places_fit():
    assert place_fit(JURF, JURF) == 3.0
    assert place_fit(JURF, BAGHDAD_NEAR) == 1.0  # within 100 km of "south of Baghdad"
    assert place_fit(JURF, QAIM) is None
    assert place_fit(JURF, {"country_code": "SY"}) is None
    assert place_fit(JURF, {}) == 0.0
    # a county without coordinates and a town of its state: nothing to compare, no conflict
    county = {"location": "Bastrop County", "location_key": "bastrop county", "country_code": "US",
              "admin1": "Texas", "latitude": None, "longitude": None, "geo_precision": 2}  # fmt: skip
    town = {"location": "Bastrop", "location_key": "bastrop", "country_code": "US",
            "admin1": "Texas", "latitude": 30.11, "longitude": -97.32, "geo_precision": 1}  # fmt: skip
    assert place_fit(county, town) == 0.0
    assert place_fit({**county, "admin1": "Ohio"}, town) is None


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(6))))
def test_clusters_do_not_depend_on_the_order_of_mentions(order):
    ms = [
        mention("a", "2023-11-22", JURF, 8), mention("b", "2023-11-22", JURF, 8),
        mention("c", "2023-11-21", BAGHDAD_NEAR, 8), mention("d", "2023-11-23", JURF, 2),
        mention("e", "2023-11-24", JURF, 1), mention("f", "2023-11-22", QAIM, 3),
    ]  # fmt: skip
    base = sorted(sorted(m["mention_id"] for m in c.mentions) for c in cluster(ms))
    shuffled = [ms[i] for i in order]
    assert sorted(sorted(m["mention_id"] for m in c.mentions) for c in cluster(shuffled)) == base
    # and with the texts: the index and every step after clustering are order-free too
    texts = {d: STORIES[i % len(STORIES)] for i, d in enumerate("abcdef")}
    with_texts = incidents_of(ms, TextIndex(texts))
    again = incidents_of(shuffled, TextIndex({d: texts[d] for d in reversed("abcdef")}))
    assert _groups(again) == _groups(with_texts)


STORIES = [
    "Gunmen opened fire on mourners outside the Harmon Street chapel, wounding Dario Quint "
    "and Lena Voss before fleeing in a grey van toward Marrow Creek.",
    "Dario Quint and Lena Voss were wounded when gunmen fired on mourners at the Harmon "
    "Street chapel; the grey van was later found near Marrow Creek.",
    "A council vote on the Fenwick bridge repairs was postponed after the budget office asked "
    "for new estimates from the contractors.",
    "Two guards were hurt when a bomb went off at the Tobruk checkpoint on the coastal road, "
    "the interior ministry said, blaming smugglers.",
]


def _groups(clusters):
    return sorted(sorted(m["mention_id"] for m in c.mentions) for c in clusters)


def _shooting(
    doc: str, day: str | None, place: dict[str, Any], killed: int | None = None, n: int = 1
) -> dict[str, Any]:
    return {**mention(doc, day, place, killed, n), "event_type": "Violence against civilians",
            "sub_event_type": "Attack", "actor1": None, "published": "2023-11-25"}  # fmt: skip


def test_reports_that_read_alike_outweigh_a_town_taken_for_the_scene():
    ms = [_shooting("a", "2023-11-22", JURF, 0), _shooting("b", "2023-11-22", QAIM, 1)]
    alike = TextIndex({"a": STORIES[0], "b": STORIES[1], "c": STORIES[2], "d": STORIES[3]})
    assert _groups(incidents_of(ms, alike)) == [["a:1", "b:1"]]
    unlike = TextIndex({"a": STORIES[0], "b": STORIES[3], "c": STORIES[2]})
    assert _groups(incidents_of(ms, unlike)) == [["a:1"], ["b:1"]]
    assert _groups(incidents_of(ms, None)) == [["a:1"], ["b:1"]]


def test_a_town_and_its_neighbour_need_less_alike_reports_than_two_far_towns():
    told_again = (
        "Mourners at the Harmon Street chapel were fired on Sunday; Dario Quint and Lena Voss "
        "are in hospital, and the van has not been found."
    )
    texts = {"a": STORIES[0], "b": told_again, "c": STORIES[2], "d": STORIES[3]}
    alike = TextIndex(texts)
    assert 0.2 <= alike.cosine("a", "b") < 0.3  # alike, not the same story told twice
    suburb = {**JURF, "location": "Suburb", "location_key": "suburb", "latitude": 32.99}  # 13 km
    ms = [_shooting("a", "2023-11-22", JURF, 0), _shooting("b", "2023-11-22", suburb, 0)]
    assert _groups(incidents_of(ms, alike)) == [["a:1", "b:1"]]
    ms = [_shooting("a", "2023-11-22", JURF, 0), _shooting("b", "2023-11-22", QAIM, 0)]
    assert _groups(incidents_of(ms, alike)) == [["a:1"], ["b:1"]]


def test_one_story_dated_twice_is_merged_and_an_undated_report_joins_it():
    ms = [
        _shooting("a", "2023-11-10", JURF, 1),
        _shooting("b", "2023-11-16", JURF, 1),  # a follow-up dated by its own news
        _shooting("c", None, {}, None),  # no date, no place: only its text says which
        _shooting("d", None, {}, None),
    ]
    follow_up = (
        "Days after gunmen opened fire on mourners outside the Harmon Street chapel, wounding "
        "Dario Quint and Lena Voss, the grey van they fled in was found burned at Marrow Creek."
    )
    texts = {"a": STORIES[0], "b": follow_up, "c": STORIES[0] + " Police asked for help.",
             "d": STORIES[3], "e": STORIES[2], "f": STORIES[1]}  # fmt: skip
    assert _groups(incidents_of(ms, TextIndex(texts))) == [["a:1", "b:1", "c:1"], ["d:1"]]
    assert _groups(incidents_of(ms, None)) == [["a:1"], ["b:1"], ["c:1"], ["d:1"]]


def test_text_index_pairs_find_the_same_story_only():
    index = TextIndex({str(i): t for i, t in enumerate(STORIES)})
    pairs = index.pairs(0.2)
    assert [(a, b) for _, a, b in pairs] == [("0", "1")]
    assert abs(index.cosine("0", "1") - index.cosine("1", "0")) < 1e-12
    assert 0.2 <= pairs[0][0] <= 1.0 and index.cosine("0", "2") < 0.05
    # linking looks cosines up among the neighbours found once; unalike pairs read as 0
    assert index.similar("1", "0") == index.cosine("0", "1") and index.similar("0", "2") == 0.0
    assert index.alike_pairs(0.2) == pairs


def test_an_undated_lead_joins_its_own_article_dated_telling_unless_they_disagree():
    ms = [
        _shooting("a", None, JURF, 1, n=1),  # "a man was shot dead" in the lead
        _shooting("a", "2023-11-22", JURF, 1, n=2),  # "It happened Wednesday near the bridge"
        _shooting("b", "2023-11-22", JURF, 1),
        _shooting("c", None, QAIM, None, n=1),  # another town: another shooting
        _shooting("c", "2023-11-22", JURF, 1, n=2),
    ]
    assert _groups(incidents_of(ms, None)) == [["a:1", "a:2", "b:1", "c:2"], ["c:1"]]


def test_an_undated_report_that_reads_like_one_incident_joins_it_not_the_latest_in_town():
    ms = [
        _shooting("a", "2023-11-20", JURF, 1),
        _shooting("b", "2023-11-22", JURF, 2),  # later, same town, another story
        _shooting("c", None, JURF, None),  # reads like "a"
        _shooting("d", "2023-11-01", QAIM, 3),
    ]
    texts = {"a": STORIES[0], "b": STORIES[3], "c": STORIES[1], "d": STORIES[2]}
    assert _groups(incidents_of(ms, text_index(ms, texts))) == [["a:1", "c:1"], ["b:1"], ["d:1"]]
    # without the texts, the latest incident in the same town is the one it refers to
    assert _groups(incidents_of(ms, None)) == [["a:1"], ["b:1", "c:1"], ["d:1"]]


def test_text_index_compares_only_articles_dated_within_a_window():
    texts = dict(zip("abcd", STORIES, strict=True))
    others = [_shooting("c", "2023-11-22", JURF), _shooting("d", "2023-11-22", JURF)]

    def alike(b: dict[str, Any]) -> float:
        return text_index([_shooting("a", "2023-11-22", JURF), b, *others], texts).similar("a", "b")

    assert alike(_shooting("b", "2023-12-20", JURF)) > 0.2
    # the same two texts a year apart are never compared: linking would not ask for them
    assert alike({**_shooting("b", "2024-11-22", JURF), "published": "2024-11-25"}) == 0.0
    # an article with no date at all is compared with every other
    assert alike({**_shooting("b", None, {}), "published": None}) > 0.2


def test_ids_survive_a_new_source():
    ms = [mention("b", "2023-11-22", JURF, 8)]
    (first,) = assign_ids(cluster(ms))
    grown = [dict(ms[0], incident_id=first), mention("a", "2023-11-22", JURF, 8)]
    assert assign_ids(cluster(grown)) == [first]


def test_reconcile_keeps_every_claim_and_names_the_conflict():
    row = reconcile([
        mention("a", "2023-11-22", JURF, 8, who="PMF"),
        mention("b", "2023-11-22", JURF, 4, who="media reports"),
        mention("c", "2023-11-22", JURF, 8),
        mention("d", "2023-11-22", JURF, 20, hedged=True),
    ])  # fmt: skip
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (4, 8, 20)
    assert row["fatalities"] == 4  # ACLED's conservative figure
    (conflict,) = [c for c in row["conflicts"] if c["field"] == "fatalities"]
    assert "A: 8, according to PMF" in conflict["note"]
    assert "D: 20 (unconfirmed)" in conflict["note"]
    assert row["n_sources"] == 4 and len(row["sources"]) == 4
    assert row["location"] == "Jurf al-Nasr" and row["event_date"] == "2023-11-22"


def test_a_tie_between_figures_goes_to_the_higher():
    # one victim died in hospital after the first report: 1 on the day, 2 the day after
    first = dict(mention("a", "2023-11-22", JURF, 1), published="2023-11-22")
    later = dict(mention("b", "2023-11-22", JURF, 2), published="2023-11-23")
    for order in ([first, later], [later, first]):
        row = reconcile(order)
        assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (1, 2, 2)
    # a later report with the lower figure ties too: the higher is best, the lower the low
    earlier = dict(mention("a", "2023-11-22", JURF, 2), published="2023-11-22")
    lower = dict(mention("b", "2023-11-22", JURF, 1), published="2023-11-23")
    row = reconcile([earlier, lower])
    assert (row["fatalities_low"], row["fatalities_best"]) == (1, 2)
    # more sources beat a later one
    third = dict(mention("c", "2023-11-22", JURF, 1), published="2023-11-22")
    assert reconcile([first, later, third])["fatalities_best"] == 1


def test_the_most_precise_place_wins():
    row = reconcile([mention("a", "2023-11-22", BAGHDAD_NEAR, 8),
                     mention("b", "2023-11-22", JURF, 8)])  # fmt: skip
    assert row["location"] == "Jurf al-Nasr" and row["geo_precision"] == 1


def test_an_articles_lead_is_linked_before_its_other_incidents():
    # b tells the strike a tells (its lead) and, first by date, another strike told with no
    # place and the same toll: taken first, that one would hold a's incident and keep b's lead,
    # which the same article cannot join twice, out of it
    nowhere = {"location": None, "location_key": None, "country_code": "IQ"}
    ms = [
        mention("a", "2023-11-22", JURF, 8),
        mention("b", "2023-11-22", JURF, 8),
        mention("b", "2023-11-21", nowhere, 8, n=2),
    ]
    groups = sorted(sorted(m["mention_id"] for m in c.mentions) for c in cluster(ms))
    assert groups == [["a:1", "b:1"], ["b:2"]]
    background = [{**m, "background": m["mention_id"] == "b:1"} for m in ms]
    groups = sorted(sorted(m["mention_id"] for m in c.mentions) for c in cluster(background))
    assert groups == [["a:1", "b:2"], ["b:1"]]  # b's lead is then its second mention
    # an article that tells only background leads with its first, as main_incident reads it
    told_before = [{**m, "background": True} for m in ms if m["document_id"] == "b"]
    assert leads([ms[0], *told_before]) == {"a:1", "b:1"}


def test_a_report_dated_by_its_month_joins_that_months_incident():
    # "the strike in March", told in an August paper: the March strike at the site, not the
    # May one, though both are months before the paper
    month = {**mention("c", None, JURF, 8), "time_precision": 3, "event_date": "2023-03-01",
             "date_start": "2023-03-01", "date_end": "2023-03-31", "published": "2023-08-01"}  # fmt: skip
    ms = [
        {**mention("a", "2023-03-10", JURF, 8), "published": "2023-03-10"},
        {**mention("b", "2023-05-10", JURF, 2), "published": "2023-05-10"},
        month,
    ]
    assert _groups(incidents_of(ms, None)) == [["a:1", "c:1"], ["b:1"]]
    # a year is no month: too long to say which
    year = {**month, "date_end": "2023-12-31", "date_start": "2023-01-01"}
    assert _groups(incidents_of([*ms[:2], year], None)) == [["a:1"], ["b:1"], ["c:1"]]


def test_the_same_toll_on_the_same_day_is_no_evidence_without_a_place_the_same_attacker_is():
    # one report names the town, the other none; their articles do not read alike
    def shooting(doc: str, place: dict[str, Any], who: str | None) -> dict[str, Any]:
        return {**mention(doc, "2016-07-07", place, 1), "actor1": who,
                "event_type": "Violence against civilians", "sub_event_type": "Attack"}  # fmt: skip

    nowhere = {"country_code": "US"}
    town = {**QAIM, "country_code": "US"}
    apart = [shooting("a", town, None), shooting("b", nowhere, None)]
    assert len(cluster(apart)) == 2
    gang = "Latin Kings"
    one = [shooting("a", town, gang), shooting("b", nowhere, gang)]
    assert [sorted(m["mention_id"] for m in c.mentions) for c in cluster(one)] == [["a:1", "b:1"]]
