"""The answer reader (policy/answer_reader.py, issue 10): the shipped weights give the trainer's predictions, and
where the model is confident of another answer, the reply is the engine's answer for a reading one fact away from
the rules', quoting the policy's text; never `allowed`, never `clarify`, a report question only as the permission
question it also asks, and the rules' reply stands when no such reading gives the model's answer."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from handlers.ask import answer, explain, rules_answer
from policy.answer_reader import (
    FAILING_CLOSED,
    NO_CITATION,
    ONE_FACT_AWAY,
    STATED,
    WEIGHTS,
    AnswerGuess,
    AnswerReader,
    answer_features,
    label_of,
    load,
    readings,
    two_facts_away,
)
from policy.bundle import PolicyBundle, load_bundle
from policy.second_reader import weight_lines
from policy.situation import Situation
from policy.verdicts import VERDICTS
from training.answer_reader import first_sight, train

STUDENT_TEXTS = "staff to student mobile device communications"


def _reader(tmp_path: Path, label: str, word: str = "zorblat", threshold: float = 0.0,
            stated: float | None = None, gap: float | None = None, yes: float | None = None) -> AnswerReader:
    """A real weights file with two answers: `label` for questions with `word` (a score about 0.7 on a question of a dozen words), and a quiet one for the
    rest; `stated` is the margin above which it states an answer no reading gives (none: it never does);
    `gap` how far below its best `allowed` answer an answer it may lead to may score and still turn the rules'
    `allowed` (none: the header has no such key); `yes` the score of a third answer, an `allowed` one, on every
    question."""
    quiet = "not_covered|-|-"
    header = {"items_digest": "-", "threshold": threshold, "threshold_stated": stated, "classes": [label, quiet],
              "intercept": [-1.0, 0.0]}
    if yes is not None:
        header["classes"].append(f"allowed|{STUDENT_TEXTS}|None")
        header["intercept"].append(yes)
    if gap is not None:
        header["gap_from_allowed"] = gap
    path = tmp_path / "answer_reader.jsonl"
    path.write_text(json.dumps(header) + "\n[]\n" + weight_lines({f"w:{word}": [(0, 9.0)]}), encoding="utf-8")
    return AnswerReader(path)


def _bundle_with(reader: AnswerReader | None) -> PolicyBundle:
    return replace(load_bundle(), answer_reader=reader)


# -- the shipped weights ----------------------------------------------------------------------------------------

def test_the_shipped_weights_give_the_trainers_predictions():
    """The model reads the rules' answer and reading: a change to the rules that moves them on these questions
    means retraining (`python -m training.answer_reader.train`), and this test says so."""
    reader = load()
    checks = reader.checks()
    assert len(checks) >= 50
    for check in checks:
        ruled = rules_answer(check["question"])
        assert (ruled.verdict, [[c.section, c.item] for c in ruled.citations]) == \
            (check["verdict"], check["citations"]), f"the rules answer otherwise now: retrain ({check['question']})"
        assert (ruled.situation.describe() if ruled.situation else None) == check["situation"], check["question"]
        got = reader.guess(check["question"], ruled.verdict, [(c.section, c.item) for c in ruled.citations],
                           ruled.situation)
        assert got.label == check["label"], check["question"]
        assert got.score == pytest.approx(check["score"], abs=1e-6)


def test_the_shipped_weights_were_trained_on_the_review_sets_as_they_are():
    """A review set added or relabelled means `python -m training.answer_reader.train` (a few minutes; the
    retraining itself is not run here: answering the 18,000 questions alone is longer than the suite's budget)."""
    header = json.loads(WEIGHTS.read_text(encoding="utf-8").split("\n", 1)[0])
    assert header["corpus"] == train.corpus_digest(train.labelled())


def test_every_review_set_keeps_the_rules_answers_from_before_it_was_read():
    """The trainer reads each question beside the answer the rules gave it at first sight (`first_sight.py`): a set
    added without them would be learnt from rules already tuned to it, which trusts them more than a new writer's
    questions allow."""
    for name, folder in first_sight.set_folders():
        ids = [json.loads(line)["id"] for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
        seen = first_sight.load(folder)
        assert list(seen) == ids, f"{folder.name}: python -m training.answer_reader.first_sight {name}"
        assert all(verdict in VERDICTS for verdict, _ in seen.values()), folder.name


def test_a_training_corpus_is_a_writer_of_its_own_and_never_shadows_a_review_set():
    """The trainer's folds hold out whole writers by name: a corpus named like a review set would be held out with it
    (or shadow it), and its questions would mark the other writer's figure."""
    names = [name for name, _ in first_sight.set_folders()]
    assert len(names) == len(set(names))
    assert all(first_sight.folder_of(name) == folder for name, folder in first_sight.set_folders())


def test_the_trainer_reads_the_first_sight_answer_and_todays_reading(tmp_path, monkeypatch):
    """The rules' verdict and citations a row is learnt beside are its first-sight answer; its situation (where the
    bot's readings start) and the weights file's checks are today's, as the bot reads at run time."""
    (tmp_path / "first-sight.jsonl").write_text(json.dumps(
        {"id": "x1", "verdict": "not_covered", "citations": [], "rev": "0"}) + "\n", encoding="utf-8")
    assert first_sight.load(tmp_path) == {"x1": ("not_covered", [])}
    assert first_sight.load(tmp_path / "absent") == {}
    question = "can I text my 10th graders about the field trip from my own phone?"
    row = {"set": "x", "question": question, "verdicts": ["prohibited"], "citations": set(),
           "label": "prohibited|-|-", "first_sight": ("not_covered", [])}
    monkeypatch.setattr(train, "labelled", lambda hold_out=frozenset(): [dict(row)])
    monkeypatch.setattr(train, "pinned", lambda: [])
    [loaded] = train.load_corpus()
    today = rules_answer(question)
    assert today.verdict != "not_covered"
    assert (loaded["rules_verdict"], loaded["rules_citations"]) == ("not_covered", [])
    assert loaded["today"] == (today.verdict, [(c.section, c.item) for c in today.citations])
    assert loaded["situation"] == today.situation


def test_the_shipped_weights_never_lead_to_an_answer_they_may_not_give():
    classes = load().classes
    assert len(classes) > 20
    assert all(c.count("|") == 2 for c in classes)
    assert WEIGHTS.stat().st_size < 12_000_000


def test_the_rules_answer_is_a_feature_beside_the_words():
    feats = answer_features("can I text my team?", "clarify", [("Staff to Student Mobile Device Communications", None)])
    assert feats["r:v=clarify"] > 0 and feats[f"r:c={STUDENT_TEXTS}|None"] > 0
    assert feats[f"r:vc=clarify|{STUDENT_TEXTS}|None"] > 0
    assert any(f.startswith("w:") for f in feats) and any(f.startswith("c:") for f in feats)
    assert label_of("not_covered", []) == f"not_covered|{NO_CITATION}|{NO_CITATION}"


@pytest.mark.parametrize(("question", "shape"), [
    ("ok to text my team?", ("q:len=short", "q:sent=1")),
    ("Our robotics club stays over in a motel on Friday. The parents signed the trip form last week. Can I make a "
     "group chat with the kids for the bus times?", ("q:len=vlong", "q:sent=3")),
    ("can i drop a zorblat photo of the science fair winners in the newsletter", ("q:len=mid", "q:sent=0")),
])
def test_the_questions_shape_is_a_feature_beside_the_words(question, shape):
    feats = answer_features(question, "conditional", [])
    assert tuple(f for f in feats if f.startswith("q:")) == shape


# -- choosing a reading -----------------------------------------------------------------------------------------

def test_a_confident_answer_is_the_engines_for_a_reading_one_fact_away(tmp_path):
    question = "can I send a text to the zorblat kids about Saturday's practice time?"
    label = f"prohibited|{STUDENT_TEXTS}|None"
    bundle = _bundle_with(_reader(tmp_path, label))
    before = rules_answer(question, bundle)
    assert label_of(before.verdict, [(c.section, c.item) for c in before.citations]) != label
    after = answer(question, bundle=bundle)
    assert after.verdict == "prohibited"
    policy_texts = {line.quote for section in bundle.policy.sections for line in section.lines}
    assert after.citations and after.citations[0].section.lower() == STUDENT_TEXTS
    assert after.citations[0].text in policy_texts
    assert after.situation is not None and after.situation.audience == "student_k8"


@pytest.mark.parametrize("verdict", ["allowed", "clarify"])
def test_it_never_leads_to_a_confident_yes_or_a_choice_without_options(tmp_path, verdict):
    question = "can I call the zorblat parents from my own cell tonight about the field trip?"
    bundle = _bundle_with(_reader(tmp_path, f"{verdict}|{STUDENT_TEXTS}|None"))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)


def test_a_report_question_keeps_the_report_route_below_the_margin(tmp_path):
    question = "my zorblat tablet was stolen from the gym, who do I call?"
    bundle = _bundle_with(_reader(tmp_path, "prohibited|staff policy on unacceptable use|9", threshold=50.0))
    reply = answer(question, bundle=bundle)
    assert reply.kind == "report"
    assert reply == rules_answer(question, bundle)


def test_a_report_question_is_never_turned_to_a_bare_yes(tmp_path):
    question = "my zorblat tablet was stolen from the gym, who do I call?"
    bundle = _bundle_with(_reader(tmp_path, f"allowed|{STUDENT_TEXTS}|None"))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)


