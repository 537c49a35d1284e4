"""Bytes to text: UTF-8, UTF-16 and the Arabic legacy code pages, refusing binary data."""

from __future__ import annotations

import codecs
import unicodedata

from hadath.ingest.errors import InputError

EMPTY = "empty input"
BINARY = "binary data, not text"
UNDECODABLE = "cannot decode as UTF-8, UTF-16 or Arabic cp1256/ISO-8859-6"

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_RATIO = 0.02
_MIN_ARABIC_RATIO = 0.6
_SAMPLE = 1 << 16


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` read from ``source``; raise :class:`InputError` when it is not usable text."""
    if not data.strip():
        raise InputError(source, EMPTY)
    text = _decode(data, source)
    if not text.strip():
        raise InputError(source, EMPTY)
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise InputError(source, BINARY)
    return text


def _decode(data: bytes, source: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise InputError(source, BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    arabic = _arabic_legacy(data)
    if arabic is None:
        raise InputError(source, UNDECODABLE)
    return arabic


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"{UNDECODABLE} (invalid {encoding}: {exc.reason})") from exc


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, recognised by its high bytes (NUL or 0x06 for Arabic)."""
    sample = data[: _SAMPLE - (_SAMPLE % 2)]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for highs, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(1 for b in highs if b in (0x00, 0x06)) / len(highs)
        if share >= 0.7 and (b"\x00" in highs):
            try:
                text = data[: len(data) - (len(data) % 2)].decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text
    return None


def _plausible(text: str) -> bool:
    """Mostly letters, digits, spaces and punctuation."""
    sample = text[:_SAMPLE]
    good = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or unicodedata.category(ch)[0] in "PS")
    return good >= 0.9 * len(sample)


def _arabic_legacy(data: bytes) -> str | None:
    """Decode as cp1256 or ISO-8859-6, whichever gives the larger share of Arabic letters."""
    best: tuple[float, str] | None = None
    for encoding in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        ratio = _arabic_share(text)
        if ratio >= _MIN_ARABIC_RATIO and (best is None or ratio > best[0]):
            best = (ratio, text)
    return best[1] if best else None


def _arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-ASCII characters (marks ignored)."""
    letters = arabic = 0
    for ch in text[:_SAMPLE]:
        if ord(ch) < 0x80 or unicodedata.category(ch) == "Mn":
            continue
        letters += 1
        if "\u0600" <= ch <= "\u06ff" and ch.isalpha():
            arabic += 1
    return arabic / letters if letters else 0.0


def _control_ratio(text: str) -> float:
    sample = text[:_SAMPLE]
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return bad / len(sample)
