"""A token trie over the knowledge base's Arabic names, compiled once.

Keys are sequences of *bare* word forms: normalized, with the article «ال» removed. Text tokens
are looked up through every analysis the tokenizer gives them (proclitics and pronoun suffixes
stripped), so «وبالتركية», «التركية» and «تركية» all meet the key of «تركي»'s feminine form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from hadath.arabic.forms import _HAMZA_LAM, bare
from hadath.arabic.normalize import normalize_key

_LEAF = ""




def phrase_key(phrase: str) -> tuple[str, ...]:
    """The trie key of an Arabic phrase as written in a data file.

    A word spelled with hamza before «ل» («ألبان», «إلغاء») has no article to strip, although
    normalization makes it look like one."""
    return tuple(normalize_key(w) if w.startswith(_HAMZA_LAM) else bare(normalize_key(w))
                 for w in phrase.split() if normalize_key(w))


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched phrase refers to."""

    kind: str  # country | demonym | capital | org | place | role | person | partial
    key: str  # country code, org id, place id, role expression key, person id
    plural: bool = False
    priority: int = 0  # higher wins between entries of the same length


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first token (in the sequence given)
    last: int  # inclusive
    entries: tuple[Entry, ...]
    exact: bool = True  # every token matched through its best form
    gap: tuple[int, int] | None = None  # tokens skipped inside the match (a verb's subject), [from, to)


class Gazetteer:
    """Longest-match lookup of phrases in token sequences."""

    def __init__(self) -> None:
        self._root: dict[str, dict] = {}
        self.size = 0
        self._openers: frozenset[str] | None = None  # words that begin a key of two words or more

    def add(self, phrase: str | tuple[str, ...], entry: Entry) -> None:
        key = phrase_key(phrase) if isinstance(phrase, str) else phrase
        if not key:
            return
        self._openers = None
        node = self._root
        for word in key:
            node = node.setdefault(word, {})
        leaf = node.setdefault(_LEAF, [])
        if entry not in leaf:
            leaf.append(entry)
            self.size += 1

    def add_all(self, phrases: Iterable[str], entry: Entry) -> None:
        for phrase in phrases:
            self.add(phrase, entry)

    def contains(self, phrase: str) -> bool:
        node = self._root
        for word in phrase_key(phrase):
            if word not in node:
                return False
            node = node[word]
        return _LEAF in node

    def opens_any(self, forms: Iterable[str]) -> bool:
        """Whether one of a token's ``forms`` begins a key of two words or more."""
        return not self.openers().isdisjoint(forms)

    def openers(self) -> frozenset[str]:
        """The words that begin a key of two words or more (computed once after the last ``add``)."""
        if self._openers is None:
            self._openers = frozenset(word for word, child in self._root.items()
                                      if any(w != _LEAF for w in child))
        return self._openers

    def words(self) -> set[str]:
        """Every word that occurs in a key (for the tokenizer's known stems)."""
        out: set[str] = set()
        stack = [self._root]
        while stack:
            node = stack.pop()
            for word, child in node.items():
                if word != _LEAF:
                    out.add(word)
                    stack.append(child)
        return out

    def match_at(self, forms: Sequence[Sequence[str]], start: int) -> Match | None:
        """The longest phrase starting at token ``start``; ``forms[i]`` are token i's bare forms."""
        best: Match | None = None
        best_form = ""  # the form a one-word match was read through
        end = len(forms)
        frontier: list[tuple[dict, int, bool]] = [(self._root, start, True)]
        while frontier:
            node, i, exact = frontier.pop()
            if i >= end:
                continue
            for rank, form in enumerate(forms[i]):
                child = node.get(form)
                if child is None:
                    continue
                leaf = child.get(_LEAF)
                now_exact = exact and rank == 0
                if leaf and (best is None or i > best.last or (i == best.last and now_exact and not best.exact)
                             or (i == start == best.last and _fuller(form, leaf, best_form, best))):
                    best = Match(start, i, tuple(sorted(leaf, key=lambda e: -e.priority)), now_exact)
                    best_form = form
                if i + 1 < end and len(child) > (leaf is not None):  # a longer key may go on
                    frontier.append((child, i + 1, now_exact))
        return best

    def find(self, forms: Sequence[Sequence[str]], accept: Callable[[Match], bool] | None = None) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        root = self._root
        i = 0
        while i < len(forms):
            if root.keys().isdisjoint(forms[i]):
                i += 1  # no key starts with this word: skip the search
                continue
            match = self.match_at(forms, i)
            if match is not None and (accept is None or accept(match)):
                out.append(match)
                i = match.last + 1
            else:
                i += 1
        return out


def _fuller(form: str, leaf: list[Entry], best_form: str, best: Match) -> bool:
    """Whether a one-word reading through ``form`` should replace the one through ``best_form``:
    it keeps letters the other stripped as clitics and names something of higher priority
    («وألمانيا»: the country «ألمانيا», not «و» + «ال» + the accusative nisba «مانيا»)."""
    return (len(form) > len(best_form) and form.endswith(best_form)
            and max(e.priority for e in leaf) > best.entries[0].priority)
