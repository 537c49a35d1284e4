"""The manifest of a batch run: its arguments and the chunks already written.

``DIR/_manifest.json`` holds the arguments of the run (written once); ``DIR/_done/<chunk>.json``
records one finished chunk and is written atomically (temporary file, fsync, rename) only after the
chunk's three Parquet parts are in place. Together they list exactly the finished chunks. A chunk
without its record is coded again on the next run and its parts overwritten: nothing is lost,
nothing doubled. One small file per chunk keeps the cost of a record constant on long runs.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST = "_manifest.json"
DONE = "_done"
VERSION = 1


class BatchError(Exception):
    """A batch run cannot start or go on (e.g. DIR holds a run with other arguments)."""


def fingerprint(arguments: dict[str, Any]) -> str:
    """A stable digest of what decides the output: inputs, reading options, settings, chunk size."""
    text = json.dumps(arguments, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class ChunkRecord:
    """A finished chunk: where it starts and ends in the input stream, and its counts."""

    first: str
    last: str
    items: int
    documents: int
    events: int
    rejections: int

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.first, "last": self.last, "items": self.items, "documents": self.documents,
                "events": self.events, "rejections": self.rejections}


@dataclass(slots=True)
class Manifest:
    path: Path
    fingerprint: str
    arguments: dict[str, Any]
    chunks: dict[str, ChunkRecord] = field(default_factory=dict)

    @classmethod
    def open(cls, out: Path, arguments: dict[str, Any]) -> Manifest:
        """The manifest of ``out``, new or resumed; raise :class:`BatchError` if arguments differ."""
        path = out / MANIFEST
        digest = fingerprint(arguments)
        if not path.exists():
            manifest = cls(path, digest, arguments)
            _write_json(path, {"version": VERSION, "fingerprint": digest, "arguments": arguments})
            return manifest
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("fingerprint") != digest:
            raise BatchError(f"{out} holds a batch run with other arguments ({data.get('arguments')}); "
                             "rerun with the same arguments to resume, or choose another --out")
        chunks = {p.stem: ChunkRecord(**json.loads(p.read_text(encoding="utf-8")))
                  for p in sorted((out / DONE).glob("*.json"))}
        return cls(path, digest, arguments, chunks)

    def finished(self, chunk: str, first: str, last: str) -> bool:
        """Whether a chunk is done; raise :class:`BatchError` if the inputs changed under it."""
        record = self.chunks.get(chunk)
        if record is None:
            return False
        if (record.first, record.last) != (first, last):
            raise BatchError(f"chunk {chunk} now runs from {first} to {last}, but the finished run had "
                             f"{record.first} to {record.last}: the inputs changed; use another --out")
        return True

    def add(self, chunk: str, record: ChunkRecord) -> None:
        """Record a finished chunk (call only once its parts are written)."""
        _write_json(self.path.parent / DONE / f"{chunk}.json", record.to_dict())
        self.chunks[chunk] = record


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
