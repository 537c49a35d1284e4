"""An optional learned filter: does a trigger report an event, or merely mention one?

The rule-based coder proposes one event per trigger. Some triggers name an event without
reporting it: demand nouns («مطالب المحتجين»), fears and forecasts («خشية اندلاع اشتباكات»),
slogans, generic statements, background history, legal wording («بعد إدانته بـ»). The filter is
a logistic regression over hashed sparse features of the trigger and its window; it was trained by
``scripts/train_report_filter.py`` on sentences the hadath developers wrote
(``data/report_training.tsv``) and its weights ship in ``data/report_filter.json``.

Inference is plain Python. The features come from this module only (the normalizer and a
tokenizer that knows no words), so training and run time see the same features whatever the
knowledge base holds.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.arabic.normalize import Normalized, normalize, normalize_key
from hadath.arabic.tokens import Tokenizer
from hadath.doc import Document, Event, Token

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_PATH = DATA_DIR / "report_filter.json"
TRAINING_PATH = DATA_DIR / "report_training.tsv"
FORMAT = "hadath-report-filter"
VERSION = 1
FEATURE_VERSION = 1
_MARKED = re.compile(r"\[\[(.+?)\]\]")
_QUOTES = frozenset('"«»“”„')


def _keys(*words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


# Cue words read around the trigger (normalized). They are features, not rules: the model weighs them.
CUES: Mapping[str, frozenset[str]] = {
    "neg": _keys("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "عدم", "دون", "بدون", "لما", "نفى", "نفت",
                 "ينفي", "تنفي", "نفوا", "نفي", "بعدم"),
    "fut": _keys("سوف", "المقرر", "المنتظر", "المرتقب", "المزمع", "يعتزم", "تعتزم", "ينوي", "تنوي", "المقبل",
                 "المقبله", "القادم", "القادمه", "غدا", "يدرس", "تدرس", "تخطط", "يخطط", "مستقبلا"),
    "cond": _keys("إذا", "لو", "لولا", "حال", "حاله", "متى", "كلما", "إن"),
    "modal": _keys("قد", "ربما", "يمكن", "ممكن", "الممكن", "المحتمل", "يحتمل", "احتمال", "إمكانية", "المرجح",
                   "يرجح", "المتوقع", "يتوقع", "تتوقع", "توقع", "متوقع"),
    "fear": _keys("خشية", "مخاوف", "يخشى", "تخشى", "يخشون", "خوفا", "تحسبا", "تخوف", "خطر", "تحذير", "يحذر",
                  "تحذر", "حذر", "حذرت"),
    "demand": _keys("طالب", "طالبت", "يطالب", "تطالب", "يطالبون", "دعا", "دعت", "يدعو", "تدعو", "دعوا",
                    "مطالب", "مطالبه", "دعوات", "دعوه", "ناشد", "حث", "حثت", "بضروره", "ضروره"),
    "slogan": _keys("هتف", "هتفوا", "هتافات", "شعار", "شعارات", "لافتات", "لافته", "رددوا", "ردد", "كتب"),
    "background": _keys("كان", "كانت", "كانوا", "سبق", "سابق", "السابق", "منذ", "عام", "عقود", "عقدين",
                        "سنوات", "قبل", "تاريخ", "الماضي"),
    "legal": _keys("إدانته", "ادانتها", "بتهمة", "تهمة", "بتهم", "تهم", "المتهم", "المتهمين", "حكم", "المحكمة",
                   "قضية", "القضاء", "يواجه", "محاكمة", "القانون", "الدستور"),
    "habit": _keys("عادة", "دائما", "غالبا", "سنويا", "يوميا", "كل", "أحيانا", "مرارا", "عموما"),
    "generic": _keys("أهمية", "ضرورة", "حق", "ظاهرة", "ملف", "مبدأ", "ثقافة", "دور", "سبل", "مكافحة"),
    "happen": _keys("شهد", "شهدت", "يشهد", "تشهد", "انطلقت", "اندلعت", "جرت", "وقعت", "أسفر", "أسفرت",
                    "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "قال", "قالت", "أكد", "أكدت"),
    "time": _keys("اليوم", "أمس", "مساء", "صباح", "فجر", "ليلة", "ظهر", "الأحد", "الاثنين", "الثلاثاء",
                  "الأربعاء", "الخميس", "الجمعة", "السبت", "الأسبوع"),
}
_CUE_REACH = 8  # tokens either side in which cue words count
_CONJ = ("و", "ف")
_IMPERFECT = frozenset("يتنا")


class ReportFilterError(ValueError):
    """The weights file is missing, unreadable or not a report-filter file."""


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How features are made; stored with the weights so that run time matches training."""

    window: int = 4
    char_ngram: int = 3
    char_window: int = 2
    buckets: int = 1 << 18
    feature_version: int = FEATURE_VERSION

    def to_dict(self) -> dict[str, int]:
        return {"window": self.window, "char_ngram": self.char_ngram, "char_window": self.char_window,
                "buckets": self.buckets, "feature_version": self.feature_version}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeatureConfig:
        return cls(**{k: int(data[k]) for k in ("window", "char_ngram", "char_window", "buckets",
                                                  "feature_version")})


