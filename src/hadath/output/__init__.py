"""Writing events as JSON Lines, JSON, CSV or a readable table."""
