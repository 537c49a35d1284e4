"""The knowledge base: countries, organisations, places, roles and people, loaded once."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hadath.arabic.forms import bare
from hadath.arabic.names import compound_spellings, edit_distance, phonetic_key
from hadath.arabic.normalize import normalize_key
from hadath.doc import Entity
from hadath.knowledge.gazetteer import Entry, Gazetteer, phrase_key
from hadath.knowledge.loader import (
    CountryRow,
    DataError,
    OrgRow,
    PersonRow,
    PlaceRow,
    RoleRow,
    load_countries,
    load_orgs,
    load_people,
    load_places,
    load_roles,
    load_word_list,
)

DATA_DIR = Path(__file__).parent / "data"
# Codes under which an actor is identified by its organisation (output `org`). EUR names the
# European Union by itself, as PLOVER's special code does, so EU actors carry no `org`.
ORG_CODES = frozenset({"IGO", "NGO", "UNO", "IMG"})
# Words of a person's name that never identify them alone.
NAME_FILLERS = frozenset(normalize_key(w) for w in (
    "بن", "ابن", "بنت", "ال", "آل", "عبد", "أبو", "ابو", "الأمير", "الشيخ", "السيد", "محمد", "أحمد",
    "علي", "حسن", "حسين", "الله", "الدين", "دي", "فون", "فان", "لو", "لا", "الملك"))
# Priorities between entries of equal length (higher wins).
PRIORITY = {"country": 9, "org": 8, "demonym": 7, "role": 6, "person": 5, "partial": 4, "capital": 3,
            "place": 2}


def _construct_plural(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """A sound masculine plural loses its «ن» before a genitive: «مقاتلون» → «مقاتلو». (The
    oblique «مقاتلي» is left out: it is spelled like nisba adjectives, «رئيسي» main.)"""
    if len(key) != 1 or not key[0].endswith("ون") or len(key[0]) < 6:
        return None
    return (bare(key[0])[:-1],)


def _accusative(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The indefinite accusative of a one-word title: «عسكري» → «عسكريا», «ناشط» → «ناشطا»."""
    if len(key) != 1:
        return None
    word = bare(key[0])
    if len(word) < 3 or word.endswith(("ه", "ا", "ي" + "ا", "ء")):
        return None
    return (word + "ا",)


def _one_deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))} | {key}


_NISBA_ENDINGS = ("", "ه", "ا", "ان", "ين", "ون", "ات", "تان", "تين")  # «ا»: «أسيرا فلسطينيا»


def demonym_forms(adjective: str) -> list[str]:
    """Gender and number forms of a nisba adjective (normalized; «ال» is handled by the trie).

    Every word of a several-word adjective agrees: «كوري جنوبي» → «كوريه جنوبيه»."""
    words = normalize_key(adjective).split()
    if not all(w.endswith("ي") for w in words):
        return [" ".join(words)]
    return [" ".join(w + ending for w in words) for ending in _NISBA_ENDINGS]


