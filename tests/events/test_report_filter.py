"""The learned report/mention filter: shipped weights, loader checks, probabilities, stage, pipeline."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from hadath.api import Extractor
from hadath.doc import Actor, Document, Event
from hadath.events.report_filter import (
    DEFAULT_PATH,
    FEATURE_VERSION,
    TRAINING_PATH,
    FeatureConfig,
    ReportFilter,
    ReportFilterError,
    ReportFilterStage,
    parse_marked,
)
from hadath.pipeline import Resources, Settings, build_pipeline
from hadath.stages import normalize_stage, sentence_stage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_report_filter.py"
DATE = "2024-03-10"

# Sentences written for these tests (not in the training file).
REPORTS = [
    ("ASSAULT", "[[قصفت]] الطائرات الحربية مخزنا للأسلحة قرب المطار فجر اليوم."),
    ("PROTEST", "[[وتظاهر]] مئات السكان أمس أمام مبنى البلدية احتجاجا على انقطاع الكهرباء."),
    ("COERCE", "[[اعتقلت]] الشرطة أربعة ناشطين في العاصمة مساء السبت."),
    ("CONSULT", "[[استقبل]] رئيس الوزراء صباح اليوم وزيرة الخارجية النمساوية."),
]
MENTIONS = [
    ("ASSAULT", "ويخشى السكان من [[قصف]] جديد إذا فشلت المفاوضات."),
    ("PROTEST", "ويكفل القانون حق [[التظاهر]] السلمي لكل المواطنين."),
    ("COERCE", "وطالبت المنظمة بوقف [[الاعتقالات]] التعسفية."),
    ("CONSULT", "لم [[يلتق]] الوزير أي مسؤول أجنبي منذ تعيينه."),
]


@pytest.fixture(scope="module")
def report_filter() -> ReportFilter:
    return ReportFilter.load()


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_report_filter", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_weights_are_small_and_describe_their_training() -> None:
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert DEFAULT_PATH.stat().st_size < 2_000_000
    assert data["features"]["feature_version"] == FEATURE_VERSION
    assert data["training_data"]["file"] == TRAINING_PATH.name
    assert data["cross_validation"]["examples"] >= 600
    assert 0 < data["threshold"] < 1


def test_training_data_is_ours_and_well_formed() -> None:
    rows = [line.split("\t") for line in TRAINING_PATH.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "label\t"))]
    assert len(rows) >= 600
    assert {r[0] for r in rows} == {"0", "1"}
    assert len({r[1] for r in rows}) == 16
    for _label, _type, sentence in rows:
        parse_marked(sentence)


def test_training_script_reproduces_the_shipped_weights_and_metrics() -> None:
    pytest.importorskip("sklearn")
    script = _script()
    same = script.check(DEFAULT_PATH)
    assert same == {"training_data": True, "cross_validation": True, "intercept": True, "weights": True}
    shipped = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["cross_validation"]
    assert shipped["accuracy"] > 0.85 and shipped["f1"] > 0.85


@pytest.mark.parametrize(("event_type", "report", "mention"),
                         [(r[0], r[1], m[1]) for r, m in zip(REPORTS, MENTIONS, strict=True)])
def test_reports_score_above_mentions(report_filter: ReportFilter, event_type: str, report: str,
                                      mention: str) -> None:
    high = report_filter.marked_probability(report, event_type)
    low = report_filter.marked_probability(mention, event_type)
    assert high > 0.5 > low


def test_parse_marked() -> None:
    assert parse_marked("قال [[إن]] كذا") == ("قال إن كذا", 4, 6)
    with pytest.raises(ValueError, match="exactly one"):
        parse_marked("لا علامة هنا")


def test_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(ReportFilterError, match="nowhere.json"):
        ReportFilter.load(path)


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "cannot read"),
    ('{"format": "something-else", "version": 1}', "not a report-filter file"),
    ('{"format": "hadath-report-filter", "version": 99}', "unsupported version"),
    ('{"format": "hadath-report-filter", "version": 1, "features": {}}', "malformed"),
])
def test_bad_files_are_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "weights.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReportFilterError, match=message) as info:
        ReportFilter.load(path)
    assert "weights.json" in str(info.value)


def _valid(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {"format": "hadath-report-filter", "version": 1, "features": FeatureConfig().to_dict(),
                               "threshold": 0.5, "intercept": 0.0, "weights": {"3": 1.5}}
    data.update(changes)
    return data


def test_bad_threshold_weight_index_and_feature_version() -> None:
    with pytest.raises(ReportFilterError, match="threshold"):
        ReportFilter.from_dict(_valid(threshold=1.5))
    with pytest.raises(ReportFilterError, match="outside"):
        ReportFilter.from_dict(_valid(weights={str(1 << 30): 1.0}))
    old = {**FeatureConfig().to_dict(), "feature_version": FEATURE_VERSION + 1}
    with pytest.raises(ReportFilterError, match="retrain"):
        ReportFilter.from_dict(_valid(features=old))


def _doc_with_events(text: str, triggers: list[tuple[str, str]]) -> Document:
    """A document split into sentences, with hand-made events on the given trigger words."""
    doc = Document(id="t", text=text)
    for stage in (normalize_stage, sentence_stage):
        doc = stage(doc)
    for word, event_type in triggers:
        start = text.index(word)
        doc.events.append(Event(doc_id="t", event_type=event_type, mode=None, cameo=None,
                                actor=Actor(country="XXX"), recipient=None, date=None, date_precision="unknown",
                                evidence=[], trigger=word, trigger_start=start, trigger_end=start + len(word)))
    return doc


def test_stage_drops_low_probability_events(report_filter: ReportFilter) -> None:
    text = "اعتقلت الشرطة أربعة ناشطين في العاصمة مساء السبت. ويكفل القانون حق التظاهر السلمي لكل المواطنين."
    doc = _doc_with_events(text, [("اعتقلت", "COERCE"), ("التظاهر", "PROTEST")])
    before = doc.text
    probabilities = [report_filter.probability(doc, e) for e in doc.events]
    assert probabilities[0] > 0.5 > probabilities[1]
    doc = ReportFilterStage(report_filter, 0.5)(doc)
    assert [e.trigger for e in doc.events] == ["اعتقلت"]
    assert doc.text == before
    assert ReportFilterStage(report_filter, 0.0)(_doc_with_events(text, [("التظاهر", "PROTEST")])).events


def test_pipeline_with_the_flag_off_is_unchanged() -> None:
    resources = Resources.load(Settings(boilerplate=False))
    assert resources.report_filter is None
    stages = build_pipeline(resources, Settings(boilerplate=False)).stages
    assert not any(isinstance(s, ReportFilterStage) for s in stages)


def test_pipeline_with_the_flag_on_filters_between_coder_and_merger(extractor: Extractor) -> None:
    settings = Settings(boilerplate=False, report_filter=True)
    filtered = Extractor.load(settings)
    assert isinstance(filtered.resources.report_filter, ReportFilter)
    names = [type(s).__name__ for s in filtered.pipeline.stages]
    assert names.index("EventCoder") < names.index("ReportFilterStage") < names.index("EventMerger")
    text = "تظاهر آلاف الطلاب أمس أمام مبنى البرلمان في العاصمة احتجاجا على رفع الرسوم."
    off = [e.event_type for e in extractor.extract(text, DATE)]
    on = [e.event_type for e in filtered.extract(text, DATE)]
    assert "PROTEST" in off and on == off
