"""Actor phrases: adjacent mentions composed into one actor.

«وزير الخارجية التركي مولود تشاووش أوغلو» is a role, a nationality and a name; together they are
one actor (TUR, GOV, Mevlüt Çavuşoğlu). «نظيره الروسي» is a counterpart: the Russian holder of the
office that the antecedent holds, found in the knowledge base for the document's date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hadath.doc import Actor, Document, Mention, Token
from hadath.events.lexicon import CueSet, EventLexicon
from hadath.knowledge.kb import ORG_CODES

_UNVOWEL = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا"})


@dataclass(slots=True)
class Phrase:
    """An actor named in a sentence (token indices are document-wide, ``last`` inclusive)."""

    first: int
    last: int
    start: int
    end: int
    sentence: int
    actor: Actor
    kind: str  # person | organisation | role | country | group | counterpart | pair | single | guest | …
    role: str | None = None
    person: str | None = None
    plural: bool = False
    pair: tuple[Actor, Actor] | None = None
    parts: list[Mention] = field(default_factory=list)


def build_phrases(doc: Document, lexicon: EventLexicon, sentence: int,
                  verbs: frozenset[int] = frozenset(), mentions: list[Mention] | None = None) -> list[Phrase]:
    """The actor phrases of one sentence, left to right. ``verbs``: tokens read as verbs, whose
    one-word role mentions («وطالب»: and demanded / a student) are left out; ``mentions``: the
    sentence's mentions when the caller has them at hand (else they are looked up)."""
    tokens = {t.index: t for t in doc.sentence_tokens(sentence)}
    here = mentions if mentions is not None else [m for m in doc.mentions if m.sentence == sentence]
    mentions = [m for m in here if m.entity.kind != "place"
                and not (m.first_token == m.last_token and m.first_token in verbs and m.entity.kind == "role")
                and not _without(tokens.get(m.first_token - 1))]
    phrases: list[Phrase] = []
    for mention in mentions:
        current = phrases[-1] if phrases else None
        if current is not None and _adjacent(current, mention, tokens) and _joins(current, mention, tokens):
            _extend(current, mention, doc)
            continue
        if current is not None and _restated(current, mention, tokens):
            continue  # «بعثة الأمم المتحدة لمساعدة العراق (يونامي)»: the name again, in brackets
        if current is not None and _glossed(current, mention, tokens):
            continue  # «بعثة الاتحاد الأفريقي في الصومال (أتميس)»: an acronym of the noun phrase before
        if current is not None and _ruling(current, mention, tokens):
            current.last, current.end = mention.last_token, mention.end  # «المجلس العسكري الحاكم»
            current.actor.text, current.actor.end = doc.text[current.start:current.end], mention.end
            continue
        phrases.append(_start(mention, doc, tokens))
    pairs = lexicon.cues["pair_anaphors"]
    for phrase in phrases:  # «الوزيرين» may be listed as a role; it still refers to the two named before
        if phrase.first == phrase.last and _pair_word(tokens[phrase.first], pairs):
            phrase.kind, phrase.plural = "pair", True
    phrases += _anaphors(doc, lexicon, tokens, phrases)
    phrases.sort(key=lambda p: p.first)
    return [p for p in phrases if _is_actor(p)]


_ORG_HEADS = frozenset({"جماعه", "حركه", "تنظيم", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصائل", "فصيل",
                        "عناصر", "مقاتلي", "اعضاء", "قياديي", "قيادات"})


_OFFICE_HEADS = frozenset({"مفوضيه", "مكتب", "بعثه", "لجنه", "هييه", "امانه", "منظمه", "وكاله", "صندوق",
                           "برنامج", "محكمه"})
_OFFICE_ADJECTIVES = frozenset({"الشخصي", "الشخصيه", "الخاص", "الخاصه", "السامي", "الساميه", "الاعلي", "الاممي",
                                "الامميه", "الدايم", "الدايمه"})


def _without(before: Token | None) -> bool:
    """«طائرة من دون طيار»: what is «without» is nobody there."""
    return before is not None and before.norm in ("دون", "بدون")


