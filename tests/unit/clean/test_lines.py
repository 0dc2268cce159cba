import pytest

from eventwire.clean import split_page
from eventwire.clean.lines import clean_lines, paragraphs
from eventwire.records import PageInput, Rejection

PAGE = """World
Troops patrol a street in the old city, on March 3, 2024. Photo: Example News/File
KIRKUK, Iraq - A roadside bomb struck a police patrol west of the city on Sunday, officials said.
Two officers were wounded and taken to hospital, a police source told Example News.
Share
A roadside bomb struck a police patrol west of the city on Sunday, officials said.
Two officers were wounded and taken to hospital, a police source told Example News.
Comments
Example News moderates all comments before they appear on the site.
Comments that break our community guidelines will not be approved.
Post a comment
"""


def test_furniture_is_dropped_and_the_repeated_body_collapsed():
    (art,) = clean_lines(PAGE)
    assert art.body == [
        "KIRKUK, Iraq - A roadside bomb struck a police patrol west of the city on Sunday, "
        "officials said.",
        "Two officers were wounded and taken to hospital, a police source told Example News.",
    ]
    assert art.captions == [
        "Troops patrol a street in the old city, on March 3, 2024. Photo: Example News/File"
    ]
    assert art.dateline == "KIRKUK, Iraq"
    assert art.outlet == "Example News"
    assert art.title is None
    assert ("section", "World") in art.dropped


TWO = """First story headline about a bombing in Mosul

Updated 4 March 2024
Follow

First story headline about a bombing in Mosul

MOSUL: A car bomb exploded near a market in Mosul on Monday, killing four people, police said. The blast damaged several shops and a mosque, and the wounded were taken to the city hospital.

Second story headline about talks in Riyadh

Updated 5 min ago

RIYADH: Delegates met in Riyadh on Monday to discuss a ceasefire, officials said. The talks are due to resume next week, and both sides have agreed to exchange lists of detainees.
"""


def test_a_page_with_two_headed_articles_is_split():
    first, second = clean_lines(TWO)
    assert first.title == "First story headline about a bombing in Mosul"
    assert first.meta == ["Updated 4 March 2024"]
    assert first.dateline == "MOSUL"
    assert all("Riyadh" not in p for p in first.body)
    assert second.title == "Second story headline about talks in Riyadh"
    assert second.meta == ["Updated 5 min ago"]
    assert second.body[0].startswith("RIYADH:")


def test_a_page_without_headers_is_one_article():
    assert len(clean_lines("Just one paragraph of text that is long enough to keep here.")) == 1


def test_hard_wrapped_paragraphs_are_joined_but_separate_lines_are_not():
    text = (
        "The governor said the attackers fled towards the river after the\n"
        "shooting, which lasted about an hour.\n\nA second paragraph."
    )
    assert paragraphs(text) == [
        "The governor said the attackers fled towards the river after the shooting, which "
        "lasted about an hour.",
        "A second paragraph.",
    ]


def test_a_date_stamp_glued_to_the_headline_is_split_off():
    text = (
        "Two men charged after shooting at a bar Posted: Friday, January 31, 2014 10:21 AM EST\n\n"
        "Police charged two men on Friday after a shooting at a bar left one man wounded. "
        "The victim was taken to hospital with injuries that were not life-threatening, police said."
    )
    (art,) = clean_lines(text)
    assert art.title == "Two men charged after shooting at a bar"
    assert art.meta == ["Posted: Friday, January 31, 2014 10:21 AM EST"]


def test_copyright_line_names_the_outlet_and_is_not_body():
    text = "BAGHDAD: Something happened in the capital on Monday, police said.\n© 2024 Example Wire. All rights reserved."
    (art,) = clean_lines(text)
    assert art.outlet == "Example Wire"
    assert art.body == ["BAGHDAD: Something happened in the capital on Monday, police said."]


def test_a_teaser_repeated_with_its_dateline_keeps_the_dateline():
    page = (
        "Two are dead and two are in critical condition after a shooting on Gherald Street.\n\n"
        "MEMPHIS, TN (WXYZ)--Two are dead and two are in critical condition after a shooting "
        "on Gherald Street.\n\n"
        "According to police, two men demanded money from the victims before firing.\n"
    )
    (art,) = clean_lines(page)
    assert art.dateline == "MEMPHIS, TN"
    assert art.body[0].startswith("MEMPHIS, TN (WXYZ)--Two are dead") and len(art.body) == 2


