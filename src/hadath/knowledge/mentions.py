"""Finding actor and place mentions in a document.

Three passes over each sentence's tokens:

1. the gazetteer (names, variants and partial names we list, roles, demonyms, places);
2. names spelled in a way we never listed: runs of two or three words whose phonetic key equals
   the key of a known full name (تشاوش أوغلو، جيهون بيراموف);
3. partial names: a word (or run of words) that matches a part of the name of a person already
   mentioned in the document (أوغلو، جاويش after «مولود جاويش أوغلو»).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from hadath.arabic.forms import bare
from hadath.arabic.names import phonetic_key, same_name
from hadath.arabic.normalize import normalize_key
from hadath.arabic.tokens import Tokenizer
from hadath.doc import Document, Mention, Token
from hadath.knowledge.gazetteer import Entry, Match
from hadath.knowledge.kb import ORG_CODES, KnowledgeBase
from hadath.knowledge.newnames import FUNCTION_WORDS

_KEY_CACHE = 200_000  # words whose phonetic key is kept; the cache is emptied beyond
_ORG_HEADS = frozenset({"تنظيم", "حركه", "جماعه"})  # generic heads of organisation names
# heads that stand for the whole name later on: «التحالف» after «التحالف العربي»
_NAME_HEADS = frozenset({"تحالف", "ائتلاف", "حلف", "اتحاد"})
_CLUB_WORDS = frozenset({"نادي", "فريق", "منتخب"})
_BIG_CITY = 300_000  # people: a city this big is rarely named by accident
_MIN_PARTIAL = 4  # letters a word needs to stand for a person alone


@dataclass(slots=True)
class MentionFinder:
    """The pipeline stage that adds :attr:`Document.mentions` and :attr:`Document.places`."""

    kb: KnowledgeBase
    tokenizer: Tokenizer
    keys: dict[str, str] = field(default_factory=dict)  # phonetic keys of words seen (bounded cache)

    def __call__(self, doc: Document) -> Document:
        on = doc.date
        ambiguous: list[tuple[Mention, tuple[Entry, ...]]] = []
        for sentence in doc.sentences:
            tokens = doc.sentence_tokens(sentence.index)
            forms = doc.sentence_forms(sentence.index)
            matches = [m for m in (self._article_form(tokens, forms, m)
                                   for m in self.kb.gazetteer.find(forms, self._accept)) if m is not None]
            found = [self._mention(doc, tokens, m, on) for m in matches]
            ambiguous += [(f, m.entries) for f, m in zip(found, matches, strict=True) if _countries(m) > 1]
            found += self._variants(tokens, forms, found, on)
            doc.mentions.extend(m for m in found if m is not None)
        self._disambiguate(ambiguous, doc.mentions, on)
        doc.mentions = _supported(doc, self.kb)
        doc.mentions.sort(key=lambda m: m.start)
        self._partials(doc, on)
        self._short_names(doc)
        doc.places = [m for m in doc.mentions if m.entity.kind in ("place", "country", "capital")]
        return doc

    def _disambiguate(self, ambiguous: list[tuple[Mention, tuple[Entry, ...]]], mentions: list[Mention],
                      on: dt.date | None) -> None:
        """A name of several places or countries («عمان»: Oman or Amman) means the one whose
        country the rest of the document speaks of most."""
        if not ambiguous:
            return
        counts: dict[str, int] = {}
        for m in mentions:
            if m.entity.country and all(m is not a for a, _ in ambiguous):
                counts[m.entity.country] = counts.get(m.entity.country, 0) + 1
        for mention, entries in ambiguous:
            best = max(entries, key=lambda e: (counts.get(self.kb.entity(e, on).country or "", 0), e.priority))
            mention.entity = self.kb.entity(best, on)
            mention.how = {"place": "place", "capital": "capital", "demonym": "demonym"}.get(best.kind, mention.how)

    def _article_form(self, tokens: list[Token], forms: list[list[str]], match: Match) -> Match | None:
        """«المالي» is «financial», not Mali: a one-word place name written without the article
        does not match a word that has it — but «السورية» is the adjective of «سورية»; and «كاوكا»
        (Cauca) is no «ك» (like) + «أوكا»."""
        if match.first != match.last or match.entries[0].kind not in ("country", "place", "capital"):
            return match
        token = tokens[match.first]
        if token.prefix.lstrip("وف") == "ك":
            return None  # «كاوكا» (Cauca) is no «ك» + «أوكا»: «like» hardly ever comes before a place name
        if not ("ال" in token.prefix and (forms[match.first][0],) in self.kb.no_article):
            return match
        adjectives = tuple(e for e in match.entries if e.kind == "demonym")
        return replace(match, entries=adjectives) if adjectives else None

    @staticmethod
    def _accept(match: Match) -> bool:
        """A lone place or partial name matched only after stripping letters is not trusted."""
        return match.exact or match.first != match.last or match.entries[0].kind not in ("place", "partial")

    def _mention(self, doc: Document, tokens: list[Token], match: Match, on: dt.date | None) -> Mention:
        entry = match.entries[0]
        entity = self.kb.entity(entry, on)
        how = {"partial": "partial", "demonym": "demonym", "capital": "capital", "role": "role",
               "place": "place"}.get(entry.kind, "name")
        first, last = tokens[match.first], tokens[match.last]
        return Mention(first.start, last.end, first.sentence, first.index, last.index, entity, how,
                       1.0, entry.plural)

    def _key(self, word: str) -> str:
        key = self.keys.get(word)
        if key is None:
            if len(self.keys) > _KEY_CACHE:
                self.keys.clear()
            key = self.keys[word] = phonetic_key(word)
        return key

    def _variants(self, tokens: list[Token], forms: list[list[str]], found: list[Mention | None],
                  on: dt.date | None) -> list[Mention]:
        covered = {i for m in found if m for i in range(m.first_token, m.last_token + 1)}
        # a closed-class word («على», «أيضا») is never part of a name however it sounds
        keys = [self._key(f[0]) if f[0][:1].isalpha() and bare(t.norm) not in FUNCTION_WORDS else ""
                for f, t in zip(forms, tokens, strict=True)]
        starts = self.kb.name_starts
        out: list[Mention] = []
        base = tokens[0].index if tokens else 0
        i = 0
        while i < len(tokens):
            hit = None
            if keys[i] in starts:
                for size in (3, 2):
                    window = range(i, i + size)
                    if i + size > len(tokens) or any(base + j in covered for j in window):
                        continue
                    ids = self.kb.name_keys.get(tuple(keys[i : i + size]), set())
                    if len(ids) == 1:
                        person = self.kb.people[next(iter(ids))]
                        hit = Mention(tokens[i].start, tokens[i + size - 1].end, tokens[i].sentence,
                                      tokens[i].index, tokens[i + size - 1].index,
                                      self.kb.person_entity(person, on), "variant", 0.8)
                        break
            if hit:
                out.append(hit)
                i = hit.last_token - base + 1
            else:
                i += 1
        return out

    def _partials(self, doc: Document, on: dt.date | None) -> None:
        """Resolve partial names against the people already named in the document."""
        named: list[tuple[int, str]] = [(m.start, m.entity.key) for m in doc.mentions
                                        if m.entity.kind == "person" and m.how in ("name", "variant")]
        if not named:
            return
        covered = {i for m in doc.mentions for i in range(m.first_token, m.last_token + 1)}
        extra: list[Mention] = []
        run: list[tuple[Token, str]] = []
        for token in doc.tokens:
            person = None if token.index in covered else self._person_for(token, named)
            if person and (not run or (run[-1][1] == person and run[-1][0].index == token.index - 1)):
                run.append((token, person))
                continue
            self._close(run, extra, on)
            run = [(token, person)] if person else []
        self._close(run, extra, on)
        # ambiguous partial entries of the gazetteer: prefer a person named in the document
        for m in doc.mentions:
            if m.how == "partial" and m.entity.kind == "person":
                self._repoint(doc, m, named, on)
        doc.mentions.extend(extra)
        doc.mentions.sort(key=lambda m: m.start)

    def _short_names(self, doc: Document) -> None:
        """«القاعدة» is the base or the rule, unless the document has named «تنظيم القاعدة»: then the
        name without its generic head («تنظيم», «حركة», «جماعة») is that organisation too; and
        «التحالف» after «التحالف العربي» is that coalition, «الحلف» after «حلف شمال الأطلسي» that
        alliance — unless two organisations of the text share the head."""
        tails: dict[str, Mention] = {}
        ambiguous: set[str] = set()
        for m in doc.mentions:
            words = doc.text[m.start:m.end].split()
            if m.entity.kind != "organisation" or len(words) < 2:
                continue
            first = doc.tokens[m.first_token]
            if len(words) == 2 and bare(normalize_key(words[0])) in _ORG_HEADS:
                tails.setdefault(bare(normalize_key(words[1])), m)
            elif bare(first.stem) in _NAME_HEADS:  # («حلف شمال الأطلسي» has no article of its own)
                head = bare(first.stem)
                if tails.setdefault(head, m).entity.key != m.entity.key:
                    ambiguous.add(head)  # «الاتحاد» after both the European and the African Union
        tails = {head: m for head, m in tails.items() if head not in ambiguous}
        if not tails:
            return
        covered = {i for m in doc.mentions for i in range(m.first_token, m.last_token + 1)}
        extra = [replace(tails[bare(t.stem)], start=t.start, end=t.end, sentence=t.sentence, first_token=t.index,
                         last_token=t.index, how="partial")
                 for t in doc.tokens if t.index not in covered and bare(t.stem) in tails and _definite(t)]
        doc.mentions.extend(extra)
        doc.mentions.sort(key=lambda m: m.start)

    def _person_for(self, token: Token, named: list[tuple[int, str]]) -> str | None:
        word = bare(token.stem)
        if len(word) < _MIN_PARTIAL or not word[0].isalpha():
            return None
        candidates = self.kb.part_keys.get(self._key(word))  # (the cached key of kb.people_by_part)
        if not candidates:
            return None
        # the nearest person named before the token, else the first named after it
        before = [pid for start, pid in named if start < token.start and pid in candidates]
        after = [pid for start, pid in named if start >= token.start and pid in candidates]
        pid = before[-1] if before else (after[0] if after else None)
        if pid is None:
            return None
        person = self.kb.people[pid]
        parts = {bare(w) for name in person.names_ar for w in normalize_key(name).split()}
        return pid if any(same_name(word, p) for p in parts) else None

    def _close(self, run: list[tuple[Token, str]], extra: list[Mention], on: dt.date | None) -> None:
        if not run:
            return
        first, last = run[0][0], run[-1][0]
        person = self.kb.people[run[0][1]]
        extra.append(Mention(first.start, last.end, first.sentence, first.index, last.index,
                             self.kb.person_entity(person, on), "partial", 0.7))

    def _repoint(self, doc: Document, mention: Mention, named: list[tuple[int, str]], on: dt.date | None) -> None:
        """A listed partial name that also fits a person named earlier means that person."""
        if mention.entity.key in {pid for _, pid in named}:
            return
        for start, pid in reversed(named):
            if start >= mention.start:
                continue
            person = self.kb.people[pid]
            parts = {bare(w) for name in person.names_ar for w in normalize_key(name).split()}
            if any(same_name(bare(w), p) for w in normalize_key(doc.text[mention.start:mention.end]).split()
                   for p in parts):
                mention.entity = self.kb.person_entity(person, on)
                return


def _definite(token: Token) -> bool:
    """The word has the article («التحالف», «وللتحالف»: «لل» is «لـ» + «ال»)."""
    return "ال" in token.prefix or token.prefix.endswith("لل")


def _countries(match: Match) -> int:
    """How many different countries the entries of a match name (places and countries only)."""
    return len({e.key if e.kind == "country" else f"{e.kind}:{e.key}" for e in match.entries
                if e.kind in ("country", "place", "capital")})


# role words that are also participles taking «بـ»: «المرسوم القاضي بمنح عفو» (stipulating), not a judge
_PARTICIPLE_ROLES = frozenset({"قاضي", "قاضيه"})
_PLACE_NOUNS = frozenset({"مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "عاصمه", "اقليم", "مخيم", "ميناء"})


def _person_supported(doc: Document, m: Mention, support: int) -> bool:
    """A person recognised only by a spelling we never listed, or by a surname that is an
    ordinary Arabic family name («الصالحي», «اليعقوبي»), needs the text to speak of their country
    elsewhere: in an article about Iraq they are Iraqis we do not know, not an Iranian minister."""
    if support > 1:
        return True
    if m.how == "name":  # «ألفارو ليفا» in a 2018 story on Nicaragua is not Colombia's minister of 2022
        return doc.date is None or m.entity.role is not None or m.entity.country in ORG_CODES
    if m.how not in ("variant", "partial"):
        return True
    if m.entity.country in ORG_CODES:
        return True
    words = normalize_key(doc.text[m.start:m.end]).split()
    if m.how == "partial" and len(words) == 1 and len(words[0]) < 5:
        return False  # «فقي» alone, with Tunisia nowhere in the text, is nobody we know
    return not any(w.lstrip("وفبل").startswith("ال") for w in words)


def _stipulates(doc: Document, m: Mention) -> bool:
    """«القاضي بمنح», «القاضية بأن»: the participle «stipulating» after a decree or a deal."""
    if m.first_token != m.last_token or m.last_token + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[m.last_token + 1]
    return bare(doc.tokens[m.first_token].stem) in _PARTICIPLE_ROLES and after.prefix.startswith("ب")


def _supported(doc: Document, kb: KnowledgeBase) -> list[Mention]:
    """Drop places whose country the document does not otherwise speak of, unless the text
    says they are places («مدينة …»): «مشهد» (a scene) in an article about Jordan is not the
    Iranian city, «وخرج» (and went out) not the Saudi town."""
    seen: dict[str, int] = {}
    per_key: dict[str, int] = {}
    for m in doc.mentions:
        if m.entity.country:
            seen[m.entity.country] = seen.get(m.entity.country, 0) + 1
            per_key[m.entity.key] = per_key.get(m.entity.key, 0) + 1

    def others(m: Mention) -> int:
        """Mentions of the country other than those of this very name («الطبقة» twice is not Syria)."""
        return seen.get(m.entity.country or "", 0) - per_key.get(m.entity.key, 0) + 1

    def keep(m: Mention) -> bool:
        if m.how == "role" and _stipulates(doc, m):
            return False
        if m.entity.kind == "person":
            return _person_supported(doc, m, others(m))
        if m.entity.kind in ("place", "capital", "country") and m.first_token > 0 and bare(
                doc.tokens[m.first_token - 1].stem) in _CLUB_WORDS:
            return False  # «نادي ليفربول», «منتخب مصر»: a team, not a place or a state
        if m.entity.kind != "place" or others(m) > 1 or m.entity.extra.get("place_kind") != "city":
            return True  # regions, sites and waters we listed ourselves («غرب ليبيا») stand by themselves
        word = bare(doc.tokens[m.first_token].stem)  # «وخرج» → «خرج»
        if (m.entity.extra.get("population") or 0) >= _BIG_CITY and word not in kb.place_words:
            return True  # «غزة», «حلب»: a big city is itself, unless its name is a common word («مشهد»)
        if word in _PLACE_NOUNS:
            return True  # «مدينة غزة»: the name says it is a place
        before = doc.tokens[m.first_token - 1] if m.first_token > 0 else None
        return before is not None and bare(before.stem) in _PLACE_NOUNS

    return [m for m in doc.mentions if keep(m)]