@dataclass(slots=True)
class KnowledgeBase:
    countries: dict[str, CountryRow] = field(default_factory=dict)
    orgs: dict[str, OrgRow] = field(default_factory=dict)
    places: dict[str, PlaceRow] = field(default_factory=dict)
    roles: dict[tuple[str, ...], RoleRow] = field(default_factory=dict)
    people: dict[str, PersonRow] = field(default_factory=dict)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    # phonetic keys of whole names and of distinctive name parts -> person ids
    name_keys: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    part_keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    name_starts: set[str] = field(default_factory=set)  # first keys of the names in name_keys
    no_article: set[tuple[str, ...]] = field(default_factory=set)  # one-word place names written without «ال»
    place_words: set[str] = field(default_factory=set)  # big cities whose names are also common words («مشهد»)
    # name-part keys less one letter -> the keys (one-edit lookups)
    deletions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    holders_index: dict[tuple[str, str], list[tuple[PersonRow, int]]] = field(
        default_factory=lambda: defaultdict(list))
    org_by_name: dict[str, str] = field(default_factory=dict)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, data_dir: Path | None = None, extra_dirs: Sequence[Path] = ()) -> KnowledgeBase:
        """Load the packaged data, then each user folder in turn (its rows add to or override ours)."""
        kb = cls()
        for folder in (data_dir or DATA_DIR, *extra_dirs):
            kb._load_folder(Path(folder))
        kb._index()
        return kb

    def _load_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            raise DataError(folder, None, "knowledge folder does not exist")
        if (folder / "countries.tsv").exists():
            self.countries.update((c.code, c) for c in load_countries(folder / "countries.tsv"))
        known = set(self.countries)
        if (folder / "orgs.tsv").exists():
            self.orgs.update((o.id, o) for o in load_orgs(folder / "orgs.tsv", known))
        if (folder / "places.tsv").exists():
            self.places.update((p.id, p) for p in load_places(folder / "places.tsv", known))
        if (folder / "roles.tsv").exists():
            for row in load_roles(folder / "roles.tsv"):
                self.roles[phrase_key(row.expression)] = row
        for path in sorted(folder.glob("people*.yaml")):
            self.people.update((p.id, p) for p in load_people(path))
        if (folder / "place_words.txt").exists():
            self.place_words.update(load_word_list(folder / "place_words.txt"))

    def _index(self) -> None:
        g = self.gazetteer
        for c in self.countries.values():
            g.add_all(c.names_ar, Entry("country", c.code, priority=PRIORITY["country"]))
            for adjective in c.adjectives_ar:
                for form in demonym_forms(adjective):
                    plural = form.endswith(("ون", "ين", "ات")) and form != normalize_key(adjective)
                    g.add(form, Entry("demonym", c.code, plural=plural, priority=PRIORITY["demonym"]))
            g.add_all(c.plurals_ar, Entry("demonym", c.code, plural=True, priority=PRIORITY["demonym"]))
            g.add_all(c.capitals_ar, Entry("capital", c.code, priority=PRIORITY["capital"]))
        for o in self.orgs.values():
            g.add_all(o.names_ar, Entry("org", o.id, priority=PRIORITY["org"]))
            self.org_by_name[o.name_en.casefold()] = o.id
        for p in self.places.values():
            g.add_all(p.names_ar, Entry("place", p.id, priority=PRIORITY["place"]))
        for names in [c.names_ar for c in self.countries.values()] + [p.names_ar for p in self.places.values()]:
            self.no_article.update(phrase_key(n) for n in names if " " not in n.strip() and not n.startswith("ال"))
        for key, row in self.roles.items():
            entry = Entry("role", " ".join(key), plural=row.kind == "group", priority=PRIORITY["role"])
            g.add(key, entry)
            construct = _construct_plural(key)
            if row.kind == "group" and construct and construct not in self.roles:
                g.add(construct, entry)  # «مقاتلو الجبهة», «مراسلي الوكالة»
            accusative = _accusative(key)
            if row.kind == "person" and accusative and accusative not in self.roles:
                g.add(accusative, entry)  # «قتل 13 عسكريا أميركيا», «اعتقلت ناشطا»
        for person in self.people.values():
            self._index_person(person)
        for known in self.part_keys:
            for variant in _one_deletions(known):
                self.deletions[variant].add(known)

    def _index_person(self, person: PersonRow) -> None:
        g = self.gazetteer
        spellings = [v for name in person.names_ar for v in compound_spellings(name)]
        g.add_all([*person.names_ar, *spellings], Entry("person", person.id, priority=PRIORITY["person"]))
        g.add_all(person.family_ar, Entry("partial", person.id, priority=PRIORITY["partial"]))
        for name in person.names_ar:
            words = [bare(w) for w in normalize_key(name).split()]
            key = tuple(phonetic_key(w) for w in words)
            self.name_keys[key].add(person.id)
            self.name_starts.add(key[0])
            for word in words:
                if word not in NAME_FILLERS and len(word) >= 3:
                    self.part_keys[phonetic_key(word)].add(person.id)
        for position in person.positions:
            where = position.org or position.country
            if where:
                self.holders_index[(position.role, where)].append((person, person.positions.index(position)))

    # ---------------------------------------------------------------- queries
    def holders(self, role: str, where: str, on: dt.date | None) -> list[PersonRow]:
        """People who held ``role`` for a country code or org name on a day (all, when no day)."""
        out: list[PersonRow] = []
        for person, i in self.holders_index.get((role, where), []):
            if on is None or person.positions[i].holds_on(on):
                out.append(person)
        return out

    def office_holders(self, role: str, where: str, on: dt.date | None) -> list[PersonRow]:
        """Holders of an office named by its title: «الرئيس» is the president, or else the head of
        state; «رئيس الوزراء» the prime minister, or else the head of government."""
        found = self.holders(role, where, on)
        if not found and role in ("president", "king", "emir"):
            found = self.holders("head_of_state", where, on)
        if not found and role == "prime_minister":
            found = self.holders("head_of_government", where, on)
        return found

    def roles_of(self, person: PersonRow, on: dt.date | None) -> list[tuple[str, str, str]]:
        """(role, country-or-org, sector) of a person's offices on a day."""
        return [(p.role, p.org or p.country or "", p.sector) for p in person.positions
                if on is None or p.holds_on(on)]

    def people_by_variant(self, words: Iterable[str]) -> set[str]:
        """Person ids whose full name has the same phonetic key as ``words`` (bare forms)."""
        return set(self.name_keys.get(tuple(phonetic_key(w) for w in words), ()))

    def people_by_part(self, word: str) -> set[str]:
        return set(self.part_keys.get(phonetic_key(word), ()))

    def near_part_keys(self, key: str) -> set[str]:
        """Name-part keys at most one edit from ``key`` (a deletion index, built once)."""
        found = set(self.deletions.get(key, ()))
        for variant in _one_deletions(key):
            found |= self.deletions.get(variant, set())
            if variant in self.part_keys:
                found.add(variant)
        return {f for f in found if edit_distance(f, key, 1) <= 1}

    def entity(self, entry: Entry, on: dt.date | None = None) -> Entity:
        """The entity a gazetteer entry refers to."""
        if entry.kind in ("country", "demonym", "capital"):
            c = self.countries[entry.key]
            return Entity(entry.kind, c.code, name=c.name_en, country=c.code,
                          sector="GOV" if entry.kind == "capital" else None, lat=c.lat, lon=c.lon)
        if entry.kind == "org":
            o = self.orgs[entry.key]
            igo = o.country in ORG_CODES
            return Entity("organisation", o.id, name=o.name_en, country=o.country, sector=o.sector,
                          org=o.name_en if igo else None, extra={"org_id": o.id, "org_name": o.name_en})
        if entry.kind == "place":
            p = self.places[entry.key]
            return Entity("place", p.id, name=p.name_en, country=p.country, lat=p.lat, lon=p.lon,
                          extra={"population": p.population, "place_kind": p.kind})
        if entry.kind == "role":
            r = self.roles[tuple(entry.key.split(" "))]
            return Entity("role", entry.key, country=r.country, sector=r.sector, role=r.role,
                          extra={"role_kind": r.kind})
        return self.person_entity(self.people[entry.key], on)

    def person_entity(self, person: PersonRow, on: dt.date | None) -> Entity:
        offices = self.roles_of(person, on)
        role, where, sector = offices[0] if offices else (None, person.country, "GOV")
        org = where if where and where not in self.countries else None
        country = where or person.country
        if org is not None:
            row = self.orgs.get(self.org_by_name.get(org.casefold(), ""))
            country = row.country if row else "IGO"
            org = org if country in ORG_CODES else None
        return Entity("person", person.id, name=person.name, country=country, sector=sector,
                      org=org, role=role, wikidata=person.wikidata)
