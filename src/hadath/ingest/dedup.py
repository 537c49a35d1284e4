"""Exact and near-duplicate detection with MinHash LSH over character shingles."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

from hadath.arabic.normalize import normalize_key

SHINGLE = 5
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class DupResult:
    kind: Literal["new", "exact", "near"]
    of: str | None = None


def dedup_key(text: str) -> str:
    """Text reduced to normalized words separated by single spaces."""
    return _NON_WORD.sub(" ", normalize_key(text)).strip()


class Deduplicator:
    """Remembers the documents seen so far (hashes and MinHash signatures only, never texts)."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 64) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self._exact: dict[bytes, str] = {}
        self._ids: set[str] = set()
        # Weighted towards recall: candidates are checked against the stored signatures anyway.
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.1, 0.9))
        self._signatures: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, doc_id: str, text: str) -> DupResult:
        """Record a document; say whether it repeats (exactly or nearly) one seen before."""
        if doc_id in self._ids:
            raise ValueError(f"document id {doc_id!r} added twice")
        self._ids.add(doc_id)
        key = dedup_key(text)
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        if digest in self._exact:
            return DupResult("exact", self._exact[digest])
        self._exact[digest] = doc_id
        if len(key) < SHINGLE:
            return DupResult("new")
        minhash = self._minhash(key)
        near = self._nearest(minhash)
        self._lsh.insert(doc_id, minhash)
        self._signatures[doc_id] = minhash.hashvalues.copy()
        return DupResult("near", near) if near is not None else DupResult("new")

    def _minhash(self, key: str) -> MinHash:
        minhash = MinHash(num_perm=self.num_perm)
        shingles = {key[i : i + SHINGLE] for i in range(len(key) - SHINGLE + 1)}
        minhash.update_batch([s.encode("utf-8") for s in shingles])
        return minhash

    def _nearest(self, minhash: MinHash) -> str | None:
        best: tuple[float, str] | None = None
        for other in self._lsh.query(minhash):
            score = float(np.mean(minhash.hashvalues == self._signatures[other]))
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, other)
        return best[1] if best else None
