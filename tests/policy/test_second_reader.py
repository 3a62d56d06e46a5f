"""The statistical second reader (policy/second_reader.py, issue 10): its corpus stays apart from every scored set,
the shipped weights give the trainer's predictions, and it only ever makes an answer stricter, where the rule
reader found no item, never for a report question or an act on the asker's own account and time; beside an item the
rules placed in a prohibited answer it may add one citation, never another verdict."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from handlers.ask import answer, explain
from policy.bundle import load_bundle
from policy.second_reader import (
    NONE,
    SECOND_LOOK_VERDICTS,
    WEIGHTS,
    SecondReader,
    corroborated_past_means,
    features,
    in_the_items_reach,
    load,
    nothing_told_to_a_colleague,
    question_features,
    ruled_out,
    second_item,
    second_look,
    wants_second_look,
    weight_lines,
    within_district_means,
)
from policy.situation import Situation
from training.second_reader import compose, train

ROOT = Path(__file__).resolve().parents[2]
SCORED_SETS = [*sorted((ROOT / "eval").glob("*/*.jsonl")), ROOT.parent / "shared" / "eval-dev" / "questions.jsonl",
               ROOT.parent / "shared" / "eval-dev" / "messages.jsonl"]


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _scored_texts() -> set[str]:
    out: set[str] = set()
    for path in SCORED_SETS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out |= {_squash(row[k]) for k in ("question", "text") if isinstance(row.get(k), str)}
    return out


# -- the corpus -------------------------------------------------------------------------------------------------

def test_no_corpus_question_appears_in_a_scored_set():
    scored = _scored_texts()
    assert len(scored) > 500, "the scored sets were not found"
    corpus = {_squash(r["question"]) for r in train.load_corpus()}
    assert not corpus & scored


def test_no_hand_written_fragment_is_a_scored_question():
    data = compose.load_fragments()
    written = [q for block in data["items"].values() for q in (*block["acts"], *block.get("whole", ()))]
    written += [*data["none"]["acts"], *data["none"]["whole"]]
    scored = _scored_texts()
    assert not [w for w in written if _squash(w) in scored]


def test_every_item_has_at_least_25_questions_and_ordinary_questions_at_least_300():
    counts: dict[str, int] = {}
    for row in train.load_corpus():
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    assert set(counts) == {str(n) for n in range(1, 38)} | {NONE}
    assert min(counts[str(n)] for n in range(1, 38)) >= 25
    assert counts[NONE] >= 300


def test_the_shipped_corpus_is_what_the_composer_writes():
    data = compose.load_fragments()
    assert compose.compose(data) + compose.load_natural() == train.load_corpus()


# -- the weights ------------------------------------------------------------------------------------------------

def _pairs(reader: SecondReader, feature: str) -> tuple[tuple[int, float], ...]:
    """A feature's weights as (class, weight) pairs, as its line lists them."""
    classes, weights = reader.weights_of(feature)
    return tuple(zip(classes.tolist(), weights.tolist(), strict=True))


def test_the_shipped_weights_give_the_trainers_predictions():
    reader = load()
    checks = reader.checks()
    assert len(checks) >= 50
    for check in checks:
        got = reader.predict(check["question"])
        assert got.label == check["label"], check["question"]
        assert got.score == pytest.approx(check["score"], abs=1e-6)


def test_a_features_weights_are_found_in_the_sorted_lines_and_an_unknown_feature_has_none(tmp_path):
    header = {"items_digest": "-", "threshold": 0.0, "classes": ["1", "2", NONE], "intercept": [0.0, 0.0, 0.0]}
    weights = {"w:pool": [(0, 0.75), (2, -0.5)], "b:a pool": [(1, 0.125)], "b:a": [(2, 1e-05)], "c: po": [(0, 2.0)]}
    path = tmp_path / "weights.jsonl"
    path.write_text(json.dumps(header) + "\n[]\n" + weight_lines(weights), encoding="utf-8")
    reader = SecondReader(path)
    for feature, row in weights.items():
        assert _pairs(reader, feature) == tuple(row)
    assert _pairs(reader, "w:poo") == _pairs(reader, "b:a po") == _pairs(reader, "zzz") == ()


