"""Inputs to clean FORMAT §1 records: the article lines only, with date, outlet and duplicates."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from hadath.doc import Document
from hadath.ingest.boilerplate import BoilerplateFilter
from hadath.ingest.dedup import Deduplicator
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import ReadOptions, read_inputs


def body_text(doc: Document) -> str:
    """The kept lines of a filtered document, one per line."""
    return "\n".join(span.text(doc) for span in doc.body)


def clean_documents(inputs: Sequence[str], options: ReadOptions, filter: BoilerplateFilter,
                    dedup: Deduplicator | None = None) -> Iterator[dict[str, Any] | Rejection]:
    """Read, filter and de-duplicate; yield one record per document (or a Rejection).

    Duplicates are yielded too, with ``duplicate_of`` naming the first copy; a document whose id
    was already used is rejected.
    """
    seen: set[str] = set()
    for item in read_inputs(inputs, options):
        if isinstance(item, Rejection):
            yield item
        elif item.id in seen:
            where = str(item.metadata.get("input", item.id))
            yield Rejection(where, None, f"document id {item.id!r} repeats an earlier document's id")
        else:
            seen.add(item.id)
            yield clean_record(filter(item), dedup)


def clean_record(doc: Document, dedup: Deduplicator | None = None) -> dict[str, Any]:
    """The FORMAT §1 record of a filtered document."""
    text = body_text(doc)
    duplicate_of = None
    if dedup is not None:
        duplicate_of = dedup.add(doc.id, text).of
    return {
        "id": doc.id,
        "text": text,
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.metadata.get("date_source"),
        "date_confidence": doc.metadata.get("date_confidence", 0.0),
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "language": doc.language,
        "duplicate_of": duplicate_of,
    }
