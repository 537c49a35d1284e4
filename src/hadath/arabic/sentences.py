"""Sentence splitting for Arabic news text, in original character offsets.

Rules, in order:

- a line break always ends a sentence (scraped text puts paragraphs and teasers on lines);
- a bullet or dash at the start of a line (``• ▪ ● ■ - –``) is left out of the sentence, and a
  bullet between spaces inside a line starts a new sentence;
- ``. ! ? ؟ …`` (and runs of them, ``...``, ``؟!``) end a sentence when followed by a space or by
  an Arabic letter; closing quotes and brackets right after them stay with the sentence;
- ``،`` never ends a sentence; ``؛`` does only when ``semicolon=True`` (Arabic writers use it
  between clauses of one sentence, typically before a cause or a consequence);
- a dot does not end a sentence inside a number (``3.5``, ``12.01.2022``), after a single letter
  (``أ. ف. ب``, ``د.``), after a known abbreviation, or before a comma or a closing bracket;
- inside a short quotation or bracket (``«…»``, ``"…"``, ``“…”``, ``(…)``) nothing ends a
  sentence; a sentence may end right after its closing mark when it ends with sentence
  punctuation (``«…نعم.» وأضاف``). Long quotations are split like running text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_BULLET_START = re.compile(r"\s*(?:[•▪●■◾◽○◦▫·*]+|[-–—]+(?=\s))\s*")
_BULLET_MID = re.compile(r"\s[•▪●■◾◽]\s")
_TERMINATORS = ".!?؟…"
_TERMINATOR_RUN = re.compile(r"[.!?؟…]+")
_TERMINATOR_RUN_SEMI = re.compile(r"[.!?؟…؛]+")
_CLOSERS = frozenset("»”’)]›\"'")
_PAIRS = {"«": "»", "“": "”", "(": ")", "[": "]", "‹": "›", "\"": "\"", "„": "“"}
_NO_BREAK_AFTER = frozenset("،,؛;:)]»”")
_SHORT_QUOTE = 120
_IGNORED = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])
# Abbreviations (lower-cased, without their dot) after which a dot does not end a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "no", "vs",
    "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "pp", "ed",
    "ق.م", "ص.ب", "ش.م.م",
})


def split_sentences(
    text: str, regions: Sequence[tuple[int, int]] | None = None, *, semicolon: bool = False
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text`` inside each region (default: the whole text).

    Spans are original offsets without surrounding whitespace or a leading bullet, in text
    order; spans with no letter or digit are left out.
    """
    if regions is None:
        regions = [(0, len(text))]
    terminators = _TERMINATOR_RUN_SEMI if semicolon else _TERMINATOR_RUN
    spans: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"region {(start, end)} is outside the text (length {len(text)})")
        for line in _LINE.finditer(text, start, end):
            spans.extend(_split_line(text, line.start(), line.end(), terminators))
    return spans


def _split_line(text: str, start: int, end: int, terminators: re.Pattern[str]) -> list[tuple[int, int]]:
    bullet = _BULLET_START.match(text, start, end)
    if bullet:
        start = bullet.end()
    breaks = sorted(_breaks(text, start, end, terminators) + _bullet_breaks(text, start, end))
    spans: list[tuple[int, int]] = []
    for stop, resume in [*breaks, (end, end)]:
        span = _strip(text, start, stop)
        if span is not None:
            spans.append(span)
        start = resume
    return spans


def _bullet_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BULLET_MID.finditer(text, start, end)]


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _breaks(text: str, start: int, end: int, terminators: re.Pattern[str]) -> list[tuple[int, int]]:
    """Positions ``(stop, resume)`` where a sentence ends and the next one begins."""
    quotes = _quotes(text, start, end)
    found: list[tuple[int, int]] = []
    for match in terminators.finditer(text, start, end):
        a, b = match.span()
        quote = _inside(quotes, a)
        if quote is not None:
            if b != quote[1] or not _ends_sentence(text, a, b):
                continue
            b = quote[1] + 1  # the sentence ends after the closing mark
        elif not _ends_sentence(text, a, b):
            continue
        while b < end and text[b] in _CLOSERS:
            b += 1
        resume = _next_visible(text, b, end)
        if resume >= end or text[resume] in _NO_BREAK_AFTER or text[resume] in _TERMINATORS:
            continue
        if match.group() == "." and text[b:b + 1] and not text[b].isspace() and not _glued_break(text, a, b):
            continue
        found.append((b, resume))
    return found


def _ends_sentence(text: str, a: int, b: int) -> bool:
    """Whether the terminator run ``text[a:b]`` can end a sentence, judged by what precedes it."""
    if b - a != 1 or text[a] != ".":
        return True
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    if before.isdigit() and after.isdigit():
        return False
    word = _word_before(text, a)
    if word and all(len(part) == 1 for part in word.split(".")):
        return False  # single letters: أ. ف. ب ، د. ، U.S.
    return word.lower() not in _ABBREVIATIONS


def _glued_break(text: str, a: int, b: int) -> bool:
    """A dot with no space after it ends a sentence only between two Arabic words (``الأزمة.وقال``)."""
    return _is_arabic_letter(text[b]) and len(_word_before(text, a)) >= 2 and _is_arabic_letter(text[a - 1])


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def _word_before(text: str, pos: int) -> str:
    """The letters (and inner dots) right before ``pos``, harakat and tatweel left out."""
    chars: list[str] = []
    i = pos - 1
    while i >= 0:
        ch = text[i]
        if ch in _IGNORED:
            i -= 1
            continue
        if ch.isalpha() or (ch == "." and i > 0 and text[i - 1].isalpha() and chars):
            chars.append(ch)
            i -= 1
            continue
        break
    return "".join(reversed(chars))


def _next_visible(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short quotations and brackets ``(open, close)`` of a line, outermost first found."""
    found: list[tuple[int, int]] = []
    i = start
    while i < end:
        closer = _PAIRS.get(text[i])
        if closer is None or (closer == text[i] and not _opens(text, i, start, end)):
            i += 1
            continue
        j = text.find(closer, i + 1, end)
        if j < 0 or j - i > _SHORT_QUOTE:
            i += 1
            continue
        found.append((i, j))
        i = j + 1
    return found


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """Whether a straight quote at ``i`` can open a quotation: a word follows it and none ends at it.

    A single proclitic letter or tatweel may stand before it (و"هافلسان"، لـ"الشرق").
    """
    if i + 1 >= end or not text[i + 1].isalnum():
        return False
    j = i - 1
    if j >= start and text[j] == "\u0640":
        j -= 1
    if j < start or not text[j].isalnum():
        return True
    return text[j] in "وفبلك" and (j == start or not text[j - 1].isalnum())


def _inside(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for quote in quotes:
        if quote[0] < pos < quote[1]:
            return quote
    return None
