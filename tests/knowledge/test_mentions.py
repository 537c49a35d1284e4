"""Mention finding through the whole pipeline: listed names, unlisted spellings, partial names,
ambiguous place names and words that only look like names."""

from __future__ import annotations

from hadath.api import Extractor
from hadath.doc import Document, Mention

DATE = "2022-01-07"


def mentions_of(doc: Document, surface: str) -> list[Mention]:
    """The mentions whose text is exactly ``surface``."""
    return [m for m in doc.mentions if doc.text[m.start:m.end] == surface]


def only(doc: Document, surface: str) -> Mention:
    found = mentions_of(doc, surface)
    assert len(found) == 1, f"expected one mention of {surface!r}, got {found}"
    return found[0]


def test_full_listed_name_is_the_person(extractor: Extractor) -> None:
    doc = extractor.document("وصل مولود تشاووش أوغلو إلى موسكو أمس.", DATE)
    mention = only(doc, "مولود تشاووش أوغلو")
    assert (mention.entity.kind, mention.entity.key, mention.how) == ("person", "mevlut-cavusoglu", "name")


def test_full_name_gives_the_office_of_the_day(extractor: Extractor) -> None:
    doc = extractor.document("وصل مولود تشاووش أوغلو إلى موسكو أمس.", DATE)
    entity = only(doc, "مولود تشاووش أوغلو").entity
    assert (entity.country, entity.sector, entity.role) == ("TUR", "GOV", "foreign_minister")


def test_unlisted_spelling_is_not_in_the_data(extractor: Extractor) -> None:
    """Guard for the next test: the spelling must really be absent from the lists."""
    assert not extractor.resources.kb.gazetteer.contains("سيرجي لافاروف")


def test_unlisted_spelling_resolves_by_phonetic_key(extractor: Extractor) -> None:
    doc = extractor.document("وصل سيرجي لافاروف إلى أنقرة أمس.", DATE)
    mention = only(doc, "سيرجي لافاروف")
    assert (mention.entity.key, mention.entity.country, mention.how) == ("sergey-lavrov", "RUS", "variant")


def test_family_name_alone_after_the_full_name_is_that_person(extractor: Extractor) -> None:
    doc = extractor.document("وصل مولود تشاووش أوغلو إلى موسكو أمس. وقال أوغلو إن المحادثات كانت مثمرة.", DATE)
    mention = only(doc, "أوغلو")
    assert (mention.entity.kind, mention.entity.key) == ("person", "mevlut-cavusoglu")


def test_army_is_not_taken_for_cavusoglu(extractor: Extractor) -> None:
    text = "قال وزير الخارجية التركي مولود جاويش أوغلو إن الجيش مستعد. وأضاف أن الجيش سيحمي الحدود."
    doc = extractor.document(text, DATE)
    army = mentions_of(doc, "الجيش")
    assert len(army) == 2
    assert all(m.entity.kind != "person" for m in army)


def test_amman_in_a_text_about_jordan_is_the_city(extractor: Extractor) -> None:
    text = "عاد العاهل الأردني الملك عبد الله الثاني إلى عمان بعد زيارة إلى الولايات المتحدة."
    entity = only(extractor.document(text, DATE), "عمان").entity
    assert (entity.kind, entity.country) == ("place", "JOR")


def test_oman_in_a_text_about_its_sultan_is_the_country(extractor: Extractor) -> None:
    text = "استقبل سلطان عمان هيثم بن طارق في مسقط وزير الخارجية العماني."
    entity = only(extractor.document(text, DATE), "عمان").entity
    assert (entity.kind, entity.country) == ("country", "OMN")


def test_hamza_lam_word_gives_albania(extractor: Extractor) -> None:
    doc = extractor.document("تظاهر آلاف الألبان أمس في تيرانا ضد الحكومة.", DATE)
    assert only(doc, "الألبان").entity.country == "ALB"


