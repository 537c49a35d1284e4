"""Sentence splitting of Arabic news text."""

import pytest

from hadath.arabic.sentences import split_sentences


def texts(text: str, **kwargs: object) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, **kwargs)]


def test_basic_punctuation() -> None:
    text = "وصل الوفد إلى العاصمة. هل ستنجح المحادثات؟ نأمل ذلك! وقال المتحدث إن اللقاء مثمر?  انتهى"
    assert texts(text) == [
        "وصل الوفد إلى العاصمة.",
        "هل ستنجح المحادثات؟",
        "نأمل ذلك!",
        "وقال المتحدث إن اللقاء مثمر?",
        "انتهى",
    ]


def test_arabic_comma_never_ends_a_sentence() -> None:
    text = "التقى الوزير نظيره، وبحثا العلاقات، ثم غادر."
    assert texts(text) == [text]


def test_semicolon_is_a_clause_boundary_by_default() -> None:
    text = "ألغيت الرحلة؛ بسبب سوء الأحوال الجوية."
    assert texts(text) == [text]
    assert texts(text, semicolon=True) == ["ألغيت الرحلة؛", "بسبب سوء الأحوال الجوية."]


def test_line_break_always_ends_a_sentence() -> None:
    text = "عنوان الخبر بلا نقطة\nنص الخبر الأول. ونص ثان\r\n\n  سطر أخير  "
    assert texts(text) == ["عنوان الخبر بلا نقطة", "نص الخبر الأول.", "ونص ثان", "سطر أخير"]


def test_offsets_are_original_and_stripped() -> None:
    text = "  قالَ الوزيرُ.   وأضافَ آخرُ.  "
    spans = split_sentences(text)
    assert spans == [(2, 15), (18, 30)]
    assert [text[a:b] for a, b in spans] == ["قالَ الوزيرُ.", "وأضافَ آخرُ."]


@pytest.mark.parametrize("number", ["3.5", "12.01.2022", "1.000.000", "٣٫٥"])
def test_numbers_do_not_split(number: str) -> None:
    text = f"ارتفع المؤشر {number} نقطة أمس. ثم تراجع."
    assert texts(text) == [f"ارتفع المؤشر {number} نقطة أمس.", "ثم تراجع."]


def test_sentence_ending_with_a_number() -> None:
    text = "وقعت الحادثة في عام 2022. وقال شاهد إنها مروعة."
    assert texts(text) == ["وقعت الحادثة في عام 2022.", "وقال شاهد إنها مروعة."]


def test_abbreviations_and_single_letters() -> None:
    text = "قال د. أحمد علي لوكالة أ. ف. ب إن الوضع هادئ. وأكد ذلك م. سامي."
    assert texts(text) == ["قال د. أحمد علي لوكالة أ. ف. ب إن الوضع هادئ.", "وأكد ذلك م. سامي."]


def test_abbreviation_with_tatweel_and_latin_ones() -> None:
    text = "توفي سنة 1420 هـ. في المدينة. التقى Dr. Smith مسؤولي U.S. Army أمس."
    assert texts(text) == ["توفي سنة 1420 هـ. في المدينة.", "التقى Dr. Smith مسؤولي U.S. Army أمس."]


def test_dotted_initials_without_spaces() -> None:
    text = "نقلت وكالة أ.ف.ب الخبر عن موقع example.com أمس."
    assert texts(text) == [text]


def test_missing_space_after_full_stop() -> None:
    text = "انتهت الأزمة.وقال الرئيس إنه راض."
    assert texts(text) == ["انتهت الأزمة.", "وقال الرئيس إنه راض."]


def test_short_quote_is_not_split() -> None:
    text = "وقال الوزير: «لن نتراجع. هذا قرارنا» مضيفا أن الحوار مستمر."
    assert texts(text) == [text]


def test_short_quote_ending_with_full_stop_ends_the_sentence() -> None:
    text = "وقال الوزير: «لن نتراجع. هذا قرارنا.» وأضاف أن الحوار مستمر."
    assert texts(text) == ["وقال الوزير: «لن نتراجع. هذا قرارنا.»", "وأضاف أن الحوار مستمر."]


def test_straight_quotes() -> None:
    text = 'وكتب على حسابه: "نحن مستعدون. فلنبدأ!" ثم حذف التغريدة.'
    assert texts(text) == ['وكتب على حسابه: "نحن مستعدون. فلنبدأ!"', "ثم حذف التغريدة."]