def test_every_weight_parsed_at_once_gives_the_same_margins_to_the_last_bit(tmp_path):
    # a served process parses every line at its start (`load_all`); the sums gathered from that table are the lazy
    # lines' sums, features without weights and repeated classes included, and a lookup never reads the file again
    header = {"items_digest": "-", "threshold": 0.0, "classes": ["1", "2", NONE], "intercept": [0.5, -0.25, 0.125]}
    weights = {"w:pool": [(0, 0.75), (2, -0.5)], "b:a pool": [(1, 0.1), (0, 0.2)], "c: po": [(0, 2.0), (1, 1e-17)],
               "w:a": [(2, 1 / 3)]}
    path = tmp_path / "weights.jsonl"
    path.write_text(json.dumps(header) + "\n[]\n" + weight_lines(weights), encoding="utf-8")
    asked = ({"w:pool": 0.3, "zzz": 9.0, "c: po": 0.7, "w:a": 0.1}, {"b:a pool": 1.0}, {"nothing": 1.0}, {})
    lazy = [SecondReader(path).scores_of(feats) for feats in asked]
    table = SecondReader(path)
    table.load_all()
    path.unlink()
    assert [table.scores_of(feats) for feats in asked] == lazy
    assert lazy[0] != lazy[-1] == header["intercept"]


@pytest.mark.parametrize("path", [WEIGHTS, ROOT / "policy" / "data" / "answer_reader.jsonl"])
def test_the_shipped_readers_give_the_same_margins_from_their_table(path):
    lazy, table = SecondReader(path), SecondReader(path)
    table.load_all()
    for question in ("can I text my 10th graders about practice?", "my chromebook got stolen who do I tell",
                     "ok to post the spring concert video where the families can watch it?"):
        assert table.scores(question) == lazy.scores(question)


def test_the_bisection_finds_the_first_and_last_lines_and_features_that_prefix_each_other(tmp_path):
    header = {"items_digest": "-", "threshold": 0.0, "classes": ["1", NONE], "intercept": [0.0, 0.0]}
    weights = {"b:a": [(0, 0.5)], "b:a b": [(1, 0.25)], "b:ab": [(0, -1.5)], "w:a": [(1, 3.0)], "w:zz": [(0, 1.0)]}
    path = tmp_path / "weights.jsonl"
    path.write_text(json.dumps(header) + "\n[]\n" + weight_lines(weights), encoding="utf-8")
    reader = SecondReader(path)
    for feature, row in weights.items():
        assert _pairs(reader, feature) == tuple(row)
    for missing in ("", "a", "b:", "b:a ", "b:aa", "w:", "w:b", "w:zzz", "~"):
        assert _pairs(reader, missing) == (), missing


@pytest.mark.parametrize("mark_chars", [1, 12, 30, 4096])
def test_a_lookup_finds_the_same_line_whatever_the_stretch_between_marks(tmp_path, monkeypatch, mark_chars):
    # marks on every line, every few lines and on the first line only: the line is in the stretch a mark opens,
    # at its first line, in its middle or at the file's last line (no newline after it), and a feature that ends
    # another's name ("w:a" in "w:ba"), or shares a line's start, never finds that line
    monkeypatch.setattr("policy.second_reader.MARK_CHARS", mark_chars)
    header = {"items_digest": "-", "threshold": 0.0, "classes": ["1", "2", NONE], "intercept": [0.0, 0.0, 0.0]}
    weights = {f"{family}:{word}": [(n % 3, n / 8)] for n, (family, word) in enumerate(
        (f, w) for f in ("b", "c", "w") for w in ("a", "a b", "ab", "ba", "bus", "buses", "zz"))}
    path = tmp_path / "weights.jsonl"
    path.write_text(json.dumps(header) + "\n[]\n" + weight_lines(weights).rstrip("\n"), encoding="utf-8")
    reader = SecondReader(path)
    for feature, row in weights.items():
        assert _pairs(reader, feature) == tuple(row), feature
    for missing in ("", "a", "b:", "b:b", "c:bu", "c:buss", "w:zzz", "w:a\tb", "w:ba\nw:a", "~", "\t", "\n"):
        assert _pairs(reader, missing) == (), missing


@pytest.mark.parametrize("path", [WEIGHTS, ROOT / "policy" / "data" / "answer_reader.jsonl"])
def test_every_shipped_feature_is_found_by_bisection_and_its_near_misses_are_not(path):
    lines = path.read_text(encoding="utf-8").split("\n")[2:-1]
    reader = SecondReader(path)
    features = {line.split("\t", 1)[0] for line in lines}
    for line in lines[::7]:
        feature, numbers = line.split("\t")
        values = numbers.split(" ")
        assert _pairs(reader, feature) == tuple(zip(map(int, values[::2]), map(float, values[1::2]), strict=True))
        for near in (feature[:-1], feature + "q", feature + " "):
            if near not in features:
                assert _pairs(reader, near) == ()


