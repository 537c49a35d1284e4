from pathlib import Path

import pytest

from hadath.knowledge.loader import (
    COUNTRY_COLUMNS,
    DataError,
    load_countries,
    load_people,
    load_roles,
    read_tsv,
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_read_tsv_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "x.tsv", "# comment\na\tb\n\n1\t2\n3\n")
    assert list(read_tsv(path, ("a", "b"))) == [(4, {"a": "1", "b": "2"}), (5, {"a": "3", "b": ""})]


def test_bad_header_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "countries.tsv", "# c\ncode\tname\n")
    with pytest.raises(DataError, match=r"countries\.tsv:2: header must be"):
        load_countries(path)


def test_too_many_columns_names_the_line(tmp_path: Path) -> None:
    header = "\t".join(COUNTRY_COLUMNS)
    path = write(tmp_path / "countries.tsv", f"{header}\nTUR\tTR\tTurkey\tتركيا\t\t\t\t1\t2\textra\n")
    with pytest.raises(DataError, match=r"countries\.tsv:2: expected 9 columns"):
        load_countries(path)


def test_country_code_and_coordinates_are_checked(tmp_path: Path) -> None:
    header = "\t".join(COUNTRY_COLUMNS)
    bad_code = write(tmp_path / "a.tsv", f"{header}\ntur\tTR\tTurkey\tتركيا\t\t\t\t\t\n")
    with pytest.raises(DataError, match="a.tsv:2: code 'tur'"):
        load_countries(bad_code)
    bad_lat = write(tmp_path / "b.tsv", f"{header}\nTUR\tTR\tTurkey\tتركيا\t\t\t\t95\t30\n")
    with pytest.raises(DataError, match="lat 95.0 out of range"):
        load_countries(bad_lat)


def test_countries_parse_multi_values(tmp_path: Path) -> None:
    header = "\t".join(COUNTRY_COLUMNS)
    row_text = "KAZ\tKZ\tKazakhstan\tكازاخستان|كازخستان\tكازاخي\t\tأستانا\t51.1\t71.4"
    path = write(tmp_path / "c.tsv", f"{header}\n{row_text}\n")
    (row,) = load_countries(path)
    assert row.names_ar == ["كازاخستان", "كازخستان"]
    assert row.capitals_ar == ["أستانا"]
    assert row.lat == pytest.approx(51.1)


def test_roles_reject_unknown_role_and_sector(tmp_path: Path) -> None:
    head = "expression\tsector\trole\tkind\tcountry\n"
    with pytest.raises(DataError, match="unknown role id 'chef'"):
        load_roles(write(tmp_path / "r1.tsv", head + "الطباخ\tGOV\tchef\tperson\t\n"))
    with pytest.raises(DataError, match="r2.tsv:2: unknown sector 'XYZ'"):
        load_roles(write(tmp_path / "r2.tsv", head + "الجيش\tXYZ\t\tinstitution\t\n"))


def test_people_positions_and_line_numbers(tmp_path: Path) -> None:
    good = write(tmp_path / "people.yaml", """
- id: a
  name: Person A
  country: TUR
  names_ar: [اسم الأول]
  positions:
    - {role: foreign_minister, start: 2015-11-24, end: 2023-06-03}
""")
    (person,) = load_people(good)
    assert person.positions[0].country == "TUR"
    import datetime as dt

    assert person.positions[0].holds_on(dt.date(2022, 1, 7))
    assert not person.positions[0].holds_on(dt.date(2023, 6, 3))
    bad = write(tmp_path / "bad.yaml", """
- id: a
  name: Person A
  names_ar: [اسم]
  positions:
    - {role: foreign_minister, start: 2020-01-01, end: 2019-01-01}
""")
    with pytest.raises(DataError, match=r"bad\.yaml:6: end 2019-01-01 is before start"):
        load_people(bad)


def test_people_duplicate_ids_and_invalid_yaml(tmp_path: Path) -> None:
    dup = write(tmp_path / "dup.yaml", "- {id: a, name: A, names_ar: [ا ب]}\n- {id: a, name: B, names_ar: [ج د]}\n")
    with pytest.raises(DataError, match="dup.yaml:2: duplicate person id a"):
        load_people(dup)
    broken = write(tmp_path / "broken.yaml", "- id: [unclosed\n")
    with pytest.raises(DataError, match="broken.yaml"):
        load_people(broken)


def test_word_lists_name_file_and_line(tmp_path) -> None:
    from hadath.knowledge.loader import DataError, load_word_list
    good = tmp_path / "words.txt"
    good.write_text("# comment\nالمدينة  # Medina\nمشهد\n", encoding="utf-8")
    assert load_word_list(good) == {"مدينه", "مشهد"}
    bad = tmp_path / "bad.txt"
    bad.write_text("مشهد\nكلمتان هنا\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.txt:2"):
        load_word_list(bad)
