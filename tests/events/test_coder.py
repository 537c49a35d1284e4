"""The event coder on short texts: what is left out (negated, hypothetical, forecast, questioned,
habitual), what a noun needs to count, and how actors, recipients, dates and evidence are found."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.api import Extractor
from hadath.doc import Document, Event

FRIDAY = "2022-01-07"  # a Friday: «أمس» and «الخميس» are 2022-01-06
THURSDAY = dt.date(2022, 1, 6)


def code(extractor: Extractor, text: str, date: str = FRIDAY) -> Document:
    return extractor.document(text, date)


def of_type(doc: Document, event_type: str) -> list[Event]:
    return [e for e in doc.events if e.event_type == event_type]


def one(doc: Document, event_type: str) -> Event:
    found = of_type(doc, event_type)
    assert len(found) == 1, f"expected one {event_type}, got {[e.to_dict() for e in doc.events]}"
    return found[0]


# ------------------------------------------------------------------ controls
@pytest.mark.parametrize(("text", "event_type"), [
    ("اعتقلت الشرطة المصرية المتظاهرين في القاهرة أمس.", "COERCE"),
    ("اعتقلت الشرطة المصرية المعارضين أمس.", "COERCE"),
    ("اندلعت احتجاجات في الخرطوم أمس.", "PROTEST"),
])
def test_affirmative_controls_are_coded(extractor: Extractor, text: str, event_type: str) -> None:
    """The plain statements that the blocked sentences below negate, condition or question."""
    assert of_type(code(extractor, text), event_type)


# ------------------------------------------------------------------ left out
def test_negated_arrest_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "لم تعتقل الشرطة المصرية أحدا من المتظاهرين في القاهرة أمس.")
    assert not of_type(doc, "COERCE")


def test_conditional_arrest_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "إذا اعتقلت الشرطة المصرية المتظاهرين في القاهرة فإن المعارضة ستصعد.")
    assert not of_type(doc, "COERCE")


def test_forecast_protest_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "يتوقع محللون أن تندلع احتجاجات في الخرطوم الأسبوع المقبل.")
    assert not of_type(doc, "PROTEST")


def test_question_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "لماذا اعتقلت الشرطة المصرية المتظاهرين في القاهرة أمس؟")
    assert doc.events == []


def test_habitual_present_of_a_material_act_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "تعتقل الشرطة المصرية المعارضين باستمرار.")
    assert not of_type(doc, "COERCE")


def test_present_verbal_act_is_a_request(extractor: Extractor) -> None:
    doc = code(extractor, "تطالب المعارضة الحكومة بالإفراج عن المعتقلين.")
    assert of_type(doc, "REQUEST")


def test_present_request_has_opposition_actor_and_government_recipient(extractor: Extractor) -> None:
    event = one(code(extractor, "تطالب المعارضة الحكومة بالإفراج عن المعتقلين."), "REQUEST")
    assert (event.actor.sector, event.recipient.sector) == ("OPP", "GOV")


def test_request_recipient_is_the_one_asked(extractor: Extractor) -> None:
    event = one(code(extractor, "طالبت المعارضة السودانية أمس الحكومة بالإفراج عن المعتقلين."), "REQUEST")
    assert event.recipient is not None and event.recipient.text == "الحكومة"


# ------------------------------------------------------------------ future
def test_future_meeting_is_agree(extractor: Extractor) -> None:
    doc = code(extractor, "سيلتقي الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين الأسبوع المقبل.")
    assert [e.event_type for e in doc.events] == ["AGREE"]


def test_future_meeting_is_dated_after_publication(extractor: Extractor) -> None:
    doc = code(extractor, "سيلتقي الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين الأسبوع المقبل.")
    event = one(doc, "AGREE")
    assert event.date is not None and event.date > dt.date(2022, 1, 7)


# ------------------------------------------------------------------ nouns
def test_noun_governed_by_a_verb_of_happening_is_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "انطلقت احتجاجات في الخرطوم أمس ضد الحكومة.")
    assert one(doc, "PROTEST").trigger == "احتجاجات"


def test_noun_without_a_verb_of_happening_is_not_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "رفضت الحكومة السودانية مطالب المحتجين أمس.")
    assert of_type(doc, "REJECT"), "control: the verb «رفضت» is coded"
    assert not of_type(doc, "REQUEST")


def test_noun_after_a_frame_preposition_is_an_event(extractor: Extractor) -> None:
    doc = code(extractor, "أصيب عشرات خلال تظاهرة في الخرطوم أمس.")
    assert one(doc, "PROTEST").trigger == "تظاهرة"


def test_frame_noun_does_not_take_the_main_verbs_subject(extractor: Extractor) -> None:
    doc = code(extractor, "اعتقلت الشرطة السودانية عشرة أشخاص خلال تظاهرة في الخرطوم أمس.")
    assert not of_type(doc, "MOBILIZE")
    assert len(of_type(doc, "PROTEST")) == 1


# ------------------------------------------------------------------ actors and recipients
def test_counterpart_of_a_named_minister_is_lavrov(extractor: Extractor) -> None:
    doc = code(extractor, "بحث وزير الخارجية التركي مولود تشاووش أوغلو مع نظيره الروسي الأزمة الأوكرانية أمس.")
    recipient = one(doc, "CONSULT").recipient
    assert recipient is not None and (recipient.country, recipient.name) == ("RUS", "Sergey Lavrov")


def test_counterpart_of_an_unnamed_minister_is_lavrov(extractor: Extractor) -> None:
    doc = code(extractor, "بحث وزير الخارجية التركي مع نظيره الروسي الأزمة الأوكرانية أمس.")
    recipient = one(doc, "CONSULT").recipient
    assert recipient is not None and (recipient.country, recipient.name) == ("RUS", "Sergey Lavrov")


def test_counterpart_of_an_unnamed_minister_is_russian(extractor: Extractor) -> None:
    doc = code(extractor, "بحث وزير الخارجية التركي مع نظيره الروسي الأزمة الأوكرانية أمس.")
    event = one(doc, "CONSULT")
    assert (event.actor.country, event.recipient.country) == ("TUR", "RUS")


def test_pair_anaphor_continues_the_first_event(extractor: Extractor) -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن أمس نظيره التركي مولود تشاووش أوغلو في واشنطن. "
            "وبحث الجانبان العلاقات الثنائية.")
    doc = code(extractor, text)
    assert [(e.event_type, len(e.evidence)) for e in doc.events] == [("CONSULT", 2)]


def test_compound_subject_gives_both_actors(extractor: Extractor) -> None:
    event = one(code(extractor, "بلينكن وتشاووش أوغلو بحثا أمس الأزمة الأوكرانية."), "CONSULT")
    assert {event.actor.name, event.recipient.name} == {"Antony Blinken", "Mevlüt Çavuşoğlu"}


def test_passive_agent_is_the_actor(extractor: Extractor) -> None:
    event = one(code(extractor, "فرضت عقوبات على روسيا من قبل كندا أمس."), "SANCTION")
    assert event.actor is not None and event.actor.country == "CAN"


def test_passive_agent_sentence_keeps_the_recipient(extractor: Extractor) -> None:
    event = one(code(extractor, "فرضت عقوبات على روسيا من قبل كندا أمس."), "SANCTION")
    assert event.recipient is not None and event.recipient.country == "RUS"


def test_passive_prone_verb_makes_the_noun_the_recipient(extractor: Extractor) -> None:
    event = one(code(extractor, "قتل محتج برصاص الشرطة في الخرطوم أمس."), "ASSAULT")
    assert event.recipient is not None and (event.recipient.text, event.recipient.sector) == ("محتج", "CVL")


def test_passive_prone_verb_does_not_make_the_noun_the_actor(extractor: Extractor) -> None:
    event = one(code(extractor, "قتل محتج برصاص الشرطة في الخرطوم أمس."), "ASSAULT")
    assert event.actor is None or event.actor.text != "محتج"


def test_two_calls_with_different_recipients_stay_two_events(extractor: Extractor) -> None:
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون إيران إلى ضبط النفس. ودعا ماكرون إسرائيل إلى وقف التصعيد."
    doc = code(extractor, text)
    assert [(e.event_type, e.recipient.country if e.recipient else None) for e in doc.events] == [
        ("REQUEST", "IRN"), ("REQUEST", "ISR")]


# ------------------------------------------------------------------ dates
def test_weekday_is_the_last_one_before_publication(extractor: Extractor) -> None:
    event = one(code(extractor, "تظاهر آلاف السودانيين الخميس في الخرطوم."), "PROTEST")
    assert (event.date, event.date_precision) == (THURSDAY, "day")


def test_narrative_date_carries_to_the_next_sentence(extractor: Extractor) -> None:
    doc = code(extractor, "تظاهر آلاف السودانيين الخميس في الخرطوم. واعتقلت الشرطة العشرات منهم.")
    assert one(doc, "COERCE").date == THURSDAY


def test_event_without_a_date_gets_the_publication_date(extractor: Extractor) -> None:
    event = one(code(extractor, "اعتقلت الشرطة المصرية المعارضين في القاهرة."), "COERCE")
    assert (event.date, event.date_precision) == (dt.date(2022, 1, 7), "published")


# ------------------------------------------------------------------ evidence
EVIDENCE_TEXT = ("تظاهرَ آلافُ السودانيين أمـــس\u00a0في الخرطوم ضد الحكومة.\n"
                 "واعتقلت الشرطة\u200c السودانية العشرات منهم.\n"
                 "وقال وزير الخارجية التركي مولود تشاووش أوغلو إنه بحث مع نظيره الروسي الأزمة.")


def test_evidence_offsets_slice_the_evidence_text(extractor: Extractor) -> None:
    doc = code(extractor, EVIDENCE_TEXT)
    assert len(doc.events) >= 2
    assert all(doc.text[ev.start:ev.end] == ev.text for e in doc.events for ev in e.evidence)


def test_trigger_offsets_slice_the_trigger(extractor: Extractor) -> None:
    doc = code(extractor, EVIDENCE_TEXT)
    assert all(doc.text[e.trigger_start:e.trigger_end] == e.trigger for e in doc.events)


HEADLINE = ("الشرطة السودانية تعتقل عشرات المتظاهرين في الخرطوم\n"
            "اعتقلت الشرطة السودانية أمس عشرات المتظاهرين في الخرطوم.")


def test_headline_restating_the_body_is_not_a_separate_event(extractor: Extractor) -> None:
    doc = code(extractor, HEADLINE)
    assert [e.event_type for e in doc.events] == ["COERCE"]


def test_headline_restating_the_body_adds_evidence(extractor: Extractor) -> None:
    event = one(code(extractor, HEADLINE), "COERCE")
    assert [ev.sentence for ev in event.evidence] == [1, 2]


TWO_PART_HEADLINE = ("الشرطة السودانية تعتقل عشرات المتظاهرين في الخرطوم.. والمعارضة تندد\n"
                     "اعتقلت الشرطة السودانية أمس عشرات المتظاهرين في الخرطوم.\n"
                     "وقال المتحدث إن الاعتقالات جرت بعد مسيرة حاشدة.")


def test_both_parts_of_a_headline_joined_by_two_dots_are_the_title(extractor: Extractor) -> None:
    doc = code(extractor, TWO_PART_HEADLINE)
    assert not of_type(doc, "ACCUSE")  # «والمعارضة تندد» is told by the title only
    assert [ev.sentence for ev in one(doc, "COERCE").evidence][:2] == [1, 3]  # the first part, then the body


def test_a_first_line_ending_like_a_sentence_is_no_title(extractor: Extractor) -> None:
    doc = code(extractor, "اعتقلت الشرطة السودانية أمس عشرات المتظاهرين في الخرطوم.\nونددت المعارضة بالاعتقالات.")
    assert not any(e.headline for e in doc.events)
