"""Train the second reader (policy/second_reader.py) on corpus.jsonl and write its weights.

    python -m training.second_reader.train            # cross-validate, pick the threshold, write the weights
    python -m training.second_reader.train --check    # the same, but only compare with the shipped weights

Needs the `bench` extra (scikit-learn). Deterministic: fixed seeds, and liblinear's seeded coordinate
descent. The figures it prints are the ones quoted in the report of issue 10:

- grouped cross-validation: every fragment's questions are held out together (see compose.py), so the figure is
  for acts the model never saw in any wording;
- the threshold: on the same held-out (out-of-fold) predictions, the lowest margin at which a confident item
  prediction is rarely an ordinary question (at most MAX_NONE_FLAGGED of them, each writing pass counting
  equally: see `none_flagged`), is some unacceptable use (at least MIN_PRECISION) and mostly the right item (at least
  MIN_RIGHT_ITEM). It is chosen on this corpus only, never on an evaluation set.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.model_selection import GroupKFold
from sklearn.svm import LinearSVC

from policy.document import DEFAULT_POLICY, load_policy
from policy.second_reader import NONE, WEIGHTS, features, items_digest
from training.weights_file import weights_text, write_or_check

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.jsonl"
SEED = 10
# chosen on the corpus: out-of-fold recall at the targets 0.084 (C=3), 0.060 (C=1), 0.075 (C=10), 0.047 (C=0.3)
# (again with the fifth pass: 0.431 at C=3, 0.418 at C=1.5, 0.443 at C=6 with more ordinary questions flagged; class
# weights, balanced 0.381 or the ordinary class doubled 0.430, no better)
C = 3.0
MIN_DF = 2                  # a feature seen in one question only is that question's, not the act's
PRUNE = 0.08                # weights smaller are dropped from the shipped file (cross-validation: no loss)
DECIMALS = 4
MIN_PRECISION = 0.95       # of confident predictions, the share that are some unacceptable use (not "none")
MIN_RIGHT_ITEM = 0.80      # of confident predictions, the share that name the right item (the one cited)
MAX_NONE_FLAGGED = 0.02    # of ordinary questions, the share flagged (an `allowed` answer's second look)
# a `not_covered` answer on district means is looked at again only at a stricter margin: there the rules read no
# act at all, and an everyday question with an item's words ("inventory", "petition") must not become that item
MAX_NONE_FLAGGED_NOT_COVERED = 0.01
# the gaps over the ordinary class tried with each threshold (the pair kept flags the most item questions while meeting
# the same targets): a question the model finds both ordinary and an item is a close call
GAPS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
CHECK_SAMPLE = 60           # corpus questions whose trainer predictions are stored beside the weights


def load_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _model() -> LinearSVC:
    return LinearSVC(C=C, max_iter=5000, random_state=SEED)


def _fit(questions: list[str], labels: list[str]) -> tuple[DictVectorizer, LinearSVC]:
    feats = [features(q) for q in questions]
    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    kept = [{k: v for k, v in f.items() if df[k] >= MIN_DF} for f in feats]
    vec = DictVectorizer(sort=True)
    model = _model().fit(_int32(vec.fit_transform(kept)), labels)
    return vec, model


def _prune(model: LinearSVC) -> None:
    """Drop and round small weights in place, so the model evaluated is the model shipped."""
    coef = np.round(model.coef_, DECIMALS)
    coef[np.abs(coef) < PRUNE] = 0.0
    model.coef_ = coef
    model.intercept_ = np.round(model.intercept_, DECIMALS)


def _int32(x: Any) -> Any:
    """liblinear takes 32-bit sparse indices only; DictVectorizer may give 64-bit ones."""
    x = x.tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return x


def _scores(vec: DictVectorizer, model: LinearSVC, questions: list[str]) -> np.ndarray:
    return model.decision_function(_int32(vec.transform([features(q) for q in questions])))


def out_of_fold(rows: list[dict[str, str]], folds: int = 5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each question's top label, its margin and that margin's gap over the ordinary class, from a model trained
    without its fragment (grouped k-fold)."""
    questions = [r["question"] for r in rows]
    labels = [r["label"] for r in rows]
    groups = [r["group"] for r in rows]
    predicted = np.empty(len(rows), dtype=object)
    margin = np.zeros(len(rows))
    gap = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=folds).split(questions, labels, groups):
        vec, model = _fit([questions[i] for i in train], [labels[i] for i in train])
        _prune(model)
        p = _scores(vec, model, [questions[i] for i in test])
        predicted[test] = model.classes_[p.argmax(axis=1)]
        margin[test] = p.max(axis=1)
        gap[test] = margin[test] - p[:, list(model.classes_).index(NONE)]
    return predicted, margin, gap


def cross_validate(rows: list[dict[str, str]], predicted: np.ndarray) -> dict[str, float]:
    labels = np.array([r["label"] for r in rows])
    is_item = labels != NONE
    return {"accuracy": float((predicted == labels).mean()),
            "item_accuracy": float((predicted[is_item] == labels[is_item]).mean()),
            "none_accuracy": float((predicted[~is_item] == labels[~is_item]).mean()),
            "item_vs_none_accuracy": float(((predicted != NONE) == is_item).mean())}


