"""What a data file parses to, kept between processes in a `__pycache__` directory beside the file (as Python keeps
a module's bytecode beside its source).

Why: every new process used to parse the vocabulary from scratch: 800 KB of YAML, its macros and concepts, a
lexicon of concepts expanded into stem sequences and some 280 regular expressions, about 0.4 s of CPU before a
cold `aupbot ask` could answer, where loading the parsed result takes a few hundredths.

Correct when anything changes: a cache file is named by a digest of everything the result depends on (the bytes
of every input file, the file's path, the arguments of the parse, the source of the `policy` modules that define
and parse it, the Python and PyYAML versions). A changed file, parser or interpreter names another cache file,
never a stale one; the older file beside it is removed when the new one is written.

Regular expressions are kept compiled: Python's `re` keeps no compiled form of a pattern (pickling one stores its
text, compiled again on loading, which was most of what loading still cost), so each is stored as the program
CPython's `re` compiler made of it, and loading hands that to the C engine as `re.compile` does. That is the `re`
module's inner interface: a program is stored only when the engine given it builds a pattern equal to the one
`re.compile` built (same text, flags and program), and the Python version is part of the key; anything else is
stored as text and compiled on loading, as pickle always did.

Only parsed data goes in: the cache is written at once after parsing, before any question is read, and the
lexicon's per-question stem cache is never pickled (`Lexicon.__getstate__`), so no text a user typed is stored.

Trust: pickle runs the code a crafted file names, so a cache is read only from a directory and a file that this
process's user (or root) owns and no one else may write, the rule ssh applies to its keys. Anything that goes
wrong (a read-only install, a full disk, a damaged file) is a miss: the data file is parsed as it always was.
"""
from __future__ import annotations

import copyreg
import gc
import hashlib
import importlib
import importlib.util
import io
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

_sre: Any = importlib.import_module("_sre")     # the C engine of `re` (it ships no type information)

T = TypeVar("T")
CACHE_DIR = "__pycache__"
SUFFIX = ".parsed.pickle"
_POLICY_DIR = Path(__file__).resolve().parent
_OTHERS_MAY_WRITE = 0o022
KEEP = 4            # parsed forms kept per data file


@cache
def code_digest() -> bytes:
    """The source of every module of the `policy` package's top level (the parsed classes and their parsers),
    and the versions that read the files and load the pickle."""
    modules = sorted(_POLICY_DIR.glob("*.py"))
    if not any(m.name == "vocabulary.py" for m in modules):
        # installed without sources (bytecode only): no way to tell one version of the parser from another
        raise FileNotFoundError(f"no policy sources in {_POLICY_DIR}: the parsed cache is off")
    h = hashlib.sha256(f"{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0".encode() + _yaml_source())
    for module in modules:
        h.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    return h.digest()


def _yaml_source() -> bytes:
    """PyYAML's own `__init__` (which names its version), read without importing the package: a cold process whose
    data files are all kept parsed never imports it (policy/yaml_loader.py)."""
    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:
        return b"no yaml"
    return Path(spec.origin).read_bytes()


def cache_path(source: Path, inputs: Sequence[bytes], key: str = "", suffix: str = SUFFIX) -> Path:
    """Where the parsed form of `source` (read together with `inputs`, and `key` for the parse's arguments) is
    kept."""
    h = hashlib.sha256(code_digest())
    for part in (str(source.resolve()).encode(), key.encode(), *inputs):
        h.update(len(part).to_bytes(8, "big") + part)
    return source.parent / CACHE_DIR / f"{source.name}.{h.hexdigest()[:32]}{suffix}"


def _trusted(*paths: Path) -> bool:
    """Each path owned by this user or root, and writable by no one else."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:          # no owners to check (not a POSIX system): no cache
        return False
    owners = (getuid(), 0)
    for p in paths:
        st = p.stat()
        if st.st_uid not in owners or st.st_mode & _OTHERS_MAY_WRITE:
            return False
    return True


def _load(path: Path) -> object:
    if not _trusted(path.parent, path):
        raise PermissionError(f"{path} is not owned by this user or is writable by others")
    data = path.read_bytes()
    # The collector off while the objects are made: unpickling the vocabulary makes some 200,000 containers, and
    # every 700 of them started a collection that walked the ones made so far (about a third of the load's CPU,
    # 50 ms of a cold `aupbot ask`). A pickle holds no cycles to collect.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)  # noqa: S301 - a file only this user could have written (_trusted)
    finally:
        if collecting:
            gc.enable()


def engine_arguments(pattern: re.Pattern[str]) -> tuple[Any, ...] | None:
    """What `re.compile` hands the C engine for `pattern` (re/_compiler.py `compile`: the text, the flags, the
    program, the groups), or None where the engine given them does not build an equal pattern."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = [int(op) for op in _compiler._code(parsed, pattern.flags)]     # opcodes are named ints: plain ones
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        arguments = (pattern.pattern, pattern.flags | parsed.state.flags, code, parsed.state.groups - 1,
                     groupindex, tuple(indexgroup))
        return arguments if _sre.compile(*arguments) == pattern else None
    except Exception:  # another Python's `re` inside: the pattern is stored as text
        return None


def compiled_pattern(*arguments: Any) -> re.Pattern[str]:
    """A pattern from the engine's arguments (`engine_arguments`), as `re.compile` builds it."""
    built: re.Pattern[str] = _sre.compile(*arguments)
    return built


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    arguments = engine_arguments(pattern)
    if arguments is None:
        return re.compile, (pattern.pattern, pattern.flags)     # what pickle does with a pattern by default
    return compiled_pattern, arguments


def dumps(value: object) -> bytes:
    """`value` pickled, its regular expressions as compiled programs."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern}
    pickler.dump(value)
    return out.getvalue()


def _store(path: Path, value: object, suffix: str = SUFFIX) -> None:
    path.parent.mkdir(mode=0o755, exist_ok=True)
    if not _trusted(path.parent):
        return
    data = dumps(value)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        # readable by all, as the data file is (a bot installed by root and run as a service user reads what
        # root's first run wrote), writable by its owner only
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)       # whole or not at all, for a process reading it at the same moment
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # the forms of the same file for other contents or arguments (an overlay, a test's items): the latest few stay
    digest_at = path.name.index(".", len(path.name) - len(suffix) - 33)
    siblings = sorted(path.parent.glob(path.name[:digest_at] + ".*" + suffix), key=_mtime, reverse=True)
    for old in siblings[KEEP:]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def load_or_parse(source: Path, inputs: Sequence[bytes], parse: Callable[[], T], kind: type[T],
                  key: str = "", suffix: str = SUFFIX) -> T:
    """`parse()`, or what it returned the last time it was called on the same inputs by the same code. `inputs`:
    the bytes of every file `parse` reads (`source` first); `key`: its other arguments, as text; `kind`: the type
    it returns (a cache file holding anything else is a miss); `suffix`: the cache files' own, one per kind of
    parse of a file (a file's latest few forms are kept per suffix)."""
    try:
        path: Path | None = cache_path(source, inputs, key, suffix)
    except OSError:         # the parser's sources cannot be read: no cache
        path = None
    try:
        value = _load(path) if path is not None else None
        if isinstance(value, kind):
            return value
    except Exception:  # noqa: S110 - a missing, foreign or damaged cache is a miss: parse as before
        pass
    parsed = parse()
    try:
        if path is not None:
            _store(path, parsed, suffix)
    except Exception:  # noqa: S110 - a cache that cannot be written (read-only install, full disk) costs only time
        pass
    return parsed