def test_a_permission_question_the_rules_sent_down_the_report_route_is_answered_as_asked(tmp_path):
    # "report to their posts" sent it down the report route; the question asks whether a text to K-8 pupils is ok
    question = ("I got a second number from an app so nobody has my real cell. ok to text my zorblat 4th grade hall "
                "monitors with it when they need to report to their posts?")
    bundle = _bundle_with(_reader(tmp_path, f"prohibited|{STUDENT_TEXTS}|None"))
    assert rules_answer(question, bundle).kind == "report"
    reply = answer(question, bundle=bundle)
    assert (reply.kind, reply.verdict) == ("answer", "prohibited")
    assert reply.citations[0].section.lower() == STUDENT_TEXTS
    assert reply.situation is not None and "report" not in reply.situation.acts
    assert explain(question, bundle=bundle)["answer_reader"]["answered"] == ONE_FACT_AWAY


def test_a_story_closing_on_a_report_is_read_for_the_act_it_plans(tmp_path):
    # forwarding an unknown attachment around "before I report it": the item the model names, read without the route
    question = ("a weird zip file came in from a stranger, zorblat, I was going to send it around to my department "
                "to see if it opens for them before I report it. thoughts?")
    bundle = _bundle_with(_reader(tmp_path, "prohibited|staff policy on unacceptable use|7"))
    reply = answer(question, bundle=bundle)
    assert (reply.kind, reply.verdict) == ("answer", "prohibited")
    assert (reply.citations[0].section.lower(), reply.citations[0].item) == ("staff policy on unacceptable use", 7)


