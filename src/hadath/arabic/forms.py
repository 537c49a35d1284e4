"""Lookup forms of tokens: the shapes under which a word meets dictionary keys.

Keys of the gazetteers are *bare*: normalized, without the article «ال». A token is looked up
under the bare forms of its clitic analyses, best first, so «وبالتركية», «التركية» and «تركية»
all meet the key of «تركية».
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hadath.arabic.tokens import Tokenizer
from hadath.doc import Token

_HAMZA_LAM = ("أل", "إل", "آل")


def bare(word: str) -> str:
    """The article-less normalized form of one word (``normalize_key`` already applied)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def token_forms(tokenizer: Tokenizer, token: Token, text: str) -> list[str]:
    """The bare forms under which a token is looked up, best analysis first.

    A word written with a final ta marbuta («وزارة») has no pronoun suffix «ه»: normalization
    made ة and ه one letter, so the original text decides."""
    if not token.stem or not token.stem[0].isalpha():
        return [token.norm]
    marbuta = text[token.end - 1 : token.end] == "ة"
    # «الرئيسي» (main) is a nisba, not «my president»: the article rules out a possessive «ي»
    nisba = token.suffix == "ي" and "ال" in token.prefix
    forms = [bare(token.stem)] if not ((marbuta and token.suffix) or nisba) else [bare(token.norm)]
    if token.suffix and not marbuta and token.norm.startswith(token.prefix):
        # the word with its pronoun first: «استدعت سفيرها» (its own envoy) before «السفير»
        forms.insert(0, bare(token.norm[len(token.prefix):]))
    if text[token.start : token.start + 2] in _HAMZA_LAM:  # «ألماتي»: no article to strip
        forms.insert(0, token.norm)
    stems = []
    for _prefix, stem, suffix in tokenizer.analyses(token.norm):
        if (marbuta and suffix) or suffix == "ي":  # «الاجتماعي» is an adjective, not «my meeting»
            continue
        if len(stem) >= 3:
            stems.append(stem)
            form = bare(stem)
            if form not in forms:
                forms.append(form)
    # unstripped stems meet the keys of words whose «ال» is not the article («ألبان»)
    forms += [stem for stem in stems if stem.startswith("ال") and stem not in forms]
    return forms


@dataclass(slots=True)
class FormReader:
    """:func:`token_forms` with a bounded cache.

    A token's forms depend only on its analysis and on two places of the original text (a final
    «ة», an initial hamza before «ل»), so tokens that agree on these share their forms."""

    tokenizer: Tokenizer
    limit: int = 100_000
    _cache: dict[tuple[str, str, str, str, bool, bool], list[str]] = field(default_factory=dict)

    def __call__(self, token: Token, text: str) -> list[str]:
        key = (token.norm, token.stem, token.prefix, token.suffix,
               text[token.end - 1 : token.end] == "ة", text[token.start : token.start + 2] in _HAMZA_LAM)
        forms = self._cache.get(key)
        if forms is None:
            forms = token_forms(self.tokenizer, token, text)
            if len(self._cache) >= self.limit:
                self._cache.clear()
            self._cache[key] = forms
        return list(forms)
