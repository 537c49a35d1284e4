"""Alembic environment: the store passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from hadath.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hadath migrations run through hadath.store.Store, which passes a connection")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
