from __future__ import annotations

import random

import pytest

from hadath.ingest.dedup import Deduplicator, DupResult, dedup_key

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


STORIES = [
    "أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية بعد موسم جفاف طويل أضر بالمحاصيل.",
    "افتتح وزير الصحة مستشفى ميدانيا على الحدود لاستقبال الجرحى القادمين من مناطق القتال في الشمال.",
    "تظاهر مئات الطلاب أمام مبنى البرلمان احتجاجا على رفع رسوم الجامعات وطالبوا بإقالة وزير التعليم.",
    "وقعت الشركتان اتفاقية لمد خط أنابيب للغاز عبر البحر بطول ستمائة كيلومتر خلال ثلاث سنوات.",
    "قصفت طائرات حربية مواقع لجماعة مسلحة في ريف المدينة الشرقي وأفاد سكان بسقوط قتلى مدنيين.",
    "استقبل الرئيس سفير الاتحاد الأوروبي وبحث معه سبل تعزيز التعاون الاقتصادي والمساعدات الإنسانية.",
]
FILLER = ("سوق", "نهر", "جبل", "قلم", "باب", "شمس", "قمر", "بحر", "طريق", "مدرسة", "حديقة", "سيارة",
          "كتاب", "شجرة", "مطر", "ريح", "جسر", "ميناء", "قطار", "مصنع")


def filler(n: int) -> str:
    """An unrelated text: a word sequence that depends on ``n``."""
    rng = random.Random(n)
    return " ".join(rng.choice(FILLER) + str(rng.randrange(1000)) for _ in range(30))


def test_republished_story_links_to_first_copy() -> None:
    dedup = Deduplicator()
    story = "\n".join(STORIES[:4])
    assert dedup.add("outlet1", story) == DupResult("new")
    crawled = story + "\n"
    assert dedup.add("outlet1-recrawl", crawled) == DupResult("exact", "outlet1")
    edited = story.replace("الجنوبية", "الشمالية") + "\nوقال المتحدث إن الخطة ستنفذ فورا."
    assert dedup.add("outlet2", edited) == DupResult("near", "outlet1")
    # A quarter of the story gone is below the 0.8 similarity threshold.
    assert dedup.add("outlet3", "\n".join(STORIES[1:4])) == DupResult("new")


def test_unrelated_texts_are_not_linked() -> None:
    dedup = Deduplicator()
    results = [dedup.add(f"s{i}", text) for i, text in enumerate(STORIES)]
    results += [dedup.add(f"f{i}", filler(i)) for i in range(200)]
    assert all(r == DupResult("new") for r in results)


def test_short_texts_only_exact() -> None:
    dedup = Deduplicator()
    assert dedup.add("a", "نعم") == DupResult("new")
    assert dedup.add("b", "نَعَم!") == DupResult("exact", "a")
    assert dedup.add("c", "") == DupResult("new")


def test_documents_older_than_the_window_are_forgotten() -> None:
    dedup = Deduplicator(window=4)
    dedup.add("old", STORIES[0])
    for i in range(3):
        dedup.add(f"f{i}", filler(i))
    assert dedup.add("copy-in-window", STORIES[0]) == DupResult("exact", "old")
    for i in range(3, 7):
        dedup.add(f"f{i}", filler(i))
    # Neither "old" nor its copy is among the last 4 documents any more.
    assert dedup.add("copy-too-late", STORIES[0]) == DupResult("new")
    assert dedup.add("near-too-late", STORIES[1]) == DupResult("new")
    # The forgotten id may be used again; a remembered one may not.
    assert dedup.add("old", STORIES[2]) == DupResult("new")
    with pytest.raises(ValueError, match="added twice"):
        dedup.add("f6", STORIES[3])


def test_copies_keep_a_story_remembered() -> None:
    dedup = Deduplicator(window=3)
    story = "\n".join(STORIES)
    dedup.add("first", story)
    dedup.add("f0", filler(0))
    assert dedup.add("second", story) == DupResult("exact", "first")
    dedup.add("f1", filler(1))
    dedup.add("f2", filler(2))
    # "first" is forgotten but its copy is remembered and still names the first document.
    assert dedup.add("third", story) == DupResult("exact", "first")
    assert dedup.add("near", story.replace("طويل", "قاس")) == DupResult("near", "first")


def test_memory_stays_within_the_window() -> None:
    dedup = Deduplicator(window=50)
    footprint = dedup.footprint()
    for i in range(400):
        text = STORIES[i % len(STORIES)] if i % 10 == 0 else filler(i)
        dedup.add(f"d{i}", text + (" " + str(i) if i % 20 == 0 else ""))
    assert len(dedup) == 400
    assert dedup.remembered == 50
    assert len(dedup._slot_of) == 50
    assert sum(x is not None for x in dedup._ids) == 50
    assert len(dedup._ids) == len(dedup._first) == 50
    assert dedup._signatures.shape == (50, dedup.num_perm)
    assert dedup._band_tables.shape[0] == dedup.bands
    assert int(dedup._band_tables.max()) <= 50 and int(dedup._exact_table.max()) <= 50
    assert dedup.footprint() == footprint


@pytest.mark.parametrize("text", [
    "قَالَ الرَّئِيسُ، إِنَّ «المحادثات» ناجحة…",
    "  Hello, WORLD_x  ١٢٣ and ــــ تطويل\u200c\u200f ",
    "ligature \ufefb and emoji \U0001f600 here",
    "ΟΔΟΣ final sigma",
    "\u00a0مسافة\u2009رفيعة\u3000",
    "",
    "؟!",
])
def test_fast_key_matches_dedup_key(text: str) -> None:
    codes = Deduplicator(window=1).key_codes(text)
    assert "".join(map(chr, codes.tolist())) == dedup_key(text)


def test_bad_window_and_num_perm() -> None:
    with pytest.raises(ValueError, match="window"):
        Deduplicator(window=0)
    with pytest.raises(ValueError, match="num_perm"):
        Deduplicator(num_perm=1)
