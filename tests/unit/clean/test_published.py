import datetime as dt

from eventwire.clean.published import find_published

BODY_WED = "BAGHDAD - The government condemned the strikes on Wednesday.\n\nMore text."


def test_given_date_wins_and_says_where_it_came_from():
    p = find_published(
        meta_lines=["Updated 1 May 2020"],
        captions=[],
        body=BODY_WED,
        given=dt.date(2023, 11, 22),
        given_source="--published",
    )
    assert (p.value, p.explicit, p.evidence) == (
        dt.date(2023, 11, 22),
        True,
        "given by --published",
    )


def test_posted_beats_updated():
    p = find_published(
        meta_lines=["Posted: Friday, January 31, 2014 Updated: Friday, February 21, 2014"],
        captions=[],
        body=BODY_WED,
    )
    assert p.value == dt.date(2014, 1, 31) and p.explicit is True


def test_relative_stamp_gives_no_date_and_says_why():
    p = find_published(meta_lines=["Updated 11 sec ago"], captions=[], body=BODY_WED)
    assert p.value is None and p.explicit is None
    assert "relative" in (p.evidence or "")


def test_caption_date_is_an_anchor_never_the_date_itself():
    caption = "Mourners at a funeral in Baghdad on November 21, 2023. Photo: Agency"
    p = find_published(meta_lines=[], captions=[caption], body=BODY_WED)
    # The picture is from Tuesday 21st; the lead speaks of Wednesday: the 22nd, inferred.
    assert p.value == dt.date(2023, 11, 22)
    assert p.explicit is False
    assert "2023-11-21" in (p.evidence or "") and "Wednesday" in (p.evidence or "")


def test_caption_alone_without_a_weekday_gives_nothing():
    caption = "Mourners at a funeral in Baghdad on November 21, 2023. Photo: Agency"
    p = find_published(meta_lines=[], captions=[caption], body="No day is named here at all.")
    assert p.value is None


def test_stale_caption_is_not_used():
    caption = "The premier chairs a meeting on 27 January, 2024. Photo: Office"
    body = "The office condemned the strike on Wednesday.\n\nIn early July, the premier met envoys."
    p = find_published(meta_lines=[], captions=[caption], body=body)
    assert p.value is None and p.explicit is None
    assert "older than the story" in (p.evidence or "")


def test_html_metadata_date_is_explicit():
    p = find_published(meta_lines=[], captions=[], body=BODY_WED, html_date=dt.date(2023, 1, 2))
    assert (p.value, p.explicit) == (dt.date(2023, 1, 2), True)


def test_nothing_is_an_honest_none():
    p = find_published(meta_lines=[], captions=[], body=BODY_WED)
    assert (p.value, p.explicit, p.evidence) == (None, None, None)
