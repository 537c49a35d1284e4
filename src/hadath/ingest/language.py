"""Language of a text from script statistics: Arabic, Persian, Urdu, English or other Latin."""

from __future__ import annotations

import re

MIN_LETTERS = 20

# Letters Persian and Urdu use and Arabic does not (Farsi yeh, keheh, peh, tcheh, jeh, gaf) ...
_FA_UR_LETTERS = frozenset("پچژگکی")
# ... and letters only Urdu (and not Persian) uses.
_UR_LETTERS = frozenset("ےٹڈڑںہھ")
# Letters standard Arabic spelling uses where Persian/Urdu use other letters.
_AR_LETTERS = frozenset("ةيكى")
_FA_WORDS = frozenset({"است", "این", "که", "را", "می", "آن", "برای", "شده", "بود", "هم", "ایران"})
_UR_WORDS = frozenset({"ہے", "کے", "کی", "میں", "اور", "کا", "سے", "نے", "ہیں", "کو", "یہ"})
_AR_WORDS = frozenset({"في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "هذا", "قال"})
_EN_WORDS = frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said"})
_WORD = re.compile(r"\w+")


def detect_language(text: str) -> tuple[str, float]:
    """The language of ``text`` and a confidence in [0, 1]; ``("und", 0.0)`` when too little text."""
    arabic_script = latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            arabic_script += 1
        elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
            latin += 1
    letters = arabic_script + latin
    if letters < MIN_LETTERS:
        return "und", 0.0
    if arabic_script >= latin or _mostly_arabic_words(text):
        return _arabic_script_language(text, arabic_script / letters)
    return _latin_language(text, latin / letters)


def _mostly_arabic_words(text: str) -> bool:
    """Arabic prose with Latin code, markup or names in it («تظاهر … <script>…</script>»): the
    words, not the letters, decide — at least 8 Arabic words and 40% of the words."""
    arabic = latin = 0
    for word in _WORD.findall(text):
        if any("\u0600" <= ch <= "\u06ff" for ch in word):
            arabic += 1
        elif any(ch.isascii() and ch.isalpha() for ch in word):
            latin += 1
    return arabic >= 8 and arabic >= 0.4 * (arabic + latin)


def _arabic_script_language(text: str, share: float) -> tuple[str, float]:
    words = _WORD.findall(text)
    fa_ur = sum(1 for ch in text if ch in _FA_UR_LETTERS)
    urdu = sum(1 for ch in text if ch in _UR_LETTERS)
    arabic = sum(1 for ch in text if ch in _AR_LETTERS)
    fa_words = sum(1 for w in words if w in _FA_WORDS)
    ur_words = sum(1 for w in words if w in _UR_WORDS)
    ar_words = sum(1 for w in words if w in _AR_WORDS)
    persian_like = fa_ur + urdu + 3 * (fa_words + ur_words)
    arabic_like = arabic + 3 * ar_words
    if persian_like <= arabic_like:
        return "ar", round(share * arabic_like / (arabic_like + persian_like or 1), 3)
    confidence = round(share * persian_like / (arabic_like + persian_like), 3)
    if urdu + 3 * ur_words > 3 * fa_words + urdu / 4 and (urdu > 0 or ur_words > fa_words):
        return "ur", confidence
    return "fa", confidence


def _latin_language(text: str, share: float) -> tuple[str, float]:
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(1 for w in words if w in _EN_WORDS)
    if words and english / len(words) >= 0.08:
        return "en", round(share, 3)
    return "latin", round(share, 3)
