import datetime as dt
from dataclasses import replace

import pytest

from eventwire import api
from eventwire.extract.coding import code
from eventwire.extract.incidents import (
    _date_the_lead,
    find_incidents,
    injured_best,
    killed_best,
    main_incident,
)
from eventwire.records import Place, PlaceRef

WED = dt.date(2023, 11, 22)


def _main(text: str, published: dt.date | None = WED):
    return main_incident(find_incidents(text, published))


def test_main_incident_takes_the_first_toll_and_the_date_of_the_violence():
    text = (
        "BAGHDAD - Jets struck two sites late Tuesday, killing eight fighters, sources said.\n\n"
        "On Monday, officials met. Since Oct. 17, 62 people were injured in 66 attacks."
    )
    found = _main(text)
    assert found is not None
    assert (killed_best(found), injured_best(found)) == (8, 0)
    assert found.killed and found.killed.attributed_to == "sources"
    assert found.date and found.date.value == "2023-11-21" and found.date.part_of_day == "late"
    assert text[found.date.start : found.date.end] == "late Tuesday"
    assert any("no injury reported" in why for why in found.reasoning)
    assert found.sub_event_type == "Air/drone strike"  # "jets"


def test_injuries_only_means_zero_deaths_and_no_violence_means_no_incident():
    found = _main("Police said a woman was wounded in a shooting on Friday.")
    assert found and (killed_best(found), injured_best(found)) == (0, 1)
    assert found.date and found.date.value == "2023-11-17"
    assert find_incidents("The council approved the budget on Monday.", WED) == []


def test_one_hurt_in_the_lead_is_among_the_several_the_story_counts_later():
    text = (
        "GAINESVILLE, Fla. - One man was killed when shots were fired outside a cafe on "
        "Wednesday night, police said.\n\nAnother man, 24, suffered a gunshot wound in the "
        "shooting. He and a neighbour's son were taken to the hospital with wounds that are not "
        "life-threatening."
    )
    found = _main(text, dt.date(2016, 7, 28))
    assert found and (killed_best(found), injured_best(found)) == (1, 2)
    assert found.injured and found.injured.text.startswith("He and a neighbour's son")


def test_the_hurt_told_beside_the_dead_when_those_shot_were_the_dead():
    text = (
        "INDIANAPOLIS - Two men died and a 3-year-old boy was wounded after gunfire rang out "
        "on Saturday night.\n\nTwo men were shot in a car. One died at the scene."
    )
    found = _main(text, dt.date(2016, 7, 10))
    assert found and (killed_best(found), injured_best(found)) == (2, 1)


def test_without_a_publication_date_the_date_stays_unknown():
    found = _main("Gunmen killed two guards on Tuesday.", None)
    assert found and killed_best(found) == 2 and found.date is None


def test_the_date_of_the_telling_is_not_the_date_of_the_event():
    text = "Police said Thursday they arrested a man in a shooting that wounded two people Monday."
    found = _main(text, dt.date(2023, 11, 23))
    assert found and found.date and found.date.text == "Monday"


def test_a_follow_up_dates_its_event_by_the_date_before_its_name():
    text = (
        "NEW ORLEANS - The only man arrested after a gunfight left a bystander dead on Bourbon "
        "Street last year goes to court next week.\n\nHe was arrested days after the June 29 "
        "gunfight."
    )
    (article,) = api.extract("page.txt", text.encode(), published=dt.date(2015, 4, 8))
    (found,) = article.incidents
    assert found.date and (found.date.text, found.date.value) == ("June 29", "2014-06-29")


def test_a_retaliation_is_a_second_incident_told_as_background():
    text = (
        "Warplanes struck a depot near the border on Tuesday, killing three fighters. "
        "The strike was in retaliation for a rocket attack on a base on Sunday that wounded "
        "two soldiers."
    )
    found = find_incidents(text, WED)
    assert [m.sub_event_type for m in found] == [
        "Air/drone strike",
        "Shelling/artillery/missile attack",
    ]
    strike, rockets = found
    assert not strike.background and rockets.background
    assert killed_best(strike) == 3 and injured_best(rockets) == 2
    assert rockets.date and rockets.date.value == "2023-11-19"


def test_killed_in_the_strikes_is_a_strike_of_the_kind_told_before():
    text = (
        "US jets struck militia bases in Al-Qaim on Friday, killing 16 people. "
        "In Syria, monitors said 23 fighters were killed in the strikes around Albu Kamal."
    )
    (article,) = api.extract("page.txt", text.encode(), published=dt.date(2024, 2, 3))
    found = article.incidents
    assert [m.sub_event_type for m in found] == ["Air/drone strike", "Air/drone strike"]
    assert [killed_best(m) for m in found] == [16, 23]
    assert [m.place.place.name for m in found if m.place and m.place.place] == [
        "Al Qā’im",
        "Ālbū Kamāl",
    ]
    assert "as the air/drone strike told before it" in found[1].reasoning[0]
    # without a strike told before, the outcome alone is no air strike
    alone = _main("Monitors said 23 fighters were killed in the strikes around Albu Kamal.")
    assert alone and alone.sub_event_type == "Attack"


