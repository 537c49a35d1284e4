"""Arabic date expressions: recognition, resolution against a publication date, lexicon errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hadath.arabic.normalize import normalize
from hadath.events.timex import (
    DEFAULT_PATH,
    DateLexicon,
    DateLexiconError,
    DateResolver,
    TimexMatch,
    hijri_to_gregorian,
)

FRIDAY = dt.date(2022, 1, 7)
D = dt.date


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver(DateLexicon.load())


def find(resolver: DateResolver, text: str, anchor: dt.date | None = FRIDAY) -> list[TimexMatch]:
    return resolver.find(normalize(text).text, anchor)


def values(resolver: DateResolver, text: str, anchor: dt.date | None = FRIDAY) -> list[dt.date]:
    return [m.value for m in find(resolver, text, anchor)]


def surface(resolver: DateResolver, text: str, anchor: dt.date | None = FRIDAY) -> list[str]:
    norm = normalize(text).text
    return [norm[m.start : m.end] for m in resolver.find(norm, anchor)]


# --- days relative to the publication date ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المتحدث اليوم إن الحوار مستمر", D(2022, 1, 7)),
    ("وقع الانفجار الليلة في وسط المدينة", D(2022, 1, 7)),
    ("أعلنت الوزارة أمس عن خطة جديدة", D(2022, 1, 6)),
    ("وكان قد صرح بالأمس بأن", D(2022, 1, 6)),
    ("اندلعت الاشتباكات مساء أمس في الحي", D(2022, 1, 6)),
    ("وصل الوفد صباح أمس إلى العاصمة", D(2022, 1, 6)),
    ("عقد الاجتماع يوم أمس", D(2022, 1, 6)),
    ("وكانت الشرطة قد اعتقلت أول من أمس عشرة أشخاص", D(2022, 1, 5)),
    ("وجرت المحادثات أول أمس", D(2022, 1, 5)),
    ("وقعت الحادثة الليلة الماضية", D(2022, 1, 6)),
    ("يصل الرئيس غداً إلى بغداد", D(2022, 1, 8)),
    ("تبدأ المفاوضات بعد غد في جنيف", D(2022, 1, 9)),
])
def test_day_words(resolver: DateResolver, text: str, expected: dt.date) -> None:
    found = find(resolver, text)
    assert [m.value for m in found] == [expected]
    assert found[0].precision == "day" and found[0].relative
    assert found[0].future == (expected > FRIDAY)


def test_day_word_spans_leave_proclitics_out(resolver: DateResolver) -> None:
    assert surface(resolver, "وبالأمس خرج المتظاهرون") == ["الامس"]
    assert surface(resolver, "مساء أمس") == ["مساء امس"]
    assert values(resolver, "ولليوم الثالث على التوالي") == []  # «اليوم الثالث»: a noun
    assert values(resolver, "ولليوم تبقى الأسواق مغلقة") == [FRIDAY]


def test_definite_day_word_followed_by_an_adjective_is_not_a_date(resolver: DateResolver) -> None:
    assert find(resolver, "في اليوم الأول من المؤتمر") == []
    assert find(resolver, "احتفل العالم باليوم العالمي للمرأة") == []


# --- weekdays ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("قال الوزير الخميس إن", D(2022, 1, 6)),
    ("وأعلن الجيش والأربعاء عن", D(2022, 1, 5)),
    ("وفي يوم الثلاثاء خرج المحتجون", D(2022, 1, 4)),
    ("وصل الوفد السبت", D(2022, 1, 1)),
    ("صلاة الجمعة في المسجد", D(2022, 1, 7)),  # bare weekday of the anchor = the anchor
    ("اليوم الجمعة", D(2022, 1, 7)),
    ("الجمعة الماضية", D(2021, 12, 31)),
    ("الأحد الماضي", D(2022, 1, 2)),
    ("يوم الأحد المقبل", D(2022, 1, 9)),
    ("يوم الجمعة المقبل", D(2022, 1, 14)),
    ("السبت القادم", D(2022, 1, 8)),
    ("أمس الخميس", D(2022, 1, 6)),
    ("غدا الاثنين", D(2022, 1, 10)),
    ("مساء الإثنين", D(2022, 1, 3)),
])
def test_weekdays(resolver: DateResolver, text: str, expected: dt.date) -> None:
    assert values(resolver, text) == [expected]


def test_today_weekday_is_the_anchor(resolver: DateResolver) -> None:
    thursday = D(2022, 1, 6)
    found = find(resolver, "أكد اليوم الخميس أن", thursday)
    assert [(m.value, m.future) for m in found] == [(thursday, False)]
    assert surface(resolver, "أكد اليوم الخميس أن", thursday) == ["اليوم الخميس"]


def test_next_weekday_is_future(resolver: DateResolver) -> None:
    (m,) = find(resolver, "يوم الأحد المقبل")
    assert m.future and m.relative and m.precision == "day"
    assert surface(resolver, "يعقد يوم الأحد المقبل") == ["يوم الاحد المقبل"]


# --- weeks, months and years relative to the anchor ----------------------------------------

@pytest.mark.parametrize(("text", "expected", "precision", "future"), [
    ("في بداية الأسبوع", D(2022, 1, 2), "week", False),
    ("مطلع الأسبوع", D(2022, 1, 2), "week", False),
    ("في نهاية الأسبوع", D(2022, 1, 7), "week", False),
    ("الأسبوع الماضي", D(2021, 12, 26), "week", False),
    ("الأسبوع المقبل", D(2022, 1, 9), "week", True),
    ("بداية الشهر", D(2022, 1, 1), "month", False),
    ("أوائل الشهر", D(2022, 1, 1), "month", False),
    ("نهاية الشهر", D(2022, 1, 31), "month", True),
    ("الشهر الماضي", D(2021, 12, 1), "month", False),
    ("الشهر المقبل", D(2022, 2, 1), "month", True),
    ("هذا الشهر", D(2022, 1, 1), "month", False),
    ("هذا العام", D(2022, 1, 1), "year", False),
    ("العام الجاري", D(2022, 1, 1), "year", False),
    ("العام الماضي", D(2021, 1, 1), "year", False),
    ("السنة الماضية", D(2021, 1, 1), "year", False),
    ("العام المقبل", D(2023, 1, 1), "year", True),
    ("نهاية العام الماضي", D(2021, 12, 31), "year", False),
    ("منذ مطلع العام", D(2022, 1, 1), "year", False),
])
def test_periods(resolver: DateResolver, text: str, expected: dt.date, precision: str, future: bool) -> None:
    (m,) = find(resolver, text)
    assert (m.value, m.precision, m.relative, m.future) == (expected, precision, True, future)


def test_adjective_aam_is_not_a_year(resolver: DateResolver) -> None:
    assert find(resolver, "قال الأمين العام الحالي للمنظمة") == []
    assert values(resolver, "عقد الاجتماع الأسبوع الماضي") == [D(2021, 12, 26)]


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("قتل منذ ثلاثة أيام", D(2022, 1, 4), "day"),
    ("وصل قبل 3 أيام", D(2022, 1, 4), "day"),
    ("قبل يومين", D(2022, 1, 5), "day"),
    ("منذ 15 يوما", D(2021, 12, 23), "day"),
    ("قبل أسبوعين", D(2021, 12, 24), "week"),
    ("منذ نحو أسبوعين", D(2021, 12, 24), "week"),
    ("منذ شهر", D(2021, 12, 7), "month"),
    ("قبل عامين", D(2020, 1, 7), "year"),
    ("منذ أكثر من عشرة أعوام", D(2012, 1, 7), "year"),
])
def test_durations_ago(resolver: DateResolver, text: str, expected: dt.date, precision: str) -> None:
    (m,) = find(resolver, text)
    assert (m.value, m.precision, m.future) == (expected, precision, False)


def test_duration_after_is_future(resolver: DateResolver) -> None:
    (m,) = find(resolver, "تنتهي الهدنة في غضون يومين")
    assert (m.value, m.future) == (D(2022, 1, 9), True)


def test_durations_counted_from_an_event_are_left_out(resolver: DateResolver) -> None:
    assert find(resolver, "وصل قبل يومين من الانتخابات") == []
    assert find(resolver, "أعلن الانسحاب بعد 19 عاما قضاها في البلاد") == []
    assert values(resolver, "قبل أقل من عام من الآن") == [D(2021, 1, 7)]


def test_month_after_duration_word_is_not_a_duration(resolver: DateResolver) -> None:
    assert find(resolver, "قبل شهر رمضان") == []
    (m,) = find(resolver, "منذ عام 2022")
    assert (m.value, m.precision, m.relative) == (D(2022, 1, 1), "year", False)


def test_recent_hours_are_the_anchor(resolver: DateResolver) -> None:
    (m,) = find(resolver, "خلال الساعات الماضية")
    assert (m.value, m.precision, m.future) == (FRIDAY, "day", False)
    assert values(resolver, "في الـ24 ساعة الماضية") == [FRIDAY]
    (later,) = find(resolver, "خلال الأيام المقبلة")
    assert later.future and later.value > FRIDAY


# --- explicit dates ---------------------------------------------------------------------------

def test_day_month_without_year_nearest_to_anchor(resolver: DateResolver) -> None:
    (m,) = find(resolver, "تعقد الانتخابات في 12 يناير")
    assert (m.value, m.relative, m.future, m.precision) == (D(2022, 1, 12), True, True, "day")
    assert values(resolver, "في 25 ديسمبر") == [D(2021, 12, 25)]
    # more than half a year after the anchor: the previous year
    assert values(resolver, "في 20 يوليو") == [D(2021, 7, 20)]
    assert values(resolver, "في 12 كانون الثاني") == [D(2022, 1, 12)]
    assert values(resolver, "في 10 تشرين الأول") == [D(2021, 10, 10)]


def test_two_days_of_one_month(resolver: DateResolver) -> None:
    text = "زار الوزير العاصمة في 11 و12 تموز/يوليو"
    found = find(resolver, text)
    assert [m.value for m in found] == [D(2021, 7, 11), D(2021, 7, 12)]
    assert surface(resolver, text) == ["11 و12 تموز/يوليو", "12 تموز/يوليو"]
    assert values(resolver, "في 1 و 2 مارس 2020", None) == [D(2020, 3, 1), D(2020, 3, 2)]


def test_month_relation_words(resolver: DateResolver) -> None:
    assert values(resolver, "في 12 يناير الماضي", D(2022, 2, 1)) == [D(2022, 1, 12)]
    assert values(resolver, "في 12 يناير الماضي") == [D(2021, 1, 12)]
    assert values(resolver, "مطلع يناير/كانون الثاني الماضي", D(2022, 3, 3)) == [D(2022, 1, 1)]


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("12 يناير 2022", D(2022, 1, 12), "day"),
    ("الأربعاء 12 يناير/كانون الثاني 2022", D(2022, 1, 12), "day"),
    ("يناير 2022", D(2022, 1, 1), "month"),
    ("نهاية فبراير 2022", D(2022, 2, 28), "month"),
    ("5 جويلية 2021", D(2021, 7, 5), "day"),
    ("أفريل 2021", D(2021, 4, 1), "month"),
    ("12/1/2022", D(2022, 1, 12), "day"),
    ("2022-01-12", D(2022, 1, 12), "day"),
    ("12.01.2022", D(2022, 1, 12), "day"),
    ("1/13/2022", D(2022, 1, 13), "day"),  # day-first impossible: month-first
    ("عام 2022", D(2022, 1, 1), "year"),
    ("في 2022", D(2022, 1, 1), "year"),
    ("مطلع عام 2021", D(2021, 1, 1), "year"),
    ("١٢ يناير ٢٠٢٢", D(2022, 1, 12), "day"),
])
def test_absolute_dates_without_anchor(resolver: DateResolver, text: str, expected: dt.date,
                                       precision: str) -> None:
    (m,) = find(resolver, text, None)
    assert (m.value, m.precision, m.relative, m.future) == (expected, precision, False, False)


def test_ordinal_day(resolver: DateResolver) -> None:
    assert values(resolver, "في الثاني عشر من يناير") == [D(2022, 1, 12)]
    assert values(resolver, "منذ الأول من يناير") == [D(2022, 1, 1)]


def test_bare_month_needs_a_cue(resolver: DateResolver) -> None:
    assert find(resolver, "مارس الرياضة منذ صغره") == []
    (m,) = find(resolver, "في ديسمبر")
    assert (m.value, m.precision, m.relative) == (D(2021, 12, 1), "month", True)
    assert values(resolver, "في يونيو") == [D(2022, 6, 1)]
    assert values(resolver, "في مطلع شهر يناير") == [D(2022, 1, 1)]


def test_month_of_a_relative_year(resolver: DateResolver) -> None:
    (m,) = find(resolver, "في سبتمبر من العام الماضي")
    assert (m.value, m.precision) == (D(2021, 9, 1), "month")
    assert values(resolver, "في 5 سبتمبر من هذا العام") == [D(2022, 9, 5)]
    assert values(resolver, "في مارس من العام المقبل") == [D(2023, 3, 1)]


def test_today_with_weekday_in_parentheses(resolver: DateResolver) -> None:
    tuesday = D(2022, 1, 4)
    assert surface(resolver, "أقر البرلمان اليوم (الثلاثاء) حزمة", tuesday) == ["اليوم (الثلاثاء)"]
    assert values(resolver, "وقال اليوم، الأحد، إن", D(2022, 1, 9)) == [D(2022, 1, 9)]


def test_weekday_with_its_date_is_one_expression(resolver: DateResolver) -> None:
    assert surface(resolver, "يعقد الأحد 9 يناير") == ["الاحد 9 يناير"]
    assert values(resolver, "يعقد الأحد 9 يناير") == [D(2022, 1, 9)]


def test_invalid_dates_are_dropped(resolver: DateResolver) -> None:
    assert find(resolver, "31 فبراير 2022") == []
    assert find(resolver, "45/13/2022") == []


def test_hijri_dates(resolver: DateResolver) -> None:
    (m,) = find(resolver, "في 15 رمضان 1443 هـ")
    assert (m.value, m.relative, m.precision) == (D(2022, 4, 17), False, "day")
    assert values(resolver, "1 محرم 1444", None) == [D(2022, 7, 30)]
    assert values(resolver, "رمضان 1443", None) == [D(2022, 4, 3)]
    assert values(resolver, "في 15 رمضان") == [D(2022, 4, 17)]  # nearest to the anchor
    assert values(resolver, "15 رمضان", None) == []


def test_hijri_arithmetic() -> None:
    assert hijri_to_gregorian(1, 1, 1) == D(622, 7, 19)  # 16 July 622 Julian
    assert hijri_to_gregorian(1443, 12, 30) is None  # a 29-day Dhu al-Hijja
    assert hijri_to_gregorian(1443, 13, 1) is None


# --- whole sentences, anchors, offsets --------------------------------------------------------

def test_sentence_with_several_dates(resolver: DateResolver) -> None:
    text = "وصل الأحد الماضي، وقال أمس إن الاجتماع سيعقد في 12 يناير 2022"
    norm = normalize(text).text
    found = resolver.find(norm, FRIDAY)
    assert [norm[m.start : m.end] for m in found] == ["الاحد الماضي", "امس", "12 يناير 2022"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert [m.relative for m in found] == [True, True, False]


def test_without_anchor_only_absolute_dates(resolver: DateResolver) -> None:
    text = "قال أمس الخميس إن الاتفاق وقع في 12 يناير 2022 وينفذ الأسبوع المقبل"
    found = find(resolver, text, None)
    assert [(m.value, m.relative) for m in found] == [(D(2022, 1, 12), False)]


def test_offsets_map_back_to_the_original(resolver: DateResolver) -> None:
    text = "أعلنت الحكومةُ أمسِ أنَّ الانتخاباتِ ستُجرى في 12 يناير"
    norm = normalize(text)
    spans = [norm.original(m.start, m.end) for m in resolver.find(norm.text, FRIDAY)]
    assert [text[s:e] for s, e in spans] == ["أمسِ", "12 يناير"]


# --- the lexicon file -------------------------------------------------------------------------

def _bad_lexicon(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path = tmp_path / "time.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, line


def test_default_lexicon_loads() -> None:
    lex = DateLexicon.load()
    assert lex.months["يناير"] == 1 and lex.months["كانون الثاني"] == 1 and lex.months["جانفي"] == 1
    assert lex.weekdays["الجمعه"] == 4  # normalized: ة -> ه
    assert lex.day_words["امس"] == -1


@pytest.mark.parametrize(("old", "new", "key"), [
    ("  12: [ديسمبر", "  13: [ديسمبر", "months.13"),
    ("  friday: [الجمعة]", "  fryday: [الجمعة]", "weekdays.fryday"),
    ("  أمس: -1", "  أمس: yesterday", "day_words.أمس"),
    ("  2: [فبراير, شباط, فيفري]", "  2: [فبراير, شباط, يناير]", "months.2"),
    ("  week: {one: [أسبوع]", "  week: {single: [أسبوع]", "units.week.single"),
    ("this_words: [هذا, هذه]", "these_words: [هذا, هذه]", "these_words"),
    ("  past: [الماضي", "  former: [الماضي", "relations.former"),
])
def test_lexicon_errors_name_file_line_and_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    path, line = _bad_lexicon(tmp_path, old, new)
    with pytest.raises(DateLexiconError) as err:
        DateLexicon.load(path)
    message = str(err.value)
    assert f"{path}:{line}:" in message
    assert key in message


def test_lexicon_missing_section_and_bad_yaml(tmp_path: Path) -> None:
    path, _ = _bad_lexicon(tmp_path, "hedges: [", "# hedges: [")
    with pytest.raises(DateLexiconError, match=r"missing section.*hedges"):
        DateLexicon.load(path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("months: [يناير\n", encoding="utf-8")
    with pytest.raises(DateLexiconError, match="invalid YAML"):
        DateLexicon.load(broken)
    with pytest.raises(DateLexiconError, match="cannot read"):
        DateLexicon.load(tmp_path / "absent.yaml")
