import datetime as dt

from eventwire.extract.claims import find_numeric_claims
from eventwire.extract.quotes import find_statements

TUE = dt.date(2023, 11, 21)


def test_a_tally_with_its_parts_period_and_speaker():
    text = (
        "A Pentagon spokeswoman, Sabrina Singh, told reporters that American personnel have "
        "been attacked approximately 66 times since October 17 – 32 separate times in Iraq and "
        "34 separate times in Syria."
    )
    claims = find_numeric_claims(text, TUE, find_statements(text))
    whole, iraq, syria = claims
    assert (whole.what, whole.low, whole.best, whole.high) == ("attacks", None, 66, None)
    assert whole.since and whole.since.value == "2023-10-17" and whole.period == "since October 17"
    assert (iraq.best, iraq.place, iraq.part_of) == (32, "Iraq", whole.n)
    assert (syria.best, syria.place) == (34, "Syria")
    assert text[whole.evidence.start : whole.evidence.end] == whole.evidence.text


def test_according_to_and_no_period_no_claim():
    text = "Bases came under about 140 rocket and drone attacks since mid-October, according to the latest tally from the Pentagon."
    (claim,) = find_numeric_claims(text, dt.date(2024, 1, 24))
    assert (claim.best, claim.attributed_to) == (140, "Pentagon")
    assert claim.since and claim.since.value == "2023-10"
    assert find_numeric_claims("Jets struck two targets, killing eight fighters.", TUE) == []
