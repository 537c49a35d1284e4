"""The view of one sentence and the tests the coder's rules make on it.

:class:`Clause` is the working view of one sentence (tokens, word forms, actor phrases, mentions),
:class:`Context` what the coder remembers across the sentences of a document; the functions here
are the tests over a clause and its tokens that :mod:`hadath.events.coder` makes (modifiers,
complementizers, relatives, tense, dates, titles, quotes…), with the word lists they read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from hadath.arabic.forms import bare
from hadath.arabic.normalize import normalize_key
from hadath.doc import Actor, Document, Evidence, Location, Mention, Sentence, Timex, Token
from hadath.events.lexicon import Trigger
from hadath.events.phrases import Phrase

AGENT_SECTORS = frozenset({"COP", "MIL", "GOV", "REB", "SPY", "JUD", "LEG", "UAF", "IGO", "PTY"})
CROWDS = frozenset({"CVL", "LAB", "EDU", "OPP", "REF"})
# Particles and pronouns that may stand before a verb without being a noun it describes.
_PARTICLES = frozenset({"ان", "انه", "انها", "انهم", "بان", "لان", "قد", "لا", "لم", "لن", "سوف", "كما", "حيث", "فيما",
                        "بينما", "عندما", "حين", "حتي", "كي", "لكي", "ثم", "او", "اذ", "اذا", "لو", "ما", "من", "هو",
                        "هي", "هم", "نحن", "انا", "الذي", "التي", "الذين", "اللذين", "اللتين", "وهو", "وهي", "وهم",
                        "انما", "لكن", "لكنه", "لكنها", "ولكن", "كان", "كانت", "كانوا", "ليس", "مازال", "لايزال",
                        "بدات", "بدا", "اخذ", "عاد", "ظل", "ظلت", "راح", "اصبح", "اصبحت", "مما", "بما", "عما"})
_RETALIATION = frozenset({"رد", "الرد", "بالرد", "انتقام", "الانتقام", "بالانتقام", "برد", "الثار", "بالثار", "عقاب",
                          "بالعقاب"})
_CLAUSE_OPENERS = frozenset({"فيما", "بينما", "حيث", "كما", "ثم"})
_EDGES = frozenset({"حدود", "حدوده", "حدودها", "تخوم", "مشارف", "ساحل", "سواحل"})


@dataclass(slots=True)
class Clause:
    """The working view of one sentence."""

    sentence: Sentence
    tokens: list[Token]
    forms: list[list[str]]
    phrases: list[Phrase]
    base: int  # document index of tokens[0]
    words: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)  # words without their conjunction («وتوقع» → «توقع»)
    free: set[int] | None = None  # tokens that may stand between a verb and its noun (computed once)
    first_person: set[int] = field(default_factory=set)  # local indices of first-person verb triggers («نطالب»)
    nouns: set[int] = field(default_factory=set)  # local indices of triggers read as nouns (verbal nouns too)
    blocked: set[int] = field(default_factory=set)  # noun triggers left out as negated, purposes or demands
    mentions: list[Mention] = field(default_factory=list)  # the document's mentions in this sentence
    ends: dict[tuple[str, bool], frozenset[int]] = field(default_factory=dict)  # see ``Coder._ends``

    def __post_init__(self) -> None:
        self.words = [t.norm for t in self.tokens]
        self.stems = [t.norm[1:] if t.prefix[:1] in ("و", "ف") and len(t.norm) > 2 else t.norm for t in self.tokens]

    def local(self, index: int) -> int:
        return index - self.base


@dataclass(slots=True)
class Context:
    """What the coder remembers across the sentences of one document."""

    last_pair: tuple[Actor, Actor] | None = None
    last_actor: Actor | None = None
    last_actor_sentence: int = -10
    speaker: Actor | None = None  # the subject of the latest verb of saying
    sentence_actor: tuple[int, Actor] | None = None  # the actor of the sentence's latest event
    group: tuple[int, Actor] | None = None  # the latest plural group named («المتظاهرين»)
    dated: tuple[int, Timex] | None = None  # the latest event dated by the text itself
    persons: list[Phrase] = field(default_factory=list)
    country: str | None = None  # the country the text is about at this point
    group_org: Actor | None = None  # the latest armed group, party or movement named («الحركة»)
    story: Timex | None = None  # the day the lead tells («أعلن الرئيس، مساء أمس الأحد، …»)


# -------------------------------------------------------------------- helpers
def _definite_antecedent(clause: Clause, antecedent: int) -> bool:
    """Whether the event noun before a bare verb form joined by «و» has the article: «دان
    الهجوم على السفارة وطالب السلطات» joins a second predicate, whereas a bare verbal noun
    («طرد دبلوماسيين ومنع اثنين») is paired with the bare form as a noun."""
    return "ال" in clause.tokens[antecedent].prefix


def _modifier(clause: Clause, i: int) -> bool:
    """Whether token ``i``, inside the subject of a gapped phrase, may be a word describing the one
    before it: an adjective or a noun of the same definiteness («محتجون غاضبون», «المستشفيات
    الحكومية»), not joined by «و»/«ف» (a second predicate) and not a punctuation mark."""
    if i < 2:
        return False
    token, before = clause.tokens[i], clause.tokens[i - 1]
    if not token.stem.isalpha() or token.prefix[:1] in ("و", "ف") or token.norm in _PARTICLES:
        return False
    return ("ال" in token.prefix) == ("ال" in before.prefix)


def _copy(actor: Actor) -> Actor:
    return Actor(actor.country, actor.sector, actor.org, actor.name, actor.text, actor.start, actor.end)


def _possessed_with_article(trigger: Trigger, last: Token) -> bool:
    """The phrase ends in a word with a possessive pronoun («سفيره») that matched a word with the
    article («السفيرة» normalizes to «السفيره»): the two cannot be one word."""
    if trigger.pos != "phrase":
        return False
    word = trigger.form.split()[-1]
    article = "ال" in last.prefix or last.norm.lstrip("وف").startswith(("ال", "بال", "لل"))
    return article and not word.startswith("ال") and word.endswith(("ه", "ها", "هم", "هما"))


def _before(actor: Actor | None, token: Token) -> bool:
    """Whether ``actor`` was read from words before ``token``."""
    return actor is not None and actor.start is not None and actor.start < token.start


def _retaliation(clause: Clause, k_end: int) -> bool:
    """«تتوعد بالرد», «هددت بالرد على المناورات»: a word of retaliation follows the trigger."""
    return any(t.stem in _RETALIATION for t in clause.tokens[k_end + 1 : k_end + 10])


def _inside(a: Actor, b: Actor) -> bool:
    """Whether ``a``'s words lie within ``b``'s."""
    return None not in (a.start, a.end, b.start, b.end) and b.start <= a.start and a.end <= b.end  # type: ignore[operator]


def _same(a: Actor, b: Actor) -> bool:
    return a.country == b.country and a.org == b.org and a.name == b.name and a.sector == b.sector


_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "وان", "فان"})


def _clause_opener(clause: Clause, k: int) -> int | None:
    """The first word of the trigger's clause (sentence start, or after a comma)."""
    for i in range(k - 1, -1, -1):
        if clause.tokens[i].norm in ("،", ",", "؛", ";", ":", "«", "\"", "(", "."):
            return i + 1 if i + 1 < k else None
    return 0 if k > 0 else None