def test_an_item_the_rules_read_keeps_their_other_items_two_facts_away(tmp_path):
    # the rules read the records items together (a plan's details to a colleague: conditional); a reading two facts
    # away that drops the others and tells another channel would give item 17 alone as a prohibition
    question = "can I share the zorblat student's 504 plan details with his new teacher by chat"
    label = "prohibited|staff policy on unacceptable use|17"
    bundle = _bundle_with(_reader(tmp_path, label, stated=-100.0))
    ruled = rules_answer(question, bundle)
    assert ruled.verdict == "conditional" and 17 in ruled.situation.items
    guess = AnswerGuess.of(label, 1.0, True)
    engine = bundle.engine
    reached = [r for r in two_facts_away(ruled.situation, guess)
               if engine.verdict_for(r).verdict == "prohibited" and r.items != ruled.situation.items]
    assert reached, "no reading two facts away gives the prohibition: the test would pin nothing"
    assert answer(question, bundle=bundle) == ruled


def test_below_the_threshold_the_rules_answer_stands(tmp_path):
    question = "can I send a text to the zorblat kids about Saturday's practice time?"
    bundle = _bundle_with(_reader(tmp_path, f"prohibited|{STUDENT_TEXTS}|None", threshold=50.0))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)


def test_an_answer_no_reading_gives_leaves_the_rules_reply(tmp_path):
    # item 22's citation with an "under_review" verdict: no one-fact change gives the engine that answer
    question = "is it fine to email the zorblat committee the budget spreadsheet?"
    bundle = _bundle_with(_reader(tmp_path, "under_review|staff policy on unacceptable use|22"))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)


