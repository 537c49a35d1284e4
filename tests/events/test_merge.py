import datetime as dt

from hadath.doc import Actor, Document, Event, Evidence
from hadath.events.merge import EventMerger, same_event

DAY = dt.date(2022, 1, 7)


def event(kind: str, a: str | None, b: str | None, sentence: int, date: dt.date = DAY,
          precision: str = "published", name_a: str | None = None) -> Event:
    return Event("d", kind, None, None, Actor(a, "GOV", name=name_a) if a else None,
                 Actor(b, "GOV") if b else None, date, precision,
                 [Evidence(sentence, sentence * 10, sentence * 10 + 9, f"s{sentence}")])


def test_same_actors_merge_and_keep_all_evidence() -> None:
    doc = Document("d", "x")
    doc.events = [event("CONSULT", "TUR", "USA", 1), event("CONSULT", "USA", "TUR", 3),
                  event("CONSULT", "TUR", "USA", 2)]
    EventMerger()(doc)
    assert len(doc.events) == 1
    assert [e.sentence for e in doc.events[0].evidence] == [1, 2, 3]


def test_asymmetric_types_do_not_merge_when_swapped() -> None:
    assert not same_event(event("ACCUSE", "RUS", "GRC", 1), event("ACCUSE", "GRC", "RUS", 2))


def test_different_told_dates_stay_apart_but_published_dates_merge() -> None:
    a = event("CONSULT", "TUR", "RUS", 1, dt.date(2022, 1, 6), "day")
    b = event("CONSULT", "TUR", "RUS", 2, dt.date(2022, 1, 3), "day")
    c = event("CONSULT", "TUR", "RUS", 3)
    assert not same_event(a, b)
    assert same_event(a, c)
    doc = Document("d", "x")
    doc.events = [c, a]
    EventMerger()(doc)
    assert doc.events[0].date == dt.date(2022, 1, 6)


def test_different_recipients_or_names_stay_apart() -> None:
    assert not same_event(event("CONSULT", "TUR", "RUS", 1), event("CONSULT", "TUR", "AZE", 2))
    assert not same_event(event("CONSULT", "TUR", "RUS", 1, name_a="A"), event("CONSULT", "TUR", "RUS", 2, name_a="B"))
    assert same_event(event("PROTEST", "KAZ", None, 1), event("PROTEST", "KAZ", "KAZ", 2))


def test_two_named_places_of_one_country_are_two_events() -> None:
    from hadath.doc import Location
    a, b, c = (event("ASSAULT", "SDN", "SDN", i) for i in (0, 1, 2))
    a.location = Location(country="SDN", name="El Fasher")
    b.location = Location(country="SDN", name="El Obeid")
    c.location = Location(country="SDN")
    assert not same_event(a, b)
    assert same_event(a, c)


def test_an_organisation_and_one_of_its_people_fit() -> None:
    a, b = event("CONSULT", "YEM", "UNO", 0), event("CONSULT", "YEM", "UNO", 1)
    a.recipient.org, a.recipient.name = "UN", "Ismail Ould Cheikh Ahmed"
    b.recipient.org, b.recipient.name = "UN", "UN"
    assert same_event(a, b)


def test_an_unnamed_retelling_of_the_same_kind_of_act_merges() -> None:
    a, b = event("ASSAULT", "ISR", "PSE", 0), event("ASSAULT", None, None, 1)
    a.mode = b.mode = "primitive"
    assert same_event(a, b)
    b.mode = "aerial"
    assert not same_event(a, b)


def test_different_modes_of_a_coercion_are_different_acts() -> None:
    """A ban and an arrest by the same police on the same people stay two events; the modes of a
    strike («غارة» aerial, «قصف» shelling) may tell one raid."""
    ban, arrest = event("COERCE", "SDN", "SDN", 1), event("COERCE", "SDN", "SDN", 2)
    ban.mode, arrest.mode = "restrict", "arrest"
    assert not same_event(ban, arrest)
    raid, shelling = event("ASSAULT", "ISR", "SYR", 1), event("ASSAULT", "ISR", "SYR", 2)
    raid.mode, shelling.mode = "aerial", "heavy-weapons"
    assert same_event(raid, shelling)


