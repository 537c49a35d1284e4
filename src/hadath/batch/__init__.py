"""Batch coding on Dask: many documents, many workers, Parquet out, resumable (issue 7).

>>> from hadath.batch import BatchConfig, run_batch
>>> summary = run_batch(BatchConfig(inputs=("docs.jsonl",), out=Path("out")))  # doctest: +SKIP

See docs/batch.md.
"""

from hadath.batch.chunks import Chunk, chunked, estimate_items
from hadath.batch.manifest import BatchError, Manifest
from hadath.batch.runner import BatchConfig, BatchSummary, connect, run_batch
from hadath.batch.tables import DATASETS, read_dataset
from hadath.batch.worker import ChunkResult, ExtractorPlugin, code_chunk

__all__ = ["DATASETS", "BatchConfig", "BatchError", "BatchSummary", "Chunk", "ChunkResult", "ExtractorPlugin",
           "Manifest", "chunked", "code_chunk", "connect", "estimate_items", "read_dataset", "run_batch"]
