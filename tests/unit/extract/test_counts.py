"""Casualty figures as conflict and crime reports phrase them."""

from __future__ import annotations

import pytest

from eventwire.extract.counts import find_counts
from eventwire.extract.sentences import sentence_spans


def only(text: str):
    (count,) = find_counts(text)
    assert text[count.start : count.end] == count.text and count.extractor == "counts.rules.v1"
    return count


@pytest.mark.parametrize(
    ("text", "field", "low", "best", "high"),
    [
        ("Jets struck two targets, killing eight pro-Iran fighters.", "killed", 8, 8, 8),
        ("The PMF confirmed that the strikes left eight fighters dead.", "killed", 8, 8, 8),
        ("Four fighters were killed in the attack.", "killed", 4, 4, 4),
        ("At least one militiaman was killed overnight.", "killed", 1, 1, None),
        ("More than 40 service members were hurt.", "injured", 41, 41, None),
        ("A missile attack which injured eight caused damage.", "injured", 8, 8, 8),
        ("Between three and five people were wounded.", "injured", 3, None, 5),
        ("Up to 12 civilians died.", "killed", None, 12, 12),
        ("The strike resulted in several enemy casualties.", "casualties", 2, None, None),
        ("Dozens of people were injured in the blast.", "injured", 12, 12, None),
        ("A man was shot and killed on Elm Street.", "killed", 1, 1, 1),
        ("The gunman opened fire on the car, wounding both of the officers.", "injured", 2, 2, 2),
        ("A boy playing with a gun accidentally shot himself and a friend.", "injured", 2, 2, 2),
        ("A shot was fired that injured himself and a woman in the apartment.", "injured", 2, 2, 2),
        ("Another man and a six-month-old baby were also injured.", "injured", 2, 2, 2),
        ("The family spoke after an accidental fatal shooting this week.", "killed", 1, 1, None),
        ("A teenager was taken from the scene suffering from a gunshot wound.", "injured", 1, 1, 1),
        ("A 17-year-old girl showed up at a clinic with a gunshot wound.", "injured", 1, 1, 1),
        ("The victim suffered serious, but non-life-threatening injuries.", "injured", 1, 1, 1),
        ("Five men heading to a party in Brooklyn were shot, police said.", "injured", 5, 5, 5),
        # a figure's words do not run into a clause after it, nor into another figure
        ("Police seek at least one gunman after four people were shot.", "injured", 4, 4, 4),
        ("Durham was one of five people shot during a fight at the bar.", "injured", 5, 5, 5),
        ("Jaq Landers remains in critical condition at a children's hospital.", "injured", 1, 1, 1),
        ("Deputies located a deceased white male with a gunshot wound.", "killed", 1, 1, 1),
        ("Nine of its elderly Black congregants were killed at church.", "killed", 9, 9, 9),
        # who they are told in a clause of their own
        ("Three state troopers who entered the house were wounded.", "injured", 3, 3, 3),
        # who they are, set off by commas
        (
            "At least three other people, including a Navy sailor and a city police officer, were hurt.",
            "injured",
            3,
            3,
            None,
        ),
        ("The fight left five people with minor injuries.", "injured", 5, 5, 5),
        ("Four juveniles -- including two children -- were injured.", "injured", 4, 4, 4),
        ("Five men and women were injured outside a restaurant.", "injured", 5, 5, 5),
        # an age set off by commas, after one word of a name or a noun
        ("Robinson, 56, was shot in the leg on the porch.", "injured", 1, 1, 1),
        ("Another man, 21, also suffered a gunshot wound to the arm.", "injured", 1, 1, 1),
        ("Another man, 21, was taken to a hospital in the city.", "injured", 1, 1, 1),
        ("Two men were shot at least three times.", "injured", 2, 2, 2),
        # names with a capital inside
        ("Police found McLean dead in his car.", "killed", 1, 1, 1),
        ("DeShawn was shot in the leg.", "injured", 1, 1, 1),
        ("Officers shot and killed DeShawn Smith on Elm Street.", "killed", 1, 1, 1),
        ("A man, recently identified as Ray Doe, was also shot.", "injured", 1, 1, 1),
        ("The accident took the life of a 20-year-old student.", "killed", 1, 1, 1),
        ("His friend pulled the trigger and killed him.", "killed", 1, 1, 1),
        ("Police identified the 15-year-old killed in a shooting.", "killed", 1, 1, 1),
        ("He was later pronounced dead.", "killed", 1, 1, 1),
        ("Officials say he fired at a home and shot four people inside.", "injured", 4, 4, 4),
        ("No one was injured in the shooting.", "injured", 0, 0, 0),
        ("Kataib Hezbollah confirmed the death of eight of its members.", "killed", 8, 8, 8),
        ("The shooting that killed 13-year-old Eddie Holmes shocked the town.", "killed", 1, 1, 1),
        ("Police are investigating the fatal shootings of four people.", "killed", 4, 4, 4),
        ("Charges were filed in the shooting death of a Houston man.", "killed", 1, 1, 1),
        ("A gun went off in the car, fatally wounding the victim.", "killed", 1, 1, 1),
        (
            "No charges for a 13-year-old boy who accidentally shot and killed a friend.",
            "killed",
            1,
            1,
            1,
        ),
        ("A 3-year-old girl who was critically injured was flown out.", "injured", 1, 1, 1),
        ("After the shooting, two remain in critical condition.", "injured", 2, 2, 2),
        ("One male victim was listed in stable condition.", "injured", 1, 1, 1),
        ("In part because one of the two officers involved was dead.", "killed", 1, 1, 1),
        ("Police said a second man was critically injured.", "injured", 1, 1, 1),
        ("A fourth person was also shot, but survived.", "injured", 1, 1, 1),
        ("The victim (Tim Doe Jr.) died from his injuries.", "killed", 1, 1, 1),
        ("He said his seven year old daughter had been shot.", "injured", 1, 1, 1),
        ("Both were pronounced dead at the scene.", "killed", 2, 2, 2),
        ("When the gun went off, she was hit in the stomach.", "injured", 1, 1, 1),
        ("Devon was struck in his right shoulder, she said.", "injured", 1, 1, 1),
        ("An accidental shooting leaves a 17-year-old with minor injuries.", "injured", 1, 1, 1),
        ("A toddler found the gun and shot a 12 year old in the leg.", "injured", 1, 1, 1),
        ("Both victims were taken to a hospital.", "injured", 2, 2, 2),
        ("Deputies arrested a man for murdering a woman in Clewiston.", "killed", 1, 1, 1),
        ("Police are looking into a Thursday evening fatal shooting.", "killed", 1, 1, None),
        ("Victoria Ann Doe, of Pinetown, died from her wound.", "killed", 1, 1, 1),
        ("Cade Doe, 16, was in the backseat and died at the scene.", "killed", 1, 1, 1),
        ("That 6-year-old girl was shot in the chest.", "injured", 1, 1, 1),
        ("Her 17-year-old son, Manny, was shot in the stomach.", "injured", 1, 1, 1),
        ("A man in his 40s was shot in his hand.", "injured", 1, 1, 1),
        ("A boy is in hospital after he was shot and seriously injured.", "injured", 1, 1, 1),
        ("He was taken to an area hospital with minor injuries.", "injured", 1, 1, 1),
        ("One passenger in the car had a gunshot wound.", "injured", 1, 1, 1),
        ("The fourth victim, a woman, died.", "killed", 1, 1, 1),
        ("A 23-year-old man was declared dead at the scene.", "killed", 1, 1, 1),
        ("A fourth person, a woman, was taken to a hospital.", "injured", 1, 1, 1),
        ("Police say one person has reportedly been shot.", "injured", 1, 1, 1),
        ("Two teens accidentally shot themselves with a rifle.", "injured", 2, 2, 2),
        ("Brian Smith, 20; Joe Doe, 22; and a 3-year-old boy were wounded.", "injured", 3, 3, 3),
        (
            "The baby’s mother, grandmother and a friend were critically wounded.",
            "injured",
            3,
            3,
            3,
        ),
        ("An Army soldier and his daughter were found dead.", "killed", 2, 2, 2),
        ("Police said six people, three men and three women, were shot.", "injured", 6, 6, 6),
        ("He is accused of killing his wife and their two infant daughters.", "killed", 3, 3, 3),
        (
            "Four days after three men and a woman were wounded, police made an arrest.",
            "injured",
            4,
            4,
            4,
        ),
        ("Around 4 o’clock one person was found dead.", "killed", 1, 1, 1),
        (
            "Teens were charged in the shooting death of a boy who was shot in the head.",
            "killed",
            1,
            1,
            1,
        ),
        ("Ryan Welch, 4, was killed at his home.", "killed", 1, 1, 1),
        (
            "A 3-year-old girl who was critically injured Wednesday is recovering.",
            "injured",
            1,
            1,
            1,
        ),
        ("A 9-month-old died from a gunshot wound.", "killed", 1, 1, 1),
        ("A 2-year-old boy in Tarpon Springs died Wednesday.", "killed", 1, 1, 1),
        ("She accidentally shot and killed her boyfriend.", "killed", 1, 1, 1),
        ("Police say five people have been treated for gunshot wounds.", "injured", 5, 5, 5),
        ("Officers found four victims suffering from gunshot wounds.", "injured", 4, 4, 4),
        ("Deputies said the boy was shot in the leg.", "injured", 1, 1, 1),
        ("A sibling shot the boy in the face with a rifle.", "injured", 1, 1, 1),
        ("A toddler shot himself in the hand.", "injured", 1, 1, 1),
        (
            "A 22-month-old was treated at a clinic in Fargo for a gunshot wound.",
            "injured",
            1,
            1,
            1,
        ),
        ("The 2-year-old who was shot inside an apartment has died.", "killed", 1, 1, 1),
        ("A man shot his wife to death.", "killed", 1, 1, 1),
        ("The blast left 12 dead.", "killed", 12, 12, 12),
        ("Five young men and a woman were shot at a barbecue.", "injured", 6, 6, 6),
        ("A 13-year-old boy and six other people were shot.", "injured", 7, 7, 7),
        ("Six children and two adults were fatally shot in the home.", "killed", 8, 8, 8),
        ("Also injured were three 14-year-old boys, each shot in the leg.", "injured", 3, 3, 3),
        ("It came 24 hours after 14 people were shot in the city.", "injured", 14, 14, 14),
        ("Police said a half-dozen people were shot overnight.", "injured", 6, 6, 6),
        ("Paramedics pronounced one man, 22, dead on the scene.", "killed", 1, 1, 1),
        ("Nine people were shot to death during a prayer meeting.", "killed", 9, 9, 9),
        ("A shooting outside a diner sent four people to the hospital.", "injured", 4, 4, 4),
        ("Three women and two men were taken to Rhode Island Hospital.", "injured", 5, 5, 5),
        ("Two victims were rushed to a trauma center in fair condition.", "injured", 2, 2, 2),
        # the ones hit died in the same clause
        ("The hunter was shot in the back and pronounced dead in a field.", "killed", 1, 1, 1),
        ("The 19-year-old was shot in the head, and was later pronounced dead.", "killed", 1, 1, 1),
        ("Two teens were each shot in the chest and pronounced dead.", "killed", 2, 2, 2),
        ("A deer hunter was shot and killed by his cousin.", "killed", 1, 1, 1),
        ("Gunfire left 20-year-old Jon Q. Doe dead outside the bar.", "killed", 1, 1, 1),
        ("The crash claimed the life of 47-year-old Mary Roe.", "killed", 1, 1, 1),
        ("A body was found in a driveway on East Lane.", "killed", 1, 1, 1),
        ("Officers found the bodies of three people in the house.", "killed", 3, 3, 3),
        ("The bodies of four people were found in the home.", "killed", 4, 4, 4),
        ("The scene included two bodies in the kitchen.", "killed", 2, 2, 2),
        ("A retired officer killed his two children and himself.", "killed", 3, 3, 3),
        ("Police say a man killed his wife at their home.", "killed", 1, 1, 1),
        ("He is accused of murdering his two young sons.", "killed", 2, 2, 2),
        ("31-year-old Ann Doe, 9-year-old Ben Doe and Carl Roe were killed.", "killed", 3, 3, 3),
        ("8-year-old boy fatally shot at a birthday party", "killed", 1, 1, 1),
        ("Police: Boy, 17, shot to death in Austin", "killed", 1, 1, 1),
        ("Teen, 15, dies after shooting at a party", "killed", 1, 1, 1),
        ("Girl, 6, shot in the leg at a party", "injured", 1, 1, 1),
        ("Toddler accidentally shot by his brother", "injured", 1, 1, 1),
        ("The gunman meant to shoot and kill a man and wound five others.", "injured", 5, 5, 5),
        ("Deputies found two injured students in the hall.", "injured", 2, 2, 2),
        ("The other six were rushed to the hospital.", "injured", 6, 6, 6),
        ("They tell us 3 people went to the hospital.", "injured", 3, 3, 3),
        ("He is charged with the wounding of the boy's father.", "injured", 1, 1, 1),
        ("Police say the boy shot 19-year-old Jim R. Doe in the forehead.", "injured", 1, 1, 1),
        ("Police say Issac was shot once in the chest.", "injured", 1, 1, 1),
        ("A stray round struck and shot an 11 year-old boy in the cheek.", "injured", 1, 1, 1),
        ("Lavell Smith, a 33-year-old cook, was shot and killed Sunday.", "killed", 1, 1, 1),
        ("He is charged in the fatal shooting of 15-year-old Braxton Bourda.", "killed", 1, 1, 1),
        ("Four people were sent to the hospital with gunshot wounds.", "injured", 4, 4, 4),
        ("Four people are recovering after a shooting outside a cafe.", "injured", 4, 4, 4),
        ("All four victims were struck, none of them badly.", "injured", 4, 4, 4),
        ("Three people were hit by gunfire.", "injured", 3, 3, 3),
        ("Police have learned who shot a man overnight on Shelton Road.", "injured", 1, 1, 1),
        ("Deputies are looking into the accidental shooting of a 3-year-old.", "injured", 1, 1, 1),
        ("The child is in stable but serious condition.", "injured", 1, 1, 1),
        ("Officers found a juvenile who had sustained a gunshot wound.", "injured", 1, 1, 1),
        ("Bourda, a high school student, was killed June 5 while riding.", "killed", 1, 1, 1),
        (
            "A 9-year-old boy shot early Wednesday in a hunting accident has died.",
            "killed",
            1,
            1,
            1,
        ),
        (
            "Investigators say Eric Brown was killed when a child pulled the trigger.",
            "killed",
            1,
            1,
            1,
        ),
        ("Witnesses said an adult is dead.", "killed", 1, 1, 1),
        ("Sixteen people, civilians among them, were killed late on Friday.", "killed", 16, 16, 16),
        ("A man and his 11-year-old son were found dead.", "killed", 2, 2, 2),
        ("A celebration ended with five people in the hospital.", "injured", 5, 5, 5),
        ("The shooting left eight people with wounds.", "injured", 8, 8, 8),
        ("Police are investigating a triple shooting on the west side.", "injured", 3, 3, 3),
        ("The men shot four individuals from one family.", "injured", 4, 4, 4),
        ("A woman and her two sons were shot outside.", "injured", 3, 3, 3),
        ("Police got a call at 9:28 PM that a male and female had been shot.", "injured", 2, 2, 2),
        ("Seven men who were shot were taken to hospitals.", "injured", 7, 7, 7),
        ("The man and woman were pronounced dead at the scene.", "killed", 2, 2, 2),
        ("One of the men inside was pronounced dead at the scene.", "killed", 1, 1, 1),
        ("He also shot at the crowd, hitting 14 other people.", "injured", 14, 14, 14),
        ("A 7-year-old girl was taken to the hospital after the accident.", "injured", 1, 1, 1),
        ("A boy from the Town of Shelby has died from a gunshot wound.", "killed", 1, 1, 1),
        ("He was pronounced deceased at the hospital.", "killed", 1, 1, 1),
        ("The home invasion put three women into the hospital.", "injured", 3, 3, 3),
        ("He was fatally shot at a house party early Sunday.", "killed", 1, 1, 1),
        ("Marcus Reed died at the hospital hours later.", "killed", 1, 1, 1),
        ("Medics arrived and pronounced him dead on the porch.", "killed", 1, 1, 1),
        ("A deadly shooting closed the street overnight.", "killed", 1, 1, None),
        ("Detectives are treating it as a double homicide.", "killed", 2, 2, 2),
        ("A 12-year-old boy, accidentally shot by his cousin, has died.", "killed", 1, 1, 1),
        ("The driver suffered fatal injuries in the crash of gunfire.", "killed", 1, 1, 1),
        ("Five people who were murdered in the house were named Monday.", "killed", 5, 5, 5),
        ("The gunfire injured a child sleeping inside.", "injured", 1, 1, 1),
        ("A bullet came through the wall, striking a 4-year-old girl.", "injured", 1, 1, 1),
        ("The cashier suffered non-life threatening injuries.", "injured", 1, 1, 1),
        ("Three people are recovering from gunshot wounds.", "injured", 3, 3, 3),
        ("The teen was struck in the leg and is expected to recover.", "injured", 1, 1, 1),
        ("A 10-year-old is recovering after being shot at home.", "injured", 1, 1, 1),
        ("Officers shot and killed the active shooter.", "killed", 1, 1, 1),
        ("He shot himself while handling a revolver and died later.", "killed", 1, 1, 1),
        ("He shot himself in the foot while cleaning a rifle.", "injured", 1, 1, 1),
        ("A man was charged in the shooting death of Carl Jones.", "killed", 1, 1, 1),
        ("He is not the man who shot four people to death.", "killed", 4, 4, 4),
        ("A second source put the toll at two.", "killed", 2, 2, 2),
        ("The death toll rose to 16 on Saturday.", "killed", 16, 16, 16),
        ("A drone killed Kataib Hezbollah commander Abu Baqir al-Saadi.", "killed", 1, 1, 1),
        ("Three people were in the car and all of them were killed.", "killed", 3, 3, 3),
        ("Police said a man killed his girlfriend and her daughter.", "killed", 2, 2, 2),
        ("He is accused of killing his wife and their four children.", "killed", 5, 5, 5),
        ("Two men succumbed to their wounds on Tuesday.", "killed", 2, 2, 2),
        ("The victim lay dead in the street for an hour.", "killed", 1, 1, 1),
        # a death told as passing away, not surviving, not being saved, found or brain dead
        ("The father later passed away at a Lexington hospital.", "killed", 1, 1, 1),
        ("A deputy said the victim did not survive.", "killed", 1, 1, 1),
        ("Medics worked on the boy but were unable to save him.", "killed", 1, 1, 1),
        ("Doctors declared her brain dead on Sunday.", "killed", 1, 1, 1),
        ("Deputies found a man deceased in the front yard.", "killed", 1, 1, 1),
        ("Officers found Ortega dead behind the wheel.", "killed", 1, 1, 1),
        ("Nora Vance was discovered deceased in her kitchen.", "killed", 1, 1, 1),
        ("Pell succumbed to her injuries on Friday.", "killed", 1, 1, 1),
        ("She later succumbed to her injuries at the hospital.", "killed", 1, 1, 1),
        ("He has since been declared clinically dead, the sheriff said.", "killed", 1, 1, 1),
        ("That man later died.", "killed", 1, 1, 1),
        ("The rifle went off, killing the teenager.", "killed", 1, 1, 1),
        ("Police say a 19 year-old boy was killed on the porch.", "killed", 1, 1, 1),
        ("Police confirm a 20-month old is dead after the shooting.", "killed", 1, 1, 1),
        # a victim told with age, town or "later identified as", then the death
        ("Owen Pratt, 16, of Elkins, died Monday after the shooting.", "killed", 1, 1, 1),
        (
            "One man, later identified as Sam Ruiz, 30, of Waco, was pronounced dead.",
            "killed",
            1,
            1,
            1,
        ),
        # who the one is, told in a clause between the victim and the death
        ("A Dayton teen who was caught in a crossfire has died.", "killed", 1, 1, 1),
        ("A 16-year-old who police say was shot in a dispute died Tuesday.", "killed", 1, 1, 1),
        ("A boy, one of four people hit by gunfire, has died.", "killed", 1, 1, 1),
        ("A woman hospitalized after a weekend shooting has died.", "killed", 1, 1, 1),
        # the victim's name set off after who the victim is, a death told by "who died"
        ("A 4-year-old boy, Jon Pike, was shot and killed at home.", "killed", 1, 1, 1),
        ("A Salem man, 40-year-old Ray “Red” Ames, was killed.", "killed", 1, 1, 1),
        (
            "A 15-year-old boy, identified by his mother as Leo Park, was pronounced dead.",
            "killed",
            1,
            1,
            1,
        ),
        ("Medics pronounced Ortiz dead at the scene.", "killed", 1, 1, 1),
        ("One of the men who was shot in the chest later died.", "killed", 1, 1, 1),
        ("The 9-year-old boy who died of his wounds was named Tuesday.", "killed", 1, 1, 1),
        ("Amy Lee Dorn, 12, of Avon, passed away Friday.", "killed", 1, 1, 1),
        # one more hurt: by name with "also", after a death, "the other"
        ("Rita Mae Boone was also injured by flying glass.", "injured", 1, 1, 1),
        ("Ann Fry suffered similar injuries, police said.", "injured", 1, 1, 1),
        ("The other woman remains in critical condition.", "injured", 1, 1, 1),
        ("A second boy, also 14, was shot in the hand.", "injured", 1, 1, 1),
        ("Two children, ages 3 and 5, and their mother were found dead.", "killed", 3, 3, 3),
        ("The gunman wounded two men and a teenager at the bar.", "injured", 3, 3, 3),
        ("A man shot and killed his neighbor over a parking space.", "killed", 1, 1, 1),
        ("A deputy fatally shot the boy's mother during a standoff.", "killed", 1, 1, 1),
        ("A man who had been shot drove to a hospital and died there.", "killed", 1, 1, 1),
        ("The woman was rushed to a hospital, but died an hour later.", "killed", 1, 1, 1),
        # victims told one by one: names with ages, relatives, a list after "the dead were"
        ("They were charged in the deaths of Ann Dale, 9, and Rose Kemp, 52.", "killed", 2, 2, 2),
        ("He was charged in the death of a 9-year-old and her grandmother.", "killed", 2, 2, 2),
        (
            "Police said the dead were Al Reyes, 20; Eva Cruz, 21; and a 3-year-old boy.",
            "killed",
            3,
            3,
            3,
        ),
        (
            "A fire that claimed the lives of his mother and a neighbor spread fast.",
            "killed",
            2,
            2,
            2,
        ),
        ("The strike killed two men and a woman, officials said.", "killed", 3, 3, 3),
        ("A feud at the bar ended with Carl Dunn, who was killed.", "killed", 1, 1, 1),
        ("Pratt is charged with shooting and killing Carl Dunn on July 24.", "killed", 1, 1, 1),
        ("Tom Hale, 32, killed Kaya Hale, 1, in the kitchen.", "killed", 1, 1, 1),
        ("It was ruled a murder-suicide by the coroner.", "killed", 2, 2, None),
        ("He pleaded not guilty to murdering three people.", "killed", 3, 3, 3),
        ("A teen is accused in the shooting death of another teen.", "killed", 1, 1, 1),
        (
            "He was taken to a hospital in critical condition but was pronounced dead.",
            "killed",
            1,
            1,
            1,
        ),
        ("Officers were told he had been pronounced dead.", "killed", 1, 1, 1),
        ("A fourth victim remains hospitalized with a gunshot wound.", "injured", 1, 1, 1),
        ("A woman and 3-year-old child are dead in the home.", "killed", 2, 2, 2),
        ("David Krauss was found deceased in a home Thursday.", "killed", 1, 1, 1),
        ("Both suffered non-life-threatening injuries.", "injured", 2, 2, 2),
        ("Milien's father and a 15-year-old boy were also shot.", "injured", 2, 2, 2),
        ("His son, Wyatt Krauss, 8, was also found wounded by a gunshot.", "injured", 1, 1, 1),
        ("Officers chased the suspect and shot him three times.", "injured", 1, 1, 1),
        ("Police found a 16-year-old male with an accidental gunshot wound.", "injured", 1, 1, 1),
        ("A 59-year-old teacher and his 17-month-old son were found dead.", "killed", 2, 2, 2),
        ("Keisha is in critical but stable condition.", "injured", 1, 1, 1),
        ("Terrell Doe of Cheektowaga was treated and released.", "injured", 1, 1, 1),
        ("Two 16-year-olds were taken to ECMC after being shot.", "injured", 2, 2, 2),
        ("Dale's death was the third homicide of the year.", "killed", 1, 1, 1),
        ("She admitted blame for her young child's accidental shooting death.", "killed", 1, 1, 1),
        ("Cole Hart Found With Fatal Gunshot Wound To Head", "killed", 1, 1, 1),
        # "Image 6 of 12" ends a caption line: the 12 counts photos, not the dead
        ("Image 6 of 12 A woman died in a drive-by shooting.", "killed", 1, 1, 1),
        ("Police say two teenage girls were accidentally shot in the park.", "injured", 2, 2, 2),
        ("An 18-year-old man received a life-threatening gunshot wound.", "injured", 1, 1, 1),
        ("The man received a fatal gunshot wound to the chest.", "killed", 1, 1, 1),
        ("The student who brought the gun to class was shot in the leg.", "injured", 1, 1, 1),
        ("The woman who called 911 was wounded.", "injured", 1, 1, 1),  # not 911 hurt
    ],
)
def test_figures(text, field, low, best, high):
    c = only(text)
    assert (c.field, c.low, c.best, c.high) == (field, low, best, high)


