"""The cue patterns' prefilter (policy/required_text.py, `Cue.needs`, `Cue.parts`): a pattern, or one of its
alternatives, is skipped only on a text it cannot match, so skipping it never changes what the reader finds; and a
question's text and reading are made once per answer (`Understanding._prepared`)."""
from __future__ import annotations

import pickle
import re

import pytest

from policy import required_text
from policy.bundle import load_bundle
from policy.required_text import register, required_strings, strings_in, top_level_branches
from policy.understanding import normalize
from policy.vocabulary import Cue

# (tables of patterns are dicts here: the ask benchmark takes every module-level list of tuples in these files as
# questions, and a pattern is none)
REQUIRED = {
    r"\bphone\b": {"phone"},
    r"\b(?:text|txt|sms)(?:ing|ed)?\b": {"text", "txt", "sms"},
    r"\b(?:my|our) (?:own )?(?:cell|mobile)\b": {"cell", "mobile"},           # the most telling part is kept
    r"(?:personal )?e-?mail": {"mail"},
    r"\bgroup ?chats?\b": {"group"},
    r"\b(?:[a-z]+ )?(?:signed|approved)\b": {"signed", "approved"},
    r"(?:ab)+cde": {"cde"},
}
NOTHING_REQUIRED = [
    r"\b(?:text|me)?\b",                 # the whole alternation is optional
    r"[a-z]+ly\b",                       # only two letters are fixed: in almost every question
    r"\b(?:phone|[0-9]+)\b",             # one branch is a class
    r"(?i)phone",                        # a literal that matches other cases
    r"(?:parent|)s",                     # an empty branch
    r"(?=.*permission)\bok\b",           # a lookahead's words are not counted (nor are the two letters)
]


@pytest.mark.parametrize(("pattern", "strings"), REQUIRED.items())
def test_a_pattern_requires_its_fixed_words(pattern: str, strings: set[str]) -> None:
    assert set(required_strings(re.compile(pattern))) == strings



def cannot_match(needs: tuple[str, ...], text: str) -> bool:
    """The plain reading of a cue's required strings, which the index (`strings_in`) must agree with: none of them is
    in `text`, so the pattern finds nothing there (a cue with no required strings is always run)."""
    return bool(needs) and not any(s in text for s in needs)

@pytest.mark.parametrize("pattern", NOTHING_REQUIRED)
def test_a_pattern_with_nothing_fixed_is_always_run(pattern: str) -> None:
    assert required_strings(re.compile(pattern)) == ()


def test_a_cue_skipped_on_a_text_without_its_words_finds_and_blanks_the_same() -> None:
    cue = Cue(re.compile(r"\b(?:text|txt)(?:ing)? (?:the|my) kids\b"))
    for said in ("could i be txting my kids after the game", "no phones at all", "text the kids, text my kids"):
        assert cue.search(said) is (cue.pattern.search(said) is not None)
        assert cue.blank(said) == cue.pattern.subn(lambda m: " " * (m.end() - m.start()), said)
    assert cannot_match(cue.needs, "no phones at all")
    assert not cannot_match((), "anything: a cue with no required words is always run")


BRANCHES = {
    r"(?:\bcall\b)|(?:\btext\b)": [r"(?:\bcall\b)", r"(?:\btext\b)"],
    r"a[|]b|c\|d|(?:e|f)": ["a[|]b", r"c\|d", "(?:e|f)"],      # a "|" in a class, escaped or in a group stays
    r"[]|]x|y": ["[]|]x", "y"],                                   # "]" first in a class is a literal
    r"(?:text|call) me": None,                                   # no alternation at the top level
    r"(a)|\1b": None,                                            # a back-reference needs its group
    r"(?x) a | b": None,                                          # a flag for the whole pattern
}


@pytest.mark.parametrize(("source", "branches"), BRANCHES.items())
def test_an_alternation_is_split_only_at_its_top_level(source: str, branches: list[str] | None) -> None:
    assert top_level_branches(source) == branches


def test_a_split_cue_finds_what_its_whole_pattern_finds() -> None:
    cue = Cue(re.compile(r"(?:\b(?:snap|dm)(?:ped|ping)? (?:him|her)\b)|(?:\bwhats ?app\b)|(?:\b[a-z]+gram\b)"))
    assert len(cue.parts) == 3
    for said in ("dmping her tonight", "on whatsapp", "on the gram", "insta gram", "a telegram", "nothing here"):
        assert cue.search(said) is (cue.pattern.search(said) is not None), said


