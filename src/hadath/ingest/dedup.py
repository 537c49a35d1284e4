"""Exact and near-duplicate detection with MinHash LSH over character shingles, in bounded memory.

Republications and re-crawls of a story arrive within days or weeks of each other, so the
`Deduplicator` remembers only the most recent ``window`` documents (default 200,000), in
fixed-size numpy arrays allocated once: memory does not grow with the corpus. A document older
than the window is forgotten; a later copy of it is reported as new (unless another copy of it
is still in the window, see `Deduplicator.add`).

Per remembered document (defaults: ``num_perm=64``, 12 bands) the arrays hold:

* a 16-bit b-bit MinHash signature, ``2 * num_perm`` bytes (128), used to verify candidates;
* an 8-byte text digest and a flag byte, for exact duplicates;
* one 4-byte slot per band in each band table and in the exact table; tables have
  ``next_power_of_two(2 * window)`` buckets, so 2-4 buckets per document (~150-300 bytes);
* two list references (8 bytes each) and an id -> slot dict entry (~100 bytes) plus the id
  string itself, held by reference.

That is roughly 0.5-0.6 KB per remembered document, ~110 MB for the default window, whatever
the number of documents added (`Deduplicator.footprint` gives the array bytes).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal

import numpy as np

from hadath.arabic.normalize import normalize_key

SHINGLE = 5
_NON_WORD = re.compile(r"[\W_]+")
_U64 = np.uint64
_LOW32 = _U64(0xFFFFFFFF)
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)
_DENSIFY = np.uint32(0x9E3779B1)
# Code table values besides code points: the character is dropped, separates words, or needs the
# slow path (its normalized form is not a single character, e.g. ligatures, final sigma).
_DROP, _SEP, _SLOW = -1, -2, -3


@dataclass(frozen=True, slots=True)
class DupResult:
    kind: Literal["new", "exact", "near"]
    of: str | None = None


def dedup_key(text: str) -> str:
    """Text reduced to normalized words separated by single spaces."""
    return _NON_WORD.sub(" ", normalize_key(text)).strip()


def _char_code(ch: str) -> int:
    if ch == "\u03a3":  # Greek capital sigma lower-cases by its context
        return _SLOW
    mapped = _NON_WORD.sub(" ", normalize_key("x" + ch + "x"))[1:-1]
    if not mapped:
        return _DROP
    if mapped == " ":
        return _SEP
    return ord(mapped) if len(mapped) == 1 else _SLOW


def _code_table() -> np.ndarray:
    """What `dedup_key` makes of each character of the Basic Multilingual Plane, alone."""
    table = np.full(0x10000, _SLOW, dtype=np.int32)
    for code in (*range(0xD800), *range(0xE000, 0x10000)):
        table[code] = _char_code(chr(code))
    table.flags.writeable = False
    return table


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, in place on a uint64 array."""
    values ^= values >> _U64(30)
    values *= _MIX1
    values ^= values >> _U64(27)
    values *= _MIX2
    values ^= values >> _U64(31)
    return values


def _band_layout(threshold: float, num_perm: int, weights: tuple[float, float]) -> tuple[int, int]:
    """Bands and rows minimising the weighted false-positive and false-negative areas."""
    grid = np.linspace(0.0, 1.0, 1001)
    best: tuple[float, int, int] | None = None
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        chance = 1.0 - (1.0 - grid**rows) ** bands
        false_pos = float(np.sum(np.where(grid < threshold, chance, 0.0))) / 1000
        false_neg = float(np.sum(np.where(grid >= threshold, 1.0 - chance, 0.0))) / 1000
        error = weights[0] * false_pos + weights[1] * false_neg
        if best is None or error < best[0]:
            best = (error, bands, rows)
    assert best is not None
    return best[1], best[2]


def _buckets(window: int) -> int:
    return 1 << max(4, (2 * window - 1).bit_length())


