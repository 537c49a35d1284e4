"""The three Parquet datasets of a batch run (events, documents, rejections) and atomic writes.

Every chunk becomes one file per dataset, ``DIR/<dataset>/part-<chunk>.parquet``, written to a
hidden temporary file first and then renamed, so a reader or a rerun never sees half a file.
Hidden files (leading ``.``) are ignored by ``pyarrow.dataset`` and pandas.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from hadath.doc import Document, Event
from hadath.ingest.errors import Rejection
from hadath.output.formats import CSV_COLUMNS, flatten

DATASETS = ("events", "documents", "rejections")
_FLOATS = frozenset({"goldstein", "confidence", "location_lat", "location_lon"})

EVENTS_SCHEMA = pa.schema([pa.field(name, pa.float64() if name in _FLOATS else pa.string())
                           for name in (*CSV_COLUMNS, "evidence")])
DOCUMENTS_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("input", pa.string()), ("chunk", pa.string()), ("date", pa.string()),
    ("url", pa.string()), ("outlet", pa.string()), ("title", pa.string()), ("language", pa.string()),
    ("date_source", pa.string()), ("status", pa.string()), ("reason", pa.string()), ("events", pa.int32()),
    ("duplicate_of", pa.string()), ("duplicate_kind", pa.string()),
])
REJECTIONS_SCHEMA = pa.schema([
    ("chunk", pa.string()), ("kind", pa.string()), ("source", pa.string()), ("line", pa.int64()),
    ("doc_id", pa.string()), ("reason", pa.string()),
])
SCHEMAS: Mapping[str, pa.Schema] = {"events": EVENTS_SCHEMA, "documents": DOCUMENTS_SCHEMA,
                                    "rejections": REJECTIONS_SCHEMA}


def event_row(event: Event) -> dict[str, Any]:
    """An event as one flat row: the FORMAT.md §2 fields flattened, plus ``evidence`` as JSON text."""
    data = event.to_dict()
    row = flatten(data)
    row["evidence"] = json.dumps(data["evidence"], ensure_ascii=False)
    return row


def document_row(doc: Document, chunk: str, status: str, reason: str | None) -> dict[str, Any]:
    """What the documents dataset keeps of a document (no text: the inputs keep it)."""
    return {
        "doc_id": doc.id, "input": doc.metadata.get("input"), "chunk": chunk,
        "date": doc.date.isoformat() if doc.date else None, "url": doc.url, "outlet": doc.outlet,
        "title": doc.title, "language": doc.language, "date_source": doc.metadata.get("date_source"),
        "status": status, "reason": reason, "events": len(doc.events),
        "duplicate_of": doc.metadata.get("duplicate_of"), "duplicate_kind": doc.metadata.get("duplicate_kind"),
    }


def rejection_row(chunk: str, kind: str, rejection: Rejection, doc_id: str | None = None) -> dict[str, Any]:
    return {"chunk": chunk, "kind": kind, "source": rejection.source, "line": rejection.line,
            "doc_id": doc_id, "reason": rejection.reason}


def part_path(out: Path, dataset: str, chunk: str) -> Path:
    return out / dataset / f"part-{chunk}.parquet"


def write_part(out: Path, dataset: str, chunk: str, rows: Iterable[dict[str, Any]]) -> Path:
    """Write one chunk's rows of a dataset atomically (temporary file, fsync, rename)."""
    target = part_path(out, dataset, chunk)
    target.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(list(rows), schema=SCHEMAS[dataset])
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temporary.open("wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def remove_temporaries(out: Path) -> int:
    """Delete temporary files left by a killed run; return how many."""
    removed = 0
    for dataset in DATASETS:
        for path in (out / dataset).glob(".part-*.tmp"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def read_dataset(out: Path, dataset: str) -> pa.Table:
    """All the parts of a dataset in chunk order (an empty table with the schema if there are none)."""
    parts = sorted((out / dataset).glob("part-*.parquet"))
    if not parts:
        return SCHEMAS[dataset].empty_table()
    return pa.concat_tables(pq.read_table(p, schema=SCHEMAS[dataset]) for p in parts)
