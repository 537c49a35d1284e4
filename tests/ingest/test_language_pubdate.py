from __future__ import annotations

import datetime as dt

from hadath.ingest.language import detect_language
from hadath.ingest.pubdate import infer_date


def test_arabic() -> None:
    lang, conf = detect_language("قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت بناءة ومثمرة")
    assert lang == "ar" and conf > 0.8


def test_persian() -> None:
    assert detect_language("وزیر امور خارجه گفت که این مذاکرات را ادامه می دهیم و این مهم است")[0] == "fa"


def test_urdu() -> None:
    text = "وزیر خارجہ نے کہا کہ یہ مذاکرات جاری رہیں گے اور پاکستان کے لیے اہم ہے"
    assert detect_language(text)[0] == "ur"


def test_english_and_other_latin() -> None:
    assert detect_language("The minister said that the talks with the delegation were useful")[0] == "en"
    assert detect_language("Le ministre a déclaré que les pourparlers étaient utiles hier soir")[0] == "latin"


def test_too_little_text() -> None:
    assert detect_language("نعم 12") == ("und", 0.0)


def test_mixed_with_arabic_majority() -> None:
    text = "قال المتحدث باسم حلف شمال الأطلسي NATO في مؤتمر صحفي ببروكسل إن الاجتماع سيعقد قريبا"
    assert detect_language(text)[0] == "ar"


def test_dateline_with_egyptian_month() -> None:
    date, conf = infer_date("عنوان الخبر\nالثلاثاء 9 أكتوبر 2018 - 10:30\nقال الوزير ...")
    assert date == dt.date(2018, 10, 9) and conf >= 0.8


def test_levantine_month_and_double_name() -> None:
    assert infer_date("نشر في 3 كانون الثاني 2021")[0] == dt.date(2021, 1, 3)
    assert infer_date("بيروت، 5 آذار/مارس 2019 قال المصدر")[0] == dt.date(2019, 3, 5)


def test_numeric_dates_and_published_cue() -> None:
    date, conf = infer_date("تاريخ النشر: 2020-04-24 الساعة 12:00")
    assert date == dt.date(2020, 4, 24) and conf > 0.9
    assert infer_date("الرياض ٢٥/١٢/٢٠١٩ أعلنت الوزارة")[0] == dt.date(2019, 12, 25)


def test_dates_after_reference_ignored_and_unknown() -> None:
    assert infer_date("في 9/10/2018 قال", dt.date(2018, 1, 1)) == (None, 0.0)
    assert infer_date("لا يوجد تاريخ هنا") == (None, 0.0)
    assert infer_date("31 فبراير 2020") == (None, 0.0)


def test_arabic_prose_with_markup_is_arabic() -> None:
    text = ('تظاهر آلاف الطلاب أمس في الخرطوم <script>window.__pwned=1</script> ضد الحكومة السودانية '
            '<img src=x onerror="window.__pwned=1">.')
    assert detect_language(text)[0] == "ar"
