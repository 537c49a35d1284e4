"""Matching transliteration variants of foreign names written in Arabic.

Foreign names reach Arabic through several spelling traditions (Turkish «Çavuşoğlu» is
«تشاووش أوغلو», «جاويش أوغلو» or «چاووش أوغلو»; Russian «Sergey» is «سيرغي», «سيرجي» or
«سيرگي»). :func:`phonetic_key` maps such variants to one key; :func:`name_similarity` grades
how close two spellings are.
"""

from __future__ import annotations

import re

from hadath.arabic.normalize import normalize_key

# Letter classes of the phonetic key; each class is written with one representative letter.
# Normalization has already made أ إ آ ٱ → ا, ؤ → و, ئ → ي, ى → ي and ة → ه.
_CLASSES = str.maketrans({
    "چ": "ج", "غ": "ج", "گ": "ج",  # ch / Turkish ç / g: تش چ ج غ گ
    "ق": "ك",  # q / k
    "ث": "س", "ص": "س",  # th / s / emphatic s
    "ذ": "ز", "ظ": "ز", "ژ": "ز",  # dh / z / emphatic z / zh
    "ض": "د",  # emphatic d
    "ط": "ت",  # emphatic t
    "ح": "ه",  # h
    "پ": "ب",  # p
    "ڤ": "ف", "ۋ": "و",  # v
    "ء": "",  # a lone hamza carries no consonant
})
_DIGRAPHS = (("تش", "ج"),)
_VOWELS = frozenset("اوي")


def phonetic_key(word: str) -> str:
    """A key under which transliteration variants of a name collide.

    Rules, applied to each word of the normalized, lower-cased text:

    1. the digraph «تش» (ch, Turkish ç) becomes «ج»;
    2. a final «ه» (ة, the vowel -a) after at least two letters is dropped;
    3. letter classes merge: «تش چ ج غ گ» → «ج»; «ق ك» → «ك»; «ث س ص» → «س»;
       «ذ ز ظ ژ» → «ز»; «ض د» → «د»; «ط ت» → «ت»; «ح ه» → «ه»; «پ ب» → «ب»; «ڤ ف» → «ف»;
       a lone hamza «ء» is dropped (hamza forms on carriers were already normalized);
    4. the long vowels «ا و ي» are dropped after the first letter;
    5. doubled letters collapse to one.

    Examples: تشاووش، جاويش، تشاوش، چاووش → «جش»; بيرموف، بيراموف → «برمف»;
    سيرغي، سيرجي، سيرگي → «سرج».
    """
    return " ".join(_skeleton(part, keep_vowels=False) for part in normalize_key(word).split())


def _skeleton(word: str, keep_vowels: bool) -> str:
    """One normalized word with the key rules applied; long vowels kept when ``keep_vowels``."""
    for digraph, letter in _DIGRAPHS:
        word = word.replace(digraph, letter)
    if len(word) > 2 and word.endswith("ه"):
        word = word[:-1]
    word = word.translate(_CLASSES)
    out: list[str] = []
    for i, ch in enumerate(word):
        if i and not keep_vowels and ch in _VOWELS:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance of ``a`` and ``b``.

    With ``limit``, the computation stops as soon as the distance is known to exceed it and
    returns ``limit + 1``.
    """
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    if not b:
        return len(a)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = previous[j - 1] + (ca != cb)
            insert = current[j - 1] + 1
            delete = previous[j] + 1
            current.append(min(cost, insert, delete))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    distance = previous[-1]
    if limit is not None and distance > limit:
        return limit + 1
    return distance


def _similarity(a: str, b: str, slack: int = 0) -> float:
    """``1 - distance / (longest length - slack)``, floored at 0."""
    longest = max(len(a), len(b))
    if not longest:
        return 1.0
    return max(0.0, 1.0 - edit_distance(a, b) / max(longest - slack, 1))


def name_similarity(a: str, b: str) -> float:
    """How alike two spellings of a name are, in ``[0, 1]``.

    Identical normalized forms score 1. Otherwise the phonetic keys weigh 0.3 (full when
    equal, 0.8 times their edit-distance similarity when not) and the class-mapped forms that
    keep their long vowels weigh 0.7, their edit distance taken relative to the longer length
    less one. With the default threshold of 0.8 a name of five letters or more may differ by one
    vowel letter (بوتين / بوتن، أوغلو / أغلو) but a shorter one may not (حسن / حسين), and names
    whose consonants differ (محمد / أحمد) stay apart. Arabic names that differ by one long vowel
    in five letters (محمود / محمد) are not told apart: use this for foreign names.
    """
    na, nb = normalize_key(a), normalize_key(b)
    if na == nb:
        return 1.0 if na else 0.0
    ka, kb = phonetic_key(na), phonetic_key(nb)
    key_part = 1.0 if ka == kb else 0.8 * _similarity(ka, kb)
    va = " ".join(_skeleton(part, keep_vowels=True) for part in na.split())
    vb = " ".join(_skeleton(part, keep_vowels=True) for part in nb.split())
    return 0.3 * key_part + 0.7 * _similarity(va, vb, slack=1)


def same_name(a: str, b: str, threshold: float = 0.8) -> bool:
    """Whether two spellings are taken for the same name."""
    return name_similarity(a, b) >= threshold


_ABD = re.compile(r"(?<!\S)عبد (?=\S)")
_ABD_JOINED = re.compile(r"(?<!\S)عبد(?=ال|رب)")


def compound_spellings(name: str) -> list[str]:
    """The other spellings of a name's «عبد» compounds: «عبد ربه منصور هادي» is also written
    «عبدربه منصور هادي», and «عبدالله» is also «عبد الله»."""
    joined = _ABD.sub("عبد", name)
    split = _ABD_JOINED.sub("عبد ", name)
    return [v for v in dict.fromkeys((joined, split)) if v != name]
