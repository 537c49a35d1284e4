"""Checks of the Arabic event-trigger data (triggers.tsv, modes.tsv) against the PLOVER manual.

The files are parsed with ``csv`` only, independently of the knowledge loader, so that a data
error shows up here with its line even when the loader is being changed.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "hadath" / "events" / "data"
TRIGGERS = DATA / "triggers.tsv"
MODES_FILE = DATA / "modes.tsv"

TRIGGER_HEADER = ["type", "mode", "cameo", "pos", "form", "goldstein", "note"]
MODES_HEADER = ["type", "mode", "cue"]

# PLOVER event types and the modes of the manual's tables (REQUEST and REJECT share theirs).
_SHARED = ("assist", "change", "yield", "meet")
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _SHARED,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": _SHARED,
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}

# The manual's conflict-cooperation scores: (type, "") is the type's score, used for a mode the
# table has no line for (PROTEST vandalize).
SCORES: dict[tuple[str, str], float] = {
    ("AGREE", ""): 2.5,
    ("CONSULT", ""): 2.5, ("CONSULT", "visit"): 4, ("CONSULT", "third-party"): 1,
    ("CONSULT", "multilateral"): 4, ("CONSULT", "phone"): 1.5,
    ("SUPPORT", ""): 5, ("CONCEDE", ""): 4.5, ("COOPERATE", ""): 9.5, ("AID", ""): 10,
    ("RETREAT", ""): 6.5, ("RETREAT", "withdraw"): 8, ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10, ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5,
    ("REQUEST", ""): 0, ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1,
    ("REQUEST", "yield"): -1, ("REQUEST", "meet"): 0,
    # The table prints ACCUSE as +3; every ACCUSE trigger carries a mode, so it is never used.
    ("ACCUSE", ""): 3, ("ACCUSE", "disapprove"): -2, ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", ""): -2, ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2,
    ("REJECT", "yield"): -2, ("REJECT", "meet"): -2,
    ("THREATEN", ""): -3.5, ("THREATEN", "restrict"): -3, ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5, ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", ""): -5, ("PROTEST", "demo"): -5, ("PROTEST", "riot"): -7,
    ("PROTEST", "strike"): -5, ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5,
    ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", ""): -6, ("SANCTION", "convict"): -6, ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6, ("SANCTION", "discontinue"): -6,
    ("MOBILIZE", ""): -5.5, ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5, ("MOBILIZE", "militia"): -6,
    ("COERCE", ""): -7, ("COERCE", "seize"): -7, ("COERCE", "restrict"): -7,
    ("COERCE", "censor"): -6.5, ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5,
    ("COERCE", "arrest"): -7, ("COERCE", "deport"): -7, ("COERCE", "withhold"): -7,
    ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7,
    ("ASSAULT", ""): -9, ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5,
    ("ASSAULT", "torture"): -8.5, ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5,
    ("ASSAULT", "destroy"): -8.5, ("ASSAULT", "primitive"): -8, ("ASSAULT", "firearms"): -9,
    ("ASSAULT", "explosives"): -9, ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5,
    ("ASSAULT", "drone"): -9.5, ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10,
}

# CAMEO codes of the CAMEO->PLOVER table (2021), grouped by the PLOVER type the table gives them.
CAMEO_BY_TYPE: dict[str, tuple[str, ...]] = {
    "AGREE": ("030", "031", "0311", "0312", "0313", "0314", "032", "033", "0331", "0332", "0333",
        "0334", "034", "0341", "0342", "0343", "0344", "035", "0351", "0352", "0353", "0354", "0355",
        "0356", "036", "037", "038", "039"),
    "CONSULT": ("040", "041", "042", "043", "044", "045", "046"),
    "SUPPORT": ("050", "051", "052", "053", "054", "055", "056", "057"),
    "COOPERATE": ("060", "061", "062", "063", "064"),
    "AID": ("070", "071", "072", "073", "074", "075"),
    "CONCEDE": ("080", "081", "0811", "0812", "082", "083", "0831", "0832", "0833", "0834"),
    "RETREAT": ("084", "0841", "0842", "085", "086", "0861", "0862", "0863", "087", "0871", "0872",
        "0873", "0874", "0813", "0814"),
    "ACCUSE": ("090", "091", "092", "093", "094", "110", "111", "112", "1121", "1122", "1123", "1124",
        "1125", "113", "114", "115", "116"),
    "REQUEST": ("100", "101", "1011", "1012", "1013", "1014", "102", "103", "1031", "1032", "1033",
        "1034", "104", "1041", "1042", "1043", "1044", "105", "1051", "1052", "1053", "1054", "1055",
        "1056", "106", "107", "108"),
    "REJECT": ("120", "121", "1211", "1212", "1213", "1214", "122", "1221", "1222", "1223", "1224",
        "123", "1231", "1232", "1233", "1234", "124", "1241", "1242", "1243", "1244", "1245", "1246",
        "125", "126", "127", "128", "129"),
    "THREATEN": ("130", "131", "1311", "1312", "1313", "132", "1321", "1322", "1323", "1324", "133",
        "134", "135", "136", "137", "138", "1381", "1382", "1383", "1384", "1385", "139"),
    "PROTEST": ("140", "141", "1411", "1412", "1413", "1414", "142", "1421", "1422", "1423", "1424",
        "143", "1431", "1432", "1433", "1434", "144", "1441", "1442", "1443", "1444", "145", "1451",
        "1452", "1453", "1454"),
    "MOBILIZE": ("150", "151", "152", "153", "154"),
    "SANCTION": ("160", "161", "162", "1621", "1622", "1623", "164", "165", "166", "1661", "1662",
        "1663"),
    "COERCE": ("163", "170", "171", "1711", "172", "1721", "1722", "1723", "1724", "173", "174", "191",
        "192"),
    "ASSAULT": ("1712", "180", "181", "182", "1821", "1822", "1823", "183", "1831", "1832", "1833",
        "184", "185", "186", "175", "201", "190", "193", "194", "195", "196", "200", "202", "203",
        "204", "2041", "2042"),
}
CAMEO_TYPE: dict[str, str] = {code: typ for typ, codes in CAMEO_BY_TYPE.items() for code in codes}

# Where the manual's text overrides the table's type for the best-fitting CAMEO code.
CAMEO_CROSS_TYPE = frozenset({
    ("SANCTION", "163"),   # international sanctions are SANCTION 'discontinue' (manual, SANCTION modes)
    ("SANCTION", "116"),   # court convictions are SANCTION 'convict'
    ("CONCEDE", "055"),    # regret and apology are CONCEDE (manual, CONCEDE ambiguities)
    ("RETREAT", "0831"),   # resignations are RETREAT 'resign'; CAMEO's nearest is 0831
    ("CONCEDE", "0813"),   # lifting a curfew is CONCEDE (manual, CONCEDE: «removing curfews»)
    ("CONCEDE", "0814"),   # and so is lifting a state of emergency
})

MIN_ROWS = 400
MIN_PER_TYPE = 12
# Noun forms whose first two letters are root letters, not the article.
NOUNS_STARTING_WITH_AL = frozenset({"التماس"})

_LETTERS = "\u0621-\u063a\u0641-\u064a"
_WORD = re.compile(f"^[{_LETTERS}]+$")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def _fold(text: str) -> str:
    """Spelling-insensitive key: no harakat, one alef, ى→ي, ة→ه, hamza carriers folded."""
    return " ".join(_MARKS.sub("", text).translate(_FOLD).split())


def _rows(path: Path, header: list[str]) -> list[tuple[int, list[str]]]:
    """The data lines of a TSV file as (line number, cells), after checking its header."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        lines = list(enumerate(reader, start=1))
    assert lines, f"{path.name} is empty"
    assert lines[0][1] == header, f"{path.name}: header {lines[0][1]}"
    return [(n, cells) for n, cells in lines[1:] if cells and not cells[0].startswith("#")]


