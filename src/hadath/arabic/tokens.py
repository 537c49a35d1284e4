"""Tokens and clitic segmentation of normalized Arabic words.

A :class:`Tokenizer` is built once from the normalized stems the knowledge base knows and then
reused. It cuts a span of the original text into words, numbers and punctuation marks, and splits
each word into proclitics (``و ف ب ل ك س ال`` and their combinations), stem and pronoun enclitic.

Segmentation policy for the best analysis of a word:

1. a word that is itself known, or a frequent function word, stays whole;
2. a word that looks like a foreign name (``بيرموف``, ``كازاخستان``) stays whole, unless it is
   a conjunction «و»/«ف» before a known stem (``ولافروف``);
3. otherwise the least stripped analysis whose stem is known without an enclitic wins;
4. then the least stripped analysis with an enclitic whose stem is known (``نظيره`` → ``نظير+ه``);
5. then the article: a proclitic group ending in «ال» (``ال وال بال لل…``) is stripped when it
   leaves a stem of at least two letters;
6. otherwise the word stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hadath.arabic.normalize import Normalized
from hadath.doc import Token

# Proclitic groups, in the order conjunction, preposition or future particle, article.
_CONJ = ("", "و", "ف")
_MIDDLE = ("", "ب", "ل", "ك", "س")
PROCLITICS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [c + m + a for c in _CONJ for m in _MIDDLE for a in ("", "ال") if not (m == "س" and a)]
        + [c + "لل" for c in _CONJ]
    )
)
_PREP_ARTICLE = frozenset({"لل", "بال", "ولل", "وبال", "فلل", "فبال", "كال"})
ARTICLE_PROCLITICS: frozenset[str] = frozenset(p for p in PROCLITICS if p.endswith(("ال", "لل")))
ENCLITICS: tuple[str, ...] = ("هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "ني", "نا", "ي")
_MIN_STEM = 2
_CACHE_LIMIT = 200_000

# Words that are never segmented although they begin like a proclitic group (normalized).
_FUNCTION_WORDS = frozenset({
    "الي", "الا", "الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللاتي",
    "اللواتي", "اللائي", "الله", "اللهم", "الان", "ولكن", "لكن", "لكنه", "لكنها", "كما", "كل", "كلا",
    "كلما", "كي", "لكي", "لذلك", "كذلك", "ذلك", "بل", "بين", "بعد", "بعض", "لدي", "لدى", "لم", "لن",
    "له", "لها", "لهم", "لهما", "لهن", "لي", "لنا", "لك", "لكم", "به", "بها", "بهم", "بهما", "بي",
    "بنا", "بك", "بكم", "فيه", "فيها", "فيهم", "فيما", "في", "فقط", "فوق", "وفق", "وفقا", "لا", "ما",
    "كان", "كانت", "كانوا", "بسبب", "بشان", "ليس", "ليست", "سوف", "سوي", "كيف", "كيفيه", "الف",
    "لاجل", "لان", "لانه", "لانها", "فان", "فانه", "فانها", "وان", "وانه", "وانها", "بان", "بانه",
    "بانها", "كانه", "كانها", "هذا", "هذه", "هولاء", "هناك", "هنا", "هو", "هي", "هم", "هن",
})

# Frequent words whose «ال» is a hamza-alef and lam of the root, not the article (normalized).
_NOT_ARTICLE = frozenset({
    "الاف", "الف", "الفا", "الفين", "اليه", "اليها", "اليهم", "اليهما", "اليك", "اليكم", "الينا",
    "الغاء", "الغي", "الغت", "القي", "القت", "القوا", "القاء", "الزام", "الزم", "الزمت", "الم",
    "المانيا", "الماني", "المانيه", "الكتروني", "الكترونيه", "الكترونيا", "اليات", "الاء",
})

# Endings and letters typical of foreign names written in Arabic.
_FOREIGN_LETTERS = frozenset("پچگژڤ")
_FOREIGN_ENDINGS = (
    "وف", "يف", "ييف", "وفا", "يفا", "وفيتش", "يفيتش", "فيتش", "يتش", "سكي", "سكايا", "ستان",
    "ستون", "بورغ", "بورج", "غراد", "لاند", "فيل", "شوك", "وغلو", "اوغلو",
)

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,:/]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w]|_)"
)

Analysis = tuple[str, str, str]


class Tokenizer:
    """Cuts text into tokens and words into clitics, knowing a set of normalized stems."""

    __slots__ = ("_analyses", "_best", "known")

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.known: frozenset[str] = frozenset(known)
        self._best: dict[str, Analysis] = {}
        self._analyses: dict[str, tuple[Analysis, ...]] = {}

    def tokenize(
        self, norm: Normalized, start: int, end: int, sentence: int = 0, first_index: int = 0
    ) -> list[Token]:
        """Tokens of the original span ``[start, end)`` of ``norm.source``, numbered from ``first_index``."""
        text = norm.text
        lo, hi = norm.to_normalized(start), norm.to_normalized(end)
        original, best = norm.original, self.best
        tokens: list[Token] = []
        index = first_index
        for match in _TOKEN.finditer(text, lo, hi):
            a, b = match.span()
            o_start, o_end = original(a, b)
            if o_end > end:
                o_end = end
            surface = match.group()
            if match.lastgroup == "word":
                key = surface.lower()
                prefix, stem, suffix = best(key)
                tokens.append(Token(o_start, o_end, key, stem, prefix, suffix, index, sentence))
            else:
                tokens.append(Token(o_start, o_end, surface, surface, "", "", index, sentence))
            index += 1
        return tokens

    def best(self, word: str) -> Analysis:
        """The best ``(proclitics, stem, enclitic)`` of a normalized word (see the module policy)."""
        cached = self._best.get(word)
        if cached is None:
            cached = self._choose(word)
            if len(self._best) >= _CACHE_LIMIT:
                self._best.clear()
            self._best[word] = cached
        return cached

    def analyses(self, word: str) -> list[Analysis]:
        """Every plausible ``(proclitics, stem, enclitic)`` of a normalized word, most likely first.

        The unsegmented word is always among them.
        """
        cached = self._analyses.get(word)
        if cached is None:
            best = self.best(word)
            rest = sorted((a for a in _candidates(word) if a != best), key=self._rank)
            cached = (best, *rest)
            if len(self._analyses) >= _CACHE_LIMIT:
                self._analyses.clear()
            self._analyses[word] = cached
        return list(cached)

    def _rank(self, analysis: Analysis) -> tuple[int, int]:
        prefix, stem, suffix = analysis
        if stem in self.known:
            group = 0 if not suffix else 1
        elif not prefix and not suffix:
            group = 2
        elif prefix in ARTICLE_PROCLITICS and not suffix:
            group = 3
        else:
            group = 4
        return group, len(prefix) + len(suffix)

    def _choose(self, word: str) -> Analysis:
        whole = ("", word, "")
        if len(word) <= _MIN_STEM:
            return whole
        if word in self.known:
            # a known word that is a preposition + article + known stem («للصحفيين») is split anyway
            split = [c for c in _candidates(word) if not c[2] and c[0] in _PREP_ARTICLE and c[1] in self.known]
            return split[0] if split and _fixed(word) is None else whole
        fixed = _fixed(word)
        if fixed is not None:
            return fixed
        candidates = _candidates(word)
        known = self.known
        plain = [c for c in candidates if not c[2] and c[1] in known]
        if looks_foreign(word):
            # names often begin with ب ل ك (بيرموف، لافروف، كازاخستان); only «و»/«ف» before a
            # known name is taken for a conjunction (ولافروف)
            plain = [c for c in plain if c[0] in _CONJ]
            return min(plain, key=_stripped) if plain else whole
        if plain:
            return min(plain, key=_stripped)
        with_suffix = [c for c in candidates if c[2] and c[1] in known]
        if with_suffix:
            return min(with_suffix, key=_stripped)
        article = [c for c in candidates if not c[2] and c[0] in ARTICLE_PROCLITICS]
        if article:
            return max(article, key=_stripped)
        return whole


def _fixed(word: str) -> Analysis | None:
    """The analysis of a function word, alone or after «و»/«ف»; None for other words."""
    if word in _FUNCTION_WORDS or word in _NOT_ARTICLE:
        return ("", word, "")
    rest = word[1:]
    if word[0] in "وف" and (rest in _FUNCTION_WORDS or rest in _NOT_ARTICLE):
        return (word[0], rest, "")
    return None


def _stripped(analysis: Analysis) -> int:
    return len(analysis[0]) + len(analysis[2])


def looks_foreign(word: str) -> bool:
    """Whether a normalized word looks like a foreign name (so that it must not be segmented)."""
    if any(ch in _FOREIGN_LETTERS for ch in word):
        return True
    return len(word) >= 5 and word.endswith(_FOREIGN_ENDINGS)


def _candidates(word: str) -> list[Analysis]:
    """All segmentations allowed by the clitic grammar, the unsegmented word included."""
    found: list[Analysis] = [("", word, "")]
    for prefix in PROCLITICS:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if prefix and len(rest) >= _MIN_STEM:
            found.append((prefix, rest, ""))
        if prefix in ARTICLE_PROCLITICS:
            continue  # the article takes no pronoun suffix
        for suffix in ENCLITICS:
            if rest.endswith(suffix) and len(rest) - len(suffix) >= _MIN_STEM:
                for stem in _stem_forms(rest[: -len(suffix)]):
                    found.append((prefix, stem, suffix))
    return found


def _stem_forms(stem: str) -> tuple[str, ...]:
    """A stem as written before an enclitic and the dictionary forms it may come from.

    ة and ى become ت and ا before a suffix (حكومته، مستواه); a final hamza sits on و or ي
    (نظرائه). Normalization already made ة → ه and ى → ي.
    """
    last = stem[-1]
    if last == "ت":
        return (stem, stem[:-1] + "ه")
    if last == "ا":
        return (stem, stem[:-1] + "ي")
    if last in "وي" and len(stem) >= 3 and stem[-2] == "ا":
        return (stem, stem[:-1] + "ء")
    return (stem,)
