"""Modal submissions: the report form and the reason for "not sensitive".

A view_submission is the one place the answer must ride in the ack itself (field errors keep the modal open), so
the report is submitted in the ack part: it is committed to the database before the user is told it was received
(the confirmation DM is the work part, after the ack).
"""
from __future__ import annotations

import json
import logging

from bot.slack import blocks
from bot.slack.deps import SlackDeps, user_of
from bot.slack.listener import Listener, attach
from bot.texts import district_values, text
from handlers import report, watch

log = logging.getLogger("aupbot.slack")

# The report field that receives the shortcut's evidence: links only (handlers.report validates it as URLs), so
# the message itself travels as its permalink and never as text.
EVIDENCE_FIELD = "evidence"


def _metadata(view: dict) -> dict:
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


def _evidence(client, meta: dict) -> str:
    permalink = meta.get("permalink")
    if not permalink and meta.get("channel") and meta.get("ts"):
        # submitted before the shortcut's views.update landed: fetch the link now (one fast call)
        permalink = client.chat_getPermalink(channel=meta["channel"], message_ts=meta["ts"]).get("permalink", "")
    return permalink or ""


def _errors_for(view: dict, errors: dict) -> dict[str, str]:
    """Slack rejects errors keyed by an unknown block; put those on the first input block."""
    inputs = [b["block_id"] for b in view.get("blocks") or [] if b.get("type") == "input" and b.get("block_id")]
    shown: dict[str, str] = {}
    for field, message in errors.items():
        key = field if field in inputs else (inputs[0] if inputs else field)
        shown[key] = (shown[key] + " " if key in shown else "") + str(message)
    return shown


def submit_report(ack, body, view, client, context) -> None:
    deps: SlackDeps = context["aup"]
    user_id, name = user_of(body)
    fields = blocks.view_values(view)
    meta = _metadata(view)
    evidence = _evidence(client, meta)
    if evidence:
        fields[EVIDENCE_FIELD] = "\n".join(part for part in (fields.get(EVIDENCE_FIELD, ""), evidence) if part)
    reply = report.submit(deps.db, deps.settings, deps.person(user_id, name), fields,
                          source=str(meta.get("source") or "slack"))
    if not reply.ok:
        ack(response_action="errors", errors=_errors_for(view, reply.errors or {"_": text("slack.report_failed",
                                                                          **district_values(deps.bundle.district))}))
        return
    context["aup_said"] = reply.text   # for the work part, which runs on a copy of this request's context
    ack()


def confirm_report(body, client, context) -> None:
    if context.get("aup_said"):
        client.chat_postMessage(channel=user_of(body)[0], text=context["aup_said"])


def check_reason(ack, body, view) -> None:
    user_of(body)
    if not blocks.view_values(view).get(blocks.REASON_BLOCK, "").strip():
        ack(response_action="errors", errors={blocks.REASON_BLOCK: text("slack.not_sensitive_reason_required")})
        return
    ack()


def record_reason(body, view, client, context) -> None:
    deps: SlackDeps = context["aup"]
    user_id, name = user_of(body)
    reason = blocks.view_values(view).get(blocks.REASON_BLOCK, "").strip()
    if not reason:
        return   # check_reason kept the modal open
    meta = _metadata(view)
    person = deps.person(user_id, name)
    said = [watch.mark_not_sensitive(deps.db, deps.settings, finding_id, person, reason)
            for finding_id in str(meta.get("findings") or "").split(",") if finding_id]
    if said:
        target = {"channel": meta["channel"], "user": user_id} if meta.get("channel") else {"channel": user_id}
        post = client.chat_postEphemeral if "user" in target else client.chat_postMessage
        post(**target, text="\n".join(dict.fromkeys(said)))


# Modal callback ids -> submission listener.
VIEWS: dict[str, Listener] = {
    blocks.REPORT_VIEW: Listener(ack=submit_report, work=confirm_report),
    blocks.NOT_SENSITIVE_VIEW: Listener(ack=check_reason, work=record_reason),
}


def register(app) -> None:
    for callback_id, listener in VIEWS.items():
        attach(app.view(callback_id), listener)
