"""The event coder: triggers in their clause, with actor, recipient, mode, date and place.

For each sentence of the article body:

1. find trigger words and phrases (verbs in any form, nouns, fixed phrases);
2. leave out what is negated, conditional, forecast, questioned; turn future cooperation into
   AGREE (PLOVER codes planned meetings and promises as AGREE);
3. a noun reports an event only when a verb of happening governs it («انطلقت احتجاجات»);
4. take the actor from the subject (after the verb, or before it), the recipient from a
   preposition phrase or the object; resolve pairs («الجانبين»), counterparts («نظيره الروسي»)
   and actors without a country from the discourse;
5. date the event from the nearest date expression, place it from «في …».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from hadath.arabic.forms import bare
from hadath.arabic.normalize import normalize_key
from hadath.arabic.tokens import Tokenizer
from hadath.doc import Actor, Document, Event, Location, Mention, Sentence, Timex
from hadath.events.clauses import (
    _CLAUSE_OPENERS,
    _COMPLEMENTIZERS,
    _EDGES,
    _PARTICLES,
    _RELATIVES,
    _RETALIATION,
    CROWDS,
    Clause,
    Context,
    _addressed_by_pronoun,
    _adverbial,
    _agentive,
    _antecedent,
    _before,
    _by_actor,
    _circumstantial,
    _clause_opener,
    _construct_noun,
    _copy,
    _definite_antecedent,
    _dominant_country,
    _dual,
    _embassy_state,
    _evidence,
    _future_verb,
    _in_quote,
    _inside,
    _is_title,
    _joined,
    _last_complementizer,
    _modifier,
    _name_tokens,
    _nationality_after,
    _number,
    _oblique_plural,
    _ongoing_description,
    _ours,
    _own_side_reported,
    _place_after,
    _pluperfect,
    _possessed_with_article,
    _purpose,
    _recent,
    _relative,
    _resumes,
    _retaliation,
    _same,
    _sentence_country,
    _state,
    _step_taken_back,
    _story_date,
    _subjunctive,
    _the_country,
    _timex,
    _victims,
    _without_cosubjects,
)
from hadath.events.lexicon import EventLexicon, Trigger
from hadath.events.phrases import Phrase, build_phrases
from hadath.knowledge.gazetteer import Match
from hadath.knowledge.kb import ORG_CODES, KnowledgeBase

COOPERATIVE = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT", "AGREE"})
FUTURE_KEEP = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})
# Types whose noun's genitive names the actor («احتجاجات المتظاهرين»); otherwise the patient.
GENITIVE_ACTOR = frozenset({"PROTEST", "CONSULT", "MOBILIZE", "REQUEST", "ACCUSE", "THREATEN", "REJECT",
                            "SUPPORT", "AGREE"})
DEFAULT_ACTOR_SECTOR = {"PROTEST": "CVL", "COERCE": "GOV", "SANCTION": "GOV", "MOBILIZE": "GOV", "ASSAULT": "UAF",
                        "RETREAT": "GOV"}
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
INTRANSITIVE = frozenset({"PROTEST", "MOBILIZE", "RETREAT"})
# Material acts: told in the imperfect they are habitual or ongoing, not reported events. Verbal
# acts (demand, condemn, reject…) told in the imperfect are performed by the telling itself.
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "COOPERATE", "RETREAT", "SANCTION",
                      "CONCEDE"})
# Told in the imperfect, these are habitual, ongoing or planned rather than reported (meetings too).
HABITUAL = MATERIAL | {"CONSULT"}
PATIENT_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "THREATEN"})
_WINDOW = 16
_LONGEST_PHRASE = 8  # words of the longest trigger phrase read across a gap
_NEAR_CHARS = 40  # characters after an actor where its nationality or organisation may follow
_PUNCT = re.compile(r"[،,.:;؛«»\"()]")
_GROUP_SECTORS = frozenset({"REB", "PTY", "OPP"})
_DENIALS = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نفيا", "انكر", "انكرت", "ينكر", "تنكر"})
# Nouns that refer back to an event told before, with the types they can name (empty: any).
_EVENT_ANAPHORS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("هجوم", "هجمات", "ضربات", "ضربه", "غارات", "غاره", "اعتداء", "اعتداءات", "تفجير", "تفجيرات",
                     "قصف", "جريمه", "حادث", "حادثه", "مجزره", "عمليه"), frozenset({"ASSAULT"})),
    **dict.fromkeys(("خطوه", "قرار", "اعلان", "اجراء", "اجراءات", "تصريحات", "موقف"), frozenset()),
}
_PROPOSALS = frozenset({"طلب", "مطالب", "دعوه", "دعوات", "عرض", "مبادره", "اقتراح", "مقترح", "مقترحات", "خطه",
                        "شروط", "قرار", "اتهامات", "تصريحات"})
_CONVICTED = frozenset({"ادين", "ادينوا", "ادينت", "وادين", "وادينوا"})
# Words not naming the subject that a gapped verbal phrase may skip after it («قطع محتجون غاضبون الطريق»)
_GAP_MODIFIERS = 2
_ORDINALS = frozenset({"اول", "ثاني", "ثالث", "رابع", "اخر", "احدث"})
_MANNER = frozenset({"بشده", "بقوه", "بحزم", "بشكل", "رسميا", "مجددا", "ايضا"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هولاء"})
# Prepositions that make an event noun the circumstance of another clause («في قصف», «جراء الغارات»)
_NOUN_GOVERNORS = frozenset({"في", "خلال", "جراء", "اثر", "عقب", "بسبب", "اثناء"})
_CAUSES = frozenset({"غداه", "بعد", "اثر", "عقب", "خلفيه", "ردا", "احتجاجا"})
_ASKERS = frozenset({"طلب", "دعوه", "مبادره", "اقتراح"})
_POSSESSIVES = frozenset({"ه", "ها", "هم", "هما"})
_HOSTILE = frozenset({"ASSAULT", "SANCTION", "COERCE"})
_ADDRESSED = frozenset({"REQUEST", "THREATEN", "ACCUSE", "AGREE"})
_CROWD_CLAIMS = frozenset({"REQUEST", "ACCUSE"})
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Acts two joined subjects may do together, each to the other («وقعت البرازيل والصين اتفاقية»)
_JOINT_TYPES = SYMMETRIC_TYPES | {"SUPPORT"}
_PLACE_TARGETS = {"ASSAULT": "CVL", "AID": "GOV"}
_SPEECH_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "ACCUSE", "AGREE"})
# After a comma these open a clause of their own: what follows is no argument of the trigger before.
_COMMA_CLAUSES = frozenset({"ما", "مما", "حيث", "فيما", "بينما", "الذي", "التي", "الذين", "وهو", "وهي", "كما",
                            "لكن", "غير", "ثم", "اذ"})
# Acts done to the noun right after them, before any prepositional phrase further on
_OBJECT_FIRST = frozenset({"SANCTION", "COERCE", "ASSAULT"})
_LED_BY = re.compile("بقيادة|تقوده|يقوده|تتزعمه|يتزعمه|تترأسه|يترأسه|تقودها|يقودها")
_PLACE_NOUNS = frozenset({"عاصمه", "مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "اقليم", "مخيم", "حي",
                          "شوارع", "شارع", "ساحه", "ريف", "ضواحي", "وسط", "شمال", "جنوب",
                          "شرق", "غرب", "قرب", "مشارف", "اطراف", "محيط", "داخل", "خارج", "بحر", "خليج", "مضيق",
                          "سواحل", "ساحل", "مياه", "اجواء"})
# «قالت الأسر إنها أقامت…»: the pronoun is the speaker.
_PRONOUN_COMPLEMENTIZERS = frozenset({"انها", "انه", "انهم", "بانها", "بانه", "بانهم", "انهن"})
# A word after these is a noun even when it is spelled like a verb («في قصف», «بعد هجوم»).
_NOMINAL_CONTEXT = frozenset({"في", "خلال", "اثناء", "اثر", "عقب", "بعد", "قبل", "جراء", "بسبب", "منذ", "عن", "الي",
                              "علي", "من", "غداه"})


@dataclass(slots=True)
class _Draft:
    """The working reading of one trigger, filled in phase by phase (:meth:`EventCoder._code`)."""

    index: int  # the trigger's row in the lexicon
    trigger: Trigger  # as read here (a verb may be read as its verbal noun)
    match: Match
    limit: int  # where the next trigger's predicate starts
    antecedent: int | None  # the event noun this one is joined to by «و», if any
    event_type: str
    mode: str | None
    future: bool = False
    support: int | None = None  # the verb of happening that governs a noun trigger
    framed: bool = False  # «خلال تظاهرة»: the noun frames another event
    actor: Actor | None = None
    recipient: Actor | None = None
    passive: bool = False
    location: Location | None = None
    here: str | None = None  # the country of the event's place
    defaulted: bool = False  # the actor is the type's default, not read from the text
    timex: Timex | None = None
    retold: bool = False  # «وقتل عدد منهم في الغارة»: framed by an event told before
    by_support: bool = False  # the actor is the subject of the verb governing the noun («قدم روحاني اعتذاره»)
    story: bool = False  # dated by the lead, the text telling no date of its own
    sides: bool = False  # the noun names its two sides («هدنة بين إسرائيل وحماس»)

    @property
    def k(self) -> int:
        return self.match.first

    @property
    def k_end(self) -> int:
        return self.match.last

    def plan(self) -> bool:
        """A future act: a cooperative one is an agreement to act (PLOVER AGREE) — but a retreat or
        a concession announced for the future is a concession (PLOVER CONCEDE: «ستبدأ سحب قواتها»);
        of the others only those PLOVER codes when threatened or planned are kept."""
        if self.event_type in ("RETREAT", "CONCEDE"):
            self.event_type, self.mode = "CONCEDE", None
            return True
        if self.event_type in COOPERATIVE:
            self.event_type, self.mode = "AGREE", None
            return True
        return self.event_type in FUTURE_KEEP


def _abroad(d: _Draft) -> bool:
    """The event's place is in a state other than its actor's (and not an organisation's seat)."""
    return (d.actor is not None and d.location is not None and bool(d.location.country)
            and d.location.country != d.actor.country and d.location.country not in ORG_CODES)


@dataclass(slots=True)
class EventCoder:
    """Pipeline stage that adds :attr:`Document.events` (one per trigger; merging comes after)."""

    kb: KnowledgeBase
    lexicon: EventLexicon
    tokenizer: Tokenizer

    def __call__(self, doc: Document) -> Document:
        context = Context(country=_dominant_country(doc), story=_story_date(doc))
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for sentence in doc.sentences:
            clause = self._clause(doc, sentence, by_sentence.get(sentence.index, []))
            if self._sport(clause):
                continue  # «قاد النجم هجوم فريقه في المباراة»: a match, not an attack
            matches = self._matches(doc, clause)
            verbs = self._verb_tokens(clause, matches)
            if verbs:  # «وطالب»: a verb, not a student — and not the head of «طالب الاتحاد الأوروبي»
                clause.phrases, clause.free = build_phrases(doc, self.lexicon, sentence.index, verbs,
                                                            clause.mentions), None
            self._resolve_offices(doc, clause)
            self._resolve_counterparts(doc, clause, context)
            self._track_speaker(clause, context)
            names = _name_tokens(doc, sentence.index)
            for n, match in enumerate(matches):
                if all(clause.base + i in names for i in range(match.first, match.last + 1)):
                    continue  # «التعاون» in «مجلس التعاون الخليجي» is a name, not an event
                if self._continues(clause, match, matches[:n]):
                    continue  # «غارات جوية استهدفت مطار دمشق»: the verb tells what the strikes did
                limit = self._next_predicate(clause, match, matches[n + 1:])
                event = self._code(doc, clause, match, context, limit)
                if event is not None:
                    doc.events.append(event)
                    doc.events += self._coordinated(clause, event)
            context.persons += [p for p in clause.phrases if p.kind == "person"]
            orgs = [p for p in clause.phrases if p.kind == "organisation" and p.actor.sector in _GROUP_SECTORS]
            if orgs:
                context.group_org = _copy(orgs[-1].actor)
            groups = [p for p in clause.phrases if p.plural and p.kind in ("role", "group")]
            if groups:
                context.group = (sentence.index, _copy(groups[-1].actor))
            context.country = _sentence_country(doc, sentence, context.country) or context.country
        return doc

    def _sport(self, clause: Clause) -> bool:
        return len(self._ends(clause, "sports")) >= 2

    def _ends(self, clause: Clause, name: str, stems: bool = True) -> frozenset[int]:
        """Every ``end`` at which a cue of list ``name`` ends in the clause's stems (its words
        when not ``stems``): ``ends_at(…, end) > 0``. Computed once per clause and list."""
        found = clause.ends.get((name, stems))
        if found is None:
            found = self.lexicon.cues[name].ends(clause.stems if stems else clause.words)
            clause.ends[(name, stems)] = found
        return found

    def _continues(self, clause: Clause, match: Match, earlier: list[Match]) -> bool:
        """A verb right after an event noun of its own type has that noun as its subject."""
        trigger = self.lexicon.triggers[int(match.entries[0].key)]
        if trigger.pos != "verb" or not earlier:
            return False
        before = earlier[-1]
        index = int(before.entries[0].key)
        framed = before.first > 0 and clause.words[before.first - 1] in _NOMINAL_CONTEXT  # «غداة قصف مدفعي»
        noun = self.lexicon.triggers[index].pos == "noun" or index not in self.lexicon.verbal or framed
        return noun and self.lexicon.triggers[index].type == trigger.type and 0 < match.first - before.last <= 2

    def _next_predicate(self, clause: Clause, match: Match, later: list[Match]) -> int:
        """Where a later verb joined by «و»/«ف» or opened by «فيما», «بينما», «حيث» starts a
        predicate of its own («رحبت … بالهدنة ودعت الحوثيين»): its words are not this trigger's."""
        end = len(clause.tokens)
        for i in range(match.last + 2, len(clause.tokens)):  # «…، ما يرفع حصيلة التظاهرات ضد الرئيس»
            if clause.words[i - 1] in ("،", ",") and clause.stems[i] in _COMMA_CLAUSES:
                end = i
                break
        for m in later:
            index = int(m.entries[0].key)
            token = clause.tokens[m.first]
            if m.first <= match.last or m.first >= end or self.lexicon.triggers[index].pos != "verb" \
                    or not self.lexicon.is_verb_form(index, token.norm):
                continue
            opener = m.first > 0 and clause.stems[m.first - 1] in _CLAUSE_OPENERS
            if token.prefix[:1] in ("و", "ف") or opener:
                return m.first
        return end

    def _matches(self, doc: Document, clause: Clause) -> list[Match]:
        """Trigger matches, contiguous and across the subject of a verb-initial phrase
        («استدعت مملكة البحرين سفيرها»: the phrase «استدعى سفيرها» around its subject)."""
        index = self.lexicon.trigger_index
        found = {m.first: m for m in index.find(clause.forms)}
        heads = [i for i in range(len(clause.tokens) - 2) if index.opens_any(clause.forms[i])]
        if not heads:
            return sorted(found.values(), key=lambda m: m.first)  # no phrase can open here
        taken = {i for m in found.values() if m.last > m.first for i in range(m.first, m.last + 1)}
        free = self._free_tokens(doc, clause)
        for i in heads:
            if i in taken or i + 1 not in free:
                continue
            gapped = self._gapped_at(clause, i, free)
            if gapped is not None:
                found[i] = gapped  # rather than the verb alone
                rest = range(gapped.gap[1], gapped.last + 1) if gapped.gap else range(0)
                found = {f: m for f, m in found.items() if f == i or f not in rest}
                taken.update(rest)
        return sorted(found.values(), key=lambda m: m.first)

    def _gapped_at(self, clause: Clause, i: int, free: set[int]) -> Match | None:
        """A verbal phrase trigger whose verb is at ``i`` and whose rest follows a run of actor
        words (the rest may itself start inside that run, as «سفيرها» does)."""
        index = self.lexicon.trigger_index
        if not index.opens_any(clause.forms[i]):
            return None  # no phrase begins with this word: nothing to look for across a gap
        end, modifiers = i + 1, 0
        while end < len(clause.tokens):
            if end not in free:
                if modifiers == _GAP_MODIFIERS or not _modifier(clause, end):
                    break
                modifiers += 1  # «قطع محتجون غاضبون الطريق»: an adjective of the subject
            end += 1
        for j in range(i + 2, end + 1):
            match = index.match_at([clause.forms[i], *clause.forms[j : j + _LONGEST_PHRASE]], 0)
            if match is not None and match.last > 0 and int(match.entries[0].key) in self.lexicon.verbal:
                return Match(i, j + match.last - 1, match.entries, match.exact, (i + 1, j))
        return None

    def _verb_tokens(self, clause: Clause, matches: list[Match]) -> frozenset[int]:
        """Document indices of words that are both a verb trigger and a bare role («وطالب»:
        demanded / a student): they are read as the verb."""
        verbs = set()
        for m in matches:
            index = int(m.entries[0].key)
            token = clause.tokens[m.first]
            if self.lexicon.triggers[index].pos == "verb" and "ال" not in token.prefix \
                    and self.lexicon.is_verb_form(index, token.norm):
                verbs.add(clause.base + m.first)
        return frozenset(verbs)

    # ---------------------------------------------------------------- sentence set-up
    def _clause(self, doc: Document, sentence: Sentence, mentions: list[Mention]) -> Clause:
        tokens = doc.sentence_tokens(sentence.index)
        forms = doc.sentence_forms(sentence.index)
        phrases = build_phrases(doc, self.lexicon, sentence.index, mentions=mentions)
        return Clause(sentence, tokens, forms, phrases, tokens[0].index if tokens else 0, mentions=mentions)

    def _resolve_offices(self, doc: Document, clause: Clause) -> None:
        """«وزير الخارجية الأردني» names a person: whoever held that office on the day."""
        for phrase in clause.phrases:
            if phrase.kind != "role" or phrase.person or not phrase.role or not phrase.actor.country:
                continue
            holders = self.kb.office_holders(phrase.role, phrase.actor.org or phrase.actor.country, doc.date)
            if len(holders) == 1:
                entity = self.kb.person_entity(holders[0], doc.date)
                phrase.person, phrase.kind = holders[0].id, "person"
                phrase.actor.name = entity.name

    def _resolve_counterparts(self, doc: Document, clause: Clause, context: Context) -> None:
        for phrase in clause.phrases:
            if phrase.kind != "counterpart" or phrase.person:
                if phrase.kind == "counterpart":
                    phrase.kind = "person"
                continue
            antecedent = _antecedent(clause, phrase, context)
            phrase.kind = "person"
            phrase.actor.sector = "GOV"
            if antecedent is None or antecedent.role is None or phrase.actor.country is None:
                continue
            holders = self.kb.holders(antecedent.role, phrase.actor.country, doc.date)
            if holders:
                entity = self.kb.person_entity(holders[0], doc.date)
                phrase.person, phrase.role = holders[0].id, antecedent.role
                phrase.actor.name, phrase.actor.sector = entity.name, entity.sector

    def _track_speaker(self, clause: Clause, context: Context) -> None:
        """The subject of a verb of saying speaks what follows (and the quotes after it)."""
        for match in self.lexicon.reporting_index.find(clause.forms):
            k = match.first
            if clause.tokens[k].suffix or "ال" in clause.tokens[k].prefix:
                continue  # «رأيها» (her opinion) is a noun, not «رأى»
            phrases = [p for p in clause.phrases if not self._is_place(clause, p)]
            after = [p for p in phrases if 0 < clause.local(p.first) - match.last <= 3]
            before = [p for p in phrases if 0 < k - clause.local(p.last) <= 4]
            for p in after[:1] + before[-1:]:
                if self._prep(clause, p) is None and p.kind != "pair":
                    context.speaker = _copy(p.actor)
                    return

    # ---------------------------------------------------------------- one trigger
    def _code(self, doc: Document, clause: Clause, match: Match, context: Context, limit: int) -> Event | None:
        """The event a trigger reports, or None; ``limit`` is where the next trigger's predicate starts.
        Each phase reads the draft the one before left, or rules the trigger out."""
        d = self._read(doc, clause, match, limit)
        if d is None or not self._admitted(doc, clause, d) or not self._told_as_done(doc, clause, d):
            return None
        self._participants(doc, clause, d, context)
        self._fallback_actor(doc, clause, d, context)
        self._addressee(doc, clause, d, context)
        if not self._codable(clause, d):
            return None
        self._implied_recipient(doc, clause, d, context)
        if not self._dated(doc, clause, d, context):
            return None
        self._remember(context, d.actor, d.recipient, clause.sentence.index, _last_complementizer(clause, d.k) < 0)
        return self._event(doc, clause, d)

    # ---------------------------------------------------------------- phases of one trigger
    def _read(self, doc: Document, clause: Clause, match: Match, limit: int) -> _Draft | None:
        """How the trigger is read: a verb, a verbal noun («في قصف أميركي», «أعلنت إيطاليا طرد»),
        or a noun joined to one before it; None when the word is no form of it."""
        # «استدعت السفيرة» is not «استدعت سفيره» (her ambassador): the article is no pronoun
        readings = [int(e.key) for e in match.entries if not _possessed_with_article(
            self.lexicon.triggers[int(e.key)], clause.tokens[match.last])]
        if not readings:
            return None
        index = readings[0]
        trigger = self.lexicon.triggers[index]
        k = match.first
        if trigger.pos == "verb" and not self.lexicon.is_verb_form(index, clause.tokens[k].norm):
            return None  # «الطلب» is a noun, not the verb «طلب»
        if (clause.tokens[k].norm,) in self.lexicon.cues["whole_words"].phrases:
            return None  # «وزارتا الداخلية»: two ministries, not «و» + «زارتا»
        if trigger.pos == "phrase" and index not in self.lexicon.verbal:
            trigger = replace(trigger, pos="noun")  # «غارات جوية», «حالة الطوارئ»: a nominal phrase is a noun
        if trigger.pos == "verb" and k > 0 and clause.words[k - 1] == "من" and (
                self.lexicon.present_tense(index, clause.tokens[k].norm)
                or (k > 1 and clause.words[k - 2].lstrip("و") in ("جميع", "كل", "كافه"))):
            return None  # «عقوبات على من يعرقلون الانتقال», «الإفراج عن جميع من اعتقلوا»: whoever, a description
        if trigger.pos == "verb" and k > 0 and (clause.words[k - 1] in _NOMINAL_CONTEXT or self._object_of_verb(
                doc, clause, k)):
            trigger = replace(trigger, pos="noun")  # «في قصف أميركي», «أعلنت إيطاليا طرد»: the verbal noun
        antecedent = self._joined_noun(clause, k)
        if antecedent is not None and trigger.pos == "verb" and _definite_antecedent(clause, antecedent):
            antecedent = None  # «دان الهجوم على السفارة وطالب السلطات»: a predicate of its own
        if antecedent is not None and trigger.pos == "verb" and \
                clause.tokens[k].norm[1:] == normalize_key(trigger.form).split()[0]:
            trigger = replace(trigger, pos="noun")  # «طرد دبلوماسيين ومنع اثنين»: «ومنع» is a noun too
        if trigger.pos != "verb" or clause.tokens[k].prefix.lstrip("وف") in ("ب", "ل", "بال", "لل", "ال"):
            clause.nouns.add(k)  # «بطرد»: a verbal noun
        return _Draft(index, trigger, match, limit, antecedent, trigger.type, trigger.mode)

    def _admitted(self, doc: Document, clause: Clause, d: _Draft) -> bool:
        """Not negated, hypothetical, a purpose, a description or what someone asks for."""
        trigger, k, index = d.trigger, d.k, d.index
        if trigger.type == "ACCUSE" and self._summons_no_envoy(clause, k):
            return False  # «واستدعى لواءين إضافيين»: a summons of troops or suspects, not of an envoy
        if trigger.pos == "verb" and (clause.stems[k],) in self.lexicon.cues["listing_verbs"].phrases \
                and not self._listed(clause, k):
            return False  # «أدرج البند على جدول الأعمال»: listed, but on no blacklist
        if self._blocked(clause, k, trigger, index) or _relative(clause, k) or self._idiom(clause, k, d.k_end):
            clause.blocked.add(k)
            return False
        if trigger.pos == "verb" and self._acknowledges(doc, clause, k, d.k_end):
            return False  # «أقر الوزير بأن الشرطة اعتقلت …»: he acknowledged a fact, he approved nothing
        if trigger.pos == "verb" and self._describes(doc, clause, k, index):
            return False  # «جريمة مكتملة الأركان تهدد سلامة الطيران»: what the crime threatens, a description
        convicted = clause.tokens[k].norm in _CONVICTED or clause.tokens[k].stem in ("ادانه", "ادانت")
        if trigger.type == "ACCUSE" and convicted and k + 1 < len(clause.tokens) \
                and clause.tokens[k + 1].norm.startswith("ب") and clause.tokens[k + 1].norm not in _MANNER:
            return False  # «متظاهرا أُدين بقتل عنصر أمن», «بعد إدانته بعدم التبليغ»: convicted of, not condemned
        free = self._free_tokens(doc, clause)
        if not clause.tokens[k].prefix.startswith(("و", "ف")) and self._content_of_speech(clause, k, free):
            clause.blocked.add(k)
            return False  # «اشترطت سحب القانون», «طالبوا بالإفراج», «دعا إلى وقف»: what is asked for
        if d.antecedent is not None and (d.antecedent in clause.blocked or self._content_of_speech(
                clause, d.antecedent, free)):
            clause.blocked.add(k)
            return False  # «مطالبين بطرد السفير وقطع العلاقات», «تستعد لطرد … ومنع»: the second one too
        # «حكم على 49 متهما بالسجن»: a counted participle is a noun (defendants)
        return not (self.lexicon.participle(index, clause.tokens[k].norm) and k > 0 and _number(clause.tokens[k - 1]))

    def _told_as_done(self, doc: Document, clause: Clause, d: _Draft) -> bool:
        """Told as having happened (or planned, for what PLOVER codes as AGREE), and for a noun
        with a verb of happening to govern it («انطلقت احتجاجات», «خلال تظاهرة»)."""
        trigger, k, index = d.trigger, d.k, d.index
        if trigger.form.startswith("وافق") and self._agrees_to_act(clause, d.k_end):
            d.event_type = "AGREE"  # «وافقت الحكومة على تبادل الأسرى»: a commitment to act (PLOVER AGREE)
        d.future = self._future(doc, clause, k, trigger)
        present = trigger.pos == "verb" and self.lexicon.present_tense(index, clause.tokens[k].norm)
        if not d.future and present and trigger.type in HABITUAL and not _is_title(doc, clause):
            return False  # «يعتقلون بعضهم»: what is done habitually, not an event that happened
        if present and any(w == "منذ" for w in clause.words[k + 1 : k + 6]):
            return False  # «يطالب المحتجون منذ أشهر بإصلاحات»: an ongoing state, not an event
        if d.future and not d.plan():
            return False
        if index in self.lexicon.verbal:
            return True
        d.support = self._reported(doc, clause, k, d.k_end, index)
        if d.support is None and d.antecedent is not None:
            d.support = self._shared_support(doc, clause, d.antecedent)
        support = d.support
        d.framed = (support == k - 1 and clause.words[k - 1] in self.lexicon.cues["frame_preps"]) or support == k
        if support is None or self._negated(clause, support) or (
                support > 0 and self.lexicon.cues["modal_present"].ends_at(clause.stems, support)):
            return False
        if _adverbial(clause.tokens[k]) and support == k:
            return False  # «… رفضا للانقلاب» with no verb to govern it: a reason, not an act
        if support != k and (_future_verb(clause.tokens[support]) or _subjunctive(clause, support)):
            d.future = True  # «ستتم مناقشتها», «سيعقد الاجتماع», «من المقرر أن يعقد الوزراء اجتماعا»: planned
            return d.plan()
        return True

    def _participants(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> None:
        """Actor and recipient from the clause around the trigger."""
        trigger, k, k_end, index, match = d.trigger, d.k, d.k_end, d.index, d.match
        if trigger.pos == "verb" and self.lexicon.first_person(index, clause.tokens[k].norm):
            clause.first_person.add(k)
        if self.lexicon.participle(index, clause.tokens[k].norm):
            # «…، متهما طهران بدعم البوليساريو»: the sentence's subject accuses; the noun after is accused
            after = [p for p in clause.phrases
                     if k < clause.local(p.first) < d.limit and not self._is_place(clause, p)]
            main = context.sentence_actor[1] if context.sentence_actor and \
                context.sentence_actor[0] == clause.sentence.index else context.speaker
            d.actor = _copy(main) if main else None
            d.recipient = self._resolve(self._recipient(clause, trigger, after, None, True), context, first=False)
        else:
            head_end = match.gap[0] - 1 if match.gap else k_end  # a gapped phrase's subject is in the gap
            d.actor, d.recipient, d.passive = self._arguments(doc, clause, k, head_end, trigger, context, d.limit)
        if match.gap and not d.passive:  # «أطلقت حماس … سراح 13 رهينة»: the phrase's object follows it
            d.recipient = self._object_after(clause, k_end, context) or d.recipient
        elif not d.passive and self._passive_phrase(clause, k, k_end, trigger, d.actor) and (
                released := self._object_after(clause, k_end, context)) is not None:
            d.actor, d.recipient, d.passive = None, released, True  # «وأطلق سراح زكي»: Zaki was released
        if trigger.pos != "verb" and (sides := self._between(clause, k_end, context)) is not None:
            d.actor, d.recipient, d.sides = *sides, True  # «اشتباكات بين الجيش والمتمردين», «الهدنة بين إسرائيل وحماس»
        if d.framed and _before(d.actor, clause.tokens[k]) and trigger.type != "CONSULT":
            d.actor = None  # «اعتقلت الشرطة … خلال تظاهرة»: the main clause's subject did not protest
            # (but «وصل الوزير إلى بيروت في زيارة»: the visitor visits)
        death = clause.tokens[k].stem in self.lexicon.cues["death_nouns"]
        if death and trigger.pos == "noun":
            d.actor, d.recipient = None, self._death_of(clause, k_end, context) or d.recipient
        if d.support is not None and d.support < k and not d.framed and not death and not d.sides:
            self._support_doer(clause, d, context)  # «نفذت العشرات من الأسر … وقفة احتجاجية»
        if d.support is not None and d.support > k_end:
            self._resumed_doer(doc, clause, d, context)  # «غارة شنتها قوات التحالف»
        if trigger.pos == "noun" and self._received(clause, k):
            self._giver(clause, d, context)  # «تلقى الوزير دعوة من نظيره»: the counterpart invites
        if d.event_type == "REQUEST" and (leaving := self._departing(clause, k_end + 1, min(d.limit, k_end + 8),
                                                                      own_clause=True)) is not None:
            if d.actor is not None and d.actor.start == leaving.start:
                d.actor = None  # «كما طالبت بانسحاب القوات الإريترية»: the forces are to leave, not asking
            if d.recipient is None or d.recipient.start == leaving.start:
                d.recipient = self._resolve(leaving, context, first=False)

    def _received(self, clause: Clause, k: int) -> bool:
        """A verb of receiving governs the noun («تلقى الرئيس دعوة», «تسلم رسالة»)."""
        return self._cue_before("receiving", clause, k, 8) is not None

    def _giver(self, clause: Clause, d: _Draft, context: Context) -> None:
        """The receiver is the recipient; the actor is whoever the noun came «من» (from), if named."""
        receiver = d.actor
        giver = next((p for p in clause.phrases if 0 < clause.local(p.first) - d.k_end <= 5
                      and self._prep(clause, p) == "من"), None)
        d.actor = self._resolve(giver, context, first=True) if giver is not None else None
        d.recipient = receiver

    def _support_doer(self, clause: Clause, d: _Draft, context: Context) -> None:
        """The subject of the verb of happening before a noun trigger does it."""
        support = d.support
        assert support is not None
        doer = self._subject_after(clause, support, context)
        if doer is not None and (d.recipient is None or d.recipient.start != doer.start):
            d.actor, d.by_support = doer, True
        elif doer is None and clause.stems[support].startswith(("شهد", "تشهد", "يشهد")) and \
                _before(d.actor, clause.tokens[d.k]):
            d.actor = None  # «شهدت العاصمة الجورجية احتجاجات»: the place saw them; its people protested

    def _resumed_doer(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> None:
        """«غارة شنتها قوات التحالف»: the verb after names the actor — when it takes the noun back
        as its object («شنتها», «نفذها»); in «غارات إسرائيلية تخرج مطار دمشق عن الخدمة» the noun is
        the verb's subject and what follows is its object."""
        support = d.support
        assert support is not None
        doer = (self._subject_after(clause, support, context) if _resumes(clause, support) else None) or \
            self._adjective_actor(doc, clause, support + 1, d.trigger)  # «غارة شنتها طائرة أميركية»
        if doer is None and _before(d.actor, clause.tokens[d.k]):
            d.actor = None  # «طالبوا برحيل القوات الفرنسية، في احتجاجات نظمت …»: not the forces' protest
        if doer is not None:
            if d.recipient is not None and d.recipient.start == doer.start:
                d.recipient = None
            d.actor = doer

    def _fallback_actor(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> None:
        """An actor the clause does not name: the noun's adjective or owner, the verb's dropped
        subject, the speaker, the other side of a protested act, or the default for the type."""
        trigger, k, k_end = d.trigger, d.k, d.k_end
        if d.actor is None and trigger.pos != "verb":
            self._noun_owner(doc, clause, d, context)
        if trigger.pos == "noun" and clause.tokens[k_end].suffix in _POSSESSIVES and not d.by_support:
            d.actor = self._owner_pronoun(clause, context) or d.actor  # «استقباله», «انسحابها»: whose act it is
        if trigger.pos == "verb" and not d.passive and self._counted_victims(clause, k):
            d.passive = True  # «قتل 13 عسكريا أميركيا»: a count of victims, whoever the subject was before
            if d.actor is not None and d.actor.start is not None and d.actor.start > clause.tokens[k].start:
                d.actor = None
            d.recipient = _victims(doc, clause, k + 2) or _victims(doc, clause, k + 3) or d.recipient
        if d.actor is None and trigger.pos == "verb" and not d.passive and not (
                trigger.type in INTRANSITIVE and self._unknown_subject(clause, k)):
            d.actor = self._implicit_subject(doc, clause, k, d.index, context)
        elif d.actor is None and trigger.pos == "verb" and (strike := self._strike_of(clause, k)) is not None:
            # «قتل بغارة للتحالف», «قتل في غارة أميركية»: the strike's owner killed
            d.actor = self._adjective_actor(doc, clause, strike, trigger) or self._possessor(clause, strike, context)
            d.retold = d.actor is None and "ال" in clause.tokens[strike].prefix  # «في الغارة»: the one told
        elif d.actor is None and _ours(clause.tokens[k], trigger) and context.speaker:
            d.actor = _copy(context.speaker)  # «تضامننا»: our solidarity, the speaker's
        elif d.actor is None and d.support is not None and d.support > 0 and \
                clause.tokens[d.support - 1].norm.lstrip("وف") in _PRONOUN_COMPLEMENTIZERS and \
                clause.tokens[k].stem not in self.lexicon.cues["death_nouns"]:  # «إنه بعد مقتل …»: not the speaker's
            d.actor = _copy(context.speaker) if context.speaker else None
        if d.actor is None and d.passive and d.event_type == "ASSAULT":
            d.actor = self._weapon_owner(doc, clause, k, trigger)  # «عندما أصاب صاروخ روسي مبنى سكنيا»
        material = trigger.type in MATERIAL or (trigger.type == "CONSULT" and trigger.mode in ("visit", "host"))
        visit = trigger.type == "CONSULT" and trigger.mode == "visit"
        d.location = self._location(doc, clause, k, material, visit) or _the_country(clause, context)
        if d.location and d.location.country and len(d.location.country) == 3:
            d.here = d.location.country
        hostile_noun = trigger.pos != "verb" and d.event_type in _HOSTILE
        if hostile_noun and (self._reaction_object(clause, k) or (
                d.antecedent is not None and self._reaction_object(clause, d.antecedent))):
            d.actor = self._opponent(doc, d.actor)  # «احتجت موسكو على طرد دبلوماسيين روس»: not Moscow's act
        if d.actor is None and hostile_noun:
            d.actor = self._protested_against(doc, clause, k)  # «استدعت بغداد القائم بالأعمال التركي … غداة قصف»
        d.defaulted = d.actor is None
        d.actor = d.actor or self._default_actor(d.event_type, context, d.here)
        d.event_type, d.mode = _by_actor(d.event_type, d.mode, trigger, d.actor)

    def _weapon_owner(self, doc: Document, clause: Clause, k: int, trigger: Trigger) -> Actor | None:
        """The nationality on a weapon named after a killing that names no killer («قتل خمسة أشخاص
        عندما أصاب صاروخ باليستي روسي مبنى»)."""
        weapons = self.lexicon.cues["weapons"]
        for j in range(k + 1, min(len(clause.tokens), k + 2 * _WINDOW)):
            if weapons.ends_at(clause.stems, j + 1) and (owner := self._adjective_actor(doc, clause, j, trigger)):
                return owner
        return None

    def _noun_owner(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> None:
        """«غارة أميركية», «غارة للتحالف», «اتفقوا على منع …», «وصل … في زيارة»: who does a noun's act."""
        k = d.k
        owner = None if d.event_type == "AID" else self._possessor(clause, d.k_end, context)  # «صرف شريحة لتونس»:
        # after a noun of giving, «لـ» names who receives, not whose act it is
        d.actor = self._adjective_actor(doc, clause, d.k_end, d.trigger, k) or owner or \
            self._decided_by(clause, k, context) or self._issued_by(clause, k, context)
        if d.actor is None and d.event_type == "CONSULT" and d.support == k and (
                opening := self._opening_subject(clause, k)) is not None:
            d.actor = self._resolve(opening, context, first=True)  # «وصل السوداني إلى طهران في زيارة»
        if d.actor is not None and d.recipient is not None and d.actor.start == d.recipient.start:
            d.recipient = None  # the owner of the event noun is not also its target
        elif d.actor is not None and d.recipient is not None and _inside(d.actor, d.recipient):
            d.actor = None  # «أطلق سراح الناشط الإيراني»: the adjective is the released man's

    def _addressee(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> None:
        """A recipient the clause leaves implicit: an envoy's host, «منهم», whoever struck first."""
        k, k_end = d.k, d.k_end
        envoy = self._envoy_recipient(doc, clause, k, k_end)
        if envoy is not None:
            d.recipient = envoy  # «استدعاءه لسفيره في موسكو»: the envoy's host is the one concerned
        if d.recipient is None and d.event_type in PATIENT_TYPES:
            d.recipient = self._pronoun_patient(clause, k, k_end, context)
        if d.recipient is None and d.event_type == "THREATEN" and _retaliation(clause, k_end):
            d.recipient = self._attacker(doc, d.actor)  # «والجماعة تتوعد بالرد»: on whoever struck it
        if d.recipient is None and d.event_type in _ADDRESSED and _addressed_by_pronoun(clause, k_end):
            d.recipient = self._sentence_other(doc, clause, d.actor)  # «طلب ضباط روس لهم بالاستسلام»
        if d.recipient is None and (clause.stems[k],) in self.lexicon.cues["mutual"].phrases:
            d.recipient = self._other_side(doc, clause, d.actor, context)  # «وسط تبادل للاتهامات»
        if d.recipient is None and d.event_type in SYMMETRIC_TYPES:
            d.recipient = self._unknown_partner(doc, clause, d.actor)  # «الحكومة السودانية والجبهة الثورية»
        self._fill_country(d.actor, context, doc, d.here)
        self._fill_country(d.recipient, context, doc, d.here)

    def _other_side(self, doc: Document, clause: Clause, actor: Actor | None, context: Context) -> Actor | None:
        """A mutual act (cue list ``mutual``) is each side's to the other: the party joined to the
        actor by «و» («تبادل الجيش وقوات الدعم السريع الاتهامات»), else the other side of the
        sentence's latest two-sided event («اشتباكات بين X وY، وسط تبادل للاتهامات»)."""
        if actor is None:
            return None
        phrases = sorted(clause.phrases, key=lambda p: p.first)
        for a, b in pairwise(phrases):
            if a.start == actor.start and b.first == a.last + 1 and \
                    clause.tokens[clause.local(b.first)].prefix.startswith("و"):  # of any kind («الجيش»)
                return self._resolve(b, context, first=False)
        for event in reversed(doc.events):
            if not clause.sentence.start <= event.trigger_start < clause.sentence.end:
                continue
            if event.actor is not None and event.recipient is not None:
                return _copy(event.recipient if _same(event.actor, actor) else event.actor)
        return None

    def _unknown_partner(self, doc: Document, clause: Clause, actor: Actor | None) -> Actor | None:
        """«اتفقت الحكومة السودانية والجبهة الثورية»: a movement the knowledge base does not know
        (its head in cue list ``rebel_heads``), joined by «و» right after the actor of a joint act,
        is its other side: the rebels of the actor's country."""
        if actor is None or actor.end is None or actor.country is None or actor.country in ORG_CODES:
            return None
        at = next((i for i, t in enumerate(clause.tokens) if t.start >= actor.end), None)
        if at is None:
            return None
        token = clause.tokens[at]
        named = any(m.first_token <= clause.base + at <= m.last_token for m in doc.mentions)
        if named or not token.prefix.startswith("وال") or (token.stem,) not in self.lexicon.cues["rebel_heads"].phrases:
            return None
        return Actor(country=actor.country, sector="REB", text=doc.text[token.start:token.end], start=token.start,
                     end=token.end)

    def _codable(self, clause: Clause, d: _Draft) -> bool:
        """Someone to say it of, and a meeting with someone met (the mode is settled here)."""
        actor, event_type = d.actor, d.event_type
        if actor is None and d.recipient is None:
            return False  # nobody to say it of: an event with no actor and no recipient codes nothing
        d.mode = d.mode or self._mode(clause, event_type)
        if actor is not None and d.recipient is not None and _same(actor, d.recipient) and actor.name is None:
            d.recipient = None
        if event_type != "CONSULT" or d.recipient is not None or self._visits_abroad(d):
            return True
        if actor is not None and actor.sector in CROWDS:
            return False  # «اجتمع الآلاف»: a crowd gathering is no consultation
        multilateral = d.mode == "multilateral"
        if d.trigger.pos == "verb" and d.trigger.mode == "visit" and not multilateral:
            return False  # «استقبل المستشفى مئة جريح»: a meeting needs someone met
        # «عقب اجتماع طارئ للقيادة»: a body meeting on its own consults nobody
        return not (d.trigger.pos == "noun" and "ال" not in clause.tokens[d.k].prefix and not multilateral)

    def _withdrawn_from(self, clause: Clause, k_end: int, limit: int, context: Context) -> Actor | None:
        """The country or capital after «من» that a withdrawal leaves («من النيجر», «من كابول»)."""
        for p in clause.phrases:
            local = clause.local(p.first)
            if k_end < local < limit and local - k_end <= _WINDOW and p.kind == "country" \
                    and self._prep(clause, p) == "من":
                return self._resolve(p, context, first=False)
        return None

    @staticmethod
    def _visits_abroad(d: _Draft) -> bool:
        """«وصل وزير الخارجية الأمريكي إلى بيروت في زيارة»: the host is the state of the place visited."""
        return d.mode == "visit" and _abroad(d)

    def _implied_recipient(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> None:
        """The place struck or visited, the maker of what is rejected, the one whose act is
        condemned, the state a protest is against."""
        event_type, actor, location = d.event_type, d.actor, d.location
        if d.recipient is None and event_type in ("ASSAULT", "COERCE"):
            d.recipient = self._object_nationality(doc, clause, d)  # «احتجز … ناقلة ترفع العلم البريطاني»
        targets = event_type in _PLACE_TARGETS or (event_type == "CONSULT" and d.mode == "visit")
        if d.recipient is None and targets and location is not None and _abroad(d):
            # «على منزل في قرية … الفلسطينية», «أقامت الإمارات مستشفى ميدانيا في غازي عنتاب»
            d.recipient = Actor(country=location.country, sector=_PLACE_TARGETS.get(event_type, "GOV"))
        if d.mode == "withdraw" and (left := self._withdrawn_from(clause, d.k_end, d.limit, context)) is not None:
            d.recipient = left  # «سحب السفير والقوات الفرنسية من النيجر»: the state left, not the troops
        if event_type in _REACTIONS:  # «رفض ممثلو الفصائل طلب ضباط روس …»: the request's maker
            d.recipient = self._owner_of_object(doc, clause, d.k_end, d.limit, context) or d.recipient
        reacting = event_type in _REACTIONS or (event_type == "THREATEN" and _retaliation(clause, d.k_end))
        if d.recipient is None and event_type in _REACTIONS and _step_taken_back(clause, d.k, d.k_end) and \
                context.sentence_actor is not None and context.sentence_actor[0] == clause.sentence.index:
            d.recipient = _copy(context.sentence_actor[1])  # «اعترفت إسبانيا …، في خطوة نددت بها إسرائيل»
        if d.recipient is not None and event_type == "ACCUSE" and d.mode == "disapprove" and \
                self._target_of_condemned_act(doc, clause, d):
            d.recipient = None  # «دانت مصر الغارة الإسرائيلية على مدرسة»: Israel struck, the school was struck
        if d.recipient is None and reacting:
            d.recipient = self._reacted_to(doc, clause, d.k_end)  # «دان الهجوم», «هددت بالرد على المناورات»
        if d.recipient is None and event_type == "PROTEST":
            d.recipient = _embassy_state(doc, clause)  # «تظاهر المئات أمام السفارة الأمريكية»: the US
        if d.recipient is None and actor is not None and actor.country and (
                event_type == "PROTEST" or (event_type in _CROWD_CLAIMS and actor.sector in CROWDS)):
            d.recipient = Actor(country=actor.country, sector="GOV")  # no target named: the state

    def _departing(self, clause: Clause, lo: int, hi: int, own_clause: bool = False) -> Phrase | None:
        """«برحيل القوات الفرنسية», «بانسحاب القوات الإريترية»: the actor right after a departure
        noun with «بـ» (cue list ``departures``) between ``lo`` and ``hi``, before a stop (or, for
        ``own_clause``, a comma): the one a demand targets."""
        departures = self.lexicon.cues["departures"].phrases
        stops = (".", "؛", ";", "،", ",") if own_clause else (".", "؛", ";")
        for j in range(lo, min(hi, len(clause.tokens) - 1)):
            token = clause.tokens[j]
            if token.norm in stops:
                return None
            if token.prefix.lstrip("وف").startswith("ب") and (token.stem,) in departures:
                return next((p for p in clause.phrases if clause.local(p.first) == j + 1 and p.kind != "home"), None)
        return None

    def _object_nationality(self, doc: Document, clause: Clause, d: _Draft) -> Actor | None:
        """«احتجز الحرس الثوري ناقلة نفط ترفع العلم البريطاني», «داخل مسجد للشيعة في مدينة بيشاور
        الباكستانية»: an object attacked or seized (cue list ``target_objects``), named after the
        actor, belongs to the nationality said within six words after it, before any comma."""
        objects = self.lexicon.cues["target_objects"].phrases
        last = len(clause.tokens) - 1
        for j in range(d.k, min(d.limit, last, d.k_end + 10)):
            if (clause.tokens[j].stem,) not in objects:
                continue
            if d.actor is None or d.actor.end is None or d.actor.end > clause.tokens[j].start:
                return None  # «قصفت طائرات أمريكية …»: the plane is the actor's, not the target
            for i in range(j, min(last, j + 6)):
                if _PUNCT.search(clause.tokens[i + 1].norm):
                    return None
                if (owner := _nationality_after(doc, clause, i)) is not None:
                    owner.sector = "CVL"
                    return owner
            return None
        return None

    def _dated(self, doc: Document, clause: Clause, d: _Draft, context: Context) -> bool:
        """The event's own date; False for history told as background."""
        k = d.k
        timex = _timex(doc, clause, k, d.future)
        if any(end <= k for end in self._ends(clause, "background")):
            return False  # history told as background («سبق أن …»), not news
        if _pluperfect(clause, k) and not _recent(timex, doc.date):
            return False  # «وكانت أثينا وقعت في منتصف حزيران اتفاقا»: what had happened before the news
        if timex is not None and not timex.future:
            context.dated = (clause.sentence.index, timex)
        elif timex is None and context.dated and clause.sentence.index - context.dated[0] <= 1 and not d.future:
            timex = context.dated[1]  # the story goes on the day the sentence before gave
        elif timex is None and not d.future and context.story is not None:
            d.story = True  # told without a date: the day of the story its lead tells
            timex = context.story
        d.timex = timex
        return True

    def _event(self, doc: Document, clause: Clause, d: _Draft) -> Event:
        tokens, k, k_end, timex = clause.tokens, d.k, d.k_end, d.timex
        return Event(
            doc_id=doc.id, event_type=d.event_type, mode=d.mode, cameo=d.trigger.cameo, actor=d.actor,
            recipient=d.recipient, date=timex.value if timex else doc.date,
            date_precision=("story" if d.story else timex.precision) if timex else (
                "published" if doc.date else "unknown"),
            evidence=[_evidence(doc, clause.sentence)], trigger=doc.text[tokens[k].start:tokens[k_end].end],
            trigger_start=tokens[k].start, trigger_end=tokens[k_end].end, location=d.location,
            goldstein=d.trigger.goldstein, confidence=0.6 if d.trigger.pos == "noun" else 0.7,
            headline=_is_title(doc, clause) or (d.framed and "ال" in tokens[k].prefix),
            anaphoric=d.retold or (d.index not in self.lexicon.verbal and "ال" in tokens[k].prefix),
            default_actor=d.defaulted and d.actor is not None,
            outcome=d.event_type == "ASSAULT" and (d.passive or tokens[k].stem in self.lexicon.cues["death_nouns"]))

    @staticmethod
    def _coordinated(clause: Clause, event: Event) -> list[Event]:
        """«أعلنت إيطاليا وإسبانيا والدنمارك طرد دبلوماسيين روس»: each of several joined actors did
        the act; a symmetric act («بحث الوزيران») stays one event between them."""
        if event.actor is None or event.actor.start is None or event.event_type in SYMMETRIC_TYPES:
            return []
        phrases = sorted(clause.phrases, key=lambda p: p.first)
        at = next((n for n, p in enumerate(phrases) if p.start == event.actor.start), None)
        if at is None:
            return []
        first, last = at, at
        while first > 0 and _joined(clause, phrases[first - 1], phrases[first]):
            first -= 1
        while last + 1 < len(phrases) and _joined(clause, phrases[last], phrases[last + 1]):
            last += 1
        others = [p for n, p in enumerate(phrases[first : last + 1], first) if n != at]
        if event.recipient is not None:
            others = [p for p in others if p.start != event.recipient.start]
        return [replace(event, actor=_copy(p.actor), evidence=list(event.evidence)) for p in others]

    def _object_of_verb(self, doc: Document, clause: Clause, k: int) -> bool:
        """«أعلنت إيطاليا وإسبانيا طرد دبلوماسيين», «قررت الحكومة سحب سفيرها»: a bare verb form
        after a verb of announcing or happening and its subject is that verb's object, a verbal noun."""
        token = clause.tokens[k]
        if token.prefix or token.suffix:
            return False
        free = self._free_tokens(doc, clause)
        i = k - 1
        while i >= 0 and i in free and k - i <= 8:
            if clause.words[i] in _COMPLEMENTIZERS or clause.words[i].lstrip("وفب") in ("انهما", "انهم", "انها", "انه"):
                return False  # «أضاف أنهما ناقشا»: a clause of its own, with its own verb
            i -= 1
        if i < 0 or i == k - 1:
            return False  # two verbs in a row with nothing between are two predicates
        return (self.lexicon.support_index.match_at(clause.forms, i) is not None
                or self.lexicon.reporting_index.match_at(clause.forms, i) is not None)

    def _agrees_to_act(self, clause: Clause, k_end: int) -> bool:
        """«وافق على» followed by an event noun («تبادل الأسرى», «وقف إطلاق النار»)."""
        for i in range(k_end + 1, min(len(clause.tokens), k_end + 8)):
            if clause.words[i] == "علي":
                index = self.lexicon.trigger_index
                return i + 1 < len(clause.tokens) and index.match_at(clause.forms, i + 1) is not None
        return False

    def _content_of_speech(self, clause: Clause, k: int, free: set[int]) -> bool:
        """A trigger that is the object of a verb of demanding, refusing, threatening or accusing
        (after it and its subject, or after its «بـ» / «إلى») tells what was said, not what happened:
        «اشترطت النقابات سحب القانون», «طالبوا بالإفراج», «دعا إلى وقف القتال»."""
        agreed = k > 1 and clause.words[k - 1] == "علي"  # «وافقت الحكومة على تبادل الأسرى»: agreed to, not done
        i = k - 2 if k > 1 and clause.words[k - 1] in ("الي", "علي") else k - 1
        if i > 0 and clause.tokens[i].prefix.lstrip("وف") == "ب" and "ال" not in clause.tokens[i].prefix:
            i -= 1  # «هدد بشن عملية عسكرية»: the threat is of launching the operation
        while i >= 0 and i in free and k - i <= 10:
            i -= 1  # the subject and the date between the verb and its object
        if i < 0:
            return False
        if clause.words[k - 1] == "الي" and self._called_to(clause, i):
            return True  # «دعا روتو ألمانيا والدول الصناعية الكبرى إلى دعم …»: a long object before «إلى»
        plural = self.lexicon.plural_participles.get(clause.stems[i])  # «مطالبين بطرد السفير»
        if plural is not None:
            return self.lexicon.triggers[plural].type in _SPEECH_TYPES
        match = self.lexicon.trigger_index.match_at(clause.forms, i)
        if match is None or match.last != i:
            return False
        index = int(match.entries[0].key)
        head = self.lexicon.triggers[index]
        speech = head.type in _SPEECH_TYPES or (agreed and head.form.startswith("وافق"))
        return speech and head.pos == "verb" and self.lexicon.is_verb_form(index, clause.tokens[i].norm)

    def _called_to(self, clause: Clause, i: int) -> bool:
        """A verb of calling or demanding within a few words before ``i`` in the same stretch of
        the clause (no punctuation, no other verb between): what follows its «إلى» is asked for."""
        for j in range(i, max(-1, i - 8), -1):
            if not clause.words[j][:1].isalpha():
                return False
            match = self.lexicon.trigger_index.match_at(clause.forms, j)
            if match is None or match.last != j:
                continue
            index = int(match.entries[0].key)
            head = self.lexicon.triggers[index]
            verb = head.pos == "verb" and self.lexicon.is_verb_form(index, clause.tokens[j].norm)
            if verb or j < i:
                return verb and head.type == "REQUEST"
        return False

    def _joined_noun(self, clause: Clause, k: int) -> int | None:
        """The event noun an «و»-joined noun trigger is coordinated with («طرد دبلوماسيين ومنع
        اثنين»), within a few words and with no verb between, or None."""
        if not clause.tokens[k].prefix.startswith("و") or "ال" in clause.tokens[k].prefix:
            return None
        for j in range(k - 1, max(-1, k - 7), -1):
            if clause.words[j] in ("،", ",", ".", ":", "؛"):
                return None  # «…، ودعا السلطات»: after a comma «و» opens a new clause
            if j in clause.nouns:
                return j
            match = self.lexicon.trigger_index.match_at(clause.forms, j)
            if match is not None and match.last < k:
                head = self.lexicon.triggers[int(match.entries[0].key)]
                nominal = clause.tokens[j].prefix.lstrip("وف") in ("ب", "ل", "بال", "لل", "ال")
                return j if nominal or head.pos == "noun" else None  # a verb opens a new predicate
        return None

    def _idiom(self, clause: Clause, k: int, k_end: int) -> bool:
        """The trigger is inside (or right after) a set phrase that reports no event of its own
        («بدعوة من»); a set phrase inside the trigger («حق» in «حق النقض») does not count."""
        idioms = self.lexicon.cues["idioms"]
        for end in range(k + 1, min(len(clause.tokens), k + 3) + 1):
            size = idioms.ends_at(clause.stems, end)
            if size and end - size <= k and not (end - size >= k and end - 1 <= k_end and k_end > k):
                return True
        return k > 0 and idioms.ends_at(clause.stems, k) > 0 and clause.tokens[k].prefix == ""

    def _negated(self, clause: Clause, k: int) -> bool:
        negation = self.lexicon.cues["negation"]
        return any(negation.ends_at(words, end) for words in (clause.words, clause.stems)
                   for end in (k, k - 1) if end > 0)

    def _denied(self, clause: Clause, k: int) -> bool:
        """«نفى حافظ أن يكون الجانبان قد بحثا …»: what a denial's «أن» clause says did not happen;
        «نفى الجيش مسؤوليته عن قصف …»: an act whose doing is denied."""
        if k > 1 and clause.words[k - 1] == "عن" and clause.tokens[k - 2].stem.startswith("مسوولي") and any(
                clause.stems[i] in _DENIALS for i in range(max(0, k - 6), k - 2)):
            return True  # «نفى الجيش مسؤوليته عن قصف المستشفى»: he denies being its doer
        for i in range(max(0, k - 12), k - 1):
            if clause.stems[i] in _DENIALS and any(clause.words[j] in _COMPLEMENTIZERS or clause.words[j].startswith(
                    ("انه", "انها", "انهم")) for j in range(i + 1, min(k, i + 5))):
                return True
        return False

    def _claimed(self, clause: Clause, k: int) -> bool:
        """«رفض الاتهامات بأن بلاده تدعم المتمردين»: what a «أن» clause after a noun of claiming
        (cue list ``claims``: «الاتهامات», «مزاعم», «أنباء») says is the claim, not a reported act."""
        claims = self.lexicon.cues["claims"]
        stems = [t.stem for t in clause.tokens]  # without the article: «الاتهامات» → «اتهامات»
        return any(clause.words[j] in _COMPLEMENTIZERS and claims.ends_at(stems, j) > 0
                   for j in range(max(1, k - 12), k))

    @staticmethod
    def _passive_phrase(clause: Clause, k: int, k_end: int, trigger: Trigger, actor: Actor | None) -> bool:
        """A verb-and-object phrase in the bare third-person past with nothing between its words
        and only a noun after it («أطلق سراح زكي», «أعلن حظر التجول») is read as a passive: an
        active one puts its subject between the verb and the object («أطلقت السلطات سراح…»)."""
        if trigger.pos != "phrase" or k_end == k or (actor is not None and (
                actor.start is None or actor.start < clause.tokens[k].start)):
            return False
        first = normalize_key(trigger.form).split()[0]
        return clause.tokens[k].norm.lstrip("وف") == first

    def _acknowledges(self, doc: Document, clause: Clause, k: int, k_end: int) -> bool:
        """A verb of owning up (cue list ``admissions``: «أقر», «اعترف») whose object is a clause
        opened by «أن/بأن» after its subject acknowledges a fact: it is no approval of its own."""
        if not self.lexicon.cues["admissions"].ends_at(clause.stems, k + 1) and \
                not self.lexicon.cues["admissions"].ends_at([w.lstrip("وف") for w in clause.words], k + 1):
            return False
        free = self._free_tokens(doc, clause)
        i = k_end + 1
        while i < len(clause.tokens) and i in free and i - k_end <= 8:
            i += 1
        return i < len(clause.tokens) and clause.words[i] in _COMPLEMENTIZERS

    def _past_description(self, doc: Document, clause: Clause, k: int) -> bool:
        """Where a past verb after an indefinite noun describes it too: the noun is governed by a
        preposition (cue list ``noun_preps``: «وسط هدوء حذر ساد …»), so it is no subject of the verb
        («مسلحون هاجموا …»)."""
        if k < 2 or _step_taken_back(clause, k, k):
            return False  # «في خطوة نددت بها إسرائيل»: the clause tells a reaction, not a description
        noun = clause.tokens[k - 1]
        word, preps = clause.words[k - 2], self.lexicon.cues["noun_preps"].phrases
        return (word,) in preps or (word[:1] == "و" and (word[1:],) in preps) or noun.prefix.lstrip("و") in ("ب", "ل")

    def _describes(self, doc: Document, clause: Clause, k: int, index: int) -> bool:
        """A present-tense verb right after an indefinite common noun is an adjectival clause
        describing that noun (Arabic has no relative pronoun after an indefinite antecedent)."""
        token = clause.tokens[k]
        if k == 0 or token.prefix or _is_title(doc, clause):
            return False
        if not self.lexicon.present_tense(index, token.norm) and not self._past_description(doc, clause, k):
            return False
        if clause.tokens[k - 1].norm in ("»", "”") and k > 1:
            k -= 1  # «نشر التنظيم «فتوى» تدعو المقاتلين»: the noun is quoted
        before = clause.tokens[k - 1]
        in_phrase = any(p.first <= before.index <= p.last for p in clause.phrases)
        return not (in_phrase or before.prefix.endswith("ال") or k - 1 in self._free_tokens(doc, clause)
                    or len(before.stem) < 3 or before.norm in _PARTICLES
                    or self.lexicon.trigger_index.match_at(clause.forms, k - 1) is not None
                    or not before.norm[:1].isalpha())

    def _blocked(self, clause: Clause, k: int, trigger: Trigger, index: int) -> bool:
        """Negated, conditional, forecast or questioned."""
        cues, words = self.lexicon.cues, clause.stems
        tok = clause.tokens[k]
        if self._negated(clause, k) or self._denied(clause, k) or self._claimed(clause, k):
            return True
        hidden_lam = (tok.norm.startswith("ل") and not tok.prefix and tok.norm[1:] in clause.forms[k]  # «لدعم»
                      and self.lexicon.trigger_index.match_at([[tok.norm]], 0) is None)  # not «لقاءات»
        undergone = k > 0 and self.lexicon.support_index.match_at(clause.forms, k - 1) is not None  # «تعرضت لهجوم»
        if ((_purpose(tok) or hidden_lam) and not undergone) or (k > 0 and _purpose(clause.tokens[k - 1])):
            return True  # «لحل», «ليبحث», «لزيارة», «للمطالبة», «لمواصلة مشاوراته»: a purpose, not a report
        if trigger.pos != "verb" and k > 0 and clause.words[k - 1] in _DEMONSTRATIVES and "ال" not in tok.prefix:
            return True  # «وللأسف هذا طلب بالفراغ»: «this is a request», a comment, not a new act
        if k > 0 and cues["slogans"].ends_at(words, k):
            return True  # «ردد المحتجون هتافات تدعو إلى …»: a slogan
        if trigger.type == "COERCE" and any(cues["own_doors"].ends_at(words, end)
                                            for end in range(k + 2, min(len(words), k + 6) + 1)):
            return True  # «أغلقت آلاف المحلات أبوابها»: a shutdown, not a closure imposed on others
        after_adjective = clause.words[k - 1].endswith("ه") and "ال" not in clause.tokens[k - 1].prefix if k else False
        if _adverbial(tok, trigger) and k > 0 and (clause.words[k - 1] in ("،", ",") or (
                trigger.pos == "verb" and after_adjective)):
            return True  # «…، تضامنا مع», «مظاهرات حاشدة رفضا للانقلاب»: the reason of another act
        if any(cues["purpose"].ends_at(words, end) for end in (k, k - 1) if end > 0):
            return True  # «من أجل بحث», «بهدف التوصل»
        # a conditional opens the whole sentence to hypothesis: «في حال استمرت …، قد تعلن …»
        named = {i for p in clause.phrases if p.kind == "person" for i in range(p.first, p.last + 1)}
        if any(end <= k and clause.base + end - 1 not in named for end in self._ends(clause, "conditional")):
            return True  # (but «لولا» in «لويس إيناسيو لولا دا سيلفا» is a name)
        cooperative = trigger.type in COOPERATIVE  # «يعتزم زيارة»: an intended cooperative act is planned (AGREE)
        intended = self._ends(clause, "intentions") if cooperative else frozenset()
        if any(end <= k and end not in intended for end in self._ends(clause, "forecast")):
            return True
        if any(end <= k for end in self._ends(clause, "obligation", stems=False)):
            return True  # «إن على طهران وقف دعمها»: what someone must do, not what was done
        if k > 0 and cues["modal_present"].ends_at(words, k) and trigger.pos == "verb" and (
                self.lexicon.present_tense(index, tok.norm) or _pluperfect(clause, k)):
            return True  # «قد يلتقي»: may meet; «وكان قد التقى»: background; but «وقد نسق الجيش» asserts it
        if any(words[i] == "قد" and clause.tokens[i + 1].norm[:1] in ("ي", "ت") for i in range(max(0, k - 6), k - 1)):
            return True  # «قد تلجأ الحكومة إلى فرض حظر التجول»: «may» before a present verb
        last = clause.tokens[-1].norm if clause.tokens else ""
        return last in ("؟", "?")

    def _future(self, doc: Document, clause: Clause, k: int, trigger: Trigger) -> bool:
        """Told as to come: a future verb («سيزور»), a future cue just before, or a verbal noun
        governed by a verb of happening in the future or after «أن» («ستبدأ سحب قواتها», «ستقدم
        دعما», «سيواصل دعم المعارضة», «قررت أن تبدأ سحب قواتها»)."""
        tok = clause.tokens[k]
        if trigger.pos in ("verb", "phrase") and "س" in tok.prefix and tok.norm[len(tok.prefix):][:1] in "يتن":
            return True
        if k > 0 and "ال" not in tok.prefix and _future_verb(clause.tokens[k - 1]):
            return True  # «ستبدأ سحب قواتها», «سيواصل دعم»: the verbal noun of a future verb
        governor = self._support_before(clause, k, self._free_tokens(doc, clause)) if k > 0 else None
        if governor is not None and governor < k and (
                _future_verb(clause.tokens[governor]) or _subjunctive(clause, governor)):
            return True
        words = clause.words
        if trigger.type in COOPERATIVE and self._intended(doc, clause, k):
            return True  # «يعتزم الرئيس الإيراني زيارة العراق», «قررت مصر وتركيا عقد اجتماع»: planned
        return any(self.lexicon.cues["future"].ends_at(words, end) for end in range(max(0, k - 3), k + 1))

    def _intended(self, doc: Document, clause: Clause, k: int) -> bool:
        """A verb of intending or deciding (cue list ``intentions``) governs the act at ``k``, with
        only actors, dates, filler words and a verb of happening between («قررت الحكومتان عقد
        اجتماع»): the act is planned, not done."""
        intentions, free = self.lexicon.cues["intentions"], self._free_tokens(doc, clause)
        support = self.lexicon.support_index
        for i in range(k - 1, max(-1, k - 10), -1):
            if intentions.ends_at(clause.stems, i + 1) or (clause.tokens[i].norm,) in intentions.phrases:
                return True
            if i not in free and support.match_at(clause.forms, i) is None:
                return False
        return False

    def _reported(self, doc: Document, clause: Clause, k: int, k_end: int, trigger: int) -> int | None:
        """A noun trigger counts when a verb of happening governs it: the verb stands near before
        or after it with nothing between but actors, dates and filler words («انطلقت احتجاجات»,
        «أعلنت الحكومة استقالتها», «غارة شنتها …»), not «أعلنت استقالتها على خلفية الاحتجاجات»; or
        when it frames another event («خلال تظاهرة», «قتل بغارة جوية»)."""
        free = self._free_tokens(doc, clause)
        if (clause.tokens[k].stem,) in self.lexicon.cues["gifts"].phrases:
            return self._giving_verb(clause, k, free)  # «قدمت ألمانيا 100 مليون يورو», «قدمت خياما»
        after = self._support_after(clause, k_end, free)
        if after is not None and _ongoing_description(clause, after) and self._named_as_means(clause, k):
            return None  # «من خلال العقوبات التي تفرضها», «جهود الوساطة التي تقودها قطر»: a description
        if after is not None and (_resumes(clause, after) or self._support_before(clause, k, free) is None):
            return after  # «غارة شنتها …», «المظاهرة التي انطلقت»; but «شنت إسرائيل غارات استهدفت …»
        if k > 0 and clause.words[k - 1] in self.lexicon.cues["frame_preps"]:
            return k - 1  # «خلال تظاهرة»: the frame of another event happened
        told = self.lexicon.triggers[trigger]
        if told.type == "ASSAULT" and (
                clause.tokens[k].prefix.lstrip("وف") == "ب" or (k > 0 and clause.words[k - 1] == "في")):
            return k  # «قتل بغارة جوية», «قتل في غارة»: the means of a violent event told happened too
        before = k - 2 if k > 1 and clause.words[k - 1] in _ORDINALS else k - 1
        if told.type == "CONSULT" and told.mode == "visit" and before >= 0 and clause.words[before] == "في" \
                and "ال" not in clause.tokens[k].prefix:
            return k  # «وصل الوزير إلى بيروت في (أول) زيارة رسمية»: a visit under way
        return self._support_before(clause, k, self._free_tokens(doc, clause))

    def _giving_verb(self, clause: Clause, k: int, free: set[int]) -> int | None:
        """A sum or relief goods (cue list ``gifts``) are aid only as the object of a verb of
        giving (cue list ``giving_verbs``: «خصصت الكويت 5 ملايين دولار», «قدمت المفوضية خياما»),
        with nothing between but actors, numbers and filler; «بلغت الخسائر مليون دولار» is none."""
        giving = self.lexicon.cues["giving_verbs"]
        for i in range(k - 1, max(-1, k - 10), -1):
            if giving.ends_at(clause.stems, i + 1) or giving.ends_at(clause.words, i + 1):
                return i
            if i not in free:
                return None
        return None

    def _listed(self, clause: Clause, k: int) -> bool:
        """A verb of listing («أدرج», «صنف»: cue list ``listing_verbs``) reports a sanction only when
        what it lists on is a blacklist (cue list ``blacklists``) in the same clause: «أدرجت
        السعودية 10 أفراد على قائمة الإرهاب», «صنفت بريطانيا حماس منظمة إرهابية»; not «أدرج
        البند على جدول الأعمال»."""
        blacklists = self.lexicon.cues["blacklists"]
        bare = [t.stem for t in clause.tokens]  # «قائمة الإرهاب»: the list is written without «ال»
        for end in range(k + 2, min(len(clause.tokens), k + 13) + 1):
            if clause.words[end - 1] in ("،", ",", "؛"):
                return False
            if blacklists.ends_at(bare, end):
                return True
        return False

    def _shared_support(self, doc: Document, clause: Clause, antecedent: int) -> int | None:
        """The verb of happening that governs the event noun an «و»-joined noun is coordinated
        with governs it too («أعربت عن رفضها واستهجانها»: both expressed, and «أعرب» is a verb
        of saying); None if it has none."""
        free = self._free_tokens(doc, clause)
        support = self._support_before(clause, antecedent, free)
        if support is not None:
            return support
        i = antecedent - 1
        while i >= 0 and i in free and antecedent - i <= 8:
            i -= 1
        said = i >= 0 and i < antecedent - 1 and self.lexicon.reporting_index.match_at(clause.forms, i) is not None
        return i if said else None

    def _named_as_means(self, clause: Clause, k: int) -> bool:
        """An event noun named as the means or the effort of something else (cue list ``means``:
        «من خلال العقوبات», «عبر الوساطة», «بجهود الوساطة»): a policy talked about."""
        means = self.lexicon.cues["means"]
        if k == 0 or means.ends_at(clause.words, k):
            return k > 0
        word = clause.words[k - 1]
        return any(word.startswith(head) and (word[len(head):],) in means.phrases
                   for head in ("و", "ب", "ل", "وب", "ول"))

    def _support_before(self, clause: Clause, k: int, free: set[int]) -> int | None:
        index = self.lexicon.support_index
        for i in range(k - 1, max(-1, k - 13), -1):
            if index.match_at(clause.forms, i) is not None:
                return i
            if i not in free:
                break
        opener = _clause_opener(clause, k)
        if opener is not None and "ال" not in clause.tokens[k].prefix and index.match_at(clause.forms, opener):
            return opener  # «نفذت العشرات من الأسر … وقفة احتجاجية»
        return None

    def _support_after(self, clause: Clause, k_end: int, free: set[int]) -> int | None:
        """«اجتماع الوزراء المقرر عقده», «المظاهرة التي انطلقت», «غارة شنتها قوات التحالف»."""
        negation = self.lexicon.cues["negation"]
        for i in range(k_end + 1, min(len(clause.tokens), k_end + 4)):
            if negation.ends_at(clause.stems, i + 1):
                break  # «بدون تأخير» is «without», not a form of «بدأ»
            if self.lexicon.support_index.match_at(clause.forms, i) is not None:
                return i
            if (i not in free and clause.tokens[i].norm not in _RELATIVES) or not clause.tokens[i].stem[:1].isalpha():
                break
        return None

    def _free_tokens(self, doc: Document, clause: Clause) -> set[int]:
        """Local indices of tokens that may stand between a verb and the noun it governs."""
        if clause.free is None:
            clause.free = self._compute_free(doc, clause)
        return clause.free

    def _compute_free(self, doc: Document, clause: Clause) -> set[int]:
        free = {clause.local(i) for p in clause.phrases for i in range(p.first, p.last + 1)}
        free |= {clause.local(i) for m in clause.mentions  # «… أمريكية وبريطانية», «شهدت مدن كردستان»
                 if m.entity.kind in ("demonym", "place", "capital", "country")
                 for i in range(m.first_token, m.last_token + 1)}
        gap = self.lexicon.cues["support_gap"]
        sentence = clause.sentence
        spans = [(t.start, t.end) for t in doc.timexes if sentence.start <= t.start < sentence.end]
        for i, tok in enumerate(clause.tokens):
            if (tok.stem in gap or tok.norm in gap or tok.norm in ("،", ",") or _number(tok)
                    or (spans and any(a <= tok.start < b for a, b in spans))):
                free.add(i)
        free |= self._time_adverbial_heads(clause, spans)
        free |= self._aside(clause)
        return free

    def _aside(self, clause: Clause) -> set[int]:
        """Local indices of asides between two commas opened by a word of cue list ``asides``,
        bare or with its pronoun («، بينها أياكوتشو وأريكيبا،»), the closing comma within eight words."""
        asides, out = self.lexicon.cues["asides"], set()
        commas = [i for i, w in enumerate(clause.words) if w in ("،", ",")]
        for start, end in pairwise(commas):
            opener = clause.stems[start + 1] if end - start > 1 else ""
            if 1 < end - start <= 9 and ((opener,) in asides.phrases or clause.tokens[start + 1].stem in asides
                                         or asides.ends_at(clause.words, start + 3)):
                out.update(range(start + 1, end))
        return out

    def _time_adverbial_heads(self, clause: Clause, spans: list[tuple[int, int]]) -> set[int]:
        """Local indices of prepositions right before a date expression («بعد ظهر اليوم»,
        cue list ``time_preps``): the adverbial they open may stand between a verb and its noun."""
        if not spans:
            return set()  # no date expression in the sentence
        preps = self.lexicon.cues["time_preps"]
        return {i for i, tok in enumerate(clause.tokens[:-1]) if tok.norm in preps
                and any(a <= clause.tokens[i + 1].start < b for a, b in spans)}

    # ---------------------------------------------------------------- arguments
    def _arguments(self, doc: Document, clause: Clause, k: int, k_end: int, trigger: Trigger,
                   context: Context, limit: int) -> tuple[Actor | None, Actor | None, bool]:
        """Actor, recipient, and whether the verb was read as a passive. Arguments after the
        trigger stop where the next trigger starts: its words are its own predicate's."""
        phrases = [p for p in clause.phrases
                   if not self._is_place(clause, p) and not self._source(clause, p) and not self._attributed(clause, p)
                   and not self._mediator(clause, p, k)]
        if trigger.pos == "noun":  # «عقب اجتماع طارئ للقيادة، وقف الاتصالات مع إسرائيل»: a noun's
            # arguments do not run past the comma that closes it
            limit = min(limit, next((i for i in range(k_end + 1, len(clause.tokens))
                                     if clause.tokens[i].norm in ("،", ",")), limit))
        else:  # «ودانت البعثة الهجوم، مؤكدة وقوفها إلى جانب العراق»: nor a verb's past «، مؤكدة»
            limit = min(limit, next((i for i in range(k_end + 1, len(clause.tokens) - 1)
                                     if clause.tokens[i].norm in ("،", ",") and _circumstantial(
                                         clause, i + 1)), limit))
        after = [p for p in phrases if k_end < clause.local(p.first) <= k_end + _WINDOW
                 and clause.local(p.first) < limit]
        before = [p for p in phrases if clause.local(p.last) < k and clause.local(p.last) >= k - 8]
        self._free_tokens(doc, clause)
        subject = self._subject(clause, k, k_end, trigger, after, before)
        carried = self._carried_subject(clause, k, trigger, subject, after, context)
        if carried is not None:  # «اقتحمت الشرطة الأقصى واعتقلت عشرات المصلين»: the police arrested them
            return carried, self._resolve(subject, context, first=False), False
        if self._passive(clause, k, trigger, subject, before):
            agent = self._agent(clause, after)
            return (self._resolve(agent, context, first=True) if agent else None,
                    self._resolve(subject, context, first=False), True)
        agent = self._agent(clause, after)
        if subject is not None and _agentive(subject):
            agent = None  # «أدانت المنامة تصريحات من قبل المسؤولين الإيرانيين»: the verb has its agent
        if agent is not None:  # passive: «فرض عقوبات من قبل كندا»: the agent acts on the subject
            patient = subject if subject is not agent else None
            if patient is None:
                patient = self._recipient(clause, trigger, [p for p in after if p is not agent], None, False)
            return self._resolve(agent, context, first=True), self._resolve(patient, context, first=False), True
        verbal = trigger.pos == "verb" or (trigger.pos == "phrase" and "ال" not in clause.tokens[k].prefix)
        shared = self._shared_subject(clause, k, verbal, subject if subject in after else None, context)
        topic = self.lexicon.topic_index.match_at(clause.forms, k) is not None
        if shared is not None:  # «أعلنت الحكومة البنمية …، ودعت الحكومة الفنزويلية»
            # (but «، وبحث آلية تنفيذ قرار مجلس الأمن»: what is discussed is no one met)
            obj = subject if subject in after and not topic else self._recipient(
                clause, trigger, after, None, not topic)
            return shared, self._resolve(obj, context, first=False), False
        dual = subject is None and trigger.pos == "verb" and _dual(clause.tokens[k])
        direct = not topic and not dual and not (subject is not None and subject.kind == "pair")
        recipient_phrase = self._recipient(clause, trigger, after, subject, direct, k_end)
        actor = self._resolve(subject, context, first=True)
        recipient = self._resolve(recipient_phrase, context, first=False)
        if (dual or (subject is not None and subject.kind == "pair")) and context.last_pair:
            actor = actor or _copy(context.last_pair[0])
            if recipient_phrase is None:
                recipient = _copy(context.last_pair[1])
        if recipient is None and subject is not None and trigger.type in SYMMETRIC_TYPES:
            recipient = self._compound(doc, clause, subject, phrases)  # the others: each joined actor acts
        return actor, recipient, False

    def _carried_subject(self, clause: Clause, k: int, trigger: Trigger, subject: Phrase | None,
                         after: list[Phrase], context: Context) -> Actor | None:
        """A verb joined by «و» (no comma) to an earlier event of the sentence's main clause,
        followed by a noun that does not act (civilians, not forces or states), keeps the earlier
        actor as its subject and takes that noun as its object, rather than a passive «اُعتقلت»."""
        if trigger.pos != "verb" or subject is None or subject not in after or _agentive(subject):
            return None
        if self._killed_in(clause, k):
            return None  # «وقتل ثلاثة مصلين في المواجهات»: killed in them, a passive
        if any(t.norm in ("،", ",") for t in clause.tokens[max(0, k - 2):k]):
            return None
        return self._shared_subject(clause, k, True, None, context)

    def _passive(self, clause: Clause, k: int, trigger: Trigger, subject: Phrase | None,
                 before: list[Phrase]) -> bool:
        """«قتل محتج»: a passive-prone verb in the past, with the noun after it and no subject
        before it in its clause, tells what was done to that noun."""
        if trigger.pos != "verb" or subject is None:
            return False
        if subject in before:  # «ثمانية من عناصر الحرس قتلوا في هجوم»: killed in, by means of
            following = clause.tokens[k + 1] if k + 1 < len(clause.tokens) else None
            prone = self.lexicon.passive_index.match_at(clause.forms, k) is not None
            if prone and subject.actor.sector in CROWDS and subject.kind not in ("country", "organisation"):
                return True  # «أن شابا قتل», «شخصين قتلا»: civilians were killed, they did not kill
            if prone and subject.kind not in ("country", "organisation") and self._killed_in(clause, k):
                return True  # «أن قياديا في القاعدة قتل منتصف يوليو … في غارة»: killed in a strike
            return following is not None and prone and (
                following.norm in self.lexicon.cues["frame_preps"] or following.norm == "في"
                or following.prefix.lstrip("وف") == "ب")
        if _agentive(subject):  # «اعتقلت قوات الأمن…», «قصفت إسرائيل…»: those who act,
            # unless «قتل زعيم التنظيم في غارة» (killed in a strike) or «قتل 13 عسكريا» (a count of victims)
            counted = k + 1 < len(clause.tokens) and _number(clause.tokens[k + 1])
            passive_prone = self.lexicon.passive_index.match_at(clause.forms, k) is not None
            return self._killed_in(clause, k) or (counted and passive_prone and not clause.tokens[k].suffix)
        token = clause.tokens[k]
        if self.lexicon.passive_index.match_at(clause.forms, k) is None or token.suffix:
            return False
        word = token.norm[len(token.prefix):] if token.prefix and token.norm.startswith(token.prefix) else token.norm
        return not word.startswith(("ي", "ت", "ن")) or (word.startswith("ت") and len(word) > 5)

    def _mediator(self, clause: Clause, phrase: Phrase, k: int) -> bool:
        """«هدنة بوساطة أمريكية سعودية», «برعاية قطر»: a state named within three words after a word
        of mediation (cue list ``mediation``), with no preposition or comma between, brokers the act
        — of any trigger but the mediation word ``k`` itself, whose actor it is."""
        local = clause.local(phrase.first)
        mediation = self.lexicon.cues["mediation"].phrases
        for i in range(local - 1, max(-1, local - 4), -1):
            token = clause.tokens[i]
            if (token.stem,) in mediation or (token.norm,) in mediation:
                return i != k
            if _PUNCT.search(token.norm) or token.norm in ("بين", "مع", "علي", "الي", "في", "من", "عن"):
                return False
        return False

    def _between(self, clause: Clause, end: int, context: Context) -> tuple[Actor, Actor] | None:
        """«بين X وY» within three words after an event noun: X and Y are its two sides; «بين
        الميليشيات المتحاربة»: a plural group is both."""
        stop = min(len(clause.tokens), end + 4)
        at = next((i for i in range(end + 1, stop) if clause.tokens[i].norm == "بين"), None)
        if at is None:
            return None
        at += self._side_head(clause, at)  # «بين وفدي الحكومة …»: the delegations of the sides
        after = [p for p in clause.phrases if clause.local(p.first) > at]
        if after and clause.local(after[0].first) == at + 1 and after[0].plural and (
                len(after) < 2 or not _joined(clause, after[0], after[1])):
            group = self._resolve(after[0], context, first=True)  # «هدنة بين الميليشيات المتحاربة»
            other = self._resolve(after[0], context, first=False) if after[0].kind == "pair" else group
            return (group, _copy(other)) if group is not None and other is not None else None  # «بين البلدين»
        if len(after) < 2 or clause.local(after[0].first) != at + 1:
            return None
        second = after[1]
        gap = range(clause.local(after[0].last) + 1, clause.local(second.first) + 1)
        if len(gap) > 3 or not any(clause.tokens[i].prefix.startswith("و") for i in gap):
            return None  # «بين المبعوث الأمريكي ووفد من حركة طالبان»: the «و» may head a word before
        x, y = self._resolve(after[0], context, first=True), self._resolve(second, context, first=False)
        return (x, y) if x is not None and y is not None else None

    def _side_head(self, clause: Clause, at: int) -> int:
        """How many words after «بين» (at ``at``) name who speaks for the sides (cue list
        ``side_heads``: «وفدي», «ممثلين عن»), 0 if none."""
        heads = self.lexicon.cues["side_heads"]
        return next((n for n in (2, 1) if heads.ends_at(clause.words, at + 1 + n) == n), 0)

    def _object_after(self, clause: Clause, end: int, context: Context) -> Actor | None:
        """The bare (or «عن»-governed) phrase right after a trigger, over a number."""
        for p in clause.phrases:
            local = clause.local(p.first)
            if local == end and clause.local(p.last) > end:  # «بدولة فلسطين»: the name runs on from the trigger
                return self._resolve(p, context, first=False)
            between = clause.tokens[end + 1 : local]
            if local > end and all(_number(t) or t.norm == "عن" for t in between) and len(between) <= 2 \
                    and self._prep(clause, p) in (None, "عن"):
                return self._resolve(p, context, first=False)
        return None

    @staticmethod
    def _owner_pronoun(clause: Clause, context: Context) -> Actor | None:
        """The actor a possessive pronoun on an event noun points to: the sentence's subject."""
        if context.sentence_actor is not None and context.sentence_actor[0] == clause.sentence.index:
            return _copy(context.sentence_actor[1])
        if context.last_actor is not None and clause.sentence.index - context.last_actor_sentence <= 1:
            return _copy(context.last_actor)
        return None

    @staticmethod
    def _attacker(doc: Document, victim: Actor | None) -> Actor | None:
        """The actor of the latest hostile act told before that is not ``victim`` itself."""
        for event in reversed(doc.events):
            if event.event_type in _HOSTILE and event.actor is not None and not event.default_actor and (
                    victim is None or not _same(event.actor, victim)):
                return _copy(event.actor)
        return None

    @staticmethod
    def _sentence_other(doc: Document, clause: Clause, actor: Actor | None) -> Actor | None:
        """The actor of the sentence's latest event other than ``actor``: who «لهم» points to."""
        for event in reversed(doc.events):
            if clause.sentence.start <= event.trigger_start < clause.sentence.end and event.actor is not None \
                    and (actor is None or not _same(event.actor, actor)):
                return _copy(event.actor)
        return None

    def _owner_of_object(self, doc: Document, clause: Clause, k_end: int, limit: int,
                         context: Context) -> Actor | None:
        """A rejection, welcome or condemnation whose object is a proposal noun in construct with
        its maker («طلب ضباط روس», «مبادرة الرئيس», «دعوة الحكومة»): the maker is the recipient."""
        for j in range(k_end + 1, min(limit, k_end + 14, len(clause.tokens) - 1)):
            token = clause.tokens[j]
            if token.norm in ("،", ",", "."):
                return None
            word = bare(token.stem)
            if (word not in _PROPOSALS and word.removesuffix("ا") not in _PROPOSALS) or "ال" in token.prefix \
                    or token.suffix:
                continue
            owner = next((p for p in clause.phrases if clause.local(p.first) == j + 1), None)
            if owner is not None:
                return self._resolve(owner, context, first=False)
            return _nationality_after(doc, clause, j)  # «رفضت إثيوبيا مقترحا سودانيا»
        return None

    def _reaction_object_at(self, doc: Document, clause: Clause,
                            k_end: int) -> tuple[int, frozenset[str] | None] | None:
        """The definite noun a reaction is to (its index, and the event types it may retell), after
        the verb and its subject; None when the object is not a definite noun."""
        free = self._free_tokens(doc, clause)
        named = {clause.local(i) for m in clause.mentions
                 if m.entity.kind not in ("place", "capital") and clause.local(m.first_token) > k_end
                 for i in range(m.first_token, m.last_token + 1)}
        for i in range(k_end + 1, min(len(clause.tokens), k_end + 14)):
            token = clause.tokens[i]
            if clause.words[i] == "باشد" or (i > 0 and clause.words[i - 1] == "باشد"):
                continue  # «دانت مصر بأشد العبارات الغارة»
            kinds = _EVENT_ANAPHORS.get(token.stem) if "ال" in token.prefix else None
            if kinds is None and (i in free or clause.words[i] == "علي" or token.stem in _RETALIATION):
                continue  # «بالرد على المناورات …»: the object of the retaliation («بالقرار» is an object)
            if i in named or token.norm in ("(", ")", '"', "«", "»"):
                continue  # «ودانت بعثة الأمم المتحدة (يونامي) الهجوم»: the subject before the object
            if "ال" not in token.prefix:
                return None
            match = self.lexicon.trigger_index.match_at(clause.forms, i)
            if kinds is None and match is not None:
                kinds = frozenset({self.lexicon.triggers[int(match.entries[0].key)].type})
            return i, kinds
        return None

    def _target_of_condemned_act(self, doc: Document, clause: Clause, d: _Draft) -> bool:
        """The recipient found is named after the definite act of force condemned («الهجوم»,
        «الغارة الإسرائيلية على مدرسة», «الضربات الأمريكية على مواقع الحشد»): it is what the act
        struck, not who did it."""
        found = self._reaction_object_at(doc, clause, d.k_end)
        if found is None or d.recipient is None or d.recipient.start is None:
            return False
        i, kinds = found
        return bool(kinds) and bool(kinds & {"ASSAULT", "COERCE"}) and \
            d.recipient.start > clause.tokens[i].start

    def _reacted_to(self, doc: Document, clause: Clause, k_end: int) -> Actor | None:
        """«دان الهجوم على كريفي ريه», «ورحب الرئيس … بالإفراج عنه»: a reaction to an event told
        before is addressed to that event's actor. The object comes after the verb and its subject."""
        found = self._reaction_object_at(doc, clause, k_end)
        if found is not None:
            i, kinds = found
            token = clause.tokens[i]
            # «رفضت حماس المقترح الإسرائيلي», «دانت الجامعة العدوان الإسرائيلي»: whose it is
            owner = _nationality_after(doc, clause, i)
            if owner is None and kinds is not None:
                told = [e for e in reversed(doc.events) if e.actor is not None and not e.default_actor
                        and (not kinds or e.event_type in kinds)]
                place = _place_after(doc, clause, i)  # «دان الهجوم على كريفي ريه»: the attack there
                there = [e for e in told if place and e.location is not None and e.location.name == place]
                # «دانت البعثة الهجوم» after «هجوم شنه مسلحون … وغارات عراقية»: the attack, not the raids
                alike = [e for e in told if any(normalize_key(w).endswith(token.stem) for w in e.trigger.split())]
                chosen = (there or alike or told)[0].actor if told else None
                owner = _copy(chosen) if chosen is not None else None
            return owner
        return None

    def _protested_against(self, doc: Document, clause: Clause, k: int) -> Actor | None:
        """A hostile act given as the cause of a protest told before it in the sentence («احتجاجا على»,
        «غداة», «ردا على») was done by the one protested against."""
        if not any(clause.stems[i] in _CAUSES for i in range(max(0, k - 3), k)):
            return None
        for event in reversed(doc.events):
            if clause.sentence.start <= event.trigger_start < clause.tokens[k].start and \
                    event.event_type in ("ACCUSE", "SANCTION", "REJECT", "THREATEN") and event.recipient is not None \
                    and event.recipient.country and event.recipient.country not in ORG_CODES:
                return Actor(country=event.recipient.country, sector="MIL")
        return None

    def _summons_no_envoy(self, clause: Clause, k: int) -> bool:
        cues = self.lexicon.cues
        if not cues["envoy_acts"].ends_at(clause.words, k + 1):
            return False
        window = range(k + 1, min(len(clause.tokens), k + 8))
        return not any(cues["envoy_words"].ends_at(clause.stems, i + 1) or cues["envoy_words"].ends_at(
            clause.words, i + 1) for i in window)

    def _reaction_object(self, clause: Clause, k: int) -> bool:
        """The event noun is what a verb of protest, condemnation or refusal reacts to («احتجت
        بشدة على طرد», «ندد بقصف», «رفضت اعتقال»), possibly after an adverb of manner."""
        j = k - 1
        if j >= 0 and clause.words[j] in ("علي", "ضد"):
            j -= 1
        if j >= 0 and clause.words[j] in _MANNER:
            j -= 1
        if j < 0:
            return False
        match = self.lexicon.trigger_index.match_at(clause.forms, j)
        if match is None or match.last != j:
            return False
        index = int(match.entries[0].key)
        head = self.lexicon.triggers[index]
        return head.type in ("ACCUSE", "REJECT", "PROTEST") and head.pos == "verb" and \
            self.lexicon.is_verb_form(index, clause.tokens[j].norm)

    @staticmethod
    def _opponent(doc: Document, reactor: Actor | None) -> Actor | None:
        """Who did what ``reactor`` protests: the other side of its latest event with another country."""
        if reactor is None or reactor.country is None:
            return None
        for event in reversed(doc.events):
            if event.actor is not None and event.actor.country == reactor.country and event.recipient is not None \
                    and event.recipient.country and event.recipient.country not in (reactor.country, *ORG_CODES):
                return Actor(country=event.recipient.country, sector="GOV")
        return None

    def _counted_victims(self, clause: Clause, k: int) -> bool:
        """A passive-prone verb right before a number («قتل 13», «قتل خمسة»)."""
        return (k + 1 < len(clause.tokens) and _number(clause.tokens[k + 1]) and not clause.tokens[k].suffix
                and self.lexicon.passive_index.match_at(clause.forms, k) is not None)

    def _killed_in(self, clause: Clause, k: int) -> bool:
        """A passive-prone verb whose clause goes on «في غارة», «بقصف», «جراء هجوم»: the noun
        after the verb is who suffered it, the strike's owner is who did it."""
        return self._strike_of(clause, k) is not None

    def _strike_of(self, clause: Clause, k: int) -> int | None:
        """The last token of the attack noun a passive-prone verb is framed by («قتل بغارة»,
        «قتل زعيم التنظيم في غارة جوية»), or None."""
        if self.lexicon.passive_index.match_at(clause.forms, k) is None:
            return None
        for i in range(k + 1, min(len(clause.tokens), k + _WINDOW)):
            token = clause.tokens[i]
            framed = clause.words[i - 1] in ("في", "جراء", "اثر", "إثر") or token.prefix.lstrip("وف") == "ب"
            match = self.lexicon.trigger_index.match_at(clause.forms, i)
            if framed and match is not None and self.lexicon.triggers[int(match.entries[0].key)].type == "ASSAULT" \
                    and self.lexicon.triggers[int(match.entries[0].key)].pos != "verb":
                return match.last
        return None

    def _source(self, clause: Clause, phrase: Phrase) -> bool:
        """A news outlet that reports («قالت وكالة رويترز», «لوكالة فرانس برس», «نقلا عن قناة
        الجزيرة») is the source of the report; one acted on («أغلقت مكاتب قناة الجزيرة») is not."""
        if phrase.kind != "organisation" or phrase.actor.sector != "MED":
            return False
        local = clause.local(phrase.first)
        if self._prep(clause, phrase) in ("ل", "عن"):
            return True
        before = clause.tokens[local - 1].norm if local > 0 else ""
        if before.endswith(("ته", "تها", "ه")) and len(before) > 4 and "ال" not in clause.tokens[local - 1].prefix:
            return True  # «في نبأ أوردته وكالة أنباء البحرين»: the outlet that carried it
        return any(self.lexicon.reporting_index.match_at(clause.forms, i) is not None
                   for i in range(max(0, local - 3), local))

    def _attributed(self, clause: Clause, phrase: Phrase) -> bool:
        """«وفقا لما ذكره X», «بحسب X»: X is the source of the report, not a participant."""
        local = clause.local(phrase.first)
        cues = self.lexicon.cues["attribution"]
        return any(cues.ends_at(clause.stems, end) for end in range(max(0, local - 2), local + 1))

    def _envoy_recipient(self, doc: Document, clause: Clause, k: int, k_end: int) -> Actor | None:
        """«استدعت سفيرها لدى إيران»: an envoy's host country is the recipient."""
        words = {t.stem for t in clause.tokens[k : k_end + 1]} | {t.norm for t in clause.tokens[k : k_end + 1]}
        if not any(w in self.lexicon.cues["envoy_words"] for w in words):
            return None
        if any(m.entity.kind == "demonym" and k_end < m.first_token - clause.base <= k_end + 1
               for m in clause.mentions):
            return None  # «استدعت السفير الإيراني في باريس»: a foreign envoy stands for his own state
        for m in doc.places:
            local = m.first_token - clause.base
            if m.sentence == clause.sentence.index and k_end < local <= k_end + 3 and m.entity.country:
                return Actor(country=m.entity.country, sector="GOV", text=doc.text[m.start:m.end],
                             start=m.start, end=m.end)
        return None

    def _agent(self, clause: Clause, after: list[Phrase]) -> Phrase | None:
        """The phrase introduced by «من قبل», «على يد», «بواسطة» after the trigger."""
        markers = self.lexicon.cues["agent_markers"]
        for p in after:
            local = clause.local(p.first)
            if markers.ends_at(clause.stems, local) or (
                    clause.tokens[local].prefix.lstrip("وف") == "ب" and markers.ends_at(clause.stems, local - 1)):
                return p
        return None

    @staticmethod
    def _shared_subject(clause: Clause, k: int, verbal: bool, subject: Phrase | None,
                        context: Context) -> Actor | None:
        """A verb joined by «و» to an earlier event of the same sentence shares its subject: after
        a comma («أعلنت الحكومة البنمية …، ودعت الحكومة الفنزويلية»), or when no subject follows
        it («فرضت الحكومة الأمريكية عقوبات … وفرضت عقوبات على …»)."""
        token = clause.tokens[k]
        if not verbal or not token.prefix.startswith("و") or k < 3:
            return None
        if context.sentence_actor is None or context.sentence_actor[0] != clause.sentence.index:
            return None
        if subject is not None and not any(t.norm in ("،", ",") for t in clause.tokens[max(0, k - 2):k]):
            return None
        return _copy(context.sentence_actor[1])

    def _subject(self, clause: Clause, k: int, k_end: int, trigger: Trigger, after: list[Phrase],
                 before: list[Phrase]) -> Phrase | None:
        complementizer = _last_complementizer(clause, k)
        if complementizer >= 0 and trigger.pos == "verb":  # «قال إن الرئيس بايدن سيستقبل العاهل الأردني»: SVO
            fronted = [p for p in before
                       if clause.local(p.first) == complementizer + 1 and self._prep(clause, p) is None]
            if fronted:
                return fronted[0]
        reach = 4 if trigger.pos == "verb" else 2  # a noun's genitive follows it, an adjective at most between
        if k in clause.first_person:
            return None  # «كما نطالب أميركا»: we ask (the speaker); the nouns around are asked
        for p in after:  # verb-subject order: the first bare phrase within a few words
            if clause.local(p.first) - k_end > reach or (
                    trigger.pos == "verb" and clause.local(p.first) == k_end + 1 and _oblique_plural(clause, p)):
                break
            if k_end > k and clause.local(p.first) == k_end + 1 and _construct_noun(clause.tokens[k_end]):
                break  # «يعترف بسيادة إسرائيل»: the phrase's last noun governs what follows
            if trigger.pos == "noun" and clause.tokens[k_end].suffix in _POSSESSIVES:
                break  # «خلال استقباله رئيس الوزراء»: «his» receiving; the one after is received
            gap = range(k_end + 1, clause.local(p.first))
            if trigger.pos == "verb" and self._body_of(clause, p) == k_end + 1:
                return p  # «وافق المجلس التنفيذي لصندوق النقد الدولي»: the fund's board is the fund
            if trigger.pos == "verb" and clause.free is not None and any(
                    i not in clause.free and "ال" in clause.tokens[i].prefix for i in gap):
                break  # «رفض المشاركة في مشاورات الرياض»: a noun after the verb took the subject's place
            if trigger.pos == "verb" and any(clause.tokens[i].norm in self.lexicon.cues["locatives"] for i in gap):
                break  # «تظاهر أقاربهم أمام مركز الشرطة»: a noun after «أمام» is where, not who
            if self._prep(clause, p) is None and not (trigger.pos == "noun" and trigger.type not in GENITIVE_ACTOR):
                return p
            break
        if trigger.pos != "verb" and trigger.type == "ASSAULT" and k > 0 and \
                clause.tokens[k - 1].norm in _NOUN_GOVERNORS:
            return None  # «قتل ستة مدنيين في قصف روسي»: the victims before the preposition are no doers
        complementizer = _last_complementizer(clause, k)
        for i in range(len(before) - 1, -1, -1):  # subject-verb order, inside the trigger's clause
            p = before[i]
            if clause.local(p.last) < complementizer:
                break
            if self._prep(clause, p) is None:
                joined = i > 0 and before[i - 1].last + 1 == p.first and \
                    clause.tokens[clause.local(p.first)].prefix.startswith("و")
                return before[i - 1] if joined else p  # «بلينكن وتشاووش أوغلو بحثا»
        if trigger.pos == "noun":
            return self._support_subject(clause, k)
        return None

    def _body_of(self, clause: Clause, p: Phrase) -> int | None:
        """«المجلس التنفيذي لصندوق النقد الدولي»: one or two definite words the knowledge base does
        not know, then «لـ» and an organisation: a body of that organisation, which acts for it.
        The index of the body's first word, or None."""
        local = clause.local(p.first)
        if p.kind != "organisation" or self._prep(clause, p) != "ل":
            return None
        start = local
        while start > 0 and local - start < 2 and clause.tokens[start - 1].prefix == "ال" \
                and len(clause.tokens[start - 1].stem) > 2:
            start -= 1
        return start if start < local else None

    def _support_subject(self, clause: Clause, k: int) -> Phrase | None:
        """The subject of the verb that governs a noun trigger («أعلنت الحكومة استقالتها»)."""
        for p in clause.phrases:
            local = clause.local(p.first)
            if max(0, k - 4) <= local < k and self._prep(clause, p) is None and not self._is_place(clause, p):
                return p
        return None

    def _recipient(self, clause: Clause, trigger: Trigger, after: list[Phrase], subject: Phrase | None,
                   direct: bool, k_end: int | None = None) -> Phrase | None:
        candidates = [p for p in after if p is not subject and p.kind != "home"]  # «بلاده» is one's own
        if subject is not None and subject in after and trigger.type not in _JOINT_TYPES:
            candidates = _without_cosubjects(clause, subject, candidates)
        if subject is not None:
            candidates = [p for p in candidates if not _own_side_reported(clause, subject, p)]
        if direct and trigger.type not in INTRANSITIVE and candidates and self._prep(clause, candidates[0]) is None:
            anchor = subject.last if subject is not None and subject in after else None
            gap = clause.local(candidates[0].first) - (clause.local(anchor) if anchor is not None else 0)
            if anchor is not None and gap <= 3:
                return candidates[0]  # «طالبت المعارضة الحكومة بالإفراج…»: the object is asked
            distance = clause.local(candidates[0].first) - k_end if k_end is not None else 0
            if anchor is None and trigger.type in _OBJECT_FIRST and (trigger.pos != "noun" or distance >= 3):
                # «قررت طرد ثلاثين دبلوماسيا روسيا "لأسباب تتعلق بالأمن"»: who is expelled (but right
                # after a verbal noun, «استيلاء الجيش على السلطة», the genitive is its doer)
                return candidates[0]
        for p in candidates:
            prep = self._prep(clause, p)
            if prep == "من" and any(q.last + 2 == p.first and not _state(q) for q in after):
                continue  # «الآلاف من العراقيين»: a part of, not a recipient (but «طلب العراق من تركيا»)
            local = clause.local(p.first)
            if prep == "من" and local > 1 and bare(clause.tokens[local - 2].stem) in _ASKERS:
                continue  # «جلسة … بناء على طلب من فرنسا»: who asked for it, not who was met
            if prep is not None and prep in self.lexicon.cues["recipient_preps"]:
                return p
        if trigger.type in INTRANSITIVE or not direct:
            return None
        for p in candidates:
            if self._prep(clause, p) is None:
                return p
        return None

    @staticmethod
    def _compound(doc: Document, clause: Clause, subject: Phrase, phrases: list[Phrase]) -> Actor | None:
        """«بلينكن وتشاووش أوغلو بحثا»: the second of two joined actors is the recipient; so is the
        second of two joined nationalities of one noun («القوات البحرية الإيرانية والروسية»)."""
        for p in phrases:
            if p.first == subject.last + 1 and clause.tokens[clause.local(p.first)].prefix.startswith("و"):
                return _copy(p.actor)
        for m in doc.mentions:
            if m.first_token == subject.last + 1 and m.entity.kind == "demonym" and m.entity.country \
                    and clause.tokens[clause.local(m.first_token)].prefix.startswith("و"):
                return Actor(country=m.entity.country, sector=subject.actor.sector, text=doc.text[m.start:m.end],
                             start=m.start, end=m.end)
        return None

    def _prep(self, clause: Clause, phrase: Phrase) -> str | None:
        local = clause.local(phrase.first)
        first = clause.tokens[local]
        prefix = first.prefix.lstrip("وف")
        if (prefix[:1] in ("ب", "ل") and not first.prefix.endswith("ال")) or prefix in ("بال", "لل"):
            return prefix[:1]
        before = local - 1
        if before > 0 and _number(clause.tokens[before]):
            before -= 1  # «عن 39 أسيرا»: the preposition governs the counted noun
        if before >= 0:
            word = clause.tokens[before].norm
            if word in ("في", "مع", "ضد", "علي", "الي", "بحق", "تجاه", "حيال", "عن", "من", "لدي", "بين", "داخل"):
                return word
        return None

    def _is_place(self, clause: Clause, phrase: Phrase) -> bool:
        """«في سوريا», «العاصمة الخرطوم»: a place, not an actor."""
        if phrase.kind not in ("country", "role", "group"):
            return False
        local = clause.local(phrase.first)
        previous = bare(clause.tokens[local - 1].stem) if local > 0 else ""
        before_with = bare(clause.tokens[local - 2].stem) if local > 1 and previous == "مع" else ""
        capital_in = self._prep(clause, phrase) == "ب" and phrase.parts and phrase.parts[0].entity.kind == "capital"
        return (self._prep(clause, phrase) == "في" or previous in _PLACE_NOUNS or previous in _EDGES
                or before_with in _EDGES or capital_in)  # «قرب الحدود مع بوركينا فاسو», «ببغداد»

    def _resolve(self, phrase: Phrase | None, context: Context, first: bool) -> Actor | None:
        if phrase is None:
            return None
        if phrase.kind == "pair":
            if context.last_pair is None:
                return None
            return _copy(context.last_pair[0] if first else context.last_pair[1])
        if phrase.kind == "guest":  # «استقبل الرئيس الصيني ضيفه»: the visitor named before
            return _copy(context.last_actor) if context.last_actor else None
        if phrase.kind == "org_anaphor":
            return _copy(context.group_org) if context.group_org else None
        if phrase.kind == "home":  # «قال الوزير إن بلاده …»: the government of the speaker's country
            if phrase.actor.country:
                return _copy(phrase.actor)  # named in the sentence before it
            owner = context.speaker or context.last_actor
            if owner is None or owner.country is None or owner.country in ORG_CODES:
                return None
            return Actor(country=owner.country, sector="GOV", text=phrase.actor.text, start=phrase.start,
                         end=phrase.end)
        actor = _copy(phrase.actor)
        if phrase.kind == "role" and actor.country is None and actor.name is None and context.last_actor \
                and not any(part.plural for part in phrase.parts) \
                and phrase.parts[0].entity.extra.get("role_kind") != "institution":  # not «السلطات» after an envoy
            last = context.last_actor
            if last.sector == actor.sector and last.name and last.name != last.org:  # «الوزير» after a minister
                return _copy(last)
        return actor

    def _we_in(self, clause: Clause, k: int, context: Context) -> Actor | None:
        """«نحن في الجامعة العربية», «نحن كاتحاد أوروبي»: the body «we» speak as, named after «نحن»
        in the clause before a first-person verb."""
        for i in range(k - 1, max(-1, k - 12), -1):
            if clause.words[i] in ("نحن", "ونحن"):
                for p in clause.phrases:
                    local = clause.local(p.first)
                    if i < local < k and local - i <= 2:
                        return self._resolve(p, context, first=True)
                return None
        return None

    def _implicit_subject(self, doc: Document, clause: Clause, k: int, index: int,
                          context: Context) -> Actor | None:
        """A verb without a subject: a first-person verb or one in a quote is the speaker's;
        a third-person one continues the actor of the sentence before (pro-drop)."""
        token = clause.tokens[k]
        quoted = _in_quote(doc.text, clause.sentence.start, token.start)
        pronoun = k > 0 and clause.tokens[k - 1].norm.lstrip("وف") in _PRONOUN_COMPLEMENTIZERS
        if self.lexicon.first_person(index, token.norm) and (we := self._we_in(clause, k, context)) is not None:
            return we  # «نحن في الجامعة العربية نرحب»: «we» are the body named
        if self.lexicon.first_person(index, token.norm) or quoted or pronoun:
            return _copy(context.speaker) if context.speaker else None
        if token.prefix.startswith("و") and (opening := self._opening_subject(clause, k)) is not None:
            return self._resolve(opening, context, first=True)  # «قلل المتحدث … من أهمية الإعلان، ورفض …»
        if context.last_actor is not None and clause.sentence.index - context.last_actor_sentence <= 1:
            return _copy(context.last_actor)
        return None

    def _unknown_subject(self, clause: Clause, k: int) -> bool:
        """«واعتصم زملاؤه خارج مقر الوزارة»: an intransitive verb, then one word, then a word of
        place: that word is the verb's own subject, even one the knowledge base does not know, so
        the actor of the sentence before is not carried over."""
        if k + 2 >= len(clause.tokens) or clause.tokens[k].norm.endswith("وا"):
            return False  # «وتظاهروا اليوم أمام …»: the verb carries its own (plural) subject
        noun = clause.tokens[k + 1]
        return clause.tokens[k + 2].norm in self.lexicon.cues["locatives"] and len(noun.stem) > 2 \
            and noun.norm not in self.lexicon.cues["locatives"] and not _number(noun) and not _adverbial(noun)

    def _opening_subject(self, clause: Clause, k: int) -> Phrase | None:
        """The subject of the verb that opens the sentence: the first bare phrase among its first
        words («في المقابل، قلل المتحدث باسم الجماعة …»), when the trigger's clause is that sentence."""
        if clause.tokens[0].start - clause.sentence.start > 2:
            return None
        for p in clause.phrases:
            local = clause.local(p.first)
            if local >= k or local > 5:
                return None
            if self._prep(clause, p) is None and not self._is_place(clause, p) and not self._source(clause, p):
                return p if local > 0 else None  # a phrase opening the sentence is a topic, not after a verb
        return None

    @staticmethod
    def _pronoun_patient(clause: Clause, k: int, k_end: int, context: Context) -> Actor | None:
        """«اعتقلت قوات الأمن عشرات منهم», «فرقتهم»: a plural pronoun for the group just named."""
        if context.group is None or clause.sentence.index - context.group[0] > 1:
            return None
        window = clause.tokens[k : min(len(clause.tokens), k_end + 5)]
        if any(t.suffix in ("هم", "هن") for t in window):
            return _copy(context.group[1])
        return None

    def _death_of(self, clause: Clause, k_end: int, context: Context) -> Actor | None:
        """«مقتل صالح الصماد», «مقتل أحد قادتها»: who died, right after the noun."""
        for p in clause.phrases:
            if 0 < clause.local(p.first) - k_end <= 3 and self._prep(clause, p) is None:
                return self._resolve(p, context, first=False)
        return None

    def _subject_after(self, clause: Clause, verb: int, context: Context) -> Actor | None:
        witnessed = clause.stems[verb].startswith(("شهد", "تشهد", "يشهد"))  # «شهدت العاصمة …»: a place
        for p in clause.phrases:
            if (witnessed and p.kind in ("country", "role")) or self._is_place(clause, p):
                continue
            if 0 < clause.local(p.first) - verb <= 3 and self._prep(clause, p) is None and not self._source(clause, p):
                return self._resolve(p, context, first=True)
        return None

    def _possessor(self, clause: Clause, k_end: int, context: Context) -> Actor | None:
        """«غارة للتحالف», «بغارة جوية لمقاتلات التحالف»: the event noun's owner, after «لـ»."""
        for p in clause.phrases:
            local = clause.local(p.first)
            if 1 <= local - k_end <= 4 and self._prep(clause, p) == "ل":
                return self._resolve(p, context, first=True)
        return None

    def _cue_before(self, name: str, clause: Clause, k: int, window: int, skip: int = 0) -> int | None:
        """The nearest word before token ``k`` (``skip`` words left out right before it, at most
        ``window`` back) that ends a cue of the list ``name``; None if there is none."""
        cue = self.lexicon.cues[name]
        return next((j for j in range(k - 1 - skip, max(0, k - window) - 1, -1)
                     if cue.ends_at(clause.stems, j + 1)), None)

    def _decided_by(self, clause: Clause, k: int, context: Context) -> Actor | None:
        """«اتفق قادة الاتحاد الأوروبي، خلال قمة في بروكسل، على منع شركات الطيران»: the noun after
        «على» is what the sentence's subject agreed to do; that subject does it."""
        if k < 2 or clause.words[k - 1] != "علي" or context.sentence_actor is None \
                or context.sentence_actor[0] != clause.sentence.index:
            return None
        if self._cue_before("decisions", clause, k, 14, skip=1) is not None:
            return _copy(context.sentence_actor[1])
        return None

    def _issued_by(self, clause: Clause, k: int, context: Context) -> Actor | None:
        """«أصدر الأسد مرسوما يقضي بمنح عفو عام», «أن الأسد أصدر المرسوم … القاضي بمنح عفو»: what a
        decree grants is done by whoever issued it — the subject after the verb, else just before it;
        so is what one owns up to («اعترفت القوات الإيرانية بإسقاط الطائرة»)."""
        verb = self._cue_before("issuing", clause, k, 15)
        if verb is None and clause.tokens[k].prefix.lstrip("وف") in ("ب", "بال"):
            verb = self._cue_before("admissions", clause, k, 9)  # «اعترفت القوات الإيرانية بإسقاط الطائرة»
        if verb is None:
            return None
        after = self._subject_after(clause, verb, context)
        if after is not None:
            return after
        before = next((p for p in clause.phrases if clause.local(p.last) == verb - 1 and self._prep(clause, p) is None),
                      None)
        return self._resolve(before, context, first=True) if before is not None else None

    @staticmethod
    def _adjective_actor(doc: Document, clause: Clause, k_end: int, trigger: Trigger,
                         head: int | None = None) -> Actor | None:
        """«غارة أميركية», «قصف روسي»: a nationality adjective on the event noun names its actor —
        not a feminine one after a masculine ``head`` whose phrase ends in a feminine object
        («بإسقاط طائرة الركاب الأوكرانية»: the plane is Ukrainian)."""
        masculine = head is not None and head < k_end and not clause.tokens[head].stem.endswith(("ه", "ات"))
        for m in clause.mentions:
            offset = m.first_token - clause.base - k_end
            if masculine and doc.tokens[m.first_token].stem.endswith("ه"):
                continue
            if 1 <= offset <= 2 and m.entity.kind == "demonym" and not m.plural:
                sector = "MIL" if trigger.type in ("ASSAULT", "MOBILIZE", "COERCE") else "GOV"
                return Actor(country=m.entity.country, sector=sector, text=doc.text[m.start:m.end],
                             start=m.start, end=m.end)
        return None

    def _default_actor(self, event_type: str, context: Context, here: str | None = None) -> Actor | None:
        """An actor the text leaves unnamed: of the event's place, else of the country the text
        is about («انطلقت احتجاجات في كازاخستان» → Kazakh civilians)."""
        sector = DEFAULT_ACTOR_SECTOR.get(event_type)
        country = here or context.country
        if sector is None or country is None:
            return None
        return Actor(country=country, sector=sector)

    def _fill_country(self, actor: Actor | None, context: Context, doc: Document | None = None,
                      here: str | None = None) -> None:
        """An actor named without its country takes the nationality said just after it
        («مسؤولين وشركات بنمية»), else the country the text is about."""
        if actor is None or actor.country is not None or actor.org is not None or actor.sector == "IGO":
            return  # «المجتمع الدولي» belongs to no country
        if doc is not None and actor.end is not None:
            following = next((m for m in doc.mentions if m.start >= actor.end
                              and m.entity.kind in ("country", "capital")), None)
            for m in doc.mentions:
                if not 0 <= m.start - actor.end <= _NEAR_CHARS:
                    continue  # every rule below reads a few words after the actor
                gap = doc.text[actor.end : m.start] if m.start > actor.end else ""
                near = 0 < len(gap) <= 30 and not _PUNCT.search(gap) and len(gap.split()) <= 3
                if m.entity.kind == "demonym" and near and not self._located(gap):
                    actor.country = m.entity.country  # «مقاتلو جيش التحرير الوطني الكولومبي»
                    return
                if m.entity.kind in ("country", "capital") and m is following and near and self._placed_in(gap):
                    actor.country = m.entity.country  # «السلطات الحالية في نيامي», «المجلس الحاكم في النيجر»
                    return
                between = doc.text[actor.end : m.start]
                if m.entity.kind in ("country", "capital") and 0 < len(between) <= 30 and _LED_BY.search(between):
                    actor.country = m.entity.country  # «قوات التحالف الذي تقوده السعودية»
                    return
                joint = between.strip(" «»\"“”").split()  # «مسؤولين في», «قياديا كبيرا في»
                member = m.entity.kind == "organisation" and 0 < len(joint) <= 2 and joint[-1] in ("في", "من", "ب")
                if member and m.entity.country and (m.entity.country not in ORG_CODES or m.entity.country == "IMG"):
                    actor.country = m.entity.country  # «خمسة مسؤولين في الحرس الثوري», «قيادي في «القاعدة»»
                    actor.org = actor.org or ((m.entity.org or m.entity.name) if m.entity.country == "IMG" else None)
                    return
        actor.country = here or context.country

    def _located(self, gap: str) -> bool:
        """«المئات أمام السفارة الأمريكية»: a word of place between an actor and a nationality;
        the nationality is the place's, not the actor's."""
        return any(normalize_key(w) in self.lexicon.cues["locatives"] for w in gap.split())

    def _placed_in(self, gap: str) -> bool:
        """The words between an actor and a country end in «في» or «في شمال» (a part of it)."""
        words = [normalize_key(w) for w in gap.split()]
        while words and words[-1] in self.lexicon.cues["directions"]:
            words.pop()
        return words[-1:] == ["في"]

    @staticmethod
    def _remember(context: Context, actor: Actor | None, recipient: Actor | None, sentence: int,
                  main: bool = True) -> None:
        """``main``: the trigger stands in the sentence's main clause, not after an «أن/إن»; only
        those actors are shared by a verb joined later with «و»."""
        if actor is not None and recipient is not None:
            context.last_pair = (actor, recipient)
        if actor is not None:
            context.last_actor, context.last_actor_sentence = actor, sentence
            if main:
                context.sentence_actor = (sentence, actor)

    # ---------------------------------------------------------------- attributes
    def _mode(self, clause: Clause, event_type: str) -> str | None:
        for match in self.lexicon.mode_index.find(clause.forms):
            for entry in match.entries:
                kind, _, mode = entry.key.partition(":")
                if kind == event_type:
                    return mode
        return None

    @staticmethod
    def _described_place(doc: Document, clause: Clause) -> Location | None:
        """«في قرية دوما الفلسطينية»: a place we do not know, whose nationality the text says."""
        for i, token in enumerate(clause.tokens):
            if bare(token.stem) not in _PLACE_NOUNS or i == 0 or clause.tokens[i - 1].norm != "في":
                continue
            for m in doc.mentions:
                if m.entity.kind == "demonym" and not m.plural and 1 <= m.first_token - clause.base - i <= 3:
                    return Location(country=m.entity.country, text=doc.text[token.start:m.end])
        return None

    def _location(self, doc: Document, clause: Clause, k: int, material: bool = True,
                  towards: bool = False) -> Location | None:
        """Where the event took place: the nearest place after «في», «بمدينة»…; for a verbal act
        (a call, a statement) only a place right after its trigger — further on, a place is
        usually what was talked about («بحثا التطورات في غزة»); for a visit (``towards``) also
        where one went («وصل الوزير إلى بيروت في زيارة»)."""
        best: tuple[int, Mention] | None = None
        for m in doc.places:
            if m.sentence != clause.sentence.index:
                continue
            local = clause.local(m.first_token)
            tok = clause.tokens[local]
            prev = clause.tokens[local - 1].norm if local > 0 else ""
            prep = (prev in ("في", "بمدينه", "قرب", "داخل", "امام") or bare(prev) in _PLACE_NOUNS
                    or tok.prefix.lstrip("وف") in ("ب", "بال") or (towards and prev == "الي"))
            if not prep or bare(prev) in _EDGES:
                continue  # «قرب حدود الجزائر»: beside a country is not in it
            if not material and not 0 < local - k <= 4:
                continue
            distance = abs(local - k) + (0 if local > k else 3)
            if best is None or distance < best[0]:
                best = (distance, m)
        if best is None:
            return self._described_place(doc, clause)
        m = best[1]
        return Location(country=m.entity.country, name=m.entity.name, text=doc.text[m.start:m.end],
                        lat=m.entity.lat, lon=m.entity.lon, whole_country=m.entity.kind == "country")
