"""Code inputs with an :class:`~hadath.api.Extractor` and store them, skipping documents stored already."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from hadath.api import Extractor, with_progress
from hadath.doc import Document
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import ReadOptions, read_inputs
from hadath.store.store import IngestResult, Store


def ingest_document(store: Store, extractor: Extractor, doc: Document) -> IngestResult:
    """Code and store one document; one stored already (same id and content) is not coded again."""
    if store.is_stored(doc):
        return store.add(doc)  # answers "unchanged" with its event ids, without coding
    return store.add(doc if doc.skipped else extractor.run(doc))


def ingest_inputs(store: Store, extractor: Extractor, inputs: Iterable[str], options: ReadOptions,
                  progress: bool | None = None) -> Iterator[IngestResult | Rejection]:
    """Read, code and store every document of ``inputs``; bad inputs come out as :class:`Rejection`."""
    for item in with_progress(read_inputs(list(inputs), options), progress):
        yield item if isinstance(item, Rejection) else ingest_document(store, extractor, item)


@dataclass(slots=True)
class IngestSummary:
    """Counts over an ingestion run, for reports."""

    statuses: dict[str, int] = field(default_factory=dict)
    events: int = 0
    merged: int = 0
    rejected: int = 0

    def add(self, item: IngestResult | Rejection) -> None:
        if isinstance(item, Rejection):
            self.rejected += 1
            return
        self.statuses[item.status] = self.statuses.get(item.status, 0) + 1
        if item.status != "unchanged":
            self.events += len(item.event_ids)
            self.merged += item.merged

    def report(self) -> str:
        docs = sum(self.statuses.values())
        parts = ", ".join(f"{n} {status}" for status, n in sorted(self.statuses.items()))
        return (f"{docs} documents ({parts or 'none'}); {self.events} events coded, {self.merged} merged "
                f"into events already stored; {self.rejected} inputs rejected")
