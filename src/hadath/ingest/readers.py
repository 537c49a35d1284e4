"""Input files to Documents: text, HTML, WARC, JSON Lines, CSV/TSV, directories, globs and stdin.

Batch reading (:func:`read_inputs`) never stops on a bad input: it yields a :class:`Rejection`
and goes on. Single-document use (:func:`read_one`) raises :class:`InputError` instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from hadath.doc import Document
from hadath.ingest.decode import decode_bytes
from hadath.ingest.errors import InputError, Rejection
from hadath.ingest.htmlpage import page_to_document
from hadath.ingest.language import detect_language
from hadath.ingest.pubdate import infer_date

MB = 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
TABLE_SUFFIXES = (".csv", ".tsv")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES + TABLE_SUFFIXES
_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<div|<p[\s>])",
                         re.IGNORECASE)
Item = Document | Rejection


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs. Field names apply to JSON Lines and CSV/TSV records."""

    date: dt.date | None = None  # publication date of documents that carry none in their metadata
    max_bytes: int = 10 * MB  # limit for one document (a whole file, or one record)
    id_field: str = "id"
    text_field: str = "text"
    html_field: str = "html"
    date_field: str = "date"
    url_field: str = "url"
    outlet_field: str = "outlet"
    title_field: str = "title"
    stdin: BinaryIO | None = None
    infer_dates: bool = True  # look for a dateline in the text when no date is known


def read_inputs(inputs: Sequence[str], options: ReadOptions) -> Iterator[Item]:
    """Stream the documents of ``inputs`` (files, directories, glob patterns, ``-`` for stdin)."""
    for spec in inputs:
        for source in _expand(spec):
            if isinstance(source, Rejection):
                yield source
            else:
                yield from _read_source(source, options)


def read_one(path: str, options: ReadOptions) -> Document:
    """The one document of ``path``; raise :class:`InputError` if it is missing, bad or not single."""
    items = read_inputs([path], options)
    first = next(items, None)
    if first is None:
        raise InputError(path, "no document found")
    if isinstance(first, Rejection):
        raise first.to_error()
    if next(items, None) is not None:
        raise InputError(path, "holds more than one document; read it as a batch")
    return first


