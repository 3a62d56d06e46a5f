"""The cue sieve (policy/cue_sieve.py) skips only patterns that cannot match: whatever the text, a pattern it
leaves out finds nothing, so reading a question gives the same situation with or without it."""
from __future__ import annotations

import re

import pytest

from bench.bench_ask import table_questions
from policy.cue_sieve import CueSieve, needles
from policy.understanding import normalize
from policy.vocabulary import Cue


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:google classroom|canvas)\b", {"google classroom", "canvas"}),
    (r"\bmy (?:kid|child)s?\b", {"my "}),
    (r"(?i)\bPASSWORD\b", {"password"}),
    (r"\b(?:texts?|emails?)\b", {"text", "email"}),
    (r"\w+@\w+", {"@"}),
])
def test_needles_are_the_literal_text_every_match_contains(pattern, expected):
    assert needles(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"\b\w+\b", r"(?:ok)?\d+", r"(?!text)\w+", r"(?:a|\d)b?"])
def test_a_pattern_that_spells_no_text_every_match_holds_has_no_needles(pattern):
    assert needles(re.compile(pattern)) is None


def test_a_text_with_letters_ignoring_case_cannot_be_sifted():
    # "ſ" matches "s" ignoring case: a text outside ASCII runs every pattern
    sieve = CueSieve([Cue(re.compile(r"(?i)\bsend\b"))])
    assert sieve.sift("can i ſend it") is None
    assert sieve.sift("can i mail it") == set()


def test_the_sieve_never_leaves_out_a_pattern_that_matches(understanding):
    v = understanding.v
    cues = [cue for block in (v.facts, v.audience, v.bands, v.channels, v.accounts, v.topics, v.acts)
            for c in block for cue in c.cues] + [cue for ic in v.items for cue in (*ic.cues, *ic.support_cues)]
    sieve = CueSieve(cues)
    for question in table_questions()[::3]:
        text = normalize(question)
        may = sieve.sift(text)
        if may is None:
            continue        # not ASCII: every pattern runs
        for cue in cues:
            if id(cue) not in may:
                assert cue.pattern.search(text) is None, (question, cue.pattern.pattern)
