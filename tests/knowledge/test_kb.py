"""The knowledge base: office holders by date, person entities, demonym forms, PLOVER special
codes of organisations and user knowledge folders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hadath.arabic.normalize import normalize_key
from hadath.knowledge.gazetteer import Entry
from hadath.knowledge.kb import KnowledgeBase, demonym_forms

BEFORE_2023 = dt.date(2022, 1, 7)
AFTER_2023 = dt.date(2024, 3, 1)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_turkish_foreign_minister_in_2022_is_cavusoglu(kb: KnowledgeBase) -> None:
    assert [p.name for p in kb.holders("foreign_minister", "TUR", BEFORE_2023)] == ["Mevlüt Çavuşoğlu"]


def test_turkish_foreign_minister_in_2024_is_fidan(kb: KnowledgeBase) -> None:
    assert [p.name for p in kb.holders("foreign_minister", "TUR", AFTER_2023)] == ["Hakan Fidan"]


def test_holders_without_a_date_lists_every_holder(kb: KnowledgeBase) -> None:
    names = {p.name for p in kb.holders("foreign_minister", "TUR", None)}
    assert {"Mevlüt Çavuşoğlu", "Hakan Fidan"} <= names


def test_person_entity_gives_country_sector_and_role_of_the_day(kb: KnowledgeBase) -> None:
    entity = kb.person_entity(kb.people["mevlut-cavusoglu"], BEFORE_2023)
    assert (entity.kind, entity.name, entity.country, entity.sector, entity.role) == (
        "person", "Mevlüt Çavuşoğlu", "TUR", "GOV", "foreign_minister")


def test_person_entity_out_of_office_has_no_role(kb: KnowledgeBase) -> None:
    entity = kb.person_entity(kb.people["mevlut-cavusoglu"], AFTER_2023)
    assert (entity.country, entity.role) == ("TUR", None)


def test_demonym_forms_of_turkish() -> None:
    forms = demonym_forms("تركي")
    assert normalize_key("تركية") == "تركيه"
    assert {"تركي", "تركيه", "تركيون", "تركيين"} <= set(forms)


def test_two_word_demonym_inflects_both_words() -> None:
    forms = demonym_forms("كوري جنوبي")
    assert {"كوريه جنوبيه", "كوريون جنوبيون", "كوريين جنوبيين"} <= set(forms)
    assert "كوري جنوبيه" not in forms


def test_adjective_not_ending_in_ya_is_left_alone() -> None:
    assert demonym_forms("أمريكان") == [normalize_key("أمريكان")]


def test_un_organisation_has_special_code_uno_and_org_un(kb: KnowledgeBase) -> None:
    entity = kb.entity(Entry("org", "UN"))
    assert (entity.kind, entity.country, entity.org) == ("organisation", "UNO", "UN")


def test_eu_has_special_code_eur_and_no_org(kb: KnowledgeBase) -> None:
    entity = kb.entity(Entry("org", "EU"))
    assert (entity.kind, entity.country, entity.org) == ("organisation", "EUR", None)


def test_gazetteer_knows_the_feminine_demonym(kb: KnowledgeBase) -> None:
    assert kb.gazetteer.contains("التركية")


PEOPLE_X = """\
- id: zaid-fictional
  name: Zaid Fictional
  country: TUR
  names_ar: [زيد قمرطاش]
  family_ar: [قمرطاش]
  positions:
    - {role: foreign_minister, country: TUR, sector: GOV, start: 2031-01-01}
"""


@pytest.fixture(scope="module")
def kb_with_extra(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    folder: Path = tmp_path_factory.mktemp("knowledge_x")
    (folder / "people_x.yaml").write_text(PEOPLE_X, encoding="utf-8")
    return KnowledgeBase.load(extra_dirs=[folder])


def test_extra_folder_adds_a_person_that_holders_finds(kb_with_extra: KnowledgeBase) -> None:
    holders = kb_with_extra.holders("foreign_minister", "TUR", dt.date(2031, 6, 1))
    assert "zaid-fictional" in {p.id for p in holders}


def test_extra_folder_person_holds_office_only_from_its_start(kb_with_extra: KnowledgeBase) -> None:
    holders = kb_with_extra.holders("foreign_minister", "TUR", dt.date(2030, 12, 31))
    assert "zaid-fictional" not in {p.id for p in holders}


def test_extra_folder_person_is_in_the_gazetteer(kb_with_extra: KnowledgeBase) -> None:
    assert kb_with_extra.gazetteer.contains("زيد قمرطاش")


def test_extra_folder_keeps_the_packaged_people(kb_with_extra: KnowledgeBase) -> None:
    assert [p.name for p in kb_with_extra.holders("foreign_minister", "TUR", BEFORE_2023)] == ["Mevlüt Çavuşoğlu"]


def test_packaged_knowledge_does_not_know_the_fictional_person(kb: KnowledgeBase) -> None:
    assert "zaid-fictional" not in kb.people