def test_quote_followed_by_comma_continues() -> None:
    text = "وقال: «نحن مستعدون.»، مشيرا إلى الاتفاق."
    assert texts(text) == [text]


def test_long_quote_is_split_and_keeps_its_closing_mark() -> None:
    first = "إن التعاون بين البلدين وصل إلى مستويات غير مسبوقة في مجالات الطاقة والتجارة والدفاع"
    second = "وسنواصل العمل معا من أجل تحقيق الاستقرار والأمن في المنطقة بأسرها ولصالح شعبينا"
    text = f"وقال: «{first}. {second}». وغادر."
    assert texts(text) == [f"وقال: «{first}.", f"{second}».", "وغادر."]


def test_brackets_protect_their_content() -> None:
    text = "اجتماع مجلس الناتو – روسيا (يعقد في 12.1. بمقر الحلف) مهم. وسيحضره الوزراء."
    assert texts(text) == [
        "اجتماع مجلس الناتو – روسيا (يعقد في 12.1. بمقر الحلف) مهم.",
        "وسيحضره الوزراء.",
    ]


def test_bullets_and_dashes_at_line_start() -> None:
    text = "أبرز النقاط:\n• وقف إطلاق النار\n▪ تبادل الأسرى\n- فتح المعابر\n– إعادة الإعمار\n-5 درجات"
    assert texts(text) == [
        "أبرز النقاط:",
        "وقف إطلاق النار",
        "تبادل الأسرى",
        "فتح المعابر",
        "إعادة الإعمار",
        "-5 درجات",
    ]


def test_bullet_inside_a_line_starts_a_sentence() -> None:
    text = "أخبار • رياضة • اقتصاد"
    assert texts(text) == ["أخبار", "رياضة", "اقتصاد"]


def test_ellipsis() -> None:
    text = "وقال إن الأمور تسير... لكنه لم يوضح. وتابع الحديث… ثم غادر القاعة…"
    assert texts(text) == [
        "وقال إن الأمور تسير...",
        "لكنه لم يوضح.",
        "وتابع الحديث…",
        "ثم غادر القاعة…",
    ]


def test_punctuation_runs() -> None:
    text = "هل هذا معقول؟! لا أحد يصدق ذلك!!! انتهى."
    assert texts(text) == ["هل هذا معقول؟!", "لا أحد يصدق ذلك!!!", "انتهى."]


def test_dash_inside_sentence_does_not_split() -> None:
    text = "عقد اجتماع مجلس الناتو – روسيا أمس - حسب مصادر - في بروكسل."
    assert texts(text) == [text]


def test_regions_limit_the_sentences() -> None:
    text = "تابعونا على فيسبوك.\nاندلعت احتجاجات. وفرضت الطوارئ.\nحقوق النشر محفوظة."
    start = text.index("اندلعت")
    end = text.index("\nحقوق")
    spans = split_sentences(text, [(start, end)])
    assert [text[a:b] for a, b in spans] == ["اندلعت احتجاجات.", "وفرضت الطوارئ."]


def test_regions_are_returned_in_text_order() -> None:
    text = "أولى.\nثانية.\nثالثة."
    regions = [(text.index("ثالثة"), len(text)), (0, text.index("\n"))]
    assert texts(text, regions=regions) == ["أولى.", "ثالثة."]


def test_region_outside_text_raises() -> None:
    with pytest.raises(ValueError, match="outside"):
        split_sentences("نص قصير", [(0, 100)])


def test_lines_without_words_are_dropped() -> None:
    assert texts("***\n...\nخبر.\n—") == ["خبر."]


def test_empty_text() -> None:
    assert split_sentences("") == []


def test_straight_quote_closing_before_full_stop() -> None:
    text = 'وقال إن الانتقادات "تأتي من الخارج". وأضاف أن أنصار "الحزب" غاضبون.'
    assert texts(text) == ['وقال إن الانتقادات "تأتي من الخارج".', 'وأضاف أن أنصار "الحزب" غاضبون.']


def test_straight_quote_after_a_proclitic() -> None:
    text = 'وقعت شركتا "أسيلسان" و"هافلسان. للصناعات" صفقة. وانتهى الأمر.'
    assert texts(text) == ['وقعت شركتا "أسيلسان" و"هافلسان. للصناعات" صفقة.', "وانتهى الأمر."]
