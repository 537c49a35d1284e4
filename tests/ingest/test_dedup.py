from __future__ import annotations

import pytest

from hadath.ingest.dedup import Deduplicator, DupResult

TEXT = ("ذكرت وزارة الخارجية أن الوزير بحث مع نظيره في اتصال هاتفي العلاقات الثنائية والقضايا "
        "الإقليمية، والمستجدات في المنطقة، وأكد الجانبان أهمية مواصلة التنسيق بين البلدين.")


def test_new_exact_near() -> None:
    dedup = Deduplicator()
    assert dedup.add("a", TEXT) == DupResult("new")
    assert dedup.add("b", "  " + TEXT.replace("،", ",") + "\n") == DupResult("exact", "a")
    assert dedup.add("c", TEXT.replace("الوزير", "الوزير الأول")) == DupResult("near", "a")
    other = "نص آخر مختلف تماما عن الخبر الأول ولا يشبهه في شيء على الإطلاق"
    assert dedup.add("d", other) == DupResult("new")
    assert len(dedup) == 4


def test_diacritics_do_not_matter() -> None:
    dedup = Deduplicator()
    dedup.add("a", "قَالَ الرَّئِيسُ إِنَّ الْمُحَادَثَاتِ نَاجِحَةٌ")
    assert dedup.add("b", "قال الرئيس إن المحادثات ناجحة").kind == "exact"


def test_bad_settings_and_repeated_id() -> None:
    with pytest.raises(ValueError):
        Deduplicator(threshold=0)
    dedup = Deduplicator()
    dedup.add("a", TEXT)
    with pytest.raises(ValueError, match="added twice"):
        dedup.add("a", "غيره")


def test_keeps_no_text() -> None:
    dedup = Deduplicator()
    dedup.add("a", TEXT)
    assert all(TEXT not in repr(v) for v in vars(dedup).values())