def test_a_named_victim_in_the_country_and_in_a_city_is_one_death() -> None:
    """«قتل الصماد … في اليمن» and «قتل الصماد … في الحديدة» tell one death; two crowds in the
    country and in one city may be two protests."""
    from hadath.doc import Location
    a, b = event("ASSAULT", "SAU", "YEM", 0), event("ASSAULT", "SAU", "YEM", 1)
    a.location = Location(country="YEM", name="Yemen", whole_country=True)
    b.location = Location(country="YEM", name="Al Hudaydah")
    assert not same_event(a, b)
    a.recipient.name = b.recipient.name = "Saleh al-Sammad"
    assert same_event(a, b)


def test_a_force_with_no_organisation_fits_the_organisation_of_its_country() -> None:
    a, b = event("ASSAULT", "SAU", "YEM", 0), event("ASSAULT", "SAU", "YEM", 1)
    a.actor.org = "Saudi-led coalition"
    assert same_event(a, b)
    b.actor.org = "IMCTC"
    assert not same_event(a, b)


def test_events_that_fit_only_once_grown_are_merged_too() -> None:
    """The death «في اليمن» fits the strike «في الحديدة» only once the strike has taken the
    victim's name from a third sentence: merging goes on until nothing changes."""
    from hadath.doc import Location
    death, strike, named = (event("ASSAULT", "SAU", "YEM", i) for i in (0, 1, 2))
    death.location = Location(country="YEM", name="Yemen", whole_country=True)
    strike.location = named.location = Location(country="YEM", name="Al Hudaydah")
    death.recipient.name = named.recipient.name = "Saleh al-Sammad"
    assert not same_event(death, strike)
    doc = Document("d", "x")
    doc.events = [death, strike, named]
    EventMerger()(doc)
    assert len(doc.events) == 1
    assert [e.sentence for e in doc.events[0].evidence] == [0, 1, 2]
    assert doc.events[0].location is not None and doc.events[0].location.name == "Al Hudaydah"


def test_an_unnamed_raid_on_a_city_retells_the_raid_in_the_country() -> None:
    """«بغارة على صعدة» with no doer of its own retells the coalition raid told «في اليمن»; two
    protests, one in the country and one in a city, stay two."""
    from hadath.doc import Location
    raid, retold = event("ASSAULT", "SAU", "YEM", 0), event("ASSAULT", "YEM", None, 1)
    raid.location = Location(country="YEM", name="Yemen", whole_country=True)
    retold.location = Location(country="YEM", name="Sa'dah")
    retold.default_actor = True
    raid.mode = retold.mode = "aerial"
    assert same_event(raid, retold)
    march, sit_in = event("PROTEST", "IRQ", "IRQ", 0), event("PROTEST", "IRQ", "IRQ", 1)
    march.location = Location(country="IRQ", name="Iraq", whole_country=True)
    sit_in.location = Location(country="IRQ", name="Basra")
    sit_in.default_actor = True
    assert not same_event(march, sit_in)


def test_two_attacks_with_no_doer_in_one_sentence_are_one() -> None:
    """«قتل أربعة جنود في هجوم بعبوة ناسفة استهدف دوريتهم»: the attack and its weapon, whoever
    did it, are one attack even when their targets are read differently."""
    attack, weapon = event("ASSAULT", "MLI", "MLI", 0), event("ASSAULT", "MLI", "BFA", 0)
    attack.default_actor = weapon.default_actor = True
    assert same_event(attack, weapon)
    named = event("ASSAULT", "FRA", "BFA", 0)
    assert not same_event(named, event("ASSAULT", "MLI", "MLI", 0))
