import datetime as dt

from eventwire.clean.dates import find_dates


def values(text: str) -> list[dt.date]:
    return [d.value for d in find_dates(text)]


def test_day_month_year_and_month_day_year():
    assert values("Updated 22 November 2023") == [dt.date(2023, 11, 22)]
    assert values("on 27 January, 2024. Photo") == [dt.date(2024, 1, 27)]
    assert values("Posted: Friday, January 31, 2014 10:21 AM") == [dt.date(2014, 1, 31)]
    assert values("Nov. 5, 2023 and 2024-02-03") == [dt.date(2023, 11, 5), dt.date(2024, 2, 3)]


def test_slashed_dates_are_read_only_when_unambiguous():
    assert values("Wednesday, 11/22/2023") == [dt.date(2023, 11, 22)]
    assert values("22/11/2023") == [dt.date(2023, 11, 22)]
    # The weekday decides between 5 June (Monday) and 6 May (Saturday).
    assert values("Monday, 05/06/2023") == [dt.date(2023, 6, 5)]
    assert values("05/06/2023") == []


def test_a_date_contradicting_its_weekday_is_not_trusted():
    assert values("Tuesday, 22 November 2023") == []
    assert values("Wednesday, 22 November 2023") == [dt.date(2023, 11, 22)]


def test_spans_point_at_the_date_text():
    text = "Filed on November 13, 2023 in Baghdad"
    (found,) = find_dates(text)
    assert text[found.start : found.end] == "November 13, 2023"