def test_another_hurt_after_the_dead():
    found = find_counts("A shooting left three dead and injured another early Sunday.")
    assert [(c.field, c.best) for c in found] == [("killed", 3), ("injured", 1)]
    # both of his legs: one hurt, counted once
    hurt = find_counts("He was hit in the crossfire, injuring both his legs.")
    assert [(c.field, c.best) for c in hurt] == [("injured", 1)]


def test_each_victim_of_a_sentence_has_their_own_words():
    # the woman's count does not reach back over "killed and" to the man's article
    found = find_counts("A man was killed and a woman was injured during a shooting.")
    assert [(c.field, c.best, c.text) for c in found] == [
        ("killed", 1, "A man was killed"),
        ("injured", 1, "a woman was injured"),
    ]


def test_one_hurt_beside_a_shooter_who_killed_himself():
    text = "The boy shot his brother to death, wounded his sister and killed himself."
    found = [(c.field, c.best, c.text) for c in find_counts(text)]
    assert ("injured", 1, "wounded his sister") in found
    # the hurt one dies: not counted hurt
    text = "The gunman wounded his wife, who was killed hours later."
    assert not [c for c in find_counts(text) if c.field == "injured"]
    (c,) = find_counts("The 16-year-old had gunshot wounds to his arm and leg.")
    assert (c.field, c.best) == ("injured", 1)


