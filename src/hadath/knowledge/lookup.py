"""``hadath kb lookup``: what the knowledge base makes of a piece of text.

Handles full names, partial names («أوغلو»), transliteration variants never listed (phonetic key,
then edit distance), role phrases at a date («وزير الخارجية التركي» → the minister that day),
counterparts in context («نظيره الروسي» after a Turkish foreign minister), organisations,
demonyms and places.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hadath.arabic.forms import bare
from hadath.arabic.names import phonetic_key, same_name
from hadath.arabic.normalize import normalize, normalize_key
from hadath.arabic.tokens import Tokenizer
from hadath.doc import Document, Entity, Mention, Sentence
from hadath.knowledge.kb import NAME_FILLERS, KnowledgeBase
from hadath.knowledge.loader import PersonRow
from hadath.knowledge.mentions import MentionFinder
from hadath.stages import TokenStage

_COUNTERPART = ("نظير", "نظيره", "نظيرة", "نظراء")


def entity_dict(entity: Entity, text: str, score: float, how: str) -> dict[str, Any]:
    return {"name": entity.name, "kind": entity.kind if entity.kind != "demonym" else "country",
            "country": entity.country, "sector": entity.sector, "org": entity.org, "role": entity.role,
            "wikidata": entity.wikidata, "lat": entity.lat, "lon": entity.lon, "text": text,
            "how": how, "score": round(score, 3)}


@dataclass(slots=True)
class Lookup:
    kb: KnowledgeBase
    tokenizer: Tokenizer

    @classmethod
    def load(cls, kb: KnowledgeBase) -> Lookup:
        return cls(kb, Tokenizer(kb.gazetteer.words() | set(_COUNTERPART)))

    def __call__(self, text: str, on: dt.date | None = None, context: str | None = None) -> list[dict[str, Any]]:
        """Matches for ``text``, best first; ``context`` is text said before it (for «نظيره»)."""
        doc = self._annotate(text, on)
        matches: list[dict[str, Any]] = []
        roles = self._role_holders(doc, on)
        matches += roles
        if any(t.stem in _COUNTERPART or t.norm in _COUNTERPART for t in doc.tokens):
            matches += self._counterparts(doc, on, context)
        for m in doc.mentions:
            matches.append(entity_dict(m.entity, doc.text[m.start:m.end], m.score * (0.9 if roles else 1.0),
                                       m.how))
        if not doc.mentions:
            matches += self._fuzzy_people(doc, on)
        return _dedup(matches)

    def _annotate(self, text: str, on: dt.date | None) -> Document:
        doc = Document(id="lookup", text=text, date=on)
        doc.norm = normalize(text)
        doc.sentences = [Sentence(0, len(text), 0, 1)]
        doc = TokenStage(self.tokenizer)(doc)
        return MentionFinder(self.kb, self.tokenizer)(doc)

    def _role_holders(self, doc: Document, on: dt.date | None) -> list[dict[str, Any]]:
        """Role + nationality (or country) → the person who held that office that day."""
        out = []
        roles = [m for m in doc.mentions if m.entity.kind == "role" and m.entity.role]
        for role in roles:
            country = role.entity.country or _country_after(doc.mentions, role)
            if not country:
                continue
            for person in self.kb.office_holders(role.entity.role or "", country, on):
                entity = self.kb.person_entity(person, on)
                out.append(entity_dict(entity, doc.text, 1.0, "role"))
        return out

    def _counterparts(self, doc: Document, on: dt.date | None, context: str | None) -> list[dict[str, Any]]:
        country = next((m.entity.country for m in doc.mentions if m.entity.kind in ("demonym", "country")), None)
        if not country or not context:
            return []
        role = None
        for match in self(context, on):
            if match.get("role"):
                role = match["role"]
                break
        if role is None:
            return []
        return [entity_dict(self.kb.person_entity(p, on), doc.text, 1.0, "counterpart")
                for p in self.kb.office_holders(role, country, on)]

    def _fuzzy_people(self, doc: Document, on: dt.date | None) -> list[dict[str, Any]]:
        """Names never listed: a name part with the same phonetic key, else one edit away, and
        in both cases alike enough in spelling (``same_name``)."""
        out = []
        for token in doc.tokens:
            word = bare(token.stem)
            if len(word) < 4 or not word[0].isalpha():
                continue
            key = phonetic_key(word)
            ids = self.kb.people_by_part(word)
            score = 0.8
            if not ids and len(key) >= 3:
                ids = {pid for k in self.kb.near_part_keys(key) for pid in self.kb.part_keys[k]}
                score = 0.6
            people = [self.kb.people[i] for i in ids if self._spelled_like(word, self.kb.people[i])]
            people.sort(key=lambda p: _rank(self.kb, p, on))
            out += [entity_dict(self.kb.person_entity(p, on), doc.text[token.start:token.end], score, "partial")
                    for p in people]
        return out

    @staticmethod
    def _spelled_like(word: str, person: PersonRow) -> bool:
        parts = {bare(w) for name in person.names_ar for w in normalize_key(name).split()}
        return any(same_name(word, part, 0.75) for part in parts if len(part) >= 4 and part not in NAME_FILLERS)


def _rank(kb: KnowledgeBase, person: PersonRow, on: dt.date | None) -> tuple[int, int]:
    return (0 if kb.roles_of(person, on) else 1, -len(person.positions))


def _country_after(mentions: list[Mention], role: Mention) -> str | None:
    for m in mentions:
        if m.first_token == role.last_token + 1 and m.entity.kind in ("demonym", "country", "capital"):
            return m.entity.country
    return None


def _dedup(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for m in sorted(matches, key=lambda m: -m["score"]):
        key = (m["kind"], m["name"], m["country"], m["role"])
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