def test_bi_anna_is_not_albania(extractor: Extractor) -> None:
    doc = extractor.document("قال المسؤول بأن الحكومة ستعلن القرار قريبا.", DATE)
    assert all(m.entity.country != "ALB" for m in doc.mentions)


def test_a_person_out_of_office_in_a_story_on_another_country_is_not_recognised(extractor) -> None:
    """A full name of someone we know only as a later minister of a country the story never names
    is another person of that name."""
    doc = extractor.document("قال ألفارو ليفا رئيس جمعية نيكاراغوا لحقوق الإنسان إن رجلا قتل في ماسايا.",
                             "2018-06-10")
    assert not [m for m in doc.mentions if m.entity.kind == "person" and m.entity.name == "Álvaro Leyva"]


def test_accusative_titles_and_construct_plurals_are_found(extractor) -> None:
    doc = extractor.document("اعتقلت الشرطة ناشطا بارزا، وقال مقاتلو الجبهة إنهم سيردون.", "2022-01-07")
    surfaces = {doc.text[m.start:m.end] for m in doc.mentions if m.entity.kind == "role"}
    assert "ناشطا" in surfaces and "مقاتلو" in surfaces


def test_a_place_name_repeated_is_no_support_for_its_country(extractor) -> None:
    """«الطبقة السياسية» twice in a story on Lebanon is the political class, not Syria's Tabqa."""
    doc = extractor.document("اتهم دياب الطبقة السياسية في لبنان بالفساد. وقال إن الطبقة الحاكمة فشلت.", "2020-08-11")
    assert not [m for m in doc.mentions if m.entity.kind == "place" and m.entity.country == "SYR"]


def test_a_nisba_adjective_is_not_a_title(extractor) -> None:
    """«الطريق الرئيسي» (the main road) names no president; «غرب ليبيا» is a region we list."""
    doc = extractor.document("أغلق محتجون الطريق الرئيسي المؤدي إلى حقل الشرارة جنوب غرب ليبيا.", "2024-05-28")
    assert not [m for m in doc.mentions if doc.text[m.start:m.end] == "الرئيسي"]
    assert [m for m in doc.mentions if m.entity.country == "LBY"]


def test_a_big_city_stands_alone_unless_its_name_is_a_common_word(extractor) -> None:
    gaza = extractor.document("قصفت الطائرات الإسرائيلية مدينة غزة أمس.", "2024-05-28")
    assert [m for m in gaza.mentions if m.entity.name == "Gaza"]
    scene = extractor.document("وفي مشهد مؤثر، خرج الآلاف لاستقبال الفريق في عمان.", "2024-05-28")
    assert not [m for m in scene.mentions if m.entity.name == "Mashhad"]


def test_an_adjective_spelled_like_a_country_name_keeps_its_article(extractor) -> None:
    """«سورية» is Syria; «السورية» is «Syrian», not dropped as a country name with an article."""
    doc = extractor.document("ودانت وزارة الخارجية السورية أمس الهجوم على مطار دمشق.", DATE)
    syrian = only(doc, "السورية")
    assert (syrian.entity.kind, syrian.entity.country) == ("demonym", "SYR")
    doc = extractor.document("أجرى الرئيس محادثات في سورية أمس.", DATE)
    assert only(doc, "سورية").entity.kind == "country"


def test_the_enemy_with_a_nationality_is_that_state_s_forces(extractor) -> None:
    doc = extractor.document("وقالت القيادة إن العدو الإسرائيلي قصف مواقع في الجنوب أمس.", DATE)
    enemy = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert enemy and enemy[0].actor is not None and (enemy[0].actor.country, enemy[0].actor.sector) == ("ISR", "MIL")


