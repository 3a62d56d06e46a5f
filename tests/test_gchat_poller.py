"""Space watching: paging, per-space checkpoints across crashes, and back-off on 429/500.

The Chat API is a real loopback server reached through google-api-python-client; the database is a real
SQLite file. The poller's message handler is observed (each committed hand-over is recorded) so the tests can
count exactly which messages were scanned.
"""
from __future__ import annotations

import pytest

from bot.gchat.api import ChatApi
from bot.gchat.poller import SpacePoller, from_rfc3339, to_rfc3339
from bot.store import Database, checkpoints
from tests.servers.google import GoogleStandIn, service_account_file

T0 = 1_790_000_000_000_000  # microseconds; the moment the spaces start being watched


class Crash(BaseException):
    """Stands for the process dying in the middle of a scan (not an Exception: nothing catches it)."""


class Scanned:
    """Records every message handed over, once its scan's transaction can commit."""

    def __init__(self, crash_at: str | None = None) -> None:
        self.names: list[str] = []
        self.crash_at = crash_at

    def __call__(self, db, settings, space, message):
        if message["name"] == self.crash_at:
            raise Crash()
        self.names.append(message["name"])
        return None


@pytest.fixture
def google():
    with GoogleStandIn() as stand_in:
        stand_in.add_space("spaces/A")
        stand_in.add_space("spaces/B")
        yield stand_in


@pytest.fixture
def watch_settings(settings, google, tmp_path):
    return settings.with_(gchat_audience="1", gchat_api_url=google.url,
                          gchat_credentials=str(service_account_file(tmp_path, google.token_url)),
                          gchat_watch_spaces=("spaces/A", "spaces/B"))


class Clock:
    def __init__(self, micros: int) -> None:
        self.now = micros / 1e6

    def __call__(self) -> float:
        return self.now


def make_poller(settings, db, scanned, clock, page_size=7):
    return SpacePoller(settings, db, ChatApi(settings), page_size=page_size, clock=clock, handle=scanned)


def fill(google, space, count, start=1, same_time=False):
    return [google.add_message(space, f"message {i}", create_us=T0 + (1000 if same_time else 1000 * i),
                               message_id=f"m{i:04d}")["name"] for i in range(start, start + count)]


def test_a_new_space_is_watched_from_now_not_scanned_back_in_time(google, watch_settings, db):
    google.add_message("spaces/A", "old news", create_us=T0 - 5_000_000)
    google.add_message("spaces/B", "old news", create_us=T0 - 5_000_000)
    scanned = Scanned()
    first = make_poller(watch_settings, db, scanned, Clock(T0)).poll_once()
    assert scanned.names == [] and first.scanned == 0
    assert checkpoints.load(db, "gchat", "spaces/A").position == T0


def test_every_message_is_scanned_once_across_pages_and_polls(google, watch_settings, db):
    poller = make_poller(watch_settings, db, scanned := Scanned(), Clock(T0))
    poller.poll_once()
    names = fill(google, "spaces/A", 25)
    result = poller.poll_once()
    assert scanned.names == names
    assert result.pages == 4 + 1  # 25 messages in pages of 7, plus the empty space B
    again = poller.poll_once()
    assert again.scanned == 0 and scanned.names == names
    more = fill(google, "spaces/A", 3, start=26)
    poller.poll_once()
    assert scanned.names == names + more


def test_messages_sharing_one_create_time_are_neither_missed_nor_repeated(google, watch_settings, db):
    poller = make_poller(watch_settings, db, scanned := Scanned(), Clock(T0))
    poller.poll_once()
    names = fill(google, "spaces/A", 10, same_time=True)
    poller.poll_once()
    late = fill(google, "spaces/A", 2, start=11, same_time=True)  # arrive later with the same timestamp
    poller.poll_once()
    assert sorted(scanned.names) == sorted(names + late)
    cp = checkpoints.load(db, "gchat", "spaces/A")
    assert cp.position == T0 + 1000 and len(cp.seen) == 12


def test_a_crash_mid_page_resumes_after_restart_without_loss_or_repeat(google, watch_settings, settings):
    db = Database(settings.db_path)
    poller = make_poller(watch_settings, db, Scanned(), Clock(T0))
    poller.poll_once()
    names = fill(google, "spaces/A", 20)
    before_crash = Scanned(crash_at=names[10])  # dies in the middle of page 2
    with pytest.raises(Crash):
        make_poller(watch_settings, db, before_crash, Clock(T0)).poll_once()
    db.close()

    restarted_db = Database(settings.db_path)  # a new process: fresh connection, no memory of the old one
    after_restart = Scanned()
    make_poller(watch_settings, restarted_db, after_restart, Clock(T0)).poll_once()
    assert before_crash.names == names[:10]
    assert after_restart.names == names[10:]
    restarted_db.close()