def _last_complementizer(clause: Clause, k: int) -> int:
    """Local index of the last «أن/إن» before the trigger (-1 if none): the subject of a verb after
    it stands after it («قال المرصد إن الغارات أسفرت»)."""
    for i in range(k - 1, -1, -1):
        if clause.tokens[i].norm in _COMPLEMENTIZERS:
            return i
        if clause.stems[i] in _CLAUSE_OPENERS:
            return -1  # «… فيما رحبت الجامعة»: a new clause, out of the «أن» before it
    return -1


def _by_actor(event_type: str, mode: str | None, trigger: Trigger, actor: Actor | None) -> tuple[str, str | None]:
    """PLOVER types that the actor decides: a government that «protests» disapproves verbally;
    police or troops that gather are mobilized; protesters who close a road obstruct."""
    sector = actor.sector if actor else None
    if event_type == "PROTEST" and sector in ("COP", "MIL"):
        return "MOBILIZE", "police" if sector == "COP" else "troops"
    if event_type == "PROTEST" and trigger.pos == "verb" and sector in ("GOV", "LEG", "JUD", "IGO"):
        return "ACCUSE", "disapprove"
    if event_type == "COERCE" and mode in ("restrict", None) and sector in CROWDS:
        return "PROTEST", "obstruct"  # «أغلق محتجون الطريق»: a crowd blocks, it does not restrict
    return event_type, mode


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"})