# The guess is summed first over the answers it could lead to: most questions stop there (none reaches the threshold),
# and where one does the guess is the whole guess. These questions are none of the labelled sets'.
_OWN_QUESTIONS = [
    "can I text the travelling debate kids from my own phone if their folks signed off?",
    "is it alright to post the spelling bee winners' photos on the class instagram?",
    "our union rep wants me to forward the grievance email from my CPS inbox, fine?",
    "can I have a quick facetime with my 7th grader's grandma about the missing essay?",
    "how do I let IT know a stranger got into the staff drive?",
    "can I sell my homemade jam to coworkers through the district email list?",
    "ok to keep my classroom's attendance sheet on my personal google drive?",
    "I want to add my volleyball juniors to a group chat with me, good?",
]
_VERDICTS = ("allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered")


def _away(reader: AnswerReader, question: str, verdict: str, cited, situation):
    """What `guess_away_from` must give, from every class's whole sum: the guess where it leads away, else (from the
    rules' `allowed`, off the report route, with a gap in the header) the best class it may lead to within the gap
    of the best yes."""
    scores = reader.scores_of(answer_features(question, verdict, cited, situation))
    guess = reader.guess(question, verdict, cited, situation)
    if guess.confident and guess.verdict not in ("allowed", "clarify") and guess.verdict != verdict:
        return guess
    if verdict != "allowed" or reader.gap_from_allowed is None or (situation is not None and "report" in situation.acts):
        return None
    verdicts = [c.split("|", 1)[0] for c in reader.classes]
    may = [k for k, v in enumerate(verdicts) if v not in ("allowed", "clarify") and v != verdict]
    best = max(may, key=scores.__getitem__)
    yes = max(scores[k] for k, v in enumerate(verdicts) if v == "allowed")
    if scores[best] >= yes + reader.gap_from_allowed:
        return AnswerGuess.of(reader.classes[best], scores[best], False, fails_closed=True)
    return None


@pytest.mark.parametrize("question", _OWN_QUESTIONS)
def test_the_guess_away_from_the_rules_is_the_whole_guess_where_it_leads_away(question):
    reader = load()
    ruled = rules_answer(question)
    cited = [(c.section, c.item) for c in ruled.citations]
    for verdict in _VERDICTS:       # each verdict as the rules' answer: other classes are summed first
        assert reader.guess_away_from(question, verdict, cited, ruled.situation) == \
            _away(reader, question, verdict, cited, ruled.situation)


def test_a_guess_leads_away_only_from_another_verdict_and_above_the_threshold(tmp_path):
    question = "can I send a text to the zorblat kids about Saturday's practice time?"
    label = f"prohibited|{STUDENT_TEXTS}|None"
    reader = _reader(tmp_path, label)
    away = reader.guess_away_from(question, "conditional", [])
    assert away is not None and away == reader.guess(question, "conditional", []) and away.label == label
    assert reader.guess_away_from(question, "prohibited", []) is None
    assert reader.guess_away_from("can I text the kids about practice?", "not_covered", []) is None
    assert _reader(tmp_path, label, threshold=50.0).guess_away_from(question, "conditional", []) is None


