import datetime as dt

from eventwire.extract.incidents import main_incident

WED = dt.date(2023, 11, 22)


def test_main_incident_takes_the_first_toll_and_the_date_of_the_violence():
    text = (
        "BAGHDAD - Jets struck two sites late Tuesday, killing eight fighters, sources said.\n\n"
        "On Monday, officials met. Since Oct. 17, 62 people were injured in 66 attacks."
    )
    found = main_incident(text, WED)
    assert found is not None
    assert (found.killed, found.injured) == (8, 0)
    assert found.killed_count and found.killed_count.attributed_to == "sources"
    assert found.date and found.date.value == "2023-11-21" and found.date.part_of_day == "late"
    assert text[found.date.start : found.date.end] == "late Tuesday"
    assert "no injury reported" in found.reasoning[0]


def test_injuries_only_means_zero_deaths_and_no_violence_means_no_incident():
    found = main_incident("Police said a woman was wounded in a shooting on Friday.", WED)
    assert found and (found.killed, found.injured) == (0, 1)
    assert found.date and found.date.value == "2023-11-17"
    assert main_incident("The council approved the budget on Monday.", WED) is None


def test_without_a_publication_date_the_date_stays_unknown():
    found = main_incident("Gunmen killed two guards on Tuesday.", None)
    assert found and found.killed == 2 and found.date is None


def test_the_date_of_the_telling_is_not_the_date_of_the_event():
    text = "Police said Thursday they arrested a man in a shooting that wounded two people Monday."
    found = main_incident(text, dt.date(2023, 11, 23))
    assert found and found.date and found.date.text == "Monday"