def test_believed_to_be_a_drive_by_hedges_the_kind_not_the_figure():
    c = only("Seven people were shot in what was believed to be a drive-by shooting.")
    assert c.best == 7 and not c.hedged
    assert only("The blast is believed to have wounded two guards.").hedged


def test_who_claims_it_and_hedges():
    c = only("Four fighters were killed in the attack, according to media reports.")
    assert c.attributed_to == "media reports" and not c.hedged
    c = only(
        "US fighter jets struck two targets, killing eight fighters, US and Iraqi sources said."
    )
    assert c.attributed_to == "US and Iraqi sources"
    c = only("The Syrian Observatory for Human Rights said 23 fighters were killed.")
    assert c.attributed_to == "Syrian Observatory for Human Rights"
    c = only(
        "Officials could not yet confirm whether anyone was killed; two guards were reportedly hurt."
    )
    assert c.hedged and c.field == "injured"


def test_tallies_are_flagged_not_taken_for_an_incident():
    c = only("The attacks since October 17 have caused 62 injuries to US personnel.")
    assert c.tally and c.best == 62
    c = only(
        "Bases were struck 66 times since Oct. 17, the day a blast at a hospital killed hundreds."
    )
    assert c.tally and (c.low, c.best) == (100, 100)


def test_a_large_toll_over_a_year_is_a_tally():
    assert only("A total of 344 people were killed in the city last year.").tally
    assert only("Crime figures for 2015 show that 165 people were murdered.").tally
    # a small toll told with a year is an incident's ("a man was killed in 2015")
    assert not only("Two men were killed in 2015 outside the same bar.").tally


