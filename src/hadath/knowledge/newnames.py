"""People the knowledge base does not know, found from the title in front of their name.

«وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي» is a role the knowledge base lists («المتحدث
باسم الجيش»), a nationality and two words it knows nothing of: a name. The stage

1. finds such names: 1–4 unknown words right after a singular role mention (and the nationality,
   country, organisation or definite modifiers that may follow it: «الناشط الحقوقي السوري»), when
   the knowledge base cannot tell who held that office on the day;
2. replaces the role mentions with one person mention over title and name, carrying the role's
   country, sector and office (``extra={"detected": True}``), so the coder reads one actor;
3. marks every other occurrence of the full name or of its last word (a surname, with «و ف ب ل»
   attached or not) as a partial mention of the same person.

Precision comes first: a word any lexicon knows (function word, trigger, cue, date word, place,
role, country or organisation word) ends the name, and a lone word counts only when it looks like
a foreign name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from hadath.arabic.forms import bare
from hadath.arabic.normalize import normalize_key
from hadath.arabic.tokens import Tokenizer, looks_foreign
from hadath.doc import Document, Entity, Mention, Token
from hadath.events.lexicon import EventLexicon
from hadath.events.timex import DateLexicon
from hadath.knowledge.gazetteer import phrase_key
from hadath.knowledge.kb import NAME_FILLERS, KnowledgeBase, demonym_forms


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words.split())


# Closed-class words: prepositions, particles, pronouns, demonstratives, quantifiers, adverbs.
FUNCTION_WORDS = _keys(
    "في من على إلى عن مع ضد نحو لدى لدي عند حول خلال منذ بين بعد قبل أمام وراء فوق تحت دون بدون"
    " عبر ضمن رغم إثر عقب حتى لأن كي إن أن أنه أنها إنه إنها أنهم إنهم لكن لكنه بل ثم أو أم إذا لو"
    " كما لا لم لن ما قد هل هذا هذه ذلك تلك هؤلاء أولئك هنا هناك الذي التي الذين اللذين اللتين"
    " هو هي هم هما نحن أنا أنت كل بعض جميع كافة غير سوى أي أحد إحدى كان كانت كانوا يكون تكون"
    " ليس ليست أيضا كذلك مجددا بدوره بدورها نفسه نفسها ذاته ذاتها وحده وحدها فقط حاليا سابقا"
    " لاحقا رسميا مؤخرا أمس اليوم غدا الآن حيث بينما عندما لما مثل إلا سوف عدة عدد")
# Words that qualify a title and are never names («الرئيس السابق», «رئيس الوزراء الجديد»).
MODIFIERS = _keys(
    "سابق أسبق جديد حالي مستقيل مقال مؤقت مكلف راحل معزول منتخب بارز شهير معروف رسمي منتهية ولايته"
    " أول ثاني ثالث عام عامة أعلى مساعد نائب بالوكالة المنصرف منصرف")
# Parts of compound names that are never the last word («عبد الله», «أبو علي»).
_PARTICLES = _keys("عبد أبو أبي بن ابن بنت ولد آل")
_SECOND_PARTS = _keys("الله الدين الرحمن")
_ARTICLE_CLITICS = ("بال", "لل", "كال", "وبال", "فبال")
_ALI = normalize_key("علي")
_WEAK_SUFFIXES = ("ه", "ك", "ني")  # also the last letters of names («نزيه», «فادي»)
# Names that begin like a verb in the imperfect («يوسف», not «يعاني»).
_Y_NAMES = _keys("يوسف يحيى يحيي ياسر ياسين يونس يعقوب يزيد يسرى يسري يمنى يامن يعرب ياسمين يوليا يوري يان"
                 " يائير يوآف يهودا يوهان يورغن يوشيهيدي يولاندا")
# Proclitics a later mention of a surname may carry.
_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_ARABIC = re.compile(r"^[\u0621-\u064a\u0671-\u06d3]+$")
_TANWEEN = frozenset("\u064b\u064c\u064d")
_NOT_SINGULAR = ("ون", "ين", "ات", "اء", "ان", "ا", "ي", "ه")
_CHAIN_KINDS = frozenset({"demonym", "country", "capital", "organisation", "role", "place"})
_CONNECTORS = _keys("باسم لدى لديها لديه")  # «المتحدث باسم …», «السفير اليوناني لديها …»
_ENVOYS = frozenset({"ambassador", "un_ambassador", "envoy"})
_MAX_NAME = 4
_MAX_GAP = 3  # unmentioned definite words between the title and the name
_MIN_SURNAME = 3
_SCORE = 0.6


@dataclass(slots=True)
class Chain:
    """A title: the role mention and what qualifies it, up to the name (token indices, inclusive)."""

    role: Mention
    last: int
    parts: list[Mention]
    country: str | None
    org: str | None
    host: bool = False  # «السفير الروسي لدى مصر»: an envoy to a country, not the one at the UN


@dataclass(slots=True)
class NameFinder:
    """The pipeline stage that adds people named after a known title (run after MentionFinder)."""

    kb: KnowledgeBase
    lexicon: EventLexicon
    tokenizer: Tokenizer
    dates: DateLexicon | None = None
    content: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.content = frozenset(_content_words(self.kb, self.lexicon, self.dates))

    def __call__(self, doc: Document) -> Document:
        found: dict[str, Entity] = {}
        for role in [m for m in doc.mentions if _is_title(m)]:
            if any(m is role for m in doc.mentions):  # not swallowed by a name found before
                self._detect(doc, role, found)
        if found:
            self._later(doc, found)
        return doc

    # ---------------------------------------------------------------- the title and the name
    def _detect(self, doc: Document, role: Mention, found: dict[str, Entity]) -> None:
        chain = self._chain(doc, role)
        if chain is None or self._known_holder(chain, doc.date):
            return
        name = self._name(doc, chain.last + 1)
        if not name:
            return
        key = "detected:" + "_".join(bare(t.norm) for t in name)
        entity = found.setdefault(key, self._entity(doc, chain, name, key))
        first, last = doc.tokens[role.first_token], name[-1]
        mention = Mention(first.start, last.end, first.sentence, first.index, last.index,
                          dataclasses.replace(entity, extra=dict(entity.extra)), "name", _SCORE)
        _replace(doc, chain.parts, mention)

    def _chain(self, doc: Document, role: Mention) -> Chain | None:
        """The role and the mentions or definite modifiers right after it, in one sentence."""
        if any(t.suffix for t in doc.tokens[role.first_token:role.last_token + 1]):
            return None  # «ناشطي الحراك», «رئيسها»: a construct plural or a pronoun, not a title
        by_first = {m.first_token: m for m in doc.mentions if m.sentence == role.sentence}
        parts, last, gap, host = [role], role.last_token, 0, False
        country, org = role.entity.country, role.entity.org
        end = doc.token_ranges[role.sentence][1]
        while last + 1 < end:
            nxt = by_first.get(last + 1)
            if nxt is not None:
                if nxt.entity.kind not in _CHAIN_KINDS or nxt.plural:
                    return None  # a person we know, or a group: nothing to find
                if doc.tokens[nxt.first_token].prefix.startswith(("و", "ف")):
                    break  # «رئيس الوزراء ووزير الخارجية»: a second actor
                parts.append(nxt)
                country, org = country or nxt.entity.country, org or nxt.entity.org
                last = nxt.last_token
                continue
            if gap < _MAX_GAP and self._modifier(doc, doc.tokens[last + 1]):
                host = host or doc.tokens[last + 1].norm.startswith("لدي")
                gap, last = gap + 1, last + 1
                continue
            break
        return Chain(role, last, parts, country, org, host)

    def _modifier(self, doc: Document, token: Token) -> bool:
        """A definite word that qualifies a title («الحقوقي», «السابق», «الحراك»), or «باسم», «لدى»."""
        if token.norm in _CONNECTORS:
            return True
        if not _word(token) or not _definite(doc, token) or bare(token.norm) in FUNCTION_WORDS:
            return False
        return _covered(doc, token) is None and not self.lexicon.trigger_index.contains(token.norm)

    def _known_holder(self, chain: Chain, on: dt.date | None) -> bool:
        role = chain.role.entity.role
        if not role or not chain.country or (chain.host and role in _ENVOYS):
            return False
        return len(self.kb.office_holders(role, chain.country, on)) == 1

    def _name(self, doc: Document, start: int) -> list[Token]:
        """The unknown words from ``start`` on that make a name; [] when they do not."""
        end = doc.token_ranges[doc.tokens[start].sentence][1] if start < len(doc.tokens) else start
        name: list[Token] = []
        for index in range(start, end):
            token = doc.tokens[index]
            if not self._name_word(doc, token, name):
                break
            name.append(token)
            if len(name) > _MAX_NAME:
                return []  # too long for a name: a clause we cannot read
        while name and bare(name[-1].norm) in _PARTICLES:
            name.pop()
        if _noun_phrase(doc, name):
            return []
        if len(name) == 1 and not (looks_foreign(name[0].norm) and len(name[0].norm) >= 5):
            return []
        return name

    def _name_word(self, doc: Document, token: Token, before: list[Token]) -> bool:
        if not _word(token) or _covered(doc, token) is not None or _tanween(doc, token):
            return False
        norm, definite = token.norm, _definite(doc, token)
        if before and norm in _SECOND_PARTS:
            return True  # «عبد الله», «كرم الله», «نور الدين»
        if not before and (definite or norm in _SECOND_PARTS):
            return False  # a name opens without the article
        if before and doc.text[token.start] in "وف" and norm not in _PARTICLES:
            return False  # «سكريبال وابنته»: «و» joins another noun
        if _imperfect(norm) or self._pronoun(token):
            return False  # «يعاني», «بزيارتهم», «عليه»
        if self._known(norm, definite, dotted=bool(before) and _dotted_ya(doc, token)):
            return False
        if any(norm.startswith(p) and self._known(norm[len(p):], definite=False) for p in _ARTICLE_CLITICS):
            return False  # «بالانسحاب», «للحكومة»: a preposition with the article before a word we know
        # «اتصالا», «بيانا»: the accusative of a word we know
        return not (norm.endswith("ا") and self._known(norm[:-1], definite=False))

    def _pronoun(self, token: Token) -> bool:
        """A word with a pronoun suffix: always for «هم ها نا…», for «ه ك ي» when the stem is known."""
        if not token.suffix or token.suffix == "ي":
            return False  # a final «ي» is a nisba far more often than «my»
        if token.suffix not in _WEAK_SUFFIXES:
            return True
        stem = token.stem
        return stem in self.tokenizer.known or stem in self.content or stem in FUNCTION_WORDS

    def _known(self, norm: str, definite: bool, dotted: bool = False) -> bool:
        """Whether a word (or the word after a conjunction) belongs to a lexicon.

        Normalization makes «على» (on) and the name «علي» one word: with the article, or spelled
        with a dotted «ي» after another word of a name, it is the name."""
        forms = {norm, bare(norm)}
        if norm[:1] in ("و", "ف") and len(norm) > 3:
            forms |= {norm[1:], bare(norm[1:])}
        if definite or dotted:
            forms.discard(_ALI)
        if any(f in self.content or f in MODIFIERS for f in forms):
            return True
        # «العلي» is a name; «على» a preposition: the article rules the function word out
        closed = {f for f in forms if not (definite and f not in (norm, norm[1:]))}
        closed |= {norm[len(c):] for c in _CLITICS if norm.startswith(c)}  # «بأن», «لدى» after «و»
        return any(f in FUNCTION_WORDS for f in closed)

    def _entity(self, doc: Document, chain: Chain, name: list[Token], key: str) -> Entity:
        role = chain.role.entity
        surface = doc.text[name[0].start:name[-1].end]
        forms = [bare(t.norm) for t in name]
        return Entity("person", key, name=surface, country=chain.country, sector=role.sector,
                      org=chain.org, role=role.role,
                      extra={"detected": True, "forms": forms, "title": doc.text[chain.role.start:chain.role.end]})

    # ---------------------------------------------------------------- later mentions
    def _later(self, doc: Document, found: dict[str, Entity]) -> None:
        """The full name, or its last word, wherever else the document says it."""
        extra: list[Mention] = []
        covered = {i for m in doc.mentions for i in range(m.first_token, m.last_token + 1)}
        for entity in found.values():
            forms: list[str] = entity.extra["forms"]
            surname = forms[-1] if self._surname_ok(forms) else None
            extra += _occurrences(doc, forms, surname, entity, covered, self._other_name)
        doc.mentions.extend(extra)
        doc.mentions.sort(key=lambda m: m.start)

    def _other_name(self, doc: Document, token: Token) -> bool:
        """Whether the word before a surname is another given name («أحمد القوبري» is not «ناصر»)."""
        if token.index == 0 or doc.tokens[token.index - 1].sentence != token.sentence:
            return False
        before = doc.tokens[token.index - 1]
        if bare(before.norm) in _PARTICLES:
            return False  # «ابن حلي»: the same name, shortened
        return doc.text[before.end - 1:before.end] != "ة" and self._name_word(doc, before, [])

    def _surname_ok(self, forms: list[str]) -> bool:
        last = forms[-1]
        return (len(forms) > 1 and len(last) >= _MIN_SURNAME and last not in NAME_FILLERS
                and last not in self.content and last not in FUNCTION_WORDS and last not in MODIFIERS)


def _occurrences(doc: Document, forms: list[str], surname: str | None, entity: Entity,
                 covered: set[int], other_name: Callable[[Document, Token], bool]) -> list[Mention]:
    out: list[Mention] = []
    size = len(forms)
    i = 0
    while i < len(doc.tokens):
        window = doc.tokens[i:i + size]
        same_sentence = len({t.sentence for t in window}) == 1
        if (len(window) == size and same_sentence and not any(t.index in covered for t in window)
                and _matches(window[0], forms[0], clitics=True)
                and all(_matches(t, f, clitics=False) for t, f in zip(window[1:], forms[1:], strict=True))):
            out.append(_partial(window, entity))
            covered.update(t.index for t in window)
            i += size
            continue
        token = doc.tokens[i]
        if (surname and token.index not in covered and _matches(token, surname, clitics=True)
                and not other_name(doc, token)):
            out.append(_partial([token], entity))
            covered.add(token.index)
        i += 1
    return out


def _matches(token: Token, form: str, clitics: bool) -> bool:
    norm = token.norm
    if bare(norm) == form:
        return True
    if not clitics:
        return False
    for clitic in _CLITICS:
        rest = norm[len(clitic):]
        if norm.startswith(clitic) and len(rest) >= _MIN_SURNAME and (rest == form or bare(rest) == form):
            return True
        if norm.startswith(clitic + "ل") and clitic.endswith("ل") and bare("ال" + rest[1:]) == form:
            return True  # «للزفزافي»
    return False


def _partial(window: list[Token], entity: Entity) -> Mention:
    first, last = window[0], window[-1]
    return Mention(first.start, last.end, first.sentence, first.index, last.index,
                   dataclasses.replace(entity, extra=dict(entity.extra)), "partial", _SCORE)


def _replace(doc: Document, parts: list[Mention], mention: Mention) -> None:
    """The title's mentions give way to the one person mention that covers title and name.

    Places stay (the coder's phrases skip them; «محافظ البصرة» still says where)."""
    gone = {id(m) for m in parts if m.entity.kind != "place"}
    doc.mentions = sorted([m for m in doc.mentions if id(m) not in gone] + [mention], key=lambda m: m.start)


def _is_title(mention: Mention) -> bool:
    """A role that one person holds («رئيس الوزراء», «الناشط»), said in the singular; a role listed
    for groups counts only as one word of singular shape («زعيم», not «القادة» or «وزيرا»)."""
    entity = mention.entity
    if entity.kind != "role" and mention.how != "role":
        return False
    kind = entity.extra.get("role_kind")
    if kind == "person":
        return not mention.plural
    words = entity.key.split(" ")
    return kind == "group" and len(words) == 1 and not words[0].endswith(_NOT_SINGULAR)


def _word(token: Token) -> bool:
    return len(token.norm) >= 2 and _ARABIC.match(token.norm) is not None


def _definite(doc: Document, token: Token) -> bool:
    """Written with the article, alone or after «و ف ب ك ل» (not «إلياس», whose «إل» is no article)."""
    core = doc.text[token.start:token.end]
    core = core[1:] if core[:1] in "وف" else core
    if core.startswith("لل"):
        return True
    core = core[1:] if core[:1] in "بك" else core
    return core.startswith("ال")


def _imperfect(norm: str) -> bool:
    """A word shaped like a verb in the imperfect («يعاني», «يتراوح»), unless a name we list."""
    return norm.startswith("ي") and len(norm) >= 4 and norm not in _Y_NAMES


def _dotted_ya(doc: Document, token: Token) -> bool:
    return doc.text[token.end - 1:token.end] == "ي"


def _noun_phrase(doc: Document, name: list[Token]) -> bool:
    """An indefinite noun and its adjective, not a name: «رسالة شديدة اللهجة» (a first word in «ة»
    before a definite word or another «ة»), «اتصالا هاتفيا» (two accusatives in «ا»)."""
    ends = [doc.text[t.end - 1:t.end] for t in name]
    if len(name) > 1 and ends[0] == "ة" and (ends[1] == "ة" or _definite(doc, name[1])):
        return True
    return any(a == b == "ا" for a, b in pairwise(ends))


def _tanween(doc: Document, token: Token) -> bool:
    return any(ch in _TANWEEN for ch in doc.text[token.start:token.end])


def _covered(doc: Document, token: Token) -> Mention | None:
    for m in doc.mentions:
        if m.first_token <= token.index <= m.last_token:
            return m
    return None


def _content_words(kb: KnowledgeBase, lexicon: EventLexicon, dates: DateLexicon | None) -> Iterable[str]:
    """Every word a lexicon of ours knows, bare and as written (normalized). Organisation names
    are left out: many are named after people («مستشفى ناصر»)."""
    for key in kb.roles:
        yield from key
    for country in kb.countries.values():
        for name in (*country.names_ar, *country.plurals_ar, *country.capitals_ar):
            yield from phrase_key(name)
        for adjective in country.adjectives_ar:
            for form in demonym_forms(adjective):
                yield from form.split()
    for place in kb.places.values():
        yield from (phrase_key(n)[0] for n in place.names_ar if len(phrase_key(n)) == 1)
    for index in (lexicon.trigger_index, lexicon.support_index, lexicon.reporting_index,
                  lexicon.passive_index, lexicon.topic_index, lexicon.mode_index):
        yield from index.words()
    for cues in lexicon.cues.values():
        for word in cues.words():
            yield from (word, bare(word))
    if dates is not None:
        for table in (dates.months, dates.hijri_months, dates.weekdays, dates.day_words):
            for word in table:
                yield from (w for k in normalize_key(word).split() for w in (k, bare(k)))
