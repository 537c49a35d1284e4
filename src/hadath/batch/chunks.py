"""The input stream cut into chunks with deterministic ids, and near-duplicates marked on the way.

Chunk ``N`` holds items ``N * size`` to ``(N + 1) * size - 1`` of the stream that
:func:`hadath.ingest.readers.read_inputs` gives for the inputs (files in the order given, folders
and glob matches sorted, records in file order). The same inputs therefore give the same chunks on
every run; each chunk also records the input location of its first and last item, which a rerun
checks against the manifest.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from hadath.doc import Document
from hadath.ingest.dedup import Deduplicator
from hadath.ingest.errors import Rejection
from hadath.ingest.readers import JSONL_SUFFIXES, KNOWN_SUFFIXES, TABLE_SUFFIXES, WARC_SUFFIXES

Item = Document | Rejection


@dataclass(slots=True)
class Chunk:
    """A slice of the input stream: documents (not yet coded) and input rejections, in order."""

    id: str
    items: list[Item]

    @property
    def first(self) -> str:
        return locate(self.items[0])

    @property
    def last(self) -> str:
        return locate(self.items[-1])

    @property
    def documents(self) -> int:
        return sum(isinstance(item, Document) for item in self.items)


def locate(item: Item) -> str:
    """Where an item comes from: ``source:line`` of a rejection, the input of a document and its id."""
    if isinstance(item, Rejection):
        return str(item)
    return f"{item.metadata.get('input') or ''}#{item.id}"


def chunk_id(number: int) -> str:
    return f"{number:06d}"


def chunked(items: Iterable[Item], size: int) -> Iterator[Chunk]:
    """Cut a stream of items into chunks of ``size`` items (the last may be smaller)."""
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, got {size}")
    batch: list[Item] = []
    number = 0
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield Chunk(chunk_id(number), batch)
            batch, number = [], number + 1
    if batch:
        yield Chunk(chunk_id(number), batch)


def mark_duplicates(items: Iterable[Item], dedup: Deduplicator) -> Iterator[Item]:
    """Record exact and near-duplicates in ``metadata['duplicate_of'/'duplicate_kind']``.

    Keys given to the deduplicator are ``position<TAB>id``, unique even when inputs repeat ids.
    """
    for position, item in enumerate(items):
        if isinstance(item, Document):
            found = dedup.add(f"{position}\t{item.id}", item.text)
            if found.kind != "new" and found.of is not None:
                item.metadata["duplicate_of"] = found.of.split("\t", 1)[1]
                item.metadata["duplicate_kind"] = found.kind
        yield item


def estimate_items(inputs: Sequence[str]) -> int | None:
    """About how many items the inputs hold (lines of JSONL/CSV, one per page); None when unknown.

    Only for a progress bar: stdin and WARC files make the total unknown.
    """
    total = 0
    for spec in inputs:
        if spec == "-":
            return None
        for path in _files(spec):
            count = _count_file(path)
            if count is None:
                return None
            total += count
    return total


def _files(spec: str) -> list[Path]:
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in KNOWN_SUFFIXES
                      and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if path.exists():
        return [path]
    return [Path(match) for match in sorted(glob.glob(spec, recursive=True)) if Path(match).is_file()]


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in (".warc.gz", ".arc.gz") if name.endswith(s)), path.suffix.lower())


def _count_file(path: Path) -> int | None:
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        return None
    if suffix not in JSONL_SUFFIXES + TABLE_SUFFIXES:
        return 1
    lines, last = 0, b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            lines, last = lines + block.count(b"\n"), block[-1:]
    lines += last != b"\n"  # a last line without a newline
    return max(lines - 1, 0) if suffix in TABLE_SUFFIXES else lines