def test_a_crash_between_pages_resumes_at_the_next_page(google, watch_settings, db):
    make_poller(watch_settings, db, Scanned(), Clock(T0)).poll_once()
    names = fill(google, "spaces/A", 14)
    first = Scanned(crash_at=names[7])  # the first message of page 2
    with pytest.raises(Crash):
        make_poller(watch_settings, db, first, Clock(T0)).poll_once()
    second = Scanned()
    make_poller(watch_settings, db, second, Clock(T0)).poll_once()
    assert first.names + second.names == names


def test_rate_limiting_backs_the_space_off_and_polling_resumes_where_it_stopped(google, watch_settings, db):
    clock = Clock(T0)
    poller = make_poller(watch_settings, db, scanned := Scanned(), clock)
    poller.poll_once()
    names_a = fill(google, "spaces/A", 20)
    names_b = fill(google, "spaces/B", 3)
    google.fail(429, times=1, method="GET", path_contains="spaces/A", retry_after="30", after=1)  # page 2
    stopped = poller.poll_once()
    assert "429" in stopped.failed_spaces["spaces/A"]
    assert scanned.names == names_a[:7] + names_b  # the other space went on
    lists_so_far = len(google.list_requests())
    clock.now += 10  # Retry-After said 30 s: still backing off, the API is not asked
    assert poller.poll_once().backing_off == ["spaces/A"]
    assert len(google.list_requests()) == lists_so_far + 1  # only space B was listed
    clock.now += 25
    resumed = poller.poll_once()
    assert resumed.failed_spaces == {}
    assert scanned.names == names_a[:7] + names_b + names_a[7:]


def test_server_errors_back_off_exponentially_and_recover(google, watch_settings, db):
    clock = Clock(T0)
    poller = make_poller(watch_settings, db, scanned := Scanned(), clock)
    poller.poll_once()
    names = fill(google, "spaces/A", 5)
    google.fail(500, times=2, method="GET", path_contains="spaces/A")
    assert "500" in poller.poll_once().failed_spaces["spaces/A"]
    clock.now += 5
    assert "500" in poller.poll_once().failed_spaces["spaces/A"]
    clock.now += 5  # the second failure doubled the wait to 10 s
    assert poller.poll_once().backing_off == ["spaces/A"]
    clock.now += 5
    poller.poll_once()
    assert scanned.names == names


def test_the_apps_own_posts_are_not_scanned_but_are_passed(google, watch_settings, db):
    poller = make_poller(watch_settings, db, scanned := Scanned(), Clock(T0))
    poller.poll_once()
    google.add_message("spaces/A", "a bot said this", create_us=T0 + 10, sender="users/app", sender_type="BOT")
    human = google.add_message("spaces/A", "a person said this", create_us=T0 + 20)
    result = poller.poll_once()
    assert scanned.names == [human["name"]] and result.skipped == 1
    assert checkpoints.load(db, "gchat", "spaces/A").position == T0 + 20


def test_reading_uses_app_authentication_with_the_app_messages_scope(google, watch_settings, db):
    make_poller(watch_settings, db, Scanned(), Clock(T0)).poll_once()
    fill(google, "spaces/A", 1)
    make_poller(watch_settings, db, Scanned(), Clock(T0)).poll_once()
    grant = google.data.token_grants[-1]
    assert grant["scope"] == "https://www.googleapis.com/auth/chat.app.messages.readonly"
    assert "sub" not in grant


def test_domain_wide_delegation_reads_as_the_configured_user(google, watch_settings, db):
    delegated = watch_settings.with_(gchat_delegated_user="watcher@school.example")
    make_poller(delegated, db, Scanned(), Clock(T0)).poll_once()
    fill(google, "spaces/A", 1)
    make_poller(delegated, db, Scanned(), Clock(T0)).poll_once()
    grant = google.data.token_grants[-1]
    assert grant["sub"] == "watcher@school.example"
    assert grant["scope"] == "https://www.googleapis.com/auth/chat.messages.readonly"


@pytest.mark.parametrize("text, micros", [
    ("2026-11-28T18:00:00Z", 1795888800_000000),
    ("2026-11-28T18:00:00.123456Z", 1795888800_123456),
    ("2026-11-28T18:00:00.123456789Z", 1795888800_123456),
    ("2026-11-28T19:00:00.5+01:00", 1795888800_500000),
])
def test_chat_times_are_read_to_the_microsecond(text, micros):
    assert from_rfc3339(text) == micros
    assert from_rfc3339(to_rfc3339(micros)) == micros


