"""Diagnostic only: how often each reader finds the expected unacceptable use on the review sets' questions.

    python -m training.second_reader.measure [eval/review-f/questions.jsonl ...]

For the questions whose expected citations include an item: the rule reader alone (the answer with no second
reader), the second reader alone (its top label; and its top label when confident), and the two combined as
`aupbot ask` combines them. Nothing here tunes anything: the threshold comes from the training corpus
(train.py), and these sets are never read by the trainer.
"""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from handlers.ask import answer
from policy.bundle import load_bundle

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SETS = (ROOT / "eval" / "review-f" / "questions.jsonl", ROOT / "eval" / "review-g" / "questions.jsonl")


def _cited_items(reply: object) -> set[int]:
    return {q.item for q in reply.citations if q.item is not None}  # type: ignore[attr-defined]


def measure(path: Path) -> dict[str, object]:
    bundle = load_bundle()
    reader = bundle.second_reader
    assert reader is not None, "no second reader shipped for the default policy"
    rules_only = replace(bundle, second_reader=None)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    n = rule = top = confident = combined = 0
    for row in rows:
        expected = {c["item"] for c in row.get("citations", []) if c.get("item") is not None}
        if not expected:
            continue
        n += 1
        rule += bool(_cited_items(answer(row["question"], bundle=rules_only)) & expected)
        p = reader.predict(row["question"])
        top += p.item in expected
        confident += p.confident and p.item in expected
        combined += bool(_cited_items(answer(row["question"], bundle=bundle)) & expected)
    return {"set": path.parent.name, "item_questions": n, "rule_reader": round(rule / n, 3),
            "second_reader_top": round(top / n, 3), "second_reader_confident": round(confident / n, 3),
            "combined": round(combined / n, 3)}


def main(argv: list[str] | None = None) -> int:
    paths = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or list(DEFAULT_SETS)
    for path in paths:
        print(json.dumps(measure(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
