"""The Document and its span annotations.

A :class:`Document` owns the text as given. Every stage of the pipeline adds annotations that
point into that text by character offsets; no stage edits the text, so evidence offsets survive
to export unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of :attr:`Document.text`."""

    start: int
    end: int

    def text(self, doc: Document) -> str:
        return doc.text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text, with the clitics separated where the stem is known.

    ``norm`` is the normalized surface form; ``stem`` the normalized form without the
    proclitics in ``prefix`` and the pronoun suffix in ``suffix``.
    """

    start: int
    end: int
    norm: str
    stem: str
    prefix: str = ""
    suffix: str = ""
    index: int = 0
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int
    line: int  # 1-based line of the document the sentence starts on


@dataclass(slots=True)
class Entity:
    """Something the knowledge base knows: a country, an organisation, a person, a role, a place."""

    kind: str  # country | organisation | person | role | place | group
    key: str  # identifier in its table (ISO code, org id, person id, role id, place id)
    name: str | None = None  # canonical English name
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    role: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """A span of text that names or describes an actor or place."""

    start: int
    end: int
    sentence: int
    first_token: int
    last_token: int  # inclusive
    entity: Entity
    how: str = "name"  # name | partial | variant | role | demonym | capital | counterpart | anaphor | place
    score: float = 1.0
    plural: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Timex:
    """A date expression resolved against the publication date."""

    start: int
    end: int
    sentence: int
    value: dt.date
    precision: str  # day | week | month | year
    relative: bool = True
    future: bool = False


@dataclass(slots=True)
class Actor:
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    name: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def key(self) -> tuple[str | None, str | None]:
        return (self.country, self.org)

    def to_dict(self) -> dict[str, Any]:
        return {"country": self.country, "sector": self.sector, "org": self.org,
                "name": self.name, "text": self.text}


@dataclass(slots=True)
class Evidence:
    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Location:
    country: str | None = None
    name: str | None = None
    text: str | None = None
    lat: float | None = None
    lon: float | None = None
    whole_country: bool = False  # the place named is the country itself («في اليمن»)

    def to_dict(self) -> dict[str, Any]:
        return {"country": self.country, "name": self.name, "text": self.text,
                "lat": self.lat, "lon": self.lon}


@dataclass(slots=True)
class Event:
    """One coded event; after merging, one real-world event of the document."""

    doc_id: str
    event_type: str
    mode: str | None
    cameo: str | None
    actor: Actor | None
    recipient: Actor | None
    date: dt.date | None
    date_precision: str
    evidence: list[Evidence]
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    location: Location | None = None
    goldstein: float | None = None
    confidence: float = 0.5
    headline: bool = False  # an echo: told by the title line, or a definite noun framing another event;
    # kept only as evidence of an event told in full elsewhere in the document
    anaphoric: bool = False  # a definite noun («الغارات») that may retell an event told before
    default_actor: bool = False  # the actor was not named; it was filled from the discourse
    outcome: bool = False  # a death told as what an attack did («قتل … في غارة», «مقتل»), not the attack

    def to_dict(self) -> dict[str, Any]:
        """The event in the shape of FORMAT.md §2 (with a few more fields)."""
        return {
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "cameo": self.cameo,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "evidence": [e.to_dict() for e in self.evidence],
            "trigger": self.trigger,
            "goldstein": self.goldstein,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    """An article: its text as given, its metadata and every annotation added by the pipeline."""

    id: str
    text: str
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # annotations, filled by the stages
    norm: Any = None  # hadath.arabic.normalize.Normalized
    body: list[Span] = field(default_factory=list)  # the lines that are the article itself
    dropped: list[tuple[Span, str]] = field(default_factory=list)  # furniture lines and why
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    forms: list[list[str]] = field(default_factory=list)  # lookup forms of each token, as tokens
    token_ranges: list[tuple[int, int]] = field(default_factory=list)  # per sentence: [first, end)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None  # why the pipeline stopped early (e.g. not Arabic)

    def sentence_tokens(self, index: int) -> list[Token]:
        first, end = self.token_ranges[index]
        return self.tokens[first:end]

    def sentence_forms(self, index: int) -> list[list[str]]:
        first, end = self.token_ranges[index]
        return self.forms[first:end]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return self.text.count("\n", 0, offset) + 1
