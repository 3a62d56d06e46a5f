"""`/aup`: questions, help, the report form, the user's reports, the watch switch and the approvals register.

The ack answers at once: with a body where the answer needs no work (help, usage), empty otherwise; the work
then answers through `respond()` (the command's response_url). The report form is opened on the modal pool,
handed off by the ack itself: the trigger_id expires 3 seconds after the command.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.slack import blocks
from bot.slack.deps import SlackDeps, require
from bot.slack.listener import Listener, attach, open_modal_soon
from bot.store import audit
from bot.texts import district_values, text
from handlers import approvals, ask, report, watch

# Slack caps a slash command's text at a few thousand characters; a policy question is a sentence or two.
MAX_QUESTION_CHARS = 2000
WATCH_SWITCH = {"on": True, "off": False}


@dataclass(frozen=True)
class Subcommand:
    # the ack's body when the answer needs no work (None: an empty ack, the work answers)
    answer_now: Callable[[str], dict | None] | None = None
    work: Callable | None = None
    opens_modal: bool = False   # work is views.open on the command's trigger_id: handed off by the ack itself


def _person(deps: SlackDeps, command: dict):
    return deps.person(command["user_id"], command.get("user_name", ""))


def ask_question(command, respond, client, deps: SlackDeps, question: str) -> None:
    if len(question) > MAX_QUESTION_CHARS:
        respond(response_type="ephemeral", replace_original=False,
                text=text("slack.question_too_long", length=len(question), limit=MAX_QUESTION_CHARS))
        return
    # the answer to a slash command is ephemeral: the asker alone reads it
    asked = ask.ask(deps.bundle, deps.db, _person(deps, command), question, private=True)
    respond(response_type="ephemeral", replace_original=False, text=blocks.answer_fallback(asked.reply),
            blocks=blocks.answer_blocks(asked.reply, asked.question_ref, asked.mentions,
                                               policy=deps.bundle.policy))


def help_now(rest: str) -> dict:
    return {"response_type": "ephemeral", "text": text("slack.help"), "blocks": blocks.help_blocks()}


def open_report_form(body, client, context) -> None:
    deps: SlackDeps = context["aup"]
    (trigger_id,) = require(body, "trigger_id")
    client.views_open(trigger_id=trigger_id,
                      view=blocks.report_modal(report.form_fields(deps.settings), {"source": "slack"},
                                               district=district_values(deps.bundle.district)))


def show_status(command, respond, client, deps: SlackDeps, rest: str) -> None:
    lines = blocks.report_list_lines(report.my_reports(deps.db, _person(deps, command)))
    body = "\n".join([text("slack.status_heading"), *lines]) if lines else text("slack.status_none")
    respond(response_type="ephemeral", replace_original=False, text=body, blocks=[blocks.section(body)])


def watch_usage_now(rest: str) -> dict | None:
    return None if rest.lower() in WATCH_SWITCH else {"response_type": "ephemeral", "text": text("slack.watch_usage")}


def set_watch(command, respond, client, deps: SlackDeps, rest: str) -> None:
    # the command's own channel_name says "privategroup" for every private channel: conversations.info knows
    place = deps.named_place(client, command["channel_id"])
    # a DM's id starts with D; Slack names it "directmessage" in the command
    direct = command.get("channel_name") == "directmessage" or str(command["channel_id"]).startswith("D")
    place = replace(place, direct=direct)
    said = watch.set_watched(deps.db, _person(deps, command), place, WATCH_SWITCH[rest.lower()])
    respond(response_type="ephemeral", replace_original=False, text=blocks.escape(said))


def set_it_channel(command, respond, client, deps: SlackDeps, rest: str) -> None:
    """`/aup it-channel`, in the channel IT reads: this workspace's alerts and reports go there from now on
    (AUPBOT_SLACK_IT_CHANNEL stays the default of workspaces that chose none)."""
    person = _person(deps, command)
    if not person.is_admin:
        said = text("slack.it_channel_refused")
    else:
        deps.workspaces.set_it_channel(deps.workspace or command.get("team_id", ""), command["channel_id"],
                                       person.id, enterprise_id=deps.enterprise)
        audit.record(deps.db, person.id, "it_channel.set", f"slack:{command['channel_id']}")
        said = text("slack.it_channel_set")
    respond(response_type="ephemeral", replace_original=False, text=said)


def run_approvals(command, respond, client, deps: SlackDeps, rest: str) -> None:
    """`/aup register ...`, `/aup approvals`, `/aup revoke N`: the handler reads the whole line (its verb
    included) and decides. Slack escapes &, < and > in a command's text; `&lt;` and `&gt;` stay escaped, so a
    subject can never carry live markup (`<!channel>`, `<http://x|label>`) to wherever the register repeats it.
    Only `&amp;` is decoded: "Tom &amp; Jerry" was typed as "Tom & Jerry", and a bare & builds no markup."""
    line = (command.get("text") or "").strip().replace("&amp;", "&")
    said = approvals.command(deps.db, deps.settings, _person(deps, command), line)
    respond(response_type="ephemeral", replace_original=False, text=blocks.escape(said),
            blocks=[blocks.section(blocks.escape(said))])


SUBCOMMANDS: dict[str, Subcommand] = {
    "help": Subcommand(answer_now=help_now),
    "report": Subcommand(work=open_report_form, opens_modal=True),
    "status": Subcommand(work=show_status),
    "watch": Subcommand(answer_now=watch_usage_now, work=set_watch),
    "it-channel": Subcommand(work=set_it_channel),
    **{verb: Subcommand(work=run_approvals) for verb in approvals.COMMANDS},
}
EMPTY = SUBCOMMANDS["help"]          # `/aup` alone shows what the bot does
QUESTION = Subcommand(work=None)     # anything else is a question (ask_question takes the whole text)


def _route(command: dict) -> tuple[Subcommand, str]:
    raw = (command.get("text") or "").strip()
    word, _, rest = raw.partition(" ")
    if not word:
        return EMPTY, ""
    sub = SUBCOMMANDS.get(word.lower())
    return (sub, rest.strip()) if sub else (QUESTION, raw)


def ack_aup(ack, command, client, context) -> None:
    require(command, "user_id", "channel_id")
    sub, rest = _route(command)
    body = sub.answer_now(rest) if sub.answer_now else None
    ack(**body) if body else ack()
    if sub.opens_modal:
        open_modal_soon(context, sub.work, body=command, client=client)


def work_aup(command, respond, client, context) -> None:
    sub, rest = _route(command)
    if sub is QUESTION:
        ask_question(command, respond, client, context["aup"], rest)
    elif sub.work and not sub.opens_modal and not (sub.answer_now and sub.answer_now(rest)):
        sub.work(command, respond, client, context["aup"], rest)


def ack_unknown_command(ack, command) -> None:
    ack(response_type="ephemeral", text=text("slack.unknown_command", command=str(command.get("command", ""))[:40]))


# Slash commands this app declares (app_manifest.yml features.slash_commands; tests/test_slack_manifest.py).
COMMANDS: dict[str, Listener] = {"/aup": Listener(ack=ack_aup, work=work_aup)}
# Any other command routed here (a renamed command, a stale manifest) gets a clear answer instead of a 404.
FALLBACK = re.compile(r"^/")


def register(app) -> None:
    for name, listener in COMMANDS.items():
        attach(app.command(name), listener)
    attach(app.command(FALLBACK), Listener(ack=ack_unknown_command))