def test_it_happened_dates_the_incident_told_before_it():
    text = (
        "Police are investigating a quadruple shooting in the north of the city.\n\n"
        "It happened around 5 a.m. Sunday along Hope Street."
    )
    found = _main(text)
    assert found and found.date and found.date.text == "Sunday"
    # the scene is where it happened, not where the man arrested lives
    text = (
        "A DeKalb County man was arrested after the accidental shooting of his brother. "
        "It happened around 1 p.m. Monday at an apartment on Embarcadero Drive in Lithonia, "
        "Georgia, police said."
    )
    (article,) = api.extract("page.txt", text.encode(), published=dt.date(2015, 6, 15))
    lead = main_incident(article.incidents)
    assert lead and lead.place and lead.place.text == "Lithonia"
    assert lead.date and lead.date.value == "2015-06-15"
    # a day in a sentence that tells neither the violence nor that it happened dates nothing
    found = _main("Police are investigating a quadruple shooting.\n\nThe mayor spoke Sunday.")
    assert found and found.date is None


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("At about 10:20 p.m. Sunday, officers were called to Elm Street.", "2023-11-19"),
        ("His name had not been released as of 5:20 p.m. Tuesday.", None),  # the telling
        ("His roommate was arrested at around 8:15 p.m. Tuesday.", None),  # the arrest
        ("Police got a 911 call Sunday morning from a neighbor.", "2023-11-19"),
        ("Officers were called to a house around 7:45 Sunday morning.", "2023-11-19"),
        ("It started late Sunday afternoon near Hardin Park.", "2023-11-19"),
        ("The incidents occurred early Sunday evening near Law Street.", "2023-11-19"),
        # the day owns the event in a sentence that tells no violence of its own
        ("Police on Monday identified those involved in Sunday's tragic incident.", "2023-11-19"),
        ("Neighbors gathered in the aftermath of Saturday night's tragedy.", "2023-11-18"),
        ("Police on Monday identified those involved in Sunday's meeting.", None),
    ],
)
def test_the_hour_and_day_of_the_call_date_the_lead_incident(second: str, date: str | None):
    found = _main("Police are investigating a shooting that left a young man dead.\n\n" + second)
    assert found and (found.date.value[:10] if found.date else None) == date


def test_a_victim_who_died_days_later_belongs_to_the_shooting():
    text = (
        "A man fired a gun Sunday night at a porch filled with people in Knoxville.\n\n"
        "After days in critical condition, Isis was pronounced dead Tuesday afternoon."
    )
    (found,) = find_incidents(text, WED)
    assert found.date and found.date.value.startswith("2023-11-19")
    assert killed_best(found) == 1
    # a death told with a place of its own elsewhere is another incident
    text = (
        "A man fired a gun Sunday night at a porch filled with people in Knoxville.\n\n"
        "In Memphis, a woman was found dead Tuesday afternoon."
    )
    (article,) = api.extract("page.txt", text.encode(), published=WED)
    assert len(article.incidents) == 2


def test_a_death_told_first_is_dated_by_the_shooting_it_came_of():
    text = (
        "A 16-year-old boy who was shot in a quarrel over a pair of shoes died on Tuesday.\n\n"
        "Police say the boy was shot in the stomach outside his home on Friday night."
    )
    (found,) = find_incidents(text, WED)
    assert found.date and found.date.value.startswith("2023-11-17")
    assert killed_best(found) == 1
    # a death with no shooting day after it keeps the day it is told with
    found = _main("A 16-year-old boy who was shot in a quarrel over shoes died on Tuesday.")
    assert found and found.date and found.date.value.startswith("2023-11-21")


def test_a_county_and_a_town_of_it_tell_one_incident():
    text = (
        "Deputies in Iredell County are looking for whoever opened fire on a crowd of teens "
        "at a party.\n\nFour teens were struck by bullets at the party in Statesville."
    )
    found = _the_incident(text, WED)
    assert injured_best(found) == 4
    assert _town_and_state(found) == ("Statesville", "North Carolina")


def test_a_shooting_months_before_told_after_the_news_is_another_incident():
    text = (
        "Four men were shot Wednesday evening outside a store on the southwest side.\n\n"
        "One of them was at a party in August 2022, when three people were shot dead and four "
        "others were wounded."
    )
    found = _main(text)
    assert found and killed_best(found) == 0 and injured_best(found) == 4
    assert len(find_incidents(text, WED)) == 2


def test_critical_condition_after_a_saturday_shooting_dates_the_shooting():
    text = "Two are dead and two are in critical condition after a Saturday night shooting."
    found = _main(text)
    assert found and found.date and found.date.value.startswith("2023-11-18")
    found = _main("A man was shot on Elm Street. He remained in critical condition Tuesday.")
    assert found and found.date is None


