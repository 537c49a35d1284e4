"""Reading and validating the knowledge data files.

Every row is checked as it is read; a bad row raises :class:`DataError` naming the file and the
line, so that a user who extends the knowledge base finds the mistake at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hadath.arabic.normalize import normalize_key

SECTORS = frozenset([
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "PTY", "MED", "BUS", "CVL", "EDU",
    "HLH", "REF", "IGO", "NGO", "REL", "LAB", "SPY", "ELI", "UAF", "AGR", "ENV", "CRM", "DEV",
    "HRI", "IMG", "MOD", "RAD", "SET",
])
ROLES = frozenset([
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "interior_minister", "finance_minister", "justice_minister", "oil_minister", "crown_prince",
    "foreign_ministry_spokesperson", "army_chief", "speaker", "secretary_general", "envoy",
    "ambassador", "un_ambassador", "king", "emir", "president", "prime_minister", "vice_president",
])
_CODE = re.compile(r"^[A-Z]{3}$")


class DataError(ValueError):
    """A knowledge data file is malformed; the message names file and line."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


def split_values(cell: str | None) -> list[str]:
    """The values of a ``|``-separated cell, stripped, empties removed."""
    if not cell:
        return []
    return [v.strip() for v in cell.split("|") if v.strip()]


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV data file as ``(line number, {column: value})``; header checked."""
    with path.open(encoding="utf-8", newline="") as handle:
        header: list[str] | None = None
        for lineno, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = [c.strip() for c in cells]
                if tuple(header) != columns:
                    raise DataError(path, lineno, f"header must be {'|'.join(columns)}, got {'|'.join(header)}")
                continue
            if len(cells) > len(columns):
                raise DataError(path, lineno, f"expected {len(columns)} columns, got {len(cells)}")
            cells += [""] * (len(columns) - len(cells))
            yield lineno, {c: v.strip() for c, v in zip(columns, cells, strict=True)}
    if header is None:
        raise DataError(path, None, "empty file: no header line")


def check_code(path: Path, line: int, value: str, what: str, allow_empty: bool = False) -> str | None:
    if not value:
        if allow_empty:
            return None
        raise DataError(path, line, f"{what} is empty")
    if not _CODE.match(value):
        raise DataError(path, line, f"{what} {value!r} is not a 3-letter upper-case code")
    return value


def check_sector(path: Path, line: int, value: str, allow_empty: bool = False) -> str | None:
    if not value and allow_empty:
        return None
    if value not in SECTORS:
        raise DataError(path, line, f"unknown sector {value!r}")
    return value


def check_float(path: Path, line: int, value: str, what: str, low: float, high: float) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise DataError(path, line, f"{what} {value!r} is not a number") from None
    if not low <= number <= high:
        raise DataError(path, line, f"{what} {number} out of range [{low}, {high}]")
    return number


@dataclass(slots=True)
class CountryRow:
    code: str
    iso2: str | None
    name_en: str
    names_ar: list[str]
    adjectives_ar: list[str]
    plurals_ar: list[str]
    capitals_ar: list[str]
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class OrgRow:
    id: str
    name_en: str
    names_ar: list[str]
    country: str
    sector: str
    kind: str
    aliases_en: list[str]


@dataclass(slots=True)
class PlaceRow:
    id: str
    name_en: str
    names_ar: list[str]
    country: str
    kind: str
    lat: float | None
    lon: float | None
    population: int


@dataclass(slots=True)
class RoleRow:
    expression: str
    sector: str
    role: str | None
    kind: str
    country: str | None
    line: int = 0


@dataclass(slots=True)
class Position:
    role: str
    country: str | None
    org: str | None
    sector: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class PersonRow:
    id: str
    name: str
    country: str | None
    names_ar: list[str]
    family_ar: list[str]
    positions: list[Position] = field(default_factory=list)
    wikidata: str | None = None


COUNTRY_COLUMNS = ("code", "iso2", "name_en", "names_ar", "adjectives_ar", "plurals_ar", "capitals_ar",
                   "lat", "lon")
ORG_COLUMNS = ("id", "name_en", "names_ar", "country", "sector", "kind", "aliases_en")
PLACE_COLUMNS = ("id", "name_en", "names_ar", "country", "kind", "lat", "lon", "population")
ROLE_COLUMNS = ("expression", "sector", "role", "kind", "country")
ORG_KINDS = frozenset(["igo", "ngo", "armed", "party", "media", "company", "agency", "religious"])
PLACE_KINDS = frozenset(["city", "region", "site", "water"])
ROLE_KINDS = frozenset(["person", "group", "institution"])


def load_countries(path: Path) -> list[CountryRow]:
    rows: list[CountryRow] = []
    seen: set[str] = set()
    for line, r in read_tsv(path, COUNTRY_COLUMNS):
        code = check_code(path, line, r["code"], "code")
        assert code is not None
        if code in seen:
            raise DataError(path, line, f"duplicate country code {code}")
        seen.add(code)
        rows.append(CountryRow(
            code=code, iso2=r["iso2"] or None, name_en=r["name_en"], names_ar=split_values(r["names_ar"]),
            adjectives_ar=split_values(r["adjectives_ar"]), plurals_ar=split_values(r["plurals_ar"]),
            capitals_ar=split_values(r["capitals_ar"]),
            lat=check_float(path, line, r["lat"], "lat", -90, 90),
            lon=check_float(path, line, r["lon"], "lon", -180, 180)))
    return rows


def _keyed_row(path: Path, line: int, row: dict[str, str], seen: set[str], countries: set[str],
               kinds: frozenset[str], what: str) -> str:
    """Check a row's unique id, known country and kind; return its country."""
    if not row["id"] or row["id"] in seen:
        raise DataError(path, line, f"missing or duplicate {what} id {row['id']!r}")
    seen.add(row["id"])
    country = check_code(path, line, row["country"], "country") or ""
    if country not in countries:
        raise DataError(path, line, f"country {country} is not in countries.tsv")
    if row["kind"] not in kinds:
        raise DataError(path, line, f"unknown {what} kind {row['kind']!r}")
    return country