def test_an_underscore_dateline_of_old_wire_copy():
    (art,) = clean_lines("COMANCHE, Okla._A girl was hurt when her brother fired a rifle.\n")
    assert art.dateline == "COMANCHE, Okla."
    (art,) = clean_lines("SNAKE_CASE_NAME is not a dateline, nor is this line.\n")
    assert art.dateline is None


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "ST. LOUIS COUNTY, MO (KTVI)- Two boys were found dead in a home.",
            "ST. LOUIS COUNTY, MO",
        ),
        ("Vista CA— The county medical examiner completed the autopsy.", "Vista CA"),
        ("WASHINGTON—The Pentagon said two soldiers were wounded.", "WASHINGTON"),
        ("U.S. OFFICIALS-DRIVEN talks went on for hours, aides said.", None),  # a hyphen
        ("Fort Worth TX-based investors bought the lot, records show.", None),  # a hyphen
        ("TRENTON >> City police are looking into two shootings an hour apart.", "TRENTON"),
        ("The score was 3 >> 2 by halftime, fans said of the game.", None),
        ("KATY, Texas (AP) -", "KATY, Texas"),  # the story in the next paragraph
        ("Police said the man -", None),
        # a short capitalised prefix, an agency with a slash or a hyphen
        ("La PINE, Ore. - A man died of a gunshot wound at his home.", "La PINE, Ore."),
        ("McKEES ROCKS - Two teens were shot outside a store.", "McKEES ROCKS"),
        ("FOSSTON, Minn. (KFGO/KVRR) - A deputy was wounded.", "FOSSTON, Minn."),
        ("BAKERSFIELD, Calif. (KGET-TV) - Two men were shot.", "BAKERSFIELD, Calif."),
        ("He SAID nothing - and left the room, the officer said.", None),
        ("PROVIDENCE, RI- Four people were shot outside a party.", "PROVIDENCE, RI"),
        ("The US- Iraq talks ended without a deal, aides said.", None),
        # a county between the town and the state
        (
            "GREENCASTLE, FRANKLIN COUNTY, Pa. -- A man was shot.",
            "GREENCASTLE, FRANKLIN COUNTY, Pa.",
        ),
    ],
)
def test_dateline_dashes_after_an_agency_a_state_code_or_capitals(line: str, dateline: str | None):
    (art,) = clean_lines(line + "\n")
    assert art.dateline == dateline


def test_a_dateline_after_a_headline_and_page_furniture_that_is_none():
    page = (
        "Boy, 16, shot over a pair of shoes, police searching for suspects\n\n"
        "INDIANAPOLIS, Ind.– Police say a 16-year-old boy was shot Sunday night.\n\n"
        "He was taken to a hospital in critical condition, police said.\n"
    )
    (art,) = clean_lines(page)
    assert art.dateline == "INDIANAPOLIS, Ind."
    page = (
        "MOBILE/TABLET USERS – Tap here to watch the video.\n\n"
        "A man was shot on Elm Street early Sunday, police said.\n"
    )
    (art,) = clean_lines(page)
    assert art.dateline is None
    # a line in the story's fourth paragraph is no dateline
    page = "".join(f"Paragraph {n} of the story tells more, police said.\n\n" for n in range(3))
    (art,) = clean_lines(page + "DAYTON – The vigil drew hundreds on Monday night.\n")
    assert art.dateline is None
    # a video player's notice is furniture, dropped before the dated paragraph
    (art,) = clean_lines(
        "Please enable Javascript to watch this video\n\nMILFORD -- A man was shot Sunday.\n"
    )
    assert art.body == ["MILFORD -- A man was shot Sunday."] and art.dateline == "MILFORD"


def test_a_photo_gallery_is_read_from_its_captions():
    caption = (
        "Image {n} of 3 A 40-year-old man died Thursday after being shot inside a home on Elm Street in Dayton. "
        "A 40-year-old man died Thursday after being shot inside a home on Elm Street in Dayton. Photo: Staff"
    )
    page = "Photo: Staff Image 1 of / 3 Caption Close\n\n" + "\n\n".join(
        caption.format(n=n) for n in (1, 2, 3)
    )
    result = split_page(PageInput("gallery.txt", "txt", page, False, "g1",
                                  title="Man shot dead on Elm Street"))  # fmt: skip
    assert not isinstance(result, Rejection)
    (article,) = result
    assert article.text_from == "captions"
    assert (
        article.text
        == "A 40-year-old man died Thursday after being shot inside a home on Elm Street in Dayton."
    )
    # a page with a body keeps its captions out of the text
    body = "Police said a man was shot on Elm Street on Thursday and died at the scene later."
    result = split_page(PageInput("page.txt", "txt", caption.format(n=1) + "\n\n" + body, False))
    assert not isinstance(result, Rejection) and result[0].text_from == "body"
    assert result[0].text == body