def test_the_courts_day_does_not_date_the_shooting():
    text = (
        "A judge on Thursday accepted a guilty plea from a man whose son was wounded by a gun "
        "he left on the counter. The boy was shot on Aug. 5."
    )
    found = _main(text)
    assert found and found.date and found.date.text == "Aug. 5"
    for text in (
        "He was sentenced Tuesday for shooting his neighbor.",
        "Police arrested a man Tuesday in the shooting of his neighbor.",
    ):
        found = _main(text)
        assert found is None or found.date is None, text
    # the shooting's own day, with an arrest told after it, stays
    found = _main("A man was shot Tuesday and police arrested a suspect.")
    assert found and found.date and found.date.text == "Tuesday"


@pytest.mark.parametrize(
    "later",
    [
        "Police identified the boy Thursday as Daniel Perez.",
        "The mayor held a news briefing Thursday to discuss the shooting.",
        "Police on Thursday provided additional details about the gun.",
        "The boy was discharged Thursday evening.",
        "Deputies were hunting a double-murder suspect on Thursday.",
        "Bond was denied Thursday for the suspect.",
        "No one was in custody as of Thursday morning.",
        "The sheriff released a report Thursday that names the four victims of the shooting.",
        "The university tweeted Thursday that the student had died.",
        "The teen accused of shooting him was back in court Thursday.",
        "The man charged in the shooting was ordered held in jail on bail Thursday.",
        "His father was sentenced to 25 years in prison Thursday for the shooting death.",
        "The teen who shot him returned to court Thursday for a hearing.",
        "An autopsy is set for Thursday, the coroner said.",
        "His bond was set at $1.7 million on Thursday.",
        "The boy who was shot turns 6 on Thursday.",
        'The girl was still in "grave" condition on Thursday, police said.',
        "A vigil was held Thursday for the boy.",
        "The footage, obtained Thursday from prosecutors, shows the shooting.",
        "Two neighbors accused in the shooting had their hearing waived on Thursday.",
        "His uncle appeared in municipal court here Thursday morning over the shooting.",
        "On Thursday, 17-year-old Dale Roe was charged with assault.",
        "On Thursday, the man who shot him was convicted of assault.",
        "The prosecutor said Thursday's verdict was fair.",
        "On Thursday during a preliminary hearing, a witness who was shot spoke.",
        "The boy's mother entered a plea Thursday to charges in the death of her son.",
        "The uncle made his first appearance in county district court, Thursday, in the death.",
        "Two neighbors testified in court Thursday that they heard the gunfire.",
        "Three men were named in an indictment unsealed Thursday over the shooting.",
        "A judge ordered the uncle held on $50,000 bond Thursday for the shooting.",
        "In bond court on Thursday, the judge called the killing senseless.",
    ],
)
def test_what_followed_the_shooting_does_not_date_it(later):
    found = _main(f"A boy was shot in Dayton. {later}")
    assert found is not None and found.date is None, later


@pytest.mark.parametrize(
    "text",
    [
        "Police identified the man shot Sunday as Daniel Perez.",  # the shooting's own day
        "Police identified those involved in Sunday's shooting as two brothers.",
        # hunting is what the victim did, a gun discharging is the event
        "A teen shot himself in the foot during a squirrel hunting trip Sunday.",
        "A man was shot when his handgun discharged Sunday in his truck.",
        # a street named Court, a court-ordered program, a clock, the day of a named shooting
        "A man was shot outside a home on Laurel Court Sunday.",
        "A boy was shot after a court-ordered class Sunday.",
        "The prosecutor's statement says that around 4 p.m. Sunday a boy shot himself.",
        "Prosecutors charged a man in the Sunday shooting that wounded his cousin.",
        # any event word between the court and the day gives the day to the event
        "Two officers testified in court about the drone strike Sunday that hit the convoy.",
    ],
)
def test_the_shootings_own_day_beside_words_of_what_follows_still_dates_it(text):
    found = _main(text)
    assert found and found.date and found.date.text == "Sunday", text


def test_a_day_after_the_event_it_names_is_the_events_not_the_tellings():
    text = "The family of a baby shot during a road-rage incident Sunday said she will recover."
    found = _main(text, dt.date(2016, 9, 13))
    assert found and found.date and found.date.text == "Sunday"
    # a day after the teller is still the telling's
    found = _main("A baby was shot on Elm Street. Police on Sunday said she will recover.")
    assert found is not None and found.date is None


def test_the_shooting_happened_then_dates_the_story_told_by_another_word():
    text = (
        "Police are looking for suspects after a shootout in Brockton.\n\n"
        "A stray bullet hit a 3-year-old in the leg.\n\n"
        "Officers said the gunfire happened Saturday afternoon, after a rally ended."
    )
    (found,) = find_incidents(text, dt.date(2016, 11, 5))
    assert found.sub_event_type == "Armed clash" and injured_best(found) == 1
    assert found.date and found.date.text == "Saturday afternoon"