def test_a_toll_each_year_or_in_a_month_alone_is_a_tally():
    assert only("Accidental shootings kill dozens of children each year.").tally
    assert only("At least 80 people were killed in the city in November alone.").tally


def test_neither_hurt_and_an_age_in_years_abbreviated_are_no_toll():
    text = "Cooper died at the scene. Neither the driver or the other passenger was injured."
    assert [(c.field, c.best) for c in find_counts(text)] == [("killed", 1)]
    assert [c.best for c in find_counts("Police: 3 yr old injured by a firearm.")] != [3]


def test_a_second_death_is_two_dead_so_far():
    c = only("Police say a second teen has died after the shooting at a party.")
    assert (c.field, c.low, c.best, c.high) == ("killed", 2, 2, None)
    assert only("The rampage claimed a fifth victim on Sunday.").best == 5
    # "the second victim" is one of them
    assert only("The second victim died at the hospital.").best == 1


def test_an_age_with_dashes_or_capitals_is_one_person():
    c = only("A shooting claimed the life of 20–year–old Jose Doe.")
    assert (c.field, c.best) == ("killed", 1)
    c = only("Man Arrested in Shooting Death of 3-Year-Old Girl")
    assert (c.field, c.best) == ("killed", 1)


def test_a_weapons_number_and_a_dead_mans_phone_are_no_toll():
    assert find_counts("Two of his relatives who owned an AK-47 were found dead.") == []
    assert find_counts("His number was the last one in a dead man's phone.") == []
    # a figure after a dash is one
    assert [(c.field, c.best) for c in find_counts("MEMPHIS--Two are dead, police said.")] == [
        ("killed", 2)
    ]