def _adjacent(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    """Next to each other, or with a generic head noun between («زعماء جماعة حزب الله»)."""
    if mention.first_token == current.last + 1:
        return True
    between = tokens.get(current.last + 1)
    if (mention.first_token == current.last + 2 and between is not None and between.norm in ("،", ",")
            and current.kind == "role" and current.person is None and mention.entity.kind == "person"):
        return True  # «المبعوث الأممي، إسماعيل ولد الشيخ أحمد»: an apposition
    if mention.entity.kind == "organisation" and _member_of(current, mention, tokens):
        return True  # «مسلحون من تنظيم "داعش"»: members of the named group
    if _office_of(current, mention, tokens):
        return True  # «المفوضة السامية للأمم المتحدة لحقوق الإنسان ميشيل باشليه»: the holder's name
    if mention.first_token != current.last + 2 or between is None or mention.entity.kind not in (
            "organisation", "role", "country"):
        return False
    word = between.norm.removeprefix("ال")
    if mention.entity.kind == "organisation" and word in _ORG_HEADS:
        return True  # «زعماء جماعة حزب الله»
    if between.norm in ("من", "عن") and current.kind == "role" and current.plural and (
            mention.entity.kind == "organisation" or mention.entity.extra.get("role_kind") == "institution"):
        return True  # «مسلحون من داعش», «ضباط من الجيش الروسي», «ممثلون عن الحكومة»: members of it
    if between.norm == "باسم" and current.kind == "role" and mention.entity.kind in ("organisation", "country"):
        return True  # «المتحدث العسكري باسم الحوثيين»: who speaks for them
    # «رئيس مفوضية الاتحاد الأفريقي», «المبعوث الشخصي للأمين العام»: an office of an institution
    return current.kind == "role" and current.actor.country is None and (
        word in _OFFICE_HEADS or between.norm in _OFFICE_ADJECTIVES)


_QUOTES = frozenset({'"', "«", "»", "“", "”"})


def _member_of(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    """«مسلحون من تنظيم "داعش"»: several people «من» a group named after a generic head
    («تنظيم», «جماعة»), the name maybe in quotation marks."""
    gap = [tokens.get(i) for i in range(current.last + 1, mention.first_token)]
    words = [t.norm for t in gap if t is not None and t.norm not in _QUOTES]
    return (len(gap) <= 4 and None not in gap and current.kind == "role" and current.plural
            and len(words) == 2 and words[0] in ("من", "عن") and words[1].removeprefix("ال") in _ORG_HEADS)

def _office_of(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    """A title, its «لـ» complement of one to three words («لحقوق الإنسان», «لشؤون الخليج») and
    then a name: the name is the title's holder, not a second actor."""
    gap = [tokens.get(i) for i in range(current.last + 1, mention.first_token)]
    if not 1 <= len(gap) <= 3 or mention.entity.kind != "person" or current.kind != "role" \
            or current.person is not None:
        return False
    head = gap[0]
    return head is not None and head.norm.startswith("ل") and all(
        t is not None and t.norm.isalpha() and not t.prefix.startswith(("و", "ف")) for t in gap)


def _restated(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    """A name in brackets right after a phrase of the same side restates it (an acronym, a
    translation), it is no second actor."""
    between = tokens.get(current.last + 1)
    return (mention.first_token == current.last + 2 and between is not None and between.norm == "("
            and mention.entity.country is not None and mention.entity.country == current.actor.country)


def _glossed(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    """A name alone in brackets a few words after an actor phrase, with no punctuation between,
    glosses that noun phrase (an acronym, a short name): it is no second actor."""
    opening, closing = tokens.get(mention.first_token - 1), tokens.get(mention.last_token + 1)
    if opening is None or opening.norm != "(" or closing is None or closing.norm != ")":
        return False
    gap = [tokens.get(i) for i in range(current.last + 1, mention.first_token - 1)]
    return len(gap) <= 4 and all(t is not None and t.norm.isalpha() for t in gap)


_RULING = frozenset({"حاكم", "حاكمه"})


def _ruling(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    """«الحاكم» right after a definite actor is the adjective «ruling», not a ruler."""
    token = tokens.get(mention.first_token)
    return (mention.first_token == current.last + 1 == mention.last_token and token is not None
            and token.stem in _RULING and "ال" in token.prefix)


def _start(mention: Mention, doc: Document, tokens: dict[int, Token]) -> Phrase:
    e = mention.entity
    kind = {"organisation": "organisation", "person": "person", "role": "role", "country": "country",
            "capital": "country", "demonym": "demonym"}[e.kind]
    sector = e.sector
    if e.kind in ("country", "capital"):
        sector = "GOV"
    if e.kind == "demonym" and mention.plural:
        kind, sector = "group", "CVL"
    actor = Actor(country=e.country, sector=sector, org=e.org, name=e.name if e.kind in (
        "person", "organisation") else None, text=doc.text[mention.start:mention.end],
        start=mention.start, end=mention.end)
    if e.kind == "organisation" and e.country not in ORG_CODES:
        actor.org = None
    phrase = Phrase(mention.first_token, mention.last_token, mention.start, mention.end, mention.sentence,
                    actor, kind, role=e.role, person=e.key if e.kind == "person" else None,
                    plural=mention.plural or e.extra.get("role_kind") == "group", parts=[mention])
    before = tokens.get(mention.first_token - 1)
    if before is not None and before.stem in ("نظير", "نظراء", "نظيره", "نظرا") and kind in ("demonym", "country"):
        phrase.kind = "counterpart"
        phrase.first, phrase.start = before.index, before.start
        phrase.actor.text = doc.text[before.start:mention.end]
        phrase.actor.start = before.start
    return phrase


def _joins(current: Phrase, mention: Mention, tokens: dict[int, Token]) -> bool:
    first = tokens.get(mention.first_token)
    if first is not None and first.prefix.startswith(("و", "ف")) and mention.entity.kind != "demonym":
        return False  # «بلينكن وتشاووش أوغلو»: two actors
    kind = mention.entity.kind
    if kind == "demonym":
        return current.actor.country is None or current.kind == "counterpart"
    if kind in ("country", "capital"):
        return current.kind in ("role",) and current.actor.country is None
    if kind == "person":
        return current.kind in ("role", "counterpart", "demonym", "organisation") and current.person is None
    if kind == "role":
        if current.kind == "role" and _quantity(current):  # «آلاف المعلمين»: the group counted
            return True
        # «رئيس» + «البرلمان»: the office of an institution, not two actors
        if (current.kind == "role" and current.actor.country is None and current.person is None
                and current.parts[0].entity.extra.get("role_kind") == "person"
                and mention.entity.extra.get("role_kind") == "institution"):
            return True
        # «مبعوث الأمين العام», «المبعوث الشخصي للأمين العام»: the envoy of the secretary-general
        return _construct(current, tokens) or _of(mention, tokens)
    if kind == "organisation":
        return current.kind == "role" and current.actor.country is None
    return False


def _of(mention: Mention, tokens: dict[int, Token]) -> bool:
    """A mention introduced by the genitive «لـ» («للأمين العام», «للأمم المتحدة»)."""
    first = tokens.get(mention.first_token)
    return first is not None and first.prefix.lstrip("وف") in ("ل", "لل")


def _construct(current: Phrase, tokens: dict[int, Token]) -> bool:
    """A one-word role without the article governs the noun after it (an «إضافة»): «مبعوث
    الأمين العام» is one actor, where «الرئيس المبعوث» would be two."""
    head = tokens.get(current.first)
    return (current.kind == "role" and current.first == current.last and current.actor.country is None
            and current.person is None and head is not None and "ال" not in head.prefix and not head.suffix)


def _extend(current: Phrase, mention: Mention, doc: Document) -> None:
    e = mention.entity
    current.last, current.end = mention.last_token, mention.end
    current.actor.text = doc.text[current.start:current.end]
    current.actor.end = mention.end
    current.parts.append(mention)
    if e.kind in ("demonym", "country", "capital"):
        current.actor.country = current.actor.country or e.country
        if current.kind == "demonym":
            current.kind = "group"
    elif e.kind == "person":
        current.person = e.key
        current.actor.name = e.name
        current.actor.country = current.actor.country or e.country
        current.actor.org = current.actor.org or e.org
        current.role = current.role or e.role
        current.actor.sector = current.actor.sector or e.sector
        if current.kind in ("demonym", "counterpart", "role"):
            current.kind = "person"
    elif e.kind == "role":
        if _quantity(current):
            current.actor.sector, current.plural = e.sector, True
        current.role = current.role or e.role  # «مبعوث الأمين العام»: the envoy, not the secretary-general
        current.actor.sector = current.actor.sector if _quantity(current) else (e.sector or current.actor.sector)
    elif e.kind == "organisation":
        current.actor.country = e.country
        current.actor.org = e.org
        current.actor.name = e.name


def _anaphors(doc: Document, lexicon: EventLexicon, tokens: dict[int, Token],
              phrases: list[Phrase]) -> list[Phrase]:
    """Anaphors as phrases to be resolved by the coder: pairs («الجانبين», «الوزيرين», «أنهما»),
    a group («الحركة»), one's country («بلاده») and one's guest («ضيفه»)."""
    taken = {i for p in phrases for i in range(p.first, p.last + 1)}
    pairs = lexicon.cues["pair_anaphors"]
    out: list[Phrase] = []
    for index, token in tokens.items():
        if index in taken:
            continue
        kind = _anaphor_kind(token, tokens, pairs)
        if kind is None:
            continue
        actor = Actor(text=doc.text[token.start:token.end], start=token.start, end=token.end)
        if kind == "home":  # «إن بلاده تدين», «دعم بلاده»: the subject's country
            owner = next((p for p in reversed(phrases) if p.last < index and p.actor.country
                          and p.actor.country not in ORG_CODES), None)
            if owner is not None:
                actor.country, actor.sector = owner.actor.country, "GOV"
        out.append(Phrase(index, index, token.start, token.end, token.sentence, actor, kind, plural=kind == "pair"))
    return out


def _anaphor_kind(token: Token, tokens: dict[int, Token], pairs: CueSet) -> str | None:
    """What a word refers back to, if it is an anaphor: a pair, a group, one's country or guest."""
    bare_word = token.norm.lstrip("وف")
    if _pair_word(token, pairs) or bare_word in ("انهما", "بانهما", "لانهما", "كونهما"):
        return "pair"
    if "ال" in token.prefix and token.stem in _ORG_ANAPHORS and not token.suffix and _alone(token, tokens):
        return "org_anaphor"
    if bare_word in _GUESTS:
        return "guest"
    return "home" if bare_word in _HOME else None


# «استقبل الرئيس ضيفه», «الضيف»: the visitor the text has just named
_GUESTS = frozenset({"ضيفه", "ضيفها", "ضيفهم", "ضيوفه", "ضيوفها", "الضيف", "بضيفه", "بضيفها"})
_HOME = frozenset({"بلاده", "بلادها", "حكومته", "حكومتها", "دولته", "دولتها", "بلادنا", "حكومتنا"})
# «وقالت الحركة», «أعلن التنظيم»: a definite group noun standing alone refers to the group named before.
_ORG_ANAPHORS = frozenset({"حركه", "جماعه", "تنظيم", "ميليشيا", "مليشيا", "فصيل"})


def _alone(token: Token, tokens: dict[int, Token]) -> bool:
    """Not the head of a longer name («الحركة الشعبية», «تنظيم القاعدة»): the next word neither
    has the article nor is a name."""
    after = tokens.get(token.index + 1)
    return after is None or not after.stem[:1].isalpha() or (
        "ال" not in after.prefix and not after.norm.startswith("ال") and after.prefix[:1] in ("و", "ف", "ب", "ل", ""))


_QUANTITIES = frozenset({"الاف", "مئات", "عشرات", "ملايين", "الالاف", "المئات", "العشرات", "حشود"})


def _quantity(phrase: Phrase) -> bool:
    """A phrase that only counts people («آلاف», «مئات»)."""
    first = phrase.parts[0]
    return first.how == "role" and len(phrase.parts) == 1 and (phrase.actor.text or "").translate(
        _UNVOWEL).strip().lstrip("وف") in _QUANTITIES


def _pair_word(token: Token, pairs: CueSet) -> bool:
    """A definite dual that refers back to two parties («الجانبين», «والوزيرين»)."""
    if "ال" not in token.prefix and not token.norm.startswith("ال"):
        return False
    stem = token.stem if token.stem.startswith("ال") else "ال" + token.stem
    return (token.norm,) in pairs.phrases or (stem,) in pairs.phrases


def _is_actor(phrase: Phrase) -> bool:
    """A lone singular nationality adjective qualifies a noun that is not an actor."""
    return phrase.kind != "demonym"