def test_a_name_inside_the_dateline_is_the_dateline_not_another_place():
    text = (
        "Man accused in murder-suicide in Preble County\n\n"
        "NEW PARIS, Ohio (WDTN) – A ten-year-old girl was shot and killed during a domestic "
        "dispute late Monday night.\n\n"
        "Deputies were called to a home on Gettysburg Road just before midnight."
    )
    (article,) = api.extract("page.txt", text.encode(), published=dt.date(2014, 12, 23))
    assert article.dateline == "NEW PARIS, Ohio"
    (found,) = article.incidents
    assert found.date and found.date.date_start == dt.date(2014, 12, 22)
    assert killed_best(found) == 2  # the girl, and the man of the headline's murder-suicide
    assert found.place and found.place.text == "NEW PARIS"


def _the_incident(text: str, published: dt.date):
    """The one incident of a page, through the whole extraction (cleaning included)."""
    (article,) = api.extract("page.txt", text.encode(), published=published)
    (found,) = article.incidents
    return found


def _town(found) -> str | None:
    return found.place.place.name if found.place and found.place.place else None


def _town_and_state(found) -> tuple[str, str | None] | None:
    place = found.place.place if found.place else None
    return (place.name, place.admin1) if place else None


def test_where_a_victim_lives_is_not_where_it_happened():
    text = (
        "Deputies found Blake Shurling, 20, of Tennille, Georgia, dead from a gunshot wound "
        "on Sunday at a house on Mill Road in Statesboro."
    )
    assert _town(_the_incident(text, dt.date(2016, 10, 4))) == "Statesboro"
    # nor the town and state after a name, nor the hospital the victim died at
    text = (
        "SALEM, Mass. - Police said a man shot Christian Merced, of Miami, Florida, on "
        "Saturday night. Merced died at a Boston hospital."
    )
    assert _town_and_state(_the_incident(text, dt.date(2016, 4, 11))) == (
        "Salem",
        "Massachusetts",
    )


def test_a_town_inside_a_county_dateline_is_the_place():
    text = (
        "GASTON COUNTY, N.C. - A 2-year-old boy was accidentally shot in the stomach early "
        "Thursday at a home on New Moon Lane in Bessemer City."
    )
    found = _the_incident(text, dt.date(2016, 8, 4))
    assert _town(found) == "Bessemer City"
    # the county alone: the county
    text = (
        "GASTON COUNTY, N.C. - A 2-year-old boy was accidentally shot in the stomach early "
        "Thursday, and deputies are asking how he found the gun."
    )
    assert _town(_the_incident(text, dt.date(2016, 8, 4))) == "Gaston County"
    # the town whose police tell it, wherever in the sentence it stands
    text = (
        "GRATIOT COUNTY, Mich. - A man is dead after his 7-year-old son accidentally shot him."
        "\n\nAlma police say the shooting happened Friday morning at a home on State Street."
    )
    assert _town(_the_incident(text, dt.date(2016, 8, 6))) == "Alma"


def test_the_town_the_story_places_the_event_in_beats_the_reporters_dateline():
    text = (
        "THIBODAUX, La. - A man was shot and killed Friday night outside a bar in Larose, "
        "deputies said."
    )
    assert _town(_the_incident(text, dt.date(2015, 8, 1))) == "Larose"
    # near a town is not in it: the dateline stays
    text = (
        "DOUGLASVILLE, Ga. - A man shot four people on Saturday on a quiet street outside "
        "Atlanta, deputies said."
    )
    assert _town(_the_incident(text, dt.date(2015, 2, 7))) == "Douglasville"
    # a district GeoNames lists as a town, beside its city's dateline, is the city's
    text = "CHICAGO - A shooting in West Town left four men wounded early Saturday, police said."
    assert _town(_the_incident(text, dt.date(2016, 9, 3))) == "Chicago"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a big city's district is the city ...
        (
            "A teenager was shot in the leg in East Flatbush on Monday afternoon.\n\n"
            "It was the third shooting in Brooklyn this week, police said.",
            "Brooklyn",
        ),
        # ... but a datelined town is its own
        (
            "BEECH GROVE, Ind. - A man was shot outside a bar on Main Street on Friday night."
            "\n\nHe was taken to a hospital in Indianapolis in stable condition.",
            "Beech Grove",
        ),
        # a sheriff is the county's, not the city's police
        (
            "Two men were hurt when they were shot in Compton on Friday night.\n\n"
            "Both were treated at the scene, according to the Los Angeles Sheriff's Department.",
            "Compton",
        ),
        # a big city where a victim lives is not the city the town belongs to
        (
            "A teen was killed Friday evening in a drive-by shooting in McKees Rocks, police "
            "said.\n\nThe medical examiner identified the victim as Jabree Hines, of Pittsburgh.",
            "McKees Rocks",
        ),
        # a city's area is near the city, not in it
        (
            "A boy, 7, shot himself in the hand at a Houston-area home on Tuesday.\n\n"
            "The shooting happened at his family's home in Alvin, deputies said.",
            "Alvin",
        ),
    ],
)
def test_a_district_a_dateline_a_sheriff_and_an_area_place_the_story(text: str, town: str):
    found = _the_incident(text, dt.date(2016, 5, 7))
    assert _town(found) == town
    if town == "Brooklyn":
        assert "East Flatbush is a district of Brooklyn" in " ".join(found.reasoning)


