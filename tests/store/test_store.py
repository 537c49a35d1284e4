"""The store on SQLite and PostgreSQL: idempotent ingestion, cross-outlet merging, queries, migrations."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from hadath.api import Extractor
from hadath.doc import Document
from hadath.store import EventFilter, Store
from hadath.store.ingest import ingest_document
from hadath.store.models import Base

MEETING_A = "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأردني أيمن الصفدي."
MEETING_B = "بحث وزير الخارجية الأردني أيمن الصفدي مع الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم تطورات الأوضاع."
PROTEST = "تظاهر آلاف الطلاب اليوم في الخرطوم ضد الحكومة السودانية."


def doc(doc_id: str, text: str, date: str, outlet: str | None = None, url: str | None = None) -> Document:
    return Document(doc_id, text, date=dt.date.fromisoformat(date), outlet=outlet, url=url)


def test_same_document_twice_changes_nothing(store: Store, extractor: Extractor) -> None:
    first = ingest_document(store, extractor, doc("a", MEETING_A, "2024-05-02", "outlet-a"))
    before = store.counts()
    again = ingest_document(store, extractor, doc("a", MEETING_A, "2024-05-02", "outlet-a"))
    assert first.status == "new" and first.event_ids
    assert again.status == "unchanged" and again.event_ids == first.event_ids
    assert store.counts() == before


def test_changed_document_replaces_its_events(store: Store, extractor: Extractor) -> None:
    ingest_document(store, extractor, doc("a", MEETING_A, "2024-05-02"))
    result = ingest_document(store, extractor, doc("a", PROTEST, "2024-05-02"))
    assert result.status == "updated"
    items, total = store.events()
    assert total == 1 and items[0]["event_type"] == "PROTEST"
    assert store.counts()["documents"] == 1


def test_one_event_across_outlets(store: Store, extractor: Extractor) -> None:
    ingest_document(store, extractor, doc("a", MEETING_A, "2024-05-02", "outlet-a", "https://a.example/1"))
    second = ingest_document(store, extractor, doc("b", MEETING_B, "2024-05-02", "outlet-b"))
    third = ingest_document(store, extractor, doc("c", MEETING_B, "2024-05-02", "outlet-b"))
    assert second.merged >= 1 and third.merged >= 1
    items, _ = store.events(EventFilter(event_type="CONSULT", actor_country="EGY"))
    assert len(items) == 1
    event = items[0]
    assert (event["num_articles"], event["num_sources"]) == (3, 2)
    assert event["num_mentions"] >= 3
    detail = store.event(event["id"])
    assert detail is not None
    assert [s["document_id"] for s in detail["sources"]] == ["a", "b", "c"]
    assert all(s["evidence"] for s in detail["sources"])
    assert detail["sources"][0]["url"] == "https://a.example/1"


def test_same_actors_other_day_is_another_event(store: Store, extractor: Extractor) -> None:
    ingest_document(store, extractor, doc("a", MEETING_A, "2024-05-02", "outlet-a"))
    ingest_document(store, extractor, doc("b", MEETING_A, "2024-05-20", "outlet-b"))
    _, total = store.events(EventFilter(event_type="CONSULT", actor_country="EGY"))
    assert total == 2


def test_filters_stats_and_actors(store: Store, extractor: Extractor) -> None:
    ingest_document(store, extractor, doc("a", MEETING_A, "2024-05-02", "outlet-a"))
    ingest_document(store, extractor, doc("p", PROTEST, "2024-05-03", "outlet-p"))
    assert store.events(EventFilter(event_type="PROTEST"))[1] == 1
    assert store.events(EventFilter(country="SDN"))[1] == 1
    assert store.events(EventFilter(since=dt.date(2024, 5, 3)))[1] == 1
    assert store.events(EventFilter(until=dt.date(2024, 5, 2)))[1] >= 1
    assert store.events(EventFilter(text="الخرطوم"))[1] == 1
    assert store.events(EventFilter(place="SDN"))[1] == 1
    assert store.events(EventFilter(place="sudan"))[1] == 1
    assert store.events(EventFilter(actor="sisi"))[1] + store.events(EventFilter(actor="Sisi"))[1] >= 1
    page, total = store.events(limit=1, offset=1)
    assert len(page) == 1 and total >= 2
    stats = store.stats()
    assert {d["date"] for d in stats["by_day"]} >= {"2024-05-02", "2024-05-03"}
    assert any(t["event_type"] == "PROTEST" for t in stats["by_type"])
    assert any(d["actor"] == "EGY" for d in stats["by_dyad"])
    actors, count = store.actors(country="EGY")
    assert count >= 1 and actors[0]["events"] >= 1


def test_migrations_match_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if d[0] not in ("add_index", "remove_index")] == []


def test_reopening_keeps_the_data(store_url: str, extractor: Extractor) -> None:
    with Store.open(store_url) as first:
        ingest_document(first, extractor, doc("p", PROTEST, "2024-05-03"))
    with Store.open(store_url) as second:
        assert second.counts()["documents"] == 1
