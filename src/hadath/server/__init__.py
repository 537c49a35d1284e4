"""The REST API and the web app (FastAPI)."""

from hadath.server.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
