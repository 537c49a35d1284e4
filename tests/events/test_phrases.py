"""Actor phrases: adjacent mentions composed into one actor, or kept apart."""

from __future__ import annotations

from hadath.api import Extractor
from hadath.events.phrases import Phrase, build_phrases

DATE = "2022-01-07"


def phrases(extractor: Extractor, text: str) -> list[Phrase]:
    doc = extractor.document(text, DATE)
    assert len(doc.sentences) == 1
    return build_phrases(doc, extractor.resources.lexicon, 0)


def test_role_nationality_and_name_are_one_actor(extractor: Extractor) -> None:
    found = phrases(extractor, "بحث وزير الخارجية التركي مولود تشاووش أوغلو الأزمة الأوكرانية.")
    assert len(found) == 1
    actor = found[0].actor
    assert (actor.text, actor.country, actor.sector, actor.name) == (
        "وزير الخارجية التركي مولود تشاووش أوغلو", "TUR", "GOV", "Mevlüt Çavuşoğlu")


def test_role_phrase_keeps_the_role_and_person(extractor: Extractor) -> None:
    found = phrases(extractor, "بحث وزير الخارجية التركي مولود تشاووش أوغلو الأزمة الأوكرانية.")
    assert (found[0].kind, found[0].role, found[0].person) == ("person", "foreign_minister", "mevlut-cavusoglu")


def test_names_joined_by_wa_are_two_actors(extractor: Extractor) -> None:
    found = phrases(extractor, "التقى بلينكن وتشاووش أوغلو أمس.")
    assert [(p.actor.name, p.actor.country) for p in found] == [
        ("Antony Blinken", "USA"), ("Mevlüt Çavuşoğlu", "TUR")]


def test_police_and_protesters_are_not_joined(extractor: Extractor) -> None:
    found = phrases(extractor, "اعتقلت الشرطة المتظاهرين أمس.")
    assert [(p.actor.text, p.actor.sector) for p in found] == [("الشرطة", "COP"), ("المتظاهرين", "CVL")]


def test_lone_singular_demonym_qualifying_a_noun_is_not_an_actor(extractor: Extractor) -> None:
    found = phrases(extractor, "ارتفعت أسعار الغاز الروسي أمس.")
    assert all(p.actor.country != "RUS" for p in found)


def test_plural_demonym_is_an_actor(extractor: Extractor) -> None:
    found = phrases(extractor, "تظاهر آلاف السودانيين أمس.")
    assert any(p.actor.country == "SDN" and p.actor.sector == "CVL" for p in found)


def test_opposition_then_government_are_two_actors(extractor: Extractor) -> None:
    found = phrases(extractor, "تطالب المعارضة الحكومة بالإفراج عن المعتقلين.")
    assert [(p.actor.text, p.actor.sector) for p in found[:2]] == [("المعارضة", "OPP"), ("الحكومة", "GOV")]


def test_office_of_an_institution_is_one_actor(extractor: Extractor) -> None:
    found = phrases(extractor, "قال رئيس البرلمان إن الجلسة تأجلت.")
    assert found[0].actor.text == "رئيس البرلمان"


def test_members_of_a_group_named_in_quotation_marks_are_of_the_group(extractor: Extractor) -> None:
    found = phrases(extractor, 'هاجم مسلحون من تنظيم "داعش" نقطة تفتيش قرب كركوك.')
    assert [p.actor.org for p in found] == ["ISIS"]


def test_members_of_a_group_named_in_guillemets_are_of_the_group(extractor: Extractor) -> None:
    found = phrases(extractor, "هاجم مسلحون من جماعة «الحوثيين» سفينة تجارية.")
    assert [p.actor.name for p in found] == ["Houthis"]
