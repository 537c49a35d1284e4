"""End-to-end tests of the Python API (``hadath.extract``, ``extract_many``, ``to_dataframe``, Extractor)."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

import hadath
from hadath.api import Extractor, as_document, parse_date
from hadath.doc import Document, Event

FIXTURES = Path(__file__).parent / "fixtures"
PROTEST_TEXT = (FIXTURES / "protest.txt").read_text(encoding="utf-8")
SUDAN = "تظاهر آلاف الطلاب أمس في الخرطوم ضد الحكومة السودانية."
IRAQ = "اعتقلت الشرطة العراقية عشرات المحتجين في بغداد."
MALI = "هاجم مسلحون مركزا للشرطة في شمال مالي وقتلوا ثلاثة من عناصره."
FORMAT_KEYS = {"doc_id", "event_type", "mode", "cameo", "actor", "recipient", "date", "date_precision",
               "location", "evidence", "trigger", "goldstein", "confidence"}
ACTOR_KEYS = {"country", "sector", "org", "name", "text"}
EVIDENCE_KEYS = {"sentence", "start", "end", "text"}


def test_extract_returns_events_in_format_shape(extractor: Extractor) -> None:
    events = hadath.extract(PROTEST_TEXT, date="2024-05-02", extractor=extractor)
    assert events and all(isinstance(e, Event) for e in events)
    assert {"PROTEST", "CONSULT"} <= {e.event_type for e in events}
    for event in events:
        record = event.to_dict()
        assert set(record) >= FORMAT_KEYS
        for role in ("actor", "recipient"):
            assert record[role] is None or set(record[role]) == ACTOR_KEYS
        for evidence in record["evidence"]:
            assert set(evidence) == EVIDENCE_KEYS
            assert PROTEST_TEXT[evidence["start"]:evidence["end"]] == evidence["text"]
    protest = next(e for e in events if e.event_type == "PROTEST")
    assert protest.date == dt.date(2024, 5, 1)  # «أمس» against the publication date


def test_module_extract_uses_the_shared_default_extractor() -> None:
    assert hadath.default_extractor() is hadath.default_extractor()
    events = hadath.extract(SUDAN, date=dt.date(2024, 5, 2))
    assert [e.event_type for e in events] == ["PROTEST"]
    assert events[0].doc_id == "doc"
    assert events[0].to_dict()["date"] == "2024-05-01"


def test_extract_accepts_an_iso_timestamp_as_date(extractor: Extractor) -> None:
    events = hadath.extract(SUDAN, date="2024-05-02T09:30:00Z", extractor=extractor)
    assert events[0].date == dt.date(2024, 5, 1)
    assert parse_date("2024-05-02T09:30:00Z") == dt.date(2024, 5, 2)
    with pytest.raises(ValueError):
        parse_date("yesterday")


def test_extract_of_english_gives_no_events(extractor: Extractor) -> None:
    text = (FIXTURES / "english.txt").read_text(encoding="utf-8")
    assert hadath.extract(text, date="2024-05-02", extractor=extractor) == []
    doc = extractor.document(text, date="2024-05-02")
    assert doc.skipped and "arabic" in doc.skipped.lower()


def test_extract_many_streams_dicts_and_strings(extractor: Extractor) -> None:
    documents = [
        {"id": "sdn", "text": SUDAN, "date": "2024-05-02"},
        IRAQ,
        {"id": "mli", "text": MALI, "date": "2024-05-04", "url": "https://example.org/mali"},
        Document(id="own", text=SUDAN, date=dt.date(2024, 6, 10)),
    ]
    stream = hadath.extract_many(documents, extractor=extractor, progress=False)
    assert isinstance(stream, types.GeneratorType)  # lazy: documents are coded as they are consumed
    events = list(stream)
    by_doc: dict[str, list[Event]] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    assert list(by_doc) == ["sdn", "doc2", "mli", "own"]  # in input order; a plain string gets a numbered id
    assert "PROTEST" in {e.event_type for e in by_doc["sdn"]}
    assert "COERCE" in {e.event_type for e in by_doc["doc2"]}
    assert "ASSAULT" in {e.event_type for e in by_doc["mli"]}
    assert by_doc["own"][0].date == dt.date(2024, 6, 9)


def test_extract_many_is_lazy(extractor: Extractor) -> None:
    consumed: list[int] = []

    def documents() -> Iterator[str]:
        for number, text in enumerate((SUDAN, IRAQ, MALI), start=1):
            consumed.append(number)
            yield text

    stream = extractor.extract_many(documents(), progress=False)
    first = next(stream)
    assert first.doc_id == "doc1"
    assert consumed == [1]
    rest = [e.doc_id for e in stream]
    assert consumed == [1, 2, 3]
    assert {"doc2", "doc3"} <= set(rest) <= {"doc1", "doc2", "doc3"}


def test_as_document_defaults() -> None:
    doc = as_document({"text": SUDAN, "date": "2024-05-02", "title": "مظاهرات"}, 7)
    assert (doc.id, doc.date, doc.title, doc.url) == ("doc7", dt.date(2024, 5, 2), "مظاهرات", None)
    assert as_document(IRAQ, 3).id == "doc3"


def test_to_dataframe_has_flat_columns(extractor: Extractor) -> None:
    pandas = pytest.importorskip("pandas")
    events = list(hadath.extract_many([{"id": "sdn", "text": SUDAN, "date": "2024-05-02"}, IRAQ, MALI],
                                      extractor=extractor, progress=False))
    frame = hadath.to_dataframe(events)
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(events) >= 3
    for column in ("doc_id", "event_type", "mode", "date", "actor_country", "actor_sector", "actor_name",
                   "recipient_country", "location_country", "evidence_text", "goldstein"):
        assert column in frame.columns
    assert list(frame["doc_id"]) == [e.doc_id for e in events]
    assert set(frame["doc_id"]) == {"sdn", "doc2", "doc3"}
    firsts = frame.drop_duplicates("doc_id").set_index("doc_id")
    assert firsts.loc["sdn", "event_type"] == "PROTEST"
    assert firsts.loc["sdn", "actor_country"] == "SDN"
    assert firsts.loc["doc2", "actor_country"] == "IRQ"
    assert firsts.loc["doc3", "actor_country"] == "MLI"
    assert firsts.loc["sdn", "evidence_text"] == SUDAN


def test_to_dataframe_of_no_events_is_empty() -> None:
    pytest.importorskip("pandas")
    assert hadath.to_dataframe([]).empty


def test_progress_bar_only_when_asked(extractor: Extractor, capsys: pytest.CaptureFixture[str]) -> None:
    docs = [SUDAN, IRAQ, MALI]
    quiet = list(extractor.extract_many(docs, progress=False))
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""

    default = list(extractor.extract_many(docs))  # default: only when stderr is a terminal (not here)
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""

    loud = list(hadath.extract_many(docs, extractor=extractor, progress=True))
    captured = capsys.readouterr()
    assert captured.out == ""
    bar = captured.err.replace(" ", "")
    assert "doc/s" in bar and ("3/3" in bar or "3doc" in bar)  # tqdm's count with the "doc" unit
    assert [e.to_dict() for e in loud] == [e.to_dict() for e in quiet] == [e.to_dict() for e in default]


def test_loaded_extractor_is_reused_across_calls(extractor: Extractor) -> None:
    resources = extractor.resources
    first = [e.to_dict() for e in extractor.extract(PROTEST_TEXT, date="2024-05-02", doc_id="a")]
    second = [e.to_dict() for e in extractor.extract(PROTEST_TEXT, date="2024-05-02", doc_id="a")]
    assert first == second  # no state carried from one call to the next
    other = extractor.extract(MALI, date="2024-05-04", doc_id="b")
    assert [e.event_type for e in other] == ["ASSAULT"]
    assert extractor.resources is resources
    again = [e.to_dict() for e in extractor.extract(PROTEST_TEXT, date="2024-05-02", doc_id="a")]
    assert again == first


def test_document_keeps_metadata_and_text(extractor: Extractor) -> None:
    doc = extractor.document(PROTEST_TEXT, date="2024-05-02", doc_id="p", url="https://example.org/p",
                             title="احتجاجات")
    assert doc.text == PROTEST_TEXT  # annotations never edit the text
    assert (doc.id, doc.url, doc.title, doc.date) == ("p", "https://example.org/p", "احتجاجات",
                                                      dt.date(2024, 5, 2))
    assert len(doc.sentences) == 3
    assert doc.events and all(e.doc_id == "p" for e in doc.events)


def test_extractor_with_settings(extractor: Extractor) -> None:
    """Settings are passed in at load time: the furniture filter can be switched off."""
    text = (FIXTURES / "boilerplate.txt").read_text(encoding="utf-8")
    filtered = extractor.document(text, date="2024-05-02")
    assert {reason for _, reason in filtered.dropped} >= {"link", "cookie"}
    assert len(filtered.sentences) == 2
    assert not any("الكوكيز" in ev.text or "اقرأ" in ev.text for e in filtered.events for ev in e.evidence)

    raw = Extractor.load(hadath.Settings(boilerplate=False)).document(text, date="2024-05-02")
    assert raw.dropped == []
    assert len(raw.sentences) == 4
    assert "PROTEST" in {e.event_type for e in raw.events}