def test_a_name_placed_once_in_its_state_is_that_town_throughout():
    text = (
        "Teen killed at a party in Greenwood, SC\n\nGreenwood police said a 15-year-old boy "
        "was shot and killed at a birthday party Saturday night."
    )
    found = _the_incident(text, dt.date(2013, 4, 8))
    assert _town_and_state(found) == ("Greenwood", "South Carolina")
    # the region is read on its line, not across the paragraph ("SC\n\nGreenwood")
    assert (found.place.reasoning or "").endswith("region named beside it: SC")
    # a dateline on a line of its own, the story in the next paragraph
    text = (
        "GREENWOOD, SC (WXYZ) -\n\nGreenwood police said a 15-year-old boy was shot and killed "
        "at a birthday party Saturday night."
    )
    found = _the_incident(text, dt.date(2013, 4, 8))
    assert _town_and_state(found) == ("Greenwood", "South Carolina")
    assert "dateline" in (found.place.reasoning or "")


def test_a_small_town_of_another_state_is_no_place_in_a_story_of_one_state():
    # GeoNames knows Roxbury only as a Wisconsin town; the story is Boston's
    text = (
        "A man was shot and killed Sunday night in Roxbury, and three other people were "
        "wounded, police said.\n\nBoston police are investigating. The victims were taken to a "
        "hospital in Boston."
    )
    assert _town_and_state(_the_incident(text, dt.date(2015, 1, 9))) == ("Boston", "Massachusetts")
    # with its state named beside it, the other state's town is the place
    text = (
        "A man was shot and killed Sunday night in Red Wing, Minnesota, police in Boston and "
        "Cambridge said."
    )
    assert _town(_the_incident(text, dt.date(2015, 1, 9))) == "Red Wing"


def test_a_district_the_gazetteer_lists_as_a_town_is_filed_under_its_city():
    text = (
        "A 17-year-old boy was shot to death Sunday night in South Shore.\n\n"
        "Chicago Police are investigating and asked witnesses to come forward."
    )
    found = _the_incident(text, dt.date(2016, 10, 10))
    assert _town(found) == "Chicago"
    assert any("district of Chicago" in why for why in found.reasoning)
    # a town with its own police is no district: Cicero stays Cicero
    text = (
        "A 17-year-old boy was shot to death Sunday night in Cicero.\n\n"
        "Cicero police are investigating; Chicago Police helped search for the gunman."
    )
    assert _town(_the_incident(text, dt.date(2016, 10, 10))) == "Cicero"


def test_an_undated_lead_told_again_with_its_date_is_one_incident():
    text = (
        "Essex County officials are investigating a shooting in which one man died and three "
        "others were injured.\n\nThe man was shot about 11:30 p.m. Sunday in Newark, N.J., "
        "police said."
    )
    (article,) = api.extract("page.txt", text.encode(), published=dt.date(2015, 7, 6))
    (found,) = article.incidents
    assert found.date and found.date.value == "2015-07-05" and killed_best(found) == 1
    # the county's town (Newark, of Essex County) is where it happened
    assert found.place and found.place.text == "Newark"
    # an undated lead and a dated incident the rules kept apart are merged when they agree
    lead = _main("A shooting in Camden has left one man dead.")
    later = _main("A man was shot dead about 11:30 p.m. Sunday in Camden, police said.")
    assert lead is not None and lead.date is None and later is not None and later.date
    (merged,) = _date_the_lead([lead, replace(later, n=2)])
    assert merged.date == later.date and killed_best(merged) == 1
    assert "told again with its date" in merged.reasoning[-1]
    # told again in another town: two incidents
    text = (
        "A shooting in Newark left one man dead.\n\n"
        "A man was shot about 11:30 p.m. Sunday in Trenton, police said."
    )
    (article,) = api.extract("page.txt", text.encode(), published=dt.date(2015, 7, 6))
    assert len(article.incidents) == 2


