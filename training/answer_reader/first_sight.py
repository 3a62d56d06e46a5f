"""Record what the rules answered a review set at first sight, before anyone read it, for the answer reader to learn
from (`training.answer_reader.train`).

    python -m training.answer_reader.first_sight ax ay            # each set at the commit before it joined eval/
    python -m training.answer_reader.first_sight az --rev HEAD    # a set not committed yet: the rules as they are
    python -m training.answer_reader.first_sight t1 --rev HEAD    # a training-only corpus (corpus/t1), the same way

Why: on a question nobody tuned to, the rules are wrong about one time in eight; on the review sets as they are
now, tuned against for sessions, one time in twenty-five. A model that learns from today's rules' answers learns to
trust them more than it should on the next writer's questions. The answers the rules gave a set before it was read
are the ones a new writer meets, so the trainer reads those beside the words (the bot still reads today's rules'
answer and reading at run time).

Each set's `first-sight.jsonl` holds one line per question: its id, the rules' verdict and citations (the answer
reader's weights removed, so the rules alone), and the commit that answered. The commit is the parent of the one
that added the set's questions, so the rules had never seen them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"
CORPUS = Path(__file__).resolve().parent / "corpus"   # training-only: written for the reader, never scored or tuned on
FILE = "first-sight.jsonl"
WEIGHTS_IN_TREE = Path("policy/data/answer_reader.jsonl")


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def set_folders() -> list[tuple[str, Path]]:
    """Every labelled set the reader learns from, by name: the review sets (`eval/review-<name>`, scored too) and the
    training-only corpora (`corpus/<name>`, which nobody reads or tunes rules against, so the rules' answers on them
    stay first-sight answers)."""
    review = [(path.name.removeprefix("review-"), path) for path in sorted(EVAL.glob("review-*"))]
    training = [(path.name, path) for path in sorted(CORPUS.glob("*")) if (path / "questions.jsonl").exists()]
    return review + training


def folder_of(name: str) -> Path:
    """A set's folder by its name (review sets first)."""
    review = EVAL / f"review-{name}"
    return review if review.exists() else CORPUS / name


def rev_before(name: str) -> str:
    """The commit before the one that added the set's questions: the last rules that had never seen them."""
    questions = (folder_of(name) / "questions.jsonl").relative_to(ROOT)
    added = _git("log", "--diff-filter=A", "--format=%H", "--", str(questions)).split()
    if not added:
        raise SystemExit(f"{name} is not committed yet: give --rev (the rules that have not seen it)")
    return _git("rev-parse", f"{added[-1]}^")


def answers_at(rev: str, questions: list[dict[str, object]]) -> list[dict[str, object]]:
    """The rules' answers at `rev`: its tree checked out beside this one, without the answer reader's weights, asked
    through its own batch interface (`aupbot ask --jsonl`, DESIGN.md)."""
    with tempfile.TemporaryDirectory(prefix="first-sight-") as tmp:
        tree = Path(tmp) / "tree"
        _git("worktree", "add", "--detach", str(tree), rev)
        try:
            (tree / WEIGHTS_IN_TREE).unlink(missing_ok=True)
            batch = "".join(json.dumps({"id": q["id"], "question": q["question"]}) + "\n" for q in questions)
            done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], input=batch, cwd=tree,
                                  capture_output=True, text=True, check=True)
        finally:
            _git("worktree", "remove", "--force", str(tree))
    replies = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return [{"id": r["id"], "verdict": r["verdict"],
             "citations": [[c["section"], c.get("item")] for c in r["citations"]], "rev": rev[:12]} for r in replies]


def load(folder: Path) -> dict[str, tuple[str, list[tuple[str, int | None]]]]:
    """A set's first-sight answers by question id (empty where the set has none)."""
    path = folder / FILE
    if not path.exists():
        return {}
    out: dict[str, tuple[str, list[tuple[str, int | None]]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = (row["verdict"], [(section, item) for section, item in row["citations"]])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="set names (a review set's part after review-, a corpus folder's name)")
    parser.add_argument("--rev", help="answer with these rules instead of the commit before each set joined eval/")
    args = parser.parse_args(argv)
    for name in args.sets:
        folder = folder_of(name)
        questions = [json.loads(line) for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                     if line.strip()]
        rev = _git("rev-parse", args.rev) if args.rev else rev_before(name)
        rows = answers_at(rev, questions)
        if [r["id"] for r in rows] != [q["id"] for q in questions]:
            raise SystemExit(f"{name}: the rules at {rev[:12]} did not answer every question")
        (folder / FILE).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{name}: {len(rows)} first-sight answers from {rev[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