def test_a_questions_features_are_made_once_and_shared_read_only():
    question = "may I lend my sub the login to the reading program while I'm out?"
    shared = question_features(question)
    assert question_features(question) is shared
    with pytest.raises(TypeError):
        shared["w:extra"] = 1.0  # type: ignore[index]
    copy = features(question)
    assert copy == dict(shared) and copy is not shared
    copy["w:extra"] = 1.0
    assert "w:extra" not in question_features(question)


def test_the_shipped_weights_are_one_sorted_line_per_feature():
    lines = WEIGHTS.read_text(encoding="utf-8").split("\n")[2:-1]
    assert lines == sorted(lines) and len(lines) > 10_000
    assert all(line.count("\t") == 1 for line in lines)


# 20-50 s of training on a quiet machine, past the suite's 120 s guard when other work shares the two CPUs (both
# whole-suite runs of the nineteenth session timed out here, and nowhere else): a longer guard for this one test
@pytest.mark.timeout(480)
def test_retraining_reproduces_the_shipped_weights_exactly():
    pytest.importorskip("sklearn")
    reader = load()
    assert train.build(train.load_corpus(), reader.threshold, reader.threshold_not_covered, reader.min_gap,
                       reader.min_gap_not_covered) == WEIGHTS.read_text(encoding="utf-8")


def test_features_are_words_pairs_and_character_grams_each_family_of_unit_length():
    f = features("Can I  sell RAFFLE tickets?")
    assert {"w:raffle", "b:sell raffle", "c: ra", "c:ets "} <= set(f)
    words = [v for k, v in f.items() if k[0] in "wb"]
    chars = [v for k, v in f.items() if k[0] == "c"]
    assert sum(v * v for v in words) == pytest.approx(1.0)
    assert sum(v * v for v in chars) == pytest.approx(1.0)


# The scores are sums of a few thousand weights, and float sums depend on their order: a feature order that followed
# string hashing (a set's) gave each process its own last bits, so a question scored on a threshold could be answered
# two ways by two workers.
_SCORES_IN_A_FRESH_PROCESS = (
    "import sys; from policy.second_reader import load; "
    "print(repr(load().scores(sys.argv[1])))"
)