def parse_marked(text: str) -> tuple[str, int, int]:
    """A sentence with its trigger marked ``[[…]]``: the plain sentence and the trigger's offsets."""
    found = list(_MARKED.finditer(text))
    if len(found) != 1:
        raise ValueError(f"expected exactly one [[trigger]] in {text!r}")
    match = found[0]
    plain = text[: match.start()] + match.group(1) + text[match.end():]
    start = match.start()
    return plain, start, start + len(match.group(1))


def _word(token: Token) -> str:
    """The token without its article: the form its features use."""
    word = token.stem
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


def _variants(token: Token) -> list[str]:
    """The word, and the word without a leading «و»/«ف» that may be a conjunction («وقتل»)."""
    word = _word(token)
    if word.startswith(_CONJ) and len(word) > 3 and not token.prefix:
        rest = word[1:]
        return [word, rest[2:] if rest.startswith("ال") and len(rest) > 4 else rest]
    return [word]


def _ngrams(word: str, n: int) -> list[str]:
    padded = f"<{word}>"
    return [padded[i:i + n] for i in range(max(1, len(padded) - n + 1))]


def _trigger_features(tokens: list[Token], event_type: str) -> list[str]:
    head = tokens[0]
    variants = _variants(head)
    definite = "ال" in head.prefix or any(v != head.stem and head.stem.endswith("ال" + v) for v in variants)
    conj = head.prefix[:1] in _CONJ or len(variants) > 1
    feats = [f"T={event_type}", f"conj={conj}", f"n={min(len(tokens), 3)}", f"pre={head.prefix}",
             f"suf={head.suffix}"]
    for word in variants:
        future = len(word) > 3 and word[0] == "س" and word[1] in _IMPERFECT
        shape = "def" if definite else ("fut" if future else "bare")
        own = [f"b1={word[:1]}", f"b2={word[:2]}", f"e2={word[-2:]}", f"shape={shape}"]
        feats += [f"w={word}", f"e1={word[-1:]}", *own, *(f"T={event_type}|{f}" for f in own)]
    feats += [f"w+={_word(t)}" for t in tokens[1:]]
    return feats


def _window_features(before: list[Token], after: list[Token], config: FeatureConfig) -> list[str]:
    feats: list[str] = []
    for side, run in (("L", before[::-1]), ("R", after)):
        for distance, token in enumerate(run[: config.window], start=1):
            word = _word(token)
            feats.append(f"{side}:{word}")
            if distance == 1:
                feats.append(f"{side}1:{word}")
            if distance <= config.char_window and token.stem[:1].isalpha():
                feats += [f"{side}c:{g}" for g in _ngrams(word, config.char_ngram)]
    if len(before) >= 2:
        feats.append(f"LB:{_word(before[-2])}_{_word(before[-1])}")
    if not before:
        feats.append("L:<s>")
    if not after or not after[0].stem[:1].isalpha():
        feats.append("R1:<p>")
    return feats


def _cue_features(before: list[Token], after: list[Token], event_type: str) -> list[str]:
    feats: list[str] = []
    for side, run in (("L", before[-_CUE_REACH:]), ("R", after[:_CUE_REACH])):
        words = {t.norm for t in run} | {v for t in run for v in _variants(t)}
        for name, cue in CUES.items():
            if words & cue:
                feats += [f"cue:{name}:{side}", f"T={event_type}|cue:{name}:{side}"]
    near = {v for t in before[-2:] for v in _variants(t)}
    for name in ("neg", "modal", "cond"):
        if near & CUES[name]:
            feats.append(f"near:{name}")
    return feats


def _position_features(before: list[Token], after: list[Token], sentence_text: str) -> list[str]:
    index = len(before)
    bucket = "0" if index == 0 else "1" if index == 1 else "2-3" if index <= 3 else "4-7" if index <= 7 else "8+"
    quotes = sum(1 for t in before if t.norm in _QUOTES)
    feats = [f"pos={bucket}", f"inquote={quotes % 2 == 1}"]
    if any(t.norm == ":" for t in before):
        feats.append("after_colon")
    if any(t.norm in _QUOTES for t in after) or quotes:
        feats.append("has_quote")
    if sentence_text.rstrip().endswith(("؟", "?")):
        feats.append("question")
    return feats


def extract_features(norm: Normalized, sentence: tuple[int, int], trigger: tuple[int, int], event_type: str,
                     tokenizer: Tokenizer, config: FeatureConfig) -> list[str]:
    """The feature strings of a trigger (original offsets) in its sentence (original offsets)."""
    tokens = tokenizer.tokenize(norm, sentence[0], sentence[1])
    inside = [i for i, t in enumerate(tokens) if t.start < trigger[1] and trigger[0] < t.end]
    if not inside:
        raise ValueError(f"trigger {trigger} is outside its sentence {sentence}")
    first, last = inside[0], inside[-1]
    before, after = tokens[:first], tokens[last + 1:]
    sentence_text = norm.source[sentence[0]:sentence[1]]
    return (_trigger_features(tokens[first:last + 1], event_type) + _window_features(before, after, config)
            + _cue_features(before, after, event_type) + _position_features(before, after, sentence_text))