# -- sources ------------------------------------------------------------------------------------
def _expand(spec: str) -> Iterator[str | Rejection]:
    if spec == "-":
        yield spec
        return
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in KNOWN_SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        yield from (str(p) for p in files)
    elif path.exists():
        yield spec
    elif _GLOB_CHARS.search(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Rejection(spec, None, "no such file (the pattern matches nothing)")
        for match in matches:
            yield from _expand(match)
    else:
        yield Rejection(spec, None, "no such file")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".warc.gz", ".arc.gz"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _read_source(source: str, options: ReadOptions) -> Iterator[Item]:
    if source == "-":
        yield from _read_stdin(options)
        return
    path = Path(source)
    suffix = _suffix(path)
    try:
        if suffix in WARC_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_warc(handle, source, path.name.split(".")[0], options)
        elif suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_jsonl(handle, source, path.stem, options)
        elif suffix in TABLE_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_table(handle, source, path.stem, options, "\t" if suffix == ".tsv" else ",")
        else:
            size = path.stat().st_size
            if size > options.max_bytes:
                yield Rejection(source, None, too_large(size, options.max_bytes))
                return
            kind = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
            yield from _single(path.read_bytes(), source, path.stem, options, kind)
    except PermissionError:
        yield Rejection(source, None, "permission denied")
    except IsADirectoryError:
        yield Rejection(source, None, "is a directory")


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    if options.stdin is None:
        yield Rejection("-", None, "no standard input given")
        return
    data = options.stdin.read()
    kind = sniff(data)
    if kind == "jsonl":
        yield from _read_jsonl(io.BytesIO(data), "-", "stdin", options)
    elif kind == "warc":
        yield from _read_warc(io.BytesIO(data), "-", "stdin", options)
    elif len(data) > options.max_bytes:
        yield Rejection("-", None, too_large(len(data), options.max_bytes))
    else:
        yield from _single(data, "-", "stdin", options, kind)


def sniff(data: bytes) -> str:
    """Guess what raw input is: ``warc``, ``jsonl``, ``html`` or ``text``."""
    head = data[:4096].lstrip()
    if head.startswith((b"WARC/", b"\x1f\x8b")):
        return "warc"
    if head.startswith(b"{"):
        first = data.lstrip().split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"


def too_large(size: int, limit: int) -> str:
    return f"too large: {size / MB:.1f} MB > {round(limit / MB, 1):g} MB limit"


# -- single documents -----------------------------------------------------------------------------
def _single(data: bytes, source: str, doc_id: str, options: ReadOptions, kind: str | None) -> Iterator[Item]:
    try:
        kind = kind or sniff(data)
        doc = page_to_document(data, source, doc_id) if kind == "html" else Document(doc_id, decode_bytes(data, source))
    except InputError as exc:
        yield Rejection(source, None, exc.reason)
        return
    doc.metadata["input"] = source
    yield finish(doc, options)


def finish(doc: Document, options: ReadOptions, given: dt.date | None = None) -> Document:
    """Set language and, when missing, the date (given by the caller, or stated in the text)."""
    doc.language, confidence = detect_language(doc.text)
    doc.metadata["language_confidence"] = confidence
    if doc.date is not None:
        doc.metadata.setdefault("date_source", "metadata")
        doc.metadata.setdefault("date_confidence", 1.0)
        return doc
    given = given or options.date
    if given is not None:
        doc.date = given
        doc.metadata.update(date_source="given", date_confidence=1.0)
        return doc
    if options.infer_dates:
        date, confidence = infer_date(doc.text)
        if date is not None:
            doc.date = date
            doc.metadata.update(date_source="text", date_confidence=confidence)
            return doc
    doc.metadata.update(date_source=None, date_confidence=0.0)
    return doc


# -- JSON Lines ---------------------------------------------------------------------------------
def _read_jsonl(handle: BinaryIO, source: str, stem: str, options: ReadOptions) -> Iterator[Item]:
    for number, raw in enumerate(handle, 1):
        if not raw.strip():
            continue
        if len(raw) > options.max_bytes:
            yield Rejection(source, number, too_large(len(raw), options.max_bytes))
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError:
            yield Rejection(source, number, "not UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Rejection(source, number, f"malformed JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Rejection(source, number, "not a JSON object")
            continue
        yield _from_record(record, source, f"{stem}:{number}", number, options)


def _read_table(handle: BinaryIO, source: str, stem: str, options: ReadOptions,
                delimiter: str) -> Iterator[Item]:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    number = 1
    try:
        for row in reader:
            number = reader.line_num
            yield _from_record(row, source, f"{stem}:{number}", number, options)
    except UnicodeDecodeError:
        yield Rejection(source, number + 1, "not UTF-8")
    except csv.Error as exc:
        kind = "TSV" if delimiter == "\t" else "CSV"
        yield Rejection(source, reader.line_num, f"malformed {kind}: {exc}")


def _from_record(record: dict[str, Any], source: str, default_id: str, number: int,
                 options: ReadOptions) -> Item:
    text, html = record.get(options.text_field), record.get(options.html_field)
    doc_id = str(record.get(options.id_field) or default_id)
    try:
        if isinstance(text, str) and text.strip():
            doc = Document(doc_id, text)
        elif isinstance(html, str) and html.strip():
            doc = page_to_document(html.encode("utf-8"), f"{source}:{number}", doc_id)
        else:
            return Rejection(source, number, f"no {options.text_field!r} or {options.html_field!r} text")
        doc.date = _parse_date(record.get(options.date_field)) or doc.date
    except InputError as exc:
        return Rejection(source, number, exc.reason)
    except ValueError as exc:
        return Rejection(source, number, f"bad date: {exc}")
    for attr, name in (("url", options.url_field), ("outlet", options.outlet_field),
                       ("title", options.title_field)):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            setattr(doc, attr, value.strip())
    doc.metadata["input"] = f"{source}:{number}"
    return finish(doc, options)


def _parse_date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {value!r}")
    return dt.date.fromisoformat(value.strip()[:10])


# -- WARC ---------------------------------------------------------------------------------------
_WARC_BROKEN = (EOFError, zlib.error, OSError, ValueError,
                AttributeError)  # warcio raises AttributeError on a record cut off in its headers
_RESYNC_CHUNK = 1 << 16


def _read_warc(handle: BinaryIO, source: str, stem: str, options: ReadOptions) -> Iterator[Item]:
    """The HTML responses of a WARC; a broken record is rejected and reading resumes at the next."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    broken = False
    position = handle.tell()
    gzipped = handle.read(2) == b"\x1f\x8b"
    handle.seek(position)
    while True:
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                number += 1
                if record.rec_type == "response" and _is_html(record):
                    yield _from_warc_record(record, source, f"{stem}:{number}", number, options)
            break
        except (ArchiveLoadFailed, *_WARC_BROKEN) as exc:
            number += 1
            broken = True
            yield Rejection(source, number, f"broken WARC record: {_warc_reason(exc)}")
            failed_at = max(iterator.offset, position)
            resume = _next_record(handle, failed_at + 1, gzipped)
            if resume is None:
                return
            handle.seek(resume)
    if gzipped and not broken and _gzip_truncated(handle):
        yield Rejection(source, number + 1, "truncated gzip: the file ends inside a record")


def _warc_reason(exc: BaseException) -> str:
    if isinstance(exc, AttributeError | EOFError):
        return "record cut off (truncated file)"
    text = "".join(ch if ch.isprintable() else " " for ch in _one_line(exc))
    return text if len(text) <= 80 else text[:80] + "…"


def _next_record(handle: BinaryIO, start: int, gzipped: bool) -> int | None:
    """Offset of the next record start (gzip member or ``WARC/`` line) at or after ``start``."""
    marker = b"\x1f\x8b\x08" if gzipped else b"\nWARC/"
    handle.seek(start)
    offset, carry = start, b""
    while chunk := handle.read(_RESYNC_CHUNK):
        data = carry + chunk
        found = data.find(marker)
        if found >= 0:
            base = offset - len(carry) + found
            return base if gzipped else base + 1
        carry = data[-(len(marker) - 1):]
        offset += len(chunk)
    return None


def _gzip_truncated(handle: BinaryIO) -> bool:
    """Whether a (multi-member) gzip stream stops before the end of its last member."""
    handle.seek(0)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        while chunk := handle.read(_RESYNC_CHUNK):
            while chunk:
                inflater.decompress(chunk)
                chunk = inflater.unused_data
                if chunk:
                    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    except zlib.error:
        return True
    return not inflater.eof


def _is_html(record: Any) -> bool:
    if record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in content_type


def _from_warc_record(record: Any, source: str, doc_id: str, number: int, options: ReadOptions) -> Item:
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return Rejection(source, number, f"too large: > {round(options.max_bytes / MB, 1):g} MB limit")
    try:
        doc = page_to_document(data, f"{source}:{number}", doc_id)
    except InputError as exc:
        return Rejection(source, number, exc.reason)
    doc.url = doc.url or record.rec_headers.get_header("WARC-Target-URI")
    crawl = record.rec_headers.get_header("WARC-Date")
    if crawl:
        doc.metadata["crawl_date"] = crawl[:10]
    doc.metadata["input"] = f"{source}:{number}"
    return finish(doc, options)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def iter_items(items: Iterable[Item]) -> tuple[list[Document], list[Rejection]]:
    """Split a stream into documents and rejections (for small inputs and tests)."""
    docs: list[Document] = []
    rejections: list[Rejection] = []
    for item in items:
        (rejections if isinstance(item, Rejection) else docs).append(item)  # type: ignore[arg-type]
    return docs, rejections
