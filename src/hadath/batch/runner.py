"""The driver of a batch run: read and chunk the inputs, send chunks to Dask workers, record them.

The driver reads the inputs (cheap next to coding), marks near-duplicates with one
:class:`~hadath.ingest.dedup.Deduplicator` over the whole stream (so duplicates across chunks and
inputs are found, deterministically, in input order, also on a rerun) and keeps at most two chunks
per worker thread in flight, so its memory stays bounded whatever the size of the inputs.
Workers code the chunks and write the Parquet parts themselves (``out`` must be storage that
every worker sees); the driver records each finished chunk in the manifest.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed

from hadath.batch.chunks import Chunk, chunked, mark_duplicates
from hadath.batch.manifest import BatchError, ChunkRecord, Manifest
from hadath.batch.tables import remove_temporaries
from hadath.batch.worker import ChunkResult, ExtractorPlugin, code_chunk, has_plugin, peak_mb
from hadath.doc import Document
from hadath.ingest.dedup import Deduplicator
from hadath.ingest.readers import ReadOptions, read_inputs
from hadath.pipeline import Settings

Progress = Callable[[int, bool], None]  # (items, already finished before this run)


@dataclass(frozen=True, slots=True)
class BatchConfig:
    """Everything a batch run needs. ``scheduler`` is the address of an existing Dask scheduler;
    without it a local cluster of ``workers`` processes (one thread each) is started."""

    inputs: tuple[str, ...]
    out: Path
    options: ReadOptions = field(default_factory=ReadOptions)
    settings: Settings = field(default_factory=Settings)
    chunk_size: int = 500
    workers: int = 2
    scheduler: str | None = None
    memory_limit: str = "2GiB"  # per local worker; the nanny restarts a worker that goes beyond it
    processes: bool = True  # False: local workers are threads of this process (for tests)
    dedup: bool = True
    db: str | None = None  # also add the coded documents to this store (hadath.store URL or path)

    def arguments(self) -> dict[str, Any]:
        """What decides the output, recorded in the manifest (not the cluster: resume on any)."""
        options = {f.name: getattr(self.options, f.name) for f in fields(self.options) if f.name != "stdin"}
        return {"inputs": [str(Path(i).resolve()) if i != "-" else i for i in self.inputs],
                "options": options, "knowledge": [str(p) for p in self.settings.knowledge_dirs],
                "boilerplate": self.settings.boilerplate, "chunk_size": self.chunk_size, "dedup": self.dedup}


@dataclass(slots=True)
class BatchSummary:
    """Totals over the whole output (earlier runs included) and what this run did."""

    items: int = 0
    documents: int = 0
    events: int = 0
    rejections: int = 0
    duplicates: int = 0
    chunks_new: int = 0
    chunks_skipped: int = 0
    documents_new: int = 0
    failed_chunks: list[tuple[str, str]] = field(default_factory=list)
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    knowledge_loads: dict[str, int] = field(default_factory=dict)
    driver_peak_mb: float = 0.0
    seconds: float = 0.0

    def add(self, record: ChunkRecord, new: bool) -> None:
        self.items += record.items
        self.documents += record.documents
        self.events += record.events
        self.rejections += record.rejections
        if new:
            self.chunks_new += 1
            self.documents_new += record.documents
        else:
            self.chunks_skipped += 1

    def note_worker(self, result: ChunkResult) -> None:
        self.worker_peak_mb[result.worker] = max(result.peak_mb, self.worker_peak_mb.get(result.worker, 0.0))
        self.knowledge_loads[result.worker] = result.loads

    @property
    def docs_per_second(self) -> float:
        return self.documents_new / self.seconds if self.seconds else 0.0

    def report(self) -> str:
        """A few lines for people: totals, speed, memory and failures."""
        peak = max(self.worker_peak_mb.values(), default=0.0)
        lines = [f"documents {self.documents}, events {self.events}, rejections {self.rejections}, "
                 f"duplicates {self.duplicates}",
                 f"chunks: {self.chunks_new} coded now, {self.chunks_skipped} already done; "
                 f"{self.documents_new} documents in {self.seconds:.1f} s ({self.docs_per_second:.1f} docs/s)",
                 f"peak memory: {peak:.0f} MB per worker at most ({len(self.worker_peak_mb)} worker processes), "
                 f"driver {self.driver_peak_mb:.0f} MB"]
        lines += [f"chunk {chunk} failed (run again to retry it): {why}" for chunk, why in self.failed_chunks]
        return "\n".join(lines)


@contextmanager
def connect(config: BatchConfig) -> Iterator[Client]:
    """A client of the given scheduler, or of a local cluster started (and stopped) here."""
    if config.scheduler:
        with Client(config.scheduler) as client:
            client.wait_for_workers(1)
            yield client
        return
    if config.workers < 1:
        raise BatchError(f"--workers must be at least 1, got {config.workers}")
    with LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=config.processes,
                      memory_limit=config.memory_limit, dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": ":0"},  # no fixed port to collide on
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run_batch(config: BatchConfig, progress: Progress | None = None, client: Client | None = None) -> BatchSummary:
    """Code the inputs into ``config.out``; resume a run with the same arguments where it stopped.

    Raise :class:`BatchError` when ``out`` holds a run with other arguments or its inputs changed.
    """
    began = time.perf_counter()
    manifest = Manifest.open(config.out, config.arguments())
    remove_temporaries(config.out)
    summary = BatchSummary()
    if client is None:
        with connect(config) as own:
            _drive(own, config, manifest, summary, progress or _quiet)
    else:
        _drive(client, config, manifest, summary, progress or _quiet)
    summary.seconds = time.perf_counter() - began
    summary.driver_peak_mb = peak_mb()
    return summary


def _quiet(items: int, skipped: bool) -> None:
    """No progress report."""


def chunks_of(config: BatchConfig, summary: BatchSummary) -> Iterator[Chunk]:
    """The chunks of the inputs, duplicates marked (and counted in ``summary``)."""
    items = read_inputs(list(config.inputs), config.options)
    if config.dedup:
        items = mark_duplicates(items, Deduplicator())
    for chunk in chunked(items, config.chunk_size):
        summary.duplicates += sum(isinstance(i, Document) and "duplicate_of" in i.metadata for i in chunk.items)
        yield chunk


def _drive(client: Client, config: BatchConfig, manifest: Manifest, summary: BatchSummary,
           progress: Progress) -> None:
    plugin = _install_plugin(client, config)
    threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    limit = max(2, 2 * threads)
    running = as_completed()
    spans: dict[str, tuple[str, str, str]] = {}  # task key -> chunk id, first and last item
    for chunk in chunks_of(config, summary):
        if manifest.finished(chunk.id, chunk.first, chunk.last):
            summary.add(manifest.chunks[chunk.id], new=False)
            progress(len(chunk.items), True)
            continue
        while running.count() >= limit:
            _collect(next(running), manifest, summary, spans, progress)
        future = client.submit(code_chunk, chunk, str(config.out.resolve()), plugin, pure=False)
        spans[future.key] = (chunk.id, chunk.first, chunk.last)
        running.add(future)
    for future in running:
        _collect(future, manifest, summary, spans, progress)


def _install_plugin(client: Client, config: BatchConfig) -> str:
    """Have every worker (present and future) load the knowledge once; return the plugin's name."""
    plugin = ExtractorPlugin(config.settings, config.db)
    present = client.run(has_plugin, plugin.name)
    if present and all(present.values()):
        return plugin.name
    if config.db:
        _prepare_store(config.db)
    client.register_plugin(plugin)
    return plugin.name


def _prepare_store(db: str) -> None:
    """Open the store once here: a bad URL fails early, and the schema is migrated before the
    workers open it (concurrent first migrations would race)."""
    from hadath.store import Store, StoreError

    try:
        Store.open(db).close()
    except StoreError as exc:
        raise BatchError(str(exc)) from exc


def _collect(future: Future, manifest: Manifest, summary: BatchSummary, spans: dict[str, tuple[str, str, str]],
             progress: Progress) -> None:
    """Record a finished chunk, or note why it failed (a rerun retries it)."""
    chunk, first, last = spans.pop(future.key)
    if future.status != "finished":
        error = future.exception() if future.status == "error" else None
        summary.failed_chunks.append((chunk, f"{type(error).__name__}: {error}" if error else future.status))
        future.release()
        return
    result: ChunkResult = future.result()
    future.release()
    record = ChunkRecord(first, last, result.items, result.documents, result.events, result.rejections)
    manifest.add(result.chunk, record)
    summary.add(record, new=True)
    summary.note_worker(result)
    progress(result.items, False)