def test_those_among_a_larger_number_shot_over_hours_are_a_tally():
    for text in (
        "The two were among 11 people shot, one fatally, from Tuesday afternoon to Wednesday.",
        "He was one of three people killed and 27 wounded over an eight-hour stretch.",
    ):
        assert all(c.tally for c in find_counts(text)) and find_counts(text)


def test_a_toll_over_a_citys_shootings_is_a_tally():
    for text in (
        "Eight people were killed and 46 others wounded in shootings across Chicago over the "
        "holiday weekend, police said.",
        "Three people were killed in South Side shootings Wednesday afternoon and evening.",
        "A man was killed and five others were hurt in citywide shootings on Tuesday.",
    ):
        found = find_counts(text)
        assert found and all(c.tally for c in found), text
    assert not only("Two men were killed in a shooting across the street from a bar.").tally


def test_those_not_hurt_and_an_address_number_are_no_figure():
    assert not find_counts("There were three customers who weren't injured in the store.")
    assert not find_counts("One victim was not hospitalized.")
    found = find_counts("Two bystanders not involved in the dispute were shot.")  # hit all the same
    assert [(c.field, c.best) for c in found] == [("injured", 2)]
    found = find_counts("Dustin Doe of 900 Garden Way #9 in Manhattan was also injured.")
    assert [c.best for c in found] == [1]  # the man, not the flat's number
    assert [c.field for c in find_counts("Doctors said the victim did not survive.")] == ["killed"]


