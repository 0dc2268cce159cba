"""An incident's toll from overlapping figures: totals, others, the shot who died."""

from __future__ import annotations

from eventwire.extract.counts import find_counts
from eventwire.extract.tolls import injured_apart_from_killed, toll


def _toll(text: str, field: str):
    figure, note, _ = toll([c for c in find_counts(text) if c.field == field], text)
    assert figure is None or text[figure.start : figure.end] == figure.text
    return figure, note


def _best(text: str, field: str) -> tuple[int | None, str]:
    """The figure's best value (None when there is no figure) and the rule's note ("" when none)."""
    figure, note = _toll(text, field)
    return (figure.best if figure is not None else None), note or ""


def test_the_total_before_the_first_victim_described():
    text = (
        "Five people have been treated for gunshot wounds after a party. "
        "A woman was shot in the chest and a man in the leg."
    )
    figure, note = _toll(text, "injured")
    assert figure is not None and (figure.best, note) == (5, None)


def test_the_total_before_the_condition_of_some():
    text = (
        "Two of the victims are in critical condition, police said.\n\nPolice have made no "
        "arrests. The shooting was the third at the park this year, neighbours said, and the "
        "city has promised more patrols, better lighting and cameras at the gates before the "
        "summer.\n\nA week ago one person was killed and six people were wounded at the park."
    )
    figure, _ = _toll(text, "injured")
    assert figure is not None and figure.best == 6
    # others told right after the condition of some are others than those: all are hurt
    text = "Two men were in critical condition and two others were hurt."
    figure, _ = _toll(text, "injured")
    assert figure is not None and figure.best == 4
    # others told in a condition are a total of their own, not the condition of some
    text = (
        "One victim has died while three other shooting victims are reported in stable "
        "condition. Police found the victim with a gunshot wound."
    )
    figure, _ = _toll(text, "injured")
    assert figure is not None and figure.best == 3
    # told alone, the condition is the figure, and not the one who died
    text = "One man died and two are in critical condition after the shooting."
    figure, _ = _toll(text, "injured")
    assert figure is not None and figure.best == 2
    assert _kept_hurt(text)


def test_one_and_others_told_together_are_not_added_to_the_figure_before():
    text = (
        "One of the four people wounded at the fair spoke from his bed on Tuesday. "
        "The man and three other people were shot as the fireworks began."
    )
    assert _best(text, "injured")[0] == 4


def test_two_hurt_told_one_by_one_in_a_sentence_are_two():
    text = "A 5-year-old boy was shot in the arm and a 20-year-old woman was shot in the back."
    best, note = _best(text, "injured")
    assert best == 2 and "2 hurt" in note
    # a headline and the story's first line are two tellings of the same people
    text = "1 dead, 1 wounded in park shooting\n\nOne man was killed and another wounded."
    assert _best(text, "injured")[0] == 1


def test_no_one_else_hurt_is_none_besides_those_told():
    text = (
        "A boy shot himself in the leg at home on Thursday. He is in stable condition. "
        "No one else was injured."
    )
    assert _best(text, "injured")[0] == 1
    # a plain "no one" is the figure
    assert _best("Shots hit two parked cars, but no one was injured.", "injured")[0] == 0


def test_other_victims_add_up():
    text = (
        "A man was seriously hurt after being shot in the back. "
        "Three other people were wounded at the same apartment complex."
    )
    figure, note = _toll(text, "injured")
    assert figure is not None and figure.best == 4
    assert figure.text.startswith("A man was seriously hurt") and "add up to 4" in (note or "")


def _hurt_and_dead(text: str):
    """A story's figure of the hurt, its figure of the dead (both found), and the hurt told
    apart from the dead with the note, as the incident rules read them."""
    injured, _ = _toll(text, "injured")
    killed, _ = _toll(text, "killed")
    assert injured is not None and killed is not None, text
    return injured, killed, injured_apart_from_killed(injured, killed, text)


def _is_the_one_who_died(text: str) -> bool:
    """Whether the one figure of the hurt is the victim the story tells dead."""
    return _hurt_and_dead(text)[2][0] is None


def _kept_hurt(text: str) -> bool:
    """Whether the figure of the hurt stays as told beside the dead."""
    injured, _, (apart, _) = _hurt_and_dead(text)
    return apart == injured


