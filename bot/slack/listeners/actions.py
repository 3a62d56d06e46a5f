"""Buttons: clarify choices, helpful / not helpful, "not sensitive" on a nudge, and the reviewers' status buttons.

Each acks at once; the work after the ack replaces or follows up the message through the payload's response_url.
"""
from __future__ import annotations

import json
import re

from bot.slack import blocks
from bot.slack.deps import BadPayload, SlackDeps, require, user_of
from bot.slack.listener import Listener, attach
from bot.texts import text
from handlers import ask, report


def _action(body: dict) -> dict:
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions or not isinstance(actions[0], dict):
        raise BadPayload("payload lacks actions")
    return actions[0]


def on_clarify(body, respond, context) -> None:
    deps: SlackDeps = context["aup"]
    user_id, name = user_of(body)
    try:
        choice = json.loads(_action(body).get("value") or "")
        question, choice_id, ref = str(choice["q"]), str(choice["c"]), choice.get("r")
    except (ValueError, KeyError, TypeError):
        raise BadPayload("clarify button value is not ours") from None
    asked = ask.ask(deps.bundle, deps.db, deps.person(user_id, name), question, private=_private(body),
                    choice_id=choice_id, question_ref=ref if isinstance(ref, int) else None)
    respond(replace_original=True, text=blocks.answer_fallback(asked.reply),
            blocks=blocks.answer_blocks(asked.reply, asked.question_ref, asked.mentions,
                                               policy=deps.bundle.policy))


def _private(body: dict) -> bool:
    """Whether the pressed message is seen by the presser alone (ephemeral, or in a DM)."""
    container = body.get("container")
    if not isinstance(container, dict):
        return False
    return container.get("is_ephemeral") in (True, "true") or str(container.get("channel_id") or "").startswith("D")


def on_feedback(body, respond, context) -> None:
    deps: SlackDeps = context["aup"]
    user_id, name = user_of(body)
    action = _action(body)
    try:
        ref = int(action.get("value") or "")
    except ValueError:
        raise BadPayload("feedback button value is not a question ref") from None
    recorded = ask.record_feedback(deps.db, deps.person(user_id, name), ref,
                                   blocks.FEEDBACK_ACTIONS[action["action_id"]])
    respond(response_type="ephemeral", replace_original=False,
            text=text("slack.feedback_thanks" if recorded else "slack.feedback_not_yours"))


def on_not_sensitive(body, client, context) -> None:
    # views.open first: the trigger_id expires 3 seconds after the click
    (trigger_id,) = require(body, "trigger_id")
    channel = ((body.get("channel") or body.get("container") or {}).get("id")
               or (body.get("container") or {}).get("channel_id") or "")
    client.views_open(trigger_id=trigger_id,
                      view=blocks.not_sensitive_modal(str(_action(body).get("value") or ""), channel))


def on_status_button(body, respond, context) -> None:
    deps: SlackDeps = context["aup"]
    user_id, name = user_of(body)
    action = _action(body)
    ticket = str(action.get("value") or "")
    person = deps.person(user_id, name)
    if not person.is_reviewer:
        respond(response_type="ephemeral", replace_original=False, text=text("slack.reviewers_only"))
        return
    status = blocks.STATUS_ACTIONS[action["action_id"]][0]
    said = report.change_status(deps.db, deps.settings, person, ticket, status)
    current = report.show(deps.db, person, ticket) or {}
    original = (body.get("message") or {}).get("blocks") or []
    kept = [b for b in original if b.get("block_id") != "aup_report_status_note"]
    if kept and current.get("status") == status:   # the post shows the status only once the change is stored
        note = {**blocks.context(text("slack.status_changed_context", ticket=ticket,
                                      status=blocks.status_label(status), user=user_id)),
                "block_id": "aup_report_status_note"}
        respond(replace_original=True, text=said, blocks=[*kept, note])
    respond(response_type="ephemeral", replace_original=False, text=said)


# Action ids (exact, or a pattern for numbered clarify buttons) -> listener: each acks at once, then works.
ACTIONS: dict[str | re.Pattern, Listener] = {
    re.compile(rf"^{blocks.CLARIFY_ACTION}_\d+$"): Listener(work=on_clarify),
    **{action_id: Listener(work=on_feedback) for action_id in blocks.FEEDBACK_ACTIONS},
    blocks.NOT_SENSITIVE_ACTION: Listener(work=on_not_sensitive, opens_modal=True),
    **{action_id: Listener(work=on_status_button) for action_id in blocks.STATUS_ACTIONS},
}


def register(app) -> None:
    for action_id, listener in ACTIONS.items():
        attach(app.action(action_id), listener)
