"""The one YAML parser for the data files (policy, vocabulary, detector tables, messages).

libyaml's C loader parses the same safe subset as PyYAML's pure-Python `safe_load`, about seven times faster;
the data files are read at start and on the first scan, so this is most of a cold `aupbot ask` that carries a
value (the paste warning builds the detectors). PyYAML built without libyaml falls back to the Python loader.

A data file read whole (`load_file`, `load_kept`) is kept parsed between processes (policy/parsed_cache.py, keyed
by the file's bytes, the parser's sources and the Python and PyYAML versions, so never stale): importing PyYAML
and parsing the policy file, the messages and the detectors' tables were some 25 ms of a cold `aupbot ask` with
no value and 50 ms of one with a value. PyYAML is imported on the first parse only, so a process whose files are
all kept parsed never imports it.
"""
from __future__ import annotations

from pathlib import Path
from typing import IO, Any, NamedTuple

# the kept forms' suffix: apart from the vocabulary's parsed form (".parsed.pickle"), so that neither's latest
# forms push out the other's (policy/parsed_cache.py keeps a few per file and suffix)
KEPT_SUFFIX = ".yaml-data.pickle"


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """`yaml.safe_load`, with the C loader when PyYAML has it."""
    import yaml  # (here, not at the top: a cold process that finds every file kept parsed never needs it)

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(stream, Loader=loader)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)


def is_syntax_error(exc: BaseException) -> bool:
    """Whether `exc` is PyYAML's error for a text that does not parse. For callers that catch around `safe_load`
    without importing PyYAML themselves: it is imported here only once a parse has raised, when it is loaded anyway."""
    import yaml

    return isinstance(exc, yaml.YAMLError)


class Parsed(NamedTuple):
    """A kept parse: the wrapper tells a cached `None` (an empty file) from no cache at all."""

    value: Any


def load_kept(source: Path, text: str) -> Any:
    """`safe_load(text)` of `source`'s text, kept parsed between processes beside the file. A text that does not
    parse raises as `safe_load` does, and nothing is kept."""
    from policy.parsed_cache import load_or_parse

    return load_or_parse(source, [text.encode("utf-8")], lambda: Parsed(safe_load(text)), Parsed,
                         suffix=KEPT_SUFFIX).value


def load_file(path: Path) -> Any:
    """`safe_load(path.read_text(encoding="utf-8"))`, kept parsed between processes (`load_kept`)."""
    return load_kept(path, path.read_text(encoding="utf-8"))