@pytest.fixture(scope="module")
def triggers() -> list[tuple[int, dict[str, str]]]:
    rows = _rows(TRIGGERS, TRIGGER_HEADER)
    bad = [n for n, cells in rows if len(cells) != len(TRIGGER_HEADER)]
    assert not bad, f"triggers.tsv lines with a wrong number of columns: {bad}"
    return [(n, dict(zip(TRIGGER_HEADER, cells, strict=True))) for n, cells in rows]


@pytest.fixture(scope="module")
def cues() -> list[tuple[int, dict[str, str]]]:
    rows = _rows(MODES_FILE, MODES_HEADER)
    bad = [n for n, cells in rows if len(cells) != len(MODES_HEADER)]
    assert not bad, f"modes.tsv lines with a wrong number of columns: {bad}"
    return [(n, dict(zip(MODES_HEADER, cells, strict=True))) for n, cells in rows]


def _words(row: dict[str, str]) -> list[str]:
    """The single-word forms a verb or noun row contributes (phrases contribute none)."""
    if row["pos"] == "verb":
        return row["form"].split(" ")
    if row["pos"] == "noun":
        return row["form"].split("|")
    return []


def test_enough_rows_for_every_type(triggers: list[tuple[int, dict[str, str]]]) -> None:
    counts = Counter(row["type"] for _, row in triggers)
    assert len(triggers) >= MIN_ROWS
    thin = {typ: counts[typ] for typ in MODES if counts[typ] < MIN_PER_TYPE}
    assert not thin, f"types with fewer than {MIN_PER_TYPE} triggers: {thin}"