def _questions() -> list[str]:
    from bench.bench_ask import table_questions

    return table_questions()[::7]


def test_no_vocabulary_cue_matches_a_question_without_its_required_words() -> None:
    understanding = load_bundle().understanding
    v = understanding.v
    cues = [cue for concept in (*v.facts, *v.audience, *v.bands, *v.channels, *v.accounts, *v.topics, *v.acts)
            for cue in concept.cues]
    cues += [cue for ic in v.items for cue in (*ic.cues, *ic.support_cues)]
    cues += [*v.negated_content, *v.negated_channels]
    assert sum(bool(c.needs) for c in cues) > len(cues) // 2     # the prefilter is in use
    for question in _questions():
        text = understanding.fix_typos(normalize(question))
        for cue in cues:
            found = cue.pattern.search(text) is not None
            if found:
                assert not cannot_match(cue.needs, text), (cue.pattern.pattern, question)
            assert cue.search(text) is found, (cue.pattern.pattern, question)


def _plain_pass(concepts: tuple, text: str, *, consume_all: bool) -> tuple[list[str], str]:
    """A family's pass with no prefilter at all: every cue's own pattern searched or blanked, in order."""
    found = []
    for c in concepts:
        hit = False
        for cue in c.cues:
            if consume_all or c.consume:
                text, n = cue.pattern.subn(lambda m: " " * (m.end() - m.start()), text)
                hit = hit or n > 0
            elif cue.pattern.search(text):
                hit = True
                break
        if hit:
            found.append(c.value)
    return found, text


def test_a_family_pass_finds_and_blanks_what_every_cue_run_alone_does() -> None:
    # the reader's pass looks a text's strings up once, again only after a blank changed the text, and skips a
    # concept none of whose cues' strings is there: the values found and the text left must be the plain pass's
    understanding = load_bundle().understanding
    v = understanding.v
    assert any(c.needs_any for c in v.facts) and any(not c.needs_any for c in v.facts)
    texts = [understanding.fix_typos(normalize(q)) for q in _questions()]
    texts += ["my jv squad and their moms in one whatsapp group, coaches cc'd", "no  students ,,, just   staff"]
    for text in texts:
        for family in (v.facts, v.audience, v.bands, v.channels, v.accounts, v.topics, v.acts):
            for consume_all in (False, True):
                assert understanding._found(family, text, consume_all=consume_all) \
                    == _plain_pass(family, text, consume_all=consume_all), text


def test_a_question_is_read_once_for_the_situation_and_the_second_reader() -> None:
    understanding = load_bundle().understanding
    question = "can our robotics mentors snap the freshmen about the bus times from their own phones?"
    understanding.read(question)
    assert understanding.reading(question) is understanding.reading(question)
    assert understanding.read(question) == understanding.read(question)


# texts and strings a piece index could get wrong: strings inside others, at either end, overlapping themselves,
# with marks and letters outside ASCII, and one shorter than a piece
PRESENCE_STRINGS = ("zqx", "ingest", "gest", "the", "oo", "ooo", "e-mail", "café", "x's", "cafe", "mailing list")
PRESENCE_TEXTS = ["", "zq", "zqx", "ingesting the e-mail", "a café menu, not a cafe", "ooo", "the boss's x's",
                  "mailing  list", "mailing list", "email", "xzqxz " * 3, "gestingest"]


@pytest.mark.parametrize("text", PRESENCE_TEXTS)
def test_the_strings_a_text_holds_are_exactly_those_a_substring_test_finds(text: str) -> None:
    register(PRESENCE_STRINGS)
    found = strings_in(text)
    assert {s for s in PRESENCE_STRINGS if s in text} == found & set(PRESENCE_STRINGS)


def test_a_string_registered_after_a_text_was_read_is_found_in_it() -> None:
    text = "the kiwi orchard permission slip, qjvw"
    strings_in(text)
    register(("qjvw orch",))
    register(("qjvw",))
    assert "qjvw" in strings_in(text) and "qjvw orch" not in strings_in(text)


def test_a_cue_loaded_from_the_parsed_cache_registers_its_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = pickle.dumps(Cue(re.compile(r"\bwxyvq(?:zz)?\b")))
    monkeypatch.setattr(required_text, "_INDEX", required_text._Index())     # as in a new process
    cue = pickle.loads(stored)
    assert cue.needs == ("wxyvq",)
    assert cue.search("a wxyvqzz b") and not cue.search("a wxyv b")
    assert "wxyvq" in strings_in("so wxyvq it is")
