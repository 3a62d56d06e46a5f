"""Everything the bot keeps, in one SQLite file. Only modules in this package write SQL."""
from bot.store.db import Database, Migration, StoreError

__all__ = ["Database", "Migration", "StoreError"]