def _future_verb(token: Token) -> bool:
    """«سيعقد», «ستتم»: the future prefix on an imperfect verb."""
    word = token.norm[len(token.prefix):] if token.norm.startswith(token.prefix) else token.norm
    return ("س" in token.prefix and word[:1] in "يتن") or token.norm.lstrip("وف")[:2] in ("سي", "ست", "سن")


def _subjunctive(clause: Clause, i: int) -> bool:
    """An imperfect verb right after «أن» («أن يعقد», «بأن تبدأ») is subjunctive: what is
    planned, agreed, asked or possible, not what happened; «قبل أن يغادر», «بعد أن …» excepted.
    (Read on verbs of happening only: a trigger verb after «أن» is often a report's content.)"""
    if i == 0 or clause.words[i - 1] not in ("ان", "بان", "وان"):
        return False
    if i > 1 and clause.words[i - 2].lstrip("و") in ("قبل", "بعد", "منذ"):
        return False
    return clause.tokens[i].norm.lstrip("وف")[:1] in ("ي", "ت", "ن")


def _relative(clause: Clause, k: int) -> bool:
    """A verb in a relative clause («الاتفاق الذي أبرمته», «القرارات التي اتخذتها») describes
    something named in the sentence; the sentence does not report it as news."""
    return k > 0 and clause.tokens[k - 1].norm in _RELATIVES


def _ours(token: Token, trigger: Trigger) -> bool:
    """«تضامننا», «مطالبنا»: a noun with «our»."""
    return token.suffix == "نا" or (token.norm.endswith("نا") and not normalize_key(trigger.form).endswith("نا"))


def _agentive(phrase: Phrase) -> bool:
    """States, organisations, forces and authorities act; they are not the patients of passives.
    A named person after «قتل» is read as the one killed («قتل صالح الصماد … في غارة»)."""
    if phrase.kind == "person":
        return False
    return phrase.kind in ("country", "organisation") or phrase.actor.sector in AGENT_SECTORS


_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})


def _pluperfect(clause: Clause, k: int) -> bool:
    """«وكانت أثينا وسكوبيي وقعتا …», «وكان العبادي قد تلقى …»: a sentence opened by «كان» tells
    what had happened before the news, as background."""
    return k > 0 and bool(clause.tokens) and clause.stems[0] in _KANA


_LEAD_SENTENCES = 3  # sentences of the body that make its lead
_STORY_DAYS = 3  # a lead date this many days before publication at most


def _story_date(doc: Document) -> Timex | None:
    """The day the lead tells («أعلن الرئيس، مساء أمس الأحد، …»): the first past day-precise date
    in the first body sentences, a few days before publication at most. Events the text tells
    later without a date of their own took place that day, more often than on the day of publishing."""
    if doc.date is None:
        return None
    lead = doc.sentences[: _LEAD_SENTENCES + 1]  # (the title first, when there is one)
    for t in doc.timexes:
        if any(s.start <= t.start < s.end for s in lead) and t.precision == "day" and not t.future \
                and 0 <= (doc.date - t.value).days <= _STORY_DAYS:
            return t
    return None


def _recent(timex: Timex | None, published: dt.date | None) -> bool:
    """Dated by the text within the week before publication («وكانت روسيا حذرت الأربعاء»)."""
    return timex is not None and published is not None and 0 <= (published - timex.value).days <= 7


