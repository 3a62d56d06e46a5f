"""The vocabulary file states concepts and frames, not sentences (issue 10): no regular expression in it is
longer than 120 characters, macros and word sets included. A longer pattern names its words once as a macro (a
word set) or a concept ({@name}) and refers to them."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policy.document import PolicyFileError
from policy.vocabulary import parse_vocabulary

VOCABULARY = Path(__file__).resolve().parents[2] / "policy" / "data" / "vocabulary.yaml"
MAX_REGEX_CHARS = 120
# the blocks whose entries are regular expressions; `concepts`, `frames` and the rest are word lists
PATTERN_BLOCKS = ("audience", "bands", "channels", "accounts", "acts", "facts", "topics")
PLAIN_LISTS = ("negated_channels", "negated_content")


def _pattern(entry: Any) -> str | None:
    if isinstance(entry, dict):
        entry = entry.get("pattern")
    return entry if isinstance(entry, str) else None


def regexes(vocabulary: dict) -> Iterator[tuple[str, str]]:
    """(where, pattern) for every regular expression the vocabulary file spells, each entry of a word set too."""
    for name, value in (vocabulary.get("macros") or {}).items():
        for part in value if isinstance(value, list) else [value]:
            yield f"macros.{name}", part
    for block in PATTERN_BLOCKS:
        for concept in vocabulary.get(block) or []:
            for entry in concept.get("patterns") or []:
                if (p := _pattern(entry)) is not None:
                    yield f"{block}.{concept.get('value')}", p
    for block in PLAIN_LISTS:
        for entry in vocabulary.get(block) or []:
            if (p := _pattern(entry)) is not None:
                yield block, p
    for number, item in (vocabulary.get("items") or {}).items():
        for kind in ("cues", "support_cues"):
            for entry in item.get(kind) or []:
                if (p := _pattern(entry)) is not None:
                    yield f"items.{number}.{kind}", p


def test_no_regex_is_longer_than_120_characters(bundled_vocabulary_file):
    long = [f"{where}: {p[:80]}... ({len(p)})" for where, p in regexes(bundled_vocabulary_file)
            if len(p) > MAX_REGEX_CHARS]
    assert not long, ("regexes over 120 characters: name their words as a word set ({NAME}) or a concept "
                      "({@name}) instead:\n" + "\n".join(long))


def test_the_rule_catches_a_long_pattern():
    vocabulary = {"macros": {"SET": ["a" * 121]}, "acts": [{"value": "x", "patterns": ["b" * 121]}]}
    assert [where for where, _ in regexes(vocabulary)] == ["macros.SET", "acts.x"]


def test_the_walk_finds_every_kind_of_pattern(bundled_vocabulary_file):
    # the rule can only hold if the walk reads the blocks the reader compiles
    found = {where.split(".")[0] for where, _ in regexes(bundled_vocabulary_file)}
    assert {"macros", "audience", "channels", "acts", "facts", "items", "negated_channels"} <= found


def _vocabulary(macros: dict, pattern: str) -> Any:
    raw = {"macros": macros, "audience": [], "bands": [], "channels": [], "accounts": [], "facts": [],
           "topics": [], "acts": [{"value": "x", "patterns": [pattern]}], "items": {}}
    return parse_vocabulary(Path("vocabulary.yaml"), raw)


@pytest.mark.parametrize(("macros", "pattern", "compiled"), [
    # a word set is one group of its entries, in order
    ({"PARENT": ["parents?", "moms?", "dads?"]}, r"\b{PARENT}\b", r"\b(?:parents?|moms?|dads?)\b"),
    # a gap is written once and counted where it is used
    ({"WITHIN": r"(?:\W+\w+){0,<n>}\W+"}, "a{WITHIN:4}b", r"a(?:\W+\w+){0,4}\W+b"),
    # a macro may be built of other macros
    ({"KID": ["kids?"], "WHO": "(?:{KID}|teens?)"}, "{WHO}", "(?:(?:kids?)|teens?)"),
])
def test_macros_expand_to_the_pattern_they_name(macros: dict, pattern: str, compiled: str):
    assert _vocabulary(macros, pattern).acts[0].cues[0].pattern.pattern == compiled


@pytest.mark.parametrize(("macros", "pattern", "problem"), [
    ({"A": "{B}", "B": "{A}"}, "{A}", "circular macro"),
    ({}, "{MISSING}", "unknown or circular macro"),
    ({"WITHIN": r"(?:\W+\w+){0,<n>}"}, "{WITHIN}", "takes a count"),
    ({"KID": ["kids?"]}, "{KID:3}", "takes no count"),
    ({"EMPTY": []}, "{EMPTY}", "expected a list of alternatives"),
])
def test_a_bad_macro_is_named_in_the_error(macros: dict, pattern: str, problem: str):
    with pytest.raises(PolicyFileError, match=problem):
        _vocabulary(macros, pattern)


def _duplicate_keys(path: Path) -> list[str]:
    """Mapping keys written twice in one block: YAML keeps the last silently, so an earlier entry is lost."""
    import yaml

    found: list[str] = []

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node)
            if key in seen:
                found.append(f"line {key_node.start_mark.line + 1}: {key}")
            seen.add(key)
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
    return found


def test_no_key_is_written_twice_in_the_vocabulary_file():
    assert _duplicate_keys(VOCABULARY) == []


def _parsed(**blocks: Any) -> Any:
    raw = {"audience": [], "bands": [], "channels": [], "accounts": [], "facts": [], "topics": [], "acts": [],
           "items": {}, **blocks}
    return parse_vocabulary(Path("vocabulary.yaml"), raw)


def test_patterns_where_any_one_match_counts_are_scanned_as_one():
    # split only to stay under 120 characters: still one scan of the question
    acts = _parsed(acts=[{"value": "x", "patterns": ["\\bfoo\\b", "\\bbar\\b",
                                                     {"pattern": "\\bbaz\\b", "requires_any": ["incident"]}]}]).acts
    assert [len(c.cues) for c in acts] == [2]
    assert acts[0].cues[0].pattern.search("a bar") and acts[0].cues[0].pattern.search("a foo")
    assert acts[0].cues[1].requires_any == {"incident"}


def test_entries_that_blank_their_words_keep_their_patterns_apart():
    # blanking with one pattern after another can differ from blanking with their alternation
    vocabulary = _parsed(audience=[{"value": "x", "patterns": ["a", "b"]}],
                         facts=[{"value": "y", "consume": True, "patterns": ["a", "b"]}])
    assert [len(c.cues) for c in (*vocabulary.audience, *vocabulary.facts)] == [2, 2]


def test_a_bad_pattern_among_joined_ones_is_named():
    with pytest.raises(PolicyFileError, match=r"acts\[0\]\.patterns\[1\]: invalid regular expression"):
        _parsed(acts=[{"value": "x", "patterns": ["ok", "(unclosed"]}])
