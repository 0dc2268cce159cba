from eventwire.extract.quotes import find_statements, quote_spans


def test_quote_split_around_its_cue_and_continued_in_the_next_paragraph():
    text = (
        "“We will not stop,” the commander said. “Never again.”\n\n"
        "“The first part goes on\n\n“and ends here,” said Jane Roe, a spokeswoman for the army."
    )
    found = find_statements(text)
    # one quotation split around its cue is one statement, from its first mark to its last
    assert [s.speaker_name for s in found] == ["commander", "Jane Roe"]
    assert found[0].content.text == "“We will not stop,” the commander said. “Never again.”"
    assert found[1].content.text.startswith("“The first part") and found[1].content.text.endswith(
        "here,”"
    )
    assert (found[1].speaker_role, found[1].speaker_org) == ("spokeswoman", "the army")
    assert len(quote_spans(text)) == 3


def test_nested_and_mixed_quote_marks():
    text = (
        "“I’d rather live in what he calls “hell” than see him win.” ― Ana Ruiz\n"
        '“Immunity deals should not be a requirement," Chairman Jason Chaffetz said.\n'
        "Said Ellis: “I don’t get the sense she cares.”"
    )
    assert [text[a:b] for a, b in quote_spans(text)] == [
        "“I’d rather live in what he calls “hell” than see him win.”",
        '“Immunity deals should not be a requirement,"',
        "“I don’t get the sense she cares.”",
    ]
    found = find_statements(text)
    assert [s.speaker_name for s in found] == ["Ana Ruiz", "Jason Chaffetz", "Ellis"]
    assert found[2].cue and found[2].cue.text == "Said"


def test_indirect_speech_and_according_to():
    found = find_statements(
        "The ministry said Monday that two soldiers were killed. "
        "Three houses burned, according to local residents."
    )
    assert [(s.kind, s.speaker_name) for s in found] == [
        ("indirect", "ministry"),
        ("indirect", "local residents"),
    ]
    assert found[0].content.text == "two soldiers were killed"
    assert found[1].anonymous


def test_pronouns_surnames_and_statements_are_resolved():
    text = (
        "“It was a crime,” Ali Hassan, the governor of Nineveh, said in a statement. "
        "“We demand answers,” the statement added. Hassan said the toll would rise. "
        "“We are ready,” he said."
    )
    found = find_statements(text)
    assert {s.speaker_name for s in found} == {"Ali Hassan"}
    assert found[0].channel == "statement" and found[0].stance == "condemn"
    assert found[0].speaker_role == "governor"
    assert found[1].stance == "call for action"


def test_scare_quotes_and_repeated_bodies_are_not_statements():
    text = "The so-called “peace plan” stalled. The so-called “peace plan” stalled."
    assert find_statements(text) == []
    twice = "“We will rebuild,” the mayor said.\n\n“We will rebuild,” the mayor said."
    assert len(find_statements(twice)) == 1


def test_a_partial_quote_is_indirect_speech_quoting_words():
    text = (
        "Biden “has a lot of really good roles to play,” said Mike Doyle, a congressman.\n\n"
        "“If the last three nominees stay away,” Robinson said, “why would brands come?”"
    )
    partial, split = find_statements(text)
    assert (partial.kind, partial.speaker_name) == ("indirect", "Mike Doyle")
    assert partial.content.text == "Biden “has a lot of really good roles to play,”"
    assert (split.kind, split.speaker_name) == ("direct", "Robinson")
    assert split.content.text.startswith("“If the last") and split.content.text.endswith("come?”")


def test_an_abbreviation_before_the_speaker_does_not_cut_the_name():
    (found,) = find_statements("He left early. Mr. Obama said: “It is a good deal.”")
    assert found.speaker is not None and found.speaker.text == "Mr. Obama"
