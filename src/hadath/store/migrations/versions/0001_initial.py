"""The initial store: documents, actors, places, events, mentions, evidence.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(256), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("skipped", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(700), nullable=False, unique=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("sector", sa.String(16), nullable=True),
        sa.Column("org", sa.String(200), nullable=True),
        sa.Column("name", sa.String(300), nullable=True),
    )
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(400), nullable=False, unique=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("name", sa.String(300), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
    )
    op.create_index("ix_places_country", "places", ["country"])
    _events()
    _mentions()


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32), nullable=True),
        sa.Column("cameo", sa.String(8), nullable=True),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id"), nullable=True),
        sa.Column("recipient_id", sa.Integer(), sa.ForeignKey("actors.id"), nullable=True),
        sa.Column("place_id", sa.Integer(), sa.ForeignKey("places.id"), nullable=True),
        sa.Column("actor_country", sa.String(8), nullable=True),
        sa.Column("actor_sector", sa.String(16), nullable=True),
        sa.Column("actor_org", sa.String(200), nullable=True),
        sa.Column("recipient_country", sa.String(8), nullable=True),
        sa.Column("recipient_sector", sa.String(16), nullable=True),
        sa.Column("recipient_org", sa.String(200), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("goldstein", sa.Float(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("num_mentions", sa.Integer(), nullable=False),
        sa.Column("num_sources", sa.Integer(), nullable=False),
        sa.Column("num_articles", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    for column in ("event_type", "actor_id", "recipient_id", "place_id", "actor_country",
                   "recipient_country", "date"):
        op.create_index(f"ix_events_{column}", "events", [column])


def _mentions() -> None:
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("source", sa.String(512), nullable=False),
        sa.Column("outlet", sa.String(256), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("actor_text", sa.Text(), nullable=True),
        sa.Column("recipient_text", sa.Text(), nullable=True),
        sa.Column("location_text", sa.Text(), nullable=True),
        sa.Column("trigger", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("coded", sa.Text(), nullable=False),
    )
    op.create_index("ix_mentions_event_id", "mentions", ["event_id"])
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mention_id", sa.Integer(), sa.ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_evidence_mention_id", "evidence", ["mention_id"])


def downgrade() -> None:
    for table in ("evidence", "mentions", "events", "places", "actors", "documents"):
        op.drop_table(table)