@pytest.mark.parametrize(("item", "first_items", "last_items"), [(22, (3, 22), (22,)), (None, None, ())])
def test_the_readings_tried_change_one_fact_each(item, first_items, last_items):
    """The model's item added first; the rules' items given up for the model's (its item alone, or none where its
    answer is a channel's) last."""
    base = Situation(audience="staff", channel="district_email", items=(3,))
    guess = replace(load().guess("x", "allowed", []), item=item)
    tried = list(readings(base, guess))
    for sit in tried:
        changed = [f for f in ("audience", "channel", "items") if getattr(sit, f) != getattr(base, f)]
        assert len(changed) == 1
    assert first_items is None or tried[0].items == first_items
    assert tried[-1].items == last_items
    assert len(tried) == len(set(tried))


def test_an_item_the_rules_placed_gives_way_to_the_channels_answer(tmp_path):
    # the rules read an unacceptable use into a staff text; a model sure it is the staff-texting question is
    # answered by the reading without the item, from the engine, quoting the staff-to-staff section
    question = "ok to text my co-teacher the zorblat rumor about the bus driver?"
    staff_texts = "staff to staff mobile device communication"
    bundle = _bundle_with(_reader(tmp_path, f"under_review|{staff_texts}|None"))
    before = rules_answer(question, bundle)
    assert before.verdict == "prohibited" and before.situation is not None and before.situation.items
    after = answer(question, bundle=bundle)
    assert after.verdict == "under_review"
    assert after.citations[0].section.lower() == staff_texts
    assert after.situation is not None and after.situation.items == ()


def test_explain_shows_the_answer_readers_guess():
    shown = explain("can I text my team about practice?")
    assert "answer_reader" in shown
    assert shown["answer_reader"] is None or {"label", "score", "confident"} <= set(shown["answer_reader"])


# -- an answer no reading one fact away gives: stated from the policy's text, above the stated margin -------------

ITEMS = "staff policy on unacceptable use"


def _policy_texts(bundle: PolicyBundle) -> set[str]:
    return {line.quote for section in bundle.policy.sections for line in section.lines} | \
        {use.text for use in bundle.policy.unacceptable_uses.values()}


def test_an_item_the_rules_already_read_is_not_stated_again_with_another_verdict(tmp_path):
    # the rules read a paid errand for a pupil as item 29 with its condition; a model sure of the prohibition does
    # not state item 29 over them: whether the item's condition is met is the rules' reading of the facts (the
    # development set's babysitting question is item 29's condition, and a stated prohibition lost it)
    question = "may I pay one of my zorblat seventh graders to walk my dog on weekends?"
    label = f"prohibited|{ITEMS}|29"
    before = rules_answer(question, _bundle_with(_reader(tmp_path, label)))
    assert before.verdict == "conditional"
    bundle = _bundle_with(_reader(tmp_path, label, stated=0.5))
    after = answer(question, bundle=bundle)
    assert after == before
    assert explain(question, bundle)["answer_reader"]["answered"] != STATED


def test_a_stated_conditional_answer_carries_the_rules_conditions(tmp_path):
    # one rule of the policy file gives a conditional answer citing the texting exception: stated, its condition
    # (the signed form) is listed as the rule lists it
    question = "can I wipe the zorblat texts I swapped with parents about the museum outing off my phone?"
    assert rules_answer(question).verdict == "prohibited"
    bundle = _bundle_with(_reader(tmp_path, "conditional|exception to policy|None", stated=0.5))
    after = answer(question, bundle=bundle)
    assert after.verdict == "conditional" and after.conditions
    assert after.citations[0].section.lower() == "exception to policy"
    assert after.citations[0].text in _policy_texts(bundle)


