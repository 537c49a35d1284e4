from __future__ import annotations

from pathlib import Path

import pytest

from hadath.doc import Document
from hadath.ingest.boilerplate import BoilerplateFilter, CueFileError, load_cues

FILTER = BoilerplateFilter()
LONG = "وقال المتحدث باسم الحكومة في مؤتمر صحفي إن الإجراءات الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل."


def run(text: str) -> tuple[list[str], dict[str, str]]:
    doc = FILTER(Document("t", text))
    return [s.text(doc) for s in doc.body], {s.text(doc): r for s, r in doc.dropped}


def test_fixture_article(fixtures: Path) -> None:
    doc = FILTER(Document("a", (fixtures / "article.txt").read_text(encoding="utf-8")))
    kept = [s.text(doc) for s in doc.body]
    assert kept[0] == "وزير الخارجية يبحث مع نظيره الأردني تطورات المنطقة"  # the title stays
    assert len(kept) == 5
    assert kept[-1].startswith("ومن المقرر")  # caption cut off the start of the line
    reasons = {s.text(doc): r for s, r in doc.dropped}
    assert reasons["(صورة: أرشيفية)"] == "caption"
    assert reasons["اقرأ أيضا: الحكومة تعلن خطة جديدة لدعم المزارعين"] == "link"
    assert reasons["https://example.com/news/12345"] == "url"
    assert reasons["الأحد 12 مارس 2023 - 10:45"] == "dateline"
    assert doc.metadata["byline"] == "سامر الحلبي"
    assert doc.metadata["source"] == doc.outlet == "وكالة الأنباء المحلية"
    assert not any("ملفات تعريف" in k or "الذهب" in k for k in kept)


def test_spans_exclude_surrounding_whitespace() -> None:
    doc = FILTER(Document("t", "  عنوان الخبر \r\n\n\t" + LONG + "  \n"))
    assert [doc.text[s.start:s.end] for s in doc.body] == ["عنوان الخبر", LONG]
    assert all(r == "empty" for _, r in doc.dropped)


def test_outlet_not_overwritten() -> None:
    doc = FILTER(Document("t", f"عنوان\n{LONG}\nالمصدر: وكالات", outlet="صحيفة"))
    assert doc.outlet == "صحيفة" and doc.metadata["source"] == "وكالات"


def test_teaser_run_after_body() -> None:
    text = "\n".join([
        "عنوان", LONG, LONG.replace("الحكومة", "الوزارة"),
        "ارتفاع أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج الذي اتخذته الدول المصدرة "
        "للنفط وسط توقعات...",
        "وزير الدفاع يتفقد القوات المنتشرة على الحدود ويؤكد جاهزيتها التامة للتعامل مع أي طارئ "
        "قد يحدث في…",
    ])
    kept, dropped = run(text)
    assert len(kept) == 3
    assert list(dropped.values()) == ["teaser", "teaser"]


def test_truncated_block_with_other_leads_at_the_end() -> None:
    other1 = ("أعلنت وزارة الصحة، الإثنين، تسجيل عشرات الإصابات الجديدة بالفيروس في عدد من "
              "المحافظات الشمالية للبلاد.")
    other2 = ("دعا الأمين العام للأمم المتحدة، الثلاثاء، جميع الأطراف إلى ضبط النفس والعودة إلى "
              "طاولة المفاوضات دون")
    other3 = ("قال رئيس البنك المركزي إن معدلات التضخم ستتراجع خلال الربع الأخير من العام مع تحسن "
              "سلاسل الإمداد العالمية و")
    second = LONG.replace("الحكومة", "الوزارة")
    kept, dropped = run("\n".join(["عنوان", LONG, second, other1, other2, other3]))
    assert len(kept) == 3
    assert [dropped[x] for x in (other1, other2, other3)] == ["teaser"] * 3


def test_body_lines_that_look_like_cues_are_kept() -> None:
    lines = ["عنوان",
             "شارك الآلاف في المظاهرة التي دعت إليها النقابات أمام مقر البرلمان للمطالبة برفع الأجور.",
             "الحكومة تتجاوب",
             "كتب الرئيس في تغريدة على حسابه أن بلاده لن تتراجع عن قرارها مهما كانت الضغوط.",
             "وقال: سنرى ما سيحدث..."]
    kept, _ = run("\n".join(lines))
    assert kept == lines


@pytest.mark.parametrize("line,reason", [
    ("اقرأ أيضاً: الرئيس يستقبل وفدا", "link"),
    ("شاهد.. لحظة وصول الوفد", "link"),
    ("للمزيد: تفاصيل الاتفاق", "link"),
    ("تابعونا على تويتر", "share"),
    ("اشترك في النشرة البريدية", "share"),
    ("باستخدامك الموقع فإنك توافق على سياسة الخصوصية", "cookie"),
    ("© 2024 شبكة الأخبار", "copyright"),
    ("بقلم أحمد علي", "byline"),
    ("مراسل الشبكة في القاهرة", "byline"),
    ("www.example.com/page", "url"),
    ("الصورة: رويترز", "caption"),
])
def test_single_furniture_lines(line: str, reason: str) -> None:
    kept, dropped = run(f"عنوان\n{LONG}\n{line}\n{LONG}")
    assert dropped == {line: reason}
    assert len(kept) == 3


def test_related_heading_drops_the_rest() -> None:
    kept, dropped = run(f"عنوان\n{LONG}\nأخبار ذات صلة\nخبر أول قصير\nخبر ثان قصير")
    assert kept == ["عنوان", LONG]
    assert dropped["خبر ثان قصير"] == "after related-stories heading"


def test_cue_file_validation(tmp_path: Path) -> None:
    bad = tmp_path / "cues.tsv"
    bad.write_text("pattern\tkind\tnote\n^x\tlink\tok\n^y\tnonsense\tbad kind\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"cues.tsv:3: unknown kind"):
        load_cues(bad)
    bad.write_text("^(x\tlink\tunclosed\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"cues.tsv:1: bad regular expression"):
        load_cues(bad)
    bad.write_text("^x\tlink\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"cues.tsv:1: expected 3"):
        load_cues(bad)
    bad.write_text("^المصدر: .+\tsource\tno group\n", encoding="utf-8")
    with pytest.raises(CueFileError, match="value"):
        load_cues(bad)


def test_packaged_cues_load() -> None:
    cues = load_cues()
    assert {c.kind for c in cues} >= {"link", "share", "cookie", "copyright", "source", "byline"}
    custom = BoilerplateFilter(cues=tuple(c for c in cues if c.kind != "cookie"))
    doc = custom(Document("t", f"عنوان\n{LONG}\nنستخدم الكوكيز"))
    assert len(doc.body) == 3