def _apart(text: str):
    """The injured without the dead, the dead, and the note, for one story."""
    _, killed, (apart, note) = _hurt_and_dead(text)
    return apart and apart.best, killed.best, note


def test_people_shot_include_the_dead():
    left, dead, note = _apart(
        "Seven people were shot at a block party. Two men died at the hospital."
    )
    assert (left, dead) == (5, 2) and "includes the 2 killed" in (note or "")


def test_as_many_dead_as_shot_leaves_no_one_injured():
    left, dead, note = _apart("Police said two people had been shot at a home. Two men died there.")
    assert (left, dead) == (0, 2) and "includes the 2 killed: 0 injured" in (note or "")


def test_the_fatal_part_and_the_others_are_apart_already():
    for text, left in (
        ("Four teenagers were shot, one fatally, outside a party. One teenager died.", 3),
        ("Seven people were shot, leaving one person dead, and the gunman fled.", 6),
        ("One person was killed. Five others were shot outside the club.", 5),
    ):
        assert _apart(text) == (left, 1, None), text


def test_the_one_victim_shot_is_the_one_who_died():
    text = "A 15-year-old boy was shot at a park. The boy died at the hospital."
    _, _, (apart, note) = _hurt_and_dead(text)
    assert apart is None and "victim who died" in (note or "")


def test_the_one_found_with_a_gunshot_wound_is_the_one_who_died():
    assert _is_the_one_who_died(
        "Officers found a 19-year-old male with a gunshot wound in a parked car on Elm Street. "
        "He died at the hospital."
    )
    assert _is_the_one_who_died(
        "Officers found a 17-year-old male suffering from a gunshot wound to his chest. "
        "He was declared dead at the scene."
    )
    assert _is_the_one_who_died(
        "Deputies found a 17-year-old male suffering from an apparent gunshot wound on Elm "
        "Street. He was pronounced dead on the scene."
    )
    assert _is_the_one_who_died(
        "Medics learned that the victim suffered a gunshot wound. He was pronounced dead on "
        "Saturday."
    )
    # one who suffered a wound is told as a survivor, unless told before ("the victim")
    assert _kept_hurt("A fourth man suffered a gunshot wound in his arm. Three men died.")
    assert _kept_hurt("Police found a man dead in a car. The second man suffered a gunshot wound.")


def test_the_one_shot_told_with_another_age_than_the_dead_is_hurt():
    text = (
        "A 7-year-old girl was killed early Sunday after a home was sprayed with bullets. "
        "Officers found a 56-year-old who had been shot in the leg on the porch."
    )
    assert not _is_the_one_who_died(text)
    assert _is_the_one_who_died(
        "A 7-year-old girl was killed early Sunday after a home was sprayed with bullets. "
        "Officers found a 7-year-old who had been shot in the chest on the porch."
    )


def test_a_death_told_in_the_next_sentence_is_not_the_fatal_part_of_the_shot():
    # right after the one shot, but a sentence on: the one shot is the one who died
    text = "A teen reported he accidentally shot a friend. A 23-year-old man was declared dead."
    assert _is_the_one_who_died(text)
    # in the same sentence, "one fatally" is the fatal part of those shot
    assert _kept_hurt("Four teenagers were shot, one fatally, outside a party.")


def test_the_wounded_are_not_the_dead():
    assert _kept_hurt("Two people were wounded in the attack. One man was killed.")


def test_a_shooter_who_killed_himself_after_killing_others_is_one_more_dead():
    text = "A man killed his girlfriend and her daughter before killing himself, police said."
    figure, note = _toll(text, "killed")
    assert figure is not None and figure.best == 3 and "with the shooter" in (note or "")
    text = "A man shot his 1-year-old daughter dead before turning the gun on himself."
    figure, note = _toll(text, "killed")
    assert figure is not None and figure.best == 2 and "with the shooter" in (note or "")
    for text in (
        "An officer is suspected of fatally shooting his wife and 10-year-old son before "
        "setting the house on fire and killing himself.",
        "An inquiry began after a man fatally shot a woman and girl then killed himself.",
    ):
        best, note = _best(text, "killed")
        assert best == 3 and "with the shooter" in note
    # told among the dead already: not twice
    text = "Three people were found dead in the house, including the gunman, who killed himself."
    figure, _ = _toll(text, "killed")
    assert figure is not None and figure.best == 3
    text = "An Army soldier and his daughter were found dead; he had turned the gun on himself."
    figure, _ = _toll(text, "killed")
    assert figure is not None and figure.best == 2
    # his victims named after the figure are not him: "killing four, including his ex-wife"
    text = (
        "A man shot six people Saturday, killing four of them, including his ex-wife and two "
        "children, before turning the gun on himself, police said."
    )
    figure, note = _toll(text, "killed")
    assert figure is not None and figure.best == 5 and "with the shooter" in (note or "")
    # the six he shot do not count him: four of them died, two are hurt
    injured, _ = _toll(text, "injured")
    killed, _, shooter = toll([c for c in find_counts(text) if c.field == "killed"], text)
    assert shooter
    apart, note = injured_apart_from_killed(injured, killed, text, shooter)
    assert apart is not None and apart.best == 2 and "includes the 4 killed" in (note or "")