def test_below_the_stated_margin_an_answer_no_reading_gives_is_not_stated(tmp_path):
    question = "may I pay one of my zorblat seventh graders to walk my dog on weekends?"
    bundle = _bundle_with(_reader(tmp_path, f"prohibited|{ITEMS}|29", stated=0.9))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)
    assert explain(question, bundle)["answer_reader"]["answered"] is None


def test_an_answer_several_rules_give_is_never_stated_without_a_reading(tmp_path):
    # deleting texts with parents: the model's "prohibited, staff-to-student texting" is given by several rules of
    # the policy file; none is stated, and no reading one or two facts away gives it, so the rules' reply stands
    question = "can I wipe the zorblat texts I swapped with parents about the museum outing off my phone?"
    bundle = _bundle_with(_reader(tmp_path, f"prohibited|{STUDENT_TEXTS}|None", stated=0.0))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)


def test_a_reading_one_fact_away_is_preferred_to_a_stated_answer(tmp_path):
    question = "can I send a text to the zorblat kids about Saturday's practice time?"
    bundle = _bundle_with(_reader(tmp_path, f"prohibited|{STUDENT_TEXTS}|None", stated=0.0))
    assert explain(question, bundle)["answer_reader"]["answered"] == ONE_FACT_AWAY
    assert answer(question, bundle=bundle).situation.audience == "student_k8"   # type: ignore[union-attr]


@pytest.mark.parametrize("verdict", ["allowed", "clarify"])
def test_a_stated_answer_is_never_a_confident_yes_or_a_choice(tmp_path, verdict):
    question = "may I pay one of my zorblat seventh graders to walk my dog on weekends?"
    bundle = _bundle_with(_reader(tmp_path, f"{verdict}|{ITEMS}|29", stated=0.0))
    assert answer(question, bundle=bundle) == rules_answer(question, bundle)
    engine = bundle.engine
    assert engine.stated_answer(Situation(audience="staff"), "prohibited", "special note", 99) is None


def test_the_engine_states_an_item_or_the_one_rule_that_gives_an_answer():
    engine = load_bundle().engine
    sit = Situation(audience="staff", channel="district_email")
    item = engine.stated_answer(sit, "conditional", ITEMS, 16)
    assert item is not None and item.verdict == "conditional" and item.conditions
    assert [(c.section.lower(), c.item) for c in item.citations] == [(ITEMS, 16)]
    assert engine.stated_answer(sit, "prohibited", ITEMS, 16).conditions == ()  # type: ignore[union-attr]
    rule = engine.stated_answer(sit, "conditional", "special note", None)
    assert rule is not None and rule.citations[0].section.lower() == "special note" and rule.conditions
    assert engine.stated_answer(sit, "prohibited", STUDENT_TEXTS, None) is None     # several rules give it


def test_readings_two_facts_away_are_new_and_change_two_facts():
    base = Situation(audience="staff", channel="district_email", items=(3,))
    guess = AnswerGuess.of(f"prohibited|{STUDENT_TEXTS}|None", 1.0, True)
    one = set(readings(base, guess))
    two = list(two_facts_away(base, guess))
    assert two and len(two) == len(set(two)) and not (set(two) & one) and base not in two
    assert any(s.audience != base.audience and s.channel != base.channel for s in two)


def test_the_trainer_states_nothing_where_stating_never_gains(monkeypatch):
    """The stated margin is chosen on held-out writers: where the answers it would state lose more than they gain,
    the weights carry none and the bot states nothing."""
    def row(right: str) -> dict[str, object]:
        return {"set": "x", "verdicts": [right], "citations": set(), "rules_verdict": "conditional",
                "rules_citations": [], "situation": Situation()}
    rows = [row("prohibited"), row("conditional"), row("conditional"), row("prohibited")]
    guesses = [(f"prohibited|{ITEMS}|29", 1.0)] * 4
    monkeypatch.setattr(train, "reached", lambda rows, guesses: [ONE_FACT_AWAY, STATED, STATED, None])
    threshold, stated, _ = train.choose_threshold(rows, guesses)
    assert stated is None
    monkeypatch.setattr(train, "reached", lambda rows, guesses: [ONE_FACT_AWAY, None, None, STATED])
    threshold, stated, held = train.choose_threshold(rows, guesses)
    assert stated is not None and stated >= threshold and held["stated or two facts away"]["verdict_gained"] == 1


