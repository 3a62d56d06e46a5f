"""Train the answer reader (policy/answer_reader.py) on the labelled questions of the review sets and the training-only
corpora, and write its weights.

    python -m training.answer_reader.train                  # cross-validate, pick the threshold, write the weights
    python -m training.answer_reader.train --check          # the same, but only compare with the shipped weights
    python -m training.answer_reader.train --hold-out ar,as --out /tmp/w.jsonl   # a model that never saw ar, as

Needs the `bench` extra (scikit-learn). Deterministic (liblinear's seeded coordinate descent).

The corpus is every `eval/review-*/questions.jsonl` (about 21,500 questions, scored as well) and every
`training/answer_reader/corpus/*/questions.jsonl` (training-only: never scored, never read to tune a rule), each set
written by one reviewer who never saw the code; never the shared development set, nor a blind set before it is
measured; beside them the policy tests' questions with the rules' answers, weighed lightly where the model keeps
their answer (`pinned`, `_fit`).
Each question is answered by the rules (`handlers.ask.rules_answer`), and the model learns the labelled answer from
the question's words and the rules' answer. The cross-validation holds out whole sets (one writer each), so its
figure is for a writer the model never saw, and the thresholds are chosen on those held-out predictions: the margins
where the answers the bot would change (a reading or a stated answer gives them: `reached`) gain the most over
those it would break (`choose_threshold`), and the gap below the model's yes at which the rules' `allowed` is
turned, an unsafe yes turned counting more than a right answer (`choose_from_allowed`). The review sets are
training data for this reader since the twentieth session: its honest figures are this cross-validation and the
blind sets measured before they join `eval/`.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.model_selection import GroupKFold
from sklearn.svm import LinearSVC

from handlers.ask import rules_answer
from policy.answer_reader import (
    FAILS_CLOSED_FROM,
    NEVER_LEADS_TO,
    ONE_FACT_AWAY,
    WEIGHTS,
    AnswerGuess,
    answer_features,
    answer_for,
    label_of,
    may_fail_closed,
)
from policy.bundle import load_bundle
from policy.engine import Engine
from policy.second_reader import items_digest
from training.answer_reader import first_sight
from training.second_reader.train import _int32
from training.weights_file import weights_text, write_or_check

EVAL = Path(__file__).resolve().parents[2] / "eval"
PINNED = "tests"            # the group of the policy tests' questions: always trained on, never held out
POLICY_TESTS = Path(__file__).resolve().parents[2] / "tests" / "policy"
MAX_PINNED_LENGTH = 600
SEED = 20
C = 1.0
MIN_DF = 2                  # a feature seen in one question only is that question's, not a way of writing
PINNED_WEIGHT = 0.1         # a pinned question weighs a tenth of a writer's ...
PINNED_BOOST = 3.0          # ... and this much (times the round) once the model would turn its answer
PIN_ROUNDS = 6            # rounds of weighing up the pinned answers the fit still turns (3 left three turned on 31,104)
PRUNE = 0.05                # smaller weights are dropped from the shipped file
DECIMALS = 4
FOLDS = 5
THRESHOLDS = tuple(round(x, 2) for x in np.arange(-1.5, 0.61, 0.05))
# the margins tried for an answer stated without a reading one fact away (`answer_for`): never below the reading's
STATED_THRESHOLDS = tuple(round(x, 2) for x in np.arange(-1.5, 1.51, 0.1))
# the gaps tried for leading away from the rules' `allowed` where the reading margin does not: how far below the
# model's best `allowed` answer the best answer it may lead to may score (`AnswerReader.gap_from_allowed`)
GAPS_FROM_ALLOWED = tuple(round(x, 2) for x in np.arange(-1.5, 0.51, 0.05))
# what an unsafe `allowed` turned (one the label forbids or conditions) counts beside the verdict and citation it
# gains or loses, in the gap's choice: a yes where the policy says no or "only if" costs more than a right answer
# (DESIGN.md "Never a confident yes"), by a quarter: the unsafe answers win a near tie, they do not buy right yeses
# turned. From 0.5 the held-out folds move the gap to where each further unsafe yes turned costs about a right
# verdict and a citation, and the development check lost verdicts (docs/policy.md has the curve)
UNSAFE_WEIGHT = 0.25
CHECK_SAMPLE = 60


def labelled(hold_out: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    """Every review set's and training-only corpus's questions and labels; `set` names the writer (the group),
    `first_sight` the rules' answer before the set was read (`first_sight.py`; None where a set has none)."""
    rows: list[dict[str, object]] = []
    for name, folder in first_sight.set_folders():
        if name in hold_out:
            continue
        path = folder / "questions.jsonl"
        seen = first_sight.load(folder)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                wanted = [(c["section"], c["item"]) for c in q["citations"]]
                rows.append({"set": name, "question": q["question"], "verdicts": q["verdicts"],
                             "citations": {(s.lower(), i) for s, i in wanted},
                             "label": label_of(q["verdicts"][0], wanted), "first_sight": seen.get(q["id"])})
    return rows


