from eventwire.extract.clauses import split_clauses


def test_cut_where_one_event_answers_another():
    text = (
        "Jets struck a depot in retaliation for a rocket attack on a base. Days prior, X happened."
    )
    clauses = split_clauses(text)
    parts = [text[c.start : c.end] for c in clauses]
    assert parts[0] == "Jets struck a depot "
    assert parts[1].startswith("in retaliation for a rocket attack")
    assert clauses[1].partner == 0 and clauses[1].relation == "apart"
    assert clauses[2].relation == "apart" and clauses[2].partner == 1


def test_when_clause_shares_the_time():
    text = "A gunship was in the air when militants fired missiles at the base late Monday."
    clauses = split_clauses(text)
    assert [c.relation for c in clauses] == [None, "when"]


def test_the_victims_state_and_the_shooting_that_caused_it_stay_one_clause():
    for text in (
        "Three people are dead following a gang shooting Saturday night in Atwater.",
        "A teen has died days after a shooting at a park.",
        "A teenager is suffering from a gunshot wound following a shooting in west Charlotte.",
        "A man died Sunday morning following a shooting on Elm Street.",
        "The boy died at a hospital where he was treated following Friday's shooting.",
    ):
        assert [c.relation for c in split_clauses(text)] == [None]
    # a second event that came before stays apart
    text = "The shooting is the city's second homicide, following a domestic dispute Jan. 28."
    assert [c.relation for c in split_clauses(text)] == [None, "apart"]
    text = "Two men were killed in an ambush on Monday following a raid on Sunday."
    assert [c.relation for c in split_clauses(text)] == [None, "apart"]


def test_happened_after_a_clock_time_is_no_second_event():
    for text in ("It happened after 12:30 a.m. Sunday on Elm Street.",
                 "The shooting happened after about 2 p.m. near the school.",
                 "It happened before midnight outside the bar."):  # fmt: skip
        assert len(split_clauses(text)) == 1, text
    # an event after "happened after" is still another one
    assert len(split_clauses("The shooting happened after a fight broke out.")) == 2