_NUMBER_WORDS = frozenset({"عشره", "عشرات", "مئات", "الاف", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
                           "تسعه", "اثنين", "اثنان", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر",
                           "ميه", "مايه", "الف", "الفي", "مليون", "ملايين", "عشرين", "عشرون", "ثلاثين", "اربعين",
                           "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"})


def _joined(clause: Clause, a: Phrase, b: Phrase) -> bool:
    """«إيطاليا وإسبانيا», «إيطاليا، وإسبانيا»: two actors of one kind joined by «و»."""
    gap = [t.norm for t in clause.tokens[clause.local(a.last) + 1 : clause.local(b.first)]]
    kinds = ("country", "organisation", "person", "group")
    return (clause.tokens[clause.local(b.first)].prefix.startswith("و") and gap in ([], ["،"], [","])
            and a.kind in kinds and b.kind in kinds and a.actor.country is not None and b.actor.country is not None)


def _without_cosubjects(clause: Clause, subject: Phrase, candidates: list[Phrase]) -> list[Phrase]:
    """«ودانت البعثة (أتميس) والولايات المتحدة الهجوم»: bare phrases joined by «و» right after a
    verb's subject are more of its subjects, not its object (in a one-sided act)."""
    end, joined = clause.local(subject.last), []
    for p in candidates:
        local = clause.local(p.first)
        gap = clause.tokens[end + 1 : local]
        if local - end > 8 or not clause.tokens[local].prefix.startswith("و") or any(
                t.norm in ("،", ",") for t in gap):
            break
        joined.append(p)
        end = clause.local(p.last)
    return [p for p in candidates if not any(p is q for q in joined)]


def _own_side_reported(clause: Clause, subject: Phrase, phrase: Phrase) -> bool:
    """«توعدت المتحدثة الروسية بأن موسكو سترد»: the state right after «أن» is the subject of what
    is said; when it is the speaker's own, it is no one the act is addressed to."""
    local = clause.local(phrase.first)
    return (local > 0 and clause.tokens[local - 1].norm in _COMPLEMENTIZERS and phrase.kind == "country"
            and phrase.actor.country is not None and phrase.actor.country == subject.actor.country)


def _number(token: Token) -> bool:
    """Digits (Arabic or Arabic-Indic) or a number word."""
    return token.norm.isdigit() or token.norm in _NUMBER_WORDS


def _adverbial(token: Token, trigger: Trigger | None = None) -> bool:
    """An indefinite accusative verbal noun with no clitic («تضامنا», «احتجاجا», «رفضا»): an
    adverbial of reason or manner. A word in «ـنا» is one only when the trigger's own word ends in
    «ن» («تضامنا» of «تضامن»), not «رفضنا» (we refused)."""
    word = token.norm
    if trigger is not None and word.endswith("نا") and not token.prefix and not token.suffix \
            and normalize_key(trigger.form).split()[0] == word[:-1]:
        return True
    return not token.prefix and not token.suffix and word.endswith("ا") and len(word) >= 4 \
        and not word.endswith(("ات", "نا", "ها", "هما", "وا")) and not word.startswith("م")  # «رفضوا», «متوعدا»


def _victims(doc: Document, clause: Clause, j: int) -> Actor | None:
    """«قتل 13 عسكريا أميركيا», «90 أفغانيا»: counted victims of a nationality, soldiers if their
    noun says so («عسكريا» is a military role), else civilians."""
    victims = _nationality_after(doc, clause, j)
    if victims is None:
        return None
    at = clause.base + j
    roles = [m for m in doc.mentions if m.first_token <= at <= m.last_token and m.entity.kind == "role"]
    victims.sector = roles[0].entity.sector if roles and roles[0].entity.sector else "CVL"
    return victims