def test_type_and_mode_come_from_the_manual(triggers: list[tuple[int, dict[str, str]]]) -> None:
    bad = [(n, row["type"], row["mode"]) for n, row in triggers
           if row["type"] not in MODES or (row["mode"] and row["mode"] not in MODES[row["type"]])]
    assert not bad


def test_accuse_triggers_carry_a_mode(triggers: list[tuple[int, dict[str, str]]]) -> None:
    assert not [n for n, row in triggers if row["type"] == "ACCUSE" and not row["mode"]]


def test_cameo_code_exists_and_fits_the_type(triggers: list[tuple[int, dict[str, str]]]) -> None:
    unknown = [(n, row["cameo"]) for n, row in triggers if row["cameo"] not in CAMEO_TYPE]
    assert not unknown, f"CAMEO codes not in the CAMEO->PLOVER table: {unknown}"
    misfit = [(n, row["type"], row["cameo"]) for n, row in triggers
              if CAMEO_TYPE[row["cameo"]] != row["type"]
              and (row["type"], row["cameo"]) not in CAMEO_CROSS_TYPE]
    assert not misfit, f"CAMEO code of another PLOVER type: {misfit}"


def test_embedded_cameo_codes_match_the_reference_table() -> None:
    table = Path("/work/shared/reference/plover/CAMEO2PLOVER-2021.txt")
    if not table.exists():
        pytest.skip("CAMEO->PLOVER reference table not available here")
    found: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if match:
            found.setdefault(match.group(1), match.group(2))
    assert found == CAMEO_TYPE


def test_goldstein_is_the_manual_score(triggers: list[tuple[int, dict[str, str]]]) -> None:
    bad = []
    for n, row in triggers:
        key = (row["type"], row["mode"])
        expected = SCORES.get(key, SCORES[(row["type"], "")])
        if float(row["goldstein"]) != expected:
            bad.append((n, key, row["goldstein"], expected))
    assert not bad


def test_verb_forms_are_past_and_present(triggers: list[tuple[int, dict[str, str]]]) -> None:
    bad = []
    for n, row in triggers:
        if row["pos"] != "verb":
            continue
        words = row["form"].split(" ")  # the past may list two spellings: «أدان|دان يدين»
        if len(words) != 2 or not all(_WORD.match(w) for w in words[0].split("|") + words[1:]) \
                or not words[1].startswith("ي"):
            bad.append((n, row["form"]))
    assert not bad, f"verb forms must be 'past present' (two Arabic words, present in ي-): {bad}"


def test_noun_forms_are_bare_words(triggers: list[tuple[int, dict[str, str]]]) -> None:
    bad = []
    for n, row in triggers:
        if row["pos"] != "noun":
            continue
        for form in row["form"].split("|"):
            if not _WORD.match(form) or (form.startswith("ال") and form not in NOUNS_STARTING_WITH_AL):
                bad.append((n, form))
    assert not bad, f"noun forms must be single Arabic words without «ال»: {bad}"


def test_phrases_are_multiword(triggers: list[tuple[int, dict[str, str]]]) -> None:
    bad = []
    for n, row in triggers:
        if row["pos"] != "phrase":
            continue
        words = row["form"].split(" ")
        real = [w for w in words if w != "*"]
        if len(words) < 2 or len(real) < 2 or not all(_WORD.match(w) for w in real):
            bad.append((n, row["form"]))
    assert not bad, f"phrases need two or more Arabic words ('*' for any one word): {bad}"


def test_pos_is_known(triggers: list[tuple[int, dict[str, str]]]) -> None:
    assert {row["pos"] for _, row in triggers} <= {"verb", "noun", "phrase"}


