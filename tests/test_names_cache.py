"""The display-name cache (bot/names.py): bounded by size (least recently used go first) and by age, a failed
lookup remembered briefly as "no name", and one lookup per id while the name is fresh."""
from __future__ import annotations

from bot.names import NAME_CHARS, NameCache


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_fresh_name_is_looked_up_once():
    cache, calls = NameCache(), []
    look_up = lambda: calls.append(1) or "Ms. Rivera"   # noqa: E731
    assert cache.name("user", "U222", look_up) == "Ms. Rivera"
    assert cache.name("user", "U222", look_up) == "Ms. Rivera"
    assert len(calls) == 1


def test_the_cache_never_holds_more_than_its_size_and_drops_the_least_recently_used():
    cache = NameCache(size=3)
    for key in ("a", "b", "c"):
        cache.put("user", key, key.upper())
    assert cache.get("user", "a") == "A"          # "a" is now the most recently used
    cache.put("user", "d", "D")
    assert len(cache) == 3
    assert cache.get("user", "b") is None          # the least recently used went
    assert cache.get("user", "a") == "A" and cache.get("user", "d") == "D"


def test_a_name_expires_after_its_ttl_and_is_looked_up_again():
    clock, calls = Clock(), []
    cache = NameCache(ttl=3600, clock=clock)
    look_up = lambda: calls.append(1) or f"name {len(calls)}"   # noqa: E731
    assert cache.name("channel", "C111", look_up) == "name 1"
    clock.now += 3599
    assert cache.name("channel", "C111", look_up) == "name 1"
    clock.now += 2
    assert cache.name("channel", "C111", look_up) == "name 2"


def test_a_failed_lookup_gives_no_name_and_is_retried_only_after_the_short_miss_ttl():
    clock, calls = Clock(), []
    cache = NameCache(ttl=3600, miss_ttl=300, clock=clock)

    def failing() -> str:
        calls.append(1)
        raise ConnectionError("directory down")

    assert cache.name("user", "U1", failing) == ""
    assert cache.name("user", "U1", failing) == ""
    assert len(calls) == 1
    clock.now += 301
    assert cache.name("user", "U1", lambda: "Back Again") == "Back Again"


def test_names_are_one_bounded_line():
    cache = NameCache()
    assert cache.put("user", "U1", "Ms.\nRivera\t ") == "Ms. Rivera"
    assert len(cache.put("user", "U2", "x" * 500)) == NAME_CHARS


def test_people_and_channels_with_the_same_id_are_kept_apart():
    cache = NameCache()
    cache.put("user", "X1", "A person")
    cache.put("channel", "X1", "a-channel")
    assert cache.get("user", "X1") == "A person" and cache.get("channel", "X1") == "a-channel"


def test_workers_missing_the_same_name_at_once_make_one_lookup():
    import threading
    import time as real_time

    from bot.names import NameCache

    cache = NameCache()
    calls = []

    def slow_lookup() -> str:
        calls.append(1)
        real_time.sleep(0.05)
        return "Ms. Rivera"

    workers = [threading.Thread(target=lambda: cache.name("user", "U222", slow_lookup)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(calls) == 1 and cache.get("user", "U222") == "Ms. Rivera"
