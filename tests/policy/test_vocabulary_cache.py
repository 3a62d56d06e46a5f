"""The vocabulary's parsed form kept between processes (policy/parsed_cache.py): the same vocabulary a fresh parse
gives, never a stale one when the file, its overlay or the parsing code changes, no question text in it, and read
only where no one else could have written it."""
from __future__ import annotations

import gc
import pickle
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from policy import parsed_cache
from policy import vocabulary as vocabulary_module
from policy.document import DEFAULT_POLICY, load_policy, read_yaml
from policy.overlay import load_vocabulary_with_overlay
from policy.understanding import Understanding
from policy.vocabulary import Vocabulary, items_key, load_vocabulary, parse_vocabulary

BUNDLED = load_policy(DEFAULT_POLICY).vocabulary_path
ITEMS = frozenset(range(1, 38))
load = load_vocabulary.__wrapped__                       # past the per-process lru_cache: what a new process does
load_with_overlay = load_vocabulary_with_overlay.__wrapped__
PLANTED = {"plantedword": "planted"}


# A parse of the vocabulary is most of this file's time (seconds each), so the module parses its copy once, and
# keeps what that first load wrote; each test starts from the same copy with no cache (`vocab`) or with that cache
# as written (`cached`). The copy stays at one path: the path is part of both the parsed form and the cache's key.
@pytest.fixture(scope="module")
def _module_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Vocabulary, bytes]:
    path = tmp_path_factory.mktemp("vocabulary") / "vocabulary.yaml"
    shutil.copyfile(BUNDLED, path)
    parsed = load(path, ITEMS)      # a parse (no cache yet), written to the cache
    [written] = cache_files(path)
    return path, parsed, written.read_bytes()


@pytest.fixture
def vocab(_module_copy: tuple[Path, Vocabulary, bytes]) -> Path:
    """The module's copy of the vocabulary, as shipped, with no parsed form beside it."""
    path = _module_copy[0]
    shutil.copyfile(BUNDLED, path)
    cache_dir = path.parent / parsed_cache.CACHE_DIR
    if cache_dir.exists():
        cache_dir.chmod(0o755)
        shutil.rmtree(cache_dir)
    return path


@pytest.fixture
def first(_module_copy: tuple[Path, Vocabulary, bytes]) -> Vocabulary:
    """What the first load of the copy parsed (a fresh parse: there was no cache)."""
    return _module_copy[1]


@pytest.fixture
def cached(vocab: Path, _module_copy: tuple[Path, Vocabulary, bytes]) -> Path:
    """The copy with the parsed form its first load wrote, as that load left it."""
    written = parsed_cache.cache_path(vocab, [vocab.read_bytes()], items_key(ITEMS))
    written.parent.mkdir()
    written.parent.chmod(0o755)
    written.write_bytes(_module_copy[2])
    written.chmod(0o644)
    assert cache_files(vocab) == [written]
    return vocab


def cache_files(vocab: Path) -> list[Path]:
    return sorted((vocab.parent / parsed_cache.CACHE_DIR).glob("*" + parsed_cache.SUFFIX))


def plant(cache_file: Path, vocabulary: Vocabulary, mode: int = 0o600) -> None:
    """A parsed form that differs from the file (one typo more): which of the two a load returns shows whether
    the cache was read."""
    cache_file.write_bytes(pickle.dumps(replace(vocabulary, typos={**vocabulary.typos, **PLANTED})))
    cache_file.chmod(mode)


def fresh(vocab: Path) -> Vocabulary:
    return parse_vocabulary(vocab, read_yaml(vocab), set(ITEMS))


def test_the_parsed_form_is_written_once_and_equals_a_fresh_parse(vocab, first):
    loaded = load(vocab, ITEMS)
    [written] = cache_files(vocab)
    second = load(vocab, ITEMS)
    assert second is not loaded
    assert second == loaded == first        # `first`: the module's parse, as parse_vocabulary gave it
    assert cache_files(vocab) == [written]
    assert written.stat().st_mode & 0o777 == 0o644     # any user may read it (as the vocabulary); only its owner write


def test_a_cached_load_holds_the_spelled_words_a_fresh_parse_works_out(cached, first):
    # the spelling corrector's word sets are worked out at parse and kept in the cache (not compared by `==`)
    gc.disable()
    try:
        loaded = load(cached, ITEMS)
        assert not gc.isenabled()       # the collector, off during the load, is left as the caller had it
    finally:
        gc.enable()
    loaded = load(cached, ITEMS)
    assert gc.isenabled()
    for words in ("pattern_words", "pattern_words_outside_items", "phrase_words"):
        assert getattr(loaded, words) == getattr(first, words) == getattr(fresh(cached), words)
    assert loaded.pattern_words_outside_items < loaded.pattern_words and "imessage" in loaded.pattern_words


def test_a_cache_only_this_user_could_write_is_what_a_new_process_reads(cached, first):
    vocab = cached
    [written] = cache_files(vocab)
    plant(written, first)
    assert load(vocab, ITEMS).typos.items() >= PLANTED.items()