def test_single_words_have_three_letters(triggers: list[tuple[int, dict[str, str]]]) -> None:
    """Two-letter words match too much; a doubled verb («حث يحث», «شن يشن») is written with two
    letters in the past, so its present must have three."""
    short = [(n, w) for n, row in triggers for w in _words(row) if len(_fold(w)) < 3
             and not (row["pos"] == "verb" and len(_fold(row["form"].split(" ")[-1])) >= 3)]
    assert not short


def test_no_duplicate_rows(triggers: list[tuple[int, dict[str, str]]]) -> None:
    seen: dict[tuple[str, str], int] = {}
    dups = []
    for n, row in triggers:
        key = (row["type"], _fold(row["form"]))
        if key in seen:
            dups.append((seen[key], n, row["form"]))
        seen.setdefault(key, n)
    assert not dups


def test_a_word_or_phrase_belongs_to_one_type(triggers: list[tuple[int, dict[str, str]]]) -> None:
    """One spelling, one event type: a longer phrase may override a word, never an equal one."""
    owners: dict[str, set[str]] = defaultdict(set)
    for _, row in triggers:
        forms = _words(row) if row["pos"] != "phrase" else [row["form"]]
        for form in forms:
            owners[_fold(form)].add(row["type"])
    shared = {form: sorted(types) for form, types in owners.items() if len(types) > 1}
    assert not shared


def test_no_word_is_listed_twice_within_a_type(triggers: list[tuple[int, dict[str, str]]]) -> None:
    places: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, row in triggers:
        for form in _words(row):
            places[(row["type"], _fold(form))].append(n)
    assert not {key: lines for key, lines in places.items() if len(lines) > 1}


def test_reporting_verbs_are_not_triggers(triggers: list[tuple[int, dict[str, str]]]) -> None:
    reporting = {_fold(w) for w in ("قال", "أكد", "أشار", "أضاف", "أوضح", "صرح", "حرب", "أزمة")}
    words = {_fold(w) for _, row in triggers for w in _words(row)}
    assert not reporting & words


def test_mode_cues_are_valid(cues: list[tuple[int, dict[str, str]]]) -> None:
    bad = [(n, row["type"], row["mode"]) for n, row in cues
           if row["type"] not in MODES or row["mode"] not in MODES[row["type"]]]
    assert not bad


def test_mode_cues_are_arabic_and_unique(cues: list[tuple[int, dict[str, str]]]) -> None:
    seen: set[tuple[str, str, str]] = set()
    bad = []
    for n, row in cues:
        for cue in row["cue"].split("|"):
            words = cue.split(" ")
            key = (row["type"], row["mode"], _fold(cue))
            too_short = len(words) == 1 and len(_fold(cue)) < 3
            if not all(_WORD.match(w) for w in words) or key in seen or too_short:
                bad.append((n, cue))
            seen.add(key)
    assert not bad


def test_every_manual_mode_can_be_found(triggers: list[tuple[int, dict[str, str]]],
                                        cues: list[tuple[int, dict[str, str]]]) -> None:
    reachable = {(row["type"], row["mode"]) for _, row in triggers + cues if row["mode"]}
    missing = [(typ, mode) for typ, modes in MODES.items() for mode in modes if (typ, mode) not in reachable]
    assert not missing


def test_known_words_land_in_their_types(triggers: list[tuple[int, dict[str, str]]]) -> None:
    index: dict[str, tuple[str, str]] = {}
    for _, row in triggers:
        forms = _words(row) if row["pos"] != "phrase" else [row["form"]]
        for form in forms:
            index[_fold(form)] = (row["type"], row["mode"])
    expected = {
        "تظاهر": ("PROTEST", "demo"), "يلتقي": ("CONSULT", ""), "اعتقل": ("COERCE", "arrest"),
        "غارات": ("ASSAULT", "aerial"), "اتصال هاتفي": ("CONSULT", "phone"),
        "حظر التجول": ("COERCE", "curfew"), "حالة الطوارئ": ("COERCE", "martial-law"),
        "أطلق سراح": ("RETREAT", "release"), "وقف إطلاق النار": ("RETREAT", "ceasefire"),
        "عبوة ناسفة": ("ASSAULT", "explosives"), "طائرة مسيرة": ("ASSAULT", "drone"),
        "استقال": ("RETREAT", "resign"), "يندد": ("ACCUSE", "disapprove"), "طرد": ("SANCTION", "expel"),
        "قطع العلاقات": ("SANCTION", "discontinue"), "إضراب عن الطعام": ("PROTEST", "hunger"),
    }
    wrong = {form: index.get(_fold(form)) for form, want in expected.items()
             if index.get(_fold(form)) != want}
    assert not wrong
