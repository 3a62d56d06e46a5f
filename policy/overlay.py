"""A district's vocabulary overlay: its own words (the name of its messaging app, its systems, its labels) merged
over the shared vocabulary, so a district adds what is its own without copying the whole file.

The overlay is a YAML file in the vocabulary's format holding only these keys:

- `channels`, `audience`, `bands`, `accounts`, `acts`, `facts`, `topics`: entries `{value, patterns}`. An entry
  for a value the vocabulary already has puts its patterns before the shared ones; an entry for a new value
  comes before all shared entries, because a district's own names are the most specific words in a question
  (they must consume "lakelink" before the shared "link" can read anything into it).
- `typos`, `macros`: merged, the overlay's entry winning.
- `labels`: merged per kind (`labels.channel.group_app`: how the options of a clarify name the channel).
- `fuzzy_words`: added to the shared list.

Anything else is refused: reading rules live in the policy file, and paraphrases of the unacceptable uses are
shared (a policy maps its items onto them with `reads`).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from policy.document import PolicyDocument, PolicyFileError, read_bytes, read_yaml
from policy.parsed_cache import load_or_parse
from policy.vocabulary import Vocabulary, items_key, load_vocabulary, parse_vocabulary

CONCEPT_KEYS = ("audience", "bands", "channels", "accounts", "acts", "facts", "topics")
MAPPING_KEYS = ("typos", "macros")
OVERLAY_KEYS = (*CONCEPT_KEYS, *MAPPING_KEYS, "labels", "fuzzy_words", "schema")


def merge_overlay(base: dict[str, Any], overlay: Any, overlay_path: Path) -> dict[str, Any]:
    """The shared vocabulary's raw mapping with the overlay merged in (neither argument is changed)."""
    name = overlay_path.name
    if overlay is None:
        return base
    if not isinstance(overlay, dict):
        raise PolicyFileError(f"{name}: top level: expected a mapping")
    unknown = sorted(set(overlay) - set(OVERLAY_KEYS))
    if unknown:
        raise PolicyFileError(f"{name}: {unknown[0]}: not allowed in an overlay (one of {', '.join(OVERLAY_KEYS)})")
    merged = dict(base)
    for key in CONCEPT_KEYS:
        entries = overlay.get(key)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise PolicyFileError(f"{name}: {key}: expected a list of {{value, patterns}}")
        shared = [dict(e) for e in base.get(key) or []]
        by_value: dict[Any, dict[str, Any]] = {}
        for e in shared:   # a value listed twice: the overlay's patterns join its first entry
            by_value.setdefault(e.get("value"), e)
        new: list[dict[str, Any]] = []
        for i, e in enumerate(entries):
            if not isinstance(e, dict) or not isinstance(e.get("value"), str):
                raise PolicyFileError(f"{name}: {key}[{i}].value: missing")
            patterns = e.get("patterns")
            if not isinstance(patterns, list) or not patterns:
                raise PolicyFileError(f"{name}: {key}[{i}].patterns: missing (a list of patterns)")
            if e["value"] in by_value:
                target = by_value[e["value"]]
                target["patterns"] = [*patterns, *(target.get("patterns") or [])]
            else:
                new.append(dict(e))
        merged[key] = [*new, *shared]
    for key in MAPPING_KEYS:
        table = overlay.get(key)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise PolicyFileError(f"{name}: {key}: expected a mapping")
        merged[key] = {**(base.get(key) or {}), **table}
    labels = overlay.get("labels")
    if labels is not None:
        if not isinstance(labels, dict) or not all(isinstance(v, dict) for v in labels.values()):
            raise PolicyFileError(f"{name}: labels: expected a mapping of kind: {{value: label}}")
        merged["labels"] = {k: dict(v) for k, v in (base.get("labels") or {}).items()}
        for kind, table in labels.items():
            merged["labels"][kind] = {**merged["labels"].get(kind, {}), **table}
    words = overlay.get("fuzzy_words")
    if words is not None:
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise PolicyFileError(f"{name}: fuzzy_words: expected a list of words")
        merged["fuzzy_words"] = [*(base.get("fuzzy_words") or []), *words]
    return merged


@lru_cache(maxsize=8)
def load_vocabulary_with_overlay(path: Path, overlay_path: Path | None,
                                 known_items: frozenset[int] | None = None) -> Vocabulary:
    """The vocabulary at `path` with the overlay merged in, validated as one file (errors name the vocabulary;
    a pattern the overlay brought names the overlay's value)."""
    data = read_bytes(path)
    overlay = read_bytes(overlay_path) if overlay_path is not None else None

    def parse() -> Vocabulary:
        raw = read_yaml(path, data)
        if overlay_path is not None:
            if not isinstance(raw, dict):
                raise PolicyFileError(f"{path.name}: top level: expected a mapping")
            raw = merge_overlay(raw, read_yaml(overlay_path, overlay), overlay_path)
        return parse_vocabulary(path, raw, set(known_items) if known_items is not None else None)

    # the overlay is an input like the vocabulary: a change to either names another cache (policy/parsed_cache.py)
    key = f"{items_key(known_items)}; overlay {overlay_path.resolve() if overlay_path else None}"
    return load_or_parse(path, [data] if overlay is None else [data, overlay], parse, Vocabulary, key)


def vocabulary_for(policy: PolicyDocument) -> Vocabulary:
    """The vocabulary a policy file names, with its overlay, checked against the policy's items: the one loader
    the engine and `aupbot policy check` share."""
    if policy.vocabulary_path is None:
        raise PolicyFileError(f"{policy.path.name}: vocabulary: missing (the engine needs a vocabulary file)")
    mapped = any(use.reads for use in policy.unacceptable_uses.values())
    if policy.vocabulary_overlay_path is None and not mapped:
        return load_vocabulary(policy.vocabulary_path, frozenset(policy.unacceptable_uses))
    # a mapped list is checked the other way round: every `reads` must name a cue set the vocabulary has
    vocabulary = load_vocabulary_with_overlay(policy.vocabulary_path, policy.vocabulary_overlay_path,
                                              None if mapped else frozenset(policy.unacceptable_uses))
    keys = {ic.item for ic in vocabulary.items}
    for use in policy.unacceptable_uses.values():
        missing = [k for k in use.reads if k not in keys]
        if missing:
            raise PolicyFileError(f"{policy.path.name}: unacceptable_uses[{use.item - 1}].reads: "
                                  f"{missing[0]} is no item key of {policy.vocabulary_path.name}")
    return vocabulary
