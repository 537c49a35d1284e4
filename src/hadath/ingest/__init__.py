"""Ingestion: input files to clean Documents with metadata."""

from hadath.ingest.boilerplate import BoilerplateFilter, Cue, CueFileError, load_cues
from hadath.ingest.clean import body_text, clean_documents, clean_record
from hadath.ingest.decode import decode_bytes
from hadath.ingest.dedup import Deduplicator, DupResult
from hadath.ingest.errors import InputError, Rejection
from hadath.ingest.htmlpage import page_to_document
from hadath.ingest.language import detect_language
from hadath.ingest.pubdate import infer_date
from hadath.ingest.readers import ReadOptions, read_inputs, read_one, sniff

__all__ = [
    "BoilerplateFilter",
    "Cue",
    "CueFileError",
    "Deduplicator",
    "DupResult",
    "InputError",
    "ReadOptions",
    "Rejection",
    "body_text",
    "clean_documents",
    "clean_record",
    "decode_bytes",
    "detect_language",
    "infer_date",
    "load_cues",
    "page_to_document",
    "read_inputs",
    "read_one",
    "sniff",
]
