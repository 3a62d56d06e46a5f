"""Train the record reader (policy/detectors/record_reader.py) on corpus.jsonl and write its weights.

    python -m training.record_reader.train            # cross-validate, pick the threshold, write the weights
    python -m training.record_reader.train --check    # the same, but only compare with the shipped weights

Needs the `bench` extra (scikit-learn). Deterministic (fixed seeds, liblinear's seeded coordinate descent).

- grouped cross-validation: every fragment's lines are held out together (see compose.py), so the figures are for
  facts the model never saw in any wording or about any student;
- the threshold: on those held-out margins, the lowest at which flagged lines are records at least MIN_PRECISION
  of the time and at most MAX_NONE_FLAGGED of the lines with no record are flagged. Chosen on this corpus only,
  never on an evaluation set.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.model_selection import GroupKFold
from sklearn.svm import LinearSVC

from policy.detectors.names import STOP_WORDS
from policy.detectors.record_reader import STUDENT, WEIGHTS, masked
from policy.second_reader import features
from training.record_reader.compose import FAMILY, GIVEN

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.jsonl"
SEED = 11
C = 1.0
MIN_DF = 2                  # a feature seen in one line only is that line's (a name, a slip), not the fact's
PRUNE = 0.02                # smaller weights are dropped from the shipped file
DECIMALS = 4
# Chosen on held-out lines as the reader is used (its gate open): a false record is a false alarm on a chat message
MIN_PRECISION = 0.97       # of held-out lines flagged (gate open, margin at the threshold), the share that are records
MAX_NONE_FLAGGED = 0.02    # of held-out lines with no record, the share flagged
CHECK_SAMPLE = 40
# the gate: the words whose weight for a record is at least this; the unit asks the reader only about a message
# holding one of them (a Set trigger, nearly free), so a scan pays for the model on few messages
GATE_MIN = 0.12
GATE_MAX_NONE_SHARE = 0.01    # and that are in at most this share of the lines with no record (not "has", "is")
# and that are rare in ordinary school talk: the second reader's corpus of staff questions (training/second_reader/),
# which tells almost no student's record, is the background ("day", "change", "data", "free" are common there)
BACKGROUND = HERE.parent / "second_reader" / "corpus.jsonl"
GATE_MAX_BACKGROUND_SHARE = 0.003
RECORD = "record"
_WORD = re.compile(r"[a-z0-9]+")


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def line(row: dict[str, Any]) -> str:
    """What the model reads of a corpus row: its text with the student masked as at run time (record_reader.py)."""
    return masked(row["text"], *row["student"]) if row["student"] else str(row["text"])


def _int32(x: Any) -> Any:
    """liblinear takes 32-bit sparse indices only; DictVectorizer may give 64-bit ones."""
    x = x.tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return x


def _fit(texts: list[str], labels: list[str]) -> tuple[DictVectorizer, LinearSVC]:
    feats = [features(t) for t in texts]
    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    kept = [{k: v for k, v in f.items() if df[k] >= MIN_DF} for f in feats]
    vec = DictVectorizer(sort=True)
    y = np.array([label == RECORD for label in labels], dtype=int)
    model = LinearSVC(C=C, max_iter=10000, random_state=SEED).fit(_int32(vec.fit_transform(kept)), y)
    coef = np.round(model.coef_, DECIMALS)
    coef[np.abs(coef) < PRUNE] = 0.0
    model.coef_ = coef
    model.intercept_ = np.round(model.intercept_, DECIMALS)
    return vec, model


def _scores(vec: DictVectorizer, model: LinearSVC, texts: list[str]) -> np.ndarray:
    return np.asarray(model.decision_function(_int32(vec.transform([features(t) for t in texts]))))


def gate_words(vec: DictVectorizer, model: LinearSVC, rows: list[dict[str, Any]]) -> list[str]:
    """The words that open the gate: weighing at least GATE_MIN for a record, words of the trade (not a function word
    or one of the composer's invented names), and rare among the lines with no record."""
    names = vec.get_feature_names_out()
    coef = model.coef_[0]
    none_words = [set(_WORD.findall(str(r["text"]).lower())) for r in rows if r["label"] != RECORD]
    common = _background_common()
    not_gate = STOP_WORDS | common | {STUDENT} | {w.lower() for w in FAMILY} | {g.lower() for g, _ in GIVEN}
    return sorted(w for j in np.flatnonzero(coef >= GATE_MIN) if str(names[j]).startswith("w:")
                  and len(w := str(names[j])[2:]) >= 3 and w not in not_gate
                  and sum(w in words for words in none_words) <= GATE_MAX_NONE_SHARE * len(none_words))


def _background_common() -> set[str]:
    """The words in more than GATE_MAX_BACKGROUND_SHARE of the background corpus's questions."""
    lines = [json.loads(x)["question"] for x in BACKGROUND.read_text(encoding="utf-8").splitlines() if x.strip()]
    df: dict[str, int] = {}
    for q in lines:
        for w in set(_WORD.findall(q.lower())):
            df[w] = df.get(w, 0) + 1
    return {w for w, n in df.items() if n > GATE_MAX_BACKGROUND_SHARE * len(lines)}


def _opens(gate: set[str], row: dict[str, Any]) -> bool:
    return bool(gate & set(_WORD.findall(str(row["text"]).lower())))


def out_of_fold(rows: list[dict[str, Any]], folds: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """Each line's margin from a model trained without its fragment (grouped k-fold), and whether that model's
    gate opens on it: held-out as the reader is used."""
    texts = [line(r) for r in rows]
    labels = [r["label"] for r in rows]
    margin = np.zeros(len(rows))
    gated = np.zeros(len(rows), dtype=bool)
    for train, test in GroupKFold(n_splits=folds).split(texts, labels, [r["group"] for r in rows]):
        vec, model = _fit([texts[i] for i in train], [labels[i] for i in train])
        margin[test] = _scores(vec, model, [texts[i] for i in test])
        gate = set(gate_words(vec, model, [rows[i] for i in train]))
        gated[test] = [_opens(gate, rows[i]) for i in test]
    return margin, gated


def choose_threshold(rows: list[dict[str, Any]], margin: np.ndarray,
                     gated: np.ndarray) -> tuple[float, dict[str, float]]:
    """The lowest margin at which the held-out lines the gate lets through and the model flags are records at least
    MIN_PRECISION of the time, with at most MAX_NONE_FLAGGED of the lines with no record flagged."""
    truth = np.array([r["label"] == RECORD for r in rows])
    for t in np.arange(-0.5, 1.51, 0.02):
        flagged = (margin >= t) & gated
        if not flagged.any():
            break
        precision = float(truth[flagged].mean())
        none_flagged = float(flagged[~truth].mean())
        if precision >= MIN_PRECISION and none_flagged <= MAX_NONE_FLAGGED:
            return round(float(t), 2), {"held_out_precision": precision,
                                        "held_out_recall": float(flagged[truth].mean()),
                                        "held_out_none_flagged": none_flagged,
                                        "held_out_lines_gated": float(gated.mean()),
                                        "held_out_model_alone_precision": float(truth[margin >= t].mean()),
                                        "held_out_model_alone_recall": float((margin >= t)[truth].mean()),
                                        "held_out_recall_at_0": float((margin >= 0)[truth].mean()),
                                        "held_out_precision_at_0": float(truth[margin >= 0].mean())}
    raise SystemExit("no threshold meets the precision target on the held-out margins")


def by_kind(rows: list[dict[str, Any]], margin: np.ndarray, threshold: float) -> dict[str, float]:
    """Held-out share flagged per kind of fragment (recall for record kinds, false alarms for the others)."""
    out: dict[str, float] = {}
    for kind in sorted({r["kind"] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r["kind"] == kind]
        out[f"{rows[idx[0]]['label']}/{kind}"] = round(float((margin[idx] >= threshold).mean()), 3)
    return out


def build(rows: list[dict[str, Any]], threshold: float) -> str:
    texts = [line(r) for r in rows]
    vec, model = _fit(texts, [r["label"] for r in rows])
    names = vec.get_feature_names_out()
    coef = model.coef_[0]
    weights = {str(names[j]): float(coef[j]) for j in np.flatnonzero(coef)}
    sample = texts[:: max(1, len(texts) // CHECK_SAMPLE)][:CHECK_SAMPLE]
    checks = [{"text": t, "score": round(float(s), 6)} for t, s in zip(sample, _scores(vec, model, sample),
                                                                          strict=True)]
    gate = gate_words(vec, model, rows)
    header = {"about": "policy/detectors/record_reader.py; trained by training/record_reader/train.py on "
                       "corpus.jsonl", "threshold": threshold, "intercept": float(model.intercept_[0]), "gate": gate}
    return "".join(json.dumps(part, separators=(",", ":"), ensure_ascii=False) + "\n"
                   for part in (header, checks, weights))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights, write nothing")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    rows = load_corpus()
    print(f"corpus: {len(rows)} lines, {len({r['group'] for r in rows})} fragments, "
          f"{sum(r['label'] == RECORD for r in rows)} records")
    margin, gated = out_of_fold(rows)
    threshold, held = choose_threshold(rows, margin, gated)
    print(f"threshold {threshold}:", {k: round(v, 3) for k, v in held.items()})
    print("held-out share flagged by kind:", by_kind(rows, np.where(gated, margin, -9.0), threshold))
    text = build(rows, threshold)
    print(f"gate: {len(json.loads(text.splitlines()[0])['gate'])} words")
    print(f"weights: {len(json.loads(text.splitlines()[2]))} features, {len(text) // 1024} KB")
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("shipped weights are", "up to date" if same else "OUT OF DATE")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