def corpus_digest(rows: list[dict[str, object]]) -> str:
    """A fingerprint of the questions, labels and first-sight answers trained on: a review set added or changed means
    retraining."""
    joined = "\n".join(f"{r['set']}\t{r['question']}\t{r['label']}\t{r.get('first_sight')}" for r in rows)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def policy_test_questions() -> list[str]:
    """Every string of two words or more in the policy tests (tests/policy/test_*.py), read from the source: the
    questions of their tables, parametrisations and bodies (and a few messages and labels, which do no harm)."""
    out: list[str] = []
    for path in sorted(POLICY_TESTS.glob("test_*.py")):
        if path.name == "test_answer_reader.py":    # its questions are read by readers of its own
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" not in node.value \
                    and len(node.value.split()) >= 2 and len(node.value) <= MAX_PINNED_LENGTH:
                out.append(node.value)
    return list(dict.fromkeys(out))


def pinned() -> list[dict[str, object]]:
    """The policy tests' questions, labelled with the answer the rules give them: the tests pin that answer as the
    policy's reading, so the model learns that there the rules read the question as the district means it (without
    them it turned 45 pinned answers, most of them a class page whose condition the question says is unmet, from the
    rules' `prohibited` to the `conditional` a writer would give a question about what a page needs)."""
    rows: list[dict[str, object]] = []
    bundle = load_bundle()
    for question in policy_test_questions():
        reply = rules_answer(question, bundle)
        cited = [(c.section, c.item) for c in reply.citations]
        rows.append({"set": PINNED, "question": question, "verdicts": [reply.verdict],
                     "citations": {(s.lower(), i) for s, i in cited}, "label": label_of(reply.verdict, cited)})
    return rows


