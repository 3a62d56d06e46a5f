"""`aupbot ask`: the policy's answer to a question, for a person, as JSON, or as a JSONL batch (DESIGN.md).

    aupbot ask "can I text my team?"           # for a person to read
    aupbot ask --json "can I text my team?"    # one JSON object
    aupbot ask --choice audience=staff "can I text my team?"   # answer a clarify
    aupbot ask --jsonl < questions.jsonl       # {"id", "question"} per line in, one answer line out

Imports stay light (no Slack or Google client) so a single question starts and answers in well under a second.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import textwrap
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policy.bundle import PolicyBundle


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer a policy question (or a JSONL batch on stdin)")
    p.add_argument("question", nargs="*", help="the question, in your own words")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    mode.add_argument("--jsonl", action="store_true",
                      help='read {"id", "question"} lines on stdin, write one answer line each')
    mode.add_argument("--explain", action="store_true", help="print how the question was read (for tuning)")
    p.add_argument("--choice", default=None, help="a clarify option's choice_id, e.g. audience=staff")
    p.add_argument("--policy", default=None, help="policy file (default: AUPBOT_POLICY or the bundled policy)")
    p.set_defaults(run=_run)


def render_text(reply, width: int = 100) -> str:
    """An AskReply as terminal text: badge, answer, conditions, quoted policy, numbered options."""
    def wrap(s: str, indent: str = "") -> str:
        follow = indent if indent.strip() == ">" else " " * len(indent)
        return textwrap.fill(s, width=width, initial_indent=indent, subsequent_indent=follow + "  ")

    lines = [f"[{reply.verdict_label}]", wrap(reply.answer)]
    if reply.conditions:
        lines.append("Conditions:")
        lines.extend(wrap(c, "  - ") for c in reply.conditions)
    if reply.options:
        lines.append("Which fits?")
        lines.extend(wrap(f"{o.label}  ->  {o.verdict.replace('_', ' ')}", f"  {n}. ")
                     for n, o in enumerate(reply.options, 1))
    if reply.citations:
        lines.append("Policy:")
        for q in reply.citations:
            where = f"{q.section}, item {q.item}" if q.item else q.section
            lines.append(wrap(f"{where}: \u201c{q.text}\u201d", "  > "))
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    if not args.jsonl:
        # One question, then the process ends: the cyclic garbage it could make is a few objects, and with the
        # collector on, its passes walked everything loaded so far (the vocabulary, the detectors) some 70 times,
        # about a tenth of a cold ask's CPU. A batch keeps the collector: it reads questions without end.
        gc.disable()
    from bot.settings import Settings
    from handlers import ask
    from policy.bundle import PolicyFileError, load_bundle

    try:
        bundle = load_bundle(args.policy or Settings.from_env().policy_path)
    except PolicyFileError as exc:
        print(f"aupbot: policy file: {exc}", file=sys.stderr)
        return 2
    if args.jsonl:
        return _batch(ask, bundle)
    question = " ".join(args.question)
    if not question and not sys.stdin.isatty():
        question = sys.stdin.read()
    if args.explain:
        print(json.dumps(ask.explain(question, bundle), indent=2))
        return 0
    reply = ask.answer(question, choice_id=args.choice, bundle=bundle)
    if args.json:
        print(json.dumps(reply.to_json(), ensure_ascii=False))
    else:
        print(render_text(reply))
    return 0


def _batch(ask: ModuleType, bundle: PolicyBundle) -> int:
    """One output line per input line, in order; a malformed line gets a friendly answer, never a stop."""
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not an object")
            qid, question = item.get("id", n), item.get("question", "")
        except ValueError:
            # as `scan --jsonl` does: the line gets an answer that says what was wrong with it, in order
            out.write(json.dumps({"id": n, "error": f"line {n}: not a JSON object with a \"question\"",
                                  "verdict": "not_covered", "answer": "", "citations": [], "conditions": [],
                                  "options": []}) + "\n")
            continue
        try:
            reply = ask.answer(question if isinstance(question, str) else str(question), bundle=bundle)
            row = reply.to_json(qid)
        except Exception as exc:  # keep serving the rest of the batch; say which line failed and why
            row = {"id": qid, "verdict": "not_covered", "answer": f"internal error: {type(exc).__name__}",
                   "citations": [], "conditions": [], "options": []}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
    return 0
