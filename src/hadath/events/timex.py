"""Arabic date expressions: recognised in normalized text and resolved against a publication date.

The words live in ``data/time.yaml`` (:class:`DateLexicon`, loaded and validated once). The
:class:`DateResolver` compiles its regular expressions from them once: for each word an expression
can start with, one pattern of the kinds of expression that start with it; ``find`` tries that
pattern only where such a word (or a number) stands, and resolves every match.

Resolution rules (the anchor is the publication date):

- a bare weekday is the most recent such day on or before the anchor; «الماضي» makes it strictly
  before, «المقبل/القادم» strictly after; «اليوم الأحد» / «أمس السبت» / «غدا الاثنين» count from
  that day;
- weeks run Sunday to Saturday: «بداية الأسبوع» is the Sunday, «منتصف الأسبوع» the Wednesday,
  «نهاية الأسبوع» the Friday (the weekend), a week alone its Sunday (precision ``week``);
- a month is given as its 1st (15th for «منتصف», last day for «نهاية»), a year as 1 January
  (1 July, 31 December);
- a day and month without a year is the occurrence nearest to the anchor (never more than half a
  year after it); a month name alone likewise;
- Hijri dates use the arithmetical (tabular, civil epoch) Islamic calendar: within a day or two
  of Umm al-Qura.

Without an anchor only dates written out in full are returned.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hadath.arabic.normalize import normalize_key

DEFAULT_PATH = Path(__file__).parent / "data" / "time.yaml"
_WORD = re.compile(r"\w+")
_T = TypeVar("_T")

_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT_KEYS = ("day", "week", "month", "year", "hour")
_UNIT_FORMS = {"one": 1, "two": 2, "many": 0, "counted": 0}
_RELATIONS = ("past", "next", "current")
_POSITIONS = ("start", "middle", "end")
_WORD_LISTS = ("day_parts", "this_words", "adjective_periods", "ago_words", "after_words", "event_links",
               "now_words", "hedges", "prepositions", "year_nouns", "month_nouns", "date_links",
               "gregorian_eras", "hijri_eras")
_PERIOD_PRECISION = {"day": "day", "hour": "day", "week": "week", "month": "month", "year": "year"}
# «خلال الساعات الماضية» and the like: the anchor, at a precision one step coarser than the unit.
_RECENT_PRECISION = {"hour": "day", "day": "week", "week": "month", "month": "year", "year": "year"}
_HIJRI_EPOCH = 1948440  # Julian day number of 1 Muharram 1 AH (civil epoch, 16 July 622 Julian)
_ORDINAL_TO_JDN = 1721425  # date.toordinal() + this = Julian day number


class DateLexiconError(ValueError):
    """The date lexicon file is malformed; the message names the file, line and key."""


@dataclass(frozen=True, slots=True)
class TimexMatch:
    start: int  # offsets into the NORMALIZED text given
    end: int
    value: dt.date
    precision: str  # 'day' | 'week' | 'month' | 'year'
    relative: bool  # resolved against the anchor (not written out in full)
    future: bool  # refers to a time after the anchor


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """The normalized words of Arabic date expressions (never mutated after loading)."""

    months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # Python weekday(): Monday = 0
    numbers: dict[str, int]
    ordinals: dict[str, int]
    day_words: dict[str, int]  # offset in days from the anchor
    day_parts: tuple[str, ...]
    units: dict[str, tuple[str, int]]  # word -> (unit, count it implies; 0 = needs a number)
    relations: dict[str, str]  # word -> past | next | current
    this_words: tuple[str, ...]
    adjective_periods: tuple[str, ...]
    positions: dict[str, str]  # word -> start | middle | end
    ago_words: tuple[str, ...]
    after_words: tuple[str, ...]
    event_links: tuple[str, ...]
    now_words: tuple[str, ...]
    hedges: tuple[str, ...]
    prepositions: tuple[str, ...]
    year_nouns: tuple[str, ...]
    month_nouns: tuple[str, ...]
    date_links: tuple[str, ...]
    gregorian_eras: tuple[str, ...]
    hijri_eras: tuple[str, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> DateLexicon:
        """Read and validate the lexicon (the packaged ``time.yaml`` by default)."""
        path = DEFAULT_PATH if path is None else Path(path)
        return _LexiconReader(path).read()

    def unit_words(self, unit: str, counts: Iterable[int]) -> list[str]:
        wanted = set(counts)
        return [w for w, (u, c) in self.units.items() if u == unit and c in wanted]


# --------------------------------------------------------------------------------------------
# Loading


class _LexiconReader:
    """Validates the YAML node tree so that every error names its file, line and key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: Node, key: str, message: str) -> DateLexiconError:
        return DateLexiconError(f"{self.path}:{node.start_mark.line + 1}: {key}: {message}")

    def read(self) -> DateLexicon:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DateLexiconError(f"{self.path}: cannot read the date lexicon: {exc}") from exc
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise DateLexiconError(f"{self.path}: invalid YAML: {exc}") from exc
        if not isinstance(root, MappingNode):
            raise DateLexiconError(f"{self.path}:1: the date lexicon must be a mapping of sections")
        sections = self.mapping(root, "(top level)")
        parsers: dict[str, Callable[[Node, str], object]] = {
            "months": lambda n, k: self.numbered(n, k, 1, 12),
            "hijri_months": lambda n, k: self.numbered(n, k, 1, 12),
            "weekdays": self.weekdays,
            "numbers": lambda n, k: self.numbered(n, k, 1, 99),
            "ordinals": lambda n, k: self.numbered(n, k, 1, 31),
            "day_words": self.day_words,
            "units": self.units,
            "relations": lambda n, k: self.classed(n, k, _RELATIONS),
            "positions": lambda n, k: self.classed(n, k, _POSITIONS),
        }
        word_lists = _WORD_LISTS
        values: dict[str, object] = {}
        for key, (key_node, node) in sections.items():
            if key in parsers:
                values[key] = parsers[key](node, key)
            elif key in word_lists:
                values[key] = tuple(dict.fromkeys(self.words(node, key)))
            else:
                raise self.fail(key_node, key, "unknown section")
        missing = [k for k in (*parsers, *word_lists) if k not in values]
        if missing:
            raise DateLexiconError(f"{self.path}: missing section(s): {', '.join(missing)}")
        return DateLexicon(**values)  # type: ignore[arg-type]

    def mapping(self, node: Node, key: str) -> dict[str, tuple[ScalarNode, Node]]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, key, "expected a mapping")
        out: dict[str, tuple[ScalarNode, Node]] = {}
        for k, v in node.value:
            if not isinstance(k, ScalarNode) or not str(k.value).strip():
                raise self.fail(k, key, "keys must be non-empty scalars")
            name = str(k.value).strip()
            if name in out:
                raise self.fail(k, f"{key}.{name}", "duplicate key")
            out[name] = (k, v)
        return out

    def word(self, node: Node, key: str) -> str:
        if not isinstance(node, ScalarNode) or not str(node.value).strip():
            raise self.fail(node, key, "expected a non-empty word")
        norm = normalize_key(str(node.value))
        if not norm:
            raise self.fail(node, key, f"word {node.value!r} is empty once normalized")
        return norm

    def words(self, node: Node, key: str) -> list[str]:
        if isinstance(node, ScalarNode):
            return [self.word(node, key)]
        if not isinstance(node, SequenceNode) or not node.value:
            raise self.fail(node, key, "expected a word or a non-empty list of words")
        return [self.word(item, key) for item in node.value]

    def integer(self, node: Node, key: str, lo: int, hi: int) -> int:
        text = str(node.value).strip() if isinstance(node, ScalarNode) else ""
        if not re.fullmatch(r"[+-]?\d+", text):
            raise self.fail(node, key, f"expected an integer, got {text or 'a collection'!r}")
        value = int(text)
        if not lo <= value <= hi:
            raise self.fail(node, key, f"{value} is outside {lo}..{hi}")
        return value

    def assign(self, table: dict[str, _T], word: str, value: _T, node: Node, key: str) -> None:
        if table.get(word, value) != value:
            raise self.fail(node, key, f"word {word!r} already means {table[word]!r}")
        table[word] = value

    def numbered(self, node: Node, key: str, lo: int, hi: int) -> dict[str, int]:
        table: dict[str, int] = {}
        for name, (k_node, v_node) in self.mapping(node, key).items():
            number = self.integer(k_node, f"{key}.{name}", lo, hi)
            for w in self.words(v_node, f"{key}.{name}"):
                self.assign(table, w, number, v_node, f"{key}.{name}")
        return table

    def weekdays(self, node: Node, key: str) -> dict[str, int]:
        table: dict[str, int] = {}
        entries = self.mapping(node, key)
        for name, (k_node, v_node) in entries.items():
            if name not in _WEEKDAY_KEYS:
                raise self.fail(k_node, f"{key}.{name}", f"expected one of {', '.join(_WEEKDAY_KEYS)}")
            for w in self.words(v_node, f"{key}.{name}"):
                self.assign(table, w, _WEEKDAY_KEYS.index(name), v_node, f"{key}.{name}")
        if len(entries) != 7:
            raise self.fail(node, key, "all seven weekdays are required")
        return table

    def day_words(self, node: Node, key: str) -> dict[str, int]:
        table: dict[str, int] = {}
        for name, (k_node, v_node) in self.mapping(node, key).items():
            word = self.word(k_node, key)
            self.assign(table, word, self.integer(v_node, f"{key}.{name}", -7, 7), k_node, f"{key}.{name}")
        return table

    def classed(self, node: Node, key: str, classes: tuple[str, ...]) -> dict[str, str]:
        table: dict[str, str] = {}
        for name, (k_node, v_node) in self.mapping(node, key).items():
            if name not in classes:
                raise self.fail(k_node, f"{key}.{name}", f"expected one of {', '.join(classes)}")
            for w in self.words(v_node, f"{key}.{name}"):
                self.assign(table, w, name, v_node, f"{key}.{name}")
        return table

    def units(self, node: Node, key: str) -> dict[str, tuple[str, int]]:
        table: dict[str, tuple[str, int]] = {}
        for name, (k_node, v_node) in self.mapping(node, key).items():
            if name not in _UNIT_KEYS:
                raise self.fail(k_node, f"{key}.{name}", f"expected one of {', '.join(_UNIT_KEYS)}")
            forms = self.mapping(v_node, f"{key}.{name}")
            for form, (f_node, w_node) in forms.items():
                where = f"{key}.{name}.{form}"
                if form not in _UNIT_FORMS:
                    raise self.fail(f_node, where, f"expected one of {', '.join(_UNIT_FORMS)}")
                for w in self.words(w_node, where):
                    # «ساعة» is both singular and counted: the singular (count 1) wins.
                    if table.get(w) == (name, 1) and _UNIT_FORMS[form] == 0:
                        continue
                    self.assign(table, w, (name, _UNIT_FORMS[form]), w_node, where)
            if "one" not in forms:
                raise self.fail(v_node, f"{key}.{name}", "the singular ('one') is required")
        return table