def test_the_dead_among_those_shot_told_after_a_place():
    found = find_counts("He then shot three other people in the apartment, killing one.")
    assert [(c.field, c.best) for c in found] == [("injured", 2), ("killed", 1)]


def test_shot_at_is_fired_at_not_hit():
    assert not find_counts("Three officers who responded were shot at.")
    assert not find_counts("Two deputies were shot at but not hit.")
    assert [c.best for c in find_counts("A man was shot at a party on Sunday.")] == [1]


def test_what_could_have_happened_is_no_figure():
    found = find_counts("The bullet grazed her legs; it could easily have killed her.")
    assert [(c.field, c.best) for c in found] == [("injured", 1)]
    assert not find_counts("Officers would have been wounded if the vest had failed.")


def test_one_who_died_before_the_event_is_flagged_not_taken_for_its_toll():
    for text in (
        "The victims were mourning a teen who was killed in a previous shooting weeks earlier.",
        "A crowd gathered for a boy who was killed in a shooting earlier in the day.",
        "Gang members attended the wake, held for a man who died of natural causes.",
    ):
        assert only(text).tally, text
    # a follow-up's own event
    assert not only("Friends remembered a teenager who was killed earlier this month.").tally


def test_sentences_do_not_end_at_abbreviations():
    text = "Struck since Oct. 17 by U.S. forces. Gen. Ryder spoke.\nNext line"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Struck since Oct. 17 by U.S. forces.",
        "Gen. Ryder spoke.",
        "Next line",
    ]


