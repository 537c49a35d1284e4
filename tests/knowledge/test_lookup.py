"""``Lookup``: role phrases at a date, counterparts in context, organisations."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.knowledge.kb import KnowledgeBase
from hadath.knowledge.lookup import Lookup

DAY = dt.date(2022, 1, 7)


@pytest.fixture(scope="module")
def lookup() -> Lookup:
    return Lookup.load(KnowledgeBase.load())


def test_role_phrase_resolves_to_the_holder_that_day(lookup: Lookup) -> None:
    first = lookup("وزير الخارجية التركي", DAY)[0]
    assert (first["name"], first["kind"], first["country"], first["role"]) == (
        "Mevlüt Çavuşoğlu", "person", "TUR", "foreign_minister")


def test_role_phrase_on_a_later_day_gives_the_successor(lookup: Lookup) -> None:
    assert lookup("وزير الخارجية التركي", dt.date(2024, 3, 1))[0]["name"] == "Hakan Fidan"


def test_counterpart_in_context_is_the_russian_foreign_minister(lookup: Lookup) -> None:
    first = lookup("نظيره الروسي", DAY, context="وزير الخارجية التركي")[0]
    assert (first["name"], first["country"], first["how"]) == ("Sergey Lavrov", "RUS", "counterpart")


def test_counterpart_without_context_names_nobody(lookup: Lookup) -> None:
    assert all(m["kind"] != "person" for m in lookup("نظيره الروسي", DAY))


def test_organisation_name_is_nato(lookup: Lookup) -> None:
    first = lookup("حلف شمال الأطلسي", DAY)[0]
    assert (first["name"], first["kind"], first["country"], first["org"]) == ("NATO", "organisation", "IGO", "NATO")
