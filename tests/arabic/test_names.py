"""Transliteration variants of foreign names."""

import pytest

from hadath.arabic.names import edit_distance, name_similarity, phonetic_key, same_name

VARIANTS = [
    ("تشاووش", "جاويش"),
    ("تشاووش", "تشاوش"),
    ("تشاووش", "چاووش"),
    ("جاويش", "چاووش"),
    ("بيرموف", "بيراموف"),
    ("لافروف", "لافاروف"),
    ("بلينكن", "بلينكين"),
    ("أوغلو", "اوغلو"),
    ("أوغلو", "أغلو"),
    ("سيرغي", "سيرجي"),
    ("سيرغي", "سيرگي"),
    ("بوتين", "بوتن"),
    ("ترامب", "ترمب"),
    ("كازاخستان", "كازخستان"),
    ("مولود تشاووش أوغلو", "مولود جاويش اوغلو"),
]

DIFFERENT = [
    ("لافروف", "بلينكن"),
    ("أردوغان", "أوغلو"),
    ("محمد", "أحمد"),
    ("حسن", "حسين"),
    ("جيش", "جاويش"),
    ("بيرموف", "بيروت"),
    ("ايران", "العراق"),
]


@pytest.mark.parametrize("group", [
    ["تشاووش", "جاويش", "تشاوش", "چاووش"],
    ["بيرموف", "بيراموف"],
    ["لافروف", "لافاروف"],
    ["بلينكن", "بلينكين"],
    ["أوغلو", "اوغلو", "أغلو"],
    ["سيرغي", "سيرجي", "سيرگي"],
])
def test_variants_share_a_key(group: list[str]) -> None:
    assert len({phonetic_key(word) for word in group}) == 1


def test_key_rules() -> None:
    assert phonetic_key("تشاووش") == "جش"
    assert phonetic_key("بيرموف") == "برمف"
    assert phonetic_key("ثابت") == phonetic_key("صابت") == "سبت"
    assert phonetic_key("ذكي") == phonetic_key("ظكي")
    assert phonetic_key("ضياء") == phonetic_key("دياء")
    assert phonetic_key("طارق") == phonetic_key("تارك")
    assert phonetic_key("حسن") == phonetic_key("هسن")
    assert phonetic_key("فاطمة") == phonetic_key("فاطمه") == "فتم"
    assert phonetic_key("پوتين") == phonetic_key("بوتين")
    assert phonetic_key("ڤلاديمير") == phonetic_key("فلاديمير")
    assert phonetic_key("أوباما") == phonetic_key("اوباما") == "ابم"  # first letter kept
    assert phonetic_key("مُحَمَّد") == "مهمد"  # harakat removed, doubled letters collapse
    assert phonetic_key("جيهون بيرموف") == "جهن برمف"


def test_different_names_have_different_keys() -> None:
    assert phonetic_key("لافروف") != phonetic_key("بلينكن")
    assert phonetic_key("أردوغان") != phonetic_key("أوغلو")
    assert phonetic_key("محمد") != phonetic_key("أحمد")


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_variants_are_the_same_name(a: str, b: str) -> None:
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_are_not(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_similarity_range_and_identity() -> None:
    assert name_similarity("لافروف", "لافروف") == 1.0
    assert name_similarity("لافروف", "لافْروف") == 1.0  # a haraka does not count
    assert name_similarity("", "") == 0.0
    for a, b in VARIANTS + DIFFERENT:
        assert 0.0 <= name_similarity(a, b) <= 1.0
        assert name_similarity(a, b) == pytest.approx(name_similarity(b, a))


def test_similarity_orders_closeness() -> None:
    assert name_similarity("بيرموف", "بيراموف") > name_similarity("بيرموف", "بيروت")
    assert name_similarity("لافروف", "لافاروف") > name_similarity("لافروف", "بلينكن")


def test_threshold() -> None:
    assert same_name("حسن", "حسين", threshold=0.7)
    assert not same_name("بيرموف", "بيراموف", threshold=0.95)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2),
     ("لافروف", "لافاروف", 1), ("بلينكن", "بلينكن", 0), ("ab", "ba", 2)],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance
    assert edit_distance(b, a) == distance


def test_edit_distance_limit() -> None:
    assert edit_distance("kitten", "sitting", limit=3) == 3
    assert edit_distance("kitten", "sitting", limit=2) == 3
    assert edit_distance("kitten", "sitting", limit=1) == 2
    assert edit_distance("a", "abcdefgh", limit=2) == 3
    assert edit_distance("abcdef", "uvwxyz", limit=0) == 1
    assert edit_distance("same", "same", limit=0) == 0


def test_abd_compounds_are_spelled_both_ways() -> None:
    from hadath.arabic.names import compound_spellings
    assert compound_spellings("عبد ربه منصور هادي") == ["عبدربه منصور هادي"]
    assert compound_spellings("عبدالله الثاني") == ["عبد الله الثاني"]
    assert compound_spellings("محمد بن سلمان") == []