def test_shot_with_a_fatal_part_splits_into_killed_and_injured():
    injured, killed = sorted(
        find_counts("Police say four people were shot, one fatally, at the park."),
        key=lambda c: c.field,
    )
    assert (killed.field, killed.best, injured.field, injured.best) == ("killed", 1, "injured", 3)


def test_ages_and_days_are_not_tolls():
    assert [c.best for c in find_counts("Gunfire killed 13-year-old Eddie.")] == [1]
    assert [c.best for c in find_counts("On Oct. 18 Jose Estrada was fatally wounded.")] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The officer fired one shot, striking the car.",  # a shot fired, not a person hit
        "A 28-year-old man shot his neighbor's dog.",  # the man is the shooter
        "The shooting happened around 4:30 p.m. near the park.",
        "All had been shot before, the report said.",  # not a name
        "Police said Tuesday was shot through with sirens.",
        "He was one of three victims taken to Stroger Hospital.",  # one of the three
        "The boy told police his friend had died.",  # the friend: no victim of this story
        "He was charged in the murder of 2015 and the robbery of 2016.",  # years
        "The truck left the road, striking three cars.",  # cars, not people
        "The deputy was struck by a car while directing traffic.",  # a crash, not gunfire
        "Nine said they saw the gunman run.",  # a number word is no victim's name
        "A vigil marked the death of Monday's storm.",  # a day, not a person
        "He told friends he planned to kill 2 officers.",  # a plan, not a toll
        "Police ruled out an attempted murder-suicide.",
        "Three people were struck by a silver Chevrolet Impala.",  # a car, not gunfire
        "Father of 3 fatally shot outside a store",  # his children, not the dead
        "Man shot at by police during a chase",  # shot at, not hit
        "Police said that a man who argued with his brothers shot at them.",  # "that": no victim
        "The round came within inches of possibly killing the deputy.",  # what nearly happened
    ],
)
def test_shots_shooters_and_clock_times_are_no_victims(text):
    assert find_counts(text) == []


def test_the_killer_and_the_one_he_killed_are_two_dead():
    counts = find_counts("A man killed his wife on Monday before taking his own life.")
    assert [(c.field, c.best, c.text) for c in counts] == [
        ("killed", 1, "killed his wife"),
        ("killed", 1, "taking his own life"),
    ]


def test_a_titles_victim_is_one_and_the_childs_age_no_toll():
    # "leaves child, 2": the 2 is an age, and "Police say" no victim's words
    counts = find_counts("Teen slain, leaves child, 2 Police say 17-year-old was shot")
    assert [(c.field, c.best, c.text) for c in counts] == [("killed", 1, "Teen slain")]


def test_a_toll_over_separate_shootings_is_a_tally():
    counts = find_counts("Two men were killed and three were wounded in three separate shootings.")
    assert [(c.field, c.best, c.tally) for c in counts] == [
        ("killed", 2, True),
        ("injured", 3, True),
    ]
    (count,) = find_counts("Five people were wounded in the shooting at the park.")
    assert not count.tally