def test_the_shooter_turning_the_gun_on_himself_is_one_more_dead():
    text = "A man shot and killed his 3-year-old daughter before turning the gun on himself."
    figure, note = _toll(text, "killed")
    assert figure is not None and figure.best == 2 and "with the shooter" in (note or "")
    text = "Tom Hale, 32, killed Kaya Hale, 1, before fatally shooting himself."
    figure, _ = _toll(text, "killed")
    assert figure is not None and figure.best == 2


def test_one_dead_in_a_murder_suicide_is_two():
    text = "Police say a man shot a boy and then himself in a murder-suicide Tuesday."
    figure, note = _toll(text, "killed")
    assert figure is not None and (figure.low, figure.best) == (2, 2)
    assert "the victim and the shooter" in (note or "")
    # a figure that counts them already is kept
    text = "Three people died in the murder-suicide, police said."
    figure, note = _toll(text, "killed")
    assert figure is not None and figure.best == 3 and note is None


def test_one_also_shot_is_not_the_one_who_died():
    text = "A man killed four of his children at the home. The mother was also shot."
    injured, _ = _toll(text, "injured")
    assert injured is not None and injured.text == "The mother was also shot"
    assert _kept_hurt(text)


def test_one_told_of_by_a_pronoun_is_the_victim_the_story_told_dead():
    text = (
        "Officers found a boy, 15, in a car. He was rushed to the hospital. Hours later, he died."
    )
    injured, _ = _toll(text, "injured")
    assert injured is not None and injured.text == "He was rushed to the hospital"
    assert _is_the_one_who_died(text)


def test_the_victim_who_suffered_from_gun_shot_wounds_is_the_one_who_died():
    assert _is_the_one_who_died(
        "A man was found dead in his car. The victim suffered from gun shot wounds."
    )


def test_one_more_dead_told_also_killed_adds_to_one():
    text = (
        "Kenneth Doe, a 22-year-old man, was shot and killed in the shop. "
        "German Doe, a 25-year-old customer, was also killed."
    )
    figure, note = _toll(text, "killed")
    assert figure is not None and figure.best == 2 and "2 dead" in (note or "")
    # a total already counts the one told after it
    text = "Two people were killed. Brian Doe, 43, was also pronounced dead."
    figure, _ = _toll(text, "killed")
    assert figure is not None and figure.best == 2


def test_the_one_hurt_named_in_the_death_is_the_victim_who_died():
    for text in (
        "Police charged a man with fatally shooting Isis Doe on the porch. "
        "Isis was struck in the head when he fired at the house.",
        "A 16-year-old boy was critically wounded in a shooting on Friday. "
        "On Sunday police said a 16-year-old boy who was critically wounded there has died.",
    ):
        assert _is_the_one_who_died(text), text


def test_the_shooters_own_death_right_after_the_one_he_shot_is_not_that_one():
    assert _is_the_one_who_died(
        "A woman shot her 5-year-old son and then herself in a murder-suicide."
    )


def test_one_more_hurt_told_by_name_also_shot_adds_to_one():
    text = (
        "The man, Tim Doe, 36, was shot in the chest, police said. Authorities said Jon Roe, 2, "
        "was also shot and taken to a hospital."
    )
    best, note = _best(text, "injured")
    assert best == 2 and "2 hurt" in note
    assert (
        _best("A boy, 7, was shot in the arm. The boy was also hit in the leg.", "injured")[0] == 1
    )
