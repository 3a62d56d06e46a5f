"""Shared fixtures: every test gets its own settings and a fresh SQLite file under tmp_path."""
from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.store import Database


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.for_tests(tmp_path)


@pytest.fixture
def db(settings) -> Database:
    database = Database(settings.db_path)
    yield database
    database.close()