class Deduplicator:
    """Remembers the last ``window`` documents (digests and signatures only, never texts).

    Exact duplicates are found by a 64-bit digest of `dedup_key` (normalized words), near
    duplicates by one-permutation MinHash over character 5-grams of that key, banded into hash
    tables and verified on the stored signatures (estimated Jaccard >= ``threshold``).
    ``weights`` (false positive, false negative) choose the bands, weighted towards recall.
    Document ids are checked for repeats within the window only.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 64, *, window: int = 200_000,
                 weights: tuple[float, float] = (0.01, 0.99), seed: int = 1) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if not 2 <= num_perm <= 1024:
            raise ValueError(f"num_perm must be in [2, 1024], got {num_perm}")
        if not 1 <= window < 2**31 - 1:
            raise ValueError(f"window must be a positive number of documents, got {window}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.window = window
        self.bands, self.rows = _band_layout(threshold, num_perm, weights)
        rng = np.random.default_rng(seed)
        self._salt = _U64(rng.integers(0, 2**63, dtype=np.int64))
        self._powers = rng.integers(0, 2**63, size=SHINGLE, dtype=np.int64).astype(_U64) | _U64(1)
        self._row_mult = rng.integers(0, 2**63, size=self.rows, dtype=np.int64).astype(_U64) | _U64(1)
        self._band_salt = rng.integers(0, 2**63, size=self.bands, dtype=np.int64).astype(_U64)
        self._codes = _code_table()
        self._added = 0
        # Ring buffer of the remembered documents, slot = document number % window.
        self._ids: list[str | None] = [None] * window
        self._first: list[str | None] = [None] * window  # first document with the same text
        self._slot_of: dict[str, int] = {}
        self._digests = np.zeros(window, dtype=_U64)
        self._signed = np.zeros(window, dtype=np.bool_)
        self._signatures = np.zeros((window, num_perm), dtype=np.uint16)
        # Hash tables: bucket -> slot + 1 of the latest document there (0 = empty). Entries are
        # never removed; a slot reused by a newer document is verified against that document.
        buckets = _buckets(window)
        self._mask = _U64(buckets - 1)
        self._exact_mask = _U64(2 * buckets - 1)
        self._exact_table = np.zeros(2 * buckets, dtype=np.int32)
        self._band_tables = np.zeros((self.bands, buckets), dtype=np.int32)

    def __len__(self) -> int:
        """Documents added so far (remembered or not)."""
        return self._added

    @property
    def remembered(self) -> int:
        """Documents currently remembered: at most ``window``."""
        return len(self._slot_of)

    def footprint(self) -> int:
        """Bytes of the fixed arrays (excluding the id strings, list and dict)."""
        arrays = (self._digests, self._signed, self._signatures, self._exact_table, self._band_tables)
        return sum(a.nbytes for a in arrays) + self._codes.nbytes

    def add(self, doc_id: str, text: str) -> DupResult:
        """Record a document; say whether it repeats (exactly or nearly) one seen before.

        ``of`` names an earlier document: for an exact duplicate the first document with that text
        (found while it or a later copy of it is in the window), for a near duplicate the most
        similar remembered document (or the first copy of its text).
        """
        if doc_id in self._slot_of:
            raise ValueError(f"document id {doc_id!r} added twice")
        codes = self.key_codes(text)
        digest = np.frombuffer(hashlib.blake2b(codes.tobytes(), digest_size=8).digest(), dtype=_U64)[0]
        slot = self._added % self.window
        found = self._exact(digest)
        if found is not None:
            signature, result = self._signatures[found], DupResult("exact", self._first[found])
            signed = bool(self._signed[found])
            positions = self._positions(self._minhash(codes)) if signed else None
        elif len(codes) < SHINGLE:
            signature, result, signed, positions = None, DupResult("new"), False, None
        else:
            minhash = self._minhash(codes)
            signature, positions, signed = (minhash & 0xFFFF).astype(np.uint16), self._positions(minhash), True
            result = self._nearest(signature, positions, digest)
        self._store(slot, doc_id, digest, result, signature if signed else None)
        self._index(slot, digest, positions)
        self._added += 1
        return result

    def key_codes(self, text: str) -> np.ndarray:
        """The code points of ``dedup_key(text)`` (a fast path for the common characters)."""
        raw = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if raw.size and int(raw.max()) >= 0x10000:
            return self._slow_codes(text)
        mapped = self._codes[raw]
        if np.any(mapped == _SLOW):
            return self._slow_codes(text)
        mapped = mapped[mapped != _DROP]
        sep = mapped == _SEP
        keep = ~sep
        keep[1:] |= sep[1:] & ~sep[:-1]
        mapped = mapped[keep]
        mapped[mapped == _SEP] = ord(" ")
        start = 1 if mapped.size and mapped[0] == ord(" ") else 0
        end = mapped.size - 1 if mapped.size > start and mapped[-1] == ord(" ") else mapped.size
        return mapped[start:end].astype(np.uint32)

    @staticmethod
    def _slow_codes(text: str) -> np.ndarray:
        return np.frombuffer(dedup_key(text).encode("utf-32-le"), dtype=np.uint32).copy()

    def _minhash(self, codes: np.ndarray) -> np.ndarray:
        """One-permutation MinHash (with rotation densification) of the 5-grams, uint32 values."""
        wide = codes.astype(_U64)
        count = wide.size - SHINGLE + 1
        hashes = np.full(count, self._salt, dtype=_U64)
        for offset in range(SHINGLE):
            hashes += wide[offset : offset + count] * self._powers[offset]
        _mix(hashes)
        bins = ((hashes >> _U64(32)) * _U64(self.num_perm)) >> _U64(32)
        ordered = np.sort((bins << _U64(32)) | (hashes & _LOW32))
        starts = np.searchsorted(ordered, np.arange(self.num_perm, dtype=_U64) << _U64(32))
        hit = ordered[np.minimum(starts, ordered.size - 1)]
        filled = (starts < ordered.size) & ((hit >> _U64(32)) == np.arange(self.num_perm, dtype=_U64))
        values = (hit & _LOW32).astype(np.uint32)
        if not filled.all():
            full = np.flatnonzero(filled)
            bins_all = np.arange(self.num_perm)
            donor = full[np.searchsorted(full, bins_all) % full.size]
            distance = ((donor - bins_all) % self.num_perm).astype(np.uint32)
            values = values[donor] + distance * _DENSIFY
        return values

    def _positions(self, minhash: np.ndarray) -> np.ndarray:
        """The bucket of each band of a signature."""
        rows = minhash[: self.bands * self.rows].reshape(self.bands, self.rows).astype(_U64)
        keys = (rows * self._row_mult).sum(axis=1, dtype=_U64) ^ self._band_salt
        return (_mix(keys) & self._mask).astype(np.int64)

    def _exact(self, digest: np.uint64) -> int | None:
        slot = int(self._exact_table[int(digest & self._exact_mask)]) - 1
        return slot if slot >= 0 and self._digests[slot] == digest else None

    def _nearest(self, signature: np.ndarray, positions: np.ndarray, digest: np.uint64) -> DupResult:
        slots = np.unique(self._band_tables[np.arange(self.bands), positions])
        slots = slots[slots > 0] - 1
        slots = slots[self._signed[slots]]
        if not slots.size:
            return DupResult("new")
        same = slots[self._digests[slots] == digest]
        if same.size:
            return DupResult("exact", self._first[int(same[0])])
        scores = np.mean(self._signatures[slots] == signature, axis=1)
        if scores.max() < self.threshold:
            return DupResult("new")
        age = (self._added - slots) % self.window
        best = int(slots[np.lexsort((-age, -scores))[0]])
        return DupResult("near", self._first[best])

    def _store(self, slot: int, doc_id: str, digest: np.uint64, result: DupResult,
               signature: np.ndarray | None) -> None:
        evicted = self._ids[slot]
        if evicted is not None:
            del self._slot_of[evicted]
        self._ids[slot] = doc_id
        self._first[slot] = result.of if result.kind == "exact" else doc_id
        self._slot_of[doc_id] = slot
        self._digests[slot] = digest
        self._signed[slot] = signature is not None
        if signature is not None:
            self._signatures[slot] = signature

    def _index(self, slot: int, digest: np.uint64, positions: np.ndarray | None) -> None:
        self._exact_table[int(digest & self._exact_mask)] = slot + 1
        if positions is not None:
            self._band_tables[np.arange(self.bands), positions] = slot + 1
