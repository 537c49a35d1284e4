"""People the knowledge base does not know, found after a title it knows (all names invented)."""

from __future__ import annotations

import pytest

from hadath.api import Extractor
from hadath.doc import Document, Mention
from hadath.pipeline import Pipeline, Settings, build_pipeline

DATE = "1995-03-01"  # a day on which the knowledge base lists no Estonian prime minister


def detected(doc: Document) -> list[Mention]:
    return [m for m in doc.mentions if m.entity.extra.get("detected")]


def text(doc: Document, m: Mention) -> str:
    return doc.text[m.start:m.end]


def names(doc: Document) -> set[str | None]:
    return {m.entity.name for m in detected(doc)}


def test_name_after_role_and_nationality(extractor: Extractor) -> None:
    doc = extractor.document("وقال رئيس الوزراء الإستوني تارمو كيفيلا إن بلاده تريد السلام.", DATE)
    [m] = detected(doc)
    assert text(doc, m) == "رئيس الوزراء الإستوني تارمو كيفيلا"
    e = m.entity
    assert (e.kind, e.name, e.country, e.sector, e.role) == ("person", "تارمو كيفيلا", "EST", "GOV",
                                                             "prime_minister")
    assert m.how == "name"


def test_title_mentions_give_way_to_the_person(extractor: Extractor) -> None:
    doc = extractor.document("وقال رئيس الوزراء الإستوني تارمو كيفيلا إن بلاده تريد السلام.", DATE)
    [m] = detected(doc)
    assert not [o for o in doc.mentions if o is not m and o.span.overlaps(m.span)]


def test_name_after_role_with_modifier_and_nationality(extractor: Extractor) -> None:
    doc = extractor.document("وانتقد الناشط الحقوقي السوري مازن الشمري الحكومة.", DATE)
    [m] = detected(doc)
    assert (m.entity.name, m.entity.country, m.entity.sector) == ("مازن الشمري", "SYR", "CVL")


def test_name_after_role_without_country(extractor: Extractor) -> None:
    doc = extractor.document("وهاجم زعيم المعارضة مراد العمراني الحكومة.", DATE)
    [m] = detected(doc)
    assert (m.entity.name, m.entity.country, m.entity.sector) == ("مراد العمراني", None, "OPP")


def test_spokesperson_of_a_foreign_army(extractor: Extractor) -> None:
    doc = extractor.document("وقال المتحدث باسم الجيش الإسرائيلي دافيد شيمرون إن العملية انتهت.", DATE)
    [m] = detected(doc)
    assert (m.entity.name, m.entity.country, m.entity.sector) == ("دافيد شيمرون", "ISR", "MIL")


def test_envoy_to_a_country_is_not_the_envoy_at_the_un(extractor: Extractor) -> None:
    doc = extractor.document("وقال السفير الروسي لدى مصر ديمتري بيتروفسكي إن بلاده تدعم الحوار.", DATE)
    [m] = detected(doc)
    assert (m.entity.name, m.entity.country, m.entity.role) == ("ديمتري بيتروفسكي", "RUS", None)


def test_later_surname_with_and_without_clitics(extractor: Extractor) -> None:
    doc = extractor.document(
        "وانتقد الناشط الحقوقي السوري مازن الشمري الحكومة. وأضاف الشمري أن السجون مكتظة. "
        "فالشمري لا يثق بالوعود. وقد التقى مازن الشمري بالصحفيين.", DATE)
    partial = {text(doc, m) for m in detected(doc) if m.how == "partial"}
    assert partial == {"الشمري", "فالشمري", "مازن الشمري"}
    assert {m.entity.key for m in detected(doc)} == {"detected:مازن_شمري"}


def test_surname_with_waw(extractor: Extractor) -> None:
    doc = extractor.document("وقال رئيس الوزراء الإستوني تارمو كيفيلا إن بلاده تريد السلام. وكيفيلا متفائل.", DATE)
    assert "وكيفيلا" in {text(doc, m) for m in detected(doc) if m.how == "partial"}


def test_surname_of_another_person_is_not_a_partial(extractor: Extractor) -> None:
    doc = extractor.document("وقال اللواء مراد العمراني إن الوضع هادئ. وأكد شقيقه سليم العمراني أن الأسرة قلقة.",
                             DATE)
    assert [text(doc, m) for m in detected(doc)] == ["اللواء مراد العمراني"]