def test_a_lead_no_clause_dates_takes_the_first_day_the_story_names():
    lead = "A 16-year-old died after he was shot in the head, and his friend, 17, is charged."
    text = (
        f"{lead}\n\nThe boy's mother said the two had been friends for ten years.\n\n"
        "Friday night around 9:15, neighbours on Birch Lane ran outside when they heard a "
        "loud noise.\n\nA vigil is planned for Monday."
    )
    found = _main(text, dt.date(2016, 3, 7))
    assert found and found.date and found.date.value == "2016-03-04TNI"
    assert text[found.date.start : found.date.end] == "Friday night"
    assert "no clause of the event dates it" in found.reasoning[-1]
    # a day that dates what came after (an arrest, a vigil) is no day of the event
    text = f"{lead}\n\nThe friend was arrested Saturday.\n\nA vigil is planned for Sunday."
    found = _main(text, dt.date(2016, 3, 7))
    assert found and found.date is None
    # the day of a telling, a stamp: no day of the event either
    for later in (
        "The chief said Saturday night the shooting was not intentional.",
        "Police gave details in a Saturday night press conference.",
        "Update-- March 5, 2016, 11:37 a.m.: detectives arrested a man.",
        "Related Articles March 5, 2016 Town council approves a new budget",
    ):
        found = _main(f"{lead}\n\n{later}", dt.date(2016, 3, 7))
        assert found and found.date is None, later
    # told in the present, the day after "says" is the event's
    found = _main("The sheriff says Friday night a teenager shot a woman.", dt.date(2016, 3, 7))
    assert found and found.date and found.date.value == "2016-03-04TNI"


def test_an_hour_and_no_day_dates_a_breaking_report_by_its_publication():
    published = dt.date(2016, 5, 22)
    text = (
        "A teenager was shot in the leg on the east side.\n\n"
        "Police said it happened around 11 a.m. in the 5900 block of Yorkshire."
    )
    found = _main(text, published)
    assert found and found.date and found.date.value == "2016-05-22T11:00"
    assert (found.date.date_start, found.date.date_end) == (published, published)
    assert "no day in the article" in found.reasoning[-1]
    # an evening hour may be the evening before the report
    found = _main(text.replace("11 a.m.", "9:40 p.m."), published)
    assert found and found.date and found.date.date_start == dt.date(2016, 5, 21)
    # a day named anywhere, an hour of the arrest, no publication date: no such reading
    found = _main(text + "\n\nThe school was closed Friday.", published)
    assert found and not any("no day in the article" in why for why in found.reasoning)
    later = "A teenager was shot in the leg.\n\nA suspect was arrested at 3 p.m. nearby."
    assert _main(later, published).date is None  # type: ignore[union-attr]
    assert _main(text, None).date is None  # type: ignore[union-attr]


def test_what_is_to_come_or_followed_the_event_does_not_date_it():
    published = dt.date(2015, 2, 12)  # a Thursday
    text = (
        "A 3-year-old girl died after she found her father's gun and shot herself.\n\n"
        "Funeral services will be held Friday for the girl, who shot herself in the living "
        "room.\n\nShe died at a hospital on Monday."
    )
    found = _main(text, published)
    assert found and found.date and found.date.value == "2015-02-09"
    # a past event named in a sentence that looks ahead keeps its day
    found = _main("Schools will be closed on Friday following Thursday's shooting.", published)
    assert found and found.date and found.date.value == "2015-02-12"
    # "resumed Wednesday after ... were shot": Wednesday is the day classes resumed
    text = (
        "Classes at the high school resumed Wednesday after four students were shot at a bus "
        "stop outside the campus, which stayed locked down until the evening of Monday."
    )
    found = _main(text, published)
    assert found and found.date and found.date.value == "2015-02-09"


def test_threats_statistics_and_denials_are_not_incidents():
    for text in (
        "The group warned of more attacks on US bases if the strikes continue.",
        "US forces have been attacked 66 times since Oct. 17.",
        "The ministry denied that its jets bombed the village.",
        "Officials said the US does not seek wider conflict.",
    ):
        assert find_incidents(text, WED) == [], text


def test_time_and_geo_precision_codes():
    found = _main("Gunmen shot two men dead on Tuesday.")
    assert found is not None
    coded = code(found, "Gunmen shot two men dead on Tuesday.")
    assert coded["time_precision"] == 1 and coded["event_date"] == "2023-11-21"
    assert coded["geo_precision"] is None and coded["location"] is None  # no place, no guess


def test_the_day_of_the_shooting_not_the_day_of_the_patients_condition():
    found = _main(
        "A 7-year-old boy remains in the hospital Monday after an accidental shooting on Sunday.",
        dt.date(2015, 6, 1),
    )
    assert found and found.date and found.date.value == "2015-05-31"


def test_the_local_police_force_names_the_town_when_nothing_else_does():
    text = (
        "Tifton Police are waiting on autopsy results.\n\n"
        "Investigators say a teenager was shot in the chest at a house around noon Saturday."
    )
    tifton = PlaceRef(0, 6, "Tifton", Place("Tifton", "city", "US", admin1="Georgia"), "test")
    found = main_incident(find_incidents(text, WED, [tifton]))
    assert found and found.place and found.place.text == "Tifton"


def test_a_date_after_publication_dates_no_event():
    found = _main(
        "A Toledo man accused in a May 25 shooting that killed one man entered pleas today. "
        "He faces up to 21 years in prison when he is sentenced Dec. 2.",
        dt.date(2014, 11, 18),
    )
    assert found and found.date and found.date.value == "2014-05-25"


