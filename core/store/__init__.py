"""Persistence: SQLite behind a small interface (PostgreSQL can take its place)."""

from core.store.db import Database, register_migration
from core.store.schema import MIGRATIONS
from core.store.store import OutboxItem, Pending, Received, Store

__all__ = ["MIGRATIONS", "Database", "OutboxItem", "Pending", "Received", "Store",
           "register_migration"]
