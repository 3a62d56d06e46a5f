"""Shared fixtures: every test gets its own settings and a fresh SQLite file under tmp_path; the bundled
vocabulary file, as read, is read once per worker."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from bot.store import Database
from policy.document import DEFAULT_POLICY, read_yaml


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.for_tests(tmp_path)


@pytest.fixture
def db(settings) -> Database:
    database = Database(settings.db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def bundled_vocabulary_file() -> dict[str, Any]:
    """policy/data/vocabulary.yaml as `read_yaml` gives it (before parsing). The file is large, and several test
    files walk it, so a worker reads it once. Read only: a test that changes a field works on its own
    `copy.deepcopy` of it, or the next test would read the change."""
    return read_yaml(Path(DEFAULT_POLICY).with_name("vocabulary.yaml"))
