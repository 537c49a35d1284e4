"""Checks of people_world.yaml: well-formed entries and who held which office when."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from hadath.arabic.normalize import normalize_key

DATA = Path(__file__).resolve().parents[2] / "src" / "hadath" / "knowledge" / "data" / "people_world.yaml"

ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "finance_minister", "justice_minister", "oil_minister", "crown_prince",
    "foreign_ministry_spokesperson", "army_chief", "speaker", "secretary_general", "envoy",
    "ambassador", "un_ambassador", "king", "emir", "president", "prime_minister", "vice_president",
})
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "PTY", "MED", "BUS", "CVL", "EDU", "HLH",
    "REF", "IGO", "NGO", "REL", "LAB", "SPY", "ELI",
})
PERSON_KEYS = frozenset({"id", "name", "wikidata", "country", "names_ar", "family_ar", "positions"})
POSITION_KEYS = frozenset({"role", "country", "org", "sector", "start", "end", "approx"})
_LETTERS = "[\u0621-\u064A\u064B-\u0652\u0670-\u06D3]+"
ARABIC_NAME = re.compile(rf"^{_LETTERS}(?:[ -]{_LETTERS})*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAIN_COUNTRIES = ("TUR", "IRN", "ISR", "USA", "GBR", "FRA", "RUS", "CHN", "DEU")
CHECK_DAYS = (dt.date(2005, 6, 1), dt.date(2015, 6, 1), dt.date(2024, 6, 1))


@cache
def people() -> tuple[dict, ...]:
    with DATA.open(encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle)
    assert isinstance(loaded, list)
    return tuple(loaded)


def as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def holders(role: str, country: str, day: dt.date) -> list[str]:
    """Ids of the people who held ``role`` for ``country`` on ``day``."""
    found = []
    for person in people():
        for pos in person["positions"]:
            if pos["role"] != role or pos.get("country") != country:
                continue
            end = pos.get("end")
            if as_date(pos["start"]) <= day and (end is None or day < as_date(end)):
                found.append(person["id"])
    return found


def test_file_is_a_list_of_people() -> None:
    assert len(people()) >= 300


def test_required_and_known_keys() -> None:
    for person in people():
        assert {"id", "name", "country", "names_ar", "positions"} <= person.keys(), person.get("id")
        assert person.keys() <= PERSON_KEYS, person["id"]
        assert person["positions"], person["id"]
        for pos in person["positions"]:
            assert {"role", "sector", "start"} <= pos.keys(), person["id"]
            assert pos.keys() <= POSITION_KEYS, person["id"]
            assert ("country" in pos) != ("org" in pos), person["id"]


def test_ids_are_unique_slugs() -> None:
    ids = [p["id"] for p in people()]
    assert not [i for i, n in Counter(ids).items() if n > 1]
    assert all(SLUG.match(i) for i in ids)


def test_wikidata_ids_are_well_formed_and_unique() -> None:
    qids = [p["wikidata"] for p in people() if "wikidata" in p]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert len(qids) == len(set(qids))


def test_dates_are_ordered() -> None:
    for person in people():
        for pos in person["positions"]:
            start = as_date(pos["start"])
            assert dt.date(1940, 1, 1) <= start <= dt.date(2026, 12, 31), person["id"]
            if pos.get("end") is not None:
                assert start <= as_date(pos["end"]) <= dt.date(2026, 12, 31), person["id"]


def test_roles_sectors_and_countries_are_valid() -> None:
    for person in people():
        assert re.fullmatch(r"[A-Z]{3}", person["country"]), person["id"]
        for pos in person["positions"]:
            assert pos["role"] in ROLES, (person["id"], pos["role"])
            assert pos["sector"] in SECTORS, (person["id"], pos["sector"])
            if "country" in pos:
                assert re.fullmatch(r"[A-Z]{3}", pos["country"]), person["id"]
            if "approx" in pos:
                assert pos["approx"] is True, person["id"]


def test_arabic_names_are_in_arabic_script() -> None:
    for person in people():
        assert person["names_ar"], person["id"]
        for name in [*person["names_ar"], *person.get("family_ar", [])]:
            assert ARABIC_NAME.match(name), (person["id"], name)


def test_full_names_do_not_collide_between_people() -> None:
    owners: dict[str, str] = {}
    for person in people():
        for name in person["names_ar"]:
            key = normalize_key(name)
            assert owners.setdefault(key, person["id"]) == person["id"], (name, owners[key])


def test_bare_oglu_is_nobodys_family_name() -> None:
    for person in people():
        assert all(normalize_key(f) not in {"اوغلو", "أوغلو"} for f in person.get("family_ar", []))


@pytest.mark.parametrize("country", MAIN_COUNTRIES)
@pytest.mark.parametrize("day", CHECK_DAYS, ids=str)
@pytest.mark.parametrize("role", ["foreign_minister", "head_of_state"])
def test_exactly_one_holder_in_main_countries(country: str, day: dt.date, role: str) -> None:
    assert len(holders(role, country, day)) == 1, (role, country, day, holders(role, country, day))


@pytest.mark.parametrize(
    ("role", "country", "day", "expected"),
    [
        ("foreign_minister", "TUR", dt.date(2022, 1, 7), "mevlut-cavusoglu"),
        ("foreign_minister", "TUR", dt.date(2024, 3, 1), "hakan-fidan"),
        ("foreign_minister", "TUR", dt.date(2015, 10, 1), "feridun-sinirlioglu"),
        ("foreign_minister", "RUS", dt.date(2022, 1, 7), "sergey-lavrov"),
        ("foreign_minister", "USA", dt.date(2022, 1, 7), "antony-blinken"),
        ("foreign_minister", "AZE", dt.date(2022, 1, 7), "jeyhun-bayramov"),
        ("foreign_minister", "IRN", dt.date(2024, 6, 1), "ali-bagheri-kani"),
        ("foreign_minister", "ISR", dt.date(2015, 8, 1), "benjamin-netanyahu"),
        ("head_of_state", "IRN", dt.date(2010, 1, 1), "ali-khamenei"),
        ("president", "IRN", dt.date(2010, 1, 1), "mahmoud-ahmadinejad"),
        ("head_of_government", "TUR", dt.date(2017, 1, 1), "binali-yildirim"),
        ("head_of_government", "TUR", dt.date(2019, 1, 1), "recep-tayyip-erdogan"),
        ("prime_minister", "GBR", dt.date(2018, 3, 23), "theresa-may"),
        ("defence_minister", "USA", dt.date(2015, 7, 25), "ashton-carter"),
        ("head_of_government", "DEU", dt.date(2015, 1, 1), "angela-merkel"),
        ("prime_minister", "KAZ", dt.date(2020, 1, 1), "askar-mamin"),
        ("prime_minister", "KAZ", dt.date(2023, 1, 1), "alikhan-smailov"),
        ("defence_minister", "UKR", dt.date(2022, 6, 1), "oleksii-reznikov"),
        ("defence_minister", "UKR", dt.date(2024, 6, 1), "rustem-umerov"),
        ("emir", "AFG", dt.date(2015, 7, 25), "mullah-omar"),
    ],
)
def test_known_office_holders(role: str, country: str, day: dt.date, expected: str) -> None:
    assert holders(role, country, day) == [expected]


def test_organisation_heads() -> None:
    def org_holders(role: str, org: str, day: dt.date) -> list[str]:
        return [
            p["id"]
            for p in people()
            for pos in p["positions"]
            if pos["role"] == role and pos.get("org") == org and as_date(pos["start"]) <= day
            and (pos.get("end") is None or day < as_date(pos["end"]))
        ]

    assert org_holders("secretary_general", "UN", dt.date(2010, 1, 1)) == ["ban-ki-moon"]
    assert org_holders("secretary_general", "UN", dt.date(2020, 1, 1)) == ["antonio-guterres"]
    assert org_holders("secretary_general", "NATO", dt.date(2020, 1, 1)) == ["jens-stoltenberg"]
    assert org_holders("foreign_minister", "EU", dt.date(2020, 1, 1)) == ["josep-borrell"]
    assert org_holders("secretary_general", "IAEA", dt.date(2022, 1, 1)) == ["rafael-grossi"]


def test_named_spellings_are_present() -> None:
    by_id = {p["id"]: p for p in people()}
    assert {"مولود تشاووش أوغلو", "مولود جاويش أوغلو"} <= set(by_id["mevlut-cavusoglu"]["names_ar"])
    assert {"جيهون بيرموف", "جيهون بيراموف", "جيحون بيراموف"} <= set(by_id["jeyhun-bayramov"]["names_ar"])
    assert "لافروف" in by_id["sergey-lavrov"]["family_ar"]
    assert by_id["mevlut-cavusoglu"]["name"] == "Mevlüt Çavuşoğlu"


def test_family_names_point_to_one_person() -> None:
    owners: dict[str, set[str]] = {}
    for person in people():
        for name in [*person["names_ar"], *person.get("family_ar", [])]:
            owners.setdefault(normalize_key(name), set()).add(person["id"])
    assert not {key: ids for key, ids in owners.items() if len(ids) > 1}
