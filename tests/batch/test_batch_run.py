"""Batch runs on a local cluster of threads: same events as `hadath extract`, rejections, resuming."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from distributed import Client

from hadath.api import Extractor
from hadath.batch import BatchConfig, BatchError, chunked, estimate_items, read_dataset, run_batch
from hadath.batch.tables import event_row
from hadath.doc import Document
from hadath.ingest.readers import ReadOptions, read_inputs


def config(inputs: Path, out: Path, **kwargs: object) -> BatchConfig:
    return BatchConfig(inputs=(str(inputs),), out=out, chunk_size=4, workers=2, processes=False, **kwargs)


def extract_rows(extractor: Extractor, inputs: Path) -> list[dict[str, object]]:
    """What `hadath extract` codes, as batch event rows, in input order."""
    rows: list[dict[str, object]] = []
    for item in extractor.code_inputs([str(inputs)], ReadOptions(), progress=False):
        if isinstance(item, Document):
            rows += [event_row(event) for event in item.events]
    return rows


def test_batch_events_equal_extract(mixed_corpus: Path, tmp_path: Path, extractor: Extractor, client: Client) -> None:
    summary = run_batch(client=client, config=config(mixed_corpus, tmp_path / "out"))
    events = read_dataset(tmp_path / "out", "events").to_pylist()
    assert events and events == extract_rows(extractor, mixed_corpus)
    assert json.loads(events[0]["evidence"])[0]["text"] in events[0]["evidence_text"]
    assert summary.events == len(events) and summary.documents == 13 and summary.chunks_new == 4
    assert set(summary.knowledge_loads.values()) == {1}  # loaded once per worker, not per chunk


def test_rejections_are_recorded_not_fatal(mixed_corpus: Path, tmp_path: Path, client: Client) -> None:
    run_batch(client=client, config=config(mixed_corpus, tmp_path / "out"))
    rejections = read_dataset(tmp_path / "out", "rejections").to_pylist()
    kinds = {(r["kind"], r["line"], r["doc_id"]) for r in rejections}
    assert ("input", 13, None) in kinds and ("input", 14, None) in kinds
    assert ("skipped", None, "english") in kinds
    documents = read_dataset(tmp_path / "out", "documents").to_pylist()
    assert [d["doc_id"] for d in documents] == [f"d{n:04d}" for n in range(12)] + ["english"]


def test_a_failing_document_is_a_rejection(mixed_corpus: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, client: Client) -> None:
    original = Extractor.run

    def flaky(self: Extractor, doc: Document) -> Document:
        if doc.id == "d0005":
            raise ValueError("a bug met on this document")
        return original(self, doc)

    monkeypatch.setattr(Extractor, "run", flaky)
    summary = run_batch(client=client, config=config(mixed_corpus, tmp_path / "out"))
    failed = [r for r in read_dataset(tmp_path / "out", "rejections").to_pylist() if r["kind"] == "failed"]
    reason = "coding failed: ValueError: a bug met on this document"
    assert [(r["doc_id"], r["reason"]) for r in failed] == [("d0005", reason)]
    assert not summary.failed_chunks and summary.chunks_new == 4


def test_rerun_skips_finished_chunks_and_redoes_the_rest(mixed_corpus: Path, tmp_path: Path, client: Client) -> None:
    out = tmp_path / "out"
    run_batch(client=client, config=config(mixed_corpus, out))
    whole = {name: read_dataset(out, name).to_pylist() for name in ("events", "documents", "rejections")}
    (out / "_done" / "000001.json").unlink()  # as if killed after writing chunk 1, before recording it
    (out / "events" / "part-000002.parquet").unlink()  # and before writing all of chunk 2
    (out / "_done" / "000002.json").unlink()
    summary = run_batch(client=client, config=config(mixed_corpus, out))
    assert (summary.chunks_new, summary.chunks_skipped) == (2, 2)
    assert {name: read_dataset(out, name).to_pylist() for name in whole} == whole


def test_other_arguments_are_refused(mixed_corpus: Path, tmp_path: Path, client: Client) -> None:
    run_batch(client=client, config=config(mixed_corpus, tmp_path / "out"))
    with pytest.raises(BatchError, match="other arguments"):
        run_batch(BatchConfig(inputs=(str(mixed_corpus),), out=tmp_path / "out", chunk_size=5), client=client)


def test_duplicates_are_marked_in_input_order(tmp_path: Path, client: Client) -> None:
    text = "استقبل الرئيس المصري في القاهرة اليوم وزير الخارجية الفرنسي وبحث معه العلاقات الثنائية."
    rows = [{"id": "first", "text": text}, {"id": "again", "text": text + " "}, {"id": "first", "text": text}]
    path = tmp_path / "dups.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    summary = run_batch(client=client, config=config(path, tmp_path / "out"))
    documents = read_dataset(tmp_path / "out", "documents").to_pylist()
    assert [(d["duplicate_of"], d["duplicate_kind"]) for d in documents] == [(None, None), ("first", "exact"),
                                                                            ("first", "exact")]
    assert summary.duplicates == 2


def test_store_is_loaded_with_db(mixed_corpus: Path, tmp_path: Path, client: Client) -> None:
    from hadath.store import Store

    db = tmp_path / "events.sqlite"
    summary = run_batch(client=client, config=config(mixed_corpus, tmp_path / "out", db=str(db)))
    with Store.open(str(db)) as store:
        counts = store.counts()
    assert counts["documents"] == 13 and counts["events"] >= 1 and summary.events >= counts["events"]


def test_chunks_and_estimate(mixed_corpus: Path) -> None:
    items = list(read_inputs([str(mixed_corpus)], ReadOptions()))
    chunks = list(chunked(items, 4))
    assert [c.id for c in chunks] == ["000000", "000001", "000002", "000003"]
    assert [len(c.items) for c in chunks] == [4, 4, 4, 3]
    assert chunks[3].first.startswith(f"{mixed_corpus}:13: malformed JSON")
    assert chunks[3].last == f"{mixed_corpus}:15#english"
    assert estimate_items([str(mixed_corpus)]) == 15


def test_a_failed_chunk_is_reported_and_retried_by_a_rerun(mixed_corpus: Path, tmp_path: Path, client: Client,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from hadath.batch import worker

    original = worker.write_part

    def full_disk(out: Path, dataset: str, chunk: str, rows: object) -> Path:
        if chunk == "000001":
            raise OSError("disk full")
        return original(out, dataset, chunk, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(worker, "write_part", full_disk)
    summary = run_batch(client=client, config=config(mixed_corpus, tmp_path / "out"))
    assert summary.failed_chunks == [("000001", "OSError: disk full")] and summary.chunks_new == 3
    monkeypatch.undo()
    summary = run_batch(client=client, config=config(mixed_corpus, tmp_path / "out"))
    assert (summary.chunks_new, summary.chunks_skipped, summary.failed_chunks) == (1, 3, [])
