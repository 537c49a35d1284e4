"""Normalization of Arabic text and the offset map back to the original."""

import pytest

from hadath.arabic.normalize import normalize, normalize_char, normalize_key


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("آسيا", "اسيا"),
        ("ٱلله", "الله"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مستشفى", "مستشفي"),
        ("على", "علي"),
        ("حكومة", "حكومه"),
        ("القاهرة", "القاهره"),
    ],
)
def test_letter_forms(given: str, expected: str) -> None:
    assert normalize(given).text == expected
    assert normalize_key(given) == expected


def test_tatweel_and_harakat_removed() -> None:
    assert normalize("جمـــيل").text == "جميل"
    assert normalize("مُحَمَّدٌ").text == "محمد"  # damma, fatha, shadda, tanween
    assert normalize("كِتَاباً").text == "كتابا"  # kasra, fatha, fathatan
    assert normalize("مِنْ").text == "من"  # sukun
    assert normalize("رَحْمٰن").text == "رحمن"  # superscript alef


def test_digits_become_ascii() -> None:
    assert normalize("٠١٢٣٤٥٦٧٨٩").text == "0123456789"
    assert normalize("۰۱۲۳۴۵۶۷۸۹").text == "0123456789"
    assert normalize("عام ٢٠٢٢").text == "عام 2022"
    assert normalize("٣٫٥").text == "3.5"


def test_spaces_and_invisible_marks() -> None:
    assert normalize("وزير\u00a0الخارجية").text == "وزير الخارجيه"
    assert normalize("وزير\u202fالخارجية").text == "وزير الخارجيه"
    assert normalize("بي\u200cرموف").text == "بيرموف"  # zero-width non-joiner
    assert normalize("\u200fروسيا\u200e").text == "روسيا"  # RLM, LRM
    assert normalize("\u202bتركيا\u202c").text == "تركيا"  # RLE, PDF
    assert normalize("\u2067مصر\u2069").text == "مصر"  # RLI, PDI
    assert normalize("\ufeffنص").text == "نص"  # BOM


def test_normalize_char() -> None:
    assert normalize_char("أ") == "ا"
    assert normalize_char("\u064e") == ""
    assert normalize_char("ب") == "ب"


def test_normalize_key_lowercases_and_collapses_spaces() -> None:
    assert normalize_key("  NATO\u00a0 Summit ") == "nato summit"
    assert normalize_key("الأمـمُ  المتحدة") == "الامم المتحده"


def test_text_without_changes_keeps_offsets() -> None:
    norm = normalize("قال الوزير")
    assert norm.text == "قال الوزير"
    assert norm.original(4, 10) == (4, 10)


def test_original_span_with_marks_before_and_inside() -> None:
    source = "قالَ الـوزيرُ مُحَمَّدٌ اليومَ"
    norm = normalize(source)
    assert norm.text == "قال الوزير محمد اليوم"
    start = norm.text.index("الوزير")
    begin, stop = norm.original(start, start + len("الوزير"))
    assert source[begin:stop] == "الـوزيرُ"  # tatweel inside, damma after the last letter
    start = norm.text.index("محمد")
    begin, stop = norm.original(start, start + len("محمد"))
    assert source[begin:stop] == "مُحَمَّدٌ"
    start = norm.text.index("اليوم")
    begin, stop = norm.original(start, start + len("اليوم"))
    assert source[begin:stop] == "اليومَ"


def test_original_span_does_not_take_invisible_controls() -> None:
    source = "روسيا\u200f و\u200fتركيا"
    norm = normalize(source)
    assert norm.text == "روسيا وتركيا"
    begin, stop = norm.original(0, 5)
    assert source[begin:stop] == "روسيا"


def test_original_of_empty_span_and_text_end() -> None:
    source = "بَيْنَ"
    norm = normalize(source)
    assert norm.text == "بين"
    assert norm.original(3, 3) == (len(source), len(source))
    assert norm.original(0, 3) == (0, len(source))


def test_to_normalized() -> None:
    source = "مُحَمَّد علي"
    norm = normalize(source)
    assert norm.to_normalized(0) == 0
    assert norm.to_normalized(source.index("علي")) == norm.text.index("علي")
    assert norm.to_normalized(1) == 1  # inside the first letter's marks: the next kept letter
    assert norm.to_normalized(len(source)) == len(norm.text)


def test_offsets_length() -> None:
    norm = normalize("أَهْلاً")
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets[-1] == len(norm.source)
