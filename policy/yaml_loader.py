"""The one YAML parser for the data files (policy, vocabulary, detector tables, messages).

libyaml's C loader parses the same safe subset as PyYAML's pure-Python `safe_load`, about seven times faster;
the data files are read at start and on the first scan, so this is most of a cold `aupbot ask` that carries a
value (the paste warning builds the detectors). PyYAML built without libyaml falls back to the Python loader.
"""
from __future__ import annotations

from typing import IO, Any

import yaml

LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """`yaml.safe_load`, with the C loader when PyYAML has it."""
    return yaml.load(stream, Loader=LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