# -- failing closed on the rules' `allowed`: a yes the model is not sure of is turned (issue 10 item 3) ----------

# the rules answer `allowed` (email to students' district accounts); the model's answer is a reading one fact away
YES_QUESTION = "may I email the zorblat seventh graders on their district accounts a reminder about the quiz?"
OTHER_QUESTION = "can I send a text to the zorblat kids about Saturday's practice time?"
TURNED = f"prohibited|{STUDENT_TEXTS}|None"


def test_a_yes_the_model_is_not_sure_of_is_turned_below_the_reading_margin(tmp_path):
    # the model's answer scores about 0.6, its yes 0.8: within the gap of 0.5, far below the reading margin
    bundle = _bundle_with(_reader(tmp_path, TURNED, threshold=50.0, gap=-0.5, yes=0.8))
    assert rules_answer(YES_QUESTION, bundle).verdict == "allowed"
    reply = answer(YES_QUESTION, bundle=bundle)
    assert reply.verdict == "prohibited" and reply.citations[0].section.lower() == STUDENT_TEXTS
    shown = explain(YES_QUESTION, bundle)["answer_reader"]
    assert shown["answered"] == f"{ONE_FACT_AWAY}, {FAILING_CLOSED}"


def test_a_yes_the_model_is_sure_of_stands(tmp_path):
    # its yes (1.5) is more than the gap above the answer it may lead to (about 0.6)
    reader = _reader(tmp_path, TURNED, threshold=50.0, gap=-0.5, yes=1.5)
    assert reader.guess_away_from(YES_QUESTION, "allowed", []) is None
    bundle = _bundle_with(reader)
    assert answer(YES_QUESTION, bundle=bundle) == rules_answer(YES_QUESTION, bundle)


def test_the_gap_turns_only_a_yes(tmp_path):
    reader = _reader(tmp_path, TURNED, threshold=50.0, gap=-0.5, yes=0.8)
    guess = reader.guess_away_from(OTHER_QUESTION, "allowed", [])
    assert guess is not None and guess.fails_closed and not guess.confident and guess.label == TURNED
    for verdict in ("conditional", "not_covered", "under_review"):
        assert reader.guess_away_from(OTHER_QUESTION, verdict, []) is None
    bundle = _bundle_with(reader)
    assert rules_answer(OTHER_QUESTION, bundle).verdict != "allowed"
    assert answer(OTHER_QUESTION, bundle=bundle) == rules_answer(OTHER_QUESTION, bundle)


def test_a_weights_file_without_the_gap_turns_a_yes_as_any_answer(tmp_path):
    reader = _reader(tmp_path, TURNED, threshold=50.0, yes=0.8)
    assert reader.gap_from_allowed is None
    assert reader.guess_away_from(YES_QUESTION, "allowed", []) is None
    bundle = _bundle_with(reader)
    assert answer(YES_QUESTION, bundle=bundle) == rules_answer(YES_QUESTION, bundle)


@pytest.mark.parametrize("verdict", ["allowed", "clarify"])
def test_failing_closed_never_leads_to_a_yes_or_a_choice(tmp_path, verdict):
    # the quiet answer (0.0) is a full point below the yes (1.0); the model's own answer is one it may not give
    reader = _reader(tmp_path, f"{verdict}|{STUDENT_TEXTS}|None", threshold=50.0, gap=-0.5, yes=1.0)
    assert reader.guess_away_from(YES_QUESTION, "allowed", []) is None
    bundle = _bundle_with(reader)
    assert answer(YES_QUESTION, bundle=bundle) == rules_answer(YES_QUESTION, bundle)