def _place_after(doc: Document, clause: Clause, j: int) -> str | None:
    """The name of the place right after token ``j`` and «على» or «في» («الهجوم على كريفي ريه»)."""
    for m in doc.places:
        offset = m.first_token - clause.base - j
        if m.sentence == clause.sentence.index and offset == 2 and clause.words[j + 1] in ("علي", "في"):
            return m.entity.name
    return None


def _nationality_after(doc: Document, clause: Clause, j: int) -> Actor | None:
    """The government of the nationality adjective right after token ``j`` («مقترحا سودانيا»)."""
    at = clause.base + j + 1
    for m in clause.mentions:
        if m.first_token == at and m.entity.kind == "demonym" and m.entity.country:
            return Actor(country=m.entity.country, sector="GOV", text=doc.text[m.start:m.end],
                         start=m.start, end=m.end)
    return None


def _addressed_by_pronoun(clause: Clause, k_end: int) -> bool:
    """«لهم», «إليهم», «منهم» within a few words after the trigger: addressed to someone named before."""
    for token in clause.tokens[k_end + 1 : k_end + 7]:
        if token.norm in ("له", "لها", "لهم", "لهما", "اليه", "اليها", "اليهم", "منه", "منها", "منهم"):
            return True
    return False


def _construct_noun(token: Token) -> bool:
    """A noun without article or suffix, as the first term of a genitive («بسيادة», «سفير»)."""
    return "ال" not in token.prefix and not token.suffix and not token.norm.endswith("ا")


def _resumes(clause: Clause, verb: int) -> bool:
    """A verb after an event noun that takes it back («غارة شنتها», «المظاهرة التي انطلقت»)."""
    return bool(clause.tokens[verb].suffix) or (verb > 0 and clause.words[verb - 1] in _RELATIVES)


def _ongoing_description(clause: Clause, verb: int) -> bool:
    """A relative clause with an imperfect verb after an event noun («العقوبات التي تفرضها»,
    «جهود الوساطة التي تقودها قطر») describes what goes on (with :meth:`EventCoder._named_as_means`, it
    reports no new act; alone it may tell ongoing news: «المعارك التي تدور»)."""
    return verb > 0 and clause.words[verb - 1] in _RELATIVES and \
        clause.tokens[verb].norm.lstrip("وف")[:1] in ("ي", "ت", "ن")


def _purpose(token: Token) -> bool:
    prefix = token.prefix.lstrip("وف")
    return (prefix.startswith("ل") and not prefix.endswith("ال")) or prefix == "لل"


def _oblique_plural(clause: Clause, phrase: Phrase) -> bool:
    """«ودعت الحوثيين»: a sound masculine plural in «ـين» is the verb's object; its subject
    would be «الحوثيون»."""
    token = clause.tokens[clause.local(phrase.first)]
    stem = token.stem
    return phrase.first == phrase.last and len(stem) > 5 and (
        stem.endswith("يين") or (phrase.plural and stem.endswith("ين")))


_MISSIONS = frozenset({"سفاره", "قنصليه", "سفارات", "قنصليات", "بعثه"})


def _embassy_state(doc: Document, clause: Clause) -> Actor | None:
    """The state whose embassy or consulate a protest gathers at («أمام السفارة الأمريكية»,
    «مبنى القنصلية الإيرانية في البصرة»)."""
    for i, token in enumerate(clause.tokens):
        if bare(token.stem) in _MISSIONS and (
                state := _nationality_after(doc, clause, i) or _nationality_after(doc, clause, i + 1)):
            return state
    return None


def _step_taken_back(clause: Clause, k: int, k_end: int) -> bool:
    """«…، في خطوة نددت بها إسرائيل», «وهي خطوة رحبت بها واشنطن»: a reaction to the step just
    told, named before the verb and taken back by a pronoun after it."""
    after = clause.tokens[k_end + 1] if k_end + 1 < len(clause.tokens) else None
    return (k > 0 and bare(clause.tokens[k - 1].stem) in _STEPS and after is not None
            and after.norm.lstrip("و") in ("بها", "به", "لها", "له", "عليها", "عليه"))


_STEPS = frozenset({"خطوه", "قرار", "اعلان", "اجراء", "تحرك", "مبادره"})