@pytest.mark.parametrize("what", ["file", "directory"])
def test_a_cache_others_may_write_is_never_read(cached, first, what):
    vocab = cached
    [written] = cache_files(vocab)
    plant(written, first, 0o666 if what == "file" else 0o600)
    if what == "directory":
        written.parent.chmod(0o777)
    assert load(vocab, ITEMS) == first
    assert "plantedword" not in load(vocab, ITEMS).typos


def test_a_damaged_cache_is_parsed_again(cached, first):
    vocab = cached
    [written] = cache_files(vocab)
    written.write_bytes(b"not a pickle")
    assert load(vocab, ITEMS) == first


def test_a_changed_vocabulary_is_parsed_again_never_read_stale(cached):
    vocab = cached      # the parsed form of the file before the change
    vocab.write_text(vocab.read_text(encoding="utf-8").replace("\ntypos:\n", "\ntypos:\n  zzqq: text\n", 1),
                     encoding="utf-8")
    changed = load(vocab, ITEMS)
    assert changed.typos["zzqq"] == "text"
    assert changed == fresh(vocab)


def test_other_items_or_a_changed_parser_name_another_cache(vocab, monkeypatch):
    first = parsed_cache.cache_path(vocab, [vocab.read_bytes()], "items 1,2")
    assert parsed_cache.cache_path(vocab, [vocab.read_bytes()], "items 1,3") != first
    monkeypatch.setattr(parsed_cache, "code_digest", lambda: b"another parser")
    assert parsed_cache.cache_path(vocab, [vocab.read_bytes()], "items 1,2") != first


def test_a_changed_overlay_is_parsed_again(vocab, tmp_path):
    overlay = tmp_path / "district-words.yaml"
    overlay.write_text("schema: 1\ntypos:\n  lake-link: lakelink\n", encoding="utf-8")
    assert load_with_overlay(vocab, overlay, ITEMS).typos["lake-link"] == "lakelink"
    overlay.write_text("schema: 1\ntypos:\n  lake-link: lakemail\n", encoding="utf-8")
    assert load_with_overlay(vocab, overlay, ITEMS).typos["lake-link"] == "lakemail"


def test_no_question_text_is_pickled_with_the_vocabulary(cached):
    vocab = cached
    vocabulary = load(vocab, ITEMS)
    understanding = Understanding(vocabulary)
    understanding.read("can I text zorblaxquux the flumpington results from my phone?")
    assert understanding.lexicon is not None and "zorblaxquux" in understanding.lexicon._stems   # it was read
    for kept in (vocabulary, understanding.lexicon):
        assert b"zorblaxquux" not in pickle.dumps(kept)
    assert all(b"zorblaxquux" not in f.read_bytes() for f in cache_files(vocab))


def test_only_the_latest_few_parsed_forms_of_a_file_are_kept(vocab, monkeypatch):
    # which forms are kept does not depend on what a parse returns: a small stand-in saves reading the YAML, a
    # parse and a pickling of the whole vocabulary per form
    monkeypatch.setattr(vocabulary_module, "read_yaml", lambda path, data=None: None)
    monkeypatch.setattr(vocabulary_module, "parse_vocabulary", lambda path, raw, known_items=None: {"items": known_items})
    for n in range(parsed_cache.KEEP + 2):
        load(vocab, frozenset(range(1, 38 + n)))     # other item lists: other parsed forms
        assert len(cache_files(vocab)) == min(n + 1, parsed_cache.KEEP)


@pytest.mark.parametrize("pattern", [
    r"\bcan\s+i\s+(?:text|email)\b", r"(?P<who>parents?|guardians?)\W+(?P=who)", r"(?i)(?<![\w'])mr\.?\s+[A-Z]",
    r"(?x) a b  # comment", "caf\u00e9|na\u00efve", r"(a)|(b)(?(2)c|d)", r"[^\W\d_]{2,}+", "",
])
def test_a_pattern_kept_compiled_loads_equal_to_what_re_compiles(pattern):
    compiled = re.compile(pattern)
    assert parsed_cache.engine_arguments(compiled) is not None
    loaded = pickle.loads(parsed_cache.dumps(compiled))
    assert loaded == compiled and loaded.groupindex == compiled.groupindex and loaded.groups == compiled.groups


def test_a_pattern_the_engine_cannot_rebuild_is_kept_as_its_text(monkeypatch):
    compiled = re.compile(r"(?P<word>\w+)\s+(?P=word)")
    monkeypatch.setattr(parsed_cache, "engine_arguments", lambda pattern: None)
    assert b"compiled_pattern" not in parsed_cache.dumps(compiled)
    assert pickle.loads(parsed_cache.dumps(compiled)) == compiled


def test_without_the_parsers_sources_nothing_is_cached(vocab, first, monkeypatch, tmp_path):
    # bytecode only: one version of the parser cannot be told from another, so no parsed form is written or read
    monkeypatch.setattr(parsed_cache, "_POLICY_DIR", tmp_path / "no-sources")
    parsed_cache.code_digest.cache_clear()
    try:
        assert load(vocab, ITEMS) == first
        assert cache_files(vocab) == []
    finally:
        parsed_cache.code_digest.cache_clear()
