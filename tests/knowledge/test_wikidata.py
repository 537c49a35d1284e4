"""The Wikidata dump importer: streaming, qualifier dates, skip reasons and the round trip to the KB."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import shutil
from pathlib import Path

import pytest

from hadath.knowledge.kb import KnowledgeBase
from hadath.knowledge.loader import DataError, load_people
from hadath.knowledge.wikidata import (
    OUTPUT_NAME,
    ImportSummary,
    KnownPeople,
    dump_lines,
    import_wikidata,
    load_positions,
    person_id,
    qualifier_date,
    read_chunks,
    read_lines,
    record_yaml,
    wikidata_date,
)

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata_small.json"
# Fictional position items of the fixture: a foreign minister and a head of government of Iceland.
TEST_POSITIONS = ("qid\trole\tcountry\torg\tlabel\n"
                  "Q999000100\tforeign_minister\tISL\t\tTest foreign minister\n"
                  "Q999000101\thead_of_government|prime_minister\tISL\t\tTest prime minister\n")


@pytest.fixture
def positions(tmp_path: Path) -> Path:
    path = tmp_path / "positions.tsv"
    path.write_text(TEST_POSITIONS, encoding="utf-8")
    return path


def _compressed(tmp_path: Path, kind: str) -> Path:
    target = tmp_path / f"dump.json.{kind}"
    opener = gzip.open if kind == "gz" else bz2.open
    with FIXTURE.open("rb") as src, opener(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def _run(dump: Path, out: Path, positions: Path, **kwargs: object) -> tuple[ImportSummary, dict[str, object]]:
    summary = import_wikidata(dump, out, positions=positions, **kwargs)  # type: ignore[arg-type]
    people = {p.wikidata: p for p in load_people(out / OUTPUT_NAME)}
    return summary, people  # type: ignore[return-value]


@pytest.mark.parametrize("kind", ["plain", "gz", "bz2"])
def test_import_plain_and_compressed(tmp_path: Path, positions: Path, kind: str) -> None:
    dump = FIXTURE if kind == "plain" else _compressed(tmp_path, kind)
    summary, people = _run(dump, tmp_path / "kb", positions)
    assert sorted(people) == ["Q999000001", "Q999000007"]
    assert summary.entities == 8
    assert summary.people == 2
    assert summary.bad_lines == 1 and summary.bad_line_samples[0][0] == 7
    assert summary.skipped == {"no_position_held": 1, "not_human": 1, "no_mapped_position": 1,
                               "no_arabic_name": 1, "already_known": 1}
    assert summary.seconds > 0


def test_person_record(tmp_path: Path, positions: Path) -> None:
    _, people = _run(FIXTURE, tmp_path / "kb", positions)
    person = people["Q999000001"]
    assert person.id == "zorvan-test-kaldur-q999000001"  # type: ignore[attr-defined]
    assert person.name == "Zorvan Test-Kaldur"  # type: ignore[attr-defined]
    assert person.country == "ISL"  # type: ignore[attr-defined]
    # Arabic label and Arabic alias; the Latin-script alias is left out.
    assert person.names_ar == ["زورفان كالدور", "زورفان كلدور"]  # type: ignore[attr-defined]
    spans = [(p.role, p.country, p.start, p.end) for p in person.positions]  # type: ignore[attr-defined]
    assert spans == [
        ("foreign_minister", "ISL", dt.date(2014, 8, 29), dt.date(2016, 1, 1)),  # year precision end
        ("head_of_government", "ISL", dt.date(2017, 3, 1), None),  # month precision start
        ("prime_minister", "ISL", dt.date(2017, 3, 1), None),
    ]


def test_statement_skips(tmp_path: Path, positions: Path) -> None:
    summary, people = _run(FIXTURE, tmp_path / "kb", positions)
    # "mul" label as name; deprecated and end-before-start statements dropped; old numeric-id form read.
    ilsa = people["Q999000007"]
    assert ilsa.name == "Ilsa Morvane"  # type: ignore[attr-defined]
    assert [(p.role, p.start) for p in ilsa.positions] == [  # type: ignore[attr-defined]
        ("foreign_minister", dt.date(2018, 6, 15))]
    assert summary.statements_skipped["deprecated"] == 1
    assert summary.statements_skipped["end_before_start"] == 1
    # Positions not in the table are skipped and counted by item.
    assert summary.statements_skipped["unmapped_position"] == 2
    assert summary.unmapped_positions == {"Q999000999": 1, "Q999000998": 1}
    assert "Q999000999" in summary.report()


def test_keep_known_people(tmp_path: Path, positions: Path) -> None:
    summary, people = _run(FIXTURE, tmp_path / "kb", positions, skip_known=False)
    assert "Q999000008" in people and "already_known" not in summary.skipped


def test_unmapped_without_user_table(tmp_path: Path) -> None:
    summary = import_wikidata(FIXTURE, tmp_path / "kb")
    assert summary.people == 0
    assert summary.skipped["no_mapped_position"] == 5
    assert load_people(tmp_path / "kb" / OUTPUT_NAME) == []


def test_round_trip_through_knowledge_base(tmp_path: Path, positions: Path) -> None:
    import_wikidata(FIXTURE, tmp_path / "kb", positions=positions)
    kb = KnowledgeBase.load(extra_dirs=[tmp_path / "kb"])
    holders = {p.id for p in kb.holders("foreign_minister", "ISL", dt.date(2015, 6, 1))}
    assert holders == {"zorvan-test-kaldur-q999000001"}
    assert kb.holders("foreign_minister", "ISL", dt.date(2016, 6, 1)) == []
    assert [p.id for p in kb.holders("foreign_minister", "ISL", dt.date(2020, 1, 1))] == [
        "ilsa-morvane-q999000007"]
    assert [p.id for p in kb.holders("prime_minister", "ISL", dt.date(2017, 3, 1))] == [
        "zorvan-test-kaldur-q999000001"]
    entity = kb.person_entity(kb.people["zorvan-test-kaldur-q999000001"], dt.date(2015, 6, 1))
    assert (entity.role, entity.country, entity.wikidata) == ("foreign_minister", "ISL", "Q999000001")


def test_malformed_lines_never_fatal(tmp_path: Path, positions: Path) -> None:
    dump = tmp_path / "broken.json"
    good = FIXTURE.read_text(encoding="utf-8").splitlines()[1].rstrip(",")
    dump.write_text("[\n" + ",\n".join(["{not json", "42", good, '{"id":"Q1","claims":'])
                    + "\n]\n", encoding="utf-8")
    lazy = import_wikidata(dump, tmp_path / "a", positions=positions)
    assert lazy.people == 1 and lazy.bad_lines == 0  # lines without a P39 claim are not parsed
    full = import_wikidata(dump, tmp_path / "b", positions=positions, full_parse=True)
    assert full.people == 1 and full.bad_lines == 3
    assert [n for n, _ in full.bad_line_samples] == [2, 3, 5]


def test_no_partial_file_left(tmp_path: Path, positions: Path) -> None:
    import_wikidata(FIXTURE, tmp_path / "kb", positions=positions)
    assert sorted(p.name for p in (tmp_path / "kb").iterdir()) == [OUTPUT_NAME]


def test_dump_lines_strip_brackets_and_commas() -> None:
    lines = [b"[\n", b'{"id":"Q1"},\n', b'{"id":"Q2"}\r\n', b"\n", b"]\n"]
    assert list(dump_lines(lines)) == [(2, b'{"id":"Q1"}'), (3, b'{"id":"Q2"}')]


@pytest.mark.parametrize(("time", "precision", "expected"), [
    ("+2014-08-29T00:00:00Z", 11, dt.date(2014, 8, 29)),
    ("+2014-08-00T00:00:00Z", 10, dt.date(2014, 8, 1)),
    ("+2014-08-29T00:00:00Z", 10, dt.date(2014, 8, 1)),
    ("+2014-00-00T00:00:00Z", 9, dt.date(2014, 1, 1)),
    ("+2010-00-00T00:00:00Z", 8, None),  # decade
    ("-0044-03-15T00:00:00Z", 11, None),  # BCE
    ("+2014-02-30T00:00:00Z", 11, None),
    ("garbage", 11, None),
])
def test_wikidata_date(time: str, precision: int, expected: dt.date | None) -> None:
    assert wikidata_date({"time": time, "precision": precision}) == expected


def test_qualifier_date_takes_first_valid_value() -> None:
    statement = {"qualifiers": {"P580": [
        {"snaktype": "somevalue", "property": "P580"},
        {"snaktype": "value", "datavalue": {"value": {"time": "+2001-05-00T00:00:00Z", "precision": 10}}},
    ]}}
    assert qualifier_date(statement, "P580") == dt.date(2001, 5, 1)
    assert qualifier_date(statement, "P582") is None


def test_person_id_slug() -> None:
    assert person_id("Mevlüt Çavuşoğlu", "Q561994") == "mevlut-cavusoglu-q561994"
    assert person_id("محمد", "Q42") == "q42"


def test_packaged_positions_table() -> None:
    table = load_positions()
    assert table["Q11696"].roles == ("head_of_state", "head_of_government", "president")
    assert table["Q11696"].country == "USA"
    assert table["Q81066"].org == "UN" and table["Q81066"].country is None
    kb = KnowledgeBase.load()
    for mapping in table.values():
        assert mapping.country in kb.countries if mapping.country else mapping.org in kb.orgs


def test_user_positions_override_and_validate(tmp_path: Path, positions: Path) -> None:
    override = tmp_path / "override.tsv"
    override.write_text("qid\trole\tcountry\torg\tlabel\nQ11696\tpresident\tUSA\t\tx\n", encoding="utf-8")
    table = load_positions([positions, override])
    assert table["Q11696"].roles == ("president",) and "Q999000100" in table
    bad = tmp_path / "bad.tsv"
    bad.write_text("qid\trole\tcountry\torg\tlabel\nQ1\tpresidnet\tUSA\t\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.tsv:2: unknown role id"):
        load_positions([bad])


def test_known_people_by_name() -> None:
    known = KnownPeople(qids=frozenset({"Q76"}), names=frozenset())
    assert known.knows("Q76", []) and not known.knows("Q77", ["اسم"])


def test_record_yaml_quotes_anything(tmp_path: Path) -> None:
    tricky = ['a "quoted": name', "back\\slash - # [x], {y}", "sep\u2028line", "c1\x85\x9f", "lone\ud800"]
    record = {"id": "x-q1", "name": "no", "wikidata": "Q1", "country": "ISL",
              "names_ar": ["اسم: «مقتبس»", *tricky, "yes"],
              "positions": [{"role": "foreign_minister", "country": "ISL", "sector": "GOV",
                             "start": dt.date(2001, 2, 3)}]}
    path = tmp_path / "people_x.yaml"
    path.write_text(record_yaml(record), encoding="utf-8")
    (person,) = load_people(path)
    assert person.name == "no" and person.names_ar == ["اسم: «مقتبس»", *tricky[:4], "lone\ufffd", "yes"]
    assert person.positions[0].start == dt.date(2001, 2, 3)


class _FailingStream(io.BytesIO):
    def read(self, size: int | None = -1) -> bytes:
        if self.tell() > 0:
            raise OSError("disk gone")
        return super().read(size)


def test_read_chunks_raises_reader_errors_and_stops_early() -> None:
    with pytest.raises(OSError, match="disk gone"):
        list(read_lines(read_chunks(_FailingStream(b"[\n{}\n" * 10), chunk_size=4)))
    chunks = read_chunks(io.BytesIO(b"x" * 1000), chunk_size=10, ahead=2)
    assert next(chunks) == b"x" * 10
    chunks.close()  # the reader thread is told to stop and joined
    assert list(read_lines([b"a\nb", b"c\n", b"d"])) == [b"a", b"bc", b"d"]
