"""The pipeline: a list of stages, each a function ``Document -> Document``.

:class:`Resources` holds what the stages know (knowledge base, lexicons, tokenizer), loaded once
and shared by every document; :func:`build_pipeline` wires the stages in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hadath.arabic.tokens import Tokenizer
from hadath.doc import Document
from hadath.events.coder import EventCoder
from hadath.events.lexicon import EventLexicon
from hadath.events.merge import EventMerger
from hadath.events.report_filter import ReportFilter, ReportFilterStage
from hadath.events.timex import DateLexicon, DateResolver
from hadath.ingest.boilerplate import BoilerplateFilter
from hadath.knowledge.kb import KnowledgeBase
from hadath.knowledge.mentions import MentionFinder
from hadath.knowledge.newnames import NameFinder
from hadath.stages import DateStage, LanguageGate, TokenStage, normalize_stage, sentence_stage

Stage = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a user can set: extra knowledge folders, and whether to filter page furniture."""

    knowledge_dirs: tuple[Path, ...] = ()
    boilerplate: bool = True
    report_filter: bool = False  # drop events the learned report/mention filter finds mere mentions
    report_threshold: float | None = None  # None: the threshold shipped with the filter's weights
    detect_names: bool = True  # people the knowledge base does not know, named after a known title


@dataclass(slots=True)
class Resources:
    """Everything the stages know, built once."""

    kb: KnowledgeBase
    lexicon: EventLexicon
    dates: DateResolver
    tokenizer: Tokenizer
    boilerplate: BoilerplateFilter
    report_filter: ReportFilter | None = None  # loaded only when Settings.report_filter is on

    @classmethod
    def load(cls, settings: Settings | None = None) -> Resources:
        settings = settings or Settings()
        kb = KnowledgeBase.load(extra_dirs=settings.knowledge_dirs)
        lexicon = EventLexicon.load()
        known = (kb.gazetteer.words() | lexicon.trigger_index.words() | lexicon.support_index.words()
                 | {w for cues in lexicon.cues.values() for w in cues.words()})
        return cls(kb=kb, lexicon=lexicon, dates=DateResolver(DateLexicon.load()),
                   tokenizer=Tokenizer(known), boilerplate=BoilerplateFilter(),
                   report_filter=ReportFilter.load() if settings.report_filter else None)


@dataclass(slots=True)
class Pipeline:
    stages: list[Stage] = field(default_factory=list)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
            if doc.skipped:
                break
        return doc

    def run(self, docs: Sequence[Document]) -> list[Document]:
        return [self(d) for d in docs]


def build_pipeline(resources: Resources, settings: Settings | None = None) -> Pipeline:
    settings = settings or Settings()
    stages: list[Stage] = [normalize_stage]
    if settings.boilerplate:
        stages.append(resources.boilerplate)
    stages += [
        LanguageGate(),
        sentence_stage,
        TokenStage(resources.tokenizer),
        DateStage(resources.dates),
        MentionFinder(resources.kb, resources.tokenizer),
        *([NameFinder(resources.kb, resources.lexicon, resources.tokenizer, resources.dates.lexicon)]
          if settings.detect_names else []),
        EventCoder(resources.kb, resources.lexicon, resources.tokenizer),
    ]
    if settings.report_filter:
        stages.append(ReportFilterStage(resources.report_filter or ReportFilter.load(), settings.report_threshold))
    stages.append(EventMerger())
    return Pipeline(stages)