def _circumstantial(clause: Clause, i: int) -> bool:
    """A clause of its own after a comma: an accusative participle of manner («مؤكدة», «مشيرا»,
    «معربا عن») or a verb joined by «و» («، واعتبره …»), not a name or a joined noun («، وإسبانيا»)."""
    token = clause.tokens[i]
    word = token.norm
    named = any(p.first <= clause.base + i <= p.last for p in clause.phrases)
    if named or _number(token):
        return False
    if word.startswith("و") and "ال" not in token.prefix and len(word) >= 5 and word[1:3] != "ال" \
            and word[1:2] not in ("ب", "ل", "ك"):
        return True  # («واعتبره» is often left unsplit: its stem is no word we list)
    return (not token.prefix and len(word) >= 5 and word.startswith("م")
            and word.endswith(("ا", "ه")) and not word.endswith(("يا", "ها")))


def _dual(token: Token) -> bool:
    """A verb in the dual with no subject («بحثا», «ناقشا», «أجريا») refers to a pair."""
    return len(token.stem) > 3 and token.stem.endswith("ا") and not token.stem.endswith("وا")


def _antecedent(clause: Clause, phrase: Phrase, context: Context) -> Phrase | None:
    """The office holder a counterpart refers back to: the nearest person, or office with its
    country («وزير الخارجية التركي»), before it."""
    before = [p for p in clause.phrases if p.last < phrase.first and p.role
              and (p.kind == "person" or (p.kind == "role" and p.actor.country))]
    if before:
        return before[-1]
    earlier = [p for p in context.persons if p.role]
    return earlier[-1] if earlier else None


def _timex(doc: Document, clause: Clause, k: int, future: bool) -> Timex | None:
    """The date expression of the trigger's sentence nearest to it (before it wins ties).

    A date after publication cannot date an event told as past, and a date in brackets belongs
    to the bracket."""
    sentence = clause.sentence
    at = clause.tokens[k].start
    found = [t for t in doc.timexes if sentence.start <= t.start < sentence.end
             and (future or not t.future) and not _bracketed(doc.text, sentence.start, at, t.start)
             and not _named_year(doc.text, t)]
    if not found:
        return None
    told = [t for t in found if not _dateline(doc.text, sentence.start, t)]
    return min(told or found, key=lambda t: (abs(t.start - at) + (5 if t.start > at else 0)))


_DATELINE_BEFORE = re.compile(r"^\s*[^\s،,.]+(?:\s[^\s،,.]+)?\s*[،,]\s*$")
_DATELINE_AFTER = re.compile(r"^\s*[-–—(]")


def _dateline(text: str, start: int, timex: Timex) -> bool:
    """«بغداد، 10 مايو 2024 - قتل …»: the date of a dateline says when the wire was filed; a date
    the sentence tells after it («مساء الخميس») dates the event."""
    return bool(_DATELINE_BEFORE.match(text[start:timex.start])) and bool(_DATELINE_AFTER.match(
        text[timex.end:timex.end + 3]))


_YEAR_NOUN = re.compile(r"(?:ل|لل)?(?:سنة|سنه|عام|العام|السنة)\s")


def _named_year(text: str, timex: Timex) -> bool:
    """«قانون ضريبة الدخل لسنة 2014», «المرسوم رقم 18 للعام 2018»: «of the year» names a law
    or a budget; it dates nothing."""
    if timex.precision != "year" or (found := _YEAR_NOUN.match(text, timex.start)) is None:
        return False
    return found.group().startswith("ل") or (timex.start > 0 and text[timex.start - 1] == "ل")


_THE_COUNTRY = frozenset({"البلاد", "البلد"})
# «في زيارته إلى العراق»: where one goes is not where one is
_TOWARDS = frozenset({"الي", "نحو", "باتجاه", "صوب", "من"})