def load_corpus(hold_out: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    """The labelled questions and the tests' pinned ones, with the rules' answer beside each: the answer the rules
    gave the question at first sight where a set has it (`first_sight.py`), today's (`handlers.ask.rules_answer`)
    otherwise. The reading (`situation`) is always today's: the bot's readings one fact away start from it."""
    bundle = load_bundle()
    rows = labelled(hold_out) + pinned()
    for row in rows:
        reply = rules_answer(str(row["question"]), bundle)
        today = (reply.verdict, [(c.section, c.item) for c in reply.citations])
        verdict, cited = row.get("first_sight") or today
        row.update(rules_verdict=verdict, rules_citations=cited, situation=reply.situation, today=today)
    return rows


def _features(row: dict[str, object]) -> dict[str, float]:
    return answer_features(str(row["question"]), str(row["rules_verdict"]), row["rules_citations"],  # type: ignore[arg-type]
                           row["situation"])  # type: ignore[arg-type]


def _fit(rows: list[dict[str, object]],
         margins: tuple[float, float | None, float | None] | None = None) -> tuple[DictVectorizer, LinearSVC]:
    """The model, with the pinned questions weighed lightly except where it would turn their answer: those are
    weighed up and the model fitted again (up to PIN_ROUNDS times), so every pinned answer stays the rules' at a
    small part of what weighing them all in full costs on writers the model never saw. With the shipped `margins`
    (reading, stated, gap from `allowed`), a pinned yes the gap would turn counts as turned too (`_gap_turns`)."""
    feats = [_features(r) for r in rows]
    seen = Counter(f for fs in feats for f in fs)
    feats = [{f: v for f, v in fs.items() if seen[f] >= MIN_DF} for fs in feats]
    vec = DictVectorizer()
    X = _int32(vec.fit_transform(feats))
    labels = [r["label"] for r in rows]
    weights = np.array([PINNED_WEIGHT if r["set"] == PINNED else 1.0 for r in rows])
    pins = [i for i, r in enumerate(rows) if r["set"] == PINNED]
    engine = load_bundle().engine
    for round_ in range(1, PIN_ROUNDS + 1):
        model = LinearSVC(C=C, max_iter=5000, random_state=SEED).fit(X, labels, sample_weight=weights)
        model.coef_ = np.round(np.where(np.abs(model.coef_) < PRUNE, 0.0, model.coef_), DECIMALS)
        model.intercept_ = np.round(model.intercept_, DECIMALS)
        scores = _scores(vec, model, [rows[i] for i in pins])
        guesses = _best(model, scores)
        away = _best_away(model, scores) if margins is not None else [None] * len(pins)
        turned = [i for i, g, a in zip(pins, guesses, away, strict=True)
                  if would_change(engine, rows[i], g)
                  or (a is not None and _gap_turns(engine, rows[i], g, a, margins))]  # type: ignore[arg-type]
        if not turned or round_ == PIN_ROUNDS:
            print(f"  fit: {len(turned)} pinned answers turned after {round_} round(s)")
            return vec, model
        weights[turned] = PINNED_BOOST * round_
    raise AssertionError("unreachable")


def _scores(vec: DictVectorizer, model: LinearSVC, rows: list[dict[str, object]]) -> np.ndarray:
    return model.decision_function(_int32(vec.transform([_features(r) for r in rows])))


def _best(model: LinearSVC, scores: np.ndarray) -> list[tuple[str, float]]:
    """Each question's guess: the class the model scores highest, and its score."""
    return [(str(model.classes_[s.argmax()]), float(s.max())) for s in scores]


def _guesses(vec: DictVectorizer, model: LinearSVC, rows: list[dict[str, object]]) -> list[tuple[str, float]]:
    if not rows:
        return []
    return _best(model, _scores(vec, model, rows))


def _best_away(model: LinearSVC, scores: np.ndarray) -> list[tuple[str, float, float]]:
    """For each question, the best answer the model may lead to (`NEVER_LEADS_TO`), its score, and how far above
    the model's best `allowed` answer it scores, as the bot weighs it from the rules' `allowed` below the reading
    margin (`AnswerReader.guess_away_from`)."""
    may = [k for k, c in enumerate(model.classes_) if str(c).split("|", 1)[0] not in NEVER_LEADS_TO]
    yes = [k for k, c in enumerate(model.classes_) if str(c).split("|", 1)[0] == FAILS_CLOSED_FROM]
    return [(str(model.classes_[may[int(s[may].argmax())]]), float(s[may].max()),
             float(s[may].max() - (s[yes].max() if yes else -np.inf))) for s in scores]


def _outcome(row: dict[str, object], label: str) -> tuple[bool, bool]:
    """Whether the answer named by `label` has a right verdict and a right citation for this row."""
    verdict, section, item = label.split("|")
    cites = set() if section == "-" else {(section, None if item == "None" else int(item))}
    want: set[tuple[str, int | None]] = row["citations"]  # type: ignore[assignment]
    return verdict in row["verdicts"], (not want) or bool(cites & want)  # type: ignore[operator]


def out_of_fold(rows: list[dict[str, object]]) -> tuple[list[tuple[str, float]], list[tuple[str, float, float]]]:
    """Held-out guesses for the review sets' questions (whole sets held out), and for each the best answer the model
    may lead to (`_best_away`); the pinned questions are in every training fold and get none."""
    review = [i for i, r in enumerate(rows) if r["set"] != PINNED]
    kept = [rows[i] for i in range(len(rows)) if rows[i]["set"] == PINNED]
    out: list[tuple[str, float]] = [("", 0.0)] * len(rows)
    away: list[tuple[str, float, float]] = [("", 0.0, 0.0)] * len(rows)
    groups = [rows[i]["set"] for i in review]
    for train, test in GroupKFold(n_splits=FOLDS).split(review, groups=groups):
        vec, model = _fit([rows[review[i]] for i in train] + kept)
        scores = _scores(vec, model, [rows[review[i]] for i in test])
        best = _best(model, scores)
        for i, g, a in zip(test, best, _best_away(model, scores), strict=True):
            out[review[i]], away[review[i]] = g, a
    return out, away


def changed(row: dict[str, object], guess: tuple[str, float], threshold: float) -> bool:
    label, score = guess
    verdict = label.split("|")[0]
    return score >= threshold and verdict not in NEVER_LEADS_TO and verdict != row["rules_verdict"]


def reach_of(engine: Engine, row: dict[str, object], guess: tuple[str, float]) -> str | None:
    """How the bot would give this guess for this question at the lowest margins tried
    (`policy.answer_reader.answer_for`: one fact away, stated, two facts away), or None: no reading gives it and no
    rule states it, and the rules' answer stands."""
    if row["situation"] is None or not changed(row, guess, THRESHOLDS[0]):
        return None
    found = answer_for(engine, row["situation"], AnswerGuess.of(*guess, True), states=True)  # type: ignore[arg-type]
    return None if found is None else found[0]


def would_change(engine: Engine, row: dict[str, object], guess: tuple[str, float]) -> bool:
    """Whether the bot could give this guess for this question in any way (`reach_of`)."""
    return reach_of(engine, row, guess) is not None


def reached(rows: list[dict[str, object]], guesses: list[tuple[str, float]]) -> list[str | None]:
    """For each held-out review question, how the bot would give its guess (`reach_of`)."""
    engine = load_bundle().engine
    return [reach_of(engine, row, g) if row["set"] != PINNED else None for row, g in zip(rows, guesses, strict=True)]


def _tally(rows: list[dict[str, object]], guesses: list[tuple[str, float]], ways: list[bool],
           threshold: float) -> Counter[str]:
    """What the answers the bot would change this way, at this margin, gain and lose against the rules' answers."""
    tally: Counter[str] = Counter()
    for row, g, way in zip(rows, guesses, ways, strict=True):
        if not way or not changed(row, g, threshold):
            continue
        before = _outcome(row, label_of(str(row["rules_verdict"]), row["rules_citations"]))  # type: ignore[arg-type]
        after = _outcome(row, g[0])
        tally["changed"] += 1
        tally["verdict_gained"] += after[0] and not before[0]
        tally["verdict_lost"] += before[0] and not after[0]
        tally["citation_gained"] += after[1] and not before[1]
        tally["citation_lost"] += before[1] and not after[1]
    return tally


def _net(tally: Counter[str]) -> int:
    return tally["verdict_gained"] - tally["verdict_lost"] + tally["citation_gained"] - tally["citation_lost"]


def choose_threshold(rows: list[dict[str, object]],
                     guesses: list[tuple[str, float]]) -> tuple[float, float | None, dict[str, dict[str, int]]]:
    """The margins, on held-out sets only: first where the answers the bot would change through a reading one fact
    away gain the most (verdict and citation right where the rules' were not) over what they lose; then, at or
    above it, where the answers it would state or reach two facts away do (None where they never gain: the bot
    then never states an answer). A tie goes to the higher margin: fewer changes, cheaper."""
    reach = reached(rows, guesses)
    one = [r == ONE_FACT_AWAY for r in reach]
    beyond = [r is not None and r != ONE_FACT_AWAY for r in reach]
    def best(ways: list[bool], margins: Iterable[float]) -> tuple[int, float, Counter[str]] | None:
        tallies = [(x, _tally(rows, guesses, ways, x)) for x in margins]
        return max(((_net(t), x, t) for x, t in tallies), key=lambda b: (b[0], b[1]), default=None)

    reading = best(one, THRESHOLDS)
    assert reading is not None
    stated = best(beyond, [x for x in STATED_THRESHOLDS if x >= reading[1]])
    if stated is None or stated[0] <= 0:
        return reading[1], None, {ONE_FACT_AWAY: dict(reading[2]), "stated or two facts away": {}}
    return reading[1], stated[1], {ONE_FACT_AWAY: dict(reading[2]), "stated or two facts away": dict(stated[2])}


def unsafe_yes(row: dict[str, object]) -> bool:
    """Whether the rules' answer is an `allowed` the label forbids or conditions (neither `allowed` nor
    `not_covered` is right: tools/score.py's "unsafe")."""
    return row["rules_verdict"] == FAILS_CLOSED_FROM and not {"allowed", "not_covered"} & set(row["verdicts"])  # type: ignore[arg-type]


def failing_closed(rows: list[dict[str, object]], guesses: list[tuple[str, float]],
                   away: list[tuple[str, float, float]], threshold: float,
                   threshold_stated: float | None) -> list[bool]:
    """The held-out questions whose rules' `allowed` the bot would turn below the reading margin
    (`AnswerReader.guess_away_from`): the reading margin's guess does not lead away, and the best answer the model
    may lead to has a reading one fact away (or is stated, above the stated margin) at the lowest gap tried."""
    engine = load_bundle().engine
    lowest = (threshold, threshold_stated, GAPS_FROM_ALLOWED[0])
    return [row["set"] != PINNED and _gap_turns(engine, row, g, a, lowest)
            for row, g, a in zip(rows, guesses, away, strict=True)]


def choose_from_allowed(rows: list[dict[str, object]], guesses: list[tuple[str, float]],
                        away: list[tuple[str, float, float]], threshold: float,
                        threshold_stated: float | None) -> tuple[float | None, dict[str, int]]:
    """The gap for leading away from the rules' `allowed` below the reading margin, on held-out sets only: where the
    answers turned gain the most (`_net`, verdicts and citations) plus UNSAFE_WEIGHT for each unsafe `allowed`
    turned (`unsafe_yes`); None where that never gains, and the bot turns `allowed` as any verdict. A tie goes to
    the higher gap. (An absolute margin below the reading's, tried first, turned about a right yes for each unsafe
    one: the model's yes beside the answer it may lead to is what tells them apart.)"""
    ways = failing_closed(rows, guesses, away, threshold, threshold_stated)
    gaps = [(label, gap) for label, _, gap in away]
    best: tuple[float, float, Counter[str]] | None = None
    for x in GAPS_FROM_ALLOWED:
        tally = _tally(rows, gaps, ways, x)
        tally["unsafe_turned"] = sum(w and a[2] >= x and unsafe_yes(r)
                                     for r, a, w in zip(rows, away, ways, strict=True))
        gain = _net(tally) + UNSAFE_WEIGHT * tally["unsafe_turned"]
        if best is None or gain >= best[0]:
            best = (gain, x, tally)
    if best is None or best[0] <= 0:
        return None, {}
    return float(best[1]), {k: int(v) for k, v in best[2].items()}


def _gap_turns(engine: Engine, row: dict[str, object], guess: tuple[str, float], away: tuple[str, float, float],
               margins: tuple[float, float | None, float | None]) -> bool:
    """Whether the bot would turn this rules' answer by the gap in `margins` (`AnswerReader.guess_away_from`): a yes
    the gap may turn (`may_fail_closed`), the reading margin's guess does not lead away, the best answer the model
    may lead to scores within the gap of its yes, and a reading (or, above the stated margin, a statement) gives it
    (`answer_for`)."""
    threshold, stated, gap = margins
    if gap is None or away[2] < gap or row["situation"] is None \
            or not may_fail_closed(str(row["rules_verdict"]), row["situation"]) or changed(row, guess, threshold):  # type: ignore[arg-type]
        return False
    found = answer_for(engine, row["situation"], AnswerGuess.of(away[0], away[1], False, fails_closed=True),  # type: ignore[arg-type]
                       away[1] >= (stated if stated is not None else math.inf))
    return found is not None


def gap_keeping_pins(vec: DictVectorizer, model: LinearSVC, rows: list[dict[str, object]], gap: float | None,
                     threshold: float, threshold_stated: float | None) -> float | None:
    """The gap from `allowed` the shipped model may use: the one chosen on the held-out folds, raised above every
    pinned `allowed` the model would still turn by it (None where no gap tried keeps them all). The pins are the
    policy's reading of their questions: the fit's rounds weigh up those the margins would turn, the gap's included
    (`_fit`), and this keeps any the rounds could not. (Without either, the first gap trained turned "Can I email my
    team?" into item 6's prohibition.)"""
    if gap is None:
        return None
    pins = [r for r in rows if r["set"] == PINNED and r["situation"] is not None
            and may_fail_closed(str(r["rules_verdict"]), r["situation"])]  # type: ignore[arg-type]
    if not pins:
        return gap
    scores = _scores(vec, model, pins)
    best = _best(model, scores)
    engine = load_bundle().engine
    turned = [a[2] for row, g, a in zip(pins, best, _best_away(model, scores), strict=True)
              if _gap_turns(engine, row, g, a, (threshold, threshold_stated, -math.inf))]
    worst = max(turned, default=-math.inf)
    return next((x for x in GAPS_FROM_ALLOWED if x >= gap and x > worst), None)


def build(rows: list[dict[str, object]], threshold: float, threshold_stated: float | None = None,
          gap_from_allowed: float | None = None) -> str:
    vec, model = _fit(rows, (threshold, threshold_stated, gap_from_allowed))
    gap_from_allowed = gap_keeping_pins(vec, model, rows, gap_from_allowed, threshold, threshold_stated)
    print(f"  gap from allowed, keeping the pinned answers: {gap_from_allowed}")
    # the checks are the bot's own reads: today's rules' answer beside the words, as at run time
    sample = [{**r, "rules_verdict": r["today"][0], "rules_citations": r["today"][1]}  # type: ignore[index]
              for r in rows[:: max(1, len(rows) // CHECK_SAMPLE)][:CHECK_SAMPLE]]
    checks = [{"question": r["question"], "verdict": r["rules_verdict"], "citations": r["rules_citations"],
               "situation": r["situation"].describe() if r["situation"] is not None else None,  # type: ignore[attr-defined]
               "label": label, "score": round(score, 6)}
              for r, (label, score) in zip(sample, _guesses(vec, model, sample), strict=True)]
    policy = load_bundle().policy
    header = {"about": "policy/answer_reader.py; trained by training/answer_reader/train.py on eval/review-* and "
                       "training/answer_reader/corpus/*",
              "items_digest": items_digest((n, u.text) for n, u in policy.unacceptable_uses.items()),
              "corpus": corpus_digest([r for r in rows if r["set"] != PINNED]), "threshold": threshold,
              "threshold_stated": threshold_stated, "gap_from_allowed": gap_from_allowed,
              "classes": [str(c) for c in model.classes_],
              "intercept": [float(b) for b in model.intercept_]}
    return weights_text(header, checks, vec.get_feature_names_out(), model.coef_)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights, write nothing")
    parser.add_argument("--hold-out", default="", help="sets left out by name (for measuring on them)")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    rows = load_corpus(frozenset(filter(None, args.hold_out.split(","))))
    print(f"corpus: {sum(r['set'] != PINNED for r in rows)} questions from {len({r['set'] for r in rows}) - 1} "
          f"labelled sets, {sum(r['set'] == PINNED for r in rows)} pinned by the policy tests")
    guesses, away = out_of_fold(rows)
    threshold, stated, held = choose_threshold(rows, guesses)
    print(f"threshold {threshold}, stated {stated} (held-out sets, {FOLDS} folds by writer):", held)
    from_allowed, turned = choose_from_allowed(rows, guesses, away, threshold, stated)
    print(f"gap from allowed {from_allowed} (held-out sets, an unsafe 'allowed' turned counts {UNSAFE_WEIGHT} "
          "more):", turned)
    text = build(rows, threshold, stated, from_allowed)
    lines = text.splitlines()[2:]
    print(f"weights: {len(lines)} features, {len(text) // 1024} KB")
    return write_or_check(text, args.out, args.check)


if __name__ == "__main__":
    sys.exit(main())
