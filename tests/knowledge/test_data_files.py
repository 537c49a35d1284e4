"""Shape checks of the knowledge data files, read with the csv module only."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src/hadath/knowledge/data"
COUNTRY_HEADER = ["code", "iso2", "name_en", "names_ar", "adjectives_ar", "plurals_ar", "capitals_ar",
                  "lat", "lon"]
PLACE_HEADER = ["id", "name_en", "names_ar", "country", "kind", "lat", "lon", "population"]
ORG_HEADER = ["id", "name_en", "names_ar", "country", "sector", "kind", "aliases_en"]
SPECIAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS", "PSE"}
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "PTY", "MED", "BUS", "CVL", "EDU", "HLH",
    "REF", "IGO", "NGO", "REL", "LAB", "SPY", "ELI",
}
ORG_KINDS = {"igo", "ngo", "armed", "party", "media", "company", "agency", "religious"}
PLACE_KINDS = {"city", "region", "site", "water"}
CODE = re.compile(r"^[A-Z]{3}$")
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u0660-\u0669 0-9]+$")
PERSIAN_LETTERS = set("پچژگکیے")
PROCLITIC_FREE = re.compile(r"^(?!و[اأإ]ل|[فبلك]ال)")


def _read(name: str) -> tuple[list[str], list[list[str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    table = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return table[0], table[1:]


@pytest.fixture(scope="module")
def countries() -> list[list[str]]:
    header, rows = _read("countries.tsv")
    assert header == COUNTRY_HEADER
    return rows


@pytest.fixture(scope="module")
def places() -> list[list[str]]:
    header, rows = _read("places.tsv")
    assert header == PLACE_HEADER
    return rows


@pytest.fixture(scope="module")
def orgs() -> list[list[str]]:
    header, rows = _read("orgs.tsv")
    assert header == ORG_HEADER
    return rows


def _names(cell: str) -> list[str]:
    return [n for n in cell.split("|") if n]


def _check_arabic(cell: str, where: str) -> None:
    values = cell.split("|") if cell else []
    assert all(values), f"{where}: empty value in {cell!r}"
    for name in values:
        assert ARABIC_NAME.match(name), f"{where}: not plain Arabic: {name!r}"
        assert not PERSIAN_LETTERS & set(name), f"{where}: Persian/Urdu letter in {name!r}"
        assert name == name.strip() and "  " not in name, f"{where}: stray space in {name!r}"


def _check_coords(lat: str, lon: str, where: str) -> None:
    assert -90.0 <= float(lat) <= 90.0, where
    assert -180.0 <= float(lon) <= 180.0, where


def test_countries_columns_codes_and_count(countries: list[list[str]]) -> None:
    assert all(len(r) == len(COUNTRY_HEADER) for r in countries)
    codes = [r[0] for r in countries]
    assert len(codes) == len(set(codes))
    assert all(CODE.match(c) for c in codes)
    assert set(codes) >= SPECIAL
    iso = [r for r in countries if r[1]]
    assert len(iso) >= 249  # every ISO 3166-1 entry; Kosovo (KOS) has no ISO alpha-2
    assert all(re.fullmatch(r"[A-Z]{2}", r[1]) for r in iso)
    assert len({r[1] for r in iso}) == len(iso)
    assert len(countries) >= 249 + len(SPECIAL - {"PSE"})


def test_countries_arabic_and_coordinates(countries: list[list[str]]) -> None:
    for row in countries:
        for col in (3, 4, 5, 6):
            _check_arabic(row[col], f"countries.tsv {row[0]} {COUNTRY_HEADER[col]}")
        if row[1]:
            assert row[3], f"{row[0]} has no Arabic name"
            _check_coords(row[7], row[8], f"countries.tsv {row[0]}")
        for adj in _names(row[4]) + _names(row[5]):
            assert not adj.startswith("ال"), f"{row[0]}: adjective/plural with «ال»: {adj}"


def test_well_known_countries(countries: list[list[str]]) -> None:
    by_code = {r[0]: r for r in countries}
    assert "كازاخستان" in _names(by_code["KAZ"][3])
    assert {"أمريكا", "الولايات المتحدة"} <= set(_names(by_code["USA"][3]))
    assert "أميركي" in _names(by_code["USA"][4])
    assert "أنقرة" in _names(by_code["TUR"][6])
    assert "أتراك" in _names(by_code["TUR"][5])
    assert "فلسطيني" in _names(by_code["PSE"][4])
    assert "تل أبيب" in _names(by_code["ISR"][6])
    assert "القدس" not in _names(by_code["ISR"][6])
    assert by_code["KOS"][1] == ""


def test_orgs_columns_and_values(orgs: list[list[str]], countries: list[list[str]]) -> None:
    codes = {r[0] for r in countries}
    assert len(orgs) >= 300
    assert all(len(r) == len(ORG_HEADER) for r in orgs)
    ids = [r[0] for r in orgs]
    assert len(ids) == len(set(ids))
    for row in orgs:
        where = f"orgs.tsv {row[0]}"
        assert re.fullmatch(r"[A-Za-z0-9_]+", row[0]), where
        assert row[1] and row[2], where
        assert CODE.match(row[3]) and row[3] in codes, where
        assert row[4] in SECTORS and row[5] in ORG_KINDS, where
        _check_arabic(row[2], where)
        assert all(PROCLITIC_FREE.match(n) for n in _names(row[2])), where


def test_well_known_orgs(orgs: list[list[str]]) -> None:
    by_id = {r[0]: r for r in orgs}
    assert by_id["NATO"][1] == "NATO" and "حلف شمال الأطلسي" in by_id["NATO"][2]
    assert by_id["UNSC"][1] == "UN Security Council" and by_id["UNSC"][3] == "UNO"  # UN bodies: UNO + org
    assert (by_id["HAMAS"][3], by_id["HAMAS"][4]) == ("PSE", "REB")
    assert (by_id["HOUTHIS"][3], by_id["HOUTHIS"][4]) == ("YEM", "REB")
    assert (by_id["ISIS"][1], by_id["ISIS"][3]) == ("ISIS", "IMG")  # PLOVER: transnational militarized group
    assert by_id["SANA"][3:5] == ["SYR", "MED"]


def test_places_columns_and_values(places: list[list[str]], countries: list[list[str]]) -> None:
    codes = {r[0] for r in countries}
    assert len(places) >= 3000
    assert all(len(r) == len(PLACE_HEADER) for r in places)
    ids = [r[0] for r in places]
    assert len(ids) == len(set(ids))
    for row in places:
        where = f"places.tsv {row[0]}"
        assert row[0].isdigit() or row[0].startswith("x-"), where
        assert row[3] in codes and CODE.match(row[3]), where
        assert row[4] in PLACE_KINDS, where
        _check_coords(row[5], row[6], where)
        assert row[7] == "" or row[7].isdigit(), where
        _check_arabic(row[2], where)
        assert row[2], where


def test_places_drop_common_words(places: list[list[str]]) -> None:
    names = {n for r in places for n in _names(r[2])}
    for word in ("عين", "بين", "الشمال", "سلطات", "بيان", "الباب", "كيف", "القطاع"):
        assert word not in names
    assert all(len(n.replace(" ", "")) >= 3 for n in names)
    assert {"حلب", "قطاع غزة", "الضفة الغربية", "القرم", "سيناء"} <= names
