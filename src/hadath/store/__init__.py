"""The event store: SQLite or PostgreSQL, cross-outlet merging, exports."""

from hadath.store.merge import MergeKey, MergeRule, same_event
from hadath.store.query import EventFilter
from hadath.store.store import IngestResult, Store, StoreError, content_hash, database_url, source_of

__all__ = ["EventFilter", "IngestResult", "MergeKey", "MergeRule", "Store", "StoreError", "content_hash",
           "database_url", "same_event", "source_of"]