def test_dead_following_a_shooting_is_one_incident_with_the_shootings_day():
    found = _main("Two people are dead following a shooting Saturday night in Fresno, police said.")
    assert found and killed_best(found) == 2
    assert found.date and found.date.date_start == dt.date(2023, 11, 18)


def test_a_misread_town_of_another_state_does_not_split_the_story():
    # "Steele" of "Steele Creek" is a Missouri town in GeoNames: no place to tell the killing
    # apart from the homicide the lead names in a Charlotte story
    text = (
        "CHARLOTTE, N.C. - Police in Charlotte have yet to charge anyone in the city's latest "
        "homicide.\n\nDarnell Brooks, 17, was shot and killed on Armour Ridge Drive in Steele Creek "
        "Thursday night during a disturbance.\n\nNeighbors said Thursday night's violence shook "
        "the street."
    )

    def ref(name: str, state: str, candidates: int, population: int = 0) -> PlaceRef:
        at = text.index(name)
        town = Place(name, "city", "US", admin1=state, population=population)
        return PlaceRef(at, at + len(name), name, town, "test", candidates)

    charlotte = ref("Charlotte", "North Carolina", 7, 900_000)
    dateline = PlaceRef(0, 9, "CHARLOTTE", charlotte.place, "test", 7)
    places = [charlotte, ref("Steele", "Missouri", 1)]
    (found,) = find_incidents(text, dt.date(2016, 10, 22), places, dateline)
    assert killed_best(found) == 1
    assert found.date and found.date.date_start == dt.date(2016, 10, 20)
    assert found.place and found.place.text in ("CHARLOTTE", "Charlotte")


def test_a_town_the_story_puts_the_scene_in_beats_its_county():
    county = "A man was shot and killed Sunday night, the Bartow County Sheriff's Office said.\n\n"
    text = county + "Deputies were called to a home on Willow Lane in Cartersville just before 10."
    found = _the_incident(text, dt.date(2016, 5, 2))
    assert _town_and_state(found) == ("Cartersville", "Georgia")
    assert any("town of Bartow County" in why for why in found.reasoning)
    # the town that names the event: "the Cartersville shooting"
    text = county + "Neighbours said the Cartersville shooting followed an argument."
    assert _town(_the_incident(text, dt.date(2016, 5, 2))) == "Cartersville"
    # a town named for something else is no scene: the county stays
    text = county + "His family moved to Cartersville last year."
    assert _town(_the_incident(text, dt.date(2016, 5, 2))) == "Bartow County"


_LAST_MONTH = (
    "CHARLOTTE, N.C. -- Police have made an arrest in the case of a child shot last month "
    "north of uptown Charlotte.\n\nOfficers responded to a store on North Tryon Street a "
    "little after 9 p.m. on Thursday, November 10."
)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a weekday another sentence dates: published a week and a half later, "Monday night"
        # is the Monday the story dates, May 23
        (
            "Six arrests have now been made in the drive-by shooting that injured a 4-year-old "
            "girl, police said.\n\nPolice say the girl was shot in a drive-by shooting in "
            "Shelby Monday night.\n\nShelby police said it happened around 11 p.m. Monday, "
            "May 23 at a home on Grover Street.",
            dt.date(2016, 6, 1),
            dt.date(2016, 5, 23),
        ),
        # the day the story gives inside the month it told the event in
        (
            _LAST_MONTH,
            dt.date(2016, 12, 6),
            dt.date(2016, 11, 10),
        ),
        # an undated lead told again with its day in a district of its city
        (
            "Police arrested a teenage gunman for the fatal shooting of a 15-year-old boy in "
            "Brooklyn, cops said.\n\nCops arrested Zidon Clarke, 17, for shooting Rohan Levy in "
            "the back of the head near his home in East Flatbush around 2:30 p.m. Feb. 20, "
            "police said.",
            dt.date(2017, 2, 23),
            dt.date(2017, 2, 20),
        ),
    ],
)
def test_the_day_another_sentence_gives_dates_the_event(
    text: str, published: dt.date, day: dt.date
):
    found = _the_incident(text, published)
    assert found.date is not None and found.date.date_start == day


def test_a_month_with_no_day_given_is_the_month():
    found = _the_incident(_LAST_MONTH.split("\n\n")[0], dt.date(2016, 12, 6))
    assert found.date is not None and found.date.precision == "month"