KILLED_POLLER = r"""
import sys, time
from bot.gchat.api import ChatApi
from bot.gchat.poller import SpacePoller
from bot.settings import Settings
from bot.store import Database

db_path, api_url, credentials = sys.argv[1:4]
settings = Settings().with_(db_path=db_path, hash_secret="x", gchat_audience="1", gchat_api_url=api_url,
                            gchat_credentials=credentials, gchat_watch_spaces=("spaces/A",))
db = Database(db_path)

def handle(db, settings, space, message):
    # inside the poller's transaction: committed together with the checkpoint, or not at all
    db.db.execute("INSERT INTO scanned_by_test (name) VALUES (?)", (message["name"],))
    time.sleep(0.01)

SpacePoller(settings, db, ChatApi(settings), page_size=5, clock=lambda: %f, handle=handle).poll_once()
"""


def test_a_poller_killed_with_sigkill_between_pages_loses_and_repeats_nothing(google, watch_settings, settings):
    import signal
    import subprocess
    import sys
    import time as clock

    db = Database(settings.db_path)
    db.db.execute("CREATE TABLE scanned_by_test (name TEXT PRIMARY KEY)")  # a duplicate would fail loudly
    make_poller(watch_settings, db, Scanned(), Clock(T0)).poll_once()
    names = fill(google, "spaces/A", 40)
    google.delay_seconds = 0.05
    script = KILLED_POLLER % (T0 / 1e6)
    child = subprocess.Popen([sys.executable, "-c", script, str(settings.db_path), google.url,
                              watch_settings.gchat_credentials])
    deadline = clock.monotonic() + 30
    while clock.monotonic() < deadline:
        done = db.query("SELECT COUNT(*) AS n FROM scanned_by_test")[0]["n"]
        if done >= 12:
            break
        clock.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    google.delay_seconds = 0.0
    killed_at = db.query("SELECT COUNT(*) AS n FROM scanned_by_test")[0]["n"]
    assert 12 <= killed_at < 40

    def handle(db_, settings_, space, message):
        db_.db.execute("INSERT INTO scanned_by_test (name) VALUES (?)", (message["name"],))

    SpacePoller(watch_settings, db, ChatApi(watch_settings), page_size=5, clock=Clock(T0),
                handle=handle).poll_once()
    assert [r["name"] for r in db.query("SELECT name FROM scanned_by_test ORDER BY name")] == names
    db.close()


def test_the_scheduled_job_polls_at_the_configured_interval(google, watch_settings, db):
    from bot.gchat import poller as poller_module
    from bot.scheduler import JOBS

    assert any(job.func == "bot.gchat.poller:poll_spaces" for job in JOBS)
    first = poller_module.poll_spaces(watch_settings, db)
    assert first is not None and checkpoints.load(db, "gchat", "spaces/A") is not None
    assert poller_module.poll_spaces(watch_settings, db) is None  # within AUPBOT_GCHAT_POLL_SECONDS
    assert poller_module.poll_spaces(watch_settings.with_(gchat_audience=""), db) is None  # not configured
    poller_module._POLLERS.clear()


class FailsOn(Scanned):
    """A handler that fails on one message `times` times (a bug on odd input), then works."""

    def __init__(self, name: str, times: int) -> None:
        super().__init__()
        self.failing, self.left = name, times

    def __call__(self, db, settings, space, message):
        if message["name"] == self.failing and self.left > 0:
            self.left -= 1
            raise ValueError("handler bug")
        return super().__call__(db, settings, space, message)


def test_a_scan_that_fails_once_is_retried_on_the_next_pass_and_scanned_once(google, watch_settings, db):
    clock = Clock(T0)
    make_poller(watch_settings, db, Scanned(), clock).poll_once()
    names = fill(google, "spaces/A", 5)
    poller = make_poller(watch_settings, db, scanned := FailsOn(names[2], times=1), clock)
    assert "failed (ValueError)" in poller.poll_once().failed_spaces["spaces/A"]
    assert scanned.names == names[:2]
    clock.now += 10
    poller.poll_once()
    assert scanned.names == names


def test_a_message_that_always_fails_is_passed_over_after_three_tries_and_audited(google, watch_settings, db):
    from bot.store import audit

    clock = Clock(T0)
    make_poller(watch_settings, db, Scanned(), clock).poll_once()
    names = fill(google, "spaces/A", 4)
    poller = make_poller(watch_settings, db, scanned := FailsOn(names[1], times=99), clock)
    for _ in range(4):
        poller.poll_once()
        clock.now += 700
    assert scanned.names == [names[0], names[2], names[3]]
    assert audit.entries(db, subject=names[1])[0]["action"] == "gchat.scan_skipped"