def hash_features(features: Iterable[str], buckets: int) -> list[int]:
    """Stable bucket numbers (CRC-32, the same in every process) of a set of features."""
    return sorted({zlib.crc32(f.encode("utf-8")) % buckets for f in features})


def feature_tokenizer() -> Tokenizer:
    """The tokenizer the features use: it knows no words, so it does not drift with the knowledge base."""
    return Tokenizer(())


@dataclass(slots=True)
class ReportFilter:
    """A trained report/mention classifier: weights over hashed features."""

    weights: Mapping[int, float]
    intercept: float
    threshold: float
    config: FeatureConfig = field(default_factory=FeatureConfig)
    meta: Mapping[str, Any] = field(default_factory=dict)
    tokenizer: Tokenizer = field(default_factory=feature_tokenizer)

    @classmethod
    def load(cls, path: Path | str | None = None) -> ReportFilter:
        """Read a weights file (default: the one shipped in the package)."""
        path = Path(path) if path is not None else DEFAULT_PATH
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ReportFilterError(f"{path}: no such report-filter weights file") from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReportFilterError(f"{path}: cannot read report-filter weights: {exc}") from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, where: str = "<report filter>") -> ReportFilter:
        """Build from the parsed JSON; ``where`` names the source in error messages."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ReportFilterError(f"{where}: not a report-filter file (format must be {FORMAT!r})")
        if data.get("version") != VERSION:
            raise ReportFilterError(f"{where}: unsupported version {data.get('version')!r} (expected {VERSION})")
        try:
            config = FeatureConfig.from_dict(data["features"])
            weights = {int(k): float(v) for k, v in data["weights"].items()}
            intercept, threshold = float(data["intercept"]), float(data["threshold"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ReportFilterError(f"{where}: malformed report-filter file: {exc!r}") from exc
        if config.feature_version != FEATURE_VERSION:
            raise ReportFilterError(f"{where}: features of version {config.feature_version}, this code makes "
                                    f"version {FEATURE_VERSION}; retrain with scripts/train_report_filter.py")
        if not 0.0 < threshold < 1.0:
            raise ReportFilterError(f"{where}: threshold {threshold} is not between 0 and 1")
        if any(not 0 <= k < config.buckets for k in weights):
            raise ReportFilterError(f"{where}: a weight index is outside 0..{config.buckets - 1}")
        meta = {k: v for k, v in data.items() if k not in ("weights", "intercept", "threshold", "features")}
        return cls(weights, intercept, threshold, config, meta)

    def features(self, norm: Normalized, sentence: tuple[int, int], trigger: tuple[int, int],
                 event_type: str) -> list[int]:
        strings = extract_features(norm, sentence, trigger, event_type, self.tokenizer, self.config)
        return hash_features(strings, self.config.buckets)

    def score(self, buckets: Iterable[int]) -> float:
        """Probability from hashed feature buckets."""
        z = self.intercept + sum(self.weights.get(b, 0.0) for b in buckets)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def probability(self, doc: Document, event: Event) -> float:
        """Probability that the event's trigger reports an event rather than mentions one."""
        norm = doc.norm if doc.norm is not None else normalize(doc.text)
        sentence = _sentence_span(doc, event)
        trigger = (event.trigger_start, event.trigger_end)
        return self.score(self.features(norm, sentence, trigger, event.event_type))

    def marked_probability(self, marked: str, event_type: str) -> float:
        """Probability for a lone sentence with its trigger marked ``[[…]]`` (as in the training data)."""
        plain, start, end = parse_marked(marked)
        return self.score(self.features(normalize(plain), (0, len(plain)), (start, end), event_type))


def _sentence_span(doc: Document, event: Event) -> tuple[int, int]:
    """The sentence holding the trigger (or the event's first evidence, or the whole text)."""
    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, event.trigger_start) - 1
    if i >= 0 and event.trigger_start < doc.sentences[i].end:
        return doc.sentences[i].start, doc.sentences[i].end
    if event.evidence:
        return event.evidence[0].start, event.evidence[0].end
    return 0, len(doc.text)


@dataclass(slots=True)
class ReportFilterStage:
    """Pipeline stage: drop the events whose report probability is below the threshold."""

    filter: ReportFilter
    threshold: float | None = None  # None: the threshold shipped with the weights

    def __call__(self, doc: Document) -> Document:
        threshold = self.filter.threshold if self.threshold is None else self.threshold
        doc.events = [e for e in doc.events if self.filter.probability(doc, e) >= threshold]
        return doc
