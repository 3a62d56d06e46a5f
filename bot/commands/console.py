"""`aupbot console`: a local chat with the bot in the terminal, answering through the same handler as Slack.

`make run` opens it when no Slack or Google Chat credentials are set. It reads stdin line by line, so a test
(or a pipe) can drive it. Pick a clarify option by its number; `+` or `-` says whether the last answer helped;
`quit` leaves. Questions are logged (masked) to the SQLite file from the settings as `console:<user>`.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bot.settings import Settings
    from policy.bundle import PolicyBundle

BANNER = """aupbot console: ask about the {policy_title} in your own words.
Type a question; pick an option by its number; + or - to rate the last answer; quit to leave."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("console", help="chat with the bot in this terminal")
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    settings = Settings.from_env()
    return console_main(settings)


def _user() -> str:
    try:
        return getpass.getuser() or "local"   # $USER, $LOGNAME, then the password database
    except Exception:
        return "local"


def console_main(settings: Settings, stdin: TextIO | None = None, stdout: TextIO | None = None, *,
                 bundle: PolicyBundle | None = None) -> int:
    """`bundle`: the loaded policy; None loads the settings' policy file (the console is its own composition
    root)."""
    from bot.commands.ask import render_text
    from bot.texts import district_values, text
    from handlers import approvals, ask
    from handlers.conversation import Conversations
    from handlers.types import person_from_settings
    from policy.bundle import load_bundle

    bundle = bundle or load_bundle(settings.policy_path)

    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    person = person_from_settings(f"console:{_user()}", settings)
    db = None
    try:
        from bot.store import Database

        db = Database(settings.db_path)
    except Exception as exc:  # the console still answers; it only cannot keep a log
        print(f"(not logging questions: {exc})", file=out)
    interactive = stdin.isatty()

    def say(s: str = "") -> None:
        out.write(s + "\n")
        out.flush()

    banner = BANNER.format(**district_values(bundle.district))   # the district's own policy title
    say(banner)
    say(text("approvals.console_hint"))
    pending = None        # (question, reply) awaiting a numbered choice
    conversation = Conversations()    # a follow-up ("what about parents?") continues the question before it
    last_ref = None
    while True:
        if interactive:
            out.write("\nyou> ")
            out.flush()
        line = stdin.readline()
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        if line.lower() in ("quit", "exit", ":q", "bye"):
            break
        if line.lower() in ("help", "?"):
            say(banner)
            say(text("approvals.console_hint"))
            continue
        if line.lower().startswith("/aup "):  # typed as in chat
            line = line[5:].strip()
        if line.split(None, 1)[0].lower() in approvals.COMMANDS:
            try:
                said = approvals.command(db, settings, person, line) if db is not None \
                    else text("approvals.console_no_db")
            except Exception as exc:  # a locked or broken database file: say so and keep the console open
                said = text("approvals.console_failed", error=type(exc).__name__)
            say("bot> " + said.replace("\n", "\n     "))
            continue
        if line in ("+", "-"):
            if last_ref is None or db is None:
                say("bot> There is no answer to rate yet.")
            else:
                ask.record_feedback(db, person, last_ref, line == "+")
                say("bot> Thanks, your feedback was recorded.")
            continue
        if pending is not None and line.isdigit():
            question, reply = pending
            n = int(line)
            if not 1 <= n <= len(reply.options):
                say(f"bot> Pick a number from 1 to {len(reply.options)}, or ask a new question.")
                continue
            choice_id: str | None = reply.options[n - 1].choice_id
        else:
            question, choice_id = line, None
        # the terminal is the asker's own: the answer may name their registered approvals
        try:
            asked = ask.ask(bundle, db, person, question, private=True, choice_id=choice_id,
                            conversation=(conversation, "console"))
        except Exception as exc:  # a locked or broken database file: answer anyway, without the log line
            say(f"(could not log the question: {type(exc).__name__})")
            asked = ask.ask(bundle, None, person, question, private=True, choice_id=choice_id,
                            conversation=(conversation, "console"))
        reply = asked.reply
        pending = (question, reply) if reply.options else None
        if asked.question_ref is not None:
            last_ref = asked.question_ref
        say("bot> " + render_text(reply).replace("\n", "\n     "))
        if asked.mentions:
            say("     " + "\n     ".join([text("approvals.mentions_heading"), *asked.mentions]))
    if db is not None:
        db.close()
    return 0