def test_an_organisation_s_short_name_after_its_full_name(extractor) -> None:
    """«القاعدة» is the base or the rule until the text has named «تنظيم القاعدة»."""
    doc = extractor.document("وقال المتحدث إن القاعدة العسكرية تعرضت لهجوم أمس.", DATE)
    assert not [m for m in doc.mentions if m.entity.kind == "organisation"]
    doc = extractor.document("قال البنتاغون إن تنظيم القاعدة خسر قادة. وأضاف أن قياديا في «القاعدة» قتل أمس.", DATE)
    short = [m for m in doc.mentions if doc.text[m.start:m.end] == "القاعدة"]
    assert len(short) == 1 and short[0].entity.name == "al-Qaeda"


def test_function_words_are_never_a_variant_name(extractor) -> None:
    """«أيضا على» sounds like «إياد علاوي»; closed-class words are no name."""
    doc = extractor.document("وحكم أيضا على الصحافي بالسجن ثلاث سنوات.", DATE)
    assert not [m for m in doc.mentions if m.entity.kind == "person"]


def test_a_coalition_named_in_full_is_the_coalition_later(extractor) -> None:
    """«التحالف» (and «للتحالف»: «لـ» + article) after «التحالف العربي» is that coalition."""
    doc = extractor.document("أعلن التحالف العربي أمس بدء عملية عسكرية. وقالت مصادر إن مقاتلات تابعة للتحالف قصفت "
                             "مواقع في صعدة.", DATE)
    later = [m for m in doc.mentions if doc.text[m.start:m.end] == "للتحالف"]
    assert len(later) == 1 and later[0].entity.key == "SAUDICOAL"
    alone = extractor.document("وقالت مصادر إن مقاتلات تابعة للتحالف قصفت مواقع في صعدة.", DATE)
    assert not [m for m in alone.mentions if doc.text[m.start:m.end] == "للتحالف"]


def test_a_decree_stipulating_is_no_judge(extractor) -> None:
    """«القرار القاضي بمنح» is the participle «stipulating»; «القاضي أحمد» is a judge."""
    doc = extractor.document("أصدر الرئيس القرار القاضي بمنح الموظفين علاوة.", DATE)
    assert not [m for m in doc.mentions if doc.text[m.start:m.end] == "القاضي"]
    doc = extractor.document("رفض القاضي طلب الدفاع أمس.", DATE)
    assert [m for m in doc.mentions if doc.text[m.start:m.end] == "القاضي"]


def test_like_is_never_read_before_a_place_name(extractor) -> None:
    """«في إقليم كاوكا» (Cauca, Colombia) is not «ك» (like) + «أوكا» (Awka, Nigeria)."""
    doc = extractor.document("قتل ثلاثة جنود في اشتباكات في إقليم كاوكا جنوب غربي كولومبيا.", DATE)
    assert not [m for m in doc.mentions if m.entity.country == "NGA"]


def test_malian_soldiers_are_malian_not_financial(extractor) -> None:
    """«جنود ماليين», «الجيش المالي»: after a noun of force «مالي» can only be Malian."""
    doc = extractor.document("قتل أربعة جنود ماليين في هجوم، بحسب ما أعلنه الجيش المالي.", DATE)
    assert len([m for m in doc.mentions if m.entity.country == "MLI"]) == 2


def test_the_alliance_named_in_full_is_the_alliance_later(extractor) -> None:
    """«الحلف» after «حلف شمال الأطلسي» is NATO; «الاتحاد» after two unions is neither."""
    doc = extractor.document("دان الأمين العام لحلف شمال الأطلسي الهجوم. وأكد أن الحلف سيواصل دعم أوكرانيا.", DATE)
    assert [m for m in doc.mentions if doc.text[m.start:m.end] == "الحلف" and m.entity.country == "IGO"]
    doc = extractor.document("رحب الاتحاد الأوروبي والاتحاد الأفريقي بالاتفاق. وقال الاتحاد إنه سيراقب تنفيذه.", DATE)
    assert not [m for m in doc.mentions if doc.text[m.start:m.end] == "الاتحاد"]
