"""How far two labellings of the same questions agree, scored by the rules of `../shared/tools/score.py ask`.

Each labelling's main (first) verdict and its citations are scored against the other's labels, as the scorer
scores the bot's one answer: it says whether a set's labels leave room for the accuracy asked of the bot.
Usage: python3 eval/agreement/agree.py WRITER_LABELS.jsonl SECOND_LABELS.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _load(path: str) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()) if d}


def _cite(c: dict) -> tuple[str, object]:
    return (str(c.get("section", "")).strip().lower(), c.get("item"))


def score(labels: dict[str, dict], answers: dict[str, dict]) -> tuple[float, float, int]:
    """Verdict and citation accuracy, and unsafe 'allowed' answers, of `answers`' main verdicts against `labels`."""
    verdicts = citations = unsafe = 0
    for qid, label in labels.items():
        answer = answers[qid]
        verdict = answer["verdicts"][0]
        right = verdict in label["verdicts"]
        expected = {_cite(c) for c in label.get("citations", [])}
        cited = {_cite(c) for c in answer.get("citations", [])}
        verdicts += right
        citations += not expected or bool(expected & cited) or (verdict == "not_covered" and right)
        unsafe += verdict == "allowed" and not {"allowed", "not_covered"} & set(label["verdicts"])
    return verdicts / len(labels), citations / len(labels), unsafe


def main(first: str, second: str) -> None:
    a, b = _load(first), _load(second)
    for name, labels, answers in (("second against first", a, b), ("first against second", b, a)):
        verdict, citation, unsafe = score(labels, answers)
        print(f"{name}: verdict {verdict:.3f}, citation {citation:.3f}, unsafe {unsafe}")
    same = sum(a[i]["verdicts"] == b[i]["verdicts"] for i in a)
    print(f"identical verdict lists: {same} / {len(a)}")

if __name__ == "__main__":
    main(*sys.argv[1:3])
