"""The text stages of the pipeline: normalization, language gate, sentences, tokens, dates."""

from __future__ import annotations

from dataclasses import dataclass

from hadath.arabic.forms import FormReader
from hadath.arabic.normalize import normalize
from hadath.arabic.sentences import split_sentences
from hadath.arabic.tokens import Tokenizer
from hadath.doc import Document, Sentence, Timex, Token
from hadath.events.timex import DateResolver
from hadath.ingest.language import detect_language

ARABIC = "ar"


def normalize_stage(doc: Document) -> Document:
    """Add the normalized view of the text (with its offset map)."""
    doc.norm = normalize(doc.text)
    return doc


@dataclass(slots=True)
class LanguageGate:
    """Stop the pipeline for a document that is not Arabic, with a note saying why."""

    min_confidence: float = 0.5

    def __call__(self, doc: Document) -> Document:
        body = "\n".join(doc.text[s.start : s.end] for s in doc.body) if doc.body else doc.text
        language, confidence = detect_language(body)
        doc.language = language
        if language != ARABIC:
            doc.skipped = f"not Arabic (detected {language!r}, confidence {confidence:.2f})"
            doc.notes.append(doc.skipped)
        return doc


def sentence_stage(doc: Document) -> Document:
    """Split the body lines into sentences."""
    regions = [(s.start, s.end) for s in doc.body] if doc.body else None
    spans = split_sentences(doc.text, regions)
    doc.sentences = [Sentence(a, b, i, doc.line_of(a)) for i, (a, b) in enumerate(spans)]
    return doc


@dataclass(slots=True)
class TokenStage:
    tokenizer: Tokenizer
    reader: FormReader | None = None  # the tokens' lookup forms, cached by word

    def __post_init__(self) -> None:
        if self.reader is None:
            self.reader = FormReader(self.tokenizer)

    def __call__(self, doc: Document) -> Document:
        tokens: list[Token] = []
        for sentence in doc.sentences:
            first = len(tokens)
            tokens += self.tokenizer.tokenize(doc.norm, sentence.start, sentence.end, sentence.index, first)
            doc.token_ranges.append((first, len(tokens)))
        doc.tokens = tokens
        reader, text = self.reader, doc.text
        doc.forms = [reader(t, text) for t in tokens]
        return doc


@dataclass(slots=True)
class DateStage:
    """Find date expressions in the body and resolve them against the publication date."""

    resolver: DateResolver

    def __call__(self, doc: Document) -> Document:
        norm = doc.norm
        found = self.resolver.find(norm.text, doc.date)
        starts = [s.start for s in doc.sentences]
        for m in found:
            start, end = norm.original(m.start, m.end)
            sentence = _sentence_at(doc, starts, start)
            if sentence is None:
                continue
            doc.timexes.append(Timex(start, end, sentence, m.value, m.precision, m.relative, m.future))
        return doc


def _sentence_at(doc: Document, starts: list[int], offset: int) -> int | None:
    from bisect import bisect_right

    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < doc.sentences[i].end:
        return i
    return None
