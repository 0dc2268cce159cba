"""Time expressions as news uses them, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import find_time_expressions

WED = dt.date(2023, 11, 22)  # a Wednesday


def one(text: str, published: dt.date | None = WED):
    (ref,) = find_time_expressions(text, published)
    assert text[ref.start : ref.end] == ref.text
    return ref


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "part"),
    [
        # The same day counts: "Wednesday" in a Wednesday paper is that Wednesday.
        (
            "Jets struck two targets early on Wednesday.",
            "2023-11-22",
            "2023-11-22",
            "2023-11-22",
            "early",
        ),
        ("The attack happened Tuesday.", "2023-11-21", "2023-11-21", "2023-11-21", None),
        (
            "Missiles were fired late Monday evening.",
            "2023-11-20TEV",
            "2023-11-20",
            "2023-11-20",
            "late evening",
        ),
        ("The strike came late Tuesday.", "2023-11-21", "2023-11-21", "2023-11-21", "late"),
        ("Wednesday night saw more attacks.", "2023-11-22TNI", "2023-11-22", "2023-11-22", "night"),
        (
            "the condemnation of overnight strikes",
            "2023-11-22",
            "2023-11-21",
            "2023-11-22",
            "overnight",
        ),
        ("She spoke to reporters yesterday.", "2023-11-21", "2023-11-21", "2023-11-21", None),
        ("They have met twice last week.", "2023-W46", "2023-11-13", "2023-11-19", None),
        ("Ryder said earlier this month.", "2023-11", "2023-11-01", "2023-11-22", None),
        (
            "attacked 66 times since Oct. 17, officials said",
            "2023-10-17",
            "2023-10-17",
            "2023-10-17",
            None,
        ),
        ("In January, the premier presided.", "2023-01", "2023-01-01", "2023-01-31", None),
        ("On November 13, a strike hit Syria.", "2023-11-13", "2023-11-13", "2023-11-13", None),
        ("the third quarter results", "2023-Q3", "2023-07-01", "2023-09-30", None),
        ("declared defeated in 2017.", "2017", "2017-01-01", "2017-12-31", None),
    ],
)
def test_news_expressions(text, value, start, end, part):
    ref = one(text)
    assert ref.value == value
    assert (ref.date_start.isoformat(), ref.date_end.isoformat()) == (start, end)  # type: ignore[union-attr]
    assert ref.part_of_day == part
    assert ref.extractor == "dates.rules.v1" and ref.reasoning


def test_looking_ahead_picks_the_coming_day():
    assert one("The minister will visit Baghdad on Friday.").value == "2023-11-24"
    assert one("Talks resume next Wednesday.").value == "2023-11-29"
    assert one("The ministers will meet on Wednesday.").value == "2023-11-22"


def test_last_weekday_on_that_weekday_means_a_week_before():
    assert one("It happened last Wednesday.").value == "2023-11-15"


def test_december_read_in_january_is_last_year():
    assert one("In December, the group warned.", dt.date(2024, 1, 24)).value == "2023-12"
    assert one("On Dec. 25 a drone struck.", dt.date(2024, 1, 24)).value == "2023-12-25"


def test_full_dates_need_no_anchor_and_relative_ones_do_not_guess():
    assert one("on 27 January, 2024", None).value == "2024-01-27"
    ref = one("The attack happened Tuesday.", None)
    assert ref.value == "XXXX-XX-XX" and ref.date_start is None


def test_durations_and_references():
    assert one("a five-year low").value == "P5Y"
    assert one("in the last twenty four hours").value == "PT24H"
    assert one("He is now in Baghdad.").value == "PRESENT_REF"


def test_numbers_are_not_years():
    assert find_time_expressions("Around 2500 troops and 2,500 more, 1990 rockets.", WED) == []


def test_a_weekday_the_text_pins_to_a_date_is_that_date_throughout():
    published = dt.date(2016, 6, 1)  # a Wednesday, nine days later
    for text in (
        "She was shot Monday night. It happened around 11 p.m. Monday, May 23.",
        "She was shot Monday night. It happened Monday, May 23, 2016, police said.",
    ):
        first = find_time_expressions(text, published)[0]
        assert (first.text, first.value) == ("Monday night", "2016-05-23TNI")
        assert "dates as 2016-05-23" in (first.reasoning or "")
    # a weekday the text does not pin keeps the most recent such day
    found = find_time_expressions("Shot late Monday; arrested Tuesday, May 24.", published)
    assert found[0].value == "2016-05-30"


def test_a_weekday_looking_ahead_keeps_its_own_day_beside_a_pinned_one():
    text = "She was shot Monday, May 23. He will be arraigned Monday."
    found = find_time_expressions(text, dt.date(2016, 6, 1))
    assert [r.value for r in found if r.text == "Monday"] == ["2016-05-23", "2016-06-06"]