def test_the_town_the_story_names_in_the_state_it_placed_the_event_in():
    text = (
        "BOSTON (Reuters) - Five members of a family were found shot dead at their southern "
        "Maine home on Sunday, a police spokesman said.\n\nThe five were discovered in their "
        "second-floor apartment in Saco, about 17 miles southwest of Portland."
    )
    assert _town_and_state(_the_incident(text, dt.date(2014, 7, 27))) == ("Saco", "Maine")
    # a town of another state is no town of it
    text = text.replace("in Saco, about 17 miles southwest of Portland", "in Boston")
    assert _town_and_state(_the_incident(text, dt.date(2014, 7, 27))) == ("Maine", "Maine")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "overnight" in a Tuesday paper and the hour the story gives: Monday night
        (
            "A man was badly hurt in an overnight shooting at a motel on the west side.\n\n"
            "It happened around 11:40 p.m. Monday in the 900 block of Elm Road, police said.",
            dt.date(2017, 1, 2),
        ),
        # "this morning" on a page dated the day after the story was written
        (
            "A teenager was shot in the arm this morning outside a corner store.\n\n"
            "The boy was shot at about 6 a.m. Monday as he walked to the store, police said.",
            dt.date(2017, 1, 2),
        ),
        # the hour before "today" makes it the report's own day
        (
            "A woman was shot inside a parked car about 4:30 a.m. today.\n\n"
            "The shooting followed an argument that began Monday, police said.",
            dt.date(2017, 1, 3),
        ),
        # nothing else named: the day counted from the publication date
        ("A man was shot and wounded overnight on Pine Street.", dt.date(2017, 1, 3)),
    ],
)
def test_a_day_the_story_names_beats_a_day_counted_from_publication(text: str, day: dt.date):
    found = _main(text, dt.date(2017, 1, 3))  # a Tuesday
    assert found is not None and found.date is not None
    assert dt.date.fromisoformat(code(found, text)["event_date"]) == day
    named = day < dt.date(2017, 1, 3)
    assert any("the day the story names" in why for why in found.reasoning) == named


def test_a_shootout_and_the_shooting_it_was_are_one_incident():
    text = (
        "A quarrel between a rapper's friends and the club's bouncers led to an early morning "
        "shootout outside the Pearl Lounge in Riverton on Sunday.\n\n"
        "Five people were wounded in the shooting, two of them critically."
    )
    found = find_incidents(text, dt.date(2016, 9, 11))
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.text == "Sunday"
    assert injured_best(found[0]) == 5
    # a fight with someone named, hours after a shooting, is a second event
    text = (
        "Gunmen burst into a holiday party and killed 14 people in Redwater on Wednesday.\n\n"
        "Hours later the chase led to a shootout with the occupants of a van; two suspects died."
    )
    found = find_incidents(text, dt.date(2015, 12, 3))
    assert [(m.sub_event_type, killed_best(m)) for m in found] == [
        ("Attack", 14),
        ("Armed clash", 2),
    ]


def test_the_town_a_victim_is_from_ranks_after_the_scene():
    text = "A Skokie man was shot and wounded early Friday in Park Ridge, police said."
    skokie = PlaceRef(2, 8, "Skokie", Place("Skokie", "city", "US", admin1="Illinois"), "test")
    start = text.index("Park Ridge")
    ridge = PlaceRef(start, start + 10, "Park Ridge",
                     Place("Park Ridge", "city", "US", admin1="Illinois"), "test")  # fmt: skip
    found = main_incident(find_incidents(text, WED, [skokie, ridge]))
    assert found and found.place and found.place.text == "Park Ridge"


@pytest.mark.parametrize(
    "text",
    [
        # an update's time stamp dates the update
        "Update, 9:45 a.m. Sunday: Police say the teen who was shot died of his wounds.\n\n"
        "A teen was shot on a porch Saturday afternoon, police said.",
        # a day that opens a sentence told by someone dates the telling
        "Investigators say a man accidentally shot himself to death.\n\nOn Sunday, the "
        "Barron County Sheriff's Office said officers found the body of Paul Doe, 25, on "
        "Saturday night.",
        # a telling's day before the words of where it was told, or after whom it was told to
        "The officer who died was Jon Doe, 43, Chief Ann Roe said Sunday at a news "
        "conference.\n\nPolice surrounded a house linked to Saturday night's shooting.",
        "The daughter of a man suspected of shooting five people told The Associated Press on "
        "Sunday that he was a danger.\n\nThe Saturday night shootings stemmed from a dispute.",
    ],
)
def test_the_day_of_an_update_or_a_telling_is_not_the_events(text: str):
    found = _main(text)
    assert found and found.date and found.date.date_start == dt.date(2023, 11, 18)


def test_a_day_opening_a_sentence_that_tells_the_event_is_the_events():
    found = _main("On Sunday, a gunman killed two people and police said he fled.")
    assert found and found.date and found.date.date_start == dt.date(2023, 11, 19)
    found = _main("But early Sunday, her family said, the girl was shot outside a party.")
    assert found and found.date and found.date.date_start == dt.date(2023, 11, 19)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A boy shot in the head as he ran from a gunman has died.\n\n"
         "Rohan Doe died Tuesday, three days after he was shot.", dt.date(2023, 11, 18)),
        ("A woman died Sunday, a week after she was critically injured in a shooting.",
         dt.date(2023, 11, 12)),
    ],
)  # fmt: skip
def test_a_death_day_told_days_after_the_shooting_counts_back_to_it(text: str, day: dt.date):
    found = _main(text)
    assert found and found.date and found.date.date_start == day
    assert "before the day of the death" in (found.date.reasoning or "")
