"""The one loaded policy: the policy file, its vocabulary, the verdict engine, question understanding and the
detector registry, built together from one path and passed to every handler and adapter.

Why one object: each of these used to be loaded where it was used, some from the environment, some from a
default path, so the masking in one place could follow a different policy file than the answers in another.
The composition roots (`aupbot serve`, the console, each CLI command, tests) build it once from the settings'
`policy_path` and hand it down; nothing below them picks a policy file.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from policy import answer_reader
from policy.answer_reader import AnswerReader
from policy.document import DEFAULT_POLICY, District, PolicyDocument, PolicyFileError
from policy.engine import Engine, engine_for
from policy.second_reader import SecondReader, reader_for
from policy.understanding import Understanding
from policy.vocabulary import Vocabulary

if TYPE_CHECKING:   # (imported where first used: a question that carries no value never loads the detectors)
    from policy.detectors.registry import Registry

__all__ = ["DEFAULT_POLICY", "PolicyBundle", "PolicyFileError", "load_bundle"]


@dataclass(frozen=True, eq=False)
class PolicyBundle:
    """Everything read from one policy file; immutable, shared by every thread."""

    path: Path
    engine: Engine
    understanding: Understanding
    # the statistical second reader trained for this policy's items (policy/second_reader.py), or None
    second_reader: SecondReader | None = None
    # the answer reader trained on staff's labelled questions for this policy's items (policy/answer_reader.py)
    answer_reader: AnswerReader | None = None

    @property
    def policy(self) -> PolicyDocument:
        return self.engine.policy

    @property
    def registry(self) -> Registry:
        """The detector registry, built on first use (and cached by `build_registry`): answering a question needs
        no detector, and building them all is most of a cold `aupbot ask`."""
        from policy.detectors.registry import build_registry

        return build_registry()

    @property
    def vocabulary(self) -> Vocabulary:
        return self.engine.vocabulary

    @property
    def district(self) -> District:
        return self.engine.policy.district


@lru_cache(maxsize=8)
def _load(path: Path) -> PolicyBundle:
    engine = engine_for(path)
    items = [(n, use.text) for n, use in engine.policy.unacceptable_uses.items()]
    return PolicyBundle(path=path, engine=engine, understanding=Understanding(engine.vocabulary),
                        second_reader=reader_for(items), answer_reader=answer_reader.reader_for(items))


@lru_cache(maxsize=1)
def _default_path() -> Path:
    return Path(DEFAULT_POLICY).resolve()


def load_bundle(path: Path | str = DEFAULT_POLICY) -> PolicyBundle:
    """The bundle for the policy file at `path`; raises PolicyFileError naming the problem. Loading the same
    file again returns the same bundle (tests build many settings objects over one file). The default path is
    resolved once: a question answered without a bundle (tests, benchmarks) asks for it every time, and resolving
    a path walks the file system."""
    return _load(_default_path() if path is DEFAULT_POLICY else Path(path).resolve())
