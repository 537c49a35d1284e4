"""The pipeline: stages never edit the text, non-Arabic input stops early, page furniture is
left out of the body (unless the user turns the filter off)."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.api import Extractor
from hadath.doc import Document
from hadath.pipeline import Settings

DATE = "2022-01-07"

# diacritics, tatweel, NBSP, zero-width non-joiner / joiner / space, right-to-left mark
MARKED = ("تَظَاهَرَ آلافُ العُمّال أمـــس\u00a0في الخرطوم\u200c ضد الحكومة\u200f.\n"
          "واعتقلت الشرطة السودانية\u200b العشرات\u200d منهم.")

READ_ALSO = "اقرأ أيضا: اعتقلت الشرطة المصرية عشرات المتظاهرين في القاهرة"
COOKIES = ("يستخدم موقعنا ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح، "
           "بمواصلة التصفح فإنك توافق على ذلك.")
FURNISHED = ("تظاهر آلاف المعلمين أمس في عمان للمطالبة بزيادة الرواتب.\n"
             f"{READ_ALSO}\n{COOKIES}\n"
             "وأغلقت قوات الأمن الأردنية الطرق المؤدية إلى مجلس النواب.\n")


def body_lines(doc: Document) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.body]


def test_no_stage_edits_the_text(extractor: Extractor) -> None:
    doc = Document(id="marked", text=MARKED, date=dt.date(2022, 1, 7))
    seen = []
    for stage in extractor.pipeline.stages:
        doc = stage(doc)
        seen.append(doc.text == MARKED)
    assert all(seen)


def test_marked_text_still_gives_its_events(extractor: Extractor) -> None:
    """Control for the test above: the stages did run on the marked text."""
    doc = extractor.document(MARKED, DATE)
    assert {e.event_type for e in doc.events} == {"PROTEST", "COERCE"}


def test_token_offsets_point_into_the_original_text(extractor: Extractor) -> None:
    doc = extractor.document(MARKED, DATE)
    first = doc.tokens[0]
    assert doc.text[first.start:first.end] == "تَظَاهَرَ"


def test_non_arabic_text_is_skipped(extractor: Extractor) -> None:
    doc = extractor.document("Police arrested dozens of protesters in Khartoum yesterday after a large "
                             "demonstration against the government.", DATE)
    assert doc.skipped is not None and "not Arabic" in doc.skipped


def test_non_arabic_text_has_no_events(extractor: Extractor) -> None:
    doc = extractor.document("Police arrested dozens of protesters in Khartoum yesterday after a large "
                             "demonstration against the government.", DATE)
    assert doc.events == []


def test_boilerplate_lines_are_not_in_the_body(extractor: Extractor) -> None:
    lines = body_lines(extractor.document(FURNISHED, DATE))
    assert READ_ALSO not in lines and COOKIES not in lines
    assert len(lines) == 2


def test_no_event_comes_from_boilerplate(extractor: Extractor) -> None:
    doc = extractor.document(FURNISHED, DATE)
    evidence = [ev.text for e in doc.events for ev in e.evidence]
    assert evidence and all(READ_ALSO not in t and COOKIES not in t for t in evidence)


@pytest.fixture(scope="module")
def unfiltered() -> Extractor:
    return Extractor.load(Settings(boilerplate=False))


def test_boilerplate_false_keeps_the_furniture(unfiltered: Extractor) -> None:
    doc = unfiltered.document(FURNISHED, DATE)
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert READ_ALSO in sentences and COOKIES in sentences