def test_a_clock_and_an_emergency_number_are_no_victims():
    assert find_counts("Video 0:50 One dead after a shooting involving an officer") == []
    assert find_counts("Police found the 911 caller's father dead inside the home.") == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the hurt told after the dead
        (
            "The blast left one man dead and a 6-year-old girl hurt.",
            [("killed", 1), ("injured", 1)],
        ),
        # a death after another subject is not the one shot
        ("A man was shot in the leg and his brother later died of a stroke.", [("injured", 1)]),
        # one shot and another who died are two victims
        (
            "Officers found a 56-year-old who had been shot in the leg and a child who had died.",
            [("injured", 1), ("killed", 1)],
        ),
        # the fatal part of the people shot, a bystander left dead
        (
            "A pair of gunmen shot six people, one fatally, at a party.",
            [("injured", 5), ("killed", 1)],
        ),
        (
            "Six men were shot -- four of them fatally -- on Friday.",
            [("injured", 2), ("killed", 4)],
        ),
        ("Three people are dead and a fourth wounded.", [("killed", 3), ("injured", 1)]),
        (
            "Four people were hit and one of them, Randy Doe, did not survive.",
            [("injured", 3), ("killed", 1)],
        ),
        ("A gunfight left a bystander dead and nine people hurt.", [("killed", 1), ("injured", 9)]),
        ("Six people were shot, two of whom have died.", [("injured", 4), ("killed", 2)]),
        ("A ten year old boy and two adults were wounded.", [("injured", 3)]),
        (
            "He fired several shots, killing Sara Doe and injuring Lea Roe and Dustin Poe.",
            [("killed", 1), ("injured", 2)],
        ),
        ("Two restaurant patrons sustained non-life-threatening injuries.", [("injured", 2)]),
        (
            "Deputies found three people dead and transported one to the hospital.",
            [("killed", 3), ("injured", 1)],
        ),
        (
            "He fired on two officers, killing one and severely wounding the other.",
            [("killed", 1), ("injured", 1)],
        ),
        ("Two of the four shooting victims have died.", [("killed", 2)]),
        (
            "Five members of a family, including three children, were found shot dead at home.",
            [("killed", 5)],
        ),
        ("Two teens who were shot at a party on Wednesday have died.", [("killed", 2)]),
        (
            "The shots left one man fatally wounded and three others with serious injuries.",
            [("killed", 1), ("injured", 3)],
        ),
        # a hospital's name is no victim's: two and two others
        (
            "Two victims were taken to the Hardin County Medical Center and two others were "
            "sent to a hospital in Memphis.",
            [("injured", 2), ("injured", 2)],
        ),
        # the hurt told by a possessive, and an age in words after the dead
        (
            "A fire in the night left a 7-year-old girl dead and her grandmother wounded.",
            [("killed", 1), ("injured", 1)],
        ),
        (
            "He shot and killed five people and wounded a six-year-old on the farm.",
            [("killed", 5), ("injured", 1)],
        ),
    ],
)
def test_the_hurt_and_the_dead_of_one_sentence(text: str, figures: list[tuple[str, int]]):
    assert [(c.field, c.best) for c in find_counts(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("He fatally shot three people at the bar.", [("killed", 3)]),
        ("She fatally shot her two children.", [("killed", 2)]),
        ("He fatally shot his wife.", [("killed", 1)]),
        ("He fatally shot his twins and their mother.", [("killed", 3)]),
        (
            "A teenager is accused of fatally shooting his parents and three siblings.",
            [("killed", 5)],
        ),
        ("The gunman shot to death Zina Doe and her daughter on Friday.", [("killed", 2)]),
        # a list of the dead, their number told by a possessive's figure, with "died"
        ("Police say a Dover man, his wife and their two daughters died.", [("killed", 4)]),
        ("He killed his wife and their two children.", [("killed", 3)]),
        # the one who fired is not among the dead; those fatally shot "at" a place are
        ("An inquiry began after a man fatally shot a woman and girl.", [("killed", 2)]),
        ("The second of two victims fatally shot at a car wash was named.", [("killed", 2)]),
        # "a" is a word of its own: not the "a" of "and"
        (
            "Three members of a family were shot and killed and a 12-year-old girl wounded.",
            [("killed", 3), ("injured", 1)],
        ),
    ],
)
def test_the_dead_of_an_active_fatal_shooting(text: str, figures: list[tuple[str, int]]):
    assert [(c.field, c.best) for c in find_counts(text)] == figures


def test_a_victim_shot_or_wounded_who_died_is_not_also_hurt():
    counts = find_counts("A man shot an 8-year-old boy and then himself in a murder-suicide.")
    assert "injured" not in [c.field for c in counts]
    counts = find_counts("A child who suffered critical injuries in a shooting has died.")
    assert "injured" not in [c.field for c in counts]


def test_a_victim_struck_and_killed_is_dead_not_also_hurt():
    counts = find_counts("A bullet struck a 10-year-old boy, killing him.")
    assert [(c.field, c.best) for c in counts] == [("killed", 1)]


def test_a_list_of_figures_is_read_figure_by_figure():
    counts = find_counts("The party shooting left nine injured and one dead, police said.")
    assert [(c.field, c.best, c.text) for c in counts] == [
        ("injured", 9, "nine injured"),
        ("killed", 1, "one dead"),
    ]


def test_another_hurt_or_killed_beside_the_figure_before_it():
    dead, hurt = find_counts("Three people are dead and another was injured at a farm.")
    assert (dead.field, dead.best, hurt.field, hurt.best) == ("killed", 3, "injured", 1)
    assert hurt.text == "another was injured"
    (second,) = [c for c in find_counts("One man died and another was killed.") if c.best == 1
                 and c.text.startswith("another")]  # fmt: skip
    assert second.field == "killed"
    # "another was shot" in a story of the dead is one of them, not a survivor
    told = find_counts("One was shot inside and another was shot outside.")
    assert not [c for c in told if c.text.startswith("another")]


def test_one_fatally_shot_is_not_counted_hurt():
    assert not find_counts("Her daughter's best friend had been fatally shot.")


def test_both_taken_to_hospital_where_both_died_are_dead_not_hurt():
    told = find_counts("Two men were taken to Grady Memorial Hospital, where both died.")
    assert [(c.field, c.best, c.text) for c in told] == [("killed", 2, "both died")]


def test_one_struck_by_a_car_is_not_counted():
    assert not find_counts("He was struck in the head by a car on Elm Street.")
