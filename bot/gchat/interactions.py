"""What each Chat interaction does: parse -> call a handler -> render. No policy logic lives here.

Two registries, read top to bottom: `BY_KIND` maps an event kind to its function, and `FUNCTIONS` maps the
function name a card button carries (`onClick.action.function`) to its function. `/aup` and `/report` have
small sub-command tables of their own.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.gchat import cards, names
from bot.gchat.cards import Response, text_response
from bot.gchat.events import ChatEvent
from bot.settings import Settings
from bot.store import Database
from bot.texts import district_values, text
from handlers import approvals, ask, report, watch
from handlers.conversation import Conversations
from handlers.types import Person, Place, person_from_settings
from policy.bundle import PolicyBundle

log = logging.getLogger("aupbot.gchat")

TICKET_PATTERN = re.compile(r"^[A-Za-z]+-\d{4}-\d+$")


@dataclass(frozen=True)
class Context:
    settings: Settings
    db: Database
    bundle: PolicyBundle
    event: ChatEvent
    person: Person
    place: Place
    on_watch_change: Callable[[str, bool], None] | None = None
    # the endpoint's follow-up memory (handlers/conversation.py): used in DMs only, where one person reads it
    conversations: Conversations | None = None

    @property
    def private_to(self) -> str | None:
        """Answers to commands in a shared space are shown to the asker only (Chat's private messages)."""
        return None if self.event.is_dm else self.event.user_name


def context_for(settings: Settings, db: Database, bundle: PolicyBundle, event: ChatEvent,
                on_watch_change: Callable[[str, bool], None] | None = None,
                conversations: Conversations | None = None) -> Context:
    person = person_from_settings(f"gchat:{event.user_name}", settings,
                                  name=names.known(db, "user", event.user_name, event.user_display),
                                  email=event.user_email)
    place = Place("gchat", channel=event.space, thread=event.thread,
                  channel_name=names.known(db, "space", event.space, event.space_display), direct=event.is_dm)
    return Context(settings, db, bundle, event, person, place, on_watch_change, conversations)


def handle(ctx: Context) -> Response:
    return BY_KIND.get(ctx.event.kind, _unknown_event)(ctx)


# -- events ---------------------------------------------------------------------------------------------------


def _on_message(ctx: Context) -> Response:
    said = ctx.event.text
    if said.lower() in ("", "help", "?"):
        return text_response(text("gchat.help"))
    # A plain message in a DM, or an @mention in a space: answer it in place (the asker chose to ask there).
    return _answer(ctx, said, private_to=None)


def _on_added(ctx: Context) -> Response:
    # Adding the app by @mentioning it with a question sends ADDED_TO_SPACE carrying that message:
    # the person asked something, so the answer is the reply (the welcome would leave them unanswered).
    if ctx.event.text and ctx.event.text.lower() not in ("help", "?"):
        return _answer(ctx, ctx.event.text, private_to=None)
    return text_response(text("gchat.welcome_dm" if ctx.event.is_dm else "gchat.welcome_space",
                              **district_values(ctx.bundle.district)))


def _on_removed(ctx: Context) -> Response:
    return Response("empty")  # Chat ignores any reply to REMOVED_FROM_SPACE


def _unknown_event(ctx: Context) -> Response:
    return text_response(text("gchat.unknown_event"))


def _on_command(ctx: Context) -> Response:
    command_id = ctx.event.command_id
    if command_id == ctx.settings.gchat_aup_command_id:
        return _aup_command(ctx)
    if command_id == ctx.settings.gchat_report_command_id:
        return _report_command(ctx)
    return text_response(text("gchat.unknown_command"), private_to=ctx.private_to)


def _on_click(ctx: Context) -> Response:
    fn = FUNCTIONS.get(ctx.event.function)
    if fn is None:
        return text_response(text("gchat.unknown_action"), private_to=ctx.private_to)
    return fn(ctx)


def _on_dialog_request(ctx: Context) -> Response:
    # a button with interaction OPEN_DIALOG names its function; a slash command set up as a dialog does not
    if ctx.event.function and ctx.event.function in FUNCTIONS:
        return FUNCTIONS[ctx.event.function](ctx)
    return _open_report_dialog(ctx)


def _on_dialog_submit(ctx: Context) -> Response:
    if ctx.event.function in ("", "report_submit"):
        return _submit_report(ctx)
    if ctx.event.function not in FUNCTIONS:
        # A dialog waits for a dialog response; a plain message would leave it spinning.
        return Response("close_dialog", notice=text("gchat.unknown_action"))
    return _on_click(ctx)


def _on_dialog_cancel(ctx: Context) -> Response:
    return Response("close_dialog", notice=text("gchat.dialog_cancelled"))


# -- /aup -----------------------------------------------------------------------------------------------------


def _aup_command(ctx: Context) -> Response:
    said = ctx.event.text
    word, _, rest = said.partition(" ")
    sub = AUP_SUBCOMMANDS.get(word.lower())
    if sub is not None:
        return sub(ctx, rest.strip())
    return _answer(ctx, said, private_to=ctx.private_to)


def _aup_help(ctx: Context, rest: str) -> Response:
    return text_response(text("gchat.help"), private_to=ctx.private_to)


def _aup_watch(ctx: Context, rest: str) -> Response:
    switch = rest.lower()
    if switch not in ("on", "off"):
        return text_response(text("gchat.watch_usage"), private_to=ctx.private_to)
    switched, reply = watch.switch_watched(ctx.db, ctx.person, ctx.place, switch == "on")
    if switched and ctx.on_watch_change is not None:
        ctx.on_watch_change(ctx.event.space, switch == "on")
    return text_response(reply, private_to=ctx.private_to)


def _answer(ctx: Context, question: str, *, private_to: str | None, choice_id: str | None = None,
            update: bool = False) -> Response:
    if not question.strip():
        return text_response(text("gchat.empty_question", **district_values(ctx.bundle.district)),
                             private_to=private_to)
    # a private message in a space, or a DM: the asker alone reads the answer
    asked = ask.ask(ctx.bundle, ctx.db, ctx.person, question, private=bool(private_to) or ctx.event.is_dm,
                    choice_id=choice_id or None,
                    # in a DM, "what about parents?" continues the question before it
                    conversation=(ctx.conversations, ctx.event.space)
                    if ctx.event.is_dm and ctx.conversations is not None else None)
    message = cards.answer_message(asked.reply, ctx.bundle.policy, question_ref=asked.question_ref,
                                   private_to=private_to, mentions=list(asked.mentions))
    return Response("update" if update else "message", message=message)


def _choose(ctx: Context) -> Response:
    """A clarify button: the same question with the case the asker picked, giving the final verdict."""
    question = ctx.event.parameters.get("question", "")
    choice = ctx.event.parameters.get("choice", "")
    if not question or not choice:
        return text_response(text("gchat.unknown_action"), private_to=ctx.private_to)
    return _answer(ctx, question, private_to=ctx.private_to, choice_id=choice, update=ctx.event.is_dm)


def _feedback(ctx: Context) -> Response:
    try:
        ref = int(ctx.event.parameters.get("ref", ""))
    except ValueError:
        return text_response(text("gchat.unknown_action"), private_to=ctx.private_to)
    helpful = ctx.event.parameters.get("helpful") == "yes"
    if not ask.record_feedback(ctx.db, ctx.person, ref, helpful):
        return text_response(text("gchat.feedback_not_yours"), private_to=ctx.private_to)
    return text_response(text("gchat.feedback_thanks" if helpful else "gchat.feedback_sorry",
                              **district_values(ctx.bundle.district)),
                         private_to=ctx.private_to)


def _aup_approvals(ctx: Context, rest: str) -> Response:
    """`/aup register ...`, `/aup approvals`, `/aup revoke N`: the handler reads the whole line, verb included."""
    said = approvals.command(ctx.db, ctx.settings, ctx.person, ctx.event.text.strip())
    return text_response(cards.no_mentions(said), private_to=ctx.private_to)


AUP_SUBCOMMANDS: dict[str, Callable[[Context, str], Response]] = {
    "help": _aup_help,
    "watch": _aup_watch,
    # the approvals register's verbs (handlers.approvals.COMMANDS)
    "register": _aup_approvals,
    "approvals": _aup_approvals,
    "revoke": _aup_approvals,
}


# -- /report --------------------------------------------------------------------------------------------------


def _report_command(ctx: Context) -> Response:
    said = ctx.event.text.strip()
    if not said:
        # a /report not set up as a dialog command still gets the form, one click away
        return Response("message", message=cards.report_prompt(private_to=ctx.private_to,
                                                                 district=district_values(ctx.bundle.district)))
    if said.lower() in ("list", "mine", "status"):
        return _list_reports(ctx)
    if TICKET_PATTERN.match(said):
        return _show_report_for(ctx, said)
    return text_response(text("gchat.ticket_expected"), private_to=ctx.private_to)


def _open_report_dialog(ctx: Context) -> Response:
    return Response("dialog", dialog=cards.report_dialog(report.form_fields(ctx.settings),
                                                          district=district_values(ctx.bundle.district)))


def _submit_report(ctx: Context) -> Response:
    fields = report.form_fields(ctx.settings)
    reply = report.submit(ctx.db, ctx.settings, ctx.person, dict(ctx.event.form), source="gchat")
    if reply.ok:
        return Response("close_dialog", notice=reply.text)
    errors = dict(reply.errors) or {"": reply.text}
    return Response("dialog", dialog=cards.report_dialog(fields, ctx.event.form, errors,
                                                          district=district_values(ctx.bundle.district)))


def _list_reports(ctx: Context) -> Response:
    return Response("message", message=cards.reports_list(report.my_reports(ctx.db, ctx.person),
                                                          private_to=ctx.private_to))


def _show_report(ctx: Context) -> Response:
    return _show_report_for(ctx, ctx.event.parameters.get("ticket", ""))


def _show_report_for(ctx: Context, ticket: str) -> Response:
    found = report.show(ctx.db, ctx.person, ticket) if ticket else None
    if found is None:
        return text_response(text("gchat.report_not_found", ticket=ticket[:40]), private_to=ctx.private_to)
    return Response("message", message=cards.report_detail(found, reviewer=ctx.person.is_reviewer,
                                                           statuses=report.STATUSES, private_to=ctx.private_to))


def _set_status(ctx: Context) -> Response:
    """A reviewer's status button; the handler checks the role, and the card is redrawn with the outcome."""
    ticket = ctx.event.parameters.get("ticket", "")
    status = ctx.event.parameters.get("status", "")
    outcome = report.change_status(ctx.db, ctx.settings, ctx.person, ticket, status)
    found = report.show(ctx.db, ctx.person, ticket)
    if found is None:
        return text_response(outcome, private_to=ctx.private_to)
    message = cards.report_detail(found, reviewer=ctx.person.is_reviewer, statuses=report.STATUSES,
                                  private_to=ctx.private_to)
    message["text"] = outcome
    return Response("update", message=message)


# -- findings: "Not sensitive" ---------------------------------------------------------------------------------


def _review_finding(ctx: Context) -> Response:
    finding = ctx.event.parameters.get("finding", "")
    if not finding:
        return text_response(text("gchat.unknown_action"), private_to=ctx.private_to)
    return Response("dialog", dialog=cards.not_sensitive_dialog(finding))


def _mark_not_sensitive(ctx: Context) -> Response:
    finding = ctx.event.parameters.get("finding", "")
    reason = ctx.event.form.get("reason", "").strip()
    if not reason:
        return Response("dialog", dialog=cards.not_sensitive_dialog(
            finding, text("watch.not_sensitive_reason_required")))
    return Response("close_dialog", notice=watch.mark_not_sensitive(ctx.db, ctx.settings, finding, ctx.person,
                                                                    reason))


# -- registries -----------------------------------------------------------------------------------------------

BY_KIND: dict[str, Callable[[Context], Response]] = {
    "message": _on_message,
    "slash_command": _on_command,
    "added": _on_added,
    "removed": _on_removed,
    "card_clicked": _on_click,
    "dialog_request": _on_dialog_request,
    "dialog_submit": _on_dialog_submit,
    "dialog_cancel": _on_dialog_cancel,
    "unknown": _unknown_event,
}

FUNCTIONS: dict[str, Callable[[Context], Response]] = {
    "aup_choose": _choose,
    "aup_feedback": _feedback,
    "report_open": _open_report_dialog,
    "report_submit": _submit_report,
    "report_list": _list_reports,
    "report_show": _show_report,
    "report_status": _set_status,
    "finding_review": _review_finding,
    "finding_not_sensitive": _mark_not_sensitive,
}