def none_flagged(rows: list[dict[str, str]], flagged: np.ndarray) -> float:
    """The share of ordinary questions flagged, each writing pass counting equally (the mean of the passes'
    shares). The passes differ in how hard their ordinary questions are: the fourth, plain school business sent
    through a district channel (schedules, ticket updates), is almost never flagged, and pooled by question
    (half the ordinary questions) it let the threshold fall until ordinary questions that share an item's words
    were flagged twice as often as the target, and answers pinned in the review sets' floors turned strict. The
    worst pass alone was tried too: a handful of fragments in one pass then decide, and the threshold jumped
    between 0.42 and 0.50 as unrelated fragments were added."""
    truth = np.array([r["label"] for r in rows])
    written_in = np.array([r.get("pass", "") for r in rows])
    shares = [float((flagged & (truth == NONE) & (written_in == p)).sum() / n)
              for p in sorted(set(written_in)) if (n := int(((truth == NONE) & (written_in == p)).sum()))]
    return float(np.mean(shares)) if shares else 0.0


def choose_threshold(rows: list[dict[str, str]], label: np.ndarray, top: np.ndarray, gap: np.ndarray,
                     max_none_flagged: float = MAX_NONE_FLAGGED) -> tuple[float, float, dict[str, float]]:
    """The threshold and the gap over the ordinary class meeting the targets with the most item questions flagged,
    on the out-of-fold predictions: every question is held out once, with its whole fragment, so the choice rests
    on the whole corpus rather than on one lucky split."""
    best: tuple[float, float, dict[str, float]] | None = None
    for min_gap in GAPS:
        found = _lowest_threshold(rows, label, top, gap >= min_gap, max_none_flagged)
        if found is not None and (best is None or found[1]["held_out_item_recall"] > best[2]["held_out_item_recall"]):
            best = (found[0], min_gap, found[1])
    if best is None:
        raise SystemExit("no threshold meets the precision and false-alarm targets on the held-out predictions")
    return best


def _lowest_threshold(rows: list[dict[str, str]], label: np.ndarray, top: np.ndarray, wide: np.ndarray,
                      max_none_flagged: float) -> tuple[float, dict[str, float]] | None:
    """The lowest margin meeting the targets among the questions whose gap is wide enough."""
    truth = np.array([r["label"] for r in rows])
    n_none = max(1, int((truth == NONE).sum()))
    n_item = max(1, int((truth != NONE).sum()))
    for t in np.arange(-0.5, 1.01, 0.02):
        flagged = (label != NONE) & (top >= t) & wide
        if not flagged.any():
            break
        precision = float((truth[flagged] != NONE).mean())
        by_pass = none_flagged(rows, flagged)
        right = float((label[flagged] == truth[flagged]).mean())
        if precision >= MIN_PRECISION and right >= MIN_RIGHT_ITEM and by_pass <= max_none_flagged:
            recall = float((flagged & (label == truth)).sum() / n_item)
            return round(float(t), 2), {"held_out_some_item_precision": precision,
                                        "held_out_right_item_precision": right,
                                        "held_out_flagged": int(flagged.sum()), "held_out_item_recall": recall,
                                        "held_out_none_flagged": float((flagged & (truth == NONE)).sum() / n_none),
                                        "held_out_none_flagged_by_pass": by_pass}
    return None


def build(rows: list[dict[str, str]], threshold: float, threshold_not_covered: float,
          min_gap: float = 0.0, min_gap_not_covered: float = 0.0) -> str:
    """The weights file's text: header, the trainer's predictions on a sample, weights (policy/second_reader.py)."""
    questions = [r["question"] for r in rows]
    vec, model = _fit(questions, [r["label"] for r in rows])
    _prune(model)
    sample = questions[:: max(1, len(questions) // CHECK_SAMPLE)][:CHECK_SAMPLE]
    p = _scores(vec, model, sample)
    checks = [{"question": q, "label": str(model.classes_[row.argmax()]), "score": round(float(row.max()), 6)}
              for q, row in zip(sample, p, strict=True)]
    policy = load_policy(DEFAULT_POLICY)
    header = {"about": "policy/second_reader.py; trained by training/second_reader/train.py on corpus.jsonl",
              "items_digest": items_digest((n, u.text) for n, u in policy.unacceptable_uses.items()),
              "threshold": threshold, "threshold_not_covered": threshold_not_covered,
              "min_gap": min_gap, "min_gap_not_covered": min_gap_not_covered,
              "classes": [str(c) for c in model.classes_],
              "intercept": [float(b) for b in model.intercept_]}
    return weights_text(header, checks, vec.get_feature_names_out(), model.coef_)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights, write nothing")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    rows = load_corpus()
    print(f"corpus: {len(rows)} questions, {len({r['group'] for r in rows})} fragments, "
          f"{sum(r['label'] == NONE for r in rows)} ordinary")
    predicted, margin, gap = out_of_fold(rows)
    print("grouped 5-fold cross-validation:", {k: round(v, 3) for k, v in cross_validate(rows, predicted).items()})
    threshold, min_gap, held = choose_threshold(rows, predicted, margin, gap)
    print(f"threshold {threshold}, gap {min_gap}:",
          {k: round(v, 3) if isinstance(v, float) else v for k, v in held.items()})
    strict, min_gap_strict, held_strict = choose_threshold(rows, predicted, margin, gap, MAX_NONE_FLAGGED_NOT_COVERED)
    print(f"threshold for not_covered answers {strict}, gap {min_gap_strict}:",
          {k: round(v, 3) if isinstance(v, float) else v for k, v in held_strict.items()})
    text = build(rows, threshold, strict, min_gap, min_gap_strict)
    lines = text.splitlines()[2:]
    print(f"weights: {len(lines)} features, {sum(line.count(' ') // 2 + 1 for line in lines)} "
          f"non-zero weights, {len(text) // 1024} KB")
    return write_or_check(text, args.out, args.check)


if __name__ == "__main__":
    sys.exit(main())
