"""Answering questions in-process: median and p99 per question over a few thousand varied questions, and the
cold start of `aupbot ask "question"` as a new process. Targets: p99 < 5 ms; cold start < 1 s."""
from __future__ import annotations

import ast
import itertools
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval-dev" / "questions.jsonl"

OPENERS = ["can i", "is it ok to", "am I allowed to", "quick q - can I", "ok to", "r we allowed to", "Can I just"]
ACTIONS = ["text", "email", "call", "WhatsApp", "message", "DM", "snapchat", "hangouts", "GroupMe", "facetime",
           "friend", "follow", "post pics of", "share grades with", "send a raffle flyer to", "Remind-text"]
AUDIENCES = ["my 3rd graders", "my seniors", "my team", "my students", "a parent", "my co-teacher", "my AP",
             "the kids on the trip", "my varsity players", "my crew", "the whole staff", "my 10th grade class",
             "my studnets", "one of my juniors", "a student's mom"]
TAILS = ["", "?", " about practice?", " from my personal cell", " from my cps account", " on insta",
         " for safety on the field trip, parents signed the form and are on the thread", " about homework",
         " with a $10 buy-in", " - principal said it's fine", " every day lol"]


def table_questions() -> list[str]:
    """The questions of the policy tests' question tables (tests/policy/test_*.py), read from the source without
    importing the test modules: every module-level list of tuples whose first element is a string."""
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "policy").glob("test_*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
                out += [row.elts[0].value for row in node.value.elts
                        if isinstance(row, ast.Tuple) and row.elts and isinstance(row.elts[0], ast.Constant)
                        and isinstance(row.elts[0].value, str)]
    return out


def questions(n: int = 4000) -> list[str]:
    rng = random.Random(7)
    base = [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines()] \
        if DEV.exists() else []
    base += table_questions()
    combos = [f"{o} {a} {b}{t}" for o, a, b, t in itertools.product(OPENERS, ACTIONS, AUDIENCES, TAILS)]
    rng.shuffle(combos)
    out = base + combos[: max(0, n - len(base))]
    out += ["", "x" * 100_000, "¿Puedo mandar mensajes a mis alumnos?"]
    return out


def main() -> None:
    from handlers import ask

    qs = questions()
    ask.answer("warm up")           # policy and vocabulary load once per process; not a per-question cost
    # Three passes: the raw figures are the first pass; "best of 3" takes each question's fastest run, which
    # removes pauses caused by other processes on a busy machine (the work per question is the same).
    passes = []
    verdicts: dict[str, int] = {}
    for n in range(3):
        times = []
        for q in qs:
            start = time.perf_counter()
            reply = ask.answer(q)
            times.append((time.perf_counter() - start) * 1000)
            if n == 0:
                verdicts[reply.verdict] = verdicts.get(reply.verdict, 0) + 1
        passes.append(times)
    raw = sorted(passes[0])
    best = sorted(min(ts) for ts in zip(*passes, strict=False))

    def p99(ts: list[float]) -> float:
        return ts[int(len(ts) * 0.99) - 1]

    print(f"ask in-process: {len(qs)} questions, median {statistics.median(raw):.3f} ms, p99 {p99(raw):.3f} ms, "
          f"max {raw[-1]:.3f} ms (one pass; target p99 < 5 ms)")
    print(f"ask in-process, best of 3 per question: median {statistics.median(best):.3f} ms, "
          f"p99 {p99(best):.3f} ms, max {best[-1]:.3f} ms")
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))

    # a question that carries a value (an address, a long number) also builds the detectors for the paste warning
    for label, question in (("", "can I text my team?"),
                            (" with a value", "can I email the parent at pat.lee@example.org about room 1234?")):
        colds = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bot.cli", "ask", question], cwd=ROOT,
                           capture_output=True, check=True)
            colds.append(time.perf_counter() - start)
        print(f"cold start of `aupbot ask \"...\"`{label}: median {statistics.median(colds) * 1000:.0f} ms, "
              f"best {min(colds) * 1000:.0f} ms (target < 1000 ms)")

if __name__ == "__main__":
    main()
