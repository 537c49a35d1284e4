"""Tokens and clitic segmentation."""


import pytest

from hadath.arabic.normalize import normalize, normalize_key
from hadath.arabic.tokens import ENCLITICS, PROCLITICS, Tokenizer, looks_foreign

KNOWN = [
    normalize_key(w)
    for w in [
        "نظير", "وزير", "وزارة", "خارجية", "روسيا", "روسي", "تركيا", "تركي", "حكومة", "بيان", "علاقة",
        "اتصال", "بحث", "قال", "أكد", "مستوى", "نظراء", "مغرب", "اتفاق", "رئيس", "كازاخستان", "لقاء",
    ]
]


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer(KNOWN)


def test_proclitic_inventory() -> None:
    for group in ("و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "وبال", "فبال", "لل",
                  "ولل", "فلل", "كال", "وكال", "وس", "فس", "وب", "ول", "فب"):
        assert group in PROCLITICS
    assert "سال" not in PROCLITICS
    assert set(ENCLITICS) == {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"}


def test_tokens_words_numbers_punctuation(tokenizer: Tokenizer) -> None:
    source = "قالَ الوزيرُ، في 12.01.2022: «نعم»."
    norm = normalize(source)
    tokens = tokenizer.tokenize(norm, 0, len(source), sentence=3, first_index=10)
    assert [source[t.start:t.end] for t in tokens] == [
        "قالَ", "الوزيرُ", "،", "في", "12.01.2022", ":", "«", "نعم", "»", ".",
    ]
    assert [t.index for t in tokens] == list(range(10, 20))
    assert {t.sentence for t in tokens} == {3}
    comma = tokens[2]
    assert comma.norm == comma.stem == "،" and not comma.prefix and not comma.suffix
    assert tokens[4].norm == tokens[4].stem == "12.01.2022"
    assert (tokens[1].norm, tokens[1].prefix, tokens[1].stem) == ("الوزير", "ال", "وزير")


def test_tokens_of_a_span_keep_original_offsets(tokenizer: Tokenizer) -> None:
    source = "مقدمة. وبحثَ الـوزيرُ مع نظيرِهِ الروسيّ. خاتمة"
    norm = normalize(source)
    start = source.index("وبحث")
    end = source.index(". خاتمة") + 1
    tokens = tokenizer.tokenize(norm, start, end)
    assert [source[t.start:t.end] for t in tokens] == ["وبحثَ", "الـوزيرُ", "مع", "نظيرِهِ", "الروسيّ", "."]
    assert all(start <= t.start < t.end <= end for t in tokens)
    assert [(t.prefix, t.stem, t.suffix) for t in tokens[:5]] == [
        ("و", "بحث", ""), ("ال", "وزير", ""), ("", "مع", ""), ("", "نظير", "ه"), ("ال", "روسي", ""),
    ]
    assert tokens[3].norm == "نظيره"


def test_arabic_indic_digits_and_latin(tokenizer: Tokenizer) -> None:
    source = "صفقة F-16 بقيمة ٣٫٥ مليار"
    tokens = tokenizer.tokenize(normalize(source), 0, len(source))
    assert [t.norm for t in tokens] == ["صفقه", "f", "-", "16", "بقيمه", "3.5", "مليار"]
    assert source[tokens[5].start:tokens[5].end] == "٣٫٥"


@pytest.mark.parametrize("name", ["بيرموف", "لافروف", "بلينكن", "كازاخستان", "جيهون", "أوغلو"])
def test_names_stay_whole(tokenizer: Tokenizer, name: str) -> None:
    key = normalize_key(name)
    assert tokenizer.best(key) == ("", key, "")
    assert tokenizer.analyses(key)[0] == ("", key, "")


def test_foreign_names_stay_whole_even_when_a_piece_is_known() -> None:
    tokenizer = Tokenizer(["يرموف", "افروف", "بلين", "ازاخستان"])
    for name in ("بيرموف", "لافروف", "كازاخستان"):
        assert tokenizer.best(name) == ("", name, "")


def test_conjunction_before_a_known_name_is_stripped() -> None:
    tokenizer = Tokenizer(["لافروف", "بيرموف"])
    assert tokenizer.best("ولافروف") == ("و", "لافروف", "")
    assert tokenizer.best("وبيرموف") == ("و", "بيرموف", "")
    assert tokenizer.best("لافروف") == ("", "لافروف", "")


def test_looks_foreign() -> None:
    assert looks_foreign("بيرموف")
    assert looks_foreign("لافروف")
    assert looks_foreign("كازاخستان")
    assert looks_foreign("چاووش")
    assert not looks_foreign("الحكومه")
    assert not looks_foreign("وزير")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وزاره", ("", "وزاره", "")),  # known word stays whole
        ("والوزاره", ("وال", "وزاره", "")),
        ("بالوزاره", ("بال", "وزاره", "")),
        ("للوزاره", ("لل", "وزاره", "")),
        ("وللحكومه", ("ولل", "حكومه", "")),
        ("كالبيان", ("كال", "بيان", "")),
        ("وبروسيا", ("وب", "روسيا", "")),
        ("فقال", ("ف", "قال", "")),
        ("المغرب", ("ال", "مغرب", "")),
        ("نظيره", ("", "نظير", "ه")),
        ("ونظيرها", ("و", "نظير", "ها")),
        ("حكومته", ("", "حكومه", "ه")),  # ta marbuta written ت before the suffix
        ("مستواه", ("", "مستوي", "ه")),  # alef maqsura written ا before the suffix
        ("نظرايه", ("", "نظراء", "ه")),  # hamza on its carrier before the suffix
        ("باتفاقهم", ("ب", "اتفاق", "هم")),
        ("وسيلتقي", ("", "وسيلتقي", "")),  # unknown stem: no proclitic stripped
        ("المحادثات", ("ال", "محادثات", "")),  # article rule, unknown stem
        ("الذي", ("", "الذي", "")),  # function word
        ("الي", ("", "الي", "")),  # إلى: stem of one letter
        ("والذي", ("و", "الذي", "")),  # conjunction before a function word
        ("الاف", ("", "الاف", "")),  # آلاف: no article
        ("والغاء", ("و", "الغاء", "")),  # وإلغاء
        ("مكتبه", ("", "مكتبه", "")),  # unknown stem: ه may be ta marbuta
    ],
)
def test_best_segmentation(tokenizer: Tokenizer, word: str, expected: tuple[str, str, str]) -> None:
    assert tokenizer.best(word) == expected


def test_analyses_contains_every_plausible_reading(tokenizer: Tokenizer) -> None:
    analyses = tokenizer.analyses("وبالحكومه")
    assert analyses[0] == ("وبال", "حكومه", "")
    assert ("", "وبالحكومه", "") in analyses
    assert ("و", "بالحكومه", "") in analyses
    assert ("وب", "الحكومه", "") in analyses
    assert len(analyses) == len(set(analyses))


def test_analyses_of_word_with_suffix(tokenizer: Tokenizer) -> None:
    analyses = tokenizer.analyses("وسيكتبونها")
    assert analyses[0] == ("", "وسيكتبونها", "")
    assert ("وس", "يكتبون", "ها") in analyses
    assert all(not (p.endswith("ال") and s) for p, _stem, s in analyses)  # no article + suffix


def test_analyses_known_first(tokenizer: Tokenizer) -> None:
    assert tokenizer.analyses("لنظيره")[0] == ("ل", "نظير", "ه")
    assert tokenizer.analyses("نظير") == [("", "نظير", "")]


def test_analyses_returns_a_fresh_list(tokenizer: Tokenizer) -> None:
    first = tokenizer.analyses("والبيان")
    first.clear()
    assert tokenizer.analyses("والبيان")


