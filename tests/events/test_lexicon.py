from pathlib import Path

import pytest

from hadath.events.lexicon import DATA_DIR, CueSet, EventLexicon, past_forms, present_forms, verb_forms
from hadath.knowledge.loader import DataError


def test_sound_verb_forms() -> None:
    forms = verb_forms("تظاهر يتظاهر")
    for form in ("تظاهر", "تظاهرت", "تظاهروا", "تظاهرا", "يتظاهرون", "تتظاهر", "نتظاهر", "يتظاهران"):
        assert form in forms


def test_defective_verb_forms() -> None:
    assert {"استدعي", "استدعت", "استدعوا", "استدعيا"} <= set(past_forms("استدعي"))
    assert {"يدعو", "يدعون", "تدعو"} <= set(present_forms("يدعو"))


def test_a_final_hamza_is_not_a_defective_alif() -> None:
    """«بدأ» normalizes to «بدا» but conjugates «بدأت», «بدأوا», not «بدت» like «دعا» → «دعت»."""
    forms = set(verb_forms("بدأ يبدأ"))
    assert {"بدات", "بداوا"} <= forms and "بدت" not in forms
    assert "دعت" in verb_forms("دعا يدعو")


def test_verb_needs_two_forms() -> None:
    with pytest.raises(ValueError, match="past and present"):
        verb_forms("تظاهر")


def test_cue_set_matches_phrases_ending_at_a_position() -> None:
    cues = CueSet.of(["في حال", "لم"])
    words = ["و", "في", "حال", "وقع"]
    assert cues.ends_at(words, 3) == 2
    assert cues.ends_at(words, 4) == 0
    assert "لم" in cues


def test_packaged_lexicon_loads_all_types() -> None:
    lexicon = EventLexicon.load()
    assert {t.type for t in lexicon.triggers} >= {"PROTEST", "CONSULT", "ASSAULT", "COERCE"}
    assert lexicon.cues["negation"].phrases


def test_bad_trigger_row_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path
    (folder / "cues.yaml").write_bytes((DATA_DIR / "cues.yaml").read_bytes())
    (folder / "triggers.tsv").write_text(
        "type\tmode\tcameo\tpos\tform\tgoldstein\tnote\nPROTEST\tdemo\t141\tverb\tتظاهر\t-4\t\n", encoding="utf-8")
    (folder / "modes.tsv").write_text("type\tmode\tcue\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"triggers\.tsv:2: a verb needs its past and present"):
        EventLexicon.load(folder)
    (folder / "triggers.tsv").write_text(
        "type\tmode\tcameo\tpos\tform\tgoldstein\tnote\nFIGHT\t\t\tnoun\tقتال\t\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown event type 'FIGHT'"):
        EventLexicon.load(folder)


def test_indefinite_accusative_nouns_are_found(extractor) -> None:
    from hadath.events.lexicon import _takes_tanween_alif
    assert _takes_tanween_alif("اجتماع") and _takes_tanween_alif("هجوم")
    assert not _takes_tanween_alif("مظاهرات") and not _takes_tanween_alif("هدنة")
    assert extractor.resources.lexicon.trigger_index.match_at([["اجتماعا"]], 0) is not None
