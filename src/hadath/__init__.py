"""hadath: Arabic news to PLOVER political event data, every event tied to its evidence."""

from hadath.api import Extractor, default_extractor, extract, extract_many, to_dataframe
from hadath.doc import Actor, Document, Event
from hadath.pipeline import Pipeline, Resources, Settings, build_pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor", "Document", "Event", "Extractor", "Pipeline", "Resources", "Settings", "__version__",
    "build_pipeline", "default_extractor", "extract", "extract_many", "to_dataframe",
]
