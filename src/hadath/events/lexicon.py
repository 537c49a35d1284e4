"""The event lexicon: triggers, mode cues and function-word cues, compiled once.

Triggers are written once per sense (a verb's past and present, a noun's forms, a fixed phrase);
:func:`verb_forms` makes the person, number and tense forms, and the tokenizer strips the clitics
at match time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hadath.arabic.normalize import normalize_key
from hadath.knowledge.gazetteer import Entry, Gazetteer, phrase_key
from hadath.knowledge.loader import DataError, read_tsv

DATA_DIR = Path(__file__).parent / "data"
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
TRIGGER_COLUMNS = ("type", "mode", "cameo", "pos", "form", "goldstein", "note")
MODE_COLUMNS = ("type", "mode", "cue")
_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما", "تن")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "ن", "وا", "ا")
_VERBAL_PREFIXES = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
_POS_PRIORITY = {"phrase": 3, "verb": 2, "noun": 1}
CUE_LISTS = ("negation", "conditional", "forecast", "modal_present", "future", "background",
             "recipient_preps", "place_preps", "agent_markers", "pair_anaphors", "single_anaphors",
             "counterpart", "clause_breaks", "support_gap", "frame_preps", "attribution",
             "envoy_words", "death_nouns", "idioms", "purpose", "slogans", "own_doors", "sports",
             "decisions", "envoy_acts", "receiving", "issuing", "admissions", "whole_words",
             "directions", "weapons", "means", "noun_preps", "obligation", "claims",
             "locatives", "mediation", "mutual", "departures", "target_objects", "rebel_heads",
             "time_preps", "asides", "side_heads", "intentions", "gifts", "giving_verbs", "listing_verbs",
             "blacklists")


def past_forms(past: str, hamzated: bool = False) -> list[str]:
    """Third- (and first-/second-) person past forms of an unvocalized verb; ``hamzated``: its
    final alif was a hamza («بدأ» → «بدأت», not the defective «دعا» → «دعت»)."""
    if past.endswith(("ي", "ا")) and len(past) > 2 and not hamzated:  # defective: استدعى، دعا، التقى
        root = past[:-1]
        return [past, root + "ت", root + "وا", root + "يا", root + "تا", root + "يت", root + "ينا",
                root + "يتم", root + "ون"]
    return [past + s for s in _PAST_SUFFIXES]


# Acts of saying whose active participle, after a comma, reports the act of the sentence's subject.
_PARTICIPLE_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT"})


def participle_forms(present: str) -> list[str]:
    """The accusative active participle of a derived verb («يتوعد» → «متوعدا»); a
    simple verb («يرفض») makes «رافض», which is not derived from the present, and is left out."""
    stem = present[1:] if present.startswith("ي") else ""
    if len(stem) < 3 or stem.endswith(("ي", "و", "ا")):
        return []
    return ["م" + stem + "ا"]  # not «ـة»: «مدينة» (a city), «مطالبة» (a demand) are nouns


def _takes_tanween_alif(noun: str) -> bool:
    """An indefinite accusative is written with a final alif («اجتماعا») unless the noun ends in
    ة, ى, ا or a hamza after alif, or is a feminine plural («مظاهرات»)."""
    word = normalize_key(noun)
    return len(word) >= 3 and not word.endswith(("ه", "ا", "ي", "اء", "ات"))


def present_forms(present: str) -> list[str]:
    """Present (imperfect) forms for every person prefix and number suffix."""
    stem = present[1:] if present.startswith(("ي", "ت")) else present
    out: list[str] = []
    for prefix in _PRESENT_PREFIXES:
        if stem.endswith(("ي", "و", "ا")) and len(stem) > 2:  # defective: يدعو، يستدعي
            root = stem[:-1]
            out += [prefix + stem, prefix + root + "ون", prefix + stem + "ان", prefix + root + "ين",
                    prefix + root + "وا", prefix + root + "ن"]
        else:
            out += [prefix + stem + s for s in _PRESENT_SUFFIXES]
    return out


def verb_forms(spec: str) -> list[str]:
    """All forms of a verb given as «past present» (normalized, without clitics)."""
    pasts = verb_past_forms(spec)  # (a spec without its two parts is refused there)
    return list(dict.fromkeys(pasts + present_forms(normalize_key(spec).split()[1])))


def verb_past_forms(spec: str) -> list[str]:
    """The past forms of a verb given as «past present»; a past written with a final hamza
    («بدأ») conjugates as a sound verb, not as a defective one («دعا»)."""
    words = normalize_key(spec).split()
    if len(words) != 2:
        raise ValueError(f"a verb needs its past and present forms, got {spec!r}")
    pasts = words[0].split("|")  # «أدان|دان يدين»: two spellings of the past
    raw = spec.split()[0].split("|")
    hamzated = [r.endswith(("أ", "ء", "ئ", "ؤ")) for r in raw] if len(raw) == len(pasts) else [False] * len(pasts)
    return [f for past, hamza in zip(pasts, hamzated, strict=True) for f in past_forms(past, hamza)]


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    cameo: str | None
    pos: str  # verb | noun | phrase
    form: str
    goldstein: float | None
    line: int


@dataclass(slots=True)
class CueSet:
    """Phrases of one cue list, as tuples of normalized words."""

    phrases: frozenset[tuple[str, ...]]
    longest: int
    lasts: frozenset[str] = frozenset()  # the last word of every cue: most positions end none
    closers: frozenset[str] = frozenset()  # ``lasts``, bare or after «و»/«ف»: the words ``ends_at`` tries

    @classmethod
    def of(cls, items: list[str]) -> CueSet:
        phrases = frozenset(tuple(normalize_key(i).split()) for i in items if normalize_key(i))
        lasts = frozenset(p[-1] for p in phrases)
        closers = lasts | {c + last for c in "وف" for last in lasts if len(last) >= 2}
        return cls(phrases, max((len(p) for p in phrases), default=0), lasts, closers)

    def ends_at(self, words: list[str], end: int) -> int:
        """Length of the longest cue that ends just before ``end`` in ``words`` (0 if none)."""
        if end < 1:
            return 0
        last = words[end - 1]
        if last not in self.lasts and not (len(last) > 2 and last[0] in "وف" and last[1:] in self.lasts):
            return 0
        for size in range(min(self.longest, end), 0, -1):
            candidate = tuple(words[end - size : end])
            if candidate in self.phrases:
                return size
            head = candidate[0]
            if len(head) > 2 and head[0] in "وف" and (head[1:], *candidate[1:]) in self.phrases:
                return size
        return 0

    def ends(self, words: list[str]) -> frozenset[int]:
        """Every ``end`` with ``ends_at(words, end) > 0``; only words that end a cue are tried."""
        closers = self.closers
        if closers.isdisjoint(words):
            return frozenset()
        return frozenset(end for end, last in enumerate(words, 1) if last in closers and self.ends_at(words, end))

    def words(self) -> set[str]:
        return {w for phrase in self.phrases for w in phrase}

    def __contains__(self, word: object) -> bool:
        return (word,) in self.phrases


@dataclass(slots=True)
class EventLexicon:
    triggers: list[Trigger] = field(default_factory=list)
    trigger_index: Gazetteer = field(default_factory=Gazetteer)
    mode_index: Gazetteer = field(default_factory=Gazetteer)
    support_index: Gazetteer = field(default_factory=Gazetteer)
    topic_index: Gazetteer = field(default_factory=Gazetteer)
    reporting_index: Gazetteer = field(default_factory=Gazetteer)
    passive_index: Gazetteer = field(default_factory=Gazetteer)
    phrase_index: Gazetteer = field(default_factory=Gazetteer)  # verbs that open trigger phrases only
    cues: dict[str, CueSet] = field(default_factory=dict)
    verbal: frozenset[int] = frozenset()
    verb_surface: dict[int, frozenset[str]] = field(default_factory=dict)
    verb_present: dict[int, frozenset[str]] = field(default_factory=dict)
    # «مطالبين», «داعين»: plural participles, never triggers («متهمين» is also «defendants»), only
    # read as the verb that governs a demand's content
    plural_participles: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> EventLexicon:
        folder = data_dir or DATA_DIR
        lex = cls()
        verb_words: set[str] = set()
        lex._load_cues(folder / "cues.yaml")
        lex._load_triggers(folder / "triggers.tsv", verb_words)
        lex._load_modes(folder / "modes.tsv")
        lex._mark_verbal(verb_words)
        return lex

    def is_verb_form(self, index: int, word: str) -> bool:
        """Whether ``word`` (normalized, with clitics) is a form of verb trigger ``index``:
        only verbal clitics (و ف س ل; object pronouns) may surround it — never the article."""
        forms = self.verb_surface.get(index)
        return True if forms is None else _inflected(word, forms)

    def present_tense(self, index: int, word: str) -> bool:
        """Whether a form of verb trigger ``index`` is imperfect («يعتقلون», «تطالب»)."""
        return _inflected(word, self.verb_present.get(index, frozenset()))

    def participle(self, index: int, word: str) -> bool:
        """Whether ``word`` is the accusative participle of verb trigger ``index`` («متوعدا»)."""
        trigger = self.triggers[index]
        if trigger.pos != "verb" or trigger.type not in _PARTICIPLE_TYPES:
            return False
        present = normalize_key(trigger.form).split()[1]
        return word.lstrip("وف") in participle_forms(present)

    def first_person(self, index: int, word: str) -> bool:
        """Whether a form of verb trigger ``index`` is in the first person («نطالب», «طالبنا»)."""
        forms = self.verb_surface.get(index, frozenset())
        for head in ("", "و", "ف", "س", "وس", "فس"):
            if word.startswith(head):
                rest = word[len(head):]
                if rest[:1] == "ن" and "ي" + rest[1:] in forms:  # «نطالب»; «اعتقل» is far more often «he arrested»
                    return True
                if rest.endswith("نا") and rest[:-2] in forms:
                    return True
        return False

    def _mark_verbal(self, verb_words: set[str]) -> None:
        """Triggers that report by themselves: verbs, and phrases that open with a verb
        («أجرى اتصالا»); nouns and nominal phrases («حالة الطوارئ») need a verb of happening."""
        verbal = set()
        for index, trigger in enumerate(self.triggers):
            words = normalize_key(trigger.form).split()
            first = phrase_key(trigger.form)[:1]
            # «الدعم المالي» is a noun phrase; «ألقت القبض» (hamza before «ل») opens with a verb
            nominal = not words or trigger.form.split()[0].startswith("ال")
            if trigger.pos == "verb" or (trigger.pos == "phrase" and first and not nominal and (
                    first[0] in verb_words or self._opens_phrase(first[0]))):
                verbal.add(index)
        self.verbal = frozenset(verbal)

    def _load_triggers(self, path: Path, verb_words: set[str]) -> None:
        phrases: list[tuple[int, Trigger]] = []
        for line, row in read_tsv(path, TRIGGER_COLUMNS):
            trigger = _trigger(path, line, row)
            index = len(self.triggers)
            self.triggers.append(trigger)
            entry = Entry("trigger", str(index), priority=_POS_PRIORITY[trigger.pos])
            if trigger.pos == "verb":
                self._index_verb(path, line, index, trigger, entry, verb_words)
            elif trigger.pos == "noun":
                for form in trigger.form.split("|"):
                    self.trigger_index.add(form, entry)
                    if _takes_tanween_alif(form):  # «عقد اجتماعا طارئا», «شن هجوما»
                        self.trigger_index.add(form + "ا", entry)
            else:
                phrases.append((index, trigger))
        for index, trigger in phrases:  # verb-initial phrases, once every verb is known
            entry = Entry("trigger", str(index), priority=_POS_PRIORITY["phrase"])
            for form in self._phrase_forms(trigger.form, verb_words):
                self.trigger_index.add(form, entry)

    def _index_verb(self, path: Path, line: int, index: int, trigger: Trigger, entry: Entry,
                    verb_words: set[str]) -> None:
        try:
            forms = verb_forms(trigger.form)
        except ValueError as exc:
            raise DataError(path, line, str(exc)) from None
        present = normalize_key(trigger.form).split()[1]
        if trigger.type in _PARTICIPLE_TYPES:  # «…، متوعدا بالرد», «…، مطالبة بالإفراج»
            forms = forms + participle_forms(present)
            for singular in participle_forms(present):
                self.plural_participles.setdefault(singular[:-1] + "ين", index)
        for form in forms:
            self.trigger_index.add(phrase_key(form), entry)
            verb_words.update(phrase_key(form))
        self.verb_surface[index] = frozenset(forms)
        self.verb_present[index] = frozenset(present_forms(present)) - frozenset(verb_past_forms(trigger.form))

    def _phrase_forms(self, phrase: str, verb_words: set[str]) -> list[tuple[str, ...]]:
        """A phrase's keys: a phrase that opens with a verb («أجرى اتصالا», «استدعى سفيرها») takes
        that verb in every person and number of its tense («أجرت اتصالا», «استدعت سفيرها»)."""
        key = phrase_key(phrase)
        head = normalize_key(phrase).split()[0]
        if not key or phrase.split()[0].startswith("ال") or not (key[0] in verb_words or self._opens_phrase(head)):
            return [key]
        forms = present_forms(head) if head.startswith("ي") else past_forms(head)
        return [key] + [(phrase_key(form)[0], *key[1:]) for form in forms if phrase_key(form)]

    def _load_modes(self, path: Path) -> None:
        for line, row in read_tsv(path, MODE_COLUMNS):
            if row["type"] not in EVENT_TYPES or not row["mode"]:
                raise DataError(path, line, f"bad type or empty mode: {row['type']!r} {row['mode']!r}")
            for cue in row["cue"].split("|"):
                if cue.strip():
                    self.mode_index.add(cue.strip(), Entry("mode", f"{row['type']}:{row['mode']}"))

    def _opens_phrase(self, word: str) -> bool:
        """A verb of happening, or a verb listed as opening trigger phrases («نشر قوات»)."""
        return self.support_index.contains(word) or self.phrase_index.contains(word)

    def _load_cues(self, path: Path) -> None:
        with path.open(encoding="utf-8") as handle:
            data: dict[str, Any] = yaml.safe_load(handle) or {}
        for name in CUE_LISTS:
            items = data.get(name)
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise DataError(path, None, f"{name} must be a list of strings")
            self.cues[name] = CueSet.of(items)
        for name, index in (("support_verbs", self.support_index), ("topic_verbs", self.topic_index),
                            ("reporting_verbs", self.reporting_index), ("passive_verbs", self.passive_index),
                            ("phrase_verbs", self.phrase_index)):
            for spec in data.get(name) or []:
                try:
                    forms = verb_forms(spec)
                except ValueError as exc:
                    raise DataError(path, None, f"{name}: {exc}") from None
                for form in forms:
                    index.add(phrase_key(form), Entry(name, spec))


def _inflected(word: str, forms: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``forms`` with verbal proclitics and an object pronoun at most."""
    for head in _VERBAL_PREFIXES:
        if word.startswith(head):
            rest = word[len(head):]
            if rest in forms or any(rest.endswith(p) and rest[: -len(p)] in forms for p in _OBJECT_SUFFIXES):
                return True
    return False


def _trigger(path: Path, line: int, row: dict[str, str]) -> Trigger:
    if row["type"] not in EVENT_TYPES:
        raise DataError(path, line, f"unknown event type {row['type']!r}")
    if row["pos"] not in _POS_PRIORITY:
        raise DataError(path, line, f"pos must be verb, noun or phrase, got {row['pos']!r}")
    if not row["form"]:
        raise DataError(path, line, "form is empty")
    try:
        goldstein = float(row["goldstein"]) if row["goldstein"] else None
    except ValueError:
        raise DataError(path, line, f"goldstein {row['goldstein']!r} is not a number") from None
    return Trigger(row["type"], row["mode"] or None, row["cameo"] or None, row["pos"], row["form"],
                   goldstein, line)
