from eventwire.extract.events import TAXONOMY, classify, find_triggers


def _kind(clause: str, state: bool = False):
    return classify(find_triggers(clause), clause, state)


def test_the_weapon_decides_the_sub_type():
    assert _kind("A roadside bomb killed two soldiers.").sub_event_type == (  # type: ignore[union-attr]
        "Remote explosive/landmine/IED"
    )
    assert _kind("Fighter jets struck the depot.").sub_event_type == "Air/drone strike"  # type: ignore[union-attr]
    assert _kind("Militants fired two ballistic missiles at the base.").sub_event_type == (  # type: ignore[union-attr]
        "Shelling/artillery/missile attack"
    )
    assert _kind("Gunmen kidnapped a doctor.").sub_event_type == "Abduction/forced disappearance"  # type: ignore[union-attr]
    assert _kind("Protesters marched in a demonstration.").sub_event_type == "Peaceful protest"  # type: ignore[union-attr]


def test_a_strike_by_a_state_force_is_an_air_strike_and_others_stay_generic():
    assert _kind("The strike hit a house.", state=True).sub_event_type == "Air/drone strike"  # type: ignore[union-attr]
    generic = _kind("The attack hit a house.")
    assert generic is not None and not generic.specific


def test_a_victim_struck_by_a_bullet_is_a_shooting_not_a_strike():
    # "struck" alone leans to remote violence; the bullet or handgun named makes it gunfire
    for clause in ("The boy was struck once in the abdomen by a bullet.",
                   "A girl was struck while playing with a handgun."):  # fmt: skip
        kind = _kind(clause)
        assert kind is not None and kind.specific and kind.sub_event_type == "Attack", clause


def test_modality():
    def modality(text: str) -> dict[str, str]:
        return {t.text: t.modality for t in find_triggers(text)}

    assert modality("They warned of more attacks.")["attacks"] == "threat"
    assert modality("Repeated strikes hit the area.")["strikes"] == "generic"
    assert modality("Forty were killed.")["killed"] == "happened"
    assert modality("The bases were struck 66 times.")["struck"] == "statistic"
    assert modality("It denied that its jets bombed the village.")["bombed"] == "denied"
    # a crime named by a charge or a court is not the killing's telling
    charged = modality("Police charged a man with murder Thursday in the fatal shooting.")
    assert charged == {"murder": "charge", "shooting": "happened"}
    assert modality("He faces a first-degree murder charge.")["murder"] == "charge"
    assert modality("The city's first murder of 2015 happened last night.")["murder"] == (
        "happened"
    )
    # a likeness is no event; what investigators think the crime was is one
    assert modality("A disturbance that neighbors said looked like a riot.")["riot"] == "likened"
    assert modality("Police say it looks like a murder-suicide.")["murder"] == "happened"


def test_every_sub_type_has_an_acled_type_and_a_plover_type():
    for sub, (event_type, plover) in TAXONOMY.items():
        assert event_type and plover.split("/")[0] in ("ASSAULT", "PROTEST"), sub


def test_an_outcome_told_of_an_incident_named_before_is_that_incident():
    # "the shooting" refers back, "injured" happened: the clause tells the shooting
    hurt = _kind("Six people were injured in the shooting spree.")
    assert hurt is not None and hurt.sub_event_type == "Attack" and "guns" in hurt.why
    # "killed in the strikes" is a strike, whatever weapon the article named before
    strikes = _kind("Monitors said 23 fighters were killed in the strikes.")
    assert strikes is not None and strikes.family == "Explosions/Remote violence"
    # a tally in the same clause still makes no incident of it
    assert _kind("Bases were struck 66 times since Oct. 17, the day a blast killed many.") is None


def test_stores_of_rockets_are_no_rocket_attack():
    assert _kind("Its forces hit 85 targets, including drone and rocket stores.") is None
    kind = _kind("Militants fired rockets at the base.")
    assert kind is not None and kind.sub_event_type == "Shelling/artillery/missile attack"


def test_gunned_down_is_an_attack_that_happened():
    kind = _kind("Two men were gunned down at a car wash.")
    assert kind is not None and kind.sub_event_type == "Attack" and kind.specific


def test_hit_by_a_stray_bullet_is_an_attack_that_happened():
    for clause in ("The boy had been hit by a stray bullet while at his window.",
                   "A hunter was struck by several shotgun pellets."):  # fmt: skip
        (trigger,) = find_triggers(clause)
        assert (trigger.sub_event_type, trigger.modality) == ("Attack", "happened"), clause


def test_a_shooting_at_a_protest_is_the_shooting():
    kind = _kind("Five officers were killed in a shooting at the end of a protest downtown.")
    assert kind is not None and kind.sub_event_type == "Attack"
    kind = _kind("Protesters marched in a demonstration outside city hall.")
    assert kind is not None and kind.sub_event_type == "Peaceful protest"