def test_failing_closed_keeps_the_report_route(tmp_path):
    question = "my district tablet was swiped from the staff lounge, where do I report it?"
    bundle = _bundle_with(_reader(tmp_path, "prohibited|staff policy on unacceptable use|9", word="swiped",
                                  threshold=50.0, gap=-5.0, yes=0.0))
    reply = answer(question, bundle=bundle)
    assert reply.kind == "report" and reply == rules_answer(question, bundle)


def _yes_row(right: str) -> dict[str, object]:
    return {"set": "x", "verdicts": [right], "citations": set(), "rules_verdict": "allowed", "rules_citations": [],
            "situation": Situation(audience="student_k8", channel="district_email")}


def test_the_trainer_weighs_an_unsafe_yes_turned_above_a_right_answer(monkeypatch):
    """An unsafe yes turned counts more than the verdict it gains (UNSAFE_WEIGHT): turned even to another wrong but
    safe answer, it is worth a gap; a right yes lost below it stops the gap above; where only right yeses would be
    turned, no gap is chosen."""
    monkeypatch.setattr(train, "failing_closed", lambda rows, guesses, away, threshold, stated: [True] * len(rows))
    rows = [_yes_row("conditional"), _yes_row("allowed"), _yes_row("allowed")]
    guesses = [(f"allowed|{STUDENT_TEXTS}|None", 1.0)] * 3
    away = [(TURNED, -0.5, -0.3), (TURNED, -0.6, -0.4), (TURNED, -1.4, -1.2)]
    gap, tally = train.choose_from_allowed(rows, guesses, away, -0.2, None)
    assert gap is not None and -0.4 < gap <= -0.3
    assert tally["unsafe_turned"] == 1 and tally["verdict_gained"] == 0 and tally.get("verdict_lost", 0) == 0
    assert train.choose_from_allowed(rows[1:], guesses[1:], away[1:], -0.2, None) == (None, {})


def test_the_trainer_never_fails_closed_on_a_report_question():
    reported = {**_yes_row("prohibited"), "situation": Situation(acts=frozenset({"report"}))}
    away = [(TURNED, -0.5, -0.3)]
    assert train.failing_closed([reported], [(f"allowed|{STUDENT_TEXTS}|None", 1.0)], away, -0.2, None) == [False]


def test_the_shipped_gap_is_raised_above_every_pinned_yes_it_would_turn(monkeypatch):
    """The pins are the policy's reading of their questions: the gap chosen on the held-out folds is raised until
    the final model turns none of their `allowed` answers by it, and dropped where no gap tried keeps them."""
    pinned = {**_yes_row("allowed"), "set": train.PINNED}
    model = type("Model", (), {"classes_": np.array([f"allowed|{STUDENT_TEXTS}|None", TURNED])})()
    monkeypatch.setattr(train, "_scores", lambda vec, model, rows: np.array([[1.0, 0.7]] * len(rows)))
    monkeypatch.setattr(train, "answer_for", lambda engine, situation, guess, states: (ONE_FACT_AWAY, situation, None))
    for worst, kept in ((-0.3, -0.25), (0.2, 0.25), (0.9, None)):
        monkeypatch.setattr(train, "_best_away", lambda model, scores, worst=worst: [(TURNED, 0.7, worst)])
        got = train.gap_keeping_pins(None, model, [pinned], -0.45, -0.2, None)
        assert got is None if kept is None else got == pytest.approx(kept)
    monkeypatch.setattr(train, "answer_for", lambda engine, situation, guess, states: None)
    assert train.gap_keeping_pins(None, model, [pinned], -0.45, -0.2, None) == -0.45
    assert train.gap_keeping_pins(None, model, [pinned], None, -0.2, None) is None
