"""One HTML page to a Document: main text by trafilatura, metadata by trafilatura and htmldate."""

from __future__ import annotations

import codecs
import datetime as dt
import re

from hadath.doc import Document
from hadath.ingest.decode import decode_bytes
from hadath.ingest.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-:.]+)""", re.IGNORECASE)
NO_TEXT = "no article text found in the HTML page"


def decode_html(data: bytes, source: str) -> str:
    """Decode a page by its declared charset when there is one, else as plain text is decoded."""
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            encoding = codecs.lookup(match.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            encoding = None
        if encoding and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    return decode_bytes(data, source)


def page_to_document(data: bytes, source: str, doc_id: str) -> Document:
    """Extract the article of an HTML page; raise :class:`InputError` when there is none."""
    import htmldate
    import trafilatura

    html = decode_html(data, source)
    body = trafilatura.extract(html, include_comments=False, favor_precision=True, with_metadata=False)
    if not body or not body.strip():
        raise InputError(source, NO_TEXT)
    meta = trafilatura.extract_metadata(html)
    title = _clean(meta.title) if meta else None
    text = body if title is None or body.lstrip().startswith(title) else f"{title}\n{body}"
    doc = Document(doc_id, text, title=title)
    if meta:
        doc.outlet = _clean(meta.sitename)
        doc.url = _clean(meta.url)
        if meta.author:
            doc.metadata["author"] = meta.author
    found = htmldate.find_date(html, original_date=True, outputformat="%Y-%m-%d")
    if found:
        doc.date = dt.date.fromisoformat(found)
        doc.metadata.update(date_source="metadata", date_confidence=0.9)
    return doc


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
