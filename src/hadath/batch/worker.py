"""What runs on a Dask worker: the extractor, loaded once per worker, and the coding of one chunk.

:class:`ExtractorPlugin` is a ``distributed`` worker plugin: registered once by the driver, it is
set up on every worker (and on every worker that joins or is restarted later) and loads the
knowledge there, once. Tasks find it through ``get_worker().plugins``; there is no global cache.
With a database URL it also opens the store (:mod:`hadath.store`) once per worker, and each coded
document is added to it; adding is idempotent, so a chunk coded twice stores nothing twice.
"""

from __future__ import annotations

import hashlib
import os
import resource
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin, get_worker

from hadath.api import Extractor
from hadath.batch.chunks import Chunk
from hadath.batch.tables import document_row, event_row, rejection_row, write_part
from hadath.doc import Document
from hadath.ingest.errors import Rejection
from hadath.pipeline import Settings

if TYPE_CHECKING:
    from hadath.store import Store

PLUGIN = "hadath-extractor"


class ExtractorPlugin(WorkerPlugin):
    """Loads an :class:`~hadath.api.Extractor` with ``settings`` when a worker starts.

    Its ``name`` depends on the settings and the store, so that a cluster that serves several runs
    (a long-lived scheduler, or tests) loads each configuration once and keeps it.
    """

    def __init__(self, settings: Settings, db: str | None = None) -> None:
        self.settings = settings
        self.db = db
        digest = hashlib.sha256(repr((settings, db)).encode("utf-8")).hexdigest()[:12]
        self.name = f"{PLUGIN}-{digest}"
        self.extractor: Extractor | None = None
        self.store: Store | None = None
        self.loads = 0

    def setup(self, worker: Any) -> None:
        self.extractor = Extractor.load(self.settings)
        self.loads += 1
        if self.db:
            from hadath.store import Store

            self.store = Store.open(self.db)

    def teardown(self, worker: Any) -> None:
        if self.store is not None:
            self.store.close()
        self.extractor, self.store = None, None


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """Counts of a coded chunk, and where and how it ran."""

    chunk: str
    items: int
    documents: int
    events: int
    rejections: int
    worker: str  # host:pid of the worker process
    peak_mb: float  # peak resident memory of that process so far
    loads: int  # times the worker loaded the knowledge (1 unless the plugin was set up again)
    seconds: float


def has_plugin(name: str, dask_worker: Any) -> bool:
    """Whether a worker has the plugin ``name`` set up (``client.run`` passes ``dask_worker``)."""
    plugin = dask_worker.plugins.get(name)
    return isinstance(plugin, ExtractorPlugin) and plugin.extractor is not None


def worker_plugin(name: str) -> ExtractorPlugin:
    """The plugin set up on this worker, with its extractor (and store) loaded."""
    plugin = get_worker().plugins.get(name)
    if not isinstance(plugin, ExtractorPlugin) or plugin.extractor is None:
        raise RuntimeError("the hadath extractor plugin is not set up on this worker")
    return plugin


@dataclass(slots=True)
class ChunkRows:
    """The rows of a chunk for each dataset."""

    events: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[dict[str, Any]] = field(default_factory=list)


def code_chunk(chunk: Chunk, out: str, plugin_name: str) -> ChunkResult:
    """Code every document of a chunk and write its three Parquet parts under ``out``.

    A document whose coding raises is recorded as a ``failed`` rejection with the error, and the
    chunk goes on; documents the pipeline skips (not Arabic) are recorded as ``skipped``.
    """
    began = time.perf_counter()
    plugin = worker_plugin(plugin_name)
    rows = ChunkRows()
    for item in chunk.items:
        if isinstance(item, Rejection):
            rows.rejections.append(rejection_row(chunk.id, "input", item))
        else:
            code_document(plugin, item, chunk.id, rows)
    for name in ("events", "documents", "rejections"):
        write_part(Path(out), name, chunk.id, getattr(rows, name))
    return ChunkResult(chunk.id, len(chunk.items), len(rows.documents), len(rows.events), len(rows.rejections),
                       f"{socket.gethostname()}:{os.getpid()}", peak_mb(), plugin.loads, time.perf_counter() - began)


def code_document(plugin: ExtractorPlugin, doc: Document, chunk: str, rows: ChunkRows) -> None:
    """Code one document (and store it with ``--db``), adding its rows to ``rows``."""
    assert plugin.extractor is not None
    doc, error = _code(plugin.extractor, doc)
    if plugin.store is not None and error is None:
        plugin.store.add(doc)
    status, reason = ("failed", error) if error else ("skipped", doc.skipped) if doc.skipped else ("coded", None)
    rows.documents.append(document_row(doc, chunk, status, reason))
    if reason is not None:
        where = Rejection(str(doc.metadata.get("input") or doc.id), None, reason)
        rows.rejections.append(rejection_row(chunk, status, where, doc.id))
    rows.events.extend(event_row(event) for event in doc.events)


def _code(extractor: Extractor, doc: Document) -> tuple[Document, str | None]:
    """The coded document, or the document without events and the error that stopped its coding."""
    try:
        return extractor.run(doc), None
    except Exception as exc:  # one bad document must never stop a batch: it is recorded, not swallowed
        doc.events = []
        return doc, f"coding failed: {type(exc).__name__}: {exc}"


def peak_mb() -> float:
    """Peak resident memory of this process in MB (ru_maxrss is in KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