def _the_country(clause: Clause, context: Context) -> Location | None:
    """«في عموم البلاد», «في أنحاء البلاد»: the country the text is about."""
    for i, token in enumerate(clause.tokens[1:], start=1):
        if token.norm in _THE_COUNTRY and clause.tokens[i - 1].norm in ("في", "عموم", "انحاء", "داخل", "كل"):
            return Location(country=context.country, text=token.norm) if context.country else None
    return None


def _is_title(doc: Document, clause: Clause) -> bool:
    """The first line, short and without final punctuation, with more text after it. A title of two
    parts joined by «..» («عقوبات أوروبية على … .. وطهران تتوعد بالرد») is split into two sentences,
    both of the title."""
    parts = _title_parts(doc)
    return clause.sentence in parts and len(clause.tokens) <= 20


def _title_parts(doc: Document) -> list[Sentence]:
    """The sentences of the title line: the whole first line, or its parts each ending in «..»;
    none when the line ends like a sentence or is the whole text."""
    first = [s for s in doc.sentences if s.line == doc.sentences[0].line] if doc.sentences else []
    if not first or len(first) == len(doc.sentences):
        return []
    end = doc.text.find("\n", first[0].start)
    line = doc.text[first[0].start : end if end >= 0 else len(doc.text)].strip()
    told = [doc.text[s.start : s.end].strip() for s in first]
    if "".join("".join(told).split()) != "".join(line.split()) or line.endswith((".", "。")):
        return []
    return first if all(t.endswith("..") for t in told[:-1]) else []


def _name_tokens(doc: Document, sentence: int) -> set[int]:
    """Token indices inside names of organisations, people and places."""
    return {i for m in doc.mentions if m.sentence == sentence and m.entity.kind in (
        "organisation", "person", "place") and m.how != "role" for i in range(m.first_token, m.last_token + 1)}


def _in_quote(text: str, lo: int, at: int) -> bool:
    """Whether offset ``at`` is inside a quotation opened earlier in its sentence."""
    before = text[lo:at]
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1 or (
        before.count("“") > before.count("”"))


def _bracketed(text: str, lo: int, at: int, where: int) -> bool:
    """Whether ``where`` sits inside brackets that do not also hold ``at``."""
    a, b = sorted((at, where))
    between = text[a:b]
    return "(" in between or ")" in between or text.rfind("(", lo, where) > text.rfind(")", lo, where)


def _evidence(doc: Document, sentence: Sentence) -> Evidence:
    return Evidence(sentence.index + 1, sentence.start, sentence.end, doc.text[sentence.start:sentence.end])


def _sentence_country(doc: Document, sentence: Sentence, current: str | None = None) -> str | None:
    """The country of the last place of a sentence that is not a border («حدود الجزائر»); a
    sentence that names the ``current`` country among others («مواطنون من سريلانكا وتايلاند والهند»
    in a story from Myanmar, or names several) does not move the story: None then."""
    places = [m for m in doc.places if m.sentence == sentence.index and m.entity.country
              and (m.first_token == 0 or (bare(doc.tokens[m.first_token - 1].stem) not in _EDGES
                                          and doc.tokens[m.first_token - 1].norm not in _TOWARDS))
              and not (m.first_token > 1 and doc.tokens[m.first_token - 1].norm == "مع"
                       and bare(doc.tokens[m.first_token - 2].stem) in _EDGES)]  # «الحدود مع بوركينا فاسو»
    countries = {m.entity.country for m in doc.places if m.sentence == sentence.index and m.entity.country}
    if len(countries) > 2 or (len(countries) > 1 and current in countries):
        return None
    return places[-1].entity.country if places else None


def _dominant_country(doc: Document) -> str | None:
    counts: dict[str, int] = {}
    for m in doc.mentions:  # «وزارة العمل المصرية»: a nationality says where the story is, too
        if m.entity.kind in ("country", "place", "capital", "demonym") and m.entity.country:
            counts[m.entity.country] = counts.get(m.entity.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _state(phrase: Phrase) -> bool:
    """A country or its government («العراق», «الحكومة العراقية»): never a count that «من» takes a part of."""
    return phrase.kind in ("country", "role") and phrase.actor.country is not None and phrase.actor.sector == "GOV"
