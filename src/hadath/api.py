"""The Python API: code Arabic text into events from a notebook or a script.

>>> import hadath
>>> events = hadath.extract("تظاهر آلاف السودانيين أمس في الخرطوم ضد الحكومة", date="2024-05-02")
>>> events[0].to_dict()["event_type"]
'PROTEST'
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hadath.doc import Document, Event
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import ReadOptions, read_inputs
from hadath.pipeline import Pipeline, Resources, Settings, build_pipeline

if TYPE_CHECKING:
    import pandas


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from an ISO string (only its first 10 characters count) or a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(slots=True)
class Extractor:
    """Knowledge and pipeline loaded once; code any number of documents with it."""

    resources: Resources
    pipeline: Pipeline

    @classmethod
    def load(cls, settings: Settings | None = None) -> Extractor:
        resources = Resources.load(settings)
        return cls(resources, build_pipeline(resources, settings))

    def run(self, doc: Document) -> Document:
        """Run the pipeline on a document and return it with its annotations."""
        return self.pipeline(doc)

    def document(self, text: str, date: str | dt.date | None = None, doc_id: str = "doc",
                 **metadata: Any) -> Document:
        """Code one text and return the annotated :class:`Document`."""
        return self.run(Document(id=doc_id, text=text, date=parse_date(date),
                                 url=metadata.get("url"), outlet=metadata.get("outlet"),
                                 title=metadata.get("title")))

    def extract(self, text: str, date: str | dt.date | None = None, doc_id: str = "doc") -> list[Event]:
        return self.document(text, date, doc_id).events

    def extract_many(self, documents: Iterable[Document | Mapping[str, Any] | str],
                     progress: bool | None = None) -> Iterator[Event]:
        """Events of many documents: Documents, dicts as in FORMAT.md §1, or plain texts.

        ``progress``: show a progress bar on stderr (default: when stderr is a terminal).
        """
        for number, item in enumerate(with_progress(documents, progress), start=1):
            yield from self.run(as_document(item, number)).events

    def code_inputs(self, inputs: Iterable[str], options: ReadOptions,
                    progress: bool | None = None) -> Iterator[Document | Rejection]:
        """Read files (text, HTML, JSONL, CSV, WARC, folders, ``-``) and code each document.

        Bad inputs and records come out as :class:`Rejection` and the rest go on.
        """
        for item in with_progress(read_inputs(list(inputs), options), progress):
            yield item if isinstance(item, Rejection) else self.run(item)


def with_progress(items: Iterable[Any], progress: bool | None) -> Iterable[Any]:
    """``items`` with a tqdm progress bar on stderr when asked, or by default on a terminal."""
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="doc", file=sys.stderr, dynamic_ncols=True)


def as_document(item: Document | Mapping[str, Any] | str, number: int = 1) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=f"doc{number}", text=item)
    return Document(id=str(item.get("id") or f"doc{number}"), text=str(item.get("text") or ""),
                    date=parse_date(item.get("date")), url=item.get("url"), outlet=item.get("outlet"),
                    title=item.get("title"))


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor with the packaged knowledge, built on first use and then shared."""
    return Extractor.load()


def extract(text: str, date: str | dt.date | None = None, doc_id: str = "doc",
            extractor: Extractor | None = None) -> list[Event]:
    """The events of one Arabic text; ``date`` is its publication date (anchor of «أمس», «الخميس»)."""
    return (extractor or default_extractor()).extract(text, date, doc_id)


def extract_many(documents: Iterable[Document | Mapping[str, Any] | str],
                 extractor: Extractor | None = None, progress: bool | None = None) -> Iterator[Event]:
    """Stream the events of many documents (see :meth:`Extractor.extract_many`)."""
    return (extractor or default_extractor()).extract_many(documents, progress)


def to_dataframe(events: Iterable[Event]) -> pandas.DataFrame:
    """A pandas DataFrame with one flat row per event (pandas must be installed)."""
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'hadath[pandas]'") from exc
    from hadath.output.formats import flatten

    return pandas.DataFrame([flatten(e.to_dict()) for e in events])