# --------------------------------------------------------------------------------------------
# Calendar arithmetic


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_day(year: int, month: int, position: str | None) -> dt.date:
    if position == "end":
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, 15 if position == "middle" else 1)


def _year_day(year: int, position: str | None) -> dt.date:
    if position == "end":
        return dt.date(year, 12, 31)
    return dt.date(year, 7, 1) if position == "middle" else dt.date(year, 1, 1)


def _week_start(day: dt.date) -> dt.date:
    """The Sunday that starts the week of ``day``."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, day)
    return None


def _hijri_jdn(year: int, month: int, day: int) -> int:
    return day + (59 * (month - 1) + 1) // 2 + 354 * (year - 1) + (3 + 11 * year) // 30 + _HIJRI_EPOCH - 1


def _hijri_year_of(day: dt.date) -> int:
    return (30 * (day.toordinal() + _ORDINAL_TO_JDN - _HIJRI_EPOCH) + 10646) // 10631


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Tabular (arithmetical, civil epoch) Islamic date to Gregorian; None if it does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 9000):
        return None
    jdn = _hijri_jdn(year, month, day)
    next_start = _hijri_jdn(year + 1, 1, 1) if month == 12 else _hijri_jdn(year, month + 1, 1)
    if jdn >= next_start:  # day 30 of a 29-day month
        return None
    return dt.date.fromordinal(jdn - _ORDINAL_TO_JDN)


def _nearest(anchor: dt.date, candidates: Iterable[dt.date | None]) -> dt.date | None:
    """The candidate closest to the anchor; on a tie the earlier one."""
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    return min(found, key=lambda c: (abs((c - anchor).days), c > anchor))


def _with_relation(anchor: dt.date, candidates: Iterable[dt.date | None], relation: str | None,
                   key: Callable[[dt.date], int] = dt.date.toordinal) -> dt.date | None:
    """Choose among yearly candidates: strictly before / after the anchor, or nearest."""
    found = sorted(c for c in candidates if c is not None)
    mark = key(anchor)
    if relation == "past":
        before = [c for c in found if key(c) < mark]
        return before[-1] if before else None
    if relation == "next":
        after = [c for c in found if key(c) > mark]
        return after[0] if after else None
    if relation == "current":
        same = [c for c in found if c.year == anchor.year]
        return same[0] if same else None
    return _nearest(anchor, found)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month


# --------------------------------------------------------------------------------------------
# Pattern


def _word_re(word: str, first: bool) -> str:
    parts = [re.escape(p) for p in word.split(" ")]
    if first and word.startswith("ال") and len(word) > 2:
        # «لليوم»: the proclitic ل swallows the alef of the article.
        parts[0] = "(?:ال|(?<=ل)ل)" + re.escape(word[2:].split(" ")[0])
    return r"\s+".join(parts)


def _alt(words: Iterable[str], first: bool = False) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_word_re(w, first) for w in ordered) + ")"


def _alternatives(lex: DateLexicon) -> dict[str, str]:
    """The pattern of each kind of expression, in the order they are tried at one position."""
    s, o = r"\s+", r"\s*"
    mon, hmon = _alt(lex.months), _alt(lex.hijri_months)
    rel, pos = _alt(lex.relations), _alt(lex.positions, True)
    prep, mnoun = _alt(lex.prepositions, True), _alt(lex.month_nouns, True)
    ynoun, this = _alt(lex.year_nouns, True), _alt(lex.this_words, True)
    dayw, part = _alt(lex.day_words, True), _alt(lex.day_parts, True)
    weekday = _alt(lex.weekdays, True)
    gera, hera = _alt(lex.gregorian_eras), _alt(lex.hijri_eras)
    weekday_any = rf"(?:(?:يوم{s})?{_alt(lex.weekdays)})"
    periods = ("week", "month", "year")
    definite = _alt(["ال" + w for u in periods for w in lex.unit_words(u, [1])], True)
    year_def = _alt(["ال" + w for w in lex.unit_words("year", [1])])
    definite_many = _alt(["ال" + w for u in _UNIT_KEYS for w in lex.unit_words(u, [0])
                          if not w.endswith("ا") and w not in lex.unit_words(u, [1])], True)
    unit_one = _alt(w for u in _UNIT_KEYS for w in lex.unit_words(u, [1]))
    unit_n = _alt(w for u in _UNIT_KEYS for w in lex.unit_words(u, [0, 1]))
    unit_12 = _alt(w for u in _UNIT_KEYS for w in lex.unit_words(u, [1, 2]))
    number = _alt(lex.numbers)
    day_sep = rf"{o}(?:و|-|–|الى|حتى){o}"

    def day(g: str) -> str:
        return rf"(?P<{g}>[0-3]?\d)(?!\d)"

    def year(g: str) -> str:
        return rf"(?P<{g}>(?:19|20)\d\d)(?!\d)(?:{o}{gera}(?!\w))?"

    def hyear(g: str) -> str:
        return rf"(?P<{g}>1[3-5]\d\d)(?!\d)(?:{o}{hera}(?!\w))?"

    def months(g: str) -> str:
        return rf"(?P<{g}>{mon})(?:{o}[/(]{o}{mon}{o}\)?)?"

    def of_year(g: str) -> str:  # «من العام الماضي», «من هذا العام»
        return rf"{s}من{s}(?:(?P<{g}t>{this}){s})?(?P<{g}u>{year_def})(?:{s}(?P<{g}r>{rel}))?"

    alternatives = {
        "hijri_day": rf"{day('hd_d')}{s}(?P<hd_m>{hmon})(?:{s}{hyear('hd_y')})?",
        "hijri_month": rf"(?P<hm_m>{hmon}){s}{hyear('hm_y')}",
        "date": (rf"(?:{weekday_any}{o}[,،]?{o}(?:{_alt(lex.date_links)}{s})?)?"
                 rf"(?:{day('dt_d1')}(?:{day_sep}{day('dt_d2')})?(?:{s}من)?|(?P<dt_o>{_alt(lex.ordinals)}){s}من)"
                 rf"{s}(?:{mnoun}{s})?{months('dt_m')}"
                 rf"(?:{o}[,،]?{o}{year('dt_y')}|{s}(?P<dt_r>{rel})|{of_year('dt_y')})?"),
        "month_year": rf"(?:(?P<my_p>{pos}){s})?(?:{mnoun}{s})?{months('my_m')}{o}[,،]?{o}{year('my_y')}",
        "iso": r"(?P<is_y>(?:19|20)\d\d)(?P<is_s>[-/.])(?P<is_m>[01]?\d)(?P=is_s)(?P<is_d>[0-3]?\d)(?!\d)",
        "numeric": rf"{day('nd_d')}(?P<nd_s>[-/.])(?P<nd_m>[0-3]?\d)(?P=nd_s)(?P<nd_y>(?:19|20)\d\d)(?!\d)",
        "month": (rf"(?P<mr_pre>{prep}{s})?(?P<mr_c>(?:(?P<mr_p>{pos}){s})?(?:(?P<mr_n>{mnoun}){s})?"
                  rf"{months('mr_m')}(?:{s}(?P<mr_r>{rel})|{of_year('mr_y')})?)"),
        "year": (rf"(?P<yr_pre>{prep}{s})?(?P<yr_c>(?:(?P<yr_p>{pos}){s})?(?:(?P<yr_n>{ynoun}){s})?"
                 rf"{year('yr_y')})(?![-/.]\d)"),
        "period": (rf"(?:(?P<pd_p>{pos}){s})?(?:(?P<pd_t>{this}){s})?(?P<pd_u>{definite})"
                   rf"(?:{s}(?P<pd_r>{rel}))?"),
        "ago": (rf"(?P<ag_w>{_alt((*lex.ago_words, *lex.after_words), True)}){s}(?:{_alt(lex.hedges)}{s})?"
                rf"(?:(?P<ag_n>\d{{1,3}}|{number}){s}(?P<ag_u>{unit_n})"
                rf"|(?P<ag_u1>{unit_12})(?!{s}(?:{mon}|{hmon}|\d)))"
                # «قبل يومين من الانتخابات»: counted from an event, not from the anchor
                rf"(?!{s}{_alt(lex.event_links)}(?!{s}{_alt(lex.now_words)}(?!\w))(?!\w))"),
        "recent": (rf"(?:(?P<rc_u>{definite_many})(?:{s}ال{o}\d{{1,3}})?"
                   rf"|ال{o}\d{{1,3}}{o}(?P<rc_u1>{unit_one})){s}(?P<rc_r>{rel})"),
        "weekday": (rf"(?:(?P<wk_d>{dayw})(?:{s}|{o}[(،,]{o})|{part}{s})?(?:يوم{s})?(?P<wk_n>{weekday})"
                    rf"(?:{s}(?P<wk_r>{rel})|{o}\))?"),
        "day_word": rf"(?:{part}{s})?(?P<dw_w>{dayw})",
    }
    return alternatives


_DIGITS = "0"  # the dispatch key of words holding a digit («12», «و12», «ال24»)
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _first_words(lex: DateLexicon) -> dict[str, set[str]]:
    """For each kind of expression, the words (without proclitics) it can start with."""
    def firsts(*groups: Iterable[str]) -> set[str]:
        return {w.split(" ")[0] for g in groups for w in g}

    prep, pos, this = firsts(lex.prepositions), firsts(lex.positions), firsts(lex.this_words)
    months, nouns = firsts(lex.months), firsts(lex.month_nouns)
    days, parts = firsts(lex.day_words), firsts(lex.day_parts, ["يوم"])
    definite = {"ال" + w for w, (u, c) in lex.units.items() if c == 1 and u in ("week", "month", "year")}
    return {
        "hijri_day": {_DIGITS}, "hijri_month": firsts(lex.hijri_months),
        "date": {_DIGITS, "يوم"} | firsts(lex.weekdays, lex.ordinals),
        "month_year": pos | nouns | months, "iso": {_DIGITS}, "numeric": {_DIGITS},
        "month": prep | pos | nouns | months, "year": prep | pos | firsts(lex.year_nouns) | {_DIGITS},
        "period": pos | this | definite, "ago": firsts(lex.ago_words, lex.after_words),
        "recent": {_DIGITS, "ال"} | {"ال" + w for w, (_, c) in lex.units.items() if c == 0},
        "weekday": days | parts | firsts(lex.weekdays), "day_word": days | parts,
    }


def _dispatch(lex: DateLexicon) -> dict[str, re.Pattern[str]]:
    """Each word an expression may start with (proclitics included) -> the pattern to try there.

    Only the kinds of expression that can start with that word are in its pattern, so a word
    like «في» costs a few steps rather than a pass over every kind.
    """
    alternatives = _alternatives(lex)
    kinds: dict[str, set[str]] = {}
    for kind, words in _first_words(lex).items():
        for word in words:
            forms = {word} | ({"ل" + word[2:]} if word.startswith("ال") and len(word) > 2 else set())
            for form in forms:
                for clitic in _PROCLITICS if word != _DIGITS else ("",):
                    if form != word and not clitic.endswith("ل"):
                        continue
                    kinds.setdefault(clitic + form, set()).add(kind)
    compiled: dict[frozenset[str], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for word, names in kinds.items():
        key = frozenset(names)
        if key not in compiled:
            body = "|".join(f"(?P<{n}>{p})" for n, p in alternatives.items() if n in key)
            compiled[key] = re.compile(rf"(?<!\w)[وف]?[بل]?(?:{body})(?!\w)")
        table[word] = compiled[key]
    return table


# --------------------------------------------------------------------------------------------
# Resolution


def _canon(text: str) -> str:
    """Matched text as a lexicon key: single-spaced, «لل» read back as «ال» («لليوم»)."""
    key = " ".join(text.split())
    return "ا" + key if key.startswith("ل") and not key.startswith("ال") else key


def _entry(table: Mapping[str, _T], text: str) -> _T:
    """The table entry for matched text (the pattern was built from the table)."""
    key = " ".join(text.split())
    return table[key] if key in table else table[_canon(key)]


def _lookup(table: Mapping[str, _T], text: str | None) -> _T | None:
    """The table entry for an optional group of the match."""
    return None if text is None else _entry(table, text)


def _strip_article(word: str) -> str:
    """«الأسبوع» -> «أسبوع»; also «لأسبوع» as matched in «للأسبوع»."""
    return word[2:] if word.startswith("ال") else word[1:]


def _previous_word(text: str, start: int) -> str:
    head = text[max(0, start - 40) : start].split()
    return head[-1] if head else ""


class DateResolver:
    """Finds date expressions in normalized text and resolves them against an anchor date."""

    def __init__(self, lexicon: DateLexicon) -> None:
        self.lexicon = lexicon
        self._dispatch = _dispatch(lexicon)
        self._handlers: dict[str, Callable[[re.Match[str], dt.date | None], list[TimexMatch]]] = {
            "hijri_day": self._hijri_day, "hijri_month": self._hijri_month, "date": self._date,
            "month_year": self._month_year, "iso": self._iso, "numeric": self._numeric,
            "month": self._month, "year": self._year, "period": self._period, "ago": self._ago,
            "recent": self._recent, "weekday": self._weekday, "day_word": self._day_word,
        }

    def find(self, norm_text: str, anchor: dt.date | None) -> list[TimexMatch]:
        """Every date expression of ``norm_text`` (normalized with ``normalize_key`` rules)."""
        found: list[TimexMatch] = []
        handlers, dispatch = self._handlers, self._dispatch
        digits = dispatch[_DIGITS]
        done = 0
        # An expression starts only on a word the lexicon knows (or one with a digit): the
        # pattern of the kinds that start with that word is tried there, nowhere else.
        for w in _WORD.finditer(norm_text):
            pattern = dispatch.get(w.group())
            if pattern is None:
                if w.group().isalpha():
                    continue
                pattern = digits
            if w.start() < done:
                continue
            m = pattern.match(norm_text, w.start())
            if m is not None:
                done = m.end()
                found.extend(handlers[m.lastgroup](m, anchor))  # type: ignore[index]
        return found

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _make(m: re.Match[str], value: dt.date | None, precision: str, anchor: dt.date | None,
              relative: bool, *, start_group: str | None = None,
              future: bool | None = None) -> list[TimexMatch]:
        if value is None or (relative and anchor is None):
            return []
        name = m.lastgroup or ""
        start = m.start(start_group) if start_group else m.start(name)
        if future is None:
            future = anchor is not None and value > anchor
        return [TimexMatch(start, m.end(name), value, precision, relative, future)]

    def _rel(self, text: str | None) -> str | None:
        return _lookup(self.lexicon.relations, text)

    def _pos(self, text: str | None) -> str | None:
        return _lookup(self.lexicon.positions, text)

    def _of_year(self, m: re.Match[str], group: str, anchor: dt.date) -> int | None:
        """The year of «من العام الماضي» / «من هذا العام» after a month, if written."""
        if m.group(group + "u") is None:
            return None
        return anchor.year + {"past": -1, "next": 1}.get(self._rel(m.group(group + "r")) or "", 0)

    def _month_of(self, m: re.Match[str], group: str) -> int:
        return _entry(self.lexicon.months, m.group(group))

    # -- handlers ------------------------------------------------------------------------------

    def _hijri_day(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        month = _entry(self.lexicon.hijri_months, m.group("hd_m"))
        day = int(m.group("hd_d"))
        if m.group("hd_y"):
            value = hijri_to_gregorian(int(m.group("hd_y")), month, day)
            return self._make(m, value, "day", anchor, False)
        if anchor is None:
            return []
        year = _hijri_year_of(anchor)
        value = _nearest(anchor, (hijri_to_gregorian(y, month, day) for y in (year - 1, year, year + 1)))
        return self._make(m, value, "day", anchor, True)

    def _hijri_month(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        month = _entry(self.lexicon.hijri_months, m.group("hm_m"))
        return self._make(m, hijri_to_gregorian(int(m.group("hm_y")), month, 1), "month", anchor, False)

    def _date(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        month = self._month_of(m, "dt_m")
        first = _entry(self.lexicon.ordinals, m.group("dt_o")) if m.group("dt_o") else int(m.group("dt_d1"))
        second = int(m.group("dt_d2")) if m.group("dt_d2") else None
        if m.group("dt_y"):
            value = _safe_date(int(m.group("dt_y")), month, first)
            relative = False
        elif anchor is not None:
            years = [self._of_year(m, "dt_y", anchor)]
            years = years if years[0] is not None else list(range(anchor.year - 1, anchor.year + 2))
            candidates = [_safe_date(y, month, first) for y in years if y is not None]
            value = _with_relation(anchor, candidates, self._rel(m.group("dt_r")))
            relative = True
        else:
            return []
        out = self._make(m, value, "day", anchor, relative)
        if out and second is not None and second > first:
            later = _safe_date(out[0].value.year, month, second)
            out += self._make(m, later, "day", anchor, relative, start_group="dt_d2")
        return out

    def _month_year(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        value = _month_day(int(m.group("my_y")), self._month_of(m, "my_m"), self._pos(m.group("my_p")))
        return self._make(m, value, "month", anchor, False)

    def _iso(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        value = _safe_date(int(m.group("is_y")), int(m.group("is_m")), int(m.group("is_d")))
        return self._make(m, value, "day", anchor, False)

    def _numeric(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        year, first, second = int(m.group("nd_y")), int(m.group("nd_d")), int(m.group("nd_m"))
        value = _safe_date(year, second, first) or _safe_date(year, first, second)
        return self._make(m, value, "day", anchor, False)

    def _month(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        position, relation = self._pos(m.group("mr_p")), self._rel(m.group("mr_r"))
        cued = m.group("mr_pre") or m.group("mr_n") or position or relation or m.group("mr_yu")
        if anchor is None or not cued:
            return []
        month = self._month_of(m, "mr_m")
        candidates = [dt.date(y, month, 1) for y in range(anchor.year - 1, anchor.year + 2)]
        chosen: dt.date | None
        year = self._of_year(m, "mr_y", anchor)
        if year is not None:
            chosen = dt.date(year, month, 1)
        elif relation is None:
            chosen = min(candidates, key=lambda c: (abs(_month_index(c) - _month_index(anchor)), c > anchor))
        else:
            chosen = _with_relation(anchor, candidates, relation, key=_month_index)
        if chosen is None:
            return []
        value = _month_day(chosen.year, month, position)
        return self._make(m, value, "month", anchor, True, start_group="mr_c")

    def _year(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        position = self._pos(m.group("yr_p"))
        if not (m.group("yr_pre") or m.group("yr_n") or position):
            return []
        value = _year_day(int(m.group("yr_y")), position)
        return self._make(m, value, "year", anchor, False, start_group="yr_c")

    def _period(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        position, relation = self._pos(m.group("pd_p")), self._rel(m.group("pd_r"))
        if anchor is None or not (position or relation or m.group("pd_t")):
            return []
        word = " ".join(m.group("pd_u").split())
        unit, _ = _entry(self.lexicon.units, _strip_article(word))
        if (not (position or m.group("pd_t")) and _canon(word) in self.lexicon.adjective_periods
                and _previous_word(m.string, m.start("pd_u")).startswith("ال")):
            return []  # «الأمين العام الحالي»: an adjective, not a year
        shift = {"past": -1, "next": 1}.get(relation or "", 0)
        value = self._period_value(unit, shift, position, anchor)
        return self._make(m, value, _PERIOD_PRECISION[unit], anchor, True)

    @staticmethod
    def _period_value(unit: str, shift: int, position: str | None, anchor: dt.date) -> dt.date:
        if unit == "week":
            start = _week_start(anchor) + dt.timedelta(weeks=shift)
            return start + dt.timedelta(days={"middle": 3, "end": 5}.get(position or "", 0))
        if unit == "month":
            first = _add_months(anchor.replace(day=1), shift)
            return _month_day(first.year, first.month, position)
        return _year_day(anchor.year + shift, position)

    def _ago(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        if anchor is None:
            return []
        lex = self.lexicon
        sign = -1 if " ".join(m.group("ag_w").split()) in lex.ago_words else 1
        unit, count = _entry(lex.units, m.group("ag_u") or m.group("ag_u1"))
        if m.group("ag_n"):
            raw = m.group("ag_n")
            count = int(raw) if raw.isdigit() else _entry(lex.numbers, raw)
        value = self._shift(anchor, unit, sign * count)
        return self._make(m, value, _PERIOD_PRECISION[unit], anchor, True, future=sign > 0)

    @staticmethod
    def _shift(anchor: dt.date, unit: str, amount: int) -> dt.date | None:
        try:
            if unit in ("day", "week"):
                return anchor + dt.timedelta(days=amount * (7 if unit == "week" else 1))
            if unit == "hour":
                return anchor + dt.timedelta(days=int(amount / 24))
            return _add_months(anchor, amount * (12 if unit == "year" else 1))
        except (OverflowError, ValueError):
            return None

    def _recent(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        relation = self._rel(m.group("rc_r"))
        if anchor is None:
            return []
        word = " ".join((m.group("rc_u") or m.group("rc_u1")).split())
        unit, _ = _entry(self.lexicon.units, _strip_article(word) if m.group("rc_u") else word)
        future = relation == "next"
        value = anchor + dt.timedelta(days=1) if future else anchor
        return self._make(m, value, _RECENT_PRECISION[unit], anchor, True, future=future)

    def _weekday(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        if anchor is None:
            return []
        target = _entry(self.lexicon.weekdays, m.group("wk_n"))
        relation = self._rel(m.group("wk_r"))
        offset = _lookup(self.lexicon.day_words, m.group("wk_d")) or 0
        base = anchor + dt.timedelta(days=offset)
        if relation == "next" or offset > 0:  # the first such day after
            start = base if relation != "next" else anchor + dt.timedelta(days=1)
            value = start + dt.timedelta(days=(target - start.weekday()) % 7)
        else:  # the last such day on or before (strictly before with «الماضي»)
            if relation == "past":
                base = anchor - dt.timedelta(days=1)
            value = base - dt.timedelta(days=(base.weekday() - target) % 7)
        return self._make(m, value, "day", anchor, True)

    def _day_word(self, m: re.Match[str], anchor: dt.date | None) -> list[TimexMatch]:
        if anchor is None or self._followed_by_article(m):
            return []
        offset = _entry(self.lexicon.day_words, m.group("dw_w"))
        return self._make(m, anchor + dt.timedelta(days=offset), "day", anchor, True)

    @staticmethod
    def _followed_by_article(m: re.Match[str]) -> bool:
        """«اليوم الأول», «الليلة الأولى»: the definite day word is a noun, not a date."""
        word = _canon(m.group("dw_w"))
        if not word.startswith("ال") or " " in word:
            return False
        rest = m.string[m.end() : m.end() + 30].split()
        return bool(rest) and rest[0].startswith("ال")