def test_later_mention_is_the_actor_of_its_sentence(extractor: Extractor) -> None:
    doc = extractor.document(
        "وصل رئيس الوزراء الإستوني تارمو كيفيلا إلى المدينة. وانتقد كيفيلا الحكومة الروسية.", DATE)
    actors = [e.actor for e in doc.events if e.event_type == "ACCUSE"]
    assert actors and actors[0] is not None
    assert (actors[0].name, actors[0].country, actors[0].sector) == ("تارمو كيفيلا", "EST", "GOV")


def test_detected_person_is_the_actor_of_the_title_sentence(extractor: Extractor) -> None:
    doc = extractor.document("وانتقد الناشط الحقوقي السوري مازن الشمري الحكومة.", DATE)
    [event] = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert event.actor is not None
    assert (event.actor.name, event.actor.country, event.actor.sector) == ("مازن الشمري", "SYR", "CVL")


@pytest.mark.parametrize("sentence", [
    "وقال رئيس الوزراء السابق إن البلاد تواجه أزمة.",
    "ورحب الرئيس الجديد بالاتفاق.",
    "وقال المتحدث باسم الحكومة يوم الأحد إن 3 أشخاص قتلوا.",
    "وقال المتحدث باسم الحكومة 12 مرة إن الوضع هادئ.",
    "وزار الناشط الحقوقي دمشق أمس.",
    "الناشط الحقوقي يعاني من مرض مزمن.",
    "وجهت الوزيرة رسالة شديدة اللهجة إلى نظيرها.",
    "وأجرى الناشط اتصالا هاتفيا مع الصحفيين.",
    "وأصدر الرئيس بياناً رسمياً.",
    "وقال المتحدث باسم الجيش كريم إن العملية انتهت.",
    "وقال الرئيس نفسه أيضا إن الحوار مستمر.",
])
def test_words_after_a_title_that_are_not_names(extractor: Extractor, sentence: str) -> None:
    assert detected(extractor.document(sentence, DATE)) == []


def test_one_foreign_looking_word_is_a_name(extractor: Extractor) -> None:
    doc = extractor.document("وقال المتحدث باسم الشرطة كوفالسكي إن الشرطة مستعدة.", DATE)
    assert names(doc) == {"كوفالسكي"}


def test_coordination_ends_the_name(extractor: Extractor) -> None:
    doc = extractor.document("وقال المتحدث باسم الجيش الإسرائيلي دافيد شيمرون ووزير الدفاع إن العملية انتهت.", DATE)
    assert names(doc) == {"دافيد شيمرون"}


def test_known_holder_is_left_alone(extractor: Extractor) -> None:
    doc = extractor.document("وقال وزير الخارجية التركي أحمد يلماز إن أنقرة تدعم الحوار.", "2022-01-07")
    assert detected(doc) == []
    assert any(m.how == "role" and text(doc, m) == "وزير الخارجية" for m in doc.mentions)


def test_no_title_no_name(extractor: Extractor) -> None:
    assert detected(extractor.document("وقال مازن الشمري إن الحكومة فشلت.", DATE)) == []


def test_compound_name_with_allah(extractor: Extractor) -> None:
    doc = extractor.document("وقال الناشط السوري عبد الرزاق كرم الله إن الوضع صعب.", DATE)
    assert names(doc) == {"عبد الرزاق كرم الله"}


def test_switched_off(extractor: Extractor) -> None:
    pipeline: Pipeline = build_pipeline(extractor.resources, Settings(detect_names=False))
    doc = extractor.document("وانتقد الناشط الحقوقي السوري مازن الشمري الحكومة.", DATE)
    fresh = Document(id=doc.id, text=doc.text, date=doc.date)
    assert detected(pipeline(fresh)) == []


def test_a_name_ends_before_a_preposition_with_the_article(extractor) -> None:
    """«… إيتمار بن غفير بالانسحاب من الحكومة»: «بالانسحاب» (with withdrawing) is no part of the name."""
    doc = extractor.document("هدد وزير الأمن القومي الإسرائيلي إيتمار بن غفير بالانسحاب من الحكومة.", "2024-05-01")
    people = [m for m in doc.mentions if m.entity.kind == "person"]
    assert people and doc.text[people[0].start:people[0].end].endswith("بن غفير")