def test_a_questions_scores_are_the_same_bits_in_every_process():
    question = ("the lunch lady keeps screenshotting the allergy roster on her own phone and posting bits of it in the "
                "parents' group chat so the room moms can plan snacks, should somebody stop her or am I overreacting")
    outputs = {
        subprocess.run([sys.executable, "-c", _SCORES_IN_A_FRESH_PROCESS, question], capture_output=True, text=True,
                       check=True, env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=ROOT).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1 and outputs.pop().startswith("[")


def test_answering_does_not_import_scikit_learn():
    # the sums are numpy's; scikit-learn and scipy are training-only
    code = "import sys; from handlers.ask import answer; answer('can I run a betting pool in the staff chat?'); " \
           "print(any(m.split('.')[0] in ('sklearn', 'scipy') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_a_district_with_other_items_gets_no_second_reader():
    lakeshore = ROOT / "policy" / "data" / "examples" / "lakeshore-usd.yaml"
    if not lakeshore.exists():
        pytest.skip("the second district's example policy is not shipped here")
    assert load_bundle(lakeshore).second_reader is None
    assert load_bundle().second_reader is not None


# -- how it is used ---------------------------------------------------------------------------------------------

CONFIDENT = [
    # (question in words the corpus does not have, the item the model names with confidence)
    ("is it ok to take one of my juniors out for dinner just the two of us on friday", 29),
    ("is it ok to hand our department's mailing list to a guy organizing a crypto meetup", 18),
    ("can the kids play fortnite on their chromebooks after the test is done", 20),
    # what a message on an acceptable channel says or carries (the fourth corpus pass)
    ("can I send the principal an outlook email saying we should not hire the older applicant because she is close "
     "to retirement", 2),
    ("can I forward the counselor notes about a kid to the basketball coach from my school account", 17),
    ("can I have outlook re-send my complaint to facilities every 5 min until they fix the ac", 7),
    # office and support staff typing on a phone, about a colleague, on a district system (the fifth pass)
    ("attendance clerk here the AP told me to change a bunch of absences to present before the state count", 27),
    ("dean here someone used an app to fake the principals voice on a robocall to parents", 10),
    ("secretary asking, the other clerk took me off our office google drive so i cant open the forms", 12),
]


@pytest.mark.parametrize(("question", "item"), CONFIDENT)
def test_a_confident_reading_adds_its_item_where_the_rules_found_none(question, item):
    second = second_look(load(), question, Situation(channel="group_app", audience="staff"))
    assert second is not None and second.items == (item,)


@pytest.mark.parametrize(("question", "item"), CONFIDENT)
def test_nothing_is_added_for_a_report_question_or_an_act_on_personal_time(question, item):
    reader = load()
    assert second_look(reader, question, Situation(acts=frozenset({"report"}))) is None
    assert second_look(reader, question, Situation(facts=frozenset({"personal_scope"}))) is None
    assert second_look(reader, question, Situation(items=(1,))) is None        # the rules' item stands
    assert second_look(None, question, Situation()) is None


def test_an_ordinary_question_is_not_flagged():
    for question in ("can I email my juniors at their cps address about the essay due friday",
                     "where do I pick up my new badge after the name change",
                     "is it alright to call the other 2nd grade teachers on their cells about the field day",
                     # ordinary school business sent through a district channel
                     "can I email the staff that the meeting moved to 3:30 in the library",
                     "can I update the help desk ticket that my laptop is working again",
                     "can I email my 10th graders that the quiz is on friday",
                     # a district system used within one's own job, and the asker's own life on personal means
                     "secretary here, can i print the absence list for the AP every morning",
                     "attendance clerk, can i fix a tardy the teacher entered by mistake when she emails me",
                     "custodian here can i put in a work order from my phone for the leaky sink",
                     "is it ok if i wear a button for my candidate at the parade on sunday",
                     "i have a weekend job at a hardware store, do i need to tell my principal"):
        assert not load().predict(question).confident, question


def test_every_corpus_question_names_the_writing_pass_it_came_from():
    passes = {r["pass"] for r in train.load_corpus()}
    written = {r["pass"] for r in compose.load_natural()}
    assert written and all(p.startswith("natural-") for p in written)
    assert passes == {compose.FRAGMENTS.stem, *(p.stem for p in compose.MORE_FRAGMENTS)} | written


def test_ordinary_false_alarms_count_each_writing_pass_equally():
    # a large pass of easy ordinary questions must not lower the bar for the others: 1 of 10 flagged in one pass
    # and 0 of 90 in another is a 5% false-alarm share, not 1%
    rows = [{"question": "", "label": NONE, "group": "", "pass": "a"} for _ in range(10)]
    rows += [{"question": "", "label": NONE, "group": "", "pass": "b"} for _ in range(90)]
    flagged = [True] + [False] * 99
    assert train.none_flagged(rows, np.array(flagged)) == pytest.approx(0.05)


@pytest.mark.parametrize(("question", "item"), CONFIDENT)
def test_an_allowed_channel_answer_becomes_the_items_answer_when_the_model_is_confident(question, item):
    # the handler's case: the rules understood the channel (district email to colleagues: allowed), not the act
    engine = load_bundle().engine
    ruled = Situation(audience="staff", channel="district_email")
    assert engine.verdict_for(ruled).verdict == "allowed"
    second = second_look(load(), question, ruled)
    assert second is not None
    verdict = engine.verdict_for(second)
    assert verdict.verdict != "allowed" and item in {c.item for c in verdict.citations}


def test_an_allowed_answer_gets_a_second_look_and_a_conditional_or_under_review_one_does_not():
    # measured: looking again at `conditional` and `under_review` answers changed nothing on the review sets
    assert SECOND_LOOK_VERDICTS == {"allowed"}
    understanding = load_bundle().understanding
    for verdict in ("conditional", "under_review", "prohibited", "clarify"):
        assert not wants_second_look(verdict, Situation(channel="district_email"), understanding, "can I do it")


@pytest.mark.parametrize("question", [
    "can I do this on my work laptop during my prep",
    "is it fine to set this up on the school wifi",
    "ok to keep it in my cps google drive",
])
def test_a_not_covered_answer_in_the_items_reach_gets_a_second_look(question):
    understanding = load_bundle().understanding
    assert in_the_items_reach(Situation(), understanding.reading(question))
    assert wants_second_look("not_covered", Situation(), understanding, question)
    assert wants_second_look("not_covered", Situation(channel="district_email"), understanding, "can I do it")


@pytest.mark.parametrize("question", [
    "can I do this on my own phone at home",
    "is it ok to do it this weekend at my house",
    "can I do it at my other job",
])
def test_a_not_covered_answer_on_ones_own_means_and_time_gets_no_second_look(question):
    understanding = load_bundle().understanding
    assert not in_the_items_reach(Situation(), understanding.reading(question))
    assert not wants_second_look("not_covered", Situation(), understanding, question)
    # an item the rules found already is theirs
    assert not wants_second_look("not_covered", Situation(channel="district_email", items=(9,)), understanding,
                                 question)


def test_a_not_covered_answer_needs_the_stricter_margin(tmp_path):
    reader = load()
    assert reader.threshold_not_covered >= reader.threshold
    assert reader.min_gap_not_covered >= reader.min_gap
    # a prediction confident enough for an `allowed` answer's second look, not for a `not_covered` one, where the
    # rules read no act at all
    between = _reader_with(tmp_path, [0.5, -0.4], min_gap=0.2, threshold_not_covered=0.8)
    question = "can i take a coworker off the shared grading folder since she moved schools"
    assert between.predict(question).confident
    assert second_look(between, question, Situation()) is not None
    assert second_look(between, question, Situation(), strict=True) is None


@pytest.mark.parametrize(("question", "item"), [
    ("is it ok to log into my teammate's cps account on the school chromebook while she's at lunch", 9),
])
def test_a_not_covered_answer_in_the_items_reach_becomes_the_items_answer(question, item):
    # the rules read the district means and no act (not_covered); the model is confident at the stricter margin
    bundle = load_bundle()
    assert answer(question, bundle=replace(bundle, second_reader=None)).verdict == "not_covered"
    reply = answer(question, bundle=bundle)
    assert reply.verdict == "prohibited" and item in {c.item for c in reply.citations}


# -- a second item beside the rules' own --------------------------------------------------------------------------

SECOND_ITEMS = [
    # (a prohibited act the rules place by one item, that item, the item the model reads the whole act as)
    ("my aide logged into my email while I was out and read the messages about her review", 27, 9),
    ("I pulled the plug on the hallway wireless router so nobody on the second floor could get on the network", 12, 11),
    ("I unplugged the printer server so the other grade couldn't print their tests, they kept hogging it", 8, 12),
]


@pytest.mark.parametrize(("question", "rules_item", "model_item"), SECOND_ITEMS)
def test_a_prohibited_act_the_rules_placed_also_cites_the_item_the_model_reads(question, rules_item, model_item):
    bundle = load_bundle()
    reply = answer(question, bundle=bundle)
    rules_only = answer(question, bundle=replace(bundle, second_reader=None))
    cited = [c.item for c in reply.citations]
    assert reply.verdict == rules_only.verdict == "prohibited"
    assert rules_item in cited and model_item in cited
    assert model_item not in [c.item for c in rules_only.citations]
    assert len(reply.citations) == len(rules_only.citations) + 1        # one item more, never a list of guesses


@pytest.mark.parametrize(("question", "rules_item", "model_item"), SECOND_ITEMS)
def test_a_second_item_needs_the_rules_own_item_and_no_report_or_personal_scope(question, rules_item, model_item):
    bundle = load_bundle()
    reader, understanding = bundle.second_reader, bundle.understanding
    placed = Situation(items=(rules_item,))
    assert second_item(reader, question, placed, understanding) == placed.with_(items=(rules_item, model_item))
    assert second_item(reader, question, Situation(), understanding) is None      # the veto's case, not this one
    assert second_item(reader, question, placed.with_(acts=frozenset({"report"})), understanding) is None
    assert second_item(reader, question, placed.with_(facts=frozenset({"personal_scope"})), understanding) is None
    assert second_item(reader, question, Situation(items=(model_item,)), understanding) is None
    assert second_item(None, question, placed, understanding) is None


def test_a_second_item_is_not_added_where_the_rules_do_not_read_part_of_its_act():
    bundle = load_bundle()
    reader, understanding = bundle.second_reader, bundle.understanding
    # the model is sure this is item 3 (copyright), but no frame of item 3 starts in the rules' reading of it
    question = "we made photocopies of a whole workbook the district never bought and handed them out"
    prediction = reader.predict(question)
    assert prediction.confident and prediction.item == 3
    assert 3 not in understanding.reading(question).near_items
    assert second_item(reader, question, Situation(items=(24,)), understanding) is None


def test_a_report_question_about_the_same_act_stays_a_report():
    reply = answer("how do i report a coworker who handed out the staff email list to a salesman", bundle=load_bundle())
    assert reply.verdict == "allowed" and reply.kind == "report"


def test_the_second_reader_never_loosens_an_answer():
    bundle = load_bundle()
    rules_only = replace(bundle, second_reader=None)
    for question in ("can I text my 4th graders from my own cell about the spelling test",
                     "can I put up a betting pool for the super bowl in the staff hangouts",
                     "can i friend a student's mom on my personal facebook"):
        assert answer(question, bundle=bundle).verdict == answer(question, bundle=rules_only).verdict, question


def test_explain_shows_the_second_readers_label_score_and_whether_it_was_applied():
    shown = explain(CONFIDENT[0][0])["second_reader"]
    assert shown["label"] == "29" and shown["confident"] is True
    assert {"score", "applied", "rules_verdict"} <= set(shown)


@pytest.mark.parametrize("question", [
    "can we do a march madness pool in the staff hangouts, no money involved",
    "thinking of a super bowl squares sheet for the dept on google chat, for free, winner gets a donut",
    "ok to run a world series pool over work email? no buy-in, just bragging rights",
])
def test_an_item_the_question_itself_rules_out_is_not_added(question):
    bundle = load_bundle()
    reader, understanding = bundle.second_reader, bundle.understanding
    reading = understanding.reading(question)
    assert ruled_out(understanding.lexicon, reading, 19)
    assert not ruled_out(understanding.lexicon, reading, 24)
    # whatever the model reads, a gamble the asker says has nothing at stake is not added as item 19
    second = second_look(reader, question, Situation(channel="group_app", audience="staff"), understanding)
    assert second is None or second.items != (19,)


@pytest.mark.parametrize("question, item", [
    ("sent the other families an email with everything from the inquiry into a 7th grader's fight", 17),
    ("forwarded the whole discipline file on a classmate to the parents of the other boy", 17),
    ("the IT tech told us the staff google chat is the way to go for dismissal", 30),
])
def test_a_word_that_cancels_a_frame_far_from_firing_does_not_rule_the_item_out(question, item):
    # "student" cancels the frame for a colleague's suspension told to staff, and an IT helper word cancels the
    # frame for an unapproved install; neither frame is close to firing here, so the asker ruled nothing out
    understanding = load_bundle().understanding
    frames = [f for f in understanding.lexicon.frames if f.name == f"item:{item}"]
    reading = understanding.reading(question)
    assert any(set(f.unless) & set(reading.concepts) for f in frames)
    assert not ruled_out(understanding.lexicon, reading, item)


def _reader_with(tmp_path: Path, intercept: list[float], min_gap: float,
                 threshold_not_covered: float = 0.0, item: str = "1") -> SecondReader:
    """A model with no weights: every question gets the intercepts as its margins (for `item`, then none)."""
    header = {"items_digest": "-", "threshold": 0.0, "threshold_not_covered": threshold_not_covered, "min_gap": min_gap,
              "min_gap_not_covered": min_gap, "classes": [item, NONE], "intercept": intercept}
    path = tmp_path / "weights.jsonl"
    path.write_text("".join(json.dumps(part) + "\n" for part in (header, [])), encoding="utf-8")
    return SecondReader(path)


@pytest.mark.parametrize(("question", "kept"), [
    ("can i email the adult learners in my night class their certificates from my cps account", False),
    ("my boss wants photos of the roof leaks sent to his work email, ok?", False),
    ("a coworker keeps sending me explicit pictures on the staff chat", True),
    ("is it ok to keep a few spicy photos of my wife on my school laptop", True),
])
def test_the_models_obscene_purpose_stands_only_beside_a_word_of_sexual_content(tmp_path, question, kept):
    # a model sure of item 4 whatever it reads: "adult" or a picture alone is no obscene purpose
    sure_of_4 = _reader_with(tmp_path, [0.5, -0.4], min_gap=0.2, item="4")
    second = second_look(sure_of_4, question, Situation(channel="district_email", audience="staff"),
                         load_bundle().understanding)
    assert (second is not None and second.items == (4,)) == kept


def test_a_close_call_between_an_item_and_ordinary_work_is_no_veto(tmp_path):
    # the item's margin is above the threshold, but the ordinary class's is nearly as high: the model finds the
    # question both, and an `allowed` answer is not overruled on a close call
    close = _reader_with(tmp_path, [0.5, 0.4], min_gap=0.2).predict("anything at all")
    assert (close.label, close.confident) == ("1", False) and close.gap == pytest.approx(0.1)
    clear = _reader_with(tmp_path, [0.5, -0.4], min_gap=0.2).predict("anything at all")
    assert clear.confident and clear.gap == pytest.approx(0.9)


@pytest.mark.parametrize("question", [
    "security officer here, can I email a sophomore at his cps address that his bike is at the front desk",
    "coach here, can I tell my players on google chat that practice moved to the small gym",
    "lunchroom manager: ok to email a 7th grader's cps account that her lunch account is low",
    "librarian: can I email the 9th graders at their cps accounts that their books are overdue",
    "ok to email the kids on my team at their student accounts the bus time for the away game",
    "hall monitor - can I message a student on google chat that his phone was turned in",
])
def test_routine_word_to_a_students_district_account_is_not_vetoed_whoever_sends_it(question):
    # the role in front ("security officer here") is the asker's voice, not an act with a student
    assert not load().predict(question).confident


# Past district means (students, parents or school business named, no district channel, account or means), the model's
# item stands only where the rule reader sees part of that item's own frame: the act told, not the setting named
@pytest.mark.parametrize(("question", "item", "corroborated"), [
    ("the office asked me to flip last week's absences for the twins to present so the funding count holds", 27, True),
    ("the attendance clerk wants me to change a girl's home address so she counts for our zone", 27, True),
    ("can I pull the emergency contact numbers for my homeroom and give them to my cousin who sells insurance", 28,
     True),
    ("a retired teacher wants to volunteer in my room but her clearance lapsed, can she come in tomorrow", 37, False),
    ("a parent offered to pay for my classroom rug, can I take it", 37, False),
    ("a dad wants to donate a used couch to the teachers' lounge, can we take it", 37, False),
])
def test_past_district_means_an_item_stands_only_where_the_rules_partly_read_its_act(question, item, corroborated):
    understanding = load_bundle().understanding
    assert not within_district_means(understanding.read(question), understanding.reading(question))
    assert corroborated_past_means(understanding.reading(question), item) == corroborated


@pytest.mark.parametrize("question", [
    "can I have an AI app outline my back-to-school letter to families? no student names in it",
    "could I run my quiz questions through a free chatbot, no student info at all, just the content standards",
    "can a free AI site turn my unit notes into flashcards? de-identified, nothing about any kid",
])
def test_student_information_said_to_be_left_out_keeps_a_not_covered_look_past_district_means_from_the_item(
        question):
    bundle = load_bundle()
    understanding, reader = bundle.understanding, bundle.second_reader
    situation = understanding.read(question)
    prediction = reader.predict(question)
    # the model is sure of the software item and the rules see part of it: only the asker's own words rule it out
    assert prediction.item == 30 and prediction.score >= reader.threshold_not_covered
    assert prediction.gap >= reader.min_gap_not_covered and 30 in understanding.reading(question).near_items
    assert not within_district_means(situation, understanding.reading(question))
    assert not corroborated_past_means(understanding.reading(question), 30)
    assert second_look(reader, question, situation, understanding, strict=True) is None
    # the `allowed` look is not the wider reach's: it is not held to corroboration
    assert second_look(reader, question, situation, understanding) is not None


# An entry on a record read two ways (the vocabulary's `entry_grounded` / `entry_untrue`): past district means the
# model's item 27 stands only on an entry that says what did not happen or is made for what it buys, never on one
# the question gives its plain reason for
@pytest.mark.parametrize("question, untrue", [
    ("can I mark a girl present? she was in the counseling office for a check-in all through my class", False),
    ("a kid was at a college visit today, can I enter it as a school activity?", False),
    ("the boy was with the social worker all of first period, ok to put him present?", False),
    ("the vice principal told me to put the truant kids down as present so our state numbers stay up", True),
    ("my dept head wants me to put students who were never in the class on my roster as present so the section isn't "
     "cut", True),
    ("ok to log the whole 6th period as present for the pep rally, though most of them went home", True),
])
def test_only_an_entry_that_contradicts_what_happened_corroborates_the_record_item(question, untrue):
    understanding = load_bundle().understanding
    situation, reading = understanding.read(question), understanding.reading(question)
    assert not within_district_means(situation, reading)
    if untrue:
        assert "entry_untrue" in reading.concepts and "entry_grounded" not in reading.concepts
    else:  # the act is read (item 27's frame starts there), and its reason with it
        assert 27 in reading.near_items and "entry_grounded" in reading.concepts
    assert corroborated_past_means(reading, 27, situation.audience) == untrue


# Item 29 governs an activity or relationship with a student: a parent or colleague of the asker's own circle (a
# friend, family) written to is the asker's own relationship, while the same item stands where the student is the one
# the asker is in touch with
@pytest.mark.parametrize("question", [
    "one of my kindergartners' moms is my oldest friend, we text each other about our own kids and weekend plans. is "
    "that a problem?",
    "a student's mom is my friend and she texts me about her personal life, is that against the rules?",
    "a girl in my homeroom is my goddaughter and her mom is my best friend, we talk every day. is that a problem?",
])
def test_a_parent_of_the_askers_own_circle_does_not_corroborate_the_student_relationship_item(question):
    understanding = load_bundle().understanding
    situation, reading = understanding.read(question), understanding.reading(question)
    assert situation.audience == "parent" and "asker_circle" in reading.concepts
    assert not corroborated_past_means(reading, 29, situation.audience)
    assert answer(question).verdict != "prohibited"


@pytest.mark.parametrize("question", [
    "my friend's son is in my class, can I take him fishing this weekend?",
    "my best friend's daughter is in my class and she wants me to take her shopping on saturday, can I?",
    "a student's mom I don't know well keeps asking me to hang out, can I?",
])
def test_the_student_relationship_item_stands_where_the_student_or_a_stranger_is_the_one_in_touch(question):
    understanding = load_bundle().understanding
    situation, reading = understanding.read(question), understanding.reading(question)
    assert 29 in reading.near_items
    assert corroborated_past_means(reading, 29, situation.audience)


# An AI tool is a topic DESIGN.md lists as not covered (items 30 and 16 named in the answer): the model reads the
# setting beside it (a memo, a staff meeting, a flyer) as confidently as an act, so a `not_covered` answer there gets
# no second look; student information put into the tool is placed by the rules' own frames and stays prohibited.
@pytest.mark.parametrize(("question", "verdict"), [
    ("is it alright to run an AI transcription app during our grade-level meetings?", "not_covered"),
    ("is a chatbot ok for tidying up the wording of our staff memo about parking?", "not_covered"),
    ("can I paste my homeroom's names and reading scores into chatgpt to group them?", "prohibited"),
    # a tool set to work on the students' own work takes it in as a paste does (`tool_on_work`)
    ("thinking of letting gemini grade my 7th graders' lab reports, names and all, to save a weekend", "prohibited"),
    ("can copilot proofread my students' college essays? their full names are at the top", "prohibited"),
    ("could a chatbot summarize the district's public attendance report for my slides? nothing about any kid", "not_covered"),
])
def test_an_ai_tool_answer_not_covered_by_the_policys_reading_gets_no_second_look(question, verdict):
    reply = answer(question)
    assert reply.verdict == verdict, reply.answer


# A call or message to a colleague the question names, with nothing told through it, is the channel the policy lists
# as Acceptable between staff: the model reads the setting, not an act, so it gets no veto there
COLLEAGUE_CALL = Situation(audience="staff", channel="phone_call",
                           facts=frozenset({"colleague_recipient", "authorized_recipient"}))


def test_a_call_to_a_colleague_with_nothing_told_gets_no_second_look():
    assert nothing_told_to_a_colleague(COLLEAGUE_CALL)
    assert second_look(load(), "is a voice call to a colleague ok?", COLLEAGUE_CALL) is None


@pytest.mark.parametrize("changes", [
    {"acts": frozenset({"share"})},
    {"facts": COLLEAGUE_CALL.facts | {"incident"}},
    {"harm_words": ("password",)},
    {"content_doubt": ("worthless",)},
    {"facts": frozenset({"authorized_recipient"})},
    {"audience": "student_9_12"},
])
def test_a_call_that_carries_something_or_reaches_no_named_colleague_keeps_its_second_look(changes):
    assert not nothing_told_to_a_colleague(replace(COLLEAGUE_CALL, **changes))


@pytest.mark.parametrize("question", [
    "Is phoning a coworker OK?",
    "the art teacher asked me to call her when the supplies come in, allowed?",
])
def test_a_plain_call_to_a_colleague_is_allowed(check_answer, question):
    check_answer(question, {"allowed"}, {"staff"})
