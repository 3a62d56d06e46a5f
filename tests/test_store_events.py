"""The store's half of "no acknowledged event is lost": recording an event with its sealed copy, a write that
gives up within its bound, and a commit refused when the file under the path is not the one open."""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from bot.store import StoreError, events

RAW_SSN = "518-24-7391"


def _file_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal")
                    if Path(f"{path}{suffix}").exists())


def test_a_pending_event_is_sealed_so_its_text_never_rests_in_the_database(db, settings):
    seal = events.sealer(settings.hash_secret)
    body = f'{{"event": {{"text": "Jamie SSN {RAW_SSN}"}}}}'.encode()
    assert events.record(db, "slack", "Ev1", body, seal) is True
    assert RAW_SSN.encode() not in _file_bytes(settings.db_path)
    (pending,) = events.pending(db, "slack", seal)
    assert pending.body == body and pending.attempts == 0
    events.finish(db, "slack", "Ev1")
    assert events.pending(db, "slack", seal) == []


def test_a_repeat_is_not_recorded_again_and_another_key_cannot_read_the_copy(db, settings):
    seal = events.sealer(settings.hash_secret)
    assert events.record(db, "slack", "Ev2", b"{}", seal) is True
    assert events.record(db, "slack", "Ev2", b"{}", seal) is False
    assert events.pending_count(db, "slack") == 1
    (unreadable,) = events.pending(db, "slack", events.sealer("another secret"))
    assert unreadable.body == b""   # the caller drops it rather than guess


def test_a_bounded_write_gives_up_within_its_bound_while_another_process_holds_the_lock(db, settings):
    other = sqlite3.connect(settings.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        with pytest.raises(StoreError, match="busy"):
            events.record(db, "slack", "Ev3", b"{}", events.sealer(settings.hash_secret), timeout=0.3)
        assert time.perf_counter() - started < 1.0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert events.record(db, "slack", "Ev3", b"{}", events.sealer(settings.hash_secret), timeout=0.3)


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_commit_into_a_database_file_deleted_or_replaced_under_the_process_is_refused(db, settings, tmp_path, how):
    if how == "deleted":
        settings.db_path.unlink()
    else:
        shutil.copy(settings.db_path, tmp_path / "copy.db")
        os.replace(tmp_path / "copy.db", settings.db_path)
    assert how in (db.file_problem() or "")
    with pytest.raises(StoreError, match=how):
        events.first_time(db, "slack", "Ev4")
    with pytest.raises(StoreError):   # the connection stays usable: the next write is refused the same way
        events.first_time(db, "slack", "Ev5")


def test_an_attempt_on_an_event_finished_after_the_list_was_read_is_refused(db, settings):
    seal = events.sealer(settings.hash_secret)
    events.record(db, "slack", "Ev5", b"{}", seal)
    listed = events.pending(db, "slack", seal)
    assert [p.event_id for p in listed] == ["Ev5"]
    assert events.note_attempt(db, "slack", "Ev5") is True
    events.finish(db, "slack", "Ev5")          # its work finished after the sweep listed it
    assert events.note_attempt(db, "slack", "Ev5") is False


def test_a_sweep_never_runs_again_an_event_whose_work_finished_after_it_was_listed(db, settings, monkeypatch):
    from bot.slack.intake import EventIntake

    intake = EventIntake(db, settings.hash_secret)
    body = {"type": "event_callback", "event_id": "Ev6", "event": {"type": "message", "text": "hi"}}
    assert intake.record(body) is True and "Ev6" in intake.in_flight
    listed = events.pending(db, "slack", intake.seal)   # a sweep reads the list while the work runs ...
    intake.done("Ev6")                                   # ... the work finishes: its row goes, then its claim
    assert "Ev6" not in intake.in_flight and events.pending(db, "slack", intake.seal) == []
    monkeypatch.setattr(events, "pending", lambda *_: listed)

    class Dispatcher:   # what the sweep would hand the event to
        def __init__(self) -> None:
            self.runs: list = []

        def dispatch(self, request):
            self.runs.append(request)

    app = Dispatcher()
    assert intake.resume(app) == 0 and app.runs == []
