"""Checks of roles.tsv: header, columns, codes, and the readings of common expressions."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from hadath.arabic.normalize import normalize_key

DATA = Path(__file__).resolve().parents[2] / "src" / "hadath" / "knowledge" / "data" / "roles.tsv"
HEADER = ["expression", "sector", "role", "kind", "country"]
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "PTY", "MED", "BUS", "CVL", "EDU", "HLH",
    "REF", "IGO", "NGO", "REL", "LAB", "SPY", "ELI",
})
ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "finance_minister", "justice_minister", "oil_minister", "crown_prince",
    "foreign_ministry_spokesperson", "army_chief", "speaker", "secretary_general", "envoy",
    "ambassador", "un_ambassador", "king", "emir", "president", "prime_minister", "vice_president",
})
KINDS = frozenset({"person", "group", "institution"})


def content_lines() -> list[str]:
    text = DATA.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def rows() -> dict[str, list[str]]:
    return {cells[0]: cells for cells in (line.split("\t") for line in content_lines()[1:])}


def match_key(expression: str) -> str:
    """The key the matcher compares: normalized, «ال» taken off the first word."""
    words = normalize_key(expression).split()
    if words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return " ".join(words)


def test_header() -> None:
    assert content_lines()[0].split("\t") == HEADER


def test_column_count() -> None:
    for line in content_lines():
        assert len(line.split("\t")) == len(HEADER), line


def test_at_least_400_expressions() -> None:
    assert len(content_lines()) - 1 >= 400


def test_codes_are_valid() -> None:
    for expression, sector, role, kind, country in rows().values():
        assert sector in SECTORS, expression
        assert role == "" or role in ROLES, expression
        assert kind in KINDS, expression
        assert country == "" or (len(country) == 3 and country.isupper()), expression


def test_offices_are_people_or_groups_of_them() -> None:
    for expression, _sector, role, kind, _country in rows().values():
        if role:
            assert kind in {"person", "group"}, expression


def test_no_duplicate_expressions() -> None:
    expressions = [line.split("\t")[0] for line in content_lines()[1:]]
    keys = [match_key(e) for e in expressions]
    assert len(set(expressions)) == len(expressions)
    assert len(set(keys)) == len(keys), sorted(k for k in set(keys) if keys.count(k) > 1)


def test_expressions_are_clean_arabic() -> None:
    for expression in rows():
        assert expression == expression.strip() and "  " not in expression
        assert any("\u0621" <= ch <= "\u064a" for ch in expression), expression
        assert "|" not in expression


@pytest.mark.parametrize(
    ("expression", "sector", "role"),
    [
        ("الرئيس", "GOV", "president"),
        ("رئيس الوزراء", "GOV", "prime_minister"),
        ("رئيسة الوزراء", "GOV", "prime_minister"),
        ("رئيس الحكومة", "GOV", "prime_minister"),
        ("وزير الخارجية", "GOV", "foreign_minister"),
        ("وزيرة الخارجية", "GOV", "foreign_minister"),
        ("وزير الشؤون الخارجية", "GOV", "foreign_minister"),
        ("رئيس الدبلوماسية", "GOV", "foreign_minister"),
        ("وزير الدفاع", "GOV", "defence_minister"),
        ("وزير الداخلية", "GOV", "interior_minister"),
        ("وزير المالية", "GOV", "finance_minister"),
        ("وزير العدل", "GOV", "justice_minister"),
        ("وزير النفط", "GOV", "oil_minister"),
        ("وزير الطاقة", "GOV", "oil_minister"),
        ("الملك", "GOV", "king"),
        ("العاهل", "GOV", "king"),
        ("الأمير", "GOV", "emir"),
        ("أمير البلاد", "GOV", "emir"),
        ("ولي العهد", "GOV", "crown_prince"),
        ("المتحدث باسم وزارة الخارجية", "GOV", "foreign_ministry_spokesperson"),
        ("المتحدثة باسم الخارجية", "GOV", "foreign_ministry_spokesperson"),
        ("السفير", "GOV", ""),  # one of many ambassadors: no single holder
        ("المندوب الدائم", "GOV", "un_ambassador"),
        ("المبعوث الخاص", "GOV", "envoy"),
        ("الأمين العام", "GOV", "secretary_general"),
        ("رئيس البرلمان", "LEG", "speaker"),
        ("رئيس مجلس النواب", "LEG", "speaker"),
        ("قائد الجيش", "MIL", "army_chief"),
        ("رئيس الأركان", "MIL", "army_chief"),
        ("نائب الرئيس", "GOV", "vice_president"),
    ],
)
def test_offices(expression: str, sector: str, role: str) -> None:
    cells = rows()[expression]
    assert (cells[1], cells[2]) == (sector, role)


@pytest.mark.parametrize(
    ("expression", "sector", "kind"),
    [
        ("الحكومة", "GOV", "institution"),
        ("وزارة الخارجية", "GOV", "institution"),
        ("الخارجية", "GOV", "institution"),
        ("الرئاسة", "GOV", "institution"),
        ("البرلمان", "LEG", "institution"),
        ("مجلس الشورى", "LEG", "institution"),
        ("المحكمة العليا", "JUD", "institution"),
        ("النيابة العامة", "JUD", "institution"),
        ("البنك المركزي", "GOV", "institution"),
        ("الجيش", "MIL", "institution"),
        ("سلاح الجو", "MIL", "institution"),
        ("الطيران الحربي", "MIL", "institution"),
        ("قوات الأمن", "COP", "institution"),
        ("الشرطة الاتحادية", "COP", "institution"),
        ("المخابرات", "SPY", "institution"),
        ("الحزب الحاكم", "PTY", "institution"),
        ("المعارضة", "OPP", "institution"),
        ("المتظاهرون", "CVL", "group"),
        ("المتظاهرين", "CVL", "group"),
        ("المحتجون", "CVL", "group"),
        ("المعتصمون", "CVL", "group"),
        ("الطلاب", "EDU", "group"),
        ("العمال", "LAB", "group"),
        ("المعارضون", "OPP", "group"),
        ("المسلحون", "REB", "group"),
        ("مسلحون مجهولون", "REB", "group"),
        ("المتمردون", "REB", "group"),
        ("الميليشيات", "REB", "group"),
        ("النازحون", "REF", "group"),
        ("اللاجئين", "REF", "group"),
        ("المدنيون", "CVL", "group"),
        ("عائلات المعتقلين", "CVL", "group"),
        ("الصحفيون", "MED", "group"),
        ("الأطباء", "HLH", "group"),
        ("رجال الدين", "REL", "group"),
        ("رجال الأعمال", "BUS", "group"),
        ("القبائل", "CVL", "group"),
    ],
)
def test_agents(expression: str, sector: str, kind: str) -> None:
    cells = rows()[expression]
    assert (cells[1], cells[2], cells[3]) == (sector, "", kind)


def test_country_only_where_the_phrase_names_it() -> None:
    assert rows()["الكنيست"][4] == "ISR"
    assert rows()["البيت الأبيض"][4] == "USA"
    assert rows()["الكرملين"][4] == "RUS"
    assert rows()["وزير الخارجية"][4] == ""
    assert rows()["الجيش"][4] == ""


def test_plural_and_dual_offices_are_groups() -> None:
    assert rows()["وزراء الخارجية"][1:4] == ["GOV", "foreign_minister", "group"]
    assert rows()["وزيرا الخارجية"][3] == "group"
    assert rows()["وزيري الخارجية"][3] == "group"
