"""Answering questions in-process: median and p99 per question over a few thousand varied questions, and the
cold start of `aupbot ask "question"` as a new process. Targets: p99 < 5 ms; cold start < 1 s."""
from __future__ import annotations

import ast
import itertools
import json
import os
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
    from bot.commands.serve import freeze_loaded, warm
    from handlers import ask
    from policy.bundle import load_bundle

    qs = questions()
    # as `aupbot serve` starts: the policy, vocabulary and detectors load once per process (not a per-question cost),
    # and what they hold is frozen out of the garbage collector's passes
    warm(load_bundle())
    freeze_loaded()
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

    # a question that carries a value also builds the detectors for the paste warning: one of each kind of value
    # (which units wake, and what they compile, differs by kind), and none
    worst = 0.0
    for label, question in COLD_QUESTIONS:
        colds, cpus = [], []
        for _ in range(5):
            before = _children_cpu()
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bot.cli", "ask", question], cwd=ROOT,
                           capture_output=True, check=True)
            colds.append(time.perf_counter() - start)
            cpus.append(_children_cpu() - before)
        worst = max(worst, statistics.median(colds))
        # the process's CPU time (user + system) besides the wall time: other work on a shared machine stretches
        # the wall time a great deal and the CPU time much less
        print(f"cold start of `aupbot ask \"...\"`{label}: median {statistics.median(colds) * 1000:.0f} ms, "
              f"best {min(colds) * 1000:.0f} ms, CPU median {statistics.median(cpus) * 1000:.0f} ms "
              f"(target < 1000 ms)")
    # issue 10's "Done when", in one line, with the load the figures were taken under (a shared machine's load
    # stretches every wall time; compare figures taken at similar loads)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    print(f"budgets: p99 one pass {p99(raw):.2f} ms ({'met' if p99(raw) < 5 else 'NOT met'}, < 5 ms); "
          f"slowest cold start median {worst * 1000:.0f} ms ({'met' if worst < 1 else 'NOT met'}, < 1000 ms); "
          f"load average {load}")


def _children_cpu() -> float:
    """User plus system CPU seconds of every finished child process so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# the cold-start questions: none, then one value of each kind the paste warning looks for
COLD_QUESTIONS = (
    ("", "can I text my team?"),
    (" with a value", "can I email the parent at pat.lee@example.org about room 1234?"),
    (" with a phone number", "can I text my student at 312-555-0187?"),
    (" with an SSN", "is it ok to share SSN 536-22-8741 with the nurse?"),
    (" with a student ID", "can I post student id 20581234 on the board?"),
    (" with a password", "my password is Tiger2024! can I share it with my sub?"),
    (" with a personal e-mail", "can I email jdoe@gmail.com from my personal account?"),
)

if __name__ == "__main__":
    main()
