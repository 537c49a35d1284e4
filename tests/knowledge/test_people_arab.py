"""Checks on the people of the Arab League states (src/hadath/knowledge/data/people_arab.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "hadath" / "knowledge" / "data" / "people_arab.yaml"

ARAB_STATES = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
    "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
})
ORGS = frozenset({"Arab League", "GCC", "UN"})
ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "interior_minister", "finance_minister", "justice_minister", "oil_minister", "crown_prince",
    "foreign_ministry_spokesperson", "army_chief", "speaker", "secretary_general", "envoy",
    "ambassador", "un_ambassador", "king", "emir", "president", "prime_minister", "vice_president",
})
SECTORS = frozenset({"GOV", "MIL"})
PERSON_KEYS = frozenset({"id", "name", "wikidata", "country", "names_ar", "family_ar", "positions"})
POSITION_KEYS = frozenset({"role", "country", "org", "sector", "start", "end", "approx"})
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3 .]+$")
EARLIEST = dt.date(1960, 1, 1)
LATEST = dt.date(2026, 11, 30)
# Given names and bare titles that never alone identify one person.
NOT_FAMILY = frozenset({"محمد", "أحمد", "علي", "عبد الله", "عبدالله", "خالد", "الشيخ", "الأمير", "الملك"})

# Offices that were genuinely vacant on a checked day: (country, role, day).
VACANT = frozenset({
    ("LBN", "head_of_state", dt.date(2024, 6, 1)),  # no president 2022-10-31 .. 2025-01-09
})
CHECK_DAYS = (dt.date(2010, 6, 1), dt.date(2024, 6, 1))


@pytest.fixture(scope="module")
def people() -> list[dict]:
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, list)
    return data


def _holds(position: dict, day: dt.date) -> bool:
    end = position.get("end")
    return position["start"] <= day and (end is None or day < end)


def _holders(people: list[dict], role: str, day: dt.date, *, country: str | None = None,
             org: str | None = None) -> list[str]:
    return [
        person["id"]
        for person in people
        for pos in person["positions"]
        if pos["role"] == role and pos.get("country") == country and pos.get("org") == org
        and _holds(pos, day)
    ]


def test_volume_and_unique_ids(people: list[dict]) -> None:
    assert len(people) >= 400
    counts = Counter(person["id"] for person in people)
    assert [pid for pid, n in counts.items() if n > 1] == []


def test_person_fields(people: list[dict]) -> None:
    for person in people:
        pid = person.get("id")
        assert set(person) <= PERSON_KEYS, pid
        assert {"id", "name", "country", "names_ar", "family_ar", "positions"} <= set(person), pid
        assert SLUG.match(pid), pid
        assert isinstance(person["name"], str) and person["name"].strip(), pid
        assert person["country"] in ARAB_STATES, pid
        if "wikidata" in person:
            assert re.fullmatch(r"Q[1-9][0-9]*", str(person["wikidata"])), pid
        assert person["names_ar"], pid
        assert person["positions"], pid


def test_arabic_names(people: list[dict]) -> None:
    for person in people:
        names, family = person["names_ar"], person["family_ar"] or []
        for name in [*names, *family]:
            assert isinstance(name, str) and ARABIC_NAME.match(name), (person["id"], name)
        assert len(set(names)) == len(names), person["id"]
        assert not set(family) & NOT_FAMILY, person["id"]


def test_positions(people: list[dict]) -> None:
    for person in people:
        for pos in person["positions"]:
            where = (person["id"], pos.get("role"))
            assert set(pos) <= POSITION_KEYS, where
            assert pos["role"] in ROLES, where
            assert pos["sector"] in SECTORS, where
            assert ("country" in pos) != ("org" in pos), where
            if "country" in pos:
                assert pos["country"] in ARAB_STATES, where
            else:
                assert pos["org"] in ORGS, where
            assert isinstance(pos["start"], dt.date), where
            end = pos.get("end")
            assert end is None or isinstance(end, dt.date), where
            assert EARLIEST <= pos["start"] <= LATEST, where
            if end is not None:
                assert pos["start"] <= end <= LATEST, where
            if "approx" in pos:
                assert pos["approx"] is True, where


def test_title_lines_pair_with_head_of_state(people: list[dict]) -> None:
    """Every king/emir/president line has a head_of_state line covering its start."""
    for person in people:
        hos = [p for p in person["positions"] if p["role"] == "head_of_state"]
        for pos in person["positions"]:
            if pos["role"] in {"king", "emir", "president"}:
                assert any(_holds(h, pos["start"]) for h in hos), (person["id"], pos["role"])


@pytest.mark.parametrize("day", CHECK_DAYS)
@pytest.mark.parametrize("role", ["head_of_state", "foreign_minister"])
def test_every_state_has_holder(people: list[dict], role: str, day: dt.date) -> None:
    missing = [
        code for code in sorted(ARAB_STATES)
        if (code, role, day) not in VACANT and not _holders(people, role, day, country=code)
    ]
    assert missing == []


@pytest.mark.parametrize("day", CHECK_DAYS)
def test_vacancies_are_really_vacant(people: list[dict], day: dt.date) -> None:
    for code, role, vacant_day in VACANT:
        if vacant_day == day:
            assert _holders(people, role, day, country=code) == []


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2005, 1, 1), "amr-moussa"),
    (dt.date(2014, 1, 1), "nabil-elaraby"),
    (dt.date(2024, 6, 1), "ahmed-aboul-gheit"),
])
def test_arab_league_secretary_general(people: list[dict], day: dt.date, expected: str) -> None:
    assert _holders(people, "secretary_general", day, org="Arab League") == [expected]


@pytest.mark.parametrize(("code", "role", "day", "expected"), [
    ("SAU", "crown_prince", dt.date(2020, 1, 1), "mohammed-bin-salman"),
    ("SAU", "foreign_minister", dt.date(2016, 1, 1), "adel-al-jubeir"),
    ("EGY", "head_of_state", dt.date(2013, 1, 1), "mohamed-morsi"),
    ("SYR", "head_of_state", dt.date(2015, 1, 1), "bashar-al-assad"),
    ("IRQ", "head_of_government", dt.date(2010, 6, 1), "nouri-al-maliki"),
    ("QAT", "emir", dt.date(2020, 1, 1), "tamim-bin-hamad"),
    ("ARE", "president", dt.date(2023, 1, 1), "mohamed-bin-zayed"),
])
def test_known_single_holders(people: list[dict], code: str, role: str, day: dt.date,
                              expected: str) -> None:
    assert _holders(people, role, day, country=code) == [expected]


def test_rival_governments_present(people: list[dict]) -> None:
    day = dt.date(2024, 6, 1)
    assert set(_holders(people, "head_of_government", day, country="LBY")) == {
        "abdul-hamid-dbeibeh", "osama-hammad"}
    assert set(_holders(people, "head_of_state", day, country="YEM")) == {
        "rashad-al-alimi", "mahdi-al-mashat"}
    assert _holders(people, "head_of_state", day, country="SDN") == ["abdel-fattah-al-burhan"]
