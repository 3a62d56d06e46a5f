"""The vocabulary file states concepts and frames, not sentences (issue 10): no regular expression in it is
longer than 120 characters. The patterns written before that rule are listed in an explicit allowlist that may
only shrink: a new long pattern fails (name its words as a concept instead), and a listed pattern that was split
or removed must leave the list."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from policy.document import read_yaml

VOCABULARY = Path(__file__).resolve().parents[2] / "policy" / "data" / "vocabulary.yaml"
ALLOWLIST = Path(__file__).resolve().parent / "data" / "long_vocabulary_regexes.txt"
MAX_REGEX_CHARS = 120
# a pattern is named in the allowlist by where it stands (without its index, so neighbours may come and go) and
# how it begins
KEY_CHARS = 60
# the blocks whose entries are regular expressions; `concepts`, `frames` and the rest are word lists
PATTERN_BLOCKS = ("audience", "bands", "channels", "accounts", "acts", "facts", "topics")
PLAIN_LISTS = ("negated_channels", "negated_content")


def _pattern(entry: Any) -> str | None:
    if isinstance(entry, dict):
        entry = entry.get("pattern")
    return entry if isinstance(entry, str) else None


def regexes(vocabulary: dict) -> Iterator[tuple[str, str]]:
    """(where, pattern) for every regular expression the vocabulary file spells."""
    for name, value in (vocabulary.get("macros") or {}).items():
        yield f"macros.{name}", value
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


def _key(where: str, pattern: str) -> str:
    return f"{where}\t{pattern[:KEY_CHARS]}"


def _long() -> Counter[str]:
    return Counter(_key(w, p) for w, p in regexes(read_yaml(VOCABULARY)) if len(p) > MAX_REGEX_CHARS)


def _allowed() -> Counter[str]:
    lines = ALLOWLIST.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line and not line.startswith("#"))


def test_no_new_regex_is_longer_than_120_characters():
    new = _long() - _allowed()
    assert not new, ("regexes over 120 characters: name their words as a concept ({@name}) or a frame instead:\n"
                     + "\n".join(sorted(new)))


def test_the_allowlist_of_long_regexes_only_shrinks():
    gone = _allowed() - _long()
    assert not gone, ("these regexes are now short or gone: remove them from " + ALLOWLIST.name + ":\n"
                      + "\n".join(sorted(gone)))


def test_the_walk_finds_every_kind_of_pattern():
    # the rule can only hold if the walk reads the blocks the reader compiles
    found = {where.split(".")[0] for where, _ in regexes(read_yaml(VOCABULARY))}
    assert {"macros", "audience", "channels", "acts", "facts", "items", "negated_channels"} <= found


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
