from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.link import assign_ids, cluster, place_fit
from eventwire.link.reconcile import reconcile

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


def test_places_fit():
    assert place_fit(JURF, JURF) == 3.0
    assert place_fit(JURF, BAGHDAD_NEAR) == 1.0  # within 100 km of "south of Baghdad"
    assert place_fit(JURF, QAIM) is None
    assert place_fit(JURF, {"country_code": "SY"}) is None
    assert place_fit(JURF, {}) == 0.0


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


def test_the_most_precise_place_wins():
    row = reconcile([mention("a", "2023-11-22", BAGHDAD_NEAR, 8),
                     mention("b", "2023-11-22", JURF, 8)])  # fmt: skip
    assert row["location"] == "Jurf al-Nasr" and row["geo_precision"] == 1
