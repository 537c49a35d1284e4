from __future__ import annotations

from pathlib import Path

import pytest

from hadath.ingest.decode import decode_bytes
from hadath.ingest.errors import InputError, Rejection

ARABIC = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد"


def test_input_error_is_one_line() -> None:
    err = InputError("a.txt", "binary data,\nnot text")
    assert str(err) == "a.txt: binary data, not text"
    assert (err.source, err.reason) == ("a.txt", "binary data,\nnot text")


def test_rejection_str_and_error() -> None:
    rej = Rejection("in.jsonl", 3, "malformed JSON")
    assert str(rej) == "in.jsonl:3: malformed JSON"
    assert str(rej.to_error()) == "in.jsonl:3: malformed JSON"


@pytest.mark.parametrize("name", ["arabic_cp1256.txt", "arabic_iso8859_6.txt", "arabic_utf16.txt",
                                  "arabic_utf16le_nobom.txt", "arabic_utf8_bom.txt"])
def test_fixture_encodings_decode_to_the_same_text(fixtures: Path, name: str) -> None:
    text = decode_bytes((fixtures / name).read_bytes(), name)
    assert text.startswith(ARABIC)
    assert "\ufeff" not in text


def test_utf16_big_endian_without_bom() -> None:
    assert decode_bytes(ARABIC.encode("utf-16-be"), "x") == ARABIC


def test_utf16_latin_without_bom() -> None:
    assert decode_bytes("Hello world, this is text".encode("utf-16-le"), "x") == "Hello world, this is text"


def test_plain_utf8() -> None:
    assert decode_bytes(ARABIC.encode(), "x") == ARABIC


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "\u3000\n".encode()])
def test_empty_input_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="empty input"):
        decode_bytes(data, "x")


def test_binary_refused(fixtures: Path) -> None:
    with pytest.raises(InputError, match="binary data, not text"):
        decode_bytes((fixtures / "binary.bin").read_bytes(), "binary.bin")


def test_control_characters_refused() -> None:
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(bytes(range(1, 9)) * 20 + b"abc", "x")


def test_undecodable_refused() -> None:
    latin1 = "Müller à Zürich, élégant façade".encode("latin-1") * 3
    with pytest.raises(InputError, match="cannot decode as UTF-8, UTF-16 or Arabic"):
        decode_bytes(latin1, "x")
