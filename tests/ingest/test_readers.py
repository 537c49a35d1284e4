from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hadath.doc import Document
from hadath.ingest.errors import InputError, Rejection
from hadath.ingest.readers import ReadOptions, read_inputs, read_one, sniff

OPTIONS = ReadOptions()


def split(items: list[Document | Rejection]) -> tuple[list[Document], list[Rejection]]:
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejection)])


def test_text_file(fixtures: Path) -> None:
    doc = read_one(str(fixtures / "article.txt"), OPTIONS)
    assert doc.id == "article" and doc.language == "ar"
    assert doc.date == dt.date(2023, 3, 12) and doc.metadata["date_source"] == "text"


def test_given_date_wins_over_text(fixtures: Path) -> None:
    doc = read_one(str(fixtures / "article.txt"), ReadOptions(date=dt.date(2023, 3, 13)))
    assert doc.date == dt.date(2023, 3, 13) and doc.metadata["date_source"] == "given"


def test_html_page(fixtures: Path) -> None:
    doc = read_one(str(fixtures / "page.html"), OPTIONS)
    assert doc.title == "البرلمان يقر موازنة العام الجديد"
    assert doc.text.startswith(doc.title)
    assert doc.outlet == "صحيفة المثال"
    assert doc.url == "https://www.example.org/news/2021/05/budget"
    assert doc.date == dt.date(2021, 5, 4) and doc.metadata["date_source"] == "metadata"
    assert "انتقدت كتلة المعارضة" in doc.text
    assert "الرئيسية" not in doc.text and "منتخب الشباب" not in doc.text


def test_legacy_encodings(fixtures: Path) -> None:
    for name in ("arabic_cp1256.txt", "arabic_utf16.txt"):
        assert read_one(str(fixtures / name), OPTIONS).text.startswith("أعلنت وزارة الصحة")


def test_single_document_errors(fixtures: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary data, not text"):
        read_one(str(fixtures / "binary.bin"), OPTIONS)
    with pytest.raises(InputError, match="empty input"):
        read_one(str(fixtures / "blank.txt"), OPTIONS)
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_one(str(tmp_path / "missing.txt"), OPTIONS)
    big = tmp_path / "big.txt"
    big.write_bytes("خبر ".encode() * 300_000)
    with pytest.raises(InputError, match=r"too large: 2\.0 MB > 1 MB limit"):
        read_one(str(big), ReadOptions(max_bytes=1024 * 1024))
    with pytest.raises(InputError, match="more than one document"):
        read_one(str(fixtures / "records.jsonl"), OPTIONS)


def test_jsonl_with_malformed_line(fixtures: Path) -> None:
    docs, rejections = split(list(read_inputs([str(fixtures / "records.jsonl")], OPTIONS)))
    assert [d.id for d in docs] == ["r1", "r2", "r5"]
    assert [d.language for d in docs] == ["ar", "en", "ar"]  # non-Arabic documents still come
    assert docs[0].outlet == "مثال نيوز" and docs[0].url == "https://example.net/r1"
    assert docs[0].date == dt.date(2022, 3, 1)
    assert [(r.line, r.reason.split(":")[0]) for r in rejections] == [(3, "malformed JSON"),
                                                                      (4, "no 'text' or 'html' text")]


def test_jsonl_default_ids_and_html_field(tmp_path: Path, fixtures: Path) -> None:
    html = (fixtures / "page.html").read_text(encoding="utf-8")
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "قال الوزير إن الحكومة ستعلن قرارها في الأيام المقبلة بعد التشاور."}\n'
                    + '{"html": ' + __import__("json").dumps(html) + '}\n', encoding="utf-8")
    docs, _ = split(list(read_inputs([str(path)], OPTIONS)))
    assert [d.id for d in docs] == ["batch:1", "batch:2"]
    assert docs[1].outlet == "صحيفة المثال"


def test_tables_with_configured_fields(fixtures: Path) -> None:
    options = ReadOptions(id_field="doc", text_field="body", date_field="day")
    docs, rejections = split(list(read_inputs([str(fixtures / "table.tsv")], options)))
    assert [(d.id, d.date) for d in docs] == [("t1", dt.date(2020, 10, 1))] and not rejections
    (csv_doc,) = read_inputs([str(fixtures / "table.csv")], OPTIONS)
    assert isinstance(csv_doc, Document) and csv_doc.id == "c1" and "توقيف" in csv_doc.text


