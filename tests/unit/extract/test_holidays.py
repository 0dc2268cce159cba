import datetime as dt

import pytest

from eventwire.extract.dates import find_time_expressions
from eventwire.extract.holidays import easter, holiday_day


def test_easter_and_the_movable_us_holidays():
    assert [easter(y) for y in (2013, 2016, 2019, 2024, 2025)] == [
        dt.date(2013, 3, 31), dt.date(2016, 3, 27), dt.date(2019, 4, 21),
        dt.date(2024, 3, 31), dt.date(2025, 4, 20),
    ]  # fmt: skip
    assert holiday_day("Thanksgiving Day", 2015) == dt.date(2015, 11, 26)
    assert holiday_day("Memorial Day", 2016) == dt.date(2016, 5, 30)
    assert holiday_day("Labor Day", 2014) == dt.date(2014, 9, 1)
    assert holiday_day("Mother’s Day", 2017) == dt.date(2017, 5, 14)
    assert holiday_day("Father's Day", 2015) == dt.date(2015, 6, 21)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        (
            "He was shot in Elliston Thanksgiving Day.",
            "2015-11-27",
            "Thanksgiving Day",
            "2015-11-26",
        ),
        (
            "A hail of Christmas night bullets hit the house.",
            "2015-12-26",
            "Christmas night",
            "2015-12-25TNI",
        ),
        # read in January, New Year's Eve is last year's
        (
            "He was shot on New Year’s Eve in Mississippi.",
            "2016-01-04",
            "New Year’s Eve",
            "2015-12-31",
        ),
        ("Two men were shot on Halloween.", "2016-11-02", "Halloween", "2016-10-31"),
        (
            "Three were hurt over the Fourth of July.",
            "2016-07-06",
            "the Fourth of July",
            "2016-07-04",
        ),
    ],
)
def test_a_holiday_dates_the_event(text: str, published: str, span: str, value: str) -> None:
    found = find_time_expressions(text, dt.date.fromisoformat(published))
    assert [(r.text, r.value, r.precision) for r in found] == [(span, value, "day")]
    assert text[found[0].start : found[0].end] == span


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot at a New Year's Eve party in Hawthorne.",  # after midnight, often
        "Ten were hurt at a block party in honor of Father's Day.",
        "Shootings rose over the Memorial Day weekend.",
        "It is too close to Christmas.",
        "Gunfire broke out at a Halloween party.",
    ],
)
def test_an_occasion_or_a_season_is_not_a_day(text: str) -> None:
    assert find_time_expressions(text, dt.date(2016, 6, 30)) == []


def test_without_a_publication_date_a_holiday_keeps_no_year() -> None:
    (found,) = find_time_expressions("Shots were fired on Christmas Eve.", None)
    assert found.value == "XXXX-XX-XX" and found.date_start is None
