"""Phrases that take a word from another concept: the reader resolves overlaps longest first across ALL concepts,
so a phrase added to one concept ("my kids", "gaming account") silently takes its words from every other concept
that lists them alone ("kid" is a student). Each such steal of a guarded concept's word must be meant: the phrase
is listed (or reachable through an @include) in the concept it takes from too, or tests/policy/data/
concept_overlaps.yaml says why the longer phrase wins."""
from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest

from policy.concepts import Lexicon, parse_lexicon, read, tokens
from policy.document import PolicyFileError, read_yaml

ALLOWED = Path(__file__).with_name("data") / "concept_overlaps.yaml"


class Steal(NamedTuple):
    taker: str      # the concept whose phrase it is, as written in the file
    phrase: str
    word: str       # the phrase's word, as written
    concept: str    # the concept that lists the word alone and loses it


def _fail(where: str, problem: str) -> Exception:
    return PolicyFileError(f"{where}: {problem}")


def steals(raw: dict[str, Any], guarded: frozenset[str]) -> set[Steal]:
    """Every word of a multi-word phrase that the reader, given the word alone, places in a guarded concept the
    phrase is not in. The word is read by `read` itself, so stems, short words matched as written and
    @includes count exactly as they do for a question. A phrase of the act layer takes no word from any other
    concept (the reader resolves its spans apart), so it steals nothing."""
    lexicon = parse_lexicon(raw, _fail)
    assert isinstance(lexicon, Lexicon)
    alone: dict[str, frozenset[str]] = {}
    out: set[Steal] = set()
    for taker, entries in raw["concepts"].items():
        if taker in lexicon.act_layer:
            continue
        for entry in entries:
            toks = tokens(entry, lexicon.irregular)
            if entry.startswith("@") or len(toks) < 2:
                continue
            seq = tuple(t.stem for t in toks)
            owners = {name for name, seqs in lexicon.concepts.items() if seq in seqs}
            for t in toks:
                if t.text not in alone:
                    alone[t.text] = read(lexicon, t.text).concepts & guarded - lexicon.act_layer
                out.update(Steal(taker, entry, t.text, b) for b in alone[t.text] - owners)
    return out


def allowed(data: dict[str, Any]) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str, str]]]:
    """(taker, concept) pairs whose every steal is meant, and (phrase, word, concept) steals meant one by one."""
    takers = frozenset((e["taker"], e["concept"]) for e in data.get("takers") or [])
    phrases = frozenset((e["phrase"], e["word"], e["concept"]) for e in data.get("phrases") or [])
    return takers, phrases


def unexplained(found: set[Steal], data: dict[str, Any]) -> list[Steal]:
    takers, phrases = allowed(data)
    return sorted(s for s in found if (s.taker, s.concept) not in takers and (s.phrase, s.word, s.concept) not in phrases)


@pytest.fixture(scope="module")
def overlap_data() -> dict[str, Any]:
    return read_yaml(ALLOWED)


@pytest.fixture(scope="module")
def found(overlap_data, bundled_vocabulary_file) -> set[Steal]:
    return steals(bundled_vocabulary_file, frozenset(overlap_data["guarded"]))


def test_every_guarded_concept_exists(overlap_data, bundled_vocabulary_file):
    assert set(overlap_data["guarded"]) <= set(bundled_vocabulary_file["concepts"])


def test_no_phrase_takes_a_guarded_concepts_word_unless_the_allowlist_says_why(found, overlap_data):
    missing = unexplained(found, overlap_data)
    assert not missing, "\n".join(f"{s.taker}: {s.phrase!r} takes {s.word!r} from {s.concept}" for s in missing)


def test_every_allowance_still_names_a_steal(found, overlap_data):
    # an allowance no phrase needs any more is removed, so the list stays as small as the steals it explains
    takers, phrases = allowed(overlap_data)
    assert takers <= {(s.taker, s.concept) for s in found}
    assert phrases <= {(s.phrase, s.word, s.concept) for s in found}


@pytest.mark.parametrize("concepts, expected", [
    # "my kids" in another concept hides the student's "kids"
    ({"student": ["kid"], "family_use": ["my kids"]}, {Steal("family_use", "my kids", "kids", "student")}),
    # "gaming" stems to "game": the games concept loses it
    ({"game_word": ["game"], "personal_service": ["gaming account"]},
     {Steal("personal_service", "gaming account", "gaming", "game_word")}),
    # listed in the concept it takes from too: both concepts read it
    ({"student": ["kid", "my kids"], "family_use": ["my kids"]}, set()),
    # reachable through an @include
    ({"student": ["kid", "@own_kids"], "own_kids": ["my kids"]}, set()),
    # a word of an unguarded concept is not checked
    ({"student": ["kid"], "owner": ["my"], "family_use": ["my kids"]},
     {Steal("family_use", "my kids", "kids", "student")}),
])
def test_a_phrase_taking_a_guarded_word_is_found(concepts, expected):
    assert steals({"concepts": concepts}, frozenset({"student", "game_word"})) == expected


def test_an_allowance_explains_a_steal_by_its_taker_or_by_its_phrase():
    found = {Steal("former_student", "former student", "student", "student"),
             Steal("school_cause", "student council", "student", "student"),
             Steal("family_use", "my kids", "kids", "student")}
    data = {"takers": [{"taker": "former_student", "concept": "student"}],
            "phrases": [{"phrase": "student council", "word": "student", "concept": "student"}]}
    assert unexplained(found, data) == [Steal("family_use", "my kids", "kids", "student")]


# A longer span that takes an act's verb with only a determiner or an owner of its object ("grab my", "add a few")
# says how much or whose, not another act: the verb keeps its own concepts (concepts._verbs_reclaimed), so the act
# is still read as what the verb does.
@pytest.mark.parametrize("question, verdicts", [
    ("can I grab my cousin's kid's report card from the gradebook so I can tell her how he's doing?", {"prohibited"}),
    ("can I grab my roommate's kid's IEP from the district system so she knows what's in it?", {"prohibited"}),
    ("is it ok to add a few apps I found online to the library ipads?", {"prohibited"}),
])
def test_a_verb_taken_with_a_determiner_keeps_its_own_reading(check_answer, question, verdicts):
    check_answer(question, verdicts, set())


@pytest.mark.parametrize("question, verb", [
    # a particle makes its own verb: the verb is not read alone
    ("can I fire off a google chat to the bookkeeper from my cps account?", "fire"),
])
def test_a_phrasal_verb_keeps_the_verb_to_itself(understanding, question, verb):
    from policy.concepts import ASKED_ACT

    r = understanding.reading(question)
    assert not any(r.tokens[h.start].text == verb and h.end == h.start + 1 and h.concept != ASKED_ACT
                   for h in r.hits)
