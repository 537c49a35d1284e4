"""Normalization of Arabic text for matching, with a map back to the original offsets.

The normalized text is never shown to users: it exists so that dictionary keys and text meet in
one spelling. ``Normalized.original(start, end)`` turns a span of the normalized text back into
the span of the text as given.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass

# Characters removed outright: harakat, tanween, shadda, sukun, superscript alef, tatweel,
# Quranic marks, zero-width and bidirectional controls, soft hyphen, BOM.
_DROP = set(
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. hamza below/above marks
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06DD)] + [chr(c) for c in range(0x06DF, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u061c"]
)

_MAP = {
    # alef forms and hamza carriers
    "\u0622": "ا", "\u0623": "ا", "\u0625": "ا", "\u0671": "ا", "\u0672": "ا", "\u0673": "ا",
    "\u0624": "و", "\u0626": "ي",
    # alef maqsura, Persian/Urdu yeh and kaf
    "\u0649": "ي", "\u06cc": "ي", "\u06d2": "ي", "\u06a9": "ك",
    # ta marbuta, heh goal
    "\u0629": "ه", "\u06c1": "ه", "\u06be": "ه",
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
    # Arabic punctuation kept as its Latin twin where that helps matching
    "\u066b": ".", "\u066c": ",",
}
# Marks that belong to the letter before them: a span ending on that letter ends after them.
_TRAILING = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])

for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic) digits


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text plus, for each of its characters, the offset it came from."""

    text: str
    source: str
    offsets: array  # len(text) + 1 entries; offsets[len(text)] == len(source)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``text[start:end]`` was made from.

        The span starts at the first kept character and ends after the last one together with
        the harakat and tatweel written after it (they belong to that letter).
        """
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        stop = self.offsets[end - 1] + 1
        limit = self.offsets[end]
        source = self.source
        while stop < limit and source[stop] in _TRAILING:
            stop += 1
        return self.offsets[start], stop

    def to_normalized(self, position: int) -> int:
        """The first normalized index at or after an original offset."""
        return bisect_left(self.offsets, position, 0, len(self.text))


def normalize_char(ch: str) -> str:
    """One character as normalization maps it ("" when dropped)."""
    if ch in _DROP:
        return ""
    return _MAP.get(ch, ch)


# One translation table does the mapping and the dropping; runs of kept characters give the
# offset map in whole ranges (both in C), so normalization costs little per character.
_TABLE = {ord(ch): None for ch in _DROP} | {ord(k): v for k, v in _MAP.items()}
_KEPT_RUNS = re.compile("[^" + "".join(re.escape(ch) for ch in sorted(_DROP)) + "]+")


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching and keep the offset map back to it."""
    offsets = array("l")
    for run in _KEPT_RUNS.finditer(text):
        offsets.extend(range(run.start(), run.end()))
    offsets.append(len(text))
    return Normalized(text.translate(_TABLE), text, offsets)


def normalize_key(text: str) -> str:
    """The normalized form of a dictionary key: normalized, lower-cased, single-spaced."""
    return " ".join(text.translate(_TABLE).lower().split())