def load_orgs(path: Path, countries: set[str]) -> list[OrgRow]:
    rows: list[OrgRow] = []
    seen: set[str] = set()
    for line, r in read_tsv(path, ORG_COLUMNS):
        country = _keyed_row(path, line, r, seen, countries, ORG_KINDS, "org")
        if not r["names_ar"]:
            raise DataError(path, line, "names_ar is empty")
        rows.append(OrgRow(id=r["id"], name_en=r["name_en"] or r["id"], names_ar=split_values(r["names_ar"]),
                           country=country, sector=check_sector(path, line, r["sector"]) or "",
                           kind=r["kind"], aliases_en=split_values(r["aliases_en"])))
    return rows


def load_places(path: Path, countries: set[str]) -> list[PlaceRow]:
    rows: list[PlaceRow] = []
    seen: set[str] = set()
    for line, r in read_tsv(path, PLACE_COLUMNS):
        country = _keyed_row(path, line, r, seen, countries, PLACE_KINDS, "place")
        try:
            population = int(r["population"] or 0)
        except ValueError:
            raise DataError(path, line, f"population {r['population']!r} is not a whole number") from None
        rows.append(PlaceRow(id=r["id"], name_en=r["name_en"], names_ar=split_values(r["names_ar"]),
                             country=country, kind=r["kind"],
                             lat=check_float(path, line, r["lat"], "lat", -90, 90),
                             lon=check_float(path, line, r["lon"], "lon", -180, 180), population=population))
    return rows


def load_roles(path: Path) -> list[RoleRow]:
    rows: list[RoleRow] = []
    for line, r in read_tsv(path, ROLE_COLUMNS):
        if not r["expression"]:
            raise DataError(path, line, "expression is empty")
        if r["role"] and r["role"] not in ROLES:
            raise DataError(path, line, f"unknown role id {r['role']!r}")
        if r["kind"] not in ROLE_KINDS:
            raise DataError(path, line, f"unknown kind {r['kind']!r} (person, group, institution)")
        rows.append(RoleRow(expression=r["expression"], sector=check_sector(path, line, r["sector"]) or "",
                            role=r["role"] or None, kind=r["kind"],
                            country=check_code(path, line, r["country"], "country", allow_empty=True),
                            line=line))
    return rows


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A YAML loader (libyaml's when available) that records each mapping's line as ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _date(path: Path, line: int, value: Any, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataError(path, line, f"{what} {value!r} is not a YYYY-MM-DD date") from None


def _strings(path: Path, line: int, value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return split_values(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(path, line, f"{what} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def _position(path: Path, item: dict[str, Any], default_country: str | None) -> Position:
    line = item.get("__line__", 0)
    role = item.get("role")
    if role not in ROLES:
        raise DataError(path, line, f"unknown role id {role!r}")
    country = item.get("country", default_country) if "org" not in item else item.get("country")
    if country is not None:
        check_code(path, line, str(country), "country")
    start = _date(path, line, item.get("start"), "start")
    end = _date(path, line, item.get("end"), "end")
    if start and end and end < start:
        raise DataError(path, line, f"end {end} is before start {start}")
    return Position(role=role, country=country, org=item.get("org"),
                    sector=check_sector(path, line, str(item.get("sector") or "GOV")) or "GOV",
                    start=start, end=end)


def _person(path: Path, item: Any) -> PersonRow:
    if not isinstance(item, dict):
        raise DataError(path, None, f"each person must be a mapping, got {type(item).__name__}")
    line = item.get("__line__", 0)
    for key in ("id", "name"):
        if not item.get(key):
            raise DataError(path, line, f"person without {key}")
    country = item.get("country")
    if country:
        check_code(path, line, str(country), "country")
    names = _strings(path, line, item.get("names_ar"), "names_ar")
    if not names:
        raise DataError(path, line, f"person {item['id']} has no names_ar")
    positions = [_position(path, p, country) for p in item.get("positions") or []]
    return PersonRow(id=str(item["id"]), name=str(item["name"]), country=country, names_ar=names,
                     family_ar=_strings(path, line, item.get("family_ar"), "family_ar"),
                     positions=positions, wikidata=item.get("wikidata"))


def load_people(path: Path) -> list[PersonRow]:
    with path.open(encoding="utf-8") as handle:
        try:
            data = yaml.load(handle, Loader=_LineLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise DataError(path, mark.line + 1 if mark else None, f"invalid YAML: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(path, None, "the file must hold a list of people")
    people = [_person(path, item) for item in data]
    seen: set[str] = set()
    for person, item in zip(people, data, strict=True):
        if person.id in seen:
            raise DataError(path, item.get("__line__"), f"duplicate person id {person.id}")
        seen.add(person.id)
    return people



def load_word_list(path: Path) -> set[str]:
    """A list of words, one a line (``#`` starts a comment); returned as normalized keys without
    the article («المدينة» → «مدينه»)."""
    words: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if " " in line or not all(ch.isalpha() for ch in line):
                raise DataError(path, number, f"one Arabic word a line, got {line!r}")
            key = normalize_key(line)
            words.add(key[2:] if key.startswith("ال") and len(key) > 3 else key)  # without the article
    return words