def test_directory_glob_and_missing(fixtures: Path, tmp_path: Path) -> None:
    sub = tmp_path / "b" / "c"
    sub.mkdir(parents=True)
    (sub / "z.txt").write_text("قال الوزير إن المحادثات كانت مثمرة وبناءة للغاية.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("أعلنت الحكومة عن خطة جديدة لدعم الزراعة في البلاد.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    docs, _ = split(list(read_inputs([str(tmp_path)], OPTIONS)))
    assert [d.id for d in docs] == ["a", "z"]
    docs, _ = split(list(read_inputs([str(fixtures / "arabic_*.txt")], OPTIONS)))
    assert len(docs) == 5
    items = list(read_inputs([str(tmp_path / "nothing*.txt"), str(tmp_path / "gone.txt")], OPTIONS))
    assert all(isinstance(i, Rejection) and "no such file" in i.reason for i in items) and len(items) == 2


def test_stdin_sniffing(fixtures: Path) -> None:
    for name, expected in (("page.html", "html"), ("article.txt", "text"), ("records.jsonl", "jsonl")):
        assert sniff((fixtures / name).read_bytes()) == expected
    stdin = io.BytesIO((fixtures / "page.html").read_bytes())
    (doc,) = read_inputs(["-"], ReadOptions(stdin=stdin))
    assert isinstance(doc, Document) and doc.id == "stdin" and doc.outlet == "صحيفة المثال"
    items = list(read_inputs(["-"], ReadOptions(stdin=io.BytesIO((fixtures / "records.jsonl").read_bytes()))))
    assert len(items) == 5
    (rej,) = read_inputs(["-"], OPTIONS)
    assert isinstance(rej, Rejection)


# -- WARC -----------------------------------------------------------------------------------------
def _page(title: str) -> bytes:
    paragraph = f"<p>{title}: قال الوزير في بيان رسمي إن المحادثات مع الوفد الزائر كانت مثمرة وبناءة.</p>"
    return (f"<html><head><title>{title}</title></head><body><article>{paragraph * 3}"
            "</article></body></html>").encode()


def _warc(gz: bool) -> tuple[bytes, list[int]]:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    ends = []
    records = [("http://x/1", _page("الأول"), "text/html; charset=utf-8"),
               ("http://x/img", b"\x89PNG\r\n", "image/png"),
               ("http://x/2", _page("الثاني"), "text/html"),
               ("http://x/3", _page("الثالث"), "text/html")]
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
        ends.append(buf.tell())
    return buf.getvalue(), ends


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_only(tmp_path: Path, gz: bool) -> None:
    data, _ = _warc(gz)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    docs, rejections = split(list(read_inputs([str(path)], OPTIONS)))
    assert [d.url for d in docs] == ["http://x/1", "http://x/2", "http://x/3"]
    assert docs[0].id == "crawl:1" and not rejections


@pytest.mark.parametrize("gz", [False, True])
def test_warc_broken_record_is_rejected_and_reading_goes_on(tmp_path: Path, gz: bool) -> None:
    data, ends = _warc(gz)
    broken = data[: ends[1]] + b"JUNKJUNK" + data[ends[1] + 8 :]  # spoil the third record's start
    path = tmp_path / ("bad.warc.gz" if gz else "bad.warc")
    path.write_bytes(broken)
    items = list(read_inputs([str(path), str(tmp_path / "bad.warc")], OPTIONS))
    docs, rejections = split(items)
    assert [d.url for d in docs][:2] == ["http://x/1", "http://x/3"]
    assert "broken WARC record" in rejections[0].reason


def test_truncated_gzip(tmp_path: Path) -> None:
    data, ends = _warc(True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: ends[2] + 50])
    docs, rejections = split(list(read_inputs([str(path), str(path.with_name("after.txt"))], OPTIONS)))
    assert [d.url for d in docs] == ["http://x/1", "http://x/2"]
    assert rejections[0].reason.startswith("truncated gzip")
    assert rejections[1].reason == "no such file"  # the next input is still read
